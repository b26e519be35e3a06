"""Streaming export of matching events for ``/api/export``.

Rows are produced batch by batch while the response is sent, so exporting a
million events never holds them in memory. The rows themselves come from the
store's exporter (``diplowatch.store.export``), so a download from the
dashboard and ``diplowatch export`` give the same columns and records.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from diplowatch.serve.access import Settings, open_store
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


def _lines(store: Any, filters: EventFilters, fmt: str) -> Iterator[str]:
    from diplowatch.store.export import FLAT_COLUMNS, flat_row, plover_row

    events = store.iter_events(**filters.as_kwargs()) if hasattr(store, "iter_events") else iter(())
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FLAT_COLUMNS)
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


def stream(settings: Settings, filters: EventFilters, fmt: str) -> Iterator[bytes]:
    """The export as byte chunks of about 64 KB."""
    with open_store(settings) as store:
        pending: list[str] = []
        size = 0
        for line in _lines(store, filters, fmt):
            pending.append(line)
            size += len(line)
            if size >= FLUSH_BYTES:
                yield "".join(pending).encode("utf-8")
                pending, size = [], 0
        if pending:
            yield "".join(pending).encode("utf-8")
