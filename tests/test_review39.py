"""Review mends of round 39: rules merged that day read too much.

- A Persian month name that is also a word ("تیر", a bullet) takes a number
  as its year only when the number is shaped like a year.
- The present passive of arrests and executions counted by the year is a
  general statement, not one event.
- A ban calls off a trip only when the trip is its object ("… را منع کرد"),
  not any passive ban in the clause.

The sentences are written for these tests; each language has its own.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[tuple[str, str, dict[str, int]]]:
    record = process(Document(doc_id="t", text=text, lang=lang))
    return [(e.type, e.status, dict(e.counts)) for e in record.events]


SHOT_COUNTS = [
    ("fa", "شبه‌نظامیان در قندهار با شلیک تیر ۲ کشته و ۵ زخمی برجای گذاشتند."),
    ("ar", "قتل مسلحون في قندهار شخصين وأصابوا خمسة آخرين بإطلاق النار."),
    ("en", "Militants in Kandahar shot dead 2 people and wounded 5 others."),
]


@pytest.mark.parametrize(("lang", "text"), SHOT_COUNTS)
def test_a_month_that_is_a_word_keeps_a_small_count(lang: str, text: str) -> None:
    assert [(kind, counts) for kind, _, counts in _events(text, lang)] == [
        ("ASSAULT", {"killed": 2, "wounded": 5})
    ]


YEARLY_EXECUTIONS = [
    ("fa", "هر سال صدها نفر در ایران اعدام می‌شوند."),
    ("ar", "يعدم مئات الأشخاص في إيران كل عام."),
    ("en", "Hundreds of people are executed in Iran every year."),
]


@pytest.mark.parametrize(("lang", "text"), YEARLY_EXECUTIONS)
def test_yearly_executions_are_no_event(lang: str, text: str) -> None:
    assert _events(text, lang) == []


BAN_OF_SOMETHING_ELSE = [
    ("fa", "پس از سفر وزیر خارجه عمان به بغداد، تجمع مخالفان در تهران ممنوع شد."),
    ("ar", "بعد زيارة وزير الخارجية العماني إلى بغداد، منعت السلطات تجمعا للمعارضة في طهران."),
    (
        "en",
        "After the Omani foreign minister's visit to Baghdad, an opposition rally in Tehran was banned.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BAN_OF_SOMETHING_ELSE)
def test_a_ban_of_something_else_leaves_the_visit(lang: str, text: str) -> None:
    assert ("CONSULT", "reported") in [(kind, status) for kind, status, _ in _events(text, lang)]
