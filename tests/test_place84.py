"""Where an attack happened and who did it (place84).

A capital after a word of direction or nearness ("قرب أنقرة", "وسط دمشق",
"in central Damascus") is where a deed happened, not its state acting; a
regime's aircraft ("طائرات النظام", "الطائرات النظامية") are its army, of
the place's state; the unidentified attackers named by the deed itself
("قتل 3 شرطيين في هجوم إرهابي") did it, not the victims counted first.
Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_attack_near_a_capital_is_there() -> None:
    # main: [TUR:, TUR:MIL] (Turkey as a whole the attacker)
    events = casts_in_order("قتل الجندي التركي في هجوم قرب أنقرة.", "ar", "ASSAULT")
    assert events and events[0] == ["TUR:UAF", "TUR:MIL"]


def test_arabic_attack_north_of_a_capital_is_there() -> None:
    # main: [TUR:, TUR:MIL]
    events = casts_in_order("قتل الجندي التركي في هجوم شمال أنقرة.", "ar", "ASSAULT")
    assert events and events[0] == ["TUR:UAF", "TUR:MIL"]


def test_arabic_bombing_in_central_capital_gives_the_attackers_its_state() -> None:
    # main: [-:UAF, JOR:EDU] and [JOR:EDU, SYR:] (the teacher striking Syria)
    events = casts_in_order("قتل المدرس الأردني في تفجير وسط دمشق.", "ar", "ASSAULT")
    assert events and events[0][:2] == ["SYR:UAF", "JOR:EDU"]
    assert all(e[0] != "JOR:EDU" for e in events)


def test_english_bombing_in_central_capital() -> None:
    # main: [JOR:EDU, SYR:] (the teacher striking Syria)
    events = casts_in_order(
        "A Jordanian teacher was killed in a bombing in central Damascus.", "en", "ASSAULT"
    )
    assert events and events[0] == ["SYR:UAF", "JOR:EDU"]


def test_persian_attack_near_a_capital() -> None:
    # guard: "در نزدیکی" already reads the place
    events = casts_in_order("یک سرباز ترکیه در حمله‌ای در نزدیکی آنکارا کشته شد.", "fa", "ASSAULT")
    assert events and events[0] == ["TUR:UAF", "TUR:MIL"]


def test_capitals_as_their_states_still_act() -> None:
    # guard: a capital with no word of place before it is its state
    assert casts_in_order("اتهمت دمشق أنقرة بدعم الإرهابيين.", "ar", "ACCUSE") == [["SYR:", "TUR:"]]
    assert casts_in_order("Damascus accused Ankara of backing the rebels.", "en", "ACCUSE") == [
        ["SYR:", "TUR:"]
    ]


def test_arabic_regime_aircraft_are_the_syrian_army() -> None:
    # main: [-:MIL, SYR:CVL] (aircraft of no country)
    events = casts_in_order(
        "قتل خمسة مدنيين في غارات للطائرات النظامية على ريف إدلب.", "ar", "ASSAULT"
    )
    assert events and events[0] == ["SYR:MIL", "SYR:CVL"]


def test_arabic_regime_planes_bombing_a_town() -> None:
    # main: [-:MIL, SYR:]
    events = casts_in_order("قصفت طائرات النظام مدينة درعا.", "ar", "ASSAULT")
    assert events and events[0][0] == "SYR:MIL"


def test_arabic_foreign_and_unknown_aircraft_keep_their_reading() -> None:
    # guard: a foreign air force is its own state's; unknown planes no one's
    russian = casts_in_order("قصفت الطائرات الروسية بلدة في ريف حلب.", "ar", "ASSAULT")
    assert russian and russian[0][0] == "RUS:MIL"
    unknown = casts_in_order("قصفت طائرات مجهولة بلدة في ريف حلب.", "ar", "ASSAULT")
    assert unknown and unknown[0][0] == "-:MIL"


def test_arabic_counted_police_killed_in_a_terrorist_attack() -> None:
    # main: [-:COP, -:UAF] (the policemen the attackers)
    events = casts_in_order("قتل 3 شرطيين في هجوم إرهابي.", "ar", "ASSAULT")
    assert events and events[0] == ["-:UAF", "-:COP"]


def test_arabic_army_killing_terrorists_keeps_its_doer() -> None:
    # guard: the army killed twenty terrorists in an attack on their posts
    events = casts_in_order("قتل الجيش 20 إرهابيا في هجوم على مواقعهم.", "ar", "ASSAULT")
    assert events and events[0][0] == "-:MIL"


def test_english_police_killed_in_a_terrorist_attack() -> None:
    # guard: the English passive already puts the attackers first
    events = casts_in_order("Three policemen were killed in a terrorist attack.", "en", "ASSAULT")
    assert events and events[0] == ["-:UAF", "-:COP"]
