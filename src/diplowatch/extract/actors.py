"""Turn actor-layer hits into actor mentions with codes, roles and strength.

A mention is *strong* when it very likely names a participant (a country
name, an organisation, a known person, a capital used as subject, an
adjective right after a title or a head noun such as "الجانب"), and *weak*
when it is more likely a topic or place ("بشأن سوريا", "الأزمة السورية").
Events take strong mentions first and fall back on weak ones.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

from diplowatch.extract.counts import counted, is_measure
from diplowatch.extract.lexicon import OF_STATE, WITH_COUNTRY, own_state
from diplowatch.extract.names import NameRules
from diplowatch.extract.scan import Hit
from diplowatch.extract.syntax import Syntax
from diplowatch.lang import load, offices
from diplowatch.text.normalize import normalize, normalize_phrase
from diplowatch.text.punctuation import COMMAS, NAME_BREAKS, TITLE_BREAKS
from diplowatch.text.segment import dateline_spans

NAMED = {"state", "igo", "person"}
# Titles held by one person, after which a name is written; collective ones
# ("النواب", "officials") are not followed by a name.
PERSONAL_ROLES = {
    "head_of_state",
    "head_of_government",
    "party_leader",
    "foreign_minister",
    "minister",
    "deputy_minister",
    "ambassador",
}


@dataclass
class Mention:
    start: int
    end: int
    code: str
    kind: str
    strong: bool
    role: str | None = None
    name: str | None = None
    name_latin: str | None = None
    location_only: bool = False
    name_span: tuple[int, int] | None = None  # in normalised text; mapped back for display
    agent: str | None = None
    former: bool = False  # a person out of office on the article's date
    in_power: str | None = None  # a movement that governs from this ISO date on
    home_bound: bool = False  # a title or mission with no country: the home country's
    source: bool = False  # names who reports the event ("…, officials said"): no party
    unplaced: bool = False  # an owned thing ("a cargo ship"): no country from the sentence
    place: bool = False  # a state named as where something happens ("in Bahrain")
    topic: bool = False  # a state named as what is talked about ("about Syria"): no party
    venue: bool = False  # a place naming an event ("مذاکرات وین", "the Vienna talks")
    # a state whose coast, waters or sky is named ("ساحل عمان"), or a place
    # off it, named after it or across its border, or where one travels
    # ("قبالة", "باب المغاربة", "الحدود مع سوريا", "للسفر إلى سوريا")
    offshore: bool = False
    prefix: str = ""  # clitics glued before the first word ("و" of "والإمارات")
    possessed: bool = False  # an agent noun with a possessive clitic ("نیروهایش"): its owner's
    dateline: bool = False  # named in the dateline ("ANKARA, Turkey (AP) —"): where, by whom
    # the country of the doer before its verb, for a noun with none that the
    # sentence places nowhere ("Egyptian police arrested protesters")
    fallback: str = ""
    # a named movement with no country given the one country of the places
    # its sentence names ("Islamic State fighters in Raqqa"): where it
    # fights, which is not its country when it is the doer of the attack
    # there ("the Islamic State claimed the attack in Berlin")
    scene_placed: bool = False


@dataclass(frozen=True)
class Context:
    topic_preps: frozenset[str]
    location_preps: frozenset[str]
    head_nouns: frozenset[str]
    conjunctions: frozenset[str]
    home_candidates: tuple[str, ...]
    sector_scope: frozenset[str]
    title_words: frozenset[str]
    name_stopwords: frozenset[str]
    name_min_tokens: int
    titles_follow_country: bool
    negation_follows: bool
    role_links: frozenset[str]
    role_breaks: frozenset[str]
    location_heads: frozenset[str]
    people_suffixes: frozenset[str]
    role_agents: dict[str, str]
    institution_agents: dict[str, str]
    sent_agents: frozenset[str]
    stateless_agents: frozenset[str]
    state_place_preps: frozenset[str]
    place_modifiers: frozenset[str]
    agent_topic_preps: frozenset[str]
    possessives: frozenset[str]
    former_words: frozenset[str]
    former_after: frozenset[str]
    kin_words: frozenset[str]
    servant_titles: frozenset[str]
    servant_links: frozenset[str]
    deputy_words: frozenset[str]
    patronymics: frozenset[str]
    igo_head_titles: frozenset[str]
    committee_words: frozenset[str]
    member_words: frozenset[str]
    elect_after: frozenset[str]
    sponsor_markers: frozenset[str]
    sponsor_openers: frozenset[str]
    home_institutions: frozenset[str]
    not_party_to: dict[str, frozenset[str]]
    names: NameRules
    clause_punct: frozenset[str]
    source_openers: frozenset[str]
    subordinators: frozenset[str]
    title_gap_words: int
    title_gap_blockers: frozenset[str]
    syntax: Syntax
    object_markers: frozenset[str] = frozenset()
    phrase_breaks: frozenset[str] = frozenset()
    support_verbs: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    topic_markers: frozenset[str] = frozenset()
    clause_breaks: tuple[str, ...] = ()
    # "while", "در حالی که", "بينما": the clause after it has its own participants
    contrast_breaks: tuple[str, ...] = ()
    needs_predicate: frozenset[str] = frozenset()
    ongoing_predicates: frozenset[str] = frozenset()  # "ادامه دارد": the noun's deed goes on
    # verbs that tell an event noun as happening ("اجرا شد", "استمر"), the
    # words that may follow one at a clause's end, the words that end the
    # noun's phrase before it, and those after which a noun is no subject
    # (extract/closed.py)
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_after: frozenset[str] = frozenset()
    occurrence_stops: frozenset[str] = frozenset()
    occurrence_not_after: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    gap_openers: frozenset[str] = frozenset()  # "و بر …": a new verb phrase after "and"
    gap_closers: frozenset[str] = frozenset()  # verbs that close it as a light verb does
    gap_list_marks: frozenset[str] = frozenset()  # commas of a list inside that phrase
    may_particles: frozenset[str] = frozenset()
    imperfect_starts: tuple[str, ...] = ()
    subjunctive_verbs: frozenset[str] = frozenset()
    indicative_markers: frozenset[str] = frozenset()
    realized_modals: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    cited_agents: frozenset[str] = frozenset()
    name_bearing_agents: frozenset[str] = frozenset()
    placed_groups: frozenset[str] = frozenset()
    unknown_doers: frozenset[str] = frozenset()
    armed_branches: frozenset[str] = frozenset()
    subject_after_verb: bool = False
    people_words: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    scene_preps: frozenset[str] = frozenset()
    name_countries: frozenset[str] = (
        frozenset()
    )  # "كوريا" of "رفائيل كوريا"  # "killed in an attack in Jordan": where
    withdraw_from: frozenset[str] = frozenset()
    place_side_preps: frozenset[str] = frozenset()
    unknown_sides: bool = False
    lone_fill: bool = False
    nouns_refer_back: bool = False  # "the talks will be held …": the article's talks
    anaphors: frozenset[str] = frozenset()
    name_bad_starts: tuple[str, ...] = ()  # "بال…": no name begins so
    definite_starts: tuple[str, ...] = ()  # "ال…", "لل…": a definite noun
    about_preps: frozenset[str] = (
        frozenset()
    )  # "بشأن سوريا": what is talked about  # "سموه": a subject told in an earlier sentence
    topic_heads: frozenset[str] = frozenset()  # "مستقبل ليبيا", "the future of Libya"
    topic_nouns: frozenset[str] = frozenset()  # "initiative" of "initiative on Israel"
    home_for_agents: bool = True
    adjacent_coordinated: bool = True
    one_sided: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    # heads of a coast, its waters or sky ("ساحل", "the coast of"): the state
    # after one is where a ship or plane was, neither a side nor the home of
    # the agents the sentence names (``Mention.offshore``)
    offshore_heads: frozenset[str] = frozenset()
    # "حزب‌الله که از سوی ایران حمایت می‌شود": opens a relative clause
    # whose passive verb names its own agent (``parties._relative_agents_out``)
    passive_relative_openers: frozenset[str] = frozenset()
    target_preps: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    content_openers: frozenset[str] = frozenset()
    verb_final: bool = False
    dropped_subjects: bool = False  # "X اعلام کرد که … حمله کرده است": X did it
    passive_verbs: frozenset[str] = frozenset()
    sent_window: int = 3
    partner_preps: frozenset[str] = frozenset()
    session_words: frozenset[str] = frozenset()  # "اجتمع", "جلسه": a body may meet alone
    session_partners: frozenset[str] = frozenset()  # "مع", "با", "with": a session with someone
    outside_preps: frozenset[str] = frozenset()  # "قبالة", "off": not in the country
    named_place_heads: frozenset[str] = frozenset()  # "باب المغاربة": a name, not a country
    border_heads: frozenset[str] = frozenset()  # "الحدود مع سوريا": the other side
    travel_words: frozenset[str] = frozenset()  # "للسفر إلى سوريا": where one goes
    destination_preps: frozenset[str] = frozenset()  # "إلى", "to"
    discussion_verbs: frozenset[str] = frozenset()  # "discussed Syria with …": Syria is the topic
    # "authorities detained …": the noun after the verb is the captive, not theirs
    capture_verbs: frozenset[str] = frozenset()
    # (noun ending, adjective ending) that cannot agree in case or number
    # ("مسلحون … فرنسيا": the adjective is another noun's)
    adjective_clashes: tuple[tuple[str, str], ...] = ()
    agent_place_prefixes: frozenset[str] = frozenset()
    glued_prepositions: frozenset[str] = frozenset()
    location_prefixes: tuple[str, ...] = ()
    name_clitics: frozenset[str] = frozenset()
    possessive_markers: tuple[str, ...] = ()
    possessive_clitics: tuple[str, ...] = ()  # "سربازانش": his/its soldiers
    auxiliaries: frozenset[str] = frozenset()
    first_person_verbs: frozenset[str] = frozenset()
    # per event type, words the doer follows ("برصاص", "در حمله")
    doer_markers: dict[str, frozenset[str]] = field(default_factory=dict)
    cause_openers: frozenset[str] = frozenset()  # "After X, …": X's own deed
    sides_markers: frozenset[str] = frozenset()  # "the agreement between X and Y"
    reason_openers: frozenset[str] = frozenset()  # "… over an attack by X": X's own deed
    because_openers: frozenset[str] = frozenset()  # "because of a US deal": no side
    seat_titles: frozenset[str] = frozenset()  # "نماینده اصفهان": the town's MP
    group_heads: frozenset[str] = frozenset()  # "دبیرکل" of a party: its leader
    # "التابعة" (belonging to): a body after it owns the agent noun before it
    owner_links: frozenset[str] = frozenset()
    # "من", "of", "از": the one word that may stand between an agent noun and
    # the named movement whose members it names ("مسلحين من حماس")
    member_links: frozenset[str] = frozenset()
    # names written after titles ("الرئيس … تبون"): a title after a titled
    # name begins another person (Persian writes "تبون، رئیس جمهور")
    names_follow_titles: bool = True
    # "along with", "as well as", "إلى جانب", "به همراه": the next actor acts too
    coactor_links: frozenset[str] = frozenset()
    describing_agents: frozenset[str] = frozenset()  # "کارگران معترض": one actor
    home_not_after: frozenset[str] = frozenset()  # "این کشور": not the home country
    home_not_before: frozenset[str] = frozenset()  # "کشور همسایه": another country
    home_adj_endings: tuple[str, ...] = ()  # "کشور اسلامی": an adjective names which
    lang: str = ""

    @property
    def coordinators(self) -> Coordinators:
        """What joins two actors into one side of an event: conjunctions and
        links to a co-actor ("and", "along with", "إلى جانب", "به همراه")."""
        return _coordinators(self.conjunctions, self.coactor_links)


class Coordinators(frozenset[str]):
    """Conjunctions and co-actor links (``context.COACTOR_LINKS``) in one set:
    what joins two actors into one side. It still tells the links apart: set
    off by a comma, a link opens an aside that the next comma closes."""

    coactor_links: frozenset[str]

    def __new__(cls, conjunctions: frozenset[str], coactor_links: frozenset[str]) -> Coordinators:
        made = super().__new__(cls, conjunctions | coactor_links)
        made.coactor_links = coactor_links
        return made


@cache
def _coordinators(conjunctions: frozenset[str], coactor_links: frozenset[str]) -> Coordinators:
    return Coordinators(conjunctions, coactor_links)


def _words(data: ModuleType | None, name: str) -> frozenset[str]:
    """A word list of a data module, folded like the text it is matched against."""
    return frozenset(normalize_phrase(w) for w in getattr(data, name, ()))


def _sorted_words(data: ModuleType | None, name: str) -> tuple[str, ...]:
    """A folded word list in a fixed order, for ``str.startswith``/``endswith`` tuples."""
    return tuple(sorted(_words(data, name)))


def _syntax(data: ModuleType | None) -> Syntax:
    """The clause-level cues (verbs, negation, modality) of the language."""
    return Syntax(
        determiners=_words(data, "DETERMINERS"),
        verb_markers=_words(data, "VERB_MARKERS"),
        infinitive=_words(data, "INFINITIVE_MARKERS"),
        passive_aux=_words(data, "PASSIVE_AUXILIARIES"),
        frame_window=getattr(data, "FRAME_WINDOW", 0),
        clause_breaks=frozenset(getattr(data, "CLAUSE_PUNCTUATION", ())),
        agent_markers=_words(data, "AGENT_MARKERS"),
        negation_gap=_words(data, "NEGATION_GAP_WORDS"),
        relatives=_words(data, "RELATIVE_PRONOUNS"),
        speculative=_words(data, "SPECULATIVE_MODALS"),
        speech_openers=_words(data, "SPEECH_OPENERS"),
        subordinators=_words(data, "SUBORDINATORS"),
        planned_before_verbs=getattr(data, "PLANNED_BEFORE_VERBS", False),
        future_times=_words(data, "FUTURE_TIME_CUES"),
        purpose_cues=_words(data, "PURPOSE_CUES"),
        gerund_markers=_words(data, "GERUND_MARKERS"),
        context_preps=_words(data, "CONTEXT_PREPOSITIONS"),
        deed_context_preps=_words(data, "DEED_CONTEXT_PREPOSITIONS"),
        participle_complements=_words(data, "PARTICIPLE_COMPLEMENTS"),
        quantifiers=_words(data, "QUANTIFIERS"),
        participle_endings=_sorted_words(data, "PARTICIPLE_ENDINGS"),
        past_participle_endings=_sorted_words(data, "PAST_PARTICIPLE_ENDINGS"),
        gerund_endings=_sorted_words(data, "GERUND_ENDINGS"),
        clause_conjunctions=_words(data, "CLAUSE_CONJUNCTIONS"),
        subject_conjunctions=_words(data, "SUBJECT_CONJUNCTIONS"),
        request_openers=_words(data, "REQUEST_OPENERS"),
        dotted_abbreviations=_sorted_words(data, "DOTTED_ABBREVIATIONS"),
    )


def _name_rules(data: ModuleType | None) -> NameRules:
    """How proper names are told from ordinary words (capitals, neighbours)."""
    return NameRules(
        capitalised=getattr(data, "NAMES_CAPITALISED", False),
        by_neighbours=_words(data, "NAMES_BY_NEIGHBOURS"),
        function_words=_words(data, "NAME_FUNCTION_WORDS") | _words(data, "NAME_STOPWORDS"),
        articles=_sorted_words(data, "NAME_ARTICLES"),
        conjunctions=_words(data, "CONJUNCTIONS"),
    )


def _agent_fields(agents: ModuleType | None, common: ModuleType | None) -> dict[str, Any]:
    """Agent tables: the language's people words and the shared (``xx``) agent codes."""
    return {
        "people_suffixes": _words(agents, "PEOPLE_SUFFIXES"),
        "people_words": _words(agents, "PEOPLE_WORDS"),
        "describing_agents": _words(agents, "DESCRIBING_AGENT_NOUNS"),
        "role_agents": dict(getattr(common, "ROLE_AGENTS", {})),
        "institution_agents": dict(getattr(common, "INSTITUTION_AGENTS", {})),
        "sent_agents": frozenset(getattr(common, "SENT_AGENTS", ())),
        # a language may add its own (``agents.STATELESS_AGENTS``)
        "stateless_agents": frozenset(getattr(common, "STATELESS_AGENTS", ()))
        | frozenset(getattr(agents, "STATELESS_AGENTS", ())),
        "home_institutions": frozenset(getattr(common, "HOME_INSTITUTIONS", ())),
        "not_party_to": dict(getattr(common, "NOT_PARTY_TO", {})),
        "cited_agents": frozenset(getattr(common, "CITED_AGENTS", ())),
        "name_bearing_agents": frozenset(getattr(common, "NAME_BEARING_AGENTS", ())),
        "placed_groups": frozenset(getattr(common, "PLACED_GROUP_AGENTS", ())),
        "unknown_doers": frozenset(getattr(common, "UNKNOWN_DOER_AGENTS", ())),
        "armed_branches": frozenset(getattr(common, "ARMED_BRANCHES", ())),
    }


# Context fields that are one folded word list of ``context.py`` each.
_WORD_FIELDS = {
    "topic_preps": "TOPIC_PREPOSITIONS",
    "location_preps": "LOCATION_PREPOSITIONS",
    "head_nouns": "ACTOR_HEAD_NOUNS",
    "conjunctions": "CONJUNCTIONS",
    "sector_scope": "SECTOR_SCOPE_CUES",
    "title_words": "SECTOR_TITLE_WORDS",
    "name_stopwords": "NAME_STOPWORDS",
    "role_links": "ROLE_COUNTRY_LINKS",
    "role_breaks": "ROLE_BREAK_WORDS",
    "location_heads": "LOCATION_HEAD_NOUNS",
    "state_place_preps": "STATE_PLACE_PREPOSITIONS",
    "place_modifiers": "PLACE_MODIFIERS",
    "agent_topic_preps": "AGENT_TOPIC_PREPOSITIONS",
    "possessives": "POSSESSIVE_PRONOUNS",
    "former_words": "FORMER_WORDS",
    "former_after": "FORMER_AFTER_WORDS",
    "kin_words": "KIN_WORDS",
    "servant_titles": "SERVANT_TITLES",
    "servant_links": "SERVANT_LINKS",
    "deputy_words": "DEPUTY_WORDS",
    "patronymics": "PATRONYMIC_WORDS",
    "igo_head_titles": "IGO_HEAD_TITLES",
    "committee_words": "COMMITTEE_WORDS",
    "member_words": "MEMBER_WORDS",
    "elect_after": "ELECT_AFTER_WORDS",
    "sponsor_markers": "SPONSOR_MARKERS",
    "sponsor_openers": "SPONSOR_OPENERS",
    "source_openers": "SOURCE_OPENERS",
    "subordinators": "SUBORDINATORS",
    "title_gap_blockers": "TITLE_GAP_BLOCKERS",
    "object_markers": "OBJECT_MARKERS",
    "phrase_breaks": "PHRASE_BREAKS",
    "support_verbs": "SUPPORT_VERBS",
    "demonstratives": "DEMONSTRATIVES",
    "topic_markers": "TOPIC_MARKERS",
    "light_verbs": "LIGHT_VERBS",
    "gap_openers": "GAP_OPENERS",
    "gap_closers": "GAP_CLOSERS",
    "gap_list_marks": "GAP_LIST_MARKS",
    "may_particles": "MAY_PARTICLES",
    "subjunctive_verbs": "SUBJUNCTIVE_VERBS",
    "indicative_markers": "INDICATIVE_MARKERS",
    "realized_modals": "REALIZED_MODALS",
    "name_heads": "NAME_HEADS",
    "place_preps": "PLACE_PREPOSITIONS",
    "scene_preps": "SCENE_PREPOSITIONS",
    "name_countries": "COUNTRY_WORDS_IN_NAMES",
    "withdraw_from": "WITHDRAW_FROM",
    "place_side_preps": "PLACE_SIDE_PREPOSITIONS",
    "passive_verbs": "PASSIVE_VERBS",
    "venue_nouns": "VENUE_NOUNS",
    "offshore_heads": "OFFSHORE_HEAD_NOUNS",
    "passive_relative_openers": "PASSIVE_RELATIVE_OPENERS",
    "target_preps": "TARGET_PREPOSITIONS",
    "partitives": "PARTITIVES",
    "stance_nouns": "STANCE_NOUNS",
    "content_openers": "CONTENT_OPENERS",
    "partner_preps": "PARTNER_PREPOSITIONS",
    "session_words": "SESSION_WORDS",
    "session_partners": "SESSION_PARTNERS",
    "outside_preps": "OUTSIDE_PREPOSITIONS",
    "named_place_heads": "NAMED_PLACE_HEADS",
    "border_heads": "BORDER_HEADS",
    "travel_words": "TRAVEL_WORDS",
    "destination_preps": "DESTINATION_PREPOSITIONS",
    "discussion_verbs": "DISCUSSION_VERBS",
    "capture_verbs": "CAPTURE_VERBS",
    "agent_place_prefixes": "AGENT_PLACE_PREFIXES",
    "glued_prepositions": "GLUED_PREPOSITIONS",
    "name_clitics": "NAME_CLITICS",
    "auxiliaries": "AUXILIARIES",
    "first_person_verbs": "FIRST_PERSON_VERBS",
    "anaphors": "ANAPHORIC_SUBJECTS",
    "about_preps": "ABOUT_PREPOSITIONS",
    "topic_heads": "TOPIC_HEADS",
    "topic_nouns": "TOPIC_NOUNS",
    "cause_openers": "CAUSE_OPENERS",
    "sides_markers": "SIDES_MARKERS",
    "reason_openers": "REASON_OPENERS",
    "because_openers": "BECAUSE_OPENERS",
    "ongoing_predicates": "ONGOING_PREDICATES",
    "occurrence_verbs": "OCCURRENCE_VERBS",
    "occurrence_after": "OCCURRENCE_AFTER",
    "occurrence_stops": "OCCURRENCE_STOPS",
    "occurrence_not_after": "OCCURRENCE_NOT_AFTER",
    "seat_titles": "SEAT_TITLES",
    "group_heads": "GROUP_HEAD_TITLES",
    "owner_links": "OWNER_LINKS",
    "member_links": "MEMBER_LINKS",
    "home_not_after": "HOME_NOUN_NOT_AFTER",
    "home_not_before": "HOME_NOUN_NOT_BEFORE",
    "coactor_links": "COACTOR_LINKS",
}


def _word_fields(data: ModuleType | None) -> dict[str, Any]:
    """The Context fields that are plain word lists (``_WORD_FIELDS``)."""
    return {name: _words(data, table) for name, table in _WORD_FIELDS.items()}


def _settings(data: ModuleType | None) -> dict[str, Any]:
    """The language's switches and counts, and the lists kept raw or ordered."""
    return {
        "home_candidates": tuple(getattr(data, "HOME_CANDIDATES", ())),
        "titles_follow_country": getattr(data, "TITLES_FOLLOW_COUNTRY", False),
        "name_bad_starts": tuple(normalize(w).text for w in getattr(data, "NAME_BAD_STARTS", ())),
        "negation_follows": getattr(data, "NEGATION_FOLLOWS_TRIGGER", False),
        "name_min_tokens": getattr(data, "NAME_MIN_TOKENS", 2)
        if getattr(data, "NAMES_FOLLOW_TITLES", True)
        else 0,
        "names_follow_titles": getattr(data, "NAMES_FOLLOW_TITLES", True),
        "clause_punct": frozenset(getattr(data, "CLAUSE_PUNCTUATION", ())),
        "title_gap_words": getattr(data, "TITLE_GAP_WORDS", 0),
        "needs_predicate": frozenset(getattr(data, "NEEDS_PREDICATE", ())),
        "clause_breaks": tuple(normalize(w).text for w in getattr(data, "CLAUSE_BREAKS", ())),
        "contrast_breaks": tuple(normalize(w).text for w in getattr(data, "CONTRAST_BREAKS", ())),
        "doer_markers": {
            etype: frozenset(normalize_phrase(w) for w in words)
            for etype, words in getattr(data, "DOER_MARKERS", {}).items()
        },
        "subject_after_verb": getattr(data, "SUBJECT_AFTER_VERB", False),
        "unknown_sides": getattr(data, "UNKNOWN_SIDES", False),
        # a lone actor of the article's main pair meets the other one only
        # where the sentence names it: a whole party never comes from outside
        # its sentence ("the minister stressed cooperation" after a meeting
        # names no partner; readers of real articles judged the partner the
        # article is about wrong there). ``context.LONE_PAIR_FILL`` may allow it.
        "lone_fill": getattr(data, "LONE_PAIR_FILL", False),
        "nouns_refer_back": getattr(data, "JOINT_NOUNS_REFER_BACK", False),
        "home_for_agents": getattr(data, "HOME_FOR_AGENTS", True),
        "adjacent_coordinated": getattr(data, "ADJACENT_COORDINATED", True),
        "one_sided": frozenset(getattr(data, "ONE_SIDED_TYPES", ())),
        "verb_final": getattr(data, "VERB_FINAL", False),
        "dropped_subjects": getattr(data, "DROPPED_SUBJECT_IS_SPEAKER", False),
        "sent_window": getattr(data, "SENT_AGENT_WINDOW", 3),
        "location_prefixes": _sorted_words(data, "LOCATION_PREFIXES"),
        "possessive_markers": _sorted_words(data, "POSSESSIVE_MARKERS"),
        "possessive_clitics": _sorted_words(data, "POSSESSIVE_CLITICS"),
        "imperfect_starts": _sorted_words(data, "IMPERFECT_STARTS"),
        "definite_starts": _sorted_words(data, "DEFINITE_STARTS"),
        "home_adj_endings": _sorted_words(data, "HOME_NOUN_ADJECTIVE_ENDINGS"),
        "adjective_clashes": tuple(
            (normalize_phrase(a), normalize_phrase(b))
            for a, b in getattr(data, "ADJECTIVE_CLASHES", ())
        ),
    }


@cache
def context(lang: str) -> Context:
    """The language's actor cues, gathered from its data modules in one value.

    Cached like ``lexicon``: gathering folds about a hundred word lists, and
    every document of a language reads the same frozen value.
    """
    data = load(lang, "context")
    return Context(
        **_word_fields(data),
        **_settings(data),
        **_agent_fields(load(lang, "agents"), load("xx", "agents")),
        syntax=_syntax(data),
        names=_name_rules(data),
        lang=lang,
    )


# Offices one person holds alone at a time: a sitting holder of one of them
# named right before the title of another is not its holder.
_SOLE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
# Offices a head of state or government does not hold beside his own: such a
# title after his name is his guest's ("استقبل الرئيس السيسي وزير الدفاع
# الأمريكي", "… نائب رئيس الوزراء العراقي").
_LESSER_OFFICES = frozenset({"minister", "deputy_minister", "ambassador"})


def _other_office(
    person: Mention,
    role: str,
    former_title: bool = False,
    own_country: bool = False,
    names_follow_titles: bool = False,
) -> bool:
    """Whether a title written right after a named person is someone else's:
    he sits in another sole office ("الرئيس الكوري لي جاي ميونغ وزير الخارجية
    الياباني" is the president, then the Japanese minister), or heads a state
    or government and the title is a minister's or an ambassador's with
    another country's word (``own_country``; Arabic puts the guest right after the
    host's name: "استقبل الرئيس … تبون وزيرة الدفاع الفرنسية", while "الأمير
    محمد بن نايف وزير الداخلية" is one man)."""
    if person.former:
        # "الرئيس الأمريكي السابق باراك أوباما رئيس الوزراء الكندي": a sitting
        # office after a former holder's name is another man's
        return not former_title and role in _SOLE_OFFICES | _LESSER_OFFICES
    if names_follow_titles and own_country and person.role and person.code:
        # a titled man's name, then a title with another country's word:
        # his guest or partner ("ولي العهد السعودي الأمير محمد بن سلمان
        # المستشارة الألمانية", "قائد الجيش الباكستاني … السفير الأمريكي")
        return True
    if person.role not in _SOLE_OFFICES or person.role == role:
        return False
    heads = person.role in ("head_of_state", "head_of_government")
    return role in _SOLE_OFFICES or (heads and own_country and role in _LESSER_OFFICES)


def _former_and(text: str, mentions: list[Mention], hit: Hit, ctx: Context) -> bool:
    """Whether a title joined by "and" to a former office just named is the
    same man's present one ("the former French president and leader of the
    Republicans", "رئيس الوزراء السابق وزعيم حزب …"): only "former" between."""
    last = mentions[-1] if mentions else None
    if last is None or not last.former or not last.role or last.kind == "person":
        return False
    gap = text[last.end : hit.start].split()
    joined = hit.prefix[:1] in ctx.conjunctions or (bool(gap) and gap[-1] in ctx.conjunctions)
    words = [w for w in gap if w not in ctx.conjunctions]
    return joined and bool(words) and all(w in ctx.former_after | ctx.former_words for w in words)


def _former_before(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether "former" stands right before the title or one word before it,
    the title's country adjective as a rule ("former prime minister", "former
    French president"); a word that is not all letters ("minister's") between
    them ends the title's phrase."""
    words = text[max(0, hit.start - 40) : hit.start].split()[-2:]
    if not words or any(not w.isalpha() for w in words):
        return bool(words) and words[-1] in ctx.former_words
    return bool(ctx.former_words & set(words))


def _former_after(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether "former" follows the title, after at most its country
    adjective ("الرئيس الفرنسي السابق", "وزیر خارجه سابق"), or stands inside
    a title the scan read across it ("نماینده سابق مجلس")."""
    inside = text[hit.start : hit.end].split()[1:-1]
    return bool(ctx.former_after & set(text[hit.end : hit.end + 40].split()[:2] + inside))


# a president's son or wife speaks for nobody's office: a private person
_KIN_AGENT = "CVL"


# A body's head by agent, where a bare "head"/"president" title ("رئیس",
# "رئيس") would make him a state's: a party's is its leader, a legislature's
# a legislator, any other body's (a union, an association, a court) an official.
# Citizens and refugees have no head with an office.
_BODY_HEADS = {
    "PTY": "party_leader",
    "OPP": "party_leader",
    "LEG": "legislator",
    "CVL": "",
    "REF": "",
}


# A deputy of a head ("نائب خادم الحرمين الشريفين", "معاون رهبر", "the
# deputy emir") is not the head: a head of state's deputy is a senior
# official, a head of government's sits in the cabinet.
_DEPUTY_OF = {"head_of_state": "official", "head_of_government": "minister"}


def _deputy_role(text: str, hit: Hit, role: str, ctx: Context) -> str:
    """The role of a head's title written right after a deputy word
    (``context.DEPUTY_WORDS``); the title's own role otherwise."""
    if role not in _DEPUTY_OF or hit.entry.kind != "role" or hit.prefix:
        return role
    return _DEPUTY_OF[role] if previous_word(text, hit.start) in ctx.deputy_words else role


def _head_of_body(role: str, agent: str | None) -> str:
    """The role of the head of a body of ``agent`` named by a state's title:
    "رئيس جمعية أولياء التلاميذ" heads an association, not the state."""
    if role == "official" and agent == "LEG":
        return "legislator"  # "سخنگوی کمیسیون امنیت ملی": a member who speaks for it
    if role not in ("head_of_state", "head_of_government") or agent in (None, "GOV"):
        return role
    return _BODY_HEADS.get(agent, "official")


def _former_member(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether a member noun with "former" ("عضو سابق", "former member",
    ``context.MEMBER_WORDS``) stands right before a body or agent noun with
    no title of its own, only short words ("of the", "في") and at most one
    other between: "عضو سابق مجلس خبرگان", "a former member of the Iranian
    parliament" name a man who has left the body."""
    if not ctx.member_words:
        return False
    words = text[max(0, hit.start - 50) : hit.start].split()[-5:]
    formers = ctx.former_words | ctx.former_after
    for i in range(len(words) - 1):
        pair = {words[i], words[i + 1]}
        if pair & formers and pair & ctx.member_words:
            return sum(len(x) > 3 for x in words[i + 2 :]) <= 1
    return False


def _kin_before(text: str, hit: Hit, ctx: Context, floor: int = 0) -> bool:
    """Whether a kinship noun ("son", "نجل", "پسر") stands right before the
    title, at most one short word ("of the") between them, after ``floor``
    (a named kinsman's end: "داماد ترامپ با ولیعهد" is no crown prince's kin)."""
    if not ctx.kin_words:
        return False
    after = text[hit.end : hit.end + 24].split()[:2]
    if len(after) == 2 and after[0] in ("'s", "’s") and after[1].strip(",.;:") in ctx.kin_words:
        return True  # "the president's son"
    words = text[max(floor, hit.start - 40) : hit.start].split()[-4:]
    # between them only short words and, where the country adjective comes
    # first, at most one other ("the son of the Turkish president"; "پسر
    # احمد شاه مسعود" is the son of a man whose name holds a title word)
    others = 1 if ctx.titles_follow_country else 0
    return any(
        w in ctx.kin_words
        and sum(len(x) > 3 for x in words[i + 1 :]) <= others
        and not ctx.conjunctions & set(words[i + 1 :])
        for i, w in enumerate(words)
    )


def _relative_of(
    text: str, hit: Hit, pending: _Pending | None, after_title: bool, ctx: Context
) -> bool:
    """Whether the named person is only the kin of the one a person hit names:
    a kinship noun before him or his title ("ابنة ترامب", "پسر اردوغان",
    "نجل الرئيس أردوغان") or after his possessive ("Erdogan's son")."""
    if _kin_before(text, hit, ctx):
        return True
    return after_title and pending is not None and _kin_before(text, pending.hit, ctx)


def _sponsor_opened(text: str, pos: int, openers: frozenset[str]) -> bool:
    """The words right before ``pos`` name what an armed group is to a
    sponsor named at ``pos`` ("loyal to", "backed by", "وابسته به",
    ``context.SPONSOR_OPENERS``)."""
    if not openers:
        return False
    before = text[max(0, pos - 30) : pos].rstrip()
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
        for w in openers
    )


def previous_word(text: str, pos: int) -> str:
    """The token right before ``pos`` (punctuation counts as a token)."""
    window = text[max(0, pos - 40) : pos].rstrip()
    if not window:
        return ""
    if not window[-1].isalnum():
        return window[-1]
    i = len(window)
    while i > 0 and window[i - 1].isalnum():
        i -= 1
    return window[i:]


@dataclass
class _Pending:
    """A title, institution or agent noun waiting for the country it belongs to."""

    hit: Hit
    role: str
    agent: str | None
    claimed: bool = False
    home_bound: bool = False
    former: bool = False
    fallback: str = ""  # see Mention.fallback
    serves: bool = False  # an adviser's, aide's, envoy's title: he serves whom it names


def _title_of(
    hit: Hit, last_role: str, ctx: Context, last_agent: str | None = None
) -> tuple[str, str | None]:
    """(role, agent) a title-like hit stands for. A counterpart mirrors the
    last titled person, agent included ("the army chief met his Pakistani
    counterpart": another army chief, MIL, not a minister)."""
    e = hit.entry
    if e.kind == "role":  # a title may name its agent ("opposition leader": OPP)
        return e.value, e.extra[0] if e.extra and e.extra[0] else ctx.role_agents.get(e.value)
    if e.kind == "institution":
        return "", ctx.institution_agents.get(e.value)
    if e.kind == "agent":
        return "", e.value
    if not last_role:
        return "", "GOV"
    return last_role, last_agent or ctx.role_agents.get(last_role)  # counterpart


def _home_bound(hit: Hit, ctx: Context) -> bool:
    """Titles and missions abroad act for their own country, not the place."""
    kind = hit.entry.kind
    return kind in ("role", "counterpart") or (
        kind == "institution" and hit.entry.value in ctx.home_institutions
    )


def _chained(
    text: str,
    first: Hit,
    second: Hit,
    words: int = 1,
    letters: int = 4,
    conj: frozenset[str] = frozenset(),
) -> bool:
    """Two titles written one after the other (at most one short word between;
    a title and a group may have two: "الأمين العام المساعد لـ…").

    Two agent nouns are two actors ("police … protesters"), and a number
    between two nouns counts the second ("پلیس ۲۰ معترض")."""
    gap = text[first.end : second.start].split()
    if first.entry.kind == second.entry.kind == "agent" or any(c.isdigit() for c in "".join(gap)):
        return False
    if second.prefix[:1] in conj:
        return False  # "الحكومة والاتحاد العام للشغل": two actors, not one title
    return (
        second.start >= first.end
        and len(gap) <= words
        and len("".join(gap)) <= letters
        and all(w.isalnum() for w in gap)
    )


def _across_committee(text: str, first: Hit, second: Hit, ctx: Context) -> bool:
    """A title and a legislature with a committee's name between them ("رئیس
    کمیسیون امنیت ملی و سیاست خارجی مجلس", ``context.COMMITTEE_WORDS``): one
    person, a member of the legislature who heads or speaks for the committee."""
    gap = text[first.end : second.start].split()
    return (
        bool(gap)
        and gap[0] in ctx.committee_words
        and len(gap) <= 8
        and not any(c.isdigit() or c in '،,.:;«»"()' for c in "".join(gap))
        and second.prefix[:1] not in ctx.conjunctions
    )


def _orphan(pending: _Pending) -> Mention:
    """A title or agent noun no country was written next to ("police", "the
    minister"): its country is found later from the sentence or article."""
    hit = pending.hit
    return Mention(
        hit.start,
        hit.end,
        "",
        "agent",
        True,
        role=pending.role or None,
        agent=pending.agent,
        home_bound=pending.home_bound,
        unplaced=hit.entry.extra == ("owned",),
        former=pending.former,
        prefix=hit.prefix,
        fallback=pending.fallback,
    )


_BODY_KINDS = frozenset({"agent", "institution"})


def _members_of(text: str, pending: _Pending, group: Hit, ctx: Context) -> bool:
    """Whether an agent noun or institution with no title (a body or people: "الجيش",
    "police", "ارتش") may be the named movement after it: only written
    right before it ("مسلحو حماس", "لحركة") or across words of membership
    and heads of movements' names (``context.MEMBER_LINKS``: "مسلحين من
    تنظيم داعش", "قائد عسكري بجماعة الحوثي", "fighters of Hamas", "افراد
    گروه طالبان"). Any other word between heads a phrase of its own, whose
    complement the movement is, and the agent noun is another actor, most
    often the doer: "قصف الجيش مواقع داعش", "police raided Hamas offices",
    "ارتش مواضع داعش را بمباران کرد". A title ("الأمين العام المساعد
    لـ…") and a language with no such list keep the looser reading."""
    if pending.role or pending.hit.entry.kind not in _BODY_KINDS or not ctx.member_links:
        return True
    links, glued = ctx.member_links, ctx.glued_prepositions
    return all(
        w in links or (w[:1] in glued and w[1:] in links)
        for w in text[pending.hit.end : group.start].split()
    )


def _owned_by(text: str, owned: Hit, owner: Hit, ctx: Context) -> bool:
    """A word of belonging (``context.OWNER_LINKS``: "التابعة", "belonging")
    and maybe a preposition stand alone between an agent noun and the body
    that owns it ("قوات الأمن التابعة للسلطة الفلسطينية", "سفينتان تابعتان
    للبحرية اليابانية")."""
    if not ctx.owner_links or owner.start < owned.end:
        return False
    words = text[owned.end : owner.start].split()
    return 1 <= len(words) <= 2 and words[0] in ctx.owner_links and all(w.isalpha() for w in words)


def _describes(text: str, old: _Pending, hit: Hit, ctx: Context) -> bool:
    """A noun for people that is also an adjective or participle
    (``agents.DESCRIBING_AGENT_NOUNS``: "معترض" protesting, "زندانی"
    jailed) written right after an agent noun describes it: "کارگران
    معترض" are protesting workers, one actor, not workers and protesters."""
    return (
        old.hit.entry.kind == "agent"
        and hit.entry.kind == "agent"
        and not text[old.hit.end : hit.start].strip()
        and text[hit.base_start : hit.base_end] in ctx.describing_agents
    )


def _names_body(text: str, old: _Pending, hit: Hit, ctx: Context) -> bool:
    """Whether an agent noun is the name of the party noun written right
    before it ("حزب الفلاحين", "رئيس حزب کشاورزان": a farmers' party, not
    farmers). Only where nouns come first, and only after a party noun in
    the construct state: after a definite one ("دعا الحزب المواطنين") the
    noun is the verb's object."""
    if old.claimed or old.agent not in ctx.name_bearing_agents or ctx.titles_follow_country:
        return False
    if text[old.hit.end : hit.start].strip() or hit.prefix[:1] in ctx.conjunctions:
        return False
    head = text[old.hit.start : old.hit.end].split()[-1]
    return not head.startswith(ctx.definite_starts)


_TITLE_KINDS = frozenset(("role", "institution", "counterpart", "agent"))
_PLACE_KINDS = NAMED | {"state_adj", "capital", "city"}


@dataclass
class _MentionScan:
    """Per-call state of ``find_mentions``: what came before decides what a hit is."""

    text: str
    ctx: Context
    ambiguous: frozenset[str]
    on: date | None
    cue_ends: set[int]
    listed: frozenset[int] = frozenset()  # ambiguous names listed with a state
    starts: frozenset[int] = frozenset()  # where actor hits begin
    countries: dict[int, str] = field(default_factory=dict)  # country words' starts → codes
    mentions: list[Mention] = field(default_factory=list)
    pending: _Pending | None = None
    last_role: str = ""  # a counterpart has the role of the person it mirrors
    last_agent: str | None = None  # … and that person's agent
    last_end: int = -1
    linked: Mention | None = None  # the last country that took the title before it

    def release(self) -> None:
        """The pending title found no country: it becomes a mention of its own
        (a representative of no one named is a member of parliament)."""
        pending = self.pending
        if pending is not None and not pending.claimed and pending.hit.entry.kind != "counterpart":
            if WITH_COUNTRY in pending.hit.entry.extra:
                return  # "الأمن" with no country adjective is security, no actor
            orphan = _orphan(pending)
            if pending.role == "official" and self._bare_seat_title(pending.hit):
                # "برخی نمایندگان در …", "۲۹ نماینده …،": a representative of
                # no one named sits in parliament
                orphan.role = "legislator"
                orphan.agent = self.ctx.role_agents.get("legislator")
            extra = pending.hit.entry.extra
            # "قوات الاحتلال": Israel's, wherever it acts; "المستشارة الألمانية",
            # a title written with its state's adjective: that state's
            orphan.code = own_state(extra) or orphan.code
            # "8 مقاعد في مجلس النواب": a body named as the place of something
            # (attackers are never the place: "قتل جنديان في هجوم إرهابي")
            orphan.place = (
                pending.hit.entry.kind != "role"
                and pending.agent != "UAF"
                and previous_word(self.text, pending.hit.start) in self.ctx.place_preps
            )
            # "نیروهایش" (its forces): the named actor's own, as after "its"
            hit, clitics = pending.hit, self.ctx.possessive_clitics
            orphan.possessed = (
                hit.entry.kind == "agent"
                and bool(clitics)
                and hit.end > hit.base_end
                and self.text[hit.base_end : hit.end].endswith(clitics)
            )
            self.mentions.append(orphan)

    def _bare_seat_title(self, hit: Hit) -> bool:
        """A seat title (``context.SEAT_TITLES``: "نمایندگان") that ends its
        noun phrase: the next word is a preposition, conjunction, verb or
        object marker (``ROLE_BREAK_WORDS``, ``PHRASE_BREAKS``), or
        punctuation follows, or a number counts it ("۲۹ نماینده"). "نماینده
        ولی فقیه", "نمایندگان قوه مجریه", "نماینده خود" name whom they
        represent."""
        ctx, text = self.ctx, self.text
        if text[hit.base_start : hit.base_end] not in ctx.seat_titles:
            return False
        if counted(text, hit.start, ctx.lang):
            return True  # "۲۹ نماینده": members counted by a number
        rest = text[hit.end : hit.end + 30]
        if not rest[:1].isspace():
            return not rest[:1].isalnum()
        words = rest.split()
        return not words or words[0] in ctx.role_breaks | ctx.phrase_breaks | ctx.conjunctions

    def new_sentence(self) -> None:
        """A sentence ended: the pending title found no country in it."""
        self.release()
        self.pending = None
        self.linked = None

    def title(self, hit: Hit) -> None:
        """A title, institution or agent noun waits for its country (or joins a chain)."""
        text, ctx, e = self.text, self.ctx, hit.entry
        role, agent = _title_of(hit, self.last_role, ctx, self.last_agent)
        role = _deputy_role(text, hit, role, ctx)
        old = self.pending
        if old is not None and e.kind == "agent" and _names_body(text, old, hit, ctx):
            return  # "حزب الفلاحين", "رئيس حزب کشاورزان": the party's name
        if old is not None and _describes(text, old, hit, ctx):
            return  # "کارگران معترض" (protesting workers): the workers only
        owned = (
            old is not None
            and not old.claimed
            and old.hit.entry.kind == "agent"
            and e.kind in ("agent", "institution")
            and _owned_by(text, old.hit, hit, ctx)
        )
        chained_former = chained_serves = False
        committee = (
            old is not None
            and bool(ctx.committee_words)
            and agent == ctx.role_agents.get("legislator")
            and e.kind in ("institution", "agent")
            and _across_committee(text, old.hit, hit, ctx)
        )
        if owned and old is not None:
            # "قوات الشرطة التابعة لوزارة الداخلية": the police, of the
            # ministry's state; the owner is no actor of its own
            role, agent = old.role, old.agent
        elif (
            old is not None
            and not old.claimed
            and old.hit.entry.kind != "agent"  # "الشرطة … الحكومة": two actors
            # "انتقد السيناتور الجمهوري الحكومة": a title with its state
            # in its words is whole; a body after it is the verb's object
            and not (own_state(old.hit.entry.extra) and e.kind in ("institution", "agent"))
            # "في البرلمان وزير المالية": where nouns come first, a title after
            # a body begins another person ("Pentagon spokesman" is one)
            and (
                ctx.titles_follow_country or old.hit.entry.kind != "institution" or e.kind != "role"
            )
            and (
                _chained(text, old.hit, hit, conj=ctx.conjunctions)
                and not ctx.role_breaks & set(text[old.hit.end : hit.start].split())
                or committee
            )
        ):
            # "المتحدث باسم وزير الخارجية", "نائب رئيس الوزراء": one person,
            # named by the first title of the chain, acting for the body
            # the chain ends with ("سخنگوی پلیس", "رهبران کنگره", "المتحدث
            # باسم الشرطة")
            body = e.kind in ("institution", "agent") and agent is not None
            role = old.role or role
            agent = agent if body else old.agent or agent
            if body:
                role = _head_of_body(role, agent)
            if committee:
                role = "legislator"  # a committee's chair or spokesman sits in it
            chained_former = old.former
            chained_serves = old.serves
        else:
            self.release()
        pending = self.pending = _Pending(hit, role, agent, home_bound=_home_bound(hit, ctx))
        pending.serves = chained_serves or text[hit.base_start : hit.base_end] in ctx.servant_titles
        if (
            chained_former
            or (role and (_former_before(text, hit, ctx) or _former_after(text, hit, ctx)))
            or (not role and agent and _former_member(text, hit, ctx))
        ):
            # "former prime minister Imran Khan", "الرئيس الفرنسي السابق",
            # "نماینده سابق مجلس", "a former member of the Assembly": no
            # longer the state's (or the body's) voice
            pending.agent = None
            pending.former = True
        named = self.mentions[-1].end if self.mentions and self.mentions[-1].name else 0
        if role and _kin_before(text, hit, ctx, named):
            # "نجل الرئيس", "پسر رئیس‌جمهور", "the son of the president": the
            # title is his father's; he is a private person
            role, agent = pending.role, pending.agent = "", _KIN_AGENT
        self._claim_by_previous(hit, pending, role, agent)
        self.last_end = hit.end

    def _country_after(self, hit: Hit, code: str | None) -> bool:
        """A country word other than ``code`` begins right after the title
        ("وزيرة الدفاع الفرنسية", "سفير الصين")."""
        after = (self.countries.get(s) for s in range(hit.end + 1, hit.end + 3))
        return any(c is not None and c != code for c in after)

    def _other_country(self, hit: Hit, code: str) -> bool:
        """The title names a country other than ``code``: after it, or in its
        own words ("المستشارة الألمانية")."""
        own = own_state(hit.entry.extra)
        return self._country_after(hit, code) or (own != "" and own != code)

    def _claim_by_previous(self, hit: Hit, pending: _Pending, role: str, agent: str | None) -> None:
        """A name, group or country written just before the title is its holder."""
        text, ctx, e, mentions = self.text, self.ctx, hit.entry, self.mentions
        prev_m = mentions[-1] if mentions else None
        if (
            prev_m is not None
            and prev_m.kind == "person"
            and e.kind != "counterpart"
            and text[prev_m.end : hit.start].strip(" ،,") == ""
            # the kin of an office holder ("ابنة ترامب") holds no title after him
            and not (prev_m.agent == _KIN_AGENT and prev_m.name)
            # a man titled before his name takes no people noun after it as
            # his title: "رئيس الحكومة … العثماني النقابات" names the unions
            and not (ctx.names_follow_titles and e.kind == "agent" and prev_m.role)
            and not _other_office(
                prev_m,
                role,
                pending.former,
                self._other_country(hit, prev_m.code),
                ctx.names_follow_titles,
            )
        ):
            # "محمد جواد ظريف وزير الخارجية": the named person's title (not
            # when he holds another office: "الرئيس … السيسي وزير الخارجية
            # الياباني" names a second person)
            pending.claimed = True
        if (
            ctx.titles_follow_country
            and prev_m is not None
            and prev_m.kind == "person"
            and prev_m.name
            and e.kind == "role"
            and (
                text[prev_m.end : hit.start].strip() in ("'s", "’s")
                # "a Trump adviser": a servant title glued after the name
                or (pending.serves and not text[prev_m.end : hit.start].strip())
            )
        ):
            # "Trump's adviser", "Putin's foreign minister": the title's holder
            # serves the named man's state; the named man is no actor here
            prev_m.role, prev_m.agent, prev_m.former = role or None, agent, False
            prev_m.name = prev_m.name_latin = None
            prev_m.name_span = None
            pending.claimed = True
        if (
            ctx.titles_follow_country  # "Houthi forces"; Arabic puts the noun first
            and prev_m is not None
            and prev_m.kind == "group"
            and e.kind == "agent"
            and text[prev_m.end : hit.start].strip() == ""
        ):
            pending.claimed = True  # "Houthi forces", "Hamas militants": the group
        elif ctx.titles_follow_country and prev_m is not None and self._past_its_title(prev_m, hit):
            pending.fallback = prev_m.code  # "Egyptian police arrested protesters"
        elif ctx.titles_follow_country and prev_m is not None and _modifies(text, prev_m, hit, ctx):
            # "South Korean President", "Japan's foreign minister", "Iraqi police",
            # "French far-right leader", "Russian and Ukrainian officials"
            if self._heads_body(prev_m, hit, agent):
                # "the chief of staff of the Israeli army", "the president of
                # the European Parliament": the title heads the body the
                # adjective it took qualifies, and acts as that body
                prev_m.role = _head_of_body(prev_m.role or "", agent) or None
                prev_m.agent = agent
            for m in _coordinated_before(text, mentions, ctx):
                own = _group_role(role, m) if m.kind == "group" else role  # "Hezbollah leader"
                m.role = m.role or own or None
                if pending.former:
                    m.former = True  # "former French president": not the state's voice
                else:
                    m.agent = m.agent or agent
                m.strong = True
            if (
                agent
                and e.kind in ("agent", "institution")
                and not text[prev_m.end : hit.start].strip()
            ):
                # "Algerian army and security forces": the adjective and its
                # noun are one mention, so what is coordinated after it joins it
                prev_m.end = hit.end
            pending.claimed = True
            if role and e.kind != "counterpart":  # "Turkey's army chief … his counterpart"
                self.last_role, self.last_agent = role, None if pending.former else agent

    def _heads_body(self, prev_m: Mention, hit: Hit, agent: str | None) -> bool:
        """A title written before the country adjective it took ("the chief
        of staff of the Israeli …") whose adjective qualifies a body
        right after it ("… army"): the title is the body's head. Where
        titles follow their country only; a body of the government changes
        nothing."""
        if hit.entry.kind not in ("institution", "agent") or agent in (None, "GOV"):
            return False
        if prev_m.kind != "state_adj" or not prev_m.role or prev_m.former:
            return False
        if self.text[prev_m.end : hit.start].strip():
            return False
        # the mention spans its title before the adjective: a country word
        # begins inside it, after its start
        return any(prev_m.start < at < prev_m.end for at in self.countries)

    def _past_its_title(self, prev_m: Mention, hit: Hit) -> bool:
        """An adjective that already took a title is not also the country of
        a noun written after that title and a verb: "Egyptian police arrested
        protesters" (a chain "Iraqi police chief" or a list "Iraqi police
        and soldiers" still shares it). Officials let go of it only across a
        verb of capture (``context.CAPTURE_VERBS``: "Russian authorities
        detained opposition leader …"): after other verbs their next noun is
        what they say ("Iranian officials said protesters …" are Iranian)."""
        if prev_m.agent is None or self.last_end < prev_m.end:
            return False
        if not _modifies(self.text, prev_m, hit, self.ctx):
            return False
        gap = self.text[self.last_end : hit.start].split()
        if prev_m.agent not in _FORCE_AGENTS and not self.ctx.capture_verbs.intersection(gap):
            return False
        return any(w not in self.ctx.conjunctions for w in gap)

    def group(self, hit: Hit) -> None:
        """A named movement or party; a title or agent noun before it is its own."""
        text, ctx, pending = self.text, self.ctx, self.pending
        group = _group(hit, text)
        if (
            pending is not None
            and not pending.claimed
            and pending.hit.entry.kind == "agent"
            and (
                (
                    _chained(text, pending.hit, hit, conj=ctx.conjunctions)
                    and _members_of(text, pending, hit, ctx)
                )
                or _owned_by(text, pending.hit, hit, ctx)
            )
        ):
            pending.claimed = True  # "شورشیان حوثی", "مسلحو حماس": the group itself
            if group.agent == "GOV" and pending.agent in ctx.armed_branches:
                group.agent = pending.agent  # "قوات حكومة الوفاق": the government's army
        elif (
            pending is not None
            and not pending.claimed
            and _chained(text, pending.hit, hit, words=2, letters=12, conj=ctx.conjunctions)
            and _members_of(text, pending, hit, ctx)
        ):
            # "الأمين العام لحزب الله", "leader of Hamas": the group's own;
            # a title of state ("زعيم", "leader") heads the party, not a state
            group.role = _group_role(pending.role, group)
            if group.agent == "PTY" and _title_words(text, pending) in ctx.group_heads:
                group.role = "party_leader"  # a party's secretary-general leads it
            pending.claimed = True
            if (
                group.agent == "GOV"
                and not group.role
                and pending.agent in ctx.armed_branches
                and not hit.prefix
                and not text[pending.hit.end : hit.start].strip()
            ):
                # "ارتش رژیم صهیونیستی": the regime's army (not "وزارة
                # الدفاع بحكومة الوفاق", a ministry of the government)
                group.agent = pending.agent
            if _former_and(text, self.mentions, pending.hit, ctx):
                self.mentions.pop()  # "الرئيس الفرنسي السابق وزعيم حزب …": one man
        elif (
            pending is not None
            and not pending.claimed
            and pending.role
            and group.agent == ctx.role_agents.get("legislator")
            and _across_committee(text, pending.hit, hit, ctx)
        ):
            # "رئیس کمیسیون اقتصادی مجلس شورای اسلامی": a legislator
            group.role = "legislator"
            pending.claimed = True
        self.release()
        self.pending = None
        if self.mentions and _owner_of(text, self.mentions[-1], group, hit, ctx):
            self.mentions.pop()  # "Lebanon's Hezbollah", "Yemen's Houthi rebels": the group
        if group.agent in ctx.cited_agents and not group.role:
            # a named news agency or broadcaster reports or is told; its
            # head, named by a title, may act ("the head of the BBC met …")
            group.source = True
        self.mentions.append(group)
        self.last_end = hit.end

    def skipped(self, hit: Hit) -> bool:
        """A name that is also a word, or an ambiguous country word with no cue."""
        e = hit.entry
        if e.kind == "person" and e.extra[1] and not _titled(self.text, hit, self.pending):
            return True  # a name that is also a word ("ظريف") counts after a title only
        base = self.text[hit.base_start : hit.base_end]
        # "کشور مالی" is Mali; "این کشور دوشنبه" is still Monday
        return base in self.ambiguous and (
            e.kind not in ("state", "state_adj")
            or not (any(0 < hit.start - c <= 2 for c in self.cue_ends) or hit.start in self.listed)
        )

    def name_part(self, hit: Hit) -> bool:
        """A country word that is also a given name or surname
        (``context.COUNTRY_WORDS_IN_NAMES``) continuing a person's name after
        a title: "الرئيس رفائيل كوريا" (title + given name + surname),
        "السيناتور تشاد وولف" (title + given name + surname)."""
        text, ctx = self.text, self.ctx
        if hit.prefix or text[hit.base_start : hit.base_end] not in ctx.name_countries:
            return False
        last = self.mentions[-1] if self.mentions else None
        pending = self.pending
        titled = (
            pending is not None
            and pending.hit.entry.kind == "role"
            and pending.hit.end == self.last_end
        ) or (last is not None and bool(last.role) and last.end == self.last_end)
        gap = text[self.last_end : hit.start].split()
        if not titled or len(gap) > 2 or not all(w.isalpha() for w in gap):
            return False
        given = [w for w in gap if w not in ctx.former_after | ctx.former_words]
        if given:
            return len(given) == 1 and given[0] not in ctx.name_stopwords
        after = _next_word(text, hit.end)
        return bool(after) and after not in ctx.name_stopwords and hit.end + 1 not in self.starts

    def place(self, hit: Hit) -> None:
        """A state, organisation, person or place, with what is written around it."""
        text, ctx, e = self.text, self.ctx, hit.entry
        mention, claimed = _country_mention(text, hit, self.pending, self.last_end, ctx, self.on)
        self._from_neighbours(hit, mention, claimed)
        pending = self.pending
        if claimed and pending is not None:
            pending.claimed = True
            if pending.former:
                mention.former, mention.agent = True, None
        elif e.kind in NAMED or e.kind == "state_adj":
            self.release()
            if e.kind == "state_adj" and self.mentions:
                _share_title(text, self.mentions[-1], mention, ctx.conjunctions)
        linked = self.linked
        shared = linked is not None and _shares_title(text, linked, mention, self.mentions, ctx)
        if shared and linked is not None:
            # "the foreign ministers of Brazil and China": both hold the title
            mention.role, mention.agent = linked.role, linked.agent
        self.linked = mention if claimed or shared else None
        office_of_place = claimed and pending is not None and e.kind == "city" and mention.role
        if self._kin_of_named(hit, mention):
            pass  # "جرد کوشنر، داماد ترامپ": Trump only tells who Kushner is
        elif not self._joins_movement(hit, mention, claimed):
            self.mentions.append(mention)
            if office_of_place:
                # "نماینده اهواز: … بازداشت": the town still places the
                # other agents of its sentence
                where = Mention(hit.start, hit.end, e.value, "city", False, location_only=True)
                self.mentions.append(where)
            if mention.role:
                self.last_role, self.last_agent = mention.role, mention.agent
        if e.kind in NAMED or e.kind == "state_adj":
            self.pending = None
        self.last_end = hit.end

    def _kin_of_named(self, hit: Hit, mention: Mention) -> bool:
        """The named person is the kin by whom the mention before him is
        described ("Jared Kushner, Trump's son-in-law", "جرد کوشنر، داماد
        ترامپ"): an apposition, not an actor of its own."""
        if not (mention.name and mention.agent == _KIN_AGENT and self.mentions):
            return False
        prev = self.mentions[-1]
        between = self.text[prev.end : hit.start]
        words = "".join(" " if c in '،,«»"()' else c for c in between).split()
        if not words:  # "Jared Kushner, Trump's son-in-law"
            after = self.text[hit.end : hit.end + 24].split()[:2]
            return (
                len(after) == 2
                and after[0] in ("'s", "’s")
                and after[1].strip(",.;:") in self.ctx.kin_words
            )
        return words[0] in self.ctx.kin_words and len(words) <= 3

    def _from_neighbours(self, hit: Hit, mention: Mention, claimed: bool) -> None:
        """A sponsor marker, an office before a name or a place before an adjective."""
        text, e, mentions = self.text, hit.entry, self.mentions
        if any(text.startswith(b, hit.end) for b in self.ctx.sponsor_markers) or _sponsor_opened(
            text, hit.start, self.ctx.sponsor_openers
        ):
            # "Rwanda-backed rebels", "militias loyal to Iran", "الميليشيات
            # الموالية لإيران": the sponsor is named, it takes no part
            mention.source = True
        prev_m = mentions[-1] if mentions else None
        pending = self.pending
        # "French presidential candidate Emmanuel Macron": the title the
        # adjective claimed stands between them
        title = text[pending.hit.start : pending.hit.end] if pending and pending.claimed else ""
        between = text[prev_m.end : hit.start].strip() if prev_m is not None else ""
        if (
            e.kind == "person"
            and prev_m is not None
            and prev_m.role
            and prev_m.code == mention.code
            and (
                between in ("", title)
                # "الرئيس الأمريكي السابق باراك أوباما", "… المنتخب جو بايدن"
                or set(between.split()) <= self.ctx.former_after | self.ctx.elect_after
            )
        ):
            # "وزير الخارجية الإيراني عباس عراقجي": the office written before the name
            gap = text[prev_m.end : hit.start].strip()
            # … a former title kept by the adjective stays former
            former = bool(gap) and prev_m.former
            mention.role, mention.agent, mention.former = prev_m.role, prev_m.agent, former
        if (
            e.kind == "state_adj"
            and not claimed
            and mentions
            and mentions[-1].location_only
            and 0 <= hit.start - mentions[-1].end <= 1
        ):
            # "ولاية لويزيانا الأمريكية", "Kobani, the Syrian town": the place's
            mention.location_only, mention.strong, mention.agent = True, False, None

    def _joins_movement(self, hit: Hit, mention: Mention, claimed: bool) -> bool:
        """A person or adjective of the movement named just before belongs to it."""
        if not (
            hit.entry.kind in ("person", "state_adj")
            and not claimed  # "حزب النهضة … الحكومة التونسية": the title's country
            and _movement_named_before(self.text, self.mentions, hit, mention.code)
        ):
            return False
        # "الأمين العام لحزب الله اللبناني، حسن نصر الله": the movement, its
        # country adjective and its man are one participant
        group = next(m for m in reversed(self.mentions) if m.kind == "group")
        group.role = group.role or mention.role
        return True


def find_mentions(
    text: str,
    hits: list[Hit],
    cue_hits: list[Hit],
    ctx: Context,
    ambiguous: frozenset[str],
    on: date | None = None,
    sentence_starts: list[int] | None = None,
) -> list[Mention]:
    """Actor mentions in text order.

    Titles, institutions and agent nouns attach to the country word written
    next to them ("الشرطة العراقية", "Iraqi police", "Japan's foreign
    minister"), which then carries their role and agent; those left without
    one become mentions with an empty code (``_orphan``). A title waits for
    its country or name only within its sentence (``sentence_starts``):
    "… hunt the terrorists. Putin vowed …" names Putin alone, not a
    terrorist called Putin (the sentence read alone never joined them).
    """
    cue_ends = {h.end for h in cue_hits if h.entry.kind == "country_cue"}
    listed = (
        _listed_with_states(text, hits, ambiguous, ctx.conjunctions)
        | _object_of_state(text, hits, ambiguous, ctx)
        | (_before_title(text, hits, ambiguous) if ctx.titles_follow_country else frozenset())
    )
    scan = _MentionScan(
        text,
        ctx,
        ambiguous,
        on,
        cue_ends,
        listed,
        frozenset(h.start for h in hits),
        {h.start: h.entry.value for h in hits if h.entry.kind in ("state", "state_adj")},
    )
    starts = sentence_starts or []
    sentence = 0
    for hit in hits:
        if sentence < len(starts) and hit.start >= starts[sentence]:
            sentence = bisect_right(starts, hit.start)
            scan.new_sentence()
        kind = hit.entry.kind
        if kind in _TITLE_KINDS:
            scan.title(hit)
        elif kind == "group":
            scan.group(hit)
        elif kind in _PLACE_KINDS and not scan.skipped(hit) and not scan.name_part(hit):
            scan.place(hit)
    scan.release()
    mentions = scan.mentions
    mentions.sort(key=lambda m: m.start)
    _weak_lists(text, mentions, ctx.conjunctions)
    return _group_country_out(text, mentions)


def _group_country_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """A country written right after a named movement of that country
    ("انصارالله یمن", "حزب‌الله لبنان") says whose movement it is; it is no
    second actor beside it (it took the first two sides' place from the
    partner: "… انصارالله یمن با وزیر خارجه سوئد دیدار کرد")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "group"
            and m.kind == "state"
            and m.code
            and m.code == prev.code
            and not (m.agent or m.role)
            and not text[prev.end : m.start].strip()
        ):
            continue
        out.append(m)
    return out


def _listed_with_states(
    text: str, hits: list[Hit], ambiguous: frozenset[str], conj: frozenset[str]
) -> frozenset[int]:
    """Starts of ambiguous state names coordinated with a plain state or
    capital ("ترکیه و آذربایجان", "وقعت جورجيا وأوكرانيا", "Moscow and
    Kyiv"): listed with a state, the name is the state, not the province or
    the word it also spells."""
    out: set[int] = set()
    for a, b in zip(hits, hits[1:], strict=False):
        if b.start < a.end:
            continue
        gap = text[a.end : b.start].strip()
        if not (gap in conj or (gap == "" and b.prefix[:1] in conj)):
            continue
        for one, other in ((a, b), (b, a)):
            if (
                one.entry.kind == "state"
                and text[one.base_start : one.base_end] in ambiguous
                and other.entry.kind in ("state", "capital")
                and text[other.base_start : other.base_end] not in ambiguous
            ):
                out.add(one.start)
    return frozenset(out)


def _before_title(text: str, hits: list[Hit], ambiguous: frozenset[str]) -> frozenset[int]:
    """Starts of ambiguous country adjectives written right before a title,
    an institution or an agent noun ("the Polish president", "Congolese
    troops"): there the word is the country's, not the verb or the region
    it also spells. Only where titles follow their country
    (``TITLES_FOLLOW_COUNTRY``): in Arabic a word before a title closes the
    phrase before ("تحفيزا ماليا لعناصر الشرطة" is money, not Mali)."""
    out: set[int] = set()
    for a, b in zip(hits, hits[1:], strict=False):
        if (
            a.entry.kind == "state_adj"
            and text[a.base_start : a.base_end] in ambiguous
            and b.entry.kind in _TITLE_KINDS
            and b.start > a.end
            and not text[a.end : b.start].strip()
        ):
            out.add(a.start)
    return frozenset(out)


# Actors that may stand as a subject right before the object they act on.
_SUBJECT_KINDS = frozenset(("state", "capital", "igo", "person"))


def _object_of_state(
    text: str, hits: list[Hit], ambiguous: frozenset[str], ctx: Context
) -> frozenset[int]:
    """Starts of ambiguous state names written as the object right after a
    plain actor that is the subject: marked by the object marker where the
    language has one ("ارمنستان آذربایجان را متهم کرد"), else right after
    the subject of a verb that comes first ("هددت روسيا جورجيا"). An object
    of one state is the state, not the province or the word it also spells;
    after a noun it is a word again ("کمک مالی را", "مردم آذربایجان را")."""
    if not (ctx.object_markers or ctx.subject_after_verb):
        return frozenset()
    out: set[int] = set()
    for a, b in zip(hits, hits[1:], strict=False):
        if (
            b.start < a.end
            or b.entry.kind != "state"
            or text[b.base_start : b.base_end] not in ambiguous
            or a.entry.kind not in _SUBJECT_KINDS
            or text[a.base_start : a.base_end] in ambiguous
            or text[a.end : b.start].strip(" " + COMMAS)
            or b.prefix
        ):
            continue
        marker = text[b.end : b.end + 12].split()[:1]
        if ctx.object_markers and not (marker and marker[0] in ctx.object_markers):
            continue
        out.add(b.start)
    return frozenset(out)


def _modifies(text: str, prev_m: Mention, hit: Hit, ctx: Context) -> bool:
    """The country word before a title is its country: right before it or
    with its possessive ("Iraqi police", "Japan's foreign minister"); an
    adjective also across a few plain words ("French far-right leader",
    "Greek-owned oil tanker") but not across "-backed" and the like, which
    name a sponsor ("Russian-backed separatists")."""
    if not prev_m.code or prev_m.location_only:
        return False
    gap = text[prev_m.end : hit.start].split()
    marks = ctx.possessive_markers
    if not gap or (len(gap) == 1 and gap[0] in marks):
        return True
    possessive = gap[0] in marks or text.endswith(marks, 0, prev_m.end)
    if prev_m.kind != "state_adj" and not possessive:
        return False
    words = [w for w in gap if w not in marks]
    return (
        len(words) <= ctx.title_gap_words
        and all(_PLAIN.fullmatch(w) for w in words)
        and not any(w in ctx.name_stopwords or w in ctx.title_gap_blockers for w in words)
    )


_PLAIN = re.compile(r"-?[^\W\d_][\w'-]*")


def _coordinated_before(text: str, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """The last mention and the country adjectives coordinated with it
    ("Chinese and Russian warships": both navies)."""
    out = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        gap = text[m.end : out[-1].start].strip()
        if m.kind != "state_adj" or out[-1].kind != "state_adj" or gap not in ctx.conjunctions:
            break
        if m.role or m.agent:
            break
        out.append(m)
    return out


def _owner_of(text: str, prev_m: Mention, group: Mention, hit: Hit, ctx: Context) -> bool:
    """A country written as the owner of its own movement or party."""
    return (
        prev_m.kind in ("state", "state_adj")
        and prev_m.code == group.code
        and not prev_m.role
        and not prev_m.agent
        and ctx.titles_follow_country
        and _modifies(text, prev_m, hit, ctx)
    )


# Agents whose deeds have targets: the noun after their verb is another actor.
_FORCE_AGENTS = frozenset({"COP", "MIL", "JUD"})


# Kinds of name that share a title when coordinated (besides the same kind).
_LISTED_TOGETHER = {"state", "igo"}


def _shares_title(
    text: str, linked: Mention, mention: Mention, mentions: list[Mention], ctx: Context
) -> bool:
    """A country coordinated right after one that took a title ("of Brazil
    and China") holds the same title; a state and an organisation are
    listed together too ("representatives of Iran and the EU"), also with
    the conjunction glued to the name ("وزراء خارجية مصر والأردن")."""
    kinds = {mention.kind, linked.kind}
    gap = text[linked.end : mention.start].strip()
    return (
        bool(mentions)
        and mentions[-1] is linked
        and (len(kinds) == 1 or kinds == _LISTED_TOGETHER)
        and not mention.role
        and not mention.agent
        and (gap in ctx.conjunctions or _glued_title_list(gap, linked, mention, ctx))
    )


def _glued_title_list(gap: str, linked: Mention, mention: Mention, ctx: Context) -> bool:
    """A state after a titled state with the conjunction written on its name
    ("وزراء خارجية مصر والأردن"): only an office spreads so (an agent noun's
    country is often followed by the other side: "بين باكستان وأفغانستان")."""
    return (
        not gap
        and mention.prefix[:1] in ctx.conjunctions
        and bool(linked.role)
        and linked.kind == mention.kind == "state"
    )


def _gap_is_conj(text: str, a: Mention, b: Mention, conj: frozenset[str]) -> bool:
    gap = text[a.end : b.start].strip()
    return b.start >= a.end and (gap == "" or gap in conj)


def _share_title(text: str, prev: Mention, mention: Mention, conj: frozenset[str]) -> None:
    """ "اللجنة الليبية الإيطالية", "the US and British forces": every
    adjective of a list belongs to the title before it."""
    if prev.kind == "state_adj" and prev.agent and _gap_is_conj(text, prev, mention, conj):
        mention.agent = mention.agent or prev.agent
        mention.role = mention.role or prev.role
        mention.strong = True


def _weak_lists(text: str, mentions: list[Mention], conj: frozenset[str]) -> None:
    """A country listed right after a topic or place ("in America, Canada
    and Europe") is a topic or place too."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if (
            m.kind in ("state", "igo")
            and prev.kind in ("state", "igo")
            and not prev.strong
            and m.strong
            and not m.role
            and not m.agent
            and (
                _gap_is_conj(text, prev, m, conj)
                # "حلف شمال الأطلسي (الناتو)": the same name again
                or (m.code == prev.code and text[prev.end : m.start].strip() in ("(", "-"))
            )
        ):
            m.strong = False
            m.topic = m.topic or prev.topic  # "about Syria and Iraq"


# Offices of a state: a holder named as a movement's or party's own
# ("زعيم حزب العمال", "the leader of the Labour Party") leads the party.
_STATE_OFFICES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_minister"}
)
_STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def _title_words(text: str, pending: _Pending) -> str:
    """The title as listed, without the clitics glued before it."""
    return text[pending.hit.base_start : pending.hit.base_end]


def _group_role(role: str | None, group: Mention) -> str | None:
    """The role of a title's holder who belongs to a named group: a state's
    office becomes the party leadership (agent PTY stays the group's),
    unless the group is a state's own body ("وزیر خارجه رژیم صهیونیستی")."""
    if role in _STATE_OFFICES and group.agent in _ARMED_GROUPS:
        return None  # "زعيم تنظيم داعش", "Taliban leader": no party's leader
    if role in _STATE_OFFICES and group.agent not in _STATE_BODIES:
        return "party_leader"
    return role or None


# Agents of armed groups, whose leaders lead no party
_ARMED_GROUPS = frozenset({"REB", "UAF", "CRM"})


def _group(hit: Hit, text: str) -> Mention:
    """A named movement or party: its own country and agent."""
    agent, in_power = hit.entry.extra
    m = Mention(hit.start, hit.end, hit.entry.value, "group", True, agent=agent, prefix=hit.prefix)
    m.in_power = in_power
    m.name = text[hit.base_start : hit.base_end]
    m.name_span = (hit.base_start, hit.base_end)
    return m


def _movement_named_before(text: str, mentions: list[Mention], hit: Hit, code: str) -> bool:
    """A named movement of the person's country stands right before the name,
    with at most its country adjective and a comma between. A news agency
    that reports ("KCNA said Kim …") has no members among those it names."""
    for m in reversed(mentions):
        if m.kind == "group":
            return m.code == code and not m.source and 0 <= hit.start - m.end <= 25
        if m.kind != "state_adj" or m.code != code:
            return False
    return False


def _titled(text: str, hit: Hit, pending: _Pending | None) -> bool:
    """A title stands right before the hit ("الوزير ظريف"); an agent noun is
    no title ("رجل ظريف" is a nice man)."""
    return (
        pending is not None
        and pending.hit.entry.kind != "agent"
        and 0 <= hit.start - pending.hit.end <= 2
    )


def holding(people: tuple[str, ...], on: date | None) -> offices.Holding:
    """The office a name stands for on the article's date: of several people
    sharing the name, one in office that day, else the latest in office.
    Without a date nobody is called former."""
    held = [offices.resolve(p, on) for p in people]
    best = min(held, key=lambda h: (h.former, h.upcoming, -_first_day(h.start)))
    if on is None:
        # an undated article names people as they were when it was written
        best = replace(best, former=False, upcoming=False)
    return best


def _first_day(start: str) -> int:
    return offices.date_bounds(start)[0].toordinal()


def _country_mention(
    text: str,
    hit: Hit,
    pending: _Pending | None,
    last_end: int,
    ctx: Context,
    on: date | None = None,
) -> tuple[Mention, bool]:
    """A state, organisation, person or place mention, taking the pending
    title's role and agent when it is the title's country (then True)."""
    prev = _location_head_before(text, hit, ctx) or previous_word(text, hit.start)
    if hit.prefix and hit.prefix[-1] in ctx.glued_prepositions and not prev:
        prev = hit.prefix
    after_title = _after_title(text, hit, pending, ctx)
    mention = _office_mention(text, hit, pending, after_title, on, ctx)
    if _names_father(text, hit, ctx):
        # "الأمير متعب بن عبدالله بن عبدالعزيز": the father's name inside
        # another man's name (``context.PATRONYMIC_WORDS``) gives the son
        # his state, not the father's office or name
        if not (after_title and pending is not None and pending.role):
            mention.role = mention.agent = None
        mention.name = mention.name_latin = None
        mention.name_span = None
        mention.former = False
    kind = hit.entry.kind
    if kind == "person" and _relative_of(text, hit, pending, after_title, ctx):
        # "ابنة ترامب", "پسر اردوغان", "Erdogan's son": a private person of
        # the office holder's country, holding no office of his
        mention.role, mention.agent, mention.former = None, _KIN_AGENT, False
    if kind in ("city", "capital") and after_title and mention.agent not in (None, "GOV"):
        # "دادگاه انقلاب مشهد", "Basra police": the agent of the place's country
        pass
    elif kind == "city" and after_title and _office_of_place(text, hit, pending, ctx):
        # "محافظ البصرة", "شهردار تهران": the office of a province or town;
        # a representative of a town sits for it in parliament ("نماینده
        # اصفهان"; of a capital he speaks for the state: "نماینده تهران")
        if (
            pending is not None
            and text[pending.hit.base_start : pending.hit.base_end] in ctx.seat_titles
        ):
            mention.role = "legislator"
            mention.agent = ctx.role_agents.get("legislator")
    elif kind == "city" or (kind == "capital" and _capital_is_place(text, hit, prev, ctx)):
        mention.location_only = True
        mention.strong = False
        mention.venue = _names_event(text, hit, prev, ctx)
    elif kind == "state_adj":
        own_head = after_title and pending is not None and 0 <= hit.start - pending.hit.end <= 1
        _state_adj(text, hit, mention, prev, after_title, own_head, last_end, ctx)
    elif kind == "state" and not after_title and _in_place(text, hit, prev, ctx):
        # "police in Egypt", "strikes in southern Lebanon": where, not who
        mention.location_only = True
        mention.strong = False
    elif kind == "igo" and not after_title and _names_event(text, hit, prev, ctx):
        # "خلال قمة منظمة شنغهاي", "در حاشیه نشست گروه بیست", "the SCO
        # summit": the body whose meeting it is (``places.venue_bodies_out``)
        mention.venue = True
    elif kind in ("state", "igo") and not after_title and _after_topic_head(text, hit, ctx):
        # "مستقبل ليبيا", "پرونده هسته‌ای ایران", "the future of Libya": what
        # a noun is about, never a side
        mention.strong = False
        mention.topic = True
    elif (
        kind in ("state", "igo")
        and prev in ctx.topic_preps | ctx.location_heads | ctx.about_preps
        and not after_title
    ):
        # "بشأن سوريا", "عضو في حلف الناتو": a topic or a venue; "a court in
        # Bahrain", "في باكستان", "southern Lebanon": where something happens
        mention.strong = False
        mention.place = prev in ctx.location_preps | ctx.location_heads | ctx.place_preps
        mention.offshore = prev in ctx.offshore_heads
        mention.topic = prev in ctx.about_preps or (
            # "the initiative on Israel", not "the attack on Israel"
            prev in ctx.topic_preps
            and previous_word(text, hit.start - len(prev) - 1) in ctx.topic_nouns
        )
    if not after_title and kind in _ELSEWHERE_KINDS and _outside_or_named(text, hit, prev, ctx):
        # "قبالة السواحل الليبية", "باب المغاربة", "on the border with Syria":
        # a place off the country or named after it, so neither a party nor
        # the home of the agents the sentence names
        mention.location_only, mention.strong, mention.agent = True, False, None
        mention.offshore = mention.venue = True
    return mention, after_title


_ELSEWHERE_KINDS = frozenset({"state", "state_adj", "capital", "city"})


def _outside_or_named(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """The country is written after a preposition of "off"/"across from"
    (``context.OUTSIDE_PREPOSITIONS``), maybe through a place noun ("قبالة
    السواحل الليبية"), after the head of a place name (``context.
    NAMED_PLACE_HEADS``: "باب المغاربة", "شارع سوريا"), as the partner of
    a border ("الحدود مع سوريا", "the border with Syria"), or as where one
    travels (``context.TRAVEL_WORDS``: "للسفر إلى سوريا"; no visit's host:
    its words are no travel words)."""
    if prev in ctx.outside_preps or prev in ctx.named_place_heads:
        return True
    if " " in prev:  # a two-word head: "border with"
        head, _, last = prev.rpartition(" ")
        return head in ctx.border_heads and last in ctx.partner_preps
    if prev in ctx.location_heads:
        words = ctx.outside_preps
    elif prev in ctx.destination_preps:
        words = ctx.travel_words  # "للسفر إلى سوريا", "on his way to Paris"
    elif prev in ctx.partner_preps:
        words = ctx.border_heads
    else:
        return False
    return bool(words) and previous_word(text, hit.start - len(prev) - 1) in words


def _after_topic_head(text: str, hit: Hit, ctx: Context) -> bool:
    """The hit follows a noun that names a topic (``context.TOPIC_HEADS``,
    up to three words, a clitic glued to the first allowed: "لمستقبل ليبيا")."""
    if not ctx.topic_heads or hit.prefix:
        return False
    words = text[max(0, hit.start - 40) : hit.start].split()[-3:]
    for n in (1, 2, 3):
        if len(words) < n:
            break
        first, rest = words[-n], words[len(words) - n + 1 :]
        for head in (first, first[1:] if first[:1] in ctx.name_clitics else first):
            if " ".join([head, *rest]) in ctx.topic_heads:
                return True
    return False


def _after_title(text: str, hit: Hit, pending: _Pending | None, ctx: Context) -> bool:
    """The hit is the country of the pending title: close after it, with no break between."""
    e = hit.entry
    if pending is not None and pending.hit.entry.extra[:1] == (OF_STATE,):
        # "شن الاحتلال غارات على جنوب لبنان": one state's body; only an
        # adjective right after it names another ("الاحتلال الأمريكي")
        gap = hit.start - pending.hit.end
        glued = hit.prefix[:1] in ctx.glued_prepositions | ctx.conjunctions
        return not pending.claimed and e.kind == "state_adj" and not glued and gap <= 1
    after_title = (
        pending is not None
        and not pending.claimed
        and e.kind != "city"  # "صحيفة نيويورك تايمز": a name, not the title's country
        and hit.start - pending.hit.end <= 25
        # "سفير … لدى كوريا", "ambassador to Korea": the host, not his state
        and not ctx.role_breaks & set(text[pending.hit.end : hit.start].split() + [hit.prefix])
        # "به نوشته روزنامه هاآرتص، لبنان …", "the newspaper said, Lebanon …": a
        # clause break ends the title; only a name may follow it across a comma
        # ("رئیس جمهور، ابراهیم رئیسی"), not across a colon ("… رهبر انقلاب گزارش
        # داد: آیت‌الله خامنه‌ای")
        and not (NAME_BREAKS if e.kind == "person" else TITLE_BREAKS)
        & set(text[pending.hit.end : hit.start])
        and not _clashes(text, pending.hit, hit, ctx)
        and not _counted_between(text, pending.hit.end, hit, ctx)
    )
    if after_title and ctx.role_links and pending is not None:
        after_title = text[pending.hit.end : hit.start].strip() in ctx.role_links
    if not after_title and _served_person(text, hit, pending, ctx):
        after_title = True  # "an adviser to Trump": Trump's adviser
    if not after_title and _counterpart_in(text, hit, pending, ctx):
        after_title = True  # "his counterparts in Britain": Britain's minister
    if not after_title and _placed_agent(text, hit, pending, ctx):
        after_title = True  # "المحكمة الابتدائية بتونس": the court of Tunisia
    if not after_title and _office_of_place(text, hit, pending, ctx):
        after_title = True  # "محافظ البصرة", "رئيس بلدية إسطنبول": Iraq's, Turkey's
    return after_title


def _served_person(text: str, hit: Hit, pending: _Pending | None, ctx: Context) -> bool:
    """A named person after a servant title and a link word
    (``context.SERVANT_LINKS``: "an adviser to Trump", "a spokesman for
    Erdogan"): the man served, whose state the title holder serves; the
    link would otherwise part them like "ambassador to"."""
    if pending is None or pending.claimed or not pending.serves or hit.entry.kind != "person":
        return False
    gap = text[pending.hit.end : hit.start].split()
    return len(gap) == 1 and gap[0] in ctx.servant_links


def _counterpart_in(text: str, hit: Hit, pending: _Pending | None, ctx: Context) -> bool:
    """A counterpart and a state right after a preposition of place ("his
    counterparts in Britain", "همتایانش در بریتانیا", "نظرائه في بريطانيا"):
    the state is the counterpart's, not where the talks happen."""
    if pending is None or pending.claimed or pending.hit.entry.kind != "counterpart":
        return False
    if hit.entry.kind != "state":
        return False
    preps = ctx.location_preps | ctx.state_place_preps
    gap = text[pending.hit.end : hit.start].split()
    if hit.prefix and not gap:
        return hit.prefix[-1:] in preps  # "نظرائه ببريطانيا"
    return len(gap) == 1 and gap[0] in preps


def _counted_between(text: str, end: int, hit: Hit, ctx: Context) -> bool:
    """A number counts a noun between the title and the adjective: the
    adjective is that noun's ("افراد مسلح دو گردشگر فرانسوی را ربودند",
    "اعتقلت الشرطة خمسة أشخاص سوريين"), not the title's country."""
    if hit.entry.kind != "state_adj":
        return False
    # an age or a span ("نوجوان ۱۲ ساله فلسطینی") is no count of another noun
    words = [(end + m.start(), end + m.end()) for m in re.finditer(r"\S+", text[end : hit.start])]
    if not words:
        return False
    nexts = [s for s, _ in words[1:]] + [hit.start]
    return any(
        counted(text, after, ctx.lang) and not is_measure(text, s, e, ctx.lang)
        for (s, e), after in zip(words, nexts, strict=True)
    )


def _clashes(text: str, title: Hit, hit: Hit, ctx: Context) -> bool:
    """A country adjective whose ending cannot agree with the noun's
    (``context.ADJECTIVE_CLASHES``): "خطف مسلحون سائحا فرنسيا" (gunmen,
    nominative plural; French, accusative singular) describes the tourist,
    so the kidnappers take no country from their captive."""
    if hit.entry.kind != "state_adj" or not ctx.adjective_clashes:
        return False
    noun, adjective = text[title.start : title.end], text[hit.start : hit.end]
    return any(noun.endswith(a) and adjective.endswith(b) for a, b in ctx.adjective_clashes)


def _office_of_place(text: str, hit: Hit, pending: _Pending | None, ctx: Context) -> bool:
    """A title written right before a province or town, nothing between
    (the construct state, the Persian ezafe) or only a title's link ("of"):
    the office of that place, held in its country ("محافظ البصرة",
    "استاندار خوزستان", "the governor of Basra"). Not a noun for a group
    ("صحيفة نيويورك تايمز" is a name), not across a preposition ("السفير في
    بغداد" serves there)."""
    links = ctx.role_links or frozenset({""})
    return (
        pending is not None
        and not pending.claimed
        and pending.hit.entry.kind == "role"
        and hit.entry.kind == "city"
        and not hit.prefix
        and text[pending.hit.end : hit.start].strip() in links
    )


_HEADS = frozenset({"head_of_state", "head_of_government"})


def _heads_servant(
    role: str | None, held: offices.Holding, after_title: bool, pending: _Pending | None
) -> bool:
    """A lesser title written before a sitting head's name ("وزیر خارجه
    رئیسی", "وزير خارجية بوتين", "سخنگوی بایدن"): the title's holder serves
    the head's state; the name is the head's, not his. A candidate's title
    (PTY: "المرشح الرئاسي ترامب") is the head's own."""
    return (
        after_title
        and pending is not None
        and pending.agent == held.agent
        and bool(role)
        and role not in _HEADS
        and held.role in _HEADS
        and not held.former
    )


def _definite(text: str, hit: Hit, ctx: Context) -> bool:
    """A title written with the definite article ("المستشارة"), where the
    language marks it on the noun (``context.DEFINITE_STARTS``), and not
    ending in a link to whom it serves ("المتحدث باسم")."""
    title = text[hit.start : hit.end]
    return (
        bool(ctx.definite_starts)
        and title.startswith(ctx.definite_starts)
        and title.split()[-1] not in ctx.servant_links
    )


def _names_father(text: str, hit: Hit, ctx: Context) -> bool:
    """A known person's name right after a word for "son of" ("بن", "bin"):
    the father named inside his son's name."""
    return hit.entry.kind == "person" and previous_word(text, hit.start) in ctx.patronymics


def _office_mention(
    text: str,
    hit: Hit,
    pending: _Pending | None,
    after_title: bool,
    on: date | None,
    ctx: Context | None = None,
) -> Mention:
    """The mention with its title's role and agent, or a named person's own office."""
    e = hit.entry
    role: str | None = pending.role if after_title and pending else None
    agent: str | None = pending.agent if after_title and pending else None
    code = e.value
    held = holding(e.extra[0], on) if e.kind == "person" else None
    if held is not None and not (after_title and role):
        # someone out of office keeps the role but is not the state's voice
        code, role, agent = held.code, held.role, None if held.former else held.agent
    elif (
        held is not None
        and pending is not None
        and role == "official"
        and pending.hit.entry.value == "official"  # its own title, not a chain's
        # "مستشار ترامب" is Trump's adviser, not Trump; "المستشارة ميركل" is Merkel
        and (not pending.serves or (ctx is not None and _definite(text, pending.hit, ctx)))
        and pending.agent == held.agent  # no candidate's (PTY) title
        and not text[pending.hit.end : hit.start].strip()
        # a head of government only on a known date: undated, the latest
        # holder's office is no guide ("الأمير محمد بن سلمان" in 2015)
        and (held.role == "head_of_state" or (on is not None and held.role in _HEADS))
        and not held.former
    ):
        # a prince's or a senior official's title before a sitting head's
        # name ("الأمير تميم بن حمد"): his own office is the higher one
        code, role = held.code, held.role
    elif held is not None:
        code = held.code  # the title written before the name tells the office
    if (
        e.kind == "igo"
        and role in _DEPUTY_OF
        and pending is not None
        and ctx is not None
        and text[pending.hit.base_start : pending.hit.base_end] in ctx.igo_head_titles
    ):
        # "رئيس البرلمان الأوروبي", "the president of the European
        # Commission": an organisation's head (``context.IGO_HEAD_TITLES``)
        # is its senior official; "the G7 leaders" are its states' heads
        role = "official"
    # A country named after its title spans the title too ("وزرای خارجه گروه
    # هفت"), so a list "A, B and the foreign ministers of C" stays one list.
    same_line = pending is not None and "\n" not in text[pending.hit.start : hit.start]
    start = pending.hit.start if after_title and pending is not None and same_line else hit.start
    mention = Mention(start, hit.end, code, e.kind, True, role=role or None, agent=agent)
    mention.prefix = pending.hit.prefix if start != hit.start and pending else hit.prefix
    # "مستشار ترامب", "an adviser to Trump": the name is the master's, not
    # the adviser's ("Kremlin spokesman Peskov" keeps his own)
    served = (
        after_title
        and pending is not None
        and pending.serves
        # "المستشارة أنجيلا ميركل": a definite title before a name is his own
        and not (ctx is not None and _definite(text, pending.hit, ctx))
    )
    if held is not None and not (served and held.role in _SOLE_OFFICES):
        served = on is not None and _heads_servant(role, held, after_title, pending)
    if held is not None and not (served and held.role in _SOLE_OFFICES):
        mention.name = text[hit.base_start : hit.base_end]
        mention.name_span = (hit.base_start, hit.base_end)
        mention.name_latin = held.name_latin or None
        mention.former = held.former and not (after_title and pending and pending.role)
    return mention


def _location_head_before(text: str, hit: Hit, ctx: Context) -> str:
    """A head noun of two words right before the hit ("آب‌های", "حریم
    هوایی", "coast of"), which the one word before cannot show: the second
    word alone ("هوایی", "of") is no head ("حمله هوایی ایران" is Iran's).
    The head of a place's name counts too ("gulf of": "the Gulf of
    Finland" is no side, ``context.NAMED_PLACE_HEADS``)."""
    last = previous_word(text, hit.start)
    if not last.isalnum():
        return ""
    pos = text.rfind(last, 0, hit.start)
    pair = f"{previous_word(text, pos)} {last}"
    return pair if pair in ctx.location_heads or pair in ctx.named_place_heads else ""


def _capital_is_place(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A capital written as a place (after "in", "the capital", as a dateline), not a state."""
    return (
        prev in ctx.location_preps
        or prev in ctx.location_heads  # "العاصمة لندن", "فرودگاه استکهلم", "the Kabul airport"
        or previous_word(text, hit.start - len(prev) - 1)
        in ctx.location_heads  # "میدان آزادی تهران"
        or hit.prefix.endswith(ctx.location_prefixes)
        or _dateline(text, hit)
        or _names_event(text, hit, prev, ctx)
    )


def _names_event(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """The place names an event held there ("مذاکرات وین", "قمة الرياض", and
    where modifiers come first "the Vienna talks"): only where the talks were,
    so neither a party nor the home of the agents the sentence names."""
    if prev in ctx.venue_nouns:
        return True
    # a plural ending written apart is a word of its own ("رایزنی های وین")
    before = previous_word(text, hit.start - len(prev) - 1)
    if f"{before} {prev}" in ctx.venue_nouns:
        return True
    return ctx.titles_follow_country and _next_word(text, hit.end) in ctx.venue_nouns


def _state_adj(
    text: str,
    hit: Hit,
    mention: Mention,
    prev: str,
    after_title: bool,
    own_head: bool,
    last_end: int,
    ctx: Context,
) -> None:
    """A country adjective: an actor after a title or head noun, a place, or the people."""
    mention.strong = after_title or prev in ctx.head_nouns or (0 <= hit.start - last_end <= 1)
    following = _next_word(text, hit.end)
    # a head word that ends the title itself ("خفر السواحل الإيطالي",
    # "coast guard") is no place (``own_head``)
    # the head noun follows the adjective only where adjectives come first
    # (English "the Laotian capital"); in "القوات الإسرائيلية مدينة رفح" the
    # next word opens the object
    head_after = ctx.titles_follow_country and following in ctx.location_heads
    if (prev in ctx.location_heads and not own_head) or head_after:
        # "العاصمة الصينية", "the Laotian capital": a place
        mention.location_only = True
        mention.strong = False
        mention.offshore = (prev in ctx.offshore_heads and not own_head) or (
            head_after and following in ctx.offshore_heads
        )
    elif not after_title and (
        _people_form(text, hit, ctx.people_suffixes)
        or text[hit.base_start : hit.base_end] in ctx.people_words
        # where adjectives follow their noun, one right after a number has
        # none: "دو آمریکایی" (two Americans), "یک بریتانیایی"
        or (not ctx.titles_follow_country and counted(text, hit.start, ctx.lang))
    ):
        # "Israelis", "الكوريين", "ایرانیان": the people of the country
        mention.agent = "CVL"
        mention.strong = True


def _placed_agent(text: str, hit: Hit, pending: _Pending | None, ctx: Context) -> bool:
    """An agent noun, a word or two describing it, then a place written with
    a preposition of place glued to it (``context.AGENT_PLACE_PREFIXES``):
    the agent acts there ("المحكمة الابتدائية بتونس", "النقابة الأساسية
    بالقيروان"). Without the describing word the preposition is more often
    the verb's ("نددت الحكومة بإسرائيل")."""
    if pending is None or pending.claimed or pending.hit.entry.kind != "agent":
        return False
    if hit.entry.kind not in ("state", "capital", "city") or not hit.prefix:
        return False
    gap = text[pending.hit.end : hit.start].split()
    return (
        hit.prefix[-1:] in ctx.agent_place_prefixes
        and 1 <= len(gap) <= 2
        and all(w.isalpha() for w in gap)
    )


def _in_place(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A country after a preposition of place (``context.STATE_PLACE_PREPOSITIONS``),
    maybe through a word of direction ("in northern Syria")."""
    preps = ctx.state_place_preps
    if not preps or text.startswith(ctx.possessive_markers, hit.end):
        return False
    if prev in preps:
        return True
    if prev in ctx.place_modifiers:
        start = text.rfind(prev, 0, hit.start)
        return previous_word(text, start) in preps
    return False


_TOKEN = re.compile(r"[^\W\d_][\w'-]*")


def home_code(mentions: list[Mention], ctx: Context, ours: bool = False) -> str:
    """The country an article is written from, or "" when nothing tells: the
    most mentioned of the language's ``context.HOME_CANDIDATES`` (a Persian
    outlet writes from Iran or Afghanistan). Bare titles ("the minister")
    and "our country" belong to it. A text that names none of them and
    does not speak of "our country" (``ours``) gives no home: the spec's
    code is null when the text at hand does not tell."""
    counts = Counter(m.code for m in mentions if m.code in ctx.home_candidates)
    if not counts and not ours:
        return ""  # nothing in the text tells: titles and agents stay without a country
    if not ctx.home_candidates:
        return ""
    return max(ctx.home_candidates, key=lambda c: (counts[c], -ctx.home_candidates.index(c)))


def dateline_code(text: str, mentions: list[Mention]) -> str:
    """The country of the dateline place ("سيول - واس:", "BAGHDAD, May 3",
    "عبدالله البرقاوي- سبق- الرياض:"), or "". Police, protesters and other
    agents named with no country act there unless the sentence names
    another place."""
    for m in mentions[:3]:
        if m.kind in ("capital", "city") and m.location_only and m.start < 200:
            line_start = text.rfind("\n", 0, m.start) + 1
            if text[line_start : m.start].strip(" \t\"'«(") == "" or m.dateline:
                return m.code
    return ""


def mark_datelines(text: str, mentions: list[Mention]) -> None:
    """Mentions inside a dateline ("ANKARA, Turkey (AP) —", "تهران- ایرنا-",
    ``text.segment.dateline_spans``) name where and by whom the news was
    written: the places become places and the outlets sources, never
    parties. A span counts as a dateline only when it names a city or an
    outlet (a parenthesis or dashes alone also open ordinary sentences)."""
    spans = dateline_spans(text[:_DATELINE_REACH]) if mentions else []
    for a, b in spans:
        inside = [m for m in mentions if a <= m.start and m.end <= b]
        if not any(m.kind in _DATELINE_PLACES or m.agent == "MED" for m in inside):
            continue
        for m in inside:
            m.dateline = True
            if m.kind in _DATELINE_PLACES or m.kind == "state":
                m.location_only, m.strong = True, False
            else:
                m.source = True


_DATELINE_PLACES = ("capital", "city")
# Datelines open an article; later lines opening with a place and a dash are
# mostly list items or results ("الأهلي - الزمالك:"), and the scan stays short.
_DATELINE_REACH = 400


def add_home_mentions(
    text: str, mentions: list[Mention], hits: list[Hit], home: str
) -> list[Mention]:
    """ "Our country" (``context.OUR_COUNTRY_WORDS``) is the home country."""
    if not home:
        return mentions
    added = [
        Mention(hit.start, hit.end, home, "home", True) for hit in hits if hit.entry.kind == "ours"
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def home_places(text: str, hits: list[Hit], ctx: Context) -> list[Hit]:
    """The hits of "the country" written alone (``context.HOME_NOUNS``) that
    name the home country: not after a word that makes it another one
    (``HOME_NOUN_NOT_AFTER``: "این کشور", "دو کشور", "خارج از کشور",
    "وزارت کشور") or a number, nor before one (``HOME_NOUN_NOT_BEFORE``:
    "کشور همسایه", "کشور های"), a country's name ("کشور عراق") or an
    adjective (a word of four letters or more ending in
    ``HOME_NOUN_ADJECTIVE_ENDINGS``: "کشور اسلامی"; shorter ones are verb
    prefixes). "معلمان سراسر کشور", "مسئولان اقتصادی کشور" are the home's."""
    found = [h for h in hits if h.entry.kind == "home_place"]
    if not found:
        return []
    starts = {h.start for h in hits if h.entry.kind != "home_place"}
    out = []
    for hit in found:
        before = text[max(0, hit.start - 40) : hit.start].split()[-2:]
        if set(before) & ctx.home_not_after or (before and before[-1].isdigit()):
            continue
        rest = text[hit.end : hit.end + 40]
        after = rest.split()[0] if rest[:1].isspace() and rest.split() else ""
        if after in ctx.home_not_before or hit.end + 1 in starts:
            continue
        if len(after) >= 4 and after.endswith(ctx.home_adj_endings):
            continue
        out.append(hit)
    return out


def _dateline(text: str, hit: Hit) -> bool:
    """A capital opening a line and followed by a dash, comma or bracket is
    the dateline ("سيول - واس:", "تهران- ایرنا-", "SEOUL, April 23"): a place."""
    # Look back a little first: on a one-line document, slicing back to the
    # line start for every capital would be quadratic.
    near = max(0, hit.start - 64)
    line_start = text.rfind("\n", near, hit.start) + 1
    if not line_start and near and text[near : hit.start].strip(" \t\"'«(") != "":
        return False
    if not line_start:
        line_start = text.rfind("\n", 0, hit.start) + 1
    if text[line_start : hit.start].strip(" \t\"'«(") != "":
        return False
    rest = text[hit.end : hit.end + 3].lstrip()
    return rest[:1] in ("-", "–", "—", ",", "(", ":", "،")


def _people_form(text: str, hit: Hit, suffixes: frozenset[str]) -> bool:
    """A plural adjective: its ending ("الكوريين") or, for a listed
    multi-word form, its first word's ("الكوريين الجنوبيين")."""
    if text[hit.base_end : hit.end] in suffixes:
        return True
    base = text[hit.base_start : hit.base_end]
    if " " not in base or hit.end != hit.base_end:
        return False
    first = base.split(" ", 1)[0]
    return any(first.endswith(s) and len(first) > len(s) + 2 for s in suffixes if s)


def _next_word(text: str, pos: int) -> str:
    m = _TOKEN.match(text, pos + 1) if pos < len(text) and text[pos] == " " else None
    return m.group() if m else ""


def main_pair(mentions: list[Mention], title_codes: list[str]) -> tuple[str, ...]:
    """The two actors a document is mostly about (for "the two sides")."""
    counts: Counter[str] = Counter()
    for i, m in enumerate(mentions):
        if m.location_only or not m.code or m.source:
            continue
        counts[m.code] += (2 if m.strong else 1) + (2 if i < 4 else 0)
    for code in title_codes:
        counts[code] += 3
    return tuple(code for code, _ in counts.most_common(2))
