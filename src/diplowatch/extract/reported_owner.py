"""The speaker whose own thing a reported deed struck.

"Syria said Israel had bombed its territory", "Iran said the United States
had seized its tanker": the report names its own subject right after the
verb of saying, and a possessive pronoun later in it points back to the
speaker (``status.BOUND_COMPLEMENTIZER_CUES``: "its", "their"). The speaker
then takes part as whom the deed struck, not as its doer, though it is
named first. "The army said it killed five militants" (the pronoun is the
report's subject) is the speaker's own deed and stays as told.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS

_SAYING = frozenset({"reporting", "attribution"})
# Words that may stand between the verb of saying and the report's subject
# ("said that the", "said on Monday the").
_SUBJECT_GAP = 3


def reported_subject_first(
    side: list[Mention], s: Sentence, trig: Hit, ntext: str, ctx: Any
) -> list[Mention]:
    """``side`` with the report's own subject before the speaker it names
    first, when a pronoun bound to the speaker follows that subject; ``side``
    unchanged otherwise."""
    for cue in s.cues:
        if cue.entry.kind not in _SAYING or cue.end > trig.start:
            continue
        speaker = [m for m in side if m.end <= cue.start]
        told = [m for m in side if m.start >= cue.end]
        if not speaker or not told or len(speaker) + len(told) != len(side):
            continue
        subject = min(told, key=lambda m: m.start)
        gap = ntext[cue.end : subject.start]
        if len(gap.split()) > _SUBJECT_GAP or CLAUSE_BREAKS & set(gap):
            continue
        if _pronoun_after(s, cue.end, subject.end):
            return told + speaker
    return side


def _pronoun_after(s: Sentence, said: int, subject_end: int) -> bool:
    """A pronoun bound to the speaker stands after the report's subject,
    and none between the verb of saying and it (that one is the subject)."""
    bound = [c.start for c in s.cues if c.entry.kind == "bound_complementizer"]
    return any(b >= subject_end for b in bound) and not any(said <= b < subject_end for b in bound)
