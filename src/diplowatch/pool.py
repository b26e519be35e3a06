"""Order-preserving parallel map over a process pool, with bounded memory.

A utility below every stage (it imports nothing of diplowatch): extraction
of a stream (``guard.process_stream``), the store's ingest and the local
engine of ``diplowatch.scale`` all run their workers through it, and
``default_workers`` is the one answer to "how many workers by default".

Why batches: handing a pool one document at a time costs more in pickling and
inter-process round trips than extracting a short article, so documents travel
in chunks. Why a window: ``Executor.map`` submits the whole input up front,
which materialises a stream of millions of articles; here at most ``window``
chunks are in flight, so a slow consumer (a disk, a database) holds the
readers back instead of letting results pile up in memory.

A worker that dies (killed, out of memory) breaks the pool; the chunks that
were in flight are still held here, so they are resubmitted to a fresh pool a
few times before giving up. An exception raised by ``func`` itself is the
caller's and is re-raised unchanged.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: How often the chunks in flight may be resubmitted after a worker died.
MAX_POOL_RESTARTS = 2


def _apply_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Runs in the worker: one round trip per chunk, not per item."""
    return [func(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def default_workers(requested: int | None = None) -> int:
    """``requested`` when it is a positive number, else the cores this process
    may use (affinity-aware where the OS tells us, so a container limited to
    two cores of a large machine starts two workers, not one per core)."""
    if requested is not None and requested > 0:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _context() -> multiprocessing.context.BaseContext:
    # fork starts workers in milliseconds and shares the parent's already
    # imported modules; forkserver elsewhere (macOS, future defaults) is safe.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def parallel_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int | None = None,
    chunk_size: int = 64,
    window: int | None = None,
    initializer: Callable[[], object] | None = None,
) -> Iterator[R]:
    """Yield ``func(item)`` for every item, in input order.

    ``func`` must be picklable (a module-level function). ``workers`` defaults
    to the number of usable cores; with one worker everything runs in this
    process. ``window`` bounds the chunks in flight (default ``2 × workers``,
    enough to keep every worker busy while the next result is consumed).
    ``initializer`` runs once in each worker, e.g. to build lookup tables
    before the first chunk arrives.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    n_workers = default_workers(workers)
    if n_workers == 1:
        if initializer is not None:
            initializer()
        for item in items:
            yield func(item)
        return
    limit = max(1, window if window is not None else 2 * n_workers)
    yield from _run_pool(func, _chunks(items, chunk_size), n_workers, limit, initializer)


def _run_pool(
    func: Callable[[T], R],
    chunks: Iterator[list[T]],
    workers: int,
    limit: int,
    initializer: Callable[[], object] | None,
) -> Iterator[R]:
    """Results in input order, with at most ``limit`` chunks in flight so memory stays bounded."""
    pool = _Supervised(func, workers, initializer)
    try:
        for chunk in islice(chunks, limit):
            pool.submit(chunk)
        while pool.pending:
            future = pool.pending[0][1]
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.restart()
                continue
            pool.pending.popleft()
            # Refill before yielding so the workers stay busy while the
            # caller consumes this chunk's results.
            for next_chunk in islice(chunks, 1):
                pool.submit(next_chunk)
            yield from results
    finally:
        pool.close()


class _Supervised(Generic[T, R]):
    """A process pool whose chunks in flight go to a fresh pool when a worker dies."""

    def __init__(
        self, func: Callable[[T], R], workers: int, initializer: Callable[[], object] | None
    ) -> None:
        """Keep what a fresh pool needs, so a dead one can be replaced alike."""
        self.func = func
        self.workers = workers
        self.initializer = initializer
        self.restarts = 0
        self.pending: deque[tuple[list[T], Future[list[R]]]] = deque()
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        """A pool of fresh worker processes, each run through ``initializer`` first."""
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=_context(), initializer=self.initializer
        )

    def submit(self, chunk: list[T]) -> None:
        """Start ``chunk`` on the pool, behind those already in flight."""
        self.pending.append((chunk, self.pool.submit(_apply_chunk, self.func, chunk)))

    def restart(self) -> None:
        """Replace a broken pool and resubmit every chunk in flight, up to MAX_POOL_RESTARTS times."""
        self.restarts += 1
        if self.restarts > MAX_POOL_RESTARTS:
            raise RuntimeError(
                f"worker processes died {self.restarts} times (out of memory or killed?); giving up"
            ) from None
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()
        held = [c for c, _ in self.pending]
        self.pending.clear()
        for c in held:
            self.submit(c)

    def close(self) -> None:
        """Cancel what has not started and wait for the workers to exit."""
        for _, future in self.pending:
            future.cancel()
        self.pool.shutdown(wait=True, cancel_futures=True)
