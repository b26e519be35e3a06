"""Arrow tables for the Parquet output, and the way back to dataclasses.

Three tables per partition:

* ``documents`` — one row per article: the input fields needed to rebuild the
  ``Document`` (text, origin, raw language and date as given) and the
  record's fields (detected ``lang``, normalised ``published``, ``note``).
* ``events`` — one row per event *as reported by one document*, i.e. what the
  store calls a mention; its evidence is inlined (``evidence_text``,
  ``evidence_start``, ``evidence_end``; ``sentences_json`` every sentence
  that tells it when the article tells it more than once), so there is no
  separate mentions table. Actors appear both as ``actor_codes`` (list, for filtering) and
  ``actors_json`` (full detail, for a lossless round trip); ``sectors`` is a
  list, amounts are JSON. Merging reports of one real event across documents
  needs all partitions, so it happens later (``load``, ``query-parquet``).
* ``actors`` — one row per actor taking part in an event (code, agent, role, name):
  the long form that relation queries (pairs of actors) and per-person
  queries need without unpacking JSON.

``seq`` (position in the partition) ties the tables together even when the
same ``doc_id`` occurs twice (``--keep-duplicates``); rows are written in
``seq``/``event_index`` order so two runs over the same input compare equal.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import pyarrow as pa

from diplowatch.model import Actor, Amount, Document, Event, Evidence, Record

TABLES = ("documents", "events", "actors")

_str = pa.string()
_int = pa.int32()

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("partition", _str),
        ("seq", _int),
        ("doc_id", _str),
        ("lang", _str),
        ("published", _str),
        ("title", _str),
        ("url", _str),
        ("source", _str),
        ("note", _str),
        ("n_events", _int),
        ("origin", _str),
        ("input_lang", _str),
        ("input_published", _str),
        ("meta_json", _str),
        ("record_meta_json", _str),
        ("text", _str),
    ]
)

EVENTS_SCHEMA = pa.schema(
    [
        ("partition", _str),
        ("seq", _int),
        ("doc_id", _str),
        ("event_index", _int),
        ("type", _str),
        ("mode", _str),
        ("status", _str),
        ("date", _str),
        ("location", _str),
        ("actor_codes", pa.list_(_str)),
        ("actors_json", _str),
        ("sectors", pa.list_(_str)),
        ("amounts_json", _str),
        ("evidence_text", _str),
        ("evidence_start", pa.int64()),
        ("evidence_end", pa.int64()),
        ("trigger", _str),
        ("counts_json", _str),
        ("sentences_json", _str),
    ]
)

ACTORS_SCHEMA = pa.schema(
    [
        ("partition", _str),
        ("seq", _int),
        ("doc_id", _str),
        ("event_index", _int),
        ("actor_index", _int),
        ("code", _str),
        ("role", _str),
        ("name", _str),
        ("name_latin", _str),
        ("agent", _str),
    ]
)

SCHEMAS = {"documents": DOCUMENTS_SCHEMA, "events": EVENTS_SCHEMA, "actors": ACTORS_SCHEMA}


def _dumps(value: Any) -> str:
    # Sorted keys: equal values always serialise to equal strings.
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _actor_dict(actor: Actor) -> dict[str, Any]:
    return {
        "code": actor.code,
        "role": actor.role,
        "name": actor.name,
        "name_latin": actor.name_latin,
        "agent": actor.agent,
        "former": actor.former,
    }


def _amount_dict(amount: Amount) -> dict[str, Any]:
    return {
        "value": amount.value,
        "currency": amount.currency,
        "kind": amount.kind,
        "text": amount.text,
        "approx": amount.approx,
        "upper": amount.upper,
    }


def to_tables(partition: str, pairs: Sequence[tuple[Document, Record]]) -> dict[str, pa.Table]:
    """The three tables of one partition, rows in input order."""
    docs: dict[str, list[Any]] = {name: [] for name in DOCUMENTS_SCHEMA.names}
    events: dict[str, list[Any]] = {name: [] for name in EVENTS_SCHEMA.names}
    actors: dict[str, list[Any]] = {name: [] for name in ACTORS_SCHEMA.names}
    for seq, (doc, record) in enumerate(pairs):
        _append(docs, _document_row(partition, seq, doc, record))
        for index, event in enumerate(record.events):
            keys = {"partition": partition, "seq": seq, "doc_id": record.doc_id}
            _append(events, _event_row(keys, index, event))
            for actor_index, actor in enumerate(event.actors):
                _append(actors, _actor_row(keys, index, actor_index, actor))
    return {
        "documents": pa.Table.from_pydict(docs, schema=DOCUMENTS_SCHEMA),
        "events": pa.Table.from_pydict(events, schema=EVENTS_SCHEMA),
        "actors": pa.Table.from_pydict(actors, schema=ACTORS_SCHEMA),
    }


def _append(columns: dict[str, list[Any]], row: dict[str, Any]) -> None:
    """Add one row to column lists (Arrow builds a table from columns)."""
    for key, value in row.items():
        columns[key].append(value)


def _document_row(partition: str, seq: int, doc: Document, record: Record) -> dict[str, Any]:
    """One ``documents`` row: what rebuilds the Document plus the record's own fields."""
    return {
        "partition": partition,
        "seq": seq,
        "doc_id": record.doc_id,
        "lang": record.lang,
        "published": record.published,
        "title": record.title,
        "url": record.url,
        "source": record.source,
        "note": record.note,
        "n_events": len(record.events),
        "origin": doc.origin,
        "input_lang": doc.lang,
        "input_published": doc.published,
        # Flat, as Parquet folders have always spelt them (``flat_meta``).
        "meta_json": _dumps(doc.flat_meta()),
        "record_meta_json": _dumps(record.flat_meta()),
        "text": doc.text,
    }


def _event_row(keys: dict[str, Any], index: int, event: Event) -> dict[str, Any]:
    """One ``events`` row, evidence inlined and actors both as codes and as JSON."""
    evidence = event.evidence
    return {
        **keys,
        "event_index": index,
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "date": event.date,
        "location": event.location,
        "actor_codes": [a.code for a in event.actors],
        "actors_json": _dumps([_actor_dict(a) for a in event.actors]),
        "sectors": list(event.sectors),
        "amounts_json": _dumps([_amount_dict(m) for m in event.amounts]),
        "evidence_text": evidence.text if evidence else None,
        "evidence_start": evidence.start if evidence else None,
        "evidence_end": evidence.end if evidence else None,
        "trigger": event.trigger,
        "counts_json": _dumps(event.counts),
        # Every sentence that tells the event, when more than one does.
        "sentences_json": _dumps([vars(s) for s in event.sentences]) if event.sentences else None,
    }


def _actor_row(keys: dict[str, Any], index: int, actor_index: int, actor: Actor) -> dict[str, Any]:
    """One ``actors`` row: the long form relation and person queries read."""
    return {
        **keys,
        "event_index": index,
        "actor_index": actor_index,
        "code": actor.code,
        "role": actor.role,
        "name": actor.name,
        "name_latin": actor.name_latin,
        "agent": actor.agent,
    }


def _event_from_row(row: dict[str, Any]) -> Event:
    start, end, text = row["evidence_start"], row["evidence_end"], row["evidence_text"]
    return Event(
        type=row["type"],
        mode=row["mode"],
        status=row["status"],
        actors=[Actor(**a) for a in json.loads(row["actors_json"])],
        date=row["date"],
        location=row["location"],
        sectors=list(row["sectors"] or []),
        amounts=[Amount(**m) for m in json.loads(row["amounts_json"])],
        evidence=Evidence(text=text, start=start, end=end) if start is not None else None,
        trigger=row["trigger"],
        counts=json.loads(row.get("counts_json") or "{}"),
        sentences=[Evidence(**s) for s in json.loads(row.get("sentences_json") or "[]")],
    )


def from_tables(documents: pa.Table, events: pa.Table) -> Iterator[tuple[Document, Record]]:
    """Rebuild ``(Document, Record)`` pairs of one partition, in ``seq`` order.

    Equal to what ``to_tables`` was given: the round trip is lossless, which
    is what lets ``diplowatch load`` feed the store exactly what a local run
    would have.
    """
    by_seq: dict[int, list[tuple[int, Event]]] = defaultdict(list)
    for row in events.to_pylist():
        by_seq[row["seq"]].append((row["event_index"], _event_from_row(row)))
    for row in sorted(documents.to_pylist(), key=lambda r: r["seq"]):
        doc = Document(
            doc_id=row["doc_id"],
            text=row["text"],
            lang=row["input_lang"],
            published=row["input_published"],
            title=row["title"],
            url=row["url"],
            source=row["source"],
            origin=row["origin"],
            meta=json.loads(row["meta_json"]),
        )
        doc.take_flat_meta()
        record = Record(
            doc_id=row["doc_id"],
            lang=row["lang"],
            published=row["published"],
            title=row["title"],
            events=[event for _, event in sorted(by_seq.get(row["seq"], []), key=lambda p: p[0])],
            url=row["url"],
            source=row["source"],
            note=row["note"],
            meta=json.loads(row["record_meta_json"]),
        )
        record.take_flat_meta()
        yield doc, record
