"""Which of a sentence's mentions are its event's participants (``select``).

``select`` keeps the strong mentions (states, organisations, named groups with
what is coordinated with them) and adds a weak speaker, the article's pair, an
unknown doer or a destination only where the strong ones leave a side empty;
``own_agent_nouns`` keeps a state's own agents. One job, choosing who takes part,
apart from how they were coded (``participants``) and how they are split into
sides (``split_sides``, ``marked_split``).
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.extract.actors import PERSONAL_ROLES, Mention
from diplowatch.extract.coordination import LIST_COMMAS, coordinated_groups, repeated_head
from diplowatch.extract.participants import Unit, unit

# Mentions whose state is written in them (by its name or adjective: "السلطات
# المصرية", "مقامات ایران"), not lent by the sentence's context.
_OWN_STATE_KINDS = frozenset({"state", "state_adj"})


_LISTED_KINDS = frozenset({"state", "igo"})


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
    lone_fill: bool = True,
    adjacent: bool = True,
) -> list[Mention]:
    """The sentence's participants: strong mentions (or, in a text that
    names no country (``unknown_ok``, by default: no main pair), the
    agents of unknown country), then one weak mention
    when fewer than two units are strong (or all strong ones act together
    in a directed event), then the article's main pair for "the two sides",
    then (``fill_unknown``) agents of unknown country while fewer than two
    units are found."""
    # 1. the strong mentions (or agents of unknown country) and their conjuncts
    strong = _strong_ones(mentions, pair, text, conj, unknown_ok)
    units = {unit(m) for m in strong}
    codes = {u[0] for u in units}
    chosen = list(strong)
    # 2. one weak mention when fewer than two sides are strong
    _add_weak(mentions, strong, chosen, units, codes, text, conj, directed, adjacent)
    # 3. the article's main pair for "the two sides" or a lone one of it
    _add_pair(mentions, pair, start, both_sides, lone_fill, chosen, units, codes)
    # 4. agents of unknown country while fewer than two sides are found
    _add_unknown(mentions, fill_unknown, chosen, units)
    # 5. mendC92: a destination last, where no agent took its place
    _add_destination(mentions, chosen, units)
    chosen.sort(key=lambda m: m.start)
    return chosen


def own_agent_nouns(mentions: list[Mention], side: list[Mention]) -> list[Mention]:
    """The weak agent nouns that tell the agent of a state the side names
    whole ("Iran", "مصر"): officials, authorities, a government written
    with that state's name or adjective ("السلطات المصرية", "مقامات ایران",
    "the Iranian authorities"). The two are one participant (``unit``), so
    the weak noun is never a side of its own, and without it the state's
    deed came out with no agent. Police or soldiers are another unit."""
    whole = [m for m in side if m.kind == "state" and not m.agent and not m.former]
    # the agent only: the office is the speaker's, not the state's
    own = [n for n in mentions if any(_own_weak_agent(n, m) for m in whole)]
    return [replace(n, role=None, name=None, name_latin=None) for n in own]


def _own_weak_agent(n: Mention, m: Mention) -> bool:
    """``n`` is a weak collective agent noun of ``m``'s unit that may be a
    side (no place, topic or source): officials, authorities, a ministry.
    One named person or a sole office ("Putin said Russia …") is a speaker
    reporting the state's stance, not the body that acts for it."""
    return (
        not n.strong
        and bool(n.agent)
        and n.kind in _OWN_STATE_KINDS
        and not n.name
        and n.role not in PERSONAL_ROLES
        and unit(n) == unit(m)
        and not (n.source or n.location_only or n.place or n.topic)
    )


def _strong_ones(
    mentions: list[Mention],
    pair: tuple[str, ...],
    text: str,
    conj: frozenset[str],
    unknown_ok: bool | None,
) -> list[Mention]:
    """``select``'s strong mentions, with the co-actors linked to them."""
    strong = [
        m for m in mentions if m.strong and not (m.location_only or m.source or m.destination)
    ]
    if not strong and (not pair if unknown_ok is None else unknown_ok):
        # A text that names no country: agents of unknown country take part
        # ("police arrested protesters"), with a null code. (In a text that
        # names countries they are one of theirs, unknown which.)
        strong = [
            m
            for m in mentions
            if not m.code and m.agent and not (m.location_only or m.source or m.place)
        ]
    links: frozenset[str] = getattr(conj, "coactor_links", frozenset())
    if strong and text and links:
        strong = _with_conjuncts(strong, mentions, text, conj, links)
    return strong


def _add_weak(
    mentions: list[Mention],
    strong: list[Mention],
    chosen: list[Mention],
    units: set[Unit],
    codes: set[str],
    text: str,
    conj: frozenset[str],
    directed: bool,
    adjacent: bool,
) -> None:
    """Add to ``chosen`` one weak mention (and the states listed right after
    it) when the strong ones name fewer than two countries or act together."""
    if len(codes) < 2 or (directed and len(coordinated_groups(strong, text, conj, adjacent)) == 1):
        for m in mentions:
            # a title of no known country ("the leaders") is no participant
            # a place ("in Iran", "cities of Iran") is no participant
            # a topic ("talks about Syria") is no participant either
            if m.source or m.strong or m.location_only or m.place or m.topic or not m.code:
                continue
            if unit(m) in units or m.destination:
                continue
            # with the states listed right after it ("called on Ethiopia and Eritrea")
            for n in [m, *_listed_after(m, mentions, text, conj)]:
                chosen.append(n)
                units.add(unit(n))
                codes.add(n.code)
            return


def _add_pair(
    mentions: list[Mention],
    pair: tuple[str, ...],
    start: int,
    both_sides: bool,
    lone_fill: bool,
    chosen: list[Mention],
    units: set[Unit],
    codes: set[str],
) -> None:
    """Add the article's main pair for "the two sides", or the other one of
    it beside a lone one."""
    # A lone actor of the article's main pair meets the other one ("the
    # minister said …"); where a missing object is missing (``lone_fill``
    # False, English), only if the sentence names the other one somewhere.
    lone_in_pair = bool(codes) and codes <= set(pair)
    # (a country only talked about is not named as a side: "talks about Syria")
    # (nor a state off whose coast it happens: "a tanker seized off Oman")
    named = {m.code for m in mentions if not (m.source or m.topic or m.offshore)}
    topics = {m.code for m in mentions if m.topic or m.offshore} - named
    if len(units) < 2 and len(pair) == 2 and (both_sides or lone_in_pair):
        for code in pair:
            if code in topics:
                continue  # the article's partner, but here only talked about
            if code not in codes and (both_sides or lone_fill or code in named):
                at = _written_at(mentions, code, start)
                filled = Mention(at, at, code, "pair", False)
                filled.place = _only_a_place(mentions, code)
                chosen.append(filled)
                units.add((code, None, None))


def _only_a_place(mentions: list[Mention], code: str) -> bool:
    """Whether the sentence writes the state only as where something
    happens ("called for a ceasefire in Syria", "دعا إلى وقف إطلاق النار في
    سوريا"): filled in from the article's pair it stays a place, a side only
    of deeds whose place is their target (``party_traits.PLACE_TARGETS``)."""
    written = [m for m in mentions if m.code == code]
    return bool(written) and all(m.place and not m.strong for m in written)


def _written_at(mentions: list[Mention], code: str, start: int) -> int:
    """Where the sentence writes the state that the article's main pair
    fills in: the first place of it ("قصفت إسرائيل مواقع في سوريا": Syria,
    written after the verb and its subject, is what was struck, not who
    struck), else the sentence's start. Word order gives a side its role, so
    a state written only as a place must not stand before the doer. Nor a
    state written as where someone goes (mendE93, review92 F1: "اعتقلت
    الشرطة اليونانية مهاجرين متجهين إلى إيطاليا وألمانيا": Germany is no
    doer of the arrest)."""
    return next(
        (
            m.start
            for m in mentions
            if m.code == code and (m.place or m.location_only or m.destination)
        ),
        start,
    )


def _add_unknown(
    mentions: list[Mention],
    fill_unknown: bool,
    chosen: list[Mention],
    units: set[Unit],
) -> None:
    """Add agents of unknown country while fewer than two sides are found."""
    for m in mentions:
        if not fill_unknown or len(units) >= 2:
            break
        # police, gunmen, a minister whose country the sentence does not
        # tell: a side of unknown country rather than no event at all
        # (``context.UNKNOWN_SIDES``); a body named as a landmark ("near
        # the parliament") is no side
        if m.kind != "agent" or m.code or not m.agent or m.source or m.place:
            continue
        if unit(m) not in units:
            chosen.append(m)
            units.add(unit(m))


def _add_destination(mentions: list[Mention], chosen: list[Mention], units: set[Unit]) -> None:
    """mendC92: add the states named only as where someone goes
    (``Mention.destination``: "الوصول إلى إيطاليا", "a ship bound for
    Syria") while fewer than two sides are found: where the verb's object or
    an agent of unknown country is named, the destination stood in its
    stead (the militants struck, the ship seized were lost); alone, where
    one goes is the other side ("sent troops to Libya")."""
    for m in mentions:
        if len(units) >= 2:
            break
        if m.destination and unit(m) not in units and not (m.source or m.topic):
            chosen.append(m)
            units.add(unit(m))


def _with_conjuncts(
    strong: list[Mention],
    mentions: list[Mention],
    text: str,
    conj: frozenset[str],
    links: frozenset[str],
) -> list[Mention]:
    """``strong`` and the weak mentions joined to one of them by a co-actor
    link (``Coordinators.coactor_links``), and those joined to such a one
    by a conjunction: "فرضت الولايات المتحدة فضلا
    عن كندا عقوبات" — Canada, weak after "عن", imposes too. A conjunct of a
    participant is a participant of the same side; places, topics and
    sources are not."""
    out = list(strong)
    # equal mentions share their span: ``m in out`` is asked only where one does
    spans = {(x.start, x.end) for x in out}
    last, linked = None, False  # the previous mention if a participant; joined by a link
    for m in mentions:
        held = (m.start, m.end) in spans and m in out
        if last is not None and not held and m.code:
            gap = text[last.end : m.start].strip()
            core = gap.strip(LIST_COMMAS)
            glued = linked and not gap and m.prefix[:1] in conj
            if (gap and (core in links or (linked and core in conj)) or glued) and not (
                m.source or m.location_only or m.place or m.topic or m.offshore
            ):
                out.append(m)  # "… إضافة إلى العراق واليمن": Yemen too
                spans.add((m.start, m.end))
                linked = True
                last = m
                continue
        linked = False
        last = m if held else None
    return sorted(out, key=lambda m: m.start)


def _listed_after(
    first: Mention, mentions: list[Mention], text: str, conj: frozenset[str]
) -> list[Mention]:
    """The weak mentions joined to ``first`` by conjunctions alone, in order
    (a conjunction written on the name counts: "على روسيا وبيلاروسيا")."""
    out: list[Mention] = []
    last = first
    for m in mentions:
        if m.start < last.end:
            continue
        gap = text[last.end : m.start].strip()
        # (states and organisations only: a glued title is another office
        # of the same state, "وزير الداخلية ورئيس الحكومة")
        glued = not gap and m.prefix[:1] in conj and m.kind in _LISTED_KINDS
        if not glued and not (
            gap
            and (
                gap in conj
                or all(w in conj for w in gap.split())
                or repeated_head(text, last, gap, conj)
            )
        ):
            break
        if m.strong or m.source or m.location_only or m.place or m.topic or not m.code:
            break
        out.append(m)
        last = m
    return out
