"""Groups named as who holds the place where a deed happened.

"Ten pupils were killed in a school in an area held by the Taliban", "قتل
عشرة تلاميذ في مدرسة بمنطقة يسيطر عليها تنظيم داعش", "در منطقه تحت کنترل
طالبان": the group holds the scene; the pupils are the victims, not the
group, and the group is no doer either (victims85: readers found children
killed in a rebel-held area read as the rebels). Areas struck ("bombed areas
held by the Islamic State", "قصفت مناطق يسيطر عليها داعش") name no
preposition of place before them and keep their holder as the target; so do
areas a deed's "in" names with no one else struck before them ("air strikes
in areas held by Islamic State", "غارات جوية في مناطق يسيطر عليها داعش",
mendC86): the area is where the strikes fell, its holder whom they struck.
Another struck is a building before the area ("on a school in an area held
by …") or people of a crowd named before it in the sentence (the pupils,
the dead counted).
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.lang.xx.agents import CROWD
from diplowatch.text.punctuation import SENTENCE_ENDS

# How many words may stand between a holding phrase and its holder ("held
# by the Taliban", "تحت سيطرة حركة الشباب" where the name is "الشباب").
_GAP_WORDS = 1
# How many words before the area's preposition a building struck may stand
# ("on a school in an area", "مدرسة بمنطقة", "مدرسه‌ای در منطقه").
_BUILDING_WORDS = 3
# How many words the area may take between its preposition and the holding
# phrase ("in a remote area", "بمنطقة نائية", "در منطقه").
_AREA_WORDS = 3
_CHARS_BEFORE = 120
# How far back in its sentence a crowd struck may be named ("12 شخصا على
# الأقل قتلوا حينما سقطت مقاتلة على سوق مزدحم في بلدة …": 70 letters).
_CROWD_CHARS = 240


def held_places(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Mark as places the mentions written right after a holding phrase
    (``context.HOLDING_PHRASES``) whose area (``HELD_AREA_NOUNS``) follows a
    preposition of place (``SEAT_PREPOSITIONS``, or a ``SEAT_CLITICS``
    glued to the area): the holder of where the deed was, not a side."""
    if not ctx.holding_phrases or not holding_written(text, ctx.holding_phrases):
        return
    longest = max(len(p.split()) for p in ctx.holding_phrases)
    for m in mentions:
        if m.place or m.role:
            continue
        before = text[max(0, m.start - _CHARS_BEFORE) : m.start].split()
        area = _before_holding(before, ctx, longest)
        if area is None:
            continue
        crowd = _crowd_before(text, m, mentions)
        if _area_in_place(area, ctx, crowd):
            m.place = True


def holding_written(text: str, phrases: frozenset[str]) -> bool:
    """speed88: whether every word of some holding phrase is written in
    ``text`` (a plain substring test): ``_before_holding`` finds one only
    then, so a text without one skips the word-by-word reading."""
    return any(all(w in text for w in words) for words in _phrase_words(phrases))


@cache
def _phrase_words(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Each holding phrase as its words, split once per language."""
    return tuple(tuple(p.split()) for p in phrases)


def _before_holding(words: list[str], ctx: Context, longest: int) -> list[str] | None:
    """The words before a holding phrase that ends ``words`` (across at most
    ``_GAP_WORDS`` words), or None when there is none; ``longest``: the
    longest holding phrase's words (counted from the data, review85)."""
    for gap in range(_GAP_WORDS + 1):
        end = len(words) - gap
        for n in range(1, longest + 1):
            if end - n < 0:
                break
            if " ".join(words[end - n : end]) in ctx.holding_phrases:
                return words[: end - n]
    return None


def _crowd_before(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether people of a crowd (``CROWD``: civilians, pupils, the dead
    counted) are named before ``m`` in its sentence: they are who was
    struck, and the area only where (mendC86)."""
    return any(
        x is not m
        and x.agent in CROWD
        and not x.place
        and m.start - _CROWD_CHARS <= x.end <= m.start
        and not SENTENCE_ENDS & set(text[x.end : m.start])
        for x in mentions
    )


def _area_in_place(words: list[str], ctx: Context, crowd: bool) -> bool:
    """Whether the last few ``words`` are an area noun after a preposition
    of place, across fillers ("in an area", "في إحدى المناطق"), or with one
    glued to it ("بمنطقة"), that locates another struck: ``crowd``, or a
    building before it (``_building_before``)."""
    tail = words[-_AREA_WORDS:]
    for i in range(len(tail) - 1, -1, -1):
        word = tail[i]
        at = len(words) - len(tail) + i
        if _glued(word, ctx.held_area_nouns, ctx):
            return crowd or _building_before(words[:at], ctx)
        if word not in ctx.held_area_nouns:
            continue
        j = at - 1
        while j >= 0 and words[j] in ctx.seat_fillers:
            j -= 1
        if j < 0 or words[j] not in ctx.seat_preps:
            return False
        return crowd or _building_before(words[:j], ctx)
    return False


def _glued(word: str, nouns: frozenset[str], ctx: Context) -> bool:
    """Whether ``word`` is one of ``nouns`` with a preposition of place glued
    to it (``context.SEAT_CLITICS``: "بمنطقة", "بمدرسة")."""
    return any(word.startswith(c) and word[len(c) :] in nouns for c in ctx.seat_clitics)


def _building_before(words: list[str], ctx: Context) -> bool:
    """Whether a building (``context.SEAT_NOUNS``: a school, a hospital)
    stands among the ``_BUILDING_WORDS`` words that end ``words``: the deed
    struck it, and the area only locates it (mendC86). Without one the area
    is what the deed's "in" names ("شن التحالف غارات في مناطق يسيطر عليها
    داعش"), and its holder the one struck."""
    for word in words[-_BUILDING_WORDS:]:
        word = word.strip(",.،؛")
        if word in ctx.seat_nouns or _glued(word, ctx.seat_nouns, ctx):
            return True
    return False
