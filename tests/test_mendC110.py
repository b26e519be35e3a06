"""Mends of review110c's findings on speaker110 (round 110, mendC110; every
sentence written for these tests).

S1: a teller that tells of its own people struck ("… می‌گوید که ۸
سربازش … کشته شدند") was out of the report's sides, so its people were lost
(``extract/told_own.py``, ``status.OWN_PEOPLE_CUES``); Arabic "جنودها" and
English "its soldiers" kept the teller already and are guards.
S3: an international body named as where ("در سازمان ملل", "في الأمم
المتحدة") lent its code to the sides there as a place
(``participants._sentence_of``: no IGO among the places).
"""

from __future__ import annotations

from casts import cast, casts_in_order, run


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


def test_fa_un_seat_lends_no_code() -> None:
    text = "نماینده سوریه در سازمان ملل گفت ۱۵ نفر در یک حمله تروریستی کشته شدند."
    codes = _codes(text, "fa", "ASSAULT")
    assert codes and "UN" not in codes


def test_fa_un_seat_police_lends_no_code() -> None:
    text = "سفیر ترکیه در سازمان ملل گفت پلیس ۳۰ معترض را بازداشت کرد."
    codes = _codes(text, "fa", "COERCE")
    assert codes and "UN" not in codes


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
