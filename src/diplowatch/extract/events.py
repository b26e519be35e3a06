"""Assemble events from one scan of a document.

Per sentence: triggers give the event type and mode; actor mentions give
the participants (strong mentions first, then the document's main pair for
"the two sides" and lone mentions); cue words give the status; sectors,
money and dates in the sentence (or in the sentences that follow and only
elaborate on it) are attached. Evidence is the sentence, mapped back to the
original text.

This module keeps the document's flow, its steps in order
(``extract_document``, then per sentence ``_read_sentences`` and
``_sentence_events``); the steps live in modules of their own, each one
job: ``document_state`` (the document the steps read), ``document_scan``
(the one scan and the actor mentions), ``document_triggers`` (which
trigger hits may tell an event), ``document_sentences`` (the sentences and
their marks), ``document_participants`` (participants of the sentences in
reach), ``trigger_candidates`` and ``trigger_status`` (a sentence's
triggers, their type and status), ``trigger_sides`` (a trigger's sides),
``side_event``, ``side_order``, ``implied_sides`` and ``victims_only`` (an
event's actors from a side) and ``unnamed_deed`` (deeds with no side
named). The rules the steps call live in modules of their own too:
``sentence`` (what a step reads), ``status`` (planned, negated, reported),
``nonevents`` and its families ``history``, ``hypothetical``,
``verb_mood``, ``named_topic``, ``vetoes``, ``agreed_content`` (trigger
words that tell no event), ``parties`` (who takes part in a trigger's
event), ``places`` (a place as the other side),
``sources`` (who reports is no party) and ``merged`` (one event per
occasion in a document).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter

from diplowatch.event_types import count_types, having
from diplowatch.extract.accident_attack import attack_in_clause
from diplowatch.extract.actors import Mention, context, main_pair
from diplowatch.extract.adverbial_clause import adverbial_clauses, outside_clauses
from diplowatch.extract.agent_groups import UNNAMED_ATTACKERS
from diplowatch.extract.amounts import attach, elaborate
from diplowatch.extract.attributed import attributed_blames
from diplowatch.extract.bloc_members import bloc_members
from diplowatch.extract.claims import CLAIMED_TYPES, claimed_side, claimer
from diplowatch.extract.closed import in_phrase
from diplowatch.extract.co_victims import victims_apart
from diplowatch.extract.commented import deed_sides, is_commented
from diplowatch.extract.counted import counted_states
from diplowatch.extract.counts import find_counts
from diplowatch.extract.document_participants import (
    ELABORATING,
    assign_participants,
    filled_reach,
    in_reach,
    sending_types,
)
from diplowatch.extract.document_scan import codes_of_title, find_actors, scan_document
from diplowatch.extract.document_sentences import sentences_of
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.document_triggers import document_triggers
from diplowatch.extract.history import background_triggers
from diplowatch.extract.indefinite_doer import doer_after_noun, mark_indefinite_doers
from diplowatch.extract.joined import join
from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.lone_object import asked_content_out
from diplowatch.extract.merged import merge_events
from diplowatch.extract.nonevents import off_domain, provision
from diplowatch.extract.own_state_absorbed import own_state_absorbed
from diplowatch.extract.participants import unit, unsent_sides
from diplowatch.extract.parties import Pools, parties_of, sentence_pools
from diplowatch.extract.place_doer import own_people_places_out
from diplowatch.extract.places import venue_bodies_out, visited_places_out
from diplowatch.extract.predicates import drop_anaphors, drop_unreal
from diplowatch.extract.protest_demands import protest_demand_sides, protest_doers
from diplowatch.extract.reported_owner import speakers_struck
from diplowatch.extract.scan import Hit
from diplowatch.extract.scene_targets import scene_places_out
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.sessions import internal_session
from diplowatch.extract.side_event import side_event
from diplowatch.extract.site_visits import site_visit
from diplowatch.extract.told_own import tellers_own
from diplowatch.extract.tolls import tolls_out
from diplowatch.extract.trigger_candidates import trigger_candidates
from diplowatch.extract.trigger_sides import event_sides
from diplowatch.extract.trigger_status import type_and_status
from diplowatch.extract.unnamed_deed import SEIZED, sideless_deed, unnamed_deed
from diplowatch.extract.vessels import owned_by_named, without_vessel_agent
from diplowatch.extract.vetoes import (
    confined_vetoed,
    names_blanked,
    object_vetoed,
    time_marked,
    vetoed_in,
)
from diplowatch.extract.victims import commented_phrase_sides
from diplowatch.model import Event
from diplowatch.text.normalize import Normalized, normalize
from diplowatch.text.segment import layout_of, sentence_spans

EXTRACTOR_VERSION = "1"

# What the steps below need to know of each event type (``event_types.TRAITS``).
COOPERATIVE = having("cooperative")
ELABORATED = having("elaborated")


@dataclass
class Extraction:
    events: list[Event]
    annotations: list[dict[str, object]]


def extract_document(
    text: str, norm: Normalized | None, lang: str, published: str | None, title: str | None = None
) -> Extraction:
    """Events and highlight annotations of one document (see module docstring)."""
    norm = norm or normalize(text)
    doc = DocumentState(text, norm, lang, lexicon(lang), context(lang))
    spans = sentence_spans(norm.text, lang, layout_of(text, norm))
    if not spans:
        return Extraction([], [])
    layers, actor_hits, words = scan_document(doc, spans)
    triggers, force = document_triggers(doc, layers, actor_hits)
    if not triggers:  # no sentence can tell an event: its actors need no reading
        return Extraction([], [])
    found = find_actors(doc, published, [start for start, _ in spans], layers, actor_hits, words)
    sentences = sentences_of(doc, found, spans, triggers, force)
    title_codes = codes_of_title(title, lang, doc.ctx, doc.lex) if title else []
    doc.pair = main_pair(found.mentions, title_codes)
    assign_participants(doc, found, in_reach(sentences), filled_reach(sentences, doc))
    ctx = doc.ctx
    states = counted_states(sentences, doc.ntext, lang, ctx.coordinators, ctx.adjacent_coordinated)
    for sentence, mentions in zip(sentences, states, strict=True):
        sentence.mentions = owned_by_named(mentions, doc.ntext, ctx.vessel_owner_cues)
    doc.anchor = date.fromisoformat(published) if published else None
    events, annotations = _read_sentences(doc, sentences)
    return Extraction(
        without_vessel_agent(merge_events(own_people_places_out(bloc_members(events)))),
        annotations,
    )


def _read_sentences(
    doc: DocumentState, sentences: list[Sentence]
) -> tuple[list[Event], list[dict[str, object]]]:
    """The events of each sentence, with their counts, sectors and sums; a
    sentence with no event of its own that names areas or sums elaborates
    on the events just before it ("the agreements cover …")."""
    ctx = doc.ctx
    events: list[Event] = []
    annotations: list[dict[str, object]] = []
    recent: list[tuple[int, Event]] = []  # (sentence index, event) for elaborations
    # the types of the events told so far that a demonstrative may point back
    # to, kept as the events come: read for every sentence with a trigger, a
    # pass over all the events before it made a long document quadratic
    told: set[str] = set()
    for idx, s in enumerate(sentences):
        # most sentences name no sector: no generator built for them
        sector_keys = list(dict.fromkeys(h.entry.value for h in s.sectors)) if s.sectors else []
        near_event = bool(recent) and idx - recent[-1][0] <= ELABORATING
        amounts = _sums_of(s, doc) if s.triggers or near_event else []
        new_events = _new_events(s, doc, told, bool(amounts))
        if new_events:
            _dress(new_events, s, doc, amounts, sector_keys)
            events.extend(new_events)
            told.update(
                ev.type
                for ev in new_events
                if (ev.type not in COOPERATIVE or ctx.one_sided) and not _sides_unknown(ev)
            )
            recent = [(idx, ev) for ev in new_events]
            annotations.extend(_annotate(s, doc.norm, amounts, doc.dates_in(s)))
        elif near_event and (sector_keys or amounts):
            _elaborate(s, doc, [ev for _, ev in recent], sector_keys, amounts)
            annotations.extend(_annotate(s, doc.norm, amounts, []))
    return events, annotations


def _sums_of(s: Sentence, doc: DocumentState) -> list:
    """The sums the sentence names, its mentions inside one dropped ("دولار
    أمريكي" names a currency, not the United States). Read only where an
    event may take them: reading money is costly and most sentences tell none."""
    amounts = doc.money_in(s)
    if amounts:
        s.mentions = [m for m in s.mentions if not any(x.start <= m.start < x.end for x in amounts)]
    return amounts


def _new_events(s: Sentence, doc: DocumentState, told: set[str], with_sum: bool) -> list[Event]:
    """The events the sentence tells of its own: its triggers that report
    one (``s.triggers`` is narrowed to them, as later steps read it), unless
    they are background or the sentence is off the domain."""
    s.triggers = _reported_triggers(s, doc, told, with_sum)
    kept = background_triggers(s, doc) if s.triggers else None
    if kept is not None:
        s.triggers = kept
    if (
        s.triggers
        and not off_domain(s, doc.ntext, doc.ctx)
        and not provision(s, doc.ntext, doc.ctx)
    ):
        return _sentence_events(s, doc)
    return []


def _dress(
    new_events: list[Event], s: Sentence, doc: DocumentState, amounts: list, sector_keys: list[str]
) -> None:
    """Give the sentence's new events what the sentence states beside them:
    the counts of people their type takes, the sectors of a cooperative
    one, and the sums (``amounts.attach``)."""
    counts = _counts(s, doc.ntext, doc.lang, amounts, doc.dates_in(s))
    for ev in new_events:
        ev.counts = {k: v for k, v in counts.items() if ev.type in count_types().get(k, ())}
        if ev.type in COOPERATIVE:
            ev.sectors = list(sector_keys)
    attach(new_events, s.triggers, amounts, doc.text_of)


def _elaborate(
    s: Sentence, doc: DocumentState, recent: list[Event], sector_keys: list[str], amounts: list
) -> None:
    """A sentence with no event of its own elaborates on the ``recent``
    events: its areas (where it names a scope of them) and its sums."""
    if not _has_any(doc.ntext[s.start : s.end], doc.ctx.sector_scope):
        sector_keys = []
    for ev in recent:
        if ev.type in ELABORATED:
            ev.sectors = list(dict.fromkeys(ev.sectors + sector_keys))
    elaborate(recent, amounts, doc.text_of)


def _reported_triggers(
    s: Sentence, doc: DocumentState, told: set[str], with_sum: bool
) -> list[Hit]:
    """The sentence's triggers that report an event of their own; ``told``
    holds the types of the events told before that a demonstrative points
    back to (``COOPERATIVE`` ones only where a meeting may name one side)."""
    ctx, lex = doc.ctx, doc.lex
    triggers = s.triggers
    if not triggers:  # most sentences: nothing to drop
        return triggers
    if not with_sum:
        # "will provide", "allocated" are aid only when a sum is named.
        triggers = [t for t in triggers if t.entry.kind != "money_trigger"]
    # "in this meeting the two sides …" elaborates on the meeting; "this
    # attack" in a later sentence is what others react to.
    # Where a meeting may name one side (``context.ONE_SIDED_TYPES``), "in
    # this meeting the minister said …" is no second meeting either.
    triggers = drop_anaphors(triggers, doc.ntext, ctx.demonstratives, told, ctx.joined_verbs)
    triggers = drop_unreal(triggers, s.cues, doc.ntext, s.end, s.start, ctx)
    # a tour of a factory or a mine is no meeting (falsehits62fa)
    triggers = [t for t in triggers if not site_visit(t, doc.ntext, s, ctx)]
    if not triggers or not (
        lex.vetoes or lex.timed_vetoes or lex.object_vetoes or lex.confined_vetoes
    ):
        return triggers
    # speed78a: the sentence with its bodies' names blanked, built once for the three
    stext = names_blanked(doc.ntext, s)
    if lex.vetoes:
        # an attack named in the deed's clause outweighs an accident's veto
        # word beside it ("قتل مسلحون جنودا قرب حادث تصادم", mendA106)
        triggers = [
            t
            for t in triggers
            if not vetoed_in(t, stext, doc.lang) or attack_in_clause(t, s, doc.ntext)
        ]
    if triggers and lex.timed_vetoes:
        triggers = [t for t in triggers if not time_marked(t, stext, s.start, doc.lang)]
    if triggers and lex.object_vetoes:
        triggers = [t for t in triggers if not object_vetoed(t, stext, s.start, doc.lang)]
    if triggers and lex.confined_vetoes:
        triggers = [t for t in triggers if not confined_vetoed(t, stext, s.start, doc.lang)]
    return triggers


def _sentence_events(s: Sentence, doc: DocumentState) -> list[Event]:
    """The events of one sentence: per trigger that reports an event, its
    status, date and participants, one event per side."""
    pools = sentence_pools(s, doc)
    if pools is None:
        return sideless_deed(s, doc)
    candidates, stated, reactions = trigger_candidates(s, doc)
    seen: set[tuple[str, str, str, frozenset]] = set()
    out: list[tuple[Event, Hit]] = []
    sideless: list[tuple[Hit, str, str, str | None]] = []
    # "…, and the Islamic State claimed it": the claimer did the deeds of force
    claimed = claimer(s.cues, s.mentions) if s.force_words else None
    mark_indefinite_doers(candidates, s.mentions, doc.ntext, doc.ctx.lang)
    # "Iran, while condemning Israel, called on …": each clause's own sides
    clauses = s.adverbials = adverbial_clauses(s.triggers, s.start, s.end, doc.ntext, doc.ctx)
    protests: list[tuple[int, list[Mention]]] = []  # each protest's start and doers
    for trig in candidates:
        read = type_and_status(trig, s, doc, candidates)
        if read is None:
            continue
        (etype, status), mode = read, trig.entry.extra[0]
        when = doc.date_of(s, trig, status)
        people = _trigger_people(s, doc, (trig, etype), pools, (stated, reactions))
        if people is None:
            # a commented deed whose phrase names nobody (``_trigger_people``)
            sideless += [(trig, etype, status, when)] if is_commented(trig) else []
            continue
        people = outside_clauses(trig, people, clauses)
        # sides66fa: a blast whose phrase names nobody beside named others ("… صدای
        # چند انفجار شنیده شد") is unknown attackers' if no ASSAULT else comes
        sideless += [(trig, etype, status, when)] if not people and etype != SEIZED else []
        sides = event_sides(s, doc, trig, etype, people, clauses)
        sides = _protest_demand(trig, etype, sides, people, protests, doc)
        # mendE97: "رئیس مجلس ایران … ایران و آمریکا": the bare state is his
        sides = own_state_absorbed(sides)
        for side in sides:
            if claimed is not None and etype in CLAIMED_TYPES:
                side = claimed_side(side, trig, claimed)
            key = (etype, mode, status, frozenset(unit(x) for x in side))
            if key not in seen:
                seen.add(key)
                event = side_event(s, doc, trig, (etype, mode, status, when), side, pools)
                out += [(event, trig)] if event is not None else []
    out += unnamed_deed(s, doc, sideless, [e for e, _ in out])
    return _finished(s, doc, out)


def _protest_demand(
    trig: Hit,
    etype: str,
    sides: list[list[Mention]],
    people: list[Mention],
    protests: list[tuple[int, list[Mention]]],
    doc: DocumentState,
) -> list[list[Mention]]:
    """``sides`` as read, after noting a protest's doers in ``protests``; for
    a demand told by its own predicate after a protest ("… با تجمع … خواستار
    اخراج سفیر … شدند") whose reading made one named inside the demand, or
    behind "به", a side (mendC86, ``protest_demands``): the protest's doers
    ask."""
    if etype == "PROTEST":
        protests.append((trig.start, protest_doers(sides)))
        return sides
    doers = [d for start, found in protests if start < trig.start for d in found]
    if etype != "REQUEST" or not doers:
        return sides
    demanded = protest_demand_sides(trig, doers, (sides, people), doc.ntext, doc.ctx)
    return sides if demanded is None else demanded


def _finished(s: Sentence, doc: DocumentState, out: list[tuple[Event, Hit]]) -> list[Event]:
    """The sentence's events (each with its trigger) as one occasion each,
    with the blames they carry and the speakers they struck."""
    # "مسئول حمله‌ای دانستند که طی آن … کشته شدند": the toll is the deed's (tolls)
    out = tolls_out(out, doc.ntext, doc.ctx.toll_openers)
    # one occasion told by two triggers ("were killed when gunmen opened fire") is one event
    events = join(out, doc.ntext, doc.ctx.syntax.passive_aux)
    kept = [(e, t) for e, t in out if any(e is x for x in events)]
    blames = attributed_blames(s, doc.ntext, kept, doc.ctx)
    # "قالت سوريا إن إسرائيل قصفت أراضيها": the speaker is whom it struck;
    # co-victims of one doer are each its target (parties46fa)
    struck = speakers_struck(s, doc.ntext, events, kept, doc.ctx)
    # "X می‌گوید که ۱۲ سربازش … کشته شدند": the teller's own people (told_own)
    struck = tellers_own(s, doc.ntext, struck, {id(e): t for e, t in kept}, doc.ctx)
    return victims_apart(struck) + blames


def _sides_unknown(ev: Event) -> bool:
    """Whether the event names none of its sides (``unnamed_deed``): "this
    attack" in a later sentence may still tell who did it to whom."""
    return all(a.code is None and a.agent == UNNAMED_ATTACKERS for a in ev.actors)


def _trigger_people(
    s: Sentence,
    doc: DocumentState,
    told: tuple[Hit, str],
    pools: Pools,
    seen: tuple[set[int], list[Hit]],
) -> list | None:
    """The participants of one trigger's event, with the sides that belong
    to other phrases, venues, visited places and exchanges taken out; None
    when the trigger tells no event of its own (a comment's place, a body
    meeting by itself). ``told``: the trigger and the type it tells (a
    planned sanction tells a threat)."""
    trig, etype = told
    mode = trig.entry.extra[0]
    stated, reactions = seen
    people = parties_of(s, doc, trig, etype, mode, pools, stated, reactions)
    people = unsent_sides(people, etype in sending_types())
    people = in_phrase(trig, people, s.mentions)  # a closed noun's sides: its phrase's
    # "اعتقلت الشرطة رجلا هاجم …": the indefinite man did the deed, not the police
    people = doer_after_noun(trig, etype, people, doc.ntext, doc.ctx.lang)
    people = deed_sides(trig, people, s.mentions)  # a commented deed's: its phrase's
    people = commented_phrase_sides(s, trig, people, doc.ntext, doc.ctx)
    if not people and is_commented(trig):
        return None  # the sentence's place is where the comment was made
    people = venue_bodies_out(people, trig, doc.ntext)
    people = visited_places_out(people, trig, doc.ntext, doc.ctx.visited_places)
    people = _exchanged_out(people, s, doc.ntext)
    # "از دولت خواست به پارلمان …": the parliament is inside what is asked
    people = asked_content_out(etype, trig, people, doc.ntext, doc.ctx)
    # "appealed for peace in Sudan": the scene is no one asked
    people = scene_places_out(etype, trig, people, s.mentions, doc.ntext, doc.ctx)
    if etype == "CONSULT" and internal_session(
        trig, people, doc.ntext, s.start, s.end, doc.ctx, s.mentions
    ):
        return None  # a cabinet or a committee meeting by itself consults no one
    return people


# Modes whose object is people handed over ("تبادل الأسرى", exchanging
# prisoners): those people are what is exchanged, no side (``_exchanged_out``).
_HANDOVER_MODES = frozenset({"exchange"})


def _exchanged_out(people: list[Mention], s: Sentence, ntext: str) -> list[Mention]:
    """``people`` without those an exchange right before them hands over
    ("وافقت إيران على تبادل الأسرى مع الولايات المتحدة": the prisoners are
    no side of the exchange nor of the agreement on it), where others are
    left."""
    swaps = [t for t in s.triggers if t.entry.extra and t.entry.extra[0] in _HANDOVER_MODES]
    if not swaps:
        return people
    kept = [
        m
        for m in people
        if not (
            m.kind == "agent"
            and not m.role
            and any(t.end <= m.start and len(ntext[t.end : m.start].split()) <= 1 for t in swaps)
        )
    ]
    return _handed_over_agents_off(kept if kept else people, swaps, ntext)


# Mentions that name a side by its name or its capital ("بين روسيا",
# "بین تهران و واشنگتن"), not by a country adjective ("Iraqi prisoners").
_NAMED_SIDES = frozenset({"state", "capital"})


def _handed_over_agents_off(people: list[Mention], swaps: list[Hit], ntext: str) -> list[Mention]:
    """States whose agent is the people an exchange hands over ("تبادل
    الأسرى بين روسيا وأوكرانيا", "مبادله زندانیان میان ایران و بلژیک": the
    prisoners read as each side's civilians) as the bare states: the sides
    of a swap are the states, as in "a prisoner swap between Russia and
    Ukraine". The state named right after (or inside) the trigger, and the
    states joined to it by one word ("و", "and"), lose that agent; people
    named by a country adjective ("20 Iraqi prisoners") keep it."""
    out: list[Mention] = []
    chain_end: int | None = None
    for m in sorted(people, key=attrgetter("start")):
        lead = any(t.start <= m.start and len(ntext[t.end : m.start].split()) <= 1 for t in swaps)
        joined = chain_end is not None and len(ntext[chain_end : m.start].split()) <= 1
        if m.kind in _NAMED_SIDES and m.agent and not m.role and (lead or joined):
            out.append(replace(m, agent=None))
            chain_end = m.end
            continue
        out.append(m)
        chain_end = None
    return out


def _counts(s: Sentence, ntext: str, lang: str, amounts: list, dates: list) -> dict[str, int]:
    """Counts of people the sentence states; sums and dates are no counts."""
    taken = [(m.start, m.end) for m in amounts] + [(d.start, d.end) for d in dates]
    return find_counts(ntext, s.start, s.end, s.cues, lang, taken, s.people, s.agents)


def _has_any(text: str, words: frozenset[str]) -> bool:
    return any(w in text for w in words)


def _annotate(s: Sentence, norm: Normalized, amounts: list, dates: list) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    def add(start: int, end: int, kind: str, label: str) -> None:
        a, b = norm.span_to_original(start, end)
        out.append({"start": a, "end": b, "kind": kind, "label": label})

    for m in s.mentions:
        if m.end > m.start:
            add(m.start, m.end, "actor", m.code)
    for t in s.triggers:
        add(t.start, t.end, "trigger", t.entry.value)
    for h in s.sectors:
        add(h.start, h.end, "sector", h.entry.value)
    for m in amounts:
        add(m.start, m.end, "amount", f"{m.value:g} {m.currency}")
    for d in dates:
        add(d.start, d.end, "date", d.value.isoformat())
    return out
