"""Full-text search with the user's words, never a 500 for odd input.

The store's FTS engine has its own query syntax; a stray quote or operator
the user typed is reported as a bad parameter instead of an internal error.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from diplowatch.problems import UserError
from diplowatch.serve.params import InvalidParameter


def run_search(store: Any, q: str, *, limit: int, offset: int) -> list[dict[str, Any]]:
    try:
        hits: list[dict[str, Any]] = store.search(q, limit=limit, offset=offset)
    except UserError as exc:
        raise InvalidParameter("q", str(exc)) from None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        raise InvalidParameter("q", f"cannot search for {q!r} ({exc})") from None
    return hits
