"""Whom a protest is for is no protester.

"Protests for the release of political prisoners were held across
Bahrain", "اعتراضات برای آزادی زندانیان سیاسی در بحرین برپا شد",
"احتجاجات للمطالبة بالإفراج عن المعتقلين السياسيين": the people named right
after a phrase of the protest's cause (``context.PROTEST_CAUSE_OPENERS``:
"for the release of", "in support of", "in solidarity with", "برای آزادی",
"در حمایت از", "تضامنا مع") are those the crowd speaks for, not the crowd.
They were read as the protesters (the prisoners as the opposition, OPP).
Without them, a protest that names no crowd has civilians of the place
understood as its protesters (``IMPLIED_AGENTS``), as the spec's gold codes
it. Only agents go (a state named there is still read by the protest's own
rules), and only those at most ``_REACH`` words after the opener in its
clause; a crowd named before ("workers rallied in support of their jailed
colleagues") stays the protest's side, and so do the people of a protest
the cause phrase itself names ("a statement in support of the workers'
strikes": the strike is the event, its workers strike). A language
without the list is unaffected.
"""

from __future__ import annotations

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

# Words between the opener's end and the people it names ("برای آزادی فوری
# همه زندانیان سیاسی", "for the release of all jailed journalists").
_REACH = 4


def without_cause(
    people: list[Mention], trig: Hit, start: int, end: int, ntext: str, openers: frozenset[str]
) -> list[Mention]:
    """``people`` of the protest ``trig`` told in ``ntext[start:end]`` without
    the agents its cause names (module docstring)."""
    if not openers:
        return people
    spans = _cause_spans(ntext, start, end, openers)
    if not spans:
        return people
    return [m for m in people if m.agent is None or not _in_spans(m, trig, spans, ntext)]


def _cause_spans(ntext: str, start: int, end: int, openers: frozenset[str]) -> list[int]:
    """Where each cause opener of the sentence ends."""
    text = ntext[start:end]
    padded = f" {text} "
    ends = []
    for opener in openers:
        at = padded.find(f" {opener} ")
        while at >= 0:
            ends.append(start + at + len(opener))
            at = padded.find(f" {opener} ", at + 1)
    return ends


def _in_spans(m: Mention, trig: Hit, ends: list[int], ntext: str) -> bool:
    """Whether ``m`` starts at most ``_REACH`` words after an opener's end,
    with no clause break and not the protest's own word between."""
    for stop in ends:
        if m.start < stop or stop <= trig.start < m.start:
            continue
        gap = ntext[stop : m.start]
        if len(gap.split()) <= _REACH and not CLAUSE_BREAKS & set(gap):
            return True
    return False
