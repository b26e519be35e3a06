"""One event from a trigger and its side: its actors, shown type and evidence.

``side_event`` builds the event; ``_too_few`` and ``_may_stand_alone``
tell when a side of one is enough. Its own module because it joins what
``side_order`` and ``implied_sides`` read into the event the sentence step
keeps.
"""

from __future__ import annotations

from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import STATE_BODIES
from diplowatch.extract.backed_crowd import backed_crowd
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.forces_own import forces_alone
from diplowatch.extract.implied import add_implied, at_home_no_event, type_by_source
from diplowatch.extract.implied_sides import with_implied
from diplowatch.extract.in_office import in_office
from diplowatch.extract.launched import launched_sides
from diplowatch.extract.lone_object import (
    ONE_SIDED_DROPPED,
    asked_beside_content,
    charged_first,
    object_alone,
    passive_subject,
    patient_alone,
    unnamed_doer,
)
from diplowatch.extract.meeting_sides import VISITS
from diplowatch.extract.participants import counterpart_lent
from diplowatch.extract.parties import Pools
from diplowatch.extract.party_traits import COMMENTS, one_sided
from diplowatch.extract.places import (
    place_as_target,
    place_before_verb,
    place_struck,
    place_visited,
)
from diplowatch.extract.ranked import ranked_traveller
from diplowatch.extract.scan import Hit
from diplowatch.extract.scene_targets import asked_at_scene
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.side_order import list_head, side_actors
from diplowatch.extract.victims import comments_on_struck
from diplowatch.model import Actor, Event, Evidence
from diplowatch.text.normalize import Normalized
from diplowatch.text.segment import clause_pieces, evidence_span

FORCE = having("force")
MULTILATERAL = having("multilateral")
PLACE_SIDES = having("place_side")


def _too_few(
    s: Sentence,
    doc: DocumentState,
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


def side_event(
    s: Sentence,
    doc: DocumentState,
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
    side, actors = side_actors(s, doc, trig, etype, side)
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
        list_head(side, s, doc),
        with_implied(s, doc, trig, shown, mode, side, actors, pools),
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
        evidence=evidence_of(doc.text, doc.norm, s, trig, side),
        trigger=doc.text_of(trig.base_start, trig.base_end),
    )


def _may_stand_alone(
    s: Sentence, doc: DocumentState, trig: Hit, shown: str, mode: str, side: list[Mention]
) -> bool:
    """Whether one actor makes the event: a one-sided type whose object is
    no condemned genitive, a bloc acting alone, or a comment on a place struck."""
    ctx = doc.ctx
    return (
        (
            one_sided(shown, mode, ctx)
            and not _condemned_genitive(shown, trig, list_head(side, s, doc), doc.ntext, ctx)
        )
        or _bloc_alone(shown, side)
        or (shown in COMMENTS and comments_on_struck(s, trig, doc.ntext, ctx))
        or asked_at_scene(shown, trig, side, s.mentions, doc.ntext, ctx)
        or asked_beside_content(shown, trig, side, s.mentions, doc.ntext, ctx)
    )


def _unnamed_doer_first(
    etype: str, trig: Hit, side: list[Mention], actors: list[Actor], doc: DocumentState
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


def _shown_type(
    s: Sentence,
    doc: DocumentState,
    trig: Hit,
    etype: str,
    mode: str,
    actors: list[Actor],
    pools: Pools,
) -> tuple[str, list[Actor]]:
    """``side_event``'s type as its source tells it, and its actors with the
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


def evidence_of(text: str, norm: Normalized, s: Sentence, trig: Hit, side: list[Any]) -> Evidence:
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


def _among_own(mode: str, actors: list[Actor]) -> bool:
    """Whether a ceremonial event or an arrival names fewer than two states,
    or a visit does where no one of a state's bodies travels: people going
    home or about their own country ("ماهیگیران ایرانی عازم تهران هستند")
    meet no one."""
    if len({a.code for a in actors if a.code}) >= 2:
        return False
    private = all(a.agent not in STATE_BODIES for a in actors)
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


def _bloc_alone(etype: str, side: list[Mention]) -> bool:
    """A meeting or agreement of one organisation's members is an event of
    that organisation alone ("ASEAN foreign ministers met in Vientiane")."""
    return etype in MULTILATERAL and len(side) > 0 and all(m.kind == "igo" for m in side)
