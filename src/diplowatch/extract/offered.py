"""A deed offered by a stated readiness is no topic (types74fa).

A noun right after an aim marker ("برای مذاکره") names what an act is for,
and ``predicates.drop_topics`` and ``nonevents.named_as_topic`` drop it. After
a readiness declared for it ("ایران آمادگی خود را برای مذاکره با عربستان
اعلام کرد", "بر آمادگی کشورش برای میانجیگری تاکید کرد") the noun is the deed
offered: PLOVER codes an expressed intent to meet, mediate or help as that
deed to come, and English "declared its readiness for talks" is read so
(planned, by the language's ahead cue for readiness). The words are the
language's (``context.OFFER_WORDS``, ``OFFER_MARKERS``, ``OFFER_NOT_BEFORE``,
``OFFER_NOT_AFTER``, ``OFFER_REACH``); a language without them offers nothing here.
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actor_context import Context
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

# A readiness to use force is a threat, which a threat word tells: the deed
# of force itself stays an aim.
_FORCE = having("force")
# How far back the marker's clause is read, in characters.
_WINDOW = 160


def offered_deed(trigger: Hit, text: str, ctx: Context) -> bool:
    """Whether ``trigger`` is a deed noun right after an offer marker that a
    declared readiness within ``ctx.offer_reach`` words before governs in
    the same clause (no break, the readiness not denied or talked about)."""
    if not ctx.offer_words or trigger.entry.affix == "verb" or trigger.entry.value in _FORCE:
        return False
    words = text[max(0, trigger.start - _WINDOW) : trigger.start].split()
    if not words or words[-1] not in ctx.offer_markers:
        return False
    before = words[:-1]
    for back in range(1, min(len(before), ctx.offer_reach + 1) + 1):
        word = before[-back]
        if any(ch in CLAUSE_BREAKS for ch in word):
            return False
        if word in ctx.offer_words:
            return _declared(before[:-back], before[len(before) - back + 1 :], ctx)
    return False


def _declared(preceding: list[str], following: list[str], ctx: Context) -> bool:
    """Whether the readiness word between ``preceding`` and ``following`` is
    one stated: not denied or talked about (``ctx.offer_not_before``), not
    preparations in the plural (``ctx.offer_not_after``)."""
    if following and following[0] in ctx.offer_not_after:
        return False
    last_two = " ".join(preceding[-2:])
    return not (preceding and preceding[-1] in ctx.offer_not_before) and (
        last_two not in ctx.offer_not_before
    )
