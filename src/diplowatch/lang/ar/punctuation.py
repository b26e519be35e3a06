"""Arabic punctuation knowledge for sentence segmentation.

The Arabic comma ، and semicolon ؛ do not end sentences, so they are absent
from ``SENTENCE_FINAL``.
"""

from __future__ import annotations

# Multi-letter abbreviations written with dots (compared after the segmenter
# strips the final dot).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "ج.م.ع",  # Arab Republic of Egypt
        "ق.م",  # before Christ
    }
)

# Abbreviations that are not sentence-final when a number follows.
ABBREVIATIONS_BEFORE_NUMBER: frozenset[str] = frozenset({"ص.ب"})  # post box

# Single letters before a dot are titles or initials: د. (doctor), م.
# (engineer), أ. (professor) … — except after a number, where م./هـ. mark the
# era of a year and may end a sentence.
SINGLE_LETTER_ABBREVIATIONS = True

SENTENCE_FINAL = ".!?؟۔…"  # ۔ is the Urdu full stop, seen in some Persian text

QUOTE_PAIRS: dict[str, str] = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}
