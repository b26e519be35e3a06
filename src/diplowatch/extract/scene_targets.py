"""A place named as the scene of a directed event is no side of it.

"The pope appealed for peace in Sudan", "دعا إلى وقف القتال في ليبيا",
"خواستار آتش‌بس در یمن شد": the country or city after a preposition of
place (``context.SCENE_PLACE_PREPOSITIONS``) tells where the matter lies,
not whom the appeal is addressed to. Attacks on a place ("قصف مدينة حلب")
and visits to one keep it: their types are not in ``SCENE_FREE_TYPES``.
Praise and blame keep it too: they are told through what happens there
("praised the transition in Tunisia", ``request_addressee.pair_kept``), and
measured on the Arabic challenge's odd half dropping it there lost them.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit

# the directed types whose other side is addressed, never the scene; an
# appeal is made with no one addressed, so its doer alone makes the event
SCENE_FREE_TYPES = frozenset({"REQUEST"})
_WRITTEN_PLACES = frozenset({"state", "capital", "city"})
_PLACE_KINDS = _WRITTEN_PLACES | {"pair"}


def scene_places_out(
    etype: str, trig: Hit, people: list[Mention], mentions: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """``people`` without the places written as a scene, when a coded side
    of another country or body is left (the doer); else as they are, for a
    place may be the only reading of a side the text gives. A side filled
    in from the article's pair stays when what is written there is a body
    ("الدول الأعضاء في الاتحاد الأوروبي": the union is asked)."""
    preps = ctx.scene_place_preps
    if etype not in SCENE_FREE_TYPES or not preps:
        return people
    scene = [
        m
        for m in people
        if _at_scene(m, trig, ntext, preps, ctx.place_modifiers)
        and (m.kind != "pair" or _written_as_place(m, mentions))
    ]
    if not scene:
        return people
    rest = [m for m in people if m not in scene]
    if not any(m.code for m in rest):
        return people
    return rest


def _written_as_place(pair: Mention, mentions: list[Mention]) -> bool:
    """Whether the sentence writes the pair's country, where it was filled
    in, as a country or city rather than a body."""
    return any(m.code == pair.code and m.kind in _WRITTEN_PLACES for m in mentions)


def _at_scene(
    m: Mention, trig: Hit, ntext: str, preps: frozenset[str], modifiers: frozenset[str]
) -> bool:
    """Whether a mention is a bare place (no agent, not the subject's own
    country) after a preposition of place, across words of direction
    ("في شمال سوريا"), outside the trigger's own words."""
    if m.kind not in _PLACE_KINDS or m.agent or m.strong or m.role:
        return False
    if not (m.place or m.location_only) or trig.start <= m.start < trig.end:
        return False
    words = ntext[max(0, m.start - 40) : m.start].split()
    while words and words[-1] in modifiers:
        words.pop()
    return bool(words) and words[-1] in preps


def asked_at_scene(
    etype: str, trig: Hit, side: list[Mention], mentions: list[Mention], ntext: str, ctx: Any
) -> bool:
    """Whether the event's only other side would have been a place written
    as its scene after the trigger ("دعا البابا إلى السلام في السودان"): a
    doer of a known country then makes the event alone, as the text names
    no one addressed (a doer with none is left to the other rules)."""
    preps = ctx.scene_place_preps
    if etype not in SCENE_FREE_TYPES or not preps or not side:
        return False
    # a noun ("جاء في الالتماس"), not its verb, often tells what a text says
    if trig.entry.affix != "verb" or not all(m.code for m in side):
        return False
    return any(
        m.start >= trig.end and _at_scene(m, trig, ntext, preps, ctx.place_modifiers)
        for m in mentions
    )
