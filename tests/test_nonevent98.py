"""Sentences that tell no event (round 98, nonevent98; every sentence
written for these tests).

A protocol named alone is no deal made. Persian "پروتکل" was an AGREE
trigger by itself, so a named treaty ("پروتکل الحاقی", "پروتکل کیوتو") or a
health rule ("پروتکل‌هایی که وزارت بهداشت اعلام کرده") read as an agreement
between whoever the sentence named. Now only a protocol of cooperation is a
trigger ("پروتکل همکاری", as "سند همکاری"); a protocol signed is read by its
verb ("امضا کردند"). Arabic "بروتوكول" and English "protocol" are triggers
only after a verb of signing: their sentences are guards here.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# a protocol named, no deal made: main 04d22682 reads the Persian sentences
# as AGREE reported (the Arabic and English ones are right on main: guards)
NAMED = [
    (
        "fa",
        "دادستان سوئد متهم را ناقض مواد ۷۵ و ۸۵ پروتکل الحاقی کنوانسیون ژنو در مورد اسیران دانست.",
    ),
    (
        "fa",
        "نماینده مجلس گفت تصویب نشدن پروتکل‌های الحاقی و تحریم‌ها مردم ایران را ناامید کرده است.",
    ),
    (
        "fa",
        "سخنگوی دولت گفت مدارس ایران در چارچوب پروتکل‌هایی که وزارت بهداشت اعلام کرده باز می‌شوند.",
    ),
    ("fa", "به گفته این کارشناس، آمریکا و چین هنوز به اهداف پروتکل کیوتو نرسیده‌اند."),
    (
        "ar",
        "وقال النائب إن البروتوكول الإضافي لمعاهدة عدم الانتشار يقيد البرنامج النووي لإيران والعراق.",
    ),
    (
        "en",
        "The MP said the Additional Protocol limits what Iran and Iraq may build at their nuclear sites.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NAMED)
def test_a_protocol_named_is_no_agreement(lang: str, text: str) -> None:
    assert "AGREE" not in _types(text, lang)


# guards: a protocol of cooperation, and a protocol signed, stay agreements
MADE = [
    ("fa", "پروتکل همکاری امنیتی ایران و عراق روز دوشنبه در بغداد به امضا رسید."),
    ("fa", "وزیران خارجه ایران و ارمنستان یک پروتکل همکاری‌های کنسولی امضا کردند."),
    ("fa", "ایران و ترکیه پروتکل الحاقی قرارداد گازی دو کشور را امضا کردند."),
    ("ar", "وقعت تونس والجزائر أمس بروتوكول تعاون في مجال الأمن."),
    ("en", "Iran and Iraq signed a security protocol in Baghdad on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), MADE)
def test_a_protocol_made_stays_an_agreement(lang: str, text: str) -> None:
    assert "AGREE" in _types(text, lang)


# an aim's marker before a determiner: the deal is aimed at, not made. Main
# 04d22682 reads the Persian sentences as AGREE reported; Arabic and English
# read the aim as planned already (guards: never reported)
AIMED = [
    ("fa", "سازمان ملل برای رسیدن به چنین توافقی میان دو طرف جنگ یمن مصمم است."),
    ("fa", "قطر برای دستیابی به این توافق میان آمریکا و طالبان تلاش می‌کند."),
    ("ar", "وقال الوزير إن قطر تعمل للتوصل إلى هذا الاتفاق بين طالبان والولايات المتحدة."),
    ("en", "Qatar is working to reach this agreement between the Taliban and the United States."),
]


@pytest.mark.parametrize(("lang", "text"), AIMED)
def test_an_aimed_deal_is_not_reported(lang: str, text: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "AGREE"}
    assert "reported" not in statuses


# guards: a determiner without an aim's marker, and a deal made after it
DONE = [
    ("fa", "ایران و چین این توافق را روز شنبه در تهران امضا کردند."),
    ("fa", "پس از رسیدن به این توافق، ایران و عراق نشست مشترکی برگزار کردند."),
]


@pytest.mark.parametrize(("lang", "text"), DONE)
def test_a_deal_named_with_a_determiner_stays(lang: str, text: str) -> None:
    assert run(text, lang).events
