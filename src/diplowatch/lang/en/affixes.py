"""English inflectional endings allowed after a lexicon entry (text is lower-cased).

The possessive needs no ending: an apostrophe is no letter, so the matcher
stops before it ("Japan's" is "japan" followed by "'s", see
``context.POSSESSIVE_MARKERS``).
"""

AFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "name": (("",), ("",)),
    "adjective": (("",), ("", "s")),
    "noun": (("",), ("", "s", "es")),
    "verb": (("",), ("", "s", "es", "ed", "d", "ing")),
    "fixed": (("",), ("",)),
}

FUTURE_PREFIXES: tuple[str, ...] = ()
ARTICLE = ""
ARTICLE_AFTER_LAM = ""
CONTRACTED_PREFIXES: tuple[str, ...] = ()
