"""The SQLite event store: one connection, its transactions, and the ``Store`` facade.

Why SQLite: one file an analyst can copy, no server, WAL mode lets readers
(the dashboard) run while an ingest writes, and ``busy_timeout`` makes a
second writer wait instead of failing. Every write is one ``BEGIN
IMMEDIATE`` transaction per document batch, so a process killed mid-ingest
leaves whole documents or nothing, and a re-run resumes where it stopped.

This module owns the connection and the transactions; the work is done by
``store.writer`` (documents, mentions, copies) and by the two readers,
``store.queries`` (events, relations, timelines) and ``store.documents``
(documents, search, copies). ``Store`` keeps one thin method per question so
that its callers never see the split.

Every value reaching SQL is a bound parameter; the only text composed into
statements are column names and ``?`` placeholders chosen from fixed lists.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from diplowatch.model import Document, Record
from diplowatch.problems import UserError
from diplowatch.store.documents import DocumentQueries
from diplowatch.store.filters import EventFilter
from diplowatch.store.fts import SEARCH_SECONDS
from diplowatch.store.queries import EventQueries
from diplowatch.store.schema import SCHEMA_VERSION, migrate, schema_version
from diplowatch.store.writer import DocumentWriter, current_extractor_version

__all__ = ["BUSY_TIMEOUT", "CREATION_WAIT", "DEFAULT_DB", "Store", "current_extractor_version"]

#: Seconds a writer waits for another writer before giving up.
BUSY_TIMEOUT = 60.0
#: Seconds a reader waits for a writer that is creating the file.
CREATION_WAIT = 10.0

DEFAULT_DB = "diplowatch.db"


def _retry_while_busy(step: Callable[[], object], timeout: float) -> None:
    """Run ``step``, retrying for up to ``timeout`` s while the file is locked.

    Switching a new file to WAL and the first read of the schema upgrade a
    shared lock; SQLite answers SQLITE_BUSY at once there instead of calling
    the busy handler (waiting could deadlock two upgraders), so two writers
    opening a new store at the same instant need this loop.
    """
    deadline = time.monotonic() + timeout
    pause = 0.001
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause * (0.5 + random.random()))
        pause = min(pause * 2, 0.1)


def _connect(path: str, readonly: bool, timeout: float) -> sqlite3.Connection:
    """A connection to the store's file: read-only by URI, so a reader can
    never create or change it (it must exist); a writer's folder must
    exist. Errors are told as the user's, with the path."""
    if readonly:
        if not Path(path).exists():
            raise UserError(f"{path}: no such database (create it with `diplowatch ingest`)")
        target, uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro", True
    else:
        parent = Path(path).parent
        if not parent.exists():
            raise UserError(f"{path}: folder {parent} does not exist")
        target, uri = path, False
    try:
        return sqlite3.connect(
            target, uri=uri, timeout=timeout, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise UserError(f"{path}: cannot open database ({exc})") from None


class Store:
    """An event database in one SQLite file (see docs/store.md)."""

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        *,
        readonly: bool = False,
        extractor_version: str | None = None,
        timeout: float = BUSY_TIMEOUT,
    ) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._extractor_version = extractor_version
        self._lock = threading.RLock()
        self._conn = _connect(self.path, readonly, timeout)
        try:
            self._set_up(readonly, timeout)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            if "locked" in str(exc):
                raise UserError(f"{self.path}: {exc}; another process kept it busy") from None
            raise UserError(f"{self.path}: not a diplowatch database ({exc})") from None
        except BaseException:
            self._conn.close()
            raise
        self._writer = DocumentWriter(self._conn, self._lock, lambda: self.extractor_version)
        self._events = EventQueries(self._conn, self._lock)
        self._documents = DocumentQueries(self._conn, self._lock)

    def _set_up(self, readonly: bool, timeout: float) -> None:
        """Tune the connection; a writer turns on WAL and migrates the schema
        (retrying while another process holds the file), a reader waits for
        the schema a new file's writer is creating."""
        self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000):d}")
        # A bigger page cache and memory-mapped reads keep repeated queries
        # on a large file off the system-call path.
        self._conn.execute("PRAGMA cache_size = -65536")
        self._conn.execute("PRAGMA mmap_size = 268435456")
        if not readonly:
            _retry_while_busy(lambda: self._conn.execute("PRAGMA journal_mode = WAL"), timeout)
            # NORMAL in WAL mode survives a killed process; only an OS crash
            # may lose the last transactions, never corrupt the file.
            self._conn.execute("PRAGMA synchronous = NORMAL")
            _retry_while_busy(lambda: migrate(self._conn, self.path), timeout)
        else:
            self._await_schema(timeout)

    def _await_schema(self, timeout: float) -> None:
        """Check a read-only file's schema, waiting while a writer creates it.

        A reader that opens a new store at the instant its first writer does
        sees an empty file (version 0) until that writer commits the schema;
        it waits for it (a second, or up to ``CREATION_WAIT`` while the
        writer's ``-wal`` file shows it is at work) instead of failing.
        """
        began = time.monotonic()
        pause = 0.005
        while True:
            version = None
            with contextlib.suppress(sqlite3.OperationalError):  # busy: try again
                version = schema_version(self._conn)
            if version == SCHEMA_VERSION:
                return
            waited = time.monotonic() - began
            writing = Path(self.path + "-wal").exists()
            creating = version in (None, 0) and waited < (
                min(CREATION_WAIT, timeout) if writing else 1.0
            )
            if not creating:
                break
            time.sleep(pause)
            pause = min(pause * 2, 0.1)
        if version is None:
            raise UserError(f"{self.path}: another process kept it busy; try again")
        raise UserError(
            f"{self.path}: schema version {version} needs {SCHEMA_VERSION}; open it once for "
            "writing (e.g. `diplowatch ingest`) to upgrade"
        )

    @property
    def extractor_version(self) -> str:
        """Resolved on first write: read-only users never import the extractor."""
        if self._extractor_version is None:
            self._extractor_version = current_extractor_version()
        return self._extractor_version

    # -- lifecycle -------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.readonly:
            raise UserError(f"{self.path}: opened read-only")
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise UserError(
                    f"{self.path}: {exc} (another process kept it busy for too long; try again)"
                ) from None
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                self._writer.dirty.clear()
                raise
            self._conn.execute("COMMIT")

    # -- writing ---------------------------------------------------------

    def known_status(self, doc: Document, *, reextract: bool = False) -> str | None:
        """ "unchanged"/"duplicate" if adding ``doc`` would store no new events.

        Lets ``ingest`` skip extraction of documents already stored, so a
        re-run after a crash costs only the documents that were lost. A
        document found to repeat a stored one (same text, same words, or a
        near copy) gets its ``duplicate`` (the stored one, kind, similarity)
        so that ``add`` records which one it repeats.
        """
        return self._writer.known_status(doc, reextract=reextract)

    def add(self, doc: Document, record: Record, *, reextract: bool = False) -> str:
        """Store one document and its events.

        Returns "added", "unchanged" (same id and text already stored),
        "reextracted" (``reextract`` and stored by another extractor
        version), "updated" (same id, new text) or "duplicate" (same text
        already stored under another id; not stored twice).
        """
        with self._write():
            return self._writer.add(doc, record, reextract)

    def add_many(
        self,
        pairs: Iterable[tuple[Document, Record]],
        *,
        reextract: bool = False,
        batch_size: int = 100,
    ) -> dict[str, int]:
        """Store many documents, ``batch_size`` per transaction."""
        counts: Counter[str] = Counter()
        batch: list[tuple[Document, Record]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= batch_size:
                counts.update(self._add_batch(batch, reextract))
                batch = []
        if batch:
            counts.update(self._add_batch(batch, reextract))
        return dict(counts)

    def _add_batch(self, batch: list[tuple[Document, Record]], reextract: bool) -> Counter[str]:
        counts: Counter[str] = Counter()
        with self._write():
            for doc, record in batch:
                counts[self._writer.add(doc, record, reextract)] += 1
        return counts

    # -- reading: events (store.queries) -----------------------------------

    def events(
        self,
        where: EventFilter | None = None,
        *,
        limit: int | None = 50,
        offset: int = 0,
        order: str = "date_desc",
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """Merged events matching ``where`` (or the filters given as keywords,
        see ``store.filters``), newest first.

        Each dict: id, type, mode, status, date, location, actors (with
        ``agent`` where one acts), sectors, amounts, counts, num_mentions,
        num_sentences (sentences that tell it, across its articles: an article
        that repeats the event counts each repeat, as GDELT's NumMentions),
        num_sources, num_articles (copies included), num_copies, first_seen,
        last_seen, quad_class, score, evidence (text of the first mention),
        evidence_doc_id, source_url.
        """
        return self._events.events(where, limit=limit, offset=offset, order=order, **filters)

    def count_events(self, where: EventFilter | None = None, **filters: Any) -> int:
        return self._events.count_events(where, **filters)

    def iter_events(
        self, where: EventFilter | None = None, batch: int = 2000, **filters: Any
    ) -> Iterator[dict[str, Any]]:
        """Every matching event in id order, fetched in batches (for exports)."""
        return self._events.iter_events(where, batch, **filters)

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event with every mention (document, outlet, evidence and trigger
        offsets, ``sentences``: every sentence of the article that tells the
        event) and the copies of each mention's document."""
        return self._events.event(event_id)

    def relations(
        self,
        focus: str,
        *,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 50,
        sectors_per_partner: int = 5,
    ) -> list[dict[str, Any]]:
        """``focus``'s partners ranked by number of shared events.

        cooperation/conflict count events in those quad classes (negated
        events count in neither); balance is (coop - conflict) / (coop +
        conflict), 0 when both are 0. Read from the pre-aggregated buckets
        (``store.stats``), so the cost does not grow with the event count.
        """
        return self._events.relations(
            focus,
            since=since,
            until=until,
            limit=limit,
            sectors_per_partner=sectors_per_partner,
        )

    def timeline(
        self,
        focus: str,
        *,
        partner: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events per month and type involving ``focus`` (and ``partner``).

        Undated events have no month: ``undated`` counts them.
        """
        return self._events.timeline(focus, partner=partner, since=since, until=until)

    def undated(self, focus: str | None = None, *, partner: str | None = None) -> int:
        """How many events (of ``focus``, with ``partner``) have no date at all."""
        return self._events.undated(focus, partner=partner)

    def top_pairs(self, limit: int = 10) -> list[dict[str, Any]]:
        """Most frequent unordered actor pairs over the whole store."""
        return self._events.top_pairs(limit)

    def stats(self) -> dict[str, Any]:
        return self._events.stats()

    # -- reading: documents (store.documents) -----------------------------

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        lang: str | None = None,
        max_seconds: float | None = SEARCH_SECONDS,
        max_steps: int | None = None,
    ) -> list[dict[str, Any]]:
        """Documents matching every word of ``text``.

        Diacritics and letter variants are ignored, and an Arabic-script word
        also matches its clitic and ending forms ("عقوبات" finds
        "العقوبات"; ``store.variants``). ``snippet`` marks matches with [ ];
        ``snippet_html`` is escaped HTML with <mark> around matches; both are
        cut from the article's own text, as written. A query running longer
        than ``max_seconds`` (or ``max_steps`` SQLite steps) is stopped with
        ``QueryTooExpensive``; ``last_search_steps`` tells what the last
        search cost.
        """
        return self._documents.search(
            text,
            limit=limit,
            offset=offset,
            lang=lang,
            max_seconds=max_seconds,
            max_steps=max_steps,
        )

    @property
    def last_search_steps(self) -> int:
        """SQLite steps the last ``search`` took."""
        return self._documents.last_search_steps

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document with its annotations and the events it reports.

        Each event is the merged event dict, but ``evidence`` is this
        document's mention: {text, start, end} offsets into ``text``.
        """
        return self._documents.document(doc_id)

    def duplicates(
        self, *, limit: int | None = 50, offset: int = 0, of: str | None = None
    ) -> list[dict[str, Any]]:
        """Recorded copies (newest first), or the copies of document ``of``."""
        return self._documents.duplicates(limit=limit, offset=offset, of=of)

    def copy(self, doc_id: str) -> dict[str, Any] | None:
        """The recorded copy ``doc_id`` (with ``duplicate_of``), if it is one."""
        return self._documents.copy(doc_id)

    def check(self) -> str:
        """SQLite's own integrity check ("ok" when the file is sound)."""
        with self._lock:
            return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])
