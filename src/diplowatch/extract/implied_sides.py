"""The actors an event of force implies when the text names none.

``with_implied``: unnamed attackers for victims alone, the police or
soldiers beside a protest left out, where the deed happened. Its own module
because these readings add or drop actors the text does not name, apart
from the order of those it names (``side_order``).
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import ARMED_FORCES, UNNAMED_ATTACKERS
from diplowatch.extract.armed_protest import armed_as_crowd, armed_protesters, bystander_forces_out
from diplowatch.extract.captives import captives_mode
from diplowatch.extract.crowd_subject import crowd_acts
from diplowatch.extract.document_state import DocumentState
from diplowatch.extract.doers import ascribed_doer
from diplowatch.extract.genitive_agent import genitive_agent_sides
from diplowatch.extract.implied import (
    add_implied,
    crowd_first,
    implied_mode,
    side_mode,
    subject_guarded,
)
from diplowatch.extract.named_doer import doer_named
from diplowatch.extract.parties import Pools
from diplowatch.extract.place_doer import (
    own_people_doer_out,
    own_people_first_place_out,
    place_state_out,
    struck_state_codes,
    verb_subjects,
    where_state_codes,
    where_states_out,
)
from diplowatch.extract.protest_victims import police_for_protesters
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.struck_passive import attackers_in_deed
from diplowatch.extract.vessels import VESSEL
from diplowatch.extract.victims_only import attack_told, victims_only
from diplowatch.model import Actor

FORCE = having("force")


def with_implied(
    s: Sentence,
    doc: DocumentState,
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
    named only beside it they are no side of it (``_bystanders_out``);
    protesters struck alone were struck by the police (``protest_victims``)."""
    ctx = doc.ctx
    victims, doer = _victims_or_doer(s, doc, trig, shown, side, actors)
    # a deed of force before the protest ("قمعت الشرطة احتجاجاتهم"): the
    # armed men did it to the protest, whoever owns it
    forced = any(s.start <= w < trig.start for w in s.force_words)
    armed = shown == "PROTEST" and armed_protesters(side, trig, doc.ntext, ctx, forced)
    place = _deed_place(actors, pools)
    if shown in FORCE and not doer:
        told = attack_told(s)
        actors, victims, place = _places_out(actors, side, trig, doc, (victims, told), place)
    if shown == "PROTEST" and not armed:
        actors, place = _bystanders_out(actors, side, trig, doc, place)
    # a strike with a government actor named keeps the government understood
    rule_mode = side_mode(shown, mode, actors, ctx.lang)
    rule_mode = implied_mode(shown, rule_mode, _named_agents(s))
    rule_mode = captives_mode(shown, rule_mode, side, doc.ntext, ctx.lang)
    out = add_implied(shown, actors, place, ctx.lang, rule_mode, victims, doer)
    if victims and not doer:
        out = police_for_protesters(out, side, doc.ntext, ctx.lang, (s, trig))
    if not doer and (victims or attackers_in_deed(side, trig, doc.ntext, ctx)):
        out = _unnamed_attackers_first(out)
    if not doer:
        subjects = verb_subjects(trig, side, doc.ntext, ctx)
        out = own_people_doer_out(shown, mode, out, subjects)
        if attack_told(s):
            struck = struck_state_codes(side, doc.ntext, ctx)
            where = where_state_codes(side, trig, doc.ntext, ctx)
            out = own_people_first_place_out(shown, out, struck, where)
    if armed:
        return armed_as_crowd(out, actors)
    acts = bool(out) and subject_guarded(shown)
    acts = acts and crowd_acts(trig, side, out[0].agent, doc.ntext, ctx)
    return crowd_first(shown, out, _keepers_after_noun(side, trig), mode, acts)


def _unnamed_attackers_first(actors: list[Actor]) -> list[Actor]:
    """``actors`` of a deed told of its victims alone with the unidentified
    attackers the sentence names (UAF: "في هجوم إرهابي", "في عملية دهس
    نفذها") first: "قتل 3 جنود في عملية دهس" and "قتل الشرطي في هجوم
    إرهابي" name the soldiers and the policeman struck first, but the
    attackers did the deed (agentsar83). With no victims-only reading an
    armed group named first stays the doer (``doers.attackers_first``)."""
    attackers = [a for a in actors if a.agent == UNNAMED_ATTACKERS]
    if not attackers or actors[0].agent == UNNAMED_ATTACKERS:
        return actors
    return attackers + [a for a in actors if a.agent != UNNAMED_ATTACKERS]


def _victims_or_doer(
    s: Sentence, doc: DocumentState, trig: Hit, shown: str, side: list[Mention], actors: list[Actor]
) -> tuple[bool, bool]:
    """Whether a deed of force names only its victims (its doer is then
    understood) and whether it names its doer (``with_implied``)."""
    # "X مورد حمله یک دانشجو قرار گرفت": the counted side inside the passive did it
    named = genitive_agent_sides(trig, side, doc.ntext, doc.ctx) is not None
    # "… به ایران نسبت داده شد": the side the deed is put on did it (sides85)
    named = named or (shown in FORCE and ascribed_doer(side, trig, doc.ntext, doc.ctx))
    victims = shown in FORCE and not named and victims_only(s, doc, trig, side)
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
    return any(a.agent == ARMED_FORCES for a in actors) and any(
        m.agent == ARMED_FORCES and m.start <= trig.start < m.end for m in s.mentions
    )


def _places_out(
    actors: list[Actor],
    side: list[Mention],
    trig: Hit,
    doc: DocumentState,
    victims_told: tuple[bool, bool],
    place: str | None,
) -> tuple[list[Actor], bool, str | None]:
    """``actors`` of a deed of force with no doer named, without the states
    that only tell where it happened, whether its side is then its victims
    alone, and the deed's place (the state taken out, unless one is known).
    ``victims_told``: whether the side is its victims alone, and whether the
    sentence tells an attack (``attack_told``)."""
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
    actors: list[Actor], side: list[Mention], trig: Hit, doc: DocumentState, place: str | None
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


def _deed_place(actors: list[Actor], pools: Pools) -> str | None:
    """Where the deed happened, for the country of its understood sides;
    none when its only sides are ships (``vessels.VESSEL``): a ship is
    struck at sea, and a country the sentence names elsewhere ("وزیر خارجه
    آمریکا در نیویورک حمله به کشتی تجاری را محکوم کرد") is not its
    attacker's (assault34fa)."""
    if actors and all(a.agent == VESSEL for a in actors):
        return None
    return pools.place
