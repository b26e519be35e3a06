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

mendG109 (diffread74 F2): only a killing, a wounding or a shooting by no
told means. A sentence that tells an attack, an accident or a disaster
(``attack_told``, the cue kinds) or a means no policeman uses on a crowd
(``PROTESTER_MEANS``: a blast, a bomb, a knife, a car, a stampede) keeps
the unidentified attackers; so does a seizing (``PROTESTER_SEIZING``: "خطف
عشرة متظاهرين"), and protesters who are the genitive of a noun before them
(``PROTESTER_HEADS_BEFORE``: "اغتيل قائد المحتجين", the leader struck).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from diplowatch.extract.agent_groups import ARMED_AGENTS, UNNAMED_ATTACKERS
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.victims_only import ACCIDENT_WORD, attack_told
from diplowatch.lang.agent_fields import language_field
from diplowatch.model import Actor
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.words import WORD_RUN, words_before

# The security forces who put down a protest (the spec's COP).
_POLICE = "COP"
# the cue kinds of a deed no one's force did (``trigger_candidates``)
_NO_FORCE_KINDS = frozenset({ACCIDENT_WORD, "disaster"})


@cache
def _words(lang: str, field: str) -> frozenset[str]:
    """A word list of the language's agents table, normalised."""
    return frozenset(normalize_phrase(n) for n in language_field(lang, field))


def _protester_word(word: str, lang: str) -> bool:
    """Whether a word is a protester noun, maybe behind a glued
    conjunction ("والمتظاهرين": ``PROTESTER_CLITICS``)."""
    nouns = _words(lang, "PROTESTER_NOUNS")
    if word in nouns:
        return True
    clitics = _words(lang, "PROTESTER_CLITICS")
    return any(word.startswith(c) and word[len(c) :] in nouns for c in clitics)


def _protesters(ntext: str, m: Mention, lang: str) -> bool:
    """Whether a mention's words hold a protester noun ("دهها معترض") that
    no noun before it owns ("قائد المحتجين": its leader struck)."""
    if not any(_protester_word(w, lang) for w in WORD_RUN.findall(ntext[m.start : m.end])):
        return False
    before = words_before(ntext, m.start, 1)
    return not (before and normalize_phrase(before[0]) in _words(lang, "PROTESTER_HEADS_BEFORE"))


def _other_deed(s: Sentence, trig: Hit, ntext: str, lang: str) -> bool:
    """Whether the deed is not the police's kind: a seizing, or one told
    with an attack, an accident or a disaster or a means (the module)."""
    if attack_told(s) or {c.entry.kind for c in s.cues} & _NO_FORCE_KINDS:
        return True
    seizing = _words(lang, "PROTESTER_SEIZING")
    if any(w in seizing for w in WORD_RUN.findall(ntext, trig.start, trig.end)):
        return True
    means = _words(lang, "PROTESTER_MEANS")
    return any(w in means for w in WORD_RUN.findall(ntext, s.start, s.end))


def police_for_protesters(
    actors: list[Actor], side: list[Mention], ntext: str, lang: str, deed: tuple[Sentence, Hit]
) -> list[Actor]:
    """``actors`` of a deed of force told of its victims alone (no doer
    named, not even a word like "snipers" before the verb), its understood
    attackers (no mention of theirs in ``side``) read as the police when
    its side names protesters and no armed agent, and ``deed`` (its
    sentence and trigger) is a killing, wounding or shooting by no told
    means (see the module)."""
    if not any(a.agent == UNNAMED_ATTACKERS for a in actors):
        return actors
    if any(m.agent in ARMED_AGENTS for m in side):
        return actors
    if not any(_protesters(ntext, m, lang) for m in side):
        return actors
    if _other_deed(*deed, ntext, lang):
        return actors
    return [replace(a, agent=_POLICE) if a.agent == UNNAMED_ATTACKERS else a for a in actors]
