"""Which event words report an event (extract/predicates.py), in ar, fa, en.

The rules are language-independent and driven by each language's context
data: objects of another verb (Persian "را"), topics and aims ("about",
"in order to"), pointers back ("this attack"). The unit tests give each
rule the words of each language; the Persian ones also run the pipeline.
Sentences written for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from diplowatch.extract.lexicon import EVENT, Entry
from diplowatch.extract.predicates import drop_anaphors, drop_objects, drop_topics
from diplowatch.extract.scan import Hit
from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize, normalize_phrase


def hit(text: str, word: str, etype: str, affix: str = "noun") -> Hit:
    start = text.index(word)
    entry = Entry(EVENT, "trigger", etype, affix, ("m",))
    return Hit(start, start + len(word), start, start + len(word), entry, "")


def words(*items: str) -> frozenset[str]:
    return frozenset(normalize_phrase(w) for w in items)


FA = SimpleNamespace(
    object_markers=words("را"),
    phrase_breaks=words("کرد", "که", "و"),
    support_verbs=words("برگزار", "امضا"),
)


def test_object_of_another_verb_is_dropped() -> None:
    text = normalize("قطر این حمله را محکوم کرد.").text
    attack = hit(text, normalize_phrase("حمله"), "ASSAULT")
    assert drop_objects([attack], text, FA) == []


def test_object_of_a_verb_that_carries_it_out_is_kept() -> None:
    text = normalize("ایران رزمایش دریایی را برگزار کرد.").text
    drill = hit(text, normalize_phrase("رزمایش"), "MOBILIZE")
    assert drop_objects([drill], text, FA) == [drill]


def test_noun_phrase_ends_at_a_verb_or_and() -> None:
    text = normalize("سفیر با وزیر دیدار و استوارنامه را تقدیم کرد.").text
    meeting = hit(text, normalize_phrase("دیدار"), "CONSULT")
    assert drop_objects([meeting], text, FA) == [meeting]


@pytest.mark.parametrize(
    ("lang", "sentence", "marker", "trigger"),
    [
        ("fa", "دو وزیر درباره توافق گفتگو کردند.", "درباره", "توافق"),
        ("ar", "بحث الوزيران بشأن الاتفاق الجديد.", "بشأن", "الاتفاق"),
        ("en", "The ministers talked about the agreement.", "about the", "agreement"),
    ],
)
def test_topic_of_talk_is_dropped(lang: str, sentence: str, marker: str, trigger: str) -> None:
    text = normalize(sentence).text
    topic = hit(text, normalize_phrase(trigger), "AGREE")
    assert drop_topics([topic], text, words(marker)) == []
    assert drop_topics([topic], text, frozenset()) == [topic]


@pytest.mark.parametrize(
    ("lang", "sentence", "marker", "trigger"),
    [
        ("fa", "حمله به پاسگاه مرزی. وزارت کشور این حمله را بررسی کرد.", "این", "حمله"),
        ("ar", "هجوم على نقطة حدودية. أدانت الوزارة هذا الهجوم.", "هذا", "الهجوم"),
        ("en", "An attack on a border post. The ministry condemned this attack.", "this", "attack"),
    ],
)
def test_pointer_back_to_a_told_event_is_dropped(
    lang: str, sentence: str, marker: str, trigger: str
) -> None:
    text = normalize(sentence).text
    second = text.rindex(normalize_phrase(trigger))
    entry = Entry(EVENT, "trigger", "ASSAULT", "noun", ("m",))
    pointer = Hit(second, second + len(trigger), second, second + len(trigger), entry, "")
    assert drop_anaphors([pointer], text, words(marker), ["ASSAULT"]) == []
    assert drop_anaphors([pointer], text, words(marker), ["CONSULT"]) == [pointer]
    assert drop_anaphors([pointer], text, frozenset(), ["ASSAULT"]) == [pointer]


def test_persian_pipeline_keeps_the_object_verb_and_its_commented_deed() -> None:
    # The condemned attack is told as having happened (extract/commented.py);
    # the condemner is no side of it.
    record = process(
        Document(doc_id="t", text="ترکیه حمله به سفارت ایران در بغداد را محکوم کرد.", lang="fa")
    )
    assert {e.type for e in record.events} == {"ACCUSE", "ASSAULT"}
    attack = next(e for e in record.events if e.type == "ASSAULT")
    assert "TUR" not in {a.code for a in attack.actors}
