"""Which triggers of a sentence may tell an event of their own.

``trigger_candidates``: a sentence's triggers without those that tell history, an
object of another trigger, a thing asked, a slogan told again, an obligation
or an unreal clause, and the force words no attacker is named for. Its own
module because it is one filter the sentence step and the sideless step
both ask before any sides are read.
"""

from __future__ import annotations

from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.accident_attack import attack_against_accident
from diplowatch.extract.agent_groups import ARMED_AGENTS
from diplowatch.extract.agreed_content import agreed_content_out, pledged_verbs
from diplowatch.extract.asked_reactions import asked_reaction
from diplowatch.extract.class_holders import held_by_class
from diplowatch.extract.demanded import DEMAND
from diplowatch.extract.disaster_concern import drop_disaster_concern
from diplowatch.extract.document_state import REACTIONS, DocumentState
from diplowatch.extract.driven import driver_named
from diplowatch.extract.endangered import endangers_good
from diplowatch.extract.final_verb import infinitive_form
from diplowatch.extract.history import (
    DATED_KINDS,
    OLD_YEAR,
    PAST_KINDS,
    THAT_KINDS,
    dated_lately,
    habit_cues,
    old_year_spans,
    recent_date_spans,
    told_as_history,
)
from diplowatch.extract.hope_clause import bounds_of
from diplowatch.extract.hosted import hosts_crowd
from diplowatch.extract.hypothetical import PermissionReach, guessed_subject, hypothetical_starts
from diplowatch.extract.licensed import Reach, licensed_objects_out
from diplowatch.extract.may_clause import may_outcome
from diplowatch.extract.modal_subject import modal_subject
from diplowatch.extract.named_topic import named_as_topic
from diplowatch.extract.nonevents import (
    asked_for,
    content_of,
    in_title,
    meeting_occasion,
    object_of,
    refused_word,
    strikers_named,
    victims_described,
)
from diplowatch.extract.obliged_clause import obliged_in_clause
from diplowatch.extract.occasion import reaching, sentence_occasions
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.standing import standing_relative
from diplowatch.extract.summit_setting import summit_setting
from diplowatch.extract.syntax import governed_out, stated_doers, verb_objects_out
from diplowatch.extract.trigger_status import event_status
from diplowatch.extract.verb_mood import may_happen
from diplowatch.extract.victims_only import ACCIDENT_WORD, attack_told

COVERS_COOPERATION = having("covers_cooperation")
FORCE = having("force")
SLOGANS = having("slogan")


def _no_attacker(s: Sentence, doc: DocumentState) -> bool:
    """Whether a sentence tells a disaster or an accident (``status.DISASTER_CUES``:
    a flood, a fuel tanker that exploded, a building that collapsed) with no
    one's use of force: no armed actor named and no word of an attack of its
    own (``status.ATTACK_CUES``: a car bomb, a suicide bomber, gunmen who set
    fire). Such deaths have no attacker, so they are no ASSAULT. A
    shooting called an accident (``status.ACCIDENT_CUES``: "a shooting
    accident") is one too: its attack word is cancelled (mendA70). A
    vehicle with its driver named ("سيارة مستوطن", "توسط شهرک‌نشینان") may
    have been driven at someone: no accident told (``driver_named``, mendA86).
    An accident one side claims, an attack told against it after "but" or
    "بينما" (``attack_against_accident``, mendA106), is no accident alone."""
    kinds = {c.entry.kind for c in s.cues}
    if not {"disaster", ACCIDENT_WORD} & kinds or attack_told(s):
        return False
    if attack_against_accident(s, doc.ntext, doc.lang):
        return False
    if driver_named(s.mentions, doc.ntext, doc.ctx.driver_markers):
        return False
    return not any(m.agent in ARMED_AGENTS for m in s.mentions)


def trigger_candidates(s: Sentence, doc: DocumentState) -> tuple[list[Hit], set[int], list[Hit]]:
    """The triggers that stand for events, the starts of those whose
    participants are stated after them ("the release of prisoners by X"),
    and the sentence's reactions."""
    ntext, ctx = doc.ntext, doc.ctx
    candidates, stated = _not_objects(s, doc)
    if _no_attacker(s, doc):
        # "an earthquake struck southern Turkey, killing 40": no attack
        candidates = [t for t in candidates if t.entry.value not in FORCE]
    # "concern about the wildfires in Turkey": sympathy, no accusation
    candidates = drop_disaster_concern(candidates, s, ntext, ctx)
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


def _unreal_starts(s: Sentence, doc: DocumentState) -> set[int]:
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
        PermissionReach(
            ctx.permitted_verb_leads,
            ctx.permission_stops,
            ctx.permitted_deed_results,
            ctx.ruled_out_stops,
            ctx.ruled_out_glued,
            ctx.definite_starts,
        ),
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
    cue and not silenced as asked (``trigger_candidates``)."""
    return bool(ctx.verb_final) and t.entry.extra[0] == DEMAND


def _told_once(
    candidates: list[Hit], s: Sentence, doc: DocumentState, asked: list[Hit], stated: set[int]
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
    candidates: list[Hit], asked: list[Hit], s: Sentence, doc: DocumentState
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
        and event_status(t, s, doc) != "planned"
    )


def _maker_stated(t: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """Whether a noun's doers are stated right after it ("a request by France")."""
    return bool(ctx.syntax.active and stated_doers(t, s.mentions, ntext, ctx.syntax))


def _not_objects(s: Sentence, doc: DocumentState) -> tuple[list[Hit], set[int]]:
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


def _not_history(s: Sentence, doc: DocumentState, candidates: list[Hit]) -> list[Hit]:
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
    occasions = sentence_occasions(s, doc, history)
    old = old_year_spans(s, doc)
    if any(c.entry.kind in PAST_KINDS for c in history) or old or ctx.syntax.active:
        some_old = old or OLD_YEAR.search(ntext, s.start, s.end)
        counted = doc.counted_in(s) if OLD_YEAR.search(ntext, s.start, s.end) else []
        recent = recent_date_spans(s, doc) if some_old else []
        candidates = [
            t
            for t in candidates
            if not told_as_history(
                t,
                s.triggers,
                reaching(t, history, occasions, s, doc),
                ntext,
                ctx,
                old,
                counted,
                recent,
            )
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
