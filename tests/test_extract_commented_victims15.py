"""Whom a condemned deed struck is no side of the condemnation: "Iran
condemned the US strike on Iraqi positions" accuses the US, not Iraq; with
no doer named the commenter alone tells it. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def sides(text: str, lang: str, etype: str = "ACCUSE") -> list[set[str | None]]:
    record = process(Document("t", text, lang=lang))
    return [{a.code for a in e.actors} for e in record.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang", "commenter", "victim"),
    [
        (
            "Iran strongly condemned the American attack against Iraqi forces near Baghdad.",
            "en",
            "IRN",
            "IRQ",
        ),
        (
            "Qatar condemned the bombing that targeted Iraqi pilgrims in Karbala.",
            "en",
            "QAT",
            "IRQ",
        ),
        (
            "Tunisia condemned the terrorist attack that targeted Egyptian security forces.",
            "en",
            "TUN",
            "EGY",
        ),
        ("أدانت إيران الغارة الأمريكية على مواقع الجيش العراقي.", "ar", "IRN", "IRQ"),
        ("أدانت قطر التفجير الذي استهدف زوارا عراقيين في كربلاء.", "ar", "QAT", "IRQ"),
        ("تونس حمله تروریستی علیه نیروهای امنیتی مصر را محکوم کرد.", "fa", "TUN", "EGY"),
        ("ایران حمله هوایی آمریکا به مواضع ارتش عراق را محکوم کرد.", "fa", "IRN", "IRQ"),
    ],
)
def test_the_victims_of_a_condemned_deed_are_no_side(
    text: str, lang: str, commenter: str, victim: str
) -> None:
    found = sides(text, lang)
    assert found, "the condemnation is still an event"
    assert all(commenter in f and victim not in f for f in found), found


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("ایران حمله هوایی آمریکا به مواضع ارتش عراق را محکوم کرد.", "fa", {"IRN", "USA"}),
        ("ایران حمله حوثی‌ها به سفارت امارات در صنعا را محکوم کرد.", "fa", {"IRN", "YEM"}),
        ("Iran condemned the US air strike on Iraqi army positions.", "en", {"IRN", "USA"}),
        (
            "Egypt condemned the raid on the Al-Aqsa compound by Israeli settlers.",
            "en",
            {"EGY", "ISR"},
        ),
    ],
)
def test_the_doer_of_a_condemned_deed_stays_accused(text: str, lang: str, want: set[str]) -> None:
    found = sides(text, lang)
    assert found and found[0] == want, found


def test_a_condemnation_of_no_deed_keeps_its_target() -> None:
    # "on" after a statement, not a deed of force: Turkey is still criticised
    for text, lang in (
        ("Greece condemned Turkey's statement on Cyprus.", "en"),
        ("أدانت اليونان تصريحات تركيا بشأن قبرص.", "ar"),
    ):
        found = sides(text, lang)
        assert found and "TUR" in found[0], (text, found)
