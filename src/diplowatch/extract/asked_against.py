"""Whom a requested deed is against is not whom the request asks
(request88).

"وزیر دفاع اسرائیل خواستار اقدام فوری علیه ایران شد", "طالبت الحركة بتصعيد
المقاومة ضد الاحتلال", "the minister called for urgent action against
Iran": Iran is the target of the action asked for, not the one asked to
take it. A random draw of the corpus's requests (seed 8801) found the
object of the requested deed the commonest wrong addressee, and the side
behind the language's "against" (``context.OPPOSED_MARKERS``) its one
sure form. Read as the addressee, it turned a call for action against a
state into a request made to that state.

Only a side after the request's word is set aside (what is asked follows
it in every language: "از شورای امنیت خواست علیه ایران اقدام کند"); one
named before, the asker or the one asked, stays. Where setting it aside
would leave fewer sides than the type needs in the language (Arabic keeps
no request of one side), the side stays rather than lose the event, as
``asked_topic.asked_topic_out`` does.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention
from diplowatch.extract.opposed import after_marker
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS


def against_asked_out(
    people: list[Mention], trig: Hit, end: int, ntext: str, markers: frozenset[str], need: int
) -> list[Mention]:
    """``people`` without the sides that stand right after a marker of
    opposition in what the request of ``trig`` asks (after its word, in
    its clause, up to ``end``), when ``need`` sides are left."""
    if not markers:
        return people
    inside = [m for m in people if _asked_against(m, trig, end, ntext, markers)]
    if not inside:
        return people
    kept = [m for m in people if m not in inside]
    sides = {(m.code, m.agent) for m in kept if m.code or m.agent}
    return kept if len(sides) >= need else people


def _asked_against(m: Mention, trig: Hit, end: int, ntext: str, markers: frozenset[str]) -> bool:
    """Whether ``m`` follows the request's word in its clause, right after
    a marker of opposition (or one head word after it)."""
    if m.start < trig.end or m.start >= end:
        return False
    if CLAUSE_BREAKS & set(ntext[trig.end : m.start]):
        return False
    return after_marker(m, ntext, markers)
