"""Victims struck together by an understood doer are each its target.

"در این انفجار یک شهروند فرانسوی و یک شهروند آلمانی کشته شدند", "A French
citizen and a German citizen were killed in the blast": the coordinated
people are the deed's co-victims, and the doer the text leaves understood
(an unidentified attacker, the police of the place: ``implied.add_implied``)
struck each of them. The victims did nothing to one another, so a deed of
force is one event per victim with the understood doer, as "A, B and C cut
ties with Q" is one event per source; read as one event, its first victim
would pair with the second as if one had acted on the other. The corpus
gold codes such a sentence so (one ASSAULT per citizen killed).

Only deeds of force (the ``force`` trait): joint types keep everyone, and
other directed types do not get an understood doer before a list of victims.
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.model import Actor

FORCE = having("force")


def victims_apart(etype: str, named: list[Actor], actors: list[Actor]) -> list[list[Actor]]:
    """``actors`` as one list per victim — the understood doer and that
    victim — when ``actors`` is ``named`` with a doer put before it and
    ``named`` holds two or more distinct participants; else ``[actors]``."""
    if etype not in FORCE or len(named) < 2 or len(actors) != len(named) + 1:
        return [actors]
    if [a.code for a in actors[1:]] != [a.code for a in named]:
        return [actors]  # the understood side was not put first
    if len({(a.code, a.agent) for a in actors[1:]}) < 2:
        return [actors]
    return [[actors[0], victim] for victim in actors[1:]]
