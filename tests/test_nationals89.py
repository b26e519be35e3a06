"""A definite nationality word that stands for a person (nationals89).

Arabic: a definite masculine singular nisba ("الكرواتي") agrees only with a
definite masculine singular noun. Right after a preposition ("أفرجت السلطات
عن الإيطالي"), after a definite feminine actor word and its adjectives
("اعتقلت الشرطة الأردنية الكرواتي") or after an indefinite plural ("خطف
مسلحون البلجيكي") it qualifies nothing: it is one person of that country, a
civilian, and lends the actor before it no country (``countries.
_definite_person``, ``_unagreeing_after_title``; ``LONE_PERSON_BARE_ARTICLES``,
``LONE_PERSON_FEMININE_ENDINGS``, ``LONE_PERSON_INDEFINITE_PLURALS`` in ar).
A construct's masculine head ("وزير الخارجية الفرنسي"), a counterpart with
its possessive and "حزب الله اللبناني" keep the adjective. Persian and
English name such a person with a noun or an article already: guards only.
Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_nisba_after_a_feminine_force_and_its_adjective() -> None:
    # main: [JOR:COP, HRV:COP] (the Croat read as a second police)
    text = "اعتقلت الشرطة الأردنية الكرواتي قرب الحدود."
    assert casts_in_order(text, "ar", "COERCE") == [["JOR:COP", "HRV:CVL"]]


def test_arabic_nisba_right_after_a_feminine_force() -> None:
    # main: [HRV:COP] (one mention, the man held lost)
    text = "اعتقلت الشرطة الكرواتي قرب الحدود."
    assert "HRV:CVL" in casts_in_order(text, "ar", "COERCE")[0]


def test_arabic_nisba_after_an_indefinite_plural() -> None:
    # main: [-:, BEL:UAF] (the gunmen read as Belgian)
    text = "خطف مسلحون البلجيكي في الصحراء."
    assert casts_in_order(text, "ar", "ASSAULT") == [["-:UAF", "BEL:CVL"]]


def test_arabic_nisba_after_a_preposition() -> None:
    # main: [ITA:GOV] (the man released read as the authorities' country only)
    text = "أفرجت السلطات عن الإيطالي بعد أسبوع من احتجازه."
    assert "ITA:CVL" in casts_in_order(text, "ar", "CONCEDE")[0]


def test_arabic_adjectives_of_a_masculine_head_stay() -> None:
    text = "التقى وزير الخارجية الفرنسي نظيره الأردني في عمان."
    assert casts_in_order(text, "ar", "CONSULT") == [["FRA:GOV", "JOR:GOV"]]
    text = "استقبل الرئيس التونسي وزير الشؤون الخارجية الإيطالي."
    assert casts_in_order(text, "ar", "CONSULT") == [["TUN:GOV", "ITA:GOV"]]
    text = "أدان حزب الله اللبناني الهجوم على المسجد."
    assert casts_in_order(text, "ar", "ACCUSE") == [["LBN:REB"]]


def test_arabic_feminine_adjective_of_a_force_stays() -> None:
    text = "اعتقلت الشرطة العراقية مسلحين في بغداد."
    assert casts_in_order(text, "ar", "COERCE") == [["IRQ:COP", "IRQ:UAF"]]


def test_persian_citizen_guard() -> None:
    text = "پلیس عراق شهروند فرانسوی را بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["IRQ:COP", "FRA:CVL"]]
    text = "وزیر خارجه فرانسه با همتای اردنی خود دیدار کرد."
    assert casts_in_order(text, "fa", "CONSULT") == [["FRA:GOV", "JOR:GOV"]]


def test_english_guards() -> None:
    text = "Gunmen kidnapped a Croatian near the border."
    assert casts_in_order(text, "en", "ASSAULT") == [["-:UAF", "HRV:CVL"]]
    text = "The French foreign minister met his Jordanian counterpart in Amman."
    assert casts_in_order(text, "en", "CONSULT") == [["FRA:GOV", "JOR:GOV"]]
