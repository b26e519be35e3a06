"""The Gregorian calendar (the output calendar)."""

from __future__ import annotations

import datetime

from diplowatch.dates.calendars.base import Calendar


class Gregorian(Calendar):
    name = "gregorian"
    min_year = 1800
    max_year = 2200

    def _convert(self, year: int, month: int, day: int) -> datetime.date:
        return datetime.date(year, month, day)

    def from_gregorian(self, value: datetime.date) -> tuple[int, int, int]:
        return value.year, value.month, value.day
