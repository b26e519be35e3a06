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
from typing import TypeVar

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
    restarts = 0
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=_context(), initializer=initializer
        )

    pool = new_pool()
    try:
        for chunk in islice(chunks, limit):
            pending.append((chunk, pool.submit(_apply_chunk, func, chunk)))
        while pending:
            chunk, future = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                restarts += 1
                if restarts > MAX_POOL_RESTARTS:
                    raise RuntimeError(
                        f"worker processes died {restarts} times (out of memory or killed?); giving up"
                    ) from None
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                held = [c for c, _ in pending]
                pending.clear()
                for c in held:
                    pending.append((c, pool.submit(_apply_chunk, func, c)))
                continue
            pending.popleft()
            # Refill before yielding so the workers stay busy while the
            # caller consumes this chunk's results.
            for next_chunk in islice(chunks, 1):
                pending.append((next_chunk, pool.submit(_apply_chunk, func, next_chunk)))
            yield from results
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
