"""Turn actor-layer hits into actor mentions with codes, roles and strength.

A mention is *strong* when it very likely names a participant (a country
name, an organisation, a known person, a capital used as subject, an
adjective right after a title or a head noun such as "الجانب"), and *weak*
when it is more likely a topic or place ("بشأن سوريا", "الأزمة السورية").
Events take strong mentions first and fall back on weak ones.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from operator import attrgetter

from diplowatch.extract.actor_context import Context, context
from diplowatch.extract.border_places import border_neighbours
from diplowatch.extract.claimed_identity import claimed_out
from diplowatch.extract.counted_dead import counted_fighter_starts, dead_of_counted
from diplowatch.extract.described import described_people
from diplowatch.extract.formed_government import formed_government, without_agent
from diplowatch.extract.held_areas import held_places
from diplowatch.extract.home_country import (
    add_home_mentions,
    dateline_code,
    home_code,
    home_places,
    main_pair,
    mark_datelines,
    mark_report_places,
    phrase_stops,
)
from diplowatch.extract.kin_groups import kin_group_mentions
from diplowatch.extract.kunya import kunya_agents
from diplowatch.extract.landmarks import near_landmarks, seat_places
from diplowatch.extract.mention import PERSONAL_ROLES, Mention
from diplowatch.extract.mention_lists import (
    before_title,
    group_country_out,
    listed_with_states,
    object_of_state,
    others_of_named,
    shared_complement,
    those_of_named,
    weak_lists,
)
from diplowatch.extract.mention_scan import MentionScan
from diplowatch.extract.nisba import nisba_adjectives_out
from diplowatch.extract.partitive import partitive_head
from diplowatch.extract.partitive_members import partitive_members
from diplowatch.extract.scan import Hit
from diplowatch.extract.surnames import surname_adjectives_out
from diplowatch.extract.time_zones import zones_elsewhere
from diplowatch.extract.titles import _PLACE_KINDS, TITLE_KINDS, previous_word
from diplowatch.extract.town_states import town_states
from diplowatch.extract.venue_pairs import venue_pairs


def find_mentions(
    text: str,
    hits: list[Hit],
    cue_hits: list[Hit],
    ctx: Context,
    ambiguous: frozenset[str],
    on: date | None = None,
    sentence_starts: list[int] | None = None,
    words: frozenset[int] = frozenset(),
    verbs: frozenset[int] = frozenset(),
    verb_forms: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Actor mentions in text order.

    Titles, institutions and agent nouns attach to the country word written
    next to them ("الشرطة العراقية", "Iraqi police", "Japan's foreign
    minister"), which then carries their role and agent; those left without
    one become mentions with an empty code (``_orphan``). A title waits for
    its country or name only within its sentence (``sentence_starts``):
    "… hunt the terrorists. Putin vowed …" names Putin alone, not a
    terrorist called Putin (the sentence read alone never joined them).
    ``words`` holds the starts of the lexicon's words (triggers, cues…),
    which are never a person's given name; ``verbs`` those of the words of
    events, which end a chain of titles ("the president met opposition
    leaders" names two people); ``verb_forms`` those of them in a verb's
    form, which part an agent noun from a country after it ("طلاب أدانوا
    إسرائيل": students, then whom they condemned).
    """
    # "مهدی سوری، رئیس …": an adjective of origin after a given name is a surname
    hits = surname_adjectives_out(text, hits, ctx.given_names, ctx.conjunctions)
    # "القطاع الفلاحي": an adjective after a definite noun, no farmer
    hits = nisba_adjectives_out(text, hits, ctx)
    scan = _new_scan(text, hits, cue_hits, ctx, ambiguous, on)
    scan.words = words
    scan.verbs = tuple(sorted(verbs))
    scan.verb_forms = tuple(sorted(verb_forms))
    # mendA108: a government still to be formed is walked like any other
    # noun, then loses its agent: its state stays the side (``without_agent``);
    # ``formed_government`` reads only the government institution (mendF108)
    formed = frozenset(h.start for h in hits if formed_government(text, h, ctx))
    starts = sentence_starts or []
    _walk(scan, text, hits, ctx, starts)
    mentions = scan.mentions
    mentions.sort(key=attrgetter("start"))
    without_agent(mentions, formed)
    return _reshaped(text, mentions, ctx, starts)


def _reshaped(text: str, mentions: list[Mention], ctx: Context, starts: list[int]) -> list[Mention]:
    """The walk's mentions (in text order) read again as a whole: lists,
    shared complements, "others of" a named one, landmarks, border towns,
    clock zones (in the sentences that open at ``starts``) and the country
    of a group; each needs every mention made first."""
    kunya_agents(text, mentions, ctx)
    weak_lists(text, mentions, ctx.conjunctions)
    shared_complement(text, mentions, ctx.conjunctions)
    others_of_named(text, mentions, ctx.conjunctions, ctx.others_of_named)
    those_of_named(text, mentions, ctx.conjunctions, ctx.those_of_named)
    near_landmarks(text, mentions, ctx)
    seat_places(text, mentions, ctx)
    claimed_out(text, mentions, ctx)
    venue_pairs(text, mentions, ctx)
    held_places(text, mentions, ctx)
    partitive_members(text, mentions, ctx.national_partitives)
    mentions = kin_group_mentions(text, mentions, ctx.kin_group_members, ctx.kin_group_nouns)
    mentions = border_neighbours(text, town_states(text, mentions, ctx), ctx)
    zones_elsewhere(text, mentions, ctx, starts)
    return group_country_out(text, mentions)


def _new_scan(
    text: str,
    hits: list[Hit],
    cue_hits: list[Hit],
    ctx: Context,
    ambiguous: frozenset[str],
    on: date | None,
) -> MentionScan:
    """The scan's state, with what it must know of all the hits before it
    reads the first: the ends of country cues ("دولة مالي"), the country
    words that are sides of their own (``_listed``), every hit's start and
    the state each state word names, by its start."""
    cue_ends = {h.end for h in cue_hits if h.entry.kind == "country_cue"}
    return MentionScan(
        text,
        ctx,
        ambiguous,
        on,
        cue_ends,
        _listed(text, hits, ambiguous, ctx),
        frozenset([h.start for h in hits]),
        {h.start: h.entry.value for h in hits if h.entry.kind in ("state", "state_adj")},
        frozenset(h.start for h in hits if h.entry.kind == "person"),
    )


def _walk(scan: MentionScan, text: str, hits: list[Hit], ctx: Context, starts: list[int]) -> None:
    """Feed the hits to the scan in text order, each by its kind, telling it
    where a sentence starts (a pending title ends there), then release what
    is still pending. An agent noun that names no one of its own (``_no_actor``,
    the dead of counted fighters: ``counted_dead``) is skipped."""
    sentence = 0
    actor_starts = frozenset(h.start for h in hits if h.entry.kind in _PEOPLE_KINDS)
    counted = counted_fighter_starts(text, hits, ctx.counted_dead_nouns, ctx.fighter_agents, ctx)
    for hit in hits:
        if sentence < len(starts) and hit.start >= starts[sentence]:
            sentence = bisect_right(starts, hit.start)
            scan.new_sentence()
        kind = hit.entry.kind
        since = starts[sentence - 1] if sentence else 0
        if kind == "agent" and (
            _no_actor(text, hit, actor_starts, ctx)
            or dead_of_counted(text, hit, ctx.counted_dead_nouns, counted, since)
        ):
            continue
        if kind in TITLE_KINDS:
            scan.title(hit)
        elif kind == "group":
            scan.group(hit)
        elif (
            kind in _PLACE_KINDS
            and not scan.skipped(hit)
            and not scan.name_part(hit)
            and not scan.given_name(hit)
        ):
            scan.place(hit)
    scan.release()


# mendC111: the kinds of hit that name people, who alone may be the group a
# partitive head counts ("سه نفر از این خبرنگاران"); a place word that is no
# state's name ("سه نفر از این کشور", a home noun; "من 5 محافظات", a
# blocker) is where the people come from, as a state's name is.
_PEOPLE_KINDS = TITLE_KINDS | {"group"}


def _listed(text: str, hits: list[Hit], ambiguous: frozenset[str], ctx: Context) -> frozenset[int]:
    """Starts of country words that are sides of their own, not the country
    of a title or noun next to them (in a list of states, a verb's object,
    before a title where titles follow their country)."""
    return (
        listed_with_states(text, hits, ambiguous, ctx.conjunctions)
        | object_of_state(text, hits, ambiguous, ctx)
        | (before_title(text, hits, ambiguous) if ctx.titles_follow_country else frozenset())
    )


def _no_actor(text: str, hit: Hit, actor_starts: frozenset[int], ctx: Context) -> bool:
    """An agent noun that only describes people ("the will of the people") or
    only counts those named after it ("20 of the journalists")."""
    return described_people(text, hit, ctx.described_people_heads) or partitive_head(
        text,
        hit,
        actor_starts,
        ctx.partitive_heads,
        ctx.partitive_of,
        ctx.partitive_members,
        ctx.partitive_counts,
    )


__all__ = [
    "Context",
    "Mention",
    "PERSONAL_ROLES",
    "add_home_mentions",
    "phrase_stops",
    "context",
    "dateline_code",
    "find_mentions",
    "home_code",
    "home_places",
    "main_pair",
    "mark_datelines",
    "mark_report_places",
    "previous_word",
]
