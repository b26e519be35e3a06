"""Extract documents and store them, skipping what the store already holds.

Documents already stored with the same text (and, with ``reextract``, the
same extractor version) are not extracted again, so re-running an ingest that
was killed costs only the documents it had not committed. Copies of stored
articles (exact or near, see ``store.duplicates``) are not extracted either;
they are recorded as copies. Extraction may run in worker processes, each
document inside its own error boundary (``guard.process_guarded``): one that
fails is reported and the rest go on. Storing always happens here, in order,
in batched transactions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from diplowatch.guard import Failure
from diplowatch.model import Document, Record
from diplowatch.problems import ProblemReporter
from diplowatch.store.db import Store


def process_pair(doc: Document) -> tuple[Document, Record | Failure]:
    """Module-level (picklable) so a worker pool can run it."""
    from diplowatch.guard import process_guarded

    return doc, process_guarded(doc)


def _extract_unless_copy(
    extract: Callable[[Document], tuple[Document, Record | Failure]], doc: Document
) -> tuple[Document, Record | Failure]:
    """A copy of a stored article is recorded, not extracted again."""
    if doc.skip_extraction:
        return doc, Record(doc_id=doc.doc_id, lang=doc.lang or "other", published=doc.published)
    return extract(doc)


@dataclass
class IngestResult:
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def seen(self) -> int:
        return sum(self.counts.values())

    @property
    def succeeded(self) -> int:
        """Documents read and dealt with (all but those whose extraction failed)."""
        return self.seen - self.counts["failed"]

    def line(self) -> str:
        order = ("added", "reextracted", "updated", "unchanged", "duplicate", "failed")
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
    extract: Callable[[Document], tuple[Document, Record | Failure]] = process_pair,
    reporter: ProblemReporter | None = None,
) -> IngestResult:
    """Extract and store ``docs``; returns how many were added, skipped…

    A document whose extraction fails is reported to ``reporter`` (standard
    error by default) and not stored, so a later run tries it again.
    """
    result = IngestResult()
    problems = reporter if reporter is not None else ProblemReporter()
    todo = _to_extract(store, docs, reextract, result)
    pairs = _extract_all(partial(_extract_unless_copy, extract), todo, workers)
    if progress is not None:
        pairs = progress(pairs)
    extracted = _succeeded(pairs, problems, result)
    result.counts.update(store.add_many(extracted, reextract=reextract, batch_size=batch_size))
    return result


def _to_extract(
    store: Store, docs: Iterable[Document], reextract: bool, result: IngestResult
) -> Iterator[Document]:
    """Drop documents stored unchanged and mark copies, so neither is extracted again."""
    for doc in docs:
        known = store.known_status(doc, reextract=reextract)
        if known == "unchanged":
            result.counts[known] += 1
            continue
        if known == "duplicate":
            doc.skip_extraction = True  # recorded as a copy by the store
        yield doc


def _extract_all(
    step: Callable[[Document], tuple[Document, Record | Failure]],
    docs: Iterator[Document],
    workers: int,
) -> Iterator[tuple[Document, Record | Failure]]:
    """Run ``step`` over ``docs`` in order, in a worker pool when more than one worker is asked."""
    if workers > 1:
        from diplowatch.pool import parallel_map

        return parallel_map(step, docs, workers=workers, chunk_size=16)
    return map(step, docs)


def _succeeded(
    pairs: Iterable[tuple[Document, Record | Failure]],
    problems: ProblemReporter,
    result: IngestResult,
) -> Iterator[tuple[Document, Record]]:
    """Report failed extractions and pass on the rest, so one bad document stops nothing."""
    for doc, record in pairs:
        if isinstance(record, Failure):
            problems.report(record.source, record.reason)
            result.counts["failed"] += 1
            continue
        yield doc, record
