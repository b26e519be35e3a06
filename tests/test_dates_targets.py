"""Issue 11: targets and forward readings of dates, and which date an event takes.

A date after "by/until/بحلول/حتى/تا" is a deadline or goal (``target``); a
date whose direction the text leaves open carries its forward reading
(``ahead``) for planned events. Sentences written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from diplowatch.dates import find_dates
from diplowatch.dates.mentions import DateMention
from diplowatch.extract.when import event_date, plain_years
from diplowatch.text.normalize import normalize

ANCHOR = datetime.date(2024, 4, 23)  # a Tuesday


def mentions(text: str, lang: str) -> list[tuple[str, DateMention]]:
    ntext = normalize(text).text
    return [(ntext[m.start : m.end], m) for m in find_dates(ntext, lang, ANCHOR)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "They agreed to raise trade to $50 billion by 2028.", "2028-01-01"),
        ("en", "The deal stays in force until December 31, 2026.", "2026-12-31"),
        ("en", "The line must be finished by the end of June 2027.", "2027-06-01"),
        ("en", "Work will go on through Friday.", "2024-04-19"),
        ("ar", "اتفقا على رفع التبادل التجاري بحلول عام 2028.", "2028-01-01"),
        ("ar", "تم تمديد الاتفاق حتى 30 يونيو 2025.", "2025-06-30"),
        ("ar", "يسري الاتفاق لغاية نهاية عام 2030.", "2030-01-01"),
        ("fa", "توافق کردند حجم تجارت را تا سال ۲۰۲۸ افزایش دهند.", "2028-01-01"),
        ("fa", "قرارداد تا پایان ۲۹ اسفند ۱۴۰۳ تمدید شد.", "2025-03-19"),
        ("fa", "گذرگاه ها تا جمعه باز می ماند.", "2024-04-19"),
    ],
)
def test_object_of_by_until_is_a_target(lang: str, text: str, value: str) -> None:
    found = [m for _, m in mentions(text, lang) if m.value.isoformat() == value]
    assert found and all(m.target for m in found), mentions(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The accord was signed by Japan on Monday, April 22, 2024."),
        ("en", "Japan and Korea signed the accord on 20 April 2024."),
        ("ar", "وقعت السعودية وكوريا اتفاقية في 20 أبريل 2024."),
        ("ar", "التقى الوزيران يوم الأحد في الرياض."),
        ("fa", "ایران و کره جنوبی روز ۱ اردیبهشت ۱۴۰۳ تفاهم نامه امضا کردند."),
        ("fa", "وزیر خارجه روز یکشنبه به تهران رفت."),
    ],
)
def test_event_dates_are_no_targets(lang: str, text: str) -> None:
    found = mentions(text, lang)
    assert found and not any(m.target for _, m in found), found


@pytest.mark.parametrize(
    ("lang", "text", "back", "ahead"),
    [
        ("en", "on Wednesday", "2024-04-17", "2024-04-24"),
        ("en", "on Tuesday", "2024-04-23", "2024-04-23"),
        ("ar", "الأربعاء", "2024-04-17", "2024-04-24"),
        ("ar", "يوم الاثنين", "2024-04-22", "2024-04-29"),
        ("fa", "چهارشنبه", "2024-04-17", "2024-04-24"),
        ("fa", "روز دوشنبه", "2024-04-22", "2024-04-29"),
        # a day and month without a year, more than two months ahead
        ("en", "on 10 August", "2023-08-10", "2024-08-10"),
        ("ar", "في 10 أغسطس", "2023-08-10", "2024-08-10"),
        ("fa", "در ۱۹ مرداد", "2023-08-10", "2024-08-09"),
    ],
)
def test_open_dates_read_back_and_ahead(lang: str, text: str, back: str, ahead: str) -> None:
    [(_, m)] = mentions(text, lang)
    assert (m.value.isoformat(), m.ahead.isoformat() if m.ahead else None) == (back, ahead)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "next Wednesday"),
        ("en", "last Wednesday"),
        ("ar", "الأربعاء المقبل"),
        ("ar", "الأربعاء الماضي"),
        ("fa", "چهارشنبه آینده"),
        ("fa", "چهارشنبه گذشته"),
        ("en", "on April 10, 2024"),
        ("ar", "أمس"),
        ("fa", "فردا"),
    ],
)
def test_stated_direction_has_no_second_reading(lang: str, text: str) -> None:
    [(_, m)] = mentions(text, lang)
    assert m.ahead is None


def _m(start: int, day: str, *, ahead: str | None = None, target: bool = False) -> DateMention:
    value = datetime.date.fromisoformat(day)
    forward = datetime.date.fromisoformat(ahead) if ahead else None
    return DateMention(start, start + 5, value, "weekday", "day", target=target, ahead=forward)


def test_planned_event_takes_the_forward_reading() -> None:
    dates = [_m(30, "2024-04-17", ahead="2024-04-24")]
    text = "x" * 40
    assert event_date(dates, 10, "planned", ANCHOR, text, "en") == "2024-04-24"
    assert event_date(dates, 10, "reported", ANCHOR, text, "en") == "2024-04-17"


def test_planned_event_skips_past_dates_and_targets() -> None:
    text = "x" * 60
    past = _m(5, "2024-04-22")  # "yesterday": when it was announced
    target = _m(50, "2024-06-30", target=True)
    assert event_date([past, target], 20, "planned", ANCHOR, text, "en") is None
    assert event_date([past, target], 20, "reported", ANCHOR, text, "en") == "2024-04-22"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "said on Monday that he will visit"),
        ("ar", "أعلن الاثنين أنه سيزور"),
        ("fa", "دوشنبه اعلام کرد که سفر خواهد کرد"),
    ],
)
def test_a_date_across_a_reported_clause_is_the_announcement(lang: str, text: str) -> None:
    ntext = normalize(text).text
    said = _m(0, "2024-04-22", ahead="2024-04-29")
    trigger = len(ntext) - 4
    assert event_date([said], trigger, "planned", ANCHOR, ntext, lang) is None
    # a report keeps the only date it has
    assert event_date([said], trigger, "reported", ANCHOR, ntext, lang) == "2024-04-22"


@pytest.mark.parametrize(
    ("lang", "text", "years"),
    [
        ("en", "In 2019 they agreed to raise trade by 2025 under Vision 2030.", [2019]),
        ("ar", "في عام 2019 اتفقا على رفع التجارة بحلول عام 2025.", [2019]),
        ("ar", "احتفل الجانبان في عام 1436 هـ بالاتفاق.", [2015]),
        ("ar", "وقعا في 2024 اتفاقية في إطار رؤية المملكة 2030.", [2024]),
        ("fa", "در سال ۱۳۹۸ توافق کردند تجارت را تا سال ۱۴۰۴ افزایش دهند.", [2019]),
    ],
)
def test_plain_years_leave_out_targets(lang: str, text: str, years: list[int]) -> None:
    assert plain_years(normalize(text).text, lang) == years
