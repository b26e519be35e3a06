"""Nouns for people that are a side only as the one a verb of asking addresses.

An appeal names whom it is aimed at: "urged the public to stay home", "دعا
الناخبين إلى المشاركة", "از رای‌دهندگان خواست". That addressee is the
request's second side (CVL: ``ONTOLOGY.md`` counts citizens and crowds).
The same nouns elsewhere name no one who acts ("49 percent of voters",
"promises made to voters", "the public sector"), so they are listed apart
(``agents.ASKED_AGENT_NOUNS``) and kept only in the addressee's slot:

- after a verb of asking a few words before (``ASKING_BEFORE``: Arabic and
  English, whose verb comes first: "حث … الناخبين", "urged all voters");
- or after an addressee marker (``ASKED_MARKERS``, Persian "از") with a verb
  of asking a few words after (``ASKING_AFTER``: "از واجدان شرایط خواست").

The reach is a few words on either side: the check reads a bounded slice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diplowatch.extract.scan import Hit
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase

# Characters read on either side of a noun: enough for the reach in words.
_SLICE = 120
_PUNCT = "()[]،,.:؛;«»\"'"


@dataclass(frozen=True)
class _Asking:
    before: frozenset[str]  # whole words of asking before the noun
    after: tuple[str, ...]  # stems of asking after the noun (in a word)
    markers: frozenset[str]  # the word right before an addressee
    fillers: frozenset[str]  # words between marker and noun ("همه", "all")
    clitics: tuple[str, ...]  # letters glued before a verb of asking ("و")
    next: frozenset[str]  # the words one of which must follow the noun, if any
    reach: int  # how many words may stand between the verb and the noun


@cache
def _asking(lang: str) -> _Asking:
    data = load(lang, "agents")

    def words(name: str) -> tuple[str, ...]:
        found = {normalize_phrase(w) for w in getattr(data, name, ())} if data else set()
        return tuple(sorted(found - {""}))

    return _Asking(
        frozenset(words("ASKING_BEFORE")),
        words("ASKING_AFTER"),
        frozenset(words("ASKED_MARKERS")),
        frozenset(words("ASKED_FILLERS")),
        words("ASKING_CLITICS"),
        frozenset(words("ASKED_NEXT")),
        int(getattr(data, "ASKING_REACH", 0)),
    )


def _bare(word: str, clitics: tuple[str, ...]) -> tuple[str, ...]:
    """The word, and the word without one glued conjunction ("ودعا")."""
    return (
        word,
        *(word[len(c) :] for c in clitics if word.startswith(c) and len(word) > len(c) + 1),
    )


def _ends_phrase(ntext: str, end: int, next_words: frozenset[str]) -> bool:
    """The noun ends its phrase: no word follows, or one of ``next_words``
    ("to", "for": "urged the public to"), not a noun it qualifies ("the
    public sector", "the public broadcaster"). Languages without the list
    are not checked."""
    if not next_words:
        return True
    after = ntext[end : end + _SLICE].split()[:1]
    return not after or after[0][0] in _PUNCT or after[0].strip(_PUNCT) in next_words


def asked(ntext: str, hit: Hit, lang: str) -> bool:
    """Whether the noun of ``hit`` stands where a verb of asking addresses it."""
    a = _asking(lang)
    if not a.reach or not _ends_phrase(ntext, hit.end, a.next):
        return False
    before = [w.strip(_PUNCT) for w in ntext[max(0, hit.start - _SLICE) : hit.start].split()]
    while before and before[-1] in a.fillers:
        before.pop()
    if a.before and any(
        form in a.before for w in before[-a.reach :] for form in _bare(w, a.clitics)
    ):
        return True
    if not before or before[-1] not in a.markers:
        return False
    after = ntext[hit.end : hit.end + _SLICE].split()[: a.reach]
    return any(stem in w for w in after for stem in a.after)


def asked_only(hits: list[Hit], ntext: str, lang: str, mark: str) -> list[Hit]:
    """The hits without the nouns marked ``mark`` that no verb of asking
    addresses (``asked``)."""
    return [h for h in hits if mark not in h.entry.extra or asked(ntext, h, lang)]
