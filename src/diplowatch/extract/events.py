"""Assemble events from one scan of a document.

Per sentence: triggers give the event type and mode; actor mentions give
the participants (strong mentions first, then the document's main pair for
"the two sides" and lone mentions); cue words give the status; sectors,
money and dates in the sentence (or in the sentences that follow and only
elaborate on it) are attached. Evidence is the sentence, mapped back to the
original text.

This module keeps the document's flow, its steps in order
(``extract_document``, then per sentence ``_read_sentences`` and
``_sentence_events``); the rules the steps call live in modules of their
own: ``sentence`` (what a step reads), ``status`` (planned, negated,
reported), ``nonevents`` (trigger words that tell no event), ``parties``
(who takes part in a trigger's event), ``places`` (a place as the other
side), ``sources`` (who reports is no party) and ``merged`` (one event per
occasion in a document).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter
from typing import Any

from diplowatch.event_types import count_types, having
from diplowatch.extract.accusative_adjective import adjectives_after_accusatives
from diplowatch.extract.actor_context import Context
from diplowatch.extract.actors import (
    Mention,
    add_home_mentions,
    context,
    dateline_code,
    find_mentions,
    home_code,
    home_places,
    main_pair,
    mark_datelines,
    mark_report_places,
    phrase_stops,
    previous_word,
)
from diplowatch.extract.adverbial_clause import (
    Clause,
    adverbial_clauses,
    clause_sides,
    outside_clauses,
)
from diplowatch.extract.alleged_stance import drop_alleged_stances
from diplowatch.extract.amounts import attach, elaborate
from diplowatch.extract.apodosis import unanswered_out
from diplowatch.extract.armed_protest import (
    armed_as_crowd,
    armed_protesters,
    bystander_forces_out,
)
from diplowatch.extract.asked_nouns import asked_only
from diplowatch.extract.asked_reactions import asked_reaction
from diplowatch.extract.attributed import attributed_blames
from diplowatch.extract.backed_crowd import backed_crowd
from diplowatch.extract.captives import captives_mode
from diplowatch.extract.carried_subject import carried_sides
from diplowatch.extract.charges import charged_states
from diplowatch.extract.claims import CLAIMED_TYPES, claimed_side, claimer
from diplowatch.extract.class_holders import held_by_class
from diplowatch.extract.closed import closed_nouns, in_phrase
from diplowatch.extract.closing_future import closed_ahead, told_imminent
from diplowatch.extract.co_victims import victims_apart
from diplowatch.extract.commented import (
    VERBAL_NOUN_MARK,
    charged_deeds,
    charged_nouns,
    commented_deeds,
    deed_sides,
    is_commented,
    verbal_nouns,
)
from diplowatch.extract.coordinated_partners import without_coordinated_partners
from diplowatch.extract.counted import READS_BACK, counted_states, may_count
from diplowatch.extract.counts import counted, find_counts
from diplowatch.extract.courtesy import drop_courtesies
from diplowatch.extract.deed_owner import deed_owners_only
from diplowatch.extract.denied_objects import DENIED_MARK, denied_objects
from diplowatch.extract.distinct import governed
from diplowatch.extract.divided_states import twin_states
from diplowatch.extract.document_frames import without_document_owners
from diplowatch.extract.document_state import REACTIONS, SAYING_CUES, _Actors, _Document
from diplowatch.extract.doers import (
    active_verb,
    ascribed_doer,
    attackers_first,
    doers_first,
    keepers_first,
    without_blamers,
)
from diplowatch.extract.driven import driver_named
from diplowatch.extract.employers import without_employers
from diplowatch.extract.endangered import endangers_good
from diplowatch.extract.force_heads import without_generic_forces
from diplowatch.extract.forces_own import forces_alone
from diplowatch.extract.former_again import former_again
from diplowatch.extract.fronted_object import subject_after_object
from diplowatch.extract.genitive_agent import genitive_agent_sides
from diplowatch.extract.genitive_source import genitive_source_first
from diplowatch.extract.group_bombers import SuicideWords, without_group_bombers
from diplowatch.extract.hamza_places import hamza_places_out
from diplowatch.extract.held_criminals import HOLDING, held_as_criminals
from diplowatch.extract.held_persons import bare_held_persons, held_persons
from diplowatch.extract.holders import authorities_first, told_by_support
from diplowatch.extract.hope_clause import bounds_of
from diplowatch.extract.hosted import hosts_crowd
from diplowatch.extract.implied import (
    add_implied,
    at_home_no_event,
    crowd_first,
    implied_mode,
    side_mode,
    type_by_source,
)
from diplowatch.extract.in_office import in_office
from diplowatch.extract.indefinite_doer import doer_after_noun, mark_indefinite_doers
from diplowatch.extract.inflicted import inflicted_out
from diplowatch.extract.invitations import invited_last
from diplowatch.extract.itinerary import left_destinations, tour_sides
from diplowatch.extract.joined import join, passive
from diplowatch.extract.joined_clause import joined_clause_people
from diplowatch.extract.launched import launched_sides
from diplowatch.extract.lexicon import (
    ACTOR,
    CLOSED,
    COUNTED,
    CUE,
    EVENT,
    FRAME,
    PERSON,
    SECTOR,
    Lexicon,
    lexicon,
)
from diplowatch.extract.licensed import Reach, licensed_objects_out
from diplowatch.extract.listed_doers import listed_doers_first
from diplowatch.extract.lone_object import (
    ONE_SIDED_DROPPED,
    asked_beside_content,
    asked_content_out,
    charged_first,
    object_alone,
    passive_subject,
    patient_alone,
    unnamed_doer,
)
from diplowatch.extract.may_clause import may_outcome
from diplowatch.extract.medium_manner import drop_medium_manners
from diplowatch.extract.merged import merge_events
from diplowatch.extract.modal_subject import modal_subject
from diplowatch.extract.named_again import named_again
from diplowatch.extract.named_doer import doer_named
from diplowatch.extract.names import proper_names
from diplowatch.extract.nonevents import (
    DATED_KINDS,
    OLD_YEAR,
    PAST_KINDS,
    THAT_KINDS,
    PermissionReach,
    agreed_content_out,
    asked_for,
    background_triggers,
    content_of,
    dated_lately,
    guessed_subject,
    habit_cues,
    hypothetical_starts,
    in_title,
    intent_denied,
    may_happen,
    meant_later,
    meeting_occasion,
    named_as_topic,
    names_blanked,
    object_of,
    object_vetoed,
    off_domain,
    old_year_spans,
    pledged_verbs,
    provision,
    recent_date_spans,
    refused_word,
    strikers_named,
    time_marked,
    told_after_hope,
    told_as_history,
    vetoed_in,
    victims_described,
)
from diplowatch.extract.obliged_clause import obliged_in_clause
from diplowatch.extract.offered import offered_deed
from diplowatch.extract.own_state_absorbed import own_state_absorbed
from diplowatch.extract.parent_bodies import without_parent_bodies
from diplowatch.extract.participants import (
    SUBJECT_GAP,
    SYMMETRIC,
    DocFacts,
    actor_list,
    coordinated_groups,
    counterpart_lent,
    fill_codes,
    fill_knobs,
    local_split,
    marked_split,
    members_met,
    own_agent_nouns,
    relative_head_acts,
    split,
    unit,
    unsent_sides,
)
from diplowatch.extract.participle_subject import participle_sides
from diplowatch.extract.parties import (
    ADDRESSEE_REACH,
    COMMENTS,
    DEMAND,
    VISITS,
    Pools,
    demand_sides,
    infinitive_form,
    one_sided,
    parties_of,
    quote_start,
    sentence_pools,
)
from diplowatch.extract.person_names import learn_names, learn_surnames
from diplowatch.extract.place_doer import (
    own_people_doer_out,
    own_people_first_place_out,
    own_people_places_out,
    place_state_out,
    struck_state_codes,
    verb_subjects,
    where_state_codes,
    where_states_out,
)
from diplowatch.extract.places import (
    place_as_target,
    place_before_verb,
    place_struck,
    place_visited,
    site_owner_struck,
    venue_bodies_out,
    visited_places_out,
)
from diplowatch.extract.predicates import (
    drop_anaphors,
    drop_objects,
    drop_quoted_names,
    drop_topics,
    drop_unreal,
    drop_verbless,
    split_gapped,
)
from diplowatch.extract.press_talks import drop_press_partners, drop_press_talks
from diplowatch.extract.protest_demands import protest_demand_sides, protest_doers
from diplowatch.extract.ranked import ranked_traveller, without_apposed_ranks
from diplowatch.extract.received import givers_first, summoners_first
from diplowatch.extract.referents import pronoun_referents, told_speakers
from diplowatch.extract.relative_aside import without_relative_aside
from diplowatch.extract.relative_sides import relative_doers_first
from diplowatch.extract.reported_owner import reported_subject_first, speakers_struck
from diplowatch.extract.request_owner import request_owners_first
from diplowatch.extract.responded import critics_first
from diplowatch.extract.running_totals import drop_running_totals
from diplowatch.extract.scan import Hit, guard_ok, resolve, scan
from diplowatch.extract.scene_targets import asked_at_scene, scene_places_out
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.sessions import internal_session
from diplowatch.extract.shared_head import with_shared_heads
from diplowatch.extract.silence import drop_silences
from diplowatch.extract.site_visits import site_visit
from diplowatch.extract.sources import (
    addressed_media,
    apposition_end,
    mark_sources,
    medium_name_owners,
    participle_break,
    source_spans,
    without_sources,
)
from diplowatch.extract.spoken_through import (
    StatementLinks,
    speak_through_bodies,
    state_reported_by_body,
)
from diplowatch.extract.standing import standing_relative
from diplowatch.extract.status import status_of, threatened_on_condition, told_done, unable
from diplowatch.extract.street_names import without_street_names
from diplowatch.extract.struck_armed import STRIKES, struck_as_militants
from diplowatch.extract.struck_passive import attackers_in_deed
from diplowatch.extract.subclause_subject import lone_subject_sides, subclause_people
from diplowatch.extract.summit_setting import summit_setting
from diplowatch.extract.summoned import envoys_last
from diplowatch.extract.surnames import family_names_out
from diplowatch.extract.syntax import (
    governed_out,
    outside_context_phrases,
    stated_doers,
    syntax_triggers,
    verb_objects_out,
)
from diplowatch.extract.this_country import this_country_owners, this_country_sides
from diplowatch.extract.time_clause import main_clause_victims, subclause_doers_first
from diplowatch.extract.tolls import tolls_out
from diplowatch.extract.town_taken import with_towns_taken
from diplowatch.extract.vessels import VESSEL, owned_by_named, without_vessel_agent
from diplowatch.extract.victims import (
    commented_phrase,
    commented_phrase_sides,
    comments_on_struck,
)
from diplowatch.extract.victims_only import (
    _ACCIDENT_WORD,
    _ARMED_FORCES,
    _UNNAMED_ATTACKERS,
    ARMED,
    _attack_told,
    _struck_last,
    _victims_only,
)
from diplowatch.extract.writer_talks import drop_writer_talks
from diplowatch.lang.agent_fields import shared_set
from diplowatch.model import Actor, Event, Evidence
from diplowatch.text.normalize import Normalized, normalize
from diplowatch.text.punctuation import QUOTE_PAIRS, SENTENCE_STOPS
from diplowatch.text.segment import clause_pieces, evidence_span, layout_of, sentence_spans
from diplowatch.text.words import WORD_RUN as _WORD
from diplowatch.text.words import governed as word_governed

EXTRACTOR_VERSION = "1"
# mendA95: quote marks read as spaces where a list's governing preposition is sought
_QUOTES_OUT = str.maketrans(dict.fromkeys([*QUOTE_PAIRS, *QUOTE_PAIRS.values()], " "))

# What the rules below need to know of each event type (``event_types.TRAITS``).
ONE_SIDED = having("one_sided")
COOPERATIVE = having("cooperative")
TOLD_AGAIN = having("told_again")
SLOGANS = having("slogan")
PLACE_SIDES = having("place_side")
MULTILATERAL = having("multilateral")
FORCE = having("force")
# physical deeds: the infinitive of one is its noun ("کشته شدن"); that of a
# saying keeps the clause's subject ("با متهم کردن ایران": by accusing Iran)
DEEDS = having("deed")
ELABORATED = having("elaborated")
COVERS_COOPERATION = having("covers_cooperation")
# Actor hits whose words are a name or a title: a trigger word inside one
# ("نداء تونس" is a party, not an appeal) is no trigger.
NAME_KINDS = {"state", "igo", "person", "group", "role", "institution", "capital", "city"}
# How many sentences after an event's may elaborate on it ("the agreements
# cover …": its sectors and sums).
ELABORATING = 2


@dataclass
class Extraction:
    events: list[Event]
    annotations: list[dict[str, object]]


# Sort keys and readers of hits and mentions, in C: they run for every hit.
_START = attrgetter("start")
_END = attrgetter("end")


def _bucket(items: list, spans: list[tuple[int, int]]) -> list[list]:
    """Distribute items (hits or mentions, by start) into sentence spans (linear merge)."""
    out: list[list] = [[] for _ in spans]
    j, n = 0, len(spans)
    for item in sorted(items, key=_START):
        pos = item.start
        while j < n and spans[j][1] <= pos:
            j += 1
        if j == n:
            break
        if spans[j][0] <= pos:
            out[j].append(item)
    return out


def extract_document(
    text: str, norm: Normalized | None, lang: str, published: str | None, title: str | None = None
) -> Extraction:
    """Events and highlight annotations of one document (see module docstring)."""
    norm = norm or normalize(text)
    doc = _Document(text, norm, lang, lexicon(lang), context(lang))
    spans = sentence_spans(norm.text, lang, layout_of(text, norm))
    if not spans:
        return Extraction([], [])
    layers, actor_hits, words = _scan_document(doc, spans)
    triggers, force = _document_triggers(doc, layers, actor_hits)
    if not triggers:  # no sentence can tell an event: its actors need no reading
        return Extraction([], [])
    found = _find_actors(doc, published, [start for start, _ in spans], layers, actor_hits, words)
    sentences = _sentences(doc, found, spans, triggers, force)
    title_codes = _title_codes(title, lang, doc.ctx, doc.lex) if title else []
    doc.pair = main_pair(found.mentions, title_codes)
    _assign_participants(doc, found, _in_reach(sentences), _filled_reach(sentences, doc))
    ctx = doc.ctx
    states = counted_states(sentences, doc.ntext, lang, ctx.coordinators, ctx.adjacent_coordinated)
    for sentence, mentions in zip(sentences, states, strict=True):
        sentence.mentions = owned_by_named(mentions, doc.ntext, ctx.vessel_owner_cues)
    doc.anchor = date.fromisoformat(published) if published else None
    events, annotations = _read_sentences(doc, sentences)
    return Extraction(
        without_vessel_agent(merge_events(own_people_places_out(events))), annotations
    )


def _counted_only(hits: list[Hit], ntext: str, lang: str) -> list[Hit]:
    """Actor hits without the counted nouns no number stands before
    ("سه فعال" three activists; "فعال" alone is "active")."""
    return [h for h in hits if COUNTED not in h.entry.extra or counted(ntext, h.start, lang)]


def _scan_document(
    doc: _Document, spans: list[tuple[int, int]]
) -> tuple[dict[str, list[Hit]], list[Hit], list[Hit]]:
    """Scan the document once: its hits per layer, its actor hits (names
    learnt from the text among them) and the hits that are words of the
    lexicon (all but the nouns for people, read only next to numbers). An
    apodosis head with no condition in its sentence (``spans``) gives way
    to the modal it hid (``apodosis.unanswered_out``)."""
    text, norm, ntext, lex, ctx = doc.text, doc.norm, doc.ntext, doc.lex, doc.ctx
    # the entry's layer and affix read inline: this runs for every hit
    hits = [
        _verbal_noun(h, ntext, lex) if h.entry.affix == "verb" else h
        for h in scan(ntext, lex)
        if h.entry.layer != EVENT or guard_ok(ntext, h, lex.guard_window, lex.word_prefixes)
    ]
    hits = family_names_out(ntext, hits, ctx)  # "آقای بنت"; elsewhere an ordinary word
    hits = inflicted_out(hits, ntext, ctx)  # "تلفات … به آنان وارد شد": no entry
    hits = adjectives_after_accusatives(hits, ntext, ctx)
    layers = unanswered_out(hits, resolve(hits), ntext, spans, doc.lang)
    if ACTOR in layers:
        layers[ACTOR] = with_shared_heads(
            ntext, layers[ACTOR], lex, ctx.conjunctions, ctx.titles_follow_country
        )
    actor_hits = _counted_only(layers.get(ACTOR, []), ntext, ctx.lang)
    actor_hits = asked_only(actor_hits, ntext, ctx.lang)
    actor_hits = deed_owners_only(actor_hits, ntext, ctx)  # "غارات التحالف"
    if lex.case_sensitive:
        actor_hits = [h for h in actor_hits if _case_ok(h, text, ntext, norm, lex.case_sensitive)]
    if lex.hamza_seats:  # "بفأس" (with an axe) is no "in Fez"
        places = (lex.hamza_seats, lex.hamza_articles, lex.hamza_places)
        actor_hits = hamza_places_out(actor_hits, text, norm, places)
    # nouns for people are read only next to numbers (``counts``)
    words = [h for layer, hits in layers.items() if layer != PERSON for h in hits]
    known = frozenset(map(_START, words)) | frozenset(map(_END, words))
    return layers, proper_names(actor_hits, text, norm, known, ctx.names), words


def _verbal_noun(hit: Hit, ntext: str, lex: Lexicon) -> Hit:
    """A deed's verb trigger in its infinitive ("کشته شدن", the being
    killed) is a verbal noun: marked so that its sides are those its own phrase names,
    as the deed noun's ("مقتل", "the killing of"; ``commented.verbal_nouns``)."""
    if (
        hit.entry.affix != "verb"
        or hit.entry.value not in DEEDS
        or hit.prefix
        or hit.end == hit.base_end
        or ntext[hit.base_end : hit.end] not in lex.infinitive_endings
    ):
        return hit
    before = ntext[max(0, hit.start - 30) : hit.start].split()
    if before and (
        before[-1] in lex.progressive_markers or " ".join(before[-2:]) in lex.progressive_markers
    ):
        return hit  # "مشغول خارج کردن … هستند": the clause's verb, going on
    return replace(hit, entry=replace(hit.entry, extra=(*hit.entry.extra, VERBAL_NOUN_MARK)))


def _find_actors(
    doc: _Document,
    published: str | None,
    sentence_starts: list[int],
    layers: dict[str, list[Hit]],
    actor_hits: list[Hit],
    words: list[Hit],
) -> _Actors:
    """Read the document's actor mentions from its scan (a title joins no
    name or country across a sentence end)."""
    ntext, ctx = doc.ntext, doc.ctx
    # Undated, a person is taken in his latest office (the years an article
    # names were tried as a guess and picked wrong offices on the dev set).
    on = date.fromisoformat(published) if published else None
    known_words = frozenset(map(_START, words))
    mentions = _mentions(doc, layers, actor_hits, (on, sentence_starts, known_words))
    mark_datelines(ntext, mentions)
    mark_report_places(ntext, mentions, ctx)
    places = home_places(ntext, actor_hits, ctx)
    home = home_code(mentions, ctx, ours=any(h.entry.kind == "ours" for h in actor_hits))
    # unplaced police or protesters act at the dateline, else (HOME_FOR_AGENTS) at home
    dateline = dateline_code(ntext, mentions) or (home if ctx.home_for_agents else "")
    mentions = add_home_mentions(ntext, mentions, actor_hits, home, phrase_stops(ctx))
    this_country_owners(ntext, mentions, ctx)
    # "تحریم‌ها علیه این کشور": a bare "this country" as a side is its antecedent
    mentions = this_country_sides(ntext, mentions, ctx)
    _movements_in_power(mentions, published)
    mentions = _named_again(doc, mentions, words, known_words, sentence_starts)
    for m in mentions:
        if m.name_span:  # names are reported as written, not as normalised
            m.name = _written_name(m, doc)
    # "the country" alone speaks of "our country" even where no home is named
    ours_code = home or home_code(mentions, ctx, ours=True)
    homes = tuple((h.start, h.end, ours_code) for h in places) if ours_code else ()
    return _Actors(layers, actor_hits, mentions, home, dateline, homes)


def _named_again(
    doc: _Document,
    mentions: list[Mention],
    words: list[Hit],
    known_words: frozenset[int],
    sentence_starts: list[int],
) -> list[Mention]:
    """``mentions`` with what the document names again after naming it in
    full: a name learnt from its first mention, a surname alone, a group's
    head, a person held, a former office-holder, one of two twin states."""
    text, norm, ntext, ctx = doc.text, doc.norm, doc.ntext, doc.ctx
    mentions = learn_names(ntext, text, norm, mentions, ctx, known_words)
    # "Bennett" alone is Naftali Bennett, "الحركة" alone the "حركة النهضة" named
    mentions = learn_surnames(ntext, text, norm, mentions, ctx, known_words)
    mentions = named_again(ntext, mentions, ctx.lang, words)
    mentions = held_persons(ntext, mentions, ctx.lang)  # "آقای طالبی را بازداشت کرد"
    mentions = bare_held_persons(ntext, mentions, ctx.lang)  # "… آقای زم … زم را بازداشت کرد"
    former_again(mentions, sentence_starts)  # "former … Sarkozy. Sarkozy said"
    twin_states(ntext, mentions, ctx.lang)  # "الزعيم الكوري" in an article on the North
    return mentions


def _subject_verbs(triggers: list[Hit], ntext: str, ctx: Context) -> frozenset[int]:
    """Where the triggers in a verb's form begin ("أدانوا"): such a verb ends
    the phrase of an agent noun before it (``MentionScan._verb_after_agent``).
    Not one with an object pronoun glued to it ("مقاتلين تدعمهم الولايات
    المتحدة", "اللاجئون الذين استقبلتهم الأمم المتحدة"): the noun before it
    is whom it acted on, a description (subject50ar)."""
    pronouns = ctx.syntax.object_pronouns
    return frozenset(
        h.start
        for h in triggers
        if h.entry.affix == "verb"
        and not (pronouns and ntext[h.base_end : h.end].endswith(pronouns))
    )


def _mentions(
    doc: _Document,
    layers: dict[str, list[Hit]],
    actor_hits: list[Hit],
    where: tuple[date | None, list[int], frozenset[int]],
) -> list[Mention]:
    """The actor mentions of the scan (``where``: the date offices are read
    on, the sentence starts and the known words); the event triggers end a
    title's chain ("the president met opposition leaders")."""
    on, sentence_starts, known_words = where
    ambiguous = doc.lex.ambiguous - doc.ctx.names.by_neighbours
    triggers = [h for h in layers.get(EVENT, []) if h.entry.kind == "trigger"]
    verbs = frozenset(h.start for h in triggers)
    verb_forms = _subject_verbs(triggers, doc.ntext, doc.ctx)
    cues = layers.get(CUE, [])
    args = (ambiguous, on, sentence_starts, known_words, verbs, verb_forms)
    return find_mentions(doc.ntext, actor_hits, cues, doc.ctx, *args)


def _written_name(m: Mention, doc: _Document) -> str:
    """``m``'s name as the text writes it; one matched with its article
    contracted after the preposition "ل" is shown with the article
    ("للأمير محمد" names "الأمير محمد"), as a reader would cite it."""
    start, end = m.name_span or (m.start, m.end)
    article, after_lam = doc.lex.article
    if not (m.contracted and article and after_lam):
        return doc.text_of(start, end)
    return article + doc.text_of(start + len(after_lam), end)


def _sentences(
    doc: _Document,
    found: _Actors,
    spans: list[tuple[int, int]],
    triggers: list[Hit],
    force: list[Hit],
) -> list[Sentence]:
    """The sentences with their triggers (``_document_triggers``), mentions,
    sectors and cues; the mentions inside a source clause ("according to X")
    marked as sources."""
    sentences = _bucketed_sentences(doc, found, spans, triggers)
    if doc.ctx.first_person_verbs or doc.ctx.carry_joins:
        # carry_joins: a sentence opening on a joined verb (carried_subject)
        _mark_told_speakers(doc, found, spans, sentences)
    _mark_words(sentences, spans, found, force)
    _mark_source_clauses(doc, sentences)  # every sentence: the main pair counts no source
    return sentences


def _bucketed_sentences(
    doc: _Document, found: _Actors, spans: list[tuple[int, int]], triggers: list[Hit]
) -> list[Sentence]:
    """One ``Sentence`` per span with the document's triggers, mentions,
    sectors, cues and both-sides words that fall in it, bucketed once by
    position (``_bucket``) rather than filtered per sentence."""
    layers = found.layers
    sector_hits = _sector_hits(doc, found)
    both_sides = [h for h in found.actor_hits if h.entry.kind == "both_sides"]
    mirrors = [h for h in found.actor_hits if h.entry.kind == "counterpart"]
    sentences = [
        Sentence(
            start,
            end,
            trig,
            mentions,
            sectors,
            cues,
            bool(both),
            counterpart=_uses_counterpart(doc, start, end, trig, bool(mirror)),
        )
        for (start, end), trig, mentions, sectors, cues, both, mirror in zip(
            spans,
            _bucket(triggers, spans),
            _bucket(_with_referents(doc, found, spans), spans),
            _bucket(sector_hits, spans),
            _bucket(layers.get(CUE, []), spans),
            _bucket(both_sides, spans),
            _bucket(mirrors, spans),
            strict=True,
        )
    ]
    return sentences


def _sector_hits(doc: _Document, found: _Actors) -> list[Hit]:
    """The words of a sector, but those inside an office's title."""
    hits = [h for h in found.layers.get(SECTOR, []) if h.entry.kind == "sector"]
    return _drop_title_words(hits, found.actor_hits, doc.ntext, doc.ctx)


def _uses_counterpart(doc: _Document, start: int, end: int, trig: list[Hit], mirror: bool) -> bool:
    """Whether a sentence may use the article's pair: only one with a
    trigger (the others are not split into words), that names a counterpart,
    refers back by an anaphor, or whose nouns refer back to a deed told before."""
    ctx = doc.ctx
    return bool(trig) and (
        mirror
        or _anaphoric(doc.ntext, start, end, ctx.anaphors)
        or (ctx.nouns_refer_back and _told_before(trig))
    )


def _mark_told_speakers(
    doc: _Document, found: _Actors, spans: list[tuple[int, int]], sentences: list[Sentence]
) -> None:
    """Each sentence's speaker read on from an earlier one: only a language
    whose verbs carry the person does so (``parties._speaker_in_first_person``),
    and only a sentence with a trigger reads it."""
    asked = [bool(s.triggers) for s in sentences]
    speakers = told_speakers(doc.ntext, found.mentions, spans, asked)
    for s, speaker in zip(sentences, speakers, strict=True):
        s.told_speaker = speaker


def _with_referents(doc: _Document, found: _Actors, spans: list[tuple[int, int]]) -> list:
    """The mentions with the referents of pronouns opening a sentence that
    reports no speech (``referents.pronoun_referents``)."""
    pronouns = doc.ctx.pronoun_subjects
    if not pronouns:
        return found.mentions
    said = [c.start for c in found.layers.get(CUE, []) if c.entry.kind in SAYING_CUES]
    oblique = (doc.ctx.oblique_preps, doc.ctx.oblique_breaks)
    return pronoun_referents(doc.ntext, found.mentions, spans, pronouns, said, oblique)


def _mark_words(
    sentences: list[Sentence], spans: list[tuple[int, int]], found: _Actors, force: list[Hit]
) -> None:
    """Give each sentence the spans of its nouns for people and its agents,
    the starts of its deeds of force and of every event word it names."""
    layers = found.layers
    agents = [
        h
        for h in found.actor_hits
        if h.entry.kind == "state_adj" or (h.entry.kind == "agent" and "owned" not in h.entry.extra)
    ]
    named = [h for h in layers.get(EVENT, []) if h.entry.kind in ("trigger", CLOSED)]
    for s, nouns, doers, words, hits in zip(
        sentences,
        _bucket(layers.get(PERSON, []), spans),
        _bucket(agents, spans),
        _bucket(force, spans),
        _bucket(named, spans),
        strict=True,
    ):
        s.people = [(h.start, h.end) for h in nouns]
        s.agents = [(h.start, h.end) for h in doers]
        s.force_words = [h.start for h in words]
        s.named = tuple(h.start for h in hits)


def _document_triggers(
    doc: _Document, layers: dict[str, list[Hit]], actor_hits: list[Hit]
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
    doc: _Document, layers: dict[str, list[Hit]], actor_hits: list[Hit]
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
    # a deed a stated readiness offers is no aim (types74fa: ``offered``)
    spared = [t for t in triggers if offered_deed(t, ntext, ctx)]
    topical = [t for t in triggers if t not in spared]
    topical = drop_topics(topical, ntext, ctx.topic_markers, ctx.topic_joins, ctx.topic_kind_heads)
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


def _mark_source_clauses(doc: _Document, sentences: list[Sentence]) -> None:
    """Mark the mentions inside a source clause ("according to X") as
    sources: who reports an event is no party to it."""
    ctx = doc.ctx
    for s in sentences:
        if not s.mentions:  # speed74a: nobody to mark (the spans are read for nothing)
            continue
        sources = source_spans(
            doc.ntext,
            s.start,
            s.end,
            s.cues,
            s.triggers,
            ctx.clause_punct,
            ctx.source_openers,
            ctx.subordinators,
            ctx.opening_participles,
        )
        # the medium a statement is told to: the main pair counts it no more
        sources += addressed_media(s, doc.ntext, ctx.cited_agents, ctx.addressee_markers)
        if ctx.medium_appositions:
            # reporters73: the medium's apposition is part of its source clause
            sources = [
                (a, apposition_end(s, doc.ntext, b, ctx.medium_appositions)) for a, b in sources
            ]
        mark_sources(s.mentions, sources)


def _told_before(triggers: list[Hit]) -> bool:
    """Whether every event of the sentence is talks or an agreement told by a noun
    ("the negotiations will be held on Monday", "المفاوضات ستجري …"): the deed
    the article is about, whose main pair may fill the side not named (in a
    language that tells new deeds by verbs: ``context.JOINT_NOUNS_REFER_BACK``)."""
    return bool(triggers) and all(
        t.entry.affix == "noun" and t.entry.value in TOLD_AGAIN for t in triggers
    )


def _anaphoric(ntext: str, start: int, end: int, anaphors: frozenset[str]) -> bool:
    """Whether the sentence names its subject by a word pointing back to an
    earlier sentence ("يزور سموه", ``context.ANAPHORIC_SUBJECTS``)."""
    return bool(anaphors) and not anaphors.isdisjoint(ntext[start:end].split())


def _in_reach(sentences: list[Sentence]) -> list[Sentence]:
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


def _filled_reach(sentences: list[Sentence], doc: _Document) -> list[Sentence]:
    """The sentences of ``_in_reach`` whose participants are read later: those
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


def _drop_sources(doc: _Document, found: _Actors, sentences: list[Sentence]) -> None:
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


def _sending_types() -> frozenset[str]:
    """The types of sending troops (``xx/agents.SENDING_TYPES``): a trigger of
    another type makes the sending what it is about (``participants._near``).
    Read once (``shared_set``), not for every document."""
    return shared_set("SENDING_TYPES")


def _assign_participants(
    doc: _Document, found: _Actors, sentences: list[Sentence], to_fill: list[Sentence]
) -> None:
    """Drop the sources from each sentence's mentions and give a country to
    those written without one (``participants.fill_codes``) in the sentences
    ``to_fill`` (``_filled_reach``)."""
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
    sending = _sending_types()
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


def _no_side_words(s: Sentence, doc: _Document) -> list[Mention]:
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


def _read_sentences(
    doc: _Document, sentences: list[Sentence]
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


def _sums_of(s: Sentence, doc: _Document) -> list:
    """The sums the sentence names, its mentions inside one dropped ("دولار
    أمريكي" names a currency, not the United States). Read only where an
    event may take them: reading money is costly and most sentences tell none."""
    amounts = doc.money_in(s)
    if amounts:
        s.mentions = [m for m in s.mentions if not any(x.start <= m.start < x.end for x in amounts)]
    return amounts


def _new_events(s: Sentence, doc: _Document, told: set[str], with_sum: bool) -> list[Event]:
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
    new_events: list[Event], s: Sentence, doc: _Document, amounts: list, sector_keys: list[str]
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
    s: Sentence, doc: _Document, recent: list[Event], sector_keys: list[str], amounts: list
) -> None:
    """A sentence with no event of its own elaborates on the ``recent``
    events: its areas (where it names a scope of them) and its sums."""
    if not _has_any(doc.ntext[s.start : s.end], doc.ctx.sector_scope):
        sector_keys = []
    for ev in recent:
        if ev.type in ELABORATED:
            ev.sectors = list(dict.fromkeys(ev.sectors + sector_keys))
    elaborate(recent, amounts, doc.text_of)


def _reported_triggers(s: Sentence, doc: _Document, told: set[str], with_sum: bool) -> list[Hit]:
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
    if not triggers or not (lex.vetoes or lex.timed_vetoes or lex.object_vetoes):
        return triggers
    # speed78a: the sentence with its bodies' names blanked, built once for the three
    stext = names_blanked(doc.ntext, s)
    if lex.vetoes:
        triggers = [t for t in triggers if not vetoed_in(t, stext, doc.lang)]
    if triggers and lex.timed_vetoes:
        triggers = [t for t in triggers if not time_marked(t, stext, s.start, doc.lang)]
    if triggers and lex.object_vetoes:
        triggers = [t for t in triggers if not object_vetoed(t, stext, s.start, doc.lang)]
    return triggers


def _status(trig: Hit, s: Sentence, doc: _Document) -> str | None:
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


def _ahead(trig: Hit, s: Sentence, doc: _Document) -> bool:
    """A date ahead of publication (``dated_ahead``), a future verb of
    taking place closing the noun's clause or "imminent" qualifying the noun
    (``closing_future``) tells the deed for later."""
    if doc.dated_ahead(s, trig) or told_imminent(trig, s, doc.ntext, doc.lang):
        return True
    ctx = doc.ctx
    words = (ctx.conjunctions, ctx.light_verbs, ctx.occurrence_not_after)
    return closed_ahead(trig, s, doc.ntext, doc.lang, words)


def _type_and_status(
    trig: Hit, s: Sentence, doc: _Document, candidates: list[Hit]
) -> tuple[str, str] | None:
    """The trigger's type and status as told (None: no event). Sanctions
    announced for the future are a threat (PLOVER); so is a harm promised
    only on a condition ("سيعدمونه ما لم …", "will kill them unless …":
    ``threatened_on_condition``), made now, and told once where a threat
    word of the sentence tells it already."""
    etype, status = trig.entry.value, _status(trig, s, doc)
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


def _speaker_blames(trig: Hit) -> bool:
    """Whether the trigger is a deed the speaker blames a side for
    (``REPORTED_ONLY_MODES``: "said that Iran had violated the deal"): the
    speaker is the accuser, the clause's subject the accused."""
    return bool(trig.entry.extra) and trig.entry.extra[0] in REPORTED_ONLY_MODES


def _untold_breach(trig: Hit, s: Sentence, doc: _Document) -> bool:
    """Whether ``trig`` is of a mode of ``REPORTED_ONLY_MODES`` and stands
    outside any reported speech or quotation of its sentence
    (``parties.quote_start``): a fact told, with no speaker who blames."""
    if not trig.entry.extra or trig.entry.extra[0] not in REPORTED_ONLY_MODES:
        return False
    return quote_start(doc.ntext, s.start, trig.start, s.cues) is None


def _sentence_events(s: Sentence, doc: _Document) -> list[Event]:
    """The events of one sentence: per trigger that reports an event, its
    status, date and participants, one event per side."""
    pools = sentence_pools(s, doc)
    if pools is None:
        return _sideless(s, doc)
    candidates, stated, reactions = _candidates(s, doc)
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
        read = _type_and_status(trig, s, doc, candidates)
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
        sideless += [(trig, etype, status, when)] if not people and etype != _SEIZED else []
        sides = _event_sides(s, doc, trig, etype, people, clauses)
        sides = _protest_demand(trig, etype, sides, people, protests, doc)
        # mendE97: "رئیس مجلس ایران … ایران و آمریکا": the bare state is his
        sides = own_state_absorbed(sides)
        for side in sides:
            if claimed is not None and etype in CLAIMED_TYPES:
                side = claimed_side(side, trig, claimed)
            key = (etype, mode, status, frozenset(unit(x) for x in side))
            if key not in seen:
                seen.add(key)
                event = _side_event(s, doc, trig, (etype, mode, status, when), side, pools)
                out += [(event, trig)] if event is not None else []
    out += _unnamed_deed(s, doc, sideless, [e for e, _ in out])
    return _finished(s, doc, out)


def _protest_demand(
    trig: Hit,
    etype: str,
    sides: list[list[Mention]],
    people: list[Mention],
    protests: list[tuple[int, list[Mention]]],
    doc: _Document,
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


def _finished(s: Sentence, doc: _Document, out: list[tuple[Event, Hit]]) -> list[Event]:
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
    return victims_apart(speakers_struck(s, doc.ntext, events, kept, doc.ctx)) + blames


def _sideless(s: Sentence, doc: _Document) -> list[Event]:
    """The events of a sentence that names nobody: only a deed of force
    whose doer and target it leaves unnamed (``_unnamed_deed``)."""
    if not any(t.entry.value in SIDELESS_TYPES for t in s.triggers):
        return []
    candidates = _candidates(s, doc)[0]
    told = []
    for trig in candidates:
        read = _type_and_status(trig, s, doc, candidates)
        if read is not None:
            told.append((trig, read[0], read[1], doc.date_of(s, trig, read[1])))
    return [e for e, _ in _unnamed_deed(s, doc, told, [])]


def _sides_unknown(ev: Event) -> bool:
    """Whether the event names none of its sides (``_unnamed_deed``): "this
    attack" in a later sentence may still tell who did it to whom."""
    return all(a.code is None and a.agent == _UNNAMED_ATTACKERS for a in ev.actors)


def _sideless_form(trig: Hit, doc: _Document) -> bool:
    """Whether the text from the trigger on is written as a deed that stands
    with no side (``context.SIDELESS_DEEDS``: a thing struck, a blast), or
    as an attack a comment is about (``COMMENTED_SIDELESS_DEEDS``). A
    commented deed after a demonstrative ("این انفجار را محکوم کرد") points
    back to one told before: no new deed (as "condemned the bombing")."""
    ctx, at = doc.ctx, trig.start
    if trig.entry.value == _SEIZED:
        return _seizure_form(trig, doc)
    if not is_commented(trig):
        return any(doc.ntext.startswith(form, at) for form in ctx.sideless_deeds)
    before = _WORD.findall(doc.ntext[max(0, at - _POINTER_REACH) : at])[-1:]
    if before and before[0] in ctx.demonstratives:
        return False
    forms = ctx.sideless_deeds + ctx.commented_sideless
    return any(doc.ntext.startswith(form, at) for form in forms)


def _seizure_form(trig: Hit, doc: _Document) -> bool:
    """Whether a seizure or arrest is told in the passive with no side
    (``context.SIDELESS_SEIZURES``), from the trigger or from the word just
    before it: the auxiliary "تم" stands outside the trigger "حجز"."""
    ntext, forms = doc.ntext, doc.ctx.sideless_seizures
    before = _LAST_WORD.search(ntext, max(0, trig.start - _POINTER_REACH), trig.start)
    starts = (trig.start, before.start()) if before else (trig.start,)
    return any(ntext.startswith(form, at) for at in starts for form in forms)


def _unnamed_deed(
    s: Sentence, doc: _Document, told: list[tuple[Hit, str, str, str | None]], made: list[Event]
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
            actors=[Actor(None, agent=_SEIZERS if etype == _SEIZED else _UNNAMED_ATTACKERS)],
            date=when,
            location=None,
            evidence=_evidence(doc.text, doc.norm, s, trig, []),
            trigger=doc.text_of(trig.base_start, trig.base_end),
        )
        return [(event, trig)]
    return []


def _event_sides(
    s: Sentence,
    doc: _Document,
    trig: Hit,
    etype: str,
    people: list[Mention],
    clauses: list[Clause],
) -> list[list[Mention]]:
    """The sides of one trigger's event: an opening participle's, a tour's
    stops (each a host: "پس از عراق به اردن و مصر سفر می‌کند") or the
    generic split's; a visit's destinations the split left out are each a
    host too ("… به قزاقستان و ازبکستان سفر می‌کند")."""
    mode = trig.entry.extra[0]
    deeds = frozenset(t.end for t in s.triggers) if etype in COMMENTS else frozenset()
    # "… وهددت إيران …", "… and police arrested …": the new clause's subject
    people = joined_clause_people(s, trig, etype, people, doc.ntext, doc.ctx)
    told = told_after_hope(trig, s, doc.ntext, bounds_of(doc.lang))
    if told is not None:  # "hopes … as Russian jets struck Idlib": not the hoper's deed
        people = [m for m in people if m.start >= told]
    demanded = demand_sides(s, trig, people, doc.ntext, doc.ctx) if mode == DEMAND else None
    if demanded is not None:
        return demanded
    sides = (
        clause_sides(trig, etype, (people, s.mentions), clauses, doc.ntext, doc.ctx)
        or _opener_sides(s, doc, trig, people)
        or (carried_sides(s, trig, people, doc.ntext, doc.ctx) if etype not in SYMMETRIC else None)
        or (tour_sides(trig, people, s, doc.ntext, doc.ctx) if mode in VISITS else None)
        or _sides(doc, trig, etype, people, deeds, s.mentions, s)
    )
    if mode in VISITS:
        sides = left_destinations(trig, people, sides, s, doc.ntext, doc.ctx)
    return sides


def _trigger_people(
    s: Sentence,
    doc: _Document,
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
    people = unsent_sides(people, etype in _sending_types())
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


def _no_attacker(s: Sentence, doc: _Document) -> bool:
    """Whether a sentence tells a disaster or an accident (``status.DISASTER_CUES``:
    a flood, a fuel tanker that exploded, a building that collapsed) with no
    one's use of force: no armed actor named and no word of an attack of its
    own (``status.ATTACK_CUES``: a car bomb, a suicide bomber, gunmen who set
    fire). Such deaths have no attacker, so they are no ASSAULT. A
    shooting called an accident (``status.ACCIDENT_CUES``: "a shooting
    accident") is one too: its attack word is cancelled (mendA70). A
    vehicle with its driver named ("سيارة مستوطن", "توسط شهرک‌نشینان") may
    have been driven at someone: no accident told (``driver_named``, mendA86)."""
    kinds = {c.entry.kind for c in s.cues}
    if not {"disaster", _ACCIDENT_WORD} & kinds or _attack_told(s):
        return False
    if driver_named(s.mentions, doc.ntext, doc.ctx.driver_markers):
        return False
    return not any(m.agent in ARMED for m in s.mentions)


def _candidates(s: Sentence, doc: _Document) -> tuple[list[Hit], set[int], list[Hit]]:
    """The triggers that stand for events, the starts of those whose
    participants are stated after them ("the release of prisoners by X"),
    and the sentence's reactions."""
    ntext, ctx = doc.ntext, doc.ctx
    candidates, stated = _not_objects(s, doc)
    if _no_attacker(s, doc):
        # "an earthquake struck southern Turkey, killing 40": no attack
        candidates = [t for t in candidates if t.entry.value not in FORCE]
    # what a recalled reaction asked or alleged is no event either; where
    # the verb closes the clause, what a demand told as an obligation asks
    # ("… باید سفرهایی انجام می‌شد و سفرها انجام شده است") is read by its
    # cue alone (``status.CONDITIONAL_CUES``): a deed told after it stays
    asked = [t for t in candidates if t.entry.value in REACTIONS and not _obliged(t, ctx)]
    candidates = _not_history(s, doc, candidates)
    reactions = [t for t in candidates if t.entry.value in REACTIONS]
    unreal = _unreal_starts(s, doc)
    candidates = [
        t
        for t in candidates
        if not named_as_topic(t, candidates, ntext, ctx)
        and t.start not in unreal
        and not may_happen(t, s, ntext, ctx)
        and not in_title(t, s, ntext)
        and not held_by_class(t, ntext, ctx)
        and not hosts_crowd(t, ntext, ctx, s.mentions)
        and not standing_relative(t, s, ntext, doc.lang)
        and not endangers_good(t, ntext, doc.lang)
        and not summit_setting(t, candidates, ntext, ctx, s.mentions)
    ]
    candidates = victims_described(candidates, s, ntext, ctx)
    candidates = strikers_named(candidates, s, ntext, ctx)
    return _told_once(candidates, s, doc, asked, stated), stated, reactions


def _unreal_starts(s: Sentence, doc: _Document) -> set[int]:
    """Where the sentence's triggers start that tell no deed done: what
    might, must or should happen (``hypothetical_starts``), and a deed whose
    subject is only guessed or told by a modal (``guessed_subject``,
    ``modal_subject``), or that stands in the verb-final clause an
    obligation governs (``obliged_in_clause``), or that an Arabic "may"
    verb may bring about (``may_outcome``)."""
    ntext, ctx = doc.ntext, doc.ctx
    glued = frozenset(p for p in doc.lex.contracted_prefixes if p in ctx.conjunctions)
    unreal = hypothetical_starts(
        s.triggers,
        s,
        ntext,
        ctx.conjunctions,
        glued,
        ctx.verb_final,
        ctx.wish_object_prefixes,
        ctx.wish_not_objects,
        bounds_of(doc.lang),
        PermissionReach(ctx.permitted_verb_leads, ctx.permission_stops, ctx.permitted_deed_results),
    )
    courses, relatives = ctx.syntax.course_words, ctx.syntax.relatives
    unreal |= {t.start for t in s.triggers if guessed_subject(t, s, ntext, courses, relatives)}
    unreal |= {t.start for t in s.triggers if modal_subject(t, s, ntext, ctx)}
    unreal |= {t.start for t in s.triggers if obliged_in_clause(t, s, ntext, ctx)}
    unreal |= {t.start for t in s.triggers if may_outcome(t, s, ntext, ctx)}
    return unreal


def _obliged(t: Hit, ctx: Any) -> bool:
    """Whether ``t`` is a demand told as an obligation in a verb-final
    language ("آمریکا باید …"), whose object is read by the obligation's
    cue and not silenced as asked (``_candidates``)."""
    return bool(ctx.verb_final) and t.entry.extra[0] == DEMAND


def _told_once(
    candidates: list[Hit], s: Sentence, doc: _Document, asked: list[Hit], stated: set[int]
) -> list[Hit]:
    """``candidates`` without the triggers another one already tells: a
    protest's slogans, what a recalled reaction asked, the cooperation a
    meeting or a deal covers, and what agreeing or replying makes one event
    with it (``agreed_content_out``)."""
    ntext, ctx = doc.ntext, doc.ctx
    if asked:
        held = _held_meetings(candidates, asked, s, doc)
        candidates = _not_asked(candidates, asked, ntext, ctx, held)
    # only a protest still told silences the demands after it (types59fa: a
    # strike read as what "خواستار … شدند" asks made the demand a slogan of
    # no protest, and the sentence lost both)
    first = min((t.start for t in candidates if t.entry.value == "PROTEST"), default=None)
    if first is not None:
        candidates = [
            t
            for t in candidates
            if t.entry.value not in SLOGANS
            or t.start < first
            or ntext[t.start : t.end] in ctx.own_demands
        ]
    # "pledged to send aid": the aid, no agreement besides
    pledged = pledged_verbs(candidates, ntext, ctx.pledge_verbs, ctx.pledge_content_openers)
    candidates = [t for t in candidates if t.start not in pledged]
    if {t.entry.value for t in s.triggers if t.start not in pledged} & COVERS_COOPERATION:
        # "discussed/agreed to strengthen cooperation" is one event.
        candidates = [t for t in candidates if t.entry.value != "COOPERATE"]
    makers = {t.start for t in candidates if _maker_stated(t, s, ntext, ctx)}
    names = (frozenset(m.start for m in s.mentions), bool(ctx.subject_after_verb))
    return agreed_content_out(
        candidates,
        ntext,
        ctx.verb_final,
        stated | makers,
        ctx.object_markers,
        names,
        ctx.agreed_content_markers,
    )


def _held_meetings(
    candidates: list[Hit], asked: list[Hit], s: Sentence, doc: _Document
) -> frozenset[int]:
    """Starts of the meetings in which a demand or a blame was made ("در
    دیدار با … خواستار … شد", ``nonevents.meeting_occasion``): held, no
    object of that verb (occasion59fa). A meeting told for later ("خلال
    الاجتماع المقبل") is a time inside what is asked, not its occasion."""
    return frozenset(
        t.start
        for t in candidates
        if t.entry.value == "CONSULT"
        and meeting_occasion(t, asked, doc.ntext, doc.ctx)
        and _status(t, s, doc) != "planned"
    )


def _maker_stated(t: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """Whether a noun's doers are stated right after it ("a request by France")."""
    return bool(ctx.syntax.active and stated_doers(t, s.mentions, ntext, ctx.syntax))


def _not_objects(s: Sentence, doc: _Document) -> tuple[list[Hit], set[int]]:
    """The sentence's triggers without those a verb governs as its object
    (the starts of those whose participants are stated after them, too):
    "rejected the sanctions", "رفعت واشنطن العقوبات" (the sanctions lifted
    are no sanction imposed)."""
    ntext, ctx = doc.ntext, doc.ctx
    candidates = s.triggers
    stated: set[int] = set()
    if ctx.syntax.active:
        asked = [t for t in candidates if t.entry.value in REACTIONS]
        held = _held_meetings(candidates, asked, s, doc) if asked else frozenset()
        candidates, stated = governed_out(candidates, s.mentions, ntext, ctx.syntax, s.end, held)
        candidates = verb_objects_out(candidates, ntext, ctx.syntax)
    if ctx.subject_after_verb:
        reach = Reach(
            doc.lex.guard_window, doc.lex.word_prefixes, ctx.object_breaks, ctx.glued_prepositions
        )
        candidates = licensed_objects_out(candidates, ntext, reach)
    return candidates, stated


# The cues a sentence's history reading looks at, joined once, not per cue (speed81).
_HISTORY_KINDS = PAST_KINDS | THAT_KINDS


def _not_history(s: Sentence, doc: _Document, candidates: list[Hit]) -> list[Hit]:
    """``candidates`` but those the sentence tells as history ("a ship they
    seized more than a year ago"); a past cue does not count in a sentence
    dated lately."""
    ntext, ctx = doc.ntext, doc.ctx
    history = [c for c in s.cues if c.entry.kind in _HISTORY_KINDS]
    if any(c.entry.kind in DATED_KINDS for c in history) and dated_lately(
        ntext[s.start : s.end], doc.lang, doc.anchor, doc.ref_year
    ):
        history = [c for c in history if c.entry.kind not in DATED_KINDS]
    history = habit_cues(s, doc, history)
    old = old_year_spans(s, doc)
    if any(c.entry.kind in PAST_KINDS for c in history) or old or ctx.syntax.active:
        some_old = old or OLD_YEAR.search(ntext, s.start, s.end)
        counted = doc.counted_in(s) if OLD_YEAR.search(ntext, s.start, s.end) else []
        recent = recent_date_spans(s, doc) if some_old else []
        candidates = [
            t
            for t in candidates
            if not told_as_history(t, s.triggers, history, ntext, ctx, old, counted, recent)
        ]
    return candidates


def _not_asked(
    candidates: list[Hit],
    asked: list[Hit],
    ntext: str,
    ctx: Any,
    held: frozenset[int] = frozenset(),
) -> list[Hit]:
    """``candidates`` but what a reaction asks, threatens or alleges
    ("demanded the release", "threatened strikes", "accused them of a
    massacre"): the noun is no event that happened."""
    # a threat or blame a refusal answers is the other side's word, not made
    # here ("رفض التهديدات الإسرائيلية")
    candidates = [t for t in candidates if not refused_word(t, asked, ntext)]
    hits = candidates + asked
    return [
        t
        for t in candidates
        # a condemnation asked for ("دعت الحكومة إلى إدانة العدوان") is asked, not made
        if t.entry.value in REACTIONS
        and not asked_for(t, asked, ntext, ctx)
        and not asked_reaction(t, hits, ntext, ctx)
        or (
            t.entry.affix == "verb"
            and not content_of(t, asked, ntext, ctx)
            and not (infinitive_form(t, ntext, ctx) and _object_of(t, asked, ntext, ctx))
        )
        or (t.entry.affix != "verb" and not _object_of(t, asked, ntext, ctx, held))
    ]


def _object_of(
    t: Hit, asked: list[Hit], ntext: str, ctx: Any, held: frozenset[int] = frozenset()
) -> bool:
    """Whether ``t`` is what one of ``asked`` takes as its object, a noun's
    or an infinitive's place ("از آزاد کردن زندانیان امتناع کرد": the
    release refused, as "از آزادی زندانیان خودداری کرد"). A protest after
    words of its occasion ("در تجمعی … خواستار … شدند") was held, not asked,
    and so was a meeting in which the demand or blame was made ("در دیدار
    با … خواستار … شد", occasion59fa)."""
    if t.start in held:
        return False
    means = ctx.means_openers
    if t.entry.value == "PROTEST":
        means = means | ctx.occasion_openers
    return object_of(
        t, asked, ntext, ctx.verb_final, ctx.conjunctions, ctx.occurrence_not_after, means
    )


def _opener_sides(s: Sentence, doc: _Document, trig: Hit, people: list[Mention]) -> list:
    """The sides of a deed told by an opening participle ("Condemning
    Israel, the Turkish president said …"): the main clause's subject after
    the participle's clause does it to those named inside that clause; the
    comma between them joins no list. [] when the sentence opens otherwise."""
    ntext, ctx = doc.ntext, doc.ctx
    stop = participle_break(ntext, s.start, s.end, trig, ctx.opening_participles, ctx.clause_punct)
    if stop is None:
        return []
    conj, adjacent = ctx.coordinators, ctx.adjacent_coordinated
    inside = coordinated_groups([m for m in people if m.start < stop], ntext, conj, adjacent)
    after = coordinated_groups([m for m in people if m.start > stop], ntext, conj, adjacent)
    if not inside or not after:
        return []
    return [[d, t] for d in after[0] for t in inside[0] if unit(d) != unit(t)]


def _sides(
    doc: _Document,
    trig: Hit,
    etype: str,
    people: list[Mention],
    deeds: frozenset[int] = frozenset(),
    listed: list[Mention] | None = None,
    s: Sentence | None = None,
) -> list[list[Mention]]:
    """``people`` as the sides of the event (one list for symmetric types);
    ``deeds``: where the sentence's triggers end, for a comment, whose object
    may be a deed noun ("از حمایت قطر از … انتقاد کرد"); empty otherwise;
    ``listed``: the sentence's mentions (``_rest_of_governed_list``); ``s``:
    the sentence, whose verbs of saying ``subclause_people`` reads."""
    ntext, ctx = doc.ntext, doc.ctx
    # "X با اشاره به اینکه Y … را تهدید می‌کند": Y's deed, X only tells it
    # mendB79: a teller who only said it is no side of a directed deed; the
    # speaker who blames ("said that Iran had violated …") accuses
    told = s if etype not in SYMMETRIC and not _speaker_blames(trig) else None
    people = subclause_people(trig, etype, people, ntext, ctx, told)
    people = without_relative_aside(trig, people, ntext, ctx)  # "X، که …، با Y"
    people = without_coordinated_partners(people, ntext, ctx, etype in SYMMETRIC)
    sides = None
    if etype not in SYMMETRIC:
        # "…، داعيا الحكومة إلى …": the doer is the earlier clause's subject
        sides = participle_sides(trig, people, ntext, ctx)
        if sides is None:
            # "X مورد حمله Y قرار گرفت": Y, the deed noun's genitive, acted on X
            sides = genitive_agent_sides(trig, people, ntext, ctx)
        if sides is None:
            sides = _word_order_sides(doc, trig, etype, people, deeds)
        if sides is None and not _speaker_blames(trig):
            # "فرانسه آماده است اما ایران … را تهدید کرد": the new clause's subject did it
            sides = lone_subject_sides(trig, etype, people, ntext, ctx)
    if sides is not None:
        return sides
    if _rest_of_governed_list(doc, etype, people, listed):
        return []
    # Only where words stand between an object and its verb (English) are
    # adjacent mentions coordinated; in Arabic "رحبت السعودية بكوريا" they are not.
    bound = frozenset(m.start for m in people[:1] if not _may_lead_list(doc, trig, m))
    doers = _co_doers(doc, trig, etype, people) and (ctx.syntax.active or not bound)
    together = frozenset(ONE_SIDED) if doers else frozenset()
    return split(etype, people, ntext, ctx.coordinators, together, ctx.adjacent_coordinated, bound)


def _co_doers(doc: _Document, trig: Hit, etype: str, people: list[Mention]) -> bool:
    """Whether a list of doers alone does a directed deed each, as states
    acting together are no pair (``participants._lone_group``). English
    has always read them so; codoers94: Arabic and Persian too ("أدانت
    روسيا والصين الانقلاب"), where each alone makes the event
    (``one_sided``), and not for a list an object marker closes ("ایران و
    آمریکا را متهم کرد": both accused) nor for one a preposition governs
    ("از پلیس و وزیر … خواست": those asked; ``_sides``). Nowhere when a
    reciprocal tells them each other's target ("accused each other")."""
    ctx = doc.ctx
    if _reciprocal_after(doc, trig, people):
        return False
    if ctx.syntax.active:
        return True
    if not one_sided(etype, trig.entry.extra[0], ctx):
        return False
    return not _marked_object_list(doc, trig, people) and not _list_apart(doc, trig, people)


def _list_apart(doc: _Document, trig: Hit, people: list[Mention]) -> bool:
    """mendA95: whether the list before the trigger belongs to another
    phrase or clause than the trigger's subject: a preposition governs its
    head even past a quote mark ('از "چین و روسیه" خواست': those asked), or
    a sentence stop parts it from the trigger (a list of the sentence
    before, inside one quotation). Measured and not kept (held-out co-doers
    lost): "بین"/"میان" as governors, a relative clause on the marked object
    ("حمله را که … شد"), a first-person verb ("… تشکر می‌کنم")."""
    before = [m for m in people if m.end <= trig.start]
    if not before:
        return False
    ntext, ctx, head = doc.ntext, doc.ctx, before[0].start
    if SENTENCE_STOPS & set(ntext[before[-1].end : trig.start]):
        return True
    lead = ntext[max(0, head - 120) : head].translate(_QUOTES_OUT)
    return word_governed(lead, 0, len(lead), ctx.list_governors, ctx.list_breaks)


def _reciprocal_after(doc: _Document, trig: Hit, people: list[Mention]) -> bool:
    """Whether a reciprocal (``context.RECIPROCALS``) stands among the
    sides and the trigger or a few words past them."""
    if not people or not doc.ctx.reciprocals:
        return False
    start, end = min(people[0].end, trig.start), max(people[-1].end, trig.end)
    words = _WORD.findall(doc.ntext[start : end + _RECIPROCAL_REACH])
    run = f" {' '.join(words)} "
    return any(f" {r} " in run for r in doc.ctx.reciprocals)


def _marked_object_list(doc: _Document, trig: Hit, people: list[Mention]) -> bool:
    """Whether the last side named before the trigger is followed by an
    object marker (``context.OBJECT_MARKERS``: "ایران و آمریکا را متهم کرد"
    accuses both): the list it closes is the deed's object, no co-doers."""
    before = [m for m in people if m.end <= trig.start]
    if not before or not doc.ctx.object_markers:
        return False
    after = doc.ntext[before[-1].end : trig.end].split()[:1]  # "را عامل": in the trigger
    return bool(doc.ctx.object_markers & set(after))


def _rest_of_governed_list(
    doc: _Document, etype: str, people: list[Mention], listed: list[Mention] | None
) -> bool:
    """Whether ``people`` are what is left of a list that a preposition
    governs once another phrase took its head (types64fa: "ما در هماهنگی
    نزدیک با بریتانیا، اسرائیل و رومانی هستیم و پاسخی … در راه خواهد بود":
    Britain is the coordination's, and Israel and Romania, partners still,
    do no threat), as the whole list does no directed deed (``_lone_group``)."""
    if not listed or not people or etype in SYMMETRIC | DEEDS:
        return False
    ctx = doc.ctx
    groups = coordinated_groups(listed, doc.ntext, ctx.coordinators, ctx.adjacent_coordinated)
    starts = {m.start for m in people}
    group = next((g for g in groups if starts <= {m.start for m in g}), None)
    if group is None or group[0].start in starts:
        return False
    head = group[0].start
    return word_governed(
        doc.ntext, max(0, head - 120), head, ctx.partner_governors, ctx.list_breaks
    )


def _may_lead_list(doc: _Document, trig: Hit, m: Mention) -> bool:
    """Whether ``m`` may open a list of doers that names nobody else
    (``participants.split``): no preposition governs it (``context.
    LIST_GOVERNORS``: "با بریتانیا، اسرائیل و …" are partners), and where
    the subject may follow its verb (Arabic) it stands where a subject does:
    before a verb trigger or right after it ("أدانت إيران وروسيا والصين"),
    not after a noun ("وتلقى إشادة") or far down a verb's clause."""
    ntext, ctx = doc.ntext, doc.ctx
    if word_governed(ntext, max(0, m.start - 120), m.start, ctx.list_governors, ctx.list_breaks):
        return False
    if not ctx.subject_after_verb or m.end <= trig.start and trig.entry.affix == "verb":
        return True
    gap = ntext[trig.end : m.start].split()
    return trig.entry.affix == "verb" and m.start >= trig.end and len(gap) <= SUBJECT_GAP


def _word_order_sides(
    doc: _Document, trig: Hit, etype: str, people: list[Mention], deeds: frozenset[int]
) -> list[list[Mention]] | None:
    """The sides of a one-way event read by the language's own order: around
    the verb where the subject may follow it (Arabic), by the marks of the
    object where objects are marked (Persian); None elsewhere or when the
    reading finds nothing (then the generic split decides)."""
    ctx = doc.ctx
    if ctx.subject_after_verb:
        return _verb_local_sides(doc, trig, people)
    if ctx.target_preps:
        return _marked_sides(doc, trig, etype, people, deeds)
    return None


def _verb_local_sides(
    doc: _Document, trig: Hit, people: list[Mention]
) -> list[list[Mention]] | None:
    """Sides read around the trigger where the subject may follow its verb."""
    ctx = doc.ctx
    # "الوزير الذي دعا الحكومة إلى …": the head before the verb did it
    verb = trig.entry.affix == "verb" and not relative_head_acts(
        trig, people, doc.ntext, ctx.syntax
    )
    return local_split(
        trig.start,
        trig.end,
        people,
        doc.ntext,
        ctx.coordinators,
        verb,
        ctx.adjacent_coordinated,
        ctx.glued_prepositions,
        ctx.may_particles,
    )


def _marked_sides(
    doc: _Document, trig: Hit, etype: str, people: list[Mention], deeds: frozenset[int]
) -> list[list[Mention]] | None:
    """Sides read by the marks of the object: Persian "X از Y تقدیر کرد",
    "تبریک به Y"."""
    ctx = doc.ctx
    return marked_split(
        trig.start,
        trig.end,
        trig.entry.affix != "verb",
        people,
        doc.ntext,
        ctx.coordinators,
        ctx.target_preps,
        ctx.object_markers,
        ctx.adjacent_coordinated,
        ctx.partitives,
        # actors64: a verbal reaction told by an active verb takes no agent
        frozenset() if _spoken_actively(trig, etype, doc) else ctx.syntax.agent_markers,
        ctx.stance_nouns,
        # a deed of force has its own reason phrases (doers.reason_span)
        ctx.reason_openers if etype not in FORCE else frozenset(),
        deeds,
        etype in FORCE,
    )


def _spoken_actively(trig: Hit, etype: str, doc: _Document) -> bool:
    """actors64: whether a verbal reaction (``REACTIONS``: a comment, a call,
    a refusal, a threat) is told by an active verb (``doers.active_verb``).
    Its doer is then the verb's subject, who speaks; a group after "از سوی"
    or "توسط" did the deed it speaks of ("توقیف نفتکش توسط سپاه را رد
    کرد"). A deed of force or a sanction keeps such an agent: intransitive
    compounds take one ("به دست طالبان سقوط کرد")."""
    return etype in REACTIONS and active_verb(trig, doc.ntext, doc.ctx)


def _too_few(
    s: Sentence,
    doc: _Document,
    trig: Hit,
    shown: str,
    mode: str,
    side: list[Mention],
    actors: list[Actor],
) -> bool:
    """Whether ``actors`` make no event: fewer than the type needs (one when
    the deed may stand alone), a side among its own, or a parliament's
    allotment at home (a budget, no aid)."""
    alone = _may_stand_alone(s, doc, trig, shown, mode, side)
    if len(actors) < (1 if alone else 2) or _among_own(mode, actors):
        return True
    return at_home_no_event(shown, actors)


def _side_event(
    s: Sentence,
    doc: _Document,
    trig: Hit,
    reading: tuple[str, str, str, str | None],
    side: list[Mention],
    pools: Pools,
) -> Event | None:
    """The event of one side (``reading``: type, mode, status, date), or
    None when it names too few actors."""
    etype, mode, status, when = reading
    ctx = doc.ctx
    # "the judiciary chief criticised Israel": not Israel's judiciary
    side = counterpart_lent(side, doc.ntext, trig, ctx)
    # 1. the side's actors: its doer first, its unit's other mentions
    side, actors = _side_actors(s, doc, trig, etype, side)
    # 2. the type shown by the source, and the places struck or visited
    shown, actors = _shown_type(s, doc, trig, etype, mode, actors, pools)
    # "مساندته للتحركات الاجتماعية": whom a support of a protest backs
    actors = backed_crowd(shown, s, trig, actors, pools.place, doc.ntext, ctx.backed_links)
    # 3. enough actors make the event
    if _too_few(s, doc, trig, shown, mode, side, actors):
        return None
    implied = _unnamed_doer_first(
        shown,
        trig,
        _list_head(side, s, doc),
        _with_implied(s, doc, trig, shown, mode, side, actors, pools),
        doc,
    )
    if implied is None:
        return None
    return Event(
        type=shown,
        mode=mode,
        status=status,
        actors=forces_alone(shown, in_office(shown, implied, ctx.role_agents)),
        date=when,
        location=pools.location,
        evidence=_evidence(doc.text, doc.norm, s, trig, side),
        trigger=doc.text_of(trig.base_start, trig.base_end),
    )


def _may_stand_alone(
    s: Sentence, doc: _Document, trig: Hit, shown: str, mode: str, side: list[Mention]
) -> bool:
    """Whether one actor makes the event: a one-sided type whose object is
    no condemned genitive, a bloc acting alone, or a comment on a place struck."""
    ctx = doc.ctx
    return (
        (
            one_sided(shown, mode, ctx)
            and not _condemned_genitive(shown, trig, _list_head(side, s, doc), doc.ntext, ctx)
        )
        or _bloc_alone(shown, side)
        or (shown in COMMENTS and comments_on_struck(s, trig, doc.ntext, ctx))
        or asked_at_scene(shown, trig, side, s.mentions, doc.ntext, ctx)
        or asked_beside_content(shown, trig, side, s.mentions, doc.ntext, ctx)
    )


def _unnamed_doer_first(
    etype: str, trig: Hit, side: list[Mention], actors: list[Actor], doc: _Document
) -> list[Actor] | None:
    """``actors`` with an unnamed doer first where their lone side is the
    deed's object (``lone_object``: "او پلیس را تهدید کرد") or the subject
    of its passive ("X متهم شد", ``passive_subject``), or the one a deed was
    done to (``patient_alone``: "the release of X"); None where that
    names no event (a condemnation of a lone object)."""
    if len(actors) == 2 and charged_first(etype, trig, side, doc.ntext, doc.ctx):
        return [unnamed_doer(), actors[0]]  # "X الذي وجهت إليه التهمة": no accuser named
    if len(actors) != 1 or not (actors[0].code or actors[0].agent):
        return actors
    if object_alone(etype, trig, side, doc.ntext, doc.ctx):
        return None if etype in ONE_SIDED_DROPPED else [unnamed_doer(), *actors]
    if passive_subject(etype, trig, side, doc.ntext, doc.ctx):
        return [unnamed_doer(), *actors]  # "X متهم شد": X accused by someone unnamed
    if patient_alone(etype, trig, side, doc.ntext, doc.ctx):
        return [unnamed_doer(), *actors]  # "آزاد شدند", "الإفراج عن X" (lone43)
    return actors


def _with_implied(
    s: Sentence,
    doc: _Document,
    trig: Hit,
    shown: str,
    mode: str,
    side: list[Mention],
    actors: list[Actor],
    pools: Pools,
) -> list[Actor]:
    """``actors`` with the understood sides added (``add_implied``): the
    victims counted or struck alone leave the doer understood; policemen or
    soldiers told as a protest's subject are its crowd (``armed_protesters``),
    named only beside it they are no side of it (``_bystanders_out``)."""
    ctx = doc.ctx
    victims, doer = _victims_or_doer(s, doc, trig, shown, side, actors)
    # a deed of force before the protest ("قمعت الشرطة احتجاجاتهم"): the
    # armed men did it to the protest, whoever owns it
    forced = any(s.start <= w < trig.start for w in s.force_words)
    armed = shown == "PROTEST" and armed_protesters(side, trig, doc.ntext, ctx, forced)
    place = _deed_place(actors, pools)
    if shown in FORCE and not doer:
        told = _attack_told(s)
        actors, victims, place = _places_out(actors, side, trig, doc, (victims, told), place)
    if shown == "PROTEST" and not armed:
        actors, place = _bystanders_out(actors, side, trig, doc, place)
    # a strike with a government actor named keeps the government understood
    rule_mode = side_mode(shown, mode, actors, ctx.lang)
    rule_mode = implied_mode(shown, rule_mode, _named_agents(s))
    rule_mode = captives_mode(shown, rule_mode, side, doc.ntext, ctx.lang)
    out = add_implied(shown, actors, place, ctx.lang, rule_mode, victims, doer)
    if not doer and (victims or attackers_in_deed(side, trig, doc.ntext, ctx)):
        out = _unnamed_attackers_first(out)
    if not doer:
        subjects = verb_subjects(trig, side, doc.ntext, ctx)
        out = own_people_doer_out(shown, mode, out, subjects)
        if _attack_told(s):
            struck = struck_state_codes(side, doc.ntext, ctx)
            where = where_state_codes(side, trig, doc.ntext, ctx)
            out = own_people_first_place_out(shown, out, struck, where)
    if armed:
        return armed_as_crowd(out, actors)
    return crowd_first(shown, out, _keepers_after_noun(side, trig), mode)


def _unnamed_attackers_first(actors: list[Actor]) -> list[Actor]:
    """``actors`` of a deed told of its victims alone with the unidentified
    attackers the sentence names (UAF: "في هجوم إرهابي", "في عملية دهس
    نفذها") first: "قتل 3 جنود في عملية دهس" and "قتل الشرطي في هجوم
    إرهابي" name the soldiers and the policeman struck first, but the
    attackers did the deed (agentsar83). With no victims-only reading an
    armed group named first stays the doer (``doers.attackers_first``)."""
    attackers = [a for a in actors if a.agent == _UNNAMED_ATTACKERS]
    if not attackers or actors[0].agent == _UNNAMED_ATTACKERS:
        return actors
    return attackers + [a for a in actors if a.agent != _UNNAMED_ATTACKERS]


def _victims_or_doer(
    s: Sentence, doc: _Document, trig: Hit, shown: str, side: list[Mention], actors: list[Actor]
) -> tuple[bool, bool]:
    """Whether a deed of force names only its victims (its doer is then
    understood) and whether it names its doer (``_with_implied``)."""
    # "X مورد حمله یک دانشجو قرار گرفت": the counted side inside the passive did it
    named = genitive_agent_sides(trig, side, doc.ntext, doc.ctx) is not None
    # "… به ایران نسبت داده شد": the side the deed is put on did it (sides85)
    named = named or (shown in FORCE and ascribed_doer(side, trig, doc.ntext, doc.ctx))
    victims = shown in FORCE and not named and _victims_only(s, doc, trig, side)
    if victims and _deed_names_doer(s, trig, actors):
        victims, named = False, True  # "غارة جوية": an air force struck
    # "a citizen attacked the doctor": the named doer is no victim of
    # unidentified attackers (sides22)
    force = shown in FORCE and not victims
    return victims, force and (named or doer_named(s, trig, side, doc.ntext, doc.ctx))


def _named_agents(s: Sentence) -> frozenset[str]:
    """The agents of the sentence's mentions that may be sides: a body named
    only as where something happens (a landmark, ``Mention.place``: "کارگران
    در نزدیکی ساختمان شهرداری تجمع کردند", "workers rallied near the
    ministry building") is no government named, so a workers' strike keeps
    no government understood for it (``MODE_RULES_UNLESS_NAMED``)."""
    return frozenset(m.agent or "" for m in s.mentions if not m.place)


def _deed_names_doer(s: Sentence, trig: Hit, actors: list[Actor]) -> bool:
    """Whether the deed's own word is the armed forces' mention ("غارة
    جوية", "حمله هوایی", an air strike: an owned noun of the armed forces,
    ``agents.OWNED_NOUNS``) and the forces are among its actors: the deed
    names its doer, so those it struck, counted or not, leave no
    unidentified attacker understood beside it (agents43ar: "أعلن الجيش
    مقتل ستة مسلحين في غارة جوية"). A terrorist bombing names no one the
    event has as a side, and keeps its unknown attackers."""
    return any(a.agent == _ARMED_FORCES for a in actors) and any(
        m.agent == _ARMED_FORCES and m.start <= trig.start < m.end for m in s.mentions
    )


def _places_out(
    actors: list[Actor],
    side: list[Mention],
    trig: Hit,
    doc: _Document,
    victims_told: tuple[bool, bool],
    place: str | None,
) -> tuple[list[Actor], bool, str | None]:
    """``actors`` of a deed of force with no doer named, without the states
    that only tell where it happened, whether its side is then its victims
    alone, and the deed's place (the state taken out, unless one is known).
    ``victims_told``: whether the side is its victims alone, and whether the
    sentence tells an attack (``_attack_told``)."""
    victims, told = victims_told
    # "الهجوم على مسجد في فرنسا": the place is no attacker (sides39ar)
    actors, where = place_state_out(actors, side, doc.ctx, told)
    if where is not None:
        victims, place = True, place or where
    if victims:
        # "أصيب مدنيون في تفجير بغداد": the capital is where, no victim
        actors, where = where_states_out(actors, side, trig, doc.ntext, doc.ctx)
        if where is not None:
            place = place or where
    return actors, victims, place


def _bystanders_out(
    actors: list[Actor], side: list[Mention], trig: Hit, doc: _Document, place: str | None
) -> tuple[list[Actor], str | None]:
    """A protest's actors without the police or soldiers beside it
    (``armed_protest.bystander_forces_out``), and where it happened. Where
    they were all it named, it happened where they serve: the crowd and the
    government understood are of their country (actors36)."""
    kept = bystander_forces_out(actors, side, trig, doc.ntext, doc.ctx)
    if kept or place:
        return kept, place
    return kept, next((a.code for a in actors if a.code), None)


def _keepers_after_noun(side: list[Mention], trig: Hit) -> bool:
    """The police or a court named at or after a deed noun ("در بازداشت
    پلیس", "رهن احتجاز الشرطة", "in police custody"): they hold the others
    (``implied.crowd_first``), whoever the sentence names first."""
    return trig.entry.affix != "verb" and any(
        m.agent in ("COP", "JUD") and m.start >= trig.start for m in side
    )


def _side_actors(
    s: Sentence, doc: _Document, trig: Hit, etype: str, side: list[Mention]
) -> tuple[list[Mention], list[Actor]]:
    """``_side_event``'s side (its doer first) and the actors it names."""
    ctx = doc.ctx
    side = _doer_first(s, doc, trig, etype, side)
    if etype == "REQUEST":
        # "بناء على طلب من المحققين", "at X's request": X asked
        side = request_owners_first(side, trig, doc.ntext, ctx)
    if etype in STRIKES:
        side = struck_as_militants(side, doc.ntext, doc.lang)
    elif etype in HOLDING:
        side = _holders_first(s, doc, trig, side)
    units = {unit(x) for x in side}
    # the unit's other strong mentions add roles and names; a topic or
    # a speaker of the same country does not
    same = [
        m for m in s.mentions if unit(m) in units and (m.strong or m.location_only) and not m.source
    ]
    # a state named whole takes the agent of its own officials written weakly
    same += own_agent_nouns(s.mentions, side)
    if is_commented(trig):
        same = []
    elif etype in FORCE and (phrase := commented_phrase(s, trig, doc.ntext, ctx)):
        # "أدانت الحكومة العراقية القصف التركي على كردستان العراق": the
        # commenter's office is not that of the state the deed struck
        same = [m for m in same if phrase[0] <= m.start < phrase[1]]
    actors = actor_list(side + same, len(side), _objects(side, trig, etype, doc))
    if etype in SYMMETRIC:
        actors = members_met(side, actors, doc.ntext, ctx.member_words)
    if etype in FORCE and _doer_at_scene(side, s):
        # "the Islamic State claimed the attack in Berlin": not Germany's (the
        # place may then be what it struck: ``place_as_target``)
        doer = side[0]
        actors = [
            replace(a, code=None)
            if (a.code, a.agent, a.name) == (doer.code, doer.agent, doer.name)
            else a
            for a in actors
        ]
    return side, actors


def _holders_first(s: Sentence, doc: _Document, trig: Hit, side: list[Mention]) -> list[Mention]:
    """A holding's side with the authority that held first ("چند نفر …
    بازداشت شدند" with the police named: the police held them) and the held
    read as criminals where a crime is told after them (``holders``,
    ``held_criminals``)."""
    attacks = [t.end for t in s.triggers if t.entry.value in STRIKES]
    active = _told_actively(trig, doc)
    markers = doc.ctx.doer_markers.get(trig.entry.value, frozenset()) | doc.ctx.syntax.agent_markers
    side = authorities_first(
        side, trig, attacks, doc.ntext, doc.ctx.captive_taking, active, markers
    )
    return held_as_criminals(side, doc.ntext, s.end, doc.lang)


def _told_actively(trig: Hit, doc: _Document) -> bool:
    """Whether the deed is told by an active verb: a Persian light verb
    ("بازداشت کردند", not "بازداشت شدند"), an Arabic verb of doing with the
    deed's noun ("قامت … باحتجاز", ``holders.told_by_support``), or another
    language's verb with no passive auxiliary before it ("detained", not
    "were detained", "تم")."""
    ctx = doc.ctx
    if ctx.verb_final:
        return active_verb(trig, doc.ntext, ctx)
    if told_by_support(trig, doc.ntext, ctx.deed_active_supports, ctx.deed_support_prefixes):
        return True  # "قامت مجموعة من المحتجين باحتجاز ضابطين"
    auxiliaries = ctx.syntax.passive_aux | ctx.deed_passive_aux
    return trig.entry.affix == "verb" and not passive(trig, doc.ntext, auxiliaries)


def _doer_first(
    s: Sentence, doc: _Document, trig: Hit, etype: str, side: list[Mention]
) -> list[Mention]:
    """``side`` reordered so that whoever did the deed comes first, whatever
    the sentence names first: the group a doer marker introduces, the giver
    of what was received, the attackers of the owner of a site struck."""
    ctx = doc.ctx
    if etype == "REQUEST":
        # "قبوله دعوة العاهل السعودي": the accepter was invited
        side = invited_last(side, trig, doc.ntext, ctx.invitation_accepted)
    if trig.entry.extra[0] == DEMAND:
        return side  # asker first already (``parties.demand_sides``)
    if DENIED_MARK in trig.entry.extra:
        # "ارتش روسیه بمباران بیمارستان را انکار کرد": the denier, before the
        # deed, did it; the noun's genitive after it is what it struck
        return [m for m in side if m.end <= trig.start] + [m for m in side if m.end > trig.start]
    if etype not in SYMMETRIC:
        # "اعتقلت مواطنا كويتيا الشرطة العراقية": the subject after the object
        if not _behind_list_head(side, s, doc):  # "أدانت روسيا والصين اليابان"
            side = subject_after_object(side, trig, doc.ntext, ctx)
        # "Syria said Israel had bombed its territory": the speaker was struck
        side = reported_subject_first(side, s, trig, doc.ntext, ctx)
    if (
        etype in FORCE
        # a type with its own doer markers ("العقوبات التي فرضتها الأمم المتحدة")
        or etype in ctx.doer_markers
        # any directed deed told by a verb in the passive ("the ambassador
        # was summoned by the foreign ministry"): its "by" names the doer
        or (etype not in SYMMETRIC and passive(trig, doc.ntext, ctx.syntax.passive_aux))
    ):
        if etype in FORCE:
            # "attributed to Iran by US officials": the blamer is no side
            side = without_blamers(side, trig, doc.ntext, ctx)
        # "killed by gunmen", "برصاص الجيش", "به دست طالبان": the doer acts first
        side = doers_first(side, trig, s.triggers, doc.ntext, s.start, ctx)
        # "sanctions by Britain, the US and Canada": every state listed acted
        side = listed_doers_first(side, trig, s.mentions, s.triggers, doc.ntext, s.start, ctx)
    if etype in SYMMETRIC:
        return side
    side = (
        _force_doers_first(s, doc, trig, side)
        if etype in FORCE
        else _givers_first(s, doc, trig, side)
    )
    # "the prime minister, who invited him", "whom Iran expelled": the clause's doer
    return relative_doers_first(side, trig, doc.ntext, ctx)


def _givers_first(s: Sentence, doc: _Document, trig: Hit, side: list[Mention]) -> list[Mention]:
    """A directed deed's side (no force) with whoever gave, summoned or
    criticised first, wherever the sentence names them."""
    ctx = doc.ctx
    # "received aid from the US", "از آمریکا کمک دریافت کرد": the giver first
    side = givers_first(side, trig, doc.ntext, ctx)
    # "سفیر ایران به وزارت خارجه دانمارک احضار شد": the ministry summoned
    side = summoners_first(side, trig, doc.ntext, ctx)
    # "احضار سفیر اتیوپی به وزارت خارجه سودان": the envoy was summoned
    side = envoys_last(side, trig, doc.ntext, ctx)
    # "دعم مصر للبنان", "کمک کره به ایران": the noun's genitive gives
    side = genitive_source_first(side, s.mentions, trig, doc.ntext, ctx)
    # "واکنش ایران به انتقاد فرانسه": the critic after the noun first
    return critics_first(side, trig, doc.ntext, ctx)


def _force_doers_first(
    s: Sentence, doc: _Document, trig: Hit, side: list[Mention]
) -> list[Mention]:
    """A deed of force's side with its attackers before its victims, however
    the sentence orders them: a subclause's doers, the main clause's dead,
    the owner of a site struck, the keepers of a place of custody."""
    ctx = doc.ctx
    # "two soldiers were killed when militants attacked …"
    side = subclause_doers_first(side, s.force_words, doc.ntext, (s.start, s.end), ctx)
    side = main_clause_victims(side, s.mentions, doc.ntext, (s.start, s.end), ctx)
    side = site_owner_struck(side, s.mentions, trig)
    side = attackers_first(_struck_last(s, doc, side))
    # "در بازداشتگاه پلیس جان باخت": the keepers held the dead
    return keepers_first(side, doc.ntext, ctx)


def _objects(side: list[Mention], trig: Hit, etype: str, doc: _Document) -> frozenset[int]:
    """The side's mentions the trigger governs as its object; none in a
    meeting, where "the president chaired the cabinet" is his own body's
    session (``members_met`` reads its members)."""
    if etype in SYMMETRIC:
        return frozenset()
    ctx = doc.ctx
    markers = (ctx.target_preps, ctx.object_markers)
    span = (trig.start, trig.end)
    return governed(side, span, doc.ntext, ctx.verb_final, markers, ADDRESSEE_REACH)


def _shown_type(
    s: Sentence,
    doc: _Document,
    trig: Hit,
    etype: str,
    mode: str,
    actors: list[Actor],
    pools: Pools,
) -> tuple[str, list[Actor]]:
    """``_side_event``'s type as its source tells it, and its actors with the
    place struck, visited or implied."""
    ctx = doc.ctx
    shown = type_by_source(etype, mode, actors, ctx.lang)
    if (
        shown != etype
        and mode in VISITS
        and ranked_traveller(s.mentions, trig.start, doc.ntext, ctx.lang)
    ):
        shown = etype  # "سردار X به دمشق سفر کرد": an officer's own trip, no forces sent
    if shown != etype and etype in PLACE_SIDES and place_struck(s, trig, doc):
        shown = etype  # "هاجمت إسرائيل غزة": what strikes a place of another country is arms
    if shown in PLACE_SIDES and ctx.verb_final:
        actors = place_before_verb(actors, s, trig, doc)
    if not actors and pools.place:
        # "protests spread in Khuzestan"
        actors = add_implied(shown, actors, pools.place, ctx.lang, mode)
    if shown in PLACE_SIDES:
        actors = place_as_target(actors, s.mentions, trig, doc)
    elif mode in VISITS:
        actors = place_visited(actors, s.mentions, trig, doc.ntext)
    if shown in FORCE:
        # "rockets fired from Gaza towards Israel": Gaza is no side
        actors = launched_sides(actors, s, trig, doc.ntext, ctx)
    return shown, actors


def _deed_place(actors: list[Actor], pools: Pools) -> str | None:
    """Where the deed happened, for the country of its understood sides;
    none when its only sides are ships (``vessels.VESSEL``): a ship is
    struck at sea, and a country the sentence names elsewhere ("وزیر خارجه
    آمریکا در نیویورک حمله به کشتی تجاری را محکوم کرد") is not its
    attacker's (assault34fa)."""
    if actors and all(a.agent == VESSEL for a in actors):
        return None
    return pools.place


# Characters before a deed noun searched for a demonstrative ("این").
_POINTER_REACH = 8
# codoers94: how far past the sides and the trigger a reciprocal is read
_RECIPROCAL_REACH = 30
# the last word before a position, and the spaces after it
_LAST_WORD = re.compile(r"\w+\s+$")
# Types a sentence may report with no side named: a deed of force, by
# attackers unknown (``_unnamed_deed``).
SIDELESS_TYPES = frozenset({"ASSAULT", "COERCE"})
# sides65ar: a seizure or arrest told with no side ("وتم حجز 35 صفيحة",
# "بازداشت شدند") was made by the police (the spec's COP), of no country:
# the sentence names none (``context.SIDELESS_SEIZURES``)
_SEIZED = "COERCE"
_SEIZERS = "COP"


def _doer_at_scene(side: list[Mention], s: Sentence) -> bool:
    """The doer of a deed of force is a movement that took its country only
    from the places of its sentence (``Mention.scene_placed``) and claims
    the deed ("IS claimed the attack in Berlin"): it struck there, which
    tells where, not whose movement it is. Without a claim the place stays
    its country ("IS fighters attacked Kurdish positions near Kobani"): the
    annotated corpus reads it so (a movement mostly fights where it is)."""
    if not side or not side[0].scene_placed:
        return False
    return any(c.entry.kind == "claim" for c in s.cues)


def _evidence(text: str, norm: Normalized, s: Sentence, trig: Hit, side: list[Any]) -> Evidence:
    """The sentence, narrowed to the clauses of this event when it runs on
    or holds boilerplate (``text.segment.evidence_span``)."""
    anchors = [trig.start, trig.end, *(p for m in side for p in (m.start, m.end))]
    if s.clauses is None:
        s.clauses = clause_pieces(norm.text, s.start, s.end)
    a, b = evidence_span(norm.text, s.start, s.end, anchors, s.clauses)
    start, end = norm.span_to_original(a, b)
    return Evidence(text[start:end], start, end)


# Modes that are a ceremony when no second state is named: condolences a
# minister offers the families of his own soldiers, or a leader over a
# compatriot's death, support no one abroad; an official who arrives at a
# front post or a studio of his own country ("وصل الأمير إلى موقع …", "وارد
# محوطه صدا و سیما شد") visits no host.
_CEREMONIAL_MODES = frozenset({"condole", "arrival"})
# bodies of a state: a visit by one of them is official, wherever it goes
_STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
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


def _among_own(mode: str, actors: list[Actor]) -> bool:
    """Whether a ceremonial event or an arrival names fewer than two states,
    or a visit does where no one of a state's bodies travels: people going
    home or about their own country ("ماهیگیران ایرانی عازم تهران هستند")
    meet no one."""
    if len({a.code for a in actors if a.code}) >= 2:
        return False
    private = all(a.agent not in _STATE_BODIES for a in actors)
    return mode in _CEREMONIAL_MODES or (mode == "visit" and private)


def _condemned_genitive(etype: str, trig: Hit, side: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether a one-sided condemnation names no condemner: its lone side
    stands after the trigger past other words, where the object or the
    genitive is ("أدان داعمون للاتفاقية تحرك الرئيس", "تمت إدانة المتهم"),
    not the subject right after a verb ("أدانت مصر الهجوم"); or, where a
    language lists ``ONE_SIDED_NOUNS``, the trigger is a noun in none of
    those owned forms ("إدانتها" is; "وسط إدانة دولية" is no one's deed);
    or the trigger is one a language excludes (a warning of a danger)."""
    if etype != "ACCUSE":
        return False
    word = ntext[trig.start : trig.end]
    if ntext[trig.base_start : trig.base_end] in ctx.one_sided_excluded:
        return True  # a warning of a danger (``context.ONE_SIDED_EXCLUDED``)
    noun = trig.entry.affix == "noun"
    if noun and ctx.one_sided_nouns and not word.endswith(ctx.one_sided_nouns):
        return True
    if len(side) != 1 or side[0].start < trig.end:
        return False
    gap = ntext[trig.end : side[0].start].split()
    return bool(gap) if not noun else not gap


def _behind_list_head(side: list[Mention], s: Sentence, doc: _Document) -> bool:
    """Whether the side's first-named mention is a later item of a
    coordinated list whose head is no side of it (codoers94: China's event
    of "أدانت روسيا والصين اليابان"): the words before it are its co-doers,
    no object fronted before a subject (``subject_after_object``)."""
    first = min(side, key=lambda m: m.start, default=None)
    if first is None:
        return False
    return _list_head([first], s, doc)[0].start != first.start


def _list_head(side: list[Mention], s: Sentence, doc: _Document) -> list[Mention]:
    """A lone side as the head of the coordinated list it stands in
    (codoers94: "أدانت روسيا والصين الانقلاب", each co-doer its own event):
    China stands right after the verb as Russia does, the list being the
    subject; only a side whose list begins past other words is an object
    or a genitive (``_condemned_genitive``). ``side`` itself otherwise."""
    if len(side) != 1:
        return side
    ctx = doc.ctx
    groups = coordinated_groups(s.mentions, doc.ntext, ctx.coordinators, ctx.adjacent_coordinated)
    group = next((g for g in groups if any(m.start == side[0].start for m in g)), None)
    return side if group is None else group[:1]


def _bloc_alone(etype: str, side: list[Mention]) -> bool:
    """A meeting or agreement of one organisation's members is an event of
    that organisation alone ("ASEAN foreign ministers met in Vientiane")."""
    return etype in MULTILATERAL and len(side) > 0 and all(m.kind == "igo" for m in side)


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


def _counts(s: Sentence, ntext: str, lang: str, amounts: list, dates: list) -> dict[str, int]:
    """Counts of people the sentence states; sums and dates are no counts."""
    taken = [(m.start, m.end) for m in amounts] + [(d.start, d.end) for d in dates]
    return find_counts(ntext, s.start, s.end, s.cues, lang, taken, s.people, s.agents)


def _movements_in_power(mentions: list[Mention], published: str | None) -> None:
    """A movement that has taken power acts as the government from that day
    on (the spec: whoever holds power is GOV)."""
    for m in mentions:
        if m.in_power and published and published >= m.in_power:
            m.agent = "GOV"


def _has_any(text: str, words: frozenset[str]) -> bool:
    return any(w in text for w in words)


def _case_ok(hit: Hit, text: str, ntext: str, norm: Normalized, forms: dict[str, str]) -> bool:
    """Forms such as "US" must keep their case ("us" is a pronoun)."""
    form = forms.get(ntext[hit.base_start : hit.base_end])
    if form is None:
        return True
    a, b = norm.span_to_original(hit.base_start, hit.base_end)
    return text[a:b] == form


def _drop_title_words(
    sector_hits: list[Hit], actor_hits: list[Hit], ntext: str, ctx: Any
) -> list[Hit]:
    """ "وزير الصحة" names a minister, not health cooperation — and so do the
    words chained to it by spaces or one-letter conjunctions ("وزارة التجارة
    والصناعة والطاقة") and a sector word inside a title ("Minister of Culture")."""
    if not sector_hits:  # most documents: no title to sort (speed72a)
        return []
    joiners = " " + "".join(sorted(c for c in ctx.conjunctions if len(c) == 1))
    titles = sorted(
        (h.start, h.end) for h in actor_hits if h.entry.kind in ("role", "institution", "agent")
    )
    starts = [a for a, _ in titles]
    kept: list[Hit] = []
    chain_end = -10
    for h in sorted(sector_hits, key=lambda h: h.start):
        i = bisect_right(starts, h.start) - 1  # the last title starting at or before h
        title_end = titles[i][1] if i >= 0 else -10
        gap = ntext[chain_end : h.start] if chain_end >= 0 else None
        after_title = (
            h.end <= title_end
            or 0 <= h.start - title_end <= 1
            or previous_word(ntext, h.start) in ctx.title_words
        )
        chained = gap is not None and h.start - chain_end <= 4 and gap.strip(joiners) == ""
        if after_title or chained:
            chain_end = h.end
            continue
        kept.append(h)
    return kept


def _title_codes(title: str, lang: str, ctx, lex) -> list[str]:
    tnorm = normalize(title)
    tn = tnorm.text
    layers = resolve(family_names_out(tn, scan(tn, lex), ctx))
    words = [h for layer, hits in layers.items() if layer != PERSON for h in hits]
    known = frozenset(x for h in words for x in (h.start, h.end))
    hits = proper_names(layers.get(ACTOR, []), title, tnorm, known, ctx.names)
    ambiguous = lex.ambiguous - ctx.names.by_neighbours
    ms = find_mentions(tn, hits, layers.get(CUE, []), ctx, ambiguous)
    return [m.code for m in ms if not m.location_only]


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
