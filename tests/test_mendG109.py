"""Mends of round 109's protest_victims and recognition rules (mendG109).

diffread74 F2: protesters struck by a told means (a blast, a bomb, a knife,
a car driven into them, a stampede), seized rather than struck, or only
named as the owners of the one struck ("the protesters' leader") were read
as struck by the police (COP); they keep the unidentified attackers now
(``extract/protest_victims.py``). F7: the feminine plural and the sit-in's
protesters, and a protester noun behind a glued conjunction, are protesters.
F3: "recognised" as the adjective of a government ("the internationally
recognised government") is no recognition (SUPPORT). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, types
from diplowatch.lang.agent_fields import language_field


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # F2: a blast, a car bomb, a knife, a stampede, a car driven in
        ("قتل أربعة متظاهرين في انفجار وقع قرب ساحة الاعتصام في بغداد.", "ar"),
        ("قتل أربعة متظاهرين في انفجار سيارة مفخخة في الموصل.", "ar"),
        ("أصيب أربعة متظاهرين في هجوم بسكين في كربلاء.", "ar"),
        ("قتل أربعة متظاهرين في تدافع عند مدخل الساحة في الخرطوم.", "ar"),
        ("چهار معترض در یک انفجار در نزدیکی میدان در کابل کشته شدند.", "fa"),
        ("چهار معترض در حمله با چاقو در مشهد زخمی شدند.", "fa"),
        ("Four protesters were killed when a bomb went off near the square in Kabul.", "en"),
        ("Four protesters were killed in a suicide attack in Baghdad.", "en"),
        ("Four protesters were stabbed in Berlin on Sunday.", "en"),
        # F2: seized, not struck
        ("خطف أربعة متظاهرين في بغداد ليلة أمس.", "ar"),
        ("چهار معترض در تهران ربوده شدند.", "fa"),
        ("Four protesters were abducted in Baghdad last night.", "en"),
        # F2: the leader struck, not the crowd
        ("اغتيل قائد المحتجين في البصرة مساء الأحد.", "ar"),
    ],
)
def test_protesters_struck_otherwise_keep_unnamed_attackers(text: str, lang: str) -> None:
    casts = casts_in_order(text, lang, "ASSAULT")
    assert casts
    assert not any(code.endswith(":COP") for cast in casts for code in cast)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # F7 (main: UAF): the feminine plural, the sit-in's, the glued "و"
        ("قتلت سبع متظاهرات في البصرة مساء السبت.", "ar", [["IRQ:COP", "IRQ:CVL"]]),
        ("قتل سبعة معتصمين في الخرطوم فجر الاثنين.", "ar", [["SDN:COP", "SDN:CVL"]]),
        (
            "قتل اثنان من الطلاب والمتظاهرين في البصرة.",
            "ar",
            [["IRQ:COP", "IRQ:EDU", "IRQ:CVL"]],
        ),
        # kept as on main: struck alone, by no told means
        ("هفت معترض در اهواز کشته شدند.", "fa", [["IRN:COP", "IRN:CVL"]]),
        ("Seven protesters were shot dead in Basra.", "en", [["IRQ:COP", "IRQ:CVL"]]),
    ],
)
def test_protesters_struck_alone(text: str, lang: str, expected: list[list[str]]) -> None:
    assert casts_in_order(text, lang, "ASSAULT") == expected


@pytest.mark.parametrize(
    ("lang", "word"), [("ar", "متظاهرات"), ("ar", "محتجتان"), ("fa", "راهپیما"), ("en", "marcher")]
)
def test_protester_nouns_hold_the_forms(lang: str, word: str) -> None:
    """F7: the forms are data (a singular "marcher" beside its plural)."""
    assert word in language_field(lang, "PROTESTER_NOUNS")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Troops of the internationally recognised government attacked rebel posts near Marib.",
            "en",
        ),
        ("Units loyal to Libya's UN-recognized government entered Sirte.", "en"),
        ("Fighters of the internationally-recognised government took the port.", "en"),
        ("نیروهای دولت به رسمیت شناخته شده یمن به مواضع شورشیان در مأرب حمله کردند.", "fa"),
        ("نیروهای وفادار به دولت به رسمیت شناخته‌شده لیبی وارد سرت شدند.", "fa"),
        ("هاجمت قوات الحكومة المعترف بها دوليا مواقع المتمردين قرب مأرب.", "ar"),
    ],
)
def test_recognised_government_adjective_is_no_support(text: str, lang: str) -> None:
    assert "SUPPORT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Portugal recognised the government of Libya on Monday.", "en"),
        ("Britain officially recognized the new government in Kabul.", "en"),
        ("پرتغال دولت جدید لیبی را به رسمیت شناخت.", "fa"),
        ("اعترفت البرتغال بالحكومة الليبية الجديدة يوم الاثنين.", "ar"),
    ],
)
def test_recognition_of_a_government_is_support(text: str, lang: str) -> None:
    assert "SUPPORT" in types(text, lang)
