"""The Parquet output folder: layout, atomic writes, and what is finished.

Layout (``DIR`` is a local path or any fsspec URL)::

    DIR/_plan.json                      partitions and a fingerprint of the input
    DIR/documents/part-000000.parquet
    DIR/events/part-000000.parquet
    DIR/actors/part-000000.parquet
    DIR/_committed/part-000000.json     written last: counts and problems

Every file is written under a temporary name and renamed into place, so a
reader never sees half a file. A partition counts as finished only once its
``_committed`` marker exists, and the marker is written after the three
tables; a worker killed in between leaves tables without a marker, which the
rerun (or Dask's retry) simply overwrites. Readers therefore go by markers,
never by listing the table folders.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from diplowatch.problems import UserError
from diplowatch.scale.tables import SCHEMAS, TABLES

PLAN_FILE = "_plan.json"
COMMITTED = "_committed"


@dataclass
class PartitionSummary:
    name: str
    documents: int
    events: int
    problems: list[tuple[str, str]] = field(default_factory=list)
    skipped: bool = False
    failed: bool = False
    seconds: float = 0.0
    #: Problems that lost nothing (an input's unreadable date): shown, not counted.
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "documents": self.documents,
            "events": self.events,
            "problems": [list(p) for p in self.problems],
            "warnings": [list(p) for p in self.warnings],
            "seconds": round(self.seconds, 3),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], *, skipped: bool = False) -> PartitionSummary:
        return cls(
            name=data["name"],
            documents=int(data["documents"]),
            events=int(data["events"]),
            problems=[(str(s), str(r)) for s, r in data.get("problems", [])],
            warnings=[(str(s), str(r)) for s, r in data.get("warnings", [])],
            skipped=skipped,
            seconds=float(data.get("seconds", 0.0)),
        )


class OutputDir:
    """A Parquet output folder on any fsspec file system."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.fs, self.root = fsspec.core.url_to_fs(url)
        except (ImportError, ValueError) as exc:
            raise UserError(f"{url}: cannot open output folder: {exc}") from None
        self.root = self.root.rstrip("/")

    def path(self, *parts: str) -> str:
        return "/".join((self.root, *parts))

    def _write_bytes(self, final: str, data: bytes) -> None:
        folder = final.rsplit("/", 1)[0]
        self.fs.makedirs(folder, exist_ok=True)
        tmp = f"{folder}/.tmp-{uuid.uuid4().hex}-{final.rsplit('/', 1)[1]}"
        with self.fs.open(tmp, "wb") as handle:
            handle.write(data)
        self.fs.mv(tmp, final)

    def prepare(self, plan_json: dict[str, Any], *, overwrite: bool) -> None:
        """Record the plan, refusing to mix output of a different input."""
        plan_path = self.path(PLAN_FILE)
        if self.fs.exists(plan_path):
            with self.fs.open(plan_path, "rb") as handle:
                old = json.loads(handle.read())
            if old.get("fingerprint") != plan_json["fingerprint"]:
                if not overwrite:
                    raise UserError(
                        f"{self.url} holds output of different input (or the input files changed); "
                        "pass --overwrite to replace it, or choose another --out"
                    )
                self.clear()
            elif old.get("options") != plan_json.get("options"):
                if not overwrite:
                    raise UserError(
                        f"{self.url} was written with other options {old.get('options')}; "
                        "pass --overwrite to replace it, or choose another --out"
                    )
                self.clear()
        self._write_bytes(plan_path, json.dumps(plan_json, ensure_ascii=False, indent=1).encode())

    def clear(self) -> None:
        for sub in (*TABLES, COMMITTED):
            if self.fs.exists(self.path(sub)):
                self.fs.rm(self.path(sub), recursive=True)

    def committed(self, name: str) -> PartitionSummary | None:
        marker = self.path(COMMITTED, f"{name}.json")
        try:
            with self.fs.open(marker, "rb") as handle:
                return PartitionSummary.from_json(json.loads(handle.read()), skipped=True)
        except FileNotFoundError:
            return None

    def write_partition(
        self, name: str, tables: dict[str, pa.Table], summary: PartitionSummary
    ) -> None:
        for table_name in TABLES:
            buffer = io.BytesIO()
            pq.write_table(tables[table_name], buffer, compression="zstd")
            self._write_bytes(self.path(table_name, f"{name}.parquet"), buffer.getvalue())
        self._write_bytes(
            self.path(COMMITTED, f"{name}.json"),
            json.dumps(summary.to_json(), ensure_ascii=False).encode(),
        )

    def finished(self) -> list[str]:
        """Names of committed partitions, in plan order."""
        folder = self.path(COMMITTED)
        if not self.fs.exists(folder):
            return []
        names = [
            p.rsplit("/", 1)[1][: -len(".json")]
            for p in self.fs.ls(folder, detail=False)
            if p.endswith(".json") and not p.rsplit("/", 1)[1].startswith(".")
        ]
        return sorted(names)

    def summaries(self) -> Iterator[PartitionSummary]:
        for name in self.finished():
            summary = self.committed(name)
            if summary is not None:
                yield summary

    def read_table(self, table: str, name: str) -> pa.Table:
        data = self.fs.cat_file(self.path(table, f"{name}.parquet"))
        # Single-threaded: partitions are small, and pyarrow's reader threads
        # next to fsspec file objects occasionally aborted the interpreter at exit.
        return pq.read_table(pa.BufferReader(data), schema=SCHEMAS[table], use_threads=False)

    def table_files(self, table: str) -> list[str]:
        """Full URLs of the committed files of one table (for DuckDB)."""
        protocol = self.fs.protocol if isinstance(self.fs.protocol, str) else self.fs.protocol[0]
        files = [self.path(table, f"{name}.parquet") for name in self.finished()]
        if protocol in ("file", "local"):
            return files
        return [f"{protocol}://{f}" for f in files]

    def remove_temporaries(self) -> None:
        for sub in (*TABLES, COMMITTED):
            folder = self.path(sub)
            if not self.fs.exists(folder):
                continue
            for p in self.fs.ls(folder, detail=False):
                if p.rsplit("/", 1)[1].startswith(".tmp-"):
                    self.fs.rm(p)

    def is_output(self) -> bool:
        return bool(self.fs.exists(self.path(PLAN_FILE)))
