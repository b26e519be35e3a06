"""A deed named right after a word of possibility is only mentioned (plans15).

"امکان مبادله زندانیان", "صفقة محتملة لتبادل الأسرى", "a possible prisoner
swap": the swap is a possibility, not a report. The deed must follow the
word at once: "احتمال حصول پیشرفت در مذاکرات" is about progress in talks
that were held. Controls: the same deeds told as done. English needs no
data of its own here ("a possible prisoner swap" names no trigger); its
cases pin that behaviour. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _reported(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return {e.type for e in record.events if e.status == "reported"}


POSSIBLE = [
    ("fa", "وی از امکان مبادله زندانیان میان ایران و آمریکا خبر داد.", "CONCEDE"),
    ("ar", "وأشار إلى صفقة محتملة لتبادل الأسرى بين إيران والولايات المتحدة.", "CONCEDE"),
    (
        "en",
        "A possible prisoner exchange between Iran and the United States was on the agenda "
        "in Oman.",
        "CONCEDE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), POSSIBLE)
def test_a_possible_deed_is_no_report(lang: str, text: str, etype: str) -> None:
    assert etype not in _reported(text, lang)


DONE = [
    ("fa", "ایران و آمریکا در عمان زندانیان را مبادله کردند.", "CONCEDE"),
    ("ar", "وتبادلت إيران والولايات المتحدة الأسرى في سلطنة عمان.", "CONCEDE"),
    ("en", "Iran and the United States exchanged prisoners in Oman.", "CONCEDE"),
    # the possibility is of progress; the talks were held
    (
        "fa",
        "مقام‌های آمریکایی از امکان پیشرفت مذاکرات ایران و آمریکا در وین سخن گفتند.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_deeds_told_as_done_stay_reported(lang: str, text: str, etype: str) -> None:
    assert etype in _reported(text, lang)
