"""An attack word used as an adjective of a noun is no attack (round 80,
adjective80; every sentence written for these tests).

Persian "تهاجمی" after a noun of arms, craft or stance ("قایق‌های تهاجمی",
"موشک‌های تهاجمی", "در حالت تهاجمی") and English "offensive"/"attack" before
one ("offensive weapons", "attack helicopters") say what a thing is for, not
that anyone attacked: no ASSAULT (``NOT_TRIGGERS`` of lang/fa and lang/en;
Arabic "هجومي/هجومية" were vetoed before). The noun "تهاجم", "حمله تهاجمی",
"شن هجوما" and "launched an offensive" stay attacks.
"""

from __future__ import annotations

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The event types read in ``text``."""
    return {e.type for e in run(text, lang).events}


# --- Persian ------------------------------------------------------------------


def test_fa_offensive_boats_are_no_attack() -> None:
    assert "ASSAULT" not in _types("ایران قایق‌های تهاجمی کوچک را به ونزوئلا فرستاد.", "fa")


def test_fa_offensive_missiles_are_no_attack() -> None:
    assert "ASSAULT" not in _types("عراق بخش بزرگی از بودجه را صرف موشک‌های تهاجمی کرد.", "fa")


def test_fa_offensive_posture_is_no_attack() -> None:
    assert "ASSAULT" not in _types("ارتش روسیه در حالت تهاجمی قرار گرفته است.", "fa")


def test_fa_offensive_attack_stays() -> None:
    assert "ASSAULT" in _types("ارتش اسرائیل حمله تهاجمی به غزه را آغاز کرد.", "fa")


def test_fa_invasion_noun_stays() -> None:
    assert "ASSAULT" in _types("ارتش آمریکا تهاجمی گسترده علیه داعش آغاز کرد.", "fa")


def test_fa_offensive_attacks_stay() -> None:
    assert "ASSAULT" in _types("طالبان حملات تهاجمی خود را علیه ارتش افغانستان آغاز کرد.", "fa")


# --- Arabic -------------------------------------------------------------------


def test_ar_attack_aircraft_are_no_attack() -> None:
    assert "ASSAULT" not in _types("اشترت مصر طائرات هجومية من فرنسا.", "ar")


def test_ar_launched_attack_stays() -> None:
    assert "ASSAULT" in _types("شن الجيش الإسرائيلي هجوما على غزة.", "ar")


# --- English ------------------------------------------------------------------


def test_en_attack_helicopters_are_no_attack() -> None:
    assert "ASSAULT" not in _types("Egypt bought attack helicopters from Russia.", "en")


def test_en_offensive_weapons_are_no_attack() -> None:
    assert "ASSAULT" not in _types("Iran is developing offensive weapons, the Pentagon said.", "en")


def test_en_attack_drones_keep_their_transfer() -> None:
    types = _types("The United States sent attack drones to Ukraine.", "en")
    assert "AID" in types
    assert "ASSAULT" not in types


def test_en_launched_offensive_stays() -> None:
    assert "ASSAULT" in _types("The army launched an offensive against the rebels.", "en")


def test_en_attack_drone_that_struck_stays() -> None:
    assert "ASSAULT" in _types("An attack drone struck a base in Iraq, killing two soldiers.", "en")
