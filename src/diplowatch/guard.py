"""The per-document boundary around extraction: one bad document, one problem.

A batch of ten thousand articles must not stop at the one that trips a bug,
recurses too deeply or runs for ten minutes. ``process_guarded`` runs
``pipeline.process`` on one document and turns anything that goes wrong into
a ``Failure`` (with the document's origin, for the problem report) instead of
an exception, within two budgets:

* **size**: a text longer than ``max_chars`` (the ingest limit,
  ``DIPLOWATCH_MAX_DOC_MB``, 100 MB by default) is not extracted;
* **time**: ``DIPLOWATCH_DOC_SECONDS`` (60 s by default) plus 10 s per
  million characters; a document still running then is abandoned.

Memory stays flat on long documents because a text beyond ``CHUNK_CHARS``
characters is extracted in pieces cut at a paragraph, sentence or word
boundary; the pieces' events are merged with the extractor's own rule and
their offsets shifted back, so evidence still points into the whole text.
"""

from __future__ import annotations

import ctypes
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any

from diplowatch.model import Document, Record

#: Longer texts are extracted piece by piece (about 60-80 MB of working memory each).
CHUNK_CHARS = 1_000_000
#: Highlights kept for such a long text (a million of them would cost ~250 MB).
MAX_PIECED_ANNOTATIONS = 50_000
_DEFAULT_SECONDS = 60.0
_SECONDS_PER_MILLION = 10.0
_SENTENCE_END = re.compile(r"[.!?;؟؛۔。]\s")


@dataclass(frozen=True)
class Failure:
    """A document that could not be extracted, and why (for the problem report)."""

    doc_id: str
    origin: str
    reason: str

    @property
    def source(self) -> str:
        return self.origin or self.doc_id


class DocumentTimeout(BaseException):
    """Raised inside the extracting thread when its time budget is spent.

    A ``BaseException`` so that an ``except Exception`` inside a library does
    not swallow it.
    """


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, ""))
    except ValueError:
        return default


def max_chars() -> int:
    """Characters above which a document is not extracted (the ingest size limit)."""
    from diplowatch.ingest.context import default_max_doc_bytes

    return default_max_doc_bytes()


def seconds_for(chars: int) -> float | None:
    """Time budget of a document of ``chars`` characters (None: no limit)."""
    base = _env_float("DIPLOWATCH_DOC_SECONDS", _DEFAULT_SECONDS)
    if base <= 0:
        return None
    return base + _SECONDS_PER_MILLION * chars / 1_000_000


class _Deadline:
    """Raise ``DocumentTimeout`` in this thread if the block outlives ``seconds``.

    A timer thread sets an asynchronous exception on the working thread
    (works in any thread, unlike SIGALRM); it is delivered between two
    Python bytecodes, so a single long C call finishes first. A pending
    exception that arrives as the block ends is cleared under the lock.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._active = False
        self._fired = False
        self._thread = threading.get_ident()
        self._timer: threading.Timer | None = None

    def _fire(self) -> None:
        with self._lock:
            if self._active:
                self._fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self._thread), ctypes.py_object(DocumentTimeout)
                )

    def __enter__(self) -> _Deadline:
        if self.seconds is not None:
            self._thread = threading.get_ident()
            self._active = True
            self._timer = threading.Timer(self.seconds, self._fire)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._timer is None:
            return
        with self._lock:
            self._active = False
            self._timer.cancel()
            if self._fired and kind is None:
                # Fired after the work ended but before it was delivered: drop it.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread), None)


def _cuts(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most ``size`` characters, cut where a reader would.

    The cut is the last paragraph break in the second half of the window,
    else the last sentence end, else the last space, else the window's end.
    """
    start = 0
    while len(text) - start > size:
        hi = start + size
        lo = start + size // 2
        cut = text.rfind("\n", lo, hi) + 1
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, hi - size // 8, hi)]
            cut = ends[-1] if ends else text.rfind(" ", lo, hi) + 1
        if cut <= start:
            cut = hi
        yield start, cut
        start = cut
    yield start, len(text)


def _shift_record(record: Record, offset: int) -> None:
    for event in record.events:
        if event.evidence is not None:
            event.evidence.start += offset
            event.evidence.end += offset
    for note in record.meta.get("annotations", []) or []:
        note["start"] += offset
        note["end"] += offset


def _process_in_pieces(doc: Document) -> Record:
    """Extract a long text piece by piece and merge the results into one record."""
    # The extractor's own within-document rule, applied across the pieces.
    from diplowatch.extract.events import _merge as merge_events
    from diplowatch.pipeline import SUPPORTED_LANGS, process

    first: Record | None = None
    events: list[Any] = []
    annotations: list[Any] = []
    dropped = 0
    for start, end in _cuts(doc.text, CHUNK_CHARS):
        piece = replace(doc, text=doc.text[start:end], meta=dict(doc.meta))
        if first is not None:
            # The first piece decided the language and the publication date.
            piece.lang = first.lang
            piece.published = first.published or doc.published
        record = process(piece)
        _shift_record(record, start)
        if first is None:
            first = record
            if record.lang not in SUPPORTED_LANGS:
                return record  # nothing to extract in the other pieces either
        events.extend(record.events)
        found = record.meta.get("annotations", []) or []
        room = MAX_PIECED_ANNOTATIONS - len(annotations)
        annotations.extend(found[: max(room, 0)])
        dropped += max(len(found) - max(room, 0), 0)
    assert first is not None
    first.events = merge_events(events)
    first.meta.pop("annotations", None)
    if annotations:
        first.meta["annotations"] = annotations
    if dropped:
        first.meta["annotations_dropped"] = dropped
    first.note = None if first.events else "no diplomatic event found"
    return first


def process_guarded(
    doc: Document, *, seconds: float | None = -1.0, max_size: int | None = None
) -> Record | Failure:
    """``pipeline.process(doc)``, or a ``Failure`` saying why it could not be done.

    ``seconds`` overrides the time budget (None: no limit; the default -1
    means "from the environment"), ``max_size`` the size budget.
    """
    from diplowatch.pipeline import process

    limit = max_chars() if max_size is None else max_size
    if len(doc.text) > limit:
        return Failure(
            doc.doc_id,
            doc.origin,
            f"document has {len(doc.text):,} characters, over the extraction limit of "
            f"{limit:,} (set DIPLOWATCH_MAX_DOC_MB to raise it); not extracted",
        )
    budget = seconds_for(len(doc.text)) if seconds == -1.0 else seconds
    try:
        with _Deadline(budget):
            if len(doc.text) > CHUNK_CHARS and not doc.meta.get("skip_extraction"):
                return _process_in_pieces(doc)
            return process(doc)
    except DocumentTimeout:
        return Failure(
            doc.doc_id,
            doc.origin,
            f"extraction took longer than {budget:g} s (set DIPLOWATCH_DOC_SECONDS to raise"
            " the limit); skipped",
        )
    except RecursionError:
        return Failure(doc.doc_id, doc.origin, "extraction failed: structure nested too deeply")
    except MemoryError:
        return Failure(doc.doc_id, doc.origin, "extraction ran out of memory; skipped")
    except Exception as exc:  # a bug must cost one document, not the batch
        return Failure(
            doc.doc_id, doc.origin, f"extraction failed ({type(exc).__name__}: {exc}); skipped"
        )
