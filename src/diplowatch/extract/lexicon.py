"""Compile a language's data files into one Aho-Corasick automaton.

Every kind of knowledge (countries, titles, triggers, sectors, cue words)
goes into a single automaton per language so a document is scanned once;
each key carries the entries it stands for, tagged with the layer they
belong to and the affix class the matcher should accept around them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from types import ModuleType
from typing import Any, NamedTuple

import ahocorasick

from diplowatch.extract import built_cache
from diplowatch.extract.guard_objects import GuardObjects, ObjectForms, forms_of, guard_objects
from diplowatch.lang import load, offices, require
from diplowatch.lang.agent_fields import language_field
from diplowatch.text import heap
from diplowatch.text.hamza import medial_hamza
from diplowatch.text.normalize import normalize_phrase

# The kinds of actor entry that name a place: states, capitals and towns
# (a hamza written inside one is checked, ``hamza_places``).
PLACE_KINDS = frozenset({"state", "capital", "city"})

# Layers are resolved independently: an actor name may overlap a sector word.
ACTOR, EVENT, SECTOR, CUE = "actor", "event", "sector", "cue"
# Frame verbs and their objects ("sent" + "troops"): layers of their own, so
# a frame verb and a plain trigger on the same word are both kept.
FRAME, FRAME_OBJECT = "frame", "frame_object"
# Nouns for people ("people", "نفر", "أشخاص"): a layer of their own, so they
# never shadow a cue word; a number next to one counts people (``counts``).
PERSON = "person"
# Mark of an agent noun that is an actor only with a country adjective.
WITH_COUNTRY = "with_country"
# Mark of an agent noun that names one state's body unless a country
# adjective after it names another (the entry's extra holds the code next).
OF_STATE = "of_state"
# Mark of a singular noun for people that is one only after a number.
COUNTED = "counted"
# Mark of a noun for people that is an actor only where it is the one asked
# by a verb of asking ("urged the public to", ``asked_nouns``).
ASKED = "asked"
# Mark of a named group that is one only as the owner of a deed's noun
# ("غارات التحالف", "coalition strikes"; ``deed_owner``).
DEED_OWNER = "deed_owner"
# A noun for the members of a body written with its possessive ("عناصرها",
# "نیروهایش", "its men"): the owner's own members, of the owner's agent.
MEMBERS = "members"
# A title listed with its possessive ("رئیسش", "its chief"): its owner's head.
POSSESSED = "possessed"
# Mark of a person entry that is a family name alone: a name only right
# after an honorific (``_family_name_entries``).
FAMILY_NAME = "family_name"


# Actor kinds generated from CLDR and the curated build tables.
_GENERATED = {"state", "state_adj", "capital", "city", "igo"}
# The mark of a named government body that is one of its state's names
# (``_state_alias``).
STATE_ALIAS = "state_alias"
# Generated names of a state itself: its names and its capitals and seats.
_STATE_NAMES = frozenset({"state", "capital"})
# Actor tables (``lang/<code>/actors.py``): (table, kind of entry, affix class).
_ACTOR_TABLES = (
    ("COUNTRY_NAMES", "state", "name"),
    ("COUNTRY_ADJECTIVES", "state_adj", "adjective"),
    ("CAPITALS", "capital", "name"),
    ("CITIES", "city", "name"),
    ("IGO_NAMES", "igo", "name"),
)
# Trigger tables (``lang/<code>/triggers.py``) by affix class: plain triggers,
# and triggers that are events only with a sum of money named.
_TRIGGER_TABLES = (
    ("verb", "VERB_TRIGGERS", "MONEY_VERB_TRIGGERS"),
    ("noun", "NOUN_TRIGGERS", "MONEY_NOUN_TRIGGERS"),
    ("fixed", "FIXED_TRIGGERS", "MONEY_FIXED_TRIGGERS"),
)
# The kind of a noun trigger that needs a verb of occurrence (``extract/closed.py``).
CLOSED = "closed_trigger"
# Triggers that are events only with one of their objects nearby (``_guarded``).
_GUARDED_TABLES = (
    ("verb", "GUARDED_VERB_TRIGGERS"),
    ("noun", "GUARDED_NOUN_TRIGGERS"),
    ("fixed", "GUARDED_FIXED_TRIGGERS"),
)
# The status tables of cue words (``lang/<code>/status.py``) and the kind of
# cue each gives. A phrase in two tables keeps the kind listed first here:
# the scan keeps one entry per phrase and layer.
CUE_TABLES = {
    "PLANNED_CUES": "planned",
    # status67: "imminent" plans only the deed noun it qualifies
    # (``extract/closing_future.told_imminent``)
    "IMMINENT_CUES": "imminent",
    "AHEAD_CUES": "ahead",
    "PROMISE_CUES": "promise",
    # left78: an intent denied ("قصد ندارد … سفر کند") negates the
    # subjunctive deed after it (``verb_mood.intent_denied``)
    "INTENT_DENIED_CUES": "intent_denied",
    "POSTPONED_CUES": "postponed",
    "CANCELLED_CUES": "cancelled",
    # mendD87: a put-off is its own kind: planned when a target time follows,
    # negated when bare (``extract/put_off.py``)
    "PUT_OFF_CUES": "put_off",
    "HALTED_BEFORE_CUES": "halted_before",
    "HALTED_AFTER_CUES": "halted_after",
    # status50: "بعد توقف", "پس از توقف": a halt that ended, read by no rule;
    # as the longer phrase it hides the halt cue inside it (``scan.resolve``)
    "SINCE_HALT_CUES": "since_halt",
    "ATTEMPT_CUES": "attempt",
    "FAILURE_CUES": "failure",
    "DENIAL_CUES": "denial",
    # status88: a verb of containing, negated, names a deed that is missing
    # ("does not contain an apology"; ``extract/lacked.py``)
    "LACKING_CUES": "lacking",
    "NEGATION_CUES": "negation",
    "REPORTING_CUES": "reporting",
    # reporters73: a verb of saying read only where a medium is its speaker
    # or whom it is told to (``sources.addressed_media``,
    # ``sources._mark_reporting_media``), not as a verb of saying everywhere
    "MEDIUM_SAYING_CUES": "medium_saying",
    # bystander105: "according to the announcement of X" names a teller:
    # ``sources._announced`` drops it only where it is a medium or a rights
    # group (``agents.TELLING_AGENTS``), and leaves any other announcer as it
    # is (who may tell his own deed)
    "ANNOUNCER_CUES": "announcer",
    "SOURCE_CUES": "source",
    "CHANNEL_CUES": "channel",
    "HISTORY_CUES": "history",
    "RECAP_CUES": "recap",
    "BACKGROUND_CUES": "background",
    "PLUPERFECT_AUX": "pluperfect",
    "WISH_CUES": "wish",
    "WISH_GLUED_CUES": "wish_glued",
    "QUESTION_CUES": "question",
    "DISASTER_CUES": "disaster",
    "ATTACK_CUES": "attack_word",
    # mendA70: a ceasefire, the longer phrase, hides the shooting inside it
    # ("وقف اطلاق النار"), read by no rule; an accident's word cancels the
    # attack words of its sentence (``victims_only.attack_told``)
    "CEASEFIRE_CUES": "ceasefire",
    "ACCIDENT_CUES": "accident",
    "ATTRIBUTION_CUES": "attribution",
    "UNREAL_CUES": "unreal",
    "CONDITIONAL_CUES": "conditional",
    # nonevent96: the head of an unreal apodosis ("لقام", "would have"), read
    # only after a condition in its sentence (``extract/apodosis.py``)
    "APODOSIS_CUES": "apodosis",
    "OBLIGATION_CUES": "obligation",
    "PROVISION_CUES": "provision",
    # noevent85: what a law or a side allows or forbids ("يسمح القانون للشرطة
    # بإطلاق النار", "the law allows police to shoot"): read as a provision,
    # over the verb phrase it governs only (``hypothetical.PERMISSION_SPAN``)
    "PERMISSION_CUES": "permission",
    "POSSIBILITY_CUES": "possibility",
    # nonevent96: a deed named as what someone is known for ("known for his
    # criticism of the government", "معروف به انتقاد از دولت") is a
    # reputation, no deed done (``hypothetical.REPUTATION_SPAN``)
    "REPUTATION_CUES": "reputation",
    # nonevent105: a deed ruled out ("لا مجال للتراجع", "no room for talks")
    # is named, not done (``hypothetical.RULED_OUT_SPAN``)
    "RULED_OUT_CUES": "ruled_out",
    "REFERENCE_CUES": "reference",
    "SPECULATION_CUES": "speculation",
    "COMPLEMENTIZER_CUES": "complementizer",
    "BOUND_COMPLEMENTIZER_CUES": "bound_complementizer",
    "ONLOOKER_CUES": "onlooker",
    # mendB72: an onlooker unless the deed is its own (``onlookers.after_onlooker``)
    "REGRET_CUES": "regret",
    "REACTED_CUES": "reacted",
    # reporter106: who voices concern over a deed named right after these
    # is no side of it, bound as a reaction's word (``reacted.outside_reaction``)
    "CONCERN_CUES": "concern",
    # bystander101: who refers to a deed named right after these only tells
    # of it (``extract/referred.py``)
    "REFERRING_CUES": "referring",
    "CLAIM_CUES": "claim",
    # blame64: a present "says" read only as the voice of an accusation
    # (``extract/attributed.py``), not as a verb of saying everywhere
    "PRESENT_SAYING_CUES": "present_saying",
    "TITLE_CUES": "title",
    # mendC110: people pointing back to the teller ("سربازش", "عضو خود"),
    # read after a verb of saying (``extract/told_own.py``)
    "OWN_PEOPLE_CUES": "own_people",
}


class ConfinedVeto(NamedTuple):
    """mendA102: words that cancel only some of a type's triggers
    (``triggers.CONFINED_VETO_WORDS``, read by ``vetoes.confined_vetoed``):
    ``words`` cancel a trigger whose key holds one of ``stems``, and only
    where none of ``stops`` stands between the word and the trigger. A
    named type, so a rule is read by its fields and its type is written
    once; the language files hold plain dicts (lang sits below extract).
    ``reach`` (senses104): when above 0, the words count only as whole words
    among the first ``reach`` words after the trigger in its clause (its
    object, or a subject after its verb), not anywhere in the sentence: what
    a hospital "receives" is cases, what one "searches" is "for" something.
    ``keeps`` (senses104): whole words that, anywhere in the sentence, keep
    the trigger whatever stands between (protesters named beside the rain
    that a road was cut in).
    ``leads`` (mendS104): whole words that, among the few words right before
    one of ``words``, make that one no object or cause: a preposition ("في
    أول رحلة", "off the flight", "Commissioner for Refugees"), "despite"
    ("رغم الأمطار"), a noun whose part it is ("من أبناء الشعب", "مجلس
    الأمة"). ``tails`` (mendS104): whole words that, right after one of
    ``words``, make it another phrase ("عن كثب", "عن طريق")."""

    stems: tuple[str, ...]
    words: tuple[str, ...]
    stops: tuple[str, ...]
    reach: int = 0
    keeps: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    tails: tuple[str, ...] = ()


def _confined_veto(rule: Mapping[str, Iterable[str] | int]) -> ConfinedVeto:
    """One rule of ``triggers.CONFINED_VETO_WORDS`` (a dict of "stems",
    "words", "stops" and, optionally, "reach", "keeps", "leads" and
    "tails"), its words normalised as the text is."""
    parts: dict[str, Any] = {}
    for part, words in rule.items():
        if isinstance(words, int):
            parts[part] = words
        else:
            parts[part] = tuple(normalize_phrase(w) for w in words)
    return ConfinedVeto(**parts)


# The cue kinds of a verb of saying: "reporting" (Arabic, Persian "گفت",
# "قال") and "attribution" (English "told", "said"); read by every rule that
# asks whether a speaker only tells what follows.
SAYING_KINDS = frozenset({"reporting", "attribution"})


# Slots: a language keeps tens of thousands of entries (one per office
# holder's name), and an instance without a ``__dict__`` is a third smaller.
@dataclass(frozen=True, slots=True)
class Entry:
    layer: str
    kind: str
    value: str
    affix: str
    extra: tuple[Any, ...] = ()
    contracted: bool = (
        False  # an entry with the article, in its form after ل (``ARTICLE_AFTER_LAM``)
    )
    # a noun's bound stem ("إدانت" of "إدانة"), matched only with an ending of
    # ``BOUND_STEM_ENDINGS`` ("إدانته", "إدانتها")
    bound: bool = False
    # a trigger whose own words negate it (a Persian compound with "ن" on its
    # light verb: ``triggers.NEGATED_FORMS``)
    negated: bool = False
    # the listed ending of a noun that takes some endings of its class in no
    # form (``affixes.LIMITED_ENDINGS``; "" for none): Arabic writes no
    # accusative alif after ة, so "مطالبها" (its demands) is no "مطالبة"
    limited: str = ""


@dataclass
class Lexicon:
    lang: str
    automaton: Any
    prefixes: dict[str, frozenset[str]]
    suffixes: dict[str, frozenset[str]]
    # prefixes allowed before an entry in its contracted form (``CONTRACTED_PREFIXES``)
    contracted_prefixes: frozenset[str]
    # endings allowed after a bound stem (``affixes.BOUND_STEM_ENDINGS``)
    bound_suffixes: frozenset[str]
    # the suffixes of each affix class after a limiting ending (``Entry.limited``)
    limited_suffixes: dict[str, dict[str, frozenset[str]]]
    # the longest ending of any affix class: more letters glued after a key reject it
    longest_suffix: int
    future_prefixes: frozenset[str]
    # the letters a verb key must open with to take a future prefix (the
    # imperfect's: ``affixes.FUTURE_STEM_LETTERS``; none: every key takes it)
    future_stem_letters: tuple[str, ...]
    # prefixes that negate a verb trigger (Persian "ن", "نمی": "نکشت")
    negative_prefixes: frozenset[str]
    # endings that make a verb trigger its infinitive, a verbal noun (Persian
    # "ن": "کشته شدن", the being killed): read as the deed's noun
    infinitive_endings: frozenset[str]
    # words after which an infinitive is the clause's verb ("مشغول", "در حال")
    progressive_markers: frozenset[str]
    ambiguous: frozenset[str]
    case_sensitive: dict[str, str]
    size: int
    # Words before / after a guarded trigger that are searched for its object.
    guard_window: tuple[int, int] = (0, 4)
    # Clitics a guard's object word may carry before it (every affix class's
    # prefixes): the object starts its word after one of them.
    word_prefixes: tuple[str, ...] = ("",)
    # Endings a guard's object word may take (``affixes.OBJECT_ENDINGS``):
    # nothing else may follow it in its word. Guarded entries carry them
    # (``GuardObjects``), so ``guard_ok`` reads them from the hit.
    word_endings: frozenset[str] = frozenset({""})
    # (type, mode) -> words whose presence in a sentence cancels such triggers
    vetoes: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # mendB72: (type, mode) -> an accident's words that cancel such a
    # trigger only where a time's word stands just before it
    # (``triggers.TIMED_VETO_WORDS``, ``TIME_MARK_LEADS``; ``vetoes.time_marked``)
    timed_vetoes: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    time_leads: frozenset[str] = frozenset()
    # mendB76: (type, mode) -> words that cancel such a trigger only as its
    # object (``triggers.OBJECT_VETO_WORDS``), within (words after, words
    # before) it in its clause (``OBJECT_VETO_REACH``; ``vetoes.object_vetoed``)
    object_vetoes: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    object_veto_reach: tuple[int, int] = (0, 0)
    # left78: words of time before such an object that make it a frame of
    # the deed, not its object (``triggers.OBJECT_VETO_FRAMES``)
    object_veto_frames: tuple[str, ...] = ()
    # mendA102: (type, mode) -> its confined vetoes (``ConfinedVeto``,
    # ``triggers.CONFINED_VETO_WORDS``; ``vetoes.confined_vetoed``)
    confined_vetoes: dict[tuple[str, str], tuple[ConfinedVeto, ...]] = field(default_factory=dict)
    # The definite article as written and its form after "ل" ("ال", "لل"):
    # a name matched in the contracted form is shown with its article.
    article: tuple[str, str] = ("", "")
    # Letters that write a hamza on its seat, folded away by normalising
    # (``affixes.HAMZA_SEATS``), and the places listed with one inside a word:
    # a place whose text writes one there where no spelling of it does is
    # another word ("فأس", an axe, is no "فاس"; ``hamza_places``).
    hamza_seats: str = ""
    hamza_articles: tuple[str, ...] = ()
    hamza_places: frozenset[str] = frozenset()

    def __getstate__(self) -> dict[str, Any]:
        """What pickling keeps (``built_cache``): the automaton as its keys
        and stored values, rebuilt by ``__setstate__``. pyahocorasick
        2.3.1's own pickling of an automaton leaks its whole dump (its
        issue #219: two missing reference releases), which kept ~13 MB per
        language resident in every process that wrote the cache and took a
        cold run's peak to the 400 MB limit. The values are the same
        objects, so the pickle still stores each shared entry once."""
        state = dict(self.__dict__)
        state["automaton"] = list(self.automaton.items())
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Rebuild the automaton from its pickled keys and values (0.05-0.1 s
        of CPU per language on a quiet machine: matching depends on the set of keys, not on the
        order they are added in)."""
        automaton = ahocorasick.Automaton()
        for key, value in state["automaton"]:
            automaton.add_word(key, value)
        automaton.make_automaton()
        self.__dict__.update(state, automaton=automaton)


def _items(mapping: Mapping[str, Iterable[str]] | None) -> Iterable[tuple[str, str]]:
    for value, phrases in (mapping or {}).items():
        for phrase in phrases:
            yield value, phrase


def _entries(lang: str) -> Iterable[tuple[str, Entry]]:
    """All (surface form, entry) pairs of a language's data modules, and
    last the family names of office holders (``_family_name_entries``): a
    form listed for itself keeps its own entry."""
    yield from _data_entries(lang)
    yield from _family_name_entries(lang)


def _data_entries(lang: str) -> Iterable[tuple[str, Entry]]:
    """All (surface form, entry) pairs of a language's data modules.

    The order matters: within one layer, a form listed twice keeps the
    entry that comes first (``scan.resolve`` keeps one hit per span).
    """
    yield from _actor_entries(load(lang, "actors"), load(lang, "places"))
    yield from _person_entries(lang)
    yield from _role_entries(load(lang, "roles"))
    # After roles: a word that is both a title and an agent noun is a title
    # (the title implies the agent).
    affixes = load(lang, "affixes")
    yield from _agent_entries(lang, _agent_affix(affixes))
    yield from _context_entries(load(lang, "context"))
    yield from _trigger_entries(load(lang, "triggers"), forms_of(affixes))
    yield from _sector_entries(load(lang, "sectors"))
    yield from _count_entries(load(lang, "counts"))
    yield from _status_entries(load(lang, "status"))


def _actor_entries(actors: Any, places: Any) -> Iterable[tuple[str, Entry]]:
    """States, organisations, capitals and cities; a gazetteer of provinces
    and towns (``places``) where the language has one."""
    for table, kind, affix in _ACTOR_TABLES:
        for code, phrase in _items(getattr(actors, table, None)):
            yield phrase, Entry(ACTOR, kind, code, affix)
    for phrase in getattr(actors, "COUNTRY_CUES", ()):
        yield phrase, Entry(CUE, "country_cue", "", "noun")
    for code, phrase in _items(getattr(places, "PLACES", None)):
        yield phrase, Entry(ACTOR, "city", code, "name")


def role_titles(roles: Any) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """A language's titles by role (``ROLE_TITLES``) with the titles of one
    state's office (``TITLES_OF_STATE``, by state and role: "رهبر انقلاب",
    Iran's head of state; "Republican senator", a US legislator) added to
    their role after its own, and the state of each of those. A language
    lists such titles once, as data; merging them is done here, once for
    every language."""
    titles: dict[str, tuple[str, ...]] = dict(getattr(roles, "ROLE_TITLES", None) or {})
    states: dict[str, str] = {}
    for (code, role), phrases in getattr(roles, "TITLES_OF_STATE", {}).items():
        have = titles.get(role, ())
        titles[role] = have + tuple(p for p in phrases if p not in have)
        states.update(dict.fromkeys(phrases, code))
    return titles, states


def _role_entries(roles: Any) -> Iterable[tuple[str, Entry]]:
    """Titles with the agent they imply (``TITLE_AGENTS``) and, for a title
    only one state's office bears with no adjective in it (``role_titles``:
    "خادم الحرمين الشريفين", the Saudi king), that state."""
    title_agents = getattr(roles, "TITLE_AGENTS", {})
    titles, title_states = role_titles(roles)
    for role, phrase in _items(titles):
        agent = title_agents.get(phrase)
        state = title_states.get(phrase)
        extra = (agent, OF_STATE, state) if state else (agent,) if agent else ()
        yield phrase, Entry(ACTOR, "role", role, "noun", extra)
    # "رئیسش", "its chief": a title written with its possessive, whose
    # owner is named before it (``mention_scan``)
    for role, phrase in _items(getattr(roles, "POSSESSED_TITLES", None)):
        yield phrase, Entry(ACTOR, "role", role, "fixed", (None, POSSESSED))
    for phrase in getattr(roles, "COUNTERPART_WORDS", ()):
        yield phrase, Entry(ACTOR, "counterpart", "", "noun")
    for phrase in getattr(roles, "BOTH_SIDES_WORDS", ()):
        yield phrase, Entry(ACTOR, "both_sides", "", "noun")
    for kind, phrase in _items(getattr(roles, "INSTITUTIONS", None)):
        yield phrase, Entry(ACTOR, "institution", kind, "noun")


def _agent_affix(affixes: Any) -> str:
    """The affix class of agent nouns: a language's own "agent" class where
    its nouns for people take endings other nouns do not (Persian possessive
    clitics after a plural: "سربازانش", "نیروهایشان"), else "noun"."""
    return "agent" if "agent" in getattr(affixes, "AFFIXES", {}) else "noun"


def _agent_entries(lang: str, affix: str = "noun") -> Iterable[tuple[str, Entry]]:
    """The agents table's entries (``lang/agent_fields``) by kind of word."""
    for agent, phrase in _items(language_field(lang, "AGENT_NOUNS")):
        yield phrase, Entry(ACTOR, "agent", agent, affix)
    # Things owned by someone (ships, firms' assets): their country is
    # only the one written next to them, never the sentence's.
    for agent, phrase in _items(language_field(lang, "OWNED_NOUNS")):
        yield phrase, Entry(ACTOR, "agent", agent, "noun", ("owned",))
    # Singular nouns for people that are also adjectives or other words ("فعال"
    # active, "متهم کرد" accused): whole words, kept after a number (``counts.counted``).
    for agent, phrase in _items(language_field(lang, "COUNTED_AGENT_NOUNS")):
        yield phrase, Entry(ACTOR, "agent", agent, "fixed", (COUNTED,))
    # Nouns for people too vague to be a side anywhere else ("the public",
    # "voters" in a poll): kept only as the one asked (``asked_nouns``).
    for agent, phrase in _items(language_field(lang, "ASKED_AGENT_NOUNS")):
        yield phrase, Entry(ACTOR, "agent", agent, affix, (ASKED,))
    # Nouns that name an agent only with a country adjective after them
    # ("الأمن السعودي" is the Saudi security forces, "الأمن" alone is
    # security): without one they are no actor (``actors.release``).
    for agent, phrase in _items(language_field(lang, "AGENT_NOUNS_WITH_COUNTRY")):
        yield phrase, Entry(ACTOR, "agent", agent, "noun", (WITH_COUNTRY,))
    # Nouns that are one state's body when no country adjective follows
    # ("قوات الاحتلال" is Israel's army, "قوات الاحتلال الأمريكي" America's).
    for (code, agent), phrases in language_field(lang, "AGENT_NOUNS_OF_STATE").items():
        for phrase in phrases:
            yield phrase, Entry(ACTOR, "agent", agent, affix, (OF_STATE, code))
    yield from _group_entries(lang)
    # "عناصرها", "نیروهایش", "its men": a body's members, whose agent is
    # their owner's (``participants``), their own ("" for none) when the
    # owner is a state; listed with the possessive, as the bare noun
    # ("عناصر من …") names no one's
    for agent, phrase in _items(language_field(lang, "MEMBER_NOUNS")):
        yield phrase, Entry(ACTOR, "agent", agent, "fixed", (MEMBERS,))
    for phrase in language_field(lang, "NOT_AGENTS"):
        yield phrase, Entry(ACTOR, "blocker", "", "noun")


def _group_entries(lang: str) -> Iterable[tuple[str, Entry]]:
    """The named groups' entries (``NAMED_GROUPS``). A movement that fights
    across borders takes a scene's country only in the countries it is rooted
    in (``GROUP_HOMES``, ``participants``); a named group that is a noun for
    people ("حوثي", a Houthi, ``NAMED_PEOPLE``) is inflected as one: counted
    or in the construct state ("200 حوثيا"), not as a name."""
    homes: dict[str, tuple[str, ...]] = language_field(lang, "GROUP_HOMES")
    people = frozenset(language_field(lang, "NAMED_PEOPLE"))
    for phrase, (code, agent, in_power) in language_field(lang, "NAMED_GROUPS").items():
        extra = (agent, in_power, homes.get(phrase))
        kind = "people" if phrase in people else "name"
        yield phrase, Entry(ACTOR, "group", code or "", kind, extra)
    # doer76: "التحالف", "ائتلاف", "coalition" alone are as often a party
    # list or an alliance: a group only as a deed's owner (``deed_owner``)
    for phrase, (code, agent, in_power) in language_field(lang, "DEED_OWNER_GROUPS").items():
        yield phrase, Entry(ACTOR, "group", code or "", "name", (agent, in_power, None, DEED_OWNER))


def _context_entries(context: Any) -> Iterable[tuple[str, Entry]]:
    for phrase in getattr(context, "OUR_COUNTRY_WORDS", ()):
        yield phrase, Entry(ACTOR, "ours", "", "fixed")
    # missing104: a group of states named as one ("۱+۵", "P5+1") is read as an
    # organisation; its key becomes its member states (``bloc_members``)
    # Some of its members ("برخی کشورهای ۱+۵") are not all of them: the
    # longer phrase hides the name as a blocker does (below)
    partial = getattr(context, "BLOC_PARTIAL_BEFORE", ())
    for key, phrase in _items(getattr(context, "BLOC_NAMES", None)):
        yield phrase, Entry(ACTOR, "igo", key, "name")
        for part in partial:
            yield f"{part} {phrase}", Entry(ACTOR, "blocker", "", "noun")
    # "the country" alone: the home country where its phrase ends there
    # (``home_country.home_places``)
    for phrase in getattr(context, "HOME_NOUNS", ()):
        yield phrase, Entry(ACTOR, "home_place", "", "fixed")
    # "کره زمین", "أمريكا اللاتينية", "South America": a longer phrase that
    # holds a state's name and is no actor; the longest hit of the actor
    # layer wins, so the blocker hides the name inside it
    for phrase in getattr(context, "NOT_ACTOR_PLACES", ()):
        yield phrase, Entry(ACTOR, "blocker", "", "noun")
    for phrase in getattr(context, "OFF_DOMAIN_CUES", ()):
        yield phrase, Entry(CUE, "off_domain", "", "noun")
    # mendA82: words of a plot also said of real deeds ("the protagonist of
    # the war"): off the domain only beside a film's or a novel's name
    for phrase in getattr(context, "PLOT_CUES", ()):
        yield phrase, Entry(CUE, "plot", "", "noun")


def _trigger_entries(triggers: Any, forms: ObjectForms) -> Iterable[tuple[str, Entry]]:
    # A guarded entry that found its object is the more specific reading
    # of a form listed plainly too ("اعتذر عن استضافة" declines, "اعتذر"
    # apologises): it comes first, so it wins ties between the two.
    yield from _guarded(triggers, forms)
    negated: frozenset[str] = getattr(triggers, "NEGATED_FORMS", frozenset())
    for affix, table, money_table in _TRIGGER_TABLES:
        for (etype, mode), phrases in getattr(triggers, table, {}).items():
            for phrase in phrases:
                entry = Entry(EVENT, "trigger", etype, affix, (mode,), negated=phrase in negated)
                yield phrase, entry
        for (etype, mode), phrases in getattr(triggers, money_table, {}).items():
            for phrase in phrases:
                yield phrase, Entry(EVENT, "money_trigger", etype, affix, (mode,))
    for phrase in getattr(triggers, "NOT_TRIGGERS", ()):
        yield phrase, Entry(EVENT, "blocker", "", "noun")
    # nouns that report their event only when a verb of occurrence closes
    # them (``extract/closed.py``)
    for (etype, mode), phrases in getattr(triggers, "CLOSED_NOUN_TRIGGERS", {}).items():
        for phrase in phrases:
            yield phrase, Entry(EVENT, CLOSED, etype, "noun", (mode,))
    yield from _frame_entries(getattr(triggers, "FRAME_TRIGGERS", {}))


def _sector_entries(sectors: Any) -> Iterable[tuple[str, Entry]]:
    for key, phrase in _items(getattr(sectors, "SECTORS", None)):
        yield phrase, Entry(SECTOR, "sector", key, "noun")
    for phrase in getattr(sectors, "NOT_SECTORS", ()):
        yield phrase, Entry(SECTOR, "blocker", "", "noun")


def _count_entries(counts: Any) -> Iterable[tuple[str, Entry]]:
    for key, phrase in _items(getattr(counts, "COUNT_WORDS", None)):
        yield phrase, Entry(CUE, "count", key, "noun")
    for phrase in getattr(counts, "PERSON_NOUNS", ()):
        yield phrase, Entry(PERSON, "person", "", "noun")


def _status_entries(status: Any) -> Iterable[tuple[str, Entry]]:
    # phrases that are no cue, and hide the cues written inside them
    for phrase in getattr(status, "NOT_CUES", ()):
        yield phrase, Entry(CUE, "blocker", "", "fixed")
    # a phrase listed in several tables takes the first one's kind; the
    # others ride along in ``extra`` ("ممکن است" is unreal and a guess)
    kinds: dict[str, list[str]] = defaultdict(list)
    for table, kind in CUE_TABLES.items():
        for phrase in getattr(status, table, ()):
            kinds[phrase].append(kind)
    for phrase, listed in kinds.items():
        yield phrase, Entry(CUE, listed[0], "", "fixed", tuple(listed[1:]))


def _frame_entries(
    frames: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]],
) -> Iterable[tuple[str, Entry]]:
    """One entry per frame verb and per object, listing every frame
    ("ETYPE/mode") it belongs to: "send" is in the AID and MOBILIZE frames,
    and which one holds is told by the object found."""
    verbs: dict[str, list[str]] = defaultdict(list)
    objects: dict[str, list[str]] = defaultdict(list)
    for (etype, mode), (verb_forms, object_forms) in frames.items():
        for phrase in verb_forms:
            verbs[phrase].append(f"{etype}/{mode}")
        for phrase in object_forms:
            objects[phrase].append(f"{etype}/{mode}")
    for phrase, names in verbs.items():
        yield phrase, Entry(FRAME, "frame_verb", "", "verb", tuple(names))
    for phrase, names in objects.items():
        yield phrase, Entry(FRAME_OBJECT, "frame_object", "", "noun", tuple(names))


def _guarded(triggers: Any, forms: ObjectForms) -> Iterable[tuple[str, Entry]]:
    """Triggers that are events only with one of their objects nearby.

    ``GUARDED_<AFFIX>_TRIGGERS`` map (type, mode) to rules (phrases, object
    words): "نشر" deploys only troops ("نشر قوات", not "نشر خبر"), "lifted"
    concedes only sanctions or a ban. The object words, the endings they may
    take (``forms``) and the phrases where they name something else
    (``triggers.GUARD_NOT_OBJECTS``) travel in the entry (``extra[1]``, a
    ``guard_objects.GuardObjects``) and are checked in the text around the
    hit (``guard_ok``); a third element of a rule is its own number of words
    searched after, a fourth its own number searched before.
    """
    not_objects = tuple(getattr(triggers, "GUARD_NOT_OBJECTS", ()))
    negated: frozenset[str] = getattr(triggers, "NEGATED_FORMS", frozenset())
    made: dict[tuple[str, ...], GuardObjects] = {}  # rules listing the same objects share them
    for affix, table in _GUARDED_TABLES:
        for (etype, mode), rules in getattr(triggers, table, {}).items():
            for phrases, objects, *window in rules:
                listed = tuple(objects)
                if listed not in made:
                    made[listed] = guard_objects(listed, forms, not_objects)
                needs = made[listed]
                extra = (mode, needs, *window)  # a rule may widen the words searched after, before
                for phrase in phrases:
                    entry = Entry(EVENT, "trigger", etype, affix, extra, negated=phrase in negated)
                    yield phrase, entry


@cache
def _office_names(lang: str) -> tuple[tuple[str, str, str, bool], ...]:
    """The rows of ``lang/<code>/office_names.tsv`` as (person id, form as
    written, normalised form, ambiguous), normalised once for both readers
    (``_person_entries``, ``_family_name_entries``); needed only while the
    lexicon is built (``lexicon`` clears it)."""
    return tuple(
        (
            row["person"],
            row["name"],
            normalize_phrase(row["name"]),
            row["ambiguous"] not in ("", "0"),
        )
        for row in offices.read_name_rows(lang)
    )


def _person_entries(lang: str) -> Iterable[tuple[str, Entry]]:
    """Office-holders' names (``lang/<code>/office_names.tsv``), one entry per
    normalised form: the person ids it may name, and whether it is also an
    ordinary word (then it counts only right after a title)."""
    people: dict[str, list[str]] = defaultdict(list)
    plain: dict[str, bool] = defaultdict(lambda: True)
    written: dict[str, str] = {}
    for person, name, key, ambiguous in _office_names(lang):
        if not key:
            continue
        written.setdefault(key, name)
        if person not in people[key]:
            people[key].append(person)
        plain[key] = plain[key] and not ambiguous
    for key, ids in people.items():
        yield written[key], Entry(ACTOR, "person", "", "name", (tuple(ids), not plain[key]))


def _family_name_entries(lang: str) -> Iterable[tuple[str, Entry]]:
    """The family name alone of a listed office holder ("آقای بنت", "Mr.
    Bennett", "السيد بينيت"): news names a person by the last word of his
    full name after an honorific or a title, and a sentence read alone has
    no earlier full name to learn it from (``person_names._surnames``). The
    entry counts only right after an honorific (``mention_lists.honoured``,
    ``FAMILY_NAME``): after a title the word is often an ordinary one or
    another's given name ("رئیس جمهور این کشور" is no "مون جائه این"). Kept only when the word is the last
    word of exactly one person's names, is not itself a listed form, is no
    first (given) name of any listed person ("آقای محمد", "Mr. James" open
    another's name) and has at least three letters. Many such words are
    ordinary ones ("این", "حتی"): ``surnames.family_names_out`` drops every
    hit of one not right after an honorific before mentions are read."""
    owners: dict[str, set[str]] = defaultdict(set)
    forms: set[str] = set()
    given: set[str] = set()
    for person, _, key, _ in _office_names(lang):
        forms.add(key)
        name = key.split()
        if len(name) >= 2:
            owners[name[-1]].add(person)
            given.add(name[0])
    taken = forms | given
    for word, ids in sorted(owners.items()):
        if len(ids) == 1 and len(word) >= 3 and word not in taken:
            yield word, Entry(ACTOR, "person", "", "name", (tuple(ids), True, FAMILY_NAME))


def _definite_phrase(key: str, entry: Entry, article: str) -> str:
    """A noun phrase of a noun and its adjectives listed indefinite ("تحركات
    احتجاجية", "عبوة ناسفة") written definite: the article comes on every
    word ("التحركات الاحتجاجية"), which the matcher's prefixes (on the first
    word only) do not give. "" when the entry is no such phrase."""
    words = key.split()
    if not article or entry.affix not in ("noun", "agent") or len(words) < 2:
        return ""
    if any(w.startswith(article) or len(w) < 3 for w in words):
        return ""
    return " ".join(article + w for w in words)


def _bound_stem(key: str, entry: Entry, forms: _Forms) -> str:
    """The bound stem of a trigger noun with a feminine ending, or "".
    Arabic writes "إدانة" but "إدانته", "إدانتها" (his, her condemnation):
    the ending changes before a possessive, so the listed form never
    matches them (``affixes.BOUND_STEM``: the ending as normalised and its
    bound form). Only the nouns of ``triggers.BOUND_NOUNS``: a possessive
    often points to someone outside the sentence ("زيارته", "دعوته"), and
    only nouns whose owner is the named doer of the clause ("أعرب عن
    إدانته") give the right sides."""
    if not forms.bound:
        return ""
    ending, bound_form = forms.bound
    if entry.kind == "agent" and entry.affix == "agent" and " " not in key:
        if key in forms.unpossessed:
            return ""
        return _possessed_agent(key, ending, bound_form, forms.article)
    if entry.layer != EVENT or entry.affix != "noun" or key not in forms.bound_nouns:
        return ""
    if not key.endswith(ending):
        return ""
    return key[: -len(ending)] + bound_form


def _possessed_agent(key: str, ending: str, bound_form: str, article: str) -> str:
    """The bound stem of a one-word noun for people in the feminine ending,
    without its article: "الحكومة", "الشرطة" are "حكومتها", "شرطته" (its
    government, his police) before a possessive, which points to a state
    named nearby, and "كنيستين", "الشركتان" in the dual. Nouns in other
    endings are left alone: "محافظ" + "ه" is the province "محافظة", not
    "his governor"."""
    if article and key.startswith(article):
        key = key[len(article) :]
    if len(key) < 4 or not key.endswith(ending):
        return ""
    return key[: -len(ending)] + bound_form


def own_state(extra: tuple[Any, ...]) -> str:
    """The state an actor entry names by itself (after ``OF_STATE``), or ""."""
    if OF_STATE in extra:
        i = extra.index(OF_STATE)
        return str(extra[i + 1]) if i + 1 < len(extra) else ""
    return ""


def _own_countries(
    keys: dict[str, list[Entry]],
    prefixes: dict[str, frozenset[str]],
    suffixes: dict[str, frozenset[str]],
) -> None:
    """A title or agent noun listed with its country's adjective in it
    ("المستشارة الألمانية", "الرابطة التونسية للدفاع عن حقوق الإنسان"):
    the adjective never reaches the scan as a hit of its own (the longer
    entry wins), so the entry carries that state (``OF_STATE``) itself.
    An adjective form that is also another kind of word ("المالية", finance
    and Malian) names no state here."""
    adjectives = {
        key: e.value
        for key, entries in keys.items()
        for e in entries
        if e.layer == ACTOR
        and e.kind == "state_adj"
        and all(x.layer == ACTOR and x.kind == "state_adj" for x in entries)
    }
    pre = sorted(prefixes.get("adjective", frozenset()), key=len, reverse=True)
    suf = sorted(suffixes.get("adjective", frozenset()), key=len, reverse=True)
    # startup110: a word recurs across many keys ("وزير", "the"), and each
    # try runs every prefix against every ending: each word is tried once
    known: dict[str, str] = {}
    for key, entries in keys.items():
        words = key.split()
        if len(words) < 2 or not any(e.kind in ("role", "agent") for e in entries):
            continue
        code = next(
            filter(None, (_adjective_of(w, known, adjectives, pre, suf) for w in words[1:])), ""
        )
        if code:
            keys[key] = [_with_state(e, code) for e in entries]


def _adjective_of(
    word: str, known: dict[str, str], adjectives: dict[str, str], pre: list[str], suf: list[str]
) -> str:
    """``_adjective``, each word worked out once (``known``)."""
    if word not in known:
        known[word] = _adjective(word, adjectives, pre, suf)
    return known[word]


def _adjective(word: str, adjectives: dict[str, str], pre: list[str], suf: list[str]) -> str:
    """The state whose adjective ``word`` is, with its article and endings."""
    if word in adjectives:
        return adjectives[word]
    for p in ("", *pre):
        if not word.startswith(p):
            continue
        for x in ("", *suf):
            stem = word[len(p) : len(word) - len(x)] if x else word[len(p) :]
            if word.endswith(x) and stem in adjectives and len(stem) > 2:
                return adjectives[stem]
    return ""


def _with_state(entry: Entry, code: str) -> Entry:
    """A role or plain agent noun that carries its state (others unchanged)."""
    if entry.layer != ACTOR or OF_STATE in entry.extra:
        return entry
    if entry.kind == "role":
        agent = entry.extra[0] if entry.extra else None
        return replace(entry, extra=(agent, OF_STATE, code))
    if entry.kind == "agent" and not entry.extra:
        return replace(entry, extra=(OF_STATE, code))
    return entry


@cache
def lexicon(lang: str) -> Lexicon:
    """The automaton for ``lang`` (once per process): every kind of
    knowledge in one automaton, so that a document is scanned once. Read
    from the copy an earlier process built when there is one
    (``built_cache``), else built. What it holds lives as long as the
    process (``text/heap.py``)."""
    heap.fix_mmap_threshold()
    built = built_cache.cached(
        f"lexicon-{lang}",
        lambda: _build(lang),
        lambda found: isinstance(found, Lexicon) and found.lang == lang,
    )
    heap.freeze_built()
    return built


def _build(lang: str) -> Lexicon:
    """Build the lexicon of ``lang`` from its data files."""
    affixes = require(lang, "affixes")
    # 1. every key the scan looks for, with the entries it stands for
    keys = _keys(lang, affixes)
    fields = _affix_fields(affixes)
    # 2. a title or agent noun written with its country's adjective carries it
    _own_countries(keys, fields["prefixes"], fields["suffixes"])
    # 3. one automaton over all the keys
    automaton = _automaton(keys, fields)
    _office_names.cache_clear()  # build-time rows: the entries hold what they gave
    # 4. what the matcher checks around a hit: guards, vetoes, ambiguous names
    return Lexicon(
        lang=lang,
        automaton=automaton,
        **fields,
        size=len(keys),
        article=(getattr(affixes, "ARTICLE", ""), getattr(affixes, "ARTICLE_AFTER_LAM", "")),
        **_hit_checks(lang, affixes),
    )


def _hit_checks(lang: str, affixes: Any) -> dict[str, Any]:
    """What the matcher checks around a hit, read from the language's data:
    ambiguous and case-sensitive names (``actors``), the guard window and
    the veto words of triggers (``triggers``), and the places a written
    hamza may keep (``_hamza_fields``). Kept apart from the automaton's
    build: none of it adds a key."""
    triggers = load(lang, "triggers")
    window = getattr(triggers, "GUARD_WINDOW", (0, 4)) if triggers else (0, 4)
    actors = load(lang, "actors")
    return {
        "ambiguous": frozenset(
            normalize_phrase(p) for p in (getattr(actors, "AMBIGUOUS", {}) if actors else {})
        ),
        "case_sensitive": {
            normalize_phrase(p): p
            for p in (getattr(actors, "CASE_SENSITIVE", ()) if actors else ())
        },
        "guard_window": (int(window[0]), int(window[1])),
        **_hamza_fields(affixes, actors, load(lang, "places")),
        "vetoes": {
            key: tuple(normalize_phrase(w) for w in words)
            for key, words in (getattr(triggers, "VETO_WORDS", {}) if triggers else {}).items()
        },
        "timed_vetoes": {
            key: tuple(normalize_phrase(w) for w in words)
            for key, words in getattr(triggers, "TIMED_VETO_WORDS", {}).items()
        },
        "time_leads": frozenset(
            normalize_phrase(w) for w in getattr(triggers, "TIME_MARK_LEADS", ())
        ),
        "object_vetoes": {
            key: tuple(normalize_phrase(w) for w in words)
            for key, words in getattr(triggers, "OBJECT_VETO_WORDS", {}).items()
        },
        "object_veto_reach": tuple(getattr(triggers, "OBJECT_VETO_REACH", (0, 0))),
        "object_veto_frames": tuple(
            normalize_phrase(w) for w in getattr(triggers, "OBJECT_VETO_FRAMES", ())
        ),
        "confined_vetoes": {
            key: tuple(_confined_veto(rule) for rule in rules)
            for key, rules in getattr(triggers, "CONFINED_VETO_WORDS", {}).items()
        },
    }


def _hamza_fields(affixes: Any, actors: Any, places: Any) -> dict[str, Any]:
    """The hamza seats of a language (``affixes.HAMZA_SEATS``; none: the
    check is off) and its states, capitals and towns whose listed spelling
    writes one inside a word ("رأس تنورة"), normalised: such a place keeps
    its hamza in text (``hamza_places``)."""
    seats = "".join(getattr(affixes, "HAMZA_SEATS", ()))
    if not seats:
        return {}
    articles = hamza_articles(affixes)
    tables = [
        getattr(actors, table, None) for table, kind, _ in _ACTOR_TABLES if kind in PLACE_KINDS
    ]
    tables.append(getattr(places, "PLACES", None))
    listed = frozenset(
        normalize_phrase(phrase)
        for table in tables
        for _, phrase in _items(table)
        if medial_hamza(phrase, seats, articles)
    )
    return {"hamza_seats": seats, "hamza_articles": articles, "hamza_places": listed}


def hamza_articles(affixes: Any) -> tuple[str, ...]:
    """The forms of a language's article before which a hamza still opens
    its word, longest first: "لل" (after the clitic "ل"), "ال", and the "ل"
    that "لل" leaves when the clitic stands outside the name's span."""
    article = getattr(affixes, "ARTICLE", "")
    after_lam = getattr(affixes, "ARTICLE_AFTER_LAM", "")
    forms = (after_lam, article, after_lam[1:] if after_lam else "")
    return tuple(sorted({f for f in forms if f}, key=len, reverse=True))


def _automaton(keys: dict[str, list[Entry]], fields: dict[str, Any]) -> Any:
    """One automaton over ``keys``, each stored with its length, its entries
    and the affixes they accept (``_allowed_affixes``).

    Equal entries and equal lists of them are stored once: a language's
    ~45,000 keys hold only ~6,000 distinct entries (every agent noun of a
    kind, every cue of a kind, a phrase's variants), and a separate object
    per key cost tens of MB per language. Entries are frozen values, never
    told apart by identity, so sharing them changes no reading.
    """
    seen: dict[Any, Any] = {}
    automaton = ahocorasick.Automaton()
    for key, entries in keys.items():
        group = _one_of(seen, tuple(_one_of(seen, e) for e in entries))
        allowed = _one_of(seen, _allowed_affixes(list(group), fields, key))
        automaton.add_word(key, _one_of(seen, (len(key), group, allowed)))
    automaton.make_automaton()
    return automaton


def _one_of(seen: dict[Any, Any], value: Any) -> Any:
    """The value equal to ``value`` met first (``value`` itself the first
    time); one that cannot be hashed (an entry whose data holds a list) is
    kept as it is."""
    try:
        return seen.setdefault(value, value)
    except TypeError:
        return value


def _keys(lang: str, affixes: ModuleType) -> dict[str, list[Entry]]:
    """Every normalised key of ``lang`` and its entries, in the order of
    ``_entries`` (within a layer the first entry wins), with the other forms
    a key takes in text (``_variants``)."""
    article = normalize_phrase(getattr(affixes, "ARTICLE", ""))
    forms = _Forms(
        article=article,
        after_lam=normalize_phrase(getattr(affixes, "ARTICLE_AFTER_LAM", "")),
        bound=getattr(affixes, "BOUND_STEM", None),
        bound_nouns=frozenset(
            normalize_phrase(p) for p in getattr(load(lang, "triggers"), "BOUND_NOUNS", ())
        ),
        unpossessed=frozenset(
            normalize_phrase(p) for p in language_field(lang, "UNPOSSESSED_AGENT_NOUNS")
        ),
    )
    keys: dict[str, list[Entry]] = defaultdict(list)
    limiting = getattr(affixes, "LIMITED_ENDINGS", {})
    for phrase, entry in _entries(lang):
        key = normalize_phrase(phrase)
        if not key:
            continue
        ending = next((e for e in limiting if phrase.endswith(e)), "")
        if ending and {"*", entry.affix} & limiting[ending].keys():
            entry = replace(entry, limited=ending)
        if entry.kind == "group":
            # A curated movement or organisation is more specific than a
            # generated name written the same way (the ICRC is no IGO).
            entry = _state_alias(entry, keys[key])
            keys[key] = [e for e in keys[key] if e.layer != ACTOR or e.kind not in _GENERATED]
        if entry not in keys[key]:
            keys[key].append(entry)
        for variant, form in _variants(key, entry, forms):
            if form not in keys[variant]:
                keys[variant].append(form)
    return keys


def _state_alias(group: Entry, before: list[Entry]) -> Entry:
    """A named government body written as one of its state's names or seats
    ("رژیم صهیونیستی", "کاخ سفید", "the Kremlin"; ``actors.py``) is the
    state's government, one participant with its officials: marked
    (``STATE_ALIAS`` after the entry's extra) so that its name parts no unit
    (parties42fa: "X, وزیر دارایی رژیم صهیونیستی" and X were two sides)."""
    if group.extra[:1] != ("GOV",) or not any(
        e.layer == ACTOR and e.kind in _STATE_NAMES and e.value == group.value for e in before
    ):
        return group
    return replace(group, extra=(*group.extra, STATE_ALIAS))


@dataclass(frozen=True)
class _Forms:
    """A language's affix data that gives a key forms of its own in text."""

    article: str  # the definite article ("ال"), normalised; "" where none
    after_lam: str  # what the article becomes after the preposition "ل"
    bound: tuple[str, str] | None  # a feminine ending and its bound form
    bound_nouns: frozenset[str]  # the trigger nouns that take the bound form
    # nouns for people whose possessed form is another word ("بحوزته")
    unpossessed: frozenset[str] = frozenset()


def _variants(key: str, entry: Entry, forms: _Forms) -> Iterator[tuple[str, Entry]]:
    """Other keys ``entry`` is written as: the definite phrase (the article
    on every word), the article contracted after "ل" ("للرئيس"), the bound
    stem before a possessive ("إدانته")."""
    definite = _definite_phrase(key, entry, forms.article)
    if definite:
        yield definite, entry
    article = forms.article
    if article and key.startswith(article) and len(key) > len(article) + 1:
        # the contracted form keeps the entry's limited endings ("للإجراءات")
        yield forms.after_lam + key[len(article) :], replace(entry, contracted=True)
    stem = _bound_stem(key, entry, forms)
    if stem:
        yield stem, replace(entry, bound=True)


def _limited_suffixes(
    affixes: ModuleType, suffixes: dict[str, frozenset[str]]
) -> dict[str, dict[str, frozenset[str]]]:
    """For each limiting ending (``affixes.LIMITED_ENDINGS``), the suffixes
    of each affix class left after it."""
    out: dict[str, dict[str, frozenset[str]]] = {}
    for ending, by_class in getattr(affixes, "LIMITED_ENDINGS", {}).items():
        out[ending] = {}
        for affix, allowed in suffixes.items():
            barred = by_class.get(affix, by_class.get("*", ()))
            out[ending][affix] = allowed - {normalize_phrase(x) for x in barred}
    return out


# The prefixes and endings a key's entry accepts, looked up once per lexicon
# and stored with the key in the automaton: the scan checks every match
# against them, ~250 matches per document (``scan.scan``).
AllowedAffixes = tuple[tuple[Entry, Container[str], Container[str]], ...]


def _allowed_affixes(entries: list[Entry], fields: dict[str, Any], key: str = "") -> AllowedAffixes:
    """Each entry of a key with the prefixes and the endings it accepts: a
    contracted form's prefixes or its affix class's, a bound stem's endings,
    those left after a limiting ending, or its affix class's (none when the
    language lists no ending for the class). A verb key that opens with no
    letter of the imperfect takes no future prefix (``_future_barred``)."""
    out = []
    for entry in entries:
        if entry.contracted:
            before: Container[str] = fields["contracted_prefixes"]
        elif entry.affix == "verb" and _future_barred(key, fields):
            before = fields["prefixes"]["verb"] - fields["future_prefixes"]
        else:
            before = fields["prefixes"].get(entry.affix, ("",))
        if entry.bound:
            after: Container[str] = fields["bound_suffixes"]
        else:
            table = (
                fields["limited_suffixes"][entry.limited] if entry.limited else fields["suffixes"]
            )
            after = table.get(entry.affix, _BARE)
        out.append((entry, before, after))
    return tuple(out)


# the endings of an affix class a language does not list: none
_BARE = frozenset({""})


def _future_barred(key: str, fields: dict[str, Any]) -> bool:
    """future79fa: whether a verb key may not take the future prefix: the
    prefix ("س") stands only before an imperfect, which opens with a letter
    of its person (``affixes.FUTURE_STEM_LETTERS``: "سيزور", "ستلبي"); a past
    form ("لبى") glued after an "س" is another word ("سلبي", negative), not
    "will comply". A language that lists no such letters bars none."""
    letters: tuple[str, ...] = fields["future_stem_letters"]
    return bool(letters and key) and not key.startswith(letters)


def _affix_fields(affixes: ModuleType) -> dict[str, Any]:
    """The ``Lexicon`` fields read from ``lang/<code>/affixes.py``,
    normalised as the text is: which prefixes and suffixes a key accepts."""
    table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = affixes.AFFIXES
    suffixes = {k: frozenset(normalize_phrase(s) for s in v[1]) for k, v in table.items()}
    return {
        "prefixes": {k: frozenset(normalize_phrase(p) for p in v[0]) for k, v in table.items()},
        "suffixes": suffixes,
        "contracted_prefixes": frozenset(
            normalize_phrase(p) for p in getattr(affixes, "CONTRACTED_PREFIXES", ())
        ),
        "bound_suffixes": frozenset(
            normalize_phrase(x) for x in getattr(affixes, "BOUND_STEM_ENDINGS", ())
        ),
        "limited_suffixes": _limited_suffixes(affixes, suffixes),
        "longest_suffix": max((len(s) for forms in suffixes.values() for s in forms), default=0),
        "future_prefixes": frozenset(getattr(affixes, "FUTURE_PREFIXES", ())),
        "future_stem_letters": tuple(
            normalize_phrase(x) for x in getattr(affixes, "FUTURE_STEM_LETTERS", ())
        ),
        "negative_prefixes": frozenset(getattr(affixes, "NEGATIVE_PREFIXES", ())),
        "infinitive_endings": frozenset(
            normalize_phrase(x) for x in getattr(affixes, "INFINITIVE_ENDINGS", ())
        ),
        "progressive_markers": frozenset(
            normalize_phrase(x) for x in getattr(affixes, "PROGRESSIVE_MARKERS", ())
        ),
        "word_prefixes": tuple(
            sorted({normalize_phrase(p) for v in table.values() for p in v[0]} | {""}, key=len)
        ),
        "word_endings": forms_of(affixes).endings,
    }
