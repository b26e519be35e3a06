"""One interface for every calendar a news text may date itself in.

Arithmetic is delegated to maintained libraries (jdatetime, hijridate); a
calendar here only answers "is this a real day?" and "which Gregorian day is
it?". Month names are not code: they come from ``lang/<code>/dates.py`` under
the calendar's ``name``.
"""

from __future__ import annotations

import datetime
from abc import ABC, abstractmethod


class Calendar(ABC):
    """A calendar able to convert its (year, month, day) to a Gregorian date."""

    name: str = ""
    # Years a news text plausibly writes in this calendar; outside them a number
    # is not read as a year of this calendar (keeps 1401 from being Gregorian).
    min_year: int = 0
    max_year: int = 0

    @abstractmethod
    def _convert(self, year: int, month: int, day: int) -> datetime.date:
        """Gregorian date, raising ValueError/OverflowError for impossible days."""

    @abstractmethod
    def from_gregorian(self, value: datetime.date) -> tuple[int, int, int]:
        """(year, month, day) of a Gregorian date in this calendar."""

    def to_gregorian(self, year: int, month: int, day: int) -> datetime.date:
        """Gregorian date of a day in this calendar; ValueError if it does not exist."""
        if not self.min_year <= year <= self.max_year:
            raise ValueError(f"{self.name} year {year} out of range")
        try:
            return self._convert(year, month, day)
        except (ValueError, OverflowError, TypeError) as exc:
            raise ValueError(f"no {self.name} day {year}-{month}-{day}: {exc}") from None

    def valid(self, year: int, month: int, day: int) -> bool:
        """True when the day exists (and the year is plausible for news)."""
        try:
            self.to_gregorian(year, month, day)
        except ValueError:
            return False
        return True

    def year_start(self, year: int) -> datetime.date:
        """Gregorian date of the first day of ``year``."""
        return self.to_gregorian(year, 1, 1)
