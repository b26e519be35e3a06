"""Policemen or soldiers who protest themselves.

A protest's understood side is its crowd of civilians (``xx/agents.
IMPLIED_AGENTS``), added when no one of the crowd is named. When the named
protesters are policemen or soldiers ("تظاهر رجال الشرطة", "police officers
protested over pay"), they are the crowd: no civilians stand beside them.
They are told as the protest's subject, written right next to its word: after
it where the verb comes first ("تظاهر رجال الشرطة"), before it where the
subject is written first ("police officers protested"). Further off, or
across a preposition ("protests against the police"), they are what the
crowd protests against. Where the verb ends its clause the subject stands
far before it, and a noun right after a protest's word is as often the next
clause's subject as its owner: no rule there (the caller).
"""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.model import Actor

# Who may protest in a body without being civilians: the state's armed men.
_ARMED = frozenset({"COP", "MIL"})


def armed_protesters(side: Sequence[Mention], trig: Hit, ntext: str, subject_before: bool) -> bool:
    """Whether a police or army mention of ``side`` stands right next to the
    protest's word ``trig`` as its subject (``subject_before``: the subject
    is written before its verb, as in English)."""
    for m in side:
        if m.agent not in _ARMED:
            continue
        gap = ntext[m.end : trig.start] if subject_before else ntext[trig.end : m.start]
        if (m.end <= trig.start if subject_before else m.start >= trig.end) and not gap.strip():
            return True
    return False


def without_crowd(actors: list[Actor], named: list[Actor]) -> list[Actor]:
    """``actors`` without the understood civilians added beside ``named``."""
    return [a for a in actors if a.agent != "CVL" or any(a is n for n in named)]
