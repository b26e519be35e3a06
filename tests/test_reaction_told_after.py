"""An English verb of warning written after what was said ("If X enters Y,
Britain will send warships, the minister warned") takes its frame object
("will", "if") from the clause before the comma and is a threat, not a
criticism; where no such clause precedes, a plain warning stays what it was.
A Persian warning so told is a threat already and stays one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> list[str]:
    return [e.type for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    "text",
    [
        "If Venezuela enters Guyana, Britain will send warships, the British defence minister warned.",
        "Any drone crossing the border will be shot down, the Turkish army warned on Monday.",
        "Washington will cut aid to Cairo unless the arrests stop, the US State Department warned.",
    ],
)
def test_an_english_warning_told_after_is_a_threat(text: str) -> None:
    got = types(text, "en")
    assert "THREATEN" in got and "ACCUSE" not in got


@pytest.mark.parametrize(
    "text",
    [
        # the comma closes a clause with no object of threat: a plain warning
        "Iran's missile programme is dangerous, the French foreign minister warned.",
        # the warning has its own clause after it; the earlier clause is not told
        "The talks collapsed, and Germany warned Russia that it would face sanctions.",
    ],
)
def test_no_threat_object_before_keeps_the_reading(text: str) -> None:
    got = types(text, "en")
    if "collapsed" in text:
        assert "THREATEN" in got
    else:
        assert "THREATEN" not in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اگر ترکیه وارد شهر شود ارتش سوریه پاسخ خواهد داد، دمشق هشدار داد.", "fa"),
    ],
)
def test_a_persian_warning_told_after_stays_a_threat(text: str, lang: str) -> None:
    assert "THREATEN" in types(text, lang)
