"""The per-document pipeline: clean → normalise → language → date → extract.

``process`` is a pure function of one ``Document``; batching, parallelism and
storage are layered on top of it (``guard.process_stream``, ``diplowatch.scale``,
``diplowatch.store``), so every engine produces identical records.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.lang import languages
from diplowatch.model import Document, Event, Record


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
        duplicate=doc.duplicate,
    )
    if lang not in supported:
        record.note = "language not supported (detected: other); no events extracted"
        return record
    if doc.skip_extraction:
        record.note = f"duplicate of {doc.duplicate and doc.duplicate.of}; not extracted again"
        return record
    result = extract_document(doc.text, norm, lang, published, doc.title)
    record.events = [not_after(event, published) for event in result.events]
    record.annotations = result.annotations
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
