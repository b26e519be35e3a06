"""Where a hope's clause ends (english72).

A hope or a wish (``status.WISH_CUES``: "expressed hope that", "hopes")
governs the clause that follows it, up to ``hypothetical.WISH_SPAN`` words with
no punctuation between. An English clause may end well before that with no
comma: "Iran hopes the talks will succeed while Israeli jets struck Gaza",
"the UN hopes both sides respect the truce after Russia withdrew its troops".
The deed told after such a word is no part of what is hoped:

- a word of ``context.WISH_CLAUSE_ENDS`` ("while", "whereas", "but"; Arabic
  "بينما", "في حين"; Persian "در حالی که") always opens a clause of its own;
- a word of ``context.WISH_TOLD_OPENERS`` ("as", "after", "and") opens one
  when the deed's verb is in the simple past ("… as Iraqi forces attacked"),
  as a hoped deed is told with "will/would" or the base form ("hopes the
  talks will resume after Israel withdraws", "hoped the two sides would
  meet and sign a deal"): a regular past (``PAST_PARTICIPLE_ENDINGS``,
  "attacked") or an irregular one (``context.PAST_VERB_FORMS``, "struck").

The same verb shapes tell the English mandative subjunctive
(``status.MANDATIVE_CUES``: "insisted/suggested that"): "the union insisted
that the government withdraw the bill" names what is to be done, "Iran
insisted that Israel struck first" reports a deed (``bare_verb``).

A language that lists none of these words keeps the plain span. A cue of
plan in the hope's clause ("hopes the talks will succeed as …") ends there
too (``status._cue_reaches``, ``bounds_of``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diplowatch.extract.lang_words import phrase_set

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class WishBounds:
    """The words that end a hope's clause, and how a past verb is told."""

    ends: frozenset[str] = frozenset()
    told_openers: frozenset[str] = frozenset()
    past_forms: frozenset[str] = frozenset()
    past_endings: tuple[str, ...] = ()
    # english72: the finite auxiliaries before a verb that make it indicative
    # ("had struck", "will withdraw"), and the subjunctive's own "be"
    finite_aux: frozenset[str] = frozenset()
    bare_be: frozenset[str] = frozenset()
    # mendA72: phrases that start with an opener and open no told clause
    # ("as long as": a condition); a verb's inflected endings ("-s", "-ing")
    # and those that are none ("-ss"); the words that make a trigger a noun
    # ("the bomb"); the mandative phrases ("insisted that"), read beside the
    # cues so that "insisted" stays the speaker's attribution cue
    not_openers: tuple[str, ...] = ()
    inflected: tuple[str, ...] = ()
    uninflected: tuple[str, ...] = ()
    noun_leads: frozenset[str] = frozenset()
    mandative: tuple[str, ...] = ()

    def closes(self, gap: str, ntext: str, at: int) -> bool:
        """Whether a word in ``gap`` (the words between a hope, or a hoped
        deed, and the deed starting at ``at`` in ``ntext``) ends the hope's
        clause before that deed."""
        padded = f" {' '.join(gap.split())} "
        if any(f" {end} " in padded for end in self.ends):
            return True
        for phrase in self.not_openers:
            padded = padded.replace(f" {phrase} ", " ")
        return bool(self.told_openers & set(padded.split())) and self._past(ntext, at)

    def closing_at(self, gap: str) -> int:
        """Where in ``gap`` the last word that may end a hope's clause
        starts ("… will succeed as Russian jets struck": "as"), 0 for none."""
        padded = f" {gap} "
        found = [padded.rfind(f" {w} ") for w in self.ends | self.told_openers]
        return max([0, *found])

    def bare_verb(self, ntext: str, at: int) -> bool:
        """Whether the verb at ``at`` is in its bare form, the mood of the
        mandative subjunctive: "that the government withdraw", "that the
        ambassador be expelled"; not "withdraws", "withdrew", "attacked",
        "had struck", "will withdraw" (indicative), nor a noun, which a
        determiner leads or a finite verb follows ("that the bomb …", "that
        the US attack was illegal", "the strike killed civilians": mendA72)."""
        before = ntext[max(0, at - 30) : at].split()
        last = before[-1] if before else ""
        if last in self.bare_be:
            return True
        found = _WORD.match(ntext, at)
        word = found.group() if found else ""
        if last in self.noun_leads or self._finite_next(ntext, at + len(word)):
            return False
        inflected = word.endswith(self.inflected) and not word.endswith(self.uninflected)
        return not (last in self.finite_aux or inflected or self._past(ntext, at))

    def shares_modal(self, ntext: str, at: int) -> bool:
        """Whether the verb at ``at`` is a bare verb that shares the modal
        of the verb before it ("will continue the talks but attack Hamas"):
        a cue of plan reaches it across "but" (mendA72). Only a language
        that tells its finite auxiliaries can say so."""
        return bool(self.finite_aux) and self.bare_verb(ntext, at)

    def _finite_next(self, ntext: str, end: int) -> bool:
        """Whether the word after ``end`` is a finite verb ("attack was",
        "strike killed"): the word before it is its subject, a noun."""
        found = _WORD.search(ntext, end, min(len(ntext), end + 30))
        if found is None or ntext[end : found.start()].strip():
            return False
        return found.group() in self.finite_aux or self._past(ntext, found.start())

    def _past(self, ntext: str, at: int) -> bool:
        """Whether the word at ``at`` is a verb in the simple past."""
        found = _WORD.match(ntext, at)
        word = found.group() if found else ""
        return word in self.past_forms or (
            len(word) > 4 and bool(self.past_endings) and word.endswith(self.past_endings)
        )


# A language with no bounds: a hope's clause runs its whole span.
NO_BOUNDS = WishBounds()


@cache
def bounds_of(lang: str) -> WishBounds:
    """A language's ``WishBounds``, read from its ``context.py`` and
    ``status.py`` (one source for the hope's rules and the status rules)."""

    def words(name: str, module: str = "context") -> frozenset[str]:
        return phrase_set(lang, module, name)

    return WishBounds(
        words("WISH_CLAUSE_ENDS"),
        words("WISH_TOLD_OPENERS"),
        words("PAST_VERB_FORMS"),
        tuple(sorted(words("PAST_PARTICIPLE_ENDINGS"))),
        words("MANDATIVE_NOT_AFTER"),
        words("MANDATIVE_BE"),
        tuple(sorted(words("WISH_NOT_OPENERS"))),
        tuple(sorted(words("VERB_INFLECTED_ENDINGS"))),
        tuple(sorted(words("VERB_UNINFLECTED_ENDINGS"))),
        words("MANDATIVE_NOUN_LEADS"),
        tuple(sorted(words("MANDATIVE_PHRASES", "status"))),
    )
