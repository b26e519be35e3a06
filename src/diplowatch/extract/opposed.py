"""Whom a joint effort is against is no partner of it (actors62).

"بحث الرئيس الأميركي ونظيره التركي الحرب ضد تنظيم داعش", "دو وزیر
درباره مبارزه با داعش گفت‌وگو کردند", "the two ministers discussed the
fight against Islamic State": the group is the enemy of the effort the
talks, agreement, aid, support or call are about, not a side of them. A
precision audit of random corpus events (seed 6262) found it read as a third
party of talks between two presidents and as the lone partner of plans "for
a military campaign against" it. A country right after a topic preposition
("ضد إيران") was already a topic; this reaches agents, and a side behind
one head word ("ضد تنظيم داعش", "علیه تروریسم ایران", "against the
militants").

The markers (``context.OPPOSED_MARKERS``) are the language's "against"
and its nouns and verbs of fighting ("مكافحة", "مبارزه با", "combating").
Deeds of force keep whom they are against: there it is the target.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention
from diplowatch.text.punctuation import CLAUSE_BREAKS

# How many words a marker may hold ("جنگ علیه", "fight against").
_MARKER_WORDS = 2
# How many words may stand between the marker and the side: a head or an
# article ("ضد تنظيم داعش", "against the militants").
_HEAD_WORDS = 1
# How far back the words before a side are read.
_REACH = 60
# Mentions of a state itself ("إيران", "الإيرانية").
_STATE_KINDS = frozenset({"state", "state_adj"})
# Quotation marks around a name ("ضد تنظيم «داعش»") are no word.
_QUOTES = "\"'«»“”‘’"


def opposed_out(
    people: list[Mention], ntext: str, markers: frozenset[str], need: int = 1
) -> list[Mention]:
    """``people`` without those a joint effort is against, when ``need``
    sides other than them are left (else all are kept: a language that
    keeps no request of one side would lose the event, as
    ``asked_topic.asked_topic_out`` reads it)."""
    if not markers:
        return people
    opposed = [m for m in people if _group(m) and after_marker(m, ntext, markers)]
    if not opposed:
        return people
    kept = [m for m in people if m not in opposed]
    return kept if len({(m.code, m.agent) for m in kept}) >= need else people


def _group(m: Mention) -> bool:
    """Whether ``m`` names a group of people (militants, protesters,
    gangs), not a state nor an office holder. A state after "علیه" is
    often a real side of the wider deed the sentence tells ("با رفع
    تحریم‌های علیه ایران موافقت کرد": agreed with Iran to lift them; "پس
    از پیگیری‌های حقوقی علیه سئول، … تجهیزات پزشکی به ایران ارسال کردند":
    Seoul then sent the aid), and one right after "ضد" is already a topic."""
    return m.end > m.start and bool(m.agent) and not m.role and m.kind not in _STATE_KINDS


def after_marker(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """Whether a marker of opposition stands right before ``m`` in its
    clause, or one head word before it."""
    before = ntext[max(0, m.start - _REACH) : m.start]
    cut = max((before.rfind(b) for b in CLAUSE_BREAKS), default=-1)
    words = [w for w in (w.strip(_QUOTES) for w in before[cut + 1 :].split()) if w]
    for skip in range(_HEAD_WORDS + 1):
        end = len(words) - skip
        for size in range(1, _MARKER_WORDS + 1):
            if end - size >= 0 and " ".join(words[end - size : end]) in markers:
                return True
    return False
