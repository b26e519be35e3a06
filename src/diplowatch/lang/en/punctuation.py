"""English punctuation knowledge for sentence segmentation.

Entries are lower-case and without the final dot; the segmenter compares
case-insensitively because it also runs on lower-cased normalised text.
"""

from __future__ import annotations

# A dot after these never ends a sentence (titles, "U.S.", company suffixes
# that are almost always followed by more text).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft",
        "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig",
        "gov", "sen", "rep", "rev", "hon", "pres", "amb", "supt", "insp",
        "u.s", "u.n", "u.k", "e.u", "u.s.a", "u.a.e", "d.c", "a.m", "p.m",
        "e.g", "i.e", "cf", "vs", "approx", "dept", "est", "fig", "inc", "corp",
    }
)  # fmt: skip

# A dot after these ends no sentence when a number follows ("No. 5",
# "Jan. 12") but may end one otherwise ("he said no.").
ABBREVIATIONS_BEFORE_NUMBER: frozenset[str] = frozenset(
    {
        "no", "nos", "art", "p", "pp", "vol", "ch", "sec", "para", "op",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip

# Single-letter words before a dot are initials ("J. Smith").
SINGLE_LETTER_ABBREVIATIONS = True

# Marks that end a sentence.
# Conjunctions joined to the next word, and the title letters that may
# follow them before a dot (Arabic "وم."); none in this language.
PROCLITICS: tuple[str, ...] = ()
TITLE_LETTERS: tuple[str, ...] = ()

SENTENCE_FINAL = ".!?…؟۔"  # Arabic-script marks too: quotes in other scripts occur

# Opening → closing quotation marks.
QUOTE_PAIRS: dict[str, str] = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb"}

# A line that ends with one of these words goes on on the next line (text
# wrapped at a fixed width): articles, prepositions, conjunctions,
# possessives and auxiliaries never close a sentence.
LINE_END_CONTINUES: frozenset[str] = frozenset(
    {
        "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "with",
        "for", "by", "from", "into", "onto", "his", "her", "its", "their", "our",
        "which", "who", "whose", "than", "between", "against", "during", "over",
        "under", "about", "is", "are", "was", "were", "has", "have", "had",
        "will", "would", "shall", "could", "should", "can", "may", "might", "must",
    }
)  # fmt: skip

# English opens sentences with lower-case-looking words only in headlines;
# with letter case folded away no word can tell, so none is listed.
LINE_START_CONTINUES: frozenset[str] = frozenset()
