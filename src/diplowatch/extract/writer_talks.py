"""The writer's own talk with a guest is an interview, no meeting.

"با رئیس کمیسیون … به گفت‌وگو نشستیم", "گفت‌وگوی ما با این استاد",
"التقينا وزير الخارجية", "we met the minister in Baghdad": a talk or
meeting held by "we" in the article's own voice is the paper's reporter at
work, a way of gathering what it reports, and no two actors meet (PLOVER
CONSULT). Spoken by someone quoted, the same words are that side's news
("وزیر گفت: ما با همتای روسی گفت‌وگو کردیم"), so the rule reads only the
writer's voice: nothing in the paragraph before the talk word opens a
quotation, and no colon or verb of saying stands between the sentence's
start and it. Where "we" is marked is data (``context.WRITER_TALK_AFTER``:
the word right after the talk word, Persian "ما", "کردیم", "نشستیم";
``WRITER_TALK_BEFORE``: the word right before it, English "we", "our";
``WRITER_TALK_TAILS``: what is glued to its end, Arabic "نا" in
"التقينا", "لقاؤنا", Persian "یم" in "نشستیم"); English, which has no
reporting cues, lists its verbs of saying (``WRITER_VOICE_BREAKS``). Persian also announces the interview that follows
("بخشی از گفت‌وگوی … در ادامه می‌آید": ``WRITER_TALK_FOLLOWS``, read in the
rest of the talk word's clause). A trip is no talk: "به هند سفر کردیم" in
a commander's account is his crew's voyage. A language without the lists keeps
every meeting.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Any

from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import QUOTE_PAIRS, QUOTED_CLAUSE_BREAKS, SENTENCE_STOPS
from diplowatch.text.words import WORD_RUN, padded

# Characters that end the writer's plain voice before the talk word: a colon
# opens what someone says.
_VOICE_BREAKS = frozenset(":")
_OPENERS = frozenset(QUOTE_PAIRS) - frozenset("\"'")


def drop_writer_talks(triggers: list[Hit], cues: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the talks "we", the writer, holds with a guest."""
    if not (
        ctx.writer_talk_after
        or ctx.writer_talk_before
        or ctx.writer_talk_tails
        or ctx.writer_talk_follows
    ):
        return triggers
    if not any(t.entry.value == "CONSULT" and t.mode != "visit" for t in triggers):
        return list(triggers)  # most sentences: no talk word, no cue to read
    marked = [t for t in triggers if _marked_talk(t, text, ctx)]
    if not marked:
        return list(triggers)
    said = _said_ends(cues, triggers)
    dropped = {id(t) for t in marked if _writer_voice(t.start, said, text, ctx.writer_voice_breaks)}
    return [t for t in triggers if id(t) not in dropped]


def _said_ends(cues: list[Hit], triggers: list[Hit]) -> list[int]:
    """Where the reporting cues end that lie within no trigger ("گفت" of
    "گفت‌وگو" says nothing). Read only when a talk is marked as the
    writer's, and with one sorted pass over the triggers: a one-line
    document of a million characters holds thousands of each, and testing
    every cue against every trigger cost its extraction a quarter of its
    time (speed70)."""
    spans = sorted((t.start, t.end) for t in triggers)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    ends = []
    for c in cues:
        if c.entry.kind != "reporting":
            continue
        i = bisect_right(starts, c.start) - 1
        if i < 0 or reach[i] < c.end:
            ends.append(c.end)
    return ends


def _marked_talk(t: Hit, text: str, ctx: Any) -> bool:
    """Whether ``t`` is a talk word (no trip: "we travelled to India" is a
    crew's voyage told by its commander) marked as the writer's."""
    return t.entry.value == "CONSULT" and t.mode != "visit" and _marked(t, text, ctx)


def _marked(t: Hit, text: str, ctx: Any) -> bool:
    """Whether a word beside ``t``, its glued tail or a formula after it says "we"."""
    word_end = _word_end(text, t.base_end)
    if text[t.base_end : word_end] in ctx.writer_talk_tails:
        return True
    after = WORD_RUN.findall(text, word_end, word_end + 40)
    if after and (
        after[0] in ctx.writer_talk_after or " ".join(after[:2]) in ctx.writer_talk_after
    ):
        return True
    before = WORD_RUN.findall(text, max(0, t.start - 20), t.start)
    if before and before[-1] in ctx.writer_talk_before:
        return True
    clause = _clause_rest(text, word_end, ctx.clause_openers)
    # the padded words looked for by ``map``, in C (speed81)
    return any(map(clause.__contains__, padded(ctx.writer_talk_follows)))


def _word_end(text: str, i: int) -> int:
    """Where the word running through ``i`` ends (its glued tail included)."""
    while i < len(text) and text[i].isalpha():
        i += 1
    return i


def _clause_rest(text: str, i: int, openers: frozenset[str]) -> str:
    """The words from ``i`` to the end of their clause (a break or a clause
    opener such as "که": a formula further on announces something else),
    space-padded."""
    # the first break of any kind, found in one pass (a break absent from a
    # long one-line text would be looked for to its end, once per kind)
    words = WORD_RUN.findall(text, i, first_break(text, i, len(text), QUOTED_CLAUSE_BREAKS))
    cut = next((k for k, w in enumerate(words) if w in openers), len(words))
    return f" {' '.join(words[:cut])} "


def _writer_voice(start: int, said: list[int], text: str, saying: frozenset[str]) -> bool:
    """Whether ``start`` stands in the writer's own voice: no quotation open
    in its paragraph before it, no colon or verb of saying in its sentence
    (a reporting cue, or one of ``saying`` where a language has no cues)."""
    para = text[text.rfind("\n", 0, start) + 1 : start]
    if any(para.count(o) > para.count(QUOTE_PAIRS[o]) for o in _OPENERS):
        return False
    if para.count('"') % 2:
        return False
    sentence_start = max(para.rfind(c) for c in SENTENCE_STOPS) + 1 + (start - len(para))
    if any(c in _VOICE_BREAKS for c in text[sentence_start:start]):
        return False
    if any(sentence_start <= e <= start for e in said):
        return False
    return not any(w in saying for w in WORD_RUN.findall(text, sentence_start, start))
