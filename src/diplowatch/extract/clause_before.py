"""The words of the clause going on before a position.

The purpose cue before a deed (``aimed``) and the head or condition before an
Arabic auxiliary (``aux_held``) are read among the words before it in its
clause: back to the last clause break or sentence stop, within a window of
characters. One helper on ``text.breaks.last_break`` reads them for both
(mendG108, diffread73 F6), so the two rules cut the clause alike.
"""

from __future__ import annotations

from diplowatch.text.breaks import last_break
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

_BREAKS = CLAUSE_BREAKS | SENTENCE_STOPS


def clause_words_before(text: str, pos: int, window: int) -> list[str]:
    """The words of ``text`` before ``pos``, at most ``window`` characters
    back, after the last clause break or sentence stop there."""
    lo = max(0, pos - window)
    cut = last_break(text, lo, pos, _BREAKS)
    return text[cut + 1 if cut >= 0 else lo : pos].split()
