"""One partition from input to Parquet: what every engine runs on a worker.

Keeping the whole ingest → extract → write step in one picklable function
means the local pool, a Dask cluster and a single process all produce the
same files; the engines only decide where it runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from diplowatch.model import Document, Record
from diplowatch.problems import ProblemReporter
from diplowatch.scale.output import OutputDir, PartitionSummary
from diplowatch.scale.partition import Partition, read_partition
from diplowatch.scale.tables import to_tables


@dataclass(frozen=True)
class RunOptions:
    """Options that change the output, stored in the plan so that a rerun with
    different options does not silently mix outputs."""

    keep_duplicates: bool = False
    follow: bool = False

    def to_json(self) -> dict[str, bool]:
        return {"keep_duplicates": self.keep_duplicates, "follow": self.follow}


class ExtractionFailed(Exception):
    """One document could not be extracted (see ``guard.Failure``)."""


def _process(doc: Document) -> Record:
    """The pipeline inside the per-document boundary (errors, time and size budgets)."""
    from diplowatch.guard import Failure, process_guarded

    result = process_guarded(doc)
    if isinstance(result, Failure):
        raise ExtractionFailed(result.reason)
    return result


def run_partition(
    part: Partition,
    out_url: str,
    options: RunOptions,
    processor: Callable[[Document], Record] = _process,
) -> PartitionSummary:
    """Read, extract and write one partition; skip it if already committed.

    A document whose extraction raises is reported and left out rather than
    failing the other documents of its partition; a failure to read or write
    raises, so that the engine retries the partition elsewhere.
    """
    out = OutputDir(out_url)
    done = out.committed(part.name)
    if done is not None:
        return done
    began = time.perf_counter()
    reporter = ProblemReporter(stream=None)
    docs = read_partition(
        part, reporter, keep_duplicates=options.keep_duplicates, follow=options.follow
    )
    pairs = _extracted(docs, processor, reporter)
    summary = PartitionSummary(
        name=part.name,
        documents=len(pairs),
        events=sum(len(r.events) for _, r in pairs),
        problems=[(p.source, p.reason) for p in reporter.problems],
        warnings=[(p.source, p.reason) for p in reporter.warnings],
    )
    tables = to_tables(part.name, pairs)
    summary.seconds = time.perf_counter() - began
    out.write_partition(part.name, tables, summary)
    return summary


def _extracted(
    docs: Iterable[Document],
    processor: Callable[[Document], Record],
    reporter: ProblemReporter,
) -> list[tuple[Document, Record]]:
    """Each document with its record; one whose extraction raises is reported and left out."""
    pairs: list[tuple[Document, Record]] = []
    for doc in docs:
        try:
            record = processor(doc)
        except ExtractionFailed as exc:
            reporter.report(doc.origin or doc.doc_id, str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad article must not sink 200
            reporter.report(
                doc.origin or doc.doc_id, f"extraction failed: {type(exc).__name__}: {exc}"
            )
            continue
        pairs.append((doc, record))
    return pairs
