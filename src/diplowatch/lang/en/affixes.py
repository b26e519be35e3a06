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

# Endings a guarded trigger's object word may take (``scan.guard_ok``): the
# plural ("forces", "missiles"); "presidential" is no "president".
OBJECT_ENDINGS = AFFIXES["noun"][1]

FUTURE_PREFIXES: tuple[str, ...] = ()
ARTICLE = ""
ARTICLE_AFTER_LAM = ""
CONTRACTED_PREFIXES: tuple[str, ...] = ()
