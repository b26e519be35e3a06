"""Events of force and seizure whose doer the sentence does not name.

``unnamed_deed``: an assault with no side is unknown attackers', a seizure
with none the police's (``SIDELESS_TYPES``); ``sideless_deed`` reads a sentence
with no mention at all. Its own module because these events come from no
side, apart from the side readings.
"""

from __future__ import annotations

import re

from diplowatch.extract.agent_groups import UNNAMED_ATTACKERS
from diplowatch.extract.commented import is_commented
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.side_event import evidence_of
from diplowatch.extract.trigger_candidates import trigger_candidates
from diplowatch.extract.trigger_status import type_and_status
from diplowatch.model import Actor, Event
from diplowatch.text.words import WORD_RUN as _WORD


def sideless_deed(s: Sentence, doc: DocumentState) -> list[Event]:
    """The events of a sentence that names nobody: only a deed of force
    whose doer and target it leaves unnamed (``unnamed_deed``)."""
    if not any(t.entry.value in SIDELESS_TYPES for t in s.triggers):
        return []
    candidates = trigger_candidates(s, doc)[0]
    told = []
    for trig in candidates:
        read = type_and_status(trig, s, doc, candidates)
        if read is not None:
            told.append((trig, read[0], read[1], doc.date_of(s, trig, read[1])))
    return [e for e, _ in unnamed_deed(s, doc, told, [])]


def _sideless_form(trig: Hit, doc: DocumentState) -> bool:
    """Whether the text from the trigger on is written as a deed that stands
    with no side (``context.SIDELESS_DEEDS``: a thing struck, a blast), or
    as an attack a comment is about (``COMMENTED_SIDELESS_DEEDS``). A
    commented deed after a demonstrative ("این انفجار را محکوم کرد") points
    back to one told before: no new deed (as "condemned the bombing")."""
    ctx, at = doc.ctx, trig.start
    if trig.entry.value == SEIZED:
        return _seizure_form(trig, doc)
    if not is_commented(trig):
        return any(doc.ntext.startswith(form, at) for form in ctx.sideless_deeds)
    before = _WORD.findall(doc.ntext[max(0, at - _POINTER_REACH) : at])[-1:]
    if before and before[0] in ctx.demonstratives:
        return False
    forms = ctx.sideless_deeds + ctx.commented_sideless
    return any(doc.ntext.startswith(form, at) for form in forms)


def _seizure_form(trig: Hit, doc: DocumentState) -> bool:
    """Whether a seizure or arrest is told in the passive with no side
    (``context.SIDELESS_SEIZURES``), from the trigger or from the word just
    before it: the auxiliary "تم" stands outside the trigger "حجز"."""
    ntext, forms = doc.ntext, doc.ctx.sideless_seizures
    before = _LAST_WORD.search(ntext, max(0, trig.start - _POINTER_REACH), trig.start)
    starts = (trig.start, before.start()) if before else (trig.start,)
    return any(ntext.startswith(form, at) for at in starts for form in forms)


def unnamed_deed(
    s: Sentence, doc: DocumentState, told: list[tuple[Hit, str, str, str | None]], made: list[Event]
) -> list[tuple[Event, Hit]]:
    """One deed of force the sentence reports with no side at all ("a ship
    was attacked in the Gulf of Oman", "يک کشتی مورد حمله قرار گرفت", "the
    blast left 20 dead"), when no event of its type came from the sentence
    otherwise: the attack happened, by attackers the text leaves unknown
    (the spec's UAF, of no country: the sentence names none). A seizure or
    arrest in the passive ("وتم حجز", "بازداشت شد") is the police's (COP)."""
    for trig, etype, status, when in told:
        if etype not in SIDELESS_TYPES or any(e.type == etype for e in made):
            continue
        if not _sideless_form(trig, doc):
            continue
        event = Event(
            type=etype,
            mode=trig.entry.extra[0],
            status=status,
            actors=[Actor(None, agent=_SEIZERS if etype == SEIZED else UNNAMED_ATTACKERS)],
            date=when,
            location=None,
            evidence=evidence_of(doc.text, doc.norm, s, trig, []),
            trigger=doc.text_of(trig.base_start, trig.base_end),
        )
        return [(event, trig)]
    return []


# Characters before a deed noun searched for a demonstrative ("این").
_POINTER_REACH = 8


# the last word before a position, and the spaces after it
_LAST_WORD = re.compile(r"\w+\s+$")
# Types a sentence may report with no side named: a deed of force, by
# attackers unknown (``unnamed_deed``).
SIDELESS_TYPES = frozenset({"ASSAULT", "COERCE"})
# sides65ar: a seizure or arrest told with no side ("وتم حجز 35 صفيحة",
# "بازداشت شدند") was made by the police (the spec's COP), of no country:
# the sentence names none (``context.SIDELESS_SEIZURES``)
SEIZED = "COERCE"
_SEIZERS = "COP"
