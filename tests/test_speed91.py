"""speed91: ``participants._Sentence`` reads its two marker cues on first use.

speed88 computed ``partitive_nationals.cue_near`` twice for every sentence
``fill_codes`` reads (an origin marker, a partitive marker), though only
``_own_places`` (a sentence with places) and ``_partitive_only`` (one country
named) ask. Now each cue is a ``cached_property``: read where asked, once.
The tests check that the output is the one the eager reading gives, on whole
documents, that each cue is what ``cue_near`` says, and that a sentence that
never asks reads neither (main read both for every sentence: that check
fails there). Sentences written for these tests, in Arabic, Persian and
English, with and without the markers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import diplowatch.extract.participants as participants
from diplowatch.extract.partitive_nationals import cue_near
from diplowatch.model import Document
from diplowatch.pipeline import process

# (lang, text): origin markers, partitive markers, places, and none of them
TEXTS = [
    ("ar", "أوقفت الشرطة في القاهرة سبعة مهربين قادمين من تشاد أمس."),
    ("ar", "اعتقلت الشرطة المصرية ثمانية أشخاص بينهم ثلاثة سودانيين."),
    ("ar", "التقى وزير الخارجية المصري نظيره الأردني في عمان."),
    ("ar", "قال الوزير إنه بحث مع السفير تعزيز التعاون."),
    ("fa", "پلیس در تهران شش قاچاقچی مقیم عراق را بازداشت کرد."),
    ("fa", "پلیس ترکیه نه نفر از جمله سه افغان را بازداشت کرد."),
    ("fa", "وزیر خارجه ایران با همتای عمانی خود در مسقط دیدار کرد."),
    ("fa", "وزیر گفت با سفیر درباره همکاری گفتگو کرده است."),
    ("en", "Police in Cairo arrested seven smugglers coming from Chad on Monday."),
    ("en", "Turkish police detained nine people, including three Afghans."),
    ("en", "The Egyptian foreign minister met his Jordanian counterpart in Amman."),
    ("en", "The minister said he had met the ambassador to discuss cooperation."),
]

# Sentences that never ask a cue: no place, at most one named state, nothing
# read against its country. Main read both cues for each all the same.
PLAIN = [
    ("ar", "قال الوزير إنه بحث مع السفير تعزيز التعاون."),
    ("fa", "وزیر گفت با سفیر درباره همکاری گفتگو کرده است."),
    ("en", "The minister said he had met the ambassador to discuss cooperation."),
]


def _events(lang: str, text: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = process(Document(doc_id="t", text=text, lang=lang)).to_dict()[
        "events"
    ]
    return events


def _eager(original: Callable[..., Any]) -> Callable[..., Any]:
    """``_sentence_of`` that reads both cues at once, as main did."""

    def build(*args: Any, **kwargs: Any) -> Any:
        sentence = original(*args, **kwargs)
        _ = sentence.origin_cue, sentence.partitive_cue
        return sentence

    return build


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_lazy_cues_read_as_the_eager_ones(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lazy = _events(lang, text)
    monkeypatch.setattr(participants, "_sentence_of", _eager(participants._sentence_of))
    assert _events(lang, text) == lazy


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_each_cue_is_what_cue_near_says(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Any] = []
    original = participants._sentence_of

    def keep(*args: Any, **kwargs: Any) -> Any:
        built.append(original(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(participants, "_sentence_of", keep)
    process(Document(doc_id="t", text=text, lang=lang))
    for sentence in built:
        text_, knobs = sentence.doc.text, sentence.knobs
        assert sentence.origin_cue == cue_near(sentence.mentions, text_, knobs.origins)
        assert sentence.partitive_cue == cue_near(sentence.mentions, text_, knobs.partitives)


def test_the_markers_are_seen_where_written() -> None:
    """Guards: the gate still says yes where a marker is written."""
    seen: dict[str, tuple[bool, bool]] = {}
    original = participants._sentence_of

    def keep(*args: Any, **kwargs: Any) -> Any:
        sentence = original(*args, **kwargs)
        seen[sentence.doc.text] = (sentence.origin_cue, sentence.partitive_cue)
        return sentence

    participants._sentence_of = keep
    try:
        for lang, text, cues in [
            ("ar", TEXTS[0][1], (True, False)),
            ("ar", TEXTS[1][1], (False, True)),
            ("fa", TEXTS[4][1], (True, False)),
            ("fa", TEXTS[5][1], (False, True)),
            ("en", TEXTS[8][1], (True, False)),
            ("en", TEXTS[9][1], (False, True)),
        ]:
            seen.clear()
            process(Document(doc_id="t", text=text, lang=lang))
            assert seen, (lang, text)
            assert cues in seen.values(), (lang, text, seen)
    finally:
        participants._sentence_of = original


@pytest.mark.parametrize(("lang", "text"), PLAIN)
def test_a_sentence_that_never_asks_reads_no_cue(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on main (34ed7d71): there each ``_sentence_of`` read both."""
    calls: list[int] = []
    built: list[int] = []
    original_near, original_of = participants.cue_near, participants._sentence_of

    def counted_near(*args: Any) -> bool:
        calls.append(1)
        return original_near(*args)

    def counted_of(*args: Any, **kwargs: Any) -> Any:
        built.append(1)
        return original_of(*args, **kwargs)

    monkeypatch.setattr(participants, "cue_near", counted_near)
    monkeypatch.setattr(participants, "_sentence_of", counted_of)
    process(Document(doc_id="t", text=text, lang=lang))
    assert built, "the sentence reaches fill_codes"
    assert len(calls) < 2 * len(built)
