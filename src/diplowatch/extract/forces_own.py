"""A deployment is the forces' own: the state's government beside them is no side.

Troops sent, police put on alert and fleets that sail are what PLOVER's
MOBILIZE records, and the readers of every tune set code the forces alone,
whoever ordered the move ("السلطات ستنشر نحو 3800 جندي من الجيش": GBR:MIL;
"the Texas governor ordered the National Guard to watch the exercises":
USA:MIL; "استنفار أمني لنحو 1500 عنصر شرطي" in a text naming the Élysée:
FRA:COP). The lexicon reads the authorities, the government or a
spokesman who orders or tells of the move as a side of its own, so such an
event had an extra GOV of the very state whose forces moved. The types,
the forces and the orderers are data (``lang/xx/agents.DEPLOYMENT_TYPES``,
``DEPLOYED_FORCES``, ``DEPLOYMENT_ORDERERS``). The civilians of that state
named beside its forces (``DEPLOYMENT_BYSTANDERS``: the crowd the police
deploy at, the people an exercise alarms) are no side either. Only an
orderer or a civilian of a country (or of none) whose own forces are named
in the event is left out: a foreign government beside the troops is another side, and a government
named with no forces ("دولت آمریکا … سه هزار نیرو اعزام می‌کند", troops no
list reads) stays the event's only doer.
"""

from __future__ import annotations

from functools import cache

from diplowatch.lang.agent_fields import shared_set
from diplowatch.model import Actor


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The deployment types, the forces that move and the agents of their
    state that are no side of it (who orders them, the civilians they move
    among), read once."""
    return (
        shared_set("DEPLOYMENT_TYPES"),
        shared_set("DEPLOYED_FORCES"),
        shared_set("DEPLOYMENT_ORDERERS") | shared_set("DEPLOYMENT_BYSTANDERS"),
    )


def forces_alone(etype: str, actors: list[Actor]) -> list[Actor]:
    """``actors`` of a deployment without the orderers and civilians of a
    state whose own forces are among them."""
    types, forces, orderers = _data()
    if etype not in types:
        return actors
    moved = {a.code for a in actors if a.agent in forces}
    if not moved:
        return actors
    return [a for a in actors if not (a.agent in orderers and a.code in moved)]
