"""A state where people fight or joined a group is no agent's country (fillcodes110).

"المسلحين الذين يقاتلون في سوريا", "extremists who fight in Syria", "که در
سوریه می‌جنگند": a bare state after a preposition of location, next to a verb
of fighting or of joining a group (``context.DESTINATION_FRONTS``), is the
front people went to. Like a destination (codes91) it lends the sentence's
agents with no country of their own none (``participants._Sentence._front``):
main read the police and the men they arrested as that state's. A place where
the deed itself is done ("police in Cairo", "arrested three men in Syria"),
a city's or capital's body ("شرطة دبي", "پلیس تهران") and the dead of the
fighting in a state keep their country. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_men_funding_those_who_fight_abroad_are_not_of_the_front() -> None:
    # main: [SYR:COP, SYR:UAF]
    text = "اعتقلت الشرطة ستة رجال بتهمة تمويل المسلحين الذين يقاتلون في سوريا."
    assert casts_in_order(text, "ar", "COERCE") == [["-:COP", "-:UAF"]]


def test_arabic_youths_who_joined_groups_in_a_state_are_not_its_own() -> None:
    # main: [IRQ:COP, IRQ:CVL], [IRQ:COP, IRQ:REB]
    text = "اعتقلت الشرطة أربعة شبان انضموا إلى جماعات متشددة في العراق."
    assert casts_in_order(text, "ar", "COERCE") == [["-:COP", "-:CVL"]]


def test_arabic_guards_the_deed_s_own_place_and_a_city_s_police() -> None:
    assert casts_in_order("اعتقلت الشرطة ثلاثة أشخاص في سوريا.", "ar", "COERCE") == [
        ["SYR:COP", "SYR:CVL"]
    ]
    assert casts_in_order("اعتقلت شرطة دبي خمسة رجال.", "ar", "COERCE") == [["ARE:COP"]]
    # the noun of fighting is no verb: its dead are of the state
    text = "قتل عشرة مدنيين في القتال في سوريا."
    assert casts_in_order(text, "ar", "ASSAULT") == [["SYR:UAF", "SYR:CVL"]]


def test_english_men_funding_extremists_who_fight_abroad() -> None:
    # main: [SYR:COP, SYR:REB]
    text = "Police arrested six men for funding extremists who fight in Syria."
    assert casts_in_order(text, "en", "COERCE") == [["-:COP", "-:REB"]]


def test_english_young_men_who_joined_groups_in_a_state() -> None:
    # main: [IRQ:COP, IRQ:CVL], [IRQ:COP, IRQ:REB]
    text = "Police arrested four young men who joined militant groups in Iraq."
    assert casts_in_order(text, "en", "COERCE") == [["-:COP", "-:CVL"], ["-:COP", "-:REB"]]


def test_english_guards_police_in_a_city_and_the_deed_s_place() -> None:
    assert casts_in_order("Police in Cairo arrested three men.", "en", "COERCE") == [
        ["EGY:COP", "EGY:CVL"]
    ]
    assert casts_in_order("Police arrested three men in Syria.", "en", "COERCE") == [
        ["SYR:COP", "SYR:CVL"]
    ]


def test_persian_helpers_of_militants_who_fight_abroad() -> None:
    # main: [SYR:COP, SYR:REB] (the verb-final clause: the verb after the state)
    text = "پلیس شش مرد را به اتهام کمک به شبه‌نظامیانی که در سوریه می‌جنگند بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["-:COP", "-:REB"]]


def test_persian_guards_a_capital_s_police_and_the_deed_s_place() -> None:
    assert casts_in_order("پلیس تهران سه مرد را بازداشت کرد.", "fa", "COERCE") == [
        ["IRN:COP", "IRN:CVL"]
    ]
    assert casts_in_order("پلیس سه مرد را در عراق بازداشت کرد.", "fa", "COERCE") == [
        ["IRQ:COP", "IRQ:CVL"]
    ]
