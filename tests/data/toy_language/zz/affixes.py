"""Endings Zedish glues to a word: names take a possessive -n, verbs a past -ta."""

AFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "name": (("",), ("", "n")),
    "noun": (("",), ("", "i")),
    "verb": (("",), ("", "ta")),
    "fixed": (("",), ("",)),
}
