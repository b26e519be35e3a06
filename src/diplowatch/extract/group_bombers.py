"""A suicide attack a named armed group carries out is the group's, no second doer.

Arabic writes "suicide" as an adjective after the attack's noun ("شن تنظيم
داعش هجوما انتحاريا", "3 هجمات انتحارية", "يقف وراء الاعتداء الانتحاري"),
and the same word is the noun of the bomber ("انتحاري فجر نفسه"); Persian
likewise ("داعش سه حمله انتحاری … انجام داد"). The lexicon reads the
adjective as an unidentified attacker (UAF), which is right where no one is
named (the bomber is then the understood doer); but where a named movement
(REB with a name) is written before the attack as its subject, the bomber
is one of its men: the movement is the doer, and the extra attacker took
the place of whom the attack struck. So there a suicide adjective right
after a deed noun (``context.SUICIDE_DEED_NOUNS``, ``SUICIDE_ADJECTIVES``)
is no mention; so too where the movement is named after it in a sentence
that tells a claim ("تفجيران انتحاريان … تبناهما تنظيم داعش",
``claims``). Not where the movement comes after the attack otherwise
("استهدف هجوم انتحاري مقرا لجماعة الحوثيين": it is struck), nor where the attack is the
circumstance of what befell it (``SUICIDE_CIRCUMSTANCES``: "قتل 10 من
مقاتلي حركة طالبان في هجوم انتحاري"). English writes "suicide attack"
before the noun and reads no attacker in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplowatch.extract.agent_groups import UNNAMED_ATTACKERS
from diplowatch.extract.mention import Mention
from diplowatch.extract.titles import previous_word

_MOVEMENT = "REB"


@dataclass(frozen=True)
class SuicideWords:
    """A language's words for a suicide attack (``lang/<code>/context.py``)."""

    deed_nouns: frozenset[str]  # "هجوما", "حمله"
    adjectives: frozenset[str]  # "انتحاريا", "انتحاری"
    circumstances: frozenset[str]  # "في", "در": the attack as where a death befell
    counters: frozenset[str]  # "یک", "ثلاث": a count between the preposition and the noun


def without_group_bombers(
    mentions: list[Mention], text: str, words: SuicideWords, claimed: bool
) -> list[Mention]:
    """``mentions`` without a suicide adjective of a deed noun that a named
    movement carried out (its bomber is the movement): one written before
    it, or anywhere in a sentence that tells a claim (``claimed``:
    "تفجيران انتحاريان … تبناهما تنظيم داعش")."""
    if not words.deed_nouns:
        return mentions
    movements = [m for m in mentions if m.agent == _MOVEMENT and m.name]
    if not movements:
        return mentions
    return [m for m in mentions if not _group_bomber(m, movements, text, words, claimed)]


def _group_bomber(
    m: Mention, movements: list[Mention], text: str, words: SuicideWords, claimed: bool
) -> bool:
    """``m`` is an attacker written as the adjective right after a deed noun
    that is told as done, after a named movement or with a claim."""
    if m.agent != UNNAMED_ATTACKERS or m.prefix or m.name:
        return False
    if text[m.start : m.end].strip() not in words.adjectives:
        return False
    deed = previous_word(text, m.start)
    if deed not in words.deed_nouns:
        return False
    deed_start = text.rfind(deed, 0, m.start)
    if _opener(text, deed_start, words.counters) in words.circumstances:
        return False
    return claimed or any(g.end <= deed_start for g in movements)


def _opener(text: str, start: int, counters: frozenset[str]) -> str:
    """The word before the deed noun at ``start``, across a count ("في 3
    هجمات", "در یک حمله"): a preposition there opens the whole phrase."""
    word = previous_word(text, start)
    if word.isdigit() or word in counters:
        return previous_word(text, text.rfind(word, 0, start))
    return word
