"""Endings a listed people noun's own last letters rule out (endings21):
an Arabic noun for people listed with a final "اء" ("الأجراء" wage
earners, "الأطباء" doctors) takes no sound plural, dual or feminine ت
ending (``affixes.LIMITED_ENDINGS``), so "الإجراءات" (measures), also
contracted after "ل" ("للإجراءات"), is no wage earners. Persian and
English name the measures with other words and never read workers there.
Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import run


def _agents(text: str, lang: str) -> set[str]:
    return {a.agent or "" for e in run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "تظاهر السكان ضد الإجراءات الجديدة في صفاقس"),
        ("fa", "ساکنان صفاقس علیه اقدامات جدید تظاهرات کردند"),
        ("en", "Residents of Sfax demonstrated against the new measures."),
        ("ar", "تظاهر الآلاف في تونس رفضا للإجراءات التقشفية"),
        ("fa", "هزاران نفر در تونس در اعتراض به اقدامات ریاضتی تظاهرات کردند"),
        ("en", "Thousands demonstrated in Tunisia against the austerity measures."),
    ],
)
def test_a_crowd_against_measures_is_civilians(lang: str, text: str) -> None:
    assert _agents(text, lang) == {"CVL", "GOV"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أضرب الأطباء في تونس احتجاجا على الإجراءات الجديدة"),
        ("fa", "پزشکان در تونس در اعتراض به اقدامات جدید اعتصاب کردند"),
        ("en", "Doctors in Tunisia went on strike against the new measures."),
    ],
)
def test_doctors_against_measures_are_no_workers(lang: str, text: str) -> None:
    assert _agents(text, lang) == {"HLH", "GOV"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انتقد الوزير التونسي الإجراءات الإدارية الجديدة"),
        ("fa", "وزیر تونسی اقدامات اداری جدید را انتقاد کرد"),
        ("en", "The Tunisian minister criticised the new administrative measures."),
    ],
)
def test_criticised_measures_are_no_side(lang: str, text: str) -> None:
    assert "LAB" not in _agents(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "agent"),
    [
        ("ar", "احتج الأجراء أمام مقر الولاية في صفاقس", "LAB"),
        ("fa", "کارگران مقابل ساختمان استانداری در صفاقس اعتراض کردند", "LAB"),
        ("ar", "أضرب أطباء المستشفى في تونس", "HLH"),
        ("fa", "پزشکان بیمارستان در تونس اعتصاب کردند", "HLH"),
        ("en", "Hospital doctors went on strike in Tunisia.", "HLH"),
        ("ar", "التقى الوزير التونسي بممثلات المنظمات النسائية", "CVL"),
    ],
)
def test_the_people_themselves_stay(lang: str, text: str, agent: str) -> None:
    """The listed noun itself, and its relative adjective ("النسائية":
    women's organisations), keep their agent."""
    assert agent in _agents(text, lang)
