"""What a sum of money is, read from the words around it.

A sum is a ``target`` ("to raise trade to $50 billion", "رفع حجم التبادل
التجاري إلى", "به ۳۰ میلیارد دلار برسانند", or a sum next to "by 2030"), a
``loan``, a ``grant``, an ``investment``, a ``trade`` volume or an aid
``pledge``; the cue words per kind are data (``lang/<code>/money.py``
KIND_CUES). Cues right next to the sum (a few words, within its clause) decide
first, then cues further out in the clause; among cues at the same distance
the more specific kind wins (``KIND_ORDER``: "pledged $2 billion in loans" is
a loan, "raise bilateral trade to …" a target). A sum with no cue gets None
and the event decides (aid is a pledge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.dates.lexicon import alternation
from diplowatch.dates.lexicon import lexicon as date_lexicon

# From the most to the least specific: the first kind with a cue wins.
KIND_ORDER = ("target", "loan", "grant", "investment", "trade", "pledge")
NEAR_WORDS = 4  # words on each side that count as "right next to" the sum
FAR_BEFORE = 90  # characters before the sum its clause may reach
FAR_AFTER = 40  # characters after it
_GAP = r"(?:\s+\S+){0,6}\s+"  # "…" in a cue: up to six words
# A clause ends at these; commas end only the few words next to a sum.
_CLAUSE_PUNCT = r"[;؛!?؟:()«»]|\.(?!\d)|\s[-–—]\s"
_COMMA = r"[,،]"


@dataclass(frozen=True)
class _KindLexicon:
    cues: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # (kind, patterns) in KIND_ORDER
    breaks: re.Pattern[str]  # punctuation or a word that ends a clause
    near_breaks: re.Pattern[str]  # the same and commas


def _phrase(phrase: str, proclitics: str) -> str:
    from diplowatch.text.normalize import normalize_phrase

    parts = [re.escape(normalize_phrase(p)).replace(r"\ ", r"\s+") for p in phrase.split("…")]
    return rf"(?<![^\W\d_])(?:{proclitics})?" + _GAP.join(p for p in parts if p) + r"(?![^\W\d_])"


@cache
def _lexicon(lang: str) -> _KindLexicon:
    data = lang_data.require(lang, "money")
    table = getattr(data, "KIND_CUES", {})
    proclitics = alternation(getattr(data, "CUE_PROCLITICS", ())) + "?"
    cues = []
    for kind in KIND_ORDER:
        phrases = sorted(table.get(kind, ()), key=len, reverse=True)
        patterns = (
            [re.compile("|".join(_phrase(p, proclitics) for p in phrases))] if phrases else []
        )
        if kind == "target":  # "$50 billion by 2028", "تا سال ۲۰۲۸ به ۳۰ میلیارد دلار"
            patterns.append(date_lexicon(lang).target_year_re)
        if patterns:
            cues.append((kind, tuple(patterns)))
    words = alternation(getattr(data, "CLAUSE_BREAKS", ()))
    breaks = rf"{_CLAUSE_PUNCT}|(?<![^\W\d_]){words}(?![^\W\d_])"
    return _KindLexicon(
        cues=tuple(cues),
        breaks=re.compile(breaks),
        near_breaks=re.compile(rf"{breaks}|{_COMMA}"),
    )


def _words_back(text: str, pos: int, lo: int, n: int) -> int:
    """Start of the ``n`` words before ``pos`` (not before ``lo``)."""
    i = pos
    for _ in range(n):
        i = text.rfind(" ", lo, max(lo, i - 1))
        if i < 0:
            return lo
    return max(lo, i + 1)


def _words_ahead(text: str, pos: int, hi: int, n: int) -> int:
    """End of the ``n`` words after ``pos`` (not past ``hi``)."""
    i = pos
    for _ in range(n):
        i = text.find(" ", min(hi, i + 1), hi)
        if i < 0:
            return hi
    return min(hi, i)


def _clause(text: str, spans: list[tuple[int, int]], k: int, lx: _KindLexicon) -> tuple[int, ...]:
    """(far start, near start, near end, far end) around the ``k``-th sum.

    Both windows stop at the end of the clause (a clause word, a colon, a
    bracket or a dash aside); the near one also at commas and at the
    neighbouring sums, so "a $1 billion loan and a $2 billion grant" gives each
    sum its own noun, while the far one before a sum may pass the previous sum
    ("raise trade from $2 billion to $5 billion").
    """
    start, end = spans[k]
    prev_end = spans[k - 1][1] if k > 0 else 0
    next_start = spans[k + 1][0] if k + 1 < len(spans) else len(text)
    far_lo = max(0, start - FAR_BEFORE)
    ends = [m.end() for m in lx.breaks.finditer(text, far_lo, start)]
    far_lo = ends[-1] if ends else far_lo
    near_ends = [m.end() for m in lx.near_breaks.finditer(text, far_lo, start)]
    near_lo = max(prev_end, near_ends[-1] if near_ends else far_lo)
    near_lo = max(near_lo, _words_back(text, start, near_lo, NEAR_WORDS))
    after_break = lx.near_breaks.search(text, end, min(len(text), end + FAR_AFTER))
    far_hi = min(next_start, after_break.start() if after_break else end + FAR_AFTER, len(text))
    near_hi = _words_ahead(text, end, far_hi, NEAR_WORDS)
    return far_lo, near_lo, near_hi, far_hi


def _kind_of(text: str, spans: list[tuple[int, int]], k: int, lang: str) -> str | None:
    lx = _lexicon(lang)
    start, end = spans[k]
    far_lo, near_lo, near_hi, far_hi = _clause(text, spans, k, lx)
    far: str | None = None
    for kind, patterns in lx.cues:
        for pattern in patterns:
            for m in pattern.finditer(text, far_lo, start):
                if m.end() >= near_lo:
                    return kind  # right before the sum
                far = far or kind
            after = pattern.search(text, end, far_hi)
            if after is not None:
                if after.start() <= near_hi:
                    return kind  # right after the sum
                far = far or kind
    return far


def sum_kinds(text: str, spans: list[tuple[int, int]], lang: str) -> list[str | None]:
    """The kind of each sum at ``spans`` (sorted, non-overlapping) in ``text``."""
    return [_kind_of(text, spans, k, lang) for k in range(len(spans))]
