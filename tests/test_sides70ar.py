"""Victims read as the doers beside the state where a deed happened (round
70, sides70ar; every sentence written for these tests).

"قتل 10 أشخاص في تفجير في مدينة ليون بفرنسا": the state named after a town
("بفرنسا", "southeast Pakistan", "شمال غرب سويسرا") tells where the deed
happened. Read as a side it made the counted victims the doers and the
state their target (FRA:CVL → FRA). Now the victims stay victims when the
sentence tells an attack (``status.ATTACK_CUES``), the state goes out as the
deed's place and the unnamed attackers (UAF) come in; an arrest keeps its
police and its held, without the state. Deaths told with no word of an
attack (a bus fallen into a river) get no made-up attacker, and a region
after a preposition of whom a deed struck ("على شمال سوريا", "on northern
Syria") stays struck.
"""

from __future__ import annotations

import pytest

from casts import cast, first_cast, run

# counted victims of an attack in a town named with its state, or in a
# region of the state: the unnamed attackers struck them
ATTACKED_THERE = [
    ("ar", "قتل 10 أشخاص في تفجير في مدينة ليون بفرنسا.", "FRA"),
    ("ar", "لقي شخصان مصرعهما في إطلاق نار داخل مقهى شمال غرب سويسرا.", "CHE"),
    ("ar", "أصيب 12 شخصا بجروح في تفجير سيارة مفخخة في بلدة صغيرة جنوب شرق تركيا.", "TUR"),
    (
        "en",
        "Two people were killed in a shooting at a cafe in the city of Basel, northwest Switzerland.",
        "CHE",
    ),
    (
        "en",
        "Five people were killed in a shooting at a market in the town of Sukkur, southeast Pakistan.",
        "PAK",
    ),
]

# arrests of counted people in a state: the state is where, no third side
ARRESTED_THERE = [
    ("ar", "اعتقال 30 مهاجرا أفغانيا في مدينة إزمير بتركيا.", {"TUR:COP", "AFG:REF"}),
    ("fa", "بازداشت ۴۰ مهاجر افغان در ترکیه", {"TUR:COP", "AFG:REF"}),
    ("fa", "دستگیری ۵۰ پناهجوی سوری در یونان", {"GRC:COP", "SYR:REF"}),
]


@pytest.mark.parametrize(("lang", "text", "code"), ATTACKED_THERE)
def test_victims_of_an_attack_there(lang: str, text: str, code: str) -> None:
    """The unnamed attackers first, the counted victims second; the state
    where it happened is no side of its own."""
    assert first_cast(text, lang, "ASSAULT") == [f"{code}:UAF", f"{code}:CVL"]


@pytest.mark.parametrize(("lang", "text", "expected"), ARRESTED_THERE)
def test_arrest_there_has_no_state_side(lang: str, text: str, expected: set[str]) -> None:
    """The police hold the counted people; the state is where."""
    assert cast(run(text, lang), "COERCE") == expected


def test_deaths_with_no_attack_get_no_attacker() -> None:
    """A bus fallen into a river names no attack: no unnamed attacker is
    made up for its dead."""
    got = cast(
        run("سقطت حافلة في نهر في كشمير بباكستان مما أسفر عن مقتل 24 شخصا.", "ar"), "ASSAULT"
    )
    assert not any(a.endswith(":UAF") for a in got)


def test_english_accident_gives_no_attack() -> None:
    """An English bus accident stays no ASSAULT at all."""
    text = "Four people were killed when a bus fell into a river in Kashmir, Pakistan."
    assert "ASSAULT" not in {e.type for e in run(text, "en").events}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل 10 أشخاص في غارات على شمال سوريا."),
        ("en", "Ten people were killed in an attack on northern Syria."),
    ],
)
def test_region_struck_stays_a_side(lang: str, text: str) -> None:
    """A region after a preposition of whom a deed struck is what was
    struck, not where: the state stays a side."""
    assert "SYR:" in cast(run(text, lang), "ASSAULT")


def test_named_doer_keeps_the_region_struck() -> None:
    """An army named as the doer keeps the state of the region it shelled."""
    assert first_cast("قصف الجيش التركي مواقع للمسلحين شمال سوريا.", "ar", "ASSAULT") == [
        "TUR:MIL",
        "SYR:None",
    ]


def test_persian_attack_on_a_region_keeps_its_victims() -> None:
    """Persian "حمله به شمال سوریه": the unnamed attackers and the victims."""
    got = first_cast("ده نفر در حمله به شمال سوریه کشته شدند.", "fa", "ASSAULT")
    assert got == ["SYR:UAF", "SYR:CVL"]


def test_police_arresting_in_a_state_keep_their_order() -> None:
    """A Persian arrest with its police named is read as before."""
    text = "پلیس بیش از ۳۰۰ مهاجر افغان را در ترکیه بازداشت کرد."
    assert cast(run(text, "fa"), "COERCE") == {"TUR:COP", "AFG:REF"}
