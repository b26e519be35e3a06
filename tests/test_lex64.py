"""Nouns of nationality missing from the lexicons (lex64).

English names one person of a country with a noun of its own ("a Frenchman",
"the Briton", "two Dutchmen"); standing alone it is an actor of agent CVL,
as the plural "Israelis" is (``PEOPLE_WORDS`` in en). Persian writes
"کرواتی" beside "کرواسیایی" for Croatian. Arabic builds such persons from a
nisba and needs no list: guards only. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_english_frenchman_is_the_one_held() -> None:
    # main: [FRA:COP] (the man held lost)
    text = "Police in Paris arrested a Frenchman suspected of planning an attack."
    assert casts_in_order(text, "en", "COERCE") == [["FRA:COP", "FRA:CVL"]]


def test_english_plural_dutchmen_kidnapped() -> None:
    # main: [MLI:UAF] (the two men taken lost)
    text = "Gunmen kidnapped two Dutchmen in northern Mali on Sunday."
    assert casts_in_order(text, "en", "ASSAULT") == [["MLI:UAF", "NLD:CVL"]]


def test_english_briton_is_a_civilian() -> None:
    # main: [IRN:GOV, GBR] (no agent)
    text = "The Briton was released by the Iranian authorities on Tuesday."
    assert casts_in_order(text, "en", "CONCEDE") == [["IRN:GOV", "GBR:CVL"]]


def test_english_adjective_guard() -> None:
    text = "The French foreign minister met his Dutch counterpart in Paris."
    assert casts_in_order(text, "en", "CONSULT") == [["FRA:GOV", "NLD:GOV"]]


def test_persian_croatian_adjective() -> None:
    # main: [DEU:COP, DEU:CVL] (the Croatian citizen given the police's country)
    text = "پلیس آلمان یک شهروند کرواتی را در برلین بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["DEU:COP", "HRV:CVL"]]


def test_persian_croatian_minister() -> None:
    # main: [IRN:GOV] (the Croatian minister lost)
    text = "وزیر خارجه کرواتی با همتای ایرانی خود دیدار کرد."
    assert casts_in_order(text, "fa", "CONSULT") == [["HRV:GOV", "IRN:GOV"]]


def test_arabic_guards() -> None:
    text = "اعتقلت الشرطة الألمانية مواطنا كرواتيا في برلين."
    assert casts_in_order(text, "ar", "COERCE") == [["DEU:COP", "HRV:CVL"]]
    text = "التقى وزير الخارجية الفرنسي نظيره الهولندي في باريس."
    assert casts_in_order(text, "ar", "CONSULT") == [["FRA:GOV", "NLD:GOV"]]
