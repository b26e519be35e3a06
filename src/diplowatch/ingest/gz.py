"""Gzip input with a cap on how much it may expand (decompression bombs).

A 200 KB ``.jsonl.gz`` can hold 200 MB of newlines; reading it costs minutes
and yields nothing. News text compresses 3-10×, so data that expands more
than ``max_ratio()`` times (100 by default, ``DIPLOWATCH_MAX_GZIP_RATIO``)
once past the first megabyte is refused with a clear reason, having read
only that first megabyte or so.
"""

from __future__ import annotations

import gzip
import io
import os
from typing import IO, Any

DEFAULT_RATIO = 100.0
#: Small inputs are never refused: a 1 KB file may well expand 200×.
FLOOR = 1024 * 1024


class DecompressionBomb(ValueError):
    """Gzip data expanding far beyond what text ever does."""


def max_ratio() -> float | None:
    """The expansion cap, or None when DIPLOWATCH_MAX_GZIP_RATIO is 0 (no cap)."""
    raw = os.environ.get("DIPLOWATCH_MAX_GZIP_RATIO", "")
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_RATIO
    return value if value > 0 else None


class _Counting(io.RawIOBase):
    """Counts the compressed bytes the decompressor has taken."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


class CappedGunzip(io.RawIOBase):
    """The decompressed bytes of ``raw``; raises DecompressionBomb past the ratio."""

    def __init__(self, raw: IO[bytes], ratio: float | None = -1.0, floor: int = FLOOR) -> None:
        super().__init__()
        self._source = _Counting(raw)
        self._gzip = gzip.GzipFile(fileobj=self._source)
        self.ratio = max_ratio() if ratio == -1.0 else ratio
        self.floor = floor
        self.produced = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._gzip.readinto(buffer)
        self.produced += n
        if (
            self.ratio is not None
            and self.produced > self.floor
            and self.produced > self.ratio * max(self._source.count, 1)
        ):
            raise DecompressionBomb(
                f"gzip data expands more than {self.ratio:g}x ({self.produced:,} bytes from "
                f"{self._source.count:,}): refused as a likely decompression bomb "
                "(set DIPLOWATCH_MAX_GZIP_RATIO=0 to read it anyway)"
            )
        return n

    def close(self) -> None:
        self._gzip.close()
        super().close()


def open_capped(raw: IO[bytes]) -> io.BufferedReader:
    """A buffered reader of the decompressed data of ``raw``."""
    return io.BufferedReader(CappedGunzip(raw))
