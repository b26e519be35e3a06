"""speed46: the exact rewrites keep what the slower code read."""

from __future__ import annotations

import pytest

from diplowatch.extract.doers import _longest
from diplowatch.extract.modal_subject import _may_hold, _openers
from diplowatch.extract.scan import _ALNUM_RUN


def _loop_end(text: str, pos: int, limit: int) -> int:
    """The Python loop ``scan`` used before the regular expression."""
    stop = min(len(text), pos + limit + 1)
    while pos < stop and text[pos].isalnum():
        pos += 1
    return pos


@pytest.mark.parametrize(
    "text",
    [
        "الوزيران_اجتمعا ٢٠٢٤م",  # ar: underscore and Arabic-Indic digits
        "نیروهایش\u200cرا ۱۴۰۳",  # fa: a zero-width non-joiner ends the run
        "ministers_met 2024x",  # en
        "مُعَاهَدَة",  # ar diacritics: marks, not alphanumeric
    ],
)
def test_alnum_run_is_the_isalnum_loop(text: str) -> None:
    for pos in range(len(text)):
        for limit in (0, 2, 8):
            stop = min(len(text), pos + limit + 1)
            run = _ALNUM_RUN.match(text, pos, stop)
            assert run is not None and run.end() == _loop_end(text, pos, limit)


def test_modal_openers_first_words() -> None:
    modals = frozenset({"لازم است", "necessary", "لا يمكن"})
    assert _openers(modals) == frozenset({"لازم", "necessary", "لا"})


@pytest.mark.parametrize(
    ("words", "held"),
    [
        (["قاچاقچیان", "لازم", "است."], True),  # fa
        (["المهربين", "لا", "يمكن"], True),  # ar
        (["of", "smugglers", "is", "necessary."], True),  # en: the mark is cut off
        (["of", "smugglers", "began", "today."], False),  # en: no modal's word
        (["قاچاقچیان", "را", "آغاز", "کرد"], False),  # fa
        (["المهربين", "بدأ", "اليوم"], False),  # ar
    ],
)
def test_may_hold(words: list[str], held: bool) -> None:
    modals = frozenset({"لازم است", "necessary", "لا يمكن"})
    assert _may_hold(words, modals) is held


def test_longest_marker() -> None:
    assert _longest(frozenset({"by", "at the hands of", "بيد"})) == 4
    assert _longest(frozenset()) == 1
