"""Doers named by their age or as unknown or masked men (round 66,
shooters66ar; every sentence written for these tests).

"أطلق خمسيني النار على شقيقه", "هاجم ملثمون محلا": the lexicon already
reads these doers (people11's age nouns, the UAF nouns of unknown and
masked men; round 46 makes an indefinite person who does a deed of force an
unidentified attacker). The round measured the family and changed no code;
these tests guard the reading, and that the decades stay no people.
"""

from __future__ import annotations

import pytest

from casts import cast, run

SHOOTERS = [
    ("ar", "أطلق خمسيني النار على شقيقه."),
    ("ar", "أطلق مجهولون النار على حافلة في المدينة."),
    ("ar", "هاجم ملثمون محلا تجاريا."),
    ("fa", "افراد ناشناس به یک اتوبوس شلیک کردند."),
    ("fa", "مردان نقابدار به یک مغازه حمله کردند."),
    ("en", "Unknown gunmen opened fire on a bus."),
    ("en", "Masked men attacked a shop."),
]

DECADES = [
    ("ar", "ولد في الخمسينيات وعمل مدرسا في القرية."),
    ("fa", "او در دهه پنجاه در روستا معلم بود."),
    ("en", "He taught at a village school in the fifties."),
]


@pytest.mark.parametrize(("lang", "text"), SHOOTERS)
def test_unnamed_shooter_is_an_attacker(lang: str, text: str) -> None:
    """An age noun, unknown or masked men who fire or attack: ASSAULT by UAF."""
    assert "-:UAF" in cast(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(("lang", "text"), DECADES)
def test_decade_is_no_person(lang: str, text: str) -> None:
    """A decade of a century is no doer and the sentence tells no event."""
    assert not run(text, lang).events
