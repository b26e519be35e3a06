"""Titles a person only claims or feigns: no side of the deed.

"حكمت محكمة على شخص ادعى أنه ملك ألمانيا بالسجن", "اعتقلت الشرطة رجلا
ينتحل صفة دبلوماسي فرنسي", "a man posing as a Saudi prince was arrested":
the title after a word of feigning (``context.FEIGNING_CUES``) is what the
person pretended to be, not an office that acts or is acted on. Read as a
side, the claimed king became the sentence's only side, and a feigned
diplomat put his state among the sides (doers98: a sample of one-sided
deeds of force had feigned titles and nationalities as their doers).
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.mention import Mention

# How many words after a word of feigning its title may stand ("انتحال صفة
# ضابط في الجيش الأردني": the army three words on).
_WORDS_AFTER = 5
_CHARS_AFTER = 80
# The most words a cue has ("خود را به جای").
_CUE_WORDS = 4


def claimed_out(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Mark as topics (no party) the mentions of an office or a body (an
    agent or a role: "دبلوماسي فرنسي", "ملك ألمانيا") that a word of feigning
    (``context.FEIGNING_CUES``: "انتحال", "posing as") stands a few plain
    words before, or a claim of being (``context.CLAIMED_BEING_CUES``: "ادعى
    أنه", "claiming to be") right before, quotes aside: what follows a claim
    of being a word or more on is its content ("ادعى أنه تعرض لهجوم من
    إيران" names who he says struck him), not what he claims to be."""
    feigning, being = ctx.feigning_cues, ctx.claimed_being_cues
    if not cue_written(text, feigning) and not cue_written(text, being):
        return  # most documents write none
    for m in mentions:
        if m.topic or not (m.agent or m.role):
            # a bare state after the cue ("انتحالهم لجنسيات دول مثل سوريا")
            # is left: made a topic it gave an unplaced "الحكومة" its code
            # (doc 1937 worse)
            continue
        if _feigned(text, m.start, feigning, _WORDS_AFTER) or _feigned(text, m.start, being, 0):
            m.topic = True
            m.strong = False


def _feigned(text: str, start: int, cues: frozenset[str], reach: int) -> bool:
    """Whether a cue (up to ``_CUE_WORDS`` words) ends within ``reach`` plain
    words before ``start``: a comma or any other mark between ends the
    claim ("انتحل صفة ضابط، واعتقلته الشرطة" keeps the police)."""
    before = text[max(0, start - _CHARS_AFTER) : start]
    for quote in _QUOTES:
        before = before.replace(quote, " ")
    words = before.split()[-(reach + _CUE_WORDS) :]
    for i in range(len(words) - 1, -1, -1):
        if len(words) - i - 1 > reach or not words[i].isalnum():
            return False
        if any(" ".join(words[i - n : i + 1]) in cues for n in range(min(i + 1, _CUE_WORDS))):
            return True
    return False


_QUOTES = ('"', "«", "»", "“", "”")
