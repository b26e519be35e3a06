"""A named officer's own trip is a visit, not his forces moving (ranks62fa).

A military side that travels ("سفر کرد", "visited") is read as a deployment
of forces (``agents.TYPE_BY_SOURCE``) unless its doer holds an office
(``FORCES_ONLY``). A land rank written before a personal name ("سردار X",
"سرتیپ X", "Brigadier General X") names one officer, who travels as a
person; it holds no office, so it is given no role (round 60 measured that:
ranks as officials moved actors everywhere) — only its trip is kept a visit.
Admirals are left out of the lists (``agents.PERSON_RANKS``): an admiral's
"سفر" is most often his fleet's voyage, which stays a deployment; so does a
trip of which a force word ("ناوگروه", "troops") stands between the officer
and the verb.
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.mention import Mention
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase

_MIL = "MIL"


@cache
def _ranks(lang: str) -> frozenset[str]:
    """The language's land ranks a personal name follows, normalised."""
    return frozenset(normalize_phrase(r) for r in getattr(load(lang, "agents"), "PERSON_RANKS", ()))


def _is_rank(m: Mention, text: str, lang: str) -> bool:
    """Whether the mention is a bare land rank ("سردار", "colonel")."""
    return m.agent == _MIL and not m.role and text[m.start : m.end].strip() in _ranks(lang)


def _before_name(m: Mention, mentions: list[Mention], text: str, lang: str) -> bool:
    """Whether a word that is no actor (the name) follows the rank, passing
    over further ranks ("brigadier general")."""
    end = m.end
    starts = {x.start: x for x in mentions}
    while True:
        pos = end + (len(text[end:]) - len(text[end:].lstrip(" ")))
        if pos >= len(text) or not text[pos].isalpha():
            return False
        nxt = starts.get(pos)
        if nxt is None:
            return True
        if not _is_rank(nxt, text, lang):
            return False
        end = nxt.end


def ranked_traveller(mentions: list[Mention], verb_start: int, text: str, lang: str) -> bool:
    """Whether the military doer before the verb at ``verb_start`` is an
    officer named after his land rank, with no force word between him and
    the verb: his trip is a person's visit."""
    before = [m for m in mentions if m.end <= verb_start and m.agent == _MIL]
    if not before or not _is_rank(before[0], text, lang):
        return False
    if not _before_name(before[0], mentions, text, lang):
        return False
    return all(m.role or _is_rank(m, text, lang) for m in before[1:])
