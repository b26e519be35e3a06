"""Who voices concern over a deed on his own thing is whom it struck.

"أعربت باكستان عن قلقها من الغارة الهندية على أراضيها", "أعربت الهند عن
قلقها من قصف باكستاني استهدف قرى هندية", "روسیه از حمله به سفارت خود در
کابل ابراز نگرانی کرد": the voicer of concern is no party to a deed done to
others (``reacted``, ``concerned``), but where the deed's phrase names his own
thing (``context.CONCERN_OWN_WORDS``: "أراضيها", "سفارت خود", "its embassy")
or his state named again (the adjective "هندية", "ایرانی"), the deed struck
him (mendB106, review106a F4/F5). He is then read where that word stands, in
the phrase after the deed's noun, so that he takes the target's slot and not
the doer's his place before the deed would give him; the state of the place
the deed happened in ("في كابول", "در عراق") is where, and no side beside him.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.text.words import WORD_RUN


def struck_voicer(
    people: list[Mention],
    phrase: tuple[int, int],
    mentions: list[Mention],
    ntext: str,
    ctx: Context,
) -> list[Mention] | None:
    """``people`` with the voicer (named before ``phrase``, the deed's
    phrase) moved to where the phrase names his own thing, and the phrase's
    places left out; None when the phrase names nothing of his."""
    start, stop = phrase
    voicers = [m for m in people if m.end != m.start and m.end <= start]
    if not voicers:
        return None
    at = _own_word(ntext, start, stop, ctx)
    codes = {m.code for m in voicers if m.code}
    again = [m for m in mentions if start <= m.start < stop and m.code in codes]
    if at is None and not again:
        return None
    owner = _owned_noun(people, at, ntext) if at is not None else None
    if owner is not None and len(codes) == 1:
        # "سفارت خود", "its embassy": the noun is the voicer's, whatever
        # place the sentence gave it
        recoded = replace(owner, code=next(iter(codes)))
        rest = [m for m in people if m not in voicers and m is not owner]
        rest = [m for m in rest if not _place_in(m, start, stop)]
        return sorted([*rest, recoded], key=lambda m: m.start)
    moved = []
    for m in voicers:
        named = next((x for x in again if x.code == m.code), None)
        if named is not None and any(x.start == named.start for x in people):
            continue  # "دبلوماسيين روس": the phrase's own side is the struck one
        spot = (named.start, named.end) if named is not None else at
        if spot is None:
            continue
        moved.append(replace(m, start=spot[0], end=spot[1]))
    if not moved and not any(x.start == y.start for x in again for y in people):
        return None
    rest = [m for m in people if m not in voicers and not _place_in(m, start, stop)]
    rest = [m for m in rest if m.code not in {v.code for v in moved} or m.agent]
    return sorted(rest + moved, key=lambda m: m.start)


def _own_word(ntext: str, start: int, stop: int, ctx: Context) -> tuple[int, int] | None:
    """Where the first of ``context.CONCERN_OWN_WORDS`` stands in the phrase."""
    own: frozenset[str] = getattr(ctx, "concern_own_words", frozenset())
    for w in WORD_RUN.finditer(ntext, start, stop):
        if w.group() in own:
            return w.start(), w.end()
    return None


def _owned_noun(people: list[Mention], at: tuple[int, int], ntext: str) -> Mention | None:
    """The agent noun of ``people`` the own word is glued to or stands right
    beside ("سفارتها", "سفارت خود", "its embassy"), if any."""
    for m in people:
        if not m.agent or m.end == m.start:
            continue
        gap = ntext[m.end : at[0]] if m.end <= at[0] else ntext[at[1] : m.start]
        overlaps = m.start < at[1] and at[0] < m.end
        if overlaps or (len(gap) <= 2 and not gap.strip(" ")):
            return m
    return None


def _place_in(m: Mention, start: int, stop: int) -> bool:
    """Whether ``m`` is a state named in the phrase only as where the deed
    happened ("في كابول", "in Kabul")."""
    return start <= m.start < stop and (m.place or m.location_only) and not m.agent
