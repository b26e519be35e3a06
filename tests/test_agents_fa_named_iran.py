"""Persian agents whose country is in their name: the Revolutionary Guards'
forces and services, the Basij, the police acronyms and the morality patrol,
courts 'of the country', Hezbollah's leader; border porters are civilians.
Sentences written for these tests; the Arabic and English controls show the
Persian data does not reach other languages."""

from __future__ import annotations

from casts import cast, run


def test_guards_forces_abroad_stay_iranian() -> None:
    record = run("نیروهای سپاه در کردستان عراق به مواضع گروه‌های مسلح حمله کردند.", "fa")
    assert "IRN:MIL" in cast(record, "ASSAULT")
    assert "IRQ:MIL" not in cast(record, "ASSAULT")


def test_guards_intelligence_is_one_iranian_service() -> None:
    record = run("سازمان اطلاعات سپاه پاسداران دو روزنامه‌نگار را در تهران بازداشت کرد.", "fa")
    assert "IRN:COP" in cast(record, "COERCE")
    assert "IRN:MIL" not in cast(record, "COERCE")


def test_police_acronym_and_morality_patrol_are_iranian() -> None:
    assert "IRN:COP" in cast(run("ناجا سه قاچاقچی را بازداشت کرد.", "fa"), "COERCE")
    assert "IRN:COP" in cast(run("گشت ارشاد دو زن جوان را بازداشت کرد.", "fa"), "COERCE")


def test_courts_of_the_country_are_iranian() -> None:
    record = run("دادستان کل کشور یک روزنامه را توقیف کرد.", "fa")
    assert "IRN:JUD" in cast(record, "COERCE")
    record = run("دادگاه ویژه روحانیت یک روحانی منتقد را به زندان محکوم کرد.", "fa")
    assert "IRN:JUD" in cast(record, "COERCE")


def test_hezbollah_leader_is_the_movement_not_the_target() -> None:
    record = run("دبیرکل حزب‌الله اسرائیل را تهدید کرد.", "fa")
    assert "LBN:REB" in cast(record, "THREATEN")
    assert "ISR:PTY" not in cast(record, "THREATEN")


def test_border_porters_are_civilians() -> None:
    record = run("مرزبانان به کولبران در مرز تیراندازی کردند.", "fa")
    assert any(a.endswith(":CVL") for a in cast(record, "ASSAULT"))


def test_arabic_and_english_controls() -> None:
    assert "IRN:MIL" in cast(
        run("هاجمت قوات الحرس الثوري مواقع في كردستان العراق.", "ar"), "ASSAULT"
    )
    record = run("Hezbollah's leader threatened Israel.", "en")
    assert "ISR:PTY" not in cast(record, "THREATEN")
