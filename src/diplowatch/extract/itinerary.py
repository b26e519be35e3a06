"""The stops of a tour told in one clause: "پس از عراق به اردن، لبنان و
مصر سفر می‌کند", "يتوجه بعد العراق إلى الأردن ولبنان", "after Iraq, he
will travel to Jordan and Egypt".

A visit's generic split (``split_sides.split``) keeps the first two
coordinated groups and reads later ones as topics or places, and a state
after a preposition of destination is only a weak mention, left out once
two strong sides are found; so a tour whose stops stand in two groups —
one after a word of sequence ("after", "بعد از", ``context.ITINERARY_MARKERS``),
one after a preposition of destination (``context.DESTINATION_PREPOSITIONS``)
— kept only one of them. Each stop is a host of its own: one visitor–host
event per stop. Only groups marked so, near the trigger (``_REACH``),
count as stops; a stop after a word of sequence is a state or a place
named alone (not an official: "after the Japanese minister, …" names
someone who came before). The visitor is the first unmarked group of the
event's people; a further unmarked group (a topic) stays out.

``left_destinations``: the destinations of a plain visit (no tour) that the
generic split left out. The split keeps the first two coordinated groups,
so a visit whose clause also names a partner of another phrase ("پس از
دیدار با همتای چینی به قزاقستان و ازبکستان سفر می‌کند": the counterpart
belongs to the meeting) keeps the visitor and that partner, and drops the
list of destinations after the preposition of destination. A destination is
the host of the visit, grammatically its goal: each one the split left out
gets its own visitor–host pair.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence

# Characters before a mention read for its marker: a marker has two words
# at most ("پس از"), a few characters each.
_MARK_WINDOW = 30
# Words between the trigger and a stop's group (the visitor's title and a
# modal may stand between: "after Iran, the Japanese foreign minister will
# travel to").
_REACH = 10
# Characters a gap of ``_REACH`` words holds at most (a bound on what is read).
_REACH_CHARS = 200


def tour_sides(
    trig: Hit, people: list[Mention], s: Sentence, ntext: str, ctx: Any
) -> list[list[Mention]] | None:
    """Visitor–host pairs of a tour (stops in two groups or more, one of
    them after a word of sequence) or of a route (a place of origin and a
    destination): each stop or destination a host, the origin none; None
    when the visit is neither (then the generic split decides). A stop is
    in the trigger's clause: one of its people, the place an arrival's
    word names, or a weak mention with no other trigger of its type
    between them ("دیروز به اردن سفر کرد و هفته آینده پس از لبنان به مصر
    سفر می‌کند": two trips)."""
    if not ctx.destination_preps:
        return None
    conj, adjacent = ctx.coordinators, ctx.adjacent_coordinated
    near = _near_pool(trig, people, s, ntext)
    marked = []
    for g in coordinated_groups(near, ntext, conj, adjacent):
        mark = _stop_mark(g[0], trig, ntext, ctx)
        if mark:
            marked.append((mark, g if mark == "destination" else _sequence_part(g, ntext, ctx)))
    marks = [mark for mark, _ in marked]
    tour = marks.count("sequence") and len(marks) - marks.count("origin") >= 2
    if not ("destination" in marks and (tour or "origin" in marks)):
        return None
    hosts = [m for mark, g in marked for m in g if mark != "origin"]
    away = {id(m) for _, g in marked for m in g}
    visitors = coordinated_groups([m for m in people if id(m) not in away], ntext, conj, adjacent)
    if not visitors:
        return None  # "هیئتی از اندونزی به مالزی سفر کرد": the origin's envoys
    pairs = [[v, h] for h in hosts for v in visitors[0] if unit(v) != unit(h)]
    return pairs or None


def left_destinations(
    trig: Hit, people: list[Mention], sides: list[list[Mention]], s: Sentence, ntext: str, ctx: Any
) -> list[list[Mention]]:
    """``sides`` with the destinations of the visit ``trig`` each a host:
    the group the trigger governs — after a preposition of destination
    written next to it (``_governed``) — each of its states a host of the
    visitor (``_visitor``). A side holding another phrase's goal (after a
    preposition of destination, not governed: "نه به لیما بلکه به کیتو سفر
    کرد", "پس از سفر به مسکو، عازم پکن شد") is no side of this visit then.
    ``sides`` as they are when no governed group is found."""
    if not ctx.destination_preps:
        return sides
    conj, adjacent = ctx.coordinators, ctx.adjacent_coordinated
    near = _near_pool(trig, people, s, ntext)
    goals = [
        g for g in coordinated_groups(near, ntext, conj, adjacent) if _goal(g, trig, ntext, ctx)
    ]
    own = next((g for g in goals if _governed(g, trig, near, ntext, ctx)), None)
    if own is None:
        return sides
    others = {id(m) for g in goals if g is not own for m in g}
    kept = [side for side in sides if not any(id(m) in others for m in side)]
    placed = {m.code for side in kept for m in side}
    # a town is where the visit goes, a state written as a place its host
    hosts = [m for m in own if m.code not in placed and (m.kind == "state" or not m.location_only)]
    visitors = _visitor(own, trig, people, ntext, ctx)
    # a trip at home ("به اصفهان سفر کرد") has no foreign host
    pairs = [[v, h] for h in hosts for v in visitors if v.code != h.code]
    return kept + pairs if pairs or kept else sides


def _goal(group: list[Mention], trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether the group is written as somewhere one goes (after a
    preposition of destination or an arrival's word)."""
    return _stop_mark(group[0], trig, ntext, ctx) == "destination"


def _governed(group: list[Mention], trig: Hit, near: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether the destination ``group`` is the trigger's own: written right
    before it ("به قزاقستان و ازبکستان سفر کرد") or after it with only its
    preposition, a reflexive and named people between ("سفر خود به",
    "travel to", "سافر الرئيس التركي إلى"); another "to" after the goal
    ("سفر به آمریکا به رئیس جمهور اوکراین قول داد") opens another phrase."""
    if _arrived_at(group[0], trig, ntext, ctx):
        return True
    if trig.entry.extra[0] == "arrival" or ntext[trig.start : trig.end] in ctx.complement_first:
        return False  # "وارد پکن شد": its goal is the one written right after it
    if group[-1].end <= trig.start:
        return not ntext[group[-1].end : trig.start].strip()
    gap = ntext[trig.end : group[0].start]
    for m in near:
        if trig.end <= m.start and m.end <= group[0].start:
            gap = gap.replace(ntext[m.start : m.end], " ")
    words = gap.split()
    own = ntext[trig.start : trig.end].split()[-1:]  # "travel to": the trigger's own
    return len(words) <= 2 and sum(w in ctx.destination_preps for w in own + words) == 1


def _visitor(
    group: list[Mention], trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """Who makes the visit: the people written between the trigger and its
    destination ("سفر وزیر خارجه ایران به هند", "سافر الرئيس التركي إلى"),
    else the group nearest before the trigger (the verb's subject: "X به Y
    سفر کرد", "X will travel to Y"); a partner of another phrase ("با همتای
    چینی"), another trip's goal ("پس از سفر به مسکو، عازم پکن شد"), a
    source or a topic is none."""
    conj, adjacent = ctx.coordinators, ctx.adjacent_coordinated
    partners = ctx.partner_preps | ctx.interlocutor_preps | ctx.destination_preps
    free = [
        m
        for m in people
        if m not in group and not (m.source or m.topic) and _word_before(m, ntext) not in partners
    ]
    between = [m for m in free if trig.end <= m.start and m.end <= group[0].start]
    if between:
        return coordinated_groups(between, ntext, conj, adjacent)[0]
    before = coordinated_groups([m for m in free if m.end <= trig.start], ntext, conj, adjacent)
    return before[-1] if before else []


def _word_before(m: Mention, ntext: str) -> str:
    """The word written right before ``m`` ("" at the start)."""
    words = ntext[max(0, m.start - _MARK_WINDOW) : m.start].split()
    return words[-1] if words else ""


def _near_pool(trig: Hit, people: list[Mention], s: Sentence, ntext: str) -> list[Mention]:
    """The mentions that may be a stop or a destination of ``trig``: its
    people and the weak mentions of the sentence (a strong mention the clause
    rules left out is another clause's; a weak one, a state after "to",
    "إلى", may be a stop), near it with no other trigger of its type between."""
    walls = [t.start for t in s.triggers if t.entry.value == trig.entry.value and t is not trig]
    pool = [
        m
        for m in s.mentions
        if m.code and (m in people or not m.strong or _arrived_at(m, trig, ntext))
    ]
    return [m for m in pool if _near(m, trig, ntext, walls)]


def _arrived_at(m: Mention, trig: Hit, ntext: str, ctx: Any = None) -> bool:
    """Whether ``m`` is written right after an arrival's word ("وارد قاهره
    شد", "arrived in Cairo") or an adjective of motion whose complement is
    the destination (``context.COMPLEMENT_FIRST``: "عازم پکن شد"): where
    the visitor arrives or is bound for."""
    bound = ctx is not None and ntext[trig.start : trig.end] in ctx.complement_first
    return (
        (trig.entry.extra[0] == "arrival" or bound)
        and m.start >= trig.end
        and not ntext[trig.end : m.start].strip()
    )


def _sequence_part(group: list[Mention], ntext: str, ctx: Any) -> list[Mention]:
    """The stops of a group after a word of sequence: those a conjunction
    joins; a bare comma ends them ("after Iran, the minister …": the
    minister is no stop)."""
    out = [group[0]]
    for prev, m in zip(group, group[1:], strict=False):
        words = " ".join(w for w in ntext[prev.end : m.start].split() if w.isalpha())
        if not (words in ctx.conjunctions or m.prefix):
            break
        out.append(m)
    return out


def _near(m: Mention, trig: Hit, ntext: str, walls: list[int]) -> bool:
    """Whether at most ``_REACH`` words, and no trigger in ``walls``, stand
    between ``m`` and the trigger."""
    lo, hi = (m.end, trig.start) if m.end <= trig.start else (trig.end, m.start)
    if any(lo <= w < hi for w in walls):
        return False
    return hi - lo <= _REACH_CHARS and len(ntext[lo:hi].split()) <= _REACH


def _stop_mark(m: Mention, trig: Hit, ntext: str, ctx: Any) -> str | None:
    """How a group's first mention is marked: "destination" after a
    preposition of destination or an arrival's word, "sequence" after a
    word of sequence ("بعد از", "after") or one and a preposition of
    destination ("سپس به", "then to"), "origin" after a preposition of
    origin ("از", "from"); a place or state named alone after a word of
    sequence or origin (not an official: "after the Japanese minister, …"
    names someone else). None when it is none of these (the visitor, a
    topic)."""
    if m.topic or m.source:
        return None
    if _arrived_at(m, trig, ntext, ctx):
        return "destination"
    words = ntext[max(0, m.start - _MARK_WINDOW) : m.start].split()
    if not words:
        return None
    if words[-1] in ctx.destination_preps:
        # "ثم إلى مصر", "and then to Egypt": a later stop
        later = len(words) > 1 and words[-2] in ctx.itinerary_markers
        return "sequence" if later else "destination"
    if m.agent or m.role:
        return None
    if words[-1] in ctx.itinerary_markers or " ".join(words[-2:]) in ctx.itinerary_markers:
        return "sequence"
    return "origin" if words[-1] in ctx.origin_preps else None
