"""A closing phrase of what came before tells another deed: its actors are
no sides of the main one.

"انسحبت الحركة من المشاورات، إثر إعلان الرئيس الفرنسي عن زيارته", "نیروهای
ارتش در مرز مستقر شدند، پس از سفر وزیر خارجه آمریکا به اسرائیل", "Police
arrested three men, a day after the Algerian president's visit to Libya": a
comma, then a word of time that places the main deed after another
(``context.CLOSING_AFTER_OPENERS``: "إثر", "پس از", "after"), opens a phrase
that runs to the next clause break. Whoever it names (the French president,
the US secretary, the Algerian president) is a reference in time, no side
of the withdrawal, deployment or arrest told before the comma.

The phrase dates the deed; it is read only for deeds whose sides it cannot
hold: not a reaction, a sanction, a concession or a protest (what came
before is often what they answer: "expelled diplomats, after Britain's
expulsions"), and not a deed of force whose phrase tells a deed of force
(a strike "after Hamas fired rockets" may strike Hamas). The opening
phrase ("After X, …") is ``doers.cause_span``'s.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.breaks import clause_end
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS
from diplowatch.text.words import WORD_RUN

# Deeds whose sides a closing "after …" phrase never holds: the types that
# are no reaction and answer nothing (module docstring).
DATED_ONLY = (
    having("symmetric") | frozenset({"AID", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT"})
) - having("reaction")
_FORCE = having("force")
# How far after the comma an opener's words are read (characters).
_OPENER_REACH = 60
_COMMAS = frozenset(COMMAS)


def after_phrase_out(
    people: list[Mention], trig: Hit, etype: str, s: Sentence, ntext: str, ctx: Any, need: int
) -> list[Mention]:
    """``people`` of the deed of ``trig`` without those named in a closing
    phrase of time after it (module docstring); kept whole when fewer than
    ``need`` participants named in the text would be left."""
    if etype not in DATED_ONLY or not ctx.closing_after_openers:
        return people
    phrase = _phrase(trig, s, ntext, ctx.closing_after_openers)
    if phrase is None:
        return people
    start, stop = phrase
    if etype in _FORCE and any(start <= f < stop for f in s.force_words):
        return people  # "struck Gaza, after Hamas fired rockets": Hamas may be struck
    inside = [m for m in people if start <= m.start < stop and m.end > m.start]
    if not inside:
        return people
    rest = [m for m in people if m not in inside]
    named = {unit(m) for m in rest if m.end > m.start and (m.code or m.agent)}
    return rest if len(named) >= need else people


def _phrase(trig: Hit, s: Sentence, ntext: str, openers: frozenset[str]) -> tuple[int, int] | None:
    """The span of the first closing phrase of time after the trigger: from
    an opener right after a comma to the next clause break or the sentence's
    end; None when there is none."""
    comma = clause_end(ntext, trig.end, s.end, _COMMAS)
    while comma < s.end:
        words = WORD_RUN.findall(ntext, comma + 1, min(comma + _OPENER_REACH, s.end))
        if any(" ".join(words[:n]) in openers for n in range(_longest(openers), 0, -1)):
            return comma + 1, clause_end(ntext, comma + 1, s.end, CLAUSE_BREAKS)
        comma = clause_end(ntext, comma + 1, s.end, _COMMAS)
    return None


@cache
def _longest(openers: frozenset[str]) -> int:
    """The longest of ``openers`` in words ("in the wake of": 4), read from
    the data so that a longer one added there is matched whole."""
    return max(len(WORD_RUN.findall(opener)) for opener in openers)
