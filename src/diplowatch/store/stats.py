"""Pre-aggregated counts behind ``relations`` and ``timeline``.

Counting a busy actor's partners from one row per event pair means reading
hundreds of thousands of rows at a million events. Instead every event adds
itself to small buckets: all time (period ``''``), its year (``'2024'``) and
its month (``'2024-04'``), per actor pair and type, per pair and sector, and
per actor, month and type. A date range is answered from whole years, whole
months and, for the ragged edges only, the per-event rows (``cover``).

Buckets are kept in step with ``event_pairs``/``event_sectors``/
``event_actors`` by ``bump``, called with -1 for an event's old rows and +1
for its new ones; ``rebuild`` recomputes everything from those rows (used by
the schema migration, and by tests to prove the increments exact).
"""

from __future__ import annotations

import calendar
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

STATS_SQL = """
CREATE TABLE pair_stats (
    focus TEXT NOT NULL,
    partner TEXT NOT NULL,
    period TEXT NOT NULL,
    type TEXT NOT NULL,
    n INTEGER NOT NULL,
    coop INTEGER NOT NULL,
    conflict INTEGER NOT NULL,
    score_sum REAL NOT NULL,
    last_date TEXT,
    PRIMARY KEY (focus, period, partner, type)
) WITHOUT ROWID;
CREATE TABLE pair_sector_stats (
    focus TEXT NOT NULL,
    partner TEXT NOT NULL,
    period TEXT NOT NULL,
    sector TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (focus, period, partner, sector)
) WITHOUT ROWID;
CREATE TABLE actor_month_stats (
    code TEXT NOT NULL,
    month TEXT NOT NULL,
    type TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (code, month, type)
) WITHOUT ROWID;
DROP INDEX event_actors_code_date;
CREATE INDEX event_actors_code_date ON event_actors(code, date, type);
CREATE INDEX event_pairs_pair_date ON event_pairs(focus, partner, date)
"""


def periods(day: str | None) -> list[str]:
    return ["", day[:4], day[:7]] if day else [""]


# Rebuild statements: the same buckets as ``bump`` builds one event at a time.
_REBUILD = [
    "DELETE FROM pair_stats",
    "DELETE FROM pair_sector_stats",
    "DELETE FROM actor_month_stats",
    *[
        "INSERT INTO pair_stats (focus, partner, period, type, n, coop, conflict, score_sum, last_date)"
        f" SELECT focus, partner, {period}, type, count(*), sum(quad_class IN (1, 2)),"
        " sum(quad_class IN (3, 4)), sum(score), max(date) FROM event_pairs"
        f"{where} GROUP BY 1, 2, 3, 4"
        for period, where in (
            ("''", ""),
            ("substr(date, 1, 4)", " WHERE date IS NOT NULL"),
            ("substr(date, 1, 7)", " WHERE date IS NOT NULL"),
        )
    ],
    *[
        "INSERT INTO pair_sector_stats (focus, partner, period, sector, n)"
        f" SELECT p.focus, p.partner, {period}, s.sector, count(*) FROM event_pairs p"
        f" JOIN event_sectors s ON s.event_id = p.event_id{where} GROUP BY 1, 2, 3, 4"
        for period, where in (
            ("''", ""),
            ("substr(p.date, 1, 4)", " WHERE p.date IS NOT NULL"),
            ("substr(p.date, 1, 7)", " WHERE p.date IS NOT NULL"),
        )
    ],
    "INSERT INTO actor_month_stats (code, month, type, n)"
    " SELECT code, substr(date, 1, 7), type, count(*) FROM event_actors"
    " WHERE date IS NOT NULL GROUP BY 1, 2, 3",
]


def rebuild(conn: sqlite3.Connection) -> None:
    for statement in _REBUILD:
        conn.execute(statement)


@dataclass
class EventRows:
    """An event's index rows, as stored in event_pairs/sectors/actors."""

    pairs: list[tuple[str, str, str | None, str, int, float]] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    actors: list[tuple[str, str | None, str]] = field(default_factory=list)

    @classmethod
    def load(cls, conn: sqlite3.Connection, event_id: int) -> EventRows:
        return cls(
            pairs=conn.execute(
                "SELECT focus, partner, date, type, quad_class, score FROM event_pairs"
                " WHERE event_id = ?",
                (event_id,),
            ).fetchall(),
            sectors=[
                s
                for (s,) in conn.execute(
                    "SELECT sector FROM event_sectors WHERE event_id = ?", (event_id,)
                )
            ],
            actors=conn.execute(
                "SELECT code, date, type FROM event_actors WHERE event_id = ?", (event_id,)
            ).fetchall(),
        )


_PAIR_UPSERT = (
    "INSERT INTO pair_stats (focus, partner, period, type, n, coop, conflict, score_sum, last_date)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (focus, period, partner, type) DO UPDATE SET"
    " n = n + excluded.n, coop = coop + excluded.coop, conflict = conflict + excluded.conflict,"
    " score_sum = score_sum + excluded.score_sum,"
    " last_date = CASE WHEN excluded.n < 0 OR excluded.last_date IS NULL THEN last_date"
    " WHEN last_date IS NULL OR excluded.last_date > last_date THEN excluded.last_date"
    " ELSE last_date END"
)
_SECTOR_UPSERT = (
    "INSERT INTO pair_sector_stats (focus, partner, period, sector, n) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (focus, period, partner, sector) DO UPDATE SET n = n + excluded.n"
)
_ACTOR_UPSERT = (
    "INSERT INTO actor_month_stats (code, month, type, n) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (code, month, type) DO UPDATE SET n = n + excluded.n"
)


def bump(conn: sqlite3.Connection, rows: EventRows, sign: int) -> None:
    """Add (+1) or remove (-1) one event's rows from the buckets."""
    pair_values, sector_values = _pair_values(rows, sign)
    actor_values = [(code, day[:7], kind, sign) for code, day, kind in rows.actors if day]
    conn.executemany(_PAIR_UPSERT, pair_values)
    conn.executemany(_SECTOR_UPSERT, sector_values)
    conn.executemany(_ACTOR_UPSERT, actor_values)
    if sign < 0:
        # Emptied buckets go, so "no events" never shows up as a zero row.
        conn.execute("DELETE FROM pair_stats WHERE n <= 0")
        conn.execute("DELETE FROM pair_sector_stats WHERE n <= 0")
        conn.execute("DELETE FROM actor_month_stats WHERE n <= 0")


def _pair_values(rows: EventRows, sign: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The pair and pair-sector bucket rows of one event, once in every period its day falls in."""
    pair_values = []
    sector_values = []
    for focus, partner, day, kind, quad, score in rows.pairs:
        for period in periods(day):
            pair_values.append(
                (
                    focus,
                    partner,
                    period,
                    kind,
                    sign,
                    sign * (quad in (1, 2)),
                    sign * (quad in (3, 4)),
                    sign * score,
                    day,
                )
            )
            for sector in rows.sectors:
                sector_values.append((focus, partner, period, sector, sign))
    return pair_values, sector_values


def refresh_last_dates(
    conn: sqlite3.Connection, pairs: Iterable[tuple[str, str, str | None, str, int, float]]
) -> None:
    """Recompute last_date of the buckets a removed event belonged to.

    Call after the event's rows left ``event_pairs``: a maximum cannot be
    decremented, so it is read again from the remaining rows.
    """
    for focus, partner, day, kind, _, _ in pairs:
        if not day:
            continue
        for period in periods(day):
            low, high = period_bounds(period)
            conn.execute(
                "UPDATE pair_stats SET last_date = (SELECT max(date) FROM event_pairs"
                " WHERE focus = ? AND partner = ? AND type = ? AND date BETWEEN ? AND ?)"
                " WHERE focus = ? AND period = ? AND partner = ? AND type = ?",
                (focus, partner, kind, low, high, focus, period, partner, kind),
            )


def period_bounds(period: str) -> tuple[str, str]:
    if not period:
        return "0000", "9999~"
    if len(period) == 4:
        return f"{period}-01-01", f"{period}-12-31"
    year, month = int(period[:4]), int(period[5:7])
    return f"{period}-01", f"{period}-{calendar.monthrange(year, month)[1]:02d}"


@dataclass
class Cover:
    """A date range as whole periods plus raw day ranges at its edges."""

    periods: list[str]
    raw: list[tuple[str, str]]


def _first_day(value: str) -> date:
    parts = value.split("-")
    return date(
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else 1,
        int(parts[2]) if len(parts) > 2 else 1,
    )


def _last_day(value: str) -> date:
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 12, 31)
    month = int(parts[1])
    if len(parts) == 2:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, int(parts[2]))


def _widen_down(requested: date | None, first: date) -> date:
    """Start of the range: no event lies before ``first``, so move the start
    down to a year or month boundary when the request allows it."""
    if requested is not None and requested >= first:
        return requested
    for candidate in (date(first.year, 1, 1), date(first.year, first.month, 1)):
        if requested is None or candidate >= requested:
            return candidate
    return first


def _widen_up(requested: date | None, last: date) -> date:
    if requested is not None and requested <= last:
        return requested
    month_end = date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
    for candidate in (date(last.year, 12, 31), month_end):
        if requested is None or candidate <= requested:
            return candidate
    return last


def cover(
    since: str | None,
    until: str | None,
    first: str | None,
    last: str | None,
    *,
    months_only: bool = False,
) -> Cover:
    """Periods and edge ranges covering [since, until] within the stored dates.

    ``first``/``last`` are the earliest and latest stored event dates; they
    bound open ranges so the walk stays short. With neither bound the answer
    is the all-time bucket (which also counts undated events).
    """
    if since is None and until is None:
        return Cover(periods=[""], raw=[])
    if first is None or last is None:
        return Cover(periods=[], raw=[])
    low = _widen_down(_first_day(since) if since else None, date.fromisoformat(first))
    high = _widen_up(_last_day(until) if until else None, date.fromisoformat(last))
    out = Cover(periods=[], raw=[])
    day = low
    while day <= high:
        year_end = date(day.year, 12, 31)
        month_end = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        if not months_only and day.month == 1 and day.day == 1 and year_end <= high:
            out.periods.append(f"{day.year:04d}")
            day = year_end + timedelta(days=1)
        elif day.day == 1 and month_end <= high:
            out.periods.append(f"{day.year:04d}-{day.month:02d}")
            day = month_end + timedelta(days=1)
        else:
            end = min(month_end, high)
            if out.raw and date.fromisoformat(out.raw[-1][1]) + timedelta(days=1) == day:
                out.raw[-1] = (out.raw[-1][0], end.isoformat())
            else:
                out.raw.append((day.isoformat(), end.isoformat()))
            day = end + timedelta(days=1)
    return out
