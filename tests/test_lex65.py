"""Small word-list mends (lex65).

"Dane" is a noun of nationality but also a given name ("Dane Coleman"): it
joins the ambiguous English forms, which count only after a cue or listed
with a state (review91a, finding 6). Arabic plural envoys and consuls serve
abroad like the singulars, so a place right after them is their post, not
their country (review92, finding 11). Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_english_given_name_dane_is_no_dane() -> None:
    # main: [USA:COP, DNK:CVL]
    text = "Police arrested Dane Coleman, a lawyer, in Chicago on Monday."
    assert casts_in_order(text, "en", "COERCE") == [["USA:COP", "USA:CVL"]]


def test_english_given_name_dane_makes_no_danish_side() -> None:
    # main: [DNK:CVL, EGY:GOV]
    text = "Dane Coleman met the Egyptian foreign minister in Cairo on Monday."
    assert casts_in_order(text, "en", "CONSULT") == []


def test_english_guard_nationality_nouns_still_read() -> None:
    text = "Police in Paris arrested a Frenchman and a Swede on Monday."
    assert casts_in_order(text, "en", "COERCE") == [["FRA:COP", "FRA:CVL"], ["FRA:COP", "SWE:CVL"]]


def test_arabic_plural_envoys_take_no_country_from_their_post() -> None:
    # main: [] (the envoys read as Qatar's, so Qatar met itself)
    text = "قال مبعوثون في الدوحة إنهم التقوا وزير الخارجية القطري يوم الاثنين."
    assert casts_in_order(text, "ar", "CONSULT") == [["-:GOV", "QAT:GOV"]]


def test_arabic_guard_officials_in_a_place_keep_its_country() -> None:
    text = "قال مسؤولون في الدوحة إنهم التقوا وزير الخارجية الأردني يوم الاثنين."
    assert casts_in_order(text, "ar", "CONSULT") == [["QAT:GOV", "JOR:GOV"]]


def test_persian_and_english_guards_for_posts_abroad() -> None:
    text = "سفیران در دوحه با وزیر خارجه اردن دیدار کردند."
    assert casts_in_order(text, "fa", "CONSULT") == [["-:GOV", "JOR:GOV"]]
    text = "Envoys in Doha said they met the Jordanian foreign minister on Monday."
    assert casts_in_order(text, "en", "CONSULT") == [["-:GOV", "JOR:GOV"]]
