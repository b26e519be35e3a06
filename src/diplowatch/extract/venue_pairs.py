"""Two capitals joined after a talks noun are its two sides, not a venue.

"مذاکرات وین" names where talks are held, so a capital after a talks noun
(``context.VENUE_NOUNS``) is read as a place (``countries._names_event``).
"رایزنی‌های تهران با مسکو", "مفاوضات طهران وواشنطن", "the Tehran talks
with Moscow" write the talks' two sides instead: the first capital is joined
to a second by a word of pairing (``context.VENUE_PAIR_JOINERS``: "با", "و",
"مع", "with", "and"), and the second is read as its state. The first then
names its state too (sidesfa88: it was dropped and the talks kept one side).
Only a capital joined to a capital counts: "مذاکرات وین با آمریکا" (the
talks in Vienna with the United States) joins a state, and Vienna stays
where the talks were (round 85 found a state or a person as the partner
made Austria a side).
"""

from __future__ import annotations

from itertools import pairwise

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention

_CAPITAL = "capital"


def venue_pairs(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Read back as states the venue capitals (``Mention.venue``) joined by a
    word of pairing to a capital read as a state right after them."""
    if not ctx.venue_pair_joiners:
        return
    for m, n in pairwise(mentions):
        if not (m.venue and m.kind == _CAPITAL and n.kind == _CAPITAL):
            continue
        if n.location_only or n.venue or not n.code or n.code == m.code:
            continue
        if _joined(text[m.end : n.start], n.prefix, ctx):
            m.location_only = False
            m.venue = False
            m.strong = True


def _joined(gap: str, prefix: str, ctx: Context) -> bool:
    """The text between the two capitals is a word of pairing alone, maybe
    after the talks noun where modifiers come first ("Tehran talks with"),
    or nothing but a space where the word is glued to the second
    ("وواشنطن": ``Mention.prefix``)."""
    words = [w for w in gap.split() if w not in ctx.venue_nouns]
    if not words:
        return prefix in ctx.venue_pair_joiners
    return len(words) == 1 and words[0] in ctx.venue_pair_joiners
