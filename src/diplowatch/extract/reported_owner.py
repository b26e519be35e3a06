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

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.attributed import state_speaker
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.model import Actor, Event
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

_SAYING = SAYING_KINDS
FORCE = having("force")
# Words that may stand between the verb of saying and the report's subject
# ("said that the", "said on Monday the").
_SUBJECT_GAP = 3
# How many words after a reported deed's verb its object may carry the
# speaker's pronoun in ("طردت اثنين من دبلوماسييها").
_OBJECT_REACH = 3


def reported_subject_first(
    side: list[Mention], s: Sentence, trig: Hit, ntext: str, ctx: Context
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


def points_back(
    s: Sentence, ntext: str, trig: Hit, said: int, subject_end: int, ctx: Context
) -> bool:
    """mendB79: whether the report told after a verb of saying ending at
    ``said``, whose own subject ends at ``subject_end``, points back to its
    speaker ("its diplomats", "دبلوماسييها", "دیپلمات این کشور"): the
    speaker is then whom the deed struck, and stays a side of it."""
    owned = _points_back(ntext, trig, s.end, ctx, _OBJECT_REACH)
    return owned or _pronoun_after(s, said, subject_end)


def _pronoun_after(s: Sentence, said: int, subject_end: int) -> bool:
    """A pronoun bound to the speaker stands after the report's subject,
    and none between the verb of saying and it (that one is the subject)."""
    bound = [c.start for c in s.cues if c.entry.kind == "bound_complementizer"]
    return any(b >= subject_end for b in bound) and not any(said <= b < subject_end for b in bound)


def speakers_struck(
    s: Sentence,
    ntext: str,
    events: list[Event],
    found: Sequence[tuple[Event, Hit]],
    ctx: Context,
) -> list[Event]:
    """The sentence's ``events`` (``found``: those with their triggers), in
    their order, a deed of force reported by a state whose own
    thing it struck gaining that state as its target: "قالت سوريا إن
    إسرائيل قصفت أراضيها", "سوریه گفت اسرائیل خاک این کشور را بمباران کرد"
    (a pronoun that points back to the speaker, ``context.OWNER_SUFFIXES``
    on the object after the verb, ``OWNER_WORDS`` before a final verb),
    where the speaker is out of the report's own sides, as English "its"
    already keeps it (``reported_subject_first``)."""
    trigger_of = {id(event): trig for event, trig in found}
    out = []
    for event in events:
        trig = trigger_of.get(id(event))
        speaker = _owner_speaker(s, ntext, event, trig, ctx) if trig is not None else None
        out.append(replace(event, actors=[*event.actors, speaker]) if speaker else event)
    return out


def _owner_speaker(s: Sentence, ntext: str, event: Event, trig: Hit, ctx: Context) -> Actor | None:
    """The speaker of a reported deed of force with its doer alone, when the
    deed's object points back to it; None otherwise."""
    if event.type not in FORCE or event.status != "reported" or len(event.actors) != 1:
        return None
    doer = event.actors[0]
    if not doer.code or not _points_back(ntext, trig, s.end, ctx):
        return None
    verb_first = bool(ctx.subject_after_verb)
    for cue in s.cues:
        if cue.entry.kind in _SAYING and cue.end <= trig.start:
            speaker = state_speaker(s, ntext, cue, trig, doer.code, verb_first)
            if speaker is not None:
                return speaker
    return None


def _points_back(ntext: str, trig: Hit, end: int, ctx: Context, reach: int = 1) -> bool:
    """A pronoun of the speaker on the deed's object: a suffix on the word
    right after the verb ("قصفت أراضيها"; within ``reach`` words of it:
    "طردت اثنين من دبلوماسييها"), or a word of it in the object before a
    final verb ("خاک این کشور را بمباران کرد")."""
    after = re.findall(r"\w+", ntext[trig.end : end])[:reach]
    if ctx.owner_suffixes and any(w.endswith(ctx.owner_suffixes) for w in after):
        least = max(len(x) for x in ctx.owner_suffixes) + 1
        return any(len(w) > least and w.endswith(ctx.owner_suffixes) for w in after)
    before = f" {' '.join(ntext[max(0, trig.start - 40) : trig.start].split()[-4:])} "
    return any(f" {w} " in before for w in ctx.owner_words)
