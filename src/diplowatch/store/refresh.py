"""Keep a merged event's row and index rows in step with its mentions.

Every write that adds or removes a mention (or a copy of a reporting
article) marks the event "dirty"; ``refresh_event`` then reads its mentions,
folds them (``merge.fold``, a pure function) and rewrites the event's row,
its index rows (``event_actors``, ``event_agents``, ``event_pairs``,
``event_sectors``) and the pre-aggregated buckets (``store.stats``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from diplowatch.store import merge, plover, stats
from diplowatch.store.filters import agent_code


def _mention_rows(conn: sqlite3.Connection, event_id: int) -> list[merge.MentionRow]:
    rows = conn.execute(
        "SELECT m.id, m.type, m.mode, m.status, m.eff_date, m.date, m.location, m.actors,"
        " m.sectors, m.amounts, m.counts, m.doc, d.doc_id, d.outlet, d.published,"
        " max(1, json_array_length(m.sentences))"
        " FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.event_id = ? ORDER BY m.id",
        (event_id,),
    ).fetchall()
    return [
        merge.MentionRow(
            mention_id=r[0],
            type=r[1],
            mode=r[2],
            status=r[3],
            eff_date=r[4],
            date=r[5],
            location=r[6],
            actors=json.loads(r[7]),
            sectors=json.loads(r[8]),
            amounts=json.loads(r[9]),
            counts=merge.loads(r[10], {}),
            doc=r[11],
            doc_id=r[12],
            outlet=r[13],
            published=r[14],
            told=r[15],
        )
        for r in rows
    ]


def _copies(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> list[merge.Copy]:
    ids = sorted(set(doc_ids))
    out: list[merge.Copy] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out += [
            merge.Copy(doc_id, outlet, published)
            for doc_id, outlet, published in conn.execute(
                "SELECT doc_id, outlet, published FROM duplicates"
                f" WHERE duplicate_of IN ({','.join('?' * len(chunk))}) ORDER BY doc_id",
                chunk,
            )
        ]
    return out


def refresh_event(conn: sqlite3.Connection, event_id: int) -> None:
    """Recompute an event's aggregates and index rows from its mentions."""
    rows = _mention_rows(conn, event_id)
    old = stats.EventRows.load(conn, event_id)
    conn.execute("DELETE FROM event_agents WHERE event_id = ?", (event_id,))
    if not rows:
        reindex(conn, event_id, old, stats.EventRows(), [])
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return
    folded = merge.fold(rows, _copies(conn, (r.doc_id for r in rows)))
    _write_event(conn, event_id, folded, merge.party_key(a for r in rows for a in r.actors))
    conn.executemany(
        "INSERT OR IGNORE INTO event_agents (event_id, code, agent) VALUES (?, ?, ?)",
        [(event_id, *pair) for pair in filter(None, map(agent_code, folded.actors))],
    )
    new, actor_rows = _index_rows(event_id, folded)
    reindex(conn, event_id, old, new, actor_rows)


def _write_event(
    conn: sqlite3.Connection, event_id: int, folded: merge.Folded, actor_key: str
) -> None:
    """Rewrite the event's row from its folded mentions, with the PLOVER
    quad class and score its type and status give."""
    conn.execute(
        "UPDATE events SET mode = ?, date = ?, location = ?, actors = ?, sectors = ?,"
        " amounts = ?, counts = ?, num_mentions = ?, num_sentences = ?, num_sources = ?,"
        " num_articles = ?,"
        " num_copies = ?, first_seen = ?, last_seen = ?, quad_class = ?, score = ?,"
        " first_mention = ?, actor_key = ? WHERE id = ?",
        (
            folded.mode,
            folded.date,
            folded.location,
            json.dumps(folded.actors, ensure_ascii=False),
            json.dumps(folded.sectors, ensure_ascii=False),
            json.dumps(folded.amounts, ensure_ascii=False),
            json.dumps(folded.counts, ensure_ascii=False),
            folded.num_mentions,
            folded.num_sentences,
            folded.num_sources,
            folded.num_articles,
            folded.num_copies,
            folded.first_seen,
            folded.last_seen,
            plover.quad_class(folded.type),
            plover.score(folded.type, folded.status),
            folded.first_mention,
            actor_key,
            event_id,
        ),
    )


def _index_rows(
    event_id: int, folded: merge.Folded
) -> tuple[stats.EventRows, list[tuple[Any, ...]]]:
    """The event's rows in the pre-aggregated buckets (every ordered pair of
    its countries, its sectors, each country) and in ``event_actors``."""
    day, event_type, by_code = folded.date, folded.type, folded.codes
    weighted = plover.weighted_quad(event_type, folded.status)
    score = plover.score(event_type, folded.status)
    new = stats.EventRows(
        pairs=[
            (a, b, day, event_type, weighted, score) for a in by_code for b in by_code if a != b
        ],
        sectors=list(folded.sectors),
        actors=[(code, day, event_type) for code in by_code],
    )
    actor_rows = [
        (event_id, code, a.get("role"), a.get("name"), day, event_type)
        for code, a in by_code.items()
    ]
    return new, actor_rows


def reindex(
    conn: sqlite3.Connection,
    event_id: int,
    old: stats.EventRows,
    new: stats.EventRows,
    actor_rows: list[tuple[Any, ...]],
) -> None:
    """Replace an event's index rows and move its counts between buckets.

    A new mention of a known event usually changes nothing here (same
    date, actors and sectors): then only the actor names are refreshed.
    """
    conn.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
    conn.executemany(
        "INSERT INTO event_actors (event_id, code, role, name, date, type)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        actor_rows,
    )
    if (
        sorted(old.pairs) == sorted(new.pairs)
        and sorted(old.sectors) == sorted(new.sectors)
        and sorted(old.actors) == sorted(new.actors)
    ):
        return
    conn.execute("DELETE FROM event_sectors WHERE event_id = ?", (event_id,))
    conn.execute("DELETE FROM event_pairs WHERE event_id = ?", (event_id,))
    if old.pairs or old.sectors or old.actors:
        stats.bump(conn, old, -1)
        stats.refresh_last_dates(conn, old.pairs)
    conn.executemany(
        "INSERT INTO event_sectors (event_id, sector) VALUES (?, ?)",
        [(event_id, s) for s in new.sectors],
    )
    conn.executemany(
        "INSERT INTO event_pairs (focus, partner, date, type, quad_class, score, event_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(*pair, event_id) for pair in new.pairs],
    )
    stats.bump(conn, new, 1)


def events_of_documents(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> set[int]:
    """Events reported by these stored documents (whose copy counts changed)."""
    out: set[int] = set()
    for doc_id in set(doc_ids):
        out.update(
            event_id
            for (event_id,) in conn.execute(
                "SELECT DISTINCT m.event_id FROM mentions m JOIN documents d ON d.id = m.doc"
                " WHERE d.doc_id = ?",
                (doc_id,),
            )
        )
    return out
