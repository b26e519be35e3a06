"""Bounded word windows for the request genitive (mendC107; diffread72 F1, F2).

``request_genitive._inviting_act`` and ``_genitive`` read a few words before
or after a trigger. They used to split the whole document on each side of
every invitation trigger, which is quadratic on a long one-line text.
``text.words.first_words`` and ``last_words`` read from a window that grows
only as far as the words need, and must give what the old split gave.

Sentences written for these tests.
"""

from __future__ import annotations

import time

import pytest

from diplowatch.extract.actor_context import context
from diplowatch.extract.mention import Mention
from diplowatch.extract.request_genitive import _inviting_act
from diplowatch.extract.scan import Hit
from diplowatch.text.words import first_words, last_words

SENTENCES = [
    ("ar", "أعلنت الحكومة المغربية دعوة وزير الخارجية الإسباني لزيارة الرباط الأسبوع المقبل."),
    ("fa", "دفتر ریاست جمهوری از دعوت رسمی نخست وزیر مالزی برای سفر به تهران خبر داد."),
    ("en", "The council decided to invite the Chilean foreign minister to Santiago next month."),
    # long words and runs of spaces, so that a small window cuts a word
    ("en", "Supercalifragilistic" * 20 + "   a    b " + "x" * 300 + " c"),
    ("ar", "  ".join(["الاستقلالية" * 9] * 8)),
]


def _cases() -> list[tuple[str, int, int]]:
    cases = []
    for _, text in SENTENCES:
        for pos in sorted({0, 1, len(text) // 3, len(text) // 2, len(text) - 1, len(text)}):
            for count in (1, 4, 5, 12, 13):
                cases.append((text, pos, count))
    return cases


@pytest.mark.parametrize(("text", "pos", "count"), _cases())
def test_first_words_is_the_old_split(text: str, pos: int, count: int) -> None:
    assert first_words(text, pos, count) == text[pos:].split()[:count]


@pytest.mark.parametrize(("text", "pos", "count"), _cases())
def test_first_words_stops_where_told(text: str, pos: int, count: int) -> None:
    stop = pos + (len(text) - pos) // 2
    assert first_words(text, pos, count, stop) == text[pos:stop].split()[:count]


@pytest.mark.parametrize(("text", "pos", "count"), _cases())
def test_last_words_is_the_old_split(text: str, pos: int, count: int) -> None:
    assert last_words(text, pos, count) == text[:pos].split()[-count:]


# one invitation trigger's noun per language, as the normalised text writes it
NOUNS = [("ar", "دعوة"), ("fa", "دعوت"), ("en", "invitation")]


@pytest.mark.parametrize(("lang", "noun"), NOUNS)
def test_inviting_act_on_a_long_one_line_text_is_not_quadratic(lang: str, noun: str) -> None:
    """Two hundred triggers in a text of some 4 MB on one line: splitting
    the whole text on both sides of each took seconds; the bounded windows
    take milliseconds. The bound is loose for a shared machine."""
    filler = "word " * 400_000
    text = filler + noun + " " + filler
    start = len(filler)
    hit = Hit(start, start + len(noun), start, start + len(noun), None, "")  # type: ignore[arg-type]
    guest = Mention(hit.end + 1, hit.end + 5, "AAA", "state", True)
    ctx = context(lang)
    began = time.perf_counter()
    for _ in range(200):
        _inviting_act(hit, guest, [guest], text, ctx)
    assert time.perf_counter() - began < 2.0
