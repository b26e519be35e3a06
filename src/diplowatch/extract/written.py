"""Hits the letters as written tell apart from the entry they matched.

The normaliser folds letters the lexicon need not tell apart (Arabic ة onto
ه), so a title or noun for people listed with ة also matches a word written
with the pronoun clitic ه:

- a listed homograph (``context.FOLDED_HOMOGRAPHS``) written with ه and no
  article — a possessive never follows one — is another word and no actor:
  "طلبه" is "طلب" + "ه" (his request), not "طلبة" (students); "دعاه" is "he
  invited him", not "دعاة" (preachers);
- a feminine title or noun whose masculine is listed too (``ROLE_TITLES``,
  ``AGENT_NOUNS``: "رئيسة"/"رئيس", "سفيرة"/"سفير") written with ه is the
  masculine with a possessive: "رئيسه", "رئيسها" (its head), "سفيره" (its
  ambassador), which ``mention_scan`` then reads as its owner's;
- any other such entry written with ه and a glued ending is no match at
  all: ة ends its word, so "…هها" is another word.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from diplowatch.extract.scan import Hit
from diplowatch.text.normalize import Normalized

# Kinds of hits written as common nouns (titles, nouns for people).
_NOUN_KINDS = frozenset({"role", "agent"})


@dataclass(frozen=True)
class Folding:
    """A language's data on the letters its normalisation folds."""

    folded: frozenset[str] = frozenset()  # listed words written with the folded letter
    feminines: frozenset[str] = frozenset()  # … whose masculine is listed too
    homographs: frozenset[str] = frozenset()  # … that are another word with the clitic
    letter: str = ""  # the clitic letter as written ("ه")
    article: str = ""  # normalised; a possessive never follows it


def as_written(hits: list[Hit], original: str, norm: Normalized, rules: Folding) -> list[Hit]:
    """``hits`` as their written letters read them (module docstring)."""
    if not rules.folded or not rules.letter:
        return hits
    kept: list[Hit] = []
    for hit in hits:
        read = _read(hit, original, norm, rules)
        if read is not None:
            kept.append(read)
    return kept


def _read(hit: Hit, original: str, norm: Normalized, rules: Folding) -> Hit | None:
    """The hit, the hit re-read as a masculine and its clitic, or None."""
    if hit.entry.kind not in _NOUN_KINDS or (rules.article and rules.article in hit.prefix):
        return hit
    base = norm.text[hit.base_start : hit.base_end]
    if base not in rules.folded:
        return hit
    last = norm.to_original(hit.base_end - 1)
    if original[last : last + 1] != rules.letter:
        return hit  # written with the folded letter itself: the entry
    if base in rules.homographs:
        return None  # "طلبه": his request
    if base in rules.feminines:
        return replace(hit, base_end=hit.base_end - 1)  # "رئيسه": its head
    return None if hit.end > hit.base_end else hit
