"""publication_date and normalise_published_field."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from diplowatch.dates import (
    normalise_published_field,
    publication_date,
    publication_date_normalized,
)
from diplowatch.text.normalize import normalize

BODY_AR = " وأضاف المسؤول أن الطرفين بحثا سبل تعزيز التعاون الثنائي في مجالات عدة." * 3
BODY_FA = " وی افزود دو طرف درباره گسترش همکاری‌های دوجانبه گفت‌وگو کردند." * 3


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # today + full date, anywhere
        ("ar", "أعلن الوزير اليوم الإثنين 13 جوان 2016 أن" + BODY_AR, "2016-06-13"),
        ("ar", "أعلن الوزير صباح اليوم الجمعة 2 ديسمبر 2016 أن" + BODY_AR, "2016-12-02"),
        (
            "ar",
            "حذر الرئيس الأربعاء، 7 جوان 2017 من"
            + BODY_AR
            + " ورد الوزير اليوم الخميس، 8 جوان 2017 بأن",
            "2017-06-08",
        ),
        ("fa", "سفیر جدید امروز ٢٠ تیرماه ١۴٠٠ با وزیر دیدار کرد." + BODY_FA, "2021-07-11"),
        # header stamps and datelines
        ("en", "Write: 2024-04-23 15:48:47\nThe minister said", "2024-04-23"),
        ("en", "2024-04-23\nThe minister said", "2024-04-23"),
        ("ar", "23/04/2024\nقال الوزير" + BODY_AR, "2024-04-23"),
        ("ar", "تاريخ النشر: 2024/04/23 قال الوزير" + BODY_AR, "2024-04-23"),
        (
            "fa",
            "درخواست برای کمک عقرب 06, 1400 12:47 Asia/Kabul درخواست برای کمک" + BODY_FA,
            "2021-10-28",
        ),
        ("fa", "پیروزی تیم ملی۴ مرداد ۱۴۰۰ - ۲۶ ژوئیه ۲۰۲۱منبع تصویر" + BODY_FA, "2021-07-26"),
        ("fa", "03 آبان 1401 - 15:03 وزیر گفت" + BODY_FA, "2022-10-25"),
        ("fa", "تاریخ انتشار: ۰۸ مرداد ۱۳۹۰ وزیر گفت" + BODY_FA, "2011-07-30"),
    ],
)
def test_publication_date(lang: str, text: str, expected: str) -> None:
    assert publication_date(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قال الناطق اليوم السبت إن الوزير سيبدأ جولة" + BODY_AR),  # weekday alone
        ("fa", "وزیر خارجه امروز (شنبه) با همتای خود دیدار کرد." + BODY_FA),
        # a full date inside the first sentence is the event's date
        ("ar", "نددت كوريا الشمالية، الثلاثاء 11 أفريل 2017، بإرسال مجموعة بحرية" + BODY_AR),
        # a date deep in the body describes an event
        ("fa", BODY_FA * 4 + " این فیلم در تاریخ 25 مارس 2022 (5 فروردین 1401) اکران می‌شود."),
        # header and footer stamps disagree: unknown
        (
            "fa",
            "سه شنبه, ۲۷ مهر, ۱۴۰۰ / 19 October, 2021 روسیه و آمریکا" + BODY_FA + " … ۱۴۰۰/۰۷/۱۸",
        ),
        ("ar", ""),
        ("ar", "32/13/2024 نص"),
    ],
)
def test_no_publication_date(lang: str, text: str) -> None:
    assert publication_date(text, lang) is None


def test_footer_stamp_alone_is_taken() -> None:
    text = "روسیه و آمریکا" + BODY_FA + " … ۱۴۰۰/۰۷/۱۸"
    assert publication_date(text, "fa") == "2021-10-10"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-23T15:48:47Z", "2024-04-23"),
        ("2024-04-23T15:48:47+03:30", "2024-04-23"),
        ("2024-04-23", "2024-04-23"),
        ("23/04/2024", "2024-04-23"),
        ("2024/04/23", "2024-04-23"),
        ("Tue, 23 Apr 2024 15:48:47 GMT", "2024-04-23"),
        ("Tue, 23 Apr 2024 15:48:47 +0000", "2024-04-23"),
        ("1401/08/03", "2022-10-25"),
        ("۱۴۰۱/۰۸/۰۳", "2022-10-25"),
        ("03 آبان 1401 - 15:03", "2022-10-25"),
        ("الثلاثاء 23 أبريل 2024", "2024-04-23"),
        ("23 نيسان 2024", "2024-04-23"),
        ("17 صفر 1447 هـ", "2025-08-11"),
        ("April 23, 2024", "2024-04-23"),
        ("1447/02/17", "2025-08-11"),  # a Solar reading (2068) would be in the future
        ("04/23/2024", "2024-04-23"),  # month first when day first is impossible
    ],
)
def test_normalise_published_field(value: str, expected: str) -> None:
    assert normalise_published_field(value) == expected


@pytest.mark.parametrize(
    "value", ["", "   ", "yesterday", "not a date", "32/13/2024", "1401/13/40", "Tue, 99 Foo"]
)
def test_normalise_published_field_rejects(value: str) -> None:
    assert normalise_published_field(value) is None


def test_dev_set_accuracy() -> None:
    """Publication dates on the shared dev set (gold-dated docs and null-gold docs)."""
    docs = [
        json.loads(x) for x in shared_path("data", "dev", "docs.jsonl").read_text().splitlines()
    ]
    gold = {
        g["id"]: g["published"]
        for g in map(json.loads, shared_path("data", "dev", "gold.jsonl").read_text().splitlines())
    }
    dated = [d for d in docs if gold[d["id"]]]
    right = sum(publication_date(d["text"], d["lang"]) == gold[d["id"]] for d in dated)
    extra = sum(
        publication_date(d["text"], d["lang"]) is not None for d in docs if not gold[d["id"]]
    )
    assert right / len(dated) >= 0.9
    assert extra <= 2


def test_normalized_entry_point_agrees() -> None:
    text = "أعلن الوزير اليوم الإثنين 13 جوان 2016 أن" + BODY_AR
    assert publication_date_normalized(normalize(text).text, "ar") == publication_date(text, "ar")


def test_date_alone_on_a_line_after_the_headline_is_the_dateline() -> None:
    # Saved pages put the headline first and the date on its own line.
    from diplowatch.dates.published import publication_date

    ar = "وزيرا خارجية البلدين يبحثان التعاون\n\nالثلاثاء 23 أبريل/نيسان 2024\n\nبحث الوزيران أمس سبل التعاون."
    en = "Ministers meet in Seoul\n\nThursday, October 10, 2024\n\nThe ministers met on Wednesday."
    assert publication_date(ar, "ar") == "2024-04-23"
    assert publication_date(en, "en") == "2024-10-10"
    # A full date inside a sentence stays an event date.
    body = "Ministers meet\n\nThe ministers met on October 10, 2024 in Seoul to discuss trade."
    assert publication_date(body, "en") is None


# ---------------------------------------------------------------- issue 11: page residue

BODY_EN = " The minister said the two sides discussed ways to expand bilateral cooperation." * 3


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # labelled stamps, Latin labels on Arabic and Persian pages too
        ("en", "Write: 2024-04-23 15:48:47 Update: 2024-04-24 09:12:05\nSeoul and Tokyo" + BODY_EN, "2024-04-23"),
        ("ar", "Write: 2024-04-23 15:48:47 Update: 2024-04-24 09:12:05\nقال الوزير" + BODY_AR, "2024-04-23"),
        ("fa", "Write: 2024-04-23 15:48:47 Update: 2024-04-24 09:12:05\nوزیر گفت" + BODY_FA, "2024-04-23"),
        ("en", "Home | World\nPosted on April 23, 2024 by Newsdesk\nSeoul" + BODY_EN, "2024-04-23"),
        ("en", "Published: 10:30 am, April 23, 2024\nSeoul" + BODY_EN, "2024-04-23"),
        ("en", "By Staff Reporter | April 23, 2024 | 3 min read\nSeoul" + BODY_EN, "2024-04-23"),
        ("ar", "أخبار\nتاريخ النشر: الثلاثاء 23 أبريل 2024 - 10:30 ص\nقال الوزير" + BODY_AR, "2024-04-23"),
        ("ar", "نشر في 23 أبريل 2024\nقال الوزير" + BODY_AR, "2024-04-23"),
        ("ar", "نُشر بتاريخ: ٢٣/٠٤/٢٠٢٤\nقال الوزير" + BODY_AR, "2024-04-23"),
        ("fa", "منتشر شده در ۴ اردیبهشت ۱۴۰۳\nوزیر گفت" + BODY_FA, "2024-04-23"),
        ("fa", "کد خبر: ۴۵۶۷۸ تاریخ انتشار: ۰۴ اردیبهشت ۱۴۰۳ - ۱۸:۲۳ وزیر گفت" + BODY_FA, "2024-04-23"),
        ("fa", "تاریخ انتشار: ۱۴۰۲/۰۵/۱۲ - ۱۰:۳۰\nوزیر گفت" + BODY_FA, "2023-08-03"),
        # only an update stamp: it dates the page
        ("en", "Updated: April 24, 2024\nSeoul" + BODY_EN, "2024-04-24"),
        ("ar", "آخر تحديث: 24 أبريل 2024 | 09:15\nقال الوزير" + BODY_AR, "2024-04-24"),
        ("fa", "به‌روز شده: ۵ اردیبهشت ۱۴۰۳\nوزیر گفت" + BODY_FA, "2024-04-24"),
        # a dateline before an update stamp is the publication date
        ("fa", "خرداد 20, 1400 18:17 Asia/Tehran [Updated: آبان 03, 1400 18:21] وزیر گفت" + BODY_FA, "2021-06-10"),
        # lunar Hijri and Gregorian stamps a day apart: the Gregorian day
        ("ar", "الثلاثاء 15 شوال 1445 هـ - 23 أبريل 2024 م\nقال الوزير" + BODY_AR, "2024-04-23"),
        # "City - date" ending its line
        ("fa", "تهران - ۴ اردیبهشت ۱۴۰۳\nوزیر گفت" + BODY_FA, "2024-04-23"),
        ("ar", "الرياض - 14 شوال 1445هـ\nقال الوزير" + BODY_AR, "2024-04-23"),
        # "today (weekday) corresponding to <date>"
        ("ar", "أعلن الوزير اليوم الثلاثاء الموافق 23 أبريل 2024 أن" + BODY_AR, "2024-04-23"),
        ("fa", "وزیر امروز سه‌شنبه مطابق با ۴ اردیبهشت ۱۴۰۳ گفت" + BODY_FA, "2024-04-23"),
        # the page's own stamp at the head wins over a related link at the foot
        ("en", "Published: April 23, 2024\nSeoul" + BODY_EN * 2 + "\nRelated: Published: March 2, 2024", "2024-04-23"),
        # a labelled stamp further down a long page (below menus and a lead)
        ("fa", "منو " * 150 + "تاریخ انتشار: ۰۴ اردیبهشت ۱۴۰۳ وزیر گفت" + BODY_FA, "2024-04-23"),
    ],
)  # fmt: skip
def test_page_residue_stamps(lang: str, text: str, expected: str) -> None:
    assert publication_date(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # labels that are also verbs, in running text
        ("en", "The report, published on April 2, 2024, said" + BODY_EN),
        ("ar", "أفاد تقرير نشر في 12 مايو 2017 بأن الوزير" + BODY_AR),
        ("fa", "بیانیه منتشر شده در ۱۲ مرداد ۱۴۰۲ می‌گوید" + BODY_FA),
        # a date converted in brackets inside the story
        ("fa", "دادگاه از روز سه شنبه، 10 اوت 2021 (19 مرداد 1400) آغاز شد" + BODY_FA),
        # two labelled stamps of the page disagree
        ("en", "Published: April 23, 2024\nPublished: April 25, 2024\nSeoul" + BODY_EN),
        ("ar", "تاريخ النشر: 2024/04/23\nتاريخ النشر: 2024/04/25\nقال الوزير" + BODY_AR),
        # a labelled stamp against the page's header dateline
        ("fa", "سه شنبه 27 مهر 1400 - 15:23\nکد خبر: 18862 تاریخ انتشار: 1399/04/22" + BODY_FA),
        # a list of articles: labelled stamps of many days
        (
            "fa",
            "تاریخ انتشار: 1399/04/22 خبر اول. تاریخ انتشار: 1399/03/22 خبر دوم. "
            "تاریخ انتشار: 1399/03/16 خبر سوم." + BODY_FA,
        ),
    ],
)
def test_no_date_from_the_story_or_from_lists(lang: str, text: str) -> None:
    assert publication_date(text, lang) is None
