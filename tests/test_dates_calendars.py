"""Calendar plug-ins: conversions and rejection of impossible days."""

from __future__ import annotations

import datetime

import pytest

from diplowatch.dates.calendars import CALENDARS, get


@pytest.mark.parametrize(
    ("calendar", "ymd", "expected"),
    [
        ("solar_hijri", (1401, 8, 3), datetime.date(2022, 10, 25)),
        ("solar_hijri", (1400, 5, 4), datetime.date(2021, 7, 26)),
        ("solar_hijri", (1400, 8, 6), datetime.date(2021, 10, 28)),
        ("solar_hijri", (1400, 1, 1), datetime.date(2021, 3, 21)),
        ("lunar_hijri", (1447, 2, 17), datetime.date(2025, 8, 11)),
        ("lunar_hijri", (1446, 1, 17), datetime.date(2024, 7, 23)),
        ("gregorian", (2024, 4, 23), datetime.date(2024, 4, 23)),
    ],
)
def test_to_gregorian(calendar: str, ymd: tuple[int, int, int], expected: datetime.date) -> None:
    assert get(calendar).to_gregorian(*ymd) == expected


@pytest.mark.parametrize(
    ("calendar", "ymd"),
    [
        ("solar_hijri", (1401, 8, 32)),
        ("solar_hijri", (1401, 13, 1)),
        ("solar_hijri", (2021, 1, 1)),  # a Gregorian year is not a Solar Hijri one
        ("lunar_hijri", (1447, 2, 30)),
        ("lunar_hijri", (1200, 1, 1)),  # outside the conversion tables
        ("gregorian", (1401, 1, 1)),  # a Solar Hijri year is never Gregorian
        ("gregorian", (2023, 2, 29)),
    ],
)
def test_invalid_days_are_rejected(calendar: str, ymd: tuple[int, int, int]) -> None:
    cal = get(calendar)
    assert not cal.valid(*ymd)
    with pytest.raises(ValueError):
        cal.to_gregorian(*ymd)


def test_round_trip_through_every_calendar() -> None:
    day = datetime.date(2021, 10, 19)
    for cal in CALENDARS.values():
        assert cal.to_gregorian(*cal.from_gregorian(day)) == day
