"""A reaction told by a verb written after what was said ("…, the army chief
threatened", "…، هدد وزير الدفاع", "…، وزیر خارجه … را متهم کرد"): the
speaker of that short last clause is the source, whom the clause before names
(of another country) the target; in English a warning so told takes its
object ("will", "if") from that clause and is a threat. Sentences written for
these tests, in Arabic, Persian and English."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def events(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """(type, ['CODE:AGENT', …]) of every event of the text."""
    record = process(Document("t", text, lang=lang))
    return [(e.type, [f"{a.code or '-'}:{a.agent}" for a in e.actors]) for e in record.events]


@pytest.mark.parametrize(
    ("text", "lang", "etype", "source", "target"),
    [
        (
            "السودان سيدفع ثمن دعمه للمتمردين، هدد وزير الدفاع الإثيوبي.",
            "ar",
            "THREATEN",
            "ETH",
            "SDN",
        ),
        (
            "قطر تمول الإرهاب في المنطقة، اتهمت وزارة الخارجية الإماراتية.",
            "ar",
            "ACCUSE",
            "ARE",
            "QAT",
        ),
        (
            "«المقترح الأمريكي غير مقبول»، قال الرئيس الفنزويلي رافضاً الخطة.",
            "ar",
            "REJECT",
            "VEN",
            "USA",
        ),
        (
            "آذربایجان به ارمنستان حمله کرده است، وزیر خارجه ارمنستان باکو را متهم کرد.",
            "fa",
            "ACCUSE",
            "ARM",
            "AZE",
        ),
        (
            "پیشنهاد ترکیه پذیرفتنی نیست، رئیس جمهور یونان این را رد کرد.",
            "fa",
            "REJECT",
            "GRC",
            "TUR",
        ),
        (
            "عربستان هزینه سنگینی برای این اقدام خواهد پرداخت، فرمانده ارتش ایران تهدید کرد.",
            "fa",
            "THREATEN",
            "IRN",
            "SAU",
        ),
    ],
)
def test_the_speaker_after_the_clause_is_the_source(
    text: str, lang: str, etype: str, source: str, target: str
) -> None:
    got = [actors for t, actors in events(text, lang) if t == etype]
    assert got, events(text, lang)
    assert got[0][0].startswith(source + ":")
    assert any(a.startswith(target + ":") for a in got[0][1:])


@pytest.mark.parametrize(
    "text",
    [
        "If Venezuela enters Guyana, Britain will send warships, the British defence minister warned.",
        "Any drone crossing the border will be shot down, the Turkish army warned on Monday.",
    ],
)
def test_an_english_warning_told_after_is_a_threat(text: str) -> None:
    types = [t for t, _ in events(text, "en")]
    assert "THREATEN" in types and "ACCUSE" not in types


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        # a threat by a noun after a conditional clause: the speaker is named before
        ("قال قائد الجيش الإيراني إنه في حال هجوم إسرائيل، سترد إيران رداً قاسياً.", "ar", "IRN"),
        ("فرمانده ارتش ایران گفت در صورت حمله اسرائیل، ایران پاسخ سختی خواهد داد.", "fa", "IRN"),
        # a reaction with its own subject before it is read as before
        ("Egypt rejected the Ethiopian proposal, the ministry said.", "en", "EGY"),
    ],
)
def test_no_speaker_after_leaves_the_sides(text: str, lang: str, source: str) -> None:
    got = events(text, lang)
    assert got
    assert got[0][1][0].startswith(source + ":")
