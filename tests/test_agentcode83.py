"""Agents and codes of named sides (round 83, agentcode83). Sentences written
for these tests.

A listed office holder's family name alone ("صالحي", "صالحی") written right
after a common given name that is none of his is a namesake: he lends no
state or office (``extract/namesakes.py``)."""

from __future__ import annotations

from casts import every_actor, run


def _names(text: str, lang: str) -> set[str]:
    return {a.name or "" for e in run(text, lang, "2020-05-01").events for a in e.actors}


def test_arabic_namesake_of_a_listed_minister_lends_no_state() -> None:
    # main read the holder's IRN:GOV for another man called Salehi
    actors = every_actor("انتقد محمد صالحي الحكومة الفرنسية.", "ar")
    assert not any(a.startswith("IRN:") for a in actors)


def test_persian_namesake_of_a_listed_minister_lends_no_state() -> None:
    # main read the holder's IRN:GOV for another man called Salehi
    actors = every_actor("محمد صالحی از دولت فرانسه انتقاد کرد.", "fa")
    assert not any(a.startswith("IRN:") for a in actors)
    assert "FRA:GOV" in actors


def test_arabic_family_name_alone_keeps_its_holder() -> None:
    assert "IRN:GOV" in every_actor("انتقد صالحي الحكومة الفرنسية.", "ar")


def test_arabic_full_listed_name_keeps_its_holder() -> None:
    assert "IRN:GOV" in every_actor("انتقد علي أكبر صالحي الحكومة الفرنسية.", "ar")


def test_persian_holder_with_his_own_given_name_kept() -> None:
    assert "IRN:GOV" in every_actor("علی خامنه‌ای از دولت انتقاد کرد.", "fa")


def test_arabic_longer_form_of_a_listed_full_name_kept() -> None:
    # the gazetteer lists "حسني مبارك"; "محمد" before it is his own longer name
    names = _names("أفرجت السلطات المصرية عن الرئيس الأسبق محمد حسني مبارك.", "ar")
    assert any("مبارك" in n for n in names)


def test_english_listed_full_name_kept() -> None:
    actors = every_actor("Adel al-Jubeir met the Egyptian foreign minister in Cairo.", "en")
    assert "SAU:GOV" in actors
