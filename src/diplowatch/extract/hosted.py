"""Hosting a crowd is no meeting.

"Pakistan hosts three million Afghan refugees", "تستضيف تركيا ملايين
اللاجئين", "ایران میزبان میلیون‌ها مهاجر افغان است": the verb or noun of
hosting (``context.HOST_WORDS``) that reads as a visit received (PLOVER
CONSULT) here tells where refugees, migrants, students or exhibitions
stay. Its guests are a crowd, named by a word of ``context.HOSTED_CROWDS``
(refugees, nationals, students, "million") within a few words after it in
its clause, or, in a verb-final language, a few words before it ("…
پناهجو را میزبانی می‌کند"). A head of state or a minister hosted stays a
meeting, even when a crowd word is part of the office ("the refugee
minister", "وزیر … و کارگروه …"): an official named after the word of
hosting keeps it, and so does a title of ``context.HOSTED_OFFICIAL_TITLES``
right around the crowd word ("the Afghan refugee minister", "وزير شؤون
اللاجئين", "وزیر امور پناهندگان"), whatever actor the title was read as.
Numbers of a crowd that would be too short as word starts ("ألف") are
whole words of ``context.HOSTED_CROWD_NUMBERS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# How far the guests may stand from the word of hosting, in words.
AFTER_WORDS = 8
BEFORE_WORDS = 6
# Agents of a guest who makes hosting a meeting; how far after the word of
# hosting he may stand, in characters.
OFFICIALS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "PTY", "OPP"})
OFFICIAL_REACH = 80
# Words an official's title may stand before a crowd word of his office
# ("وزير الدولة لشؤون اللاجئين") or after it ("refugee affairs minister").
TITLE_BEFORE = 3
TITLE_AFTER = 2


def hosts_crowd(trigger: Hit, ntext: str, ctx: Context, mentions: list[Mention]) -> bool:
    """Whether ``trigger`` is a meeting word of hosting whose guests are a crowd."""
    if trigger.entry.value != "CONSULT" or not ctx.host_words or not ctx.hosted_crowds:
        return False
    if any(m.agent in OFFICIALS and 0 <= m.start - trigger.end <= OFFICIAL_REACH for m in mentions):
        return False
    said = ntext[trigger.start : trigger.end].split()
    if not said or not said[0].startswith(tuple(ctx.host_words)):
        return False
    after = _clause_words(ntext, trigger.end, 1)[:AFTER_WORDS]
    if _crowd_in(after, ctx):
        return True
    return ctx.verb_final and _crowd_in(_object_words(ntext, trigger.start, ctx), ctx)


def _object_words(ntext: str, pos: int, ctx: Context) -> list[str]:
    """The words a verb-final clause names as the hosting verb's guests:
    the last few before it, and where an object marker stands among the
    clause's words before it ("بیش از ۱۵ هزار پناهنده افغان را از مدت ها پیش
    میزبانی کرده است"), the few before that marker too, since an adverbial
    phrase may part the object from its verb."""
    words = _clause_words(ntext, pos, -1)
    marked = [i for i, word in enumerate(words) if word in ctx.object_markers]
    near = words[-BEFORE_WORDS:]
    if not marked:
        return near
    return words[max(0, marked[-1] - BEFORE_WORDS) : marked[-1]] + near


def _crowd_in(words: list[str], ctx: Context) -> bool:
    """Whether ``words`` name a crowd that is no official's office: a word
    of a crowd with no official's title right around it, nor a ruling
    house's name right after it ("خانواده سلطنتی", ``hosted_houses``)."""
    crowds = tuple(ctx.hosted_crowds)
    for i, word in enumerate(words):
        if not (word.startswith(crowds) or word in ctx.hosted_numbers):
            continue
        if words[i + 1 : i + 2] and words[i + 1] in ctx.hosted_houses:
            continue
        around = words[max(0, i - TITLE_BEFORE) : i + TITLE_AFTER + 1]
        # "وزير شؤون اللاجئين": one official, received
        return not ctx.hosted_officials & set(around)
    return False


def _clause_words(ntext: str, pos: int, step: int) -> list[str]:
    """The words of the clause from ``pos`` onwards (``step`` 1) or before
    it (``step`` -1), at most 120 characters away."""
    end = pos
    limit = len(ntext) if step > 0 else 0
    while end != limit and abs(end - pos) < 120:
        char = ntext[end] if step > 0 else ntext[end - 1]
        if char in CLAUSE_BREAKS or char == ".":
            break
        end += step
    return (ntext[pos:end] if step > 0 else ntext[end:pos]).split()
