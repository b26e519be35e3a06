"""Tests of the matching normaliser and its map back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplowatch.text.normalize import normalize, normalize_phrase


def norm(text: str) -> str:
    return normalize(text).text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u06cc", "\u064a"),  # Persian yeh
        ("\u0649", "\u064a"),  # alef maksura
        ("\u064a", "\u064a"),  # Arabic yeh unchanged
        ("\u06a9", "\u0643"),  # keheh → kaf
        ("\u0629", "\u0647"),  # teh marbuta → heh
        ("\u0623", "\u0627"),  # alef with hamza above
        ("\u0625", "\u0627"),  # alef with hamza below
        ("\u0622", "\u0627"),  # alef with madda
        ("\u0671", "\u0627"),  # alef wasla
        ("\u0624", "\u0648"),  # waw with hamza
        ("\u0626", "\u064a"),  # yeh with hamza
    ],
)
def test_letter_variants_fold(raw: str, expected: str) -> None:
    assert norm(raw) == expected


def test_persian_and_arabic_spellings_meet() -> None:
    assert norm("کشور ایران") == norm("كشور ايران")
    assert norm("على") == norm("علی")
    assert norm("المدرسة") == "المدرسه"
    assert norm("مؤتمر") == "موتمر"
    assert norm("رئيس") == "رييس"


def test_hamza_on_alef_is_not_turned_into_bare_hamza() -> None:
    # A known bug of some Arabic normalisers turns أ into ء.
    assert norm("الأمين") == "الامين"
    assert "\u0621" not in norm("الأمين")
    assert norm("إيران") == "ايران"


def test_bare_hamza_folds_like_its_carriers() -> None:
    # لقاء and لقائه must share a stem for matching.
    assert norm("لقاء") == "لقاي"
    assert norm("لقائه").startswith(norm("لقاء"))


def test_combining_hamza_marks_are_deleted() -> None:
    assert norm("ا\u0654") == "ا"  # hamza above as a combining mark
    assert norm("ا\u0655") == "ا"  # hamza below as a combining mark


def test_tatweel_and_diacritics_are_deleted() -> None:
    assert norm("بـــــلاد") == "بلاد"
    assert norm("سَلامٌ عَلَيْكُمْ") == "سلام عليكم"
    assert norm("الشَّدّة") == "الشده"
    assert norm("\u0670") == ""  # superscript alef


def test_zwnj_becomes_space_and_invisible_marks_vanish() -> None:
    assert norm("می\u200cرود") == "مي رود"
    assert norm("a\u200bb\u200dc\u200ed\u200fe\ufefff\u00adg") == "abcdefg"
    assert norm("\u202bنص\u202c") == "نص"
    assert norm("x\u2067y\u2069") == "xy"


def test_digits_become_ascii() -> None:
    assert norm("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert norm("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert norm("۱۴۰۱/۰۸/۰۳") == "1401/08/03"
    assert norm("٣٫٥") == "3.5"


def test_time_is_kept_intact() -> None:
    assert norm("الساعة 15:03") == "الساعه 15:03"
    assert norm("ساعت ۱۵:۰۳") == "ساعت 15:03"


def test_latin_is_lower_cased_one_to_one() -> None:
    assert norm("United NATIONS") == "united nations"
    # 'İ' lowers to two code points in Python; the normaliser must keep the
    # length and still produce a plain 'i'.
    result = normalize("İstanbul İZMİR")
    assert result.text == "istanbul izmir"
    assert len(result.text) == len("İstanbul İZMİR")


def test_length_changes_only_by_deletions() -> None:
    raw = "الأمينُ العامّ\u200cـــ ۱۲"
    result = normalize(raw)
    # One damma, one shadda and three tatweels are deleted, and the ZWNJ
    # (now a space) with them, as another space follows; the Persian digits
    # become ASCII digits one for one.
    assert len(result.text) == len(raw) - 6
    assert result.text == "الامين العام 12"
    assert result.text.endswith(" 12")


def test_offsets_of_a_known_example() -> None:
    raw = "قالَ الرئيسُ: «سلامٌ»"
    result = normalize(raw)
    start = result.text.index("الرييس")
    s, e = result.span_to_original(start, start + len("الرييس"))
    assert raw[s:e] == "الرئيس"
    start = result.text.index("سلام")
    s, e = result.span_to_original(start, start + len("سلام"))
    assert raw[s:e] == "سلام"  # trailing tanween not swallowed


def test_empty_span_maps_to_empty_span() -> None:
    result = normalize("بـــلاد")
    assert result.span_to_original(2, 2) == (result.to_original(2),) * 2


def test_spaces_collapse_even_around_deleted_marks() -> None:
    assert norm("وزير   الخارجية") == "وزير الخارجيه"
    assert norm("وزير ـ الخارجية") == "وزير الخارجيه"
    assert norm("وزير \u200b \u064b  الخارجية") == "وزير الخارجيه"


def test_normalize_phrase_collapses_and_trims() -> None:
    assert normalize_phrase("  وزير   الخارجية ") == "وزير الخارجيه"
    assert normalize_phrase("Foreign\u200cMinister") == "foreign minister"


# Characters that exercise every rule: replaced letters, deleted marks,
# digits of three systems, spaces and invisible marks, Latin in two cases.
_ALPHABET = (
    "ابتيکكىیةهأإآٱؤئءو"
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0654\u0655\u0670\u0640"
    "\u200c\u200b\u200d\u200e\u200f\ufeff\u00a0"
    "٠١٥۰۴۹0123456789"
    "AaBİıZz :./\t\n،؛«»\u201c\u201d"
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, max_size=60),
    data=st.data(),
)
def test_every_normalised_span_maps_back_to_a_matching_original_span(
    text: str, data: st.DataObject
) -> None:
    result = normalize(text)
    n = len(result.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = result.span_to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    assert normalize(text[o_start:o_end]).text == result.text[start:end]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=60))
def test_each_kept_character_maps_to_its_source(text: str) -> None:
    result = normalize(text)
    previous = -1
    for i, ch in enumerate(result.text):
        j = result.to_original(i)
        assert j > previous  # monotone
        previous = j
        assert normalize(text[j]).text == ch
