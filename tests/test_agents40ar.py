"""Agents of bodies and of the heads of bodies (round 40, agents40ar; every
sentence written for these tests).

Rules added in this round:

- the parliament of an international body ("البرلمان الأوروبي", "European
  Parliament", "پارلمان اروپا"; the Arab and the Pan-African parliaments)
  is that body's legislature (LEG), not the body as a whole; its president
  is the body's official, not a head of state (``mention_lists.group_role``);
- Arabic: the head of a civil-society body named by its kind ("رئيس شبكة",
  "رئيسة الرابطة", "مدير المرصد", "رئيس منتدى", "رئيس اتحاد") is an NGO
  official, not a state's official (GOV);
- Arabic: "الإدارة" with a country's adjective is that state's government;
  the Palestinian Authority under its full name is the Palestinian
  government; the coast guard under its other names ("حرس الشواطئ") is the
  police; the Tunisian employers' union under its short name is business;
- English: "coastguard" in one word is the agent "coast guard" is (police,
  COP, since mend40b, as in Arabic and Persian).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The European Parliament condemned the Polish government.",
        "أدان البرلمان الأوروبي الحكومة البولندية.",
        "پارلمان اروپا دولت لهستان را محکوم کرد.",
        ("ACCUSE reported EU:LEG POL:GOV",),
    ),
    (
        "The Arab Parliament urged the Libyan government to hold talks.",
        "دعا البرلمان العربي الحكومة الليبية إلى الحوار.",
        "پارلمان عربی از دولت لیبی خواست گفتگو کند.",
        ("REQUEST reported ARABLEAGUE:LEG LBY:GOV",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


ONE_LANGUAGE = [
    # the president of an international parliament speaks for a legislature
    (
        "en",
        "The president of the European Parliament met the Moroccan king.",
        ("CONSULT reported EU:LEG MAR:GOV",),
    ),
    (
        "ar",
        "التقى رئيس البرلمان الأوروبي العاهل المغربي.",
        ("CONSULT reported EU:LEG MAR:GOV",),
    ),
    (
        "en",
        "The coastguard of Greece detained 30 Afghan migrants.",
        ("COERCE reported GRC:COP AFG:REF",),
    ),
    (
        "ar",
        "أوقف حرس الشواطئ الليبي 30 مهاجرا صوماليا.",
        ("COERCE reported LBY:COP SOM:REF",),
    ),
    (
        "ar",
        "انتقدت رئيسة الرابطة الأردنية لحقوق المرأة وزير العدل الأردني.",
        ("ACCUSE reported JOR:NGO JOR:GOV",),
    ),
    (
        "ar",
        "اتهم رئيس شبكة الشفافية المغربية الحكومة المغربية بالتقصير.",
        ("ACCUSE reported MAR:NGO MAR:GOV",),
    ),
    (
        "ar",
        "أشاد رئيس اتحاد المسرحيين العرب بدعم الحكومة الكويتية.",
        ("SUPPORT reported -:NGO KWT:GOV",),
    ),
    (
        "ar",
        "انتقدت الإدارة الفرنسية قرار الحكومة المالية.",
        ("ACCUSE reported FRA:GOV MLI:GOV",),
    ),
    (
        "ar",
        "رحبت السلطة الوطنية الفلسطينية بقرار الحكومة النرويجية.",
        ("SUPPORT reported PSE:GOV NOR:GOV",),
    ),
    (
        "ar",
        "انتقد الاتحاد التونسي للصناعة والتجارة وزير المالية التونسي.",
        ("ACCUSE reported TUN:BUS TUN:GOV",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), ONE_LANGUAGE)
def test_reading(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


# What stays as it was: a body's name alone is still the body, a management
# with no country is nobody's government, a known IGO's head is its official.
KEPT = [
    (
        "ar",
        "التقى رئيس الاتحاد الأفريقي وزير الخارجية الكيني.",
        ("CONSULT reported AU:GOV KEN:GOV",),
    ),
    (
        "ar",
        "انتقد رئيس الاتحاد العام التونسي للشغل وزير التربية التونسي.",
        ("ACCUSE reported TUN:LAB TUN:GOV",),
    ),
    (
        "ar",
        "حث الاتحاد الأوروبي الحكومة الصربية على الحوار.",
        ("REQUEST reported EU: SRB:GOV",),
    ),
    (
        "en",
        "The European Union urged the Serbian government to hold talks.",
        ("REQUEST reported EU: SRB:GOV",),
    ),
    (
        "fa",
        "اتحادیه اروپا از دولت صربستان خواست گفتگو کند.",
        ("REQUEST reported EU: SRB:GOV",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), KEPT)
def test_kept(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)
