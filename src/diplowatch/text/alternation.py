"""An alternation of regular expressions that only tries the ones that can match.

Python's ``re`` tries every branch of ``a|b|c`` at every position, and a
branch that opens with a wildcard (``.{1,60} را در …``) rescans dozens of
characters each time: the boilerplate patterns of all languages cost more per
sentence than anything else in citing its evidence. Most branches hold a word
that every match must contain; a span without that word cannot match the
branch, so it is left out of the alternation for that span. The result is
exactly the alternation's (leftmost match first, branches in order): only
branches that cannot match anywhere in the span are dropped.

``longest_first`` writes an alternation of many plain phrases as a trie
instead: the phrases that share an opening are tried once for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_META = set(".^$*+?{}[]()|\\")
_QUANTIFIERS = set("*+?{")


def longest_first(phrases: Iterable[str]) -> str:
    """A pattern that matches what ``"|".join(map(re.escape, phrases))``
    matches when ``phrases`` are sorted longest first, written as a trie:
    at each letter the longer phrases are tried before a phrase that ends
    there (a greedy optional group). All the phrases that match at one
    position are openings of one another, so both find the longest; the
    trie reads the shared openings once, not once per phrase (a language's
    counted phrases are a hundred variants of a few words)."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(trie) or "(?!)"


def _trie(node: dict[str, dict]) -> str:
    """The pattern of a trie node: its branches, optional where a phrase ends."""
    branches = [re.escape(ch) + _trie(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


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


def required_choice(pattern: str) -> tuple[str, ...]:
    """The words of the first group of ``pattern`` that is a plain choice
    (``(a|b)`` or ``(?:a|b)``: words with no regex syntax, the group not
    made optional nor repeated, outside any other group); every match holds
    one of them. () when there is none, or a top-level ``|``."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i) + 1
            continue
        if ch == "|" and depth == 0:
            return ()
        if ch == "(" and depth == 0:
            close = pattern.find(")", i)
            body = pattern[i + 1 : close].removeprefix("?:")
            after = pattern[close + 1 : close + 2]
            words = body.split("|")
            if close > i and after not in _QUANTIFIERS and all(_plain(w) for w in words):
                return tuple(words)
        depth += (ch == "(") - (ch == ")")
        i += 1
    return ()


def _plain(word: str) -> bool:
    """A word with no regex syntax: it matches only itself."""
    return bool(word) and not any(ch in _META for ch in word)


def _requirement(pattern: str) -> tuple[str, ...]:
    """What a span must hold for ``pattern`` to match in it: its required
    literal, or, where that is a single character or none ("\\d+ (نظر|دیدگاه)",
    "(نظرات|دیدگاه‌ها)\\s*\\(\\d+\\)"), one of the words of its
    ``required_choice``; () when nothing is required."""
    literal = required_literal(pattern)
    if len(literal.strip()) < 2:
        choice = required_choice(pattern)
        if choice:
            return choice
    return (literal,) if literal else ()


class Alternation:
    """``(?:p1)|(?:p2)|…`` matched only with the branches a span may hold."""

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = tuple(patterns)
        self.needs = tuple(_requirement(p) for p in patterns)
        # every branch's words in one flat list, and the branches that need
        # none: a span is searched for each word once, with no nested loops
        self._words = tuple((n, w) for n, need in enumerate(self.needs) for w in need)
        self._free = frozenset(n for n, need in enumerate(self.needs) if not need)
        self._roots = _word_tree(self._words)

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``re.finditer`` of the whole alternation over ``text[start:end]``."""
        span = text[start:end]
        live = set(self._free)
        _held_branches(span, self._roots, live)
        live_branches = tuple(sorted(live))
        if not live_branches:
            return iter(())
        return self._compiled(live_branches).finditer(text, start, end)

    @lru_cache(maxsize=64)  # noqa: B019 - one instance per process, kept for its life
    def _compiled(self, live: tuple[int, ...]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{self.patterns[n]})" for n in live))


# A required word, the branches that need it, and the required words that
# hold it: those can be in a span only where it is (``_word_tree``).
_Node = tuple[str, tuple[int, ...], tuple["_Node", ...]]


def _word_tree(words: tuple[tuple[int, str], ...]) -> tuple[_Node, ...]:
    """The distinct required ``words`` (each with its branch numbers) as a
    forest: each word under the longest other word it holds. A span is then
    searched for a word only where the word under which it hangs stands
    (speed70a): most spans hold no root ("تعليق", "©", "نظر"), so their
    longer forms ("التعليقات", "عدد التعليقات", "نظرات") are never searched."""
    branches: dict[str, list[int]] = {}
    for n, w in words:
        branches.setdefault(w, []).append(n)
    ordered = sorted(branches, key=len)
    parent = {
        w: max((o for o in ordered[:i] if o in w and len(o) < len(w)), key=len, default="")
        for i, w in enumerate(ordered)
    }

    def node(w: str) -> _Node:
        kids = tuple(node(c) for c in ordered if parent[c] == w and c)
        return w, tuple(branches[w]), kids

    return tuple(node(w) for w in ordered if not parent[w])


def _held_branches(span: str, nodes: tuple[_Node, ...], live: set[int]) -> None:
    """Add to ``live`` the branches of the words of ``nodes`` that ``span``
    holds, reading a word's children only where it stands: what
    ``{n for n, w in words if w in span}`` finds."""
    for word, branches, kids in nodes:
        if word in span:
            live.update(branches)
            if kids:
                _held_branches(span, kids, live)
