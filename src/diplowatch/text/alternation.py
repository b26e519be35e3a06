"""An alternation of regular expressions that only tries the ones that can match.

Python's ``re`` tries every branch of ``a|b|c`` at every position, and a
branch that opens with a wildcard (``.{1,60} را در …``) rescans dozens of
characters each time: the boilerplate patterns of all languages cost more per
sentence than anything else in citing its evidence. Most branches hold a word
that every match must contain; a span without that word cannot match the
branch, so it is left out of the alternation for that span. The result is
exactly the alternation's (leftmost match first, branches in order): only
branches that cannot match anywhere in the span are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_META = set(".^$*+?{}[]()|\\")
_QUANTIFIERS = set("*+?{")


def required_literal(pattern: str) -> str:
    """The longest run of plain characters outside any group, class or
    escape, each not made optional by a quantifier, that every match of
    ``pattern`` contains; "" when there is none (a top-level ``|`` too)."""
    runs, run, depth, i = [], "", 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            runs.append(run)
            run, i = "", i + 2
            continue
        if ch == "[":
            runs.append(run)
            run, i = "", _class_end(pattern, i) + 1
            continue
        if ch == "{":  # a counted repeat: "{0,200}" holds no text of its own
            runs.append(run)
            close = pattern.find("}", i)
            run, i = "", (close if close >= 0 else i) + 1
            continue
        if ch == "|" and depth == 0:
            return ""
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch not in _META:
            nxt = pattern[i + 1] if i + 1 < len(pattern) else ""
            if nxt in _QUANTIFIERS:
                runs.append(run)
                run = ""
            else:
                run += ch
        else:
            runs.append(run)
            run = ""
        i += 1
    runs.append(run)
    return max(runs, key=len)


def _class_end(pattern: str, start: int) -> int:
    """Index of the ``]`` closing the character class opened at ``start``."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1  # "[]…]": a leading bracket is a member
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


class Alternation:
    """``(?:p1)|(?:p2)|…`` matched only with the branches a span may hold."""

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = tuple(patterns)
        self.literals = tuple(required_literal(p) for p in patterns)

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``re.finditer`` of the whole alternation over ``text[start:end]``."""
        span = text[start:end]
        live = tuple(n for n, lit in enumerate(self.literals) if not lit or lit in span)
        if not live:
            return iter(())
        return self._compiled(live).finditer(text, start, end)

    @lru_cache(maxsize=64)  # noqa: B019 - one instance per process, kept for its life
    def _compiled(self, live: tuple[int, ...]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{self.patterns[n]})" for n in live))
