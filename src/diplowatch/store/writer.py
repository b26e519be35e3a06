"""Writing documents, their mentions and their copies into the store.

The writer runs inside the transaction ``Store`` opens (``Store._write``):
it inserts or replaces a document, records a copy of a stored article
instead of storing it twice (``store.duplicates``), attaches each mention
to the event it reports (``store.merge`` rules) and marks the events it
touched "dirty"; before the transaction ends every dirty event is folded
again from its mentions (``store.refresh``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from diplowatch.model import Document, Duplicate, Event, Record
from diplowatch.pipeline import not_after
from diplowatch.store import merge, refresh
from diplowatch.store.fts import index_text


def current_extractor_version() -> str:
    """``__version__`` plus the extractor's own version when it declares one.

    Looked up in ``diplowatch.extract`` and then ``diplowatch.extract.events``
    (where the extractor keeps it), so an upgraded rule set marks every stored
    document as stale for ``--reextract``.
    """
    import importlib

    from diplowatch.version import __version__

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


def _mention_values(
    event: Event, status: str, eff: str | None, actors: list[dict[str, Any]], text: str
) -> tuple[Any, ...]:
    """A mention's columns after its event and document ids: the event's
    fields as JSON where they are lists, and its trigger as written in the
    text where the evidence lets it be found (``trigger_span``), else the
    trigger the extractor gave."""
    from diplowatch.store.spans import trigger_span

    evidence = event.evidence
    span = trigger_span(text, evidence, event.trigger) if evidence else None
    trigger = text[span[0] : span[1]] if span else event.trigger
    return (
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
        json.dumps([vars(s) for s in event.sentences], ensure_ascii=False),
    )


def _stored_actors(event: Event) -> list[dict[str, Any]]:
    """The actors a mention keeps, without empty keys.

    Every actor is kept, also those the text gives no country for (unknown
    gunmen, a named movement): they are agents of the event.
    """
    return [
        {k: v for k, v in vars(a).items() if v is not None and v is not False}
        for a in event.actors
        if a.code or a.agent
    ]


class DocumentWriter:
    """Adds documents to the store on ``Store``'s connection (see the module docstring)."""

    def __init__(
        self, conn: sqlite3.Connection, lock: threading.RLock, version: Callable[[], str]
    ) -> None:
        self._conn = conn
        self._lock = lock
        self._version = version
        self.dirty: set[int] = set()

    # -- before extraction -------------------------------------------------

    def known_status(self, doc: Document, *, reextract: bool = False) -> str | None:
        """See ``Store.known_status``."""
        from diplowatch.ingest.dedup import fingerprint
        from diplowatch.store import duplicates

        if doc.skip_extraction:
            return "duplicate"  # the reader found it (near-)identical to an earlier input
        digest = content_hash(doc.text)
        with self._lock:
            row = self._conn.execute(
                "SELECT hash, extractor_version FROM documents WHERE doc_id = ?", (doc.doc_id,)
            ).fetchone()
            if row is not None:
                if row[0] == digest and not (reextract and row[1] != self._version()):
                    return "unchanged"
                return None
            match = duplicates.find(self._conn, digest, fingerprint(doc.text))
        if match is None:
            return None
        doc.duplicate = Duplicate(match.doc_id, match.kind, match.similarity)
        return "duplicate"

    # -- inside a write transaction ----------------------------------------

    def add(self, doc: Document, record: Record, reextract: bool) -> str:
        """Store one document and its mentions; see ``Store.add`` for the answers."""
        digest = content_hash(doc.text)
        outlet = outlet_of(doc.url, doc.source, doc.doc_id)
        if doc.skip_extraction:
            return self._add_copy(doc, digest, outlet)
        row = self._conn.execute(
            "SELECT id, hash, extractor_version FROM documents WHERE doc_id = ?", (doc.doc_id,)
        ).fetchone()
        if row is None:
            return self._add_new(doc, record, digest, outlet)
        return self._add_again(doc, record, digest, tuple(row), reextract)

    def _add_again(
        self,
        doc: Document,
        record: Record,
        digest: str,
        row: tuple[Any, ...],
        reextract: bool,
    ) -> str:
        """A stored document: unchanged, re-extracted (newer extractor) or updated (new text)."""
        # Imported here: read-only users (the dashboard) never need them.
        from diplowatch.ingest.dedup import fingerprint
        from diplowatch.store import duplicates

        rowid, old_hash, old_version = row
        if old_hash == digest:
            if not (reextract and old_version != self._version()):
                return "unchanged"
            result = "reextracted"
        else:
            result = "updated"
        self._replace_document(doc, record, digest, rowid)
        if result == "updated":
            duplicates.remember(self._conn, rowid, fingerprint(doc.text))
        self._store_mentions(rowid, doc, record)
        return result

    def _add_new(self, doc: Document, record: Record, digest: str, outlet: str) -> str:
        """A document not stored yet, unless it copies one stored since the reader looked."""
        from diplowatch.ingest.dedup import fingerprint
        from diplowatch.store import duplicates

        # Checked again here, inside the write transaction: another
        # writer (or an earlier partition) may have stored a copy since.
        print_ = fingerprint(doc.text)
        match = duplicates.find(self._conn, digest, print_)
        if match is not None:
            self._record_copy(doc, digest, match, outlet)
            return "duplicate"
        rowid = self._insert_document(doc, record, digest, None)
        duplicates.remember(self._conn, rowid, print_)
        self._forget_copy(doc.doc_id)
        self._store_mentions(rowid, doc, record)
        return "added"

    def _store_mentions(self, rowid: int, doc: Document, record: Record) -> None:
        """The record's events as mentions of document ``rowid``; their events are folded again."""
        published = merge.iso_day(record.published) or merge.iso_day(doc.published)
        for idx, event in enumerate(record.events):
            self._insert_mention(rowid, idx, event, published, doc.text)
        self.refresh_dirty()

    def refresh_dirty(self) -> None:
        """Fold every event touched since the last refresh again from its mentions."""
        for event_id in sorted(self.dirty):
            refresh.refresh_event(self._conn, event_id)
        self.dirty.clear()

    def _add_copy(self, doc: Document, digest: str, outlet: str) -> str:
        """A document the reader found (near-)identical to an earlier input.

        Counting its events again would double count one report, so it is
        recorded as a copy, measured against the store when it can be: the
        stored original, exact or near, with its similarity.
        """
        from diplowatch.ingest.dedup import fingerprint
        from diplowatch.store import duplicates

        stored = self._conn.execute(
            "SELECT hash FROM documents WHERE doc_id = ?", (doc.doc_id,)
        ).fetchone()
        if stored is not None and stored[0] == digest:
            return "unchanged"  # stored by an earlier run, before its copy
        match = duplicates.find(self._conn, digest, fingerprint(doc.text))
        if match is None:
            match = duplicates.as_found_by_reader(doc, digest, self._conn)
        self._record_copy(doc, digest, match, outlet)
        return "duplicate"

    def _record_copy(self, doc: Document, digest: str, match: Any, outlet: str) -> None:
        """Remember ``doc`` as a copy; the events of its original gain a report."""
        from diplowatch.store import duplicates

        self._forget_copy(doc.doc_id)
        original = duplicates.record(self._conn, doc, digest, match, outlet)
        self.dirty.update(refresh.events_of_documents(self._conn, [original]))
        self.refresh_dirty()

    def _forget_copy(self, doc_id: str) -> None:
        """Drop ``doc_id``'s row as a copy (it is stored, or recorded anew)."""
        row = self._conn.execute(
            "SELECT duplicate_of FROM duplicates WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return
        self._conn.execute("DELETE FROM duplicates WHERE doc_id = ?", (doc_id,))
        self.dirty.update(refresh.events_of_documents(self._conn, [row[0]]))

    def _replace_document(self, doc: Document, record: Record, digest: str, rowid: int) -> None:
        """Drop the stored version of a document (and its mentions) for a new one."""
        self._remove_mentions(rowid)
        self._conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (rowid,))
        self._conn.execute("DELETE FROM documents WHERE id = ?", (rowid,))
        self._insert_document(doc, record, digest, rowid)

    def _insert_document(
        self, doc: Document, record: Record, digest: str, rowid: int | None
    ) -> int:
        """Insert the document's row and its full-text entry; returns its row id."""
        annotations = record.annotations
        title = record.title or doc.title
        url = record.url or doc.url
        source = record.source or doc.source
        # Only a date: a value the pipeline could not read as one is not stored.
        published = record.published or (doc.published if merge.iso_day(doc.published) else None)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        cursor = self._conn.execute(
            _INSERT_DOCUMENT,
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
                json.dumps(_stored_meta(doc, record), ensure_ascii=False, default=str),
                json.dumps(annotations, ensure_ascii=False, default=str),
                record.note,
                self._version(),
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
            self.dirty.add(event_id)
        self._conn.execute("DELETE FROM mentions WHERE doc = ?", (rowid,))

    def _insert_mention(
        self, rowid: int, idx: int, event: Event, published: str | None, text: str
    ) -> None:
        """Store one event of a document as a mention of the merged event it
        joins (``_find_event``), or of a new one, and mark that event for
        its refresh."""
        actors = _stored_actors(event)
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
        self._conn.execute(
            "INSERT INTO mentions (event_id, doc, idx, type, mode, status, date, eff_date,"
            " location, actors, sectors, amounts, counts, trigger, tr_start, tr_end, evidence,"
            " ev_start, ev_end, sentences)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, rowid, idx, *_mention_values(event, status, eff, actors, text)),
        )
        self.dirty.add(event_id)

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


_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, doc_id, hash, title, url, source, outlet, lang, published,"
    " origin, text, meta, annotations, note, extractor_version, ingested_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _stored_meta(doc: Document, record: Record) -> dict[str, Any]:
    """The document's and record's meta in the flat layout the store always had.

    The annotations have a column of their own, so they are left out here.
    """
    meta = {**doc.flat_meta(), **record.flat_meta()}
    meta.pop("annotations", None)
    return meta
