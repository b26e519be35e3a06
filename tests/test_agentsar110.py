"""Nouns for sub-state agents the lexicons missed (agentsar110).

Counted from the corpus: the Arabic words for people and bodies in event
sentences that no agent entry covered. Added: the guards of coasts and
borders ("حراس الشواطئ", as "حرس الحدود") are the police; vendors ("باعة")
are business, as "التجار"; a town's notables ("الأعيان", English
"notables", Persian "معتمدان طوایف") are civilians, as "الوجهاء"; security
men counted after a number ("4 أمنيين") are the police, as "الأمنيين";
employees counted ("40 موظفا") are workers, as "الموظفين"; wholesalers and
retailers ("تجار الجملة", "تجار التجزئة") business and epidemiologists
("خبراء الأوبئة") health agents, as English and Persian read them.
The bare adjective ("خبراء أمنيين", security experts) and Jordan's senate
("مجلس الأعيان") keep their reading. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # main: [-:COP, -:REF] (the guards no side, the police of no country)
        (
            "اعتقل حراس السواحل الجزائريون عشرين مهاجرا قبالة وهران.",
            "ar",
            "COERCE",
            [["DZA:COP", "-:REF"]],
        ),
        # main: [DZA:COP, DZA:CVL, -:REF] (the demonym a crowd beside them)
        (
            "اعتقل حراس الشواطئ الجزائريون عشرين مهاجرا قبالة وهران.",
            "ar",
            "COERCE",
            [["DZA:COP", "-:REF"]],
        ),
        # main: [TUN:CVL, TUN:GOV]
        (
            "نظم باعة الخضر وقفة احتجاجية أمام مقر البلدية في صفاقس.",
            "ar",
            "PROTEST",
            [["TUN:CVL", "TUN:BUS", "TUN:GOV"]],
        ),
        # main: no event (the notables no side)
        (
            "استقبل وزير الداخلية الأردني الأعيان والوجهاء في الكرك.",
            "ar",
            "CONSULT",
            [["JOR:GOV", "JOR:CVL"]],
        ),
        # main: [EGY:UAF] (the security men killed no side)
        (
            "قتل مسلحون 4 أمنيين في هجوم على حاجز بشمال سيناء.",
            "ar",
            "ASSAULT",
            [["EGY:UAF", "EGY:COP"]],
        ),
        # main: [TUR:COP] (the employees held no side)
        (
            "احتجزت الشرطة التركية 40 موظفا في بلدية إسطنبول.",
            "ar",
            "COERCE",
            [["TUR:COP", "TUR:LAB"]],
        ),
        # main: no event (the retailers no side)
        (
            "أضرب تجار التجزئة في الدار البيضاء احتجاجا على الضرائب الجديدة.",
            "ar",
            "PROTEST",
            [["MAR:CVL", "MAR:BUS", "MAR:GOV"]],
        ),
        # main: no event (the epidemiologists no side)
        (
            "انتقد خبراء الأوبئة وزارة الصحة التونسية بسبب تأخر اللقاحات.",
            "ar",
            "ACCUSE",
            [["TUN:HLH", "TUN:GOV"]],
        ),
        # main: no event
        (
            "The Iraqi governor met the town's notables in Kirkuk.",
            "en",
            "CONSULT",
            [["IRQ:GOV", "IRQ:CVL"]],
        ),
        # main: [IRN:GOV]
        (
            "استاندار سیستان و بلوچستان با معتمدان طوایف در زاهدان دیدار کرد.",
            "fa",
            "CONSULT",
            [["IRN:GOV", "IRN:CVL"]],
        ),
        (
            "فرماندار با معتمدان محلی در زاهدان دیدار کرد.",
            "fa",
            "CONSULT",
            [["IRN:GOV", "IRN:CVL"]],
        ),
    ],
)
def test_the_missing_agent_nouns_name_their_agent(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # "أمنيين" not after a number is the adjective: the experts are no police
        (
            "انتقد خبراء أمنيين مصريون الحكومة الإسرائيلية بشدة.",
            "ar",
            "ACCUSE",
            [["EGY:CVL", "ISR:GOV"]],
        ),
        # Jordan's senate stays the legislature
        (
            "انتقد مجلس الأعيان الأردني الحكومة بشدة.",
            "ar",
            "ACCUSE",
            [["JOR:LEG", "JOR:GOV"]],
        ),
        # "موظف" not after a number heads a body's staff: no workers
        (
            "التقى الوزير موظف السفارة الأمريكية في تونس.",
            "ar",
            "CONSULT",
            [["USA:GOV", "TUN:"]],
        ),
        # dealers in contraband stay criminals
        (
            "اعتقلت الشرطة التونسية ثلاثة من باعة المخدرات في سوسة.",
            "ar",
            "COERCE",
            [["TUN:COP", "TUN:CRM"]],
        ),
    ],
)
def test_the_other_senses_keep_their_reading(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected
