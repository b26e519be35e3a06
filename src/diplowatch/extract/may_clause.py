"""What an Arabic "may" verb of leading or exposing may bring about is no deed done.

"قد" before an imperfect verb tells a possibility ("قد تستهدف": may target;
``context.MAY_PARTICLES``). Where that verb is itself a deed,
``verb_mood.may_happen`` reads it; where it is a verb of leading or
exposing to something (``context.MAY_OUTCOME_VERBS``), the deed it leads
to, after "إلى" or a noun with "ل" glued (``context.MAY_OUTCOME_LEADS``), is the
possible outcome: "القرار قد يعرض الولايات المتحدة لدعاوى قضائية" (may
expose it to lawsuits: none filed), "الأمر الذي قد يعرضها لعقوبة بالسجن"
(no prison sentence passed). Such a deed up to ``MAY_SPAN`` words after
the verb, in its clause, is no deed done, as one after a guess ("ربما",
``status.SPECULATION_CUES``) is not.

Mended in round 82 (mendA82): any imperfect verb after "قد" took the deeds
after it, and so the subject of "قد يؤدي اعتقال الصحفي … أمس إلى أزمة"
(an arrest done, which may lead to a crisis) or the cause in "قد تتدهور
العلاقات إثر اغتيال السفير" was lost. The verb must be one of leading or
exposing, the deed must follow its lead ("إلى", "ل"), and a word of cause
before it ("بعد", "إثر", "على خلفية": ``context.MAY_OUTCOME_STOPS``) or a
past time after it ("أمس", "الليلة الماضية": ``context.MAY_PAST_TIMES``)
tells a deed done. English "could", "might" and Persian "ممکن است" are
speculation cues already.
"""

from __future__ import annotations

import re
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.extract.actor_context import Context
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import QUOTED_CLAUSE_BREAKS

# As far as a guess reaches (``hypothetical.SPECULATION_SPAN``), counted from
# the "may" verb: its object may stand between.
MAY_SPAN = 8
# Marks that end the "may" verb's clause: the clause breaks, the ends of a
# sentence and the quotes inside a passage the splitter kept whole.
_ENDS = QUOTED_CLAUSE_BREAKS
_WORD = re.compile(r"\S+")
# Cues that open another clause: a verb of saying, a denial, a "that".
_OPENING = SAYING_KINDS | frozenset({"denial", "complementizer", "bound_complementizer"})


def may_outcome(trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether ``trigger`` is what a "قد" + verb of leading before it in its
    clause may bring about (module docstring). A cue between the verb and
    the deed (a word of saying or denial: "… قد تستمر سنوات نافيا أن …")
    opens another clause, which the "may" does not reach."""
    if not ctx.may_particles or not ctx.may_outcome_verbs:
        return False  # most languages have no such particle
    lo = max(s.start, trigger.start - 200)
    spans = [(m.start() + lo, m.group()) for m in _WORD.finditer(ntext[lo : trigger.start])]
    for (_, word), (at, verb) in zip(spans, spans[1:], strict=False):
        if word not in ctx.may_particles or verb not in ctx.may_outcome_verbs:
            continue
        if _ENDS & set(ntext[at : trigger.start]):
            continue
        if _outcome_of(at + len(verb), trigger, s, ntext, ctx):
            return True
    return False


def _outcome_of(verb_end: int, trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether ``trigger``, up to ``MAY_SPAN`` words after the verb ending
    at ``verb_end``, is the outcome it leads to, in its own clause, and no
    deed dated in the past."""
    gap = ntext[verb_end : trigger.start].split()
    if len(gap) > MAY_SPAN or not _led_outcome(trigger, gap, ctx):
        return False
    return not _cue_between(s, verb_end, trigger.start) and not _dated_past(trigger, s, ntext, ctx)


def _led_outcome(trigger: Hit, gap: list[str], ctx: Context) -> bool:
    """Whether the words ``gap`` between the verb and ``trigger`` lead to it
    as an outcome ("إلى", or "ل" glued to the deed) and hold no word of
    cause ("إثر اغتيال": the deed is what the outcome follows)."""
    padded = f" {' '.join(gap)} "
    if any(f" {stop} " in padded for stop in ctx.may_outcome_stops):
        return False
    lead, size = _glued_lead(ctx.lang)
    if lead and trigger.prefix.startswith(lead):
        return True
    return any(
        w in ctx.may_outcome_leads or (lead and w.startswith(lead) and len(w) >= size) for w in gap
    )


@cache
def _glued_lead(lang: str) -> tuple[str, int]:
    """The preposition glued to an outcome (``context.MAY_OUTCOME_GLUED_LEAD``:
    "ل" of "لدعاوى", "للعقوبات") and the fewest letters of a word with it
    glued that is a noun (``MAY_OUTCOME_GLUED_NOUN_SIZE``: "لعقوبة بالسجن",
    the deed named after it is the outcome; shorter words are pronouns and
    particles, "لها", "لدى", "لأن"); ("", 0) in a language with none."""
    data = lang_data.load(lang, "context") if lang else None
    return getattr(data, "MAY_OUTCOME_GLUED_LEAD", ""), getattr(
        data, "MAY_OUTCOME_GLUED_NOUN_SIZE", 0
    )


def _dated_past(trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether a past time ("أمس") follows ``trigger`` in its clause, within
    ``MAY_SPAN`` words: a deed done, whatever it may lead to."""
    after = ntext[trigger.end : s.end]
    cut = next((i for i, ch in enumerate(after) if ch in _ENDS), len(after))
    padded = f" {' '.join(after[:cut].split()[:MAY_SPAN])} "
    return any(f" {time} " in padded for time in ctx.may_past_times)


def _cue_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a cue that opens another clause (saying, denial, "that")
    starts between ``lo`` and ``hi``."""
    return any(lo < c.start < hi and c.entry.kind in _OPENING for c in s.cues)
