"""Counts of people an event states: killed, wounded, arrested, participants.

A count word ("killed", "قتلى", "کشته", "arrested", "متظاهر") found by the
document's single scan (CUE layer, kind ``count``) takes the nearest number
written beside it in the same clause and not across "and": "killed 7
people", "7 people were killed", "مقتل 5 أشخاص", "۷ نفر کشته شدند". Vague plurals ("dozens",
"عشرات", "ده‌ها") are not numbers (``numbers.number_after`` needs a value
to start), so they give no count. Which event types carry which count is
a fact of the type (``event_types.EventType.counts``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from diplowatch.extract.numbers import number_after, number_lexicon
from diplowatch.extract.scan import Hit
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase

# How far (characters) a number may stand from its count word, and what
# may not stand between them (a clause or list boundary).
REACH = 40
_BOUNDARY = re.compile(r"[.;:!?؟،,()«»\"]")
_TOKEN = re.compile(r"\S+")
_LARGEST = 10_000_000  # no event counts more people; bigger numbers are something else
# A number written like a year (Gregorian or Solar Hijri) counts people only
# right beside its count word ("2000 متظاهر"); elsewhere it dates the event.
_YEAR_SHAPE = re.compile(r"(?:1[34]\d\d|19\d\d|20\d\d)")


@cache
def _vague(lang: str) -> tuple[str, ...]:
    """Vague plurals ("ده‌ها", "dozens"), longest first, normalised."""
    data = load(lang, "counts")
    words = {normalize_phrase(w) for w in getattr(data, "VAGUE_NUMBERS", ())} if data else set()
    return tuple(sorted(words - {""}, key=len, reverse=True))


@cache
def _measures(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Units after a number that make it a measure (``counts.MEASURE_UNITS``,
    longest first) and words before one that make it an age or a year
    (``counts.MEASURE_BEFORE``), normalised."""
    data = load(lang, "counts")
    units = {normalize_phrase(w) for w in getattr(data, "MEASURE_UNITS", ())} if data else set()
    before = {normalize_phrase(w) for w in getattr(data, "MEASURE_BEFORE", ())} if data else set()
    return tuple(sorted(units - {""}, key=len, reverse=True)), frozenset(before - {""})


def _is_measure(ntext: str, start: int, end: int, lang: str) -> bool:
    """The number ``ntext[start:end]`` is an age, a span of time, a distance
    or a share ("25 عاما", "۲۵ ساله", "aged 25", "3 days"): no people."""
    units, before = _measures(lang)
    rest = ntext[end : end + 24].lstrip(" -")
    for unit in units:
        if rest.startswith(unit) and (len(rest) == len(unit) or not rest[len(unit)].isalnum()):
            return True
    prev = ntext[max(0, start - 24) : start].split()
    return bool(prev) and prev[-1].strip("()،,") in before


def numbers_in(ntext: str, start: int, end: int, lang: str) -> list[tuple[int, int, int]]:
    """Whole numbers written in ``ntext[start:end]``: (start, end, value)."""
    lx = number_lexicon(lang)
    vague = _vague(lang)
    found: list[tuple[int, int, int]] = []
    resume = start
    for tok in _TOKEN.finditer(ntext, start, end):
        if tok.start() < resume:
            continue
        phrase = next((v for v in vague if ntext.startswith(v, tok.start())), None)
        if phrase is not None:
            resume = tok.start() + len(phrase)  # "ده ها" is "tens", not ten
            continue
        word = tok.group().strip("()[]«»\"'،,:;.!?؟")
        if not word or not (word[0].isdigit() or lx.kind(word)):
            continue
        got = number_after(ntext, tok.start(), lang)
        if got is None:
            continue
        stop, value = got
        if value == int(value) and 1 <= value < _LARGEST:
            found.append((tok.start(), stop, int(value)))
        resume = stop
    return found


def find_counts(
    ntext: str,
    start: int,
    end: int,
    cues: Sequence[Hit],
    lang: str,
    taken: Sequence[tuple[int, int]] = (),
) -> dict[str, int]:
    """Counts stated in the sentence ``ntext[start:end]``.

    ``taken`` are spans already read as something else (sums of money,
    dates); a number inside one is no count of people.
    """
    words = [c for c in cues if c.entry.kind == "count"]
    if not words:
        return {}
    conj = number_lexicon(lang).conjunctions
    numbers = [
        n
        for n in numbers_in(ntext, start, end, lang)
        if not any(a < n[1] and n[0] < b for a, b in taken)
        and not _is_measure(ntext, n[0], n[1], lang)
    ]
    counts: dict[str, int] = {}
    for cue in words:
        best: tuple[int, int] | None = None  # (distance, value)
        for a, b, value in numbers:
            gap = (ntext[b : cue.start], cue.start - b) if b <= cue.start else None
            if gap is None and a >= cue.end:
                gap = (ntext[cue.end : a], a - cue.end)
            if gap is None or gap[1] > REACH or _BOUNDARY.search(gap[0]):
                continue
            if gap[0].strip() and _YEAR_SHAPE.fullmatch(ntext[a:b].split()[0]):
                continue  # "arrested in 2024 an activist": a year, not people
            if any(w in conj for w in gap[0].split()):
                continue  # "۹ نفر کشته و ۳۱ نفر زخمی": 31 is the next count's
            if best is None or gap[1] < best[0]:
                best = (gap[1], value)
        if best is not None and cue.entry.value not in counts:
            counts[cue.entry.value] = best[1]
    return counts
