"""Who did a deed told from its victims' side with a clause of time.

"Two soldiers were killed when militants attacked a checkpoint", "قتل
جنديان عندما هاجم مسلحون نقطة تفتيش", "دو سرباز هنگامی که شبه‌نظامیان به
یک ایست بازرسی حمله کردند کشته شدند": the main clause tells what the victims
underwent (``context.UNDERGONE_DEEDS``: "were killed", "قتل", "کشته شدند")
and names no doer; the clause of time (``context.TIME_CONJUNCTIONS``: "when",
"عندما", "هنگامی که") names its own subject, who did the deed of force. Word
order puts the victims first, while the event's first actor must be the doer.
A main clause with a doer of its own ("Israeli forces opened fire when
protesters …") tells no undergone deed, and two groups before the
conjunction ("the army killed five militants when …") already name one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import unit
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import holds_whole_word, whole_word_spans

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Words that may stand between the conjunction and the subclause's subject:
# a determiner ("when the militants"), an Arabic verb ("عندما هاجم مسلحون").
_SUBJECT_GAP = 2


def subclause_doers_first(
    side: list[Mention], force_words: list[int], ntext: str, span: tuple[int, int], ctx: Context
) -> list[Mention]:
    """``side`` with the subject of a clause of time, and what it names
    after it, moved before the victims of an undergone deed named before the
    conjunction; ``side`` unchanged otherwise. ``force_words``: where the
    sentence's words of force start (the subclause must tell one)."""
    conjs, undergone = ctx.time_conjunctions, ctx.undergone_deeds
    if len(side) < 2 or not conjs or not undergone:
        return side
    start, end = span
    for at, stop in _conjunctions(ntext, start, end, conjs):
        before = [m for m in side if m.end <= at]
        after = [m for m in side if m.start >= stop]
        if not before or not after or len(before) + len(after) != len(side):
            continue
        first = min(after, key=lambda m: m.start)
        gap = ntext[stop : first.start]
        if len(gap.split()) > _SUBJECT_GAP or CLAUSE_BREAKS & set(gap):
            continue
        if len({unit(m) for m in before}) != 1 or not any(stop <= f < end for f in force_words):
            continue
        # the undergone deed is told outside the subclause's opening: before
        # the conjunction, or after the subclause where the verb ends it
        outside = f"{ntext[start:at]} {ntext[max(m.end for m in after) : end]}"
        if _told(outside, undergone):
            return after + before
    return side


def main_clause_victims(
    side: list[Mention],
    mentions: list[Mention],
    ntext: str,
    span: tuple[int, int],
    ctx: Context,
) -> list[Mention]:
    """``side``, all inside a clause of time and opening it as its subject,
    with the victims of the undergone deed named before the conjunction
    added as whom the deed struck: where a language reads each clause's
    sides apart (English "two civilians were wounded when rebels shelled a
    market": the shelling's sides stop at "when"), as Arabic and Persian
    read them together."""
    conjs, undergone = ctx.time_conjunctions, ctx.undergone_deeds
    if not side or not conjs or not undergone:
        return side
    start, end = span
    for at, stop in _conjunctions(ntext, start, end, conjs):
        first = min(side, key=lambda m: m.start)
        gap = ntext[stop : first.start]
        if first.start < stop or len(gap.split()) > _SUBJECT_GAP or CLAUSE_BREAKS & set(gap):
            continue
        victims = [
            m
            for m in mentions
            if start <= m.start
            and m.end <= at
            and m.code
            and not (m.place or m.location_only or m.topic or m.source)
        ]
        if len({unit(m) for m in victims}) != 1 or unit(victims[0]) in {unit(m) for m in side}:
            continue
        if _told(ntext[start:at], undergone):
            return side + victims
    return side


def _told(text: str, phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` stands in ``text`` as whole words."""
    return any(holds_whole_word(text, p) for p in phrases)


def _conjunctions(ntext: str, start: int, end: int, conjs: frozenset[str]) -> list[tuple[int, int]]:
    """Where each conjunction of time stands in the sentence (start, end)."""
    found = []
    for conj in conjs:
        for a, b in whole_word_spans(ntext[start:end], conj):
            found.append((start + a, start + b))
    return sorted(found)
