"""The ground rockets were fired from and the state they were fired at.

"Two rockets were fired from Gaza towards southern Israel", "سه موشک از
خاک لبنان به شمال اسرائیل شلیک شد", "أطلقت ثلاثة صواريخ من لبنان على
شمال إسرائيل": the state after a preposition of aim (``context.LAUNCH_AIMS``:
"towards", "به سمت", "على") is whom they struck, and the state after "from"
(``context.ORIGIN_LINKS``, maybe through a part of it, "خاک", "southern")
is no side as a whole, only the ground the unnamed attackers fired from:
they are of it (``LBN:UAF``), as the readers of the corpus code them; an
attacker the sentence names keeps his own reading. Read as places, the
struck state was lost, put first as the doer, or lent its country to the
attackers (origin57).

A word of firing (``context.LAUNCH_WORDS``, a verb or noun, never the
weapon alone: "missiles from Iran" may be a sale) must stand a few words
before "from", or after the state in a verb-final clause, and the deed's
own word must be that firing or stand beside it: "Israel struck Lebanon in
response to rocket fire from Lebanon" keeps Lebanon struck.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.titles import previous_word
from diplowatch.model import Actor
from diplowatch.text.punctuation import CLAUSE_BREAKS

# Parts of the state between "from" and its name ("از داخل خاک لبنان"), and
# how many words a word of firing may stand before "from" or after the state.
_PARTS = 3
_BEFORE = 4
_AFTER = 6
_STATE_KINDS = frozenset({"state", "state_adj", "capital", "city"})
# An attacker of no named country, whose country the struck state lent him.
_UNNAMED = frozenset({"UAF", "REB"})


def launched_sides(
    actors: list[Actor], s: Sentence, trig: Hit, ntext: str, ctx: Context
) -> list[Actor]:
    """``actors`` of a deed of force without the state it was fired from,
    and with the state it was fired at as its target, after an attacker
    (unnamed when no one is named)."""
    if not ctx.launch_words or not ctx.launch_aims:
        return actors
    origin = next((m for m in s.mentions if _fired_from(m, trig, ntext, ctx)), None)
    if origin is None:
        return actors
    aimed = next((m for m in s.mentions if _aimed_at(m, origin, ntext, ctx)), None)
    if aimed is None or not aimed.code:
        return actors
    # the origin as a whole is no side; attackers of it stay its own
    kept = [a for a in actors if a.code != origin.code or a.agent is not None]
    doer = kept[0] if kept else None
    if doer is None or (doer.code == aimed.code and doer.agent in _UNNAMED | {None}):
        # no one named fired them, or the struck state stood first: the
        # unnamed attackers of the ground they left
        rest = [a for a in kept[1:] if a.code != aimed.code]
        agent = doer.agent if doer is not None and doer.agent else "UAF"
        return [Actor(origin.code, agent=agent), Actor(aimed.code), *rest]
    if aimed.code in {a.code for a in kept[1:]}:
        return kept
    return [*kept, Actor(aimed.code)]


def _fired_from(m: Mention, trig: Hit, ntext: str, ctx: Context) -> bool:
    """Whether ``m`` is a state named after "from" in the firing told by
    ``trig``: a word of firing before "from" or, verb-final, after the
    state, in one clause with the deed's word."""
    if m.kind not in _STATE_KINDS or not m.code:
        return False
    link = _link_start(m, ntext, ctx)
    if link < 0:
        return False
    lo, hi = min(link, trig.start), max(m.end, trig.end)
    if hi - lo > 120 or CLAUSE_BREAKS & set(ntext[lo:hi]):
        return False
    words = ntext[max(0, link - 80) : link].split()[-_BEFORE:]
    if ctx.verb_final:
        words += ntext[m.end : m.end + 80].split()[:_AFTER]
    return any(w in ctx.launch_words for w in words) and _near_firing(trig, link, m, ntext, ctx)


def _near_firing(trig: Hit, link: int, m: Mention, ntext: str, ctx: Context) -> bool:
    """The deed's word is itself a word of firing, or stands within the
    window the firing was read in: it tells that firing, not another deed."""
    if any(w in ctx.launch_words for w in ntext[trig.start : trig.end].split()):
        return True
    return link - 60 <= trig.start <= m.end + 60


def _link_start(m: Mention, ntext: str, ctx: Context) -> int:
    """Where "from" before ``m`` begins, across parts of the state ("از
    داخل خاک لبنان", "from southern Lebanon"); -1 when none."""
    pos = m.start
    for _ in range(_PARTS + 1):
        word = previous_word(ntext, pos)
        if not word:
            return -1
        pos = ntext.rfind(word, 0, pos)
        if word in ctx.origin_links:
            return pos
        if word not in ctx.location_heads and word not in ctx.place_modifiers:
            return -1
    return -1


def _aimed_at(m: Mention, origin: Mention, ntext: str, ctx: Context) -> bool:
    """Whether ``m``, another state in the origin's clause, follows a
    preposition of aim, across parts of it ("towards southern Israel", "به
    سوی جنوب اسرائیل", "على شمال إسرائيل", "fired at Israel from Gaza")."""
    if m.kind not in _STATE_KINDS or not m.code or m.code == origin.code:
        return False
    lo, hi = min(m.end, origin.end), max(m.start, origin.start)
    if CLAUSE_BREAKS & set(ntext[lo:hi]) or hi - lo > 80:
        return False
    pos = m.start
    for _ in range(_PARTS + 1):
        word = previous_word(ntext, pos)
        if word in ctx.launch_aims:
            return True
        if not word or (word not in ctx.location_heads and word not in ctx.place_modifiers):
            return False
        pos = ntext.rfind(word, 0, pos)
    return False
