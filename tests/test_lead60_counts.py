"""lead60: a count word joined by "or"/"یا"/"أو" to one said to be none is
none too ("without deaths or injuries"); a number told after the joiner
still counts. Sentences written for this test; the Arabic "none" case read
right before (a guard), the Persian and English ones did not."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _counts(text: str, lang: str) -> list[dict[str, int]]:
    return [dict(e.counts or {}) for e in process(Document("t", text, lang=lang)).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "یک مرد مسلح امروز به سوی یک پاسگاه پلیس در کابل تیراندازی کرد بدون هیچ کشته یا زخمی.",
        ),
        ("ar", "أطلق مسلح النار على حاجز للشرطة في بغداد أمس دون وقوع قتلى أو جرحى."),
        (
            "en",
            "A gunman opened fire on a police checkpoint in Baghdad without causing deaths or injuries.",
        ),
    ],
)
def test_second_word_joined_to_none_gives_no_count(lang: str, text: str) -> None:
    counts = _counts(text, lang)
    assert counts, text  # the attack itself is read
    assert all(not c.get("killed") and not c.get("wounded") for c in counts), counts


@pytest.mark.parametrize(
    ("lang", "text", "wounded"),
    [
        (
            "fa",
            "در حمله شبه‌نظامیان به یک پاسگاه پلیس در کابل هیچ کس کشته نشد و پنج نفر زخمی شدند.",
            5,
        ),
        ("ar", "هاجم مسلحون حاجزا للشرطة في بغداد ولم يقتل أحد وأصيب خمسة أشخاص.", 5),
        (
            "en",
            "Gunmen attacked a police checkpoint in Baghdad; no one was killed and five people were wounded.",
            5,
        ),
    ],
)
def test_a_number_after_the_joiner_still_counts(lang: str, text: str, wounded: int) -> None:
    counts = _counts(text, lang)
    assert any(c.get("wounded") == wounded for c in counts), counts
