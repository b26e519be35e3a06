"""Who does the deed a noun names when its genitive and its target follow it.

"دعم مصر الكامل للحكومة اللبنانية", "حمایت کامل مصر از دولت لبنان",
"کمک کره به ایران", "Egypt's support for Lebanon": a directed deed told by
its noun names its doer in the genitive (after the noun in Arabic and
Persian, before it with "'s" in English) and its target behind a target
marker (``context.NOUN_TARGET_MARKERS``, or a preposition glued to it:
"للحكومة"). Word order may name someone else first (the other side of a
phone call in the clause before), so the genitive is moved first.
The genitive must be followed at once, across at most ``_ADJECTIVES``
plain words, by the marked target: "اتهام عربستان به حمایت از حوثی‌ها"
(Saudi Arabia accused of backing the Houthis) has a deed's noun and a
preposition between them and keeps its order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.scan import Hit

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Plain words (adjectives: "الكامل", "کامل", "full") that may stand
# between the noun and its genitive, or the genitive and its target.
_ADJECTIVES = 2
_WORD = re.compile(r"\w+|[^\w\s]")
_POSSESSIVE = ("'s", "’s", "'")
# Modes whose noun takes whom it acts on as its genitive, in every
# language: "تبریک انتخاب رئیس‌جمهور", "تهنئة الرئيس", "احضار وزیر به
# مجلس" (the minister summoned to parliament); "به" there is no target.
_OBJECT_GENITIVE_MODES = frozenset({"praise", "congratulate", "summon"})


def genitive_source_first(
    side: list[Mention], mentions: list[Mention], trig: Hit, ntext: str, ctx: Context
) -> list[Mention]:
    """``side`` with the genitive doer of a noun trigger first, when a
    marked target follows it (see the module); the target is looked for
    among the sentence's ``mentions``, as a side may hold it merged with a
    mention of the same state and agent written earlier."""
    markers: frozenset[str] = ctx.noun_target_markers
    if len(side) < 2 or not markers:
        return side
    if trig.entry.extra and trig.entry.extra[0] in _OBJECT_GENITIVE_MODES:
        return side
    named = _genitive_after(mentions, trig, ntext, ctx, markers) or _possessive_before(
        mentions, trig, ntext
    )
    if named is None:
        return side
    listed = _genitive_list(named, mentions, ntext, ctx)
    anchor = max(listed[-1].end, trig.end)
    target = next((m for m in mentions if m.start >= anchor and m.end > m.start), None)
    if target is None or not _marked_target(target, ntext, anchor, ctx, markers):
        return side
    # the side may hold the genitive's state through another mention of it
    doers = [m for m in side if any(m is g for g in listed)]
    doers = doers or [m for m in side if m.code in {g.code for g in listed}]
    if len(doers) != 1 or doers[0] is side[0] or doers[0].code is None:
        return side
    return doers + [m for m in side if m is not doers[0]]


def _genitive_list(
    named: Mention, mentions: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """``named`` and the genitives coordinated with it ("تحریم‌های آمریکا،
    بریتانیا و کانادا علیه بلاروس", "sanctions of the US, Britain and Canada
    against Belarus"): the whole list owns the deed, and its marked target
    follows the list's last item, not the first (sides79fa: each owner after
    the first was read as the target of the subject's sanctions)."""
    after = [m for m in mentions if m.start >= named.start and m.end > m.start]
    groups = coordinated_groups(after, ntext, ctx.coordinators, ctx.adjacent_coordinated)
    return groups[0] if groups and groups[0][0] is named else [named]


def _plain(words: list[str], markers: frozenset[str], ctx: Context) -> bool:
    """At most ``_ADJECTIVES`` words, none of them punctuation or a preposition."""
    preps = markers | ctx.partner_preps | ctx.location_preps | ctx.about_preps | ctx.topic_preps
    return len(words) <= _ADJECTIVES and all(w.isalnum() and w not in preps for w in words)


def _genitive_after(
    side: list[Mention], trig: Hit, ntext: str, ctx: Context, markers: frozenset[str]
) -> Mention | None:
    """The side's first mention right after the noun, with no glued preposition."""
    after = next((m for m in side if m.start >= trig.end and m.end > m.start), None)
    if after is None or _glued(after, ntext, ctx.glued_prepositions, ctx):
        return None
    return after if _plain(_WORD.findall(ntext[trig.end : after.start]), markers, ctx) else None


def _possessive_before(side: list[Mention], trig: Hit, ntext: str) -> Mention | None:
    """The side's mention written right before the noun with "'s" ("Egypt's
    full support"), at most ``_ADJECTIVES`` words apart."""
    for m in side:
        gap = ntext[m.end : trig.start]
        if m.end <= trig.start and gap.startswith(_POSSESSIVE):
            rest = _WORD.findall(gap.lstrip("'’s"))
            if len(rest) <= _ADJECTIVES and all(w.isalnum() for w in rest):
                return m
    return None


def _marked_target(
    m: Mention, ntext: str, anchor: int, ctx: Context, markers: frozenset[str]
) -> bool:
    """Whether ``m`` is a target marker's complement right after ``anchor``:
    glued ("للحكومة") or behind a marker word ("از دولت", "for Lebanon")."""
    words = _WORD.findall(ntext[anchor : m.start])
    glued = _glued(m, ntext, ctx.glued_prepositions & markers, ctx)
    if glued or ntext.startswith(tuple(ctx.noun_target_openings) or ("\0",), m.start):
        return _plain(words, markers, ctx)
    return bool(words) and words[-1] in markers and _plain(words[:-1], markers, ctx)


def _glued(m: Mention, ntext: str, preps: frozenset[str], ctx: Context) -> bool:
    """Whether ``m`` is written behind a glued preposition of ``preps``: its
    prefix, past any conjunction, opens with one ("للاجئين", "وبطهران"),
    or the word itself opens with a preposition glued to the article
    (``context.GLUED_ARTICLES``: "للعائلات", whose listed form "العائلات"
    leaves the prefix empty), one of ``preps`` either way. The article
    alone ("ال" of "المتضررة") holds the letter "ل" but is no preposition:
    read as one, an adjective after a genitive passed for a marked target
    and put the aid's recipients first as its givers (reversed62)."""
    joins = "".join(c for c in ctx.conjunctions if len(c) == 1 and c.isalpha())
    starts = [a for a in ctx.glued_articles if ntext.startswith(a, m.start)]
    return any(a.lstrip(joins)[:1] in preps for a in [*starts, m.prefix])
