"""Round 33 (speed): the word readers that replaced slices of all the text
before or after a hit give the slices' answers, and reading a long document
stays linear where those slices and a pass over all the events told before
each sentence made it quadratic."""

from __future__ import annotations

import random

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.words import space_end, space_start, words_after, words_before

SENTENCES = (
    "The foreign ministers of Egypt and Jordan met in Amman on Monday.",
    "التقى وزيرا خارجية مصر والأردن في عمان يوم الاثنين.",
    "وزیران امور خارجه مصر و اردن روز دوشنبه در امان دیدار کردند.",
)
# white space of every kind str.split knows, and letters of all three scripts
PIECES = ("a", "bc", "دیدار", "التقى", " ", "\n", "\t", "\u00a0", "\u2003", "\u3000", ".", "\u200c")


@pytest.mark.parametrize("text", SENTENCES)
def test_words_around_every_position_are_the_slices_words(text: str) -> None:
    for pos in range(len(text) + 1):
        for count in (1, 2, 3):
            assert words_before(text, pos, count) == text[:pos].split()[-count:]
            assert words_after(text, pos, count) == text[pos:].split()[:count]
        assert space_end(text, pos) == pos + len(text[pos:]) - len(text[pos:].lstrip())
        assert space_start(text, pos) == len(text[:pos].rstrip())


def test_words_around_random_texts_with_narrow_windows() -> None:
    rng = random.Random(33)
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25)))
        pos, count, reach = rng.randint(0, len(text)), rng.randint(1, 3), rng.randint(1, 6)
        assert words_before(text, pos, count, reach) == text[:pos].split()[-count:]
        assert words_after(text, pos, count, reach) == text[pos:].split()[:count]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Egypt and Jordan signed a trade agreement in Cairo. "
            "This agreement covers trade in energy.",
            "en",
        ),
        (
            "وقعت مصر والأردن اتفاقية تجارية في القاهرة. وتشمل هذه الاتفاقية تجارة الطاقة.",
            "ar",
        ),
        (
            "مصر و اردن در قاهره توافقنامه تجاری امضا کردند. این توافقنامه تجارت انرژی را در بر می‌گیرد.",
            "fa",
        ),
    ],
)
def test_a_document_reads_the_same_repeated(text: str, lang: str) -> None:
    """The event types told before are kept as they come: a document of the
    same paragraph many times tells what it told once (merged), in each language."""
    once = process(Document("once", text, lang=lang, published="2024-04-23"))
    many = process(Document("many", " ".join([text] * 40), lang=lang, published="2024-04-23"))
    assert {e.type for e in many.events} == {e.type for e in once.events}
