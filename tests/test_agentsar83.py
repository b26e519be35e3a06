"""One side killed "in an attack": the victim, not the doer (agentsar83).

Arabic writes "قتل" alike for "killed" and "was killed". Right before one
side and then "في هجوم" (in an attack), the side was killed in the deed and
the attackers are unnamed (UAF, of the country where it happened): "قتل
السفير الروسي في أنقرة في هجوم مسلح" read the ambassador as the killer and
Turkey as whom he struck. The active keeps its reading when it names whom it
killed, a second side before "في". Persian and English spell the passive
("کشته شد", "was killed") and are guarded. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_ambassador_killed_in_an_attack_is_its_victim() -> None:
    # main: [RUS:GOV, TUR:] (the ambassador the attacker)
    events = casts_in_order("قتل السفير الروسي في أنقرة في هجوم مسلح.", "ar", "ASSAULT")
    assert events and events[0][:2] == ["TUR:UAF", "RUS:GOV"]


def test_arabic_teacher_killed_in_a_bombing_is_its_victim() -> None:
    # main: [JOR:EDU, SYR:] (the teacher the bomber, Syria struck)
    events = casts_in_order("وقتل المدرس الأردني في تفجير في دمشق.", "ar", "ASSAULT")
    assert events and events[0][:2] == ["SYR:UAF", "JOR:EDU"]


def test_arabic_soldier_killed_in_an_attack_has_an_unnamed_attacker() -> None:
    # main: [TUR:MIL] alone (no attacker understood)
    events = casts_in_order("قتل الجندي التركي في هجوم في أنقرة.", "ar", "ASSAULT")
    assert events and events[0] == ["TUR:UAF", "TUR:MIL"]


def test_arabic_active_kill_with_its_object_keeps_its_doer() -> None:
    # guard: the army killed twenty gunmen in an attack
    events = casts_in_order("قتل الجيش السوري 20 مسلحا في هجوم على مواقعهم.", "ar", "ASSAULT")
    assert events and events[0][0] == "SYR:MIL"


def test_arabic_named_gunmen_killing_a_soldier_stay_the_doer() -> None:
    # guard: gunmen killed the Egyptian soldier in an attack on a checkpoint
    events = casts_in_order("قتل مسلحون الجندي المصري في هجوم على حاجز.", "ar", "ASSAULT")
    assert events and events[0] == ["-:UAF", "EGY:MIL"]


def test_arabic_kill_without_a_deed_after_is_read_as_before() -> None:
    # guard: no "in an attack" after the side, no passive read
    events = casts_in_order("قتل الجيش الإسرائيلي شابا فلسطينيا في الخليل.", "ar", "ASSAULT")
    assert events and events[0][:2] == ["ISR:MIL", "PSE:CVL"]


def test_persian_soldier_killed_in_an_attack() -> None:
    # guard: the Persian passive already reads the unnamed attackers
    events = casts_in_order("یک سرباز ترکیه در حمله‌ای در آنکارا کشته شد.", "fa", "ASSAULT")
    assert events and events[0] == ["TUR:UAF", "TUR:MIL"]


def test_persian_journalist_wounded_in_a_blast() -> None:
    # guard
    events = casts_in_order("خبرنگار فرانسوی در انفجاری در کابل زخمی شد.", "fa", "ASSAULT")
    assert events and events[0] == ["AFG:UAF", "FRA:MED"]


def test_english_journalist_wounded_in_a_bombing_is_its_victim() -> None:
    # guard: the English passive names the journalist as struck
    events = casts_in_order(
        "The French journalist was wounded in a bombing in Kabul.", "en", "ASSAULT"
    )
    assert events and events[0][-1] == "FRA:MED" and events[0][0].endswith(":UAF")


# --- the attackers the sentence names in the deed itself lead its victims


def test_arabic_policeman_killed_in_a_terrorist_attack_is_struck() -> None:
    # main: [TUN:COP, TUN:UAF] (the policeman the attacker of the terrorists)
    events = casts_in_order("وقتل الشرطي التونسي في هجوم إرهابي بالقصرين.", "ar", "ASSAULT")
    assert events and events[0] == ["TUN:UAF", "TUN:COP"]


def test_arabic_security_forces_killing_attackers_stay_the_doer() -> None:
    # guard: the security forces killed three of the attackers
    events = casts_in_order("وقد قتلت قوات الأمن العراقية ثلاثة من المهاجمين.", "ar", "ASSAULT")
    assert events and events[0] == ["IRQ:COP", "IRQ:UAF"]


def test_english_police_shooting_the_attacker_stay_the_doer() -> None:
    # guard
    events = casts_in_order(
        "French police shot dead the attacker near the cathedral.", "en", "ASSAULT"
    )
    assert events and events[0][0] == "FRA:COP"


def test_persian_police_killing_the_attackers_stay_the_doer() -> None:
    # guard
    events = casts_in_order("پلیس عراق سه مهاجم را در بغداد کشت.", "fa", "ASSAULT")
    assert events and events[0][0] == "IRQ:COP"
