"""The dead or wounded named bare after a count of fighters: those men.

"قتل 17 حوثيا في غارة، وما زال البحث عن القتلى جاريا", "۱۷ حوثی کشته شدند
و جستجو برای کشته‌شدگان ادامه دارد": a report that counts the fighters,
soldiers or policemen a deed struck and then speaks of "the dead" or "the
wounded" speaks of the same men; the definite noun points back to the dead
just counted. Read alone the noun is a civilian (an agent noun of plain
people), a side the sentence never names. So a bare casualty noun
(``context.COUNTED_DEAD_NOUNS``: the definite forms only, since "قتلى
مدنيين", dead of a new kind, are introduced without the article) is no
mention when fighters (``agents.FIGHTER_AGENTS``: soldiers, policemen,
rebels) are counted before it in its sentence (``counts.counted_group``:
"17 حوثيا", "11 من عناصر داعش"). Where no fighters are counted the noun
stays a civilian.

Only fighters a deed struck count (mendB76): a count in subject position
before an active verb of force counts who did the deed ("أطلق 5 جنود
إسرائيليين النار على القرية، ونقل الجرحى": the wounded are the villagers).
So the count needs a word of killing or wounding right before it
(``context.COUNTED_STRUCK_BEFORE``: "مقتل 17 حوثيا", "killed 17 Houthi
fighters") or right after the counted men (``COUNTED_STRUCK_AFTER``: "17
حوثيا قتلوا", "۱۷ حوثی کشته شدند", "عدد المقاتلين القتلى").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from diplowatch.extract.counts import counted_group
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import PHRASE_BREAK_MARKS, SENTENCE_ENDS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context


def _agent_of(hit: Hit) -> str:
    """The agent a hit names: an agent noun's own, a named group's first extra."""
    if hit.entry.kind == "agent":
        return hit.entry.value
    if hit.entry.kind == "group" and hit.entry.extra:
        return str(hit.entry.extra[0] or "")
    return ""


_CLAUSE_BREAK = re.compile(
    "[" + re.escape("".join(sorted(PHRASE_BREAK_MARKS | SENTENCE_ENDS))) + "]"
)
_QUOTES = "\"'“”«»‘’()[]-"  # stripped from a word's edges: "“مقتل 17 حوثيا"
_BEFORE_WORDS = 4  # the count and its links ("مقتل اثنين من المتشددين")
_AFTER_WORDS = 3  # an adjective or a noun, then the verb ("17 جنديا إسرائيليا قتلوا")


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` stands as whole words in ``words``."""
    padded = f" {' '.join(w.strip(_QUOTES) for w in words)} "
    return any(f" {p} " in padded for p in phrases)


def struck(text: str, hit: Hit, before: frozenset[str], after: frozenset[str]) -> bool:
    """Whether the counted fighters of ``hit`` are struck: a kill or wound
    word among the few words before them in their clause, or right after
    them; a count before an active verb of force is who did the deed."""
    left = _CLAUSE_BREAK.split(text[max(0, hit.start - 60) : hit.start])[-1].split()
    right = _CLAUSE_BREAK.split(text[hit.end : hit.end + 60])[0].split()
    return _has_phrase(left[-_BEFORE_WORDS:], before) or _has_phrase(right[:_AFTER_WORDS], after)


def counted_fighter_starts(
    text: str, hits: Sequence[Hit], nouns: frozenset[str], fighters: frozenset[str], ctx: Context
) -> tuple[int, ...]:
    """Starts of the struck fighters a number counts, in text order; empty
    when the language lists no casualty nouns to read them for."""
    if not nouns:
        return ()
    before, after = ctx.counted_struck_before, ctx.counted_struck_after
    if not cue_written(text, before | after):  # speed77: no kill or wound word written
        return ()
    return tuple(
        sorted(
            h.start
            for h in hits
            if _agent_of(h) in fighters
            and counted_group(text, h.start, ctx.lang)
            and struck(text, h, before, after)
        )
    )


def dead_of_counted(
    text: str, hit: Hit, nouns: frozenset[str], counted: tuple[int, ...], since: int
) -> bool:
    """Whether ``hit`` is a bare casualty noun of ``nouns`` with counted
    fighters (a start of ``counted``) before it in its sentence, which
    starts at ``since``."""
    if not counted or text[hit.base_start : hit.base_end] not in nouns:
        return False
    at = bisect_left(counted, since)
    return at < len(counted) and counted[at] < hit.start
