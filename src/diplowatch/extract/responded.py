"""A criticism, a demand or a threat that a side responds to: not its own.

"واکنش دادستانی به انتقادات نامزدها", "ایران به انتقاد فرانسه پاسخ داد",
"ردت إيران على انتقادات المفوضية الأوروبية", "Iran responded to criticism
from the EU": the accusation is the object of a word of response
(``context.RESPONSE_WORDS``, with ``RESPONSE_PREPOSITIONS`` right before a
noun of what someone said, ``RESPONDED_NOUNS``; in a verb-final language
the word may close the phrase instead), so whoever responds is its target
and the side the noun's own phrase names made it: word order puts the
responder first (``critics_first``). With no
critic named ("در پاسخ به انتقادها گفت") the responder stays alone, the
criticism's target with its maker unnamed, as the annotated corpus writes
it (an unnamed side is left out).
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit

# Types of what one responds to: someone else said it.
RESPONDED_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# Words that may stand between the word of response and its preposition
# ("واکنش وزارت خارجه ایران به", "ردت الحكومة المصرية على").
_GAP = 4
# How many words after the noun its phrase (and the critic) may run.
_PHRASE = 8
_WORD = re.compile(r"\w+|[^\w\s]")


def responded_to(trig: Hit, ntext: str, ctx: Any) -> int | None:
    """Where the phrase of ``trig`` ends when it is the object of a word of
    response, else None: the preposition of response right before the noun
    (a determiner between them), and a word of response at most ``_GAP``
    words before it — or, where the verb comes last, closing the phrase
    within ``_PHRASE`` words — with no punctuation between."""
    words, preps = ctx.response_words, ctx.response_preps
    if not words or trig.entry.value not in RESPONDED_TYPES:
        return None
    if ntext[trig.base_start : trig.base_end] not in ctx.responded_nouns:
        return None  # "در واکنش به اقدام غیرقانونی آمریکا": a deed judged, no one's words
    lead = [m.group() for m in _WORD.finditer(ntext[max(0, trig.start - 80) : trig.start])]
    while lead and lead[-1] in ctx.syntax.determiners:
        lead.pop()
    if not lead or lead[-1] not in preps:
        return None
    before = lead[-2 - _GAP : -1]
    cut = max((i + 1 for i, w in enumerate(before) if not w.isalnum()), default=0)
    opened = any(w in words for w in before[cut:])  # "واکنش … به", "ردت … على"
    after = list(_WORD.finditer(ntext, trig.end, min(len(ntext), trig.end + 120)))[:_PHRASE]
    for m in after:
        if not m.group().isalnum() or m.group() in ctx.response_phrase_ends:
            return m.start() if opened else None
        if ctx.verb_final and m.group() in words:
            return m.start()  # "به انتقاد فرانسه پاسخ داد": the word closes it
    if not opened:
        return None
    return after[-1].end() if after else trig.end


def _critics(side: list[Mention], trig: Hit, end: int) -> list[Mention]:
    """The side's mentions inside the noun's phrase, after the noun."""
    return [m for m in side if trig.start <= m.start and m.end <= end]


def critics_first(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> list[Mention]:
    """``side`` with who the noun's phrase names first and the responders
    after them."""
    end = responded_to(trig, ntext, ctx)
    if end is None:
        return side
    critics = _critics(side, trig, end)
    return critics + [m for m in side if m not in critics] if critics else side
