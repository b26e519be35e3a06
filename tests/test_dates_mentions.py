"""find_dates on sentences in Arabic, Persian and English (written for these tests)."""

from __future__ import annotations

import datetime

import pytest

from diplowatch.dates import find_dates
from diplowatch.text.normalize import normalize

ANCHOR = datetime.date(2021, 7, 13)  # a Tuesday


def dates(
    text: str, lang: str, anchor: datetime.date | None = ANCHOR
) -> list[tuple[str, str, str, str]]:
    ntext = normalize(text).text
    return [
        (ntext[m.start : m.end], m.value.isoformat(), m.kind, m.precision)
        for m in find_dates(ntext, lang, anchor)
    ]


def values(text: str, lang: str, anchor: datetime.date | None = ANCHOR) -> list[str]:
    return [v for _, v, _, _ in dates(text, lang, anchor)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # header stamps
        ("en", "Write: 2024-04-23 15:48:47", "2024-04-23"),
        ("ar", "نشر الخبر 2024-04-23", "2024-04-23"),
        ("ar", "بتاريخ 23/04/2024 وقع الطرفان", "2024-04-23"),
        ("fa", "مطلب 2024/04/23 منتشر شد", "2024-04-23"),
        # Arabic month names: Egyptian, Levantine, Maghrebi, combined
        ("ar", "وصل الوزير في 23 أبريل 2024 إلى الرياض", "2024-04-23"),
        ("ar", "وصل الوزير في 23 ابريل 2024 إلى الرياض", "2024-04-23"),
        ("ar", "اجتمع الطرفان في 23 نيسان 2024", "2024-04-23"),
        ("ar", "اجتمع الطرفان في 5 أغسطس/آب 2015", "2015-08-05"),
        ("ar", "اجتمع الطرفان في 5 آب (أغسطس) 2015", "2015-08-05"),
        ("ar", "انعقد المؤتمر يوم 11 أفريل 2017", "2017-04-11"),
        ("ar", "انعقد المؤتمر يوم 22 ماي 2015", "2015-05-22"),
        ("ar", "اليوم الإثنين 13 جوان 2016", "2016-06-13"),
        ("ar", "في 14 جويلية 2016 بتونس", "2016-07-14"),
        ("ar", "في 15 أوت 2016 بتونس", "2016-08-15"),
        ("ar", "في 2 تشرين الأول 2019 ببغداد", "2019-10-02"),
        # Solar Hijri, Iranian and Afghan months
        ("fa", "03 آبان 1401 - 15:03", "2022-10-25"),
        ("fa", "۴ مرداد ۱۴۰۰", "2021-07-26"),
        ("fa", "سند در تاریخ 1400/07/18 امضا شد", "2021-10-10"),
        ("fa", "امروز ٢٠ تیرماه ١۴٠٠ دیدار کرد", "2021-07-11"),
        ("fa", "عقرب 06, 1400 12:47 Asia/Kabul", "2021-10-28"),
        ("fa", "این نشست در ۱۵ حمل ۱۴۰۰ برگزار شد", "2021-04-04"),
        ("fa", "در ۱ جدی ۱۳۹۹ آغاز شد", "2020-12-21"),
        ("fa", "روز ۲۲ بهمن ۱۳۹۹ راهپیمایی شد", "2021-02-10"),
        # Persian Gregorian month names
        ("fa", "در ۲۶ ژوئیه ۲۰۲۱ اعلام شد", "2021-07-26"),
        ("fa", "در ۲۶ جولای ۲۰۲۱ اعلام شد", "2021-07-26"),
        ("fa", "در ۵ مه ۲۰۲۱ اعلام شد", "2021-05-05"),
        ("fa", "در ۲ اوت ۲۰۲۱ اعلام شد", "2021-08-02"),
        ("fa", "در ۲ آگوست ۲۰۲۱ اعلام شد", "2021-08-02"),
        ("fa", "در ۱۰ دسامبر ۲۰۲۰ اعلام شد", "2020-12-10"),
        # lunar Hijri
        ("ar", "الموافق 17 صفر 1447هـ", "2025-08-11"),
        ("ar", "الموافق ١٧ صفر ١٤٤٧ هـ", "2025-08-11"),
        ("ar", "في 17 محرم الحرام 1446 وصل الحجاج", "2024-07-23"),
        ("ar", "يوم الأربعاء الموافق 20-10-1436هـ", "2015-08-05"),
        ("fa", "در ۱۰ محرم ۱۴۴۳ قمری", "2021-08-18"),  # Umm al-Qura tables
        ("fa", "در ۲۸ خرداد سال ۱۴۰۰ برگزار شد", "2021-06-18"),
        ("ar", "في 5 يونيو من العام 2017", "2017-06-05"),
        # English
        ("en", "The talks opened on April 23, 2024 in Seoul.", "2024-04-23"),
        ("en", "The talks opened on 23 April 2024 in Seoul.", "2024-04-23"),
        ("en", "The talks opened on the 23rd of April 2024.", "2024-04-23"),
    ],
)
def test_absolute_dates(lang: str, text: str, expected: str) -> None:
    got = dates(text, lang)
    assert expected in [v for _, v, kind, _ in got if kind == "absolute"], got


def test_double_dateline_gives_two_agreeing_mentions() -> None:
    assert values("۴ مرداد ۱۴۰۰ - ۲۶ ژوئیه ۲۰۲۱", "fa") == ["2021-07-26", "2021-07-26"]


def test_span_points_into_normalised_text() -> None:
    got = dates("عقد الاجتماع في 23 أبريل 2024 بالرياض", "ar")
    assert got == [("23 ابريل 2024", "2024-04-23", "absolute", "day")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "زار الوزير القاهرة في 23 أبريل", "2021-04-23"),
        (
            "fa",
            "وزیر در ۳ آبان به مسکو رفت",
            "2020-10-24",
        ),  # later than anchor + 2 months → year before
        ("fa", "روز سه‌شنبه ۲۰ ژوئیه (۲۹ تیر)", "2021-07-20"),
        ("en", "Talks resume on Apr. 23.", "2021-04-23"),
        ("ar", "من 17 إلى 28 ماي الجاري", "2021-05-28"),
    ],
)
def test_year_less_dates_take_the_anchor_year(lang: str, text: str, expected: str) -> None:
    assert expected in values(text, lang)


def test_year_less_dates_need_an_anchor() -> None:
    assert values("زار الوزير القاهرة في 23 أبريل", "ar", None) == []
    assert values("زار الوزير القاهرة في 23 أبريل 2024", "ar", None) == ["2024-04-23"]


@pytest.mark.parametrize(
    ("lang", "text", "expected", "kind"),
    [
        ("ar", "التقى الوزيران أمس في الرياض", "2021-07-12", "relative"),
        ("ar", "وقال الوزير اليوم إن", "2021-07-13", "relative"),
        ("ar", "سيصل الوفد غدا إلى تونس", "2021-07-14", "relative"),
        ("ar", "وصل الوفد أول أمس", "2021-07-11", "relative"),
        ("ar", "قال الوزير اليوم الثلاثاء إن", "2021-07-13", "relative"),
        (
            "ar",
            "قال الوزير اليوم الأحد إن",
            "2021-07-11",
            "weekday",
        ),  # disagrees: most recent Sunday
        ("ar", "أعلن الرئيس الأحد أن", "2021-07-11", "weekday"),
        ("ar", "أعلن الرئيس يوم الثلاثاء أن", "2021-07-13", "weekday"),
        ("ar", "تؤدي زيارة الخميس المقبل", "2021-07-15", "weekday"),
        ("ar", "زار الوفد الأسبوع الماضي", "2021-07-06", "relative"),
        ("ar", "ستعقد القمة الشهر المقبل", "2021-08-01", "relative"),
        ("fa", "وزیر دیروز به مسکو رفت", "2021-07-12", "relative"),
        ("fa", "وزیر امروز به مسکو رفت", "2021-07-13", "relative"),
        ("fa", "وزیر فردا به مسکو می‌رود", "2021-07-14", "relative"),
        ("fa", "وزیر پریروز به مسکو رفت", "2021-07-11", "relative"),
        ("fa", "وزیر هفته گذشته به مسکو رفت", "2021-07-06", "relative"),
        ("fa", "ظریف روز یکشنبه گفت", "2021-07-11", "weekday"),
        ("fa", "ظریف امروز (سه‌شنبه) گفت", "2021-07-13", "relative"),
        ("fa", "ظریف پنج‌شنبه آینده می‌رود", "2021-07-15", "weekday"),
        ("en", "The minister said yesterday that", "2021-07-12", "relative"),
        ("en", "The minister said today that", "2021-07-13", "relative"),
        ("en", "He will travel tomorrow.", "2021-07-14", "relative"),
        ("en", "He met the envoy last week.", "2021-07-06", "relative"),
        ("en", "Talks resume next month.", "2021-08-01", "relative"),
        ("en", "He spoke on Monday.", "2021-07-12", "weekday"),
        ("en", "He spoke on Tuesday.", "2021-07-13", "weekday"),
        ("en", "They meet next Friday.", "2021-07-16", "weekday"),
    ],
)
def test_relative_and_weekday(lang: str, text: str, expected: str, kind: str) -> None:
    got = dates(text, lang)
    assert [(v, k) for _, v, k, _ in got] == [(expected, kind)], got


def test_relative_words_need_an_anchor() -> None:
    assert dates("التقى الوزيران أمس", "ar", None) == []
    assert dates("He spoke on Monday", "en", None) == []


def test_month_and_year_precision() -> None:
    assert dates("وقعت الاتفاقية في تموز/يوليو 1994", "ar") == [
        ("تموز/يوليو 1994", "1994-07-01", "absolute", "month")
    ]
    assert dates("in April 2024", "en")[0][1:] == ("2024-04-01", "absolute", "month")
    assert dates("در تیر ۱۴۰۰", "fa")[0][1:] == ("2021-06-22", "absolute", "month")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "در سال ۲۰۱۶ روابط قطع شد", "2016-01-01"),
        ("fa", "در سال ۱۴۰۰ روابط گسترش یافت", "2021-03-21"),  # Solar Hijri, never Gregorian
        ("fa", "سال 1401 ه.ش", "2022-03-21"),
        ("ar", "الاتفاق الموقع في عام 2012", "2012-01-01"),
        ("ar", "تأسست سنة 2019م", "2019-01-01"),
        ("ar", "في عام 1440 هـ", "2018-09-11"),
        ("en", "since 2004", "2004-01-01"),
    ],
)
def test_year_mentions(lang: str, text: str, expected: str) -> None:
    got = dates(text, lang)
    assert [(v, p) for _, v, _, p in got] == [(expected, "year")], got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "تیم ملی در المپیک ۲۰۲۰ توکیو"),  # a bare number is not a year
        ("fa", "۱۴۰۱ نفر ثبت نام کردند"),
        ("ar", "قتل 13 شخصا وجرح 2019 آخرون"),
        ("en", "2019 people signed"),
    ],
)
def test_bare_numbers_are_not_dates(lang: str, text: str) -> None:
    assert dates(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "32 آبان 1401"),
        ("fa", "1401/13/40"),
        ("fa", "31 اسفند 1401"),  # 1401 is not a leap year
        ("ar", "30 فبراير 2024"),
        ("ar", "35/12/2024"),
        ("ar", "17 صفر 9999هـ"),
        ("en", "April 31, 2024"),
        ("fa", "میزان ۳۰ درصد"),  # Afghan month word used as "amount"
        ("ar", "بلغ صفر 10 مرات"),
        ("en", "they may 5 times"),
        ("ar", ""),
        ("fa", "٫٫٫ ۱۲:۳۰ //// ----"),
    ],
)
def test_garbage_gives_nothing(lang: str, text: str) -> None:
    assert dates(text, lang) == []


def test_weekday_fixes_a_stale_year() -> None:
    # 19 February 2016 was a Friday; the Sunday 19 February is in 2017.
    assert values("رفض الرئيس اليوم الأحد 19 فيفري 2016 التصريح", "ar") == ["2017-02-19"]
    # A weekday that fits no neighbouring year leaves the date alone.
    assert values("الجمعة 19 فيفري 2016", "ar") == ["2016-02-19"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "سه‌شنبه دوازدهم مرداد ۱۴۰۰", "2021-08-03"),
        ("fa", "بیست و هشتم خرداد ۱۴۰۰", "2021-06-18"),
        ("fa", "روز شنبه اول مهر ۱۴۰۰", "2021-09-23"),
        ("ar", "في الخامس من يونيو 2020", "2020-06-05"),
        ("ar", "في الحادي والعشرين من أيار 2019", "2019-05-21"),
    ],
)
def test_ordinal_day_words(lang: str, text: str, expected: str) -> None:
    assert values(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "امام جمعه کرج گفت"),
        ("fa", "نماز جمعه تهران برگزار شد"),
        ("ar", "بعد صلاة الجمعة"),
        ("ar", "اللاعبون الأحد عشر"),
        ("fa", "در ۸ سال گذشته"),  # a duration
        ("ar", "خلال 3 أسابيع"),
    ],
)
def test_not_dates_in_context(lang: str, text: str) -> None:
    assert dates(text, lang) == []


def test_persian_yesterday_phrases() -> None:
    assert values("وزیر روز گذشته گفت", "fa") == ["2021-07-12"]


def test_weekday_chooses_the_year_of_a_year_less_date() -> None:
    # 19 Shahrivar is 2021-09-10 (a Friday) and 2020-09-09 (a Wednesday).
    assert values("روز جمعه ۱۹ شهریور گفت", "fa") == ["2021-09-10"]
    assert values("روز ۱۹ شهریور گفت", "fa", datetime.date(2021, 6, 1)) == ["2020-09-09"]


def test_year_hint_without_anchor() -> None:
    ntext = normalize("روز جمعه ۱۵ مرداد اعلام کرد").text
    got = find_dates(ntext, "fa", None, year_hint=2021)
    assert [m.value.isoformat() for m in got] == ["2021-08-06"]
    ntext = normalize("۲۰ ژوئیه (۲۹ تیر)").text
    assert [m.value.isoformat() for m in find_dates(ntext, "fa", None, year_hint=2021)] == [
        "2021-07-20",
        "2021-07-20",
    ]
    assert find_dates(ntext, "fa", None) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected", "precision"),
    [
        ("fa", "۳ روز قبل ریابکوف گفت", "2021-07-10", "day"),
        ("fa", "دو هفته پیش اعلام شد", "2021-06-29", "day"),
        ("fa", "دو سال پیش", "2019-01-01", "year"),
        ("ar", "وقع الاتفاق قبل 3 أيام", "2021-07-10", "day"),
        ("ar", "وقع الاتفاق قبل يومين", "2021-07-11", "day"),
        ("ar", "انقطعت العلاقات منذ عامين", "2019-01-01", "year"),
        ("ar", "زار الوفد الرياض قبل ثلاثة أشهر", "2021-04-01", "month"),
        ("en", "The deal was signed three days ago.", "2021-07-10", "day"),
        ("en", "He left 2 years ago.", "2019-01-01", "year"),
    ],
)
def test_units_ago(lang: str, text: str, expected: str, precision: str) -> None:
    got = dates(text, lang)
    assert [(v, p) for _, v, _, p in got] == [(expected, precision)], got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وصل الوفد قبل أيام"),  # vague plural
        ("ar", "قبل شهر رمضان"),  # "before Ramadan"
        ("ar", "قبل الانتخابات"),
        ("en", "days ago"),
        ("fa", "از چند ماه قبل"),
        ("en", "a few days ago"),
        ("ar", "قبل يومين من العرض العسكري"),  # counted from another event
        ("fa", "دو روز قبل از سفر"),
    ],
)
def test_vague_ago_is_not_a_date(lang: str, text: str) -> None:
    assert dates(text, lang) == []
