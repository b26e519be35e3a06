"""Rules deciding when two mentions report the same real event.

One meeting is reported by many outlets, often for days; counting each report
as an event is the best-known flaw of news event data. Two mentions are the
same event when all of these hold:

* same ``type`` and same ``status`` (an announced visit and the visit itself
  are kept apart: the first can be cancelled);
* the same *set* of actor codes (order and persons do not matter);
* effective dates at most ``WINDOW_DAYS`` apart, measured from the event's
  anchor date (the effective date of its first stored mention, so an event
  never drifts through a chain of near dates). The effective date is the
  event's own date, else the document's publication date;
* overlapping place: equal locations, or either one unknown.

A mention without any effective date (no event date, no publication date)
merges only with an undated event of the same document: with no date there
is no evidence that two articles talk about the same occasion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

WINDOW_DAYS = 3

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or timestamp, None if not a full date."""
    if not value:
        return None
    match = _ISO_DAY.match(value.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def effective_date(event_date: str | None, published: str | None) -> str | None:
    return iso_day(event_date) or iso_day(published)


def window(day: str, days: int = WINDOW_DAYS) -> tuple[str, str]:
    """Inclusive ISO bounds of the merge window around ``day``."""
    center = date.fromisoformat(day)
    return (center - timedelta(days=days)).isoformat(), (center + timedelta(days=days)).isoformat()


def day_distance(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def actor_key(codes: Iterable[str]) -> str:
    """Order-free identity of an actor set."""
    return ",".join(sorted({c for c in codes if c}))


def places_overlap(a: str | None, b: str | None) -> bool:
    return not a or not b or a.strip().casefold() == b.strip().casefold()
