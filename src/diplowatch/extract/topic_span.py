"""What talks are about is no side of them (counterpart29).

"talks with the Saudi minister about plans to move a base of the US
Marines", "با وزیر عربستان درباره طرح انتقال پایگاه تفنگداران آمریکا
گفت‌وگو کرد", "محادثات مع الوزير السعودي بشأن خطط لنقل قاعدة تابعة لمشاة
البحرية الأميركية": a preposition of topic (``context.ABOUT_PREPOSITIONS``)
after a side opens what is talked about, up to the trigger written after
it (a verb closing the clause) or else the end of the clause. A state or
body named in it, however far from the preposition, is the topic, not a
partner, when the sides named outside it are enough for the event. A
partner written in the span behind a partner preposition ("about the deal
with Iran") is left alone: it may be the other side.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, SEMICOLONS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

_WORD = re.compile(r"\S+")
# What ends the relative clause before a comma: not a bracket, whose aside
# ("۱+۵ (اعضای اولیه برجام) است،") stands inside it.
_RELATIVE_BREAKS = frozenset(COMMAS + SEMICOLONS + ":\n")


def _clause_bounds(trig: Hit, start: int, end: int, ntext: str) -> tuple[int, int]:
    """The clause of the trigger, within the sentence ``start``–``end``."""
    lo = max((ntext.rfind(b, start, trig.start) for b in CLAUSE_BREAKS), default=-1)
    hi = min((i for b in CLAUSE_BREAKS if (i := ntext.find(b, trig.end, end)) != -1), default=end)
    return (lo + 1 if lo >= start else start), hi


def _over_relative_comma(
    bounds: tuple[int, int], trig: Hit, start: int, ntext: str, ctx: Context
) -> tuple[int, int]:
    """parties74fa: ``bounds`` widened back over a comma that closes a
    relative clause right before the talks' verb ("درباره گزارشی که … ضامن
    توافق بین ایران و ۱+۵ است، گفت‌وگو کند"): the clause before the comma
    holds a relative opener (``context.TOPIC_RELATIVE_OPENERS``) and at most
    ``TOPIC_VERB_WORDS`` words, none an opener, follow the comma before the
    trigger (a partner may stand there: "…، با وزیر روسیه گفت‌وگو کرد"). The
    clause then opens where the one before the comma opens (``start``: the
    sentence's start, as ``_clause_bounds`` reads it)."""
    openers = ctx.topic_relatives
    reach = ctx.topic_verb_words
    lo, hi = bounds
    if not openers or lo - 1 <= start or ntext[lo - 1] not in COMMAS:
        return bounds
    between = ntext[lo : trig.start].split()
    if len(between) > reach or openers & set(between):
        return bounds  # a clause of its own ("تاکید کرد که در مذاکرات …")
    prev = max((ntext.rfind(b, start, lo - 1) for b in _RELATIVE_BREAKS), default=-1)
    opens = prev + 1 if prev >= start else start
    if not openers & set(ntext[opens : lo - 1].split()):
        return bounds
    return opens, hi


def _opens_topic(word: str, before: str, about: frozenset[str], bound: frozenset[str]) -> bool:
    """Whether ``word`` is a preposition of topic; one that is only so after
    its own word (``context.ABOUT_PREPOSITIONS_BOUND``: "در مورد", not
    "مورد توافق") needs it before."""
    if word not in about:
        return False
    needs = [p for p in bound if p.split()[-1] == word]
    return not needs or f"{before} {word}" in needs


def topic_span(
    people: list[Mention],
    trig: Hit,
    bounds: tuple[int, int],
    ntext: str,
    about: frozenset[str],
    bound: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """Where what is talked about is written: from the first preposition of
    topic after a side in the trigger's clause to the trigger after it, or
    else to the clause's end; None when there is none."""
    lo, hi = bounds
    first = min((m.end for m in people if lo <= m.start), default=None)
    if first is None:
        return None
    words = list(_WORD.finditer(ntext, first, hi))
    for i, w in enumerate(words):
        if _opens_topic(w.group(), words[i - 1].group() if i else "", about, bound) and not (
            trig.start <= w.start() < trig.end
        ):
            stop = trig.start if trig.start > w.start() else hi
            return w.start(), stop
    return None


def _aim_span(
    people: list[Mention], trig: Hit, bounds: tuple[int, int], ntext: str, ctx: Context
) -> tuple[int, int] | None:
    """parties62fa: what the talks aim at (``context.TALK_AIM_OPENERS``:
    "با هدف", "بهدف", "aimed at"), a topic as "about" opens one; the last
    word of a phrase opens it only with the words before it ("هدف قرار داد"
    is a strike). A talk noun written after the aim is part of it ("با هدف
    تاثیرگذاری بر مذاکرات"): the aim is then no topic of those talks."""
    aims = ctx.talk_aims
    if not aims:
        return None
    firsts = frozenset(a.split()[-1] for a in aims)
    bound = frozenset(a for a in aims if " " in a)
    span = topic_span(people, trig, bounds, ntext, firsts, bound)
    if span and span[0] < trig.start and trig.entry.affix != "verb":
        return None
    return span


def _topic_cue(sentence: str, ctx: Context) -> bool:
    """speed77: whether a word that opens a topic or an aim may be written
    in ``sentence``; ``topic_span`` reads the word whole, so where none is
    a substring of the sentence no span opens (``without_topic_span`` then
    skips its work)."""
    cues = ctx.about_preps | {a.split()[-1] for a in ctx.talk_aims if a.split()}
    return any(c in sentence for c in cues)


def without_topic_span(
    people: list[Mention], trig: Hit, sentence: tuple[int, int], ntext: str, ctx: Context, need: int
) -> list[Mention]:
    """``people`` without those named in what the talks of ``trig`` are
    about, when ``need`` sides stay named outside it."""
    about = ctx.about_preps
    bound = ctx.about_bound
    partner = ctx.partner_preps
    # "درباره افغانستان با امیر قطر گفت‌وگو کرد": Persian writes the partner
    # behind its conversation preposition after the topic, before the verb;
    # an official or a body, not a bare state ("درباره قرارداد با چین",
    # "مبارزه با تروریسم ایران": what the topic is about)
    talk = ctx.interlocutor_preps
    if not _topic_cue(ntext[sentence[0] : sentence[1]], ctx):
        return people
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
    # sides: countries, or bodies of no country ("the Security Council's
    # meeting" leaves one side, the UN, however many of its organs)
    sides = {m.code or m.agent for m in rest if m.code or m.agent}
    if not inside or len(sides) < need or not any(m.code for m in rest):
        return people
    return rest
