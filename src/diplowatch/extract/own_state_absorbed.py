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

Only that construction is read (mendE97, fenced: absorbing every such side
changed 103 corpus documents, many of them a force's one-sided deed): a side
of exactly the state's legislature and a bare mention of the same state (no
agent, no office) is dropped where another side of the same trigger pairs
that body with someone else. The body keeps its real partner; the event
with its own state, which the GOV unit would never have made, is gone.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention

# A state's bodies other than its government whose unit is apart from the
# state's (``participants.unit`` reads GOV and the bare state as one): its
# legislature only, the body agents96 gave a listed man in place of GOV.
# With MIL, COP and JUD too (7 corpus documents better, 1 neutral),
# events_heldout test ar status fell 151/158 → 150/157: not kept.
_OTHER_STATE_BODIES = frozenset({"LEG"})
# Mentions that name a state as a whole
_BARE_STATE_KINDS = frozenset({"state", "capital", "state_adj"})


def _bare_state(m: Mention) -> bool:
    return m.agent is None and not m.role and not m.former and m.kind in _BARE_STATE_KINDS


def _self_pair(side: list[Mention]) -> Mention | None:
    """The body of a side made of a state's body and that state, bare."""
    if len(side) != 2:
        return None
    body, bare = side if side[0].agent in _OTHER_STATE_BODIES else side[::-1]
    if body.agent in _OTHER_STATE_BODIES and _bare_state(bare) and body.code == bare.code:
        return body if body.code else None
    return None


def own_state_absorbed(sides: list[list[Mention]]) -> list[list[Mention]]:
    """The sides of one trigger without a pair of a state's body and the
    bare state, where the body stands in another side of them."""
    if len(sides) < 2:
        return sides
    out = []
    for side in sides:
        body = _self_pair(side)
        if body is not None and any(s is not side and body in s for s in sides):
            continue
        out.append(side)
    return out
