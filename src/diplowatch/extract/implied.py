"""Participants and types the text leaves to the reader.

News names one side of many events and leaves the other understood:
"protests broke out in Basra" (residents against the government), "he was
arrested at the airport" (by the police), "a bomb killed seven in Kabul"
(by unidentified attackers). Event datasets (ACLED, POLECAT) code the
understood side, and so does the spec's gold. The rules are data in
``lang/xx/agents.py``: ``IMPLIED_AGENTS`` (which agent is added when no
actor of a group takes part), ``TYPE_BY_SOURCE`` (a verbal protest by a
crowd is a demonstration, an accusation by a court a legal act) and
``DOMESTIC_TYPES`` (a ban inside one country restricts, it sanctions no
one).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from diplowatch.lang.agent_fields import language_field, shared_field, shared_set
from diplowatch.lang.xx.countries import IGOS
from diplowatch.model import Actor

# The state named as a whole acts through its government.
_WHOLE = "GOV"
# Types whose acting side comes first only when named at or after the
# deed's noun (``crowd_first``): a crowd may itself arrest someone.
_AFTER_NOUN_ONLY = frozenset({"COERCE"})


@cache
def _rules(
    lang: str = "",
) -> tuple[dict[Any, Any], dict[tuple[str, str], Any], dict[str, str]]:
    """The common rules, with a language's own ``agents.TYPE_BY_SOURCE`` and
    ``agents.IMPLIED_AGENTS`` entries over them (``None``: no rule there — an
    Arabic "زيارة" by an army chief is a visit, not a deployment; an Arabic
    report of an arrest or a killing that names no author leaves it unnamed)."""
    tables = []
    for name in ("IMPLIED_AGENTS", "TYPE_BY_SOURCE", "IMPLIED_BY_MODE"):
        table = dict(shared_field(name))
        for key, rule in language_field(lang, name).items():
            if rule is None:
                table.pop(key, None)
            else:
                table[key] = rule
        tables.append(table)
    # rules of a (type, mode) stand in the same table as those of a type
    implied = {**tables[0], **tables[2]}
    return implied, tables[1], dict(shared_field("DOMESTIC_TYPES"))


def implied_mode(etype: str, mode: str, named_agents: frozenset[str]) -> str:
    """``mode`` as the key of its own rules, or "" where a rule of that mode
    stands only while no actor of an agent is named in the sentence
    (``MODE_RULES_UNLESS_NAMED``) and one is: the type's rules decide then."""
    agent = _unless_named().get((etype, mode))
    return "" if agent is not None and agent in named_agents else mode


def side_mode(etype: str, mode: str, actors: list[Actor], lang: str = "") -> str:
    """``mode``, or the mode an agent among ``actors`` gives an event whose own
    mode has no rules (``MODE_OF_SIDE``): workers who demonstrate are read
    as strikers, against their employer rather than the government."""
    if (etype, mode) in _rules(lang)[0]:
        return mode
    agents = {a.agent for a in actors}
    table = _side_modes()
    return next((m for (t, agent), m in table.items() if t == etype and agent in agents), mode)


@cache
def _side_modes() -> dict[tuple[str, str], str]:
    """``MODE_OF_SIDE``, read once."""
    return dict(shared_field("MODE_OF_SIDE"))


@cache
def _unless_named() -> dict[tuple[str, str], str]:
    """``MODE_RULES_UNLESS_NAMED``, read once."""
    return dict(shared_field("MODE_RULES_UNLESS_NAMED"))


def _implied_code(
    rule: tuple[Any, ...], place: str | None, named: str | None, actors: list[Actor], victims: bool
) -> str | None:
    """The country of an understood side: where the event happens, else the
    named side's. A rule may take it from the place only (``"place"``): the
    unknown attackers of a ship at sea are of no country, not the crew's.
    Victims all of other countries than the scene's leave it none: the
    scene names no attacker. An international body named as where ("در
    سازمان ملل", "at the UN") is where someone speaks or gathers, no land:
    the sides understood there are of no country, never the body's."""
    if place in IGOS:
        return None
    code = place if "place" in rule[2:] else place or named
    if rule[0] in shared_set("SCENE_AGENTS"):
        return code  # police arrest where they serve, foreigners too
    if victims and code not in (codes := {a.code for a in actors if a.code}) and codes:
        code = None  # foreign victims: the scene names no attacker
    return code


def add_implied(
    etype: str,
    actors: list[Actor],
    place: str | None,
    lang: str = "",
    mode: str = "",
    victims: bool = False,
    doer: bool = False,
) -> list[Actor]:
    """``actors`` with the understood side added: for each (agent, group) rule
    of the type, an actor of that agent when none of the group takes part,
    first when it is the doer (``IMPLIED_RECIPIENTS`` names the others).
    Its country is where the event happens, else (unless the rule says
    ``"place"``) the named side's; with no side named, both sides are the
    understood ones of the place (not for a ``"lone"`` rule). A rule of the
    type and ``mode`` (``IMPLIED_BY_MODE``: a court passes a sentence) first.
    ``victims``: the named actors are all whom the deed struck ("a car bomb
    killed 14 Iraqi policemen"), so armed ones among them are no doer and
    the understood doer is still added; of the place only when it is the
    victims' own country ("two American soldiers were killed in a drone
    attack in Jordan" names no Jordanian attacker). In an arrest
    (``DOER_FIRST_TYPES``), a state named as a whole after the doer's place
    is where it happened or whose national was taken ("a French journalist
    was arrested on arriving in Egypt"): it keeps no police from being
    understood. ``doer``: the first actor is the named doer (``_not_understood``)."""
    table = _rules(lang)[0]
    # an empty rule of the mode says no side is understood: who seized a
    # tanker nobody names is not known to be the police
    rules = table[(etype, mode)] if (etype, mode) in table else table.get(etype, ())
    if not rules or not (actors or place):
        return actors
    actors = _whole_as_agent(etype, actors, lang)
    return _apply_rules(etype, rules, actors, place, (victims, doer))


def _apply_rules(
    etype: str,
    rules: tuple[Any, ...],
    actors: list[Actor],
    place: str | None,
    flags: tuple[bool, bool],
) -> list[Actor]:
    """``actors`` with each of the type's ``rules`` applied in turn (see
    ``add_implied``, whose ``victims`` and ``doer`` are ``flags``): an
    understood doer goes first, a recipient last, and one rule's side
    counts as taking part for the next. A rule marked ``"coded"`` adds its
    side only where its country is known (agents70fa: the government a town
    is taken from is a known state's, never one of no country)."""
    victims, doer = flags
    # an international body has no land, people or police of its own: the
    # crowd protesting at the UN is of no country the UN gives
    named = next((a.code for a in actors if a.code and a.code not in IGOS), None)
    out = list(actors)
    for rule in rules:
        agent, group = rule[0], rule[1]
        recipient = (etype, agent) in shared_set("IMPLIED_RECIPIENTS")
        if _not_understood(rule, actors, victims, doer and not recipient):
            continue
        if "foreign" in rule[2:] and not _foreign_place(place, actors):
            continue
        code = _implied_code(rule, place, named, actors, victims)
        if code is None and "coded" in rule[2:]:
            continue
        struck = victims and not recipient and not any(a.agent == agent for a in out)
        takes_part = out if recipient else _may_act(etype, out, actors)
        if struck or not any((a.agent or _WHOLE) in group for a in takes_part):
            out.insert(len(out) if recipient else 0, Actor(code, agent=agent))
    return out


def _foreign_place(place: str | None, actors: list[Actor]) -> bool:
    """Whether the sentence names where the event happened and that state is
    none of its named sides' own (a rule marked ``"foreign"``: Iranians let
    go in India are let go by India; Iranians let go in Tehran, or
    hostages of a country's kidnappers, name no side beyond their own)."""
    return place is not None and place not in {a.code for a in actors}


def _not_understood(
    rule: tuple[Any, ...], actors: list[Actor], victims: bool, named_doer: bool
) -> bool:
    """Whether a rule adds nothing here: one marked ``"lone"`` (lang/ar)
    beside anything but one named participant or the counted victims, or an
    unknown doer (``UNKNOWN_DOER_AGENTS``, the unidentified attackers) where
    the first actor is the deed's named doer ("a citizen attacked the
    doctor": none is understood before him)."""
    if "lone" in rule[2:] and not _lone_side(actors, victims):
        return True
    return named_doer and rule[0] in shared_set("UNKNOWN_DOER_AGENTS")


def _lone_side(actors: list[Actor], victims: bool) -> bool:
    """Whether the named actors are one participant, or all whom the deed
    struck: only then is the sole side surely no doer ("قتل 49 شخصا في
    هجوم" names victims; "المتهم بالاعتداء على إمام" names its doer)."""
    return bool(actors) and (victims or len({(a.code, a.agent) for a in actors}) == 1)


def _may_act(etype: str, out: list[Actor], actors: list[Actor]) -> list[Actor]:
    """Those of ``out`` who may have done the deed: in a type of
    ``DOER_FIRST_TYPES``, a state as a whole only in the doer's place."""
    if etype not in shared_set("DOER_FIRST_TYPES"):
        return out
    return [a for a in out if a.agent is not None or a is actors[0]]


@cache
def _whole_agents(lang: str) -> dict[str, str]:
    table = language_field(lang, "WHOLE_STATE_AGENTS")
    if table is None:
        table = shared_field("WHOLE_STATE_AGENTS")
    return dict(table)


def _whole_as_agent(etype: str, actors: list[Actor], lang: str) -> list[Actor]:
    """A state named as a whole in an event of a type of the language's
    ``WHOLE_STATE_AGENTS`` is that agent of it (Persian: in a protest, the
    government protested against), so the side it stands for is coded."""
    agent = _whole_agents(lang).get(etype)
    if agent is None:
        return actors
    return [replace(a, agent=agent) if a.code and a.agent is None else a for a in actors]


def crowd_first(
    etype: str, actors: list[Actor], after_noun: bool = True, mode: str = "", acts: bool = False
) -> list[Actor]:
    """``actors`` with the crowd first when the authorities it acts against
    stand first (``CROWD_FIRST``): a protest is the crowd's deed against
    them, whichever of the two the sentence names first ("السلطات قمعت
    الاحتجاجات", "police dispersed the protests of the workers"); an
    arrest is the police's deed on those held, when they are named at or
    after its noun (``after_noun``: "در بازداشت پلیس", "in the custody of
    the police"; not "protesters detained two policemen"). A state named
    as a whole stands for its government, except in a ``mode`` where it is
    only whom the deed is done to (``CROWD_FIRST_NO_WHOLE_MODES``: an
    apology to Iran is no Iranian deed). A crowd that is the deed's subject
    (``acts``, ``crowd_subject.crowd_acts``: "citizens donated blood to the
    soldiers", "protesters detained a judge") stays first in the types of
    ``CROWD_FIRST_UNLESS_SUBJECT`` and before a court named anywhere."""
    rule = _crowd_rules().get(etype)
    if rule is None or not actors:
        return actors
    crowd, against = rule
    if etype in _AFTER_NOUN_ONLY and not after_noun:
        # a court comes first wherever it is named, in the modes it acts in
        # (``CROWD_FIRST_ANYWHERE``), unless the crowd is the verb's subject
        agents, modes = _anywhere().get(etype, (frozenset(), frozenset()))
        crowd = crowd & agents
        if not crowd or mode not in modes or acts:
            return actors
    if acts and etype in shared_set("CROWD_FIRST_UNLESS_SUBJECT"):
        return actors
    if (actors[0].agent or _WHOLE) not in against:
        return actors
    own = actors[0].code
    whole = mode not in _no_whole_modes().get(etype, frozenset())
    # a state named as a whole acts as its government, when it is not the
    # crowd's own ("أفرج عن صيادين إيرانيين في الهند": India let them go)
    moves = [a.agent in crowd or (whole and _foreign_whole(a, own, crowd)) for a in actors]
    if not any(moves[1:]):
        return actors
    pairs = list(zip(actors, moves, strict=True))
    return [a for a, m in pairs if m] + [a for a, m in pairs if not m]


def _foreign_whole(a: Actor, own: str | None, acting: frozenset[str]) -> bool:
    """Whether ``a`` is another state than ``own`` named as a whole, in a
    rule whose acting side may be a government."""
    return a.agent is None and bool(a.code) and a.code != own and _WHOLE in acting


@cache
def _crowd_rules() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return dict(shared_field("CROWD_FIRST"))


@cache
def _anywhere() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """``CROWD_FIRST_ANYWHERE``, read once."""
    return dict(shared_field("CROWD_FIRST_ANYWHERE"))


def subject_guarded(etype: str) -> bool:
    """Whether ``crowd_first`` asks, for this type, whether the crowd is the
    deed's subject (its ``acts``): spared for every other type."""
    return etype in shared_set("CROWD_FIRST_UNLESS_SUBJECT") or etype in _anywhere()


@cache
def _no_whole_modes() -> dict[str, frozenset[str]]:
    """The modes of each crowd-first type in which a state named as a whole
    is only whom the deed is done to (``CROWD_FIRST_NO_WHOLE_MODES``): read
    once, since every event of those types asks."""
    return dict(shared_field("CROWD_FIRST_NO_WHOLE_MODES"))


def implied_types(lang: str = "") -> frozenset[str]:
    """Types whose understood sides can stand alone at a named place."""
    return frozenset(k for k in _rules(lang)[0] if isinstance(k, str))


@cache
def _domestic_non_events() -> dict[str, frozenset[str]]:
    return dict(shared_field("DOMESTIC_NON_EVENTS"))


def at_home_no_event(etype: str, actors: list[Actor]) -> bool:
    """Whether an act of this type by its first actor's agent, with every
    actor of one country or none, is no event of it (``agents.
    DOMESTIC_NON_EVENTS``: a parliament's allotment at home is a budget)."""
    agents = _domestic_non_events().get(etype)
    if not agents or not actors or actors[0].agent not in agents:
        return False
    return len({a.code for a in actors if a.code}) <= 1


def type_by_source(etype: str, mode: str, actors: list[Actor], lang: str = "") -> str:
    """The type an event has given who acts first ("workers protested" is a
    demonstration, "the court accused him" a legal act) and whether all of
    it happens inside one country (a ban at home restricts, a ban on another
    state sanctions), else ``etype``."""
    by_source, domestic = _rules(lang)[1], _rules(lang)[2]
    shifted, sources = by_source.get((etype, mode), (etype, ()))
    person = bool(actors and actors[0].role) and (etype, mode) in shared_set("FORCES_ONLY")
    if actors and (actors[0].agent or _WHOLE) in sources and not person:
        return str(shifted)
    codes = {a.code for a in actors}
    if etype in domestic and len(codes) == 1 and None not in codes and len(actors) > 1:
        return str(domestic[etype])
    return etype
