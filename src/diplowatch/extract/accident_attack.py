"""An attack told beside an accident's word (mendA106).

Two forms, both keep the sentence's deeds of force:

- an accident claimed, an attack told against it (``attack_against_accident``);
- an attack named in the very clause of a deed of force that an accident's
  word would veto (``attack_in_clause``): "قتل مسلحون خمسة جنود قرب موقع حادث
  تصادم", "قتل 30 شخصا في تحطم طائرة أسقطها صاروخ", "a missile strike killed
  12 people, hours after a collision between two trains". The attack word
  (``status.ATTACK_CUES``) must stand in the trigger's own clause: a crash
  told in one clause and a raid in another leave the crash's deaths no
  attack.

The first form:

"قتل 20 شخصا في انفجار قالت الحكومة إنه نجم عن عطل فني بينما قال شهود إن
طائرة مسيرة قصفت المبنى", "officials said a technical fault caused the blast,
but residents said a drone bombed the factory": the accident's word
(``status.DISASTER_CUES``, ``ACCIDENT_CUES``) is one side's claim, and the
clause that a word of contrast opens after it (``context.WISH_CLAUSE_ENDS``:
"بينما", "لكن", "اما", "but", "while") tells an attack: a word of one
(``status.ATTACK_CUES``: "بمباران", "a missile", "bombed") or an armed
actor. Not any trigger of force: "درگیر" (a clash) also tells a lung a
disease has taken ("در حالی که ریه‌اش درگیر شده"). An accident's own word
(``ACCIDENT_CUES``, "accidentally") cancels the attack words of the whole
sentence (``victims_only.attack_told``); the contrast clause's are read here
all the same. The sentence then tells no accident alone, and its deeds of
force stay.
"""

from __future__ import annotations

import re
from functools import cache

from diplowatch.event_types import having
from diplowatch.extract.agent_groups import ARMED_AGENTS
from diplowatch.extract.hope_clause import bounds_of
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.victims_only import ACCIDENT_WORD, ATTACK_WORD
from diplowatch.text.breaks import clause_end, clause_start
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

_ACCIDENT_KINDS = frozenset({"disaster", ACCIDENT_WORD})
_FORCE = having("force")
_BREAKS = CLAUSE_BREAKS | SENTENCE_STOPS


@cache
def _contrast(lang: str) -> re.Pattern[str] | None:
    """The words of contrast of ``lang`` as one pattern of whole words."""
    ends = sorted(bounds_of(lang).ends, key=len, reverse=True)
    if not ends:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ends)) + r")(?!\w)")


def attack_against_accident(s: Sentence, ntext: str, lang: str) -> bool:
    """Whether a word of contrast after the sentence's last accident word
    opens a clause that tells an attack (a word of one or an armed actor)."""
    pattern = _contrast(lang)
    ends = [c.end for c in s.cues if c.entry.kind in _ACCIDENT_KINDS]
    if pattern is None or not ends:
        return False
    found = pattern.search(ntext, max(ends), s.end)
    if found is None:
        return False
    cut = found.end()
    return any(c.entry.kind == ATTACK_WORD and c.start >= cut for c in s.cues) or any(
        m.agent in ARMED_AGENTS and m.start >= cut for m in s.mentions
    )


def attack_in_clause(t: Hit, s: Sentence, ntext: str) -> bool:
    """Whether the deed of force ``t`` has a word of an attack in its own
    clause, in a sentence that names an accident: the accident's word
    (a veto of the deed's type, ``triggers.VETO_WORDS``) does not cancel
    it."""
    if t.entry.value not in _FORCE or not any(c.entry.kind in _ACCIDENT_KINDS for c in s.cues):
        return False
    lo = clause_start(ntext, s.start, t.start, _BREAKS)
    hi = clause_end(ntext, t.end, s.end, _BREAKS)
    return any(c.entry.kind == ATTACK_WORD and lo <= c.start and c.end <= hi for c in s.cues)
