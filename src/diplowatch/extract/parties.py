"""Who takes part in the event of a trigger.

A sentence's actors are first gathered into pools (``sentence_pools``: all
together for symmetric types, as sides for directed ones). For each trigger
``parties_of`` then narrows its pool step by step, a comment each: the
quotation or the trigger's own clause, the audience and onlookers, the
verb's arguments, the doers a commented deed names, places that are only
the scene, the clause a verb-final language closes with its verb, the
speaker of a first-person deed or of a deed whose subject the verb carries,
and the reaction whose object the trigger is. Sources and media are
dropped earlier (``sources.without_sources``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import islice
from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention, previous_word
from diplowatch.extract.adverbial_clause import outside_clauses, over_clauses
from diplowatch.extract.announcers import without_announcer
from diplowatch.extract.asked_against import against_asked_out
from diplowatch.extract.asked_content import content_states_out
from diplowatch.extract.asked_topic import asked_topic_out
from diplowatch.extract.assembly_venue import assembly_venue_out
from diplowatch.extract.caused_deed import causer_out
from diplowatch.extract.charges import outside_charge
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.doers import FORCE, cause_span, marker_doers, outside_cause, reason_span
from diplowatch.extract.foreign_teller import foreign_subject_alone
from diplowatch.extract.implied import implied_types
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.lone_object import asked_content_out, warned_content_out
from diplowatch.extract.offered import offered_deed
from diplowatch.extract.opposed import opposed_out
from diplowatch.extract.participants import unit
from diplowatch.extract.quoted_blame import blamed_in_report
from diplowatch.extract.reacted import outside_reaction
from diplowatch.extract.referred import outside_reference
from diplowatch.extract.relation_partners import relation_partners_out
from diplowatch.extract.relative_deed import opened_on_deed, relative_doers_first
from diplowatch.extract.release_asked import release_asked
from diplowatch.extract.result_clause import result_end
from diplowatch.extract.scan import Hit
from diplowatch.extract.selected_sides import select
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.extract.split_sides import SUBJECT_GAP, SYMMETRIC
from diplowatch.extract.syntax import stated_doers
from diplowatch.extract.taking_part import taking_part
from diplowatch.extract.topic_span import without_topic_span
from diplowatch.extract.verb_arguments import relative_subject, verb_arguments
from diplowatch.extract.victims import without_victims
from diplowatch.extract.visitors import without_visitors
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD_RUN
from diplowatch.text.words import longer_than, padded, words_after

# What the rules below need to know of each event type (``event_types.TRAITS``).
ONE_SIDED = having("one_sided")
DEEDS = having("deed")
# colon57: the type a blame by a copula tells (``quoted_blame``)
_BLAMES = frozenset({"ACCUSE"})
REACTIONS = having("reaction")
SPOKEN_CONTENT = having("spoken_content")
COMMENTS = having("comment")
PLACE_TARGETS = having("place_target")
ADDRESSEE_FIRST = having("addressee_first")
REQUESTS = ADDRESSEE_FIRST & having("cooperative")
GENITIVE_DOERS = having("genitive_doer")
COOPERATIVE = having("cooperative")
# actors62: efforts whose enemy is no side of them (``opposed.opposed_out``)
_JOINT_EFFORTS = COOPERATIVE | frozenset({"SUPPORT"})
# faparties96: a call or a show of support is not done to the partner of the
# trade or relations it is about (extract/relation_partners.py)
_RELATION_TOPIC_TYPES = frozenset({"REQUEST", "SUPPORT"})
# Bodies of a state ("the government", "الحكومة", "دولت") and the people,
# groups and bodies that ask their own state for something.
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
ADDRESSEE_REACH = 6  # words between a request's verb and its addressee
DOMESTIC_ASKERS = frozenset({"LEG", "PTY", "OPP", "CVL", "LAB", "EDU", "REL", "MED", "BUS", "JUD"})

# a run of word characters, and of what is no white space (``re.finditer(r"\w+")``,
# ``r"\S+"``), read only as far as a rule counts words
_WORD_ONLY = re.compile(r"\w+")
_NON_SPACE = re.compile(r"\S+")


MAX_SENTENCE_ACTORS = 6


# The mode of a deed one side says another must do ("يجب على إسرائيل
# وقف الاستيطان"): the addressee follows the trigger at once (``_demanded_of``).
DEMAND = "demand"
# Cues of saying (``status.REPORTING_CUES``, English ``ATTRIBUTION_CUES``):
# one outside the demanded clause tells who demands it.
SAYING = SAYING_KINDS
# Agents who report a demand rather than make it.
REPORTERS = frozenset({"MED"})

# Cue kinds of a verb of saying before what is reported ("X said Y attacked Z").
_SAYING = SAYING_KINDS
# attribution65fa: before a deed of force the present too ("مقامات اسرائیل
# می‌گویند روسیه این حمله را انجام داده است", "officials say Russia carried
# out the attack", ``status.PRESENT_SAYING_CUES``): the speaker tells the
# deed and is none of its sides. Only there: as a verb of saying everywhere
# it lowered corpus-gold and held-out parties (round 62).
_FORCE_SAYING = _SAYING | {"present_saying"}
# English "said" (``ATTRIBUTION_CUES``): no verb that carries its subject
_ATTRIBUTION = frozenset({"attribution"})
# verbs of saying whose speaker stands before them ("said", "say")
_SPEAKER_FIRST = frozenset({"attribution", "present_saying"})

# The modes of a trip to a host ("visit", "زار", "سفر کرد"; "arrived in",
# "وصل إلى", "وارد … شد").
VISITS = frozenset({"visit", "arrival"})


@dataclass
class Pools:
    """Who may take part in a sentence's events: all together (``joint``,
    for symmetric types) or as sides (``directed``), and where it happens."""

    joint: list[Mention]
    directed: list[Mention]
    location: str | None  # a place named only as where (a city)
    place: str | None  # that, or a state named as where


def sentence_pools(s: Sentence, doc: DocumentView) -> Pools | None:
    """The sentence's participants, or None when nobody takes part and no
    place is named where an understood side acts."""
    ctx = doc.ctx
    # the joint and the directed pool are one selection, read two ways
    pick = partial(
        select,
        s.mentions,
        doc.pair,
        start=s.start,
        both_sides=s.both_sides,
        fill_unknown=ctx.unknown_sides,
        lone_fill=ctx.lone_fill or s.counterpart,
        adjacent=ctx.adjacent_coordinated,
    )
    joint = pick()[: MAX_SENTENCE_ACTORS * 2]
    # off a state's coast is at sea: no state is where it happens; a
    # dateline is where the news was written (agents22fa); where one person
    # lives is no scene of a meeting he holds (mendB99, ``Mention.lived``)
    location = next(
        (
            m.code
            for m in s.mentions
            if m.location_only and not (m.offshore or m.dateline or m.lived)
        ),
        None,
    )
    place = location or next((m.code for m in s.mentions if m.place and not m.offshore), None)
    if not {unit(m) for m in joint} and not (
        place and implied_types(ctx.lang) & {t.entry.value for t in s.triggers}
    ):
        return None
    directed = pick(text=doc.ntext, conj=ctx.coordinators, directed=True)[: MAX_SENTENCE_ACTORS * 2]
    return Pools(joint, directed, location, place)


# Words between an envoy's title and the link to his posting ("سفير إيران
# الدائم لدى", "ambassador of Iran to").
_POSTING_REACH = 4
# Characters after a side in which its object marker ("را") is looked for.
_MARK_REACH = 6
# Words between a rejection's verb and the request it rejects ("رفضت المحكمة
# العليا الأمريكية طلبا").
_REQUEST_REACH = 6


def parties_of(
    s: Sentence,
    doc: DocumentView,
    trig: Hit,
    etype: str,
    mode: str,
    pools: Pools,
    stated: set[int],
    reactions: list[Hit],
) -> list[Mention]:
    """The mentions that may take part in the event of ``trig``."""
    # 1. the pool: the sentence's participants, or those of a quote or clause
    pool = _pool_of(s, doc, trig, etype, pools)
    # 2. out: an audience, the doers of a cause or a reason, an onlooker
    people = _not_the_deeds(s, doc, trig, etype, pool)
    if mode == DEMAND:
        return _demanded_of(s, trig, doc.ntext, doc.ctx.coordinators)
    # 3. the verb's own arguments, the addressee, the doers commented on
    people = _by_arguments(s, doc, trig, etype, stated, people)
    # 4. by word order: before a final verb, the speaker, who reacted
    people = _by_word_order(s, doc, trig, etype, mode, reactions, people)
    people = _genitive_doers(s, trig, etype, people, doc.ntext, doc.ctx)
    # 5. the sides of a meeting or an agreement
    return _sides_of(s, doc, trig, etype, mode, people)


def _demanded_of(s: Sentence, trig: Hit, ntext: str, conj: frozenset[str]) -> list[Mention]:
    """The sides of a demand told as an obligation ("قال الوزير إن على
    إسرائيل وقف الاستيطان في الضفة", "Israel must …, the minister said"): the
    addressee is the side named next to the trigger (``_addressee_at``), the
    speaker whoever is named
    outside the clause of what is demanded — before the trigger or after a
    break ("…، قال المبعوث"). The actors of the deed demanded (the West Bank,
    the hostages) are no side; without an addressee there is no demand."""
    named = _addressee_at(s, trig, ntext, conj)
    if not named:
        return []
    tail = ntext[max(named[-1].end, trig.end) : s.end]
    cut = next((i for i, ch in enumerate(tail) if ch in CLAUSE_BREAKS), len(tail))
    content_end = max(named[-1].end, trig.end) + cut
    # who tells the demand ("…, the UN envoy said") is its speaker, not its
    # source; the press that reports it and a place where it is said are not
    speakers = [
        m
        for m in s.mentions
        if (m.end <= named[0].start or m.start >= content_end)
        and m not in named
        and m.code
        and m.agent not in REPORTERS
        and (m.strong or not m.place)
        and not m.location_only
    ]
    said = any(
        c.entry.kind in SAYING and not named[0].start <= c.start < content_end for c in s.cues
    )
    asked = {(m.code, m.agent) for m in named}
    if not said or all((m.code, m.agent) in asked for m in speakers):
        return []  # "Israel must withdraw": no one is told to demand it of another
    return sorted(speakers + named, key=lambda m: m.start)


# Agents a demand told as an obligation is not addressed to when named as its
# subject: what a people must do ("مردم ایران باید بتوانند …", "the Iranian
# people must be able to …") is a wish or a duty, no request to a side; a
# people named after it is told what to do ("أن على القطريين المغادرة").
_NOT_ASKED = frozenset({"CVL"})


def demand_sides(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[list[Mention]] | None:
    """The sides of a demand told as an obligation: the first group of those
    who tell it asks the side named next to its trigger ("Russia must
    withdraw, the French minister said": France asks Russia), whatever their
    order in the sentence; word order alone would make the addressee, named
    first, the one who asks. No sides where the sentence names no addressee
    (as ``_demanded_of`` finds it), where the side named before the trigger
    is a people or governed by a preposition (in "… پناهندگان به ترکیه باید
    …" Turkey is no subject), or where no one of another state tells it;
    None (the generic reading) for an addressee after its trigger that no
    one named before it or after a cue of saying asks."""
    named = _addressee_at(s, trig, ntext, ctx.coordinators)
    before = bool(named) and named[0].end <= trig.start
    if not named:
        return []
    if before and (
        any(m.agent in _NOT_ASKED for m in named)
        or previous_word(ntext, named[0].start) in ctx.list_governors
    ):
        return []
    # a side joined to it by a conjunction alone is asked with it
    # ("آمریکا و روسیه باید …": Russia's official asks neither)
    named = [m for m in people if _joined_to(m, named[0], ntext, ctx.coordinators)] + named
    askers = _askers(s, trig, people, named, before, ntext)
    if not askers:
        # an addressee after its trigger with no one before it or after a
        # cue of saying: the sentence's order decides, as before
        return [] if before else None
    first = coordinated_groups(askers, ntext, ctx.coordinators)[0]
    return [[asker, addressee] for asker in first for addressee in named]


def _askers(
    s: Sentence, trig: Hit, people: list[Mention], named: list[Mention], before: bool, ntext: str
) -> list[Mention]:
    """Who may ask the ``named`` addressee of a demand: one named in its
    sentence (not the article's pair), before a quotation only in the
    clause that opens it (``_speaker_clause``); no one of the same unit,
    and none of a state named whole ("Iran must …" told by an Iranian
    official is its own resolve); after an addressee named after its
    trigger ("قال X إن على Y …"), only one after a cue of saying ("…، كما
    قال مسؤول"): another is in what Y is asked ("… تشكيل حكومة")."""
    asked = {(m.code, m.agent) for m in named}
    whole = {m.code for m in named if not m.agent}
    spans = {(m.start, m.end) for m in named}
    told = {(m.start, m.end) for m in s.mentions}
    speaking = _speaker_clause(s, trig, ntext)
    return [
        m
        for m in people
        if (m.start, m.end) in told
        and (m.start >= trig.end or speaking[0] <= m.start < speaking[1])
        and (m.start, m.end) not in spans
        and (m.code, m.agent) not in asked
        and m.code not in whole
        and (before or m.end <= trig.start or _said_between(s, trig.end, m.start))
    ]


def _speaker_clause(s: Sentence, trig: Hit, ntext: str) -> tuple[int, int]:
    """Where one who tells a demand before its trigger may stand: where the
    trigger is in a quotation («…»), the clause that opens it ("…، سوالی
    است که علی افشاری … پاسخ می‌دهد: «… چین باید …»": a state named in the
    clause before, or a noun inside the quotation, is no speaker); else
    anywhere in the sentence before the trigger."""
    opener = ntext.rfind("«", s.start, trig.start)
    if opener < 0 or ntext.find("»", opener, trig.start) != -1:
        return s.start, trig.start
    head = ntext[s.start : opener].rstrip(" :")
    cut = max((i for i, ch in enumerate(head) if ch in CLAUSE_BREAKS), default=-1)
    return s.start + cut + 1, opener


def _said_between(s: Sentence, start: int, end: int) -> bool:
    """Whether a cue of saying stands between ``start`` and ``end``."""
    return any(c.entry.kind in SAYING and start <= c.start < end for c in s.cues)


def _joined_to(m: Mention, named: Mention, ntext: str, conj: frozenset[str]) -> bool:
    """Whether ``m`` is joined to the addressee by a conjunction alone
    ("آمریکا و روسیه باید …"): it is asked with it, not the one who asks."""
    return m.end <= named.start and ntext[m.end : named.start].strip() in conj


def _addressee_at(s: Sentence, trig: Hit, ntext: str, conj: frozenset[str]) -> list[Mention]:
    """The state a demand's trigger names as the one who must act, with
    nothing between: right after it ("يجب على إسرائيل"), else right before
    it ("Israel must", "آمریکا باید"); with those joined to it."""
    after = next((m for m in s.mentions if m.start >= trig.end), None)
    before = next((m for m in reversed(s.mentions) if m.end <= trig.start), None)
    forward = after is not None and not ntext[trig.end : after.start].strip()
    first = after if forward else before
    if first is None or (not forward and ntext[first.end : trig.start].strip()):
        return []
    if not first.code:
        return []
    groups = coordinated_groups(s.mentions, ntext, conj)
    group = next((g for g in groups if first in g), [first])
    at = group.index(first)
    return group[at:] if forward else group[: at + 1]


def _quoted_pool(s: Sentence, doc: DocumentView, trig: Hit, etype: str) -> list[Mention] | None:
    """The participants of the quote a deed or a meeting is told in ("X
    said: «… soldiers attacked …»": the speaker reports the deed and takes
    no part in it); None where the trigger is in no quote, or a meeting's
    quote does not name its own subject."""
    if etype not in DEEDS and etype not in SYMMETRIC:
        return None
    ntext, ctx = doc.ntext, doc.ctx
    quote = quote_start(ntext, s.start, trig.start, s.cues, _saying(s, trig, etype, doc))
    if quote is None:
        return None
    reported = select(
        [m for m in s.mentions if m.start >= quote],
        (),  # the document's pair would bring the speaker back
        unknown_ok=not doc.pair,
        start=quote,
        both_sides=False,
        text=ntext,
        conj=ctx.coordinators,
        directed=etype not in SYMMETRIC,
        adjacent=ctx.adjacent_coordinated,
    )
    if reported and ctx.unknown_sides and etype in FORCE:
        reported = _with_unknown_force(s, quote, reported)
    if etype in SYMMETRIC and not _own_subject_told(s, trig, quote, reported, ntext):
        # "an EU official said Iran was ready to resume talks": the speaker
        # tells of another state's stance and is no side of the talks
        told = foreign_subject_alone(
            s, trig, etype, quote, reported, ntext, ctx.report_subject_openers
        )
        return reported if told else None
    return reported


def _saying(s: Sentence, trig: Hit, etype: str, doc: DocumentView) -> frozenset[str]:
    """The cue kinds that open what is said before ``trig``: the present
    of saying too (``_FORCE_SAYING``) before a deed of force told in the
    active ("… می‌گویند روسیه به کشتی حمله کرده است"), whose doer what is
    said names. Not before a passive or a bare noun ("طالبان می‌گوید ۲۸ عضو
    این گروه کشته شده‌اند", "حزب الله می گوید موشک‌هايش شلیک شده‌اند"): a
    side telling in the present of its own losses or its own fire is the
    most common such sentence, and the speaker is then a side."""
    if etype not in FORCE or _passive_deed(s, trig, doc.ntext, doc.ctx):
        return _SAYING
    return _FORCE_SAYING


# The armed forces, whose deeds from afar ("غارة جوية") name them.
_ARMED_FORCES = "MIL"
# the cue kinds of one who only looks on (``_after_onlooker``)
_ONLOOKING = frozenset({"onlooker", "regret"})
# an armed body that regrets a deed of force did it (``_own_regret``)
_REGRET_DOERS = frozenset({"MIL", "COP", "REB", "UAF", "CRM"})


def _with_unknown_force(s: Sentence, quote: int, reported: list[Mention]) -> list[Mention]:
    """The report's participants of a deed of force with the armed force of
    unknown country that a deed's own word names: "أعلن المصدر مقتل … من
    داعش في غارة جوية" names an air force (an owned noun of the armed forces
    that is a word of force itself), no unidentified gunmen, as the doer, as
    the sentence's own pool has it. Only as a second side, of another agent
    than the one named (agents43ar)."""
    if len({unit(m) for m in reported}) != 1:
        return reported
    agents = {m.agent for m in reported}
    deed = next(
        (
            m
            for m in s.mentions
            if m.start >= quote
            and not m.code
            and m.agent == _ARMED_FORCES
            and m.agent not in agents
            and not (m.source or m.place or m.location_only)
            and any(m.start <= w < m.end for w in s.force_words)
        ),
        None,
    )
    return reported if deed is None else sorted([*reported, deed], key=lambda m: m.start)


def _pool_of(
    s: Sentence,
    doc: DocumentView,
    trig: Hit,
    etype: str,
    pools: Pools,
) -> list[Mention]:
    """``parties_of``'s pool: the participants of the quote a deed is told in,
    of the trigger's own clause, or else of the sentence."""
    ntext, ctx = doc.ntext, doc.ctx
    pool = pools.joint if etype in SYMMETRIC else pools.directed
    if s.adverbials:  # "وطالب الوزير، في معرض إدانته …، مجلس الأمن …"
        pool = _outside_pool(s, doc, trig, etype) or pool
    reported = _quoted_pool(s, doc, trig, etype)
    if reported is not None:
        # "X said Iran and the US would hold talks": the report names both
        # sides of the meeting; its speaker is none
        pool = reported
    elif ctx.clause_breaks:
        pool = _clause_pool(s, trig, ntext, ctx, doc.pair, etype) or pool
    if etype in _BLAMES:
        # "X گفت: طالبان عامل حمله … بوده است": X blames, the quote's subject is blamed
        quote = quote_start(ntext, s.start, trig.start, s.cues)
        pool = blamed_in_report(s, trig, quote, ntext, ctx) or pool
    # "X announced the N of …": the speaker tells a deed that is not its own
    pool = without_announcer(
        s,
        ntext,
        trig,
        etype,
        pool,
        ctx.subject_after_verb,
        ctx.passive_force_leads,
        (ctx.announced_bombings, ctx.announced_tolls),
        partial(_marked_doers, s=s, trig=trig, ntext=ntext, ctx=ctx),
    )
    if ctx.contrast_breaks:
        pool = _own_side_of_contrast(s, trig, pool, ntext, ctx)
    return pool


def _marked_doers(
    mentions: list[Mention], s: Sentence, trig: Hit, ntext: str, ctx: Any
) -> list[Mention]:
    """reporter94: the ``mentions`` a doer marker of ``trig``'s deed
    introduces ("by the police"), for ``without_announcer``."""
    return marker_doers(mentions, trig, s.triggers, ntext, s.start, ctx)


def _outside_pool(s: Sentence, doc: DocumentView, trig: Hit, etype: str) -> list[Mention]:
    """The sentence's participants chosen without those an adverbial clause
    names that ``trig`` is not part of: in the sentence's pool they may push
    the main verb's object out of its two groups; [] when no clause names
    anyone apart from it."""
    mentions = outside_clauses(trig, s.mentions, s.adverbials)
    if len(mentions) == len(s.mentions):
        return []
    ctx, directed = doc.ctx, etype not in SYMMETRIC
    return select(
        mentions,
        doc.pair,
        start=s.start,
        both_sides=s.both_sides,
        fill_unknown=ctx.unknown_sides,
        lone_fill=ctx.lone_fill or s.counterpart,
        adjacent=ctx.adjacent_coordinated,
        text=doc.ntext if directed else "",
        conj=ctx.coordinators if directed else frozenset(),
        directed=directed,
    )[: MAX_SENTENCE_ACTORS * 2]


def _own_subject_told(
    s: Sentence, trig: Hit, quote: int, reported: list[Mention], ntext: str
) -> bool:
    """Whether a meeting or deal told by a verb in reported speech ("X said
    Iran and the US would hold talks") names its own subject in the report,
    right before the verb with no punctuation, and a second side: then the
    speaker only tells it. "X said it would meet Y", a report by a quotation
    or a colon, or a meeting told by its noun ("said the talks …") are left
    to the clause."""
    if trig.entry.affix != "verb" or len({unit(m) for m in reported}) < 2:
        return False
    if any(c in ntext[quote : trig.start] for c in ':«"،,;؛'):
        return False
    return any(quote <= m.start and m.end <= trig.start for m in reported)


def _not_the_deeds(
    s: Sentence,
    doc: DocumentView,
    trig: Hit,
    etype: str,
    pool: list[Mention],
) -> list[Mention]:
    """``parties_of``'s pool without an audience, the doers of a cause or a
    reason, and an onlooker who only describes."""
    audience = doc.ctx.not_party_to.get(etype, frozenset())
    # the press told something is no party to a meeting; the head of a
    # broadcaster who meets the president is
    people = [m for m in pool if m.agent not in audience or m.role]
    people = _outside_other_clauses(s, trig, etype, people, doc)
    return _outside_bystanders(s, trig, etype, people, doc)


def _outside_other_clauses(
    s: Sentence, trig: Hit, etype: str, people: list[Mention], doc: DocumentView
) -> list[Mention]:
    """``people`` without the sides of another deed the sentence names: a
    cause, a reason, a charge or what a reaction answers."""
    ntext, ctx = doc.ntext, doc.ctx
    # "After an Israeli strike on Lebanon, Hezbollah fired …": two deeds
    people = outside_cause(people, trig, cause_span(s.start, s.end, ntext, ctx), s.force_words)
    reason = reason_span(s.start, s.end, ntext, ctx, s.triggers)
    people = outside_cause(people, trig, reason, s.force_words)
    # "arrested on charges of spying for Israel": Israel is the charge
    people = outside_charge(people, trig, s, ntext, ctx)
    if etype in _NO_PARTY_IN_CAUSE:
        people = _outside_because(people, trig, s, ntext, ctx)
    # "X, in response to the attack on Y, said …": X did not attack
    people = outside_reaction(people, trig, s.cues, ntext, s.end, ctx)
    # "X, referring to the talks of Y and Z, said …": X took no part (bystander101)
    return outside_reference(people, trig, etype, s, ntext, ctx)


def _outside_bystanders(
    s: Sentence, trig: Hit, etype: str, people: list[Mention], doc: DocumentView
) -> list[Mention]:
    """``people`` without those who only look on, describe, judge, are
    spoken with or posted to, or stand inside what is asked or rejected."""
    ntext, ctx = doc.ntext, doc.ctx
    if etype not in REACTIONS:
        # "وصفت الخارجية … وانتقدته": the describer's own criticism is his
        people = _after_onlooker(s, trig, people, ntext, ctx)
    if etype in FORCE:
        # "زار الوزير الجرحى …", "visited the wounded": the visitor is no side
        people = without_visitors(trig, people, ntext, s.start, s.end, ctx)
    if etype in DEEDS and ctx.subject_after_verb:
        people = _no_later_describer(s, trig, people, ntext)
    if etype in DEEDS and (ctx.judging_verbs or ctx.judged_passives):
        people = _before_judgement(s, trig, people, ntext, ctx)
    if etype not in SYMMETRIC | COOPERATIVE | ADDRESSEE_FIRST:
        people = _interlocutor_out(s, trig, people, ntext, ctx)
    if ctx.posting_links or ctx.remit_links:
        people = _postings_out(people, ntext, ctx)
    if etype in _JOINT_EFFORTS:
        # "بحث الرئيسان الحرب ضد تنظيم داعش": the group is fought, not met;
        # an event never kept with one side keeps it rather than vanish
        need = 1 if one_sided(etype, trig.mode, ctx) else 2
        people = opposed_out(people, ntext, ctx.opposed_markers, need)
    # "praised the bill in parliament": the assembly is where (sides41)
    need = 1 if one_sided(etype, trig.mode, ctx) else 2
    people = assembly_venue_out(etype, trig, people, ntext, ctx, need)
    if etype == "REJECT" and ctx.request_nouns:
        people = _request_content_out(s, trig, people, ntext, ctx)
    if etype == "REQUEST":
        # "called on Europe to take in more refugees": what is asked (extra37)
        need = 1 if one_sided(etype, "", ctx) else 2
        people = asked_topic_out(people, trig, s.end, ntext, ctx, need)
        # "called for action against Iran": Iran is no one asked (request88)
        people = against_asked_out(people, trig, s.end, ntext, ctx.opposed_markers, need)
    if etype in _RELATION_TOPIC_TYPES:
        # "called for more oil trade with Iran": Iran is what is asked about
        people = relation_partners_out(people, trig, ntext, ctx, 2)
    return people


def _request_content_out(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """A request rejected ("درخواست توقیف اموال ایران را رد کرد", "رفضت
    المحكمة طلب تجميد أصول إيران"; ``context.REQUEST_NOUNS``) is rejected of
    whoever asked it: its own genitive, right after the noun, or its
    agent; a state further down the noun's chain owns what is asked about
    and is no side, as English "rejected a request to freeze Iran's
    assets" reads (parties33fa). Kept whole when no side is left."""
    start = _request_noun_end(s, trig, ntext, ctx)
    if start is None:
        return people
    hi = trig.start if ctx.verb_final else s.end
    stop = min((i for b in CLAUSE_BREAKS if (i := ntext.find(b, start, hi)) >= 0), default=hi)
    markers = ctx.syntax.agent_markers
    content = [
        m
        for m in people
        if start <= m.start < stop
        and ntext[start : m.start].strip()
        and " ".join(ntext[start : m.start].split()[-2:]) not in markers
        and ntext[start : m.start].split()[-1] not in markers
    ]
    kept = [m for m in people if m not in content]
    return kept if content and kept else people


def _request_noun_end(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> int | None:
    """Where the request noun the rejection takes as its object ends: before
    a final verb, the last one, its phrase closed by the object marker right
    before the verb with no verb between; else the first within
    ``_REQUEST_REACH`` words after the verb."""
    if ctx.verb_final:
        words = list(_WORD_ONLY.finditer(ntext[s.start : trig.start]))
        at = [i for i, w in enumerate(words) if w.group() in ctx.request_nouns]
        if not at or words[-1].group() not in ctx.object_markers:
            return None
        if any(w.group() in ctx.light_verbs for w in words[at[-1] :]):
            return None
        return s.start + words[at[-1]].end()
    after = islice(_WORD_ONLY.finditer(ntext[trig.end : s.end]), _REQUEST_REACH)
    found = next((w for w in after if w.group() in ctx.request_nouns), None)
    return trig.end + found.end() if found else None


def _postings_out(people: list[Mention], ntext: str, ctx: Any) -> list[Mention]:
    """``people`` without where an envoy is posted ("Iran's ambassador to
    the UN criticised the United States", "انتقد سفير إيران لدى الأمم
    المتحدة الولايات المتحدة"): the host (after ``context.POSTING_LINKS``
    a few words after ``ENVOY_WORDS``) is no side when two others remain,
    as Persian "سفیر ایران در سازمان ملل از آمریکا انتقاد کرد" is read
    (parties33fa). Only an envoy named first, who acts: one summoned or
    expelled ("استدعت روسيا السفير الفرنسي لدى روسيا") is often the host's
    object, and the host its doer."""
    hosts = [m for m in people[1:2] if _posted_at(m, ntext, ctx)]
    # parties78fa: the state an envoy is for, wherever the envoy stands
    hosts += _remits(people, ntext, ctx)
    kept = [m for m in people if m not in hosts]
    return kept if hosts and len({unit(m) for m in kept}) >= 2 else people


def _remits(people: list[Mention], ntext: str, ctx: Any) -> list[Mention]:
    """The states envoys among ``people`` are for (``_remit_of``), with a
    state joined to one by a conjunction alone ("در امور افغانستان و یمن",
    "for Afghanistan and Pakistan"): one brief of two places."""
    out: list[Mention] = []
    for before, m in zip(people, people[1:], strict=False):
        link = (ntext[before.end : m.start] + m.prefix).strip()
        joined = before in out and link in ctx.conjunctions
        if joined or _remit_of(before, m, ntext, ctx):
            out.append(m)
    return out


def _remit_of(envoy: Mention, m: Mention, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is the state or body an envoy is appointed for, told
    right after his title by a remit link (``context.REMIT_LINKS``: "نماینده
    ویژه آمریکا در امور افغانستان", "the US special envoy for Afghanistan",
    "المبعوث الأمريكي الخاص بأفغانستان") — his brief, not someone he meets or
    blames (parties78fa). Only with nothing but the link after the title's
    mention, or the link right after an envoy word ("envoy for"): "the
    envoy called for Israel to …" names the one asked."""
    if not ctx.remit_links or not ctx.envoy_words or m.start < envoy.end:
        return False
    gap = " ".join((ntext[envoy.end : m.start] + m.prefix).split())
    if "" not in ctx.remit_links and not gap.endswith(longer_than(ctx.remit_links)):
        return False  # a link either way ends the gap: one test in C first (speed81)
    link = next((k for k in ctx.remit_links if gap == k or gap.endswith(" " + k)), "")
    if not link:
        return False
    before = gap[: len(gap) - len(link)].split()
    if before:
        return _WORD_ONLY.findall(before[-1]) == [before[-1]] and before[-1] in ctx.envoy_words
    return any(w in ctx.envoy_words for w in _WORD_ONLY.findall(ntext[envoy.start : envoy.end]))


def _posted_at(m: Mention, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is named right after a posting link that follows an
    envoy's title within ``_POSTING_REACH`` words ("ambassador to (the)",
    "سفير إيران الدائم لدى")."""
    words = _WORD_ONLY.findall(ntext[max(0, m.start - 80) : m.start])
    if words and words[-1] in ctx.syntax.determiners:
        words = words[:-1]
    if not words or words[-1] not in ctx.posting_links:
        return False
    lead = words[-1 - _POSTING_REACH : -1]
    return any(w in ctx.envoy_words for w in lead)


def _interlocutor_of(s: Sentence, talk: Hit, limit: int, ntext: str, ctx: Any) -> Mention | None:
    """The partner a joint noun names behind a partner preposition within
    ``TALK_PREP_GAP`` words ("phone call with X", "تماس تلفنی با X"),
    before ``limit``; None when it names none."""
    partner_preps, interlocutor_preps = ctx.partner_preps, ctx.interlocutor_preps
    # the first words only, in C (every talk noun asks; the union is built for a partner only)
    words = islice(_NON_SPACE.finditer(ntext[talk.end : limit]), TALK_PREP_GAP + 1)
    prep = next(
        (w for w in words if w.group() in partner_preps or w.group() in interlocutor_preps), None
    )
    if prep is None or CLAUSE_BREAKS & set(ntext[talk.end : talk.end + prep.start()]):
        return None
    at = talk.end + prep.end()
    partner = next((m for m in s.mentions if at <= m.start < limit), None)
    if partner is None:
        return None
    if not _after_partner(ntext, talk.end, partner, partner_preps | interlocutor_preps):
        return None
    if _verb_object(partner, ntext, ctx):
        return None
    return partner


def _verb_object(m: Mention, ntext: str, ctx: Any) -> bool:
    """``m`` is followed by an object marker (``context.OBJECT_MARKERS``):
    the object of the clause's verb, not the partner a preposition before it
    names ("در مصاحبه با بی‌بی‌سی ترکیه را … متهم کرد": the interviewer's name is
    no mention, and Turkey, marked as the object, is whom it accuses)."""
    after = ntext[m.end : m.end + 12].split()[:1]
    return bool(after) and after[0] in ctx.object_markers


def _audience_partner(s: Sentence, trig: Hit, ntext: str, ctx: Any, etype: str) -> bool:
    """A joint noun whose partner is an audience of its type
    (``agents.NOT_PARTY_TO``: "in a conversation with reporters", "در
    گفت‌وگو با خبرنگاران"): an interview, no talks between the sentence's
    other actors."""
    partner = _interlocutor_of(s, trig, s.end, ntext, ctx)
    audience = ctx.not_party_to.get(etype, frozenset())
    return partner is not None and partner.agent in audience and not partner.role


def _unnamed_channel(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> bool:
    """ "وزیر در گفت‌وگو با عصر اندیشه گفت …": a joint noun inside a cue of
    the medium a speaker talks through (``status.CHANNEL_CUES``: "در
    گفت‌وگو با", "in an interview with") whose partner is no actor at all
    (a paper, a programme, a site the lexicons do not list) is an interview,
    as "in an interview with a newspaper" is read: no talks. A partner that
    is an actor ("در گفت‌وگو با لاوروف", "با همتای روس خود") keeps the talks."""
    in_cue = any(
        c.entry.kind == "channel" and c.start <= trig.start and trig.end <= c.end for c in s.cues
    )
    if not in_cue:
        return False
    # the partner stands before the verb of saying: who is named after it is said of
    said = [c.start for c in s.cues if c.entry.kind == "reporting" and c.start >= trig.end]
    return _interlocutor_of(s, trig, min(said, default=s.end), ntext, ctx) is None


# Words between a noun of talking and its preposition ("phone call with",
# "اتصال هاتفي مع", "تماس تلفنی با").
TALK_PREP_GAP = 2


def _interlocutor_out(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "In a phone call with the British foreign secretary, Lapid accused
    Iran": the partner of a conversation — named after a joint noun
    (CONSULT's "call", "گفت‌وگو", "اتصال") and its partner preposition
    (``context.PARTNER_PREPOSITIONS``, ``INTERLOCUTOR_PREPOSITIONS``) —
    takes part in the conversation only, not in what is said or done in it
    (whom it accuses, threatens or attacks). Requests and cooperation are
    often addressed to that partner and keep it."""
    if not ctx.partner_preps | ctx.interlocutor_preps:
        return people
    out = set()
    for talk in s.triggers:
        if talk.entry.value not in SYMMETRIC or talk.entry.affix == "verb" or talk.end > trig.start:
            continue
        partner = _interlocutor_of(s, talk, trig.start, ntext, ctx)
        if partner is None:
            continue
        # and the partner told again in apposition ("with Raab, the British
        # foreign secretary"), up to a break
        out |= {
            id(m)
            for m in s.mentions
            if partner.start <= m.start < trig.start
            and (m is partner or (m.code and m.code == partner.code))
            and not CLAUSE_BREAKS & set(ntext[partner.end : m.start])
        }
    return [m for m in people if id(m) not in out] if out else people


def _no_later_describer(s: Sentence, trig: Hit, people: list[Mention], ntext: str) -> list[Mention]:
    """ "قتل 6 أشخاص …، فيما وصف رئيس الوزراء الكندي الهجوم بأنه …": the
    subject right after a later verb that describes or comments on a deed
    (``status.ONLOOKER_CUES``, where the subject follows its verb) only
    speaks of the deed told before it and is no side of it."""
    out = set()
    for cue in s.cues:
        if (
            cue.entry.kind not in _ONLOOKING
            or cue.start < trig.end
            or ntext[cue.end : cue.end + 1] != " "
        ):
            continue
        subject = next((m for m in s.mentions if m.start == cue.end + 1), None)
        if subject is not None:
            out.add(unit(subject))
    return [m for m in people if unit(m) not in out] if out else people


def _before_judgement(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "X حمله به نفتکش را نقض قوانین بین‌المللی خواند": a deed's noun that
    is the object (``context.OBJECT_MARKERS``) of a verb that calls, deems or
    condemns it (``context.JUDGING_VERBS``) later in its clause is judged,
    not done, by the subject before it; its sides are those named between
    its noun and the object marker."""
    stop = trig.end
    while stop < s.end and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    end = _judged_object_end(ntext, trig.end, stop, ctx)
    if end is not None:
        return [m for m in people if trig.start <= m.start < end or m.end == m.start]
    judge = _judged_subject_end(ntext, trig.end, stop, ctx)
    if judge is None:
        return people
    return [m for m in people if not judge <= m.start < stop or m.end == m.start]


def _judged_object_end(ntext: str, start: int, stop: int, ctx: Any) -> int | None:
    """Where the object a judging verb takes ends ("حمله به نفتکش را …
    محکوم کرد": at "را"), the deed's noun standing at ``start``; None when
    no judging verb closes the object."""
    words = _WORD_ONLY.findall(ntext[start:stop])
    marker = next((i for i, w in enumerate(words) if w in ctx.object_markers), None)
    if marker is None or ctx.conjunctions & set(words[:marker]):
        return None  # "… کشته شدند و مقامات داعش را عامل آن دانستند": another clause
    rest = " " + " ".join(words[marker + 1 : marker + 8]) + " "
    if not any(f" {v} " in rest for v in ctx.judging_verbs):
        return None
    found = re.search(rf"\b{re.escape(words[marker])}\b", ntext[start:stop])
    return start + found.start() if found else stop


def _judged_subject_end(ntext: str, start: int, stop: int, ctx: Any) -> int | None:
    """The passive of the same judgement ("حمله اسرائیل به غزه از سوی ترکیه
    محکوم شد", ``context.JUDGED_PASSIVES``): the deed's noun is the subject,
    the agent after its marker (``AGENT_MARKERS``) the judge, no side of the
    deed; the deed's sides end at the marker (parties33fa)."""
    if not ctx.judged_passives:
        return None
    span, markers = ntext[start:stop], ctx.syntax.agent_markers
    if not (cue_written(span, markers) and cue_written(span, ctx.judged_passives)):
        return None  # speed78a: no agent marker or no judged passive written
    words = [(w.group(), w.start()) for w in _WORD_ONLY.finditer(span)]
    found = [
        i
        for i in range(len(words))
        if words[i][0] in markers or " ".join(w for w, _ in words[i : i + 2]) in markers
    ]
    if not found or ctx.conjunctions & {w for w, _ in words[: found[-1]]}:
        return None
    # the passive after its agent ("از سوی ترکیه محکوم شد") or before it
    # ("was condemned by Turkey")
    rest = " " + " ".join(w for w, _ in words[found[-1] : found[-1] + 9]) + " "
    lead = " " + " ".join(w for w, _ in words[max(0, found[-1] - 4) : found[-1]]) + " "
    if not any(f" {v} " in rest or lead.endswith(f" {v} ") for v in ctx.judged_passives):
        return None
    at = found[-1]
    # the deed's phrase ends at the passive when it comes first
    for v in ctx.judged_passives:
        if lead.endswith(f" {v} "):
            at -= len(v.split())
    return start + words[max(at, 0)][1]


def _by_arguments(
    s: Sentence,
    doc: DocumentView,
    trig: Hit,
    etype: str,
    stated: set[int],
    people: list[Mention],
) -> list[Mention]:
    """``parties_of``'s people as the verb's arguments, the doers a comment
    is about, and no place or coast that is only where it happened."""
    ntext, ctx, conj = doc.ntext, doc.ctx, doc.ctx.coordinators
    if ctx.syntax.active and etype not in SYMMETRIC:
        people = verb_arguments(people, trig, s.triggers, ntext, ctx.syntax, conj)
        if etype in ADDRESSEE_FIRST:
            people = _addressee_named(s, trig, people, ntext, ctx)
    elif ctx.subject_after_verb and etype not in SYMMETRIC:
        # prec38ar: any directed verb, not only a deed ("الوزير الذي هدد
        # بفرض عقوبات على مصر": the minister threatened)
        people = relative_subject(people, trig, s.triggers, ntext, ctx.syntax)
    if etype in REQUESTS:
        people = _request_sides(s, trig, etype, people, doc)
    # "به طالبان هشدار داد حمله به شهروندان آمریکا …": whom it spares is no side
    people = warned_content_out(trig, s.triggers, people, ntext, ctx)
    if trig.start in stated:
        # "welcomed the release of prisoners by Belarusian authorities"; a body
        # read as the statement's source ("… in a statement by the foreign
        # ministry") spoke of the deed and did not do it (mendA89)
        people = [m for m in s.mentions if m.start > trig.end and not (m.location_only or m.source)]
    elif etype in COMMENTS:
        # "condemned the storming of the mosque by Israeli settlers": the
        # doers the deed's noun names are whom the comment is about
        people = people + [m for m in _doers_commented(s, trig, stated, doc) if m not in people]
        # "condemned the US strike on Iraqi positions": Iraq is no side
        people = without_victims(s, trig, people, ntext, ctx)
    if etype not in PLACE_TARGETS:
        # "condemned the attack in Kabul" accuses no one in Afghanistan
        asked_alone = etype in REQUESTS and one_sided(etype, trig.entry.extra[0], ctx)
        people = [m for m in people if m.strong or not m.place or _pair_kept(m, asked_alone)]
    # "a tanker seized off the coast of Oman" seizes nothing of Oman's
    people = [m for m in people if not m.offshore]
    return people


def _request_sides(
    s: Sentence, trig: Hit, etype: str, people: list[Mention], doc: DocumentView
) -> list[Mention]:
    """A request's people without those that are only inside what it asks:
    the asker's own state, the people whose release is called for, and the
    content a first-person speaker asks (``_by_arguments`` reads the rest)."""
    ntext, ctx = doc.ntext, doc.ctx
    people = _own_state_asked(s, trig, people, ntext, ctx.coordinators)
    # "called for the release of the fishermen": they are not whom it asks
    people = release_asked(s, trig, people, ntext, ctx.syntax.release_nouns)
    # "حث الرئيس الحكومة على مقاطعة البضائع الفرنسية": France is what is asked
    people = content_states_out(trig, people, ntext, ctx.lang, s.mentions)
    # "گفت: از همه منتخبان می‌خواهم …": the content out before the speaker is sought
    return asked_content_out(etype, trig, people, ntext, ctx)


def _pair_kept(m: Mention, asked_alone: bool) -> bool:
    """Whether the article's partner, written here only as a place and
    filled in as a side (``selected_sides._only_a_place``), stays one: it is
    praised or blamed through what happens in it ("praised the democratic
    transition in Tunisia"), but no one asked for a ceasefire in Syria asks
    Syria — where a request may name its asker alone (``one_sided``)."""
    return m.kind == "pair" and not asked_alone


def _by_word_order(
    s: Sentence,
    doc: DocumentView,
    trig: Hit,
    etype: str,
    mode: str,
    reactions: list[Hit],
    people: list[Mention],
) -> list[Mention]:
    """``parties_of``'s people read by word order: before a final verb, the
    speaker of a first-person or a dropped subject, after who reacted."""
    ntext, ctx, conj = doc.ntext, doc.ctx, doc.ctx.coordinators
    if ctx.verb_final and etype not in SPOKEN_CONTENT:
        people = _before_final_verb(s, doc, trig, (etype, mode), people)
    elif not ctx.verb_final:
        people = _relative_objects_out(s, trig, people, ntext, ctx, etype, mode)
    if ctx.first_person_verbs or ctx.first_person_subjects:
        people = _speaker_in_first_person(s, trig, people, ntext, ctx)
    if ctx.dropped_subjects and etype in DEEDS:
        saying = _FORCE_SAYING if etype in FORCE else _SAYING
        people = _speaker_as_dropped_subject(s, trig, people, ntext, ctx, saying)
    # "X باعث شد که Y …": X caused Y's deed and is no side of it
    people = causer_out(s, trig, people, ntext, ctx)
    reacted = _reaction_before(trig, reactions, ntext)
    if reacted is not None and not ctx.verb_final:
        # "X condemned the attack on Y": X is no party to the attack
        people = _after_subject(
            reacted,
            people,
            ntext,
            conj,
            ctx.subject_after_verb,
            ctx.adjacent_coordinated,
            ctx.one_sided_nouns,
        )
    return people


def _before_final_verb(
    s: Sentence, doc: DocumentView, trig: Hit, kind: tuple[str, str], people: list[Mention]
) -> list[Mention]:
    """``_by_word_order``'s reading where the verb comes last: the people
    before the verb, without those of an earlier clause, the agents of a
    relative clause or (for a deed) the antecedent before it, a relative
    clause's doers first unless the type is symmetric. ``kind`` is the
    event's type and mode."""
    ntext, ctx = doc.ntext, doc.ctx
    etype, mode = kind
    people = before_verb(trig, people, ntext, ctx, etype, mode)
    people = _earlier_clause_out(s, trig, people, ntext, ctx)
    people = _relative_agents_out(trig, people, ntext, ctx, etype, mode)
    if etype not in DEEDS:
        people = _relative_deed_out(s, trig, people, ntext, ctx, etype, mode)
    else:
        people = _before_deed_antecedent_out(s, trig, people, ntext, ctx)
    if etype not in SYMMETRIC:
        people = relative_doers_first(s, trig, people, ntext, ctx)
    return people


def _genitive_doers(
    s: Sentence, trig: Hit, etype: str, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """A protest's noun with no verb of its own, its doers right after it
    ("از اعتصاب کارگران نفت حمایت کردند", "أيد الناشطون إضراب عمال النفط",
    "spoke about the strike of the oil workers",
    "در جریان اعتراض‌های خوزستان بازداشت کرد"): the noun stands in another
    verb's clause, whose subject (who backs, reports or quells the protest)
    takes no part in it; its genitive and what follows in its phrase are
    its sides."""
    if etype not in GENITIVE_DOERS or trig.entry.affix == "verb":
        return people
    doer = next((m for m in s.mentions if m.start >= trig.end), None)
    links = ctx.role_links or frozenset({""})  # "the protest of the teachers"
    gap = ntext[trig.end : doer.start].strip() if doer is not None else None
    if doer is None or (gap not in links and gap not in ctx.event_noun_modifiers):
        return people
    if _ends_in_preposition(trig, ntext, ctx):
        return people  # "اعزام ۶۰۰ سرباز به افغانستان": where they go, not who
    verb = verb_end(trig, ntext, ctx.light_verbs, ctx.auxiliaries)
    if verb is not None and verb <= doer.start:
        # "اعتصاب کردند": a clause of its own; a light verb after the
        # genitive is another noun's ("اعتراض‌های خوزستان بازداشت کرده")
        return people
    # "during the strike of the workers, the police arrested …": its phrase ends at a break
    stop = next((i for i in range(doer.end, s.end) if ntext[i] in CLAUSE_BREAKS), s.end)
    own = [m for m in people if doer.start <= m.start < stop]
    # a place there is only where it happens ("اعتراضات خوزستان"); a name
    # that is no side ("اعتصاب سراسری «کمپین ۱۴۰۰»") leaves the people as they were
    return own or ([] if doer.place or doer.location_only else people)


def _ends_in_preposition(trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a trigger's words end in a preposition ("سرباز به"): what
    follows is its complement, no genitive."""
    last = ntext[trig.start : trig.end].split()[-1:]
    preps = (
        ctx.target_preps
        | ctx.destination_preps
        | ctx.location_preps
        | ctx.partner_preps
        | ctx.about_preps
        | ctx.topic_preps
    )
    return bool(last) and last[0] in preps


def _sides_of(
    s: Sentence,
    doc: DocumentView,
    trig: Hit,
    etype: str,
    mode: str,
    people: list[Mention],
) -> list[Mention]:
    """``parties_of``'s people as the sides of a symmetric event."""
    ntext, ctx = doc.ntext, doc.ctx
    if etype in SYMMETRIC and trig.entry.affix != "verb":
        if _audience_partner(s, trig, ntext, ctx, etype) or _unnamed_channel(s, trig, ntext, ctx):
            return []  # "in a conversation with reporters": no talks between sides
        people = (
            _offerer_kept(
                _sides_named(s, trig, ntext, ctx, mode in VISITS), trig, people, ntext, ctx
            )
            or people
        )
    elif etype in SYMMETRIC:
        people = _hosted_sides(s, trig, ntext, ctx) or people
        if ntext[trig.base_start : trig.base_end] in ctx.discussion_verbs:
            people = _object_before_partner(trig, people, ntext, ctx)
    if etype in SYMMETRIC:
        # "talks with X about plans for a US base": the US is talked about
        need = 1 if one_sided(etype, mode, ctx) else 2
        people = without_topic_span(people, trig, (s.start, s.end), ntext, ctx, need)
    return people


# Deeds whose cause names no side of theirs: "withdrew because of a
# US-Turkish deal", "agreed due to the pandemic". A comment, a demand or
# a sanction is often about the one its reason names, so they keep it.
_NO_PARTY_IN_CAUSE = SYMMETRIC | frozenset({"RETREAT", "MOBILIZE"})
_WORDS = re.compile(r"\w+|[^\w\s]")


def _outside_because(
    people: list[Mention], trig: Hit, s: Sentence, ntext: str, ctx: Any
) -> list[Mention]:
    """The mentions outside a phrase of cause (``context.BECAUSE_OPENERS``:
    "because of", "بسبب", "به دلیل") that does not hold the trigger; the
    phrase runs from its opener to a clause break or a preposition or
    marker of the verb's arguments (target, object, topic, partner, place);
    one that runs on to the trigger holds it. Whoever
    the cause names (a deal, a war, pressure) is no side of the deed; kept
    when no one else is."""
    chunk = ntext[s.start : s.end]
    if not any(opener in chunk for opener in ctx.because_openers):
        return people  # most sentences name no cause: skip the tokenising
    stops = (
        ctx.target_preps
        | ctx.object_markers
        | ctx.about_preps
        | ctx.topic_preps
        | ctx.partner_preps
        | ctx.location_preps
        | CLAUSE_BREAKS
    )
    words = [(m.start() + s.start, m.end() + s.start, m.group()) for m in _WORDS.finditer(chunk)]
    spans = _cause_spans(words, trig, ctx.because_openers, stops)
    out = [m for m in people if any(a <= m.start < b for a, b in spans)]
    rest = [m for m in people if m not in out]
    return rest if out and any(m.code or m.agent for m in rest) else people


def _cause_spans(
    words: list[tuple[int, int, str]], trig: Hit, openers: frozenset[str], stops: frozenset[str]
) -> list[tuple[int, int]]:
    """The spans of the phrases of cause that do not hold the trigger: from
    an opener of up to four words to the word before a stop; a phrase that
    runs on to the trigger holds it ("جراء … انسحابهم")."""
    spans = []
    for i in range(len(words)):
        n = next(
            (
                n
                for n in (4, 3, 2, 1)
                # near the end fewer than n words are left, and their join
                # may still be an opener ("… دون نتيجة": IndexError below)
                if i + n <= len(words) and " ".join(w[2] for w in words[i : i + n]) in openers
            ),
            0,
        )
        if not n:
            continue
        start, end = words[i][0], words[i + n - 1][1]
        holds = start <= trig.start < end
        for w_start, w_end, w in words[i + n :]:
            if w_start <= trig.start < w_end:
                holds = True
            if holds or w in stops:
                break
            end = w_end
        if not holds:
            spans.append((start, end))
    return spans


def _hosted_sides(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> list[Mention]:
    """ "Oman hosted talks between Iran and the United States", "استضافت
    مصر محادثات بين وفدين …": a joint verb whose object, right after it, is
    a joint noun naming its own sides has those sides; the host, or whoever
    holds the talks, is no side of them."""
    noun = next(
        (
            t
            for t in sorted(s.triggers, key=lambda t: t.start)
            if t.start >= trig.end and t.entry.affix != "verb" and t.entry.value in SYMMETRIC
        ),
        None,
    )
    if noun is None:
        return []
    # only determiners between, or (verb first) the subject: "استضافت مصر محادثات"
    gap = list(ntext[trig.end : noun.start])
    for m in s.mentions:
        if trig.end <= m.start and m.end <= noun.start:
            gap[m.start - trig.end : m.end - trig.end] = " " * (m.end - m.start)
    if [w for w in "".join(gap).split() if w not in ctx.syntax.determiners]:
        return []
    return _sides_named(s, noun, ntext, ctx)


PARTNER_REACH = 3  # words between a partner preposition and its actor ("with the Polish president")


def _object_before_partner(trig: Hit, people: list[Mention], ntext: str, ctx: Any) -> list[Mention]:
    """ "Erdogan discussed Syria with Putin", "بحث الوزير المصري ملف ليبيا
    مع نظيره الجزائري": where a verb of talking over something
    (``context.DISCUSSION_VERBS``; not "met", "received" or "visited",
    whose object is the partner or the host) names its partner after a
    preposition of partnership (``context.PARTNER_PREPOSITIONS``: "with",
    "مع"), what it names between itself and that preposition is its
    object, what is discussed, not a side. The subject stays: the group
    before the verb in its clause, else (``SUBJECT_AFTER_VERB``) the group
    right after it."""
    preps = ctx.partner_preps
    partner = _last_partner(trig, people, ntext, preps) if preps else None
    if partner is None:
        return people
    prep = _partner_word_at(ntext, trig.end, partner, preps)
    between = [m for m in people if trig.end <= m.start < prep]
    if not between:
        return people
    found = _discussing_subject(trig, people, between, ntext, ctx)
    if found is None:
        return people
    subject, between = found
    if partner.code in {m.code for m in subject}:
        return people  # the subject's own man comes along: "with his army chief"
    # a title or agent between is someone the verb's subject brings along
    # ("met the minister and his delegation with …"): only states, bodies
    # and countries' names as a whole are objects
    dropped = [m for m in between if not m.role]
    return [m for m in people if m not in dropped] if dropped else people


def _last_partner(
    trig: Hit, people: list[Mention], ntext: str, preps: frozenset[str]
) -> Mention | None:
    """The partner: the last mention after a partner preposition in the
    verb's clause ("discussed the dispute with Pakistan with his Chinese
    counterpart": the counterpart)."""
    partners = [
        m
        for m in people
        if m.start >= trig.end
        and _after_partner(ntext, trig.end, m, preps)
        and not CLAUSE_BREAKS & set(ntext[trig.end : m.start])
    ]
    return partners[-1] if partners else None


def _discussing_subject(
    trig: Hit, people: list[Mention], between: list[Mention], ntext: str, ctx: Any
) -> tuple[list[Mention], list[Mention]] | None:
    """Who discusses, and what is left between the verb and its partner:
    the mentions before the verb in its clause; else, where the subject
    follows the verb (``subject_after_verb``), the first group right
    after it, which is then no object. None when there is no subject."""
    subject = [
        m
        for m in people
        if m.end <= trig.start
        and m.kind != "pair"
        and not CLAUSE_BREAKS & set(ntext[m.end : trig.start])
    ]
    if subject:
        return subject, between
    if not ctx.subject_after_verb:
        return None
    groups = coordinated_groups(between, ntext, ctx.conjunctions, ctx.adjacent_coordinated)
    if len(ntext[trig.end : groups[0][0].start].split()) > SUBJECT_GAP:
        return None
    return groups[0], [m for m in between if m not in groups[0]]


def _partner_word_at(ntext: str, start: int, m: Mention, preps: frozenset[str]) -> int:
    """Where the partner preposition before ``m`` begins (``m.start`` if none)."""
    words = list(_NON_SPACE.finditer(ntext[start : m.start]))[-(PARTNER_REACH + 1) :]
    for w in reversed(words):
        if w.group() in preps:
            return start + w.start()
    return m.start


def _after_partner(ntext: str, start: int, m: Mention, preps: frozenset[str]) -> bool:
    """A partner preposition stands at most ``PARTNER_REACH`` words before
    ``m`` (after ``start``), with no punctuation between."""
    gap = ntext[start : m.start]
    words = gap.split()[-(PARTNER_REACH + 1) :]
    if not any(w in preps for w in words):
        return False
    at = _partner_word_at(ntext, start, m, preps)
    return not CLAUSE_BREAKS & set(ntext[at : m.start])


def _sides_named(
    s: Sentence, trig: Hit, ntext: str, ctx: Any, visit: bool = False
) -> list[Mention]:
    """ "An Egyptian MP welcomed the agreement between Ethiopia and Sudan",
    "نماینده مجلس توافق آمریکا و عراق را محکوم کرد": a deal's or meeting's
    noun followed by the two sides it names — after ``context.SIDES_MARKERS``
    ("between"), or right after it where a noun takes its complement with
    nothing between (Arabic, Persian) — has those sides and no one else;
    whoever comments on it, hosts it or reports it is no party. Other
    triggers' words may stand between ("the ceasefire agreement between")."""
    after = [m for m in s.mentions if m.start >= trig.end]
    start = trig.end
    for t in sorted(s.triggers, key=lambda t: t.start):
        if (
            after
            and not ntext[start : t.start].strip()
            and start <= t.start
            and t.end <= after[0].start
        ):
            start = t.end  # a trigger word right after it: "the ceasefire agreement"
    after, start = _past_place(after, start, ntext, ctx)
    if not after or not _plain_side(after[0]):
        return []
    first = after[0]
    gap = [w for w in ntext[start : first.start].split() if w not in ctx.syntax.determiners]
    if gap and not _between_marked(gap, ntext[start : first.start], ctx):
        return []
    if not gap and ctx.syntax.active:
        return []  # English names a deal's sides after "between" only
    groups = coordinated_groups(s.mentions, ntext, ctx.listed_names, adjacent=False)
    group = next((g for g in groups if first in g), [])
    sides = [m for m in group[group.index(first) :] if _plain_side(m)] if group else []
    if visit and not gap and sides:
        # "سفر وزیر خارجه ایران به عربستان", "زيارة الوزير الإيراني إلى
        # الرياض": a visit's noun, its visitor, then its host
        sides = sides + _host_after(sides[-1], s, ntext, ctx)
    # two states at least: "همکاری طالبان، حاکمان جدید این کشور" names one
    if len({m.code for m in sides if m.code}) < 2:
        return []
    # "… با مشارکت چین", "… with the participation of China": a third side
    return sides + [
        m for m in taking_part(s.mentions, sides[-1], ntext, ctx, s.triggers) if m not in sides
    ]


def _offerer_kept(
    sides: list[Mention], trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """``sides`` named after a deed a stated readiness offers ("پاکستان
    آمادگی خود را برای میانجیگری میان ایران و آمریکا اعلام کرد",
    ``offered.offered_deed``) with the one whose readiness it is: the side
    before it in its clause offers to take part, so it is a side too
    (review mends, mendA76)."""
    if not sides or not offered_deed(trig, ntext, ctx):
        return sides
    holders = [
        m
        for m in people
        if m.end <= trig.start
        and m not in sides
        and _plain_side(m)
        and not CLAUSE_BREAKS & set(ntext[m.end : trig.start])
    ]
    return holders + sides


def _host_after(visitor: Mention, s: Sentence, ntext: str, ctx: Any) -> list[Mention]:
    """The state or place written right after a visitor behind a preposition
    of destination (``context.DESTINATION_PREPOSITIONS``): the visit's host."""
    host = next((m for m in s.mentions if m.start >= visitor.end), None)
    if host is None or not host.code or host.code == visitor.code or host.topic:
        return []
    gap = ntext[visitor.end : host.start].split()
    if len(gap) != 1 or gap[0] not in ctx.destination_preps:
        return []
    return [host]


# Words a relative clause may hold between a meeting's noun and "between"
# ("the meeting that was planned between X and Y", "دیداری که در این ساعات
# قرار بود بین").
_SIDES_CLAUSE_WORDS = 8


def _past_place(
    after: list[Mention], start: int, ntext: str, ctx: Any
) -> tuple[list[Mention], int]:
    """Where a deal's or meeting's noun is held, written before its sides
    ("talks in Doha between the US and the Taliban", "محادثات في الدوحة
    بين"): a place behind a preposition of place, skipped so that the
    sides after it are read; the place is no side."""
    if not after or not (after[0].location_only or after[0].place):
        return after, start
    words = ntext[start : after[0].start].split()
    preps, determiners = ctx.location_preps, ctx.syntax.determiners
    if not words or any(w not in preps and w not in determiners for w in words):
        return after, start
    return after[1:], after[0].end


def _between_marked(gap: list[str], raw: str, ctx: Any) -> bool:
    """The words between a deal's or meeting's noun and its first side end
    with "between" (``context.SIDES_MARKERS``): right after the noun, or at
    the end of a short relative clause on it (opened by a relative pronoun,
    ``RELATIVE_PRONOUNS`` / ``PASSIVE_RELATIVE_OPENERS``; no punctuation, no
    word of topic): "the meeting that was planned between X and Y", "اللقاء
    الذي كان مقررا بين", "دیداری که قرار بود بین". A mediation "to ease
    tensions between X and Y" names the sides it mediates between, not its
    own."""
    if gap[-1] not in ctx.sides_markers:
        return False
    if len(gap) == 1 or _one_modifier(gap, raw, ctx):
        return True
    openers = ctx.syntax.relatives | ctx.passive_relative_openers
    inner = set(gap[:-1])
    return (
        raw.split()[0] in openers
        and len(gap) <= _SIDES_CLAUSE_WORDS
        and not CLAUSE_BREAKS & set(raw)
        and not inner & (ctx.about_preps | ctx.sides_markers)
    )


def _one_modifier(gap: list[str], raw: str, ctx: Any) -> bool:
    """actors64: one word of description between a meeting's or deal's noun
    and "between" ("اجتماع مرتقب بين", "اتفاق تجاري بين", "نشست سه‌جانبه
    میان", "talks held between"): an adjective or participle of the noun,
    which still names its sides. A preposition, a conjunction or a comma
    there ("في بين", "و بين") opens another phrase and names no sides."""
    if len(gap) != 2 or CLAUSE_BREAKS & set(raw):
        return False
    preps = (
        ctx.topic_preps
        | ctx.location_preps
        | ctx.partner_preps
        | ctx.about_preps
        | ctx.target_preps
        | ctx.destination_preps
        | ctx.sides_markers
        | ctx.conjunctions
    )
    return gap[0] not in preps


def _plain_side(m: Mention) -> bool:
    """A mention that may be a side of a deal: not only a place, topic or source."""
    return bool(m.code or m.agent) and not (m.location_only or m.place or m.topic or m.source)


def _addressee_named(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "The UN called on Sudan and South Sudan to close the border to
    fighters": the states named right after a verb that names its addressee
    first are that addressee, even where an agent of theirs inside what is
    asked ("fighters", Sudanese by the sentence) filled the pool instead of
    the states' weak names."""
    if any(m.start >= trig.end for m in people):
        return people
    first = next((m for m in s.mentions if m.start >= trig.end), None)
    if first is None or not _plain_state(first):
        return people
    if set(ntext[trig.end : first.start].split()) - ctx.syntax.determiners:
        return people
    group = next(g for g in coordinated_groups(s.mentions, ntext, ctx.conjunctions) if first in g)
    named = [m for m in group[group.index(first) :] if _plain_state(m)]
    return sorted(people + named, key=lambda m: m.start)


def _own_state_asked(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, conj: frozenset[str]
) -> list[Mention]:
    """ "The Iraqi parliament called on the government to expel American
    troops", "طالبت نقابة العمال العراقية الحكومة بزيادة الأجور": a body of a
    state named with no country ("the government") a few words from the verb
    in its clause (``ADDRESSEE_REACH``), asked by lawmakers, parties, unions
    or citizens of one country, is their own state's; what is named after it
    is what is asked."""
    asker = people[0] if people else None
    if asker is None or not asker.code or asker.agent not in DOMESTIC_ASKERS:
        return people
    addressee = next(
        (
            m
            for m in s.mentions
            if not m.code
            and m.agent in STATE_BODIES
            and not m.source
            and m.start >= asker.end
            and _near_verb(trig, m, ntext)
        ),
        None,
    )
    if addressee is None:
        return people
    # the askers are the group named last before it ("قال النائب … إن النواب
    # سيطالبون بمساءلة وزير النقل": the deputies, not the one who tells it)
    before = [m for m in people if m.start < addressee.start]
    askers = coordinated_groups(before, ntext, conj)[-1] if before else []
    return [*askers, replace(addressee, code=asker.code)]


def _near_verb(trig: Hit, m: Mention, ntext: str) -> bool:
    """``m`` stands in the trigger's clause, at most ``ADDRESSEE_REACH`` words
    before or after it."""
    gap = ntext[trig.end : m.start] if m.start >= trig.end else ntext[m.end : trig.start]
    return len(gap.split()) <= ADDRESSEE_REACH and not CLAUSE_BREAKS & set(gap)


def _plain_state(m: Mention) -> bool:
    """A state named as a whole, not only as a place, topic or source."""
    return (
        bool(m.code)
        and m.agent is None
        and not (m.location_only or m.place or m.topic or m.source or m.kind == "pair")
    )


def _after_onlooker(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "police are investigating the attack on the embassy", "تعازيه لضحايا
    الهجوم", "Commenting on the attack, the minister said …": who only
    investigates, mourns, condoles, comments on or describes a deed named
    after it in the same clause (``status.ONLOOKER_CUES``) takes no part in
    it; the deed's parties are those named after the cue, up to the end of
    the deed's clause (the commenter of an opening phrase comes after it).
    Where the subject follows its verb (``context.SUBJECT_AFTER_VERB``), who
    stands between the cue and the deed is the cue verb's subject ("وصفت
    الخارجية القطرية اقتحام …"): a deed's noun names its own doers after it.
    Regret (``status.REGRET_CUES``) binds alike, but not over one's own deed
    (``_own_regret``)."""
    cue = max(
        (c for c in s.cues if c.entry.kind in _ONLOOKING and c.end <= trig.start),
        default=None,
        key=lambda c: c.end,
    )
    if cue is None or CLAUSE_BREAKS & set(ntext[cue.end : trig.start]):
        return people
    if cue.entry.kind == "regret" and _own_regret(cue, trig, s.mentions, ntext, ctx):
        return people
    stop = trig.end
    while stop < s.end and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    begin = trig.start if ctx.subject_after_verb else cue.end
    return [m for m in people if begin <= m.start < stop or m.end == m.start]


def _own_regret(cue: Hit, trig: Hit, mentions: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether who regrets a deed did it (mendB72): an armed body regrets
    ("The Israeli army expressed regret over its strike", "أعرب الجيش
    الإسرائيلي عن أسفه لقصف مدرسة": a strike is an army's deed, not a
    bystander's), or the deed is marked as the regretter's own
    (``OWN_DEED_MARKS``: "its strike", glued "لقصفها"), or done by a verb
    whose doer is not named after it (``OWN_DEED_VERBS``: "للغارة التي
    شنتها"). Condolences and inquiries stay an onlooker's whoever voices them.
    An armed regretter is no doer of a deed whose phrase names another's
    (``_other_doer_named``, mendE73)."""
    armed = any(m.end <= cue.start and m.agent in _REGRET_DOERS for m in mentions)
    if armed and not _other_doer_named(cue, trig, mentions, ntext, ctx):
        return True
    marks = ctx.own_deed_marks
    gap = ntext[cue.end : trig.start].split()
    if ntext[trig.base_end : trig.end].endswith(marks) or any(w in marks for w in gap):
        return True
    verb = next((w for w in words_after(ntext, trig.end, 4) if w in ctx.own_deed_verbs), None)
    if verb is None:
        return False
    end = ntext.find(verb, trig.end) + len(verb)
    # "شنتها إسرائيل": the doer named after the verb is another's
    return not any(m.start <= end + 1 < m.end for m in mentions)


def _other_doer_named(cue: Hit, trig: Hit, mentions: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether the deed's own phrase names a doer other than who regrets it
    (mendE73): a state's adjective or genitive next to the deed noun ("the
    Israeli strike", "للقصف الإسرائيلي") or an agent after its marker ("by
    gunmen", "من قبل", "توسط"; ``AGENT_MARKERS``, ``DOER_MARKERS``). Then the
    armed body that regrets it ("The Lebanese army expressed regret over
    …") only looks on."""
    stop = trig.end
    while stop < len(ntext) and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    for m in mentions:
        if m.code and cue.end <= m.start < trig.end and m.end > trig.start:
            return True  # the deed noun read with its state: "للقصف الإسرائيلي"
        if m.agent is not None or m.place or m.location_only:
            continue
        before = (
            cue.end <= m.start and m.end <= trig.start and not ntext[m.end : trig.start].strip()
        )
        if before or (m.start >= trig.end and not ntext[trig.end : m.start].strip()):
            return True
    markers = frozenset().union(ctx.syntax.agent_markers, *ctx.doer_markers.values())
    phrase = f" {ntext[trig.end : stop]} "
    return any(f" {w} " in phrase for w in markers)


# How far after a noun trigger its verb may stand: it closes the clause
# after the noun's object ("جواب سختی به رژیم صهیونیستی خواهیم داد", we will
# give the Zionist regime a harsh answer).
NOUN_VERB_WORDS = 7
NOUN_VERB_CHARS = 50


def _own_verb_words(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> list[str]:
    """The words that may hold the trigger's own verb: its first four up to
    a clause break, or, for a noun whose light verb does not follow at once
    (``verb_end`` finds none), up to ``NOUN_VERB_WORDS`` — never past
    another trigger, whose verb that would be ("ما از اعتصاب … حمایت
    می‌کنیم": the strike is not ours)."""
    own = verb_end(trig, ntext, ctx.light_verbs, ctx.auxiliaries)
    far = own is None
    # a verb's person is on the verb itself: "… خارج کردند اقدام کنیم" is
    # not ours for the withdrawal
    limit = own if own is not None else trig.end + NOUN_VERB_CHARS
    if far:
        limit = min([limit, *(t.start for t in s.triggers if t.start >= trig.end)])
    stop = trig.end
    while stop < min(s.end, limit) and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    return _WORD_ONLY.findall(ntext[trig.start : stop])[: NOUN_VERB_WORDS if far else 4]


def _speaker_in_first_person(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """A deed told in the first person inside reported speech is the
    speaker's ("سخنگوی حماس نوشت: ما به مردم غزه تبریک می‌گوییم"): the first
    actor of the reporting clause takes part (``context.FIRST_PERSON_VERBS``,
    for languages whose verbs carry the person); one behind a preposition
    ("در دیدار با X، Y گفت") is no speaker, nor one its object marker
    follows ("وی با بیان اینکه نباید دولت را تخریب کنیم، گفت: ما …",
    requests67fa). A reporting clause that names
    none ("وی افزود: ما …") has the speaker an earlier sentence named
    (``Sentence.told_speaker``)."""
    quote = quote_start(ntext, s.start, trig.start, s.cues)
    if quote is None:
        return people
    if len({unit(m) for m in people}) > 1 and not _all_marked_objects(
        people, quote, trig, ntext, ctx
    ):
        return people
    if not _first_person_told(s, trig, quote, ntext, ctx):
        return people
    # speed78a: the prepositions joined only where a speaker is looked for
    preps = ctx.target_preps | ctx.place_preps | ctx.about_preps
    speaker = next(
        (
            m
            for m in s.mentions
            if m.start < quote
            and not (m.location_only or m.place or m.topic or m.source)
            and (m.code or m.agent)
            and previous_word(ntext, m.start) not in preps
            and not ctx.object_markers & set(ntext[m.end : m.end + _MARK_REACH].split()[:1])
        ),
        None,
    )
    if speaker is None and not any(m.start < quote for m in s.mentions):
        speaker = s.told_speaker  # "وی افزود: ما …": who spoke before goes on
    if speaker is None or unit(speaker) in {unit(m) for m in people}:
        return people
    return sorted([*people, speaker], key=lambda m: m.start)


def _first_person_told(s: Sentence, trig: Hit, quote: int, ntext: str, ctx: Any) -> bool:
    """Whether the deed of ``trig`` is told in the first person: its verb
    carries the person (``context.FIRST_PERSON_VERBS``), or colon57: the
    quote opens on a pronoun of the speaker's own (``FIRST_PERSON_SUBJECTS``:
    'قال: "نحن استهدفنا …"', 'said: "We struck …"') with no clause break
    before the trigger."""
    verbs = ctx.first_person_verbs
    if verbs:
        endings = longer_than(verbs, 2)
        if any(w in verbs or w.endswith(endings) for w in _own_verb_words(s, trig, ntext, ctx)):
            return True
    if not ctx.first_person_subjects:
        return False
    lead = ntext[quote : trig.start]
    words = _WORD_ONLY.findall(lead)[:2]
    return any(w in ctx.first_person_subjects for w in words) and not CLAUSE_BREAKS & set(lead)


def _all_marked_objects(people: list[Mention], quote: int, trig: Hit, ntext: str, ctx: Any) -> bool:
    """roles52: whether every side of a first-person deed stands inside the
    quotation, before its verb, marked as the verb's object ("از ایران و
    روسیه تشکر می‌کنیم", "به ملت و ارتش لبنان تبریک می‌گوییم"): none is
    the subject, which is the "we" the verb carries, so several of them
    are all whom the speaker acts on."""
    return all(
        quote <= m.start and m.end <= trig.start and _marked_object(m, trig, ntext, ctx)
        for m in people
    )


def _not_target_or_about(word: str, ctx: Any) -> bool:
    """``word not in ctx.target_preps | ctx.about_preps``, the union not
    built for every mention asked."""
    return word not in ctx.target_preps and word not in ctx.about_preps


def _speaker_as_dropped_subject(
    s: Sentence,
    trig: Hit,
    people: list[Mention],
    ntext: str,
    ctx: Any,
    saying: frozenset[str] = _SAYING,
) -> list[Mention]:
    """ "ارتش عراق اعلام کرد که از شهر رمادی عقب‌نشینی کرده است": where the
    verb carries its subject (``context.DROPPED_SUBJECT_IS_SPEAKER``), a deed
    reported right after a verb of saying whose clause names no subject —
    only objects and places, marked as such ("… را", "به …", "از …") — is the
    speaker's own, as "said it withdrew" is in English. Not inside a
    quotation ("X گفت: «…»"), where a third person is someone else
    (``saying``: the cue kinds that open what is said, as ``_quoted_pool``
    reads them)."""
    verb = _opening_report(s, trig, ntext, ctx, saying)
    if verb is None or _passive_deed(s, trig, ntext, ctx):
        return people
    named = [m for m in s.mentions if verb.end <= m.start < trig.start]
    if any(not _marked_object(m, trig, ntext, ctx) for m in named):
        return people  # the reported clause names its own subject
    speaker = next(
        (
            m
            for m in reversed(s.mentions)
            if m.end <= verb.start
            and not (m.location_only or m.place or m.topic or m.source)
            and (m.code or m.agent)
            and _not_target_or_about(previous_word(ntext, m.start), ctx)
        ),
        None,
    )
    if speaker is None or unit(speaker) in {unit(m) for m in people}:
        return people
    return [speaker, *people]


def _opening_report(
    s: Sentence, trig: Hit, ntext: str, ctx: Any, saying: frozenset[str] = _SAYING
) -> Hit | None:
    """The verb of saying whose reported clause the deed opens: the last
    one before it, the clause starting right after it (``quote_start``)
    with no break, quotation mark, earlier deed or relative clause
    ("اعلام کرد پهپادهایی که … حمله کردند") before the trigger."""
    quote = quote_start(ntext, s.start, trig.start, s.cues, saying)
    verb = max(
        (c for c in s.cues if c.entry.kind in saying - _ATTRIBUTION and c.end <= trig.start),
        default=None,
        key=lambda c: c.end,
    )
    if quote is None or verb is None or quote != verb.end:
        return None
    if CLAUSE_BREAKS & set(ntext[verb.end : trig.start]) or {"«", '"'} & set(
        ntext[verb.end : trig.start]
    ):
        return None
    if any(verb.end <= t.start < trig.start for t in s.triggers):
        return None  # the deed is not the first thing reported
    if set(ntext[verb.end : trig.start].split()[1:]) & ctx.content_openers:
        return None  # "اعلام کرد پهپادهایی که … حمله کردند": a relative clause
    return verb


def _passive_deed(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether the deed's verb is passive or has none ("حمله … صورت گرفت",
    "کشته شدند"): the deed's noun or victim is then the subject, not the
    speaker. Read on the verb with the word before the trigger and the two
    after the verb."""
    end = (
        verb_end(trig, ntext, ctx.light_verbs, ctx.auxiliaries)
        or _far_light_verb(trig, ntext, s.end, ctx)
        # a verb in the perfect with its auxiliary apart ("کشته است", sides31)
        or (trig.end if _ends_in_auxiliary(trig, ntext, ctx) else None)
    )
    said = " ".join(ntext[max(s.start, trig.start - 20) : end or 0].split()[-12:])
    said = f" {said} {' '.join(ntext[end or 0 : (end or 0) + 30].split()[:2])} "
    return end is None or any(f" {v} " in said for v in ctx.passive_verbs)


def _ends_in_auxiliary(trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a verb trigger ends in an auxiliary written apart ("کشته
    است"): the verb is whole, in the perfect, and active unless a light
    verb of the passive follows."""
    last = ntext[trig.base_start : trig.base_end].split()[-1:]
    return trig.entry.affix == "verb" and bool(last) and last[0] in ctx.auxiliaries


def _far_light_verb(trig: Hit, ntext: str, limit: int, ctx: Any) -> int | None:
    """Where the light verb of a noun trigger ends when words stand between
    them ("حملاتی هوایی علیه اهداف حماس انجام داده است"): the first light
    verb (``context.LIGHT_VERBS``) of the trigger's clause, before any
    clause opener ("که") or break; None if the clause has none."""
    if trig.entry.affix == "verb":
        return None
    stop = trig.end
    while stop < min(limit, trig.end + 120) and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    for w in _WORD_ONLY.finditer(ntext[trig.end : stop]):
        if w.group() in ctx.content_openers:
            return None
        if w.group() in ctx.light_verbs:
            return trig.end + w.end()
    return None


def _marked_object(m: Mention, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a mention before a verb-final trigger is no subject: a place,
    a noun of a phrase a preposition opens a few words before ("به مقر
    گروه‌های …", "از شهر …"), or one before the object marker ("بیست معترض
    را"). The agent of a passive ("توسط پلیس", ``context.AGENT_MARKERS``) is
    a subject."""
    if m.location_only or m.place:
        return True
    lead = ntext[max(0, m.start - 40) : m.start]
    if any(lead.rstrip().endswith(a) for a in ctx.syntax.agent_markers):
        return False
    words = _WORDS.findall(lead)[-3:]
    words = words[max((i + 1 for i, w in enumerate(words) if not w.isalnum()), default=0) :]
    if any(w in ctx.target_preps or w in ctx.location_preps or w in ctx.about_preps for w in words):
        return True
    after = ntext[m.end : trig.start].split()[:2]
    return bool(ctx.object_markers & set(after))


def _doers_commented(s: Sentence, trig: Hit, stated: set[int], doc: DocumentView) -> list[Mention]:
    """The doers named after the first deed a comment governs, when that deed
    states them ("… by Israeli settlers"); none otherwise."""
    deed = next((t for t in s.triggers if t.start in stated and t.start > trig.end), None)
    if deed is None:
        return []
    # the source of the statement is no doer of the deed it condemns (mendA89)
    heard = [m for m in s.mentions if not m.source]
    return stated_doers(deed, heard, doc.ntext, doc.ctx.syntax)


def _reaction_before(trigger: Hit, reactions: list[Hit], ntext: str) -> Hit | None:
    """The reaction whose object (or the object's relative clause: "the attack
    that targeted …") a non-reaction trigger is: the last one before it in
    the same clause."""
    if trigger.entry.value in REACTIONS:
        return None
    before = [r for r in reactions if r.end <= trigger.start and r.entry.value in COMMENTS]
    if not before or CLAUSE_BREAKS & set(ntext[before[-1].end : trigger.start]):
        return None
    return before[-1]


def _after_subject(
    reaction: Hit,
    people: list,
    ntext: str,
    conj: frozenset[str],
    subject_after_verb: bool,
    adjacent: bool = True,
    owned: tuple[str, ...] = (),
) -> list:
    """Mentions after a reaction and its subject (right after the verb where
    the subject follows it, ``context.SUBJECT_AFTER_VERB``). A reaction's
    noun in an owned form (``owned``: "إدانتها") has its subject on it: a
    side named after it ("إدانتها للهجوم الإسرائيلي") is the deed's."""
    after = [m for m in people if m.start >= reaction.end]
    if subject_after_verb and after and not ntext[reaction.start : reaction.end].endswith(owned):
        groups = coordinated_groups(after, ntext, conj, adjacent)
        if len(ntext[reaction.end : groups[0][0].start].split()) <= SUBJECT_GAP:
            subject = {id(m) for m in groups[0]}
            after = [m for m in after if id(m) not in subject]
    return after


# A word, compiled once: ``verb_end`` reads the words after every trigger.


def verb_end(
    trigger: Hit,
    ntext: str,
    light_verbs: frozenset[str],
    auxiliaries: frozenset[str],
    complement_first: frozenset[str] = frozenset(),
) -> int | None:
    """Where the verb of a trigger ends, when the trigger is a verb or a noun
    its light verb follows ("حمله کردند", "دیدار و گفتگو کرد", "محکوم شده
    است"), else None (a noun heading a phrase: "دیدار X با Y"). An adjective
    of ``complement_first`` ends at the light verb after its complement
    ("عازم پکن شد")."""
    where = (trigger.base_start, trigger.base_end, trigger.end, trigger.entry.affix)
    return _verb_end_at(ntext, where, light_verbs, auxiliaries, complement_first)


@lru_cache(maxsize=1024)
def _verb_end_at(
    ntext: str,
    where: tuple[int, int, int, str],
    light_verbs: frozenset[str],
    auxiliaries: frozenset[str],
    complement_first: frozenset[str],
) -> int | None:
    """``verb_end`` of the trigger at ``where`` (its word's start and end,
    its end with affixes, its affix class): all it reads of the trigger.
    Kept for the next call (speed70b: the steps of a verb-final clause ask
    it three times a trigger and once more per later trigger of its type;
    the text's and the lists' hashes are cached by Python)."""
    base_start, base_end, trig_end, affix = where
    tokens = ntext[base_start:base_end].split()
    whole = len(tokens) == 1 and tokens[0] not in complement_first
    if affix == "verb" and (whole or tokens[-1] in light_verbs):
        end = trig_end  # "کشتند", "حمله کردند"; not "حمایت کامل" (its verb comes later)
    else:
        words = list(_WORD_RUN.finditer(ntext[trig_end : trig_end + 40]))
        verb = next((i for i, w in enumerate(words[:3]) if w.group() in light_verbs), None)
        if verb is None:
            # "ناوهای تازه وارد": an adjective of motion with no verb is a whole word
            return trig_end if len(tokens) == 1 and affix == "verb" else None
        end = trig_end + words[verb].end()
    # auxiliaries and person endings written apart ("شده است", "کرده اند")
    for aux in _WORD_RUN.finditer(ntext[end : end + 12]):
        if aux.start() > 1 or aux.group() not in auxiliaries:
            break
        end += aux.end()
    return end


def before_verb(trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str) -> list:
    """In a verb-final language (``context.VERB_FINAL``) a clause ends with its
    verb: who is named after the trigger's verb belongs to the next clause
    ("… تجمع کرده بودند، توسط ماموران امنیتی دستگیر شدند": the police did
    not protest). Kept whole when that leaves too few."""
    first: frozenset[str] = getattr(ctx, "complement_first", frozenset())  # Persian only
    end = verb_end(trigger, ntext, ctx.light_verbs, ctx.auxiliaries, first)
    if end is None:
        return people
    if etype not in DEEDS and infinitive_form(trigger, ntext, ctx):
        # a deed's infinitive is its noun (``commented.verbal_nouns``); that
        # of a saying keeps the clause's subject and takes its own object
        end = _complement_end(end, people, ntext, ctx)
    elif etype in FORCE and infinitive_form(trigger, ntext, ctx):
        # "حمله … به کشته شدن ده غیرنظامی انجامید": its victims up to the
        # result verb (not "باعث خارج کردن بخش خصوصی", crowding out: no victim)
        end = result_end(trigger, end, people, ntext, ctx) or end
    kept = [m for m in people if m.start < end]
    need = 1 if one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


def infinitive_form(trigger: Hit, ntext: str, ctx: Any) -> bool:
    """The trigger is a verb in its infinitive (``context.infinitive_endings``:
    "متهم کردن", "محکوم کردن"): a verbal noun, which ends no clause."""
    return trigger.entry.affix == "verb" and (
        trigger.end > trigger.base_end
        and ntext[trigger.base_end : trigger.end] in ctx.infinitive_endings
    )


# words between an infinitive and its object ("محکوم کردن این اقدام آمریکا")
INFINITIVE_OBJECT_GAP = 2


def _complement_end(end: int, people: list, ntext: str, ctx: Any) -> int:
    """Where an infinitive's object ends: the group of mentions written right
    after it, joined to it as its complement ("با متهم کردن ایران گفت":
    by accusing Iran, he said), not the next clause's subject; ``end``
    when none follows within ``INFINITIVE_OBJECT_GAP`` words."""
    after = [m for m in people if m.start >= end]
    if not after:
        return end
    groups = coordinated_groups(after, ntext, ctx.conjunctions, ctx.adjacent_coordinated)
    gap = ntext[end : groups[0][0].start]
    if CLAUSE_BREAKS & set(gap) or len(gap.split()) > INFINITIVE_OBJECT_GAP:
        return end
    return max(m.end for m in groups[0])


def _earlier_clause_out(s: Sentence, trig: Hit, people: list, ntext: str, ctx: Any) -> list:
    """Where the verb ends its clause, the objects an earlier clause marked
    ("به عربستان و ترکیه سفر کرده بود و قرار است به عمان سفر کند": whom the
    first verb reached) are that verb's, once the trigger's own clause,
    from the earlier verb's end to the trigger, marks its own ("به عمان").
    Only for a deed of the same type told twice, each with its verb (a noun
    heading a phrase, "در آستانه سفر X به Y", takes no clause of its own).
    The subject both clauses share, named unmarked, stays."""
    light, aux = ctx.light_verbs, ctx.auxiliaries
    if verb_end(trig, ntext, light, aux) is None:
        return people
    cut = _same_type_verb_end(s, trig, ntext, light, aux)

    def marked(m: Mention) -> bool:
        return previous_word(ntext, m.start) in ctx.target_preps

    same_type = bool(cut) and any(cut <= m.start < trig.start and marked(m) for m in people)
    if not same_type:
        # after a reaction, all but the shared subject (its first group) were
        # what the reaction was about
        cut = _reaction_verb_end(s, trig, ntext, light, aux)
        if not cut:
            return list(people)  # speed78a: no earlier clause, no groups built
    groups = coordinated_groups(people, ntext, ctx.conjunctions, ctx.adjacent_coordinated)
    if same_type:
        earlier = [g for g in groups if g[0].start < cut and marked(g[0])]
    else:
        earlier = [g for g in groups[1:] if g[0].start < cut]
    return [m for m in people if not any(m in g for g in earlier)]


def _same_type_verb_end(s: Sentence, trig: Hit, ntext: str, light: Any, aux: Any) -> int:
    """Where the last verb of an earlier deed of the trigger's type ends
    before the trigger (0 if none)."""
    same = [t for t in s.triggers if t.entry.value == trig.entry.value]
    ends = [verb_end(t, ntext, light, aux) for t in same]
    return max(
        (e for t, e in zip(same, ends, strict=True) if e and t.end <= e <= trig.start), default=0
    )


def _reaction_verb_end(s: Sentence, trig: Hit, ntext: str, light: Any, aux: Any) -> int:
    """Where the verb of an earlier reaction ends before a joint deed (0 if
    none): "X از Y انتقاد کردند و به ادامه همکاری متعهد شدند" — whom the
    reaction was about is no partner of the pledge the subject made after
    it (prec25fa)."""
    if trig.entry.value not in SYMMETRIC:
        return 0
    ends = [
        verb_end(t, ntext, light, aux)
        for t in s.triggers
        if t.entry.value in REACTIONS - SYMMETRIC and t.end <= trig.start
    ]
    return max((e for e in ends if e and e <= trig.start), default=0)


def _relative_agents_out(
    trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str
) -> list:
    """Where the verb ends its clause, a relative clause stands between a
    subject and its verb ("حزب‌الله که از سوی ایران حمایت می‌شود به مواضع
    اسرائیل حمله کرد"): the agent of its passive verb (``AGENT_MARKERS``
    after ``PASSIVE_RELATIVE_OPENERS``, a ``PASSIVE_VERBS`` verb before the
    trigger) is no party of the main verb. Kept whole when that leaves too
    few."""
    end = verb_end(trigger, ntext, ctx.light_verbs, ctx.auxiliaries) or trigger.end
    own = f" {' '.join(ntext[trigger.end : end + 30].split()[:3])} "
    if any(map(own.__contains__, padded(ctx.passive_verbs))):
        return people  # the main verb is passive too: its agent may be any of them
    first = [m for m in people if _relative_agent(m, trigger, ntext, ctx)]
    if not first:
        return people
    # "که از سوی استونی و نروژ ارائه شد": the whole list after the marker
    groups = coordinated_groups(people, ntext, ctx.conjunctions, ctx.adjacent_coordinated)
    dropped = [x for g in groups if any(m in g for m in first) for x in g]
    kept = [m for m in people if m not in dropped]
    need = 1 if one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


def _relative_deed_out(
    s: Sentence, trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str
) -> list:
    """Where the verb ends its clause, a relative clause before it whose own
    verb tells another event ("ما به حزب‌الله برای موشک‌هایی که مواضع اسرائیل
    را هدف قرار داد تبریک می‌گوییم": Israel was struck, not congratulated)
    names that event's sides, not those of the main verb, a saying or a
    comment (a deed's relative clause may name where it is): from its opener
    (``PASSIVE_RELATIVE_OPENERS``, not after a verb, where it opens what is
    said) to that verb's end. Kept whole when that leaves too few."""
    spans = [span for t in s.triggers if (span := _relative_clause(s, t, trigger, ntext, ctx))]
    if not spans:
        return people
    kept = [
        m
        for m in people
        if not any(a <= m.start < b for a, b in spans)
        or (etype in COMMENTS and _clause_subject(s, m, spans, ntext, ctx))
    ]
    need = 1 if one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


def _clause_subject(
    s: Sentence, m: Any, spans: list[tuple[int, int]], ntext: str, ctx: Any
) -> bool:
    """``m`` is the subject of one of the relative clauses ``spans`` opened
    on a deed's noun: named right after its opener and not marked as an
    object ("تحریم‌هایی را که اتحادیه اروپا علیه روسیه اعمال کرد محکوم کرد":
    the EU did the deed condemned and is whom the comment blames, as English
    "condemned the sanctions that the EU imposed" reads); the target named
    after it stays out. A clause on a person or a thing is left as it was."""
    for a, b in spans:
        if a <= m.start < b and len(ntext[a : m.start].split()) == 1:
            opener = ntext.find(ntext[a:b].split()[0], a)
            return opened_on_deed(s, opener, ntext, ctx) and not _verb_object(m, ntext, ctx)
    return False


# How many words a deed's noun and its complements ("حمله به روستا را") may
# stand before the opener of a relative clause on it.
_ANTECEDENT_WORDS = 8


def _before_deed_antecedent_out(
    s: Sentence, trigger: Hit, people: list, ntext: str, ctx: Any
) -> list:
    """A deed's verb in a relative clause on a deed's noun ("X حمله به روستا
    را که ده نفر را کشت محکوم کرد": the attack that killed ten) has the
    noun's deed as its subject: who stands before that noun (the subject
    of the verb that condemns or reports it) did neither. Its sides are
    those named from the noun on; none when only the condemner stood there
    (bystander30). Only before a comment's verb: who carried the deed out
    ("انجام داد") stands there too."""
    noun = _deed_antecedent(s, trigger, ntext, ctx)
    if noun is None or not any(
        t.start >= trigger.end and t.entry.value in COMMENTS for t in s.triggers
    ):
        return people  # "X حمله‌ای را که … کشت انجام داد": X did it
    return [m for m in people if m.start >= noun]


def _deed_antecedent(s: Sentence, trigger: Hit, ntext: str, ctx: Any) -> int | None:
    """Where the word of a deed of force (``Sentence.force_words``) stands
    that the relative clause holding ``trigger`` is opened on
    (``PASSIVE_RELATIVE_OPENERS`` a few words after it, with no clause
    break between), or None."""
    lead = ntext[s.start : trigger.start]
    at = max((lead.rfind(f" {w} ") for w in ctx.passive_relative_openers), default=-1)
    if at < 0 or CLAUSE_BREAKS & set(lead[at:]):
        return None
    opener = s.start + at
    before = [w for w in s.force_words if w < opener]
    if not before:
        return None
    noun = max(before)
    gap = ntext[noun:opener]
    if len(gap.split()) > _ANTECEDENT_WORDS or CLAUSE_BREAKS & set(gap):
        return None
    return noun


def _relative_clause(
    s: Sentence, t: Hit, trigger: Hit, ntext: str, ctx: Any
) -> tuple[int, int] | None:
    """The span of the relative clause whose verb is trigger ``t``, closed
    before ``trigger``, or None."""
    if t.end > trigger.start or t.entry.value == trigger.entry.value:
        return None
    end = verb_end(t, ntext, ctx.light_verbs, ctx.auxiliaries)
    if end is None or end > trigger.start:
        return None
    lead = ntext[s.start : t.start]
    at = max((lead.rfind(f" {w} ") for w in ctx.passive_relative_openers), default=-1)
    if at < 0 or CLAUSE_BREAKS & set(lead[at:]):
        return None
    before = previous_word(ntext, s.start + at + 1)
    if before in ctx.light_verbs or before in ctx.auxiliaries:
        return None  # "اعلام کرد که …": what is said, no relative clause
    return s.start + at, end


def _relative_objects_out(
    s: Sentence, trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str
) -> list:
    """Where objects follow the verb, a relative clause on the verb's object
    may tell a deed of its own ("رفض القرار الذي أصدره ترامب ويحظر دخول
    المسافرين من ليبيا", "criticised the law that bars Syrian refugees from
    working"): who is named after that clause's verb (a trigger of another
    event) is its object, no addressee of the main verb; who wrote the
    object ("ترامب") stands before it and stays. Kept whole when that
    leaves too few."""
    if trigger.entry.affix != "verb":
        return people
    inner = _relative_verb_after(s, trigger, ntext, ctx)
    if inner is None:
        return people
    kept = [m for m in people if m.start < inner.end or m.kind == "pair"]
    need = 1 if one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


def _relative_verb_after(s: Sentence, trigger: Hit, ntext: str, ctx: Any) -> Hit | None:
    """The first verb trigger of another event after ``trigger`` in its
    clause with a relative pronoun (``RELATIVE_PRONOUNS``) between them."""
    for t in s.triggers:
        if t.start <= trigger.end or t.entry.affix != "verb":
            continue
        if t.entry.value == trigger.entry.value:
            continue  # the same event told again
        gap = ntext[trigger.end : t.start]
        if CLAUSE_BREAKS & set(gap):
            return None
        words = gap.replace(",", " ").split()
        return t if set(words) & ctx.syntax.relatives else None
    return None


def _relative_agent(m: Any, trigger: Hit, ntext: str, ctx: Any) -> bool:
    """``m`` is the agent of a passive verb in a relative clause closed before ``trigger``."""
    if m.end > trigger.start or not ctx.passive_relative_openers:
        return False
    lead = ntext[max(0, m.start - 40) : m.start].rstrip()
    markers = ctx.syntax.agent_markers
    if "" not in markers and not lead.endswith(longer_than(markers)):
        return False  # no marker ends the lead: one test in C first (speed81)
    marker = next((a for a in markers if lead.endswith(a)), None)
    if marker is None:
        return False
    opener = lead[: len(lead) - len(marker)].split()[-1:]
    if not opener or opener[0] not in ctx.passive_relative_openers:
        return False
    between = f" {' '.join(ntext[m.end : trigger.start].split())} "
    return any(f" {v} " in between for v in ctx.passive_verbs)


def one_sided(etype: str, mode: str, ctx: Any) -> bool:
    """Whether an event of this type and mode may name one side only:
    ``ONE_SIDED``, or a type or "TYPE/mode" a language lists in
    ``context.ONE_SIDED_TYPES`` ("CONSULT/meeting": talks whose other side
    is left unnamed, not visits)."""
    return etype in ONE_SIDED or etype in ctx.one_sided or f"{etype}/{mode}" in ctx.one_sided


def _clause_pool(
    s: Sentence, trig: Hit, ntext: str, ctx, pair: tuple[str, ...], etype: str
) -> list:
    """Participants read in the trigger's own clause (``context.CLAUSE_BREAKS``:
    "،", "که", ":" …) when it names enough of them; else [] (the sentence's)."""
    begin = max((ntext.rfind(b, s.start, trig.start) for b in ctx.clause_breaks), default=-1)
    ends = [i for b in ctx.clause_breaks if (i := ntext.find(b, trig.end, s.end)) != -1]
    start = begin + 1 if begin >= s.start else s.start
    stop = min(ends) if ends else s.end
    if s.adverbials:  # "Iran, while condemning Israel, called …": one clause
        start = over_clauses(start, trig, s.adverbials, ntext, ctx.clause_breaks, s.start)
    local = [m for m in s.mentions if start <= m.start < stop]
    if not local:
        return []
    pool = select(
        local,
        pair,
        start=start,
        both_sides=s.both_sides,
        text=ntext,
        conj=ctx.coordinators,
        directed=etype not in SYMMETRIC,
        fill_unknown=ctx.unknown_sides,
        lone_fill=ctx.lone_fill or s.counterpart,
        adjacent=ctx.adjacent_coordinated,
    )
    enough = 1 if one_sided(etype, trig.entry.extra[0], ctx) else 2
    return pool if len({unit(m) for m in pool}) >= enough else []


def _own_side_of_contrast(s: Sentence, trig: Hit, pool: list, ntext: str, ctx) -> list:
    """``pool`` without the mentions across a contrast ("X condemned … while
    Y criticised Z", "… در حالی که …", "… بينما …"): each clause names its own
    participants, even when the trigger's clause names only one. Only a
    contrast clause with a subject of its own is set apart ("met Y while
    visiting Z", "… در حالی که ده نفر را بازداشت کردند", "… في حين اعتقلت
    عشرة" keep the main clause's doer). In a verb-final language the
    contrast clause may stand inside the main one and end at a comma ("X در
    حالی که …، … کردند")."""
    span = _contrast_span(s, trig, ntext, ctx)
    if span is None or not _own_subject(s, span, ntext, ctx):
        return pool
    lo, _, hi = span
    inside = lo < trig.start < hi
    kept = [m for m in pool if (lo < m.start < hi) == inside]
    return kept or pool


def _contrast_span(s: Sentence, trig: Hit, ntext: str, ctx) -> tuple[int, int, int] | None:
    """Where the contrast clause nearest the trigger runs: its word's start,
    its body's start, and its end (the sentence's end or, verb-final, the
    first comma; a trigger after that comma is the main clause's). A break
    written with "…" has words between its parts ("در حالی … که": "X در حالی
    اعلام شد که Y …", the main verb inside): the clause opens at its last part."""
    cuts = [
        (m.start(1), m.end(1))
        for rx, part in zip(*_contrast_patterns(ctx.contrast_breaks), strict=True)
        if ntext.find(part, s.start, s.end) >= 0  # speed74a: no pattern run without its word
        for m in rx.finditer(ntext, s.start, s.end)
    ]
    before = [c for c in cuts if c[0] < trig.start]
    after = [c for c in cuts if c[0] > trig.end]
    if not (before or after):
        return None
    lo, body = max(before) if before else min(after)
    hi = s.end
    if ctx.verb_final:
        hi = _clause_comma(ntext, body, s.end, ctx)
    return lo, body, hi


def _clause_comma(ntext: str, body: int, end: int, ctx) -> int:
    """The first comma after a verb (``context.LIGHT_VERBS``, ``PHRASE_BREAKS``)
    in a verb-final contrast clause: where it ends inside its sentence ("X در
    حالی که … برگزار کردند، …"); a comma inside the clause ("… روز دوشنبه،
    … تهدید کردند") ends nothing."""
    verbs = ctx.light_verbs | (ctx.phrase_breaks - ctx.conjunctions - ctx.object_markers)
    for m in _COMMA.finditer(ntext, body, end):
        before = ntext[body : m.start()].split()[-1:]
        if before and before[0] in verbs:
            return m.start()
    return end


_COMMA = re.compile("[،,]")


# How many words a break written with "…" may hold between its parts.
_SPLIT_WORDS = 6


@lru_cache(maxsize=8)
def _contrast_patterns(
    breaks: tuple[str, ...],
) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """One pattern per contrast break; group 1 is where the clause opens (the
    whole break, or the last part of a split one). With each, the words
    every match of it holds (the break, or its first part): a sentence
    without them is not searched (speed74a)."""
    out, words = [], []
    for b in breaks:
        parts = [re.escape(p.strip()) for p in b.split("…")]
        if len(parts) == 1:
            out.append(re.compile(f"({re.escape(b)})"))
            words.append(b)
        else:
            # words between the parts, none of them the last part itself
            gap = rf"(?:\s+(?!{parts[-1]}\b)\S+){{1,{_SPLIT_WORDS}}}?\s+"
            out.append(re.compile(parts[0] + gap + "(" + parts[-1] + r")\b"))
            words.append(b.split("…")[0].strip())
    return tuple(out), tuple(words)


# How many words may stand between a contrast word and its clause's subject
# ("while the Iranian foreign ministry").
_SUBJECT_GAP = 3


def _own_subject(s: Sentence, span: tuple[int, int, int], ntext: str, ctx) -> bool:
    """Whether the contrast clause names its own subject: a mention close
    after its word, before any event word, neither an object ("… را") nor
    after a participle ("while waving Palestinian flags"); or, where the verb
    comes first, right after its first event word ("بينما انتقدت روسيا")."""
    lo, body, hi = span
    own = [m for m in s.mentions if body <= m.start < hi]
    if not own:
        return False
    first = own[0]
    verb = min((t.start for t in s.triggers if body <= t.start < hi), default=hi)
    gap = ntext[body : first.start].split()
    after = ntext[first.end : first.end + 12].split()[:1]
    if (
        first.start < verb
        and len(gap) <= _SUBJECT_GAP
        and not any(w.endswith(ctx.syntax.gerund_endings) for w in gap if ctx.syntax.gerund_endings)
        and not (gap and gap[-1] in ctx.target_preps)
        and not (after and after[0] in ctx.object_markers)
    ):
        return True
    verbs = [t for t in s.triggers if t.start == verb]
    return bool(ctx.subject_after_verb and verbs and not ntext[verbs[0].end : first.start].strip())


def quote_start(
    ntext: str, start: int, pos: int, cues: list[Hit], saying: frozenset[str] = _SAYING
) -> int | None:
    """Where the quotation or reported speech holding ``pos`` begins ("X
    گفت: «…»", "X said: …", "X اعلام کرد …", ``status.REPORTING_CUES``),
    or None when ``pos`` is not reported in its sentence (``saying``: the
    cue kinds of the verbs that open what is said)."""
    colon = ntext.rfind(":", start, pos)
    guillemet = ntext.rfind("«", start, pos)
    if guillemet >= 0 and ntext.find("»", guillemet, pos) != -1:
        guillemet = -1  # a quotation closed before the trigger
    # a straight quote opens a quotation only when an odd number precede
    straight = ntext.rfind('"', start, pos) if ntext.count('"', start, pos) % 2 else -1
    opened = max(colon, guillemet, straight)
    verb = _last_saying(cues, saying, pos)
    said = verb.end if verb is not None else -1
    if (
        verb is not None
        and verb.entry.kind in _SPEAKER_FIRST
        and any(c.entry.kind == "bound_complementizer" and said <= c.start for c in cues)
    ):
        # where the speaker stands before the verb (``status.ATTRIBUTION_CUES``),
        # a pronoun of the report pointing back to it ("the army said it killed
        # …", "Iran said Israel struck its consulate") makes the deed its own
        said = -1
    # where the speaker follows the verb ("أعلنت الأمم المتحدة أن …"), the
    # report begins at the bare "that" after him
    that = -1
    if said >= 0:  # "that" counts only after a verb of saying
        that = max(
            (c.end for c in cues if c.entry.kind == "complementizer" and said <= c.start < pos),
            default=-1,
        )
    begin = max(opened + 1 if opened >= 0 else -1, said, that)
    return begin if begin > start else None


def _last_saying(cues: list[Hit], saying: frozenset[str], pos: int) -> Hit | None:
    """The cue of ``saying`` ending last by ``pos`` (the first of those
    ending there): ``max(..., key=end)`` read in one loop with no generator
    and key calls (speed72a: several steps ask ``quote_start`` for each trigger)."""
    verb = None
    for c in cues:
        if c.end <= pos and c.entry.kind in saying and (verb is None or c.end > verb.end):
            verb = c
    return verb
