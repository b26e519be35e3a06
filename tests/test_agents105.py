"""An arrest made by the authorities named as a whole is the police's (COP),
not the government's (agents105, ``extract/arresting_police.py``).

"ألقت السلطات الإيطالية القبض على …", "مقامات ترکیه … را بازداشت کردند",
"Turkish authorities detained …": main read the generic noun as GOV in every
deed. Only a word of arrest (``context.ARREST_WORDS``) makes the generic
noun (``context.ARRESTING_AUTHORITIES``) the police: a ban, a siege or a
deportation by the authorities stays GOV, and a government named as such
keeps GOV when it arrests. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# main gave the authorities GOV in all of these
ARRESTS = [
    ("ar", "ألقت السلطات المغربية القبض على أربعة أشخاص في الرباط.", ["MAR:COP", "MAR:CVL"]),
    ("ar", "اعتقلت السلطات التركية صحفيا ألمانيا في إسطنبول.", ["TUR:COP", "DEU:MED"]),
    (
        "fa",
        "مقامات ترکیه یک روزنامه‌نگار آلمانی را در استانبول بازداشت کردند.",
        ["TUR:COP", "DEU:MED"],
    ),
    ("en", "Turkish authorities detained a German journalist in Istanbul.", ["TUR:COP", "DEU:MED"]),
]


@pytest.mark.parametrize(("lang", "text", "cast"), ARRESTS)
def test_authorities_arresting_are_police(lang: str, text: str, cast: list[str]) -> None:
    assert casts_in_order(text, lang, "COERCE") == [cast]


# the event stays, and the authorities keep GOV, where the deed is no arrest
# or the arrester is the government named as such
KEPT = [
    ("ar", "رحلت السلطات الألمانية مئات المهاجرين التونسيين.", ["DEU:GOV", "TUN:REF"]),
    ("ar", "حظرت السلطات العراقية المظاهرات في بغداد.", ["IRQ:GOV"]),
    ("ar", "اعتقلت الحكومة التركية صحفيا ألمانيا.", ["TUR:GOV", "DEU:MED"]),
    ("fa", "دولت ترکیه یک روزنامه‌نگار آلمانی را بازداشت کرد.", ["TUR:GOV", "DEU:MED"]),
    ("en", "Iraqi authorities deported 40 Syrian refugees.", ["IRQ:GOV", "SYR:REF"]),
    ("en", "The Turkish government detained a German journalist.", ["TUR:GOV", "DEU:MED"]),
]


@pytest.mark.parametrize(("lang", "text", "cast"), KEPT)
def test_other_deeds_of_authorities_stay_government(lang: str, text: str, cast: list[str]) -> None:
    assert casts_in_order(text, lang, "COERCE") == [cast]


# a request to the authorities is no arrest of theirs: they stay GOV
ASKED = [
    (
        "ar",
        "طالبت منظمة العفو الدولية السلطات المصرية بالإفراج عن الصحفيين المعتقلين.",
        ["-:NGO", "EGY:GOV"],
    ),
    (
        "en",
        "Amnesty International urged Egyptian authorities to release the detained journalists.",
        ["-:NGO", "EGY:GOV"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "cast"), ASKED)
def test_authorities_asked_to_release_stay_government(
    lang: str, text: str, cast: list[str]
) -> None:
    assert casts_in_order(text, lang, "REQUEST") == [cast]
