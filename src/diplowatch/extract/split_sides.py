"""How an event's participants split into source and target by word order.

``split`` (the generic reading: the first group acts on the rest, or all act
together for a symmetric type) and ``local_split`` (the subject right before
the trigger against the rest) read sides from positions alone; the readers
of case marks and prepositions are in ``marked_split``. Kept apart from the
filling of codes in ``participants``, which they only read units from.
"""

from __future__ import annotations

import re

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import LEAD_WORDS, coordinated_groups
from diplowatch.extract.participants import unit

# direction111: the word before a subject told first, past any quote marks,
# within a bounded look back.
_LEAD = re.compile(r"(\S+?)[\s\"«“']*$")
_LOOK_BACK = 24
# Words a verb-first sentence may put between the verb and its subject
# (a date: "أعلنت اليوم الاثنين ليبيا …").
SUBJECT_GAP = 3
# Types whose participants act together (one event with everyone) rather
# than one side acting on another (one event per source–target pair).
SYMMETRIC = having("symmetric")
# Deeds a group of states may do side by side with no one acted on (joint
# drills, forces pulled out together): the group alone is an event's side.
DEEDS = having("deed")


def split(
    etype: str,
    people: list[Mention],
    text: str,
    conj: frozenset[str],
    one_sided: frozenset[str] = frozenset(),
    adjacent: bool = True,
    governed: frozenset[int] = frozenset(),
    names: list[Mention] | None = None,
) -> list[list[Mention]]:
    """Source–target sides from the first two coordinated groups.

    "X, Y and Z cut ties with Q" gives X–Q, Y–Q, Z–Q (no pairs among the
    co-acting states); joint types (meetings, agreements) keep everyone in
    the two groups together. Later mentions are topics or places.
    ``governed``: where mentions start that a preposition governs, so that
    a list behind one ("in close touch with Britain, Israel and Romania")
    does no directed deed of its own. ``names``: the sentence's mentions,
    whose titled persons' names (``_holders_named``) tell where each item
    of a list of named leaders ends.
    """
    groups = _named_groups(people, names or [], text, conj, adjacent)
    if etype in SYMMETRIC:
        groups = _without_topics(groups, text, conj)
    # "Saudi Arabia and the United States called for a ceasefire": states
    # acting together are no source and target of each other.
    together = (
        len(groups) == 1
        and len(groups[0]) > 1
        and bool(one_sided)
        and all(m.kind != "pair" for m in groups[0])  # "the two sides" are no coordination
    )
    if len({unit(m) for m in people}) <= 2 and not (
        together and etype not in SYMMETRIC | one_sided
    ):
        return [people]
    if len(groups) == 1:
        return _lone_group(etype, groups[0], together, governed)
    if etype in SYMMETRIC and not (len(groups[0]) == 1 and len(groups[1]) > 1):
        return [groups[0] + groups[1]]
    # One actor meeting several in turn (a tour) is several bilateral events.
    out = [[s, t] for s in groups[0] for t in groups[1] if unit(s) != unit(t)]
    return out or [groups[0] + groups[1]]


def _named_groups(
    people: list[Mention],
    names: list[Mention],
    text: str,
    conj: frozenset[str],
    adjacent: bool,
) -> list[list[Mention]]:
    """``coordinated_groups`` of ``people``, read with the names of the
    titled persons among them written after their titles (sides101: "ملك
    الأردن عبد الله الثاني والرئيس المصري عبد الفتاح السيسي والرئيس العراقي
    …" kept the names out of the sides, so a name stood between the first
    title and the conjunction of the next, the list broke after it and the
    meeting kept two leaders). The names only mark where each item ends;
    the groups hold ``people`` alone."""
    held = _holders_named(people, names, text)
    if not held:
        return coordinated_groups(people, text, conj, adjacent)
    kept = {id(m) for m in people}
    merged = sorted([*people, *held], key=lambda m: m.start)
    groups = [
        [m for m in g if id(m) in kept] for g in coordinated_groups(merged, text, conj, adjacent)
    ]
    return [g for g in groups if g]


def _without_topics(
    groups: list[list[Mention]], text: str, conj: frozenset[str]
) -> list[list[Mention]]:
    """mendD102: ``groups`` less those that open with a titled person right
    after a topic's word (``Coordinators.topic_leads``: "discussed the fate
    of Syrian President …", "بحث … مصير الرئيس السوري …"): the person is
    what the meeting is about, no side of it (sides101 joined a comma's list
    of leaders into one group, and the topic became the meeting's second).
    A country there is already no mention (``countries._after_topic_head``).
    All groups are kept where every one opens so."""
    leads: frozenset[str] = getattr(conj, "topic_leads", frozenset())
    if not leads or len(groups) < 2:
        return groups
    kept = [g for g in groups if not (g[0].role and _topic_led(g[0], text, leads))]
    return kept or groups


def _topic_led(m: Mention, text: str, leads: frozenset[str]) -> bool:
    """Whether the last one or two words before ``m`` are one of ``leads``."""
    words = text[max(0, m.start - 40) : m.start].split()[-2:]
    return bool(words) and (words[-1] in leads or " ".join(words) in leads)


def _holders_named(people: list[Mention], names: list[Mention], text: str) -> list[Mention]:
    """The persons of ``names`` not among ``people``, each written right
    after a titled mention of ``people`` of its own unit (at most
    ``LEAD_WORDS`` words between, no other mention of ``people``)."""
    ordered = sorted(people, key=lambda m: m.start)
    ids = {id(m) for m in people}
    out = []
    for n in names:
        if n.kind != "person" or id(n) in ids:
            continue
        before = [m for m in ordered if m.end <= n.start]
        if not before or not before[-1].role or unit(before[-1]) != unit(n):
            continue
        if len(text[before[-1].end : n.start].split()) <= LEAD_WORDS:
            out.append(n)
    return out


def _lone_group(
    etype: str, group: list[Mention], together: bool, governed: frozenset[int]
) -> list[list[Mention]]:
    """The sides of one coordinated group that names nobody else.

    A joint meeting of a listed group is one event, and so is a deed done
    side by side ("China, Russia and Iran began naval drills"), as two
    co-acting states are. names48fa: a directed deed with no side named to
    receive it is still done, as one state alone does it ("Iran criticised
    the resolution"): where states acting together are no pair
    (``together``) each does it alone, elsewhere the listed doers are one
    event, as two already were. A list a preposition governs (``governed``:
    "با بریتانیا، اسرائیل و …") does no deed: no event, as before.
    """
    if etype in SYMMETRIC | DEEDS:
        return [group]
    if group[0].start in governed:
        return []
    return [[m] for m in group] if together else [group]


def local_split(
    start: int,
    end: int,
    people: list[Mention],
    text: str,
    conj: frozenset[str],
    verb: bool = True,
    adjacent: bool = True,
    glued: frozenset[str] = frozenset(),
    particles: frozenset[str] = frozenset(),
    openers: frozenset[str] = frozenset(),
) -> list[list[Mention]] | None:
    """Source–target sides read around one trigger, for verb-first languages
    (``context.SUBJECT_AFTER_VERB``) and sentences with more than two groups.

    The subject of a verb is the group right after it ("أدانت الرئاسة
    الفلسطينية …"), else the nearest one before it ("… الشرطة التي
    اعتقلت"); a noun's source is the group before it ("روسيا … حق النقض");
    the target is the next group after the subject. A group with a
    preposition glued to it (``glued``: "قصفت أهدافا لحزب العمال", the
    party's targets) is no subject. A group that only a particle of the
    verb (``particles``, ``context.MAY_PARTICLES``) parts from it is its
    subject told first ("وكانت الشرطة قد اعتقلت رجلين": the police, not the
    men after the verb), and so is one right before it that a word of
    ``openers`` opens (direction111: "بأن قوات الأمن اعتقلت رجلا", the
    noun of "أنّ" is its clause's subject; none for a verb whose object is
    glued to it: "جنودا قتلهم عناصر التنظيم"). ``None`` when the sentence is too simple for this to
    matter, so ``split`` decides.
    """
    groups = coordinated_groups(people, text, conj, adjacent)
    if len(groups) < 3:
        return None
    after = [g for g in groups if g[0].start >= end]
    before = [g for g in groups if g[-1].end <= start]
    read = _subject_and_rest(start, end, before, after, text, verb, (glued, particles, openers))
    if read is None:
        return None
    source, rest = read
    if not rest:
        return [source]
    pairs = [[s, t] for s in source for t in rest[0] if unit(s) != unit(t)]
    return pairs or [source + rest[0]]


def _subject_and_rest(
    start: int,
    end: int,
    before: list[list[Mention]],
    after: list[list[Mention]],
    text: str,
    verb: bool,
    words: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> tuple[list[Mention], list[list[Mention]]] | None:
    """``local_split``'s subject group and the groups after it, by the rules
    its docstring gives, in their order of precedence; ``words``: the glued
    prepositions, the verb's particles and the subject's openers."""
    glued = words[0]
    first = after[0][0] if after else None
    if verb and before and _told_first(before[-1], start, text, words):
        return before[-1], after
    if (
        verb
        and first is not None
        and not (first.prefix and first.prefix[-1] in glued)
        and len(text[end : first.start].split()) <= SUBJECT_GAP
    ):
        return after[0], after[1:]
    if before:
        return before[-1], after
    if after:
        return after[0], after[1:]
    return None


def _told_first(
    group: list[Mention],
    start: int,
    text: str,
    words: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> bool:
    """Whether ``group``, before the verb at ``start``, is its subject told
    first: only a particle of the verb parts them ("وكانت الشرطة قد
    اعتقلت"), or nothing at all with an opener of a subject right before the
    group (direction111: "بأن قوات الأمن اعتقلت رجلا … دورية للشرطة"; the
    group after the verb is then its object). A comma or a word between
    leaves a verb-first clause of its own ("…، اعتقلت الشرطة"), and a group
    glued to a preposition is no subject."""
    glued, particles, openers = words
    gap = text[group[-1].end : start].split()
    if len(gap) == 1:
        return gap[0] in particles
    head = group[0]
    if gap or (head.prefix and head.prefix[-1] in glued):
        return False
    # a bounded look back: the word right before the group, past quote marks
    lead = _LEAD.search(text, max(0, head.start - _LOOK_BACK), head.start)
    return lead is not None and lead.group(1) in openers
