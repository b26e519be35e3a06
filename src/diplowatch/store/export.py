"""Exports of the merged events: JSON Lines, CSV, Parquet and PLOVER JSON Lines.

CSV and Parquet share one flat, GDELT-like row (one line per merged event,
first two actors as actor1/actor2, counts of mentions, sources and articles);
JSON Lines keeps the full event with every mention; ``plover`` reads our
types the PLOVER manual's way (see ``store.plover.plover_type``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from diplowatch.store import plover
from diplowatch.store.db import Store
from diplowatch.store.render import actor_codes

FORMATS = ("jsonl", "csv", "parquet", "plover")

#: A spreadsheet runs a cell starting with one of these as a formula
#: (OWASP "CSV injection"); article text can start with anything.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: Any) -> Any:
    """``value`` with a leading ``'`` when a spreadsheet would read it as a formula.

    Only text cells are touched: a negative number stays a number.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class CsvWriter:
    """``csv.DictWriter`` that escapes formula cells unless told not to.

    Escaping is the default because a CSV is usually opened in a
    spreadsheet; pipelines that want the raw values turn it off
    (``--no-escape-formulas``, ``escape_formulas=false``).
    """

    def __init__(self, out: IO[str], columns: Any, *, escape_formulas: bool = True) -> None:
        self._writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        self.escape = escape_formulas

    def writeheader(self) -> None:
        self._writer.writeheader()

    def writerow(self, row: dict[str, Any]) -> None:
        if self.escape:
            row = {key: formula_safe(value) for key, value in row.items()}
        self._writer.writerow(row)


FLAT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "date",
    "actor1_code",
    "actor1_name",
    "actor1_role",
    "actor2_code",
    "actor2_name",
    "actor2_role",
    "other_actors",
    "event_type",
    "mode",
    "status",
    "quad_class",
    "score",
    "num_mentions",
    "num_sources",
    "num_articles",
    "location",
    "sectors",
    "amounts",
    "first_seen",
    "last_seen",
    "source_url",
    "evidence_doc_id",
    "evidence",
)

_INT_COLUMNS = {"event_id", "quad_class", "num_mentions", "num_sources", "num_articles"}


def _actor(event: dict[str, Any], code: str | None) -> tuple[str | None, str | None]:
    """Name and role of the best-described actor entry with this code."""
    for actor in event["actors"]:
        if actor.get("code") == code and (actor.get("name") or actor.get("role")):
            return actor.get("name"), actor.get("role")
    return None, None


def flat_row(event: dict[str, Any]) -> dict[str, Any]:
    codes = actor_codes(event)
    first = codes[0] if codes else None
    second = codes[1] if len(codes) > 1 else None
    name1, role1 = _actor(event, first)
    name2, role2 = _actor(event, second)
    return {
        "event_id": event["id"],
        "date": event["date"],
        "actor1_code": first,
        "actor1_name": name1,
        "actor1_role": role1,
        "actor2_code": second,
        "actor2_name": name2,
        "actor2_role": role2,
        "other_actors": ";".join(codes[2:]),
        "event_type": event["type"],
        "mode": event["mode"],
        "status": event["status"],
        "quad_class": event["quad_class"],
        "score": event["score"],
        "num_mentions": event["num_mentions"],
        "num_sources": event["num_sources"],
        "num_articles": event["num_articles"],
        "location": event["location"],
        "sectors": ";".join(event["sectors"]),
        "amounts": ";".join(f"{a.get('value'):g} {a.get('currency')}" for a in event["amounts"]),
        "first_seen": event["first_seen"],
        "last_seen": event["last_seen"],
        "source_url": event["source_url"],
        "evidence_doc_id": event["evidence_doc_id"],
        "evidence": event["evidence"],
    }


def plover_row(event: dict[str, Any]) -> dict[str, Any]:
    codes = actor_codes(event)
    first = codes[0] if codes else None
    second = codes[1] if len(codes) > 1 else None
    mention = event["mentions"][0] if event.get("mentions") else {}
    evidence = mention.get("evidence") or {}
    return {
        "id": f"diplowatch-{event['id']}",
        "date": event["date"],
        "event": plover.plover_type(
            event["type"], event["mode"], event["status"], event["amounts"]
        ),
        "mode": event["mode"],
        "context": event["sectors"],
        "actor": first,
        "actor_text": _actor(event, first)[0],
        "recipient": second,
        "recipient_text": _actor(event, second)[0],
        "other_actors": codes[2:],
        "event_text": event["evidence"],
        "text_info": {
            "doc_id": mention.get("doc_id"),
            "language": mention.get("lang"),
            "title": mention.get("title"),
            "evidence_start": evidence.get("start"),
            "evidence_end": evidence.get("end"),
        },
        "cite_info": {
            "url": mention.get("url"),
            "source": mention.get("source") or mention.get("outlet"),
            "publication_date": mention.get("published"),
            "num_mentions": event["num_mentions"],
            "num_sources": event["num_sources"],
            "num_articles": event["num_articles"],
        },
        "diplowatch": {
            "type": event["type"],
            "status": event["status"],
            "quad_class": event["quad_class"],
            "score": event["score"],
            "location": event["location"],
            "amounts": event["amounts"],
        },
    }


def _with_mentions(store: Store, events: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for event in events:
        full = store.event(event["id"])
        if full is not None:
            yield full


def export(
    store: Store, fmt: str, out: IO[Any], *, escape_formulas: bool = True, **filters: Any
) -> int:
    """Write every matching event to ``out`` (binary for parquet); returns the count.

    CSV cells that a spreadsheet would run as formulas get a leading ``'``
    unless ``escape_formulas`` is False.
    """
    events = store.iter_events(**filters)
    count = 0
    if fmt == "jsonl":
        for event in _with_mentions(store, events):
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "plover":
        for event in _with_mentions(store, events):
            out.write(json.dumps(plover_row(event), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "csv":
        writer = CsvWriter(out, FLAT_COLUMNS, escape_formulas=escape_formulas)
        writer.writeheader()
        for event in events:
            writer.writerow(flat_row(event))
            count += 1
    elif fmt == "parquet":
        count = _write_parquet(events, out)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return count


def _write_parquet(events: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    for name in FLAT_COLUMNS:
        if name in _INT_COLUMNS:
            fields.append(pa.field(name, pa.int64()))
        elif name == "score":
            fields.append(pa.field(name, pa.float64()))
        else:
            fields.append(pa.field(name, pa.string()))
    schema = pa.schema(fields)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(flat_row(event))
            if len(batch) >= 10_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
