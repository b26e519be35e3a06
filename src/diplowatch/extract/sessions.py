"""A body's own session is no meeting between actors.

"اجتمع مجلس الوزراء اللبناني برئاسة رئيس الحكومة", "کمیسیون امنیت ملی مجلس
تشکیل جلسه داد", "the cabinet held its weekly session chaired by the prime
minister": the cabinet, a committee or a party office meeting by itself
consults no one (PLOVER CONSULT needs two sides). Its chair and the
assembly it belongs to ("لجنة … في البرلمان") are part of it, not a
partner. A session word (``context.SESSION_WORDS``) marks such a meeting
when all its people are of one country, no two of them are coordinated and
the sentence has no partner word (``context.SESSION_PARTNERS``: "مع", "با",
"with", "between"): a meeting with someone names him that way. An
international body in session ("the Security Council met", "نشست اوپک") is
its members meeting, and stays a meeting.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit


def internal_session(
    trig: Hit, people: list[Mention], ntext: str, start: int, end: int, ctx: Any
) -> bool:
    """Whether the meeting ``trig`` (in the sentence ``start:end``) is a body
    meeting by itself (see the module's docstring)."""
    if not ctx.session_words or not people:
        return False
    word = ntext[trig.start : trig.end]
    if not any(word.startswith(w) for w in ctx.session_words):
        return False
    if len({m.code for m in people if m.code}) > 1 or any(m.kind == "igo" for m in people):
        return False  # the Security Council or OPEC in session: its members meet
    if set(ntext[start:end].split()) & ctx.session_partners:
        return False
    return not _coordinated(people, ntext, ctx.conjunctions)


def _coordinated(people: list[Mention], ntext: str, conj: frozenset[str]) -> bool:
    """Two of ``people`` joined by a conjunction ("رئيس الوزراء ورئيس
    الإقليم", "the prime minister and the speaker"): each is a side."""
    glued = {c for c in conj if len(c) == 1}
    marks = {c for c in glued if not c.isalpha()}
    ordered = sorted(people, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        gap = ntext[a.end : b.start]
        if set(gap.split()) & conj or marks & set(gap) or gap[-1:] in glued:
            return True  # "، ", " and ", "ورئيس" (the conjunction glued to the second)
    return False
