"""Round 29 (throughput): language id's short cuts (no brace passes without a
brace, the Arabic branch taken without counting every letter, one search for
a 40-character token) answer as the full counts, on texts written here."""

from __future__ import annotations

import random

from diplowatch.lang.xx import scripts
from diplowatch.text import langid

SAMPLES = [
    "",
    "ab",
    "سل",
    "سلام",
    "قال الوزير اليوم إن الطرفين اتفقا. The minister said.",
    "وزیر امروز گفت که دو طرف توافق کردند",
    "\ufbb2\ufbb3 ab",  # Arabic-block symbols, no letters to ``_ANY_LETTER``
    "\ufbb2" * 10 + " ab",
    "ﷲ ﷲ hello world",
    "مرحبا Привет мир это текст",
    "سلام Привет мир",
    "\u00a0".join(["سلام"] * 30),
    "x" * 50 + " سلام",
]


def _full_branch(sample: str) -> bool:
    """Whether ``detect_language`` takes the Arabic branch, every count made."""
    arabic = langid._letters(langid._ARABIC_LETTER, sample)
    latin = langid._letters(langid._LATIN_LETTER, sample)
    other = langid._letters(langid._ANY_LETTER, sample) - arabic - latin
    return arabic + latin + other >= 2 and arabic >= latin and arabic > other


def _random_sample(rng: random.Random) -> str:
    pieces = ["سلام", "وزير", "Привет", "hello", "\ufbb2", "ﷲ", " ", "  ", "1999", "ab", "ی"]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))


def test_arabic_majority_only_where_the_counts_take_arabic() -> None:
    rng = random.Random(29)
    for sample in SAMPLES + [_random_sample(rng) for _ in range(3000)]:
        arabic = langid._letters(langid._ARABIC_LETTER, sample)
        latin = langid._letters(langid._LATIN_LETTER, sample)
        if langid._arabic_majority(sample, arabic, latin):
            assert _full_branch(sample), sample


def test_class_chars_are_the_class() -> None:
    chars = set(langid._class_chars(scripts.ARABIC_LETTER_CLASS))
    whole = {chr(c) for c in range(0x10000) if langid._ARABIC_LETTER.fullmatch(chr(c))}
    assert chars == whole


def test_long_token_as_the_longest_split_word() -> None:
    rng = random.Random(7)
    for _ in range(500):
        sample = "".join(rng.choice(["a", "ب", " ", "\u00a0", "\n", "\u2003"]) for _ in range(90))
        expected = max(map(len, sample.split()), default=0) >= 40
        assert (langid._LONG_TOKEN.search(sample) is not None) == expected
