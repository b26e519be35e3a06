"""Agents and roles of named sides (round 83, agentcode83). Sentences
written for these tests.

A deputy's or aide's title, one word of his brief, then the head he serves
("معاون حقوقی رئیس جمهور", "المستشار القانوني لرئيس الجمهورية") names the
deputy, an official, not the head of state (``titles.deputy_role``,
``mention_scan._qualified_chain``, ``context.TITLE_QUALIFIERS``)."""

from __future__ import annotations

from casts import run


def _roles(text: str, lang: str) -> list[str]:
    """The role of every actor of every event, in order ('' for none)."""
    return [a.role or "" for e in run(text, lang, "2020-05-01").events for a in e.actors]


def test_persian_legal_deputy_of_the_president_is_an_official() -> None:
    # main read the president himself (head_of_state)
    roles = _roles("معاون حقوقی رئیس جمهور لبنان از پارلمان این کشور انتقاد کرد.", "fa")
    assert "official" in roles and "head_of_state" not in roles


def test_persian_special_aide_of_the_president_is_an_official() -> None:
    # main read the president himself (head_of_state)
    roles = _roles("دستیار ویژه رئیس جمهور عراق با سفیر ترکیه دیدار کرد.", "fa")
    assert "head_of_state" not in roles


def test_persian_plain_president_stays_head_of_state() -> None:
    roles = _roles("رئیس جمهور لبنان از پارلمان این کشور انتقاد کرد.", "fa")
    assert "head_of_state" in roles


def test_persian_deputy_without_brief_stays_an_official() -> None:
    roles = _roles("معاون رئیس جمهور عراق با سفیر ترکیه دیدار کرد.", "fa")
    assert "head_of_state" not in roles


def test_arabic_legal_adviser_of_the_president_is_an_official() -> None:
    # main read the president himself (head_of_state)
    roles = _roles("التقى المستشار القانوني لرئيس الجمهورية اللبناني السفير التركي.", "ar")
    assert "head_of_state" not in roles


def test_arabic_economic_adviser_of_the_president_is_an_official() -> None:
    # main read the president himself (head_of_state)
    roles = _roles("انتقد المستشار الاقتصادي للرئيس المصري البرلمان.", "ar")
    assert "official" in roles and "head_of_state" not in roles


def test_arabic_president_after_another_adjective_stays_head() -> None:
    # "التونسي" is no brief: the next title is the president himself
    roles = _roles("التقى وزير الخارجية التونسي الرئيس الجزائري في العاصمة.", "ar")
    assert "head_of_state" in roles


def test_english_vice_president_stays_an_official() -> None:
    roles = _roles("The Lebanese vice president criticised parliament.", "en")
    assert "official" in roles and "head_of_state" not in roles


def test_english_president_stays_head_of_state() -> None:
    roles = _roles("The Lebanese president met the Turkish ambassador.", "en")
    assert "head_of_state" in roles
