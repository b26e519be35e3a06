"""A refusal to speak is no rejection.

"رفض الرئيس الكشف عن فحوى المكالمة", "The president refused to disclose
the content of the call", "سفیر حاضر به اظهار نظر درباره دیدار نشد": what is
refused is the speaker's own word (a comment, a disclosure, an answer), not
a proposal, a demand or a deed of another side, so no side rejects another
(PLOVER REJECT). The refusal's verb takes a verbal noun of saying as its
object: right after it, or after its subject in a verb-first clause ("رفض
الرئيس التعليق"); in a verb-final language the object may also stand
before the verb ("از اظهار نظر … خودداری کرد"). The deed the words would
be about (the call, the meeting) stays whatever else makes of it. The
words of saying are data (``context.SILENCED_OBJECTS``); a language
without the list keeps every refusal.
"""

from __future__ import annotations

from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

REFUSALS = having("refusal")
# How many words of the refusal's clause its object may stand within: the
# subject of a verb-first clause and a date ("رفض رئيس الجمهورية … اليوم
# الأحد التصريح") fit; the next trigger closes the span before.
REACH = 12
# Characters read on either side of the trigger (enough for ``REACH`` words).
WINDOW = 160
# Sentence ends as well as clause breaks close the object's phrase.
_STOPS = CLAUSE_BREAKS | frozenset(".!?؟؛")
# The longest listed phrase, in words ("از اظهار نظر").
_LONGEST = 3


def drop_silences(triggers: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the refusals whose object is a word of saying."""
    said: frozenset[str] = getattr(ctx, "silenced_objects", frozenset())
    if not said or not any(t.entry.value in REFUSALS for t in triggers):
        return triggers
    starts = sorted(t.start for t in triggers)
    return [
        t for t in triggers if t.entry.value not in REFUSALS or not _silent(t, starts, text, ctx)
    ]


def _silent(t: Hit, starts: list[int], text: str, ctx: Any) -> bool:
    """Whether a word of saying stands within ``REACH`` words after the
    refusal, before the next trigger and the clause's end, or (verb-final
    languages) within as many words before it, after the last trigger."""
    said: frozenset[str] = ctx.silenced_objects
    end = min([s for s in starts if s >= t.end] + [t.end + WINDOW])
    own = text[t.start : t.end].split()[-1:]  # "حاضر به" + "اظهار نظر"
    if _names(own + _clause_head(text[t.end : end]), said):
        return True
    if not getattr(ctx, "verb_final", False):
        return False
    begin = max([s for s in starts if s < t.start] + [t.start - WINDOW, 0])
    return _names(_clause_tail(text[begin : t.start]), said)


def _clause_head(span: str) -> list[str]:
    """The first ``REACH`` words of ``span`` up to a clause break."""
    for i, c in enumerate(span):
        if c in _STOPS:
            span = span[:i]
            break
    return span.split()[:REACH]


def _clause_tail(span: str) -> list[str]:
    """The last ``REACH`` words of ``span`` after its last clause break."""
    for i in range(len(span) - 1, -1, -1):
        if span[i] in _STOPS:
            span = span[i + 1 :]
            break
    return span.split()[-REACH:]


def _names(words: list[str], said: frozenset[str]) -> bool:
    """Whether a run of one to ``_LONGEST`` adjacent words of ``words`` is listed."""
    return any(
        " ".join(words[i : i + n]) in said
        for n in range(1, _LONGEST + 1)
        for i in range(len(words))
    )
