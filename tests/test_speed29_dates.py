"""Round 29 (throughput): the search for a publication date reads only its
regions with the trigger automaton and runs the today-word pattern only where
a today-word is written; both answer as the whole-text work they skip."""

from __future__ import annotations

import random

import pytest

from diplowatch.dates import mentions
from diplowatch.dates.lexicon import lexicon as date_lexicon
from diplowatch.dates.published import _says_today, _today_words
from diplowatch.text.normalize import normalize


def _inside_loop(ntext: str, lang: str, merged: list[tuple[int, int]]) -> list:
    """The trigger hits of the whole text that start in a region."""
    hits = mentions._trigger_hits(ntext, date_lexicon(lang), None)
    return sorted(h for h in hits if mentions._inside(h[0], merged))


TEXTS = {
    "ar": "نشر اليوم الاثنين 13 يونيو 2016، وقال أمس إن اجتماع الأحد المقبل في 5 مايو.",
    "fa": "امروز دوشنبه ۲۳ خرداد ۱۳۹۵ گفت که دیروز و فردا در سال ۹۵ نشست دارند.",
    "en": "Published Monday, June 13, 2016. Yesterday he said the talks on Sunday go on.",
}


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_trigger_hits_in_regions_as_the_whole_text_filtered(lang: str) -> None:
    ntext = normalize(TEXTS[lang] * 4).text
    rng = random.Random(lang)
    for _ in range(300):
        regions = []
        for _ in range(rng.randint(0, 4)):
            lo = rng.randint(-5, len(ntext) + 5)
            regions.append((lo, lo + rng.randint(-3, 60)))
        merged = mentions._merge(regions)
        found = sorted(mentions._trigger_hits(ntext, date_lexicon(lang), merged))
        assert found == _inside_loop(ntext, lang, merged)


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_says_today_wherever_the_pattern_matches(lang: str) -> None:
    for text in [*TEXTS.values(), "", "tonight", "باليوم", "امروزه", "Today"]:
        ntext = normalize(text).text
        if _today_words(lang).search(ntext):
            assert _says_today(ntext, lang)
