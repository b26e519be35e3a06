"""Every state listed after a doer marker did the deed (reversed91).

"Belarus said the new sanctions by Britain, the US and Canada were illegal",
"بلاروس تحریم‌هایی را که از سوی انگلیس، آمریکا و کانادا وضع شده محکوم
کرد": the marker ("by", "از سوی", "من قبل", ``context.DOER_MARKERS`` and
``AGENT_MARKERS``) stands right before the first state only, and
``doers.doers_first`` moved that one first; the later conjuncts of the same
list kept their place after the sanctioned state, which then read as
sanctioning them. A side's mention that a conjunction or a comma joins, in
one coordinated list (``coordination.coordinated_groups``), to a mention
the marker introduces is a doer too and goes first. A side whose mentions
are all in the list is left as it is (who is done to is not named there).
The list ends where a new clause's subject stands ("Syria was attacked by
Israel, and Iran condemned the strike": Iran is no attacker;
``list_clause``, mendA92), and that subject, standing after the trigger,
leaves the trigger's side altogether: kept there, it fell out of the doer
ordering and the passive's fallback made it the victim ("Syria attacked
Iran", mendF93).
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.doers import marker_doers
from diplowatch.extract.list_clause import list_members
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import COMMAS


def listed_doers_first(
    side: list[Mention],
    trig: Hit,
    mentions: list[Mention],
    triggers: list[Hit],
    ntext: str,
    start: int,
    ctx: Any,
) -> list[Mention]:
    """``side`` with the later conjuncts of a marked doer's list moved first,
    when some but not all of its mentions are in that list."""
    if len(side) < 2:
        return side
    heads = {m.start for m in marker_doers(mentions, trig, triggers, ntext, start, ctx)}
    if not heads:
        return side
    listed, cut = _listed_after(heads, mentions, triggers, ntext, ctx)
    if any(m.start in cut and m.start > trig.start for m in side):
        side = [m for m in side if not (m.start in cut and m.start > trig.start)]
        if len(side) < 2:
            return []  # the pair was the cut subject's: no side of this deed
    marked = [m for m in side if m.start in listed or m.start in heads]
    if len(marked) == len(side) or not any(m.start in listed for m in marked):
        return side
    return marked + [m for m in side if m not in marked]


def _listed_after(
    heads: set[int], mentions: list[Mention], triggers: list[Hit], ntext: str, ctx: Any
) -> tuple[set[int], set[int]]:
    """Where the mentions stand that follow a marked head in its list, up
    to a new clause's subject, and where that subject and the conjuncts
    after it stand (cut off from the list)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    groups = coordinated_groups(ordered, ntext, ctx.coordinators, ctx.adjacent_coordinated)
    after: set[int] = set()
    cut: set[int] = set()
    for group in groups:
        at = next((i for i, m in enumerate(group) if m.start in heads), None)
        if at is not None:
            members = list_members(group, at, triggers, ntext, ctx.coordinators, ctx)
            after.update(m.start for m in members[1:])
            rest = group[at + len(members) :]
            # only a clause opened after a comma ("Israel, and Iran condemned")
            if rest and any(c in ntext[members[-1].end : rest[0].start] for c in COMMAS):
                cut.update(m.start for m in rest)
    return after, cut
