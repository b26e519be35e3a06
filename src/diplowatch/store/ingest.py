"""Extract documents and store them, skipping what the store already holds.

Documents already stored with the same text (and, with ``reextract``, the
same extractor version) are not extracted again, so re-running an ingest that
was killed costs only the documents it had not committed. Extraction may run
in worker processes; storing always happens here, in order, in batched
transactions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from diplowatch.model import Document, Record
from diplowatch.store.db import Store


def process_pair(doc: Document) -> tuple[Document, Record]:
    """Module-level (picklable) so a worker pool can run it."""
    from diplowatch.pipeline import process

    return doc, process(doc)


@dataclass
class IngestResult:
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def seen(self) -> int:
        return sum(self.counts.values())

    def line(self) -> str:
        order = ("added", "reextracted", "updated", "unchanged", "duplicate")
        parts = [f"{self.counts[k]} {k}" for k in order if self.counts[k]]
        return f"{self.seen} document(s): " + (", ".join(parts) if parts else "nothing to do")


def ingest(
    store: Store,
    docs: Iterable[Document],
    *,
    workers: int = 1,
    reextract: bool = False,
    batch_size: int = 100,
    progress: Callable[[Iterator[Any]], Iterator[Any]] | None = None,
    extract: Callable[[Document], tuple[Document, Record]] = process_pair,
) -> IngestResult:
    """Extract and store ``docs``; returns how many were added, skipped…"""
    result = IngestResult()

    def todo() -> Iterator[Document]:
        for doc in docs:
            known = store.known_status(doc, reextract=reextract)
            if known is None:
                yield doc
            else:
                result.counts[known] += 1

    pairs: Iterator[tuple[Document, Record]]
    if workers > 1:
        from diplowatch.scale.local import parallel_map

        pairs = parallel_map(extract, todo(), workers=workers, chunk_size=16)
    else:
        pairs = map(extract, todo())
    if progress is not None:
        pairs = progress(pairs)
    result.counts.update(store.add_many(pairs, reextract=reextract, batch_size=batch_size))
    return result
