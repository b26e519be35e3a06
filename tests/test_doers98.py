"""The doer of a one-sided or passive deed of force (doers98).

(1) A doer named after a marker ("توسط", "by", "على يد") across a
descriptor and a naming link ("توسط عناصر گروه تروریستی موسوم به …", "by a
group called …"): the named group is the descriptor's name, so the marker
marks it as the doer (``context.NAMING_LINKS``, ``doers._after_marker``).
Main put the people kidnapped first, read as the kidnappers.

(2) A building named as where a bomb went off behind a noun of its
surroundings ("في محيط المدرسة", "در اطراف مدرسه", "in the vicinity of the
school", ``context.SEAT_FILLERS``): the scene, not the bomber. Main made the
school (or its state) the doer.

(3) A title or a nationality a person feigns ("ينتحل صفة دبلوماسي فرنسي",
"با جعل عنوان مامور پلیس ترکیه", "posing as a French diplomat") or claims to
be ("ادعى أنه ملك ألمانيا") is no side (``context.FEIGNING_CUES``,
``CLAIMED_BEING_CUES``, ``extract/claimed_identity.py``). Main made the
feigned diplomat's state a side, and a feigned king the only side.

Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order, every_actor


def _first(text: str, lang: str, etype: str = "ASSAULT") -> list[str]:
    events = casts_in_order(text, lang, etype)
    assert events, f"no {etype} in {text}"
    return events[0]


# (1) the doer named after a naming link


def test_persian_kidnappers_named_after_a_naming_link() -> None:
    # main: [IRN:COP, IRN:REB] (the guards read as the kidnappers)
    text = "۱۲ مرزبان ایرانی توسط عناصر گروه تروریستی موسوم به جیش العدل ربوده شدند."
    assert _first(text, "fa") == ["IRN:REB", "IRN:COP"]


def test_persian_group_by_the_name_of() -> None:
    # main: [IRN:COP, IRN:REB]
    text = "۱۲ مرزبان ایرانی توسط گروهی به نام جیش العدل ربوده شدند."
    assert _first(text, "fa") == ["IRN:REB", "IRN:COP"]


def test_persian_plain_agent_stays_first() -> None:
    # guard: read right on main, the marker right before the group
    text = "۱۲ مرزبان ایرانی توسط جیش العدل ربوده شدند."
    assert _first(text, "fa") == ["IRN:REB", "IRN:COP"]


def test_english_kidnappers_called_by_name() -> None:
    # main: [IRN:COP, IRN:REB]
    text = "Twelve Iranian border guards were kidnapped by a group called Jaish al-Adl."
    assert _first(text, "en") == ["IRN:REB", "IRN:COP"]


def test_english_naming_link_without_by_marks_no_doer() -> None:
    # guard: "known as" after no doer marker changes nothing; the police
    # arrest, as on main
    text = "Police said the men, known as Jaish al-Adl, were arrested."
    assert _first(text, "en", "COERCE")[0] == "IRN:COP"


def test_arabic_killers_named_after_a_naming_link() -> None:
    # main: [IRN:MIL, IRN:REB] (the soldiers killed read as the killers)
    text = "قتل ثلاثة جنود إيرانيين على يد عناصر الجماعة المعروفة باسم جيش العدل."
    assert _first(text, "ar") == ["IRN:REB", "IRN:MIL"]


def test_arabic_kidnappers_called_by_name() -> None:
    # guard: read right on main
    text = "اختطف 12 حارسا إيرانيا على يد جماعة تسمى جيش العدل."
    assert _first(text, "ar")[0] == "IRN:REB"


# (2) a building behind a noun of its surroundings is the scene


def test_arabic_school_in_the_vicinity_is_no_bomber() -> None:
    # main: [IRN:EDU, SYR] (the school the doer of the blast)
    text = (
        "انفجرت سيارة مفخخة صباح اليوم في محيط المدرسة الإيرانية في حي المزة بالعاصمة السورية دمشق."
    )
    actors = every_actor(text, "ar")
    assert "IRN:EDU" not in actors


def test_arabic_attack_at_a_school_still_keeps_its_target() -> None:
    # guard: an attack on a school ("على") keeps the school struck
    text = "هاجم مسلحون مجهولون على مدرسة في كابول."
    assert all(a.split(":")[1] != "EDU" for a in _first(text, "ar")[:1])


def test_persian_school_surroundings_are_the_scene() -> None:
    # main: [None:UAF, AFG:CVL, AFG:EDU] (the university a side)
    text = "سه نفر در حمله‌ای در محوطه دانشگاه کابل کشته شدند."
    assert _first(text, "fa") == ["AFG:UAF", "AFG:CVL"]


def test_english_vicinity_of_a_university_is_the_scene() -> None:
    # main: a second event [None:UAF, AFG:CVL, AFG:EDU] beside the first
    text = "Three people were killed in an attack in the vicinity of Kabul University."
    assert "AFG:EDU" not in every_actor(text, "en")


def test_english_university_struck_keeps_its_side() -> None:
    # guard: an attack on the university keeps it as the target
    text = "Gunmen attacked the university in Kabul on Monday."
    assert "AFG:EDU" in _first(text, "en")


# (3) a feigned title or nationality is no side


def test_arabic_feigned_diplomat_is_no_side() -> None:
    # main: [TUN:COP, FRA:GOV] (France's diplomat held)
    text = "اعتقلت الشرطة التونسية رجلا ينتحل صفة دبلوماسي فرنسي."
    actors = _first(text, "ar", "COERCE")
    assert actors[0] == "TUN:COP"
    assert not any(a.startswith("FRA") for a in actors)


def test_arabic_claimed_king_is_no_side() -> None:
    # main: [DEU:GOV] (the man who claimed to be king read as the head of
    # state, the only side); now no side of that deed is a head of state
    text = "حكمت محكمة ألمانية على شخص ادعى أنه ملك ألمانيا بالسجن أربع سنوات."
    assert "DEU:GOV" not in every_actor(text, "ar")


def test_arabic_claim_content_keeps_its_state() -> None:
    # guard: a word after "ادعى أنه" that is no title opens what he claims
    # happened: the state named after it keeps its reading
    text = "ادعى أنه تعرض لهجوم من إيران أمس."
    assert every_actor(text, "ar") == every_actor(text.replace("ادعى أنه ", "قال إنه "), "ar")


def test_persian_feigned_police_title_is_no_side() -> None:
    # main: [IRN:COP, TUR:COP]
    text = "پلیس تهران مردی را که با جعل عنوان مامور پلیس ترکیه از مردم پول می‌گرفت بازداشت کرد."
    # mendD99: the people after "از" are no longer feigned (review98a F3):
    # they may stand as an unplaced side, never with the feigned Turkey's code
    sides = _first(text, "fa", "COERCE")
    assert sides[0] == "IRN:COP" and not any(s.startswith("TUR") for s in sides)


def test_persian_posing_as_a_diplomat_is_no_side() -> None:
    # main: [IRN:COP, FRA:GOV]
    text = "پلیس تهران مردی را که خود را به جای دیپلمات فرانسوی جا زده بود بازداشت کرد."
    assert _first(text, "fa", "COERCE") == ["IRN:COP"]


def test_english_posing_as_a_diplomat_is_no_side() -> None:
    # guard: read right on main
    text = "Turkish police detained a man who was posing as a French diplomat in Ankara."
    assert _first(text, "en", "COERCE") == ["TUR:COP", "TUR:CVL"]


def test_english_claiming_to_be_a_king() -> None:
    # guard: read right on main
    text = (
        "A German court sentenced a man claiming to be the king of Germany to four years in prison."
    )
    assert _first(text, "en", "COERCE") == ["DEU:JUD", "DEU:CVL"]
