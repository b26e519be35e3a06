"""A holding force takes no country from those it holds (force90).

Police, a court, an army or the authorities with no country of their own
that arrest or expel people of one nationality ("ثلاثة مصريين", "two
Croatian men", "سه شهروند عراقی") are not of that nationality: the one
country such a sentence names is told only by the people held, so the force
takes its own adjective, the place, the dateline or the article's country,
else none (``participants._Sentence._nationals_only``). A sentence that
tells an attack keeps the old reading ("the army killed Syrian civilians":
an army most often acts at home). Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_police_holding_nationals_take_no_country_from_them() -> None:
    # main: [EGY:COP, EGY:CVL] (the police read as Egyptian)
    text = "اعتقلت الشرطة ثلاثة مصريين قرب الحدود."
    assert casts_in_order(text, "ar", "COERCE") == [["-:COP", "EGY:CVL"]]


def test_arabic_authorities_expelling_nationals() -> None:
    # main: [SYR:GOV, SYR:CVL]
    text = "رحلت السلطات ثلاثة سوريين."
    assert casts_in_order(text, "ar", "COERCE") == [["-:GOV", "SYR:CVL"]]


def test_arabic_force_keeps_its_own_adjective_and_the_place() -> None:
    # guards: main reads these right
    own = "اعتقلت الشرطة الأردنية ثلاثة مصريين."
    assert casts_in_order(own, "ar", "COERCE") == [["JOR:COP", "EGY:CVL"]]
    placed = "اعتقلت الشرطة في مصر ثلاثة سوريين."
    assert casts_in_order(placed, "ar", "COERCE") == [["EGY:COP", "SYR:CVL"]]


def test_arabic_attack_keeps_the_one_country() -> None:
    # guard: an army that kills civilians of one country is of it here
    text = "قتل الجيش خمسة مدنيين سوريين."
    assert casts_in_order(text, "ar", "ASSAULT") == [["SYR:MIL", "SYR:CVL"]]


def test_persian_police_holding_nationals() -> None:
    # main: [IRQ:COP, IRQ:CVL]
    text = "پلیس سه شهروند عراقی را بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["-:COP", "IRQ:CVL"]]


def test_persian_police_of_a_named_state_keep_it() -> None:
    # guards: the state's genitive, the place
    own = "پلیس ترکیه دو شهروند ایرانی را بازداشت کرد."
    assert casts_in_order(own, "fa", "COERCE") == [["TUR:COP", "IRN:CVL"]]
    placed = "پلیس در ترکیه دو شهروند ایرانی را بازداشت کرد."
    assert casts_in_order(placed, "fa", "COERCE") == [["TUR:COP", "IRN:CVL"]]


def test_english_police_holding_nationals() -> None:
    # main: [HRV:COP, HRV:CVL]
    text = "Police arrested two Croatian men near the border."
    assert casts_in_order(text, "en", "COERCE") == [["-:COP", "HRV:CVL"]]


def test_english_police_take_the_dateline_or_their_adjective() -> None:
    # guards: main reads these right
    dated = "ANKARA, Turkey (AP) — Police arrested two Syrians on Monday."
    assert casts_in_order(dated, "en", "COERCE") == [["TUR:COP", "SYR:CVL"]]
    own = "Turkish police arrested two Iranians."
    assert casts_in_order(own, "en", "COERCE") == [["TUR:COP", "IRN:CVL"]]
    killed = "The army killed five Syrian civilians."
    assert casts_in_order(killed, "en", "ASSAULT") == [["SYR:MIL", "SYR:CVL"]]
