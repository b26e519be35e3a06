"""Merging a Parquet output folder into the SQLite store.

The folder's rows are turned back into the ``(Document, Record)`` pairs the
workers produced and handed to ``Store.add_many``, so the store applies its
own rules (duplicate texts, merging reports of one event, re-runs) exactly as
if the documents had been ingested locally. Loading twice is harmless: the
store answers "unchanged" for documents it already holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from diplowatch.model import Document, Record
from diplowatch.problems import UserError
from diplowatch.scale.output import PLAN_FILE, OutputDir
from diplowatch.scale.tables import from_tables


def open_output(url: str) -> OutputDir:
    out = OutputDir(url)
    if not out.is_output():
        raise UserError(
            f"{url}: not a diplowatch Parquet folder (no {PLAN_FILE}; "
            "write one with `diplowatch extract ... --out DIR`)"
        )
    return out


def planned_partitions(out: OutputDir) -> int:
    with out.fs.open(out.path(PLAN_FILE), "rb") as handle:
        plan: dict[str, Any] = json.loads(handle.read())
    return len(plan.get("partitions", []))


def iter_pairs(out: OutputDir) -> Iterator[tuple[Document, Record]]:
    """Every stored pair, partition by partition, in input order."""
    for name in out.finished():
        yield from from_tables(out.read_table("documents", name), out.read_table("events", name))
