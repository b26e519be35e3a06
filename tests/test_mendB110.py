"""Mends of agentsar110's agent nouns after review110b (mendB110).

Civilian objects of war reports ("الأعيان المدنية", "civilian objects",
"اماکن غیرنظامی") are no people; bare "الأعيان" is as often Jordan's
senators or a body's name, so notables are read only beside "الوجهاء" or a
tribe's word; an embassy's staff, counted or not, are that embassy's state;
vendors of smuggled goods are criminals; Persian "معتمدان محل" is also the
election law's trustees. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # F2 main: [RUS:MIL, SYR:CVL] (the objects read as civilians)
        ("قصف الطيران الروسي الأعيان المدنية في ريف إدلب.", "ar", "ASSAULT", [["RUS:MIL", "SYR:"]]),
        (
            "قصفت المدفعية الروسية الأعيان الثقافية في خاركيف.",
            "ar",
            "ASSAULT",
            [["RUS:MIL", "UKR:"]],
        ),
        ("Russian jets shelled civilian objects near Idlib.", "en", "ASSAULT", [["RUS:MIL"]]),
        (
            "جنگنده‌های روسیه اماکن غیرنظامی در ادلب را بمباران کردند.",
            "fa",
            "ASSAULT",
            [["RUS:MIL", "SYR:"]],
        ),
        # F4 main: [IRN:GOV, IRN:LAB] (the embassy's state lost)
        (
            "احتجزت السلطات الإيرانية 12 موظفا في السفارة البريطانية بطهران.",
            "ar",
            "COERCE",
            [["IRN:GOV", "GBR:GOV"]],
        ),
        (
            "اعتقلت الشرطة التركية موظفين بالقنصلية الأمريكية في إسطنبول.",
            "ar",
            "COERCE",
            [["TUR:COP", "USA:GOV"]],
        ),
        (
            "The Iranian authorities detained 12 staff of the British embassy.",
            "en",
            "COERCE",
            [["IRN:GOV", "GBR:GOV"]],
        ),
        (
            "مقامات ایران ۱۲ کارمند سفارت انگلیس را بازداشت کردند.",
            "fa",
            "COERCE",
            [["IRN:GOV", "GBR:GOV"]],
        ),
        # F5 main: [LBY:COP, LBY:BUS] (smuggled fuel read as a licensed trade)
        (
            "ألقت الشرطة الليبية القبض على باعة الوقود المهرب في زوارة.",
            "ar",
            "COERCE",
            [["LBY:COP", "LBY:CRM"]],
        ),
        (
            "اعتقلت الشرطة التونسية باعة السجائر المهربة في صفاقس.",
            "ar",
            "COERCE",
            [["TUN:COP", "TUN:CRM"]],
        ),
    ],
)
def test_the_mended_nouns_read_their_sides(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # F3 main: AGREE [JOR:CVL, JOR:] (Jordan's senators read as notables)
        ("انتقد الأعيان الحكومة الأردنية بسبب الغلاء.", "ar", "ACCUSE"),
        ("Jordan's senators approved the election bill.", "en", "AGREE"),
        # F6 main: REJECT [IRN:GOV, IRN:CVL] (the law's trustees no civilians)
        ("هیئت نظارت استان صلاحیت معتمدان محل را رد کرد.", "fa", "REJECT"),
    ],
)
def test_no_notables_are_read(text: str, lang: str, etype: str) -> None:
    assert all(
        not actor.endswith(":CVL") for event in casts_in_order(text, lang, etype) for actor in event
    )


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # F3 main: [NGO, LBY:CVL] (the association's name took the target)
        (
            "دعت جمعية الأعيان في مصراتة الحكومة الليبية إلى التدخل.",
            "ar",
            "REQUEST",
            [["-:NGO", "LBY:GOV"]],
        ),
        # notables beside the elders' word stay civilians
        (
            "التقى محافظ الكرك الأعيان والوجهاء في المدينة.",
            "ar",
            "CONSULT",
            [["JOR:GOV", "JOR:CVL"]],
        ),
        # beside the elders' word too (main: the same; a guard of the pair)
        (
            "طالب الحكماء والأعيان في الزاوية الحكومة الليبية بالتدخل.",
            "ar",
            "REQUEST",
            [["LBY:CVL", "LBY:GOV"]],
        ),
        (
            "The Iraqi governor met the notables of Kirkuk.",
            "en",
            "CONSULT",
            [["IRQ:GOV", "IRQ:CVL"]],
        ),
        (
            "استاندار با معتمدان محلی در زاهدان دیدار کرد.",
            "fa",
            "CONSULT",
            [["IRN:GOV", "IRN:CVL"]],
        ),
    ],
)
def test_bodies_and_notables_keep_their_reading(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected
