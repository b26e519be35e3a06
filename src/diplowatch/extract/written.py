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
  all: ة ends its word, so "…هها" is another word;
- a title or noun matched with the ending "ه" is read by the letter
  written: ه is the possessive ("قائده", marked ``lexicon.POSSESSED`` on a
  title), ة the feminine ("قنصلة"; on a noun for people, "هجمات
  إرهابية", the ending becomes part of the word, so it is no possessed
  "إرهابي" of the state named before).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from diplowatch.extract.lexicon import POSSESSED
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
    feminine: str = ""  # the folded letter as written ("ة")
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
    """The hit as its letters are written (module docstring), or None."""
    if hit.entry.kind not in _NOUN_KINDS or _definite(hit, norm.text, rules.article):
        return hit
    if norm.text[hit.base_end : hit.end] == rules.letter:  # "قنصل" + "ه"
        written = _written(hit.end - 1, original, norm)
        if written == rules.feminine and hit.entry.kind == "agent":
            return replace(hit, base_end=hit.end)  # "إرهابية": a feminine
        return _possessive(hit) if written == rules.letter else hit
    base = norm.text[hit.base_start : hit.base_end]
    if base not in rules.folded or _written(hit.base_end - 1, original, norm) != rules.letter:
        return hit  # written with the folded letter itself: the entry
    if base in rules.homographs:
        return None  # "طلبه": his request
    if base in rules.feminines:
        return _possessive(replace(hit, base_end=hit.base_end - 1))  # "رئيسه": its head
    return None if hit.end > hit.base_end else hit


def _written(pos: int, original: str, norm: Normalized) -> str:
    """The letter the text has at normalised position ``pos``."""
    at = norm.to_original(pos)
    return original[at : at + 1]


def _definite(hit: Hit, ntext: str, article: str) -> bool:
    """The article is on the word (as a prefix or in the entry itself):
    no possessive may follow."""
    return bool(article) and (article in hit.prefix or ntext.startswith(article, hit.base_start))


def _possessive(hit: Hit) -> Hit:
    """A title read with its possessive clitic (``lexicon.POSSESSED``);
    nouns for people mark theirs in ``mention_scan`` by their ending."""
    if hit.entry.kind != "role":
        return hit
    extra = hit.entry.extra or (None,)  # a title's extra opens with its agent
    return replace(hit, entry=replace(hit.entry, extra=(*extra, POSSESSED)))
