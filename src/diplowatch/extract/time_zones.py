"""A state or capital named as the zone of a clock time: no side, still a home.

"فجر الاثنين بتوقيت تونس", "ساعت ۷ صبح به وقت تهران", "at 9 a.m. Tehran
time": the country only tells whose clock the hour is read on, often the
newspaper's own, so it is no party of the deed told (places108: a Tunisian
paper's "بتوقيت تونس" made Tunisia a side of a shooting in Canada). It may
still be the home of the agents the sentence names with no country ("Police
detained ten protesters at 11 p.m. Turkey time": Turkey's police), so the
caller marks it as a place lived in (``Mention.lived``, ``Mention.zone``),
not as a place off the country. Only while its sentence names no other
country (``zones_elsewhere``, the segmenter's sentences): "gunmen attacked
a mosque in Quebec, Canada, at dawn Tunis time" tells of Canada, read on a
Tunisian clock.

The zone word comes before the name in Arabic and Persian
(``context.TIME_ZONE_HEADS``) and after it in English
(``context.TIME_ZONE_TAILS``), and in every language it is a zone only
after a clock (mendB108): "بتوقيت" is also "of the timing of" after a verb
taking "ب" ("نددت إيران بتوقيت واشنطن للعقوبات": Washington's timing), and
"time" follows a state given time ("bought Tehran time, and threatened").
The clock is the word right before the zone (a comma or bracket between is
skipped): a number of an hour ("3", "23:30"; no year, mendE108), a word
of the hour (``TIME_ZONE_CLOCKS``: "صباحا", "صبح", "a.m.", "dawn"), an hour's ordinal after the hour noun ("الساعة العاشرة",
``TIME_ZONE_HOURS``), or a day ("الاثنين", "اليوم", ``TIME_ZONE_DAYS``)
after a part of the day ("فجر", "شامگاه", "on", ``TIME_ZONE_DAY_PARTS``).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.segment import sentence_spans

# How far back the clock is looked for: a head of two words, then two words.
_REACH = 60
# What may stand between the clock and the zone ("مساء الأربعاء، بتوقيت
# باريس", "(بتوقيت", "on Monday, Beijing time").
_SKIPPED = ",،()"
# A number is an hour only if short ("3", "11") or split by these ("23:30",
# "23.30"): "since 2015 Iran time and again" gives Iran time (mendE108).
_HOUR_DIGITS = 2
_CLOCK_SEPARATORS = ":."


def clock_zone(text: str, hit: Hit, ctx: Context) -> bool:
    """The state or capital at ``hit`` is the zone of a clock time: a zone
    head right before it ("بتوقيت", "به وقت") or a zone tail right after it
    ("time"), and a clock right before the head or the name."""
    return _head_zone(text, hit, ctx) or _tail_zone(text, hit, ctx)


def _head_zone(text: str, hit: Hit, ctx: Context) -> bool:
    """A zone head right before the name, and a clock right before the head
    (the longest head first, so the pick never hangs on a set's order)."""
    lead = text[max(0, hit.start - _REACH) : hit.start].rstrip()
    heads = _longest_first(ctx.time_zone_heads)
    if not lead.endswith(heads):
        return False  # most names: no head written right before (speed110)
    head = next((h for h in heads if _ends_with_word(lead, h)), "")
    return bool(head) and _clock_before(lead[: len(lead) - len(head)], ctx)


def _tail_zone(text: str, hit: Hit, ctx: Context) -> bool:
    """A zone tail right after the name as a whole word ("Tehran timeline"
    is none), and a clock right before the name."""
    tails = _longest_first(ctx.time_zone_tails)
    # only the few characters a tail and the one after it need: a slice to
    # the end of the text made a long one-line document quadratic (stop 73)
    rest = text[hit.end : hit.end + len(tails[0]) + 2] if tails else ""
    if not rest.startswith(" ") or not rest.startswith(tails, 1):
        return False  # most names: no tail written right after (speed110)
    tail = next((t for t in tails if rest.startswith(f" {t}")), "")
    if not tail or rest[len(tail) + 1 : len(tail) + 2].isalnum():
        return False
    return _clock_before(text[max(0, hit.start - _REACH) : hit.start], ctx)


@cache
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    """A language's zone heads or tails, longest first (ties by spelling, so
    the pick never hangs on a set's order): sorted once per list, not for
    every country word (speed110: each state and capital asks both)."""
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _ends_with_word(lead: str, head: str) -> bool:
    """``lead`` ends with ``head`` as whole words."""
    if not lead.endswith(head):
        return False
    before = lead[: len(lead) - len(head)]
    return not before or not before[-1].isalnum()


def _clock_before(lead: str, ctx: Context) -> bool:
    """The last word of ``lead`` (past a comma or bracket) tells a time."""
    words = [w.strip(_SKIPPED) for w in lead.lower().split()]
    words = [w for w in words if w]
    if not words:
        return False
    last = words[-1]
    before = words[-2] if len(words) > 1 else ""
    return (
        _clock_number(last)
        or last in ctx.time_zone_clocks
        or before in ctx.time_zone_hours
        or (last in ctx.time_zone_days and before in ctx.time_zone_day_parts)
    )


def _clock_number(word: str) -> bool:
    """``word`` is an hour by its digits: at most two in a row ("3",
    "11pm", "23:30", "23.30"), never a year ("2015")."""
    runs = "".join(c if c.isdigit() else " " for c in word).split()
    if not runs:
        return False
    if len(runs) == 1:
        return len(runs[0]) <= _HOUR_DIGITS
    return all(len(r) <= _HOUR_DIGITS for r in runs) and any(s in word for s in _CLOCK_SEPARATORS)


def zones_elsewhere(text: str, mentions: list[Mention], ctx: Context, starts: list[int]) -> None:
    """Each clock zone (``Mention.zone``) whose sentence names another
    country made a place off its country (``Mention.offshore``): no home of
    the agents there, who are that other country's or nobody's. The
    sentences are the segmenter's (``starts``, ascending; read here when
    none are given): a clock's dots ("3 a.m. Tehran time") and a decimal
    hour ("23.30") end none, a line end (a headline's) does. Each mention
    is placed once (bisect), so the cost grows with the mentions only."""
    if not any(m.zone for m in mentions):
        return
    starts = starts or [start for start, _ in sentence_spans(text, ctx.lang)]
    codes: dict[int, set[str]] = {}
    for m in mentions:
        if m.code:
            codes.setdefault(bisect_right(starts, m.start), set()).add(m.code)
    for z in mentions:
        if z.zone and codes.get(bisect_right(starts, z.start), set()) - {z.code}:
            z.lived, z.offshore = False, True
