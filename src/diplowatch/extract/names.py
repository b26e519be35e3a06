"""Proper names in a script with capital letters: which actor hits are names.

In English a country, city or organisation is written with a capital; the
same letters in lower case are ordinary words ("turkey", "fine china",
"jordan almonds"). Some names are also given names, surnames or parts of
longer names ("Michael Jordan", "Jordan Bardella", "Lake Chad", "the Georgia
Bureau of Investigation", "Atlanta, Georgia"). Such a name is kept or
dropped by what stands next to it, not by a list of sentences: a
capitalised word glued to it that is neither a function word nor a word the
lexicon knows makes it part of a longer name; a city of another country
right before it or coordinated with it makes it a region of that country.

Languages without capitals (Arabic, Persian) set none of the knobs in
``context.py``; their hits are only checked for letters the normaliser
folded (``written.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplowatch.extract.lexicon import DEED_OWNER
from diplowatch.extract.scan import Hit
from diplowatch.extract.written import Folding, as_written
from diplowatch.text.normalize import Normalized

# Kinds that are names of something (titles and agent nouns are common nouns).
NAME_KINDS = {"state", "state_adj", "capital", "city", "igo", "person", "group"}
# Place names are checked against their neighbours too ("Washington Post",
# "Sofia Coppola", "Tehran Times").
PLACE_KINDS = {"capital", "city"}
_WORD = re.compile(r"[^\W_][\w'’.-]*")


@dataclass(frozen=True)
class NameRules:
    capitalised: bool  # names start with a capital letter (English)
    by_neighbours: frozenset[str]  # normalised forms resolved by their neighbours
    function_words: frozenset[str]  # capitalised words that never start a name part
    articles: tuple[str, ...] = ()  # "the Vatican": the capital is looked for after one
    conjunctions: frozenset[str] = frozenset()  # "Georgia and South Carolina"
    # the letters the normaliser folds, as written (``written.as_written``:
    # "طلبه" his request, not "طلبة" students)
    folding: Folding = Folding()


def proper_names(
    hits: list[Hit],
    text: str,
    norm: Normalized,
    known: frozenset[int],
    rules: NameRules,
) -> list[Hit]:
    """The actor hits that are names here (see the module docstring).

    ``known`` holds the start and end offsets (normalised text) of every
    lexicon hit, so a neighbour the lexicon knows ("President", "Foreign")
    never makes a name longer. Hits whose letters as written make them
    another word (``written.as_written``) go first: like a name in lower
    case, they are another word written the same in normalised text.
    """
    hits = as_written(hits, text, norm, rules.folding)
    if not rules.capitalised or not any(c.isupper() for c in text):
        return hits
    kept: list[Hit] = []
    for i, hit in enumerate(hits):
        # a deed's owner ("coalition strikes", doer76) is a common noun
        if hit.entry.kind not in NAME_KINDS or DEED_OWNER in hit.entry.extra:
            kept.append(hit)
            continue
        a, b = norm.span_to_original(hit.base_start, hit.base_end)
        first = _after_article(text, a, rules.articles)
        if not (text[first : first + 1].isupper() or text[first : first + 1].isdigit()):
            continue  # "turkey", "china", "chad" in lower case are common words
        base = norm.text[hit.base_start : hit.base_end]
        if (base in rules.by_neighbours or hit.entry.kind in PLACE_KINDS) and not _headline(
            text, a, b, rules
        ):
            if _longer_name(text, norm, hit, known, rules):
                continue
            if base in rules.by_neighbours and _region_of_other(hits, i, norm.text, rules):
                continue
        kept.append(hit)
    return kept


def _after_article(text: str, a: int, articles: tuple[str, ...]) -> int:
    """Where a name written at ``a`` begins past its article ("the Vatican",
    "al-Shabaab": an article written with its hyphen is glued to the name)."""
    for article in articles:
        glued = article.endswith("-")
        written = article if glued else article + " "
        if text[a : a + len(written)].lower() == written:
            return a + len(written)
    return a


def _word_before(ntext: str, pos: int) -> tuple[int, int] | None:
    """Span of the word separated from ``pos`` by exactly one space."""
    if pos < 2 or ntext[pos - 1] != " " or not ntext[pos - 2].isalnum():
        return None
    i = pos - 2
    while i > 0 and (ntext[i - 1].isalnum() or ntext[i - 1] in "'-"):
        i -= 1
    return i, pos - 1


def _word_after(ntext: str, pos: int) -> tuple[int, int] | None:
    if pos + 1 >= len(ntext) or ntext[pos] != " " or not ntext[pos + 1].isalnum():
        return None
    j = pos + 1
    while j < len(ntext) and (ntext[j].isalnum() or ntext[j] in "'-"):
        j += 1
    return pos + 1, j


def _name_part(
    span: tuple[int, int] | None,
    text: str,
    norm: Normalized,
    known: frozenset[int],
    rules: NameRules,
) -> bool:
    """A capitalised word that is no function word and no lexicon word."""
    if span is None or span[0] in known or span[1] in known:
        return False
    a, b = norm.span_to_original(*span)
    word = text[a:b]
    return word[:1].isupper() and word.lower().rstrip(".") not in rules.function_words


def _longer_name(
    text: str, norm: Normalized, hit: Hit, known: frozenset[int], rules: NameRules
) -> bool:
    """A capitalised unknown word glued before or after the name ("Michael
    Jordan", "Jordan Bardella", "Lake Chad"); after a possessive ("Jordan's
    King Abdullah") the next word is what the name owns."""
    ntext = norm.text
    if _name_part(_word_before(ntext, hit.base_start), text, norm, known, rules):
        return True
    if hit.end > hit.base_end:
        return False
    return _name_part(_word_after(ntext, hit.base_end), text, norm, known, rules)


def _headline(text: str, a: int, b: int, rules: NameRules) -> bool:
    """Every content word around the name is capitalised: a title-case
    headline, where capitals tell nothing."""
    window = _WORD.findall(text[max(0, a - 60) : a])[-5:] + _WORD.findall(text[b : b + 60])[:5]
    content = [w for w in window if w.lower() not in rules.function_words]
    return len(content) >= 4 and all(w[0].isupper() or w[0].isdigit() for w in content)


def _region_of_other(hits: list[Hit], i: int, ntext: str, rules: NameRules) -> bool:
    """ "Atlanta, Georgia", "Georgia and South Carolina": next to a city or
    region of another country, the name is that country's region."""
    hit = hits[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(hits):
            continue
        other = hits[j]
        if other.entry.kind != "city" or other.entry.value == hit.entry.value:
            continue
        lo, hi = (other.end, hit.start) if j < i else (hit.end, other.start)
        if ntext[lo:hi].strip() in rules.conjunctions:
            return True
    return False
