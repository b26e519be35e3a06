"""A plural title, a comma and a word that opens a list ("شامل", "از
جمله", "including", "بما في ذلك") before the states whose officials it names
(round 100, lists100; every sentence written for these tests).

Persian read the comma as the end of the title's phrase: the listed states
stood as the deed's other side and the title, left without a state, took
the home state of the Persian press (Iran) — "the foreign ministers of the
big powers, including France, Germany and the Netherlands, condemned Iran"
read as Iran's foreign minister accusing each of the three. Now the listed
states are the title's own. Arabic and English read these right already.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (text, lang, type, the events' actors). Main read each Persian sentence
# here as [IRN:GOV, FRA:], [IRN:GOV, DEU:], [IRN:GOV, NLD:] (reversed).
LISTED_HOLDERS: list[tuple[str, str, str, list[list[str]]]] = [
    (
        "وزیران خارجه قدرت‌های بزرگ، شامل فرانسه، آلمان و هلند در نامه‌ای نوشتند که این "
        "کار نقض آشکار قوانین بوده و همه شواهد به ایران اشاره دارد.",
        "fa",
        "ACCUSE",
        [["FRA:GOV", "IRN:"], ["DEU:GOV", "IRN:"], ["NLD:GOV", "IRN:"]],
    ),
    (
        "وزیران خارجه قدرت‌های بزرگ، از جمله فرانسه، آلمان و هلند ایران را محکوم کردند.",
        "fa",
        "ACCUSE",
        [["FRA:GOV", "IRN:"], ["DEU:GOV", "IRN:"], ["NLD:GOV", "IRN:"]],
    ),
    # guards: Arabic and English read these right on main
    (
        "وزراء خارجية الدول الكبرى، بما في ذلك فرنسا وألمانيا وهولندا، أدانوا إيران.",
        "ar",
        "ACCUSE",
        [["FRA:", "IRN:"], ["DEU:", "IRN:"], ["NLD:", "IRN:"]],
    ),
    (
        "The foreign ministers of the big powers, including France, Germany and the "
        "Netherlands, condemned Iran.",
        "en",
        "ACCUSE",
        [["FRA:", "IRN:"], ["DEU:", "IRN:"], ["NLD:", "IRN:"]],
    ),
]


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), LISTED_HOLDERS)
def test_listed_states_hold_the_plural_title(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert sorted(casts_in_order(text, lang, etype)) == sorted(expected)


# Guards main reads right and must keep: a list right after the title, and
# a single titled state whose comma opens an aside with "از جمله".
KEPT: list[tuple[str, str, str, list[list[str]]]] = [
    (
        "وزیران خارجه فرانسه، آلمان و هلند ایران را محکوم کردند.",
        "fa",
        "ACCUSE",
        [["FRA:GOV", "IRN:"], ["DEU:GOV", "IRN:"], ["NLD:GOV", "IRN:"]],
    ),
    (
        "وزیر خارجه مصر، از جمله در گفتگو با اردن، اسرائیل را محکوم کرد.",
        "fa",
        "ACCUSE",
        [["EGY:GOV", "ISR:"]],
    ),
    ("أدان وزير خارجية مصر إسرائيل.", "ar", "ACCUSE", [["EGY:GOV", "ISR:"]]),
    ("The Egyptian foreign minister condemned Israel.", "en", "ACCUSE", [["EGY:GOV", "ISR:"]]),
]


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), KEPT)
def test_kept_readings(text: str, lang: str, etype: str, expected: list[list[str]]) -> None:
    assert sorted(casts_in_order(text, lang, etype)) == sorted(expected)
