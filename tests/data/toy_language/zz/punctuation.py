"""Zedish punctuation for sentence segmentation."""

ABBREVIATIONS: frozenset[str] = frozenset()
ABBREVIATIONS_BEFORE_NUMBER: frozenset[str] = frozenset()
SINGLE_LETTER_ABBREVIATIONS = False
PROCLITICS: tuple[str, ...] = ()
TITLE_LETTERS: tuple[str, ...] = ()
SENTENCE_FINAL = ".!?"
QUOTE_PAIRS: dict[str, str] = {'"': '"'}
