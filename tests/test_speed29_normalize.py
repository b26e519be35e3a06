"""Round 29 (throughput): ``normalize``'s deletion pattern, rewritten to open
with the class of the characters a deletion starts with, finds the same
spans as the plain pattern it replaces, on texts made of every kind of
character the branches tell apart."""

from __future__ import annotations

import random
import re

from diplowatch.text import normalize as nz

# letters, the white space the pattern reads (space, tab) and the one it
# does not (newline), harakat, tatweel and invisible format characters
ALPHABET = ["a", "ب", " ", "\t", "\n", "\u064b", "\u0670", "\u0640", "\u200b", "\u200d", "\ufeff"]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_delete_finds_the_plain_patterns_spans() -> None:
    rng = random.Random(29)
    for _ in range(20000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        assert _spans(nz._DELETE, text) == _spans(nz._DELETE_PLAIN, text), repr(text)


def test_delete_on_written_examples() -> None:
    for text in ["وزير ـ الخارجية", "a  \t b", "ب\u064b\u064c ب", " \u0640\u0640 ", "\u200b"]:
        assert _spans(nz._DELETE, text) == _spans(nz._DELETE_PLAIN, text)
    assert nz.normalize("وزير ـ الخارجية").text == "وزير الخارجيه"
