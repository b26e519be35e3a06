"""Parameters of the REST API and the HTML pages beyond the event filters.

The event filters themselves (actor, agent, type, dates…) are checked by
``store.filters.EventFilter``, the same code the CLI uses, so a bad value
gets the same one-line message everywhere and the store is only ever
called with values it understands (never a 500). What is left here are
the web's own parameters: page numbers, limits and highlighted spans.
"""

from __future__ import annotations

import re

from diplowatch.store.filters import (
    EVENT_TYPES,
    LANGS,
    ORDER_LABELS,
    ORDERS,
    SOURCE_MAX,
    STATUSES,
    InvalidFilter,
    parse_code,
    parse_date,
    parse_period,
)

__all__ = [
    "EVENT_TYPES",
    "LANGS",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "ORDERS",
    "ORDER_LABELS",
    "SOURCE_MAX",
    "STATUSES",
    "InvalidParameter",
    "parse_choice",
    "parse_code",
    "parse_date",
    "parse_int",
    "parse_period",
    "parse_span",
]

MAX_LIMIT = 500
MAX_OFFSET = 10_000_000

#: A parameter the user can correct; becomes a 4xx with its message.
InvalidParameter = InvalidFilter


def parse_choice(
    name: str, value: str | None, choices: tuple[str, ...], *, upper: bool = False
) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip().upper() if upper else value.strip().lower()
    if value not in choices:
        raise InvalidParameter(name, f"{value!r} is not one of {', '.join(choices)}")
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
