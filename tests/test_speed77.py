"""speed77: rules of rounds 74–76 skip their work where their cue words are
not written, and ``coordinated_groups`` reads each mention's unit once; each
returns what the code it replaced returned.

The old code is kept here as a reference (copied from before the rewrite)
and compared with the new one on every call the pipeline makes while it
reads sentences written for these tests, in Arabic, Persian and English:
ones that hold the cue words (talks about a topic, lists in coordination,
counted fighters killed) and ones that do not. ``coordinated_groups`` is
no more compared with a copy (tidy69): its copy went stale when sides101
changed the function on purpose, and a copy kept in step with each change
tests nothing; the lists it joins in these sentences are written out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from typing import Any

import pytest

from casts import run
from diplowatch.extract import actors, coordination, meeting_sides, trigger_sides
from diplowatch.extract.coordinated_partners import _opened_at, _partner_list
from diplowatch.extract.counted_dead import _agent_of, struck
from diplowatch.extract.counts import counted_group
from diplowatch.extract.cue_words import cue_pieces, cue_written
from diplowatch.extract.mention import Mention
from diplowatch.extract.topic_span import (
    _aim_span,
    _clause_bounds,
    _over_relative_comma,
    topic_span,
)


def _old_without_coordinated_partners(
    people: list[Mention], text: str, ctx: Any, symmetric: bool
) -> list[Mention]:
    """``without_coordinated_partners`` as it stood before speed77, with
    left78's partner list found anywhere in a group (``_opened_at``)."""
    if symmetric or not ctx.coordination_openers or len(people) < 2:
        return people
    groups = coordination.coordinated_groups(
        people, text, ctx.coordinators, ctx.adjacent_coordinated
    )
    dropped: set[int] = set()
    for group in groups:
        at = _opened_at(group, text, ctx)
        if at is not None:
            dropped.update(m.start for m in _partner_list(group[at:], text, ctx))
    kept = [m for m in people if m.start not in dropped]
    return kept if kept else people


def _old_counted_fighter_starts(
    text: str, hits: Any, nouns: frozenset[str], fighters: frozenset[str], ctx: Any
) -> tuple[int, ...]:
    """``counted_fighter_starts`` as it stood before speed77."""
    if not nouns:
        return ()
    before, after = ctx.counted_struck_before, ctx.counted_struck_after
    return tuple(
        sorted(
            h.start
            for h in hits
            if _agent_of(h) in fighters
            and counted_group(text, h.start, ctx.lang)
            and struck(text, h, before, after)
        )
    )


def _old_without_topic_span(
    people: list[Mention], trig: Any, sentence: tuple[int, int], ntext: str, ctx: Any, need: int
) -> list[Mention]:
    """``without_topic_span`` as it stood before speed77."""
    about, bound, partner = ctx.about_preps, ctx.about_bound, ctx.partner_preps
    talk = ctx.interlocutor_preps
    bounds = _clause_bounds(trig, *sentence, ntext)
    bounds = _over_relative_comma(bounds, trig, sentence[0], ntext, ctx)
    span = topic_span(people, trig, bounds, ntext, about, bound) if about else None
    span = span or _aim_span(people, trig, bounds, ntext, ctx)
    if span is None:
        return people
    at, stop = span
    inside = [
        m
        for m in people
        if at < m.start < stop
        and not partner & set(before := ntext[at : m.start].split())
        and not (m.agent and m.start < trig.start and talk & set(before))
    ]
    rest = [m for m in people if m not in inside]
    sides = {m.code or m.agent for m in rest if m.code or m.agent}
    if not inside or len(sides) < need or not any(m.code for m in rest):
        return people
    return rest


# (module, name, old code): each call of the new code there is compared
_PAIRS: list[tuple[Any, str, Callable[..., Any]]] = [
    (trigger_sides, "without_coordinated_partners", _old_without_coordinated_partners),
    (actors, "counted_fighter_starts", _old_counted_fighter_starts),
    (meeting_sides, "without_topic_span", _old_without_topic_span),
]


def _mentions(arg: Any) -> bool:
    """Whether ``arg`` is a list of mentions (the code may mark them: the old
    code reads a copy)."""
    return isinstance(arg, list) and all(isinstance(m, Mention) for m in arg)


@contextmanager
def _compared(seen: dict[str, list[bool]]) -> Iterator[None]:
    """Run the old code beside the new on a copy of what each call is given;
    record per function whether they agreed and whether the call changed
    anything (a list returned shorter, a start found)."""
    saved = [(mod, name, getattr(mod, name)) for mod, name, _ in _PAIRS]

    def pair(key: str, new: Callable[..., Any], old: Callable[..., Any]) -> Callable[..., Any]:
        def both(*args: Any) -> Any:
            copy = tuple(deepcopy(a) if _mentions(a) else a for a in args)
            got = new(*args)
            want = old(*copy)
            seen.setdefault(key, []).append(repr(got) == repr(want))
            busy = bool(got) and (not isinstance(args[0], list) or len(got) != len(args[0]))
            seen.setdefault(key + ":busy", []).append(busy)
            return got

        return both

    for mod, name, old in _PAIRS:
        setattr(mod, name, pair(name, getattr(mod, name), old))
    try:
        yield
    finally:
        for mod, name, real in saved:
            setattr(mod, name, real)


# Sentences written for these tests.
TEXTS = {
    "ar": [
        "بحث وزير الخارجية المصري مع نظيره السعودي بشأن الأزمة في سوريا ولبنان.",
        "أجرى الرئيس الفرنسي محادثات مع الرئيس الروسي حول خطط لنقل قاعدة أمريكية.",
        "هاجمت القوات التركية بالتنسيق مع الجيش السوري والشرطة العراقية مواقع في الشمال.",
        "أعلن الجيش العراقي مقتل 12 من عناصر داعش في غارة قرب الموصل.",
        "استقبل ملك الأردن وزير خارجية قطر ووزير خارجية عمان في عمان.",
    ],
    "fa": [
        "وزیر خارجه ایران با همتای ترکیه درباره وضعیت عراق و سوریه گفت‌وگو کرد.",
        "رئیس‌جمهور فرانسه با صدراعظم آلمان در مورد برنامه هسته‌ای ایران رایزنی کرد.",
        "ارتش ترکیه در هماهنگی با ارتش عراق، پلیس سوریه را هدف قرار داد.",
        "ارتش پاکستان اعلام کرد ۱۲ تن از اعضای طالبان در این درگیری کشته شدند.",
        "پلیس ایران و ارتش عراق دو مرد را در مرز بازداشت کردند.",
        # speed78a: the groups of an earlier clause are built only where one
        # cuts the trigger's people, as here (a visit told twice)
        "وزیر خارجه ایران به قطر و عراق سفر کرده بود و قرار است به عمان سفر کند.",
    ],
    "en": [
        "The Saudi foreign minister held talks with the Iranian minister about Iraq and Syria.",
        "The French president spoke with the German chancellor regarding plans for a US base.",
        "Turkish troops, in coordination with the Iraqi army and the Syrian police, attacked "
        "positions in the north.",
        "The Iraqi army said 14 ISIS fighters were killed in an air strike near Mosul.",
        "Egyptian police and the Libyan army arrested two men at the border.",
    ],
}


def test_rewrites_match_the_old_code() -> None:
    seen: dict[str, list[bool]] = {}
    with _compared(seen):
        for lang, texts in TEXTS.items():
            for text in texts:
                run(text, lang)
    for _, name, _ in _PAIRS:
        assert seen.get(name), name  # the pipeline called it
        assert all(seen[name]), name  # and it agreed with the old code every time
    for key in _PAIRS_NAMES:
        assert any(seen[key + ":busy"]), key  # the sentences make the rule work


_PAIRS_NAMES = (
    "without_topic_span",
    "without_coordinated_partners",
    "counted_fighter_starts",
)


# tidy69: the lists each language's sentences above join, read over all
# their mentions with the co-actor links (``ctx.coordinators``), as the
# mentions' words read in normalised text. Written out, not compared with a
# copy of the old loop (speed77 kept one, which went stale when sides101
# gave ``_after_repeat`` the name leads).
_JOINED = {
    "ar": [
        ["سوريا", "ولبنان"],
        ["القوات التركيه", "الجيش السوري", "والشرطه العراقيه"],
        ["وزير خارجيه قطر", "ووزير خارجيه عمان"],
    ],
    "fa": [["عراق", "سوريه"], ["پليس ايران", "ارتش عراق"], ["قطر", "عراق"]],
    "en": [["iraq", "syria"], ["iraqi army", "syrian police"], ["egyptian police", "libyan army"]],
}


def _calls(lang: str) -> list[tuple[str, list[Mention], Any]]:
    """The text, mentions and context ``seat_places`` is given while the
    pipeline reads ``lang``'s sentences: the mentions before any rule
    splits them into sides."""
    calls: list[tuple[str, list[Mention], Any]] = []
    real = actors.seat_places

    def recording(text: str, mentions: list[Mention], ctx: Any) -> None:
        calls.append((text, deepcopy(mentions), ctx))
        real(text, mentions, ctx)

    actors.seat_places = recording  # type: ignore[assignment]
    try:
        for text in TEXTS[lang]:
            run(text, lang)
    finally:
        actors.seat_places = real  # type: ignore[assignment]
    return calls


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_groups_of_all_mentions(lang: str) -> None:
    joined: list[list[str]] = []
    for text, mentions, ctx in _calls(lang):
        for adjacent in (True, False):
            got = coordination.coordinated_groups(mentions, text, ctx.coordinators, adjacent)
            assert [m for g in got for m in g] == mentions  # every mention once, in order
            words = [[text[m.start : m.end] for m in g] for g in got if len(g) > 1]
            joined += [w for w in words if w not in joined]
    for group in _JOINED[lang]:
        assert group in joined


def test_side_by_side_joins_only_where_adjacent() -> None:
    """A verb–subject–object sentence: the king and the ministers he received
    stand side by side; only ``adjacent`` joins them (the caller asks it
    where side by side is a list, ``context.ADJACENT_COORDINATED``)."""
    text, mentions, ctx = next(c for c in _calls("ar") if "ملك" in c[0])
    apart = coordination.coordinated_groups(mentions, text, ctx.coordinators, False)
    side = coordination.coordinated_groups(mentions, text, ctx.coordinators, True)
    assert max(len(g) for g in apart) == 2
    assert max(len(g) for g in side) == 3


@pytest.mark.parametrize(
    ("text", "phrases", "written"),
    [
        ("هاجمت القوات بالتنسيق  مع الجيش", frozenset({"بالتنسيق مع"}), True),
        ("هاجمت القوات مع الجيش", frozenset({"بالتنسيق مع"}), False),
        ("ارتش ترکیه در هماهنگی با عراق", frozenset({"در هماهنگی با"}), True),
        ("ارتش ترکیه با عراق", frozenset({"در هماهنگی با"}), False),
        ("in  coordination\nwith the army", frozenset({"in coordination with"}), True),
        ("together with the army", frozenset({"in coordination with"}), False),
        ("anything at all", frozenset({"  "}), True),  # a blank phrase matches anywhere
        ("anything at all", frozenset(), False),
    ],
)
def test_cue_written(text: str, phrases: frozenset[str], written: bool) -> None:
    assert cue_written(text, phrases) is written


def test_cue_pieces_keep_the_longest_word() -> None:
    assert cue_pieces(frozenset({"in close coordination with"})) == frozenset({"coordination"})
    assert cue_pieces(frozenset({"x", " "})) is None
