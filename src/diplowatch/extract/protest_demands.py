"""Who asks what a protest demands, told by the demand's own predicate.

"دانشجویان با برگزاری تجمع اعتراضی مقابل سفارت عربستان، خواستار اخراج سفیر
این کشور شدند": since typesfa85 a Persian demand word with its own predicate
("خواستار", "خواهان" … "شدند", ``context.OWN_DEMANDS``) after a protest is a
request of its own. Its subject is the protest's, often many words back, and
the word order alone made the ambassador to be expelled, named inside what is
asked, the one who asks (review85, finding 8). Where the reading made such a one
(or one behind "به") the requester, the requesters are the protest's
doers; whom they ask is one named after them ("با نگارش طوماری
به مقامات … خواستار …", "با تجمع مقابل استانداری خواستار …"); no one named
inside the demand's object (between the demand word and the verb that closes
it) is a side, nor one of the same unit outside it (the embassy of the
ambassador to be expelled: "مقابل سفارت عربستان … خواستار اخراج سفیر این
کشور").
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.verb_mood import demand_object_end


def protest_doers(sides: list[list[Mention]]) -> list[Mention]:
    """The doers of a protest's sides (the first mention of each), once each."""
    doers: list[Mention] = []
    for side in sides:
        if side and all(unit(side[0]) != unit(d) for d in doers):
            doers.append(side[0])
    return doers


def protest_demand_sides(
    trig: Hit,
    doers: list[Mention],
    read: tuple[list[list[Mention]], list[Mention]],
    ntext: str,
    ctx: Any,
) -> list[list[Mention]] | None:
    """The sides of a demand told by its own predicate after a protest whose
    doers are ``doers``, where the generic reading (``read``: its sides and
    the trigger's people) misread it (``_misread``): each doer asks each one named after the first doer
    and outside the demand's object, of no unit named inside it; a doer
    alone where no one is. None (the generic reading stands) otherwise:
    a protest of others the requester backs or deplores ("حمایت خود را از
    اعتصاب کارگران … ابراز کرد و خواستار …") leaves him the requester."""
    sides, people = read
    if not doers or not sides or ntext[trig.start : trig.end] not in ctx.own_demands:
        return None
    end = demand_object_end(trig, ntext, ctx)
    if end is None:
        return None
    inside = {unit(m) for m in people if trig.end <= m.start < end}
    first = min(d.start for d in doers)
    if not _misread(sides, inside, first, ntext, ctx):
        return None
    mine = {unit(d) for d in doers} | inside
    asked = [m for m in people if unit(m) not in mine and m.start > first]
    if asked:
        return [[d, m] for d in doers for m in asked]
    return [[d] for d in doers]


def _misread(sides: list[list[Mention]], inside: set, first: int, ntext: str, ctx: Any) -> bool:
    """Whether the generic reading made a side of one of a unit named inside
    what is asked (the ambassador to be expelled, his embassy: later steps
    put the one named in the demand first), or made the requester one behind
    a preposition of the side acted on (``context.TARGET_PREPOSITIONS``: "به
    مقامات"), or a state named whole before the protest's doers ("ایران …
    شاهد … اعتصابات … بود …", "لبنان … در حالی است که"): the scene's state."""
    asker = sides[0][0]
    return (
        any(unit(m) in inside for side in sides for m in side)
        or _behind_target_prep(asker, ntext, ctx)
        or (asker.agent is None and asker.kind == "state" and asker.start < first)
    )


def _behind_target_prep(m: Mention, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` stands right after a preposition of the side acted on
    ("به مقامات"), not after a partitive's "از" ("شماری از کارگران",
    ``context.PARTITIVES``: the group itself)."""
    words = ntext[max(0, m.start - 40) : m.start].split()
    if not words or words[-1] not in ctx.target_preps:
        return False
    return len(words) < 2 or words[-2] not in ctx.partitives
