"""A nationality told only among a held or struck group (agentsar85).

"بينهم تونسيان", "including two Tunisians", "از جمله دو تونسی": the one
country such a sentence names is that of some of the people held or struck,
so the police or the army that held them take no country from it
(``extract/partitive_nationals.py``, ``context.NATIONAL_PARTITIVES``). A
force named with its own country, a nationality told of the whole group and
the group itself keep their readings. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_police_do_not_take_the_nationality_among_the_held() -> None:
    # main: [TUN:COP, TUN:CVL] (the police read as Tunisian)
    events = casts_in_order("اعتقلت الشرطة خمسة أشخاص بينهم تونسيان.", "ar", "COERCE")
    assert events == [["-:COP", "TUN:CVL"]]


def test_arabic_police_and_militants_among_whom_foreigners() -> None:
    # main: [LBY:COP, LBY:REB] (the police read as Libyan)
    events = casts_in_order("أوقفت الشرطة 3 إرهابيين بينهم ليبيان.", "ar", "COERCE")
    assert events == [["-:COP", "LBY:REB"]]


def test_english_police_do_not_take_the_nationality_among_the_held() -> None:
    # main: [TUN:COP, TUN:CVL]
    events = casts_in_order("Police arrested five people, including two Tunisians.", "en", "COERCE")
    assert events == [["-:COP", "TUN:CVL"]]
    events = casts_in_order("Police arrested five people, among them a Tunisian.", "en", "COERCE")
    assert events == [["-:COP", "TUN:CVL"]]


def test_persian_police_do_not_take_the_nationality_among_the_held() -> None:
    # main: [TUN:COP, TUN:CVL]
    events = casts_in_order("پلیس پنج نفر از جمله دو تونسی را بازداشت کرد.", "fa", "COERCE")
    assert events == [["-:COP", "TUN:CVL"]]


def test_a_force_named_with_its_country_keeps_it() -> None:
    # guard: the police's own adjective
    events = casts_in_order("اعتقلت الشرطة الإيطالية خمسة أشخاص بينهم تونسيان.", "ar", "COERCE")
    assert events == [["ITA:COP", "TUN:CVL"]]


def test_a_nationality_of_the_whole_group_still_places_the_police() -> None:
    # guards: no partitive, the held are all of the one country named
    # force90: the police take no country from those they hold (was TUN:COP)
    assert casts_in_order("اعتقلت الشرطة خمسة تونسيين.", "ar", "COERCE") == [["-:COP", "TUN:CVL"]]
    assert casts_in_order("Police arrested five Tunisians.", "en", "COERCE") == [
        ["-:COP", "TUN:CVL"]
    ]
    assert casts_in_order("پلیس پنج تونسی را بازداشت کرد.", "fa", "COERCE") == [
        ["-:COP", "TUN:CVL"]
    ]


def test_the_victims_among_whom_foreigners_keep_their_attackers() -> None:
    # guards: the counted victims, the group itself, read as before
    events = casts_in_order("وأدى الهجوم إلى مقتل 39 شخصا من بينهم تونسيين.", "ar", "ASSAULT")
    assert events == [["-:UAF", "TUN:CVL"]]
    events = casts_in_order(
        "Gunmen killed ten civilians, including two French nationals.", "en", "ASSAULT"
    )
    assert events == [["-:UAF", "FRA:CVL"]]
