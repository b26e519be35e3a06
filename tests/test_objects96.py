"""The persons acted on, named by a common given name, are the held side (objects96).

A person held or sentenced whom no list knows was read only after an
honorific ("آقای", "السيد", "Mr."); named by a given name and a surname
("علی رضایی", "محمد سالم", "Ali Rezaei") the arrest kept its doer alone.
A common given name (``context.GIVEN_NAMES``) in the same object slot
now opens the held civilian's name. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def _arrests(text: str, lang: str) -> list[list[str]]:
    events = casts_in_order(text, lang, "COERCE")
    assert events, f"no arrest in {text}"
    return events


def test_persian_police_arrest_a_named_man() -> None:
    # main: [IRN:COP] (the man held missing)
    text = "پلیس ایران حمید فلاحی را بازداشت کرد."
    assert _arrests(text, "fa")[0] == ["IRN:COP", "IRN:CVL"]


def test_persian_court_sentences_a_named_man() -> None:
    # main: [IRN:JUD]
    text = "دادگاه انقلاب مهدی رضایی را به پنج سال زندان محکوم کرد."
    assert _arrests(text, "fa")[0] == ["IRN:JUD", "IRN:CVL"]


def test_persian_date_between_object_and_verb() -> None:
    # main: [IRN:COP]
    text = "ماموران امنیتی ایران سعید نوروزی را روز شنبه دستگیر کردند."
    assert _arrests(text, "fa")[0] == ["IRN:COP", "IRN:CVL"]


def test_arabic_police_arrest_a_named_man() -> None:
    # main: [EGY:COP]
    text = "اعتقلت الشرطة المصرية محمد سالم في القاهرة."
    assert _arrests(text, "ar")[0] == ["EGY:COP", "EGY:CVL"]


def test_arabic_given_name_right_after_the_verb_is_left() -> None:
    # objects96 read the name as a passive's subject held ([EGY:COP, EGY:CVL]);
    # mendD97: a given name right after an active verb is its subject
    # (verb first), so the bare verb and name are no longer read (test_mendD97)
    text = "اعتقل خالد منصور في القاهرة أمس."
    assert _arrests(text, "ar")[0] == ["EGY:COP"]


def test_english_police_arrest_a_named_man() -> None:
    # main: [IRN:COP]
    text = "Iranian police arrested Ali Karimi."
    assert _arrests(text, "en")[0] == ["IRN:COP", "IRN:CVL"]


def test_english_police_detain_a_named_woman() -> None:
    # main: [EGY:COP]
    text = "Egyptian police detained Fatima Salem on Monday."
    assert _arrests(text, "en")[0] == ["EGY:COP", "EGY:CVL"]


def test_guard_a_named_speaker_is_no_one_held() -> None:
    # the given name speaks; the arrest's object is counted people
    for lang, text in (
        ("fa", "حمید فلاحی گفت پلیس دو نفر را بازداشت کرد."),
        ("ar", "قال خالد منصور إن الشرطة اعتقلت رجلين."),
        ("en", "Ali Karimi said police arrested two men."),
    ):
        for actors in _arrests(text, lang):
            assert actors.count("-:CVL") + actors.count("IRN:CVL") <= 1, (text, actors)


def test_guard_a_named_doer_of_a_passive_is_not_held() -> None:
    # "arrested by": the name after the doer's marker acts
    text = "The man was arrested by Ali Karimi, the police chief of Tehran."
    events = casts_in_order(text, "en", "COERCE")
    assert all(actors.count("-:CVL") == 0 for actors in events)


def test_guard_honorific_names_still_read_once() -> None:
    # main and after: one civilian held, the honorific's name
    text = "پلیس ایران آقای علی رضایی را بازداشت کرد."
    assert _arrests(text, "fa")[0] == ["IRN:COP", "IRN:CVL"]


def test_persian_passive_subject_after_an_honorific() -> None:
    # main: [-:JUD] (the man sentenced missing)
    text = "آقای رضایی به پنج سال زندان محکوم شد."
    assert _arrests(text, "fa")[0] == ["-:JUD", "-:CVL"]


def test_persian_passive_subject_named_by_a_given_name() -> None:
    # main: [-:COP]
    text = "حمید رضایی روز شنبه توسط پلیس بازداشت شد."
    assert _arrests(text, "fa")[0] == ["-:COP", "-:CVL"]


def test_english_passive_subject_named_by_a_given_name() -> None:
    # main: [EGY:COP]
    text = "Mohamed Salem was arrested in Cairo."
    assert _arrests(text, "en")[0] == ["EGY:COP", "EGY:CVL"]


def test_arabic_passive_verb_first_after_an_honorific() -> None:
    # main and after: the passive verb stands first, its subject after it
    text = "اعتقل السيد سالم في القاهرة."
    assert _arrests(text, "ar")[0] == ["EGY:COP", "EGY:CVL"]


def test_guard_a_passive_told_by_a_named_speaker() -> None:
    # the named speaks; those held are others, counted
    text = "حمید رضایی گفت دو نفر روز شنبه بازداشت شدند."
    for actors in casts_in_order(text, "fa", "COERCE"):
        assert "-:CVL" not in actors[:1], actors


def test_guard_a_name_inside_a_clause_is_no_passive_subject() -> None:
    # not at a clause's start: the name is the object of a preposition
    text = "The police said a friend of Ali Karimi was arrested."
    for actors in casts_in_order(text, "en", "COERCE"):
        assert actors.count("-:CVL") <= 1, actors


def test_guard_a_participle_of_those_held_is_no_passive() -> None:
    # "the detained" as the object of an order: the named man orders their release
    text = "آقای رضایی دستور آزادی برخی از افراد بازداشت شده را صادر کرد."
    for etype in ("CONCEDE", "COERCE"):
        for actors in casts_in_order(text, "fa", etype):
            assert actors.count("-:CVL") <= 1, actors
