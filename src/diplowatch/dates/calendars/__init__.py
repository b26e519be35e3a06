"""Calendar plug-ins by name; add a calendar by adding a module and a line here."""

from __future__ import annotations

from diplowatch.dates.calendars.base import Calendar
from diplowatch.dates.calendars.gregorian import Gregorian
from diplowatch.dates.calendars.lunar_hijri import LunarHijri
from diplowatch.dates.calendars.solar_hijri import SolarHijri

CALENDARS: dict[str, Calendar] = {c.name: c for c in (Gregorian(), SolarHijri(), LunarHijri())}


def get(name: str) -> Calendar:
    """The calendar called ``name`` (KeyError for an unknown one)."""
    return CALENDARS[name]


__all__ = ["CALENDARS", "Calendar", "get"]
