"""Persian parties, round 38: who acts on whom.

* A compound verb's passive may keep its doer as the genitive of the deed's
  noun ("X مورد حمله Y قرار گرفت"): Y acted on X, though X is written
  first (``extract/genitive_agent.py``). Arabic and English mark that doer
  with a preposition ("من قبل", "by"), read as before.
* An adjective of origin right after a common given name is a surname, no
  country (``extract/surnames.py``; Persian and Arabic).

Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import sides

# --- the passive's genitive is its doer ---


@pytest.mark.parametrize(
    ("lang", "text", "doer", "struck"),
    [
        (
            "fa",
            "شهردار تبریز هنگام بازدید از بازار مورد حمله چند معترض قرار گرفت.",
            ("IRN", "CVL"),
            ("IRN", "GOV"),
        ),
        (
            "fa",
            "سفارت سوئد در بغداد مورد حمله معترضان عراقی قرار گرفت.",
            ("IRQ", "CVL"),
            ("SWE", "GOV"),
        ),
        (
            "fa",
            "کاروان ارتش پاکستان نزدیک مرز مورد حمله شبه‌نظامیان طالبان قرار گرفت.",
            ("AFG", "REB"),
            ("PAK", "MIL"),
        ),
        (
            "fa",
            "نماینده مجلس هنگام ورود به دانشگاه مورد حمله یک دانشجو قرار گرفت.",
            (None, "EDU"),
            (None, "LEG"),
        ),
        (
            "fa",
            "خبرنگار تلویزیون دولتی در جریان تجمع مورد حمله چند تن از کارگران معترض قرار گرفت.",
            (None, "LAB"),
            (None, "MED"),
        ),
        (
            "ar",
            "تعرض موكب للجيش الباكستاني قرب الحدود لهجوم من قبل مسلحي طالبان.",
            ("AFG", "REB"),
            ("PAK", "MIL"),
        ),
        (
            "en",
            "A Pakistani army convoy came under attack by Taliban militants near the border.",
            ("AFG", "REB"),
            ("PAK", "MIL"),
        ),
    ],
)
def test_passive_genitive_acts(
    lang: str, text: str, doer: tuple[str | None, str], struck: tuple[str | None, str]
) -> None:
    events = sides(text, lang, "ASSAULT")
    assert events, text
    for actors in events:
        assert actors[0] == doer
        assert actors[-1] == struck


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        ("fa", "یک نفتکش هندی در خلیج عدن مورد حمله قرار گرفت.", "IND"),
        ("ar", "تعرضت ناقلة نفط هندية لهجوم في خليج عدن.", "IND"),
        ("en", "An Indian oil tanker came under attack in the Gulf of Aden.", "IND"),
    ],
)
def test_passive_without_genitive_keeps_unknown_doer(lang: str, text: str, struck: str) -> None:
    """No side inside the passive: the doer stays an unidentified attacker."""
    events = sides(text, lang, "ASSAULT")
    assert events, text
    for actors in events:
        assert actors[0] == (None, "UAF")
        assert actors[-1][0] == struck


# --- an adjective of origin after a given name is a surname ---


def _codes(text: str, lang: str) -> set[str | None]:
    return {code for actors in sides(text, lang, "ACCUSE") for code, _ in actors}


@pytest.mark.parametrize(
    ("lang", "text", "foreign"),
    [
        ("fa", "مهدی سوری، رئیس انجمن پزشکان، از وزارت بهداشت انتقاد کرد.", "SYR"),
        ("fa", "رضا عراقی رئیس اتحادیه صنفی از دولت انتقاد کرد.", "IRQ"),
        ("ar", "انتقد محمد المصري، رئيس نقابة الأطباء، وزارة الصحة.", "EGY"),
        ("ar", "انتقد رئيس نقابة الأطباء محمد العراقي الحكومة.", "IRQ"),
    ],
)
def test_surname_is_no_country(lang: str, text: str, foreign: str) -> None:
    assert sides(text, lang, "ACCUSE"), text
    assert foreign not in _codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("fa", "رئیس جمهور سوری از دولت ترکیه انتقاد کرد.", "SYR"),
        ("fa", "وزیر خارجه عراق از دولت ترکیه انتقاد کرد.", "IRQ"),
        ("ar", "انتقد الرئيس السوري الحكومة التركية.", "SYR"),
        ("en", "Egyptian union leader Mohammed Hassan criticised the Turkish government.", "EGY"),
    ],
)
def test_country_adjective_before_name_kept(lang: str, text: str, country: str) -> None:
    assert country in _codes(text, lang), text
