"""Solar Hijri (Iran's official calendar, and Afghanistan's with zodiac month names)."""

from __future__ import annotations

import datetime

import jdatetime

from diplowatch.dates.calendars.base import Calendar


class SolarHijri(Calendar):
    name = "solar_hijri"
    min_year = 1200
    max_year = 1500

    def _convert(self, year: int, month: int, day: int) -> datetime.date:
        result: datetime.date = jdatetime.date(year, month, day).togregorian()
        return result

    def from_gregorian(self, value: datetime.date) -> tuple[int, int, int]:
        j = jdatetime.date.fromgregorian(date=value)
        return j.year, j.month, j.day
