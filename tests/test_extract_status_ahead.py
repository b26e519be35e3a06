"""Drafts, preparations, postponements and failed attempts (round 10).

A draft or a preparation governs what follows it ("a draft resolution
imposing", "يستعد لنشر", "آماده می‌شود … اعزام کند"): planned. A postponement
in a noun event's clause ("the meeting … was postponed"): negated since
round 86 (postponed86: it did not take place when due), planned again when a
new time is named (mendD87, round 87), and not a request to postpone. An attempt the sentence tells failed ("tried … but were
blocked", "حاولت … دون جدوى", "تلاش کردند … اما موفق نشدند"): negated.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from event_statuses import statuses

PLANNED = [
    ("en", "The Pentagon is getting ready to deploy more troops to Romania.", "MOBILIZE"),
    (
        "en",
        "Diplomats from Egypt and Ethiopia are still drafting an agreement on the dam.",
        "AGREE",
    ),
    ("ar", "تستعد روسيا لشن هجوم جديد في شرق أوكرانيا.", "ASSAULT"),
    ("ar", "يستعد الجيش الأمريكي لنشر قوات إضافية في رومانيا.", "MOBILIZE"),
    ("ar", "يتوجه وزير الخارجية التركي إلى بغداد نهاية الشهر الجاري.", "CONSULT"),
    ("fa", "روسیه آماده می‌شود حمله تازه‌ای را در شرق اوکراین آغاز کند.", "ASSAULT"),
    # mendD87: a put-off to a named new time is planned again (the meeting is set)
    ("fa", "نشست ارتش مالی و شورشیان توارگ در الجزایر به روز بعد به تعویق افتاد.", "CONSULT"),
    ("fa", "دیدار رئیس جمهور مصر و نخست وزیر اتیوپی به هفته بعد موکول شد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), PLANNED)
def test_drafts_preparations_and_postponements_are_planned(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"planned"}


FAILED = [
    # postponed86: a postponement tells the deed did not take place when due
    (
        "en",
        "A meeting between the Malian army and Tuareg rebels in Algiers was postponed.",
        "CONSULT",
    ),
    (
        "ar",
        "أرجئ الاجتماع بين الجيش المالي والمتمردين الطوارق في الجزائر إلى اليوم التالي.",
        "CONSULT",
    ),
    ("en", "Turkish activists tried to send aid ships to Gaza but were blocked.", "AID"),
    ("ar", "حاولت سفن تركية إيصال مساعدات إلى غزة دون جدوى.", "AID"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), FAILED)
def test_a_failed_attempt_is_negated(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"negated"}


REPORTED = [
    # an attempt with no failure told, a request to postpone, a deed before "but"
    ("en", "Turkish activists tried to send aid ships to Gaza on Monday.", "AID"),
    ("en", "The French president visited Algeria on Monday.", "CONSULT"),
    ("ar", "طلبت أحزاب المعارضة من رئيس البرلمان تأجيل النظر في مشروع القانون.", "REQUEST"),
    ("ar", "وصل وزير الخارجية السعودي إلى طهران الاثنين لإجراء محادثات.", "CONSULT"),
    ("fa", "وزیر امور خارجه عربستان روز دوشنبه وارد تهران شد.", "CONSULT"),
    ("fa", "ارتش ترکیه روز دوشنبه نیروهای بیشتری به قطر اعزام کرد.", "MOBILIZE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED)
def test_done_deeds_stay_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}
