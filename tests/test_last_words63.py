"""``spoken_through._last_words``: the last words before a point, read from a
bounded window (a long one-line document made ``_state_as_object`` split all
the text before every state: 1 MB took 22 s against 7.5 s before round 89)."""

from __future__ import annotations

import time

from diplowatch.extract.spoken_through import _last_words


def test_last_words_equal_a_split_of_all_the_text_before() -> None:
    text = "أدانت كل من السعودية والإمارات الهجوم " * 50 + "Iran condemned, بالنسبة لمصر"
    for end in (0, 1, 5, 40, 300, 700, len(text)):
        for n in (1, 2, 3):
            want = text[:end].split()[-n:]
            assert _last_words(text, end, n) == want, (end, n)


def test_a_word_longer_than_the_window_is_read_whole() -> None:
    text = "x " + "y" * 5000 + " z"
    assert _last_words(text, len(text), 2) == ["y" * 5000, "z"]
    assert _last_words(text, len(text) - 2, 2) == ["x", "y" * 5000]


def test_cost_does_not_grow_with_the_text_before() -> None:
    short, long = "a b c " * 100, "a b c " * 200_000
    started = time.process_time()
    for _ in range(200):
        _last_words(long, len(long), 2)
    spent_long = time.process_time() - started
    started = time.process_time()
    for _ in range(200):
        _last_words(short, len(short), 2)
    spent_short = time.process_time() - started
    assert spent_long < 20 * max(spent_short, 1e-3)
