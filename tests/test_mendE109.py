"""Mend of recognise109 (review109d F1-F4): a recognition read only with an
explicit state word as its object, a refusal only of the infinitive.

recognise109 read Arabic "اعترف … ب" and English "recognise" with a bare
state's name as a recognition (PLOVER SUPPORT, endorse). The name glued to
"ب" is as often a place ("بخسائر بسوريا": losses in Syria) and the English
name a merit, a threat or a partner ("recognised Qatar's efforts",
"recognized Iran as a threat"); the admission then displaced the attack it
confessed (F1), and a name before the doers or in a list became a target
(F2). Only a state word is the object now ("بدولة", "بحكومة", "باستقلال",
"the State of", "the government"), not after a person noun that serves in
it ("اعترف مسؤول بالحكومة …"), nor a government owning what is recognised
("the government's mistakes", F3). The Persian veto of a refused
recognition read into the next clause (F4): it stops at "از", "اما",
"ولی", "که". Co-recognisers named after the object ("… along with Spain")
stay targets, as after any object (a general limit of coordination, left):
strict xfail. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: SUPPORT (a place glued to "ب")
        ("اعترف الجيش بسقوط قتلى بلبنان.", "ar"),
        ("اعترف المتهم التونسي بالتجسس بالجزائر.", "ar"),
        # main: SUPPORT (where an official serves)
        ("اعترف مسؤول بالحكومة العراقية بوجود أزمة مع تركيا.", "ar"),
        ("اعترفت مصادر بالسلطة الفلسطينية بتعثر المحادثات.", "ar"),
        # main: SUPPORT (an object before its doers)
        ("اعترف بكوسوفو كل من اليابان وكندا.", "ar"),
        # main: SUPPORT (a merit, a threat, a reward, an income)
        ("The minister recognised Egypt as a partner.", "en"),
        ("The minister recognized Turkey as a danger.", "en"),
        ("Officials recognised Jordan for its help.", "en"),
        ("The firm recognised income from Oman.", "en"),
        ("The minister recognized the government's failures.", "en"),
        # Persian: an admission was never a recognition
        ("ارتش به کشته شدن سربازان در لبنان اعتراف کرد.", "fa"),
    ],
)
def test_no_state_word_is_no_recognition(text: str, lang: str) -> None:
    assert casts_in_order(text, lang, "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: the attack confessed gave way to a SUPPORT
        ("اعترف المسلحون بتنفيذ هجمات بليبيا وتونس.", "ar", "ASSAULT"),
        # main: the threat gave way to a SUPPORT
        ("The minister recognized Iran as a threat.", "en", "THREATEN"),
        ("مسلحان به انجام حملات در لیبی اعتراف کردند.", "fa", "ASSAULT"),
    ],
)
def test_an_admission_keeps_its_deed(text: str, lang: str, etype: str) -> None:
    assert casts_in_order(text, lang, etype) != []
    assert casts_in_order(text, lang, "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعترفت روسيا بحكومة طالبان لكن أمريكا رفضت ذلك.", "ar"),
        ("Russia recognised the Taliban government but America refused.", "en"),
        # main: no SUPPORT (the veto crossed "اما" / a relative's next verb)
        ("روسیه دولت طالبان را به رسمیت شناخت اما آمریکا امتناع کرد.", "fa"),
        ("روسیه که دولت طالبان را به رسمیت شناخته از پاسخ خودداری کرد.", "fa"),
    ],
)
def test_a_recognition_made_stays_beside_another_refusal(text: str, lang: str) -> None:
    assert casts_in_order(text, lang, "SUPPORT") == [["RUS:", "AFG:REB"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعترفت روسيا بدولة فلسطين.", "ar"),
        ("Russia recognised the State of Palestine.", "en"),
        ("روسیه دولت فلسطین را به رسمیت شناخت.", "fa"),
        ("کانادا از به رسمیت شناختن دولت فلسطین امتناع کرد.", "fa"),
    ],
)
def test_a_state_word_keeps_the_recognition(text: str, lang: str) -> None:
    expected = [] if "امتناع" in text else [["RUS:", "PSE:"]]
    assert casts_in_order(text, lang, "SUPPORT") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "اعترفت النرويج بدولة فلسطين إلى جانب إسبانيا.",
            "ar",
            marks=pytest.mark.xfail(strict=True, reason="co-actor after the object"),
        ),
        pytest.param(
            "Norway recognised the State of Palestine along with Spain.",
            "en",
            marks=pytest.mark.xfail(strict=True, reason="co-actor after the object"),
        ),
        ("نروژ دولت فلسطین را همراه با اسپانیا به رسمیت شناخت.", "fa"),
    ],
)
def test_a_co_recogniser_is_no_target(text: str, lang: str) -> None:
    targets = {event[1] for event in casts_in_order(text, lang, "SUPPORT")}
    assert targets == {"PSE:"}
