"""A withdrawal from a place, aid to a place, an attack on a place: the
place's country is the other side. Persian ends the clause with the verb, so
the place stands before it behind a preposition of direction
(``context.PLACE_SIDE_PREPOSITIONS``); Arabic and English put it after the
verb, where ``places.place_as_target`` finds it. A place behind "in" is only
the scene. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def codes(text: str, lang: str, etype: str) -> list[set[str | None]]:
    events = process(Document("t", text, lang=lang)).events
    return [{a.code for a in e.actors} for e in events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        ("ارتش اسرائیل از نوار غزه عقب‌نشینی کرد.", "fa", "RETREAT", {"ISR", "PSE"}),
        ("روسیه نیروهای خود را از خرسون خارج کرد.", "fa", "RETREAT", {"RUS", "UKR"}),
        ("قطر ۵۰ میلیون دلار به نوار غزه کمک کرد.", "fa", "AID", {"QAT", "PSE"}),
        ("انسحب الجيش الإسرائيلي من قطاع غزة.", "ar", "RETREAT", {"ISR", "PSE"}),
        ("قدمت قطر 50 مليون دولار لقطاع غزة.", "ar", "AID", {"QAT", "PSE"}),
        ("The Israeli army withdrew from the Gaza Strip.", "en", "RETREAT", {"ISR", "PSE"}),
        ("Qatar gave 50 million dollars in aid to the Gaza Strip.", "en", "AID", {"QAT", "PSE"}),
    ],
)
def test_the_place_left_or_helped_is_the_other_side(
    text: str, lang: str, etype: str, expected: set[str]
) -> None:
    assert expected in codes(text, lang, etype)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # the scene, not the other side: "in Gaza"
        ("ارتش اسرائیل در نوار غزه عقب‌نشینی کرد.", "fa", "RETREAT"),
        # another clause stands between the place and the verb
        ("نیروهای ترکیه به حلب رسیدند، سپس عقب‌نشینی کردند.", "fa", "RETREAT"),
    ],
)
def test_a_place_that_is_no_direction_of_the_verb_is_no_side(
    text: str, lang: str, etype: str
) -> None:
    found = codes(text, lang, etype)
    assert found, "the event itself stands"
    assert all(len(c) == 1 for c in found)


def test_a_place_of_the_actors_own_country_adds_no_side() -> None:
    # Turkish troops withdrew from Istanbul: one country, one side
    assert codes("نیروهای ترکیه از استانبول عقب‌نشینی کردند.", "fa", "RETREAT") == [{"TUR"}]
