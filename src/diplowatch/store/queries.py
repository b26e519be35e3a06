"""Reading merged events: lists, one event, relations, timelines, counts.

Every question is answered from the index tables and the pre-aggregated
buckets the writer keeps (``store.refresh``, ``store.stats``), so its cost
follows the answer, not the size of the store. Filters are written by
``store.filters.EventFilter``; no condition is spelt here.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from diplowatch.problems import UserError
from diplowatch.store import stats
from diplowatch.store.filters import EventFilter, parse_code, parse_period
from diplowatch.store.ranking import finish_partners, rank_partners
from diplowatch.store.rows import (
    CHUNK,
    EVENT_COLUMNS,
    copies_of,
    event_dicts,
    loads,
    placeholders,
)
from diplowatch.store.spans import trigger_span

ORDERS = {
    "date_desc": "{date} DESC, e.id DESC",
    "date_asc": "{date} ASC, e.id ASC",
    "mentions_desc": "e.num_mentions DESC, e.id DESC",
    "articles_desc": "e.num_articles DESC, e.num_mentions DESC, e.id DESC",
    "told_desc": "e.num_sentences DESC, e.id DESC",
    "id": "e.id ASC",  # internal: the cheapest "is there any event" probe
}


def _focus(value: str) -> str:
    code = parse_code("focus", value)
    if code is None:
        raise UserError("focus: give an actor code or name, e.g. KOR or Iran")
    return code


def _mention_dict(m: tuple[Any, ...], copies: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """One row of ``EventQueries.event``'s mention query as the API shows it."""
    evidence = {"text": m[8], "start": m[9], "end": m[10]} if m[8] else None
    span = (m[12], m[13]) if m[12] is not None else None
    trigger = m[11]
    if span is None and m[15] is not None and evidence:
        # Stored before version 4: found again in the evidence sentence.
        local = trigger_span(m[15], {"start": 0, "end": len(m[15])}, trigger)
        if local is not None:
            span = (m[9] + local[0], m[9] + local[1])
            trigger = m[15][local[0] : local[1]]
    return {
        "doc_id": m[0],
        "title": m[1],
        "url": m[2],
        "source": m[3],
        "lang": m[4],
        "published": m[5],
        "outlet": m[6],
        "date": m[7],
        "evidence": evidence,
        "trigger": trigger,
        "trigger_span": list(span) if span else None,
        "counts": loads(m[14], {}),
        # Every sentence of the article that tells the event (``[evidence]`` when one does).
        "sentences": loads(m[16], []) or ([evidence] if evidence else []),
        "copies": copies.get(m[0], []),
    }


@dataclass(frozen=True)
class _MonthSQL:
    """Where a timeline's counts come from: monthly buckets, raw rows for part-months."""

    bucket: str
    raw: str
    month_col: str


_TIMELINE_PAIR = _MonthSQL(
    bucket="SELECT period, type, n FROM pair_stats WHERE focus = ? AND partner = ?",
    raw=(
        "SELECT substr(date, 1, 7), type, count(*) FROM event_pairs"
        " WHERE focus = ? AND partner = ? AND date BETWEEN ? AND ? GROUP BY 1, 2"
    ),
    month_col="period",
)
_TIMELINE_ONE = _MonthSQL(
    bucket="SELECT month, type, n FROM actor_month_stats WHERE code = ?",
    raw=(
        "SELECT substr(date, 1, 7), type, count(*) FROM event_actors"
        " WHERE code = ? AND date BETWEEN ? AND ? GROUP BY 1, 2"
    ),
    month_col="month",
)


class EventQueries:
    """The event questions of ``Store``, on its connection and under its lock."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock

    # -- lists of events -------------------------------------------------

    def events(
        self,
        where: EventFilter | None = None,
        *,
        limit: int | None = 50,
        offset: int = 0,
        order: str = "date_desc",
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """See ``Store.events``."""
        if order not in ORDERS:
            raise UserError(f"order {order!r}: expected one of {', '.join(ORDERS)}")
        sql = EventFilter.build(where, **filters).sqlite()
        order_sql = ORDERS[order].format(date=sql.date_col)
        query = f"SELECT {EVENT_COLUMNS} FROM {sql.clause} ORDER BY {order_sql} LIMIT ? OFFSET ?"
        with self._lock:
            rows = self._conn.execute(
                query, [*sql.params, -1 if limit is None else int(limit), int(offset)]
            ).fetchall()
            return event_dicts(self._conn, rows)

    def count_events(self, where: EventFilter | None = None, **filters: Any) -> int:
        for ignored in ("limit", "offset", "order"):
            filters.pop(ignored, None)
        sql = EventFilter.build(where, **filters).sqlite()
        with self._lock:
            return int(
                self._conn.execute(f"SELECT count(*) FROM {sql.bare}", sql.params).fetchone()[0]
            )

    def iter_events(
        self, where: EventFilter | None = None, batch: int = 2000, **filters: Any
    ) -> Iterator[dict[str, Any]]:
        """Every matching event in id order, fetched in batches (for exports)."""
        sql = EventFilter.build(where, **filters).sqlite()
        joiner = " AND " if sql.where else " WHERE "
        last = 0
        while True:
            query = (
                f"SELECT {EVENT_COLUMNS} FROM {sql.clause}{joiner}e.id > ? ORDER BY e.id LIMIT ?"
            )
            with self._lock:
                rows = self._conn.execute(query, [*sql.params, last, batch]).fetchall()
                dicts = event_dicts(self._conn, rows)
            if not dicts:
                return
            yield from dicts
            last = dicts[-1]["id"]

    def undated(self, focus: str | None = None, *, partner: str | None = None) -> int:
        """How many events (of ``focus``, with ``partner``) have no date at all."""
        return self.count_events(EventFilter.build(actor=focus, partner=partner, undated=True))

    # -- one event ---------------------------------------------------------

    def event(self, event_id: int) -> dict[str, Any] | None:
        """See ``Store.event``."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?", (int(event_id),)
            ).fetchall()
            if not rows:
                return None
            event = event_dicts(self._conn, rows)[0]
            mentions = self._conn.execute(
                "SELECT d.doc_id, d.title, d.url, d.source, d.lang, d.published, d.outlet,"
                " m.date, m.evidence, m.ev_start, m.ev_end, m.trigger, m.tr_start, m.tr_end,"
                " m.counts, CASE WHEN m.tr_start IS NULL AND m.trigger IS NOT NULL"
                " THEN substr(d.text, m.ev_start + 1, m.ev_end - m.ev_start) END, m.sentences"
                " FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.event_id = ?"
                " ORDER BY m.id",
                (int(event_id),),
            ).fetchall()
            copies = copies_of(self._conn, [m[0] for m in mentions])
        event["mentions"] = [_mention_dict(m, copies) for m in mentions]
        return event

    # -- relations and timelines -------------------------------------------

    def _cover(
        self, since: str | None, until: str | None, *, months_only: bool = False
    ) -> stats.Cover:
        low, high = parse_period(since, until)
        if low is None and high is None:
            return stats.cover(None, None, None, None)
        # Two subqueries: SQLite answers a lone min() or max() from the index,
        # but scans the whole index when both share one SELECT.
        first, last = self._conn.execute(
            "SELECT (SELECT min(date) FROM events), (SELECT max(date) FROM events)"
        ).fetchone()
        return stats.cover(low, high, first, last, months_only=months_only)

    def relations(
        self,
        focus: str,
        *,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 50,
        sectors_per_partner: int = 5,
    ) -> list[dict[str, Any]]:
        """See ``Store.relations``."""
        focus = _focus(focus)
        with self._lock:
            cov = self._cover(since, until)
            ranked = rank_partners(self._partner_rows(focus, cov), limit)
            top = self._partner_sectors(focus, cov, [p["partner"] for p in ranked])
        finish_partners(ranked, top, sectors_per_partner)
        return ranked

    def _partner_rows(self, focus: str, cov: stats.Cover) -> list[tuple[Any, ...]]:
        """(partner, type, events, coop, conflict, score, last date) from buckets and raw rows."""
        rows: list[tuple[Any, ...]] = []
        if cov.periods:
            rows += self._conn.execute(
                "SELECT partner, type, sum(n), sum(coop), sum(conflict), sum(score_sum),"
                " max(last_date) FROM pair_stats"
                f" WHERE focus = ? AND period IN ({placeholders(cov.periods)})"
                " GROUP BY partner, type",
                [focus, *cov.periods],
            ).fetchall()
        for low, high in cov.raw:
            rows += self._conn.execute(
                "SELECT partner, type, count(*), sum(quad_class IN (1, 2)),"
                " sum(quad_class IN (3, 4)), sum(score), max(date) FROM event_pairs"
                " WHERE focus = ? AND date BETWEEN ? AND ? GROUP BY partner, type",
                (focus, low, high),
            ).fetchall()
        return rows

    def _partner_sectors(
        self, focus: str, cov: stats.Cover, partners: list[str]
    ) -> dict[str, Counter[str]]:
        """Events per sector shared with each of ``partners``."""
        top: dict[str, Counter[str]] = {p: Counter() for p in partners}
        for start in range(0, len(partners), CHUNK):
            chunk = partners[start : start + CHUNK]
            marks = placeholders(chunk)
            sector_rows: list[tuple[Any, ...]] = []
            if cov.periods:
                sector_rows += self._conn.execute(
                    "SELECT partner, sector, sum(n) FROM pair_sector_stats"
                    f" WHERE focus = ? AND period IN ({placeholders(cov.periods)})"
                    f" AND partner IN ({marks}) GROUP BY partner, sector",
                    [focus, *cov.periods, *chunk],
                ).fetchall()
            for low, high in cov.raw:
                sector_rows += self._conn.execute(
                    "SELECT p.partner, s.sector, count(*) FROM event_pairs p"
                    " JOIN event_sectors s ON s.event_id = p.event_id"
                    f" WHERE p.focus = ? AND p.date BETWEEN ? AND ? AND p.partner IN ({marks})"
                    " GROUP BY p.partner, s.sector",
                    [focus, low, high, *chunk],
                ).fetchall()
            for partner, sector, n in sector_rows:
                top[partner][sector] += n
        return top

    def timeline(
        self,
        focus: str,
        *,
        partner: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """See ``Store.timeline``."""
        focus = _focus(focus)
        other = parse_code("partner", partner)
        key = [focus, other] if other else [focus]
        sql = _TIMELINE_PAIR if partner else _TIMELINE_ONE
        counts: Counter[tuple[str, str]] = Counter()
        for month, event_type, n in self._month_rows(sql, key, since, until):
            counts[(month, event_type)] += n
        return [
            {"month": month, "type": event_type, "count": n}
            for (month, event_type), n in sorted(counts.items())
        ]

    def _month_rows(
        self, sql: _MonthSQL, key: list[str], since: str | None, until: str | None
    ) -> list[tuple[Any, ...]]:
        """(month, type, n) rows: whole months from the buckets, the period's ragged ends counted raw."""
        with self._lock:
            cov = self._cover(since, until, months_only=True)
            if cov.periods == [""]:
                rows = self._conn.execute(
                    f"{sql.bucket} AND length({sql.month_col}) = 7", key
                ).fetchall()
            elif cov.periods:
                rows = self._conn.execute(
                    f"{sql.bucket} AND {sql.month_col} IN ({placeholders(cov.periods)})",
                    [*key, *cov.periods],
                ).fetchall()
            else:
                rows = []
            for low, high in cov.raw:
                rows += self._conn.execute(sql.raw, [*key, low, high]).fetchall()
        return rows

    def top_pairs(self, limit: int = 10) -> list[dict[str, Any]]:
        """Most frequent unordered actor pairs over the whole store."""
        with self._lock:
            return [
                {"pair": [a, b], "events": n}
                for a, b, n in self._conn.execute(
                    "SELECT focus, partner, count(*) AS n FROM event_pairs WHERE focus < partner"
                    " GROUP BY focus, partner ORDER BY n DESC, focus, partner LIMIT ?",
                    (int(limit),),
                )
            ]

    def stats(self) -> dict[str, Any]:
        """Counts of documents, events, mentions and copies, by language and type."""
        with self._lock:
            one = self._conn.execute
            return {
                "documents": one("SELECT count(*) FROM documents").fetchone()[0],
                "events": one("SELECT count(*) FROM events").fetchone()[0],
                "mentions": one("SELECT count(*) FROM mentions").fetchone()[0],
                "duplicates": one("SELECT count(*) FROM duplicates").fetchone()[0],
                "undated_events": one("SELECT count(*) FROM events WHERE date IS NULL").fetchone()[
                    0
                ],
                "by_lang": dict(
                    one(
                        "SELECT coalesce(lang, 'unknown'), count(*) FROM documents"
                        " GROUP BY 1 ORDER BY 2 DESC, 1"
                    ).fetchall()
                ),
                "by_type": dict(
                    one(
                        "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
                    ).fetchall()
                ),
            }
