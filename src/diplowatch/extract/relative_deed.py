"""Who did a deed told by its noun with a relative clause on it (fparties31).

"ترکیه تحریم‌هایی را که اتحادیه اروپا علیه روسیه اعمال کرد محکوم کرد",
"عراق از کمک‌هایی که کویت به استان‌های جنوبی آن فرستاد استقبال کرد": where
the verb ends its clause, a deed's noun followed (after its object marker)
by a relative pronoun (``context.PASSIVE_RELATIVE_OPENERS``) has its doer
and its target named inside that clause, up to the verb that closes it;
who stands before the noun (the subject of the verb that condemns, welcomes
or reports it) is at most the other side, written after them — as English
"the sanctions that the EU imposed on Russia" and Arabic "العقوبات التي
فرضها الاتحاد الأوروبي على روسيا" are read.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.lang import load
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context


@cache
def _detached_endings(lang: str) -> frozenset[str]:
    """Endings a language may write apart from their noun (``affixes.DETACHED``)."""
    detached = getattr(load(lang, "affixes"), "DETACHED", ((), ()))
    return frozenset(detached[1])


def _clause_after_noun(s: Sentence, trig: Hit, ntext: str, ctx: Context) -> tuple[int, int] | None:
    """The span of the relative clause right after the deed's noun: from
    the pronoun to the next trigger of the sentence (the verb that closes
    the clause or the main verb), or None."""
    words = ntext[trig.end : trig.end + 24].split()[:3]
    endings = _detached_endings(ctx.lang)
    while words and (words[0] in ctx.object_markers or words[0] in endings):
        words = words[1:]  # "حمله ای را که …": the noun's ending and object marker
    if not words or words[0] not in ctx.passive_relative_openers:
        return None
    at = ntext.find(words[0], trig.end)
    stop = min((t.start for t in s.triggers if t.start > at), default=None)
    if stop is None or CLAUSE_BREAKS & set(ntext[at:stop]):
        return None
    return at, stop


def relative_doers_first(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """``people`` of a deed's noun with those its relative clause names
    first (from the sentence's mentions: the clause may name a target the
    pool left out); the rest after them. Unchanged when the trigger is a
    verb or the clause names no state or agent. The verb that closes the
    clause ("اعمال کرد") tells the same deed: it is read the same way."""
    if not ctx.verb_final:
        return people
    noun = _noun_of(s, trig, ntext, ctx)
    span = _clause_after_noun(s, noun, ntext, ctx) if noun else None
    if noun is None or span is None:
        return people
    trig = noun
    inside = [
        m
        for m in s.mentions
        if span[0] < m.start < span[1] and (m.code or m.agent) and not m.location_only
    ]
    if not inside:
        return people
    if len({m.code or m.agent for m in inside}) >= 2:
        return inside
    return inside + [m for m in people if m not in inside and m.start < trig.start]


def _noun_of(s: Sentence, trig: Hit, ntext: str, ctx: Context) -> Hit | None:
    """The deed's noun a relative clause is opened on: the trigger itself
    when it is a noun, or, for the verb closing such a clause (the next
    trigger after its pronoun), the noun before it. A noun of another type
    counts only when no light verb in between closed the clause already:
    the clause's subject does the verb that ends it whatever the noun
    ("محاصره‌ای که اسرائیل علیه لبنان اعمال کرد", a blockade's noun and a
    sanction's verb; sides104), but past a clause closed by a verb that is
    no trigger ("دعوتی که روسیه از اردوغان کرد استقبال کرد") the next
    trigger is the main clause's, whose subject stands before the noun
    (mendB104)."""
    if trig.entry.affix != "verb":
        return trig
    for t in s.triggers:
        if t.end > trig.start or t.entry.affix == "verb":
            continue
        span = _clause_after_noun(s, t, ntext, ctx)
        if span is None or span[1] != trig.start:
            continue
        if t.entry.value == trig.entry.value or not _closed_before(ntext, span, ctx):
            return t
    return None


def _closed_before(ntext: str, span: tuple[int, int], ctx: Context) -> bool:
    """Whether a light verb (``context.LIGHT_VERBS``: "کرد", "انجام داد")
    within ``span`` closed the relative clause before its end."""
    return bool(ctx.light_verbs & set(ntext[span[0] : span[1]].split()))


def opened_on_deed(s: Sentence, at: int, ntext: str, ctx: Context) -> bool:
    """Whether the relative pronoun at ``at`` opens a clause on a deed's
    noun ("تحریم‌هایی را که …"), not on a person or a thing ("کشورهایی که …")."""
    for t in s.triggers:
        if t.entry.affix == "verb" or t.end > at:
            continue
        span = _clause_after_noun(s, t, ntext, ctx)
        if span is not None and span[0] == at:
            return True
    return False
