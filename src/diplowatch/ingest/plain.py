"""Plain-text and JSONL readers.

JSONL is read one line at a time with a cap on the line length, so a 2 GB
file or a single runaway line never has to fit in memory; a broken line is
reported with its number and the rest of the file is still read.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, AnyStr

from diplowatch.ingest.boilerplate import clean_text
from diplowatch.ingest.decode import DecodeError, decode_bytes
from diplowatch.ingest.limits import describe_size
from diplowatch.ingest.session import ReadSession
from diplowatch.model import Document

JSONL_FIELDS = ("id", "text", "url", "published", "lang", "title", "source")
#: Where a JSONL line's other keys are kept (``meta["input"]``, and in the record).
INPUT_KEY = "input"
_CHUNK = 1024 * 1024


def text_document(
    doc_id: str,
    text: str,
    *,
    origin: str,
    encoding: str | None,
    fields: dict[str, Any] | None = None,
    meta: dict[str, Any] | None = None,
) -> Document | None:
    """Build a Document from plain text after boilerplate-line removal.

    Returns None when nothing but boilerplate is left (the caller reports).
    """
    fields = fields or {}
    cleaned = clean_text(text)
    if not cleaned.text.strip():
        return None
    out_meta: dict[str, Any] = dict(meta or {})
    if encoding:
        out_meta["encoding"] = encoding
    out_meta["dropped_lines"] = cleaned.dropped
    source, url = _credited(cleaned.sources, fields.get("source"), fields.get("url"), out_meta)
    return Document(
        doc_id=doc_id,
        text=cleaned.text,
        lang=fields.get("lang"),
        published=fields.get("published"),
        title=fields.get("title"),
        url=url,
        source=source,
        origin=origin,
        meta=out_meta,
    )


def _credited(
    lines: list[str], source: str | None, url: str | None, out_meta: dict[str, Any]
) -> tuple[str | None, str | None]:
    """Source and URL, taken from lifted "Source:" lines where the fields give none.

    The lines are kept in ``out_meta`` (and the first link as its
    ``source_url``), so what was cut from the text is not lost.
    """
    for value in lines:
        if value.lower().startswith(("http://", "https://")):
            out_meta.setdefault("source_url", value)
            url = url or value
        else:
            source = source or value
    if lines:
        out_meta["source_lines"] = lines
    return source, url


def text_from_bytes(
    data: bytes, doc_id: str, origin: str, session: ReadSession
) -> Iterator[Document]:
    if not data.strip():
        session.reporter.report(origin, "empty file")
        return
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        session.reporter.report(origin, str(exc))
        return
    if not decoded.text.strip():
        session.reporter.report(origin, "empty file (only whitespace)")
        return
    doc = text_document(doc_id, decoded.text, origin=origin, encoding=decoded.encoding)
    if doc is None:
        session.reporter.report(origin, "nothing left after removing navigation/boilerplate lines")
        return
    yield doc


def read_text_file(path: str, session: ReadSession) -> Iterator[Document]:
    """One document per .txt file; its id is the file name without extension."""
    if not session.readable_size(path):
        return
    data = Path(path).read_bytes()
    yield from text_from_bytes(data, Path(path).stem, path, session)


def capped_lines(
    readline: Callable[[int], AnyStr], cap: int, first: int = 1
) -> Iterator[tuple[int, AnyStr | None]]:
    """(line number, line) pairs; the line is None when longer than ``cap``.

    An over-long line is consumed in chunks and thrown away, never held.
    """
    lineno = first - 1  # `first`: number of the stream's first line (a file slice)
    while True:
        line = readline(cap + 1)
        if not line:
            return
        lineno += 1
        if len(line) > cap:
            tail = line
            while tail and tail[-1:] not in ("\n", b"\n"):
                tail = readline(_CHUNK)
            yield lineno, None
            continue
        yield lineno, line


def _decode_line(raw: bytes) -> tuple[str, str]:
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        decoded = decode_bytes(raw)
        return decoded.text, decoded.encoding


def _jsonl_document(
    obj: Any, stem: str, lineno: int, where: str, encoding: str, session: ReadSession
) -> Document | None:
    if not isinstance(obj, dict):
        session.reporter.report(where, f"expected a JSON object, got {type(obj).__name__}")
        return None
    text = obj.get("text")
    if not isinstance(text, str):
        reason = "no 'text' field" if text is None else "'text' is not a string"
        session.reporter.report(where, reason)
        return None
    if not text.strip():
        session.reporter.report(where, "'text' is empty")
        return None
    raw_id = obj.get("id")
    doc_id = str(raw_id) if raw_id not in (None, "") else f"{stem}-{lineno}"
    fields = {k: str(obj[k]) for k in ("url", "published", "lang", "title", "source") if obj.get(k)}
    published = fields.get("published")
    if published is not None and not _is_date(published):
        session.reporter.warn(
            where, f"'published' {published!r} is not a date; ignored (looked for in the text)"
        )
        del fields["published"]
    # The line's other keys are the user's, kept apart under "input": they
    # can never replace a field the pipeline computes (events, doc_id…).
    extra = {k: v for k, v in obj.items() if k not in JSONL_FIELDS}
    meta = {INPUT_KEY: extra} if extra else {}
    doc = text_document(doc_id, text, origin=where, encoding=encoding, fields=fields, meta=meta)
    if doc is None:
        session.reporter.report(where, "nothing left after removing navigation/boilerplate lines")
    return doc


def _is_date(value: str) -> bool:
    """Whether a ``published`` value reads as a date (the pipeline's own reading)."""
    from diplowatch.dates.published import normalise_published_field

    return normalise_published_field(value) is not None


def _line_document(
    line: str | bytes | None, lineno: int, where: str, stem: str, session: ReadSession
) -> Document | None:
    """The document of one JSON line, or None after reporting why there is none."""
    if line is None:
        session.reporter.report(
            where,
            f"line is longer than the per-document limit of {describe_size(session.max_doc_bytes)}"
            " (set DIPLOWATCH_MAX_DOC_MB to raise it)",
        )
        return None
    if isinstance(line, bytes):
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if not line.strip():
            return None
        try:
            text, encoding = _decode_line(line)
        except DecodeError as exc:
            session.reporter.report(where, str(exc))
            return None
    else:
        if not line.strip():
            return None
        text, encoding = line, "utf-16"
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        session.reporter.report(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
        return None
    return _jsonl_document(obj, stem, lineno, where, encoding, session)


def read_jsonl_stream(
    stream: IO[bytes], name: str, session: ReadSession, first_line: int = 1
) -> Iterator[Document]:
    """One document per JSON line of a binary stream.

    ``first_line`` numbers the lines of a stream that starts mid-file (the
    byte ranges that ``diplowatch.scale`` hands to workers).
    """
    stem = "stdin" if name == "<stdin>" else (Path(name).name.split(".")[0] or "doc")
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[type-var]
    head = buffered.peek(4)[:4]
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    seen_any = False
    if utf16:
        text_stream = io.TextIOWrapper(buffered, encoding="utf-16")
        lines: Iterator[tuple[int, Any]] = capped_lines(
            text_stream.readline, session.max_doc_bytes, first_line
        )
    else:
        lines = capped_lines(buffered.readline, session.max_doc_bytes, first_line)
    for lineno, line in lines:
        seen_any = True
        where = f"{name}:{lineno}"
        try:
            doc = _line_document(line, lineno, where, stem, session)
        except RecursionError:
            session.reporter.report(where, "JSON nested too deeply; line skipped")
            continue
        except Exception as exc:  # one odd line must not cost the rest of the file
            session.reporter.report(
                where, f"unexpected error ({type(exc).__name__}: {exc}); line skipped"
            )
            continue
        if doc is not None:
            yield doc
    if not seen_any:
        session.reporter.report(name, "empty file")


def read_jsonl_file(
    path: str, session: ReadSession, compressed: bool = False
) -> Iterator[Document]:
    if compressed:
        from diplowatch.ingest.gz import DecompressionBomb, open_capped

        try:
            with open(path, "rb") as raw, open_capped(raw) as fh:
                yield from read_jsonl_stream(fh, path, session)
        except DecompressionBomb as exc:
            session.reporter.report(path, str(exc))
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            session.reporter.report(
                path, f"truncated or corrupt gzip data ({exc}); the lines before it were read"
            )
        return
    with open(path, "rb") as fh:
        yield from read_jsonl_stream(fh, path, session)
