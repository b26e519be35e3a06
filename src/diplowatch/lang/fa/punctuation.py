"""Persian punctuation knowledge for sentence segmentation.

The comma ، and semicolon ؛ do not end sentences. Persian news quotes with
guillemets «…».
"""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Era marks (ه.ش، ه.ق، ق.م) are not listed: after a year they may end
        # a sentence, which the single-letter rule already knows.
        "ج.ا.ا",  # Islamic Republic of Iran
        "الف",  # list item "a." (in Persian the word is only a letter name)
        # Latin letters spelled out in acronyms ("بی. بی. سی."); suffix-like
        # names (ام، ای، ان) are left out: they end verbs ("بوده‌ام.").
        "بی", "سی", "دی", "اف", "جی", "اس", "تی", "یو",
    }
)  # fmt: skip

# Abbreviations that are not sentence-final when a number follows.
ABBREVIATIONS_BEFORE_NUMBER: frozenset[str] = frozenset({"ص.پ"})  # post box

# Single letters before a dot are initials or titles (د. for doctor, م. for
# engineer), except after a number where they mark an era.
SINGLE_LETTER_ABBREVIATIONS = True

# Conjunctions joined to the next word, and the title letters that may
# follow them before a dot (Arabic "وم."); none in this language.
PROCLITICS: tuple[str, ...] = ()
TITLE_LETTERS: tuple[str, ...] = ()

SENTENCE_FINAL = ".!?؟۔…"  # ۔ is the Urdu full stop, seen in some Persian text

QUOTE_PAIRS: dict[str, str] = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}
