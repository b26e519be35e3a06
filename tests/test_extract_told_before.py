"""A sentence that tells only joint deeds by nouns goes on about the article's
deed: the article's main pair fills the side it does not name
(``context.JOINT_NOUNS_REFER_BACK``; Arabic and English, not Persian).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def parties_of_second_sentence(text: str, lang: str, marker: str) -> list[set[str]]:
    record = process(Document("t", text, lang=lang))
    return [
        {a.code for a in e.actors if a.code} for e in record.events if marker in e.evidence.text
    ]


@pytest.mark.parametrize(
    ("text", "lang", "marker"),
    [
        (
            "بدأت كوريا الجنوبية والصين جولة جديدة من المفاوضات التجارية في بكين. "
            "وقالت وزارة التجارة الكورية إن المفاوضات ستستمر حتى يوم الجمعة.",
            "ar",
            "ستستمر",
        ),
        (
            "South Korea and China opened a new round of trade negotiations in Beijing. "
            "The Korean trade ministry said the negotiations would continue until Friday.",
            "en",
            "continue",
        ),
    ],
)
def test_the_talks_told_again_are_the_articles_talks(text: str, lang: str, marker: str) -> None:
    found = parties_of_second_sentence(text, lang, marker)
    assert found and {"KOR", "CHN"} <= found[0]


@pytest.mark.parametrize(
    ("text", "lang", "marker"),
    [
        (
            "بدأت كوريا الجنوبية والصين جولة جديدة من المفاوضات التجارية في بكين. "
            "وأكد الرئيس الكوري أهمية التعاون مع اليابان.",
            "ar",
            "اليابان",
        ),
        (
            "South Korea and China opened a new round of trade negotiations in Beijing. "
            "The Korean president later met Japan's prime minister in Tokyo.",
            "en",
            "Tokyo",
        ),
    ],
)
def test_a_new_deed_told_by_a_verb_keeps_its_own_sides(text: str, lang: str, marker: str) -> None:
    for parties in parties_of_second_sentence(text, lang, marker):
        assert "CHN" not in parties


def test_persian_nouns_tell_new_deeds_and_take_no_side_from_the_article() -> None:
    text = (
        "کره جنوبی و چین دور تازه‌ای از مذاکرات تجاری را در پکن آغاز کردند. "
        "وزارت بازرگانی کره گفت رئیس‌جمهور کره با مقامات ژاپن دیدار خواهد داشت."
    )
    for parties in parties_of_second_sentence(text, "fa", "ژاپن"):
        assert "CHN" not in parties
