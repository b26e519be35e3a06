"""Groups named as who holds the place where a deed happened.

"Ten pupils were killed in a school in an area held by the Taliban", "قتل
عشرة تلاميذ في مدرسة بمنطقة يسيطر عليها تنظيم داعش", "در منطقه تحت کنترل
طالبان": the group holds the scene; the pupils are the victims, not the
group, and the group is no doer either (victims85: readers found children
killed in a rebel-held area read as the rebels). Areas struck ("bombed areas
held by the Islamic State", "قصفت مناطق يسيطر عليها داعش") name no
preposition of place before them and keep their holder as the target.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention

# How many words may stand between a holding phrase and its holder ("held
# by the Taliban", "تحت سيطرة حركة الشباب" where the name is "الشباب").
_GAP_WORDS = 1
# The longest holding phrase in words ("under the control of").
_LONGEST = 4
# How many words the area may take between its preposition and the holding
# phrase ("in a remote area", "بمنطقة نائية", "در منطقه").
_AREA_WORDS = 3
_CHARS_BEFORE = 120


def held_places(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Mark as places the mentions written right after a holding phrase
    (``context.HOLDING_PHRASES``) whose area (``HELD_AREA_NOUNS``) follows a
    preposition of place (``SEAT_PREPOSITIONS``, or a ``SEAT_CLITICS``
    glued to the area): the holder of where the deed was, not a side."""
    if not ctx.holding_phrases:
        return
    for m in mentions:
        if m.place or m.role:
            continue
        before = text[max(0, m.start - _CHARS_BEFORE) : m.start].split()
        area = _before_holding(before, ctx)
        if area is not None and _area_in_place(area, ctx):
            m.place = True


def _before_holding(words: list[str], ctx: Context) -> list[str] | None:
    """The words before a holding phrase that ends ``words`` (across at most
    ``_GAP_WORDS`` words), or None when there is none."""
    for gap in range(_GAP_WORDS + 1):
        end = len(words) - gap
        for n in range(1, _LONGEST + 1):
            if end - n < 0:
                break
            if " ".join(words[end - n : end]) in ctx.holding_phrases:
                return words[: end - n]
    return None


def _area_in_place(words: list[str], ctx: Context) -> bool:
    """Whether the last few ``words`` are an area noun after a preposition
    of place, across fillers ("in an area", "في إحدى المناطق"), or with one
    glued to it ("بمنطقة")."""
    tail = words[-_AREA_WORDS:]
    for i in range(len(tail) - 1, -1, -1):
        word = tail[i]
        if any(
            word.startswith(c) and word[len(c) :] in ctx.held_area_nouns for c in ctx.seat_clitics
        ):
            return True
        if word not in ctx.held_area_nouns:
            continue
        j = len(words) - len(tail) + i - 1
        while j >= 0 and words[j] in ctx.seat_fillers:
            j -= 1
        return j >= 0 and words[j] in ctx.seat_preps
    return False
