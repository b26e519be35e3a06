"""A title right after a named person is his (apposition), unless he sits in
another sole office: "the Korean president Lee Jae-myung [received] the
Japanese foreign minister" names two people. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def actors(text: str, lang: str, published: str) -> set[tuple[str | None, str | None, str | None]]:
    record = process(Document("t", text, lang=lang, published=published))
    return {(a.code, a.agent, a.role) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("استقبل الرئيس الكوري لي جاي ميونغ وزير الخارجية الياباني في سيول.", "ar"),
        ("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الياباني.", "ar"),
    ],
)
def test_a_sitting_president_followed_by_a_ministers_title(text: str, lang: str) -> None:
    found = actors(text, lang, "2025-08-01")
    assert ("JPN", "GOV", "foreign_minister") in found, found


def test_a_ministers_own_title_after_his_name_is_his() -> None:
    found = actors("التقى سيرغي لافروف وزير الخارجية الروسي نظيره التركي.", "ar", "2025-08-01")
    assert ("RUS", "GOV", "foreign_minister") in found
    assert ("TUR", "GOV", "foreign_minister") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("رئیس‌جمهور کره لی جه میونگ با وزیر امور خارجه ژاپن دیدار کرد.", "fa"),
        ("South Korean President Lee Jae-myung met Japan's foreign minister in Seoul.", "en"),
    ],
)
def test_the_other_languages_keep_both_people(text: str, lang: str) -> None:
    found = actors(text, lang, "2025-08-01")
    assert any(code == "JPN" and role == "foreign_minister" for code, _, role in found), found
