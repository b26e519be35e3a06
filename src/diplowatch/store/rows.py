"""Stored rows as the dicts the CLI, the API and the dashboard show.

Shared by the two reading modules (``store.queries`` for events,
``store.documents`` for documents and copies), so an event or a copy looks
the same whichever question returned it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

#: The columns ``event_dicts`` reads, in its order (``e`` is ``events``).
EVENT_COLUMNS = (
    "e.id, e.type, e.mode, e.status, e.date, e.location, e.actors, e.sectors, e.amounts, "
    "e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.last_seen, "
    "e.quad_class, e.score, e.first_mention, e.counts, e.num_copies, e.num_sentences"
)

#: The columns of ``duplicates`` that ``copy_dict`` names, in its order.
COPY_KEYS = (
    "doc_id",
    "kind",
    "similarity",
    "title",
    "url",
    "source",
    "outlet",
    "lang",
    "published",
    "found_at",
)
COPY_COLUMNS = ", ".join(COPY_KEYS)

#: Ids per ``IN (…)`` list: far below SQLite's limit of bound parameters.
CHUNK = 500


def placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


def copy_dict(row: Sequence[Any]) -> dict[str, Any]:
    """A ``duplicates`` row (``COPY_KEYS``) as the API shows it."""
    return dict(zip(COPY_KEYS, row, strict=True))


def copies_of(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Copies recorded for each of these stored documents."""
    out: dict[str, list[dict[str, Any]]] = {}
    ids = sorted(set(doc_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for row in conn.execute(
            f"SELECT duplicate_of, {COPY_COLUMNS} FROM duplicates"
            f" WHERE duplicate_of IN ({placeholders(chunk)}) ORDER BY duplicate_of, doc_id",
            chunk,
        ):
            out.setdefault(row[0], []).append(copy_dict(row[1:]))
    return out


def _first_evidence(conn: sqlite3.Connection, mention_ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """Evidence, document id and URL of each event's first mention."""
    evidence: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(mention_ids), CHUNK):
        chunk = mention_ids[start : start + CHUNK]
        for ev in conn.execute(
            "SELECT m.id, m.evidence, m.ev_start, m.ev_end, d.doc_id, d.url"
            f" FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.id IN ({placeholders(chunk)})",
            chunk,
        ):
            evidence[ev[0]] = ev
    return evidence


def event_dicts(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """``EVENT_COLUMNS`` rows as event dicts, with their first mention's evidence."""
    evidence = _first_evidence(conn, [r[16] for r in rows if r[16] is not None])
    out = []
    for r in rows:
        ev = evidence.get(r[16])
        out.append(
            {
                "id": r[0],
                "type": r[1],
                "mode": r[2],
                "status": r[3],
                "date": r[4],
                "location": r[5],
                "actors": loads(r[6], []),
                "sectors": loads(r[7], []),
                "amounts": loads(r[8], []),
                "counts": loads(r[17], {}),
                "num_mentions": r[9],
                "num_sentences": r[19],
                "num_sources": r[10],
                "num_articles": r[11],
                "num_copies": r[18],
                "first_seen": r[12],
                "last_seen": r[13],
                "quad_class": r[14],
                "score": r[15],
                "evidence": ev[1] if ev else None,
                "evidence_doc_id": ev[4] if ev else None,
                "source_url": ev[5] if ev else None,
            }
        )
    return out
