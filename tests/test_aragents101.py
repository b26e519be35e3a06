"""People held on an armed group's cause are militants (aragents101).

``extract/held_criminals.py``: a civilian whom the police, a court or the
authorities hold "suspected of belonging to" an armed movement, or charged
with terrorism, is a militant (REB), as a civilian held for a crime is a
criminal (CRM). The cause is opened by the charge words the crimes use and
named within five words of them, by ``context.ARMED_CAUSE_CUES`` or by an
armed movement of ``agents.NAMED_GROUPS``; main read such people as
civilians in all three languages. A crime told first keeps the criminal,
a member of an unarmed association stays a civilian, protesters stay civilians. Sentences
written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_suspected_members_of_a_named_movement() -> None:
    # main: [ESP:COP, ESP:CVL]
    text = "اعتقلت الشرطة الإسبانية خمسة أشخاص للاشتباه في انتمائهم إلى تنظيم داعش في مدريد."
    assert casts_in_order(text, "ar", "COERCE") == [["ESP:COP", "ESP:REB"]]


def test_arabic_charged_with_joining_a_terrorist_group() -> None:
    # main: [JOR:JUD, JOR:CVL]
    text = "قضت محكمة أردنية بسجن ثلاثة شبان بتهمة الانضمام إلى جماعة إرهابية."
    assert casts_in_order(text, "ar", "COERCE") == [["JOR:JUD", "JOR:REB"]]


def test_arabic_suspected_of_planning_a_terrorist_attack() -> None:
    # main: [NLD:COP, MAR:CVL]
    text = "أوقفت الشرطة الهولندية رجلا مغربيا يشتبه في تخطيطه لاعتداء إرهابي."
    assert casts_in_order(text, "ar", "COERCE") == [["NLD:COP", "MAR:REB"]]


def test_arabic_a_crime_told_first_keeps_the_criminal() -> None:
    # guard: smuggling arms to an armed movement is a crime first
    text = "أوقفت الشرطة التونسية رجلين بتهمة تهريب أسلحة إلى تنظيم داعش."
    assert casts_in_order(text, "ar", "COERCE") == [["TUN:COP", "TUN:CRM"]]


def test_arabic_an_association_member_stays_a_civilian() -> None:
    # guard: an unlicensed association is no armed cause
    text = "اعتقلت الشرطة المصرية ثلاثة أشخاص بتهمة الانتماء إلى جمعية غير مرخصة."
    assert casts_in_order(text, "ar", "COERCE") == [["EGY:COP", "EGY:CVL"]]


def test_arabic_a_cause_without_a_charge_is_no_charge() -> None:
    # guard: a movement named after the held without a charge word
    text = "اعتقلت الشرطة التركية ثلاثة أشخاص بعد هجوم لتنظيم داعش في إسطنبول."
    assert casts_in_order(text, "ar", "COERCE") == [["TUR:COP", "TUR:CVL"]]


def test_english_suspected_of_belonging_to_a_named_movement() -> None:
    # main: [BEL:COP, BEL:CVL]
    text = "Belgian police arrested four men suspected of belonging to al-Qaeda."
    assert casts_in_order(text, "en", "COERCE") == [["BEL:COP", "BEL:REB"]]


def test_english_charged_with_membership_of_a_terrorist_group() -> None:
    # main: [EGY:JUD, EGY:CVL]
    text = "An Egyptian court jailed twelve people on charges of joining a terrorist group."
    assert casts_in_order(text, "en", "COERCE") == [["EGY:JUD", "EGY:REB"]]


def test_english_a_crime_keeps_the_criminal() -> None:
    # guard
    text = "Spanish police arrested two men on charges of smuggling hashish."
    assert casts_in_order(text, "en", "COERCE") == [["ESP:COP", "ESP:CRM"]]


def test_persian_charged_with_membership_of_a_named_movement() -> None:
    # main: [IRQ:COP, IRQ:CVL]
    text = "پلیس عراق چهار نفر را به اتهام عضویت در داعش بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["IRQ:COP", "IRQ:REB"]]


def test_persian_suspected_of_a_terrorist_plot() -> None:
    # main: [FRA:COP, FRA:CVL]
    text = "پلیس فرانسه دو جوان را به ظن طراحی یک حمله تروریستی دستگیر کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["FRA:COP", "FRA:REB"]]


def test_persian_a_crime_keeps_the_criminal() -> None:
    # guard
    text = "پلیس ترکیه سه نفر را به اتهام قاچاق سلاح دستگیر کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["TUR:COP", "TUR:CRM"]]
