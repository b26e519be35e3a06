"""A summit named only as where another deed was told is no meeting of its own.

"رئیس کمیسیون اروپا در اجلاس سران گروه ۲۰ کمک … را اعلام کرد", "أعلن خلال
قمة العشرين تقديم مساعدات", "announced aid at the G20 summit": the news is
the aid; the summit is where it was told, not a meeting between the teller
and the summit's body (the challenge readers mark no CONSULT there, and the
summit's body no side). The summit noun (a CONSULT trigger of mode
"summit") right after a word of setting (``context.SUMMIT_SETTING_OPENERS``:
"در", "خلال", "at the") is dropped when a trigger of another type stands in
its clause. A summit where someone meets a partner ("در اجلاس … با همتای
چینی دیدار کرد": another CONSULT, or ``meeting_partners`` "با" right after
it), a summit told alone ("در اجلاس سران بریکس شرکت کرد") and one whose
states are named right after its noun ("خلال قمة إسلامية أميركية": who
meet there) stay meetings. So does a summit named by its city or by the
states' adjectives before the noun ("agreed … at the Russian-Turkish summit
in Sochi", "خلال قمة أنقرة", "در اجلاس تهران") when the clause names two
or more states and no organisation beside the noun: the summit is those
states' own meeting, where the deed was done (round 82, mendC82); an
organisation's summit ("G20", "بریکس", "سازمان همکاری شانگهای") is only
the setting, whoever the deed's sides are.
"""

from __future__ import annotations

import re

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import clause_start, first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

_CONSULT = "CONSULT"
_SUMMIT = "summit"
# mentions that name a state as a whole or by its adjective
_STATE_KINDS = frozenset({"state", "state_adj"})
# mentions that may name a side of the deed done at the summit: a state,
# its adjective, or a person of a state ("Putin", "وزير خارجه ايران")
_SIDE_KINDS = _STATE_KINDS | {"person"}
_BODY_KIND = "igo"
# what ends the trigger's clause: a clause break or a sentence's stop
_CLAUSE_ENDS = CLAUSE_BREAKS | SENTENCE_STOPS
_WORD = re.compile(r"\S+")
# words read before the summit noun for its opener ("on the sidelines of the")
_OPENER_WORDS = 5
# words of the summit's name or ordinal between the opener and the noun
_NAME_WORDS = 3
# words read after the summit's noun for a partner ("اجلاس … با وزیر …")
_PARTNER_REACH = 4


def summit_setting(
    trigger: Hit, candidates: list[Hit], ntext: str, ctx: Context, mentions: list[Mention]
) -> bool:
    """Whether ``trigger`` is a summit named only as the setting of another
    deed of its clause (see the module's docstring)."""
    openers: frozenset[str] = ctx.summit_setting_openers
    if not openers or trigger.entry.value != _CONSULT or trigger.mode != _SUMMIT:
        return False
    if not _opened(ntext, trigger.start, openers) or _partnered(trigger, ntext, ctx):
        return False
    if _states_meet(trigger, mentions, ntext):
        return False
    lo, hi = _clause(ntext, trigger)
    if _states_summit(trigger, mentions, ntext, lo, hi):
        return False
    return any(
        c.entry.value != _CONSULT and lo <= c.start < hi and c is not trigger for c in candidates
    )


def _states_summit(trigger: Hit, mentions: list[Mention], ntext: str, lo: int, hi: int) -> bool:
    """Whether the summit is the meeting of the clause's states: two or
    more states (or their people) stand in the clause as sides, not as
    places or topics, and no organisation is named beside the summit noun
    ("Putin and Erdogan agreed … at the Ankara summit", not "at the G20
    summit")."""
    if any(m.kind == _BODY_KIND and _beside(trigger, m, ntext) for m in mentions):
        return False
    states = {
        m.code
        for m in mentions
        if m.kind in _SIDE_KINDS
        and lo <= m.start < hi
        and not (m.place or m.topic or m.venue or m.location_only or m.source)
    }
    return len(states) >= 2


def _beside(trigger: Hit, m: Mention, ntext: str) -> bool:
    """Whether ``m`` is written among the words that name the summit: a
    few words before its noun ("the G20 summit") or right after it ("قمة
    مجموعة العشرين", "اجلاس سران گروه ۲۰")."""
    if m.end <= trigger.start:
        return len(ntext[m.end : trigger.start].split()) <= _NAME_WORDS - 1
    return m.start >= trigger.end and len(ntext[trigger.end : m.start].split()) < _PARTNER_REACH


def _opened(ntext: str, pos: int, openers: frozenset[str]) -> bool:
    """Whether a word or phrase of setting ends right before ``pos``, or a
    few words before it: the summit's own name or ordinal may stand between
    ("at the G20 summit", "در دومین اجلاس")."""
    words = _WORD.findall(ntext[max(0, pos - 90) : pos])[-(_OPENER_WORDS + _NAME_WORDS) :]
    if any(any(ch in CLAUSE_BREAKS for ch in w) for w in words[-_NAME_WORDS:]):
        words = words[-1:] if words and not any(ch in CLAUSE_BREAKS for ch in words[-1]) else []
    return any(
        " ".join(words[i:end]) in openers
        for end in range(len(words), max(len(words) - _NAME_WORDS, 0) - 1, -1)
        for i in range(max(end - _OPENER_WORDS, 0), end)
    )


def _states_meet(trigger: Hit, mentions: list[Mention], ntext: str) -> bool:
    """Whether states written right after the summit noun name who meet
    there ("قمة إسلامية أميركية", "نشست سران عربی و آمریکایی"): a summit
    between states, not the setting of a body's summit ("اجلاس سران گروه
    ۲۰", "القمة السنوية")."""
    return any(
        m.kind in _STATE_KINDS
        and m.start >= trigger.end
        and len(ntext[trigger.end : m.start].split()) <= _NAME_WORDS - 1
        for m in mentions
    )


def _partnered(trigger: Hit, ntext: str, ctx: Context) -> bool:
    """Whether a partner preposition follows the summit noun closely: a
    meeting with someone held there."""
    partners: frozenset[str] = ctx.meeting_partners
    words = ntext[trigger.end : trigger.end + 80].split()[:_PARTNER_REACH]
    return bool(partners) and any(w in partners for w in words)


def _clause(ntext: str, trigger: Hit) -> tuple[int, int]:
    """The span of the trigger's clause: from the last clause break before it
    to the next after it, within 300 characters either side."""
    lo = max(0, trigger.start - 300)
    hi = min(len(ntext), trigger.end + 300)
    start = clause_start(ntext, lo, trigger.start, CLAUSE_BREAKS)
    return start, first_break(ntext, trigger.end, hi, _CLAUSE_ENDS)
