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
        # Latin letters spelled out in acronyms ("بي. بي. سي.", "سي. إن. إن.").
        # None of these words can end a sentence: "في" (in), "إن" (that) and
        # "أو" (or) never stand last.
        "بي", "سي", "دي", "إف", "جي", "إتش", "آي", "جيه", "كيه", "إل", "إم", "إن",
        "أو", "كيو", "آر", "إس", "تي", "يو", "في", "إكس", "واي", "زد",
    }
)  # fmt: skip

# Abbreviations that are not sentence-final when a number follows.
ABBREVIATIONS_BEFORE_NUMBER: frozenset[str] = frozenset({"ص.ب"})  # post box

# Single letters before a dot are titles or initials: د. (doctor), م.
# (engineer), أ. (professor) … — except after a number, where م./هـ. mark the
# era of a year and may end a sentence.
SINGLE_LETTER_ABBREVIATIONS = True

# Conjunctions written joined to the next word ("وم." = "and Eng."): a title
# letter behind one of them is still an abbreviation. Only the title letters
# are allowed after a proclitic, since "له." or "به." are words.
PROCLITICS: tuple[str, ...] = ("و", "ف")
TITLE_LETTERS: tuple[str, ...] = ("د", "م", "أ", "ا")

SENTENCE_FINAL = ".!?؟۔…"  # ۔ is the Urdu full stop, seen in some Persian text

QUOTE_PAIRS: dict[str, str] = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}

# A line that ends with one of these words goes on on the next line (text
# wrapped at a fixed width): prepositions, conjunctions and relative
# pronouns never close a sentence.
LINE_END_CONTINUES: frozenset[str] = frozenset(
    {
        "و", "أو", "في", "من", "على", "إلى", "عن", "مع", "أن", "بأن", "إن", "لأن",
        "التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان", "اللذان",
        "بين", "لدى", "حول", "ضد", "عبر", "خلال", "منذ", "حتى", "لكن", "ثم",
        "قد", "لقد", "وقد", "فقد", "لم", "لن", "كان", "كانت", "بشأن", "تجاه", "نحو",
    }
)  # fmt: skip

# No Arabic word is listed: a sentence may open with almost any word.
LINE_START_CONTINUES: frozenset[str] = frozenset()
