"""The progress bar on standard error, shown by every long piece of work.

One helper for the commands (``extract``, ``ingest``, ``load``) and the
partitioned engines, so every bar looks alike, and ``--progress/--no-progress``
means the same everywhere: the default is a bar when standard error is a
terminal. ``tqdm`` is imported only when a bar is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

#: Seconds between two redraws: often enough to look alive, rare enough to cost nothing.
REDRAW_SECONDS = 0.5


def shown(enabled: bool | None) -> bool:
    """Whether to draw a bar: as asked, else when standard error is a terminal."""
    return sys.stderr.isatty() if enabled is None else enabled


def progress_bar(enabled: bool | None, *, desc: str, unit: str, total: int | None = None) -> Any:
    """A ``tqdm`` bar to update by hand, or None when no bar is shown."""
    if not shown(enabled):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, desc=desc, file=sys.stderr, mininterval=REDRAW_SECONDS)


def with_progress(
    items: Iterable[T],
    enabled: bool | None,
    desc: str,
    total: int | None = None,
    unit: str = "doc",
) -> Iterator[T]:
    """``items`` behind a bar that counts them; with ``total``, it shows an ETA."""
    if not shown(enabled):
        return iter(items)
    from tqdm import tqdm

    return iter(
        tqdm(items, desc=desc, unit=unit, total=total, file=sys.stderr, mininterval=REDRAW_SECONDS)
    )
