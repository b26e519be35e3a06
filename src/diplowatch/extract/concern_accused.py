"""Concern voiced over a deed accuses its doer, not the voicer's own people.

"China expressed concern over the arrest of its citizens in Canada", "چین از
بازداشت شهروندانش توسط کانادا ابراز نگرانی کرد", "فرانسه از حمله به کاروان
نظامیان فرانسوی … ابراز نگرانی کرد": a word of concern is read as a
reproach (ACCUSE), its voicer the accuser. His own people named in the phrase
(his state's civilians or soldiers, or his state named again) are whom the
deed struck and whom he speaks for; the accused is the deed's doer, or none
when the phrase names no doer (mendB106, review106a F7). A state's concern
over its own police or its own government ("concern over police violence")
does blame them, and stays.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit

# the voicer that speaks for his state, and his state's people he speaks for
_STATE_VOICERS = frozenset({None, "GOV"})
_OWN_PEOPLE = frozenset({None, "CVL", "MIL"})


def own_people_unaccused(
    people: list[Mention], trig: Hit, etype: str, ntext: str, ctx: Context
) -> list[Mention]:
    """``people`` of an ACCUSE told by a word of concern without the
    voicer's own civilians, soldiers or state named after him."""
    words: frozenset[str] = getattr(ctx, "concern_words", frozenset())
    if etype != "ACCUSE" or not words or len(people) < 2:
        return people
    if not any(w in ntext[trig.start : trig.end] for w in words):
        return people
    named = [m for m in people if m.end != m.start]
    if not named:
        return people
    voicer = min(named, key=lambda m: m.start)
    if not voicer.code or voicer.agent not in _STATE_VOICERS:
        return people
    return [
        m
        for m in people
        if m is voicer
        or m.code != voicer.code
        or m.agent not in _OWN_PEOPLE
        or m.start < voicer.end
    ]
