"""A third party said to take part in talks is one of their sides.

"مذاکرات ایران و روسیه با مشارکت چین", "محادثات بين إيران وروسيا
بمشاركة الصين", "talks between Iran and Russia with the participation of
China": a deal's or meeting's noun names its two sides right after it
(``meeting_sides._sides_named``), and those sides alone were kept, so the state
written after a word of taking part (``context.PARTICIPATION_LINKS``) was
dropped as a bystander. It takes part, as the verb's "held talks … with
China's participation" already read. English also writes the party as the
possessor of "participation" after "with" (``PARTICIPATION_OPENERS``,
``PARTICIPATION_TAILS``: "with China's participation"). Only the first
such party and the states joined to it by a conjunction count (a party
with a country: experts or officials with none are no side), and only
within ``_REACH`` words of the last named side, in the same clause up to a
full stop: a place between ("in Moscow") is allowed. A conjunct that opens a
new clause ("… of China, and the United States criticised them") is none
(``list_clause``, mendA92).
"""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.extract.actor_context import Context
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.list_clause import list_members
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import EDGE_PUNCT, SENTENCE_STOPS

# How many words may stand between the last named side and the party.
_REACH = 8
# How many words a link may have ("with the participation of the").
_LINK_WORDS = 5


def taking_part(
    mentions: list[Mention], last: Mention, ntext: str, ctx: Context, hits: Sequence[Hit] = ()
) -> list[Mention]:
    """The mentions after ``last`` that a word of taking part names, with
    the states joined to the first of them; none where the language lists
    no such word or none stands right before a side. ``hits`` are the
    sentence's triggers (its verbs end the list at a new clause)."""
    if not (ctx.participation_links or ctx.participation_tails):
        return []
    for m in mentions:
        if m.start < last.end or not _side(m):
            continue
        gap = ntext[last.end : m.start]
        words = [w.strip(EDGE_PUNCT) for w in gap.split()]
        words = [w for w in words if w]
        if len(words) > _REACH or set(gap) & set(SENTENCE_STOPS):
            return []
        if _linked(words, ctx) or _possessor(words, m, ntext, ctx):
            return _with_conjuncts(m, mentions, ntext, ctx, hits)
    return []


def _side(m: Mention) -> bool:
    """A state or a body of one that may take part, not only a place, topic
    or source: people with no country ("با مشارکت کارشناسان", experts taking
    part) are no third side of the deal."""
    return bool(m.code) and not (m.location_only or m.place or m.topic or m.source)


def _linked(words: list[str], ctx: Context) -> bool:
    """The words before the party end with a link ("با مشارکت", "بمشاركة")."""
    words = _without_determiners(words, ctx)
    return any(
        " ".join(words[-n:]) in ctx.participation_links
        for n in range(1, min(_LINK_WORDS, len(words)) + 1)
    )


def _possessor(words: list[str], m: Mention, ntext: str, ctx: Context) -> bool:
    """ "with China's participation": an opener right before the party and
    a possessive tail right after it."""
    if not words or words[-1] not in ctx.participation_openers:
        return False
    after = " ".join(ntext[m.end : m.end + 40].split())
    return any(after.startswith(t) for t in ctx.participation_tails)


def _without_determiners(words: list[str], ctx: Context) -> list[str]:
    """The words with the determiners at their end dropped ("of the")."""
    while words and words[-1] in ctx.syntax.determiners:
        words = words[:-1]
    return words


def _with_conjuncts(
    m: Mention, mentions: list[Mention], ntext: str, ctx: Context, hits: Sequence[Hit]
) -> list[Mention]:
    """``m`` and the sides joined after it by a conjunction ("بمشاركة
    الجزائر ومصر") up to a new clause's subject."""
    groups = coordinated_groups(mentions, ntext, ctx.conjunctions, adjacent=False)
    group = next((g for g in groups if m in g), [m])
    members = list_members(group, group.index(m), hits, ntext, ctx.conjunctions, ctx)
    return [x for x in members if _side(x)]
