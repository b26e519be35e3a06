"""Words of sending troops, read alike wherever troops are told as sent
(``participants``: the state that sends them; ``countries``: troops not of
the place they are sent to). One reading, so the two cannot drift apart
(mendD71: ``countries`` read off any first letter, "مدفع" as "دفع")."""

from __future__ import annotations

# Marks inside a number written in figures ("1,000", "3.5", Arabic "٫" "٬").
_FIGURE_MARKS = str.maketrans("", "", ",.\u066b\u066c")


def is_figure(word: str) -> bool:
    """Whether ``word`` is a number written in figures ("1,000", "۶۰۰", "3.5")."""
    return word.translate(_FIGURE_MARKS).isdigit()


def bare_word(word: str, clitics: frozenset[str]) -> str:
    """``word`` without one glued clitic letter (``context.SENT_CLITICS``:
    "لإرسال", "وأرسلت"); no other first letter is read off."""
    return word[1:] if word[:1] in clitics else word


def sending_word(word: str, verbs: frozenset[str], clitics: frozenset[str]) -> bool:
    """Whether ``word``, as written or without a clitic of ``clitics``, is
    a verb of sending (``context.SENT_VERBS``)."""
    return word in verbs or bare_word(word, clitics) in verbs


def uncounted(words: list[str], counts: frozenset[str]) -> list[str]:
    """``words`` without a troop count's words (``context.SENT_COUNT_WORDS``:
    "نحو", "about") and numbers in figures: what is left of a gap once the
    count, part of the troops' own phrase, is left out."""
    return [w for w in words if w not in counts and not is_figure(w)]
