"""The last step of every reader: valid fields, unique ids, duplicates marked.

One function for every way documents are read (``ingest.iter_documents``
and the JSON Lines partitions of ``diplowatch.scale``), so every reader
marks documents alike. The duplicate index lives for one call: across runs
and across partitions the store finds copies (``store.duplicates``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from diplowatch.ingest.dedup import Duplicates
from diplowatch.model import Document, Duplicate
from diplowatch.problems import ProblemReporter
from diplowatch.valid import make_valid


def mark_documents(
    docs: Iterable[Document],
    reporter: ProblemReporter,
    *,
    keep_duplicates: bool = False,
    near: bool = True,
) -> Iterator[Document]:
    """Yield ``docs`` made valid, with unique ids and duplicates marked.

    A duplicate (exact, or near at estimated Jaccard ≥ 0.7 when ``near``) is
    still yielded, naming the first copy and, unless ``keep_duplicates``,
    marked to be left unextracted. A document that cannot be marked is
    reported and left out; the others go on.
    """
    dups = Duplicates(near=near)
    seen_ids: dict[str, int] = {}
    for doc in docs:
        try:
            _mark(doc, dups, seen_ids, keep_duplicates)
        except Exception as exc:  # one odd document must not end the batch
            reporter.report(
                doc.origin or doc.doc_id,
                f"unexpected error ({type(exc).__name__}: {exc}); document skipped",
            )
            continue
        yield doc


def _mark(doc: Document, dups: Duplicates, seen_ids: dict[str, int], keep_duplicates: bool) -> None:
    make_valid(doc)
    _unique_id(doc, seen_ids)
    found = dups.check(doc.doc_id, doc.text)
    if found is not None:
        kind, first = found
        doc.duplicate = Duplicate(of=first, kind=kind)
        doc.skip_extraction = not keep_duplicates


def _unique_id(doc: Document, seen: dict[str, int]) -> None:
    """Give a repeated id a suffix so records stay addressable."""
    count = seen.get(doc.doc_id, 0) + 1
    seen[doc.doc_id] = count
    if count > 1:
        doc.meta["original_id"] = doc.doc_id
        doc.doc_id = f"{doc.doc_id}~{count}"
        seen.setdefault(doc.doc_id, 1)
