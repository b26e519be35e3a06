"""Sides of a deed of force whose doer the text does not name (round 39b,
sides39ar; every sentence written for these tests).

- a state written only as where the deed happened ("في بلجيكا", glued
  "ببلجيكا", "در بلژیک") is no attacker: it is taken out of the sides and
  the unnamed attackers (UAF) are understood in its stead
  (``extract/place_doer``);
- a count with a conjunction glued to its digits ("و6 جنود") counts whom
  the deed struck as a spaced one does ("و 6 جنود"), so the soldiers are
  victims and the civilians before them no doer (``counts.counted``);
- a suicide bomber told inside the deed's own noun ("التفجير الانتحاري")
  keeps the counted dead its victims: he is the unnamed attacker the victims
  leave understood anyway (``victims_only._all_counted``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The bombing wounded 14 people and 6 soldiers.",
        "أسفر التفجير عن إصابة 14 شخصا و6 جنود.",
        "انفجار ۱۴ نفر و ۶ سرباز را زخمی کرد.",
        ("ASSAULT reported -:UAF -:CVL -:MIL",),
    ),
]

# One language: the construction's other forms, and what must stay.
CASES: list[tuple[str, str, set[str]]] = [
    # the place of the attack is not its doer
    (
        "أسفر الهجوم على كنيسة في بلجيكا عن مقتل مواطنين تونسيين.",
        "ar",
        {"ASSAULT reported -:UAF TUN:CVL"},
    ),
    (
        "أسفر الاعتداء الذي استهدف حافلة في مدينة غنت ببلجيكا عن إصابة تونسيين.",
        "ar",
        {"ASSAULT reported -:UAF TUN:CVL"},
    ),
    (
        "در حمله به کلیسایی در بلژیک یک شهروند تونسی کشته شد.",
        "fa",
        {"ASSAULT reported -:UAF TUN:CVL"},
    ),
    # victims of the place's own country: the attackers are placed there
    (
        "أسفرت الغارة على قرية في اليمن عن مقتل أربعة مدنيين.",
        "ar",
        {"ASSAULT reported YEM:UAF YEM:CVL"},
    ),
    # a named doer keeps its place
    (
        "قصفت القوات الروسية قرية في سوريا.",
        "ar",
        {"ASSAULT reported RUS:MIL SYR:"},
    ),
    # the suicide bomber in the deed's noun: the counted are all victims
    (
        "أسفر التفجير الانتحاري قرب الجسر مساء الاثنين عن إصابة 22 شخصا و5 جنود.",
        "ar",
        {"ASSAULT reported -:UAF -:CVL -:MIL"},
    ),
    (
        "The suicide attack killed 8 people and 3 policemen.",
        "en",
        {"ASSAULT reported -:UAF -:CVL -:COP"},
    ),
    # named gunmen stay the doer
    (
        "قتل مسلحون مجهولون أربعة من رجال الشرطة في كركوك.",
        "ar",
        {"ASSAULT reported IRQ:UAF IRQ:COP"},
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_three_languages_agree(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), (lang, text)


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_case(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
