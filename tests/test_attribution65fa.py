"""A speaker who says in the present that another side struck is none of
the strike's sides (round 65, attribution65fa; every sentence written for
these tests).

Rules of this round:

- before a deed of force, the present of saying ("می‌گوید/می‌گویند",
  English "say", ``status.PRESENT_SAYING_CUES``) opens what is said as
  "گفت"/"said" do: the deed's sides are those named inside what is said,
  the speaker none of them ("مقامات اسرائیل می‌گویند روسیه به کشتی حمله
  کرده است" has Russia strike, not Israel); Arabic "يقول" is a verb of
  saying already;
- where what is said names no subject of the deed ("ارتش اسرائیل می‌گوید به
  مواضع حماس حمله کرده است") or points back to the speaker ("say they
  struck", "say their jets struck"), the deed is the speaker's own, as it
  is after "گفت"/"said";
- other deeds than force keep the present as before (round 62: as a verb of
  saying everywhere it lowered held-out parties).
"""

from __future__ import annotations

import pytest

from casts import first_cast

# (language, sentence, the sides of the strike)
TOLD_DEEDS: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "مقامات هند می‌گویند پاکستان به یک پاسگاه مرزی در کشمیر حمله کرده است.",
        ["PAK:None"],
    ),
    (
        "fa",
        "مقام‌های اسرائیل می‌گویند روسیه این حمله را انجام داده است.",
        ["RUS:None"],
    ),
    (
        "en",
        "Indian officials say Pakistani troops attacked a border post in Kashmir.",
        ["PAK:MIL"],
    ),
    (
        "ar",
        "يقول مسؤولون هنود إن القوات الباكستانية هاجمت موقعا حدوديا في كشمير.",
        ["PAK:MIL"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), TOLD_DEEDS)
def test_speaker_of_the_present_is_no_side(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ASSAULT") == sides


# (language, sentence, the strike's doer: the speaker, its own deed)
OWN_DEEDS: list[tuple[str, str, str]] = [
    (
        "fa",
        "ارتش هند می‌گوید به مواضع شبه‌نظامیان در کشمیر حمله کرده است.",
        "IND:MIL",
    ),
    (
        "en",
        "Indian officials say their troops attacked militant positions in Kashmir.",
        "IND:GOV",
    ),
    (
        "en",
        "Indian officials say they attacked militant positions in Kashmir.",
        "IND:GOV",
    ),
]


@pytest.mark.parametrize(("lang", "text", "doer"), OWN_DEEDS)
def test_speakers_own_deed_keeps_the_speaker(lang: str, text: str, doer: str) -> None:
    assert first_cast(text, lang, "ASSAULT")[0] == doer


def test_the_present_before_a_deed_of_force_still_accuses() -> None:
    """The speaker no side of the deed is still the state that puts it on
    another."""
    text = "مقام‌های اسرائیل می‌گویند روسیه این حمله را انجام داده است."
    assert first_cast(text, "fa", "ACCUSE") == ["ISR:GOV", "RUS:None"]
