"""Protesters struck by a hand the sentence does not name: the police's.

"دهها معترض طی تظاهرات کشته شدند", "ten protesters were killed during the
demonstrations", "قتل عشرة متظاهرين": a deed of force whose victims are
protesters and whose doer no side names leaves the security forces
understood, not unidentified attackers (the readers of the corpus code
them COP, as ACLED does a crackdown). The understood attackers
(``IMPLIED_AGENTS``: UAF) become the police of the same country. A
sentence that names any armed side (a policeman struck beside them, an
armed group) keeps its reading: the armed are then the victims or doers it
names. The protester nouns are data (``PROTESTER_NOUNS`` in
``lang/<code>/agents.py``). Its own module because it rereads only the
understood side of one kind of deed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from diplowatch.extract.agent_groups import ARMED_AGENTS, UNNAMED_ATTACKERS
from diplowatch.extract.mention import Mention
from diplowatch.lang.agent_fields import language_field
from diplowatch.model import Actor
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.words import WORD_RUN

# The security forces who put down a protest (the spec's COP).
_POLICE = "COP"


@cache
def _nouns(lang: str) -> frozenset[str]:
    """The language's protester nouns, normalised."""
    return frozenset(normalize_phrase(n) for n in language_field(lang, "PROTESTER_NOUNS"))


def _protesters(ntext: str, m: Mention, nouns: frozenset[str]) -> bool:
    """Whether a mention's words hold a protester noun ("دهها معترض")."""
    return any(w in nouns for w in WORD_RUN.findall(ntext[m.start : m.end]))


def police_for_protesters(
    actors: list[Actor], side: list[Mention], ntext: str, lang: str
) -> list[Actor]:
    """``actors`` of a deed of force told of its victims alone (no doer
    named, not even a word like "snipers" before the verb), its understood
    attackers (no mention of theirs in ``side``) read as the police when
    its side names protesters and no armed agent (see the module)."""
    if not any(a.agent == UNNAMED_ATTACKERS for a in actors):
        return actors
    if any(m.agent in ARMED_AGENTS for m in side):
        return actors
    nouns = _nouns(lang)
    if not nouns or not any(_protesters(ntext, m, nouns) for m in side):
        return actors
    return [replace(a, agent=_POLICE) if a.agent == UNNAMED_ATTACKERS else a for a in actors]
