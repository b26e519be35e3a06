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
from diplowatch.extract.cue_words import cue_last_words, cue_written
from diplowatch.extract.mention import Mention

# How many words after a word of feigning its title may stand ("انتحال صفة
# ضابط في الجيش الأردني": the army three words on).
_WORDS_AFTER = 5
_CHARS_AFTER = 80
# The most words a cue has ("خود را به جای").
_CUE_WORDS = 4


def claimed_out(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Mark as topics (no party) the title a person feigns: the first mention
    of an office or a body (an agent or a role: "دبلوماسي فرنسي", "ملك
    ألمانيا") a few plain words after a word of feigning
    (``context.FEIGNING_CUES``: "انتحال", "posing as"), with the body it is
    "of" (``context.TITLE_COMPLEMENT_LINKS``: "ضابط في الجيش الأردني"), or
    the mention right after a claim of being (``context.CLAIMED_BEING_CUES``:
    "ادعى أنه", "claiming to be"), quotes aside: what follows a claim of
    being a word or more on is its content ("ادعى أنه تعرض لهجوم من إيران"
    names who he says struck him), not what he claims to be. mendD99: only
    that first title; the sides of the feigner's own deed after it
    ("ينتحلون صفة الجيش السوري هاجموا القوات التركية") stay sides."""
    feigning, being = ctx.feigning_cues, ctx.claimed_being_cues
    if not cue_written(text, feigning) and not cue_written(text, being):
        return  # most documents write none
    stops = ctx.phrase_stops
    feigned: Mention | None = None
    last: Mention | None = None  # the last mention of an agent or a role
    for m in mentions:
        if m.topic or not (m.agent or m.role):
            # a bare state after the cue ("انتحالهم لجنسيات دول مثل سوريا")
            # is left: made a topic it gave an unplaced "الحكومة" its code
            # (doc 1937 worse)
            continue
        if feigned is not None and _complement(text, feigned, m, ctx.title_complement_links):
            feigned = m  # "انتحل صفة ضابط في الجيش الأردني": the army too
        elif m.agent in _FEIGNERS:
            continue  # "ينتحل مسلحون صفة الجيش": the gunmen feign, the army is feigned
        elif _first_after(
            text, m, last, _feigned(text, m.start, feigning, _WORDS_AFTER, stops)
        ) or (_feigned(text, m.start, being, 0, stops) == 0):
            feigned = m
        else:
            # mendD99: any other mention ends the title ("انتحل صفة طبيب
            # واعتدى على زوار عراقيين" keeps the pilgrims)
            feigned, last = None, m
            continue
        last = m
        m.topic = True
        m.strong = False


def _first_after(text: str, m: Mention, last: Mention | None, words: int) -> bool:
    """Whether ``m`` stands ``words`` plain words after a cue (``words`` is
    -1 without one) with no other mention between: only the first title after
    the cue is feigned ("ينتحلون صفة الجيش السوري هاجموا القوات التركية")."""
    if words < 0:
        return False
    return last is None or len(text[last.start : m.start].split()) > words


# mendD99: the agents of unnamed armed or plain persons are who feigns
# ("ينتحل مسلحون صفة الجيش السوري"), never a title feigned
_FEIGNERS = frozenset({"UAF"})


def _complement(text: str, title: Mention, m: Mention, links: frozenset[str]) -> bool:
    """Whether ``m`` is the body the feigned ``title`` is of, a link word
    (and an article) on ("ضابط في الجيش الأردني", "an officer of the army")."""
    between = text[title.end : m.start].split()
    return 0 < len(between) <= 2 and between[0] in links


def _feigned(text: str, start: int, cues: frozenset[str], reach: int, stops: frozenset[str]) -> int:
    """How many plain words stand between a cue (up to ``_CUE_WORDS`` words)
    and ``start``, at most ``reach``, or -1: a comma or any other mark, a
    preposition or a conjunction between ends the claim ("انتحل صفة ضابط،
    واعتقلته الشرطة" keeps the police; "جعل عنوان مامور پلیس از مردم" the people)."""
    before = text[max(0, start - _CHARS_AFTER) : start]
    for quote in _QUOTES:
        before = before.replace(quote, " ")
    if not cue_written(before, cues):
        return -1  # speed107: most mentions have no cue in reach; nothing can match
    ends = cue_last_words(cues)
    words = before.split()[-(reach + _CUE_WORDS) :]
    for i in range(len(words) - 1, -1, -1):
        if len(words) - i - 1 > reach or not words[i].isalnum():
            return -1
        if words[i] in ends and any(
            " ".join(words[i - n : i + 1]) in cues for n in range(min(i + 1, _CUE_WORDS))
        ):
            return len(words) - i - 1
        if words[i] in stops:
            return -1
    return -1


_QUOTES = ('"', "«", "»", "“", "”")
