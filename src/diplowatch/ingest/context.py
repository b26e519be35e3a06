"""Settings and shared state of one ingestion run, passed to every reader."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from diplowatch.problems import ProblemReporter

if TYPE_CHECKING:
    from diplowatch.ingest.fetch import Fetcher

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


def url_id(url: str) -> str:
    """A stable short id for a document that has only a URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


@dataclass
class Context:
    reporter: ProblemReporter
    max_doc_bytes: int = field(default_factory=default_max_doc_bytes)
    follow: bool = False
    fetcher: Fetcher | None = None

    def too_big(self, size: int) -> str:
        return (
            f"document is {describe_size(size)}, over the per-document limit of "
            f"{describe_size(self.max_doc_bytes)} (set DIPLOWATCH_MAX_DOC_MB to raise it)"
        )

    def get_fetcher(self) -> Fetcher:
        if self.fetcher is None:
            from diplowatch.ingest.fetch import Fetcher

            self.fetcher = Fetcher()
        return self.fetcher
