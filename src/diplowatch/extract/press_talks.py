"""A newspaper's talk with its guest is an interview, no meeting.

"خبرگزاری فارس به گفت‌وگو با سفیر پیشین پرداخت", "روزنامه ایران در
گفت‌وگو با وزیر نوشت": when the subject that opens the clause of a noun of
talking is the press itself (a news agency, a paper, a reporter), the talk
is the outlet's interview, a way of gathering what it reports, and no two
actors meet (PLOVER CONSULT). Persian puts the subject first and the verb
last, so the press noun stands among the words of the talk noun's clause
before it; a verb of reporting between them ("خبرگزاری فارس گزارش داد
وزیران گفت‌وگو کردند") or a clause opener ("که") makes the press the
reporter of someone else's talks, which stay. A press noun after a head of
office ("رئیس رادیو") names an official, not the outlet. The nouns of
talking, the press nouns and those heads are data
(``context.TALK_WORDS``, ``PRESS_SUBJECTS``, ``PRESS_SUBJECT_NOT_AFTER``);
Arabic and English read no such talk as a meeting at all ("أجرت صحيفة
حوارا مع", "Reuters talked with"), so they list none.

noevent51: the press as the partner. "قال الوزير في اتصال هاتفي مع رويترز",
"في اتصال هاتفي بالجوهرة أف أم", "said in a phone call with Reuters": a
talk word whose partner, right after it (after a preposition,
``context.PRESS_PARTNER_PREPOSITIONS``, or glued to one in Arabic), is an
outlet, a reporter or the paper's own staff (``PRESS_PARTNERS``) is the
interview in which the speaker told what follows, no meeting of two
actors.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS, QUOTED_CLAUSE_BREAKS, SENTENCE_STOPS
from diplowatch.text.words import WORD_RUN

# Words of the clause read before the talk noun: the outlet's name, a date
# and the preposition ("روزنامه ایران چهارشنبه ۱۲ خرداد در").
REACH = 10
_STOPS = QUOTED_CLAUSE_BREAKS
# What ends the words read for a talk's partner: a clause break or a
# sentence's end, not a quotation mark (the outlet's name is often quoted:
# 'بـ "الجوهرة أف أم"'), and how far they are read (characters).
_PARTNER_STOPS = CLAUSE_BREAKS | SENTENCE_STOPS
PARTNER_REACH = 60


def drop_press_talks(triggers: list[Hit], cues: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the talks the press itself holds with its guest."""
    press: frozenset[str] = getattr(ctx, "press_subjects", frozenset())
    if not press:
        return triggers
    said = [c.end for c in cues if c.entry.kind == "reporting"]
    return [t for t in triggers if not _interview(t, said, text, ctx)]


def _interview(t: Hit, said: list[int], text: str, ctx: Any) -> bool:
    """Whether ``t`` is a talk noun with a press subject opening its clause."""
    talks: frozenset[str] = ctx.talk_words
    if t.entry.value != "CONSULT" or not any(text.startswith(w, t.start) for w in talks):
        return False
    lo = max([0, t.start - 160] + [e for e in said if e <= t.start])
    words = _clause_tail(text[lo : t.start], ctx.clause_openers)[-REACH:]
    not_after: frozenset[str] = ctx.press_not_after
    for i, word in enumerate(words):
        pair = " ".join(words[i : i + 2])
        if (word in ctx.press_subjects or pair in ctx.press_subjects) and (
            i == 0 or words[i - 1] not in not_after
        ):
            return True
    return False


def _clause_tail(span: str, openers: frozenset[str]) -> list[str]:
    """The words of ``span`` after its last clause break or clause opener."""
    for i in range(len(span) - 1, -1, -1):
        if span[i] in _STOPS:
            span = span[i + 1 :]
            break
    words = span.split()
    cut = max([i + 1 for i, w in enumerate(words) if w in openers], default=0)
    return words[cut:]


def drop_press_partners(triggers: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the talks whose partner is the press."""
    if not ctx.press_partners:
        return triggers
    return [t for t in triggers if not _press_partner(t, text, ctx)]


def _press_partner(t: Hit, text: str, ctx: Any) -> bool:
    """Whether ``t`` is a CONSULT word whose partner, right after it, is the press."""
    if t.entry.value != "CONSULT":
        return False
    end = min(len(text), t.end + PARTNER_REACH)
    stop = first_break(text, t.end, end, _PARTNER_STOPS)  # in C (speed72a)
    words = WORD_RUN.findall(text, t.end, stop)
    if words and words[0] in ctx.press_partner_prepositions:
        words = words[1:]
    return bool(words) and (
        words[0] in ctx.press_partners or " ".join(words[:2]) in ctx.press_partners
    )
