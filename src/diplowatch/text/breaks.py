"""Where a clause's span ends: the first or the last break mark in a range.

Several extraction steps read a clause from a point up to its first break
(``extract/subclause_subject``, ``extract/predicates``) or back to the last
break before it (``extract/scan``'s ``CLAUSE`` reach). Each spelled its own
scan (a Python loop over characters, a regular expression, one ``rfind``
per mark), and an unbounded one read a one-line document of megabytes to
its end for every trigger. Here the scans are written once, and the caller
always gives both ends of the range: a sentence's end, or a reach.

The break marks stay the caller's (``text/punctuation`` names them): the
readers differ on purpose in what ends their clause (a comma does not end
a list of penalties, it does end a complement clause).
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _mark_class(marks: frozenset[str]) -> re.Pattern[str]:
    """One character class of ``marks``, compiled once per set: the
    sets are few and fixed, and a search in C beats a loop per character."""
    return re.compile("[" + re.escape("".join(sorted(marks))) + "]")


def first_break(text: str, start: int, end: int, marks: frozenset[str]) -> int:
    """Where the first of ``marks`` stands in ``text[start:end]``, or
    ``min(end, len(text))`` when none does: the clause going on at
    ``start`` closes there, and nothing past ``end`` is read."""
    found = _mark_class(marks).search(text, start, end)
    return found.start() if found else min(end, len(text))


def clause_end(text: str, pos: int, limit: int, marks: frozenset[str]) -> int:
    """Where the clause going on at ``pos`` closes, not past ``limit``: at
    the first of ``marks`` in ``text[pos:limit]``, else ``limit`` (``pos``
    itself when it is not before ``limit``). It is what a step on per
    character to a mark reads (``while pos < limit and text[pos] not in
    marks``), answered in C: ``clause_start``'s twin, for the rules that read
    a phrase on to its break."""
    if pos >= limit:
        return pos
    return first_break(text, pos, limit, marks)


def last_break(text: str, start: int, end: int, marks: frozenset[str]) -> int:
    """Where the last of ``marks`` stands in ``text[start:end]``, or -1 when
    none does (``str.rfind``'s answer): the clause going on at ``end``
    opened after it, and nothing before ``start`` is read. The window is
    cut once and each mark found in it by ``map``, in C, not by a generator
    (speed81); a negative ``start`` or an empty mark, whose ``rfind`` reads
    differently from a cut window's, take the search per mark."""
    if start < 0 or "" in marks:
        return max((text.rfind(c, start, end) for c in marks), default=-1)
    found = max(map(text[start:end].rfind, marks), default=-1)
    return found + start if found >= 0 else -1


def clause_start(text: str, lo: int, pos: int, marks: frozenset[str]) -> int:
    """Where the clause going on at ``pos`` opens, not before ``lo``: right
    after the last of ``marks`` in ``text[lo:pos]``, else ``lo`` (``pos``
    itself when it is not after ``lo``). It is what a step back per
    character to a mark reads (``while pos > lo and text[pos - 1] not in
    marks``), answered in C: the rules ask it for each verb of saying."""
    if pos <= lo:
        return pos
    cut = last_break(text, lo, pos, marks)
    return cut + 1 if cut >= 0 else lo
