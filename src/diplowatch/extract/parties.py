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

This module keeps the pools and the order of the steps; each step's own
reading lives in a module named for its job (split69p): the types' traits
(``party_traits``), a demand told as an obligation (``demanded``), where
reported speech opens (``quote_opening``) and the pool of a quote
(``quoted_pool``), the trigger's own clause and a contrast
(``own_clause``), onlookers and judges (``onlookers``), the partner of a
conversation (``interlocutor``), envoys' postings (``postings``), a
rejected request's content (``rejected_request``), phrases of cause
(``because_phrase``), a request's addressee (``request_addressee``), the
clause a final verb closes (``final_verb``), relative clauses
(``relative_clause_out``), the speaker as a side (``speaker_side``) and
the sides of a meeting or a visit (``meeting_sides``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.adverbial_clause import outside_clauses
from diplowatch.extract.announcers import without_announcer
from diplowatch.extract.asked_against import against_asked_out
from diplowatch.extract.asked_topic import asked_topic_out
from diplowatch.extract.assembly_venue import assembly_venue_out
from diplowatch.extract.because_phrase import NO_PARTY_IN_CAUSE, outside_because
from diplowatch.extract.caused_deed import causer_out
from diplowatch.extract.charges import outside_charge
from diplowatch.extract.closing_after import after_phrase_out
from diplowatch.extract.concern_accused import own_people_unaccused
from diplowatch.extract.concerned import outside_concern
from diplowatch.extract.coordinated_clause import clause_cuts, own_side_of_coordination
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.demanded import DEMAND, demanded_of
from diplowatch.extract.doers import FORCE, cause_span, marker_doers, outside_cause, reason_span
from diplowatch.extract.final_verb import before_verb, earlier_clause_out, verb_end
from diplowatch.extract.framed_teller import without_framed_teller
from diplowatch.extract.implied import implied_types
from diplowatch.extract.interlocutor import interlocutor_out
from diplowatch.extract.lone_object import warned_content_out
from diplowatch.extract.meeting_sides import sides_of
from diplowatch.extract.onlookers import after_onlooker, before_judgement, no_later_describer
from diplowatch.extract.opposed import opposed_out
from diplowatch.extract.own_clause import clause_pool, own_side_of_contrast
from diplowatch.extract.participants import unit
from diplowatch.extract.party_traits import (
    ADDRESSEE_FIRST,
    COMMENTS,
    COOPERATIVE,
    DEEDS,
    GENITIVE_DOERS,
    PLACE_TARGETS,
    REACTIONS,
    REQUESTS,
    SPOKEN_CONTENT,
    one_sided,
)
from diplowatch.extract.postings import postings_out
from diplowatch.extract.quote_opening import FORCE_SAYING, REPORT_SAYING, quote_start
from diplowatch.extract.quoted_blame import blamed_in_report
from diplowatch.extract.quoted_pool import quoted_pool
from diplowatch.extract.reacted import outside_reaction
from diplowatch.extract.referred import outside_reference
from diplowatch.extract.rejected_request import request_content_out
from diplowatch.extract.relation_partners import relation_partners_out
from diplowatch.extract.relative_clause_out import (
    before_deed_antecedent_out,
    relative_agents_out,
    relative_deed_out,
    relative_objects_out,
)
from diplowatch.extract.relative_deed import relative_doers_first
from diplowatch.extract.request_addressee import addressee_named, pair_kept, request_sides
from diplowatch.extract.request_genitive import asker_first
from diplowatch.extract.scan import Hit
from diplowatch.extract.selected_sides import select
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.extract.speaker_side import speaker_as_dropped_subject, speaker_in_first_person
from diplowatch.extract.split_sides import SUBJECT_GAP, SYMMETRIC
from diplowatch.extract.syntax import stated_doers
from diplowatch.extract.verb_arguments import relative_subject, verb_arguments
from diplowatch.extract.victims import without_victims
from diplowatch.extract.visitors import without_visitors
from diplowatch.text.punctuation import CLAUSE_BREAKS

# colon57: the type a blame by a copula tells (``quoted_blame``)
_BLAMES = frozenset({"ACCUSE"})
# teller111: deeds whose teller in a topic phrase, or whose blamer, is no side
# (``framed_teller``): the deeds done to someone. Not sanctions (mendD111):
# who adopts a law "about" sanctions imposes them.
_FRAMED_DEEDS = DEEDS
# actors62: efforts whose enemy is no side of them (``opposed.opposed_out``)
_JOINT_EFFORTS = COOPERATIVE | frozenset({"SUPPORT"})
# faparties96: a call or a show of support is not done to the partner of the
# trade or relations it is about (extract/relation_partners.py)
_RELATION_TOPIC_TYPES = frozenset({"REQUEST", "SUPPORT"})

MAX_SENTENCE_ACTORS = 6


@dataclass
class Pools:
    """Who may take part in a sentence's events: all together (``joint``,
    for symmetric types) or as sides (``directed``), and where it happens."""

    joint: list[Mention]
    directed: list[Mention]
    location: str | None  # a place named only as where (a city)
    place: str | None  # that, or a state named as where
    # where its coordinated clauses open, read once for all its triggers
    cuts: list[int] | None = None


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
        return demanded_of(s, trig, doc.ntext, doc.ctx.coordinators)
    # 3. the verb's own arguments, the addressee, the doers commented on
    people = _by_arguments(s, doc, trig, etype, stated, people)
    # 4. by word order: before a final verb, the speaker, who reacted
    people = _by_word_order(s, doc, trig, etype, mode, reactions, people)
    people = _genitive_doers(s, trig, etype, people, doc.ntext, doc.ctx)
    if etype in REQUESTS:
        # "رفضت باكستان طلب الولايات المتحدة …": the genitive asked (swap107)
        people = asker_first(trig, people, doc.ntext, doc.ctx)
    # 5. the sides of a meeting or an agreement
    return sides_of(s, doc, trig, etype, mode, people)


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
    reported = quoted_pool(s, doc, trig, etype)
    if reported is not None:
        # "X said Iran and the US would hold talks": the report names both
        # sides of the meeting; its speaker is none
        pool = reported
    elif ctx.clause_breaks:
        pool = clause_pool(s, trig, ntext, ctx, doc.pair, etype) or pool
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
    if etype in _FRAMED_DEEDS:
        # "X درباره حمله … گفت", "X Y را مسئول حمله … دانست": X tells or blames
        pool = without_framed_teller(s, ntext, trig, pool, ctx.lang, etype)
    if ctx.contrast_breaks:
        pool = own_side_of_contrast(s, trig, pool, ntext, ctx)
    # "X arrested Y, and Z condemned …": each clause names its own sides
    if pools.cuts is None:
        pools.cuts = clause_cuts(s, ntext, ctx)
    return own_side_of_coordination(s, trig, pool, ntext, ctx, pools.cuts, etype)


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
    if s.reason is None or s.reason[0] is not s.triggers:
        # the same for every trigger of the sentence: read once (speed70)
        s.reason = (s.triggers, reason_span(s.start, s.end, ntext, ctx, s.triggers))
    reason = s.reason[1]
    people = outside_cause(people, trig, reason, s.force_words)
    # "arrested on charges of spying for Israel": Israel is the charge
    people = outside_charge(people, trig, s, ntext, ctx)
    if etype in NO_PARTY_IN_CAUSE:
        people = outside_because(people, trig, s, ntext, ctx)
    # "X, in response to the attack on Y, said …": X did not attack
    people = outside_reaction(people, trig, s.cues, ntext, (s.end, s.mentions), ctx)
    # "X از بازداشت فعالان ابراز نگرانی کرد": X voices concern (reporter106)
    people = outside_concern(people, trig, etype, s, ntext, ctx)
    # "China voiced concern over the arrest of its citizens": not accused
    people = own_people_unaccused(people, trig, etype, ntext, ctx)
    # "X, referring to the talks of Y and Z, said …": X took no part (bystander101)
    people = outside_reference(people, trig, etype, s, ntext, ctx)
    # "withdrew from the talks, after X's visit": X dates it (bystander104)
    need = 1 if one_sided(etype, trig.mode, ctx) else 2
    return after_phrase_out(people, trig, etype, s, ntext, ctx, need)


def _outside_bystanders(
    s: Sentence, trig: Hit, etype: str, people: list[Mention], doc: DocumentView
) -> list[Mention]:
    """``people`` without those who only look on, describe, judge, are
    spoken with or posted to, or stand inside what is asked or rejected."""
    ntext, ctx = doc.ntext, doc.ctx
    if etype not in REACTIONS:
        # "وصفت الخارجية … وانتقدته": the describer's own criticism is his
        people = after_onlooker(s, trig, people, ntext, ctx)
    if etype in FORCE:
        # "زار الوزير الجرحى …", "visited the wounded": the visitor is no side
        people = without_visitors(trig, people, ntext, s.start, s.end, ctx)
    if etype in DEEDS and ctx.subject_after_verb:
        people = no_later_describer(s, trig, people, ntext)
    if etype in DEEDS and (ctx.judging_verbs or ctx.judged_passives):
        people = before_judgement(s, trig, people, ntext, ctx)
    if etype not in SYMMETRIC | COOPERATIVE | ADDRESSEE_FIRST:
        people = interlocutor_out(s, trig, people, ntext, ctx)
    if ctx.posting_links or ctx.remit_links:
        people = postings_out(people, ntext, ctx)
    if etype in _JOINT_EFFORTS:
        # "بحث الرئيسان الحرب ضد تنظيم داعش": the group is fought, not met;
        # an event never kept with one side keeps it rather than vanish
        need = 1 if one_sided(etype, trig.mode, ctx) else 2
        people = opposed_out(people, ntext, ctx.opposed_markers, need)
    # "praised the bill in parliament": the assembly is where (sides41)
    need = 1 if one_sided(etype, trig.mode, ctx) else 2
    people = assembly_venue_out(etype, trig, people, ntext, ctx, need)
    if etype == "REJECT" and ctx.request_nouns:
        people = request_content_out(s, trig, people, ntext, ctx)
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
            people = addressee_named(s, trig, people, ntext, ctx)
    elif ctx.subject_after_verb and etype not in SYMMETRIC:
        # prec38ar: any directed verb, not only a deed ("الوزير الذي هدد
        # بفرض عقوبات على مصر": the minister threatened)
        people = relative_subject(people, trig, s.triggers, ntext, ctx.syntax)
    if etype in REQUESTS:
        people = request_sides(s, trig, etype, people, doc)
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
        people = [m for m in people if m.strong or not m.place or pair_kept(m, asked_alone)]
    # "a tanker seized off the coast of Oman" seizes nothing of Oman's
    people = [m for m in people if not m.offshore]
    return people


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
        people = relative_objects_out(s, trig, people, ntext, ctx, etype, mode)
    if ctx.first_person_verbs or ctx.first_person_subjects:
        people = speaker_in_first_person(s, trig, people, ntext, ctx)
    if ctx.dropped_subjects and etype in DEEDS:
        saying = FORCE_SAYING if etype in FORCE else REPORT_SAYING
        people = speaker_as_dropped_subject(s, trig, people, ntext, ctx, saying)
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
    people = earlier_clause_out(s, trig, people, ntext, ctx)
    people = relative_agents_out(trig, people, ntext, ctx, etype, mode)
    if etype not in DEEDS:
        people = relative_deed_out(s, trig, people, ntext, ctx, etype, mode)
    else:
        people = before_deed_antecedent_out(s, trig, people, ntext, ctx)
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
