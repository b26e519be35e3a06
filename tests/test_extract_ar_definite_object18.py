"""A definite noun is no construct head (aragents18): "جيش إيران" is Iran's
army, but in "اتهم الجيش إيران" the name after the definite "الجيش" is whom
the army accused; so is a movement's bare name ("اتهمت الشرطة حماس"). The
name is neither the noun's country nor, when the sentence names no other, a
country the noun takes from it: the agent keeps the dateline's country or
none, and the event keeps its two sides. A name that is also an adjective
("الشرطة السعودية"), the construct state ("وزير خارجية إيران", "مسلحو
حماس") and a title before a person's name are read as before. Persian and
English link the country ("ارتش ایران", "the army of Iran"), which the
controls keep. Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, first_cast, run


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("انتقدت الحكومة إيران بشدة بسبب تدخلها في المنطقة.", "ACCUSE", ["-:GOV", "IRN:None"]),
        ("اتهم الجيش إيران بتهريب الأسلحة إلى المتمردين.", "ACCUSE", ["-:MIL", "IRN:None"]),
        ("اتهم التحالف العربي إيران بتزويد الحوثيين بالصواريخ.", "ACCUSE", ["-:MIL", "IRN:None"]),
        ("دعت الحكومة قطر إلى وقف دعم الجماعات المتطرفة.", "REQUEST", ["-:GOV", "QAT:None"]),
    ],
)
def test_arabic_name_after_a_definite_noun_is_its_object(
    text: str, etype: str, expected: list[str]
) -> None:
    assert first_cast(text, "ar", etype) == expected


def test_arabic_movement_after_a_definite_noun_is_its_object() -> None:
    cast_ = first_cast("اتهمت الشرطة حماس بالوقوف وراء الهجوم.", "ar", "ACCUSE")
    assert cast_ == ["-:COP", "PSE:REB"]


def test_arabic_members_of_a_movement_stay_the_movement() -> None:
    record = run("هاجم مسلحو حماس موقعا عسكريا إسرائيليا قرب غزة.", "ar")
    assert "PSE:REB" in cast(record, "ASSAULT")
    assert not any(a.endswith(":UAF") for a in cast(record, "ASSAULT"))


def test_arabic_dateline_gives_the_accuser_its_country() -> None:
    record = run("الرياض - اتهمت الحكومة طهران بدعم الإرهاب في المنطقة.", "ar")
    assert {"SAU:GOV", "IRN:"} <= cast(record, "ACCUSE")


def test_arabic_construct_state_keeps_the_country() -> None:
    record = run("التقى وزير خارجية إيران نظيره العماني في مسقط.", "ar")
    assert {"IRN:GOV", "OMN:GOV"} <= cast(record, "CONSULT")


def test_arabic_indefinite_head_keeps_the_country() -> None:
    record = run("اتهمت قوات إيران المتظاهرين بالتخريب.", "ar")
    assert "IRN:MIL" in cast(record, "ACCUSE")


def test_arabic_name_that_is_also_an_adjective_stays_the_adjective() -> None:
    record = run("اعتقلت الشرطة السعودية مواطنا في مكة المكرمة.", "ar")
    assert {"SAU:COP", "SAU:CVL"} <= cast(record, "COERCE")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The army of Iran accused protesters of sabotage.", "en", "IRN:MIL"),
        ("ارتش ایران معترضان را به خرابکاری متهم کرد.", "fa", "IRN:MIL"),
    ],
)
def test_other_languages_link_the_country(text: str, lang: str, expected: str) -> None:
    assert expected in cast(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "دعا البرلمان الحكومة إلى الاستقالة بعد فشلها في إدارة الأزمة.",
            "REQUEST",
            ["-:LEG", "-:GOV"],
        ),
        ("انتقد البرلمان الحكومة بسبب تأخر صرف الرواتب.", "ACCUSE", ["-:LEG", "-:GOV"]),
    ],
)
def test_arabic_two_definite_bodies_are_two_sides(
    text: str, etype: str, expected: list[str]
) -> None:
    assert first_cast(text, "ar", etype) == expected


def test_arabic_spokesman_of_a_body_stays_one_person() -> None:
    record = run("قال المتحدث باسم الحكومة العراقية إن الجيش قصف مواقع المسلحين.", "ar")
    assert "IRQ:MIL" in cast(record, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Parliament called on the government to resign.", "en"),
        ("مجلس از دولت خواست استعفا دهد.", "fa"),
    ],
)
def test_other_languages_body_asks_body(text: str, lang: str) -> None:
    agents = {a.split(":")[1] for a in cast(run(text, lang), "REQUEST")}
    assert {"LEG", "GOV"} <= agents
