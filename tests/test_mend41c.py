"""Round 41, second review of the mends (mend41c). Sentences written for
these tests.

- Collaborating or coordinating with someone is a charge: the state after
  it is inside the charge, no accused of its own.
- Persian "با حضور در مجلس" (attending parliament) says where one spoke:
  parliament is no side of the criticism.
- A held person's age or description may stand between them and the
  charge; a bare "with"/"با" opens no crime, and the crime follows its
  opener within three words.
"""

from __future__ import annotations

import pytest

from casts import run


def _sides(text: str, lang: str, etype: str) -> list[set[str]]:
    return [
        {f"{a.code}:{a.agent}" for a in e.actors} for e in run(text, lang).events if e.type == etype
    ]


COLLABORATION = [
    ("ar", "اتهمت الحكومة الأوغندية المعارضة بالتعاون مع كينيا لزعزعة الاستقرار."),
    pytest.param(
        "fa",
        "دولت اوگاندا مخالفان را به همکاری با کنیا برای بی‌ثبات کردن کشور متهم کرد.",
        marks=pytest.mark.xfail(
            strict=True, reason="fa: a charge before the accusing verb still yields its state"
        ),
    ),
    ("en", "The Ugandan government accused the opposition of collaborating with Kenya."),
]


@pytest.mark.parametrize(("lang", "text"), COLLABORATION)
def test_who_one_collaborated_with_is_inside_the_charge(lang: str, text: str) -> None:
    assert _sides(text, lang, "ACCUSE") == [{"UGA:GOV", "UGA:OPP"}]


ATTENDING = [
    ("fa", "وزیر خارجه اوگاندا با حضور در مجلس از تحریم‌ها انتقاد کرد."),
    ("ar", "انتقد وزير الخارجية الأوغندي العقوبات خلال جلسة البرلمان."),
    ("en", "The Ugandan foreign minister criticised the sanctions at a session of parliament."),
]


@pytest.mark.parametrize(("lang", "text"), ATTENDING)
def test_the_assembly_attended_is_no_side(lang: str, text: str) -> None:
    sides = _sides(text, lang, "ACCUSE")
    assert sides and all("UGA:LEG" not in s for s in sides)


DESCRIBED = [
    ("ar", "اعتقلت الشرطة رجلا في الثلاثينيات من عمره بتهمة تهريب المخدرات."),
    ("fa", "پلیس یک زن ۳۵ ساله را به اتهام قاچاق مواد مخدر بازداشت کرد."),
    ("en", "Police arrested a man in his thirties on charges of drug smuggling."),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIBED)
def test_a_description_before_the_charge(lang: str, text: str) -> None:
    assert any(a.endswith(":CRM") for s in _sides(text, lang, "COERCE") for a in s)


VICTIMS = [
    ("fa", "پلیس یک زن را که با شکایت از سرقت خودرویش به کلانتری آمده بود بازداشت کرد."),
    ("en", "Police arrested a woman with her husband after she reported the theft of her car."),
    ("en", "Police detained a man for hours after the robbery of a bank."),
    ("ar", "اعتقلت الشرطة رجلا مع زوجته بعد أن أبلغ عن سرقة سيارته."),
    ("fa", "پلیس ده‌ها تظاهرکنندگان را به اتهام جعل اسناد بازداشت کرد."),
]


@pytest.mark.parametrize(("lang", "text"), VICTIMS)
def test_no_crime_opened_for_them(lang: str, text: str) -> None:
    sides = _sides(text, lang, "COERCE")
    assert sides and not any(a.endswith(":CRM") for s in sides for a in s)


WELCOMED = [
    ("fa", "پیشنهاد اوگاندا با پاسخ مثبتی از سوی کنیا روبرو خواهد شد."),
    ("fa", "این طرح با واکنش‌های مثبت کنیا روبرو خواهد شد."),
    ("en", "Kenya said its proposal would be met with positive responses from Uganda."),
    pytest.param(
        "ar",
        "قالت كينيا إن مقترحها سيقابل برد فعل إيجابي من أوغندا.",
        marks=pytest.mark.xfail(strict=True, reason="ar 'رد فعل إيجابي' still reads a threat"),
    ),
]


@pytest.mark.parametrize(("lang", "text"), WELCOMED)
def test_a_good_response_in_any_form_is_no_threat(lang: str, text: str) -> None:
    assert _sides(text, lang, "THREATEN") == []


def test_a_harsh_response_still_threatens() -> None:
    text = "هر حمله‌ای به خاک اوگاندا با پاسخ سخت ارتش روبرو خواهد شد."
    assert _sides(text, "fa", "THREATEN")
