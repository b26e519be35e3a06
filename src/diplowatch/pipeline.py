"""The per-document pipeline: clean → normalise → language → date → extract.

``process`` is a pure function of one ``Document``; batching, parallelism and
storage are layered on top of it (``process_stream``, ``diplowatch.scale``,
``diplowatch.store``), so every engine produces identical records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from diplowatch.model import Document, Record

SUPPORTED_LANGS = ("ar", "fa", "en")


def process(doc: Document) -> Record:
    """Extract one document into its output record."""
    from diplowatch.dates.published import (
        normalise_published_field,
        publication_date_normalized,
    )
    from diplowatch.extract.events import extract_document
    from diplowatch.text.langid import detect_language
    from diplowatch.text.normalize import normalize

    lang = doc.lang if doc.lang in SUPPORTED_LANGS else None
    if lang is None:
        lang = detect_language(doc.text if doc.text.strip() else (doc.title or ""))
    published = normalise_published_field(doc.published) if doc.published else None
    norm = normalize(doc.text) if lang in SUPPORTED_LANGS else None
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
    if lang not in SUPPORTED_LANGS:
        record.note = "language not supported (detected: other); no events extracted"
        return record
    if doc.meta.get("skip_extraction"):
        record.meta.pop("skip_extraction", None)
        record.note = f"duplicate of {doc.meta.get('duplicate_of')}; not extracted again"
        return record
    result = extract_document(doc.text, norm, lang, published, doc.title)
    record.events = result.events
    if result.annotations:
        record.meta["annotations"] = result.annotations
    if not record.events:
        record.note = "no diplomatic event found"
    return record


def process_stream(
    docs: Iterable[Document], *, workers: int = 1, chunk_size: int = 64
) -> Iterator[Record]:
    """Process documents in input order, in this process or a local pool."""
    if workers <= 1:
        for doc in docs:
            yield process(doc)
        return
    from diplowatch.scale.local import parallel_map

    yield from parallel_map(process, docs, workers=workers, chunk_size=chunk_size)
