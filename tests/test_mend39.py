"""Review mends of round 38 (mend39; every sentence written for these tests).

- one bounded reader of a clause's span (``text/breaks``): the first break
  after a point, the last before it, neither read past the range given;
- ``words_after`` bounded by a sentence's end;
- a standing stance's relative pronoun ("که") found as a whole word, not
  inside a later word ("شبکه");
- the readers that now use them keep their readings in ar, fa and en.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from diplowatch.text.breaks import first_break, last_break
from diplowatch.text.punctuation import CLAUSE_BREAKS, PHRASE_BREAK_MARKS
from diplowatch.text.words import words_after

# --- 1. the clause span helpers ------------------------------------------------


def test_first_break_finds_the_nearest_mark_in_range() -> None:
    text = "Oman said (again) that talks go on; Iran agreed."
    assert first_break(text, 0, len(text), CLAUSE_BREAKS) == text.index("(")
    assert first_break(text, text.index(")") + 1, len(text), CLAUSE_BREAKS) == text.index(";")
    assert first_break(text, 0, len(text), PHRASE_BREAK_MARKS) == text.index(";")


def test_first_break_stops_at_the_range_end() -> None:
    text = "قالت عمان إن المحادثات مستمرة، ووافقت إيران."
    comma = text.index("،")
    assert first_break(text, 0, comma, CLAUSE_BREAKS) == comma
    assert first_break(text, 0, 5, CLAUSE_BREAKS) == 5
    assert first_break(text, 0, 10_000, CLAUSE_BREAKS) == comma
    assert first_break("no mark here", 3, 10_000, CLAUSE_BREAKS) == len("no mark here")


def test_last_break_looks_back_within_range() -> None:
    text = "عمان گفت؛ مذاکرات ادامه دارد، ایران پذیرفت"
    semi = text.index("؛")
    marks = frozenset(";\u061b")
    assert last_break(text, 0, len(text), marks) == semi
    assert last_break(text, semi + 1, len(text), marks) == -1
    assert last_break(text, 0, semi, marks) == -1


def test_words_after_reads_no_further_than_stop() -> None:
    text = "Oman hosted talks. Iran and Qatar then met again in Muscat."
    end = text.index(".") + 1
    assert words_after(text, 0, 6, stop=end) == ["Oman", "hosted", "talks."]
    assert words_after(text, 0, 2, stop=end) == ["Oman", "hosted"]
    long = "word " * 5000
    assert words_after(long, 0, 3, reach=4) == ["word", "word", "word"]
    assert words_after(text, end, 6) == text[end:].split()[:6]


# --- 2. a relative pronoun as a whole word ---------------------------------------

STANDING = [
    (
        "fa",
        "جنبش حماس که در شبکه خواستار آزادی زندانیان است، دیروز با هیئت مصری در قاهره دیدار کرد.",
    ),
    ("ar", "التقى وفد مصري في القاهرة بحركة حماس التي تطالب بالإفراج عن الأسرى."),
    (
        "en",
        "An Egyptian delegation met in Cairo with Hamas, which demands the release of prisoners.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STANDING)
def test_standing_demand_in_relative_clause_is_no_event(lang: str, text: str) -> None:
    # the Persian "که" also stands inside "شبکه", after the pronoun itself
    types = {line.split()[0] for line in _read(text, lang)}
    assert types == {"CONSULT"}


TOLD_DEMANDS = [
    ("fa", "جنبش حماس که در شبکه خواستار آزادی زندانیان شد."),
    ("ar", "التقى وفد مصري في القاهرة بحركة حماس التي طالبت بالإفراج عن الأسرى."),
    (
        "en",
        "An Egyptian delegation met in Cairo with Hamas, which demanded the release of prisoners.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_DEMANDS)
def test_demand_told_in_the_past_stays(lang: str, text: str) -> None:
    assert any(line.startswith("REQUEST") for line in _read(text, lang))
