"""A country adjective followed by a place noun: in English the noun is the
adjective's head ("the Laotian capital", a place); in Arabic it opens the next
phrase ("القوات الإسرائيلية مدينة رفح": the forces, then their object).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def actors(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document("t", text, lang=lang))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قصفت القوات الإسرائيلية مدينة رفح.", "ar"),
        ("هاجمت القوات الروسية مدينة خاركيف.", "ar"),
        ("نیروهای اسرائیلی شهر رفح را بمباران کردند.", "fa"),
        ("Israeli forces shelled the city of Rafah.", "en"),
    ],
)
def test_forces_before_a_city_are_the_attackers(text: str, lang: str) -> None:
    found = actors(text, lang)
    assert any(agent == "MIL" for _, agent in found), found


def test_an_english_adjective_before_capital_is_still_a_place() -> None:
    found = actors("Chinese and Lao officials met in the Laotian capital on Monday.", "en")
    assert ("LAO", None) not in found
