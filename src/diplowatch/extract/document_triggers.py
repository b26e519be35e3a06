"""Which trigger hits of a document may tell an event.

``document_triggers``: the scan's triggers outside names, without those a
rule drops, with the commented deeds. Its own module because ``events``
asks it once per document, and a document with none needs no actors read.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.alleged_stance import drop_alleged_stances
from diplowatch.extract.closed import closed_nouns
from diplowatch.extract.commented import charged_deeds, charged_nouns, commented_deeds, verbal_nouns
from diplowatch.extract.counted_nouns import drop_counted_nouns
from diplowatch.extract.courtesy import drop_courtesies
from diplowatch.extract.denied_objects import denied_objects
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.lang_words import phrase_tuple
from diplowatch.extract.lexicon import CLOSED, COUNTED, CUE, EVENT, FRAME
from diplowatch.extract.medium_manner import drop_medium_manners
from diplowatch.extract.offered import offered_deed
from diplowatch.extract.predicates import (
    drop_objects,
    drop_quoted_names,
    drop_topics,
    drop_verbless,
    split_gapped,
)
from diplowatch.extract.press_talks import drop_press_partners, drop_press_talks
from diplowatch.extract.running_totals import drop_running_totals
from diplowatch.extract.scan import Hit
from diplowatch.extract.silence import drop_silences
from diplowatch.extract.syntax import outside_context_phrases, syntax_triggers
from diplowatch.extract.town_taken import with_towns_taken
from diplowatch.extract.writer_talks import drop_writer_talks

FORCE = having("force")


# Actor hits whose words are a name or a title: a trigger word inside one
# ("نداء تونس" is a party, not an appeal) is no trigger.
NAME_KINDS = {"state", "igo", "person", "group", "role", "institution", "capital", "city"}


def document_triggers(
    doc: DocumentState, layers: dict[str, list[Hit]], actor_hits: list[Hit]
) -> tuple[list[Hit], list[Hit]]:
    """The document's triggers that may tell an event (none inside a name,
    a topic, a quoted name, a clause with no verb; nouns a verb of occurrence
    closes among them), and the deeds of force among those first found (a
    claim of responsibility reads them)."""
    ntext, ctx = doc.ntext, doc.ctx
    triggers, closed = _found_triggers(doc, layers, actor_hits)
    force = [t for t in triggers + closed if t.entry.value in FORCE]
    if ctx.syntax.active:
        triggers = syntax_triggers(triggers, layers, actor_hits, ntext, ctx.syntax, doc.lex)
    else:
        triggers = outside_context_phrases(triggers, ntext, ctx.syntax)
        frame_verbs = layers.get(FRAME, [])  # capture73: a bare town taken
        triggers = with_towns_taken(triggers, frame_verbs, actor_hits, ntext, ctx.syntax, ctx.lang)
    if closed:
        triggers = sorted(triggers + closed, key=lambda t: t.start)
    triggers, gapped = split_gapped(triggers, ntext, ctx)
    named = sorted(triggers + gapped, key=lambda t: t.start)
    triggers = drop_objects(triggers, ntext, ctx)
    if gapped:
        triggers = sorted(triggers + gapped, key=lambda t: t.start)
    triggers = _dropped(triggers, layers.get(CUE, []), ntext, ctx, actor_hits)
    spoken = (layers.get(CUE, []), actor_hits)
    return _with_commented(triggers, named, ntext, ctx, spoken), force


def _found_triggers(
    doc: DocumentState, layers: dict[str, list[Hit]], actor_hits: list[Hit]
) -> tuple[list[Hit], list[Hit]]:
    """The trigger hits outside names, and the nouns a verb of occurrence
    closes (``closed_nouns``): kept apart, as the syntax and context-phrase
    readings that follow are for the plain triggers only."""
    ntext, ctx = doc.ntext, doc.ctx
    triggers = [h for h in layers.get(EVENT, []) if h.entry.kind in ("trigger", "money_trigger")]
    triggers = _outside_names(triggers, actor_hits)
    closed = [h for h in layers.get(EVENT, []) if h.entry.kind == CLOSED]
    if closed:  # "حمایت روسیه از اسد ادامه دارد": a noun a verb of occurrence closes
        # every side, agents too ("جنگ نیروهای دولتی و طالبان"); an agent
        # word that is a figure's adjective is left out in _sides_follow
        sides = frozenset(h.start for h in actor_hits)
        closed = closed_nouns(_outside_names(closed, actor_hits), triggers, ntext, ctx, sides)
    return triggers, closed


def _dropped(
    triggers: list[Hit], cues: list[Hit], ntext: str, ctx: Any, actor_hits: list[Hit]
) -> list[Hit]:
    """``triggers`` without those that tell no event in their place: a
    topic, a clause with no verb, a quoted name, an alleged stance, a
    silence, a courtesy, talk with the press or a writer, a medium's
    manner, a running total. One job, many readers: each drop is its own
    module, applied here in the order the rounds set."""
    # a counted noun for people is no deed ("18 متهما": senses101)
    triggers = drop_counted_nouns(triggers, ntext, ctx.lang)
    # a deed a stated readiness offers is no aim (types74fa: ``offered``)
    spared = [t for t in triggers if offered_deed(t, ntext, ctx)]
    topical = [t for t in triggers if t not in spared]
    topical = drop_topics(
        topical,
        ntext,
        ctx.topic_markers,
        ctx.topic_joins,
        ctx.topic_kind_heads,
        phrase_tuple(ctx.lang, "context", "TOPIC_GLUED_JOINS"),
    )
    triggers = sorted(topical + spared, key=lambda t: t.start) if spared else topical
    triggers = drop_verbless(triggers, ntext, ctx, frozenset(h.start for h in actor_hits))
    triggers = drop_quoted_names(triggers, ntext, ctx.name_heads)
    triggers = drop_alleged_stances(triggers, ntext, ctx)
    triggers = drop_silences(triggers, ntext, ctx)
    triggers = drop_courtesies(triggers, ntext, ctx)
    triggers = drop_press_talks(triggers, cues, ntext, ctx)
    triggers = drop_writer_talks(triggers, cues, ntext, ctx)
    triggers = drop_press_partners(triggers, ntext, ctx)
    triggers = drop_medium_manners(triggers, ntext, ctx)
    return drop_running_totals(triggers, ntext, ctx)


def _with_commented(
    triggers: list[Hit],
    named: list[Hit],
    ntext: str,
    ctx: Any,
    spoken: tuple[list[Hit], list[Hit]] = ([], []),
) -> list[Hit]:
    """``triggers`` and the deed nouns dropped as named in passing that a
    comment is about ("حمله … را محکوم کرد": ``commented.commented_deeds``)
    or that a denial denies ("حمله … را تکذیب کرد": ``denied_objects``, read
    with the sentence's cues and actor hits, ``spoken``); a topic or a
    quoted name stays dropped."""
    triggers = verbal_nouns(triggers, ntext, ctx, named, spoken[1])
    if not ctx.needs_predicate:
        return triggers
    triggers = charged_nouns(charged_deeds(triggers, ntext, ctx), ntext, ctx)
    kept = set(triggers)
    lost = [t for t in named if t not in kept]
    lost = drop_quoted_names(drop_topics(lost, ntext, ctx.topic_markers), ntext, ctx.name_heads)
    triggers, denied = denied_objects(lost, triggers, *spoken, ntext, ctx)
    lost = [t for t in lost if all(d.start != t.start for d in denied)]
    found = commented_deeds(lost, named, ntext, ctx) + denied
    return sorted(triggers + found, key=lambda t: t.start) if found else triggers


def _outside_names(triggers: list[Hit], actor_hits: list[Hit]) -> list[Hit]:
    """Triggers that are not a word of a name or title ("نداء تونس" is a
    party, not an appeal; "the Rapid Support Forces"). Resolved actor hits
    do not overlap, so only the last one starting before a trigger can hold it.
    A noun for people counted by a number is a noun, not the verb it is
    spelt like ("20 طالبا" twenty students, not "they demanded")."""
    names = sorted(
        (h.base_start, h.base_end)
        for h in actor_hits
        if h.entry.kind in NAME_KINDS or COUNTED in h.entry.extra
    )
    if not names:
        return triggers
    starts = [a for a, _ in names]
    kept = []
    for t in triggers:
        i = bisect_right(starts, t.base_start) - 1
        if i < 0 or t.base_end > names[i][1]:
            kept.append(t)
    return kept
