"""Web archives: every HTML response record becomes a document.

The record's target URI is the document URL (and, hashed, its id); the
WARC-Date is the fallback publication date when the page itself has none,
and is always kept in ``meta["warc_date"]``. warcio cannot resynchronise
after a damaged record, so the documents before the damage are kept and the
rest of that file is reported as skipped.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO

from diplowatch.ingest.context import Context, describe_size, url_id
from diplowatch.ingest.html import html_document
from diplowatch.model import Document


def _read_capped(stream: IO[bytes], cap: int) -> bytes | None:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > cap:
            while stream.read(1024 * 1024):
                pass
            return None
        chunks.append(chunk)


def _is_html(content_type: str | None) -> bool:
    ctype = (content_type or "").lower()
    return "html" in ctype


def read_warc(path: str, ctx: Context) -> Iterator[Document]:
    with open(path, "rb") as fh:
        yield from read_warc_stream(fh, path, ctx)


def read_warc_stream(fh: IO[bytes], path: str, ctx: Context) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    iterator = ArchiveIterator(fh)
    try:
        for record in iterator:
            count += 1
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers
            if record.rec_type == "response":
                if headers is None:
                    continue
                status = headers.get_statuscode() or ""
                if not status.startswith("2") or not _is_html(headers.get_header("Content-Type")):
                    continue
                ctype = headers.get_header("Content-Type")
            else:
                ctype = record.rec_headers.get_header("Content-Type")
                if not _is_html(ctype):
                    continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            warc_date = record.rec_headers.get_header("WARC-Date")
            origin = f"{path}#{uri or count}"
            data = _read_capped(record.content_stream(), ctx.max_doc_bytes)
            if data is None:
                ctx.reporter.report(
                    origin,
                    f"record is over the per-document limit of {describe_size(ctx.max_doc_bytes)}",
                )
                continue
            doc = html_document(
                data,
                origin=origin,
                ctx=ctx,
                doc_id=url_id(uri) if uri else None,
                url=uri or None,
                content_type=ctype,
                defaults={"published": warc_date},
                meta={"warc_date": warc_date},
            )
            if doc is not None:
                yield doc
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        ctx.reporter.report(
            path,
            f"broken or truncated WARC after {count} record(s) ({reason}); the rest of the file was skipped",
        )
        return
    if count == 0:
        ctx.reporter.report(path, "no WARC records found (empty or not a WARC file)")
