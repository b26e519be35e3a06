"""How the web app reaches the database.

A read-only ``Store`` is opened per request and closed after it: SQLite
connections must not cross threads, FastAPI runs handlers in a thread pool,
and a fresh read transaction always sees what ``diplowatch ingest`` (or the
ingest endpoint) committed meanwhile. A database file that does not exist yet
is served as an empty store, so the first-run page works without creating
anything on disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Names a browser may use for this server unless ``--allow-host`` adds more.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass
class Settings:
    db: Path
    allow_ingest: bool = False
    token: str | None = None
    max_upload_bytes: int = 5 * 1024 * 1024
    max_upload_files: int = 20
    #: Accepted ``Host`` header names ("*": any). Checking them stops DNS
    #: rebinding: a web page whose name was re-pointed at 127.0.0.1 would
    #: otherwise read the whole database through the visitor's browser.
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS


class StoreUnavailable(Exception):
    """The database exists but cannot be read (wrong schema, not a database)."""


class EmptyStore:
    """The answers of a store with nothing in it, for a database not created yet."""

    def events(self, **_: Any) -> list[dict[str, Any]]:
        return []

    def count_events(self, **_: Any) -> int:
        return 0

    def event(self, event_id: int) -> dict[str, Any] | None:
        return None

    def relations(self, focus: str, **_: Any) -> list[dict[str, Any]]:
        return []

    def timeline(self, focus: str, **_: Any) -> list[dict[str, Any]]:
        return []

    def search(self, text: str, **_: Any) -> list[dict[str, Any]]:
        return []

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return None

    def top_pairs(self, limit: int = 10) -> list[dict[str, Any]]:
        return []

    def stats(self) -> dict[str, Any]:
        return {"documents": 0, "events": 0}

    def close(self) -> None:
        return None


@contextmanager
def open_store(settings: Settings, *, write: bool = False) -> Iterator[Any]:
    """A store for the length of one request (read-only unless ``write``)."""
    if not write and not settings.db.exists():
        yield EmptyStore()
        return
    from diplowatch.problems import UserError
    from diplowatch.store import Store

    try:
        store = Store(settings.db, readonly=not write)
    except UserError as exc:
        raise StoreUnavailable(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def is_empty(stats: dict[str, Any]) -> bool:
    """True when the store holds no events and no documents (first run)."""
    for key in ("events", "documents", "num_events", "num_documents", "docs"):
        value = stats.get(key)
        if isinstance(value, int) and value > 0:
            return False
    return True
