"""Cheap checks that a rule's cue words are written at all (speed77).

A rule that needs a phrase of its data ("in coordination with", "killed
in") finds nothing where no piece of any such phrase is written: every
whitespace-free piece of a phrase a rule matches, however it normalises
the spaces between words or strips quotes from a word's edges, is a
substring of the text it reads. Checking the longest piece of each phrase
first lets a rule skip its work where none is written; the answer is the
same, only sooner.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=256)
def cue_pieces(phrases: frozenset[str]) -> frozenset[str] | None:
    """The longest piece of each phrase of ``phrases``; None when a phrase
    is blank (it would match anywhere, so no check may skip a text)."""
    pieces = []
    for phrase in phrases:
        words = phrase.split()
        if not words:
            return None
        pieces.append(max(words, key=len))
    return frozenset(pieces)


@lru_cache(maxsize=256)
def cue_last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last word of each phrase of ``phrases``: a run of words joined by
    single spaces equals a phrase only when its last word is one of these,
    so a rule reading words backwards tries its phrases only at them
    (speed107: ``claimed_identity`` asked every word before every mention)."""
    return frozenset(words[-1] for words in map(str.split, phrases) if words)


def cue_written(text: str, phrases: frozenset[str]) -> bool:
    """Whether any phrase of ``phrases`` may be written in ``text``: False
    only when a piece of none of them is (its rule then finds nothing).
    The pieces are tried by ``map`` over ``str.__contains__``, in C: the
    check runs for every trigger of several rules (speed81)."""
    pieces = cue_pieces(phrases)
    return pieces is None or any(map(text.__contains__, pieces))
