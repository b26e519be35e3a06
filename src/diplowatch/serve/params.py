"""Validation of the filters shared by the REST API and the HTML pages.

Both front doors accept the same filters as the CLI; checking them in one
place means a bad value gets the same one-line message everywhere, and the
store is only ever called with values it understands (never a 500).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

EVENT_TYPES = (
    "CONSULT",
    "AGREE",
    "COOPERATE",
    "AID",
    "SUPPORT",
    "REQUEST",
    "CONCEDE",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "RETREAT",
)
STATUSES = ("reported", "planned", "negated")
LANGS = ("ar", "fa", "en", "other")
ORDERS = ("date_desc", "date_asc", "mentions_desc")

CODE_PATTERN = r"^[A-Za-z][A-Za-z0-9_]{1,15}$"
SECTOR_PATTERN = r"^[a-z][a-z_]{1,39}$"
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
SOURCE_MAX = 200

MAX_LIMIT = 500
MAX_OFFSET = 10_000_000

_CODE_RE = re.compile(CODE_PATTERN)
_SECTOR_RE = re.compile(SECTOR_PATTERN)
_DATE_RE = re.compile(DATE_PATTERN)

FILTER_KEYS = (
    "actor",
    "partner",
    "type",
    "status",
    "sector",
    "since",
    "until",
    "lang",
    "source",
)


class InvalidParameter(ValueError):
    """A query parameter the user can correct; becomes a 4xx with this message."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def parse_code(name: str, value: str | None) -> str | None:
    """An actor code (ISO3 or IGO short name), upper-cased."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _CODE_RE.match(value):
        raise InvalidParameter(name, f"{value!r} is not an actor code such as KOR, USA or ASEAN")
    return value.upper()


def parse_date(name: str, value: str | None, *, end: bool = False) -> str | None:
    """An ISO date; ``YYYY`` and ``YYYY-MM`` widen to the first (or last) day."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _DATE_RE.match(value):
        raise InvalidParameter(name, f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        day = parts[2]
    else:
        day = calendar.monthrange(year, month)[1] if end and 1 <= month <= 12 else 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise InvalidParameter(name, f"{value!r} is not a real calendar date") from None


def parse_choice(
    name: str, value: str | None, choices: tuple[str, ...], *, upper: bool = False
) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip().upper() if upper else value.strip().lower()
    if value not in choices:
        raise InvalidParameter(name, f"{value!r} is not one of {', '.join(choices)}")
    return value


def parse_sector(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip().lower()
    if not _SECTOR_RE.match(value):
        raise InvalidParameter("sector", f"{value!r} is not a sector key such as trade or energy")
    return value


def parse_source(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if len(value) > SOURCE_MAX:
        raise InvalidParameter("source", f"longer than {SOURCE_MAX} characters")
    return value


def parse_int(name: str, value: str | int | None, default: int, lo: int, hi: int) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InvalidParameter(name, f"{value!r} is not a whole number") from None
    if not lo <= number <= hi:
        raise InvalidParameter(name, f"must be between {lo} and {hi}")
    return number


@dataclass
class EventFilters:
    """The store's event filters, already validated and normalised."""

    actor: str | None = None
    partner: str | None = None
    type: str | None = None
    status: str | None = None
    sector: str | None = None
    since: str | None = None
    until: str | None = None
    lang: str | None = None
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_kwargs(self) -> dict[str, Any]:
        """Only the filters that are set, as keyword arguments for the store."""
        return {k: getattr(self, k) for k in FILTER_KEYS if getattr(self, k) is not None}

    def query(self) -> dict[str, str]:
        """The same filters as URL query parameters (for links and pagination)."""
        return {k: str(v) for k, v in self.as_kwargs().items()}


def parse_filters(raw: Mapping[str, Any]) -> EventFilters:
    """Validate the CLI-style filters from a query string or form."""

    def get(key: str) -> str | None:
        value = raw.get(key)
        return None if value is None else str(value)

    filters = EventFilters(
        actor=parse_code("actor", get("actor")),
        partner=parse_code("partner", get("partner")),
        type=parse_choice("type", get("type"), EVENT_TYPES, upper=True),
        status=parse_choice("status", get("status"), STATUSES),
        sector=parse_sector(get("sector")),
        since=parse_date("since", get("since")),
        until=parse_date("until", get("until"), end=True),
        lang=parse_choice("lang", get("lang"), LANGS),
        source=parse_source(get("source")),
    )
    if filters.partner and not filters.actor:
        raise InvalidParameter("partner", "needs actor as well (events between actor and partner)")
    if filters.since and filters.until and filters.since > filters.until:
        raise InvalidParameter("since", f"{filters.since} is after until={filters.until}")
    return filters


def parse_span(value: str | None) -> tuple[int, int] | None:
    """``START-END`` character offsets of a passage to bring into view."""
    if value is None or not value.strip():
        return None
    match = re.fullmatch(r"\s*(\d{1,9})-(\d{1,9})\s*", value)
    if not match:
        raise InvalidParameter("hl", f"{value!r} is not START-END character offsets")
    start, end = int(match.group(1)), int(match.group(2))
    if end < start:
        raise InvalidParameter("hl", "END is before START")
    return start, end
