"""Numbers written with digits, number words and scale words, in any of the languages.

Amounts in news mix digits and words ("6 ملايين", "۲ میلیون و ۲۰۰ هزار",
"$2.5 billion", "نصف مليون"); this module reads such a run of tokens into one
value. Words come from ``lang/<code>/numbers.py`` (folded at load time); the
text given must already be normalised (ASCII digits, folded letters).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from diplowatch import lang as lang_data
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import EDGE_PUNCT

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_DIGIT = re.compile(r"\d")
_GLUED = re.compile(r"(\d+(?:[.,]\d+)*)([^\W\d_]+)")
_TOKEN = re.compile(r"\S+")
_WORD_THEN_DIGITS = re.compile(r"[^\W\d_]{2,}(\d+(?:[.,]\d+)*)")
_LEADING_WORD = re.compile(r"[^\W\d_]{2,}(?=\d)")
_GROUPS = re.compile(r"\d{3}(?:,\d{3})*")  # thousands written "1 500 000"
_GLUED_RANGE = re.compile(r"(\d+(?:[.,]\d+)?)[-–](\d+(?:[.,]\d+)*)")
WINDOW = 80


@dataclass(frozen=True)
class NumberLexicon:
    values: dict[str, float]
    scales: dict[str, float]
    plural: frozenset[str]
    duals: dict[str, float]
    fractions: dict[str, float]
    conjunctions: frozenset[str]
    prefixes: tuple[str, ...]
    longest: int  # most tokens in one entry
    bare_scale: bool  # "مليون" alone = 1,000,000
    # first words of entries of several words ("اثني" of "اثني عشر"): no
    # number alone, but a number starts there
    heads: frozenset[str] = frozenset()

    def kind(self, word: str) -> str | None:
        if word in self.conjunctions:
            return "conj"
        if word in self.duals:
            return "dual"
        if word in self.scales:
            return "scale"
        if word in self.values:
            return "value"
        if word in self.fractions:
            return "fraction"
        return None


def _fold(table: Any) -> dict[str, float]:
    return {normalize_phrase(k): float(v) for k, v in table.items()}


@cache
def number_lexicon(lang: str) -> NumberLexicon:
    """Folded number words of ``lang`` (an unknown language is an error)."""
    data = lang_data.require(lang, "numbers")
    values = _fold(getattr(data, "VALUES", {}))
    scales = _fold(getattr(data, "SCALES", {}))
    plural = frozenset(normalize_phrase(w) for w in getattr(data, "PLURAL_SCALES", ()))
    for word in plural:
        scales.setdefault(word, 0.0)
    duals = _fold(getattr(data, "DUALS", {}))
    fractions = _fold(getattr(data, "FRACTIONS", {}))
    entries = list(values) + list(scales) + list(duals) + list(fractions)
    return NumberLexicon(
        values=values,
        scales=scales,
        plural=plural,
        duals=duals,
        fractions=fractions,
        conjunctions=frozenset(normalize_phrase(w) for w in getattr(data, "CONJUNCTIONS", ())),
        prefixes=tuple(normalize_phrase(w) for w in getattr(data, "PREFIXES", ())),
        longest=max((len(e.split()) for e in entries), default=1),
        bare_scale=bool(getattr(data, "BARE_SCALE_IS_ONE", False)),
        heads=frozenset(e.split()[0] for e in entries if " " in e),
    )


def parse_digits(text: str) -> float | None:
    """Value of a digit string with thousands and/or decimal separators.

    "1,500,000" and "1.500.000" are thousands; "1.5" and "2,5" decimals; with
    both separators the last one is the decimal point.
    """
    if not _DIGITS.fullmatch(text):
        return None
    if "," in text and "." in text:
        dec = max(text.rfind(","), text.rfind("."))
        whole = re.sub(r"[.,]", "", text[:dec])
        return float(f"{whole}.{text[dec + 1 :]}")
    for sep in ",.":
        if sep in text:
            groups = text.split(sep)
            if len(groups) > 2 or (sep == "," and len(groups[1]) == 3):
                if all(len(g) == 3 for g in groups[1:]):
                    return float("".join(groups))
                return None
            return float(f"{groups[0]}.{groups[1]}")
    return float(text)


def parse_number_words(tokens: Sequence[str], lang: str) -> float | None:
    """Value of a run of number tokens ("6", "ملايين"; "two", "million"; "نصف", "مليون").

    Tokens are normalised words or digit strings, one entry each (multi-word
    entries like "أحد عشر" as one token). Returns None for a run with no
    number in it or a vague plural alone ("ملايين").
    """
    lx = number_lexicon(lang)
    total = 0.0
    current: float | None = None
    fraction: float | None = None
    seen = False
    for token in tokens:
        digits = parse_digits(token)
        if digits is not None:
            current = (current or 0.0) + digits
            seen = True
            continue
        kind = lx.kind(token)
        if kind == "conj" or kind is None:
            continue
        if kind == "value":
            v = lx.values[token]
            current = current * v if (v == 100 and current) else (current or 0.0) + v
            seen = True
        elif kind == "fraction":
            fraction = lx.fractions[token]
        elif kind == "dual" and not (current is not None and token in lx.scales):
            total += lx.duals[token]
            current, fraction, seen = None, None, True
        elif kind in ("scale", "dual"):
            if token in lx.plural and current is None:
                return None
            scale = lx.scales[token]
            if scale == 0.0:
                return None
            total = _times_scale(total, current, fraction, scale)
            current, fraction, seen = None, None, True
    return total + (current or 0.0) if seen else None


def _times_scale(
    total: float, current: float | None, fraction: float | None, scale: float
) -> float:
    """The running total after a scale word: it multiplies the number before
    it ("two million"), else the fraction ("half a million"), else one; a
    total smaller than the scale is part of its multiplier ("three hundred
    thousand" after "three hundred")."""
    mult = current if current is not None else (fraction if fraction is not None else 1.0)
    if total and total < scale:
        return (total + mult) * scale
    return total + mult * scale


def _split_glued(token: str, lx: NumberLexicon) -> list[str] | None:
    """'5bn' → ['5', 'bn'] when the letters are a scale word."""
    m = _GLUED.fullmatch(token)
    if m and lx.kind(m.group(2)) == "scale":
        return [m.group(1), m.group(2)]
    return None


def _classify(token: str, lx: NumberLexicon) -> list[str] | None:
    """Number tokens of one whitespace token, or None if it is not part of a number."""
    token = token.strip(EDGE_PUNCT)
    if not token:
        return None
    glued_word = _WORD_THEN_DIGITS.fullmatch(token)
    if glued_word:  # "مقابل6727": a word glued to the number in front of it
        return [glued_word.group(1)]
    glued_range = _GLUED_RANGE.fullmatch(token)
    if glued_range:  # "2-3 billion": the upper bound; extract.money reads the range
        return [glued_range.group(2)]
    if parse_digits(token) is not None or lx.kind(token) is not None:
        return [token]
    glued = _split_glued(token, lx)
    if glued:
        return glued
    for prefix in lx.prefixes + tuple(lx.conjunctions):
        if token.startswith(prefix) and len(token) > len(prefix):
            rest = token[len(prefix) :]
            if parse_digits(rest) is not None or lx.kind(rest) is not None:
                return [prefix, rest] if prefix in lx.conjunctions else [rest]
    return None


def _apart(left: str, right: str, lx: NumberLexicon) -> bool:
    """Digits and a number word side by side are two numbers ("۲۰۲۳ یک نفر",
    "2024 one soldier", "2024 ثلاثة جنود"): a number is written in digits or
    in words, and only a scale word ("5 million") or "hundred" joins them."""
    if parse_digits(left) is not None:
        word = right
    elif parse_digits(right) is not None:
        word = left
    else:
        return False
    return lx.kind(word) == "value" and lx.values[word] != 100


def _digit_groups(parts: list[str], run: list[str], lx: NumberLexicon) -> str | None:
    """How a digit token meets a run starting with digits: "join", "split" or None.

    "1 500 000" is one number written in groups of three; "2 and 3 billion",
    "بين 2 و3 مليارات" (a range) and "2030 50 billion" are two numbers side
    by side, never their sum; so are digits beside a number word (``_apart``).
    """
    if parts and run and _apart(parts[-1], run[0], lx):
        return "split"
    if not parts or not run or parse_digits(parts[-1]) is None:
        return None
    if parse_digits(run[0]) is not None:
        grouped = parts[-1].isdigit() and len(parts[-1]) <= 3 and _GROUPS.fullmatch(run[0])
        return "join" if grouped else "split"
    if lx.kind(run[0]) == "conj" and len(run) > 1 and parse_digits(run[1]) is not None:
        return "split"
    return None


def number_before(ntext: str, pos: int, lang: str) -> tuple[int, float] | None:
    """The number written right before ``pos``: (start, value), or None."""
    lx = number_lexicon(lang)
    lo = max(0, pos - WINDOW)
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(ntext, lo, pos)]
    if lo > 0 and toks and toks[0][0] == lo:
        toks = toks[1:]  # may be cut in the middle
    run, i = _run_before(toks, lx)
    while run and lx.kind(run[0]) == "conj":
        run = run[1:]
    if not run or _scale_only(run, toks, i, lx):
        return None
    value = parse_number_words(run, lang)
    if value is None:
        return None
    start = toks[i][0] if i < len(toks) else pos
    return _number_start(ntext, start, pos, run, lx), value


def _run_before(toks: list[tuple[int, str]], lx: NumberLexicon) -> tuple[list[str], int]:
    """The number's words read backwards from the last token, longest
    phrase first at each step, with digit groups joined or kept apart
    (``_digit_groups``); and the index of its first token. A word glued in
    front of digits ends it: it is no part of the number."""
    run: list[str] = []
    i = len(toks)
    while i > 0:
        step = 0
        for n in range(min(lx.longest, i), 0, -1):
            phrase = " ".join(t for _, t in toks[i - n : i])
            parts = _classify(phrase, lx) if n == 1 else ([phrase] if lx.kind(phrase) else None)
            if parts:
                meet = _digit_groups(parts, run, lx)
                if meet == "split":
                    break
                run = parts[:-1] + [f"{parts[-1]},{run[0]}"] + run[1:] if meet else parts + run
                step = n
                break
        if not step:
            break
        i -= step
        if _WORD_THEN_DIGITS.fullmatch(toks[i][1].strip(EDGE_PUNCT)):
            break  # the word glued in front ends the number
    return run, i


def _scale_only(run: list[str], toks: list[tuple[int, str]], i: int, lx: NumberLexicon) -> bool:
    """A run with no value in it, only scales, is no number where the
    language writes no bare scale, nor after digits ("75ر1 مليار", "صدها
    میلیون": not "one billion/million"): its value was written apart."""
    has_number = any(
        parse_digits(t) is not None or lx.kind(t) in ("value", "dual", "fraction") for t in run
    )
    return not has_number and (not lx.bare_scale or (i > 0 and bool(_DIGIT.search(toks[i - 1][1]))))


def _number_start(ntext: str, start: int, pos: int, run: list[str], lx: NumberLexicon) -> int:
    """Where the number's text starts: after edge punctuation, a leading
    word (``_LEADING_WORD``), a clitic prefix or conjunction glued to its
    first word (unless the run itself starts with it) and spaces."""
    first = ntext[start:pos].lstrip(EDGE_PUNCT + " ")
    start = pos - len(first)
    lead = _LEADING_WORD.match(ntext, start)
    if lead:
        start = lead.end()
        first = ntext[start:pos]
    for clitic in lx.prefixes + tuple(lx.conjunctions):
        if first.startswith(clitic) and not ntext[start:pos].startswith(run[0]):
            start += len(clitic)
            break
    while start < pos and ntext[start].isspace():
        start += 1
    return start


def number_after(ntext: str, pos: int, lang: str) -> tuple[int, float] | None:
    """The number written right after ``pos`` ("$ 2.5 billion"): (end, value), or None."""
    lx = number_lexicon(lang)
    toks = [
        (m.end(), m.group()) for m in _TOKEN.finditer(ntext, pos, min(len(ntext), pos + WINDOW))
    ]
    run: list[str] = []
    end = pos
    i = 0
    while i < len(toks):
        step = 0
        for n in range(min(lx.longest, len(toks) - i), 0, -1):
            phrase = " ".join(t for _, t in toks[i : i + n])
            parts = _classify(phrase, lx) if n == 1 else ([phrase] if lx.kind(phrase) else None)
            if parts:
                if run and _apart(run[-1], parts[0], lx):
                    break  # "۲۰۲۳ یک نفر": the year, then one person
                run += parts
                step = n
                break
        if not step:
            break
        i += step
        end = toks[i - 1][0]
    while run and lx.kind(run[-1]) in ("conj", "fraction"):
        run = run[:-1]
    if not run or parse_digits(run[0]) is None and lx.kind(run[0]) not in ("value", "fraction"):
        return None
    value = parse_number_words(run, lang)
    if value is None:
        return None
    raw = ntext[pos:end]
    return pos + len(raw.rstrip(EDGE_PUNCT + " ")), value
