"""Copies of stored articles, found across runs and across partitions.

The reader finds copies within one run (``ingest.dedup``), but the same wire
story ingested next week, or read by two Parquet partitions, would otherwise
be stored twice and its events counted twice. So every stored document keeps
its fingerprint here: the hash of its normalised words (an *exact* copy) and
its MinHash signature with one LSH key per band (a *near* copy, estimated
Jaccard ≥ ``ingest.dedup.THRESHOLD``). A copy is not stored as a document: it
gets a row in ``duplicates`` naming the document it repeats, with its own
title, URL and outlet, so "this story also ran at …" can be shown.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from diplowatch.ingest.dedup import THRESHOLD, Fingerprint, band_keys, similarity
from diplowatch.model import Document

SCHEMA_SQL = """
CREATE TABLE duplicates (
    doc_id TEXT PRIMARY KEY,
    duplicate_of TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
    similarity REAL,
    hash TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    outlet TEXT,
    lang TEXT,
    published TEXT,
    origin TEXT,
    found_at TEXT NOT NULL
);
CREATE INDEX duplicates_of ON duplicates(duplicate_of);
CREATE INDEX duplicates_hash ON duplicates(hash);

CREATE TABLE doc_signatures (
    doc INTEGER PRIMARY KEY,
    content TEXT NOT NULL,
    minhash BLOB
);
CREATE INDEX doc_signatures_content ON doc_signatures(content);

CREATE TABLE doc_lsh (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (band, key, doc)
) WITHOUT ROWID;
CREATE INDEX doc_lsh_doc ON doc_lsh(doc);
"""


@dataclass(frozen=True)
class Match:
    """The stored document a text repeats."""

    doc_id: str
    kind: str  # "exact" | "near"
    similarity: float | None  # estimated Jaccard; None when not known


def find(conn: sqlite3.Connection, digest: str, print_: Fingerprint) -> Match | None:
    """The stored document ``print_`` repeats (same text, same words, or near), if any."""
    row = conn.execute("SELECT doc_id FROM documents WHERE hash = ? LIMIT 1", (digest,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT d.doc_id FROM doc_signatures s JOIN documents d ON d.id = s.doc"
            " WHERE s.content = ? LIMIT 1",
            (print_.content,),
        ).fetchone()
    if row is not None:
        return Match(str(row[0]), "exact", 1.0)
    if print_.minhash is None:
        return None
    best: Match | None = None
    seen: set[int] = set()
    for band, key in enumerate(band_keys(print_.minhash)):
        for doc, blob, doc_id in conn.execute(
            "SELECT s.doc, s.minhash, d.doc_id FROM doc_lsh l"
            " JOIN doc_signatures s ON s.doc = l.doc JOIN documents d ON d.id = l.doc"
            " WHERE l.band = ? AND l.key = ?",
            (band, key),
        ):
            if doc in seen or blob is None:
                continue
            seen.add(doc)
            score = similarity(np.frombuffer(blob, dtype=np.uint32), print_.minhash)
            if score >= THRESHOLD and (best is None or score > (best.similarity or 0.0)):
                best = Match(str(doc_id), "near", score)
    return best


def remember(conn: sqlite3.Connection, rowid: int, print_: Fingerprint) -> None:
    """Keep the fingerprint of stored document ``rowid`` (replacing an old one)."""
    forget(conn, rowid)
    blob = print_.minhash.tobytes() if print_.minhash is not None else None
    conn.execute(
        "INSERT INTO doc_signatures (doc, content, minhash) VALUES (?, ?, ?)",
        (rowid, print_.content, blob),
    )
    if print_.minhash is not None:
        conn.executemany(
            "INSERT OR IGNORE INTO doc_lsh (band, key, doc) VALUES (?, ?, ?)",
            [(band, key, rowid) for band, key in enumerate(band_keys(print_.minhash))],
        )


def forget(conn: sqlite3.Connection, rowid: int) -> None:
    conn.execute("DELETE FROM doc_lsh WHERE doc = ?", (rowid,))
    conn.execute("DELETE FROM doc_signatures WHERE doc = ?", (rowid,))


_RECORD_SQL = (
    "INSERT INTO duplicates (doc_id, duplicate_of, kind, similarity, hash, title, url,"
    " source, outlet, lang, published, origin, found_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (doc_id) DO UPDATE SET duplicate_of = excluded.duplicate_of,"
    " kind = excluded.kind, similarity = excluded.similarity, hash = excluded.hash,"
    " title = excluded.title, url = excluded.url, source = excluded.source,"
    " outlet = excluded.outlet, lang = excluded.lang, published = excluded.published,"
    " origin = excluded.origin,"
    " found_at = CASE WHEN hash = excluded.hash THEN found_at ELSE excluded.found_at END"
)


def record(
    conn: sqlite3.Connection,
    doc: Document,
    digest: str,
    match: Match,
    outlet: str,
) -> str:
    """Remember ``doc`` as a copy of ``match.doc_id``; returns the original's id.

    A copy of a copy points at the stored original, so the original's
    events count every copy as a report.
    """
    target = _original_of(conn, match.doc_id, doc.doc_id)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute(
        _RECORD_SQL,
        (
            doc.doc_id,
            target,
            match.kind,
            None if match.similarity is None else round(match.similarity, 4),
            digest,
            doc.title,
            doc.url,
            doc.source,
            outlet,
            doc.lang,
            _day(doc.published),
            doc.origin,
            now,
        ),
    )
    return target


def _original_of(conn: sqlite3.Connection, target: str, doc_id: str) -> str:
    """The stored original behind ``target``: a copy of a copy points at it, not at the copy."""
    hop = conn.execute("SELECT duplicate_of FROM duplicates WHERE doc_id = ?", (target,)).fetchone()
    if hop is not None and hop[0] != doc_id:
        return str(hop[0])
    return target


def _day(value: str | None) -> str | None:
    """A copy's publication date, when it is one (read as the pipeline reads it)."""
    if not value:
        return None
    from diplowatch.dates.published import normalise_published_field

    return normalise_published_field(value)


def as_found_by_reader(doc: Document, digest: str, conn: sqlite3.Connection) -> Match:
    """The match the reader found (``doc.duplicate``) for a copy it marked.

    Used when the store holds nothing the copy repeats: its first copy was
    itself a copy, or was not stored.
    """
    found = doc.duplicate
    first = found.of if found is not None else ""
    kind = found.kind if found is not None else ""
    if kind not in ("exact", "near"):
        same = conn.execute("SELECT hash FROM documents WHERE doc_id = ?", (first,)).fetchone()
        kind = "exact" if same is not None and same[0] == digest else "near"
    if found is not None and found.similarity is not None:
        return Match(first, kind, float(found.similarity))
    return Match(first, kind, 1.0 if kind == "exact" else None)
