"""The per-document boundary around extraction: one bad document, one problem.

A batch of ten thousand articles must not stop at the one that trips a bug,
recurses too deeply or runs for ten minutes. ``process_guarded`` runs
``pipeline.process`` on one document and turns anything that goes wrong into
a ``Failure`` (with the document's origin, for the problem report) instead of
an exception, within two budgets (``process_stream`` runs it over a stream of
documents, in this process or a pool):

* **size**: a text longer than ``max_chars`` (the ingest limit,
  ``DIPLOWATCH_MAX_DOC_MB``, 100 MB by default) is not extracted;
* **time**: ``DIPLOWATCH_DOC_SECONDS`` (60 s by default) plus 10 s per
  million characters; a document still running then is abandoned (where
  extraction runs in a process's main thread: the CLI, its worker
  processes; see ``_Deadline``).

Memory stays flat on long documents because a text beyond ``CHUNK_CHARS``
characters is extracted in pieces cut at a paragraph, sentence or word
boundary; the pieces' events are merged with the extractor's own rule and
their offsets shifted back, so evidence still points into the whole text.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from diplowatch.model import Document, Record
from diplowatch.problems import ProblemReporter

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
    from diplowatch.ingest.limits import default_max_doc_bytes

    return default_max_doc_bytes()


def seconds_for(chars: int) -> float | None:
    """Time budget of a document of ``chars`` characters (None: no limit)."""
    base = _env_float("DIPLOWATCH_DOC_SECONDS", _DEFAULT_SECONDS)
    if base <= 0:
        return None
    return base + _SECONDS_PER_MILLION * chars / 1_000_000


class _Deadline:
    """Raise ``DocumentTimeout`` in the main thread once ``seconds`` have passed.

    A ``SIGALRM`` timer (``setitimer``): its handler raises between two Python
    bytecodes, so a single long C call finishes first, much as Ctrl+C does.
    An exception raised where Python ignores exceptions (a garbage-collector
    callback) would be lost, so the timer repeats every ``_REPEAT`` seconds
    until ``stop``. No locks are involved, so the exception can never leave
    one held. Signals reach only the main thread: elsewhere (a web server's
    worker thread, a Dask task) there is no time limit, only the size limit.
    Used as ``start()`` … ``finally: stop()``, not as a ``with`` block: the
    exception may arrive while ``start`` is still running, and ``stop`` must
    run even then.
    """

    _REPEAT = 0.05

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._armed = False
        self._installed = False
        self._previous: Any = None
        self._deadline = 0.0
        self._outer: tuple[float, float] | None = None  # an alarm set by someone else

    def _ring(self, signum: int, frame: Any) -> None:
        now = time.monotonic()
        if self._outer is not None and now >= self._outer[0]:
            # The alarm that was set before ours (pytest-timeout, the host
            # program) is due: hand it over.
            self._outer = None
            if callable(self._previous):
                self._previous(signum, frame)
            return
        if self._armed and now >= self._deadline:
            raise DocumentTimeout

    def start(self) -> None:
        usable = hasattr(signal, "setitimer") and (
            threading.current_thread() is threading.main_thread()
        )
        if self.seconds is None or not usable:
            return
        now = time.monotonic()
        delay, interval = signal.getitimer(signal.ITIMER_REAL)
        self._outer = (now + delay, interval) if delay > 0 else None
        self._deadline = now + self.seconds
        first = self.seconds if self._outer is None else min(self.seconds, delay)
        self._previous = signal.signal(signal.SIGALRM, self._ring)
        self._installed = True
        self._armed = True
        signal.setitimer(signal.ITIMER_REAL, max(first, 1e-6), self._REPEAT)

    def stop(self) -> None:
        """Disarm, and give back the handler and any alarm that was set before."""
        while self._installed:
            try:
                self._armed = False  # from here on the handler raises nothing of ours
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, self._previous)
                self._installed = False
                if self._outer is not None:
                    due, interval = self._outer
                    left = max(due - time.monotonic(), 1e-6)
                    signal.setitimer(signal.ITIMER_REAL, left, interval)
            except DocumentTimeout:
                continue  # rang just before it was disarmed: disarm again


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
        # ``sentences`` holds copies (``merged.keep_sentences``): each moves once.
        for span in filter(None, [event.evidence, *event.sentences]):
            span.start += offset
            span.end += offset
    for note in record.annotations:
        note["start"] += offset
        note["end"] += offset


def _process_in_pieces(doc: Document) -> Record:
    """Extract a long text piece by piece and merge the results into one record."""
    # The extractor's own within-document rule, applied across the pieces.
    from diplowatch.extract.merged import merge_events
    from diplowatch.lang import languages
    from diplowatch.pipeline import process

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
            if record.lang not in languages():
                return record  # nothing to extract in the other pieces either
        events.extend(record.events)
        found = record.annotations
        room = MAX_PIECED_ANNOTATIONS - len(annotations)
        annotations.extend(found[: max(room, 0)])
        dropped += max(len(found) - max(room, 0), 0)
    assert first is not None
    first.events = merge_events(events)
    first.annotations = annotations
    first.annotations_dropped = dropped
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
    deadline = _Deadline(budget)
    try:
        try:
            deadline.start()
            if len(doc.text) > CHUNK_CHARS and not doc.skip_extraction:
                return _process_in_pieces(doc)
            return process(doc)
        finally:
            deadline.stop()
    except (DocumentTimeout, Exception) as exc:  # a bug must cost one document, not the batch
        return _failure(doc, exc, budget)


def _failure(doc: Document, exc: BaseException, budget: float | None) -> Failure:
    """What went wrong, said so that the user knows which limit to raise, if any."""
    if isinstance(exc, DocumentTimeout):
        reason = (
            f"extraction took longer than {budget:g} s (set DIPLOWATCH_DOC_SECONDS to raise"
            " the limit); skipped"
        )
    elif isinstance(exc, RecursionError):
        reason = "extraction failed: structure nested too deeply"
    elif isinstance(exc, MemoryError):
        reason = "extraction ran out of memory; skipped"
    else:
        reason = f"extraction failed ({type(exc).__name__}: {exc}); skipped"
    return Failure(doc.doc_id, doc.origin, reason)


def process_stream(
    docs: Iterable[Document],
    *,
    workers: int = 1,
    chunk_size: int = 64,
    reporter: ProblemReporter | None = None,
) -> Iterator[Record]:
    """Process documents in input order, in this process or a local pool.

    Each document runs inside ``process_guarded``: one whose extraction
    fails (an error, or its time or size budget) is reported to ``reporter``
    (standard error by default) and left out; the others go on.
    """
    problems = reporter if reporter is not None else ProblemReporter()
    results: Iterable[Record | Failure]
    if workers <= 1:
        results = map(process_guarded, docs)
    else:
        from diplowatch.pool import parallel_map

        results = parallel_map(process_guarded, docs, workers=workers, chunk_size=chunk_size)
    for result in results:
        if isinstance(result, Failure):
            problems.report(result.source, result.reason)
            continue
        yield result
