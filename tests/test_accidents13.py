"""Deaths in a transport accident are no attack, and the dock of a court no
accusation (sentences written for these tests): a derailed train, a plane
crash, buses colliding; an attack on a bus or a train is still one."""

from __future__ import annotations

import pytest

from casts import run

ACCIDENT = [
    ("ar", "قتل شخص وأصيب عشرون إثر خروج قطار عن السكة في بلجيكا."),
    ("ar", "قتل 60 شخصا في تحطم طائرة ركاب في نيبال."),
    ("ar", "قتل عشرة أشخاص في تصادم حافلتين قرب مشهد في إيران."),
    ("fa", "در اثر خروج قطار از ریل در شمال ایران دو نفر کشته و ۲۰ نفر زخمی شدند."),
    ("fa", "سقوط هواپیمای مسافربری در تهران ۶۰ کشته بر جا گذاشت."),
    ("fa", "در تصادف دو اتوبوس در جاده مشهد ۱۰ نفر کشته شدند."),
    ("en", "Two people were killed when a train derailed in northern Belgium."),
    ("en", "A plane crash in Nepal killed 60 people."),
    ("en", "Ten people were killed in a collision between two buses near Mashhad, Iran."),
]

ATTACK = [
    ("ar", "قتل مسلحون عشرة جنود مصريين في هجوم على حافلة عسكرية في سيناء."),
    ("fa", "افراد مسلح ده سرباز ایرانی را در حمله به یک اتوبوس نظامی در سیستان کشتند."),
    ("en", "Gunmen killed ten Egyptian soldiers in an attack on a military bus in Sinai."),
]


@pytest.mark.parametrize(("lang", "text"), ACCIDENT)
def test_an_accident_is_no_attack(lang: str, text: str) -> None:
    assert "ASSAULT" not in {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(("lang", "text"), ATTACK)
def test_an_attack_on_a_vehicle_is_still_one(lang: str, text: str) -> None:
    assert "ASSAULT" in {e.type for e in run(text, lang).events}


# The dock of a courtroom ("قفص الاتهام", "جایگاه متهم", "the dock") is where
# a defendant stands, no accusation; an indictment still is one.
DOCK = [
    ("ar", "ظهر الرئيس المصري السابق داخل قفص الاتهام أمام القاضي في قاعة المحكمة."),
    ("fa", "رئیس جمهور سابق مصر در جایگاه متهم در دادگاه حاضر شد."),
    ("en", "Egypt's former president appeared in the dock before the judge."),
]


@pytest.mark.parametrize(("lang", "text"), DOCK)
def test_the_dock_is_no_accusation(lang: str, text: str) -> None:
    assert "ACCUSE" not in {e.type for e in run(text, lang).events}


def test_an_indictment_in_court_still_accuses() -> None:
    text = "وجهت النيابة العامة المصرية تهمة الفساد إلى الرئيس السابق أمام المحكمة."
    assert "ACCUSE" in {e.type for e in run(text, "ar").events}
