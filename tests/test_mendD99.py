"""Mends of doers98 after review98a (mendD99).

(F3) Only the first title after a word of feigning is feigned, with the
body it is "of" ("انتحل صفة ضابط في الجيش الأردني"); a preposition, a
conjunction or a mark ends the reach, and no other mention after that title
is touched (``claimed_identity.claimed_out``). Main also made topics of the
sides of the feigner's own deed ("ينتحلون صفة الجيش السوري هاجموا القوات
التركية": the Turkish troops lost).

(F4) English "called" after a relative pronoun is a verb, not a naming link
(``context.NAMING_BREAKS``, ``doers._named_head``): main read "by a lawmaker
who called Iran a threat" as Iran being the lawmaker's name, Iran the critic.

(F5) A building made the scene places no one where a town or state is named
too (``participants._own_places``): main gave the dead the nationality of
the school near which the bomb went off.

(F9) "self-styled" was a dead cue (its hyphen stopped the reach): dropped.

Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order
from diplowatch.extract.actor_context import context


def _first(text: str, lang: str, etype: str = "ASSAULT") -> list[str]:
    events = casts_in_order(text, lang, etype)
    assert events, f"no {etype} in {text}"
    return events[0]


def _codes(sides: list[str]) -> set[str]:
    return {s.split(":")[0] for s in sides}


# (F3) the feigned title is the first after the cue, nothing further


def test_arabic_target_after_the_feigned_army_kept() -> None:
    # main: [SYR:UAF] (the Turkish troops made a topic)
    text = "مسلحون ينتحلون صفة الجيش السوري هاجموا القوات التركية قرب عفرين."
    assert "TUR:MIL" in _first(text, "ar")


def test_arabic_verb_first_feigners_keep_their_target() -> None:
    # main: [None:UAF]
    text = "ينتحل مسلحون صفة الجيش السوري ويهاجمون القوات التركية."
    assert "TUR:MIL" in _first(text, "ar")


def test_persian_people_after_a_preposition_kept() -> None:
    # main: [IRN:COP] (the people extorted made a topic); the man arrested is
    # a side, a criminal since mendB102 made extortion ("اخاذی") a crime
    text = "پلیس ایران مردی را که با جعل عنوان مامور پلیس از مردم اخاذی می‌کرد بازداشت کرد."
    assert "IRN:CRM" in _first(text, "fa", "COERCE")


def test_persian_target_after_the_feigned_army_kept() -> None:
    # main: [SYR:UAF]
    text = "افراد مسلحی با جعل هویت ارتش سوریه به نیروهای ترکیه حمله کردند."
    assert "TUR:MIL" in _first(text, "fa")


def test_english_target_after_the_feigned_soldiers_kept() -> None:
    # main: [SYR:UAF]
    text = "Gunmen impersonating Syrian soldiers attacked Turkish troops near Afrin."
    assert "TUR:MIL" in _first(text, "en")


def test_english_embassy_after_the_feigned_police_kept() -> None:
    # main: [AFG:UAF] (the embassy made a topic)
    text = "Gunmen posing as police attacked the Iranian embassy in Kabul."
    assert "IRN:GOV" in _first(text, "en")


def test_arabic_feigned_officer_and_his_army_still_out() -> None:
    # guard: the title and the body it is "of" stay feigned
    text = "اعتقلت الشرطة التونسية رجلا انتحل صفة ضابط في الجيش الأردني."
    assert _first(text, "ar", "COERCE") == ["TUN:COP", "-:CVL"]


def test_arabic_feigned_diplomat_still_out() -> None:
    # guard
    text = "اعتقلت الشرطة التونسية رجلا ينتحل صفة دبلوماسي فرنسي."
    assert "FRA" not in _codes(_first(text, "ar", "COERCE"))


def test_persian_feigned_diplomat_still_out() -> None:
    # guard
    text = "پلیس ترکیه مردی را که خود را به جای دیپلمات ایرانی جا زده بود بازداشت کرد."
    assert _first(text, "fa", "COERCE") == ["TUR:COP"]


def test_english_feigned_officer_of_an_army_still_out() -> None:
    # guard: "of the Jordanian army" is the feigned title's body
    text = "Tunisian police arrested a man posing as an officer of the Jordanian army."
    assert "JOR" not in _codes(_first(text, "en", "COERCE"))


# (F4) no naming link after a relative pronoun


def test_english_who_called_is_no_naming_link() -> None:
    # main: [IRN:None, GBR:GOV] (Iran made the critic)
    text = "The British ambassador was criticised by a lawmaker who called Iran a threat."
    assert _first(text, "en", "ACCUSE")[0] != "IRN:"


def test_english_senator_who_called_is_no_naming_link() -> None:
    # main: [IRN:None, SAU:GOV]
    text = "The Saudi envoy was condemned by a senator who called Iran a danger."
    assert _first(text, "en", "ACCUSE")[0] != "IRN:"


def test_english_group_called_still_named() -> None:
    # guard
    text = "Twelve Iranian border guards were kidnapped by a group called Jaish al-Adl."
    assert _first(text, "en") == ["IRN:REB", "IRN:COP"]


def test_persian_relative_naming_still_named() -> None:
    # guard: "که موسوم به … هستند" still names the people by their group
    text = "دیپلمات ایرانی توسط افرادی که موسوم به جیش العدل هستند ربوده شد."
    assert _first(text, "fa") == ["IRN:REB", "IRN:GOV"]


def test_arabic_relative_naming_still_named() -> None:
    # guard: after "التي" the Arabic link is passive and names the group
    text = "اختطف دبلوماسي إيراني على يد الجماعة التي تسمى جيش العدل."
    assert _first(text, "ar") == ["IRN:REB", "IRN:GOV"]


# (F5) the scene building's state places no one


def test_arabic_dead_not_of_the_school_state() -> None:
    # main: [IRN:CVL, SYR:None] (Iranian civilians made the killers)
    text = "قتل خمسة أشخاص في انفجار سيارة مفخخة في محيط المدرسة الإيرانية في دمشق."
    assert "IRN" not in _codes(_first(text, "ar"))


def test_arabic_dead_not_of_the_hospital_state() -> None:
    # main: [TUR:CVL, AFG:None]
    text = "قتل ثلاثة أشخاص في انفجار في محيط المستشفى التركي في كابول."
    assert "TUR" not in _codes(_first(text, "ar"))


def test_persian_dead_not_of_the_school_state() -> None:
    # main: [SYR:UAF, IRN:CVL]
    text = "پنج نفر در انفجار بمب در اطراف مدرسه ایرانی در دمشق کشته شدند."
    assert "IRN:CVL" not in _first(text, "fa")


def test_english_police_in_a_city_still_placed() -> None:
    # guard: a town alone still places the police
    text = "Police in Cairo arrested three protesters."
    assert _first(text, "en", "COERCE")[0] == "EGY:COP"


# (F9) "self-styled" is no cue


def test_english_self_styled_is_no_feigning_cue() -> None:
    # main: the cue was listed (and never fired)
    assert "self-styled" not in context("en").feigning_cues


def test_english_self_styled_group_still_the_doer() -> None:
    # guard
    text = "The self-styled Islamic State attacked Iraqi troops in Mosul."
    assert _first(text, "en") == ["IRQ:REB", "IRQ:MIL"]
