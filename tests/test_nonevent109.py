"""A right recognised is no endorsement of a side (nonevent109).

Persian "به رسمیت شناختن" is PLOVER SUPPORT (endorse) when a state or a
government is recognised. Its verbal noun and passive also name a right,
a body of rights, a charge or a court's jurisdiction ("به رسمیت شناختن حق
تشکل", "به رسمیت شناخته شدن حق اعتصاب", "با به رسمیت شناختن اتهام …"):
a workers' demand or an opinion, with no side endorsed. Main made each a
SUPPORT event (all 11 such corpus events wrong). The Arabic and English
lexicons have no trigger of recognition, so their sentences here guard
that none appears. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, first_codes, run


@pytest.mark.parametrize(
    "text",
    [
        # main: SUPPORT [-:]
        "کارگران معترض در بیانیه‌ای خواستار به رسمیت شناختن حق تشکل‌یابی شدند.",
        # main: SUPPORT (the passive with "شدن" between the verb and its object)
        "کارگران خواستار به رسمیت شناخته‌شدن حق اعتصاب شدند.",
        # main: SUPPORT
        "معلمان خواستار به رسمیت شناختن حقوق صنفی خود شدند.",
    ],
)
def test_a_right_recognised_is_no_support_fa(text: str) -> None:
    assert casts_in_order(text, "fa", "SUPPORT") == []


def test_a_charge_recognised_is_no_support_but_the_criticism_stays() -> None:
    # main: SUPPORT [EU, RUS] beside the criticism
    text = "اتحادیه اروپا با به رسمیت شناختن اتهام دخالت روسیه، از مسکو انتقاد کرد."
    assert casts_in_order(text, "fa", "SUPPORT") == []
    assert casts_in_order(text, "fa", "ACCUSE") == [["EU:", "RUS:"]]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("سوئد دولت فلسطین را به رسمیت شناخت.", ["SWE", "PSE"]),
        ("مصر با به رسمیت شناختن دولت جدید لیبی، از آن حمایت کرد.", ["EGY", "LBY"]),
    ],
)
def test_a_state_recognised_stays_support_fa(text: str, sides: list[str]) -> None:
    assert first_codes(text, "fa", "SUPPORT") == sides


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("طالب العمال المضربون بالاعتراف بحقهم في التنظيم النقابي.", "ar"),
        ("The cabinet recognised the right of teachers to form unions.", "en"),
        ("The striking workers demanded recognition of their right to organise.", "en"),
    ],
)
def test_a_right_recognised_is_no_support_ar_en(text: str, lang: str) -> None:
    assert not [e for e in run(text, lang).events if e.type == "SUPPORT"]
