"""Web archives: every HTML response record becomes a document.

The record's target URI is the document URL (and, hashed, its id); the
WARC-Date is the fallback publication date when the page itself has none,
and is always kept in ``meta["warc_date"]``. warcio cannot resynchronise
after a damaged record, so on damage the file is scanned for the next record
start (a gzip member or a ``WARC/1.x`` line) and reading resumes there: one
damaged record costs that record only.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

from diplowatch.ingest.html import html_document
from diplowatch.ingest.limits import describe_size
from diplowatch.ingest.session import ReadSession, url_id
from diplowatch.model import Document

_SCAN_BLOCK = 1 << 20
_RECORD_START = re.compile(rb"WARC/1\.\d\r?\n")
_CANDIDATE = re.compile(rb"\x1f\x8b\x08|\nWARC/1\.")


def _expected_errors() -> tuple[type[BaseException], ...]:
    from warcio.exceptions import ArchiveLoadFailed

    return (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError)


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


def _short(message: str) -> str:
    """First line of an error, shortened: warcio quotes whole binary lines."""
    first = message.strip().splitlines()[0] if message.strip() else ""
    return first if len(first) <= 100 else first[:100] + "…"


def _is_html(content_type: str | None) -> bool:
    ctype = (content_type or "").lower()
    return "html" in ctype


def _looks_like_archive(head: bytes) -> bool:
    """WARC (or old ARC) magic, looking inside gzip if needed."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def read_warc(path: str, session: ReadSession) -> Iterator[Document]:
    with open(path, "rb") as fh:
        head = fh.read(4096)
        if not head:
            session.reporter.report(path, "empty file")
            return
        if not _looks_like_archive(head):
            session.reporter.report(path, "not a WARC file (it does not start with a WARC/ header)")
            return
        fh.seek(0)
        yield from read_warc_stream(fh, path, session, size=os.fstat(fh.fileno()).st_size)


class _Pass:
    """What one ArchiveIterator pass over the file found."""

    def __init__(self) -> None:
        self.records = 0
        self.pages = 0
        self.error: str | None = None
        self.failed_at = 0  # offset of the record that could not be read
        self.end = 0  # offset after the last record read


def _documents(fh: IO[bytes], path: str, session: ReadSession, state: _Pass) -> Iterator[Document]:
    """Documents of the records from the current position until the end or damage."""
    from warcio.archiveiterator import ArchiveIterator

    iterator = ArchiveIterator(fh)
    try:
        for record in iterator:
            if record.rec_type is None:
                raise ValueError(f"record {state.records + 1} has no WARC-Type header")
            state.records += 1
            try:
                doc = _record_document(record, path, session, state.records)
            except Exception as exc:  # one odd record must not cost the others
                uri = record.rec_headers.get_header("WARC-Target-URI") or state.records
                session.reporter.report(
                    f"{path}#{uri}", f"unexpected error ({type(exc).__name__}: {_short(str(exc))})"
                )
                doc = None
            if doc is not None:
                state.pages += 1
                yield doc
    except Exception as exc:  # warcio fails in many ways on damaged input
        state.failed_at = iterator.offset
        state.error = _short(str(exc)) or type(exc).__name__
        if not isinstance(exc, _expected_errors()):
            state.error = f"{type(exc).__name__}: {state.error}"
        return
    state.end = iterator.offset


def _record_document(record: Any, path: str, session: ReadSession, count: int) -> Document | None:
    """The HTML page of one response/resource record, or None."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None:
            return None
        status = headers.get_statuscode() or ""
        if not status.startswith("2") or not _is_html(headers.get_header("Content-Type")):
            return None
        ctype = headers.get_header("Content-Type")
    else:
        ctype = record.rec_headers.get_header("Content-Type")
        if not _is_html(ctype):
            return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    warc_date = record.rec_headers.get_header("WARC-Date")
    origin = f"{path}#{uri or count}"
    data = _read_capped(record.content_stream(), session.max_doc_bytes)
    if data is None:
        session.reporter.report(
            origin,
            f"record is over the per-document limit of {describe_size(session.max_doc_bytes)}",
        )
        return None
    return html_document(
        data,
        origin=origin,
        session=session,
        doc_id=url_id(uri) if uri else None,
        url=uri or None,
        content_type=ctype,
        defaults={"published": warc_date},
        meta={"warc_date": warc_date},
    )


def _is_record_start(head: bytes) -> bool:
    """A WARC record (possibly a gzip member holding one) starts with these bytes."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return _RECORD_START.match(head) is not None


def next_record_start(fh: IO[bytes], after: int) -> int | None:
    """Offset of the first record (or gzip member holding one) after ``after``.

    Scans forward in blocks for the gzip magic or a ``WARC/1.x`` line; each
    candidate is checked by decoding its first bytes, so payload bytes that
    merely look like a header are rarely taken (and if they are, reading
    fails again and the scan moves on from there).
    """
    pos = after
    while True:
        fh.seek(pos)
        block = fh.read(_SCAN_BLOCK + 4096)
        if len(block) <= 1:
            return None
        for found in _CANDIDATE.finditer(block, 1 if pos == after else 0, _SCAN_BLOCK):
            at = found.start() + (1 if found.group().startswith((b"\n",)) else 0)
            fh.seek(pos + at)
            if _is_record_start(fh.read(4096)):
                return pos + at
        if len(block) <= _SCAN_BLOCK:
            return None
        pos += _SCAN_BLOCK


def read_warc_stream(
    fh: IO[bytes], path: str, session: ReadSession, size: int | None = None
) -> Iterator[Document]:
    """Documents of every readable record; a damaged record is skipped.

    After damage, reading resumes at the next record start (in a seekable
    file); a stream that cannot seek keeps what was read before the damage.
    """
    seekable = fh.seekable()
    state = _Pass()
    while True:
        state.error = None
        yield from _documents(fh, path, session, state)
        if state.error is None:
            break
        resume = next_record_start(fh, state.failed_at + 1) if seekable else None
        if resume is None:
            session.reporter.report(
                path,
                f"broken or truncated WARC after {state.records} record(s) ({state.error}); "
                "the rest of the file was skipped",
            )
            return
        session.reporter.report(
            path,
            f"damaged WARC record at byte {state.failed_at} ({state.error}); skipped, "
            f"reading resumed at the next record (byte {resume})",
        )
        fh.seek(resume)
    if size is not None and state.end < size:
        session.reporter.report(
            path,
            f"truncated WARC: the last {size - state.end} byte(s) are not a complete record"
            f" ({state.records} record(s) read before them)",
        )
    elif state.records == 0:
        session.reporter.report(path, "no WARC records found")
    elif state.pages == 0:
        session.reporter.report(path, f"no HTML pages among its {state.records} record(s)")
