"""Round 37 (perf37): shortcuts in hot helpers give the answers of the plain
reading they replace, on sentences of the three languages and on random texts.

``ends_with_word`` first asks whether any listed word ends with the text's last
letter; ``scan._blank`` tries only the phrases whose first word is among the
words. Both are asked for every guarded trigger or country word of a document.
"""

from __future__ import annotations

import random

import pytest

from diplowatch.extract.scan import _blank
from diplowatch.text.words import ends_with_word


def _plain_ends(before: str, words: frozenset[str]) -> bool:
    """The reading ``ends_with_word`` documents: each word tried in turn."""
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
        for w in words
    )


def _plain_blank(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[str]:
    """``_blank`` before round 37: every phrase tried at every position."""
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                words[i : i + n] = [""] * n
    return words


OPENERS = frozenset(
    {"backed by", "loyal to", "allied with", "الموالية ل", "المدعومة من", "وابسته به", "حامی", ""}
)
TEXTS = (
    "Militias backed by",
    "the fighters loyal to",
    "unbacked by",
    "الجماعات المسلحة الموالية ل",
    "القوات المدعومة من",
    "گروه‌های وابسته به",
    "نیروهای حامی",
    "xloyal to",
    "",
    "  ",
    "loyal to!",
)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("words", [OPENERS, OPENERS - {""}, frozenset(), frozenset({"to"})])
def test_ends_with_word_reads_as_each_word_in_turn(text: str, words: frozenset[str]) -> None:
    assert ends_with_word(text, words) == _plain_ends(text, words)


def test_ends_with_word_on_random_texts() -> None:
    rng = random.Random(37)
    pieces = ("to", "by", " ", "x", "به", "ل", "من", "!", "\u200c", "حامی")
    lists = [frozenset(rng.sample(pieces, rng.randint(0, 4))) for _ in range(30)]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        words = rng.choice(lists)
        assert ends_with_word(text, words) == _plain_ends(text, words), (text, words)


# Phrases in which an object word names something else: a minister "of
# energy" (Persian "نیرو" is also "forces"), a "power plant", a "water force".
PHRASES = (
    ("وزیر", "نیرو"),
    ("نیروگاه",),
    ("وزير", "الطاقة"),
    ("minister", "of", "power"),
    ("of", "power", "plants"),
    (),
)
WORD_LISTS = (
    ["the", "minister", "of", "power", "plants", "met", "troops"],
    ["وزير", "الطاقة", "ارسل", "القوات", "الى", "الحدود"],
    ["وزیر", "نیرو", "نیروهای", "ارتش", "را", "اعزام", "کرد"],
    ["نیروگاه", "وزیر", "نیرو", "وزیر"],
    [],
)


@pytest.mark.parametrize("words", WORD_LISTS)
def test_blank_reads_as_every_phrase_at_every_place(words: list[str]) -> None:
    assert _blank(list(words), PHRASES) == _plain_blank(list(words), PHRASES)


def test_blank_on_random_word_lists() -> None:
    rng = random.Random(3737)
    vocab = ("a", "b", "c", "وزیر", "نیرو", "")
    for _ in range(5_000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 8))]
        phrases = tuple(
            tuple(rng.choice(vocab) for _ in range(rng.randint(0, 3)))
            for _ in range(rng.randint(0, 4))
        )
        assert _blank(list(words), phrases) == _plain_blank(list(words), phrases)
