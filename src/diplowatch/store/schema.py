"""Database schema and its migrations.

The schema version lives in SQLite's ``PRAGMA user_version`` so a file can be
checked without reading any table. Each migration is a function that moves the
file from version ``n`` to ``n + 1``; they run in one transaction, so a crash
mid-upgrade leaves the old version intact. A file written by a newer
diplowatch is refused rather than guessed at.

Why the denormalised tables: ``event_actors`` (one row per event and actor
code, with the event's date and type) answers "events of KOR, newest first"
straight from an index; ``event_pairs`` (one row per ordered pair of actors
of an event) answers "events between KOR and VNM"; and the buckets of
``store.stats`` (version 2) answer "KOR's partners" and timelines without
reading one row per event, which keeps them fast at a million events.
Version 3 adds the fingerprints that find copies of stored articles across
runs and partitions, and records which document each copy repeats
(``store.duplicates``). Version 4 keeps agents and counts: ``event_agents``
(one row per event and ``code:agent``, code ``''`` when the text gives none)
answers "events of the Iraqi police"; events and mentions carry ``counts``
(killed, wounded, arrested, participants); ``num_copies`` says how many of
an event's articles are copies of another; mentions keep where their trigger
word stands (``tr_start``/``tr_end``); and ``first_seen``/``last_seen`` are
recomputed from publication dates only. Version 5 keeps every sentence
that tells an event: a mention's ``sentences`` (JSON spans, ``[]`` when its
article tells the event once) and the event's ``num_sentences`` (how many
sentences tell it across its articles, GDELT's NumMentions), behind the
order ``told_desc``; older mentions count as told once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from diplowatch.problems import UserError

_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    outlet TEXT NOT NULL,
    lang TEXT,
    published TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    annotations TEXT NOT NULL DEFAULT '[]',
    note TEXT,
    extractor_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(hash);
CREATE INDEX documents_lang ON documents(lang);
CREATE INDEX documents_source ON documents(source);

-- Same text under another id: remembered so re-ingesting it is a no-op.
CREATE TABLE duplicates (
    doc_id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    same_as TEXT NOT NULL
);

-- Normalised title and body (diacritics stripped, letter variants unified).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    mode TEXT,
    status TEXT NOT NULL,
    date TEXT,
    location TEXT,
    actor_key TEXT NOT NULL,
    actors TEXT NOT NULL DEFAULT '[]',
    sectors TEXT NOT NULL DEFAULT '[]',
    amounts TEXT NOT NULL DEFAULT '[]',
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT,
    quad_class INTEGER,
    score REAL,
    first_mention INTEGER
);
CREATE INDEX events_merge ON events(type, status, actor_key, date);
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_type_date ON events(type, date);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL,
    code TEXT NOT NULL,
    role TEXT,
    name TEXT,
    date TEXT,
    type TEXT NOT NULL,
    PRIMARY KEY (event_id, code)
) WITHOUT ROWID;
CREATE INDEX event_actors_code_date ON event_actors(code, date, event_id);

CREATE TABLE event_sectors (
    event_id INTEGER NOT NULL,
    sector TEXT NOT NULL,
    PRIMARY KEY (event_id, sector)
) WITHOUT ROWID;
CREATE INDEX event_sectors_sector ON event_sectors(sector, event_id);

CREATE TABLE event_pairs (
    focus TEXT NOT NULL,
    partner TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    date TEXT,
    type TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (focus, partner, event_id)
) WITHOUT ROWID;
CREATE INDEX event_pairs_event ON event_pairs(event_id);
CREATE INDEX event_pairs_focus_date ON event_pairs(focus, date);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    status TEXT NOT NULL,
    date TEXT,
    eff_date TEXT,
    location TEXT,
    actors TEXT NOT NULL,
    sectors TEXT NOT NULL,
    amounts TEXT NOT NULL,
    trigger TEXT,
    evidence TEXT,
    ev_start INTEGER,
    ev_end INTEGER
);
CREATE INDEX mentions_event ON mentions(event_id, id);
CREATE INDEX mentions_doc ON mentions(doc);
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in statements(_V1):
        conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """Pre-aggregated relation/timeline buckets, filled from existing rows."""
    from diplowatch.store import stats

    for statement in statements(stats.STATS_SQL):
        conn.execute(statement)
    stats.rebuild(conn)


def _v3(conn: sqlite3.Connection) -> None:
    """Copies across runs: ``duplicates`` says which document repeats which
    (exact or near), and every document's fingerprint is kept (store.duplicates).

    The old ``duplicates`` rows are kept (exact when the hashes agree).
    """
    from diplowatch.ingest.dedup import fingerprint
    from diplowatch.store import duplicates

    conn.execute("ALTER TABLE duplicates RENAME TO duplicates_v2")
    for statement in statements(duplicates.SCHEMA_SQL):
        conn.execute(statement)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO duplicates (doc_id, duplicate_of, kind, similarity, hash, found_at)"
        " SELECT o.doc_id, o.same_as,"
        " CASE WHEN d.hash = o.hash THEN 'exact' ELSE 'near' END,"
        " CASE WHEN d.hash = o.hash THEN 1.0 ELSE NULL END, o.hash, ?"
        " FROM duplicates_v2 o LEFT JOIN documents d ON d.doc_id = o.same_as",
        (now,),
    )
    conn.execute("DROP TABLE duplicates_v2")
    last = -1
    while True:  # in batches: a big store's texts never sit in memory at once
        rows: list[Any] = conn.execute(
            "SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT 500", (last,)
        ).fetchall()
        if not rows:
            return
        for rowid, text in rows:
            duplicates.remember(conn, rowid, fingerprint(text))
        last = rows[-1][0]


_V4 = """
ALTER TABLE mentions ADD COLUMN counts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE mentions ADD COLUMN tr_start INTEGER;
ALTER TABLE mentions ADD COLUMN tr_end INTEGER;
ALTER TABLE events ADD COLUMN counts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE events ADD COLUMN num_copies INTEGER NOT NULL DEFAULT 0;
CREATE TABLE event_agents (
    event_id INTEGER NOT NULL,
    code TEXT NOT NULL,
    agent TEXT NOT NULL,
    PRIMARY KEY (event_id, code, agent)
) WITHOUT ROWID;
CREATE INDEX event_agents_agent ON event_agents(agent, code, event_id);
CREATE INDEX events_seen ON events(first_seen);
-- A publication date that is no date was stored as given before version 4.
UPDATE documents SET published = NULL
 WHERE published IS NOT NULL AND date(substr(published, 1, 10)) IS NULL;
UPDATE duplicates SET published = NULL
 WHERE published IS NOT NULL AND date(substr(published, 1, 10)) IS NULL
"""


def _v4(conn: sqlite3.Connection) -> None:
    """Agents, counts, copies counted as reports, honest first/last seen dates."""
    from diplowatch.store.refresh import refresh_event

    for statement in statements(_V4):
        conn.execute(statement)
    _told_columns(conn)  # refresh_event writes them
    last = -1
    while True:  # in batches, so a big store's event ids never sit in memory at once
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM events WHERE id > ? ORDER BY id LIMIT 1000", (last,)
            ).fetchall()
        ]
        if not ids:
            return
        for event_id in ids:
            refresh_event(conn, event_id)
        last = ids[-1]


_V5_COLUMNS = {
    "mentions": ("sentences", "TEXT NOT NULL DEFAULT '[]'"),
    "events": ("num_sentences", "INTEGER NOT NULL DEFAULT 0"),
}


def _told_columns(conn: sqlite3.Connection) -> None:
    """Version 5's columns, unless there (``_v4`` adds them for its refresh)."""
    for table, (column, kind) in _V5_COLUMNS.items():
        if column not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def _v5(conn: sqlite3.Connection) -> None:
    """Every sentence telling an event (stored mentions were each told once)."""
    _told_columns(conn)
    conn.execute(
        "UPDATE events SET num_sentences ="
        " (SELECT count(*) FROM mentions m WHERE m.event_id = events.id)"
    )


#: MIGRATIONS[n] upgrades a file from version n to n + 1.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4, _v5)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the file to ``SCHEMA_VERSION``; returns the version found."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise UserError(
            f"{path}: database schema version {found} is newer than this diplowatch "
            f"understands ({SCHEMA_VERSION}); upgrade diplowatch"
        )
    if found == SCHEMA_VERSION:
        return found
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the lock.
        current = schema_version(conn)
        for version in range(current, SCHEMA_VERSION):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found


def statements(script: str) -> list[str]:
    """Split a script on ';' (none of ours has ';' inside a literal)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
