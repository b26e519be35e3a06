"""diplowatch: native extraction of diplomatic events with evidence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from diplowatch.version import __version__

if TYPE_CHECKING:
    from diplowatch.store.api import Database

__all__ = ["__version__", "open"]


def open(path: str | Path = "diplowatch.db", *, readonly: bool = True) -> Database:  # noqa: A001
    """Open an event database built by `diplowatch ingest` (see docs/store.md).

    Imported lazily so `import diplowatch` stays cheap.
    """
    from diplowatch.store.api import Database

    return Database(path, readonly=readonly)
