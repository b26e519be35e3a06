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
from diplowatch.problems import UserError
from diplowatch.store import merge, plover, stats
from diplowatch.store.fts import (
    CHECK_EVERY,
    SEARCH_SECONDS,
    QueryBudget,
    QueryTooExpensive,
    index_text,
    match_query,
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
    "e.quad_class, e.score, e.first_mention"
)

_ORDERS = {
    "date_desc": "{date} DESC, e.id DESC",
    "date_asc": "{date} ASC, e.id ASC",
    "mentions_desc": "e.num_mentions DESC, e.id DESC",
    "articles_desc": "e.num_articles DESC, e.num_mentions DESC, e.id DESC",
    "id": "e.id ASC",
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


def _as_list(value: str | Sequence[str] | None, *, upper: bool = False) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    cleaned = [item.strip() for item in items if item and item.strip()]
    return [item.upper() for item in cleaned] if upper else cleaned


def _check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    value = str(value).strip()
    parts = value.split("-")
    ok = 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4
    ok = ok and all(len(p) == 2 for p in parts[1:])
    if not ok:
        raise UserError(f"--{name} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


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
            duplicates.record(conn, doc, digest, match, outlet)
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
                duplicates.record(conn, doc, digest, match, outlet)
                return "duplicate"
            rowid = self._insert_document(doc, record, digest, None)
            duplicates.remember(conn, rowid, print_)
            conn.execute("DELETE FROM duplicates WHERE doc_id = ?", (doc.doc_id,))
            result = "added"
        published = merge.iso_day(record.published or doc.published)
        for idx, event in enumerate(record.events):
            self._insert_mention(rowid, idx, event, published)
        for event_id in sorted(self._dirty):
            self._refresh_event(event_id)
        self._dirty.clear()
        return result

    def _insert_document(
        self, doc: Document, record: Record, digest: str, rowid: int | None
    ) -> int:
        meta = {**doc.meta, **record.meta}
        annotations = meta.pop("annotations", None) or []
        title = record.title or doc.title
        url = record.url or doc.url
        source = record.source or doc.source
        published = record.published or doc.published
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

    def _insert_mention(self, rowid: int, idx: int, event: Any, published: str | None) -> None:
        actors = [
            {k: v for k, v in vars(a).items() if v is not None and v is not False}
            for a in event.actors
            if a.code
        ]
        key = merge.actor_key(a["code"] for a in actors)
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
        self._conn.execute(
            "INSERT INTO mentions (event_id, doc, idx, type, mode, status, date, eff_date,"
            " location, actors, sectors, amounts, trigger, evidence, ev_start, ev_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                event.trigger,
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

    def _refresh_event(self, event_id: int) -> None:
        """Recompute an event's aggregates and index rows from its mentions."""
        conn = self._conn
        rows = conn.execute(
            "SELECT m.id, m.type, m.mode, m.status, m.eff_date, m.location, m.actors, m.sectors,"
            " m.amounts, m.doc, d.outlet, d.published, d.ingested_at"
            " FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.event_id = ? ORDER BY m.id",
            (event_id,),
        ).fetchall()
        old = stats.EventRows.load(conn, event_id)
        if not rows:
            self._reindex(event_id, old, stats.EventRows(), [])
            conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            return
        first = rows[0]
        event_type, status, day = first[1], first[3], first[4]
        location = next((r[5] for r in rows if r[5]), None)
        modes = Counter(r[2] for r in rows if r[2])
        mode = modes.most_common(1)[0][0] if modes else None
        actors: list[dict[str, Any]] = []
        seen_actors: set[tuple[Any, ...]] = set()
        sectors: list[str] = []
        amounts: list[dict[str, Any]] = []
        seen_amounts: set[tuple[Any, ...]] = set()
        seen_days: list[str] = []
        for row in rows:
            for actor in json.loads(row[6]):
                ident = (actor.get("code"), actor.get("role"), actor.get("name"))
                if ident not in seen_actors:
                    seen_actors.add(ident)
                    actors.append(actor)
            for sector in json.loads(row[7]):
                if sector not in sectors:
                    sectors.append(sector)
            for amount in json.loads(row[8]):
                ident = (amount.get("value"), amount.get("currency"), amount.get("kind"))
                if ident not in seen_amounts:
                    seen_amounts.add(ident)
                    amounts.append(amount)
            seen_days.append(merge.iso_day(row[11]) or str(row[12])[:10])
        # A bare {"code"} adds nothing next to a named entry with that code.
        described = {a["code"] for a in actors if len(a) > 1}
        actors = [a for a in actors if len(a) > 1 or a["code"] not in described]
        quad = plover.quad_class(event_type)
        score = plover.score(event_type, status)
        conn.execute(
            "UPDATE events SET mode = ?, date = ?, location = ?, actors = ?, sectors = ?,"
            " amounts = ?, num_mentions = ?, num_sources = ?, num_articles = ?, first_seen = ?,"
            " last_seen = ?, quad_class = ?, score = ?, first_mention = ? WHERE id = ?",
            (
                mode,
                day,
                location,
                json.dumps(actors, ensure_ascii=False),
                json.dumps(sectors, ensure_ascii=False),
                json.dumps(amounts, ensure_ascii=False),
                len(rows),
                len({r[10] for r in rows}),
                len({r[9] for r in rows}),
                min(seen_days),
                max(seen_days),
                quad,
                score,
                first[0],
                event_id,
            ),
        )
        by_code: dict[str, dict[str, Any]] = {}
        for actor in actors:
            code = actor["code"]
            if code not in by_code or (not by_code[code].get("name") and actor.get("name")):
                by_code[code] = actor
        weighted = plover.weighted_quad(event_type, status)
        new = stats.EventRows(
            pairs=[
                (a, b, day, event_type, weighted, score) for a in by_code for b in by_code if a != b
            ],
            sectors=list(sectors),
            actors=[(code, day, event_type) for code in by_code],
        )
        actor_rows = [
            (event_id, code, a.get("role"), a.get("name"), day, event_type)
            for code, a in by_code.items()
        ]
        self._reindex(event_id, old, new, actor_rows)

    def _reindex(
        self,
        event_id: int,
        old: stats.EventRows,
        new: stats.EventRows,
        actor_rows: list[tuple[Any, ...]],
    ) -> None:
        """Replace an event's index rows and move its counts between buckets.

        A new mention of a known event usually changes nothing here (same
        date, actors and sectors): then only the actor names are refreshed.
        """
        conn = self._conn
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

    # -- reading: events -------------------------------------------------

    def _event_filter(
        self,
        *,
        actor: str | None = None,
        partner: str | None = None,
        type: str | Sequence[str] | None = None,  # noqa: A002 - the API's name
        status: str | Sequence[str] | None = None,
        sector: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | Sequence[str] | None = None,
        source: str | Sequence[str] | None = None,
    ) -> tuple[str, list[Any], str, str]:
        """FROM/WHERE clause, its parameters, the date column to sort on, and
        the same clause without the join to ``events`` when no condition
        needs it (counting a busy actor's events then reads one index).
        """
        params: list[Any] = []
        where: list[str] = []
        actor = actor.strip().upper() if actor else None
        partner = partner.strip().upper() if partner else None
        if actor and partner:
            source_sql = "event_pairs x"
            where += ["x.focus = ?", "x.partner = ?"]
            params += [actor, partner]
            date_col = "x.date"
        elif actor or partner:
            source_sql = "event_actors x"
            where.append("x.code = ?")
            params.append(actor or partner)
            date_col = "x.date"
        else:
            source_sql = ""
            date_col = "e.date"
        ref = "x.event_id" if source_sql else "e.id"
        types = _as_list(type, upper=True)
        if types:
            where.append(f"{'x' if source_sql else 'e'}.type IN ({_placeholders(types)})")
            params += types
        statuses = _as_list(status)
        if statuses:
            where.append(f"e.status IN ({_placeholders(statuses)})")
            params += statuses
        sectors = _as_list(sector)
        if sectors:
            where.append(
                f"EXISTS (SELECT 1 FROM event_sectors s WHERE s.event_id = {ref}"
                f" AND s.sector IN ({_placeholders(sectors)}))"
            )
            params += sectors
        low = _check_date(since, "since")
        high = _check_date(until, "until")
        if low:
            where.append(f"{date_col} >= ?")
            params.append(low)
        if high:
            where.append(f"{date_col} <= ?")
            params.append(high + "~")  # '~' sorts after digits: "2024-04" covers the month
        langs = _as_list(lang)
        if langs:
            where.append(
                "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.doc"
                f" WHERE m.event_id = {ref} AND d.lang IN ({_placeholders(langs)}))"
            )
            params += langs
        sources = _as_list(source)
        if sources:
            marks = _placeholders(sources)
            where.append(
                "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.doc"
                f" WHERE m.event_id = {ref} AND (d.source IN ({marks}) OR d.outlet IN ({marks})))"
            )
            params += sources + sources
        condition = " WHERE " + " AND ".join(where) if where else ""
        joined = f"{source_sql} JOIN events e ON e.id = x.event_id" if source_sql else "events e"
        bare = source_sql if source_sql and not statuses else joined
        return joined + condition, params, date_col, bare + condition

    def events(
        self,
        *,
        limit: int | None = 50,
        offset: int = 0,
        order: str = "date_desc",
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """Merged events matching the filters (see ``_event_filter``), newest first.

        Each dict: id, type, mode, status, date, location, actors, sectors,
        amounts, num_mentions, num_sources, num_articles, first_seen,
        last_seen, quad_class, score, evidence (text of the first mention),
        evidence_doc_id, source_url.
        """
        if order not in _ORDERS:
            raise UserError(f"order {order!r}: expected one of {', '.join(_ORDERS)}")
        clause, params, date_col, _ = self._event_filter(**filters)
        order_sql = _ORDERS[order].format(date=date_col)
        sql = f"SELECT {_EVENT_COLUMNS} FROM {clause} ORDER BY {order_sql} LIMIT ? OFFSET ?"
        with self._lock:
            rows = self._conn.execute(
                sql, [*params, -1 if limit is None else int(limit), int(offset)]
            ).fetchall()
            return self._event_dicts(rows)

    def count_events(self, **filters: Any) -> int:
        for ignored in ("limit", "offset", "order"):
            filters.pop(ignored, None)
        _, params, _, bare = self._event_filter(**filters)
        with self._lock:
            return int(self._conn.execute(f"SELECT count(*) FROM {bare}", params).fetchone()[0])

    def iter_events(self, batch: int = 2000, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching event in id order, fetched in batches (for exports)."""
        clause, params, _, _ = self._event_filter(**filters)
        joiner = " AND " if " WHERE " in clause else " WHERE "
        last = 0
        while True:
            sql = f"SELECT {_EVENT_COLUMNS} FROM {clause}{joiner}e.id > ? ORDER BY e.id LIMIT ?"
            with self._lock:
                rows = self._conn.execute(sql, [*params, last, batch]).fetchall()
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
                    "num_mentions": r[9],
                    "num_sources": r[10],
                    "num_articles": r[11],
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
        """One event with every mention (document, outlet, evidence offsets)."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id = ?", (int(event_id),)
            ).fetchall()
            if not rows:
                return None
            event = self._event_dicts(rows)[0]
            event["mentions"] = [
                {
                    "doc_id": m[0],
                    "title": m[1],
                    "url": m[2],
                    "source": m[3],
                    "lang": m[4],
                    "published": m[5],
                    "outlet": m[6],
                    "date": m[7],
                    "evidence": {"text": m[8], "start": m[9], "end": m[10]} if m[8] else None,
                }
                for m in self._conn.execute(
                    "SELECT d.doc_id, d.title, d.url, d.source, d.lang, d.published, d.outlet,"
                    " m.date, m.evidence, m.ev_start, m.ev_end FROM mentions m"
                    " JOIN documents d ON d.id = m.doc WHERE m.event_id = ? ORDER BY m.id",
                    (int(event_id),),
                )
            ]
        return event

    # -- reading: relations ----------------------------------------------

    def _cover(
        self, since: str | None, until: str | None, *, months_only: bool = False
    ) -> stats.Cover:
        low, high = _check_date(since, "since"), _check_date(until, "until")
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
        focus = focus.strip().upper()
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
        """Events per month and type involving ``focus`` (and ``partner``)."""
        focus = focus.strip().upper()
        key = [focus, partner.strip().upper()] if partner else [focus]
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
        """Documents matching every word of ``text`` (diacritics/variants ignored).

        ``snippet`` marks matches with [ ]; ``snippet_html`` is escaped HTML
        with <mark> around matches. Both show the normalised text. A query
        running longer than ``max_seconds`` (or ``max_steps`` SQLite steps) is
        stopped with ``QueryTooExpensive``; ``last_search_steps`` tells what
        the last search cost.
        """
        import html

        query = match_query(text)
        if query is None:
            return []
        sql = (
            "SELECT d.doc_id, d.title, d.lang, d.published, d.url, d.source,"
            " snippet(documents_fts, 1, char(2), char(3), '…', 16)"
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
        for doc_id, title, lang_, published, url, source, snippet in rows:
            snippet = snippet or ""
            out.append(
                {
                    "doc_id": doc_id,
                    "title": title,
                    "lang": lang_,
                    "published": published,
                    "url": url,
                    "source": source,
                    "snippet": snippet.replace("\x02", "[").replace("\x03", "]"),
                    "snippet_html": html.escape(snippet)
                    .replace("\x02", "<mark>")
                    .replace("\x03", "</mark>"),
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
                "SELECT m.event_id, m.evidence, m.ev_start, m.ev_end, m.trigger FROM mentions m"
                " WHERE m.doc = ? ORDER BY m.idx",
                (row[0],),
            ).fetchall()
            ids = sorted({m[0] for m in mentions})
            merged = {}
            if ids:
                rows = self._conn.execute(
                    f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN ({_placeholders(ids)})",
                    ids,
                ).fetchall()
                merged = {e["id"]: e for e in self._event_dicts(rows)}
        events = []
        for event_id, text, start, end, trigger in mentions:
            event = dict(merged[event_id])
            event["evidence"] = {"text": text, "start": start, "end": end} if text else None
            event["trigger"] = trigger
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
        }

    def stats(self) -> dict[str, Any]:
        with self._lock:
            one = self._conn.execute
            return {
                "documents": one("SELECT count(*) FROM documents").fetchone()[0],
                "events": one("SELECT count(*) FROM events").fetchone()[0],
                "mentions": one("SELECT count(*) FROM mentions").fetchone()[0],
                "duplicates": one("SELECT count(*) FROM duplicates").fetchone()[0],
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
