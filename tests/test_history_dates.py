"""History told by its date (past14): two-digit Solar Hijri years, a
commemoration held today, a reaction about an old deed, and a year that
dates the deed right before it. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from casts import run
from diplowatch.dates.mentions import find_dates
from diplowatch.extract.when import plain_year_spans
from diplowatch.text.normalize import normalize

PUBLISHED = "2017-05-01"


def types(text: str, lang: str, published: str = PUBLISHED) -> set[str]:
    return {e.type for e in run(text, lang, published).events}


def fa_dates(text: str) -> list[tuple[datetime.date, str]]:
    found = find_dates(normalize(text).text, "fa", datetime.date(2017, 5, 1))
    return [(d.value, d.precision) for d in found]


# --- the dates stage: a year written with two digits (fa) -------------------


def test_two_digit_year_after_year_word_is_solar_hijri() -> None:
    assert fa_dates("ناوگروه در سال ۹۱ اعزام شد") == [(datetime.date(2012, 3, 20), "year")]
    assert fa_dates("در سال‌های ۸۸ و ۸۹") == [(datetime.date(2009, 3, 21), "year")]


def test_two_digit_year_after_month_is_solar_hijri() -> None:
    assert fa_dates("۱۵ خرداد ۴۲") == [(datetime.date(1963, 6, 5), "day")]
    assert fa_dates("انقلاب بهمن ۵۷") == [(datetime.date(1979, 1, 21), "month")]


def test_count_after_year_word_is_no_year() -> None:
    assert fa_dates("هر سال ۲۰ هزار نفر استخدام می‌شوند") == []
    assert fa_dates("در ۲۰ مهر ۱۰ نفر کشته شدند")[0][0] == datetime.date(2016, 10, 11)


def test_other_languages_keep_four_digit_years() -> None:
    assert plain_year_spans("in 91 cases", "en") == []
    assert plain_year_spans("في عام 91 حالة", "ar") == []
    assert [y for _, _, y in plain_year_spans(normalize("سوم آبان ۹۲").text, "fa")] == [2013]
    assert plain_year_spans(normalize("تا پایان سال ۹۹ اجرا می‌شود").text, "fa") == []


# --- two-digit years tell history --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ناوگروه سوم نیروی دریایی در سال ۹۱ به دریای چین اعزام شد.",
        "در سال ۸۸ پلیس صدها معترض را در تهران بازداشت کرد.",
        "ارتش عراق در ۳۱ شهریور ۵۹ به خاک ایران حمله کرد.",
    ],
)
def test_fa_deed_of_a_two_digit_year_is_history(text: str) -> None:
    assert types(text, "fa") == set()


def test_fa_deed_of_last_year_written_short_is_news() -> None:
    assert "AGREE" in types("ایران و عراق در سال ۹۵ در بغداد توافقنامه امضا کردند.", "fa")
    assert "COERCE" in types("پلیس روز دوشنبه صدها معترض را در تهران بازداشت کرد.", "fa")


# --- a commemoration today is news; the deed it recalls is not ---------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Thousands of Iranians marched in Tehran on Monday to mark the anniversary"
            " of the 1979 revolution.",
            "en",
        ),
        ("وتظاهر آلاف الإيرانيين في طهران يوم الاثنين في ذكرى ثورة عام 1979.", "ar"),
        ("هزاران نفر روز دوشنبه در سالگرد انقلاب ۵۷ در تهران راهپیمایی کردند.", "fa"),
    ],
)
def test_march_on_an_anniversary_today_is_news(text: str, lang: str) -> None:
    assert "PROTEST" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thousands of Iranians marched in Tehran in 1979 to demand the return of Khomeini.", "en"),
        ("وتظاهر آلاف الإيرانيين في طهران عام 1979 للمطالبة بعودة الخميني.", "ar"),
        ("مردم تهران در سال ۱۳۵۷ در خیابان‌ها راهپیمایی کردند.", "fa"),
    ],
)
def test_march_of_an_old_year_is_history(text: str, lang: str) -> None:
    assert "PROTEST" not in types(text, lang)


def test_old_year_nearer_than_todays_date_dates_its_deed() -> None:
    # the uprising of 1988 is recalled, the rally on Monday is news
    text = "Protesters in Yangon on Monday compared their rally with the 1988 uprising."
    events = run(text, "en", PUBLISHED).events
    assert all(e.date != "1988" for e in events)
    fa = "معترضان روز دوشنبه تجمع خود را با قیام مرداد ۱۳۶۷ مقایسه کردند."
    assert all((e.date or "9")[:4] >= "2017" for e in run(fa, "fa", PUBLISHED).events)


# --- where the verb closes the clause, a reaction's object holds the year ---


def test_fa_request_about_an_old_deed_is_news() -> None:
    assert "REQUEST" in types("عفو بین‌الملل خواستار تحقیق درباره اعدام‌های سال ۱۳۶۷ شد.", "fa")
    assert "REQUEST" in types("عفو بین‌الملل خواستار تحقیق درباره اعدام‌های سال ۶۷ شد.", "fa")


def test_fa_deed_before_an_old_year_stays_history() -> None:
    assert types("عراق در سال ۱۳۵۹ به ایران حمله کرد.", "fa") == set()


def test_ar_en_deeds_of_old_years_stay_history() -> None:
    assert types("وفي عام 2012 أرسلت الصين سفنا حربية إلى خليج عدن.", "ar") == set()
    assert types("In 2012 China sent a naval flotilla to the Gulf of Aden.", "en") == set()


# --- a year right after another deed's word is that deed's -------------------


def test_fa_year_of_the_protests_does_not_date_todays_support() -> None:
    text = "خانواده‌های کشته‌شدگان اعتراضات آبان ۹۸ از اعتصاب کارگران نفت حمایت کردند."
    assert "SUPPORT" in types(text, "fa", "2021-05-01")


def test_fa_year_after_the_subject_still_dates_the_deed() -> None:
    # no deed's word before the year: it is the deed's own date
    assert types("ناوشکن سبلان تیر ۶۷ با اصابت موشک آمریکایی آسیب دید.", "fa") == set()
