"""Who a claim of responsibility names as the doer of a deed of force.

News often tells an attack from its victims' side and names its author only
in a claim: "a bomb killed twelve at a market in Baghdad; the Islamic State
claimed responsibility", "قتل 12 شخصا في تفجير … وتبناه تنظيم الدولة",
"… ۱۰ نفر کشته شدند و داعش مسئولیت این حمله را بر عهده گرفت". Without the
claim the attack gets an understood "unidentified attacker", or the state
where it happened as its doer. With it, the armed group named next to the
claim's words (``status.CLAIM_CUES``) is the doer of the sentence's
attacks; the bomber it sent and the place's state standing where the doer
stood are no second doer. A denied claim ("نفت مسؤوليتها", "denied
responsibility": a denial or negation cue just before it) names no doer.
"""

from __future__ import annotations

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import NON_STATE_ARMED
from diplowatch.extract.scan import Hit

# Agents that claim deeds of force: armed movements and armed men
# (``NON_STATE_ARMED``). The deeds a claim is about: attacks (an arrest or a curfew after one is
# the state's: "a state of emergency after the attacks IS claimed").
CLAIMED_TYPES = frozenset({"ASSAULT"})
# How far (characters) the claimer may stand from the claim's words.
_REACH = 60
# How far before and after the deed's word its victims stand (characters).
_BEFORE = 40
_AFTER = 120
# How far before the claim's words a denial or negation cancels it.
_DENIAL_REACH = 25
_CANCELLING = frozenset({"denial", "negation"})


def claimer(cues: list[Hit], mentions: list[Mention]) -> Mention | None:
    """The armed group a claim of responsibility in the sentence names: the
    one nearest the claim's words, or None (no claim, a denied one, or no
    armed group near it)."""
    claims = [c for c in cues if c.entry.kind == "claim"]
    if not claims:
        return None
    best: tuple[int, Mention] | None = None
    for c in claims:
        if any(
            x.entry.kind in _CANCELLING and x.end <= c.start and c.start - x.end <= _DENIAL_REACH
            for x in cues
        ):
            continue
        for m in mentions:
            if m.agent not in NON_STATE_ARMED or m.source or m.end <= m.start:
                continue
            gap = max(m.start - c.end, c.start - m.end, 0)
            if gap <= _REACH and (best is None or gap < best[0]):
                best = (gap, m)
    return best[1] if best else None


def claimed_side(side: list[Mention], trig: Hit, who: Mention) -> list[Mention]:
    """``side`` of an attack with the claimer as its doer: other armed men
    ("a suicide bomber", "gunmen") are the claimer's, and a state named as a
    whole where the doer stood (first: "the attack in Kabul" read as
    Afghanistan attacking) is the scene. The victims stay when they stand by
    the deed's word (``_BEFORE``/``_AFTER`` characters): a speaker further
    back ("Trump said … the attacks on Tehran that IS claimed") is none."""
    if not side:
        return side
    same = (who.start, who.end)

    def victim(m: Mention, first: bool) -> bool:
        if (m.start, m.end) == same or m.agent in NON_STATE_ARMED or (first and m.agent is None):
            return False
        return trig.start - m.end <= _BEFORE and m.start - trig.end <= _AFTER

    return [who, *(m for i, m in enumerate(side) if victim(m, i == 0))]
