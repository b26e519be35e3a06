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

# A line that ends with one of these words goes on on the next line (text
# wrapped at a fixed width): prepositions, conjunctions, the object marker
# "را" and the present prefix "می" written apart never close a sentence.
LINE_END_CONTINUES: frozenset[str] = frozenset(
    {
        "و", "با", "از", "به", "در", "را", "که", "برای", "تا", "یا", "بر", "درباره",
        "اینکه", "این", "آن", "های", "اما", "ولی", "زیرا", "چون", "می", "نمی",
        "بین", "میان", "علیه", "توسط", "طی", "پس", "پیش",
    }
)  # fmt: skip

# A line that opens with one of these words is the end of the sentence
# before it: the light verbs and auxiliaries of a compound verb ("… را محکوم
# / کرد") never open a Persian sentence.
LINE_START_CONTINUES: frozenset[str] = frozenset(
    {
        "کرد", "کردند", "کرده", "کرده‌اند", "کرده‌است", "نمود", "نمودند", "نموده",
        "شد", "شدند", "شده", "شده‌اند", "است", "هستند", "بود", "بودند",
        "می‌کند", "می‌کنند", "میکند", "میکنند", "کند", "کنند",
        "می‌شود", "می‌شوند", "شود", "شوند", "خواهد", "خواهند",
        "داد", "دادند", "گرفت", "گرفتند", "گذاشت", "گذاشتند", "ساخت", "ساختند",
        "می", "نمی",  # the present prefix written apart ("می کند")
        # "قرار" alone may open one ("قرار است …"), with its light verb not
        "قرار داد", "قرار دادند", "قرار گرفت", "قرار گرفتند", "قرار دارد", "قرار دارند",
    }
)  # fmt: skip
