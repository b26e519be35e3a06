"""Victims named in a toll's genitive are no doers of one another (victims103).

A deed of force told by its toll ("أسفر الهجوم عن مقتل مدنيين وأعوان من
الشرطة", "به کشته شدن غیرنظامیان و ماموران پلیس منجر شد", "led to the deaths
of civilians and police officers") names whom it struck after a noun of dying
or being wounded (``context.TOLL_GENITIVE_NOUNS``), and those joined to them
(``TOLL_GENITIVE_LINKS``), as a count does (``victims_only._toll_named``).
Main read the civilians, named first and uncounted, as the doers who struck
the police or soldiers named with them.

Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def _first(text: str, lang: str) -> list[str]:
    events = casts_in_order(text, lang, "ASSAULT")
    assert events, f"no attack in {text}"
    return events[0]


def test_arabic_martyred_civilians_and_police_agents() -> None:
    # main: [TUN:CVL, TUN:COP] (the civilians struck the police)
    text = "أسفر الهجوم الإرهابي عن استشهاد مدنيين وأعوان من الشرطة التونسية."
    assert _first(text, "ar") == ["-:UAF", "TUN:CVL", "TUN:COP"]


def test_arabic_killed_civilians_and_soldiers_of_the_army() -> None:
    # main: [IRQ:CVL, IRQ:MIL]
    text = "أسفر الهجوم عن مقتل مدنيين وجنود من الجيش العراقي."
    assert _first(text, "ar") == ["-:UAF", "IRQ:CVL", "IRQ:MIL"]


def test_arabic_condemned_attack_whose_toll_names_the_struck() -> None:
    # main: [TUN:CVL, TUN:COP]
    text = "أدان المجلس الهجوم الإرهابي الذي أسفر عن مقتل مدنيين ورجال شرطة في تونس."
    assert _first(text, "ar") == ["TUN:UAF", "TUN:CVL", "TUN:COP"]


def test_persian_blast_led_to_deaths_of_civilians_and_police() -> None:
    # main: [AFG:CVL, AFG:COP]
    text = "انفجار بمب در کابل به کشته شدن غیرنظامیان و ماموران پلیس افغانستان منجر شد."
    assert _first(text, "fa") == ["AFG:UAF", "AFG:CVL", "AFG:COP"]


def test_english_deaths_of_civilians_and_police_officers() -> None:
    # main: [AFG:CVL, AFG:COP]
    text = "The bombing in Kabul led to the deaths of civilians and Afghan police officers."
    assert _first(text, "en") == ["AFG:UAF", "AFG:CVL", "AFG:COP"]


def test_english_deaths_of_civilians_and_soldiers() -> None:
    # main: [IRQ:CVL, IRQ:MIL]
    text = "The attack in Baghdad caused the deaths of Iraqi civilians and soldiers."
    assert _first(text, "en") == ["IRQ:UAF", "IRQ:CVL", "IRQ:MIL"]


def test_guards_a_named_shooter_stays_the_doer() -> None:
    # guards: read right on main, the doer named before the toll
    text = "أطلق جندي إسرائيلي النار على متظاهرين ما أسفر عن مقتل فلسطينيين."
    assert _first(text, "ar") == ["ISR:MIL", "PSE:CVL"]
    text = "Israeli soldiers opened fire on protesters, causing the deaths of Palestinians."
    assert _first(text, "en") == ["ISR:MIL", "PSE:CVL"]
    text = "نیروهای امنیتی به معترضان شلیک کردند که به کشته شدن چند شهروند منجر شد."
    assert _first(text, "fa") == ["-:COP", "-:CVL"]


def test_guards_the_verbal_noun_of_killing_keeps_its_doer() -> None:
    # guard: "قتل" (killing) is no toll noun; the man named before it did it
    assert _first("أقدم رجل على قتل شرطي بسكين في باريس.", "ar") == ["FRA:CVL", "FRA:COP"]


def test_guards_a_road_accident_tells_no_attack() -> None:
    # guard: no ASSAULT on main, none now
    text = "أسفر حادث سير عن مقتل مدنيين ورجال شرطة في القاهرة."
    assert casts_in_order(text, "ar", "ASSAULT") == []


def test_arabic_toll_split_per_victim_keeps_the_link() -> None:
    # main: [-:CVL, -:COP] and [-:CVL, -:MIL] (each victim read as struck by
    # the civilians; the army joined to the security forces left out of the
    # second side named a doer)
    text = (
        "أدان المجلس الهجمات التي استهدفت مواقع في المدينة وأسفرت عن استشهاد "
        "مدنيين وأعوان من قوات الأمن والجيش."
    )
    assert [e[0] for e in casts_in_order(text, "ar", "ASSAULT") if len(e) > 1][:2] == [
        "-:UAF",
        "-:UAF",
    ]
