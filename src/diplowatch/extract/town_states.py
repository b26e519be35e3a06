"""A town's state written after it is where, as the town is (parties59fa).

"در شهر موصل عراق", "بندر فجیره امارات", "in Mosul, Iraq,": the state names
whose town it is, so it is part of the place the town names, not a side. Read
as a bare state it stood where a doer or a partner stands and took the
place of the real one ("وزیر خارجه ایران در شهر استانبول ترکیه با همتای روس
خود دیدار کرد" met Turkey, not Russia; a tanker seized near "بندر فجیره
امارات" lost its own flag).

What may stand between town and state is language data
(``context.TOWN_STATE_MARKS``: nothing in Persian, where the two are joined
by the unwritten ezafe; a comma in English); where the state must be closed
by a mark (``TOWN_STATE_CLOSERS``: English "Mosul, Iraq," against "In Mosul,
Iraq expelled …") and which words after it make it the head of a list of
subjects instead (``TOWN_STATE_NOT_BEFORE``: "در تهران ایران و روسیه …
امضا کردند").
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention

# The kinds of a town read as a place before its state.
_TOWN_KINDS = frozenset({"city", "capital"})


def town_states(text: str, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """``mentions`` (in text order) with each state written right after a
    town of its own that is read as a place joined to that town: one place
    from the town to the state, which every reader of places then reads as
    it reads the town alone ("به شهر موصل عراق حمله کردند" strikes Iraq as
    "به شهر موصل حمله کردند" does)."""
    if not ctx.town_state_marks:
        return mentions
    joined: list[Mention] = []
    for town, state in zip(mentions, mentions[1:], strict=False):
        if _town_of(town, state) and _joined(text, town, state, ctx):
            town.end = state.end
            joined.append(state)
    return [m for m in mentions if not any(m is j for j in joined)] if joined else mentions


def _town_of(town: Mention, state: Mention) -> bool:
    """Whether ``town`` is a place of the state ``state`` names bare (no
    office, agent or name of its own)."""
    return (
        town.kind in _TOWN_KINDS
        and town.location_only
        and state.kind == "state"
        and state.code == town.code
        and state.strong
        and not (state.role or state.agent or state.name or state.prefix)
    )


def _joined(text: str, town: Mention, state: Mention, ctx: Context) -> bool:
    """Whether the text joins the two as one place: only the language's
    mark between them, its closing mark after the state where it needs one,
    and no word after the state that makes it one of a list of subjects."""
    if text[town.end : state.start].strip() not in ctx.town_state_marks:
        return False
    after = text[state.end :].lstrip()
    if ctx.town_state_closers and not after.startswith(tuple(ctx.town_state_closers)):
        return False
    following = after.split(maxsplit=1)[0] if after else ""
    return following not in ctx.town_state_not_before
