"""Merchant ships: sides of what befalls them, of no agent of their own.

A tanker or cargo ship that is attacked, seized or released is a side of
that event ("یک نفتکش مورد حمله قرار گرفت", "تعرضت ناقلة نفط لهجوم", a
tanker was attacked): without it the deed has no side and is lost. But the
ship is not its owner firm, so the annotated corpus gives it no agent. Its
nouns are owned nouns (country only when written next to them) under the
pseudo-agent ``VESSEL``, so every rule that wants a side with a code or an
agent still sees one; the pseudo-agent is cleared from the finished events.

A ship whose owner or manager the sentence names ("نفتکشی متعلق به یک شرکت
اسرائیلی", "توسط شرکت اسرائیلی … اداره می‌شود", "ناقلة تابعة لشركة
إسرائيلية", a tanker managed by an Israeli firm) is that owner's: a side of
no country beside it is left to its owner (``owned_by_named``), as English
already reads it.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.extract.mention import Mention
from diplowatch.model import Event

# The pseudo-agent of ``agents.OWNED_NOUNS`` for merchant ships.
VESSEL = "VESSEL"
# How far (characters) the owner may stand from the cue that names it.
OWNER_GAP = 40


def owned_by_named(mentions: list[Mention], text: str, cues: frozenset[str]) -> list[Mention]:
    """``mentions`` without each ship of no country whose owner, a side with
    a country, the sentence names by an owner cue (``context.
    VESSEL_OWNER_CUES``) after the ship, the owner standing within
    ``OWNER_GAP`` of the cue."""
    if not cues or not any(m.agent == VESSEL and not m.code for m in mentions):
        return mentions
    owned = [
        m
        for m in mentions
        if m.agent == VESSEL and not m.code and _owner_named(m, mentions, text, cues)
    ]
    return [m for m in mentions if m not in owned]


def _owner_named(ship: Mention, mentions: list[Mention], text: str, cues: frozenset[str]) -> bool:
    """Whether a cue after ``ship`` names an owner with a country near it
    (looked for no further than the sentence's last mention reaches)."""
    end = max(m.end for m in mentions) + OWNER_GAP
    for cue in cues:
        at = text.find(cue, ship.end, end)
        while at >= 0:
            if any(
                m.code
                and m.agent != VESSEL
                and m.start > ship.end
                and abs(m.start - at) <= OWNER_GAP
                for m in mentions
            ):
                return True
            at = text.find(cue, at + 1, end)
    return False


def without_vessel_agent(events: list[Event]) -> list[Event]:
    """``events`` with each ship's pseudo-agent cleared to none, the ships
    after the other sides: a ship is struck, seized or released, never the
    doer ("ایران را مسئول حمله به کشتی تجاری دانست": Iran did it)."""
    for event in events:
        if any(a.agent == VESSEL for a in event.actors):
            others = [a for a in event.actors if a.agent != VESSEL]
            ships = [replace(a, agent=None) for a in event.actors if a.agent == VESSEL]
            event.actors = others + ships
    return events
