"""The unidentified attackers take a state's code only where it is written as
the place (mendC95).

victims94 read an attack told of people of one country, their state named
as a whole after them, as [X:UAF, people]. The state was not checked to be
where the deed happened: named in another phrase ("amid France's concern",
"that shook France") it gave the attackers a country the sentence never
gives them; they stay of no country. Written as a place (after "in"/"في"/
"در", a capital, "ثاني أكبر مدن أستراليا") it keeps the code. Sentences
written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def _attacks(text: str, lang: str) -> list[list[str]]:
    events = casts_in_order(text, lang, "ASSAULT")
    assert events, f"no attack in {text}"
    return events


# --- the state named outside a phrase of place: attackers of no country ---


def test_persian_state_in_a_phrase_of_concern_gives_no_code() -> None:
    # main: [FRA:UAF, FRA:CVL]
    text = "دو غیرنظامی فرانسوی در حمله‌ای مسلحانه در میان نگرانی فرانسه کشته شدند."
    assert _attacks(text, "fa")[0] == ["-:UAF", "FRA:CVL"]


def test_persian_state_shaken_by_the_attack_gives_no_code() -> None:
    # main: [FRA:UAF, FRA:LAB]
    text = "دو کارگر فرانسوی در حمله‌ای مسلحانه که فرانسه را تکان داد کشته شدند."
    assert _attacks(text, "fa")[0] == ["-:UAF", "FRA:LAB"]


def test_english_state_shaken_by_the_attack_gives_no_code() -> None:
    # main: [FRA:UAF, FRA:CVL]
    text = "Three French civilians were killed in an attack that shook France."
    assert _attacks(text, "en")[0] == ["-:UAF", "FRA:CVL"]


# --- guards: a state written as the place keeps the attackers' code ---


def test_guard_arabic_capital_after_in() -> None:
    text = "قتل ثلاثة مدنيين فرنسيين في هجوم في باريس."
    assert _attacks(text, "ar")[0] == ["FRA:UAF", "FRA:CVL"]


def test_guard_arabic_state_after_a_noun_of_cities() -> None:
    text = "قتل 4 أشخاص في عملية دهس لعدد من المشاة وسط مدينة ملبورن، ثاني أكبر مدن أستراليا."
    assert _attacks(text, "ar")[0] == ["AUS:UAF", "AUS:CVL"]


def test_guard_arabic_deed_in_a_named_city() -> None:
    text = (
        "ارتفعت حصيلة ضحايا عملية الدهس التي شهدتها مدينة كوبنهاغن إلى 4 قتلى"
        " فيما أصيب العشرات بعد دهس حافلة للمارة في شارع رئيسي، بحسب الشرطة."
    )
    assert _attacks(text, "ar") == [["DNK:UAF", "DNK:CVL"]]


def test_guard_persian_state_after_in() -> None:
    text = "سه غیرنظامی فرانسوی در حمله‌ای در فرانسه کشته شدند."
    assert _attacks(text, "fa")[0] == ["FRA:UAF", "FRA:CVL"]


def test_guard_persian_firm_with_its_state_as_the_place() -> None:
    text = "حمله اخیر به کشتی یک شرکت یونانی در آب‌های یمن نگرانی‌ها در یونان را افزایش داده است."
    assert _attacks(text, "fa")[0] == ["GRC:UAF", "GRC:BUS"]


def test_guard_english_state_after_in_the() -> None:
    text = "Two people were wounded in a shooting at a bar in the Philippines."
    assert _attacks(text, "en")[0] == ["PHL:UAF", "PHL:CVL"]
