"""Robustness of the date finders: windowed search equals a full scan, no crash on junk."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
from cost import assert_linear
from diplowatch.dates import find_dates, publication_date
from diplowatch.dates.lexicon import lexicon
from diplowatch.dates.mentions import _absolute, _relative, _select, scan
from diplowatch.extract.money import find_money
from diplowatch.extract.numbers import number_lexicon
from diplowatch.lang import LanguageDataError, languages
from diplowatch.text.normalize import normalize

ANCHOR = datetime.date(2021, 7, 13)


def _full_scan(ntext: str, lang: str) -> list[tuple[int, int, datetime.date]]:
    lx = lexicon(lang)
    found = _absolute(ntext, lx, ANCHOR, None, 0, len(ntext)) + _relative(
        ntext, lx, ANCHOR, 0, len(ntext)
    )
    return [(f.mention.start, f.mention.end, f.mention.value) for f in _select(found)]


def test_windowed_search_finds_what_a_full_scan_finds() -> None:
    """The trigger windows are only a speed-up: same mentions on real news."""
    path = shared_path("data", "dev", "docs.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        ntext = normalize(doc["text"]).text
        windowed = [
            (f.mention.start, f.mention.end, f.mention.value)
            for f in scan(ntext, doc["lang"], ANCHOR)
        ]
        assert windowed == _full_scan(ntext, doc["lang"]), doc["id"]


PIECES = [
    "23",
    "1401",
    "2024",
    "/",
    "-",
    ".",
    ":",
    " ",
    "\n",
    "،",
    "آبان",
    "أبريل",
    "نيسان",
    "جوان",
    "عقرب",
    "صفر",
    "هـ",
    "اليوم",
    "أمس",
    "الثلاثاء",
    "روز",
    "یکشنبه",
    "امروز",
    "april",
    "monday",
    "yesterday",
    "مليون",
    "میلیون",
    "دلار",
    "دولار",
    "$",
    "€",
    "1,500",
    "۱٫۵",
    "ستة",
    "هزار",
    "تومان",
    "(",
    ")",
    "32",
    "13",
    "40",
    "0",
    "9999",
    "دوازدهم",
    "من",
    "ماه",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from(languages()))
def test_finders_never_crash_and_spans_are_inside(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    ntext = normalize(text).text
    for m in find_dates(ntext, lang, ANCHOR):
        assert 0 <= m.start < m.end <= len(ntext)
        assert m.precision in ("day", "month", "year")
        assert m.kind in ("absolute", "relative", "weekday")
    for m in find_dates(ntext, lang, None):
        assert m.kind == "absolute"
    for mm in find_money(ntext, lang):
        assert 0 <= mm.start < mm.end <= len(ntext)
        assert mm.value >= 0
        assert len(mm.currency) == 3
    result = publication_date(text, lang)
    assert result is None or datetime.date.fromisoformat(result)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(languages()))
def test_arbitrary_text_never_crashes(text: str, lang: str) -> None:
    ntext = normalize(text).text
    find_dates(ntext, lang, ANCHOR)
    find_money(ntext, lang)
    publication_date(text, lang)


@pytest.mark.parametrize(
    "finder",
    [
        lambda text, lang: find_dates(text, lang, ANCHOR),
        find_money,
        publication_date,
        lambda text, lang: number_lexicon(lang),
    ],
    ids=["dates", "money", "published", "numbers"],
)
def test_an_unknown_language_is_an_error_not_english(finder: Any) -> None:
    """Dates, sums and numbers of a language with no data are refused, never
    read with another language's words."""
    with pytest.raises(LanguageDataError, match="unknown language 'xx'; known languages: ar"):
        finder("23 April 2024: $5 billion", "xx")


@pytest.mark.slow
def test_text_full_of_dates_stays_fast() -> None:
    """A table of 15,000 dates must not make the overlap check quadratic."""
    ntext = normalize("23 أبريل 2024، الثلاثاء " * 15000).text
    assert len(find_dates(ntext, "ar", ANCHOR)) >= 15000
    small = normalize("23 أبريل 2024، الثلاثاء " * 1500).text
    assert_linear(lambda t: find_dates(t, "ar", ANCHOR), small, ntext, 10)


def test_text_full_of_today_words_stays_fast() -> None:
    text = "اليوم " * 30000
    assert publication_date(text, "ar") is None
    assert_linear(lambda t: publication_date(t, "ar"), "اليوم " * 3000, text, 10)
