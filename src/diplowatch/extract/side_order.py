"""The order of a side's actors: who acts first.

``side_actors``: holders, givers, forces and the doer put before whom
they act on, the objects and the doer at the scene. Its own module because
the doer-first readings are one family that ``side_event`` asks once per
event, apart from the actors an event's words imply (``implied_sides``).
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.clause_doers import clause_doers_first
from diplowatch.extract.commented import is_commented
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.demanded import DEMAND
from diplowatch.extract.denied_objects import DENIED_MARK
from diplowatch.extract.distinct import governed
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.doers import (
    active_verb,
    attackers_first,
    doers_first,
    keepers_first,
    without_blamers,
)
from diplowatch.extract.fronted_object import subject_after_object
from diplowatch.extract.genitive_source import genitive_source_first
from diplowatch.extract.held_criminals import HOLDING, held_as_criminals
from diplowatch.extract.holders import authorities_first, told_by_support
from diplowatch.extract.invitations import invited_last
from diplowatch.extract.joined import passive
from diplowatch.extract.listed_doers import listed_doers_first
from diplowatch.extract.participants import actor_list, members_met, unit
from diplowatch.extract.places import site_owner_struck
from diplowatch.extract.received import givers_first, summoners_first
from diplowatch.extract.relative_sides import relative_doers_first
from diplowatch.extract.reported_owner import reported_subject_first
from diplowatch.extract.request_addressee import ADDRESSEE_REACH
from diplowatch.extract.request_owner import request_owners_first
from diplowatch.extract.responded import critics_first
from diplowatch.extract.scan import Hit
from diplowatch.extract.selected_sides import own_agent_nouns
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.split_sides import SYMMETRIC
from diplowatch.extract.struck_armed import STRIKES, struck_as_militants
from diplowatch.extract.summoned import envoys_last
from diplowatch.extract.time_clause import main_clause_victims, subclause_doers_first
from diplowatch.extract.victims import commented_phrase
from diplowatch.extract.victims_only import struck_last
from diplowatch.model import Actor

FORCE = having("force")


def side_actors(
    s: Sentence, doc: DocumentState, trig: Hit, etype: str, side: list[Mention]
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


def _holders_first(
    s: Sentence, doc: DocumentState, trig: Hit, side: list[Mention]
) -> list[Mention]:
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
    return held_as_criminals(side, doc.ntext, s.end, doc.lang, s.mentions)


def _told_actively(trig: Hit, doc: DocumentState) -> bool:
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
    s: Sentence, doc: DocumentState, trig: Hit, etype: str, side: list[Mention]
) -> list[Mention]:
    """``side`` reordered so that whoever did the deed comes first, whatever
    the sentence names first: the group a doer marker introduces, the giver
    of what was received, the attackers of the owner of a site struck."""
    ctx = doc.ctx
    if etype == "REQUEST":
        # "قبوله دعوة العاهل السعودي": the accepter was invited
        side = invited_last(side, trig, doc.ntext, ctx.invitation_accepted)
    if trig.entry.extra[0] == DEMAND:
        return side  # asker first already (``demanded.demand_sides``)
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
    side = relative_doers_first(side, trig, doc.ntext, ctx)
    # sides104: "الحصار الذي فرضته إسرائيل", "the sanctions that Iran imposed"
    return clause_doers_first(side, trig, doc.ntext, ctx, s.mentions)


def _givers_first(s: Sentence, doc: DocumentState, trig: Hit, side: list[Mention]) -> list[Mention]:
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
    s: Sentence, doc: DocumentState, trig: Hit, side: list[Mention]
) -> list[Mention]:
    """A deed of force's side with its attackers before its victims, however
    the sentence orders them: a subclause's doers, the main clause's dead,
    the owner of a site struck, the keepers of a place of custody."""
    ctx = doc.ctx
    # "two soldiers were killed when militants attacked …"
    side = subclause_doers_first(side, s.force_words, doc.ntext, (s.start, s.end), ctx)
    side = main_clause_victims(side, s.mentions, doc.ntext, (s.start, s.end), ctx)
    side = site_owner_struck(side, s.mentions, trig)
    side = attackers_first(struck_last(s, doc, side))
    # "در بازداشتگاه پلیس جان باخت": the keepers held the dead
    return keepers_first(side, doc.ntext, ctx)


def _objects(side: list[Mention], trig: Hit, etype: str, doc: DocumentState) -> frozenset[int]:
    """The side's mentions the trigger governs as its object; none in a
    meeting, where "the president chaired the cabinet" is his own body's
    session (``members_met`` reads its members)."""
    if etype in SYMMETRIC:
        return frozenset()
    ctx = doc.ctx
    markers = (ctx.target_preps, ctx.object_markers)
    span = (trig.start, trig.end)
    return governed(side, span, doc.ntext, ctx.verb_final, markers, ADDRESSEE_REACH)


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


def _behind_list_head(side: list[Mention], s: Sentence, doc: DocumentState) -> bool:
    """Whether the side's first-named mention is a later item of a
    coordinated list whose head is no side of it (codoers94: China's event
    of "أدانت روسيا والصين اليابان"): the words before it are its co-doers,
    no object fronted before a subject (``subject_after_object``)."""
    first = min(side, key=lambda m: m.start, default=None)
    if first is None:
        return False
    return list_head([first], s, doc)[0].start != first.start


def list_head(side: list[Mention], s: Sentence, doc: DocumentState) -> list[Mention]:
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
