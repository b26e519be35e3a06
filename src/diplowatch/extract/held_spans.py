"""Span questions the held-persons reading asks once per name, answered
without reading every span.

mendH111 (diffread76): ``held_persons`` asked, for each name of a list,
whether any span taken so far meets the new one, and, for a given name,
which mentions stand in its clause or after its comma. Each question read
every span or mention, and a list of a thousand names asks it thousands of
times: the cost grew with the square of the list (and the cube with the
list rebuilt per name). The answers here are the same as those ``any``
walks gave, read from a bytearray of taken characters and from mentions
sorted once by start and by end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from diplowatch.extract.mention import Mention


class Taken:
    """The spans taken so far. ``meets(start, stop)`` is exactly
    ``any(a < stop and start < b for a, b in spans)``: the characters of
    each span are marked, so a question costs the length of the span asked
    about, not the number taken. Empty or reversed spans, which no marking
    holds, are kept aside and read one by one (none in practice)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._marks = bytearray()
        self._every = list[tuple[int, int]]()
        self._odd = list[tuple[int, int]]()
        for start, stop in spans:
            self.add(start, stop)

    def add(self, start: int, stop: int) -> None:
        """Take the span [start, stop)."""
        self._every.append((start, stop))
        if not 0 <= start < stop:
            self._odd.append((start, stop))
            return
        if stop > len(self._marks):
            self._marks.extend(bytes(stop - len(self._marks)))
        self._marks[start:stop] = b"\x01" * (stop - start)

    def meets(self, start: int, stop: int) -> bool:
        """Some span taken overlaps [start, stop) (as the pairwise test)."""
        if stop <= start:
            return any(a < stop and start < b for a, b in self._every)
        if self._marks.find(1, max(start, 0), stop) >= 0:
            return True
        return any(a < stop and start < b for a, b in self._odd)


class MentionSpans:
    """A document's mentions sorted once by start and by end, for the
    questions ``held_persons._given_misread`` asks per given name."""

    def __init__(self, mentions: list[Mention]) -> None:
        self._starts = sorted(m.start for m in mentions)
        # by end, and in the list's order among equal ends (``max`` keeps the first)
        order = sorted(range(len(mentions)), key=lambda j: (mentions[j].end, j))
        self._by_end = [mentions[j] for j in order]
        self._ends = [m.end for m in self._by_end]
        self._latest_start = list[int]()
        latest = -1
        for m in self._by_end:
            latest = max(latest, m.start)
            self._latest_start.append(latest)

    def starts_within(self, lo: int, hi: int) -> bool:
        """A mention starts in [lo, hi)."""
        k = bisect_left(self._starts, lo)
        return k < len(self._starts) and self._starts[k] < hi

    def head(self, lo: int, reach: int, at: int) -> Mention | None:
        """Of the mentions starting at ``lo`` or later and ending by ``at``,
        the one ending furthest (the first of the list among equals), where
        it ends at ``reach`` or later; else None."""
        best: Mention | None = None
        for k in range(bisect_left(self._ends, reach), bisect_right(self._ends, at)):
            m = self._by_end[k]
            if m.start >= lo and (best is None or m.end > best.end):
                best = m
        return best

    def within(self, lo: int, at: int) -> bool:
        """A mention starts at ``lo`` or later and ends by ``at``."""
        k = bisect_right(self._ends, at)
        return k > 0 and self._latest_start[k - 1] >= lo
