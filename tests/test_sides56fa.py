"""A bare "resistance front" is no Afghan side (round 56, sides56fa; every
sentence written for these tests).

Persian news writes "جبهه مقاومت" for the Axis of Resistance (states and
armed groups of several countries); only the National Resistance Front
("جبهه مقاومت ملی") is Afghanistan's rebels. Arabic and English already
name only the full title ("جبهة المقاومة الوطنية", "National Resistance
Front"): their sentences record that nothing changes there.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# A bare resistance front: no reading gives it Afghanistan.
BARE: list[tuple[str, str]] = [
    (
        "فرمانده سپاه گفت: اخراج آمریکایی‌ها از منطقه به دست جوانان جبهه مقاومت محقق خواهد شد.",
        "fa",
    ),
    (
        "قال القائد إن طرد الأمريكيين من المنطقة سيتحقق على يد شباب جبهة المقاومة.",
        "ar",
    ),
    (
        "The commander said the expulsion of the Americans from the region will be"
        " achieved by the youth of the resistance front.",
        "en",
    ),
]

# The National Resistance Front stays Afghanistan's rebels.
NATIONAL: list[tuple[str, str, set[str]]] = [
    (
        "جبهه مقاومت ملی افغانستان به مواضع طالبان در پنجشیر حمله کرد.",
        "fa",
        {"ASSAULT reported AFG:REB AFG:REB"},
    ),
    (
        "هاجمت جبهة المقاومة الوطنية الأفغانية مواقع طالبان في بنجشير.",
        "ar",
        {"ASSAULT reported AFG:REB AFG:REB"},
    ),
    (
        "National Resistance Front fighters attacked Taliban positions in Panjshir.",
        "en",
        {"ASSAULT reported AFG:REB AFG:REB"},
    ),
]


@pytest.mark.parametrize(("text", "lang"), BARE)
def test_bare_resistance_front_is_not_afghan(text: str, lang: str) -> None:
    assert not any("AFG:" in line for line in _read(text, lang))


@pytest.mark.parametrize(("text", "lang", "readings"), NATIONAL)
def test_national_resistance_front_stays_afghan(text: str, lang: str, readings: set[str]) -> None:
    assert _read(text, lang) == readings
