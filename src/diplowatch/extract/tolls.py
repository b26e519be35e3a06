"""A death told in a relative clause on a deed of force is that deed's toll
(faparties94).

"آلمان و فرانسه روسیه را مسئول حمله‌ای دانستند که طی آن ده غیرنظامی
اوکراینی کشته شدند", "… the attack in which ten Ukrainian civilians were
killed", "الهجوم الذي أسفر عن مقتل …": the killing is the attack itself, told
again by its toll. Who blamed, condemned or told of the attack stands
outside the relative clause and killed no one; read on its own, the death's
trigger took the sentence's first sides as the killers (the accusers
against the accused: DEU → RUS). Where the deed's own noun gives an event
of the toll's type and status, a toll read with a named doer other than
that event's, and no agent of force, is dropped: the clause names only the dead, so its doer came
from outside it, and the deed's event has the deed's doer. A toll read
with its doer understood (unidentified attackers: "… را هدف قرار دادند که
بر اثر آن دو ملوان … کشته شدند" keeps the sailors) or with the deed's own
doer stays, and a toll whose deed gave no event is left as it was read.

The opener is language data (``context.TOLL_OPENERS``: fa "که طی آن", "که در
آن", "که منجر به"; ar "الذي أسفر عن"; en "in which"), written after the
deed's noun within ``_DEED_REACH`` characters and before the toll's trigger
within ``_TOLL_REACH``, with no full stop between. An Arabic clause whose
toll's verb comes before its "فيه" ("الهجوم الذي قتل فيه …", "الذي لقي فيه
… مصرعهم") has the trigger inside what would be the opener: not read (mendC95).
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.agent_groups import FORCE_AGENTS, UNNAMED_ATTACKERS
from diplowatch.extract.scan import Hit
from diplowatch.model import Event

FORCE = having("force")
# Characters from the deed's noun to the opener (Persian may put the main
# verb between: "مسئول حمله‌ای دانستند که طی آن …"), and from the opener's
# end to the toll's trigger.
_DEED_REACH = 60
_TOLL_REACH = 60
# Marks that end the sentence's clause: a toll is never read across them.
_STOPS = frozenset(".!?؟؛;:")
# ``UNNAMED_ATTACKERS`` is the agent understood for a deed whose sentence
# names only those it struck. A toll read with one of ``FORCE_AGENTS`` as
# its doer keeps it, as a deed's own striker; the blamers read in are states
# as a whole, governments and speakers.


def tolls_out(
    found: list[tuple[Event, Hit]], ntext: str, openers: frozenset[str]
) -> list[tuple[Event, Hit]]:
    """``found`` without each deed of force told as the toll of another of
    its type and status, whose noun opens the relative clause it stands in."""
    if not openers or len(found) < 2:
        return found
    deeds = [(e, t) for e, t in found if e.type in FORCE and t.entry.affix != "verb"]
    return [
        (ev, trig)
        for ev, trig in found
        if not (
            ev.type in FORCE
            and any(
                d is not ev
                and d.type == ev.type
                and d.status == ev.status
                and _foreign_doer(ev, d)
                and _toll_of(deed, trig, ntext, openers)
                for d, deed in deeds
            )
        )
    ]


def _foreign_doer(toll: Event, deed: Event) -> bool:
    """Whether the toll was read with a named doer (not the unidentified
    attackers, ``UNNAMED_ATTACKERS``) other than the deed event's own."""
    if not toll.actors:
        return False
    doer = toll.actors[0]
    if doer.code is None and doer.agent == UNNAMED_ATTACKERS:
        return False
    if doer.agent in FORCE_AGENTS:
        return False  # "الغارة … التي أسفرت عن مقتل …": the armed doer the toll names

    first = deed.actors[0] if deed.actors else None
    return first is None or (first.code, first.agent) != (doer.code, doer.agent)


def _toll_of(deed: Hit, trig: Hit, ntext: str, openers: frozenset[str]) -> bool:
    """Whether ``trig`` stands in a relative clause a toll opener starts
    after the deed's noun ``deed``."""
    if trig.start <= deed.end or trig.start - deed.end > _DEED_REACH + _TOLL_REACH + 40:
        return False
    between = ntext[deed.end : trig.start]
    if _STOPS & set(between):
        return False
    padded = f" {' '.join(between.split())} "
    for opener in openers:
        at = padded.find(f" {opener} ")
        if at < 0:
            continue
        if at <= _DEED_REACH and len(padded) - (at + len(opener) + 2) <= _TOLL_REACH:
            return True
    return False
