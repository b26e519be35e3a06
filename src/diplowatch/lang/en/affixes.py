"""English inflectional endings allowed after a lexicon entry (text is lower-cased)."""

AFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "name": (("",), ("", "'s", "s'")),
    "adjective": (("",), ("", "s")),
    "noun": (("",), ("", "s", "es", "'s")),
    "verb": (("",), ("", "s", "es", "ed", "d", "ing")),
    "fixed": (("",), ("",)),
}

FUTURE_PREFIXES: tuple[str, ...] = ()
ARTICLE = ""
ARTICLE_AFTER_LAM = ""
