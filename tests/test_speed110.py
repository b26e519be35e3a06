"""speed110: a clock's zone words sorted once per list, and a name with no
zone word beside it let go at one test in C (``time_zones.clock_zone``).

Every state and capital the actors' walk places asks whether it is a clock
time's zone ("بتوقيت القاهرة", "به وقت کابل", "Cairo time"); each question
sorted the language's zone heads and tails anew and tried them one by one.
The answers are the same: the sentences below (written for this test) are
zones or not as before, and no call sorts a list once it has been sorted.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplowatch.extract import time_zones
from diplowatch.extract.actor_context import context
from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.scan import Hit, scan
from diplowatch.text.normalize import normalize

# (language, sentence, the place's word as written, whether it is a clock's zone)
CASES = [
    ("ar", "انفجرت عبوة قرب السفارة عند الساعة 9 مساء بتوقيت القاهرة.", "القاهرة", True),
    ("ar", "استقبل الوزير نظيره القادم من القاهرة صباح اليوم.", "القاهرة", False),
    ("ar", "انتقد الوزير توقيت القرار الذي اتخذته القاهرة.", "القاهرة", False),
    ("fa", "انفجار ساعت ۸ شب به وقت کابل در نزدیکی سفارت رخ داد.", "کابل", True),
    ("fa", "وزیر خارجه دیروز به کابل سفر کرد.", "کابل", False),
    ("en", "The blast struck the embassy at 9 p.m. Cairo time on Friday.", "Cairo", True),
    ("en", "The minister flew to Cairo for talks on Friday.", "Cairo", False),
    ("en", "The delay bought Cairo time to answer the envoy.", "Cairo", False),
]


def _place(text: str, lang: str, word: str) -> tuple[str, Hit, Any]:
    """The normalised text, the lexicon's hit on ``word`` and the language's context."""
    ntext = normalize(text).text
    target = normalize(word).text
    hits = [h for h in scan(ntext, lexicon(lang)) if ntext[h.start : h.end] == target]
    assert hits, f"no hit on {word} in {text}"
    return ntext, max(hits, key=lambda h: h.end - h.start), context(lang)


@pytest.mark.parametrize(("lang", "text", "word", "zone"), CASES)
def test_a_clock_zone_is_read_as_before(lang: str, text: str, word: str, zone: bool) -> None:
    ntext, hit, ctx = _place(text, lang, word)
    assert time_zones.clock_zone(ntext, hit, ctx) is zone


def test_zone_words_come_longest_first_and_are_kept() -> None:
    words = frozenset({"بتوقيت", "توقيت", "به وقت"})
    first = time_zones._longest_first(words)
    assert first == ("بتوقيت", "به وقت", "توقيت")
    assert time_zones._longest_first(frozenset(words)) is first
    assert time_zones._longest_first(frozenset()) == ()


@pytest.mark.parametrize(("lang", "text", "word", "zone"), CASES)
def test_no_question_sorts_the_zone_words_again(
    lang: str, text: str, word: str, zone: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    ntext, hit, ctx = _place(text, lang, word)
    time_zones.clock_zone(ntext, hit, ctx)  # the lists sorted, if not yet

    def no_sort(*args: object, **kwargs: object) -> list[object]:
        raise AssertionError("the zone words were sorted again")

    monkeypatch.setattr(time_zones, "sorted", no_sort, raising=False)
    assert time_zones.clock_zone(ntext, hit, ctx) is zone
