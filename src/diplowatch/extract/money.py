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

from diplowatch import lang as lang_data
from diplowatch.dates.lexicon import alternation, key
from diplowatch.extract.numbers import number_after, number_before
from diplowatch.text.normalize import normalize_phrase


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
    pattern: re.Pattern[str]
    linker: re.Pattern[str]


@cache
def _lexicon(lang: str) -> _MoneyLexicon:
    data = lang_data.load(lang, "money") or lang_data.load("en", "money")
    words = {normalize_phrase(k): v for k, v in getattr(data, "CURRENCIES", {}).items()}
    symbols = {normalize_phrase(k): v for k, v in getattr(data, "SYMBOLS", {}).items()}
    factors = {normalize_phrase(k): float(v) for k, v in getattr(data, "FACTORS", {}).items()}
    forward = frozenset(w for w in words if re.fullmatch(r"[a-z]{3}", w)) | frozenset(symbols)
    pattern = re.compile(
        rf"(?P<sym>{alternation(symbols)})|(?<![^\W\d_])(?P<word>{alternation(words)})(?![^\W\d_])"
    )
    linkers = alternation(getattr(data, "LINKERS", ()))
    return _MoneyLexicon(
        currencies={**words, **symbols},
        factors=factors,
        forward=forward,
        pattern=pattern,
        linker=re.compile(rf"(?<![^\W\d_]){linkers}\s*$"),
    )


def find_money(ntext: str, lang: str) -> list[MoneyMention]:
    """Amounts of money in normalised text, in text order."""
    lx = _lexicon(lang)
    found: list[MoneyMention] = []
    last_end = 0
    for m in lx.pattern.finditer(ntext):
        if m.start() < last_end:
            continue
        word = key(m.group())
        currency = lx.currencies[word]
        factor = lx.factors.get(word, 1.0)
        before_end = m.start()
        link = lx.linker.search(ntext, max(0, before_end - 8), before_end)
        if link:
            before_end = link.start()
        before = number_before(ntext, before_end, lang)
        if before is None and before_end != m.start():
            before = number_before(ntext, m.start(), lang)
        if before is not None and before[0] >= last_end:
            found.append(MoneyMention(before[0], m.end(), before[1] * factor, currency))
            last_end = m.end()
            continue
        if word in lx.forward:
            after = number_after(ntext, m.end(), lang)
            if after is not None:
                found.append(MoneyMention(m.start(), after[0], after[1] * factor, currency))
                last_end = after[0]
    return found
