"""Lunar Hijri (Umm al-Qura tables via hijridate, which covers 1343–1500 AH)."""

from __future__ import annotations

import datetime

import hijridate

from diplowatch.dates.calendars.base import Calendar


class LunarHijri(Calendar):
    name = "lunar_hijri"
    min_year = 1343
    max_year = 1500

    def _convert(self, year: int, month: int, day: int) -> datetime.date:
        result: datetime.date = hijridate.Hijri(year, month, day).to_gregorian()
        return result

    def from_gregorian(self, value: datetime.date) -> tuple[int, int, int]:
        h = hijridate.Gregorian(value.year, value.month, value.day).to_hijri()
        return h.year, h.month, h.day
