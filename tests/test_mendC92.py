"""Mends of codes91's destination rule (mendC92, review91b F3, F4, F8).

A bare state right after a word of direction gives no agent its country
(``participants._Sentence.destination``). Three faults of that rule are
mended here: a phrase that only ends in the word ("according to",
"بالإضافة إلى": ``context.DESTINATION_NOT_AFTER``) is no direction; a state
joined by a conjunction to a destination ("إلى تونس أو الجزائر":
``context.DESTINATION_JOINS``) is one too; and a destination, once it lends
no country, is a side only where no agent is left for it
(``selected_sides.select``, ``Mention.destination``): the militants attacked
or the migrants detained stay the target, not the state they were heading
to. Troops or planes sent there leave it the sending's other side.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


def test_according_to_a_state_is_no_direction() -> None:
    # main: [-:COP, -:CRM] (Egypt, the teller, dropped as a destination)
    text = "According to Egypt, the police detained twelve smugglers."
    assert casts_in_order(text, "en", "COERCE") == [["EGY:COP", "EGY:CRM"]]


def test_in_addition_to_a_state_is_no_direction() -> None:
    # main: no event (Jordan dropped, the government codeless)
    text = "In addition to Jordan, the government condemned the bombing."
    assert casts_in_order(text, "en", "ACCUSE") == [["JOR:GOV"]]
    # main: [JOR:, -:GOV] (Jordan read as condemning the government)
    text = "بالإضافة إلى الأردن، أدانت الحكومة التفجير."
    assert casts_in_order(text, "ar", "ACCUSE") == [["JOR:GOV"]]


def test_militants_heading_to_a_state_stay_the_target() -> None:
    # main: [-:MIL, SYR:] (Syria, where they were heading, read as attacked)
    text = "هاجم الجيش المسلحين المتجهين إلى سوريا."
    assert casts_in_order(text, "ar", "ASSAULT") == [["-:MIL", "-:REB"]]
    # main: [-:MIL, SYR:]
    text = "ارتش به سوی سوریه پیشروی کرد و شورشیان را هدف قرار داد."
    assert casts_in_order(text, "fa", "ASSAULT") == [["-:MIL", "-:REB"]]


def test_migrants_heading_abroad_are_the_ones_detained() -> None:
    # main: [-:COP, ESP:] (Spain read as detained)
    text = "Police arrested migrants heading to Spain."
    assert casts_in_order(text, "en", "COERCE") == [["-:COP", "-:REF"]]
    text = "اعتقلت الشرطة مهاجرين متجهين إلى إسبانيا."
    assert casts_in_order(text, "ar", "COERCE") == [["-:COP", "-:REF"]]


def test_a_state_joined_to_a_destination_is_one_too() -> None:
    # main: [TUN:, DZA:] (the police and those held lost; the two states as sides)
    text = "Police arrested ten men heading to Tunisia or Algeria."
    assert casts_in_order(text, "en", "COERCE") == [["-:COP", "-:CVL"]]
    # main: [DZA:COP, DZA:CVL] (Algeria, after "أو", lent its code)
    text = "اعتقلت الشرطة عشرة أشخاص كانوا متجهين إلى تونس أو الجزائر."
    assert casts_in_order(text, "ar", "COERCE") == [["-:COP", "-:CVL"]]
    # main: [GRC:, ITA:]
    text = "پلیس ده نفر را که عازم یونان و ایتالیا بودند بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["-:COP", "-:CVL"]]


def test_guards_places_and_a_sending_keep_their_reading() -> None:
    # guards, read so on main: states after "in" place the police; troops or
    # planes sent to a state leave it the sending's other side
    text = "اعتقلت الشرطة عشرة أشخاص في تونس والجزائر."
    assert casts_in_order(text, "ar", "COERCE") == [["TUN:COP", "TUN:CVL"]]
    text = "Police arrested ten men in Tunisia and Algeria."
    assert casts_in_order(text, "en", "COERCE") == [["TUN:COP", "TUN:CVL"]]
    assert casts_in_order("Iraq sent troops to Syria.", "en", "MOBILIZE") == [["IRQ:MIL", "SYR:"]]
    text = "France sent three military planes to Mali."
    assert casts_in_order(text, "en", "MOBILIZE") == [["FRA:MIL", "MLI:"]]
    text = "پلیس سه نفر را در عراق بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["IRQ:COP", "IRQ:CVL"]]


def test_a_far_word_of_return_in_the_clause_keeps_the_state_a_home() -> None:
    # main: [-:COP, TUN:] (a return six words before "إلى" was not seen)
    text = "اعتقلت الشرطة عشرة مقاتلين بعد عودة مجموعة منهم من مناطق النزاع إلى تونس."
    assert casts_in_order(text, "ar", "COERCE") == [["TUN:COP", "TUN:REB"]]
    # main: [-:COP, TUN:]
    text = "Police arrested ten fighters after their return from the war zones to Tunisia."
    assert casts_in_order(text, "en", "COERCE") == [["TUN:COP", "TUN:REB"]]


def test_guards_a_visit_and_an_accusation_keep_the_destination_a_side() -> None:
    # guards, read so on main: the state visited or accused stays the other side
    text = "انتقد الوزير زيارة وفد برلماني إلى سوريا."
    assert casts_in_order(text, "ar", "ACCUSE") == [["-:GOV", "SYR:"]]
    text = "رسانه‌های غربی انگشت اتهام را به سوی ایران گرفتند."
    assert casts_in_order(text, "fa", "ACCUSE") == [["-:MED", "IRN:"]]


@pytest.mark.xfail(
    strict=True,
    reason="a ship is an owned thing (``Mention.unplaced``), no agent: with no agent "
    "left for the side, the destination still stands as the seized one (review91b F4)",
)
def test_a_ship_bound_for_a_state_seized_does_not_make_the_state_seized() -> None:
    text = "پلیس کشتی‌ای به مقصد لبنان را توقیف کرد."
    assert all("LBN:" not in cast for cast in casts_in_order(text, "fa", "COERCE"))
