"""A state or capital named as the zone of a clock time: no side, no home.

"فجر الاثنين بتوقيت تونس", "ساعت ۷ صبح به وقت تهران", "at 9 a.m. Tehran
time": the country only tells whose clock the hour is read on, most often
the newspaper's own, so it is neither a party of the deed told nor the home
of the agents the sentence names (places108: a Tunisian paper's "بتوقيت
تونس" made Tunisia a side of a shooting in Canada).

Why apart from ``countries``: the zone word comes before the name in Arabic
and Persian (``context.TIME_ZONE_HEADS``) and after it in English
(``context.TIME_ZONE_TAILS``), where "time" also follows a state that is
given time ("gave Iran time to respond", "warned Iran time and again"): an
English zone needs a clock before the name or a mark after "time".
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.scan import Hit
from diplowatch.extract.titles import previous_word

# The endings of the text before an English zone's name that make it a
# clock ("at 9 a.m. Tehran time", "at noon Tehran time"); a digit is one too.
_CLOCK_ENDS = ("a.m.", "p.m.", " am", " pm", "noon", "midnight")
# How far back the clock is looked for: "a.m." and a space.
_CLOCK_REACH = 12


def clock_zone(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """The state or capital at ``hit`` is the zone of a clock time: after a
    zone head ("بتوقيت", "به وقت", of one word or two), or before a zone tail
    ("time") with a clock before it or a mark after the tail."""
    if prev in ctx.time_zone_heads:
        return True
    if prev and f"{previous_word(text, hit.start - len(prev) - 1)} {prev}" in ctx.time_zone_heads:
        return True
    return bool(ctx.time_zone_tails) and _tail_zone(text, hit, ctx)


def _tail_zone(text: str, hit: Hit, ctx: Context) -> bool:
    """The tail right after the name ("Tehran time"), and a clock right
    before it ("9 a.m.", "noon") or a mark or the end right after the tail
    ("…, Tehran time.")."""
    rest = text[hit.end :]
    tail = next((t for t in ctx.time_zone_tails if rest.startswith(f" {t}")), "")
    if not tail:
        return False
    after = rest[len(tail) + 1 :]
    if after[:1].isalnum():
        return False  # "Tehran timeline": another word
    if not after.strip() or not after.lstrip()[:1].isalnum():
        return True
    before = text[max(0, hit.start - _CLOCK_REACH) : hit.start].rstrip().lower()
    return before[-1:].isdigit() or before.endswith(_CLOCK_ENDS)
