"""mendE106 (diffread71 F11-F13, F2/F10): the hot-path mends keep what the
rules read and bound how far they read. A list of deeds after a word of
concern is read only within ``reacted._LIST_REACH`` characters, and a gap
with punctuation never binds, in every language. Every sentence written for
these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.extract import reacted
from diplowatch.extract.actor_context import context
from diplowatch.extract.lexicon import Entry
from diplowatch.extract.scan import Hit

# (language, concern word, a deed noun, the list's link)
LISTS: list[tuple[str, str, str, str]] = [
    ("ar", "قلقها إزاء", "الاعتقالات", "و"),
    ("fa", "نگرانی از", "بازداشت", "و"),
    ("en", "concern over", "arrests", "and"),
]


def _hit(start: int, end: int, kind: str) -> Hit:
    return Hit(start, end, start, end, Entry("status", kind, "ASSAULT", ""), "")


def _listed(lang: str, items: int) -> bool:
    """Whether the last of ``items`` deed nouns is read as an item of the list
    opened by the concern word."""
    _, cue_word, noun, link = next(x for x in LISTS if x[0] == lang)
    text = cue_word + " " + noun + f" {link} {noun}" * (items - 1)
    cue = _hit(0, len(cue_word), "concern")
    at = text.rfind(noun)
    return reacted._listed_after(cue, _hit(at, at + len(noun), "force"), text, context(lang))


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_a_short_list_binds_its_later_items(lang: str) -> None:
    assert _listed(lang, 3)


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_a_list_past_the_reach_is_not_read(lang: str) -> None:
    # fails on main: the whole gap was read, however long the line
    assert not _listed(lang, 40)


@pytest.mark.parametrize(
    ("gap", "clean"),
    [
        (" البالغ ", True),
        (" الشديد، ", False),
        (" شدید ", True),
        (" شدید؛ ", False),
        (" the deep ", True),
        (" deep, ", False),
        ("", True),
    ],
)
def test_a_gap_with_punctuation_does_not_bind(gap: str, clean: bool) -> None:
    # fails on main: no shared ``_clean_gap``
    assert reacted._clean_gap(gap) is clean
