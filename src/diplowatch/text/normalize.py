"""Normalisation for matching, with a map back to the original text.

Arabic and Persian news mix letter variants (ي/ی/ى, ك/ک, ة/ه, alef and
hamza forms), optional diacritics, tatweel, ZWNJ and three digit systems.
Lexicons and text are both passed through ``normalize`` so that one spelling
in a data file matches every variant in an article. Evidence must still point
into the text the user gave us, so every deletion is recorded and any span of
the normalised text can be mapped back (``Normalized.span_to_original``).

Only one-to-one replacements and deletions are made: the map stays a short
list of breakpoints (one per deleted run) instead of one integer per
character, which keeps a 50 MB document cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

# One-to-one replacements. Orthographic variants are folded onto the Arabic
# code points; the choice is arbitrary but must be the same for text and data.
_REPLACE: dict[str, str] = {
    "\u06cc": "\u064a",  # Persian yeh → Arabic yeh
    "\u0649": "\u064a",  # alef maksura → yeh
    "\u06d0": "\u064a",  # yeh with two dots below (Pashto/Uzbek) → yeh
    "\u0626": "\u064a",  # yeh with hamza above → yeh
    "\u0621": "\u064a",  # bare hamza → yeh, so لقاء and لقائه share the stem لقاي
    "\u06a9": "\u0643",  # keheh → kaf
    "\u06aa": "\u0643",  # swash kaf → kaf
    "\u0629": "\u0647",  # teh marbuta → heh
    "\u06c0": "\u0647",  # heh with yeh above (Persian ezafe) → heh
    "\u06be": "\u0647",  # heh doachashmee → heh
    "\u06d5": "\u0647",  # ae → heh
    "\u0623": "\u0627",  # alef with hamza above → alef
    "\u0625": "\u0627",  # alef with hamza below → alef
    "\u0622": "\u0627",  # alef with madda → alef
    "\u0671": "\u0627",  # alef wasla → alef
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0624": "\u0648",  # waw with hamza above → waw
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u066a": "%",  # Arabic percent sign
    "\u200c": " ",  # ZWNJ: a morpheme boundary, so a word boundary for matching
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
}
for _i in range(10):
    _REPLACE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _REPLACE[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits

# Folded one variant at a time with ``str.replace`` (a C scan per variant the
# text holds) rather than ``str.translate``, which looks every character of
# an Arabic or Persian article up in a dict: about 15 times as slow. Same
# result, because no replacement is itself a variant to replace.
_PAIRS = tuple(_REPLACE.items())
# ``str.translate`` looks each character up in the table: cheaper than the
# 51 scans of ``_PAIRS`` up to about this many characters.
_TABLE = str.maketrans(_REPLACE)
_SHORT = 32
assert not set(_REPLACE.values()) & set(_REPLACE)

# Deleted marks: harakat and other combining Arabic marks (incl. hamza
# above/below and superscript alef), Quranic annotation signs, tatweel, and
# invisible format characters (ZWJ, ZWSP, direction marks, BOM, soft hyphen).
# A run of spaces or tabs keeps one character only, so multi-word lexicon
# entries match across irregular spacing.
_MARKS = (
    "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b\u200d\u200e\u200f"
    "\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)
# The last branch removes a space followed by deleted marks and another space
# ("وزير ـ الخارجية"), which would otherwise leave two spaces behind.
_DELETE_PLAIN = re.compile(f"{_MARKS}+|(?<=[ \t])[ \t]+|[ \t]{_MARKS}+(?=[ \t])")
# ``_DELETE_PLAIN`` written to open with the class of every character a
# deletion can start with, each branch then checking the character it
# opened with by a look-behind: the same matches, but the engine leaps over
# the letters between candidates (an opening look-behind made it try each
# branch at every position: most of ``normalize``'s time on an article).
_DELETE = re.compile(
    f"[{_MARKS[1:-1]} \t](?:(?<={_MARKS}){_MARKS}*"
    f"|(?<=[ \t][ \t])[ \t]*|(?<=[ \t]){_MARKS}+(?=[ \t]))"
)


# A deletion starts at a mark, or at a space or tab right after another
# (``_DELETE``'s second branch; its third needs a mark too): a text with no
# mark, tab or double space has none, which ``_deletes_none`` reads in C
# without trying ``_DELETE`` at every space (speed70a).
_MARK = re.compile(_MARKS)


def _deletes_none(folded: str) -> bool:
    """Whether ``_DELETE`` finds nothing in ``folded``: no mark, no tab and no
    two spaces in a row (over a third of the articles)."""
    return "  " not in folded and "\t" not in folded and _MARK.search(folded) is None


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus the breakpoints that map it back to the original.

    ``breaks[k]`` is a position in ``text`` from which original positions are
    ``shifts[k]`` characters further on.
    """

    text: str
    breaks: list[int] = field(default_factory=list)
    shifts: list[int] = field(default_factory=list)

    def to_original(self, pos: int) -> int:
        """Original index of the character at normalised index ``pos``."""
        k = bisect_right(self.breaks, pos) - 1
        return pos + (self.shifts[k] if k >= 0 else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span to the original text.

        The end is mapped through its last character, so marks deleted right
        after the span (a trailing diacritic) are not swallowed into it.
        """
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # Rare characters (e.g. 'İ') lower to two code points (a base letter and
    # a combining mark); keep only the base letter so the correspondence stays
    # one-to-one and "İstanbul" still matches "istanbul".
    return "".join(c.lower()[0] for c in text)


def _fold(text: str) -> str:
    """``text`` with each variant of ``_REPLACE`` replaced. A short text (a
    lexicon phrase: tens of thousands of them per language build) is folded
    by one ``str.translate``, cheaper there than 51 ``in`` scans; a long one
    (an article) by ``str.replace`` per variant it holds (speed70b)."""
    if len(text) <= _SHORT:
        return text.translate(_TABLE)
    for old, new in _PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def _deletion_spans(folded: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_DELETE.finditer(folded)``, the engine started only
    next to a place a deletion can start from. ``_DELETE`` opens with the
    space, so the engine stops at every space of the text to try its
    branches (most of ``normalize``'s time on an article with a mark); yet
    a deletion starts at a mark, one place before a mark (a space before
    marks, its third branch), or at a space or tab right after another
    (its second), so one place before or at the first mark, tab or two
    spaces on there is no deletion: those are found in C (a mark class
    with no space, ``str.find``), each kept until the reading passes it,
    and ``_DELETE`` searched from there (speed72b)."""
    size, pos = len(folded), 0
    mark = space2 = tab = -1
    while True:
        if mark < pos:
            found = _MARK.search(folded, pos)
            mark = found.start() if found is not None else size
        if space2 < pos - 1:
            space2 = _found(folded.find("  ", max(0, pos - 1)), size)
        if tab < pos - 1:
            tab = _found(folded.find("\t", max(0, pos - 1)), size)
        near = min(mark, space2, tab)
        if near >= size:
            return
        m = _DELETE.search(folded, max(pos, near - 1))
        if m is None:
            return
        pos = m.end()
        yield m.start(), pos


def _found(at: int, size: int) -> int:
    """A ``str.find`` result, with "none" read as the text's end."""
    return size if at < 0 else at


def normalize(text: str) -> Normalized:
    """Fold variants for matching; see the module docstring for the rules."""
    folded = _lower_same_length(_fold(text))
    if _deletes_none(folded):
        return Normalized(folded)
    breaks: list[int] = []
    shifts: list[int] = []
    pieces: list[str] = []
    removed = 0
    last = 0
    for start, end in _deletion_spans(folded):
        pieces.append(folded[last:start])
        removed += end - start
        last = end
        breaks.append(end - removed)
        shifts.append(removed)
    if not breaks:
        return Normalized(folded)
    pieces.append(folded[last:])
    return Normalized("".join(pieces), breaks, shifts)


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalize_phrase(phrase: str) -> str:
    """Normalise a lexicon entry: same folding as text, single spaces, trimmed."""
    return _SPACES.sub(" ", normalize(phrase).text).strip()
