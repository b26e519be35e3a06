"""Streaming export of matching events for ``/api/export``.

Rows are produced batch by batch while the response is sent, so exporting a
million events never holds them in memory. The rows themselves come from the
store's exporter (``diplowatch.store.export``), so a download from the
dashboard and ``diplowatch export`` give the same columns and records.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

from diplowatch.serve.access import Settings, StoreUnavailable, open_store
from diplowatch.serve.params import EventFilters

FORMATS = ("jsonl", "csv", "plover")
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv", "plover": "application/x-ndjson"}
FLUSH_BYTES = 64 * 1024


def _full_events(store: Any, events: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each event with its mentions (what the store's JSONL export writes)."""
    for event in events:
        full = store.event(event["id"])
        if full is not None:
            yield full


def _lines(store: Any, filters: EventFilters, fmt: str, escape_formulas: bool) -> Iterator[str]:
    from diplowatch.store.export import FLAT_COLUMNS, CsvWriter, flat_row, plover_row

    events = store.iter_events(**filters.as_kwargs()) if hasattr(store, "iter_events") else iter(())
    if fmt == "csv":
        buffer = io.StringIO()
        writer = CsvWriter(buffer, FLAT_COLUMNS, escape_formulas=escape_formulas)
        writer.writeheader()
        for event in events:
            writer.writerow(flat_row(event))
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()
        return
    for event in _full_events(store, events):
        row = plover_row(event) if fmt == "plover" else event
        yield json.dumps(row, ensure_ascii=False, default=str) + "\n"


def _chunks(store: Any, filters: EventFilters, fmt: str, escape_formulas: bool) -> Iterator[bytes]:
    pending: list[str] = []
    size = 0
    for line in _lines(store, filters, fmt, escape_formulas):
        pending.append(line)
        size += len(line)
        if size >= FLUSH_BYTES:
            yield "".join(pending).encode("utf-8")
            pending, size = [], 0
    if pending:
        yield "".join(pending).encode("utf-8")


def stream(
    settings: Settings, filters: EventFilters, fmt: str, *, escape_formulas: bool = True
) -> Iterator[bytes]:
    """The export as byte chunks of about 64 KB.

    The store is opened and the first chunk produced *before* this returns:
    once the response has started, a database that cannot be read could only
    end it early with status 200, so that is found out while an error status
    (``StoreUnavailable``: 503) can still be sent.
    """
    stack = ExitStack()
    try:
        store = stack.enter_context(open_store(settings))
        chunks = _chunks(store, filters, fmt, escape_formulas)
        first = next(chunks, None)
    except sqlite3.DatabaseError as exc:
        stack.close()
        raise StoreUnavailable(f"{settings.db}: {exc}") from None
    except BaseException:
        stack.close()
        raise

    def rest() -> Iterator[bytes]:
        with stack:
            if first is not None:
                yield first
            yield from chunks

    return rest()
