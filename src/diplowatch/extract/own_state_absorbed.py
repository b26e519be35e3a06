"""A bare name of a state is one side with a body of that state beside it.

``participants.unit`` reads a state named as a whole ("ایران", "Iran") and
its government as one participant, so "the Iranian foreign minister spoke
of a prisoner swap between Iran and the United States" pairs the minister
with the United States only: the state in the topic is his own. Another
body of the state (its parliament, army, police or courts: LEG, MIL, COP,
JUD) is a unit of its own, and there the same sentence paired "the Iranian
parliament speaker" with Iran as well, an event of a state's body with the
state itself (review96b finding 10: once Larijani was read as the speaker,
LEG, doc 1150 gained two such self-pairs).

A side of an event that holds a body of a state and a bare mention of the
same state (no agent, no office) is read as the GOV body's would be: the
bare state is absorbed. A side left with the body alone is dropped where
another side of the same trigger remains (it is the pair the unit would not
have made), and kept as a one-sided event where it is the only one ("رئیس
مجلس ایران از ایران حمایت کرد", as "وزیر خارجه ایران از ایران …" reads).
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention

# A state's bodies other than its government, whose unit is apart from the
# state's (``participants.unit`` reads GOV and the bare state as one).
_OTHER_STATE_BODIES = frozenset({"MIL", "COP", "JUD", "LEG"})
# Mentions that name a state as a whole
_BARE_STATE_KINDS = frozenset({"state", "capital", "state_adj"})


def _bare_state(m: Mention) -> bool:
    return m.agent is None and not m.role and not m.former and m.kind in _BARE_STATE_KINDS


def _absorbed(side: list[Mention]) -> list[Mention]:
    """``side`` without a bare state whose body of the state stands in it."""
    bodies = {m.code for m in side if m.code and m.agent in _OTHER_STATE_BODIES}
    if not bodies:
        return side
    kept = [m for m in side if not (_bare_state(m) and m.code in bodies)]
    return kept if kept else side


def own_state_absorbed(sides: list[list[Mention]]) -> list[list[Mention]]:
    """The sides of one trigger, each bare state absorbed into its state's
    body beside it; a side left with one mention by that is dropped where
    other sides remain."""
    out: list[list[Mention]] = []
    for side in sides:
        kept = _absorbed(side)
        if len(kept) < len(side) and len(kept) == 1 and len(sides) > 1:
            continue
        out.append(kept)
    return out
