"""direction109: aid goes from the givers to the people helped.

Aid and rescue are given by the authorities, the forces or an aid body to
civilians or refugees; a sentence that names the people helped first ("the
families said the army brought them food") still has the givers as the
event's doer (``CROWD_FIRST["AID"]``). A state named as a whole after
civilians in an aid event is left where it stands: "citizens sent aid to
Afghanistan" has the state as the receiver. A court comes first in a
sentence wherever it is named (``CROWD_FIRST_ANYWHERE``: "the activists the
court sentenced"), where the police come first only at or after the deed's
noun (a crowd may detain policemen). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "giver", "helped"),
    [
        # main: [-:CVL, -:GOV]
        (
            "قال المسؤول إن العائلات المتضررة من الفيضانات ستتلقى مساعدات غذائية "
            "توزعها وزارة الشؤون الاجتماعية.",
            "ar",
            "-:GOV",
            "-:CVL",
        ),
        # main: [-:REF, -:NGO]
        (
            "وصل مئات اللاجئين إلى الجزيرة بعد أن أنقذتهم سفن تابعة لمنظمات إغاثة.",
            "ar",
            "-:NGO",
            "-:REF",
        ),
        # main: [-:CVL, -:MIL]
        ("خانواده‌های زلزله‌زده گفتند ارتش به آنها کمک غذایی رساند.", "fa", "-:MIL", "-:CVL"),
        # main: [-:REF, -:NGO]
        ("آوارگان گفتند هلال احمر برایشان چادر و غذا فرستاد.", "fa", "-:NGO", "-:REF"),
        # main: [-:CVL, -:GOV]
        (
            "Aid was handed to the flood victims by the ministry of social affairs.",
            "en",
            "-:GOV",
            "-:CVL",
        ),
        # main: [-:CVL, -:MIL]
        ("The villagers said the army had delivered food aid to them.", "en", "-:MIL", "-:CVL"),
    ],
)
def test_aid_giver_first(text: str, lang: str, giver: str, helped: str) -> None:
    assert [giver, helped] in casts_in_order(text, lang, "AID")


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        # citizens who send aid to a state named as a whole give it
        ("أرسل مواطنون مغاربة مساعدات إلى الجزائر.", "ar", "MAR:CVL"),
        ("شهروندان ایرانی کمک‌هایی برای افغانستان ارسال کردند.", "fa", "IRN:CVL"),
        ("Iranian citizens sent aid to Afghanistan.", "en", "IRN:CVL"),
        # a giver named first stays first
        ("The army delivered food aid to the villagers.", "en", "-:MIL"),
    ],
)
def test_aid_order_kept(text: str, lang: str, first: str) -> None:
    events = casts_in_order(text, lang, "AID")
    assert events, f"no AID in {text}"
    assert events[0][0] == first


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: [-:OPP, -:JUD]
        ("أفرج عن الناشطين الذين قضت المحكمة بسجنهم.", "ar"),
        # main: [-:CVL, -:JUD]
        ("المتهمون الثلاثة حكمت عليهم المحكمة بالسجن عامين.", "ar"),
        # main: [-:OPP, -:JUD]
        ("The opposition activists the court sentenced on Monday have appealed.", "en"),
        # Persian already reads the court first here (a guard, as on main)
        ("اعضای این حزب مخالف را دادگاه به حبس محکوم کرد.", "fa"),
    ],
)
def test_court_first_in_a_sentence(text: str, lang: str) -> None:
    events = casts_in_order(text, lang, "COERCE")
    assert events, f"no COERCE in {text}"
    assert events[0][0].endswith(":JUD")


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        # a crowd named before the police it detains stays first: only a
        # court comes first wherever it is named
        ("The protesters detained two policemen.", "en", "-:CVL"),
    ],
)
def test_crowd_detaining_kept(text: str, lang: str, first: str) -> None:
    events = casts_in_order(text, lang, "COERCE")
    assert events and events[0][0] == first
