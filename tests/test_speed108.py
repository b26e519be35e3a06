"""The teller-place memo of ``participants._Sentence`` is a field (speed108).

mendE106 kept ``_told_from``'s answer per place span in a
``cached_property`` dict. Compiled by mypyc (``make compiled``), a cached
property is computed anew at each read, so the answer written through one
read was looked up in a fresh empty dict by the next: a KeyError on the
corpus, the compiled build unusable. The memo is now a dataclass field,
read once per call. These tests check that the memo is one dict for the
sentence's life and that the memoised answer is the teller's place read
by hand, on sentences written for them; with the compiled modules built,
the answer asked again and again stays the same (mendG108, diffread73 F12).
"""

from __future__ import annotations

import dataclasses

import pytest

from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import DocFacts, _sentence_of, fill_knobs
from diplowatch.text.normalize import normalize
from test_speed32_compiled import _script

# (sentence, language, place word, whether it is a teller's place)
CASES = [
    ("قال ناشط في باريس إن القوات الروسية قصفت قرية.", "ar", "باريس", True),
    ("أعلنت باريس أن القوات الروسية قصفت قرية.", "ar", "باريس", False),
    ("اجتمع الوزراء في باريس لبحث الحرب.", "ar", "باريس", False),
    ("یک فعال در پاریس گفت نیروهای روسیه روستایی را بمباران کردند.", "fa", "پاریس", True),
    ("وزیران در پاریس درباره جنگ گفتگو کردند.", "fa", "پاریس", False),
    ("An activist in Paris said Russian forces shelled a village.", "en", "Paris", True),
    ("Paris said Russian forces shelled a village.", "en", "Paris", False),
    ("Ministers met in Paris to discuss the war.", "en", "Paris", False),
]


def _sentence(raw: str, lang: str, word: str) -> tuple[str, Mention, object]:
    text = normalize(raw).text
    low = text.lower() if lang == "en" else text
    start = low.index(word.lower() if lang == "en" else normalize(word).text)
    place = Mention(start, start + len(word), "FRA", "city", True, location_only=True)
    sentence = _sentence_of([place], DocFacts(text=text), fill_knobs(lang), (0, len(text)))
    return text, place, sentence


@pytest.mark.parametrize(("raw", "lang", "word", "teller"), CASES)
def test_memoised_answer_is_the_text_check(raw: str, lang: str, word: str, teller: bool) -> None:
    _, place, sentence = _sentence(raw, lang, word)
    first = sentence._told_from(place)  # type: ignore[attr-defined]
    assert first == teller
    # asked again, the answer comes from the memo and is the same
    assert sentence._told_places == {(place.start, place.end): teller}  # type: ignore[attr-defined]
    assert sentence._told_from(place) == first  # type: ignore[attr-defined]


@pytest.mark.parametrize(("raw", "lang", "word", "teller"), CASES[:1] + CASES[3:4] + CASES[5:6])
def test_the_memo_is_one_dict_for_the_sentence(
    raw: str, lang: str, word: str, teller: bool
) -> None:
    _, _, sentence = _sentence(raw, lang, word)
    memo = sentence._told_places  # type: ignore[attr-defined]
    assert memo == {} and sentence._told_places is memo  # type: ignore[attr-defined]


def test_the_memo_is_a_field_left_out_of_init_and_equality() -> None:
    _, _, sentence = _sentence(*CASES[5][:3])
    spec = {f.name: f for f in dataclasses.fields(sentence)}["_told_places"]  # type: ignore[arg-type]
    assert not spec.init and not spec.compare and not spec.repr


@pytest.mark.skipif(
    not _script().compiled_files("diplowatch.extract.participants"),
    reason="compiled modules not built (make compiled)",
)
@pytest.mark.parametrize(("raw", "lang", "word", "teller"), CASES)
def test_compiled_memo_answers_alike_when_asked_again(
    raw: str, lang: str, word: str, teller: bool
) -> None:
    # the KeyError of speed108 came at the second read of the compiled memo
    _, place, sentence = _sentence(raw, lang, word)
    assert [sentence._told_from(place) for _ in range(5)] == [teller] * 5  # type: ignore[attr-defined]
