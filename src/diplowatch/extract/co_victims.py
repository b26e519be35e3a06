"""Victims struck together by one doer are each its target.

"در این انفجار یک شهروند فرانسوی و یک شهروند آلمانی کشته شدند", "A French
citizen and a German citizen were killed in the blast": the coordinated
people are the deed's co-victims, and its doer — named, or left understood
(an unidentified attacker, the police of the place: ``implied.add_implied``)
— struck each of them. The victims did nothing to one another, so a deed
of force is one event per victim, as "A, B and C cut ties with Q" is one
event per source; read as one event of three, its first victim would pair
with the second as if one had acted on the other. The corpus gold codes
such a sentence so (one ASSAULT per citizen killed).

Only deeds of force (the ``force`` trait) whose first actor is an agent of
force (``FORCE_AGENTS``: attackers, police, courts, armed forces, militants,
criminals: how the sentence's steps put a doer before its victims) and
whose victims are of two or more states other than the doer's (only then
does one event pair two victims; victims of one country or of none are
left in one event). The split runs on a sentence's events after they are
joined (``joined.join``), so a part of the occasion told by another
trigger is first taken into the whole.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.event_types import having
from diplowatch.extract.agent_groups import FORCE_AGENTS
from diplowatch.model import Event

FORCE = having("force")


def victims_apart(events: list[Event]) -> list[Event]:
    """``events`` with each deed of force of one doer and several victims
    told as one event per victim, in their order."""
    return [part for ev in events for part in _apart(ev)]


def _apart(ev: Event) -> list[Event]:
    """``ev`` as one event per victim (its doer first in each), or alone
    when it is no deed of force, its first actor no agent of force, or its
    victims are not of two states other than the doer's: victims of one
    country, of none, or of the doer's own pair with no one wrongly, so the
    event is left whole."""
    if ev.type not in FORCE or len(ev.actors) < 3 or ev.actors[0].agent not in FORCE_AGENTS:
        return [ev]
    doer = ev.actors[0]
    victims = [a for a in ev.actors[1:] if (a.code, a.agent) != (doer.code, doer.agent)]
    if len({a.code for a in victims if a.code} - {doer.code}) < 2:
        return [ev]  # no two victims of two other states: the event pairs no victims
    return [
        replace(
            ev,
            actors=[doer, victim],
            sectors=list(ev.sectors),
            amounts=list(ev.amounts),
            counts=dict(ev.counts),
            sentences=list(ev.sentences),
        )
        for victim in victims
    ]
