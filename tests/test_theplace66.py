"""theplace66: a country after "in the" is where, as after "in" (review94b F6).

Sentences written for these tests. On 33535b90 the English ones read the
struck people as the doers and the country as their target; Arabic and
Persian write no article there and read them right already."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _sides(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    events = process(Document("t", text, lang=lang)).events
    return [[(a.code, a.agent) for a in e.actors] for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        ("en", "Two people were wounded in a shooting in the Philippines.", ("PHL", "CVL")),
        (
            "en",
            "Three soldiers were wounded in a shooting in the southern Philippines.",
            ("PHL", "MIL"),
        ),
        ("en", "Four policemen were hurt in a bomb attack in the Netherlands.", ("NLD", "COP")),
        ("ar", "أصيب شخصان في إطلاق نار في الفلبين.", ("PHL", "CVL")),
        ("fa", "دو نفر در تیراندازی در فیلیپین زخمی شدند.", ("PHL", "CVL")),
    ],
)
def test_the_struck_in_the_country_are_its_people(
    lang: str, text: str, struck: tuple[str, str]
) -> None:
    sides = _sides(text, lang)
    assert sides and sides[0][-1] == struck
    assert sides[0][0] != struck  # not the doers


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # the article of a country that acts stays a side
        (
            "en",
            "Iran and the United States held talks in the Netherlands.",
            [("IRN", None), ("USA", None)],
        ),
        ("en", "The Philippines condemned the attack on its embassy.", None),
    ],
)
def test_a_country_with_its_article_still_acts(lang: str, text: str, want: list | None) -> None:
    sides = _sides(text, lang)
    assert sides
    if want is not None:
        assert sides[0] == want
    assert sides[0][0][0] in ("IRN", "PHL")
