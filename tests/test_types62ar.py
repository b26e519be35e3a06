"""An Arabic blast told as a happening is a bombing, even with no side named
(round 62; sentences written for these tests).

- "وقع انفجار", "هز انفجار", "وقعت انفجارات", "انفجاران", "الانفجار الأول"
  tell that a blast went off; with no side in the sentence the attack is
  still reported, by attackers unknown (UAF of no country), as Persian
  "انفجار … رخ داد" already is (assault51fa);
- a gas blast, the sound of a blast heard, a situation that "explodes" and
  "وقع" that signs are none;
- English "an explosion went off" is not read (no side-less deeds in
  English: recorded as it stands).
"""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وفي مدينة ساحلية وقع انفجار في محطة الحافلات صباح اليوم.", "ar"),
        ("وقع انفجاران في سوق شعبي بالمدينة بعد الظهر.", "ar"),
        ("وقد هز انفجار سوقا مزدحما في وسط المدينة.", "ar"),
        ("وقعت انفجارات في الحي الشرقي مساء أمس.", "ar"),
        ("وقال أحد المسعفين في موقع الانفجار الأول إنه نقل عشر جثث.", "ar"),
        ("روز پنجشنبه یک انفجار در ایستگاه اتوبوس شهر رخ داد.", "fa"),
    ],
)
def test_blast_with_no_side_is_an_attack_by_unknown_attackers(text: str, lang: str) -> None:
    # the paramedic who speaks may stand beside them ("-:HLH")
    assert "-:UAF" in cast(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقع انفجار بسبب تسرب غاز في مطعم بالمدينة.", "ar"),
        ("وقع انفجار غاز في مطعم بالمدينة.", "ar"),
        ("سمعت الراكبة دوي انفجار أثناء الرحلة.", "ar"),
        ("يحذر الخبراء من انفجار الوضع في المنطقة.", "ar"),
        ("مما أسفر عن وقوع انفجار وسقوط جزء من سقف المنزل.", "ar"),
        ("انفجار گاز در یک رستوران شهر رخ داد.", "fa"),
        ("A gas explosion tore through a restaurant in the city.", "en"),
    ],
)
def test_accidents_sounds_and_metaphors_are_no_attack(text: str, lang: str) -> None:
    assert not cast(run(text, lang), "ASSAULT")


def test_signing_is_no_blast() -> None:
    record = run("وقع الطرفان اتفاقا لوقف إطلاق النار في المدينة.", "ar")
    assert not cast(record, "ASSAULT")


def test_english_blast_with_no_side_is_not_read() -> None:
    # recorded as it stands: English keeps no side-less deeds
    assert not cast(run("An explosion went off at the bus station on Thursday.", "en"), "ASSAULT")


def test_named_sides_still_read_the_bombing() -> None:
    text = "وقع انفجار استهدف دورية للشرطة العراقية في بغداد."
    assert "IRQ:COP" in cast(run(text, "ar"), "ASSAULT")
