"""Turn a current store file back into an older schema version, for upgrade tests."""

from __future__ import annotations

import sqlite3


def undo_version_5(conn: sqlite3.Connection) -> None:
    """Back to the tables of version 4: no sentences telling an event, no count of them."""
    conn.execute("ALTER TABLE mentions DROP COLUMN sentences")
    conn.execute("ALTER TABLE events DROP COLUMN num_sentences")
    conn.execute("PRAGMA user_version = 4")


def undo_version_4(conn: sqlite3.Connection) -> None:
    """Back to the tables of version 3: no agents, counts, copies count or trigger spans."""
    undo_version_5(conn)
    conn.execute("DROP TABLE event_agents")
    conn.execute("DROP INDEX events_seen")
    for table, column in (
        ("mentions", "counts"),
        ("mentions", "tr_start"),
        ("mentions", "tr_end"),
        ("events", "counts"),
        ("events", "num_copies"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 3")
