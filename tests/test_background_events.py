"""Events the sentence does not report as happening now: an old year or a
history cue in the trigger's clause, and (Arabic) a condition ("إذا", "لو")."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process

PUBLISHED = "2021-03-01"


def _types(text: str, lang: str) -> list[str]:
    record = process(Document("t", text, lang=lang, published=PUBLISHED))
    return [e["type"] for e in record.to_dict()["events"]]


@pytest.mark.parametrize(
    ("lang", "past", "now", "etype"),
    [
        # an old year after the trigger in its clause
        (
            "ar",
            "شن الجيش الإسرائيلي غارة على غزة في عام 2009 وقتل عشرة أشخاص.",
            "شن الجيش الإسرائيلي غارة على غزة يوم الاثنين.",
            "ASSAULT",
        ),
        (
            "fa",
            "ایران و عراق توافق‌نامه همکاری را در سال ۲۰۱۰ امضا کردند.",
            "ایران و عراق روز دوشنبه توافق‌نامه همکاری امضا کردند.",
            "AGREE",
        ),
        (
            "en",
            "Iraq and Iran signed a cooperation agreement in 2009.",
            "Iraq and Iran signed a cooperation agreement on Monday.",
            "AGREE",
        ),
        # an old year before the trigger in its clause
        (
            "ar",
            "في عام 2010 وقعت مصر وليبيا اتفاقية للتعاون الأمني.",
            "وقعت مصر وليبيا اتفاقية للتعاون الأمني يوم الأحد.",
            "AGREE",
        ),
        (
            "fa",
            "در سال ۲۰۱۰ ایران و عراق توافق‌نامه همکاری امضا کردند.",
            "ایران و عراق روز دوشنبه توافق‌نامه همکاری امضا کردند.",
            "AGREE",
        ),
        (
            "en",
            "In 2010, Egypt and Libya signed a security agreement.",
            "Egypt and Libya signed a security agreement on Sunday.",
            "AGREE",
        ),
        # an Arabic history cue (a past decade) after the trigger
        (
            "ar",
            "قدمت السعودية مساعدات إلى مصر في السبعينات.",
            "قدمت السعودية مساعدات إلى مصر يوم الخميس.",
            "AID",
        ),
    ],
)
def test_old_year_or_history_cue_tells_history(lang: str, past: str, now: str, etype: str) -> None:
    assert etype not in _types(past, lang)
    assert etype in _types(now, lang)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن بلاده سترد إذا قصفت إسرائيل المنشآت الإيرانية.",
        "وقال الوزير إن بلاده سترد لو قصفت إسرائيل المنشآت الإيرانية.",
        "وقال الوزير إن بلاده سترد في حال قصفت إسرائيل المنشآت الإيرانية.",
    ],
)
def test_arabic_condition_is_no_report(text: str) -> None:
    assert "ASSAULT" not in _types(text, "ar")
    assert "ASSAULT" in _types("قصفت إسرائيل المنشآت الإيرانية يوم السبت.", "ar")


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fa", "اگر اسرائیل به تأسیسات ایران حمله کند، ایران پاسخ خواهد داد.", "ASSAULT"),
        ("en", "Iran will respond if Israel bombs its facilities.", "ASSAULT"),
        ("en", "In the event of an attack on its ships, Iran will close the strait.", "ASSAULT"),
    ],
)
def test_condition_in_other_languages_stays_unreported(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # the old year dates another clause ("that …"): the accusation stands
        ("ar", "اتهمت إيران إسرائيل يوم الاثنين وقالت إن المحادثات فشلت.", "ACCUSE"),
        # a recent year (the article's or the one before) is no history
        ("ar", "وقعت مصر وليبيا اتفاقية للتعاون الأمني في عام 2020.", "AGREE"),
        ("fa", "ایران و عراق توافق‌نامه همکاری را در سال ۲۰۲۱ امضا کردند.", "AGREE"),
        ("en", "Egypt and Libya signed a security agreement in 2021.", "AGREE"),
    ],
)
def test_recent_or_other_clause_keeps_event(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
