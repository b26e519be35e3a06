"""Round 25 (lead): strikes told from the side of what they hit (sentences
written for these tests).

- English passives with the weapon after "by": "was targeted by a drone",
  "was hit by rockets", "were wounded by sniper fire"; only with a weapon
  named ("hit by sanctions" is no strike).
- English "targeted" with armed forces as its subject ("Israeli forces
  targeted a house"), as it already was with a weapon.
- Arabic "أصيب" (was hit, was wounded) with what struck after it ("برصاص",
  "بصاروخ"); alone it is mostly an illness.
- Persian tells the same with "با … هدف قرار گرفت" and "با شلیک … زخمی
  شدند" (unchanged; the parallel cases hold it).
"""

from __future__ import annotations

import pytest

from casts import reading as read
from casts import types

EMBASSY = [
    ("The US embassy in Baghdad was targeted by a drone on Monday.", "en"),
    ("The US embassy in Baghdad was hit by rockets on Monday.", "en"),
    ("سفارت آمریکا در بغداد روز دوشنبه با یک پهپاد هدف قرار گرفت.", "fa"),
    ("أصيبت السفارة الأمريكية في بغداد بصاروخ يوم الاثنين.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), EMBASSY)
def test_a_struck_embassy_is_a_strike_on_its_state(text: str, lang: str) -> None:
    events = read(text, lang)
    assert {e[0] for e in events} == {"ASSAULT"}
    assert all(("USA", "GOV") in e[2] for e in events)


WOUNDED = {("ASSAULT", "reported", (("IRQ", "UAF"), ("IRQ", "MIL")))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two Iraqi soldiers were wounded by sniper fire in Baghdad.", "en"),
        ("أصيب جنديان عراقيان برصاص قناص في بغداد.", "ar"),
        ("دو سرباز عراقی با شلیک یک تک‌تیرانداز در بغداد زخمی شدند.", "fa"),
    ],
)
def test_soldiers_wounded_by_fire(text: str, lang: str) -> None:
    assert read(text, lang) == WOUNDED


FORCES = {("ASSAULT", "reported", (("ISR", "MIL"),))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israeli forces targeted a house in Gaza.", "en"),
        ("نیروهای اسرائیلی خانه‌ای را در غزه هدف قرار دادند.", "fa"),
    ],
)
def test_armed_forces_targeting_a_house(text: str, lang: str) -> None:
    assert read(text, lang) == FORCES


NOT_STRIKES = [
    ("Iran's economy was hit by sanctions.", "en"),
    ("The minister was injured in a car crash.", "en"),
    ("The new tax targeted foreign banks.", "en"),
    ("أصيب وزير الصحة بفيروس كورونا.", "ar"),
    ("أصيب الاقتصاد الإيراني بالركود.", "ar"),
    ("اقتصاد ایران از تحریم‌ها آسیب دید.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_STRIKES)
def test_hit_without_a_weapon_is_no_strike(text: str, lang: str) -> None:
    assert "ASSAULT" not in types(text, lang)
