"""The per-document pipeline: clean → normalise → language → date → extract.

``process`` is a pure function of one ``Document``; batching, parallelism and
storage are layered on top of it (``process_stream``, ``diplowatch.scale``,
``diplowatch.store``), so every engine produces identical records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from diplowatch.lang import languages
from diplowatch.model import Document, Event, Record
from diplowatch.problems import ProblemReporter


def process(doc: Document) -> Record:
    """Extract one document into its output record."""
    from diplowatch.dates.published import (
        normalise_published_field,
        publication_date_normalized,
    )
    from diplowatch.extract.events import extract_document
    from diplowatch.text.langid import detect_language
    from diplowatch.text.normalize import normalize

    supported = languages()
    lang = doc.lang if doc.lang in supported else None
    if lang is None:
        lang = detect_language(doc.text if doc.text.strip() else (doc.title or ""))
    published = normalise_published_field(doc.published) if doc.published else None
    norm = normalize(doc.text) if lang in supported else None
    if published is None and norm is not None:
        published = publication_date_normalized(norm.text, lang)
    record = Record(
        doc_id=doc.doc_id,
        lang=lang,
        published=published,
        title=doc.title,
        url=doc.url,
        source=doc.source,
        meta=dict(doc.meta),
    )
    if lang not in supported:
        record.note = "language not supported (detected: other); no events extracted"
        return record
    if doc.meta.get("skip_extraction"):
        record.meta.pop("skip_extraction", None)
        record.note = f"duplicate of {doc.meta.get('duplicate_of')}; not extracted again"
        return record
    result = extract_document(doc.text, norm, lang, published, doc.title)
    record.events = [not_after(event, published) for event in result.events]
    if result.annotations:
        record.meta["annotations"] = result.annotations
    if not record.events:
        record.note = "no diplomatic event found"
    return record


def not_after(event: Event, latest: str | None) -> Event:
    """``event`` without its date when that date lies after ``latest``.

    An article cannot report as done what happens after it was published;
    such a date is a misreading (a year from a goal, a run-on sentence), so
    it is dropped rather than shown. Planned events may lie in the future.
    """
    if not event.date or not latest or event.status == "planned" or event.date[:10] <= latest[:10]:
        return event
    return replace(event, date=None)


def process_stream(
    docs: Iterable[Document],
    *,
    workers: int = 1,
    chunk_size: int = 64,
    reporter: ProblemReporter | None = None,
) -> Iterator[Record]:
    """Process documents in input order, in this process or a local pool.

    Each document runs inside ``guard.process_guarded``: one whose extraction
    fails (an error, or its time or size budget) is reported to ``reporter``
    (standard error by default) and left out; the others go on.
    """
    from diplowatch.guard import Failure, process_guarded

    problems = reporter if reporter is not None else ProblemReporter()
    results: Iterable[Record | Failure]
    if workers <= 1:
        results = map(process_guarded, docs)
    else:
        from diplowatch.scale.local import parallel_map

        results = parallel_map(process_guarded, docs, workers=workers, chunk_size=chunk_size)
    for result in results:
        if isinstance(result, Failure):
            problems.report(result.source, result.reason)
            continue
        yield result
