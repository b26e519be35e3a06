"""The type and status a trigger gives its event in its sentence.

The status step of ``events._sentence_events`` (planned, negated, reported,
read with ``status.status_of``), a breach told only as reported, and a
speaker's blame. Its own module because the candidate triggers
(``trigger_candidates``) read a meeting's status too, and the steps that
build events need only its answers.
"""

from __future__ import annotations

from diplowatch.extract.closing_future import closed_ahead, told_imminent
from diplowatch.extract.commented import is_commented
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.quote_opening import quote_start
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.status import status_of, threatened_on_condition, told_done, unable
from diplowatch.extract.verb_mood import intent_denied, meant_later


def event_status(trig: Hit, s: Sentence, doc: DocumentState) -> str | None:
    """The trigger's status (``status.status_of``), negated when a verb of
    failure governs it (``status.unable``) and planned when the sentence
    tells it for later (``meant_later``, a date ahead); None for a deed a
    comment presupposes that reads as denied: it stays dropped."""
    status = status_of(
        trig,
        s,
        doc.ntext,
        doc.lex.future_prefixes,
        doc.ctx.negation_follows,
        doc.ctx.syntax.negation_gap,
        doc.ctx.syntax.planned_before_verbs,
        doc.ctx.syntax.future_times,
        doc.ctx.syntax.purpose_cues,
        doc.ctx.conjunctions,
        doc.ctx.light_verbs,
        doc.lang,
        doc.lex.negative_prefixes,
        (doc.ctx.syntax.negation_closers, doc.ctx.occurrence_not_after),
    )
    if status == "negated" and is_commented(trig):
        return None
    if status == "reported" and unable(trig, s, doc.ntext, doc.ctx.syntax.inability_links):
        return "negated"
    if status == "reported" and intent_denied(trig, s, doc.ntext, doc.ctx):
        return "negated"
    if told_done(trig, s, doc.ntext, doc.lang):
        return status  # a finite past verb of its own: done (precision78fa)
    if status == "reported" and (meant_later(trig, s, doc.ntext, doc.ctx) or _ahead(trig, s, doc)):
        return "planned"
    return status


def _ahead(trig: Hit, s: Sentence, doc: DocumentState) -> bool:
    """A date ahead of publication (``dated_ahead``), a future verb of
    taking place closing the noun's clause or "imminent" qualifying the noun
    (``closing_future``) tells the deed for later."""
    if doc.dated_ahead(s, trig) or told_imminent(trig, s, doc.ntext, doc.lang):
        return True
    ctx = doc.ctx
    words = (ctx.conjunctions, ctx.light_verbs, ctx.occurrence_not_after)
    return closed_ahead(trig, s, doc.ntext, doc.lang, words)


def type_and_status(
    trig: Hit, s: Sentence, doc: DocumentState, candidates: list[Hit]
) -> tuple[str, str] | None:
    """The trigger's type and status as told (None: no event). Sanctions
    announced for the future are a threat (PLOVER); so is a harm promised
    only on a condition ("سيعدمونه ما لم …", "will kill them unless …":
    ``threatened_on_condition``), made now, and told once where a threat
    word of the sentence tells it already."""
    etype, status = trig.entry.value, event_status(trig, s, doc)
    if status is None or _untold_breach(trig, s, doc):
        return None
    if etype == "SANCTION" and status == "planned":
        return "THREATEN", status
    if status == "planned" and threatened_on_condition(
        trig, s, doc.ntext, doc.ctx.syntax.threat_conditions
    ):
        if any(t.entry.value == "THREATEN" for t in candidates):
            return None
        return "THREATEN", "reported"
    return etype, status


# Modes of blame that are a blame only in someone's words (types59fa: "X
# said Y violated the deal"); the narrator's own "Y violated the deal" is
# no one's accusation.
REPORTED_ONLY_MODES = frozenset({"breach"})


def speaker_blames(trig: Hit) -> bool:
    """Whether the trigger is a deed the speaker blames a side for
    (``REPORTED_ONLY_MODES``: "said that Iran had violated the deal"): the
    speaker is the accuser, the clause's subject the accused."""
    return bool(trig.entry.extra) and trig.entry.extra[0] in REPORTED_ONLY_MODES


def _untold_breach(trig: Hit, s: Sentence, doc: DocumentState) -> bool:
    """Whether ``trig`` is of a mode of ``REPORTED_ONLY_MODES`` and stands
    outside any reported speech or quotation of its sentence
    (``quote_opening.quote_start``): a fact told, with no speaker who blames."""
    if not trig.entry.extra or trig.entry.extra[0] not in REPORTED_ONLY_MODES:
        return False
    return quote_start(doc.ntext, s.start, trig.start, s.cues) is None
