"""Agent nouns coordinated before one that has a country share it: the
country written after the list completes each noun ("مسؤولي وجنود
أفغانستان", "دولتمردان و نظامیان افغانستان"), within one camp only (two
bodies of a state, or two groups of its people), never for a personal title.
Sentences written for these tests; English writes the country adjective
before the list ("Afghan officials and soldiers"), which the control keeps."""

from __future__ import annotations

from casts import cast, run


def test_arabic_construct_list_shares_the_country() -> None:
    record = run("اتهمت الحكومة الأمريكية مسؤولي وجنود أفغانستان بالتقصير في مواجهة طالبان.", "ar")
    assert {"AFG:GOV", "AFG:MIL"} <= cast(record, "ACCUSE")


def test_arabic_list_of_state_bodies_after_a_sanction() -> None:
    record = run("فرض الاتحاد الأوروبي عقوبات على مسؤولي وقوات أمن ميانمار.", "ar")
    assert {"MMR:GOV", "MMR:COP"} <= cast(record, "SANCTION")


def test_arabic_personal_title_keeps_its_own_holder() -> None:
    record = run("التقى وزير الخارجية والسفير الأمريكي في بغداد.", "ar")
    assert {"-:GOV", "USA:GOV"} <= cast(record, "CONSULT")


def test_persian_list_before_the_country_shares_it() -> None:
    record = run("دولت آمریکا دولتمردان و نظامیان افغانستان را به ناتوانی متهم کرد.", "fa")
    assert {"AFG:GOV", "AFG:MIL"} <= cast(record, "ACCUSE")


def test_persian_across_camps_no_country_is_shared() -> None:
    record = run("ارتش اسرائیل گفت سربازان و شبه‌نظامیان فلسطینی در جنین درگیر شدند.", "fa")
    assert "PSE:MIL" not in cast(record, "ASSAULT")


def test_english_adjective_before_the_list_still_reaches_both() -> None:
    record = run(
        "The US government accused Afghan officials and soldiers of failing to fight.", "en"
    )
    assert {"AFG:GOV", "AFG:MIL"} <= cast(record, "ACCUSE")
