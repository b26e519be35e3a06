"""A former office-holder named with his country adjective between "former"
and the title ("former French president") is no voice of his state.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def actors(text: str, lang: str) -> list[tuple[str | None, str | None, bool]]:
    record = process(Document("t", text, lang=lang, published="2024-01-01"))
    return [(a.code, a.agent, a.former) for e in record.events for a in e.actors]


@pytest.mark.parametrize(
    ("text", "lang", "former", "other"),
    [
        ("Former French president Nicolas Sarkozy met Qatar's emir.", "en", "FRA", "QAT"),
        ("France's former president met Qatar's emir.", "en", "FRA", "QAT"),
        ("The French president met the former Qatari emir.", "en", "QAT", "FRA"),
        ("التقى الرئيس الفرنسي السابق أمير قطر في الدوحة.", "ar", "FRA", "QAT"),
        ("رئیس‌جمهور سابق فرانسه با امیر قطر دیدار کرد.", "fa", "FRA", "QAT"),
    ],
)
def test_a_former_holder_is_no_government(text: str, lang: str, former: str, other: str) -> None:
    found = actors(text, lang)
    assert (former, "GOV", False) not in found, found
    assert any(code == other and agent == "GOV" for code, agent, _ in found), found


def test_a_sitting_holder_with_his_adjective_is_the_government() -> None:
    found = actors("The French president met Qatar's emir.", "en")
    assert ("FRA", "GOV", False) in found
