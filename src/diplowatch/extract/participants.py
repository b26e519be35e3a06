"""Who takes part in a sentence's event: actor units, their sides, their codes.

A participant is a *unit*: a country or organisation code together with the
agent acting for it (``("IRQ", "COP")`` for Iraqi police, ``("IRQ", None)``
for Iraq as a whole). Two units of one country make a domestic event
("police arrested protesters"); a mention of a country and of its
government in one event are the same participant.
"""

from __future__ import annotations

from diplowatch.extract.actors import PERSONAL_ROLES, Mention
from diplowatch.extract.scan import Hit
from diplowatch.model import Actor

Unit = tuple[str, str | None, str | None]

# Words a verb-first sentence may put between the verb and its subject
# (a date: "أعلنت اليوم الاثنين ليبيا …").
SUBJECT_GAP = 3
# Types whose participants act together (one event with everyone) rather
# than one side acting on another (one event per source–target pair).
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def unit(m: Mention) -> Unit:
    """A state named as a whole and its government are one participant; a
    former office-holder is a participant of his own, and so are two named
    parties or movements of one country ("Fatah and Hamas")."""
    return (
        m.code,
        m.agent or ("former" if m.former else "GOV"),
        m.name if m.kind == "group" else None,
    )


def fill_codes(
    mentions: list[Mention],
    home: str,
    dateline: str = "",
    pair: tuple[str, ...] = (),
    sent: frozenset[str] = frozenset(),
    stateless: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Give agent mentions with no country of their own (``code == ""``)
    the country the sentence tells.

    A person's title ("the minister") or an embassy is the home country's,
    whatever foreign partner the sentence names; with no home, in an article
    about two countries, it is the one of the pair the sentence does not
    name ("the minister met his Korean counterpart"). Troops (``sent`` agents) belong to
    the state named before them. Other agents (police, protesters,
    militants) take the place where they act ("police in Cairo"), else the
    one country the sentence names, else the dateline's country. Returns the
    mentions left: troops of a state named as a whole are that state's
    agent ("Russia withdrew troops" is one actor, Russia's military).
    """
    kept: list[Mention] = []
    places = [m for m in mentions if (m.location_only or m.place) and m.code]
    codes = {m.code for m in mentions if m.code and m.kind != "agent"}
    weak_states = [m for m in mentions if m.kind == "state" and not m.strong and m.code]
    for m in mentions:
        kept.append(m)
        if m.place:
            m.strong = False
        if m.code or m.kind == "group" or m.agent in stateless:
            continue  # a movement named with no country keeps none (IS, al-Qaeda)
        group = next(
            (x for x in reversed(mentions) if x.end <= m.start and x.kind == "group"), None
        )
        if group is not None and group.agent == m.agent and not m.role:
            kept.pop()  # "the party", "the movement": the one just named
            continue
        sender = next(
            (x for x in reversed(mentions) if x.end <= m.start and x.strong and x.code), None
        )
        if m.home_bound or m.role in PERSONAL_ROLES:
            rest = set(pair) - {x.code for x in mentions if x.code}
            m.code = home or (rest.pop() if len(pair) == 2 and len(rest) == 1 else "")
        elif m.agent in sent and sender is not None and not sender.location_only:
            m.code = sender.code
            if sender.agent is None:
                sender.agent = m.agent
                kept.pop()
        elif places or weak_states:
            # "police in Cairo", "militants' positions in Syria"
            m.code = min(places or weak_states, key=lambda p: abs(p.start - m.start)).code
        elif len(codes) == 1:
            m.code = next(iter(codes))
        else:
            m.code = dateline
        if not m.code:
            m.strong = False  # a participant only when nobody else is named
    return kept


def coordinated_groups(
    mentions: list[Mention], text: str, conj: frozenset[str]
) -> list[list[Mention]]:
    """Split mentions into runs joined only by conjunctions and commas."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and unit(m) == unit(groups[-1][-1]):
            continue  # the same actor named again ("… آسيا (آسيان)")
        if groups:
            gap = text[groups[-1][-1].end : m.start].strip()
            if gap == "" or gap in conj or all(w in conj for w in gap.split()):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def select(
    mentions: list[Mention],
    pair: tuple[str, ...],
    *,
    start: int,
    both_sides: bool,
    text: str = "",
    conj: frozenset[str] = frozenset(),
    directed: bool = False,
    unknown_ok: bool | None = None,
    fill_unknown: bool = False,
) -> list[Mention]:
    """The sentence's participants: strong mentions (or, in a text that
    names no country (``unknown_ok``, by default: no main pair), the
    agents of unknown country), then one weak mention
    when fewer than two units are strong (or all strong ones act together
    in a directed event), then the article's main pair for "the two sides",
    then (``fill_unknown``) agents of unknown country while fewer than two
    units are found."""
    strong = [m for m in mentions if m.strong and not m.location_only]
    if not strong and (not pair if unknown_ok is None else unknown_ok):
        # A text that names no country: agents of unknown country take part
        # ("police arrested protesters"), with a null code. (In a text that
        # names countries they are one of theirs, unknown which.)
        strong = [m for m in mentions if not m.code and m.agent and not m.location_only]
    units = {unit(m) for m in strong}
    codes = {u[0] for u in units}
    chosen = list(strong)
    if len(codes) < 2 or (directed and len(coordinated_groups(strong, text, conj)) == 1):
        for m in mentions:
            # a title of no known country ("the leaders") is no participant
            # a place ("in Iran", "cities of Iran") is no participant
            if (
                not m.strong
                and not m.location_only
                and not m.place
                and m.code
                and unit(m) not in units
            ):
                chosen.append(m)
                units.add(unit(m))
                codes.add(m.code)
                break
    lone_in_pair = bool(codes) and codes <= set(pair)
    if len(units) < 2 and len(pair) == 2 and (both_sides or lone_in_pair):
        for code in pair:
            if code not in codes:
                chosen.append(Mention(start, start, code, "pair", False))
                units.add((code, None, None))
    for m in mentions:
        if not fill_unknown or len(units) >= 2:
            break
        # police, gunmen, a minister whose country the sentence does not
        # tell: a side of unknown country rather than no event at all
        # (``context.UNKNOWN_SIDES``)
        if m.kind == "agent" and not m.code and m.agent and unit(m) not in units:
            chosen.append(m)
            units.add(unit(m))
    chosen.sort(key=lambda m: m.start)
    return chosen


def split(
    etype: str, people: list[Mention], text: str, conj: frozenset[str]
) -> list[list[Mention]]:
    """Source–target sides from the first two coordinated groups.

    "X, Y and Z cut ties with Q" gives X–Q, Y–Q, Z–Q (no pairs among the
    co-acting states); joint types (meetings, agreements) keep everyone in
    the two groups together. Later mentions are topics or places.
    """
    if len({unit(m) for m in people}) <= 2:
        return [people]
    groups = coordinated_groups(people, text, conj)
    if len(groups) == 1:
        # Co-acting states alone ("A and B prepare aid") are not a pair for a
        # directed event; a joint meeting of a listed group is.
        return [groups[0]] if etype in SYMMETRIC else []
    if etype in SYMMETRIC and not (len(groups[0]) == 1 and len(groups[1]) > 1):
        return [groups[0] + groups[1]]
    # One actor meeting several in turn (a tour) is several bilateral events.
    out = [[s, t] for s in groups[0] for t in groups[1] if unit(s) != unit(t)]
    return out or [groups[0] + groups[1]]


def local_split(
    start: int,
    end: int,
    people: list[Mention],
    text: str,
    conj: frozenset[str],
    verb: bool = True,
) -> list[list[Mention]] | None:
    """Source–target sides read around one trigger, for verb-first languages
    (``context.SUBJECT_AFTER_VERB``) and sentences with more than two groups.

    The subject of a verb is the group right after it ("أدانت الرئاسة
    الفلسطينية …"), else the nearest one before it ("… الشرطة التي
    اعتقلت"); a noun's source is the group before it ("روسيا … حق النقض");
    the target is the next group after the subject. ``None`` when the sentence is too
    simple for this to matter, so ``split`` decides.
    """
    groups = coordinated_groups(people, text, conj)
    if len(groups) < 3:
        return None
    after = [g for g in groups if g[0].start >= end]
    before = [g for g in groups if g[-1].end <= start]
    if verb and after and len(text[end : after[0][0].start].split()) <= SUBJECT_GAP:
        source, rest = after[0], after[1:]
    elif before:
        source, rest = before[-1], after
    elif after:
        source, rest = after[0], after[1:]
    else:
        return None
    if not rest:
        return [source]
    pairs = [[s, t] for s in source for t in rest[0] if unit(s) != unit(t)]
    return pairs or [source + rest[0]]


def actor_list(mentions: list[Mention]) -> list[Actor]:
    """One actor per unit, in order; a state named beside its own government
    ("Iran … the Iranian government") is one participant, the government."""
    by_unit: dict[Unit, Actor] = {}
    for m in mentions:
        actor = by_unit.get(unit(m))
        if actor is None:
            by_unit[unit(m)] = Actor(
                m.code or None, m.role, m.name, m.name_latin, m.agent, former=m.former
            )
        else:
            actor.agent = actor.agent or m.agent
            _fill(actor, m.role, m.name, m.name_latin)
    return list(by_unit.values())


def _fill(actor: Actor, role: str | None, name: str | None, latin: str | None) -> None:
    actor.role = actor.role or role
    actor.name = actor.name or name
    actor.name_latin = actor.name_latin or latin


# Characters that close the clause a source cue opens ("according to X, …").
_CLAUSE_BREAKS = frozenset(",،;؛:()[]\n")


def drop_sources(mentions: list[Mention], cues: list[Hit], text: str, end: int) -> list[Mention]:
    """Mentions that are not where the news comes from: from a source cue
    ("به گزارش", "according to", ``status.SOURCE_CUES``) to the end of its
    clause, actors are cited, not parties."""
    zones = []
    for cue in cues:
        if cue.entry.kind != "source":
            continue
        stop = cue.end
        while stop < end and text[stop] not in _CLAUSE_BREAKS:
            stop += 1
        zones.append((cue.start, stop))
    if not zones:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in zones)]
