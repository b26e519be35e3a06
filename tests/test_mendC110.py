"""Mends of review110c's findings on speaker110 (round 110, mendC110; every
sentence written for these tests).

S1: a teller that tells of its own people struck ("… می‌گوید که ۸
سربازش … کشته شدند") was out of the report's sides, so its people were lost
(``extract/told_own.py``, ``status.OWN_PEOPLE_CUES``); Arabic "جنودها" and
English "its soldiers" kept the teller already and are guards.
S3: an international body named as where ("در سازمان ملل", "في الأمم
المتحدة") lent its code to the sides there as a place; the mend (no IGO
among ``participants._sentence_of``'s places) was reverted at the merge
(review110e B1), its tests stay as strict xfails.
"""

from __future__ import annotations

import pytest

from casts import cast, casts_in_order, run

# review110e B1: S3 was reverted at the merge (staff, soldiers and officials
# "of" a body, "موظفين في الأمم المتحدة", lost its code); the seat still
# lends its code to a report's sides there
_S3_REVERTED = pytest.mark.xfail(strict=True, reason="S3 reverted (review110e B1)")


def _cast(text: str, lang: str, etype: str) -> set[str]:
    """'CODE:AGENT' of every actor of the events of ``etype`` in ``text``."""
    return cast(run(text, lang), etype)


def _codes(text: str, lang: str, etype: str) -> set[str]:
    """The codes of the actors of the events of ``etype`` in ``text``."""
    return {c.split(":")[0] for c in _cast(text, lang, etype)}


# --- S1: the teller's own people ----------------------------------------------


def test_fa_present_teller_keeps_its_soldiers() -> None:
    text = "وزارت دفاع عراق می‌گوید که هشت سربازش در حمله داعش کشته شدند."
    assert "IRQ:MIL" in _cast(text, "fa", "ASSAULT")


def test_fa_past_teller_keeps_its_soldiers() -> None:
    text = "وزارت دفاع افغانستان روز شنبه گفت که ۹ سربازش در حمله طالبان کشته شدند."
    assert "AFG:MIL" in _cast(text, "fa", "ASSAULT")


def test_fa_group_keeps_its_commanders() -> None:
    text = "حزب الله می‌گوید که دو تن از فرماندهانش در حمله هوایی اسرائیل کشته شدند."
    assert "LBN:REB" in _cast(text, "fa", "ASSAULT")


def test_fa_own_soldiers_as_doers_stay_first() -> None:
    # the teller's soldiers did the deed: no second copy of the teller
    text = "ارتش پاکستان می‌گوید که سربازانش ده شبه‌نظامی را در وزیرستان کشتند."
    assert casts_in_order(text, "fa", "ASSAULT") == [["PAK:MIL", "PAK:REB"]]


def test_ar_teller_keeps_its_soldiers() -> None:
    text = "قالت وزارة الدفاع العراقية إن ثمانية من جنودها قتلوا في هجوم لداعش."
    assert "IRQ:MIL" in _cast(text, "ar", "ASSAULT")


def test_en_teller_keeps_its_soldiers() -> None:
    text = "The Afghan defence ministry said nine of its soldiers were killed in a Taliban attack."
    assert "AFG:MIL" in _cast(text, "en", "ASSAULT")


# --- S3: an international body as the place -----------------------------------


@_S3_REVERTED
def test_fa_un_seat_lends_no_code() -> None:
    text = "نماینده سوریه در سازمان ملل گفت ۱۵ نفر در یک حمله تروریستی کشته شدند."
    codes = _codes(text, "fa", "ASSAULT")
    assert codes and "UN" not in codes


@_S3_REVERTED
def test_fa_un_seat_police_lends_no_code() -> None:
    text = "سفیر ترکیه در سازمان ملل گفت پلیس ۳۰ معترض را بازداشت کرد."
    codes = _codes(text, "fa", "COERCE")
    assert codes and "UN" not in codes


@_S3_REVERTED
def test_ar_un_seat_lends_no_code() -> None:
    text = "قال مندوب العراق في الأمم المتحدة إن مسلحين قتلوا سبعة مدنيين."
    codes = _codes(text, "ar", "ASSAULT")
    assert codes and "UN" not in codes


def test_en_un_seat_lends_no_code() -> None:
    text = "Speaking at the United Nations, Syria's envoy said gunmen killed seven civilians."
    codes = _codes(text, "en", "ASSAULT")
    assert codes and "UN" not in codes


def test_peacekeepers_keep_the_un() -> None:
    text = "مسلحون مجهولون هاجموا قوات الأمم المتحدة في مالي وقتلوا جنديين."
    assert "UN:MIL" in _cast(text, "ar", "ASSAULT")


# --- review110e: the teller's mends at the merge -------------------------------


def test_fa_enemy_group_pointer_adds_no_teller() -> None:
    # A1: "این گروه" points to the group struck, not to the teller
    text = "وزارت دفاع روسیه گفت که اعضای این گروه در حمله هوایی در ادلب کشته شدند."
    assert "RUS" not in _codes(text, "fa", "ASSAULT")


def test_fa_teller_not_added_beside_its_own_country() -> None:
    # A2: the citizens are the teller's country already
    text = "وزارت دفاع روسیه گفت که شهروندانش در حمله پهپادی اوکراین کشته شدند."
    assert "RUS:MIL" not in _cast(text, "fa", "ASSAULT")


def test_ar_teller_not_added_beside_its_own_country() -> None:
    text = "قالت وزارة الدفاع الروسية إن مواطنين روسا قتلوا في هجوم أوكراني بطائرة مسيرة."
    assert "RUS:MIL" not in _cast(text, "ar", "ASSAULT")


def test_en_teller_not_added_beside_its_own_country() -> None:
    text = "The Russian defence ministry said Russian citizens were killed in a Ukrainian drone attack."
    assert "RUS:MIL" not in _cast(text, "en", "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اعتقلت قوات الحوثي ثلاثة موظفين في الأمم المتحدة في صنعاء."),
        ("fa", "دو کارمند در سازمان ملل در یمن بازداشت شدند."),
        ("en", "Houthi forces detained three staff members at the United Nations in Sanaa."),
    ],
)
def test_staff_of_a_un_body_keep_its_code(lang: str, text: str) -> None:
    # B1: the staff are the body's, wherever they are held
    assert "UN" in _codes(text, lang, "COERCE")
