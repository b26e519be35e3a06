"""An air strike whose doer is not named was flown by an armed force.

"قتل 6 من قادة التنظيم في غارة جوية", "killed in an airstrike", "در حمله
هوایی کشته شدند": gunmen and bombers nobody identifies (the spec's UAF)
have no aircraft, so the understood doer of a raid from the air is armed
forces (MIL) of no country the text gives — the victims' place is where
the planes struck, not whose planes they were. Drone strikes stay with the
unidentified attackers: armed groups fly drones too.

The deed is an air strike where its own word, or a word right after it in
its clause ("مقتل … في غارة جوية"), is one of ``context.AIR_STRIKE_NOUNS``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from diplowatch.extract.scan import Hit
from diplowatch.model import Actor
from diplowatch.text.punctuation import CLAUSE_BREAKS

_UNNAMED_ATTACKERS = "UAF"
_ARMED_FORCES = "MIL"
# Words after the deed's own word its air strike noun may stand in
# ("مقتل 6 قياديين من التنظيم في غارة جوية").
_REACH = 8
_WORD = re.compile(r"\w+")


def aerial_doer(
    out: list[Actor], named: list[Actor], trig: Hit, ntext: str, ctx: Any
) -> list[Actor]:
    """``out`` with an understood unidentified attacker (one not among the
    ``named`` actors) read as armed forces of no given country where the
    deed is an air strike."""
    if not ctx.air_strike_nouns or not _air_strike(trig, ntext, ctx.air_strike_nouns):
        return out
    return [
        replace(a, code=None, agent=_ARMED_FORCES)
        if a.agent == _UNNAMED_ATTACKERS and a not in named
        else a
        for a in out
    ]


def _air_strike(trig: Hit, ntext: str, nouns: frozenset[str]) -> bool:
    """The deed's word, or a phrase right after it in its clause, names an
    air strike (one word or two)."""
    tail = ntext[trig.start : trig.end + 80]
    for brk in CLAUSE_BREAKS:
        tail = tail.split(brk)[0]
    words = _WORD.findall(tail)[: _REACH + len(ntext[trig.start : trig.end].split())]
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words))}
    return bool(nouns & (set(words) | pairs))
