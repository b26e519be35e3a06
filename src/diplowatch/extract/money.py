"""Money amounts: a number (digits and/or words) with a currency word, code or symbol.

A number without a currency is not money. Currency words, symbols and the
per-currency factor (toman = 10 rials) come from ``lang/<code>/money.py``;
numbers are read by ``extract.numbers``. A range ("between 2 and 3 billion",
"۲ تا ۳ میلیارد") is kept as its stated lower bound with ``upper``; a
qualifier ("نحو", "more than", "بیش از") as ``approx`` (about | over |
under), the value staying the stated one. What the sum is (``kind``) is read
from the words around it by ``extract.money_kind``. Texts are normalised;
spans point into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import ahocorasick

from diplowatch import lang as lang_data
from diplowatch.dates.lexicon import alternation, key
from diplowatch.extract.money_kind import sum_kinds
from diplowatch.extract.numbers import number_after, number_before, parse_digits
from diplowatch.text.normalize import normalize_phrase

_LETTER = re.compile(r"[^\W\d_]")
_GLUED_RANGE = re.compile(r"(\d+(?:[.,]\d+)?)[-–]\d")
_SCALES = (1e12, 1e9, 1e6, 1e3, 1.0)


@dataclass(frozen=True)
class MoneyMention:
    """An amount of money; ``value`` in units of ``currency`` (ISO 4217)."""

    start: int
    end: int
    value: float
    currency: str
    kind: str | None = None  # target | loan | grant | investment | trade | pledge; None: no cue
    approx: str | None = None  # about | over | under; None: stated exactly
    upper: float | None = None  # upper bound of a range (``value`` is the lower one)


@dataclass(frozen=True)
class _MoneyLexicon:
    currencies: dict[str, str]
    factors: dict[str, float]
    forward: frozenset[str]  # codes and symbols that may precede the number
    endings: tuple[str, ...]  # endings a currency word may take: "دلاری" (``CURRENCY_ENDINGS``)
    adjectival_heads: re.Pattern[str]  # the nouns such a sum describes (``ADJECTIVAL_SUM_HEADS``)
    finder: Any  # Aho-Corasick automaton: currency word/symbol → (length, is symbol)
    linker: re.Pattern[str]
    range_tail: re.Pattern[str]  # a joiner right before the upper bound ("2 to| 3 billion")
    range_joiners: frozenset[str]  # joiners that make a range alone ("to", "تا")
    between: re.Pattern[str]  # "between" right before the lower bound
    change: re.Pattern[str]  # "from" right before the lower bound: a change, not a range
    approx_before: re.Pattern[str]
    approx_after: re.Pattern[str]
    approx: dict[str, str]


@cache
def _lexicon(lang: str) -> _MoneyLexicon:
    data = lang_data.require(lang, "money")
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
    joiners = getattr(data, "RANGE_JOINERS", ())
    between_joiners = getattr(data, "BETWEEN_JOINERS", ())
    approx = {
        normalize_phrase(k): v
        for table in ("APPROX_BEFORE", "APPROX_AFTER")
        for k, v in getattr(data, table, {}).items()
    }
    before_words = alternation(getattr(data, "APPROX_BEFORE", {}))
    after_words = alternation(getattr(data, "APPROX_AFTER", {}))
    return _MoneyLexicon(
        currencies={**words, **symbols},
        factors=factors,
        forward=forward,
        endings=tuple(normalize_phrase(e) for e in getattr(data, "CURRENCY_ENDINGS", ())),
        adjectival_heads=re.compile(
            rf"(?<![^\W\d_]){alternation(getattr(data, 'ADJECTIVAL_SUM_HEADS', ()))}\s*$"
        ),
        finder=finder,
        linker=re.compile(rf"(?<![^\W\d_]){linkers}\s*$"),
        range_tail=re.compile(rf"(?P<j>{alternation((*joiners, *between_joiners))})\s*$"),
        range_joiners=frozenset(normalize_phrase(j) for j in joiners),
        between=re.compile(rf"(?<![^\W\d_]){alternation(getattr(data, 'BETWEEN_WORDS', ()))}\s*$"),
        change=re.compile(rf"(?<![^\W\d_]){alternation(getattr(data, 'FROM_WORDS', ()))}\s*$"),
        approx_before=re.compile(rf"(?<![^\W\d_])(?P<w>{before_words})\s*$"),
        approx_after=re.compile(rf"\s*(?P<w>{after_words})(?![^\W\d_])"),
        approx=approx,
    )


def _is_letter(ntext: str, i: int) -> bool:
    return 0 <= i < len(ntext) and _LETTER.match(ntext, i) is not None


def _currency_spans(ntext: str, lx: _MoneyLexicon) -> list[tuple[int, int, bool]]:
    """Longest currency word or symbol at each place, whole words only, each
    with whether it takes an adjectival ending (``_word_end``)."""
    spans: list[tuple[int, int, bool]] = []
    for end, (length, symbol) in lx.finder.iter(ntext):
        start = end - length + 1
        if not symbol and (_is_letter(ntext, start - 1) or not _word_end(ntext, end + 1, lx)):
            continue
        spans.append((start, end + 1, not symbol and _is_letter(ntext, end + 1)))
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    out: list[tuple[int, int, bool]] = []
    for s, e, adjectival in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e, adjectival))
    return out


def _word_end(ntext: str, i: int, lx: _MoneyLexicon) -> bool:
    """Whether a currency word that stops before ``i`` ends its word there,
    or with one of the language's ``endings`` glued to it ("ده میلیون
    دلاری", a ten-million-dollar …): the ending is no part of the sum."""
    if not _is_letter(ntext, i):
        return True
    return any(ntext.startswith(e, i) and not _is_letter(ntext, i + len(e)) for e in lx.endings)


def _describes_sum(ntext: str, num_start: int, lx: _MoneyLexicon) -> bool:
    """Whether an adjectival sum ("ده میلیون دلاری") whose number starts at
    ``num_start`` describes a noun of money given, lent, invested or traded
    right before it ("کمک ده میلیون دلاری", a ten-million-dollar aid): after
    any other noun it tells that thing's price or cost ("ارز ۴۲۰۰ تومانی",
    the currency sold at 4200 tomans; "طرح … دو هزار میلیارد دلاری", a plan),
    no sum of money that changes hands."""
    return lx.adjectival_heads.search(ntext, max(0, num_start - 30), num_start) is not None


def _year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


def _scaled_lower(low: float, upper: float) -> float | None:
    """The lower bound of "2 to 3 billion": the upper bound's scale carries over."""
    if low >= 1000:
        return low if low < upper else None
    for scale in _SCALES:
        if low * scale < upper:
            return low * scale
    return None


def _lower_bound(
    ntext: str, num_start: int, upper: float, factor: float, lang: str, lx: _MoneyLexicon
) -> tuple[int, float] | None:
    """(start, value) of a range's lower bound before the number at ``num_start``."""
    glued = _GLUED_RANGE.match(ntext, num_start)
    if glued:  # "2-3 billion"
        low = parse_digits(glued.group(1))
        value = _scaled_lower(low * factor, upper) if low is not None else None
        return (num_start, value) if value is not None else None
    tail = lx.range_tail.search(ntext, max(0, num_start - 12), num_start)
    if tail is None:
        return None
    before = number_before(ntext, tail.start(), lang)
    if before is None or _year_like(ntext[before[0] : tail.start()].strip()):
        return None
    low_start, low = before
    opener = ntext[max(0, low_start - 24) : low_start]
    if key(tail.group("j")) in lx.range_joiners:
        if lx.change.search(opener):
            return None  # "from 2 to 5 billion": a change, the sum is the new level
    elif not lx.between.search(opener):
        return None  # "2 and 3 million" without "between" is a list
    value = _scaled_lower(low * factor, upper)
    return (low_start, value) if value is not None else None


def _approx(ntext: str, start: int, end: int, lx: _MoneyLexicon) -> str | None:
    """The qualifier of the sum at start–end ("about", "أكثر من", "بیش از", "or more")."""
    before = lx.approx_before.search(ntext, max(0, start - 30), start)
    if before:
        return lx.approx.get(key(before.group("w")))
    after = lx.approx_after.match(ntext, end)
    return lx.approx.get(key(after.group("w"))) if after else None


def find_money(ntext: str, lang: str) -> list[MoneyMention]:
    """Amounts of money in normalised text, in text order, with their kind."""
    found = _find_sums(ntext, lang)
    kinds = sum_kinds(ntext, [(m.start, m.end) for m in found], lang)
    return [replace(m, kind=kind) for m, kind in zip(found, kinds, strict=True)]


def _sum(
    ntext: str,
    span: tuple[int, int, int],
    value: float,
    currency: str,
    factor: float,
    lang: str,
) -> MoneyMention:
    """A sum at ``span`` (start, start of its number, end) with its range and qualifier."""
    start, num_start, end = span
    lx = _lexicon(lang)
    lower = _lower_bound(ntext, num_start, value, factor, lang, lx)
    if lower is not None:
        start = min(start, lower[0])
        approx = _approx(ntext, start, end, lx)
        return MoneyMention(start, end, lower[1], currency, None, approx, value)
    return MoneyMention(start, end, value, currency, None, _approx(ntext, start, end, lx))


def _find_sums(ntext: str, lang: str) -> list[MoneyMention]:
    """Amounts of money in normalised text, in text order."""
    lx = _lexicon(lang)
    found: list[MoneyMention] = []
    last_end = 0
    for cs, ce, adjectival in _currency_spans(ntext, lx):
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
        if adjectival and (before is None or not _describes_sum(ntext, before[0], lx)):
            continue
        if before is not None and before[0] >= last_end:
            span = (before[0], before[0], ce)
            mention = _sum(ntext, span, before[1] * factor, currency, factor, lang)
            if mention.start < last_end:  # a "range" reaching into the previous sum
                mention = MoneyMention(before[0], ce, before[1] * factor, currency)
            found.append(mention)
            last_end = ce
            continue
        if word in lx.forward:
            after = number_after(ntext, ce, lang)
            if after is not None:
                num_start = ce + len(ntext[ce : after[0]]) - len(ntext[ce : after[0]].lstrip())
                span = (cs, num_start, after[0])
                found.append(_sum(ntext, span, after[1] * factor, currency, factor, lang))
                last_end = after[0]
    return found
