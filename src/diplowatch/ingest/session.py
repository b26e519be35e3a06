"""Settings and shared state of one reading run, passed to every reader."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from diplowatch.ingest.limits import default_max_doc_bytes, describe_size
from diplowatch.problems import ProblemReporter

if TYPE_CHECKING:
    from diplowatch.ingest.fetch import Fetcher


def url_id(url: str) -> str:
    """A stable short id for a document that has only a URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


@dataclass
class ReadSession:
    """Where problems go, how large a document may be, and the one HTTP client.

    One per call of ``ingest.iter_documents`` (or per Parquet partition), so
    every reader reports alike and the fetcher's per-host politeness spans
    every URL of the run.
    """

    reporter: ProblemReporter
    max_doc_bytes: int = field(default_factory=default_max_doc_bytes)
    follow: bool = False
    fetcher: Fetcher | None = None

    def too_big(self, size: int) -> str:
        return (
            f"document is {describe_size(size)}, over the per-document limit of "
            f"{describe_size(self.max_doc_bytes)} (set DIPLOWATCH_MAX_DOC_MB to raise it)"
        )

    def readable_size(self, path: str) -> bool:
        """Whether the file at ``path`` holds something within the
        per-document limit; an empty or too large file is reported here,
        once for every reader of whole files (text, HTML)."""
        size = Path(path).stat().st_size
        if size == 0:
            self.reporter.report(path, "empty file")
            return False
        if size > self.max_doc_bytes:
            self.reporter.report(path, self.too_big(size))
            return False
        return True

    def get_fetcher(self) -> Fetcher:
        if self.fetcher is None:
            from diplowatch.ingest.fetch import Fetcher

            self.fetcher = Fetcher()
        return self.fetcher
