"""The participants of the sentences that may tell an event.

``assign_participants``: sources dropped, the document's facts and the
participants filled, in the sentences in reach of an event (``in_reach``,
``filled_reach``). Its own module because it reads the whole document's
mentions at once, before the sentence steps.
"""

from __future__ import annotations

from collections import Counter

from diplowatch.extract.actors import Mention
from diplowatch.extract.charges import charged_states
from diplowatch.extract.counted import READS_BACK, may_count
from diplowatch.extract.document_frames import without_document_owners
from diplowatch.extract.document_state import DocumentActors, DocumentState
from diplowatch.extract.employers import without_employers
from diplowatch.extract.force_heads import without_generic_forces
from diplowatch.extract.group_bombers import SuicideWords, without_group_bombers
from diplowatch.extract.lang_words import phrase_tuple
from diplowatch.extract.parent_bodies import without_parent_bodies
from diplowatch.extract.participants import DocFacts, fill_codes, fill_knobs
from diplowatch.extract.ranked import without_apposed_ranks
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.sources import medium_name_owners, without_sources
from diplowatch.extract.spoken_through import (
    StatementLinks,
    speak_through_bodies,
    state_reported_by_body,
)
from diplowatch.extract.street_names import without_street_names
from diplowatch.lang.agent_fields import shared_set

# How many sentences after an event's may elaborate on it ("the agreements
# cover …": its sectors and sums).
ELABORATING = 2


def in_reach(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences whose mentions an event may read: those with a trigger,
    the ones after each that may elaborate on its events (``ELABORATING``)
    and the ones before that a counted phrase takes its states from
    (``counted.READS_BACK``). Participants are worked out for these only:
    most sentences of a long article tell no event. (Sources are marked in
    every sentence: ``main_pair`` reads the whole article.)"""
    reach = [False] * len(sentences)
    for idx, s in enumerate(sentences):
        if s.triggers:
            for near in range(max(0, idx - READS_BACK), min(len(reach), idx + ELABORATING + 1)):
                reach[near] = True
    return [s for s, near in zip(sentences, reach, strict=True) if near]


def filled_reach(sentences: list[Sentence], doc: DocumentState) -> list[Sentence]:
    """The sentences of ``in_reach`` whose participants are read later: those
    with a trigger and the ones after each that may elaborate on its events
    (their actors are annotated), and the ones before a sentence with a
    trigger only where it holds a word of a counted phrase
    (``counted.may_count``: its states are read back). Sources are dropped
    in every sentence in reach, as ``leading_home`` counts them; countries
    are given only in these (speed70b: a fifth of the sentences in reach
    stood there only for a counted phrase that most never hold)."""
    wanted = [False] * len(sentences)
    for idx, s in enumerate(sentences):
        if not s.triggers:
            continue
        for near in range(idx, min(len(wanted), idx + ELABORATING + 1)):
            wanted[near] = True
        if idx and may_count(doc.ntext, s.start, s.end, doc.lang):
            for near in range(max(0, idx - READS_BACK), idx):
                wanted[near] = True
    return [s for s, want in zip(sentences, wanted, strict=True) if want]


def _drop_sources(doc: DocumentState, found: DocumentActors, sentences: list[Sentence]) -> None:
    """Mark the bodies a state speaks through and drop the cited sources
    from each sentence's mentions (``sources.without_sources``)."""
    ctx = doc.ctx
    cited = [
        h for h in found.actor_hits if h.entry.kind == "agent" and h.entry.value in ctx.cited_agents
    ]
    for s in sentences:
        if not s.mentions:  # speed70b: a sentence naming no one has no source to drop
            continue
        speak_through_bodies(
            s.mentions,
            doc.ntext,
            ctx.conjunctions,
            ctx.statement_nouns,
            ctx.statement_openers,
            StatementLinks(
                ctx.statement_links,
                ctx.statement_body_clitics,
                ctx.statement_object_marks,
                ctx.statement_subject_leads,
                "".join(phrase_tuple(ctx.lang, "punctuation", "PROCLITICS")),
            ),
        )
        state_reported_by_body(s.mentions, doc.ntext, ctx.clause_openers, ctx.sides_markers)
        s.mentions = without_sources(
            s,
            doc.ntext,
            cited,
            ctx.cited_agents,
            ctx.conjunctions,
            ctx.report_subject_openers,
            ctx.object_markers,
            ctx.addressee_markers,
            ctx.own_country_subjects,
            ctx.relay_preps,
            ctx.owned_sources,
            ctx.source_heads,
            ctx.medium_appositions,
            ctx.medium_name_heads,
            ctx.telling_agents,
            ctx.teller_anaphors,
            ctx.teller_kinds,
        )
        medium_name_owners(s.mentions, doc.ntext, ctx.medium_name_heads)
        s.mentions = without_document_owners(
            s, doc.ntext, ctx.document_nouns, ctx.document_frames, ctx.clause_openers
        )


def leading_home(home: str, mentions: list[Mention]) -> str:
    """``home`` when the article names it more often than any other state
    (datelines and sources left out), else "": an article from Tehran
    about Lebanon speaks of Lebanon's army when it writes "the army"."""
    counts = Counter(m.code for m in mentions if m.code and not (m.dateline or m.source))
    if not home or not counts[home]:
        return ""
    return home if all(n < counts[home] for code, n in counts.items() if code != home) else ""


def sending_types() -> frozenset[str]:
    """The types of sending troops (``xx/agents.SENDING_TYPES``): a trigger of
    another type makes the sending what it is about (``participants._near``).
    Read once (``shared_set``), not for every document."""
    return shared_set("SENDING_TYPES")


def assign_participants(
    doc: DocumentState, found: DocumentActors, sentences: list[Sentence], to_fill: list[Sentence]
) -> None:
    """Drop the sources from each sentence's mentions and give a country to
    those written without one (``participants.fill_codes``) in the sentences
    ``to_fill`` (``filled_reach``)."""
    ctx = doc.ctx
    _drop_sources(doc, found, sentences)
    facts = DocFacts(
        home=found.home,
        text=doc.ntext,
        dateline=found.dateline,
        pair=doc.pair,
        home_spans=found.home_spans,
        leading_home=leading_home(found.home, found.mentions),
    )
    knobs = fill_knobs(doc.lang)
    sending = sending_types()
    for s in to_fill:
        if not s.mentions:  # speed70b: nobody to fill, nothing to drop
            continue
        # the state of a charge ("arrested for spying for Israel") or a
        # group's sponsor ("militias backed by Iran") places no agent
        charged = [m for m in s.mentions if m.sponsor] + charged_states(s, doc.ntext, ctx)
        taken = {id(c) for c in charged}  # by identity, one look-up a mention
        others = frozenset(t.start for t in s.triggers if t.entry.value not in sending)
        force = any(t.entry.value == "ASSAULT" for t in s.triggers)
        kept = [m for m in s.mentions if id(m) not in taken]
        filled = fill_codes(kept, facts, knobs, (s.start, s.end), others, force)
        s.mentions = sorted(filled + charged, key=lambda m: m.start) if charged else filled
        s.mentions = _no_side_words(s, doc)


def _no_side_words(s: Sentence, doc: DocumentState) -> list[Mention]:
    """The sentence's mentions without those that name no side of their own:
    the body a named group right before it belongs to, the workplace of the
    workers named with it, a bare "forces" beside the militia it heads, an
    agent noun in a street's name, a rank in apposition to its holder's
    title, a suicide adjective beside the movement that did the deed."""
    ctx, text = doc.ctx, doc.ntext
    if len(s.mentions) < 2:
        # speed70b: all but the street's name read a mention beside another
        # (a group's body, a workplace, a modified "forces", a rank before a
        # title, a movement beside the bomber): a lone one is kept or dropped
        # as a street's name alone (a new list, as the full steps return)
        return without_street_names(
            list(s.mentions), text, ctx.street_heads, ctx.street_heads_after
        )
    mentions = without_parent_bodies(s.mentions, text, ctx.part_of_links, ctx.conjunctions)
    mentions = without_employers(
        mentions, text, ctx.employer_links, ctx.employer_first, ctx.workplaces
    )
    mentions = without_generic_forces(mentions, text, ctx.force_heads, ctx.force_fillers)
    mentions = without_street_names(mentions, text, ctx.street_heads, ctx.street_heads_after)
    mentions = without_apposed_ranks(mentions, text, doc.lang, ctx.object_markers)
    words = SuicideWords(
        ctx.suicide_deed_nouns,
        ctx.suicide_adjectives,
        ctx.suicide_circumstances,
        ctx.suicide_counters,
    )
    claimed = any(c.entry.kind == "claim" for c in s.cues)
    return without_group_bombers(mentions, text, words, claimed)
