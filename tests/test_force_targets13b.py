"""Doers and victims of deeds of force (round 13b).

- Aircraft and guns that strike from afar take the country of the adjective
  written next to them and are its armed forces ("Israeli jets", "طائرات
  إسرائيلية": ISR:MIL, not Israel as a whole); with no adjective they are of
  no country: "an air strike killed children in Yemen" names no Yemeni air
  force (-:MIL, never the scene's or the victims' state). Persian keeps its
  own MIL nouns (a control here): its bare aircraft plurals are mostly
  weapons talked about in the corpus, not doers.
- A deed of force whose every named side is counted ("a car bomb killed 14
  Iraqi policemen", "سه سرباز پاکستانی … کشته شدند", "إلقاء القبض على خمسة
  مهربين") counts whom it struck: armed victims do not stand for the
  understood doer, which is still added.

The sentences are written for this test.
"""

from __future__ import annotations

import pytest

from casts import first_cast


def _actors(lang: str, text: str, etype: str) -> list[str]:
    return first_cast(text, lang, etype, "2024-05-01")


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        ("en", "Israeli jets struck targets in southern Lebanon overnight.", "ISR:MIL"),
        ("en", "Russian warplanes bombed rebel positions near Hama on Friday.", "RUS:MIL"),
        ("ar", "قصفت طائرات إسرائيلية مواقع في جنوب لبنان.", "ISR:MIL"),
        ("ar", "شنت طائرات روسية غارات على مواقع المعارضة في إدلب.", "RUS:MIL"),
        ("fa", "جنگنده‌های آمریکایی مواضع داعش را در عراق بمباران کردند.", "USA:MIL"),
    ],
)
def test_aircraft_with_an_adjective_are_that_states_forces(lang: str, text: str, doer: str) -> None:
    actors = _actors(lang, text, "ASSAULT")
    assert actors[0] == doer, actors


@pytest.mark.parametrize(
    ("lang", "text", "scene"),
    [
        ("en", "An air strike killed eleven children at a school in Yemen on Tuesday.", "YEM"),
        ("en", "An airstrike hit a hospital in northern Syria, killing four doctors.", "SYR"),
        ("en", "Artillery fire killed two farmers near a border village in Lebanon.", "LBN"),
    ],
)
def test_unnamed_air_force_takes_no_country_from_the_scene(
    lang: str, text: str, scene: str
) -> None:
    actors = _actors(lang, text, "ASSAULT")
    assert "-:MIL" in actors, actors
    assert f"{scene}:MIL" not in actors, actors


@pytest.mark.parametrize(
    ("lang", "text", "doer", "victims"),
    [
        ("en", "A car bomb killed 14 Iraqi policemen in Baghdad on Sunday.", "IRQ:UAF", "IRQ:COP"),
        (
            "en",
            "A roadside bomb killed three Pakistani soldiers in North Waziristan.",
            "PAK:UAF",
            "PAK:MIL",
        ),
        (
            "fa",
            "سه سرباز پاکستانی در انفجار بمب کنار جاده‌ای در وزیرستان کشته شدند.",
            "PAK:UAF",
            "PAK:MIL",
        ),
        ("ar", "تم إلقاء القبض على خمسة مهربين في وهران.", "DZA:COP", "DZA:CRM"),
    ],
)
def test_counted_armed_victims_leave_the_doer_understood(
    lang: str, text: str, doer: str, victims: str
) -> None:
    etype = "COERCE" if lang == "ar" else "ASSAULT"
    actors = _actors(lang, text, etype)
    assert doer in actors and victims in actors, actors


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        ("en", "Gunmen killed three soldiers in Mosul.", "IRQ:UAF"),
        ("fa", "یک بمب‌گذار انتحاری نه سرباز افغان را در قندهار کشت.", "AFG:UAF"),
        ("ar", "قتلت قوات الأمن 12 مسلحا في سيناء.", "EGY:COP"),
    ],
)
def test_a_named_doer_is_not_doubled(lang: str, text: str, doer: str) -> None:
    actors = _actors(lang, text, "ASSAULT")
    assert actors.count(doer) == 1, actors
