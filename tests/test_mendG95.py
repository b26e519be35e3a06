"""The given name "Dane" without losing the Danes (mendG95, review94a 2 and 7).

lex65 made "Dane" an ambiguous form, which counts only after a cue: "a Dane",
"the Dane" and even the plural "two Danes" (read through its base form) were
lost. A noun of nationality that is also a given name is now the name only
where no determiner or number leads it (``context.GIVEN_NAME_NOUNS``,
``GIVEN_NAME_NOUN_LEADS``, ``mention_scan.given_name``). Arabic "قناصل", the
plural consuls, is an ambassador's title as "سفراء" is. Sentences written for
these tests.
"""

from __future__ import annotations

from casts import casts_in_order, run


def test_english_a_dane_is_a_person_of_denmark() -> None:
    # lex65: [RUS:COP] (the Dane lost)
    text = "A Dane was arrested by Russian police in Moscow."
    assert casts_in_order(text, "en", "COERCE") == [["RUS:COP", "DNK:CVL"]]


def test_english_plural_danes_are_persons_of_denmark() -> None:
    # lex65: [DNK:COP, IRN] (the Danes lost, Iran taken as the arrested)
    text = "Danish police arrested two Danes suspected of spying for Iran."
    assert casts_in_order(text, "en", "COERCE") == [["DNK:COP", "DNK:CVL"]]


def test_english_the_dane_expelled() -> None:
    # lex65: [RUS, -:GOV]
    text = "Russia expelled a Dane working for the embassy."
    assert casts_in_order(text, "en", "SANCTION") == [["RUS:", "DNK:CVL"]]


def test_english_dane_as_a_given_name_stays_no_dane() -> None:
    text = "Police arrested Dane Coleman, a lawyer, in Chicago on Monday."
    assert casts_in_order(text, "en", "COERCE") == [["USA:COP", "USA:CVL"]]
    text = "Dane Coleman met the Egyptian foreign minister in Cairo on Monday."
    assert casts_in_order(text, "en", "CONSULT") == []


def test_arabic_plural_consuls_are_envoys() -> None:
    # c045a053: no event (the consuls no mention)
    text = "التقى القناصل في دمشق وزير الخارجية السوري يوم الاثنين."
    events = run(text, "ar").events
    assert [[(a.code, a.agent, a.role) for a in e.actors] for e in events] == [
        [(None, "GOV", "ambassador"), ("SYR", "GOV", "foreign_minister")]
    ]


def test_persian_and_arabic_guards() -> None:
    text = "پلیس روسیه یک شهروند دانمارکی را در مسکو بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["RUS:COP", "DNK:CVL"]]
    text = "اعتقلت الشرطة الروسية مواطنا دنماركيا في موسكو."
    assert casts_in_order(text, "ar", "COERCE") == [["RUS:COP", "DNK:CVL"]]
