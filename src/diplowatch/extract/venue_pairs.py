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
made Austria a side). Nor when the clause names another state as a side
("مذاکرات مسقط و دوحه میان ایران و آمریکا", "talks in Muscat and Doha
between Iran and the US"): two venues joined, the sides written apart,
and the second capital is a venue too (mendC89).
"""

from __future__ import annotations

from itertools import pairwise

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

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
        if not _joined(text[m.end : n.start], n.prefix, ctx):
            continue
        if _other_side(text, m, n, mentions):
            # two venues joined ("مذاکرات مسقط و دوحه میان …"): the second
            # names where the talks were held, as the first does
            n.location_only, n.venue, n.strong = True, True, False
        else:
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


_STOPS = CLAUSE_BREAKS | SENTENCE_STOPS


def _other_side(text: str, m: Mention, n: Mention, mentions: list[Mention]) -> bool:
    """Another state read as a side stands in the two capitals' clause
    ("… میان ایران و آمریکا"): the talks have their sides, and the capitals
    are where they were held."""
    for o in mentions:
        if o is m or o is n or not o.code or o.code in (m.code, n.code):
            continue
        if o.location_only or o.venue or o.topic or o.place:
            continue  # "… درباره سوریه": a topic or a place, no side
        lo, hi = (o.end, m.start) if o.end <= m.start else (n.end, o.start)
        if lo <= hi and not any(c in _STOPS for c in text[lo:hi]):
            return True
    return False
