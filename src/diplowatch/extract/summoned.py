"""Whom a summons summons: the envoy goes last.

"وزارت خارجه سودان سفیر اتیوپی را احضار کرد", "احضار سفیر اتیوپی به
وزارت خارجه سودان", "أعلنت الخارجية الروسية أنها استدعت السفير الفرنسي لدى
روسيا", "the summoning of the French ambassador to the Russian foreign
ministry": a state summons another state's envoy to protest to it, so the
envoy is always the one summoned, wherever the sentence names him. Word
order put him first where the summons is a noun with him as its genitive,
a passive whose auxiliary is shared with a later verb ("احضار و … ابلاغ
شد", "was summoned … and told"), or a clause whose subject is a pronoun
("أنها استدعت"), while the event's first actor must be the summoner (the
PLOVER export reads actor = first, recipient = second). A state's own envoy
called home is another deed (``SANCTION``/``cut_ties``), so only the
summons mode is read, and no word list is needed: the role says it
(reversed94).
"""

from __future__ import annotations

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit

# The trigger mode of a summons (``triggers``: ``("ACCUSE", "summon")``).
SUMMON_MODE = "summon"
# Roles only the one summoned holds in a summons: an envoy.
_ENVOY_ROLES = frozenset({"ambassador"})


def envoys_last(side: list[Mention], trig: Hit) -> list[Mention]:
    """``side`` with the envoys it names moved after the others, when the
    deed is a summons and some but not all of the side are envoys (two
    envoys leave no summoner to tell apart)."""
    if len(side) < 2 or not trig.entry.extra or trig.entry.extra[0] != SUMMON_MODE:
        return side
    envoys = [m for m in side if m.role in _ENVOY_ROLES]
    if not envoys or len(envoys) == len(side):
        return side
    return [m for m in side if m not in envoys] + envoys
