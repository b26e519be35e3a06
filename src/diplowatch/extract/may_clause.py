"""What an Arabic "may" verb may bring about is no deed done.

"قد" before an imperfect verb tells a possibility ("قد تستهدف": may target;
``context.MAY_PARTICLES``, ``context.IMPERFECT_STARTS``). Where that verb is
itself a deed, ``nonevents.may_happen`` reads it; where it is a verb of
leading or exposing to something, the deed it names a few words on is the
possible outcome: "القرار قد يعرض الولايات المتحدة لدعاوى قضائية" (may
expose it to lawsuits: none filed), "الأمر الذي قد يعرضها لعقوبة بالسجن"
(no prison sentence passed). A deed up to ``MAY_SPAN`` words after such a
verb, in its clause, is no deed done, as one after a guess ("ربما",
``status.SPECULATION_CUES``) is not. "قد يكون/يكونون" before a past verb
("قد يكونون قتلوا برصاص") only hedges a deed that was done
(``context.MAY_HEDGES``): it stays. English "could", "might" and Persian
"ممکن است" are speculation cues already.
"""

from __future__ import annotations

import re

from diplowatch.extract.actor_context import Context
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS

# As far as a guess reaches (``nonevents.SPECULATION_SPAN``), counted from
# the "may" verb: its subject or object may stand between.
MAY_SPAN = 8
# Marks that end the "may" verb's clause (as ``obliged_clause._ENDS``).
_ENDS = CLAUSE_BREAKS | frozenset('.!?؟«»"')
_WORD = re.compile(r"\S+")
# Cues that open another clause: a verb of saying, a denial, a "that".
_OPENING = SAYING_KINDS | frozenset({"denial", "complementizer", "bound_complementizer"})


def may_outcome(trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether ``trigger`` is what a "قد" + imperfect verb before it in its
    clause may bring about (module docstring). A cue between the verb and
    the deed (a word of saying or denial: "… قد تستمر سنوات نافيا أن …")
    opens another clause, which the "may" does not reach."""
    if not ctx.may_particles or not ctx.imperfect_starts:
        return False  # most languages have no such particle
    lo = max(s.start, trigger.start - 200)
    spans = [(m.start() + lo, m.group()) for m in _WORD.finditer(ntext[lo : trigger.start])]
    for (_, word), (at, verb) in zip(spans, spans[1:], strict=False):
        if word not in ctx.may_particles or not verb.startswith(ctx.imperfect_starts):
            continue
        if verb in ctx.may_hedges or _ENDS & set(ntext[at : trigger.start]):
            continue
        gap = ntext[at + len(verb) : trigger.start]
        if len(gap.split()) <= MAY_SPAN and not _cue_between(s, at, trigger.start):
            return True
    return False


def _cue_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a cue that opens another clause (saying, denial, "that")
    starts between ``lo`` and ``hi``."""
    return any(lo < c.start < hi and c.entry.kind in _OPENING for c in s.cues)
