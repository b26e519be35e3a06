"""The SQLite event store: documents, merged events, mentions and queries.

Why SQLite: one file an analyst can copy, no server, WAL mode lets readers
(the dashboard) run while an ingest writes, and ``busy_timeout`` makes a
second writer wait instead of failing. Every write is one ``BEGIN
IMMEDIATE`` transaction per document batch, so a process killed mid-ingest
leaves whole documents or nothing, and a re-run resumes where it stopped.

Every value reaching SQL is a bound parameter; the only text composed into
statements are column names and ``?`` placeholders chosen from fixed lists.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from diplowatch.model import Document, Record
from diplowatch.pipeline import not_after
from diplowatch.problems import UserError
from diplowatch.store import merge, refresh, stats
from diplowatch.store.filters import EventFilter, parse_code, parse_period
from diplowatch.store.fts import (
    CHECK_EVERY,
    SEARCH_SECONDS,
    QueryBudget,
    QueryTooExpensive,
    index_text,
    parse_query,
)
from diplowatch.store.ranking import finish_partners, rank_partners
from diplowatch.store.schema import SCHEMA_VERSION, migrate, schema_version

#: Seconds a writer waits for another writer before giving up.
BUSY_TIMEOUT = 60.0
#: Seconds a reader waits for a writer that is creating the file.
CREATION_WAIT = 10.0

DEFAULT_DB = "diplowatch.db"

_EVENT_COLUMNS = (
    "e.id, e.type, e.mode, e.status, e.date, e.location, e.actors, e.sectors, e.amounts, "
    "e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.last_seen, "
    "e.quad_class, e.score, e.first_mention, e.counts, e.num_copies"
)

_ORDERS = {
    "date_desc": "{date} DESC, e.id DESC",
    "date_asc": "{date} ASC, e.id ASC",
    "mentions_desc": "e.num_mentions DESC, e.id DESC",
    "articles_desc": "e.num_articles DESC, e.num_mentions DESC, e.id DESC",
    "id": "e.id ASC",  # internal: the cheapest "is there any event" probe
}


def current_extractor_version() -> str:
    """``__version__`` plus the extractor's own version when it declares one.

    Looked up in ``diplowatch.extract`` and then ``diplowatch.extract.events``
    (where the extractor keeps it), so an upgraded rule set marks every stored
    document as stale for ``--reextract``.
    """
    import importlib

    from diplowatch import __version__

    for module in ("diplowatch.extract", "diplowatch.extract.events"):
        try:
            version = getattr(importlib.import_module(module), "EXTRACTOR_VERSION", None)
        except ImportError:
            continue
        if version is not None:
            return f"{__version__}+{version}"
    return __version__


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def outlet_of(url: str | None, source: str | None, doc_id: str) -> str:
    """Who published it, for ``num_sources``: the web host, else the source."""
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return source or f"doc:{doc_id}"


def _placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


def _focus(value: str) -> str:
    code = parse_code("focus", value)
    if code is None:
        raise UserError("focus: give an actor code or name, e.g. KOR or Iran")
    return code


def _copy_dict(row: Sequence[Any]) -> dict[str, Any]:
    """A ``duplicates`` row (doc_id … found_at) as the API shows it."""
    keys = (
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
    return dict(zip(keys, row, strict=True))


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
        if readonly:
            if not Path(self.path).exists():
                raise UserError(
                    f"{self.path}: no such database (create it with `diplowatch ingest`)"
                )
            target, uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro", True
        else:
            parent = Path(self.path).parent
            if not parent.exists():
                raise UserError(f"{self.path}: folder {parent} does not exist")
            target, uri = self.path, False
        try:
            self._conn = sqlite3.connect(
                target, uri=uri, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise UserError(f"{self.path}: cannot open database ({exc})") from None
        try:
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
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            if "locked" in str(exc):
                raise UserError(f"{self.path}: {exc}; another process kept it busy") from None
            raise UserError(f"{self.path}: not a diplowatch database ({exc})") from None
        except BaseException:
            self._conn.close()
            raise
        self._dirty: set[int] = set()
        self.last_search_steps = 0

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
                self._dirty.clear()
                raise
            self._conn.execute("COMMIT")

    # -- writing ---------------------------------------------------------

    def known_status(self, doc: Document, *, reextract: bool = False) -> str | None:
        """ "unchanged"/"duplicate" if adding ``doc`` would store no new events.

        Lets ``ingest`` skip extraction of documents already stored, so a
        re-run after a crash costs only the documents that were lost. A
        document found to repeat a stored one (same text, same words, or a
        near copy) gets ``meta["duplicate_of"]``/``["duplicate_kind"]`` so
        that ``add`` records which one it repeats.
        """
        from diplowatch.ingest.dedup import fingerprint
        from diplowatch.store import duplicates

        if doc.meta.get("skip_extraction"):
            return "duplicate"  # the reader found it (near-)identical to an earlier input
        digest = content_hash(doc.text)
        with self._lock:
            row = self._conn.execute(
                "SELECT hash, extractor_version FROM documents WHERE doc_id = ?", (doc.doc_id,)
            ).fetchone()
            if row is not None:
                if row[0] == digest and not (reextract and row[1] != self.extractor_version):
                    return "unchanged"
                return None
            match = duplicates.find(self._conn, digest, fingerprint(doc.text))
        if match is None:
            return None
        doc.meta.update(
            duplicate_of=match.doc_id,
            duplicate_kind=match.kind,
            duplicate_similarity=match.similarity,
        )
        return "duplicate"

    def add(self, doc: Document, record: Record, *, reextract: bool = False) -> str:
        """Store one document and its events.

        Returns "added", "unchanged" (same id and text already stored),
        "reextracted" (``reextract`` and stored by another extractor
        version), "updated" (same id, new text) or "duplicate" (same text
        already stored under another id; not stored twice).
        """
        with self._write():
            return self._add(doc, record, reextract)

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
                counts[self._add(doc, record, reextract)] += 1
        return counts

    def _add(self, doc: Document, record: Record, reextract: bool) -> str:
        # Imported here: read-only users (the dashboard) never need them.
        from diplowatch.ingest.dedup import fingerprint
        from diplowatch.store import duplicates

        conn = self._conn
        digest = content_hash(doc.text)
        outlet = outlet_of(doc.url, doc.source, doc.doc_id)
        if doc.meta.get("skip_extraction"):
            # Found (near-)identical to an earlier input: counting its events
            # again would double count one report.
            stored = conn.execute(
                "SELECT hash FROM documents WHERE doc_id = ?", (doc.doc_id,)
            ).fetchone()
            if stored is not None and stored[0] == digest:
                return "unchanged"  # stored by an earlier run, before its copy
            # Measured against the store when it can be: the stored original,
            # exact or near, with its similarity.
            match = duplicates.find(conn, digest, fingerprint(doc.text))
            if match is None:
                match = duplicates.from_meta(doc, digest, conn)
            self._record_copy(doc, digest, match, outlet)
            return "duplicate"
        row = conn.execute(
            "SELECT id, hash, extractor_version FROM documents WHERE doc_id = ?", (doc.doc_id,)
        ).fetchone()
        if row is not None:
            rowid, old_hash, old_version = row
            if old_hash == digest:
                if not (reextract and old_version != self.extractor_version):
                    return "unchanged"
                result = "reextracted"
            else:
                result = "updated"
            self._remove_mentions(rowid)
            conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (rowid,))
            conn.execute("DELETE FROM documents WHERE id = ?", (rowid,))
            self._insert_document(doc, record, digest, rowid)
            if result == "updated":
                duplicates.remember(conn, rowid, fingerprint(doc.text))
        else:
            # Checked again here, inside the write transaction: another
            # writer (or an earlier partition) may have stored a copy since.
            print_ = fingerprint(doc.text)
            match = duplicates.find(conn, digest, print_)
            if match is not None:
                self._record_copy(doc, digest, match, outlet)
                return "duplicate"
            rowid = self._insert_document(doc, record, digest, None)
            duplicates.remember(conn, rowid, print_)
            self._forget_copy(doc.doc_id)
            result = "added"
        published = merge.iso_day(record.published) or merge.iso_day(doc.published)
        for idx, event in enumerate(record.events):
            self._insert_mention(rowid, idx, event, published, doc.text)
        self._refresh_dirty()
        return result

    def _refresh_dirty(self) -> None:
        for event_id in sorted(self._dirty):
            refresh.refresh_event(self._conn, event_id)
        self._dirty.clear()

    def _record_copy(self, doc: Document, digest: str, match: Any, outlet: str) -> None:
        """Remember ``doc`` as a copy; the events of its original gain a report."""
        from diplowatch.store import duplicates

        self._forget_copy(doc.doc_id)
        original = duplicates.record(self._conn, doc, digest, match, outlet)
        self._dirty.update(refresh.events_of_documents(self._conn, [original]))
        self._refresh_dirty()

    def _forget_copy(self, doc_id: str) -> None:
        """Drop ``doc_id``'s row as a copy (it is stored, or recorded anew)."""
        row = self._conn.execute(
            "SELECT duplicate_of FROM duplicates WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return
        self._conn.execute("DELETE FROM duplicates WHERE doc_id = ?", (doc_id,))
        self._dirty.update(refresh.events_of_documents(self._conn, [row[0]]))

    def _insert_document(
        self, doc: Document, record: Record, digest: str, rowid: int | None
    ) -> int:
        meta = {**doc.meta, **record.meta}
        annotations = meta.pop("annotations", None) or []
        title = record.title or doc.title
        url = record.url or doc.url
        source = record.source or doc.source
        # Only a date: a value the pipeline could not read as one is not stored.
        published = record.published or (doc.published if merge.iso_day(doc.published) else None)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        cursor = self._conn.execute(
            "INSERT INTO documents (id, doc_id, hash, title, url, source, outlet, lang, published,"
            " origin, text, meta, annotations, note, extractor_version, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rowid,
                doc.doc_id,
                digest,
                title,
                url,
                source,
                outlet_of(url, source, doc.doc_id),
                record.lang or doc.lang,
                published,
                doc.origin,
                doc.text,
                json.dumps(meta, ensure_ascii=False, default=str),
                json.dumps(annotations, ensure_ascii=False, default=str),
                record.note,
                self.extractor_version,
                now,
            ),
        )
        new_id = int(cursor.lastrowid or 0)
        self._conn.execute(
            "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
            (new_id, index_text(title), index_text(doc.text)),
        )
        return new_id

    def _remove_mentions(self, rowid: int) -> None:
        for (event_id,) in self._conn.execute(
            "SELECT DISTINCT event_id FROM mentions WHERE doc = ?", (rowid,)
        ).fetchall():
            self._dirty.add(event_id)
        self._conn.execute("DELETE FROM mentions WHERE doc = ?", (rowid,))

    def _insert_mention(
        self, rowid: int, idx: int, event: Any, published: str | None, text: str
    ) -> None:
        from diplowatch.store.spans import trigger_span

        # Every actor is kept, also those the text gives no country for
        # (unknown gunmen, a named movement): they are agents of the event.
        actors = [
            {k: v for k, v in vars(a).items() if v is not None and v is not False}
            for a in event.actors
            if a.code or a.agent
        ]
        key = merge.party_key(actors)
        # Nothing reported as done happens after the day it is stored.
        today = datetime.now(UTC).date().isoformat()
        event = not_after(event, min(filter(None, (published, today))))
        eff = merge.effective_date(event.date, published)
        status = event.status or "reported"
        event_id = self._find_event(event.type, status, key, eff, event.location, rowid)
        if event_id is None:
            cursor = self._conn.execute(
                "INSERT INTO events (type, mode, status, date, location, actor_key)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (event.type, event.mode, status, eff, event.location, key),
            )
            event_id = int(cursor.lastrowid or 0)
        evidence = event.evidence
        span = trigger_span(text, evidence, event.trigger) if evidence else None
        trigger = text[span[0] : span[1]] if span else event.trigger
        self._conn.execute(
            "INSERT INTO mentions (event_id, doc, idx, type, mode, status, date, eff_date,"
            " location, actors, sectors, amounts, counts, trigger, tr_start, tr_end, evidence,"
            " ev_start, ev_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event_id,
                rowid,
                idx,
                event.type,
                event.mode,
                status,
                event.date,
                eff,
                event.location,
                json.dumps(actors, ensure_ascii=False),
                json.dumps(list(event.sectors), ensure_ascii=False),
                json.dumps([vars(m) for m in event.amounts], ensure_ascii=False),
                json.dumps(dict(getattr(event, "counts", None) or {}), ensure_ascii=False),
                trigger,
                span[0] if span else None,
                span[1] if span else None,
                evidence.text if evidence else None,
                evidence.start if evidence else None,
                evidence.end if evidence else None,
            ),
        )
        self._dirty.add(event_id)

    def _find_event(
        self,
        event_type: str,
        status: str,
        key: str,
        eff: str | None,
        location: str | None,
        rowid: int,
    ) -> int | None:
        """The stored event this mention reports, per ``store.merge`` rules."""
        if eff is None:
            rows = self._conn.execute(
                "SELECT DISTINCT e.id, e.location FROM mentions m JOIN events e ON e.id = m.event_id"
                " WHERE m.doc = ? AND e.type = ? AND e.status = ? AND e.actor_key = ?"
                " AND e.date IS NULL ORDER BY e.id",
                (rowid, event_type, status, key),
            ).fetchall()
            for event_id, place in rows:
                if merge.places_overlap(place, location):
                    return int(event_id)
            return None
        low, high = merge.window(eff)
        rows = self._conn.execute(
            "SELECT id, date, location FROM events WHERE type = ? AND status = ? AND actor_key = ?"
            " AND date BETWEEN ? AND ?",
            (event_type, status, key, low, high),
        ).fetchall()
        best = None
        for event_id, day, place in rows:
            if merge.places_overlap(place, location):
                rank = (merge.day_distance(day, eff), event_id)
                if best is None or rank < best[0]:
                    best = (rank, int(event_id), place)
        if best is None:
            return None
        if not best[2] and location:
            self._conn.execute("UPDATE events SET location = ? WHERE id = ?", (location, best[1]))
        return best[1]

    # -- reading: events -------------------------------------------------

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
        num_sources, num_articles (copies included), num_copies, first_seen,
        last_seen, quad_class, score, evidence (text of the first mention),
        evidence_doc_id, source_url.
        """
        if order not in _ORDERS:
            raise UserError(f"order {order!r}: expected one of {', '.join(_ORDERS)}")
        sql = EventFilter.build(where, **filters).sqlite()
        order_sql = _ORDERS[order].format(date=sql.date_col)
        query = f"SELECT {_EVENT_COLUMNS} FROM {sql.clause} ORDER BY {order_sql} LIMIT ? OFFSET ?"
        with self._lock:
            rows = self._conn.execute(
                query, [*sql.params, -1 if limit is None else int(limit), int(offset)]
            ).fetchall()
            return self._event_dicts(rows)

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
                f"SELECT {_EVENT_COLUMNS} FROM {sql.clause}{joiner}e.id > ? ORDER BY e.id LIMIT ?"
            )
            with self._lock:
                rows = self._conn.execute(query, [*sql.params, last, batch]).fetchall()
                dicts = self._event_dicts(rows)
            if not dicts:
                return
            yield from dicts
            last = dicts[-1]["id"]

    def _event_dicts(self, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
        first_ids = [r[16] for r in rows if r[16] is not None]
        evidence: dict[int, tuple[Any, ...]] = {}
        for start in range(0, len(first_ids), 500):
            chunk = first_ids[start : start + 500]
            for ev in self._conn.execute(
                "SELECT m.id, m.evidence, m.ev_start, m.ev_end, d.doc_id, d.url"
                f" FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.id IN ({_placeholders(chunk)})",
                chunk,
            ):
                evidence[ev[0]] = ev
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
                    "actors": _loads(r[6], []),
                    "sectors": _loads(r[7], []),
                    "amounts": _loads(r[8], []),
                    "counts": _loads(r[17], {}),
                    "num_mentions": r[9],
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

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event with every mention (document, outlet, evidence and trigger
        offsets) and the copies of each mention's document."""
        from diplowatch.store.spans import trigger_span

        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id = ?", (int(event_id),)
            ).fetchall()
            if not rows:
                return None
            event = self._event_dicts(rows)[0]
            mentions = self._conn.execute(
                "SELECT d.doc_id, d.title, d.url, d.source, d.lang, d.published, d.outlet,"
                " m.date, m.evidence, m.ev_start, m.ev_end, m.trigger, m.tr_start, m.tr_end,"
                " m.counts, CASE WHEN m.tr_start IS NULL AND m.trigger IS NOT NULL"
                " THEN substr(d.text, m.ev_start + 1, m.ev_end - m.ev_start) END"
                " FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.event_id = ?"
                " ORDER BY m.id",
                (int(event_id),),
            ).fetchall()
            copies = self._copies_of([m[0] for m in mentions])
        event["mentions"] = []
        for m in mentions:
            evidence = {"text": m[8], "start": m[9], "end": m[10]} if m[8] else None
            span = (m[12], m[13]) if m[12] is not None else None
            trigger = m[11]
            if span is None and m[15] is not None and evidence:
                # Stored before version 4: found again in the evidence sentence.
                local = trigger_span(m[15], {"start": 0, "end": len(m[15])}, trigger)
                if local is not None:
                    span = (m[9] + local[0], m[9] + local[1])
                    trigger = m[15][local[0] : local[1]]
            event["mentions"].append(
                {
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
                    "counts": _loads(m[14], {}),
                    "copies": copies.get(m[0], []),
                }
            )
        return event

    def _copies_of(self, doc_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Copies recorded for each of these stored documents."""
        out: dict[str, list[dict[str, Any]]] = {}
        ids = sorted(set(doc_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self._conn.execute(
                "SELECT duplicate_of, doc_id, kind, similarity, title, url, source, outlet, lang,"
                f" published, found_at FROM duplicates WHERE duplicate_of IN ({_placeholders(chunk)})"
                " ORDER BY duplicate_of, doc_id",
                chunk,
            ):
                out.setdefault(row[0], []).append(_copy_dict(row[1:]))
        return out

    def duplicates(
        self, *, limit: int | None = 50, offset: int = 0, of: str | None = None
    ) -> list[dict[str, Any]]:
        """Recorded copies (newest first), or the copies of document ``of``."""
        sql = (
            "SELECT doc_id, kind, similarity, title, url, source, outlet, lang, published,"
            " found_at, duplicate_of FROM duplicates"
        )
        params: list[Any] = []
        if of is not None:
            sql += " WHERE duplicate_of = ?"
            params.append(of)
        sql += " ORDER BY found_at DESC, doc_id LIMIT ? OFFSET ?"
        params += [-1 if limit is None else int(limit), int(offset)]
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [{**_copy_dict(r[:10]), "duplicate_of": r[10]} for r in rows]

    def copy(self, doc_id: str) -> dict[str, Any] | None:
        """The recorded copy ``doc_id`` (with ``duplicate_of``), if it is one."""
        with self._lock:
            row = self._conn.execute(
                "SELECT doc_id, kind, similarity, title, url, source, outlet, lang, published,"
                " found_at, duplicate_of FROM duplicates WHERE doc_id = ?",
                (doc_id,),
            ).fetchone()
        return {**_copy_dict(row[:10]), "duplicate_of": row[10]} if row else None

    # -- reading: relations ----------------------------------------------

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
        """``focus``'s partners ranked by number of shared events.

        cooperation/conflict count events in those quad classes (negated
        events count in neither); balance is (coop - conflict) / (coop +
        conflict), 0 when both are 0. Read from the pre-aggregated buckets
        (``store.stats``), so the cost does not grow with the event count.
        """
        focus = _focus(focus)
        conn = self._conn
        with self._lock:
            cov = self._cover(since, until)
            rows: list[tuple[Any, ...]] = []
            if cov.periods:
                rows += conn.execute(
                    "SELECT partner, type, sum(n), sum(coop), sum(conflict), sum(score_sum),"
                    " max(last_date) FROM pair_stats"
                    f" WHERE focus = ? AND period IN ({_placeholders(cov.periods)})"
                    " GROUP BY partner, type",
                    [focus, *cov.periods],
                ).fetchall()
            for low, high in cov.raw:
                rows += conn.execute(
                    "SELECT partner, type, count(*), sum(quad_class IN (1, 2)),"
                    " sum(quad_class IN (3, 4)), sum(score), max(date) FROM event_pairs"
                    " WHERE focus = ? AND date BETWEEN ? AND ? GROUP BY partner, type",
                    (focus, low, high),
                ).fetchall()
            ranked = rank_partners(rows, limit)
            top: dict[str, Counter[str]] = {p["partner"]: Counter() for p in ranked}
            names = list(top)
            for start in range(0, len(names), 500):
                chunk = names[start : start + 500]
                marks = _placeholders(chunk)
                sector_rows: list[tuple[Any, ...]] = []
                if cov.periods:
                    sector_rows += conn.execute(
                        "SELECT partner, sector, sum(n) FROM pair_sector_stats"
                        f" WHERE focus = ? AND period IN ({_placeholders(cov.periods)})"
                        f" AND partner IN ({marks}) GROUP BY partner, sector",
                        [focus, *cov.periods, *chunk],
                    ).fetchall()
                for low, high in cov.raw:
                    sector_rows += conn.execute(
                        "SELECT p.partner, s.sector, count(*) FROM event_pairs p"
                        " JOIN event_sectors s ON s.event_id = p.event_id"
                        f" WHERE p.focus = ? AND p.date BETWEEN ? AND ? AND p.partner IN ({marks})"
                        " GROUP BY p.partner, s.sector",
                        [focus, low, high, *chunk],
                    ).fetchall()
                for partner, sector, n in sector_rows:
                    top[partner][sector] += n
        finish_partners(ranked, top, sectors_per_partner)
        return ranked

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
        focus = _focus(focus)
        other = parse_code("partner", partner)
        key = [focus, other] if other else [focus]
        if partner:
            bucket_sql = "SELECT period, type, n FROM pair_stats WHERE focus = ? AND partner = ?"
            raw_sql = (
                "SELECT substr(date, 1, 7), type, count(*) FROM event_pairs"
                " WHERE focus = ? AND partner = ? AND date BETWEEN ? AND ? GROUP BY 1, 2"
            )
            month_col = "period"
        else:
            bucket_sql = "SELECT month, type, n FROM actor_month_stats WHERE code = ?"
            raw_sql = (
                "SELECT substr(date, 1, 7), type, count(*) FROM event_actors"
                " WHERE code = ? AND date BETWEEN ? AND ? GROUP BY 1, 2"
            )
            month_col = "month"
        counts: Counter[tuple[str, str]] = Counter()
        with self._lock:
            cov = self._cover(since, until, months_only=True)
            if cov.periods == [""]:
                rows = self._conn.execute(
                    f"{bucket_sql} AND length({month_col}) = 7", key
                ).fetchall()
            elif cov.periods:
                rows = self._conn.execute(
                    f"{bucket_sql} AND {month_col} IN ({_placeholders(cov.periods)})",
                    [*key, *cov.periods],
                ).fetchall()
            else:
                rows = []
            for low, high in cov.raw:
                rows += self._conn.execute(raw_sql, [*key, low, high]).fetchall()
        for month, event_type, n in rows:
            counts[(month, event_type)] += n
        return [
            {"month": month, "type": event_type, "count": n}
            for (month, event_type), n in sorted(counts.items())
        ]

    def undated(self, focus: str | None = None, *, partner: str | None = None) -> int:
        """How many events (of ``focus``, with ``partner``) have no date at all."""
        where = EventFilter.build(actor=focus, partner=partner, undated=True)
        return self.count_events(where)

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

    # -- reading: documents ----------------------------------------------

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
        from diplowatch.store.variants import snippet

        parsed = parse_query(text)
        if parsed is None:
            return []
        query, terms = parsed
        sql = (
            "SELECT d.doc_id, d.title, d.lang, d.published, d.url, d.source, d.text"
            " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
            " WHERE documents_fts MATCH ?"
        )
        params: list[Any] = [query]
        if lang:
            sql += " AND d.lang = ?"
            params.append(lang)
        sql += " ORDER BY rank LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
        budget = QueryBudget(max_seconds, max_steps)
        with self._lock:
            self._conn.set_progress_handler(budget, CHECK_EVERY)
            try:
                rows = self._conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if budget.stopped:
                    raise QueryTooExpensive(
                        f"search {text!r}: query too expensive ({budget.stopped}); "
                        "use fewer or more specific words, and fewer prefix searches (*)"
                    ) from None
                raise UserError(f"search {text!r}: {exc}") from None
            finally:
                self._conn.set_progress_handler(None, 0)
                self.last_search_steps = budget.steps
        out = []
        for doc_id, title, lang_, published, url, source, body in rows:
            plain, rich = snippet(body or "", terms)
            out.append(
                {
                    "doc_id": doc_id,
                    "title": title,
                    "lang": lang_,
                    "published": published,
                    "url": url,
                    "source": source,
                    "snippet": plain,
                    "snippet_html": rich,
                }
            )
        return out

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document with its annotations and the events it reports.

        Each event is the merged event dict, but ``evidence`` is this
        document's mention: {text, start, end} offsets into ``text``.
        """
        with self._lock:
            row = self._conn.execute(
                "SELECT id, doc_id, title, url, source, lang, published, text, meta, annotations,"
                " note, extractor_version, ingested_at, outlet FROM documents WHERE doc_id = ?",
                (doc_id,),
            ).fetchone()
            if row is None:
                return None
            mentions = self._conn.execute(
                "SELECT m.event_id, m.evidence, m.ev_start, m.ev_end, m.trigger, m.tr_start,"
                " m.tr_end FROM mentions m WHERE m.doc = ? ORDER BY m.idx",
                (row[0],),
            ).fetchall()
            copies = self._copies_of([row[1]]).get(row[1], [])
            ids = sorted({m[0] for m in mentions})
            merged = {}
            if ids:
                rows = self._conn.execute(
                    f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN ({_placeholders(ids)})",
                    ids,
                ).fetchall()
                merged = {e["id"]: e for e in self._event_dicts(rows)}
        from diplowatch.store.spans import trigger_span

        events = []
        for event_id, text, start, end, trigger, tr_start, tr_end in mentions:
            event = dict(merged[event_id])
            event["evidence"] = {"text": text, "start": start, "end": end} if text else None
            span = (tr_start, tr_end) if tr_start is not None else None
            if span is None and trigger and text:  # stored before version 4
                span = trigger_span(row[7], event["evidence"], trigger)
            event["trigger"] = row[7][span[0] : span[1]] if span else trigger
            event["trigger_span"] = list(span) if span else None
            events.append(event)
        return {
            "doc_id": row[1],
            "title": row[2],
            "url": row[3],
            "source": row[4],
            "lang": row[5],
            "published": row[6],
            "text": row[7],
            "meta": _loads(row[8], {}),
            "annotations": _loads(row[9], []),
            "note": row[10],
            "extractor_version": row[11],
            "ingested_at": row[12],
            "outlet": row[13],
            "events": events,
            "copies": copies,
        }

    def stats(self) -> dict[str, Any]:
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

    def check(self) -> str:
        """SQLite's own integrity check ("ok" when the file is sound)."""
        with self._lock:
            return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])
