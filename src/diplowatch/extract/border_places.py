"""A town's neighbour across a border is where it lies, not a side (parties70fa).

"زرنج، مرکز ولایت نیمروز در مرز ایران", "Zaranj, near the Iranian border",
"in Zaranj at the border of Iran": the state after the border noun tells
where the town named just before lies, on the border of a state not its
own. Read as a bare place it was filled in as the struck side of a deed in
the town ("طالبان زرنج … را تصرف کردند" took Iran too) and lent its code
to the agents there. Only a town or province of another state written just
before, with nothing but the border phrase between (a preposition of the
scene, ``context.BORDER_SCENE_PREPOSITIONS``, the border noun, place heads,
articles and "of"), makes it so: a post "در مرز ایران" with no town before
is most often Iran's own, and a border struck ("به مرز ایران حمله کردند",
English "attacks on the border") has no such preposition.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.text.punctuation import EDGE_PUNCT

# The kinds of the town before, and of the state on whose border it lies.
_TOWN_KINDS = frozenset({"city", "capital"})
_BORDER_KINDS = frozenset({"state", "state_adj", "city", "capital"})


def border_neighbours(text: str, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """``mentions`` (in text order), each state written as the border a town
    of another state lies on made a place off that state: neither a side nor
    the home of the agents named (as ``countries._outside_or_named`` marks
    the other side of a border "با"/"with" names)."""
    if not ctx.border_scene_preps:
        return mentions
    for town, state in zip(mentions, mentions[1:], strict=False):
        if _neighbour(town, state) and _border_phrase(text, town, state, ctx):
            state.location_only, state.strong, state.agent = True, False, None
            state.offshore = state.venue = True
    return mentions


def _neighbour(town: Mention, state: Mention) -> bool:
    """A town read as a place, then a bare mention of another state."""
    return (
        town.kind in _TOWN_KINDS
        and town.location_only
        and bool(town.code)
        and state.kind in _BORDER_KINDS
        and bool(state.code)
        and state.code != town.code
        and not (state.role or state.agent or state.name)
    )


def _border_phrase(text: str, town: Mention, state: Mention, ctx: Context) -> bool:
    """Whether only a border phrase stands between town and state: a
    preposition of the scene, then a border noun (before the state, or
    right after an adjective: "near the Iranian border") with place heads,
    articles and "of" around it."""
    gap = [w.strip(EDGE_PUNCT) for w in text[town.end : state.start].split()]
    gap = [w for w in gap if w]
    after = text[state.end : state.end + 30].split()[:1]
    bordered = bool(after) and after[0].strip(EDGE_PUNCT) in ctx.border_heads
    if not gap or gap[0] not in ctx.border_scene_preps:
        return False
    skip = (ctx.location_heads, ctx.border_heads, ctx.role_links, ctx.syntax.determiners)
    for word in gap[1:]:
        if not any(word in kind for kind in skip):
            return False
        bordered = bordered or word in ctx.border_heads
    return bordered
