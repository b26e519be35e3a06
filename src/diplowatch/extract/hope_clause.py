"""Where a hope's clause ends (english72).

A hope or a wish (``status.WISH_CUES``: "expressed hope that", "hopes")
governs the clause that follows it, up to ``nonevents.WISH_SPAN`` words with
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

from diplowatch import lang as lang_data
from diplowatch.text.normalize import normalize_phrase

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

    def closes(self, gap: str, ntext: str, at: int) -> bool:
        """Whether a word in ``gap`` (the words between a hope, or a hoped
        deed, and the deed starting at ``at`` in ``ntext``) ends the hope's
        clause before that deed."""
        padded = f" {' '.join(gap.split())} "
        if any(f" {end} " in padded for end in self.ends):
            return True
        return bool(self.told_openers & set(gap.split())) and self._past(ntext, at)

    def bare_verb(self, ntext: str, at: int) -> bool:
        """Whether the verb at ``at`` is in its bare form, the mood of the
        mandative subjunctive: "that the government withdraw", "that the
        ambassador be expelled"; not "withdraws", "withdrew", "attacked",
        "had struck", "will withdraw" (indicative)."""
        before = ntext[max(0, at - 30) : at].split()
        last = before[-1] if before else ""
        if last in self.bare_be:
            return True
        found = _WORD.match(ntext, at)
        word = found.group() if found else ""
        third = word.endswith("s") and not word.endswith("ss")
        return not (
            last in self.finite_aux or third or word.endswith("ing") or self._past(ntext, at)
        )

    def _past(self, ntext: str, at: int) -> bool:
        """Whether the word at ``at`` is a verb in the simple past."""
        found = _WORD.match(ntext, at)
        word = found.group() if found else ""
        return word in self.past_forms or (
            len(word) > 4 and bool(self.past_endings) and word.endswith(self.past_endings)
        )


# A language with no bounds: a hope's clause runs its whole span.
NO_BOUNDS = WishBounds()


def wish_bounds(ctx: object) -> WishBounds:
    """The language's ``WishBounds`` from its context data (the regular
    past's endings are the syntax's ``past_participle_endings``)."""
    return WishBounds(
        getattr(ctx, "wish_clause_ends", frozenset()),
        getattr(ctx, "wish_told_openers", frozenset()),
        getattr(ctx, "past_verb_forms", frozenset()),
        tuple(getattr(getattr(ctx, "syntax", None), "past_participle_endings", ())),
        getattr(ctx, "mandative_not_after", frozenset()),
        getattr(ctx, "mandative_be", frozenset()),
    )


@cache
def bounds_of(lang: str) -> WishBounds:
    """``wish_bounds`` read straight from a language's ``context.py`` (for
    the status rules, which get no ``Context``)."""
    data = lang_data.load(lang, "context") if lang else None

    def words(name: str) -> frozenset[str]:
        return frozenset(normalize_phrase(w) for w in getattr(data, name, ()))

    return WishBounds(
        words("WISH_CLAUSE_ENDS"),
        words("WISH_TOLD_OPENERS"),
        words("PAST_VERB_FORMS"),
        tuple(sorted(words("PAST_PARTICIPLE_ENDINGS"))),
        words("MANDATIVE_NOT_AFTER"),
        words("MANDATIVE_BE"),
    )
