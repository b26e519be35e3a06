"""Money amounts: a number (digits and/or words) with a currency word, code or symbol.

A number without a currency is not money. Currency words, symbols and the
per-currency factor (toman = 10 rials) come from ``lang/<code>/money.py``;
numbers are read by ``extract.numbers``. Texts are normalised; spans point into
the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from diplowatch import lang as lang_data
from diplowatch.dates.lexicon import alternation, key
from diplowatch.extract.numbers import number_after, number_before
from diplowatch.text.normalize import normalize_phrase

_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class MoneyMention:
    """An amount of money; ``value`` in units of ``currency`` (ISO 4217)."""

    start: int
    end: int
    value: float
    currency: str


@dataclass(frozen=True)
class _MoneyLexicon:
    currencies: dict[str, str]
    factors: dict[str, float]
    forward: frozenset[str]  # codes and symbols that may precede the number
    finder: Any  # Aho-Corasick automaton: currency word/symbol → (length, is symbol)
    linker: re.Pattern[str]


@cache
def _lexicon(lang: str) -> _MoneyLexicon:
    data = lang_data.load(lang, "money") or lang_data.load("en", "money")
    words = {normalize_phrase(k): v for k, v in getattr(data, "CURRENCIES", {}).items()}
    symbols = {normalize_phrase(k): v for k, v in getattr(data, "SYMBOLS", {}).items()}
    factors = {normalize_phrase(k): float(v) for k, v in getattr(data, "FACTORS", {}).items()}
    forward = frozenset(w for w in words if re.fullmatch(r"[a-z]{3}", w)) | frozenset(symbols)
    # One linear pass in C finds every currency word; a regex alternation of a
    # hundred words is several times slower over megabytes of text.
    finder = ahocorasick.Automaton()
    for word in words:
        finder.add_word(word, (len(word), False))
    for sym in symbols:
        finder.add_word(sym, (len(sym), True))
    finder.make_automaton()
    linkers = alternation(getattr(data, "LINKERS", ()))
    return _MoneyLexicon(
        currencies={**words, **symbols},
        factors=factors,
        forward=forward,
        finder=finder,
        linker=re.compile(rf"(?<![^\W\d_]){linkers}\s*$"),
    )


def _is_letter(ntext: str, i: int) -> bool:
    return 0 <= i < len(ntext) and _LETTER.match(ntext, i) is not None


def _currency_spans(ntext: str, lx: _MoneyLexicon) -> list[tuple[int, int]]:
    """Longest currency word or symbol at each place, whole words only."""
    spans: list[tuple[int, int]] = []
    for end, (length, symbol) in lx.finder.iter(ntext):
        start = end - length + 1
        if not symbol and (_is_letter(ntext, start - 1) or _is_letter(ntext, end + 1)):
            continue
        spans.append((start, end + 1))
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def find_money(ntext: str, lang: str) -> list[MoneyMention]:
    """Amounts of money in normalised text, in text order."""
    lx = _lexicon(lang)
    found: list[MoneyMention] = []
    last_end = 0
    for cs, ce in _currency_spans(ntext, lx):
        if cs < last_end:
            continue
        word = key(ntext[cs:ce])
        currency = lx.currencies[word]
        factor = lx.factors.get(word, 1.0)
        before_end = cs
        link = lx.linker.search(ntext, max(0, before_end - 8), before_end)
        if link:
            before_end = link.start()
        before = number_before(ntext, before_end, lang)
        if before is None and before_end != cs:
            before = number_before(ntext, cs, lang)
        if before is not None and before[0] >= last_end:
            found.append(MoneyMention(before[0], ce, before[1] * factor, currency))
            last_end = ce
            continue
        if word in lx.forward:
            after = number_after(ntext, ce, lang)
            if after is not None:
                found.append(MoneyMention(cs, after[0], after[1] * factor, currency))
                last_end = after[0]
    return found
