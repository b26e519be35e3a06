"""A state or capital named as the zone of a clock time: no side, still a home.

"فجر الاثنين بتوقيت تونس", "ساعت ۷ صبح به وقت تهران", "at 9 a.m. Tehran
time": the country only tells whose clock the hour is read on, often the
newspaper's own, so it is no party of the deed told (places108: a Tunisian
paper's "بتوقيت تونس" made Tunisia a side of a shooting in Canada). It may
still be the home of the agents the sentence names with no country ("Police
detained ten protesters at 11 p.m. Turkey time": Turkey's police), so the
caller marks it as a place lived in (``Mention.lived``, ``Mention.zone``),
not as a place off the country. Only while its sentence names no other
country (``zones_elsewhere``): "gunmen attacked a mosque in Quebec, Canada,
at dawn Tunis time" tells of Canada, read on a Tunisian clock.

The zone word comes before the name in Arabic and Persian
(``context.TIME_ZONE_HEADS``) and after it in English
(``context.TIME_ZONE_TAILS``), and in every language it is a zone only
after a clock (mendB108): "بتوقيت" is also "of the timing of" after a verb
taking "ب" ("نددت إيران بتوقيت واشنطن للعقوبات": Washington's timing), and
"time" follows a state given time ("bought Tehran time, and threatened").
The clock is the word right before the zone (a comma or bracket between is
skipped): a number, a word of the hour (``TIME_ZONE_CLOCKS``: "صباحا",
"صبح", "a.m."), an hour's ordinal after the hour noun ("الساعة العاشرة",
``TIME_ZONE_HOURS``), or a day ("الاثنين", "اليوم", ``TIME_ZONE_DAYS``)
after a part of the day ("فجر", "شامگاه", "on", ``TIME_ZONE_DAY_PARTS``).
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import SENTENCE_STOPS

# How far back the clock is looked for: a head of two words, then two words.
_REACH = 60
# What may stand between the clock and the zone ("مساء الأربعاء، بتوقيت
# باريس", "(بتوقيت", "on Monday, Beijing time").
_SKIPPED = ",،()"
# The clock's own stops, no sentence's end ("at 3 a.m. Tehran time").
_CLOCK_DOTS = ("a.m.", "p.m.")


def clock_zone(text: str, hit: Hit, ctx: Context) -> bool:
    """The state or capital at ``hit`` is the zone of a clock time: a zone
    head right before it ("بتوقيت", "به وقت") or a zone tail right after it
    ("time"), and a clock right before the head or the name."""
    if ctx.time_zone_heads:
        lead = text[max(0, hit.start - _REACH) : hit.start].rstrip()
        head = next((h for h in ctx.time_zone_heads if _ends_with_word(lead, h)), "")
        return bool(head) and _clock_before(lead[: len(lead) - len(head)], ctx)
    if ctx.time_zone_tails:
        rest = text[hit.end :]
        tail = next((t for t in ctx.time_zone_tails if rest.startswith(f" {t}")), "")
        if not tail or rest[len(tail) + 1 : len(tail) + 2].isalnum():
            return False  # no tail, or another word ("Tehran timeline")
        return _clock_before(text[max(0, hit.start - _REACH) : hit.start], ctx)
    return False


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
        any(c.isdigit() for c in last)
        or last in ctx.time_zone_clocks
        or before in ctx.time_zone_hours
        or (last in ctx.time_zone_days and before in ctx.time_zone_day_parts)
    )


def zones_elsewhere(text: str, mentions: list[Mention]) -> None:
    """Each clock zone (``Mention.zone``) whose sentence names another
    country made a place off its country (``Mention.offshore``): no home of
    the agents there, who are that other country's or nobody's."""
    for z in mentions:
        if z.zone and any(_same_sentence(text, z, m) for m in mentions if m.code != z.code):
            z.lived, z.offshore = False, True


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    """No sentence stop between ``a`` and ``b`` but a clock's own dots."""
    if not b.code:
        return False
    gap = text[min(a.end, b.end) : max(a.start, b.start)]
    for dots in _CLOCK_DOTS:
        gap = gap.replace(dots, "")
    return not any(c in SENTENCE_STOPS for c in gap)
