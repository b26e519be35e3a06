"""The per-document size limit of reading, and how a size is told to the user.

Kept apart from ``ingest.session`` so that the HTTP client (``ingest.fetch``),
the readers and the extraction boundary (``guard``) share one limit without
importing each other.
"""

from __future__ import annotations

import os

MB = 1024 * 1024


def default_max_doc_bytes() -> int:
    """100 MB unless DIPLOWATCH_MAX_DOC_MB says otherwise."""
    raw = os.environ.get("DIPLOWATCH_MAX_DOC_MB", "")
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    return int(value * MB) if value > 0 else 100 * MB


def describe_size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n / 1024:.0f} KB"
