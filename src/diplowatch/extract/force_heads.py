"""A generic "forces" takes its agent from the word that modifies it.

"Forces" ("نیروهای", "قوات", "forces") names armed men of any kind, and a
bare "commander" ("فرمانده", "commander") the commander of any of them; the
army is only their reading when nothing says whose. Persian and Arabic write
the modifier after the head (ezafe "نیروهای شبه نظامی", "نیروهای شورشی";
"القوات المتمردة", "قوات المتمردين"), English before it ("rebel forces",
"militia forces"). The lexicon finds the bare head as the army (MIL) and
the modifier as what it names (rebels, militias: REB), and the event took
two sides, or an army, where the text names one armed movement ("فرمانده
گروهک تروریستی", "a militant commander" is the group's, not an officer). A militia
is no army (``ONTOLOGY``: REB covers rebels, insurgents and militants).

Only the bare head is dropped, and only next to a modifier of another agent
with nothing but a space between: a head written with its own owner
("نیروهای ارتش", "the army's forces") is a mention of its own.
"""

from __future__ import annotations

from diplowatch.extract.agent_groups import ARMED_FORCES
from diplowatch.extract.mention import Mention

# guards64ar: a police force too ("قوات الحرس الوطني التونسي", "نیروهای
# گارد ملی تونس": the garde nationale's forces, one COP side, not an army
# beside it; most police forces are listed with their head already)
_MODIFIER_AGENTS = frozenset({"REB", "COP"})


def without_generic_forces(
    mentions: list[Mention], text: str, heads: frozenset[str], fillers: frozenset[str]
) -> list[Mention]:
    """``mentions`` (in order) without a bare "forces" head (``heads``)
    written right next to a rebel or militia mention that modifies it, or
    with only words that describe such a group between (``fillers``:
    "فرمانده گروهک تروریستی جیش العدل")."""
    if not heads:
        return mentions
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if m.agent != ARMED_FORCES or text[m.start : m.end] not in heads:
            continue
        near = mentions[i - 1 : i] + mentions[i + 1 : i + 2]
        if any(_modifies(m, other, text, fillers) for other in near):
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop]


def _modifies(head: Mention, other: Mention, text: str, fillers: frozenset[str]) -> bool:
    """``other`` is a rebel, militia or police word written against ``head``, or
    after it with only words that describe such a group between."""
    if other.agent not in _MODIFIER_AGENTS:
        return False
    lo, hi = (head.end, other.start) if other.start >= head.end else (other.end, head.start)
    if hi <= lo:
        return False
    gap = text[lo:hi]
    return gap == " " or (other.start >= head.end and all(w in fillers for w in gap.split()))
