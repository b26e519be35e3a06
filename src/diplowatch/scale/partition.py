"""Cutting the input into partitions that workers can read on their own.

A partition is a small, picklable description of where its documents are —
never the documents themselves — so the driver stays light and each worker
reads its share straight from the (shared) file system:

* ``lines``: a byte range of a JSON Lines file, cut at line boundaries every
  ``batch`` lines. Finding the cuts only counts newlines (hundreds of MB/s),
  so planning a multi-gigabyte dump is cheap.
* ``files``: a group of up to ``batch`` small files (text, HTML, feeds, URLs),
  or one WARC / compressed file on its own (they cannot be cut by offset
  without decompressing).

The plan is deterministic (sorted paths, fixed cuts): a rerun over the same
input produces the same partition names, which is what lets it skip the ones
already written.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from diplowatch.model import Document
from diplowatch.problems import ProblemReporter, UserError

DEFAULT_BATCH = 200
"""Documents per partition: large enough that the ~2 ms a Dask task costs is
noise next to extracting 200 articles, small enough that a lost worker only
costs seconds of work and that progress moves."""

_BLOCK = 1 << 22


@dataclass(frozen=True)
class Partition:
    index: int
    kind: str  # "lines" | "files"
    paths: tuple[str, ...]
    start: int = 0
    end: int = 0
    first_line: int = 1

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}"

    def describe(self) -> str:
        if self.kind == "lines":
            return f"{self.paths[0]} bytes {self.start}-{self.end}"
        return ", ".join(self.paths[:3]) + (" …" if len(self.paths) > 3 else "")


def _is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def _starts_utf16(path: str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) in (b"\xff\xfe", b"\xfe\xff")


def _line_cuts(path: str, batch: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, first_line) of every ``batch`` lines of a file."""
    start, offset, line, first = 0, 0, 0, 1
    with open(path, "rb") as handle:
        while block := handle.read(_BLOCK):
            pos = 0
            while True:
                nl = block.find(b"\n", pos)
                if nl < 0:
                    break
                line += 1
                pos = nl + 1
                if line - first + 1 >= batch:
                    yield start, offset + pos, first
                    start, first = offset + pos, line + 1
            offset += len(block)
    if offset > start:
        yield start, offset, first


class _Plan:
    """Partitions being laid out: small files gather in a group, flushed before any other kind."""

    def __init__(self, batch: int) -> None:
        self.batch = batch
        self.parts: list[Partition] = []
        self.group: list[str] = []

    def flush(self) -> None:
        """Close the group of small files gathered so far as one partition."""
        if self.group:
            self.parts.append(Partition(len(self.parts), "files", tuple(self.group)))
            self.group.clear()

    def whole(self, path: str) -> None:
        """One file as a partition of its own (no safe cut points inside it)."""
        self.flush()
        self.parts.append(Partition(len(self.parts), "files", (path,)))

    def lines(self, path: str, cuts: list[tuple[int, int, int]] | None) -> None:
        """A JSON Lines file cut at ``cuts``; ``None`` (UTF-16) keeps it whole."""
        if cuts is None:  # UTF-16 cannot be cut at byte offsets safely
            self.whole(path)
            return
        self.flush()
        for start, end, first in cuts:
            self.parts.append(Partition(len(self.parts), "lines", (path,), start, end, first))

    def small(self, path: str) -> None:
        """A small file joins the group, which becomes a partition at ``batch`` files."""
        self.group.append(path)
        if len(self.group) >= self.batch:
            self.flush()


def plan(
    inputs: list[str], reporter: ProblemReporter, *, batch: int = DEFAULT_BATCH
) -> list[Partition]:
    """The partitions covering every input, in the order ingest reads them."""
    from diplowatch.ingest.files import expand

    if batch < 1:
        raise UserError("--batch must be at least 1")
    laid = _Plan(batch)
    for item in expand(list(inputs), reporter):
        if item.kind == "stdin":
            raise UserError(
                "standard input cannot be split across workers; save it to a file "
                "and pass the file, or leave out --out"
            )
        path = item.location
        if item.kind == "jsonl" and not item.compressed:
            try:
                cuts = None if _starts_utf16(path) else list(_line_cuts(path, batch))
            except OSError as exc:
                reporter.report(path, f"cannot read: {exc.strerror or exc}")
                continue
            laid.lines(path, cuts)
        elif item.kind == "warc" or item.compressed:
            # Many documents per file and no safe cut points: one partition each.
            laid.whole(path)
        else:
            laid.small(path)
    laid.flush()
    return laid.parts


def fingerprint(parts: list[Partition]) -> str:
    """Identifies a plan and the state of its files (size, mtime).

    A rerun may skip finished partitions only when this matches: the same cut
    of files that have not changed since.
    """
    digest = hashlib.sha256()
    seen: set[str] = set()
    for part in parts:
        digest.update(json.dumps(asdict(part), sort_keys=True).encode())
        for path in part.paths:
            if path in seen or _is_url(path):
                continue
            seen.add(path)
            try:
                st = os.stat(path)
                digest.update(f"{path}|{st.st_size}|{st.st_mtime_ns}".encode())
            except OSError:
                digest.update(f"{path}|missing".encode())
    return digest.hexdigest()[:16]


class _Slice(io.RawIOBase):
    """Bytes ``start``–``end`` of a file, read in buffer-sized pieces."""

    def __init__(self, path: str, start: int, end: int) -> None:
        super().__init__()
        self._handle = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._handle.seek(start)
        self._left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._left <= 0:
            return 0
        data = self._handle.read(min(len(view), self._left))
        view[: len(data)] = data
        self._left -= len(data)
        return len(data)

    def close(self) -> None:
        self._handle.close()
        super().close()


def _jsonl_documents(part: Partition, reporter: ProblemReporter) -> Iterator[Document]:
    from diplowatch.ingest.plain import read_jsonl_stream
    from diplowatch.ingest.session import ReadSession

    path = part.paths[0]
    with io.BufferedReader(_Slice(path, part.start, part.end)) as stream:
        yield from read_jsonl_stream(stream, path, ReadSession(reporter=reporter), part.first_line)


def read_partition(
    part: Partition, reporter: ProblemReporter, *, keep_duplicates: bool, follow: bool
) -> Iterator[Document]:
    """The documents of one partition, as the ingest stage reads them."""
    from diplowatch.ingest import iter_documents, mark_documents

    if part.kind == "lines":
        # Marked as ingest marks them; duplicates across partitions are found
        # by the store when the folder is loaded (see docs/store.md).
        docs = _jsonl_documents(part, reporter)
        yield from mark_documents(docs, reporter, keep_duplicates=keep_duplicates)
        return

    yield from iter_documents(
        list(part.paths), reporter, keep_duplicates=keep_duplicates, follow=follow
    )
