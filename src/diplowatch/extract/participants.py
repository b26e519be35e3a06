"""Who takes part in a sentence's event: actor units and their codes.

A participant is a *unit*: a country or organisation code together with the
agent acting for it (``("IRQ", "COP")`` for Iraqi police, ``("IRQ", None)``
for Iraq as a whole). Two units of one country make a domestic event
("police arrested protesters"); a mention of a country and of its
government in one event are the same participant.

This module fills in the units' codes (``fill_codes``) and turns a side into
actor records (``actor_list``). Which mentions take part (``selected_sides``),
how they split into source and target (``split_sides``, ``marked_split``),
which mentions one coordination joins (``coordination``) and which are a
verb's subject and object (``verb_arguments``) are modules of their own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import islice

from diplowatch.extract.actor_context import Context, context
from diplowatch.extract.actors import PERSONAL_ROLES, Mention, previous_word
from diplowatch.extract.agent_groups import HOLDING_AUTHORITIES, NON_STATE_ARMED, UNNAMED_ATTACKERS
from diplowatch.extract.asked_content import only_in_content
from diplowatch.extract.asked_nouns import asking_word_at, content_opened_at
from diplowatch.extract.details import fill_details
from diplowatch.extract.distinct import distinct
from diplowatch.extract.going import going_verb_after
from diplowatch.extract.partitive_nationals import cue_near, origin_only, partitive_only
from diplowatch.extract.scan import Hit
from diplowatch.extract.sending import bare_word, sending_word, uncounted
from diplowatch.extract.state_agents import StateAgents, agents_by_state
from diplowatch.lang.xx.countries import IGOS
from diplowatch.model import Actor
from diplowatch.text.breaks import clause_end
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, SOFT_BREAKS
from diplowatch.text.words import WORD_RUN, definite_chain

# Roles a state's own act is most often done to (recalled, summoned): a
# possessive does not make their holder a side of the state's deed.
_ENVOY_ROLES = frozenset({"ambassador"})
# agentsar91: the most letters between officials and the place they are "in"
# (one preposition and its spaces, ``_Sentence._placed_right_after``)
_PLACE_GAP = 12
# mendD106: the agent of a state's officials: one with no country of his own
# before a teller's place is the place's own (``_Sentence._teller_code``)
_OFFICIAL = "GOV"
# mendD106: the most letters between a teller and his place: an adjective
# with the title after it ("a Syrian official in", "the British ambassador in")
_TELLER_REACH = 30
# speakers79ar: offices only a state holds, never an organisation's
# (``_Sentence._pair_rest``).
_STATE_OFFICES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_minister"}
)

Unit = tuple[str, str | None, str | None]


def unit(m: Mention) -> Unit:
    """A state named as a whole and its government are one participant; a
    former office-holder is a participant of his own, and so are two named
    parties or movements of one country ("Fatah and Hamas"); a government
    named by one of its state's names ("the Kremlin") is the state's."""
    return (
        m.code,
        m.agent or ("former" if m.former else "GOV"),
        m.name if m.kind == "group" and not m.state_alias else None,
    )


@dataclass(frozen=True)
class DocFacts:
    """What ``fill_codes`` knows of the document a sentence is in: its
    normalised text, its home country and dateline, the two countries it is
    about (``pair``) and where "the country" alone stands for home
    (``home_spans``). Gathered in one value so that a new fact of the
    document is one field, not one more argument down every call."""

    home: str = ""
    text: str = ""
    dateline: str = ""
    pair: tuple[str, ...] = ()
    home_spans: tuple[tuple[int, int, str], ...] = ()
    # the home country when the article names it more than any other state
    # (``document_participants.leading_home``): the country of its bare state bodies
    leading_home: str = ""


@dataclass(frozen=True)
class FillKnobs:
    """The language's data ``fill_codes`` reads, built once per language
    (``fill_knobs``); each is explained by the step that reads it:
    ``possessives``, ``topic_preps`` (``_Sentence.place_agent``);
    ``partners``, ``cited`` (``_named_codes``); ``stateless``,
    ``location_preps`` (``_construct_place``, ``_construct_home``);
    ``placed_groups`` (``_scene_country``);
    ``sent``, ``sent_window``, ``conj`` (``_Sentence._country``);
    ``unknown_doers`` (``_Sentence._struck_named``); ``suffixes``
    (``_Sentence.owner_after``); ``not_subject_after``
    (``_Sentence._subject_before``). Empty by default, so that a test sets
    only the knobs it is about; a new knob is one field here and one line in
    ``of``."""

    sent: frozenset[str] = frozenset()
    stateless: frozenset[str] = frozenset()
    # "أحزاب المعارضة": bare bodies that act at home (``_titles_at_home``)
    home_bodies_bare: frozenset[str] = frozenset()
    conj: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    partners: frozenset[str] = frozenset()
    cited: frozenset[str] = frozenset()
    sent_window: int = 3
    # "نحو", "about", "هزار": words of a count that do not part troops from
    # their sender (``_near``)
    sent_counts: frozenset[str] = frozenset()
    sent_verbs: frozenset[str] = frozenset()  # "إرسال", "send": a verb of sending
    # "preparing", "تستعد": words that may come before the verb of sending
    # in the gap, the state still its subject (``_sends``)
    sent_leads: frozenset[str] = frozenset()
    sent_clitics: frozenset[str] = frozenset()  # "و", "ل": letters glued before a verb
    location_preps: frozenset[str] = frozenset()
    placed_groups: frozenset[str] = frozenset()
    unknown_doers: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()  # plural endings written apart ("های")
    # words after which a noun is no subject ("از", "به"): no reflexive's owner
    not_subject_after: frozenset[str] = frozenset()
    home_bodies: frozenset[str] = frozenset()  # "ارتش", "مجلس" written bare
    # verbs in the first person ("خواسته‌ایم"): a reflexive in such a clause
    # is the speaker's own (``_Sentence._speakers_own``)
    first_person: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()  # "که", "تا": a new clause's verb follows
    # "را": a fronted object right before an unknown doer (``_Sentence._struck_named``)
    object_markers: frozenset[str] = frozenset()
    # "علیه", "ضد", "against": a whole state after them is what an agent acts
    # against, not its country (``_Sentence._against_state``)
    against: frozenset[str] = frozenset()
    # "خارجی", "foreign": agents so described take no country from the
    # sentence (``_Sentence.foreign``)
    foreign: frozenset[str] = frozenset()
    # "اروپایی", "غربی": agents of a region, not of one state, take no
    # country from the sentence (``_Sentence.regional``)
    region: Mapping[str, str] = field(default_factory=dict)
    # mendC106: the region's word stands before the agent noun ("Western
    # secret services"), as a language's modifiers do (``syntax.modifiers_before``)
    region_before: bool = False
    # "فعالان": a stateless agent's noun so headed is people of the place
    # (``_local_people``)
    local_heads: frozenset[str] = frozenset()
    # "أدان", "condemned", "محکوم": a sentence of a reaction to a deed, whose
    # unknown doer takes no country from the reactor (``_Sentence._reactor_only``)
    reactions: frozenset[str] = frozenset()
    # "الغارات", "حمله", "strikes": a state told on them is the deed's doer,
    # not the country of those it struck (``_Sentence._doer_adjective_only``)
    deed_heads: frozenset[str] = frozenset()
    # "بينهم", "including": a nationality after them gives no agent its
    # country (``partitive_nationals``)
    partitives: frozenset[str] = frozenset()
    # country87: "قادمين من", "coming from": nor does a state after them
    origins: frozenset[str] = frozenset()
    # agentsar91: "دبلوماسي", "diplomats": officials whose place is where
    # they serve abroad (``_Sentence._placed_right_after``)
    abroad_posts: frozenset[str] = frozenset()
    # mendD92: "Brussels", "جنيف": seats of international bodies, whose
    # officials may be the bodies' (``_Sentence._placed_right_after``)
    igo_seats: frozenset[str] = frozenset()
    # mendD92: "said", "إن": words of saying right after the place tell its
    # officials are speakers, maybe no side (``_Sentence._speakers_of``)
    speech: frozenset[str] = frozenset()
    # mendF93: "they", "إنهم" after that word: the officials' own deed
    pronouns: frozenset[str] = frozenset()
    # codes106: "said", "إن", "گفت" right after a place: the place is the
    # teller's, not where the deed it tells was done (``_Sentence._teller_place``)
    teller_speech: frozenset[str] = frozenset()
    # codes91: "إلى", "عازم", "to": a bare state right after one is where
    # someone goes, sends or is sent, not the country of those going
    # (``_Sentence.destination``)
    destinations: frozenset[str] = frozenset()
    # parties107: "به" is a direction only with a verb of going right after
    # the state ("به ایران بروند"; ``_Sentence._verb_direction``)
    verb_preps: frozenset[str] = frozenset()
    going: frozenset[str] = frozenset()
    # "عودة", "returning": a state someone returns to is a home (``_Sentence.destination``)
    returns: frozenset[str] = frozenset()
    # mendC92: "according", "بالإضافة": a word of direction right after one is
    # no direction ("according to Iraq"); "أو", "or": a state joined to a
    # destination is one too (``_Sentence.destination``)
    not_after: frozenset[str] = frozenset()
    joins: frozenset[str] = frozenset()
    # mendC92: "زيارة", "visit": a destination of them is the host
    hosts: frozenset[str] = frozenset()
    # "الحرس الوطني": a force whose agent is its state's (``state_agents``)
    state_agents: StateAgents = field(default_factory=dict)
    # Arabic: a verb's subject follows it, so a state right after a verb of
    # another type is its subject, not its object (``_object_of_deed``)
    verb_first: bool = False
    # the language, for the slot a verb of asking addresses (``_Sentence._asker``)
    lang: str = ""
    # "ال…": a run of definite words closes an agent's noun phrase, so a
    # state right after it is the verb's object (``_Sentence._object_after``)
    article_starts: tuple[str, ...] = ()

    @classmethod
    def of(cls, ctx: Context) -> FillKnobs:
        """The knobs of a language's ``Context``, under the names
        ``fill_codes`` gives them."""
        return cls(
            sent=ctx.sent_agents,
            stateless=ctx.stateless_agents,
            home_bodies_bare=ctx.home_body_agents,
            conj=ctx.conjunctions,
            topic_preps=ctx.agent_topic_preps,
            possessives=ctx.possessives,
            partners=ctx.partner_preps,
            cited=ctx.cited_agents,
            sent_window=ctx.sent_window,
            sent_counts=ctx.sent_counts,
            sent_verbs=ctx.sent_verbs,
            sent_leads=ctx.sent_leads,
            sent_clitics=ctx.sent_clitics,
            location_preps=ctx.location_preps,
            placed_groups=ctx.placed_groups,
            unknown_doers=ctx.unknown_doers,
            suffixes=ctx.people_suffixes,
            not_subject_after=ctx.occurrence_not_after,
            home_bodies=ctx.home_bodies,
            first_person=ctx.first_person_verbs,
            clause_openers=ctx.content_openers,
            object_markers=ctx.object_markers,
            against=ctx.this_country_against,
            foreign=ctx.foreign_words,
            region=ctx.region_words,
            region_before=ctx.syntax.modifiers_before,
            local_heads=ctx.local_agent_heads,
            reactions=ctx.reaction_words,
            deed_heads=ctx.deed_adjective_heads,
            partitives=ctx.national_partitives,
            origins=ctx.origin_markers,
            abroad_posts=ctx.abroad_posts,
            igo_seats=ctx.igo_seats,
            speech=ctx.placed_speech,
            pronouns=ctx.speaker_pronouns,
            teller_speech=ctx.teller_speech,
            destinations=ctx.destination_markers,
            verb_preps=ctx.destination_verb_preps,
            going=ctx.destination_verbs,
            returns=ctx.destination_returns,
            not_after=ctx.destination_not_after,
            joins=ctx.destination_joins,
            hosts=ctx.destination_hosts,
            state_agents=ctx.agents_by_state,
            verb_first=ctx.subject_after_verb,
            lang=ctx.lang,
            article_starts=ctx.article_starts,
        )


@cache
def fill_knobs(lang: str) -> FillKnobs:
    """The language's ``FillKnobs``, cached like ``context``: every document
    of a language reads the same frozen value."""
    return FillKnobs.of(context(lang))


def fill_codes(
    mentions: list[Mention],
    doc: DocFacts,
    knobs: FillKnobs = FillKnobs(),
    span: tuple[int, int] = (0, 0),
    other_deeds: frozenset[int] = frozenset(),
    force: bool = False,
) -> list[Mention]:
    """Give agent mentions with no country of their own (``code == ""``)
    the country the sentence tells; return the mentions left.

    A person's title ("the minister") or an embassy is the home country's,
    else, in an article about two countries, the one of the pair the
    sentence does not name ("the minister met his Korean counterpart").
    Troops (``knobs.sent``) belong to the state named before them, and those of a
    state named as a whole are dropped as that state's agent ("Russia
    withdrew troops" is one actor). Other agents (police, protesters,
    militants) take the place where they act ("police in Cairo"), else the
    one country the sentence names, else the dateline's. ``FillKnobs``
    tells which step reads each knob; ``span`` is the sentence's, in
    ``doc.text``; ``other_deeds`` where its triggers of a type other than
    sending troops start (``_near``); ``force``: whether the sentence tells
    an attack (``partitive_only`` is read for seizures alone).
    """
    # 1. what the sentence tells: its places, named codes and weak states
    sentence = _sentence_of(mentions, doc, knobs, span, other_deeds, force)
    # 2. each mention in turn takes a country, or is dropped when none fits
    kept = [m for m in mentions if _fill_one(m, sentence)]
    # mendC92: a destination is a side only when no agent is left for it;
    # troops or planes sent there leave it the sending's other side
    if any(not k.code and k.agent and k.agent not in knobs.sent for k in kept):
        for m in kept:
            m.destination = sentence.destination(m) and not sentence.hosted(m)
    # 3. titles left with no country are the home country's
    _titles_at_home(kept, knobs.stateless, knobs.home_bodies_bare)
    # 4. a force whose agent depends on its state ("الحرس الوطني") takes that state's
    agents_by_state(kept, doc.text, knobs.state_agents)
    return kept


def _sentence_of(
    mentions: list[Mention],
    doc: DocFacts,
    knobs: FillKnobs,
    span: tuple[int, int],
    other_deeds: frozenset[int] = frozenset(),
    force: bool = False,
) -> _Sentence:
    """What ``fill_codes`` reads of the sentence, gathered once for all its mentions."""
    return _Sentence(
        span=span,
        other_deeds=other_deeds,
        force=force,
        mentions=mentions,
        doc=doc,
        knobs=knobs,
        # the place an event is named after ("the Riyadh agreement") is not
        # where the agents the sentence names come from
        places=[
            m
            for m in mentions
            if (m.location_only or m.place) and m.code and not (m.venue or m.offshore)
        ],
        codes=_named_codes(mentions, doc.text, knobs.partners, knobs.cited),
        whole_codes={
            m.code
            for m in mentions
            if m.code and (m.kind in _PLACE_KINDS or (m.agent is None and m.kind == "state"))
        },
        # mendD99: not a feigned title (a topic of an agent or a role, "با
        # جعل عنوان مامور پلیس ترکیه از مردم"): the people are not its state's
        weak_states=[
            m
            for m in mentions
            if m.kind == "state"
            and not m.strong
            and m.code
            and not m.offshore
            and not (m.topic and (m.agent or m.role))
        ],
        written=frozenset(m.start for m in mentions if m.code),
    )


def _local_people(m: Mention, text: str, knobs: FillKnobs) -> bool:
    """agents57fa: whether a stateless agent's mention names people, not a
    body ("فعالان محیط زیست", environmental campaigners, NGO): they belong to
    the country the sentence or article places them in, as an agent of any
    other kind does, where an organisation ("عفو بین‌الملل") is of none."""
    words = text[m.start : m.end].split()
    return bool(words) and words[0] in knobs.local_heads


def _fill_one(m: Mention, sentence: _Sentence) -> bool:
    """Give one mention of ``fill_codes`` its country; False when it is dropped
    (an agent with no country the sentence can tell)."""
    mentions, text, knobs = sentence.mentions, sentence.doc.text, sentence.knobs
    home_spans = sentence.doc.home_spans
    if m.place:
        m.strong = False
    if m.possessed and m.role and not m.code and sentence.owned_title(m):
        return True
    if m.members and not m.code and not m.agent and sentence.possessor(m) is None:
        return False  # "كتيبة إرهابية عناصرها" (not "their forces": an agent's noun)
    if m.unplaced:
        owner = sentence.possessor(m) if m.possessed and not m.code else None
        if owner is not None:
            m.code = owner.code  # "أعلن الجيش أن طائراته قصفت": the army's own
            return True
        m.strong = False  # a ship with no country written: a side only if needed
        return True
    if not m.code and sentence.not_of_named(m):
        return True  # "foreign forces in Iraq": not Iraq's, nor any the text tells
    if not m.code and m.kind == "agent" and home_spans:
        m.code = _construct_home(m, home_spans, mentions, text, knobs.location_preps)
    if not m.code and m.agent in knobs.stateless and m.kind != "group":
        # a national society ("هلال احمر") is of its home, not of where it helps
        m.code = sentence.body_home(m) or _construct_place(m, mentions, text, knobs.location_preps)
    if not m.code and m.kind == "group" and m.agent in knobs.placed_groups:
        m.code = _scene_country(m, sentence.one_place())
        m.scene_placed = bool(m.code)
    if (
        m.code
        or m.kind == "group"
        or (m.agent in knobs.stateless and not _local_people(m, text, knobs))
    ):
        return True  # a movement named with no country keeps none (IS, al-Qaeda)
    owner = sentence.owner_after(m)
    if owner is not None:
        m.code = owner.code
        return True
    return sentence.place_agent(m)


def counterpart_lent(side: list[Mention], text: str, trig: Hit, ctx: Context) -> list[Mention]:
    """Give back its own code (``Mention.borrowed_alt``: the dateline's, or
    none) to an agent that only borrowed the one state its sentence names,
    when that state stands in the same event as the object of its verb: it
    is the agent's other side, not its country ("رئیس قوه قضاییه از اسرائیل
    انتقاد کرد", "the judiciary chief criticised Israel"), and keeping the
    code would fold the two sides into one country (home49). An adjective,
    a place or a dateline keeps the agent's code: it was never borrowed
    ("the Iranian judiciary chief criticised Israel", "police in Cairo").
    A state named before the agent is mostly its own state acting on its
    people ("France welcomed the freed hostage"), and a bare government
    (``_OWN_AGENTS``) mostly speaks of its own state: both left alone. A
    copy is changed: the sentence's other events (its strike beside the
    support for it) keep the code."""
    return [_lent_back(m, side, text, trig, ctx) for m in side]


def _lent_back(m: Mention, side: list[Mention], text: str, trig: Hit, ctx: Context) -> Mention:
    """``m``, or a copy with its own code when a state of its side lent it one."""
    if m.borrowed_alt is None or m.borrowed_alt == m.code or m.agent in _OWN_AGENTS:
        return m
    if any(
        x is not m
        and x.code == m.code
        and x.agent is None
        and x.kind == "state"
        and not (x.location_only or x.place or x.prefix in ctx.owner_prefixes)
        and _verb_object(m, x, text, trig, ctx)
        for x in side
    ):
        return replace(m, code=m.borrowed_alt, borrowed_alt=None)
    return m


def _verb_object(m: Mention, x: Mention, text: str, trig: Hit, ctx: Context) -> bool:
    """Whether the state ``x``, written after the agent ``m``, is the object
    of the verb whose doer ``m`` is: right after the verb ("the judiciary
    chief criticised Israel", "رئيس السلطة القضائية انتقد إسرائيل"), or
    marked as an object by a preposition (``target_preps``) right before
    its verb in the same clause ("رئیس قوه قضاییه از اسرائیل انتقاد کرد").
    A state farther from the verb is more often a place or the agent's
    genitive ("شناورهای نظامی ایران", "في مدينة بازل شمال غرب سويسرا"),
    and one before a deed's noun with words between a place ("خارج از ایران
    از این اعتصاب")."""
    if x.start < m.end:
        return False
    if m.end <= trig.start and trig.end <= x.start:
        return _close(text[trig.end : x.start], _VERB_OBJECT_GAP)
    if x.end > trig.start:
        return False
    marked = x.prefix in ctx.target_preps or previous_word(text, x.start) in ctx.target_preps
    # a deed's noun ("انتقاد کرد") takes its object right before it; a verb
    # may have words between ("از اسرائیل به شدت انتقاد کرد")
    reach = _OBJECT_REACH if trig.entry.affix == "verb" else 0
    return marked and _close(text[x.end : trig.start], reach)


def _clause_tail(text: str) -> str:
    """What of ``text`` follows its last clause mark (mendC92)."""
    cut = max(text.rfind(c) for c in _CLAUSE_MARKS)
    return text[cut + 1 :]


def _close(gap: str, reach: int) -> bool:
    """Whether ``gap`` holds at most ``reach`` words and no clause mark."""
    return len(gap.split()) <= reach and not any(c in _CLAUSE_MARKS for c in gap)


def _scene_country(m: Mention, place: str) -> str:
    """The country of the scene for a named movement with none of its own
    whose agent is in ``placed_groups`` (armed movements: "قادة داعش في
    الموصل"): the one country of the places the sentence names. Where it
    fights is its country only where it is rooted (``m.homes``).
    IS in Mosul is Iraq's insurgency; IS behind a bombing in Tehran or Sirte
    is no Iranian or Libyan movement, and the text gives it no country."""
    if m.homes is None or place in m.homes:
        return place
    return ""


# adjdoer73: words read after a bare state for the deed's noun it owns ("russia's shelling").
_GENITIVE_REACH = 2
# Words at most between a marked object and its verb ("از اسرائیل به شدت انتقاد کرد").
_OBJECT_REACH = 3
# Words at most between a verb and the state that is its object ("criticised the state of Israel" is
# no such object; "the", "on" may stand between: "cracked down on Israel").
_VERB_OBJECT_GAP = 1
# Words at most between an agent and the state it acts against ("rallied against").
_AGAINST_REACH = 3
# codes91: how many words before a word of direction a word of return is read
# ("إعادة الاستقرار إلى ليبيا": one between)
_RETURN_REACH = 3
# mendC92: so far, in the same clause, a word of return is read (review91b F7:
# "عودة مجموعة منهم من مناطق النزاع إلى تونس"); mendE93 (review92 F12): only
# where no agent noun stands between it and the state ("عودة مجموعة من
# الإرهابيين … إلى تونس": the returning terrorists took the home country and the
# doer's seat), else codes91's ``_RETURN_REACH``
_FAR_RETURN_REACH = 8
# mendC92: words before a destination in which a word of a visit makes it the host
_HOST_REACH = 8
# Punctuation that closes a clause: a reflexive after it refers to a new subject.
_CLAUSE_MARKS = frozenset(SOFT_BREAKS + ":.")
# Punctuation between a sending state and its troops that puts them in
# another phrase: a clause's marks but the full stop.
_PHRASE_MARKS = _CLAUSE_MARKS - frozenset(".")
# Thousands and decimal marks inside a number written in figures ("1,000", "٣٫٥").
_FIGURE_SEPARATORS = frozenset(",")
# A white-space-delimited word (``\s`` is ``str.isspace``, as ``str.split``'s).
_WORD = re.compile(r"\S+")
# persian72: attackers the text does not identify (``UNNAMED_ATTACKERS``)
# are no reactor's own; who a reactor's condemned deed was done to, written
# bare after it ("خشونت علیه معترضان را محکوم کرد"), is no more of the reactor's
# country than its unknown doers are (``_Sentence._reactor_only``).
_REACTED_UPON = frozenset({UNNAMED_ATTACKERS, "CVL"})
# Mentions that name a place even when an agent took them ("مدارس الرياض").
_PLACE_KINDS = frozenset({"capital", "city"})
# mendA84: armed or opposing groups a verb of asking addresses ("دعا …
# المتمردين", "urged militants to …") are not the asker's own people: they
# take no country from the asker (``_Sentence._asker``).
_NOT_ASKERS_OWN = frozenset({"REB", "UAF", "OPP"})
_STATE_KINDS = frozenset({"state", "capital"})
_NAMED_KINDS = frozenset({"group"})
_ABROAD = frozenset({None, "GOV", "MIL"})
_ABROAD_ROLES = frozenset({"ambassador"})  # a diplomat serves abroad: not the host's
# Agents of a state's own bodies, never "foreign" to it ("foreign ministry")
_OWN_STATE_AGENTS = frozenset({None, "GOV", "LEG", "JUD", "PTY"})
# Agents of a party's leader: a title with no counterpart abroad (agents22ar)
_HOME_PARTY_AGENTS = frozenset({"PTY", "OPP"})
# force90: the state's arms that hold, try, free or expel people
# (``HOLDING_AUTHORITIES``) take no country from them (``_nationals_only``).
# Agents a state named beside them in their own event is mostly the owner of
# (``counterpart_lent``)
_OWN_AGENTS = frozenset({"GOV"})


def _titles_at_home(
    mentions: list[Mention],
    stateless: frozenset[str] = frozenset(),
    bodies: frozenset[str] = frozenset(),
) -> None:
    """A title left with no country ("the finance minister", "MPs") in a
    sentence whose bodies inside a state are all of one country ("a member of
    the Jordanian parliament criticised the finance minister", "MPs criticised
    the interior minister over the crackdown on protesters in Baghdad") is
    that country's: a parliament, police or protesters deal with their own
    state's officials. Bodies that may act abroad for their state (GOV:
    ambassadors, officials; MIL: troops sent) and states named as a whole
    tell nothing; nor do named armed movements, which fight across borders
    and have leaders of their own, nor sources and topics. A title of a body
    with no country (``stateless``: an NGO's director) keeps none, nor does
    an ambassador, who serves abroad. agents64ar: a bare body of home
    politics (``bodies``: "أحزاب المعارضة", OPP) is so too, where every
    country the sentence names is that one (``_home_only``)."""
    bare = [
        m
        for m in mentions
        if not m.code
        and m.kind == "agent"
        and (m.role or m.agent in bodies)
        and m.role not in _ABROAD_ROLES
        and m.agent not in stateless
    ]
    code = _home_only(mentions, bare)
    for m in bare:
        if code and (m.role or code[1]) and not _person_right_after(m, mentions, code[0]):
            m.code = code[0]


def _person_right_after(m: Mention, mentions: list[Mention], code: str) -> bool:
    """mendD90: the one country is only that of a civilian written right
    after the title ("اعتقل مسؤولون الأمريكي": the American is the one held,
    ``countries._unagreeing_after_title``): one word is not both the
    officials' country and the person they held."""
    named = [x for x in mentions if x is not m and x.code == code]
    return bool(named) and all(x.agent == "CVL" and 0 <= x.start - m.end <= 1 for x in named)


# mendB99: characters from a person to the state he lives in ("فعال سیاسی که
# سال‌ها در کانادا").
_RESIDENT_GAP = 40


def _resident_of(m: Mention, p: Mention, mentions: list[Mention]) -> bool:
    """mendB99: whether ``p`` is where ``m`` lives or studied (``Mention.lived``):
    ``m`` is the last mention before it, a few words back."""
    if not p.lived or m.end > p.start or p.start - m.end > _RESIDENT_GAP:
        return False
    return not any(x is not m and m.end <= x.start < p.start for x in mentions)


def _home_only(mentions: list[Mention], bare: list[Mention]) -> tuple[str, bool] | None:
    """The one country of the sentence's bodies inside a state (see
    ``_titles_at_home``), with whether it is also every country the sentence
    names (a bare body needs that: "دعمها للشعب السوري … الدولة التونسية"
    names Syria's people and Tunisia's state); None when there is none."""
    if not bare:
        return None
    domestic = {
        m.code
        for m in mentions
        if m.code
        and m.agent not in _ABROAD
        and not (m.kind == "group" and m.agent in NON_STATE_ARMED)
        and not (m.source or m.topic or m.location_only)
    }
    if len(domestic) != 1:
        return None
    code = next(iter(domestic))
    named = {m.code for m in mentions if m.code and not (m.source or m.topic)}
    return code, named == {code}


def _construct_place(
    m: Mention, mentions: list[Mention], text: str, location_preps: frozenset[str]
) -> str:
    """The country of a place written right after ``m`` in one noun phrase
    (at most two words between, no punctuation, no preposition of place):
    an agent that keeps no country of its own (``stateless``: NGOs) takes
    the place it is written together with ("کانون وکلای استان خوزستان",
    "نقابة محامي تونس"), not one after ``location_preps`` ("Amnesty in
    Cairo")."""
    if not text:
        return ""
    for p in mentions:
        if p.start < m.end or not p.code or not (p.location_only or p.place):
            continue
        gap = text[m.end : p.start]
        words = gap.split()
        if (
            len(words) <= 2
            and not any(c in gap for c in ',;:،؛.()«»"')
            and not (set(words) & location_preps)
        ):
            return p.code
        return ""
    return ""


# Words a noun phrase may hold between an agent and "the country" it ends
# with ("معلمان برگزیده ۳۱ استان کشور").
_HOME_PHRASE_WORDS = 4


def _construct_home(
    m: Mention,
    home_spans: tuple[tuple[int, int, str], ...],
    mentions: list[Mention],
    text: str,
    location_preps: frozenset[str] = frozenset(),
) -> str:
    """The home country when "the country" alone (``home_spans``) closes
    ``m``'s noun phrase or the place phrase right after it: a few words
    after it, or after a preposition of place at most two words on
    (``_HOME_PHRASE_WORDS``), no punctuation and no other mention between
    ("نیروگاه‌های کشور", "دانشجویان سراسر کشور", "کارگران در استان‌های
    مختلف کشور", "مسئولان اقتصادی کشور")."""
    for start, _, home in home_spans:
        if start < m.end:
            continue
        gap = text[m.end : start]
        # a preposition may lead (<= 3 words) and <= _HOME_PHRASE_WORDS follow:
        # more words than that need not be split off (the gap may be the
        # rest of the document)
        words = gap.split(maxsplit=_HOME_PHRASE_WORDS + 4)
        at = next((i for i, w in enumerate(words) if w in location_preps), None)
        if at is not None and at <= 2:
            words = words[at + 1 :]  # "کارگران پیمانی در استان‌های مختلف کشور"
        if (
            len(words) <= _HOME_PHRASE_WORDS
            and not any(c in gap for c in ',;:،؛.()«»"')
            and not any(m.end <= x.start < start for x in mentions if x is not m)
        ):
            return home
        return ""
    return ""


def _named_codes(
    mentions: list[Mention], text: str, partners: frozenset[str], cited: frozenset[str]
) -> set[str]:
    """The countries the sentence names as actors (an organisation has no civilians
    or police of its own: "the EU demanded the release of the crew"). A
    country named as a partner (``partners``: "صادقت الحكومة على اتفاقية مع
    المغرب") is not the one country an agent with none belongs to, nor is a
    medium that is cited (``cited``: "AFP was told 30 were wounded")."""
    return {
        # a place off a country or across its border ("قبالة السواحل الليبية",
        # "على الحدود مع سوريا") counts as a country the agents may be of,
        # but gives none ("")
        "" if m.offshore else m.code
        for m in mentions
        if m.code
        and m.kind not in ("agent", "igo")
        and not (text and previous_word(text, m.start) in partners)
        and not (m.source and m.agent in cited)
        # "متظاهرون هاجموا سفارة إسرائيل": the embassy stands abroad
        and not m.mission
    }


# mendF93: words after a word of saying in which a subject pronoun still
# stands for the speakers ("said on Monday that they").
_PRONOUN_REACH = 5


@dataclass(frozen=True)
class _Sentence:
    """What ``fill_codes`` reads off the whole sentence once, for every agent it places."""

    mentions: list[Mention]
    doc: DocFacts
    knobs: FillKnobs
    places: list[Mention]  # places named before any agent was placed
    codes: set[str]  # see ``_named_codes``
    weak_states: list[Mention]
    # states named by themselves (not as the adjective of an agent), and
    # capitals and cities, which name where even with an agent ("schools of
    # north Riyadh")
    whole_codes: set[str] = field(default_factory=set)
    # where the sentence's triggers of a type other than sending stand
    # (``fill_codes``'s ``other_deeds``; ``_near``)
    other_deeds: frozenset[int] = frozenset()
    # where the sentence stands in ``doc.text``: its words are read for
    # reaction words only where an unknown attacker asks (``_reactor_only``)
    span: tuple[int, int] = (0, 0)
    # where the mentions that came with a country of their own start: an
    # asker's country lent to whom it asks must be written (``_asker``)
    written: frozenset[int] = frozenset()
    # whether the sentence tells an attack (``fill_codes``'s ``force``)
    force: bool = False
    # mendE106 (diffread71 F11): ``_told_from`` per place span, read once:
    # ``_teller_only`` asks it for every named place of every mention, which
    # made a sentence cubic in its mentions. A field, not a ``cached_property``:
    # compiled by mypyc (``make compiled``) a cached property is computed anew
    # at each read, so a memo written through one read was lost to the next
    # (a KeyError on the corpus; speed108).
    _told_places: dict[tuple[int, int], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    # speed88: whether words of an origin or a partitive marker are written
    # around the mentions (``cue_near``): ``origin_only`` and
    # ``partitive_only`` are read only then. speed91: each read on first use
    # (a frozen dataclass keeps a ``cached_property`` in its ``__dict__``):
    # most sentences' mentions never reach ``_own_places`` with places or
    # ``_partitive_only`` with one country, and each ``cue_near`` walks every
    # marker's words over the mentions' stretch.
    @cached_property
    def origin_cue(self) -> bool:
        """Whether words of an origin marker stand around the mentions."""
        return cue_near(self.mentions, self.doc.text, self.knobs.origins)

    @cached_property
    def partitive_cue(self) -> bool:
        """Whether words of a partitive marker stand around the mentions."""
        return cue_near(self.mentions, self.doc.text, self.knobs.partitives)

    def owner_after(self, m: Mention) -> Mention | None:
        """A body of the same agent written right after ``m`` with a country:
        its owner in a genitive chain ("جنگنده‌های ائتلاف به رهبری عربستان",
        the jets of the Saudi-led coalition), whose country the jets share,
        rather than the place they strike. Only a plural ending
        (``suffixes``) may come between the two. A titled person is no body: its holder's country
        is its own ("وزير الخارجية والسفير الأمريكي")."""
        if not self.doc.text or m.agent is None or m.role or m.possessed:
            return None  # "جيشه قصف قرى سورية": his army, named before
        nxt = next((x for x in self.mentions if x.start >= m.end), None)
        if nxt is None or not nxt.code or nxt.agent != m.agent or nxt.source:
            return None
        gap = self.doc.text[m.end : nxt.start].split()
        return nxt if len(gap) <= 1 and set(gap) <= self.knobs.suffixes else None

    def foreign(self, m: Mention) -> bool:
        """Whether an agent noun is described as foreign (``knobs.foreign``:
        "نیروهای خارجی", "سربازان خارجی", "القوات الأجنبية", "foreign
        troops"), in its own words or the word right before or after it:
        such troops, investors or journalists are not of the country where
        they are ("… in Iraq"), nor of the one the sentence names or the
        dateline's; only a country written with them gives them one. Not a
        title or a body of a state's own (GOV, LEG, JUD: "foreign ministry",
        "وزارت امور خارجه")."""
        if not self.knobs.foreign or not self.doc.text or m.role or m.agent in _OWN_STATE_AGENTS:
            return False
        text = self.doc.text
        words = text[m.start : m.end].split()
        before = text[max(0, m.start - 30) : m.start].split()[-1:]
        after = text[m.end : m.end + 30].split()[:1]
        return any(w in self.knobs.foreign for w in (*before, *words, *after))

    def not_of_named(self, m: Mention) -> bool:
        """Whether an agent noun with no code is told to be of no state the
        sentence names: of a region (``regional``, which gives it the
        region's bloc, "مقام اروپایی": EU) or foreign (``foreign``)."""
        region = self.regional(m)
        if region is not None:
            m.code = region
            return True
        return self.foreign(m)

    def regional(self, m: Mention) -> str | None:
        """agents64fa: the code a region's adjective right after an agent
        noun gives it, past a plural ending written apart ("مقام های"):
        ``knobs.region`` maps the adjective to its bloc ("مقام اروپایی": an
        official of Europe is the EU's, as readers code him; ``ONTOLOGY``:
        an IGO's officials are GOV) or to none ("دیپلمات‌های غربی",
        "رسانه‌های عربی": of no one state). Either way the agent takes no
        country from the sentence, whose one state named is mostly the
        other side ("… با وزیر خارجه ایران دیدار کرد": not Iran's). Unlike
        ``foreign``, titles and governments too. None when no such word
        follows."""
        if not self.knobs.region or not self.doc.text:
            return None
        if self.knobs.region_before:  # mendC106: "Western secret services"
            before = self.doc.text[max(0, m.start - 40) : m.start].split()[-1:]
            return self.knobs.region.get(before[0].lower()) if before else None
        after = self.doc.text[m.end : m.end + 40].split()[:2]
        if after and after[0] in self.knobs.suffixes:
            after = after[1:]
        return self.knobs.region.get(after[0]) if after else None

    def one_place(self) -> str:
        """The country of the places named, if they are all of one."""
        codes = {p.code for p in self.places}
        return codes.pop() if len(codes) == 1 else ""

    def place_agent(self, m: Mention) -> bool:
        """Give an agent with no country one; False when it is the actor before it.

        An agent after a possessive pronoun (``possessives``: "pulled its
        fighters out") or with a possessive clitic (``Mention.possessed``:
        "نیروهایش") is the named actor's own (``_own_agent``); one after a
        preposition of topic (``topic_preps``: "an agreement on coast guard
        cooperation") is a topic, a participant only when nobody else is
        named."""
        if self._names_group_before(m):
            return False  # "the party", "the movement": the one just named
        if self._state_office(m):
            return True
        sender = self.possessor(m) if m.possessed else self._sender_before(m)
        before = previous_word(self.doc.text, m.start) if self.doc.text else ""
        if (
            (before in self.knobs.possessives or m.possessed)
            and sender is not None
            and not sender.location_only
            and not m.role
            and not m.source
            # "أدان مجلس الأمن … وطالب بمعاقبة منفذيها": an international
            # body has no attackers of its own, the perpetrators it names
            # are the deed's (sidesaudit109)
            and not (m.agent == UNNAMED_ATTACKERS and sender.code in IGOS)
        ):
            return self._own_agent(m, sender)
        topic = before in self.knobs.topic_preps
        asker = self._asker(m)
        if asker is not None and not topic:
            m.code = asker.code  # "حث الرئيس المصري المواطنين": Egypt's citizens
            return True
        keep = self._country(m, sender, topic)
        if (
            not m.code and not self._struck_named(m) and not m.backed and not self._object_after(m)
        ) or topic:
            m.strong = False  # a participant only when nobody else is named
        return keep

    def _asker(self, m: Mention) -> Mention | None:
        """The side that asks an untitled agent a verb of asking addresses
        (``asked_nouns.asking_word_at``: "حث الرئيس المصري المواطنين على …",
        "از مردم خواست", "urged citizens to …"): the people or body one asks
        are the asker's own, as the readers annotate them, and take no
        country from what they are asked ("… مقاطعة البضائع الفرنسية"). The
        asker is the nearest side before the noun, not a place nor a topic;
        none where that side has no country."""
        text, lang = self.doc.text, self.knobs.lang
        if m.role or not m.agent or m.agent in _NOT_ASKERS_OWN or not text or not lang:
            return None  # "دعا … المتمردين": rebels are not the asker's own
        if asking_word_at(text, m.start, m.end, lang) is None:
            return None
        if self._placed_before_content(m, text, lang):
            return None  # "urged protesters in France to …": France's
        before = [
            x
            for x in self.mentions
            if x.end <= m.start
            and x.kind not in _PLACE_KINDS
            and not (x.location_only or x.place or x.topic or x.source)
        ]
        if not before or not before[-1].code or before[-1].start not in self.written:
            return None  # "مقامات … از افراد خواستند": no country written for the asker
        if before[-1].agent == m.agent and not before[-1].role:
            return None  # "الحكومة … الحكومة": the same body named again
        return before[-1]

    def _placed_before_content(self, m: Mention, text: str, lang: str) -> bool:
        """mendA84: a place or state written between the one asked and where
        what it is asked opens ("المتمردين في السودان إلى …", "از معترضان در
        ایران خواست", "protesters in France to …") is the asked people's own
        country; the asker's is not lent over it."""
        opened = content_opened_at(text, m.end, lang)
        if opened is None:
            return False
        return any(x.code and m.end <= x.start < opened for x in self.mentions if x is not m)

    def _state_office(self, m: Mention) -> bool:
        """A title written with its possessive ("Iran said its foreign
        minister would visit", "وزير خارجيتها") is its owner state's
        office: it takes the state's country (True). Not an envoy: a state's own
        ambassador is most often what the state itself acts on ("استدعت
        الجزائر سفيرها"), and is read as any title."""
        if not m.office_of_owner or m.role in _ENVOY_ROLES:
            return False
        owner = self.possessor(m)
        if owner is None or owner.location_only or owner.agent or owner.kind == "group":
            return False  # a body's head is the body's (``owned_title``)
        m.code = owner.code
        return True

    def _names_group_before(self, m: Mention) -> bool:
        """An untitled agent of the same kind as the last named movement
        before it is that movement written again ("Hamas … the movement"),
        not a new actor: the nearest group before it decides."""
        group = next(
            (x for x in reversed(self.mentions) if x.end <= m.start and x.kind == "group"), None
        )
        return group is not None and group.agent == m.agent and not m.role

    def _sender_before(self, m: Mention) -> Mention | None:
        """The nearest side with a country before ``m``: the state that sends
        troops, or owns the agents a possessive points back to."""
        return next(
            (x for x in reversed(self.mentions) if x.end <= m.start and x.strong and x.code), None
        )

    def _own_agent(self, m: Mention, sender: Mention) -> bool:
        """A possessed agent takes its owner's country. It is the owner
        itself acting (False: dropped, the owner keeps its agent) when the
        owner is the same body, a movement, or a state sending its own
        troops; it stays an actor of its own when the owner only spoke of
        it or names its nationals."""
        m.code = sender.code
        if m.members:  # "قالت الشرطة إن عناصرها اعتقلوا": the police's men
            m.agent = sender.agent or m.agent
        if m.possessed and sender.agent == m.agent and sender.kind != "group":
            # "ارتش پاکستان اعلام کرد سربازانش کشته شدند": the army speaks,
            # its soldiers are the victims (a speaker is no party)
            return True
        if sender.strong and (
            sender.agent == m.agent
            or sender.kind == "group"
            # a state's own troops are the state acting, but "دعت بريطانيا
            # رعاياها" names Britain and its nationals: two actors
            or (sender.agent is None and m.agent in self.knobs.sent)
        ):
            sender.agent = sender.agent or m.agent
            return False  # "Wagner pulled its fighters out": Wagner itself
        return True

    def owned_title(self, m: Mention) -> bool:
        """A title with a possessive clitic is its owner's: the head of a
        body ("أعلن البرلمان أن رئيسه"), of the body's agent (an
        organisation's: its officials', GOV) and no state office. A state's
        own office ("استدعت مصر سفيرها") is read as any title (False): the
        deed is often done to it by its own state."""
        owner = self.possessor(m)
        if owner is None or (not owner.agent and owner.kind == "state"):
            return False
        m.code = owner.code
        if owner.agent:  # the body's head: of the body's agent
            m.agent = owner.agent
        m.role = None
        return True

    def possessor(self, m: Mention) -> Mention | None:
        """Whom an agent with a possessive clitic belongs to: the nearest
        side with a country before it, else the one who spoke. A reflexive
        ("اتباع خود") points to its own clause's subject only: none before a
        clause break, named as a place or after a preposition ("از هند")."""
        if m.reflexive:
            return self._subject_before(m) or self._speakers_own(m)
        return self._sender_before(m) or self._owner_speaker(m)

    def _speakers_own(self, m: Mention) -> Mention | None:
        """The speaker, for a reflexive whose own verb is in the first person
        ("سفیر ژاپن گفت: ما از هموطنان خود درخواست کرده‌ایم"): "our own nationals"
        are the speaker's country's, where the clause names no subject of
        its own (agents38fa). The verb follows the reflexive before any
        clause it opens ("از کانادا خواسته‌ایم دیپلمات‌های خود را کم کند":
        the diplomats are the one asked's); the speaker is named before
        the words he says, not after a preposition ("از هند")."""
        verbs, text = self.knobs.first_person, self.doc.text
        if not verbs or not text:
            return None
        start = max(text.rfind(c, 0, m.start) for c in _CLAUSE_MARKS)
        if start < 0 or not _first_person_after(text, m.end, verbs, self.knobs.clause_openers):
            return None
        return next(
            (
                x
                for x in reversed(self.mentions)
                if x.end <= start
                and x.code
                and x.kind not in _PLACE_KINDS
                and not (x.location_only or x.place)
                and previous_word(text, x.start) not in self.knobs.not_subject_after
            ),
            None,
        )

    def _subject_before(self, m: Mention) -> Mention | None:
        """The subject a reflexive possessive after ``m`` refers to (``possessor``)."""
        owner = self._sender_before(m)
        if owner is None or owner.location_only or owner.place or owner.kind in _PLACE_KINDS:
            return None
        if (
            not self.doc.text
            or previous_word(self.doc.text, owner.start) in self.knobs.not_subject_after
        ):
            return None
        gap = self.doc.text[owner.end : m.start]
        return None if any(c in gap for c in _CLAUSE_MARKS) else owner

    def _owner_speaker(self, m: Mention) -> Mention | None:
        """The actor a possessive clitic points back to when no side is named
        before it: the one who spoke ("قالت إسرائيل إن قواتها اعتقلت", "the
        army said its soldiers"), kept out of the sides as a speaker but
        still the owner of the forces it names. The nearest coded mention
        before, a state or body, never a place ("في الضفة الغربية")."""
        return next(
            (
                x
                for x in reversed(self.mentions)
                if x.end <= m.start
                and x.code
                and x.kind not in _PLACE_KINDS
                and not (x.location_only or x.place)
            ),
            None,
        )

    def _struck_named(self, m: Mention) -> bool:
        """The one country the sentence names is only that of whom an unknown
        attacker (``unknown_doers``) struck: named on people or things written after him (his
        objects: "gunmen killed two Filipino sailors", "قتل مسلحون بحارين
        فلبينيين"), never as a state by itself nor before him ("French police
        arrested a gunman" keeps him French). He takes no country from it
        and is still a side of the deed. So with several such countries
        ("pirates hijacked an Iranian and a Chinese ship"). A Persian object
        fronted before him with its marker right before him is his object
        too (agents46fa: "دو ملوان ایرانی را قاچاقچیان ربودند", object –
        subject – verb)."""
        if m.agent not in self.knobs.unknown_doers or not self.codes:
            return False
        if self.codes & self.whole_codes:
            return False
        return all(
            x.start >= m.end or self._fronted_object(x, m)
            for x in self.mentions
            if x.code in self.codes
        )

    def _fronted_object(self, x: Mention, m: Mention) -> bool:
        """Whether ``x`` ends right before ``m`` with only an object marker
        (``knobs.object_markers``: "را") between them: the verb's object
        written before its subject."""
        between = self.doc.text[x.end : m.start].strip() if self.doc.text else ""
        return x.end <= m.start and between in self.knobs.object_markers

    def _object_after(self, m: Mention) -> bool:
        """A state or a movement named by itself right after the agent,
        nothing between, is the verb's object, not the agent's country
        ("انتقدت الحكومة إيران", "اتهمت الشرطة حماس":
        the government criticised Iran; a genitive would have made them one
        mention, ``countries._object_after_definite``). The agent takes the
        dateline's country or none, and the event keeps its two sides
        (aragents18)."""
        if not self.doc.text:
            return False
        nxt = next((x for x in self.mentions if x.start >= m.end), None)
        if nxt is None or nxt.prefix:  # "الزائرين لقطر": visitors to Qatar
            return False
        if not ((nxt.agent is None and nxt.kind in _STATE_KINDS) or nxt.kind in _NAMED_KINDS):
            return False
        gap = self.doc.text[m.end : nxt.start].split()
        if not gap:
            return True
        # agentnull94: "انتقدت محكمة العدل الدولية إسرائيل": the chain closed
        # before the name; a name with the article may be an adjective of it
        articles = self.knobs.article_starts
        name = self.doc.text[nxt.start : nxt.end]
        return definite_chain(gap, articles) and not name.startswith(articles)

    def _country(self, m: Mention, sender: Mention | None, topic: bool) -> bool:
        """Home for titles, the sender for troops, else the place or the one country."""
        sent = m.agent in self.knobs.sent and not topic
        by = sender if sent and sender is not None and not sender.location_only else None
        if m.home_bound or m.role in PERSONAL_ROLES:
            rest = self._pair_rest(m)
            m.code = (
                self._placed_right_after(m)
                or self.doc.home
                or (rest.pop() if len(self.doc.pair) == 2 and len(rest) == 1 else "")
                # "Russian authorities detained opposition leader …": the doer's
                or m.fallback
                # a party's leader has no counterpart abroad: he is of the
                # one country his sentence names, as a party or MPs are
                or (self._one_code(m) if m.agent in _HOME_PARTY_AGENTS else "")
            )
        elif by is not None and _threatened(self.doc.text, by, m, self.knobs, self.other_deeds):
            # threatened, refused or agreed to: the state's, a side of the
            # sending only (mendB72), no side of the threat or consent
            m.code, m.unsent = by.code, True
        elif by is not None and _near(self.doc.text, by, m, self.knobs, self.other_deeds):
            m.code = by.code
            if by.agent is None:
                # "Kyrgyzstan and Tajikistan pulled troops back": both armies
                for x in _coordinated_with(self.mentions, by, self.doc.text, self.knobs.conj):
                    x.agent = m.agent
                return False
        elif (own := self._unvisited(self._own_places(m), m)) or (
            (weak := self._unvisited(self.weak_states, m))
            and not m.fallback
            and not self._against_state(m)
        ):
            # "police in Cairo", "militants' positions in Syria"
            near = min(own or weak, key=lambda p: abs(p.start - m.start))
            m.code = near.code
        elif m.fallback and not self._doer_adjective_only(m):
            m.code = m.fallback  # "Egyptian police arrested protesters": not "against Israel"
        else:
            alt = self.doc.dateline or self.body_home(m)
            if self._reactor_only(m):
                alt = alt or self.doc.leading_home  # the story's country, not the reactor's
            m.code = self._one_code(m) or alt
            if m.code != alt:
                m.borrowed_alt = alt  # the one state named may be its other side
        return True

    def _placed_right_after(self, m: Mention) -> str:
        """agentsar91: the country of a place written right after officials
        of no country, joined only by a preposition of location
        (``location_preps``: "مسؤولين في ميانمار", "مقاماتی در عراق",
        "officials in Baghdad"): they are that place's, not the article's
        home (main read the officials codeless and the state bare in their
        stead). Not a person's office ("قال الوزير في طهران": where he
        spoke, maybe abroad), nor officials told not to be the place's
        (``_not_of_place``), nor a seat of international bodies
        (``igo_seats``, mendD92: "officials in Brussels" are as often the
        EU's), nor speakers (mendD92: a word of saying right after the
        place, "officials in Syria said jets struck Damascus": they tell
        the deed, and a country would seat them in the struck place's
        slot)."""
        if m.role in PERSONAL_ROLES or not self.doc.text or self._not_of_place(m):
            return ""
        text, preps = self.doc.text, self.knobs.location_preps
        for p in self.places:
            if p.start < m.end or p.start - m.end > _PLACE_GAP or not p.code:
                continue  # a bounded cut: a long one-line text reads no more
            gap = text[m.end : p.start].split()
            if len(gap) == 1 and gap[0] in preps:
                seat = text[p.start : p.end] in self.knobs.igo_seats
                return "" if seat or self._speakers_of(p) else p.code
        return ""

    def _speakers_of(self, p: Mention) -> bool:
        """mendD92: whether a word of saying follows the place right after
        officials (``speech``) and the place's country is named again after
        it ("officials in Syria said jets struck Damascus"): the officials
        tell of a deed done to their country, and its code would seat them
        in the struck place's slot. "Officials in Iraq said they met …"
        keeps them Iraq's, and so does a subject pronoun after the saying
        ("said they condemned Turkey's strikes on Iraq": the deed is the
        officials' own, mendF93)."""
        said = self.doc.text[p.end : p.end + 60].split()[:_PRONOUN_REACH]
        if not said or said[0].strip("،,") not in self.knobs.speech:
            return False
        if any(w.strip("،,").lower() in self.knobs.pronouns for w in said[1:]):
            return False
        return any(x.start > p.end and x.code == p.code for x in self.mentions)

    def _not_of_place(self, m: Mention) -> bool:
        """Officials a place right after them does not make its own: a post
        held abroad in their words (``abroad_posts``: "بعثات دبلوماسية في
        مقديشو" are foreign missions there; clitic forms are the data's,
        mendD92: "وللدبلوماسيين"), or "foreign" right before their noun or
        after it (``foreign``, mendD92: "foreign officials in Kabul"; not
        "Foreign Ministry officials", a word off)."""
        text = self.doc.text
        words = text[m.start : m.end].split()
        if not self.knobs.abroad_posts.isdisjoint(words):
            return True  # "الدبلوماسي في لندن", "diplomats in Kabul": posted there
        before = words[-2:-1] or text[max(0, m.start - 30) : m.start].split()[-1:]
        after = text[m.end : m.end + 30].split()[:1]
        return any(w.lower() in self.knobs.foreign for w in (*before, *after))

    def _pair_rest(self, m: Mention) -> set[str]:
        """The codes of the article's pair the sentence does not name, those a
        title with no country may take ("the minister met his Korean
        counterpart"). speakers79ar: an office only a state has (a head of
        state or government, a minister) is no organisation's: with the
        pair Tunisia and the IMF, "رئيس الحكومة" in a sentence naming
        Tunisia only as its news agency's name is not the IMF's."""
        rest = set(self.doc.pair) - {x.code for x in self.mentions if x.code}
        return rest - IGOS if m.role in _STATE_OFFICES else rest

    def body_home(self, m: Mention) -> str:
        """The leading home country (``DocFacts.leading_home``) for a state
        body written bare (``knobs.home_bodies``: "ارتش", "مجلس"), or the
        people of one ("نمایندگان مجلس", "سخنگوی جمعیت هلال احمر"), in a
        sentence that names no state: an Iranian outlet's "the army" in an
        article mostly about Iran is Iran's (home36fa)."""
        if not (self.doc.leading_home and self.doc.text) or self.codes:
            return ""
        words = self.doc.text[m.start : m.end].split()
        tails = {" ".join(words[i:]) for i in range(len(words))}
        after = self.doc.text[m.end : m.end + 8].split()[:1]
        if set(after) & self.knobs.suffixes:
            return ""  # "دولت ها": governments, not the government
        return self.doc.leading_home if tails & self.knobs.home_bodies else ""

    def _own_places(self, m: Mention) -> list[Mention]:
        """The sentence's places but those where another group lives or came
        from (country87: "قادة الجماعة المقيمين في قطر", "gunmen coming from
        Libya"): where that group is from places no other agent. mendD99: a
        building made the scene (``landmarks``, an agent's place: "في محيط
        المدرسة الإيرانية في دمشق") places no one where a town or state is
        named too: its state is whose it is, not where it stands."""
        places = [p for p in self.places if not (p.place and p.agent)] or self.places
        if not places or not self.origin_cue:
            return list(places)
        others = {x.code for x in self.mentions if x is not m and x.code}
        return [
            p
            for p in places
            if p.code not in others
            or not origin_only(m, self.mentions, {p.code}, self.doc.text, self.knobs.origins)
        ]

    def destination(self, x: Mention) -> bool:
        """codes91: whether ``x`` is a state named bare (no agent, no clitic:
        "لسوريا" may be "of") right after a word of direction
        (``knobs.destinations``, one or two words: "زيارة عدد من النواب إلى
        سوريا", "lawmakers' visit to Syria", "پناهجویان عازم یونان"): where
        someone goes, sends or is sent, not the country of the people going
        nor of those who send them. A city stays a place: those who reached
        Palermo are acted on there; so does a state one returns to, a word of
        return (``knobs.returns``) up to ``_RETURN_REACH`` words before the
        direction ("عودة اللاجئين إلى سوريا", "إعادة الاستقرار إلى ليبيا")."""
        return self._direction(x) == "to"

    def _direction(self, x: Mention) -> str:
        """mendE93: what the word of direction before ``x`` makes it: "to"
        (a destination, ``destination``), "besides" (after a word of
        ``knobs.not_after``: "بالإضافة إلى إيران", "according to Iraq": no
        direction, yet no more a country for the agents before it than a
        destination is, as under codes91; review92 F7) or "" (neither: a
        home one returns to, a state after no such word)."""
        if x.kind != "state" or x.agent is not None or not self.doc.text:
            return ""
        joined = self._joined_destination(x)
        if joined is not None:
            return "to" if joined else ""
        if x.prefix:
            return ""
        before = self.doc.text[max(0, x.start - 160) : x.start]
        words = before.split()[-_RETURN_REACH - 2 :]
        if words and words[-1] in self.knobs.verb_preps and self._verb_direction(x):
            return "to"  # "از مرز به ایران بروند": where they go (parties107)
        for size in (1, 2):
            if len(words) >= size and " ".join(words[-size:]) in self.knobs.destinations:
                # mendC92: "according to", "بالإضافة إلى": no direction
                if words[-size - 1 : -size] and words[-size - 1].lower() in self.knobs.not_after:
                    return "besides"
                # "عودة اللاجئين إلى سوريا": where one returns is one's home
                near = words[-_RETURN_REACH - size : -size]
                return "" if set(near) & self.knobs.returns or self._far_return(x) else "to"
        return ""

    def _verb_direction(self, x: Mention) -> bool:
        """parties107: whether a verb of going, sending or fleeing
        (``knobs.going``: "بروند", "فرستادند", "گریختند", "منتقل شد") is
        written right after ``x``: the bare "به" before it is then the
        direction ("به ایران بروند"), not the dative it mostly is ("در
        پیامی به مردم ایران"). A visit, a deployment or a return is no such
        verb: their state stays the host, the other side or a home."""
        return going_verb_after(self.doc.text, x.end, self.knobs.going)

    def _far_return(self, x: Mention) -> bool:
        """mendC92: a word of return up to ``_FAR_RETURN_REACH`` words before
        the state in its clause; mendE93 (review92 F12): with no agent noun
        between ("عودة مجموعة منهم من مناطق النزاع إلى تونس", not "عودة
        مجموعة من الإرهابيين من بؤر التوتر إلى تونس": the agent there is
        the returning one, no home's own)."""
        offset = max(0, x.start - 160)
        before = self.doc.text[offset : x.start]
        clause = _clause_tail(before).split()[-_FAR_RETURN_REACH - 1 : -1]
        found = [w for w in clause if w in self.knobs.returns]
        if not found:
            return False
        at = offset + before.rfind(found[-1])
        return not any(m.agent and at < m.start < x.start for m in self.mentions)

    def hosted(self, x: Mention) -> bool:
        """mendC92: whether a word of a visit or a trip (``knobs.hosts``:
        "زيارة", "السفر", "visit", "سفر") stands up to ``_HOST_REACH`` words
        before the state, in its clause: the state visited is the host, the
        visit's other side ("زيارة وفد برلماني إلى سوريا"), and a ban on
        travel to it is a measure against it ("منع السفر إلى قطر")."""
        clause = _clause_tail(self.doc.text[max(0, x.start - 120) : x.start])
        return not self.knobs.hosts.isdisjoint(clause.split()[-_HOST_REACH:])

    def _joined_destination(self, x: Mention) -> bool | None:
        """mendC92: for a state joined by a conjunction (``destination_joins``)
        to the state right before it ("إلى تونس أو مصر", "إلى العراق
        واليمن", "to Greece or Italy"), whether that one is a destination;
        None for a state joined to none."""
        prev = next((p for p in reversed(self.mentions) if p.end <= x.start), None)
        if prev is None or prev.kind != "state" or not self.knobs.joins:
            return None
        gap = self.doc.text[prev.end : x.start].strip()
        if gap in self.knobs.joins or (not gap and x.prefix in self.knobs.joins):
            return self.destination(prev)
        return None

    def _unvisited(self, places: list[Mention], m: Mention | None = None) -> list[Mention]:
        """``places`` but those that are only where someone goes (``destination``)
        or, for ``m``, only named besides after it (mendE93: ``_lends_none``),
        or where ``m`` himself lives (mendB99: ``_resident_of``)."""
        if m is not None and any(p.lived for p in places):
            places = [p for p in places if not _resident_of(m, p, self.mentions)]
        if m is not None and self.knobs.teller_speech:
            places = [p for p in places if not self._teller_place(p, m)]
        if not self.knobs.destinations:
            return places
        return [p for p in places if not (m and self._lends_none(p, m) or self.destination(p))]

    def _teller_place(self, p: Mention, m: Mention) -> bool:
        """codes106: ``p`` is where the teller of ``m``'s deed is: a place
        after a preposition of location, closed by a word of saying right
        after it (``teller_speech``: "منظمة حقوقية في سيول إن كوريا
        الشمالية أعدمت ألف شخص", "a monitor in London said the Syrian army
        killed twenty civilians", "… در لندن گفت …"), with ``m`` after it
        in what is told, and what is told naming another state: the
        teller's city is then not where the deed was done, nor the
        victims' country (main read them South Korea's, Britain's). A
        local office telling of a deed in its own town ("the health
        directorate in Hail said a citizen attacked a doctor") names no
        other state and keeps its place."""
        if p.end > m.start or not p.location_only or not self._told_from(p):
            return False
        own = self._teller_code(p)
        if own is None:
            return False
        return any(
            x.start > p.end and x.code and x.code not in (p.code, own) for x in self.mentions
        )

    def _told_from(self, p: Mention) -> bool:
        """Whether ``p`` stands after a preposition of location and right
        before a word of saying (``_teller_place``); it reads only the
        text, so it is kept per place span (``_told_places``)."""
        key, told = (p.start, p.end), self._told_places
        if key not in told:
            text = self.doc.text
            before = text[max(0, p.start - 12) : p.start].split()[-1:]
            said = text[p.end : p.end + 30].split()[:1]
            told[key] = bool(
                before
                and before[0] in self.knobs.location_preps
                and said
                and said[0].strip(COMMAS + ":") in self.knobs.teller_speech
            )
        return told[key]

    def _teller_code(self, p: Mention) -> str | None:
        """mendD106: the state of the teller right before the place ``p``
        ("" when he has none), or None when he is of the place's own state:
        an official ("officials in Beirut said an Israeli strike killed
        three civilians") or a teller whose adjective is that state ("an
        Iraqi official in Baghdad") tells of a deed on his own city, whose
        victims stay his. The state of an official of another state ("the
        American ambassador in Kabul said gunmen attacked the American
        embassy") is no "other state" of what he tells."""
        before = [x for x in self.mentions if x.end <= p.start and p.start - x.end <= _TELLER_REACH]
        if not before:
            return ""
        teller = max(before, key=lambda x: x.end)
        if teller.code == p.code or (not teller.code and teller.agent == _OFFICIAL):
            return None
        # émigrés or a medium of another state tell of their state's deed
        # ("North Korean defectors in Seoul said North Korea executed …")
        return teller.code if teller.agent == _OFFICIAL else ""

    def _teller_only(self, m: Mention) -> bool:
        """codes106: every mention of the sentence's one country is a
        teller's place before ``m`` (``_teller_place``): it tells ``m`` no
        country ("قال مرصد حقوقي في لندن إن الجيش السوري قتل عشرين مدنيا":
        the army is an agent, so Britain was the one state named, and the
        civilians were read British)."""
        if not self.knobs.teller_speech:
            return False
        named = [x for x in self.mentions if x is not m and x.code in self.codes]
        return bool(named) and all(x.location_only and self._teller_place(x, m) for x in named)

    def _destination_only(self, m: Mention) -> bool:
        """codes91: every mention of the sentence's one country but ``m`` is a
        destination (``destination``): it gives no agent its country, as an
        origin does not (country87)."""
        if not self.knobs.destinations:
            return False
        named = [x for x in self.mentions if x is not m and x.code in self.codes]
        return bool(named) and all(self._lends_none(x, m) for x in named)

    def _lends_none(self, x: Mention, m: Mention) -> bool:
        """mendE93 (review92 F7): the state ``x`` gives ``m`` no country: a
        destination, or a state named besides ("بالإضافة إلى إيران",
        "according to Iraq") after ``m`` ("منعت السلطات دخول المسلحين، إضافة
        إلى إيران": the militants are not Iran's; "In addition to Jordan, the
        government condemned …" stays Jordan's, as mendC92 read it)."""
        way = self._direction(x)
        return way == "to" or (way == "besides" and x.start > m.start)

    def _one_code(self, m: Mention) -> str:
        """The one country the sentence names, unless it is the one struck
        or the verb's object (``_struck_named``, ``_object_after``)."""
        if (
            len(self.codes) == 1
            and not self._struck_named(m)
            and not self._object_after(m)
            and not self._against_state(m)
            and not self._reactor_only(m)
            and not self._doer_adjective_only(m)
            and not self._asked_content_only()
            and not self._partitive_only(m)
            and not self._nationals_only(m)
            and not self._destination_only(m)
            and not self._teller_only(m)
        ):
            return next(iter(self.codes))
        return ""

    def _nationals_only(self, m: Mention) -> bool:
        """force90: the one country is told only by people of that
        nationality ("اعتقلت الشرطة ثلاثة مصريين", "پلیس سه شهروند عراقی را
        بازداشت کرد", "police arrested two Croatian men"): the police,
        army, court or authorities that hold, free or expel foreigners are
        of the place, the dateline or the article's country, not of those
        they hold. Only where no attack is told (as ``_partitive_only``):
        "the army killed Syrian civilians" is most often at home. Only
        nationals named after the force, those it acts on: citizens named
        before a ministry protest against their own ("احتج خريجون عراقيون
        أمام وزارة النفط")."""
        if self.force or m.agent not in HOLDING_AUTHORITIES:
            return False
        named = [x for x in self.mentions if x is not m and x.code in self.codes]
        return bool(named) and all(
            x.kind == "state_adj" and x.agent == "CVL" and x.start >= m.end for x in named
        )

    def _partitive_only(self, m: Mention) -> bool:
        """agentsar85: the police that held a group with foreigners among
        it take no country from them (``partitive_nationals``). mendC86:
        only where it was measured, a sentence with no attack (arrests, a
        state consulted); in a killing ("The army killed ten militants,
        including three Afghans") the army lost its side with it and the
        militants were read as the doers."""
        text, knobs = self.doc.text, self.knobs
        if self.origin_cue and origin_only(m, self.mentions, self.codes, text, knobs.origins):
            return True  # country87: the group's origin ("مهربين قادمين من ليبيا")
        if self.force or not self.partitive_cue:
            return False
        return partitive_only(m, self.mentions, self.codes, text, knobs.partitives)

    def _asked_content_only(self) -> bool:
        """request83: the one country the sentence names is only inside what
        an addressed people or body is asked ("دعت الحكومة المواطنين إلى
        مقاطعة البضائع الفرنسية"): it is no agent's country."""
        text, lang = self.doc.text, self.knobs.lang
        if not text or not lang:
            return False
        return only_in_content(next(iter(self.codes)), self.mentions, text, lang)

    def _doer_adjective_only(self, m: Mention) -> bool:
        """adjdoer73: the one country the sentence names is told only by a
        state's adjective or genitive on a deed of force or its craft
        (``knobs.deed_heads``: "قتلت الغارات الروسية عشرة مدنيين", "در حمله
        هوایی ترکیه دو غیرنظامی کشته شدند", "Turkish air strikes killed two
        civilians"): that state is the deed's doer, and those it struck are
        not its people, so an agent other than a state's own body or force
        takes the dateline's country, else none. A force named with its
        state ("the Iraqi army killed militants") still lends it: an army
        acts at home as often as abroad."""
        if m.agent in _OWN_STATE_AGENTS or m.agent == "MIL" or not self.knobs.deed_heads:
            return False
        named = [x for x in self.mentions if x is not m and x.code in self.codes]
        return bool(named) and all(self._deed_adjective(x) for x in named)

    def _deed_adjective(self, x: Mention) -> bool:
        """Whether ``x`` is a state's force told by a deed's or a craft's noun
        with the state's adjective or genitive ("الغارات التركية"). A bare
        state's noun may follow it ("Russia's shelling"): two words on are read."""
        if x.agent != "MIL" or x.kind not in ("state", "state_adj"):
            return False
        end = x.end
        if x.kind == "state":
            for word in islice(_WORD.finditer(self.doc.text, x.end), _GENITIVE_REACH):
                end = word.end()
        span = f" {self.doc.text[x.start : end]} "
        return any(f" {head} " in span for head in self.knobs.deed_heads)

    def _reactor_only(self, m: Mention) -> bool:
        """condemners59: the one country the sentence names is only the
        reactor's, not an unknown attacker's written after it in a sentence
        of a reaction (``knobs.reactions``): "أدان الرئيس التركي الهجوم
        الإرهابي", "ترکیه حمله افراد مسلح ناشناس … را محکوم کرد", "Turkey
        condemned the attack by unknown gunmen": the attackers are not
        Turkish. The one who reacts speaks of a deed of others; the doer
        takes the dateline's country, else the article's leading one
        (``DocFacts.leading_home``), else none. A country named after him (his
        target, his own) is read as before; criminals (``CRM``) are left, as a
        court's "أدانت" convicts them. So are civilians written bare after
        him, those the deed was done to ("روبیو خشونت علیه معترضان را محکوم
        کرد", "Rubio condemned the violence against protesters": not American
        protesters): civilians right after a preposition of opposition
        (``knobs.against``), the condemned deed's other side, where the
        sentence names a state at all."""
        if (
            m.agent not in _REACTED_UPON
            or (m.agent != UNNAMED_ATTACKERS and not self._struck_against(m))
            or not self.knobs.reactions
            or self.span[1] <= self.span[0]
        ):
            return False
        words = f" {' '.join(WORD_RUN.findall(self.doc.text, *self.span))} "
        if not any(f" {w} " in words for w in self.knobs.reactions):
            return False
        return all(x.end <= m.start for x in self.mentions if x.code in self.codes)

    def _struck_against(self, m: Mention) -> bool:
        """persian72: ``m`` stands right after a preposition of opposition
        ("خشونت علیه معترضان", "العنف ضد المتظاهرين", "violence against
        protesters") in a sentence that names a state: those a deed was
        done to, not the one who speaks of it."""
        if not self.doc.text or not self.codes:
            return False
        before = self.doc.text[max(0, m.start - 20) : m.start].split()
        return bool(before) and (
            before[-1] in self.knobs.against or " ".join(before[-2:]) in self.knobs.against
        )

    def _against_state(self, m: Mention) -> bool:
        """A state named by itself after the agent, with at most a verb, a
        preposition of opposition (``knobs.against``) and an article between, is what the
        agent acts against, not its country ("معترضان علیه آمریکا تظاهرات
        کردند", "تظاهر طلاب ضد الولايات المتحدة", "students demonstrated
        against Saudi Arabia": protesters of no country the text tells, as
        with ``_object_after``). Not a place ("in Baghdad") nor an adjective
        ("Iraqi students"): those tell where the agent is from."""
        if not self.doc.text or not self.knobs.against:
            return False
        nxt = next((x for x in self.mentions if x.start >= m.end), None)
        if nxt is None or nxt.agent is not None or nxt.kind not in _STATE_KINDS:
            return False
        gap = self.doc.text[m.end : nxt.start]
        words = gap.split()
        return (
            0 < len(words) <= _AGAINST_REACH
            and not any(c in _CLAUSE_MARKS for c in gap)
            and any(
                " ".join(words[i : i + n]) in self.knobs.against
                for i in range(len(words))
                for n in (1, 2)
            )
        )


def _first_person_after(
    text: str, end: int, verbs: frozenset[str], openers: frozenset[str]
) -> bool:
    """Whether a verb in the first person (``verbs``, matched whole or on a
    word's end) follows ``end`` in its clause, before a clause break or a
    word opening another clause (``openers``). The words are read one at a
    time, not split from all the text after ``end``: the first such stop
    ends the reading."""
    endings = tuple(v for v in verbs if len(v) > 2)
    for found in _WORD.finditer(text, end):
        word = found.group()
        if word in openers or word[-1] in _CLAUSE_MARKS:
            return word[-1] in _CLAUSE_MARKS and _is_first(word[:-1], verbs, endings)
        if _is_first(word, verbs, endings):
            return True
    return False


def _is_first(word: str, verbs: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Whether ``word`` is a verb in the first person: one of ``verbs``
    whole, or a word ending with one of ``endings`` (the verbs longer than
    two letters), since a verb is often written joined to what stands
    before it ("میکنیم"); a short ending written apart ("ایم") would end
    too many other words, so it counts only whole."""
    return word in verbs or word.endswith(endings)


def _near(
    text: str, sender: Mention, m: Mention, knobs: FillKnobs, others: frozenset[int] = frozenset()
) -> bool:
    """Troops a few words (``window``, ``context.SENT_AGENT_WINDOW``) after the
    state that sends them ("Russia withdrew 500 troops", "آلمان خود را برای
    اعزام ۶۰۰ سرباز … آماده می‌کند"), not in a later phrase ("signed a pact
    allowing troops"). Where a verb of sending stands between
    (``context.SENT_VERBS``), the troops' count and its words of about
    (``SENT_COUNT_WORDS``: "تستعد بريطانيا إلى إرسال نحو ألف جندي", "about
    1,000 soldiers") are the troops' own phrase, not words between
    (agents70ar): the troops were read as of the place sent to. Not without
    such a verb: "أدانت إيران الهجوم الذي قتل 5 جنود" names no sender; nor
    where the verb is not the state's own (``_sends``), nor where a trigger
    of another type stands between (``others``: "Turkey threatened to send
    about 3,000 troops", "Egypt agreed to send …"): the sending is then what
    the state threatens or agrees to, and that event is not the sending
    (mendA70)."""
    if not text:
        return True
    rest = _sent_gap(text, sender, m, knobs)
    if rest is None:
        return False
    gap = text[sender.end : m.start]
    if len(gap.split()) <= knobs.sent_window and not any(c in gap for c in _PHRASE_MARKS):
        return True
    # a longer gap only where a verb of sending stands in it and the rest is the count
    return not any(sender.end <= x < m.start for x in others) and _sends(rest, knobs)


def _sent_gap(text: str, sender: Mention, m: Mention, knobs: FillKnobs) -> list[str] | None:
    """The words between a state and the troops after it, their count left
    out (``SENT_COUNT_WORDS``), or None where they are too many
    (``SENT_AGENT_WINDOW``) or a phrase mark stands between: the gap both
    ``_near`` and ``_threatened`` read."""
    gap = text[sender.end : m.start]
    if any(c in gap for c in _PHRASE_MARKS - _FIGURE_SEPARATORS):
        return None
    rest = uncounted(gap.split(), knobs.sent_counts)
    if len(rest) > knobs.sent_window or any(c in " ".join(rest) for c in _PHRASE_MARKS):
        return None
    return rest


def _threatened(
    text: str, sender: Mention, m: Mention, knobs: FillKnobs, others: frozenset[int]
) -> bool:
    """Whether troops a few words after a state (``SENT_AGENT_WINDOW``, the
    count left out) follow a verb of sending that is the object of the
    state's deed of another type (``others``): "هددت مصر بإرسال نحو خمسة
    آلاف جندي إلى السودان", "Turkey threatened to send troops to Syria".
    They are threatened, refused or agreed to, not sent: the state's, a side
    of the sending (MOBILIZE EGY:MIL) but of no other deed (``Mention.unsent``,
    read by ``events._trigger_people``; mendB72) — given the state, they made
    the threat "EGY:MIL"; given no country, they took the destination's
    ("SDN:MIL", mendA70). The deed
    stands in the gap (SVO) or, where the subject follows its verb
    (``context.SUBJECT_AFTER_VERB``), right before the state (VSO,
    ``_object_of_deed``): in English the state after a verb is its object
    ("urged Russia to withdraw 500 troops": Russia's troops, left as read)."""
    rest = _sent_gap(text, sender, m, knobs) if text else None
    if rest is None or not any(sending_word(w, knobs.sent_verbs, knobs.sent_clitics) for w in rest):
        return False
    in_gap = any(sender.end <= x < m.start for x in others)
    return in_gap or (knobs.verb_first and _object_of_deed(text, sender, others))


def unsent_sides(people: list[Mention], sending: bool) -> list[Mention]:
    """The sides of one event with troops a state threatens, refuses or
    agrees to send (``Mention.unsent``, ``_threatened``): no side of a
    deed of another type ("هددت مصر بإرسال … جندي", THREATEN EGY → SDN),
    and in the sending itself (``sending``: ``SENDING_TYPES``) one actor
    with the state that sends them ("Egypt pledged to send troops to
    Somalia", MOBILIZE EGY:MIL → SOM), as ``_near`` makes them where the
    sending is the state's own."""
    unsent = [m for m in people if m.unsent]
    if not unsent:
        return people
    if not sending:
        return [m for m in people if not m.unsent]
    first = {m.code: m.start for m in reversed(unsent)}
    return [m for m in people if m.unsent or m.agent is not None or m.start > first.get(m.code, -1)]


def _object_of_deed(text: str, sender: Mention, others: frozenset[int]) -> bool:
    """Whether the word right before the state is a trigger of a type other
    than sending (``others``): in a verb-first clause the state is then
    that verb's subject ("هددت مصر …", "رفضت روسيا نشر …")."""
    before = text[: sender.start].rstrip()
    word_start = len(before) - len(before.split()[-1]) if before.split() else len(before)
    return any(word_start <= x < len(before) for x in others)


def _sends(rest: list[str], knobs: FillKnobs) -> bool:
    """Whether the state before the gap is the subject of its verb of
    sending (``context.SENT_VERBS``): the gap's first word that is no count,
    or one after lead words only (``SENT_LEADS``: "is preparing to send",
    "تستعد … إلى إرسال"). A sending word after another verb or noun is
    another's (mendA70): "Turkey opposed plans to deploy … troops", "رفضت
    روسيا خطة نشر … جندي", "threatened to send" send no Turkish or Russian
    troops. A clitic (``SENT_CLITICS``: "لإرسال") is read off, no other
    first letter ("مدفع" is no "دفع")."""
    for word in rest:
        if sending_word(word, knobs.sent_verbs, knobs.sent_clitics):
            return True
        bare = bare_word(word, knobs.sent_clitics)
        if word not in knobs.sent_leads and bare not in knobs.sent_leads:
            return False
    return False


def _coordinated_with(
    mentions: list[Mention], last: Mention, text: str, conj: frozenset[str]
) -> list[Mention]:
    """``last`` and the states as a whole written before it joined only by
    conjunctions."""
    out = [last]
    earlier = [x for x in mentions if x.end <= last.start]
    for x in reversed(earlier):
        gap = text[x.end : out[-1].start].strip()
        if not text or x.agent is not None or not x.code or x.location_only or gap not in conj:
            break
        out.append(x)
    return out


def actor_list(
    mentions: list[Mention], parties: int | None = None, objects: frozenset[int] = frozenset()
) -> list[Actor]:
    """One actor per unit, in order; a state named beside its own government
    ("Iran … the Iranian government") is one participant, the government.
    When the first ``parties`` mentions (the side) are all of one unit, two
    of them that name two people or bodies (``distinct``: "the interior
    minister asked the president") are two actors: parts of one state
    acting on each other. ``objects`` as in ``distinct``."""
    side = mentions if parties is None else mentions[:parties]
    if len({unit(m) for m in side}) != 1:
        return _merged(mentions)
    people: list[tuple[Actor, list[Mention]]] = []
    for m in side:
        same = next((p for p in people if not any(distinct(m, x, objects) for x in p[1])), None)
        if same is None:
            people.append((_actor(m), [m]))
        else:
            same[1].append(m)
            _add(same[0], m)
    for m in mentions[len(side) :]:
        # a later mention adds detail to the first person it may name
        same = next((p for p in people if not any(distinct(m, x, objects) for x in p[1])), None)
        _add((same or people[0])[0], m)
    return [a for a, _ in people]


def _merged(mentions: list[Mention]) -> list[Actor]:
    """One actor per unit, in order."""
    by_unit: dict[Unit, Actor] = {}
    for m in mentions:
        actor = by_unit.get(unit(m))
        if actor is None:
            by_unit[unit(m)] = _actor(m)
        else:
            _add(actor, m)
    return list(by_unit.values())


def _actor(m: Mention) -> Actor:
    return Actor(m.code or None, m.role, m.name, m.name_latin, m.agent, former=m.former)


def _add(actor: Actor, m: Mention) -> None:
    """``m`` tells more of ``actor``: its agent, role or name."""
    actor.agent = actor.agent or m.agent
    fill_details(actor, m.role, m.name, m.name_latin)


def members_met(
    side: list[Mention], actors: list[Actor], text: str, member_words: frozenset[str]
) -> list[Actor]:
    """``actors`` and, where a person meets members of a body of his own
    state ("التقى الرئيس بأعضاء الحكومة", "با اعضای هیئت دولت دیدار کرد",
    "met members of the cabinet"), that body as the second side: the two
    are one unit (``unit``) but two parties to the meeting. Only with a
    member word between the person and the body (the bare body, "the
    president chaired the cabinet", is often his own meeting)."""
    if len(actors) != 1 or not actors[0].role or not member_words:
        return actors
    person = next((m for m in side if m.role), None)
    if person is None:
        return actors
    for m in side:
        if m.start < person.end or m.kind != "agent" or m.role or m.name:
            continue
        if unit(m) != unit(person):
            continue
        # the member word before the body or as its first word ("اعضای کابینه")
        words = text[person.end : m.start].split()[-3:] + text[m.start : m.end].split()[:1]
        if any(_is_member_word(w, member_words) for w in words):
            return [*actors, Actor(m.code or None, None, None, None, m.agent)]
    return actors


def _is_member_word(word: str, member_words: frozenset[str]) -> bool:
    """The word is a member noun, maybe with a one-letter clitic ("بأعضاء")."""
    return word in member_words or (len(word) > 3 and word[1:] in member_words)


def drop_sources(mentions: list[Mention], cues: list[Hit], text: str, end: int) -> list[Mention]:
    """Mentions that are not where the news comes from: from a source cue
    ("به گزارش", "according to", ``status.SOURCE_CUES``) to the end of its
    clause, actors are cited, not parties."""
    zones = []
    for cue in cues:
        if cue.entry.kind != "source":
            continue
        stop = clause_end(text, cue.end, end, CLAUSE_BREAKS)
        zones.append((cue.start, stop))
    if not zones:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in zones)]
