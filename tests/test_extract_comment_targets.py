"""A comment on a deed whose doers are named is about those doers
("condemned the storming of the mosque by Israeli settlers" accuses the
settlers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def sides(text: str, lang: str, etype: str) -> list[set[str | None]]:
    record = process(Document("t", text, lang=lang))
    return [{a.code for a in e.actors} for e in record.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        (
            "Egypt condemned the storming of the mosque by Israeli settlers.",
            "en",
            "ACCUSE",
            {"EGY", "ISR"},
        ),
        (
            "Jordan condemned the killing of three farmers by Israeli soldiers.",
            "en",
            "ACCUSE",
            {"JOR", "ISR"},
        ),
        (
            "Germany praised the release of prisoners by Belarusian authorities.",
            "en",
            "SUPPORT",
            {"DEU", "BLR"},
        ),
        ("أدانت مصر اقتحام المستوطنين الإسرائيليين المسجد الأقصى.", "ar", "ACCUSE", {"EGY", "ISR"}),
        (
            "مصر حمله شهرک‌نشینان اسرائیلی به مسجد الاقصی را محکوم کرد.",
            "fa",
            "ACCUSE",
            {"EGY", "ISR"},
        ),
    ],
)
def test_the_comment_is_about_the_named_doers(
    text: str, lang: str, etype: str, want: set[str]
) -> None:
    found = sides(text, lang, etype)
    assert found and want <= found[0], found


def test_a_deed_with_no_named_doer_gives_the_comment_no_target() -> None:
    # "condemned the attack in Kabul" accuses no one in Afghanistan
    for found in sides("Pakistan condemned the attack in Kabul.", "en", "ACCUSE"):
        assert "AFG" not in found
