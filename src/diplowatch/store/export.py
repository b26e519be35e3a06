"""Exports of the merged events: JSON Lines, CSV, Parquet and PLOVER JSON Lines.

CSV and Parquet share one flat, GDELT-like row (one line per merged event,
first two parties as actor1/actor2 with their agent, the counts of people
the texts state, counts of mentions, sources and articles); JSON Lines keeps
the full event with every mention; ``plover`` reads our types the PLOVER
manual's way (see ``store.plover.plover_type``) and writes PLOVER's
``actor_sector``/``recipient_sector`` from the agents.

CSV starts with a UTF-8 byte order mark by default: without it Excel reads
the file in the local code page and Arabic or Persian text turns to
mojibake. Parquet keeps types: dates are dates, sectors and other actors
are lists, counts are integers.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from diplowatch.model import COUNT_KEYS
from diplowatch.store import plover
from diplowatch.store.db import Store
from diplowatch.store.filters import EventFilter
from diplowatch.store.render import actor_units, unit_label

FORMATS = ("jsonl", "csv", "parquet", "plover")
BOM = "\ufeff"

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
        row = {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
        if self.escape:
            row = {key: formula_safe(value) for key, value in row.items()}
        self._writer.writerow(row)


FLAT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "date",
    "actor1_code",
    "actor1_agent",
    "actor1_name",
    "actor1_role",
    "actor2_code",
    "actor2_agent",
    "actor2_name",
    "actor2_role",
    "other_actors",
    "event_type",
    "mode",
    "status",
    "quad_class",
    "score",
    *COUNT_KEYS,
    "num_mentions",
    "num_sentences",
    "num_sources",
    "num_articles",
    "num_copies",
    "location",
    "sectors",
    "amounts",
    "first_seen",
    "last_seen",
    "source_url",
    "evidence_doc_id",
    "evidence",
)

_INT_COLUMNS = {
    "event_id",
    "quad_class",
    "num_mentions",
    "num_sentences",
    "num_sources",
    "num_articles",
    "num_copies",
    *COUNT_KEYS,
}
_DATE_COLUMNS = {"date", "first_seen", "last_seen"}
_LIST_COLUMNS = {"sectors", "other_actors"}


def _unit(units: list[dict[str, Any]], index: int) -> dict[str, Any]:
    return units[index] if len(units) > index else {}


def flat_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as the flat CSV/Parquet row (lists stay lists; CSV joins them with ';')."""
    units = actor_units(event)
    first, second = _unit(units, 0), _unit(units, 1)
    counts = event.get("counts") or {}
    return {
        "event_id": event["id"],
        "date": event["date"],
        "actor1_code": first.get("code"),
        "actor1_agent": first.get("agent"),
        "actor1_name": first.get("name"),
        "actor1_role": first.get("role"),
        "actor2_code": second.get("code"),
        "actor2_agent": second.get("agent"),
        "actor2_name": second.get("name"),
        "actor2_role": second.get("role"),
        "other_actors": [unit_label(u) for u in units[2:]],
        "event_type": event["type"],
        "mode": event["mode"],
        "status": event["status"],
        "quad_class": event["quad_class"],
        "score": event["score"],
        **{key: counts.get(key) for key in COUNT_KEYS},
        "num_mentions": event["num_mentions"],
        "num_sentences": event.get("num_sentences"),
        "num_sources": event["num_sources"],
        "num_articles": event["num_articles"],
        "num_copies": event.get("num_copies", 0),
        "location": event["location"],
        "sectors": list(event["sectors"]),
        "amounts": ";".join(f"{a.get('value'):g} {a.get('currency')}" for a in event["amounts"]),
        "first_seen": event["first_seen"],
        "last_seen": event["last_seen"],
        "source_url": event["source_url"],
        "evidence_doc_id": event["evidence_doc_id"],
        "evidence": event["evidence"],
    }


def plover_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER record: PLOVER's own fields first, its size
    fields, then where the text and its citation come from and what only
    diplowatch says (type as we read it, status, sums), so nothing is lost."""
    mention = event["mentions"][0] if event.get("mentions") else {}
    counts = event.get("counts") or {}
    row = _plover_core(event)
    # PLOVER's size fields: dead, injured, arrested (and the crowd's size).
    for ours, theirs in _PLOVER_SIZES:
        if ours in counts:
            row[theirs] = counts[ours]
    row["text_info"] = _plover_text_info(mention)
    row["cite_info"] = _plover_cite_info(event, mention)
    row["diplowatch"] = {
        "type": event["type"],
        "status": event["status"],
        "quad_class": event["quad_class"],
        "score": event["score"],
        "location": event["location"],
        "amounts": event["amounts"],
        "counts": counts,
    }
    return row


def _plover_core(event: dict[str, Any]) -> dict[str, Any]:
    """PLOVER's core fields: the event, its mode and context, actor and recipient."""
    units = actor_units(event)
    first, second = _unit(units, 0), _unit(units, 1)
    return {
        "id": f"diplowatch-{event['id']}",
        "date": event["date"],
        "event": plover.plover_type(
            event["type"], event["mode"], event["status"], event["amounts"]
        ),
        "mode": event["mode"],
        "context": event["sectors"],
        "actor": first.get("code"),
        "actor_sector": first.get("agent"),
        "actor_text": first.get("name"),
        "recipient": second.get("code"),
        "recipient_sector": second.get("agent"),
        "recipient_text": second.get("name"),
        "other_actors": [unit_label(u) for u in units[2:]],
        "event_text": event["evidence"],
    }


#: Our counts of people and PLOVER's name for each.
_PLOVER_SIZES = (
    ("killed", "dead"),
    ("wounded", "injured"),
    ("arrested", "arrested"),
    ("participants", "size"),
)


def _plover_text_info(mention: dict[str, Any]) -> dict[str, Any]:
    """PLOVER's ``text_info``: which document, and where its evidence stands
    (offsets into the original text, so a reader can find the sentence)."""
    evidence = mention.get("evidence") or {}
    return {
        "doc_id": mention.get("doc_id"),
        "language": mention.get("lang"),
        "title": mention.get("title"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
    }


def _plover_cite_info(event: dict[str, Any], mention: dict[str, Any]) -> dict[str, Any]:
    """PLOVER's ``cite_info``: the first mention's page and outlet, and how
    widely the event was reported."""
    return {
        "url": mention.get("url"),
        "source": mention.get("source") or mention.get("outlet"),
        "publication_date": mention.get("published"),
        "num_mentions": event["num_mentions"],
        "num_sentences": event.get("num_sentences"),
        "num_sources": event["num_sources"],
        "num_articles": event["num_articles"],
    }


def _with_mentions(store: Store, events: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for event in events:
        full = store.event(event["id"])
        if full is not None:
            yield full


def export(
    store: Store,
    fmt: str,
    out: IO[Any],
    where: EventFilter | None = None,
    *,
    escape_formulas: bool = True,
    bom: bool = True,
    **filters: Any,
) -> int:
    """Write every matching event to ``out`` (binary for parquet); returns the count.

    CSV cells that a spreadsheet would run as formulas get a leading ``'``
    unless ``escape_formulas`` is False; CSV starts with a byte order mark
    unless ``bom`` is False.
    """
    events = store.iter_events(EventFilter.build(where, **filters))
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
        if bom:
            out.write(BOM)
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
        elif name in _DATE_COLUMNS:
            fields.append(pa.field(name, pa.date32()))
        elif name in _LIST_COLUMNS:
            fields.append(pa.field(name, pa.list_(pa.string())))
        else:
            fields.append(pa.field(name, pa.string()))
    schema = pa.schema(fields)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            row = flat_row(event)
            for name in _DATE_COLUMNS:
                row[name] = _as_date(row[name])
            batch.append(row)
            if len(batch) >= 10_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _as_date(value: Any) -> date | None:
    """An ISO day as a date (None for anything else: Parquet keeps only real dates)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
