"""A terror word that is the charge's topic, victims or enemy is no armed cause (mendB102).

``extract/held_criminals.py`` reads a civilian held on an armed cause as a
militant (aragents101). The cause is now read only up to a word of
``context.ARMED_CAUSE_STOPS`` (a topic, the victims, the defendants someone
defended, an enemy): a man held for false news about terrorism, for
insulting its victims or for fighting against an armed movement is not its
member. Extortion is a crime (``CRIME_CUES``). Sentences written for these
tests; main read each "main:" sentence wrong.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

_MENDED = [
    # main: [EGY:COP, EGY:REB]
    (
        "ar",
        "احتجزت الشرطة المصرية رجلا بتهمة نشر شائعات عن الإرهاب في سيناء.",
        ["EGY:COP", "EGY:CVL"],
    ),
    # main: [EGY:COP, EGY:REB]
    (
        "ar",
        "اعتقلت الشرطة المصرية رجلا بتهمة السخرية من ضحايا التفجير الإرهابي.",
        ["EGY:COP", "EGY:CVL"],
    ),
    # main: [GBR:COP, SYR:REB]
    (
        "ar",
        "اعتقلت الشرطة البريطانية شابا للاشتباه في قتاله ضد تنظيم داعش في سوريا.",
        ["GBR:COP", "SYR:CVL"],
    ),
    # main: [MAR:COP, MAR:REB]
    (
        "ar",
        "أوقفت الشرطة المغربية رجلين بتهمة الابتزاز وانتحال صفة عناصر متطرفة.",
        ["MAR:COP", "MAR:CRM"],
    ),
    # main: [EGY:COP, EGY:REB]
    (
        "en",
        "Egyptian police detained a man on charges of spreading rumours about terrorism.",
        ["EGY:COP", "EGY:CVL"],
    ),
    # main: [JOR:COP, JOR:REB, JOR:CVL]
    (
        "en",
        "Jordanian police arrested a man accused of mocking victims of a terrorist bombing.",
        ["JOR:COP", "JOR:CVL"],
    ),
    # main: [GBR:COP, SYR:REB]
    (
        "en",
        "British police arrested a man suspected of fighting against the Islamic State in Syria.",
        ["GBR:COP", "SYR:CVL"],
    ),
    # main: [TUN:COP, TUN:REB]
    (
        "en",
        "Tunisian police arrested two men on charges of extortion while posing as jihadists.",
        ["TUN:COP", "TUN:CRM"],
    ),
    # main: [IRQ:COP, IRQ:REB]
    (
        "fa",
        "پلیس عراق یک وکیل را به اتهام دفاع از متهمان تروریستی بازداشت کرد.",
        ["IRQ:COP", "IRQ:CVL"],
    ),
    # main: [TUR:COP, TUR:REB]
    (
        "fa",
        "پلیس ترکیه یک زن را به اتهام توهین به قربانیان انفجار تروریستی بازداشت کرد.",
        ["TUR:COP", "TUR:CVL"],
    ),
]

_GUARDS = [
    (
        "ar",
        "اعتقلت الشرطة المغربية 12 شخصا للاشتباه في انتمائهم إلى خلية إرهابية.",
        ["MAR:COP", "MAR:REB"],
    ),
    ("ar", "اعتقلت الشرطة التونسية ثلاثة أشخاص بتهمة تمويل الإرهاب.", ["TUN:COP", "TUN:REB"]),
    ("ar", "اعتقلت الشرطة الجزائرية عنصرين بتهمة دعم الجماعات الإرهابية.", ["DZA:COP", "DZA:REB"]),
    (
        "en",
        "French police arrested four men suspected of planning a terrorist attack.",
        ["FRA:COP", "FRA:REB"],
    ),
    ("en", "Police arrested a man suspected of links to the Taliban.", ["AFG:COP", "AFG:REB"]),
    ("fa", "پلیس ترکیه سه مرد را به اتهام عضویت در داعش بازداشت کرد.", ["TUR:COP", "TUR:REB"]),
    (
        "fa",
        "پلیس عراق دو مرد را به اتهام همکاری با گروه‌های مسلح بازداشت کرد.",
        ["IRQ:COP", "IRQ:REB"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "cast"), _MENDED)
def test_topic_victims_and_enemy_are_no_armed_cause(lang: str, text: str, cast: list[str]) -> None:
    assert casts_in_order(text, lang, "COERCE") == [cast]


@pytest.mark.parametrize(("lang", "text", "cast"), _GUARDS)
def test_armed_causes_still_make_militants(lang: str, text: str, cast: list[str]) -> None:
    # guards: membership, support, financing, planning and links read right on main
    assert casts_in_order(text, lang, "COERCE") == [cast]
