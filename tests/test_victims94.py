"""People struck, named before their own state: victims, not doers (victims94).

An attack told of the people it struck, with their state named as a whole
only as where ("in the Philippines", "وسط مدينة … سويسرا", "در قلب بغداد")
and standing after them, was read [X:CVL, X]: the people as the doers
who struck their own state. The state is where, the doers are the place's
unidentified attackers: [X:UAF, X:CVL] — where the sentence tells an attack
(deaths alone may be an accident's, and a state after "on"/"على" is what was
struck: sides70ar, mendA70 keep their readings). Sentences written for
these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def _first(text: str, lang: str) -> list[str]:
    events = casts_in_order(text, lang, "ASSAULT")
    assert events, f"no attack in {text}"
    return events[0]


def test_english_wounded_in_a_shooting_in_the_philippines() -> None:
    # main: [PHL:CVL, PHL:] (the wounded struck their own state)
    text = "Twelve people were wounded in a shooting at a bar in the Philippines."
    assert _first(text, "en") == ["PHL:UAF", "PHL:CVL"]


def test_english_killed_at_a_club_in_the_united_states() -> None:
    # main: [USA:CVL, USA:]
    text = "Four men were killed in a shooting at a night club in the United States."
    assert _first(text, "en") == ["USA:UAF", "USA:CVL"]


def test_arabic_killed_in_a_shooting_in_the_heart_of_a_capital() -> None:
    # main: [DEU:CVL, DEU:]
    text = "لقي رجلان مصرعهما في إطلاق نار داخل حانة في قلب برلين."
    assert _first(text, "ar") == ["DEU:UAF", "DEU:CVL"]


def test_arabic_pedestrians_run_over_in_a_city_described_after_it() -> None:
    # main: [AUS:CVL, AUS:]
    text = "قتل 3 أشخاص بعد عملية دهس لعدد من المشاة وسط مدينة سيدني، أكبر مدن أستراليا."
    assert _first(text, "ar") == ["AUS:UAF", "AUS:CVL"]


def test_persian_pilgrims_killed_in_the_heart_of_baghdad() -> None:
    # main: [IRQ:CVL, IRQ:]
    text = "گروهی از زائران در قلب بغداد در انفجار یک بمب کشته شدند."
    assert _first(text, "fa") == ["IRQ:UAF", "IRQ:CVL"]


def test_persian_pilgrims_killed_in_a_terrorist_attack_in_baghdad() -> None:
    # main: [IRQ:CVL, IRQ:]
    text = "گروهی از زائران در قلب بغداد در یک حمله تروریستی کشته شدند."
    assert _first(text, "fa") == ["IRQ:UAF", "IRQ:CVL"]


def test_guards_a_named_army_stays_the_doer() -> None:
    # guard: the army is named, no unidentified attackers are made up
    assert _first("The army shelled villages in Syria, killing ten Syrian civilians.", "en") == [
        "SYR:MIL",
        "SYR:CVL",
    ]
    assert _first("قصف الجيش قرى في سوريا ما أسفر عن مقتل عشرة مدنيين سوريين.", "ar") == [
        "SYR:MIL",
        "SYR:CVL",
    ]


def test_guards_a_state_executing_its_own_people_stays_the_doer() -> None:
    # guard: a state first, then its people: the state did it
    events = casts_in_order("أعدمت السعودية سبعة أشخاص أدينوا بالقتل.", "ar", "COERCE")
    events += casts_in_order("أعدمت السعودية سبعة أشخاص أدينوا بالقتل.", "ar", "ASSAULT")
    assert events and all(e[0] == "SAU:" for e in events)


def test_guards_named_attackers_and_a_foreign_state_keep_their_reading() -> None:
    # guard: another state's group struck the civilians of Israel
    text = "حزب‌الله سه راکت به سوی اسرائیل شلیک کرد که دو غیرنظامی اسرائیلی را زخمی کرد."
    assert all(e[0] == "LBN:REB" for e in casts_in_order(text, "fa", "ASSAULT"))
    # guard: the kidnapped workers and the unknown gunmen, read right on main
    text = "سه کارگر در حمله افراد مسلح به یک معدن در پاکستان ربوده شدند."
    assert _first(text, "fa") == ["PAK:UAF", "PAK:LAB"]
    text = "Three miners were kidnapped in an attack on a mine in Pakistan."
    assert _first(text, "en") == ["PAK:UAF", "PAK:LAB"]


# People counted and those "including"/"بينهم"/"از جمله" among them were
# struck together: the policeman named as one of the dead is no doer who
# struck the others (victims94, part 2).


def test_arabic_policeman_among_the_counted_dead_is_a_victim() -> None:
    # main: [USA:CVL, USA:COP] (the dead struck the policeman)
    text = "أسفر حادث إطلاق نار في ولاية تكساس الأمريكية عن مقتل 6 أشخاص بينهم شرطي."
    assert _first(text, "ar") == ["USA:UAF", "USA:CVL", "USA:COP"]


def test_english_police_officer_including_among_the_counted_dead() -> None:
    # main: [USA:CVL, USA:COP]
    text = "A shooting in Texas killed six people, including a police officer."
    assert _first(text, "en") == ["USA:UAF", "USA:CVL", "USA:COP"]


def test_persian_policeman_among_the_counted_dead_is_a_victim() -> None:
    # main: [USA:CVL, USA:COP] (the counted people read as the subject)
    text = "تیراندازی در تگزاس شش نفر از جمله یک پلیس را کشت."
    assert _first(text, "fa") == ["USA:UAF", "USA:CVL", "USA:COP"]


def test_guards_a_man_who_stabs_a_policeman_stays_the_doer() -> None:
    # guard: no count, no partitive: the man did it
    assert _first("A man stabbed a police officer in Paris.", "en") == ["FRA:CVL", "FRA:COP"]
    assert _first("أقدم رجل على قتل شرطي بسكين في باريس.", "ar") == ["FRA:CVL", "FRA:COP"]


def test_guards_persian_soldier_killing_a_youth_stays_the_doer() -> None:
    # guard (assault51fa's reading): the one counted before the marked object is its subject
    text = "یک سرباز اسرائیلی یک جوان فلسطینی را در الخلیل کشت."
    assert _first(text, "fa")[:2] == ["ISR:MIL", "PSE:CVL"]
