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
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from diplowatch.extract.counts import counted_group
from diplowatch.extract.scan import Hit


def _agent_of(hit: Hit) -> str:
    """The agent a hit names: an agent noun's own, a named group's first extra."""
    if hit.entry.kind == "agent":
        return hit.entry.value
    if hit.entry.kind == "group" and hit.entry.extra:
        return str(hit.entry.extra[0] or "")
    return ""


def counted_fighter_starts(
    text: str, hits: Sequence[Hit], nouns: frozenset[str], fighters: frozenset[str], lang: str
) -> tuple[int, ...]:
    """Starts of the fighters a number counts, in text order; empty
    when the language lists no casualty nouns to read them for."""
    if not nouns:
        return ()
    return tuple(
        sorted(
            h.start for h in hits if _agent_of(h) in fighters and counted_group(text, h.start, lang)
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
