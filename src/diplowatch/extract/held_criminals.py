"""People the state holds for a crime are criminals.

An arrest or a sentence names whom it holds with the plainest words ("a
man", "امرأة", "شاب", "یک زن", a nationality), which read as civilians
(CVL). When the text gives the crime right after them ("carrying cocaine",
"بتهمة تهريب", "بحوزته كمية من المخدرات", "به اتهام سرقت"), they are held
as criminals, the spec's CRM (criminals, smugglers, gangs), as the nouns
for smugglers and thieves already are. Only the words after the held person,
within ``_REACH`` letters of the same sentence, are read: a crime named
elsewhere in the sentence may be another's. The crimes are language data
(``context.CRIME_CUES``), normalised as the text is.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from diplowatch.event_types import having
from diplowatch.extract.mention import Mention
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase

# Deeds that hold people on a charge (arrests, sentences).
HOLDING = having("reasoned")
# The doers that hold people on a charge: the state's forces, courts, rulers.
_STATE_HOLDERS = frozenset({"COP", "JUD", "GOV", "MIL"})
_CIVILIANS, _CRIMINALS = "CVL", "CRM"
# How many letters after the held person the crime may be told in.
_REACH = 90


@cache
def _cues(lang: str) -> tuple[str, ...]:
    """The language's words for crimes, normalised as the text is."""
    listed = getattr(load(lang, "context"), "CRIME_CUES", ())
    return tuple(normalize_phrase(w) for w in listed)


def held_as_criminals(
    side: list[Mention], ntext: str, sentence_end: int, lang: str
) -> list[Mention]:
    """``side`` (its doer first) with the civilians its state doer holds
    read as criminals where a crime is told right after them."""
    cues = _cues(lang)
    if not cues or len(side) < 2 or side[0].agent not in _STATE_HOLDERS:
        return side
    return [side[0]] + [
        replace(m, agent=_CRIMINALS)
        if m.agent == _CIVILIANS and _crime_after(ntext, m.end, sentence_end, cues)
        else m
        for m in side[1:]
    ]


def _crime_after(ntext: str, start: int, sentence_end: int, cues: tuple[str, ...]) -> bool:
    """Whether a crime is named in the ``_REACH`` letters after ``start``."""
    window = ntext[start : min(sentence_end, start + _REACH)]
    return any(cue in window for cue in cues)
