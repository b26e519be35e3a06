"""A right recognised is no endorsement, read only where the right is the
recognition's object (mendB109, review109a of nonevent109).

nonevent109 vetoed Persian "به رسمیت شناختن" (PLOVER SUPPORT, endorse)
where a right, rights, a charge or a jurisdiction stood within three words
after the trigger. Three words reached past a short state's name into the
next phrase ("با به رسمیت شناختن فلسطین حق مردم … را تأیید کرد") and past a
finite verb, whose object stands before it, into the next clause ("… را به
رسمیت شناخت که حق …"); a state's right to exist recognised is the state
recognised. The veto now reads the word right after the trigger, or after
the passive's "شدن/شده", "کامل" or "این".

The Arabic and English lexicons have no trigger of recognition: their
sentences here guard that a right recognised gives no SUPPORT (they pass
before the mend too). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, first_codes, run

STATE_THEN_RIGHT = [
    # main (nonevent109): no SUPPORT — "حق" the third word after the trigger
    ("هلند با به رسمیت شناختن فلسطین حق ملت آن برای داشتن دولت را تأیید کرد.", ["NLD", "PSE"]),
    # main: no SUPPORT — "حقوق" after a two-word state's name
    ("پرتغال با به رسمیت شناختن دولت فلسطین حقوق ملت فلسطین را تضمین کرد.", ["PRT", "PSE"]),
    # main: no SUPPORT — "طبق حقوق" is a phrase of its own
    (
        "بلژیک با به رسمیت شناختن فلسطین طبق حقوق بین‌الملل، سفارت خود را در رام‌الله گشود.",
        ["BEL", "PSE"],
    ),
]

FINITE_THEN_CLAUSE = [
    # main: no SUPPORT — the finite verb's object is before it
    ("نروژ دولت فلسطین را به رسمیت شناخت که حق قانونی ملت فلسطین است.", ["NOR", "PSE"]),
    # main: no SUPPORT
    (
        "اسلوونی کشور فلسطین را به رسمیت شناختند و حقوق ملت فلسطین را محترم شمردند.",
        ["SVN", "PSE"],
    ),
]


@pytest.mark.parametrize(("text", "sides"), STATE_THEN_RIGHT + FINITE_THEN_CLAUSE)
def test_a_state_recognised_before_a_right_stays_support_fa(text: str, sides: list[str]) -> None:
    assert first_codes(text, "fa", "SUPPORT") == sides


def test_a_states_right_to_exist_recognised_is_support_fa() -> None:
    # main: no SUPPORT — the right to exist is the state's recognition
    text = "امارات با به رسمیت شناختن حق موجودیت اسرائیل، سفارت خود را در تل‌آویو گشود."
    assert first_codes(text, "fa", "SUPPORT") == ["ARE", "ISR"]


@pytest.mark.parametrize(
    "text",
    [
        # the words right after the trigger, or after a passive or a modifier
        "پرستاران خواستار به رسمیت شناختن کامل حقوق صنفی خود شدند.",
        "کارگران پتروشیمی خواستار به رسمیت شناختن این حق شدند.",
        "رانندگان خواستار به رسمیت شناخته شدن حق تشکل خود شدند.",
        "بازنشستگان بر به رسمیت شناختن حقوق خود تأکید کردند.",
    ],
)
def test_a_right_recognised_stays_no_support_fa(text: str) -> None:
    assert casts_in_order(text, "fa", "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("طالب الممرضون بالاعتراف الكامل بحقوقهم المهنية.", "ar"),
        ("The nurses demanded full recognition of their professional rights.", "en"),
    ],
)
def test_a_right_recognised_is_no_support_ar_en(text: str, lang: str) -> None:
    assert not [e for e in run(text, lang).events if e.type == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a state recognised before a right told in the next clause (recognise109
        # reads recognition in Arabic and English; the right does not veto it)
        ("اعترفت هولندا بدولة فلسطين وأكدت حق شعبها فيها.", "ar"),
        (
            "The Netherlands recognised the State of Palestine and affirmed its people's right.",
            "en",
        ),
    ],
)
def test_a_state_recognised_before_a_right_ar_en(text: str, lang: str) -> None:
    sides = [[a.code for a in e.actors] for e in run(text, lang).events if e.type == "SUPPORT"]
    assert sides == [["NLD", "PSE"]]
