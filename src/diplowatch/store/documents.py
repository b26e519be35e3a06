"""Reading stored documents: one document with its events, full-text search, copies."""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from diplowatch.problems import UserError
from diplowatch.store.fts import CHECK_EVERY, SEARCH_SECONDS, QueryBudget, QueryTooExpensive
from diplowatch.store.fts import parse_query as parse_search
from diplowatch.store.rows import (
    COPY_COLUMNS,
    EVENT_COLUMNS,
    copies_of,
    copy_dict,
    event_dicts,
    loads,
    placeholders,
)
from diplowatch.store.spans import trigger_span

_DOCUMENT_COLUMNS = (
    "id, doc_id, title, url, source, lang, published, text, meta, annotations,"
    " note, extractor_version, ingested_at, outlet"
)


def _document_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    """A ``_DOCUMENT_COLUMNS`` row as the API shows it (without events and copies)."""
    return {
        "doc_id": row[1],
        "title": row[2],
        "url": row[3],
        "source": row[4],
        "lang": row[5],
        "published": row[6],
        "text": row[7],
        "meta": loads(row[8], {}),
        "annotations": loads(row[9], []),
        "note": row[10],
        "extractor_version": row[11],
        "ingested_at": row[12],
        "outlet": row[13],
    }


def _reported_event(merged: dict[str, Any], mention: tuple[Any, ...], text: str) -> dict[str, Any]:
    """A merged event as one document reports it: its evidence and trigger there."""
    _, evidence_text, start, end, trigger, tr_start, tr_end = mention
    event = dict(merged)
    event["evidence"] = (
        {"text": evidence_text, "start": start, "end": end} if evidence_text else None
    )
    span = (tr_start, tr_end) if tr_start is not None else None
    if span is None and trigger and evidence_text:  # stored before version 4
        span = trigger_span(text, event["evidence"], trigger)
    event["trigger"] = text[span[0] : span[1]] if span else trigger
    event["trigger_span"] = list(span) if span else None
    return event


def _search_sql(query: str, lang: str | None, limit: int, offset: int) -> tuple[str, list[Any]]:
    """The full-text query, best match first, with its parameters; a
    language filter only when one is asked for."""
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
    return sql, params


def _search_hit(row: tuple[Any, ...], snip: tuple[str, str]) -> dict[str, Any]:
    """One search result: the document's fields and its snippet around the
    terms, plain and marked up (the body itself is not returned)."""
    doc_id, title, lang_, published, url, source, _body = row
    plain, rich = snip
    return {
        "doc_id": doc_id,
        "title": title,
        "lang": lang_,
        "published": published,
        "url": url,
        "source": source,
        "snippet": plain,
        "snippet_html": rich,
    }


class DocumentQueries:
    """The document questions of ``Store``, on its connection and under its lock."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock
        self.last_search_steps = 0

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
        """See ``Store.search``."""
        from diplowatch.store.variants import snippet

        parsed = parse_search(text)
        if parsed is None:
            return []
        query, terms = parsed
        sql, params = _search_sql(query, lang, limit, offset)
        rows = self._budgeted(text, sql, params, QueryBudget(max_seconds, max_steps))
        # the body is the row's last column: only its snippet is returned
        return [_search_hit(row, snippet(row[-1] or "", terms)) for row in rows]

    def _budgeted(
        self, text: str, sql: str, params: list[Any], budget: QueryBudget
    ) -> list[tuple[Any, ...]]:
        """The rows of a full-text query run under a budget of time and
        steps: a search of common words or many prefixes can hold the lock
        for minutes, so it is stopped and told in words the user can act
        on; other SQLite errors (a malformed query) are the user's too.
        Records the steps taken (``last_search_steps``)."""
        with self._lock:
            self._conn.set_progress_handler(budget, CHECK_EVERY)
            try:
                rows: list[tuple[Any, ...]] = self._conn.execute(sql, params).fetchall()
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
        return rows

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """See ``Store.document``."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ?", (doc_id,)
            ).fetchone()
            if row is None:
                return None
            mentions = self._conn.execute(
                "SELECT m.event_id, m.evidence, m.ev_start, m.ev_end, m.trigger, m.tr_start,"
                " m.tr_end FROM mentions m WHERE m.doc = ? ORDER BY m.idx",
                (row[0],),
            ).fetchall()
            copies = copies_of(self._conn, [row[1]]).get(row[1], [])
            ids = sorted({m[0] for m in mentions})
            merged = {}
            if ids:
                rows = self._conn.execute(
                    f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.id IN ({placeholders(ids)})",
                    ids,
                ).fetchall()
                merged = {e["id"]: e for e in event_dicts(self._conn, rows)}
        events = [_reported_event(merged[m[0]], m, row[7]) for m in mentions]
        return {**_document_dict(row), "events": events, "copies": copies}

    def duplicates(
        self, *, limit: int | None = 50, offset: int = 0, of: str | None = None
    ) -> list[dict[str, Any]]:
        """Recorded copies (newest first), or the copies of document ``of``."""
        sql = f"SELECT {COPY_COLUMNS}, duplicate_of FROM duplicates"
        params: list[Any] = []
        if of is not None:
            sql += " WHERE duplicate_of = ?"
            params.append(of)
        sql += " ORDER BY found_at DESC, doc_id LIMIT ? OFFSET ?"
        params += [-1 if limit is None else int(limit), int(offset)]
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [{**copy_dict(r[:10]), "duplicate_of": r[10]} for r in rows]

    def copy(self, doc_id: str) -> dict[str, Any] | None:
        """The recorded copy ``doc_id`` (with ``duplicate_of``), if it is one."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {COPY_COLUMNS}, duplicate_of FROM duplicates WHERE doc_id = ?",
                (doc_id,),
            ).fetchone()
        return {**copy_dict(row[:10]), "duplicate_of": row[10]} if row else None
