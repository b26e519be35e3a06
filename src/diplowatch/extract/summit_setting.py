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
meet there) stay meetings.
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

_CONSULT = "CONSULT"
_SUMMIT = "summit"
# mentions that name a state as a whole or by its adjective
_STATE_KINDS = frozenset({"state", "state_adj"})
_WORD = re.compile(r"\S+")
# words read before the summit noun for its opener ("on the sidelines of the")
_OPENER_WORDS = 5
# words of the summit's name or ordinal between the opener and the noun
_NAME_WORDS = 3
# words read after the summit's noun for a partner ("اجلاس … با وزیر …")
_PARTNER_REACH = 4


def summit_setting(
    trigger: Hit, candidates: list[Hit], ntext: str, ctx: Any, mentions: list[Mention]
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
    return any(
        c.entry.value != _CONSULT and lo <= c.start < hi and c is not trigger for c in candidates
    )


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


def _partnered(trigger: Hit, ntext: str, ctx: Any) -> bool:
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
    before = max((ntext.rfind(b, lo, trigger.start) for b in CLAUSE_BREAKS), default=-1)
    after = [i for b in CLAUSE_BREAKS if (i := ntext.find(b, trigger.end, hi)) != -1]
    stops = [i for s in ".!?؟\n" if (i := ntext.find(s, trigger.end, hi)) != -1]
    return (before + 1 if before >= lo else lo), min(after + stops, default=hi)
