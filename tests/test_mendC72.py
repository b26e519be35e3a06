"""Review mends of round 72 (mendC72; every sentence written for these tests).

A building after a person of it is his affiliation, not the scene ("أستاذة
بجامعة الكويت", "استادی در دانشگاه شیراز"); a harm noun inflicted must stand
right before "به" with no place after it ("برای بررسی خسارات سیل به تهران
وارد شد" is an arrival); a family named by its ruling house is no hosted
crowd; a danger after a preposition ("در بحران کنونی") or a relative after
one ("به خاطر آنچه") is no subject that threatens.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casts import run
from diplowatch import lang
from diplowatch.lang import LanguageDataError, languages
from diplowatch.lang.agent_fields import language_field
from test_lang_registry import TOY, _copy, lang_folder  # noqa: F401 (a fixture)


def _cast(text: str, lang: str, etype: str) -> list[list[str]]:
    return [
        [f"{a.code}:{a.agent}" for a in e.actors] for e in run(text, lang).events if e.type == etype
    ]


@pytest.mark.parametrize(
    ("text", "lang", "etype", "first"),
    [
        ("ناشدت أستاذة بجامعة الكويت الحكومة وقف الترحيل.", "ar", "REQUEST", "KWT:EDU"),
        (
            "طالب أستاذ القانون الدولي بجامعة دمشق الحكومة بالإفراج عن المعتقلين.",
            "ar",
            "REQUEST",
            "SYR:EDU",
        ),
        (
            "استادی در دانشگاه شیراز از دولت خواست دانشجویان را آزاد کند.",
            "fa",
            "REQUEST",
            "IRN:EDU",
        ),
        # guards: English read the affiliation so before
        (
            "A professor at a university in Baghdad urged the government to free the detainees.",
            "en",
            "REQUEST",
            "IRQ:EDU",
        ),
        (
            "Doctors at a hospital in Kabul urged the Taliban to free the nurses.",
            "en",
            "REQUEST",
            "AFG:HLH",
        ),
    ],
)
def test_affiliated_building_is_a_side(text: str, lang: str, etype: str, first: str) -> None:
    assert [c[0] for c in _cast(text, lang, etype)] == [first]


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # the scene of a deed stays a scene (guards)
        ("اعتقلت الشرطة التركية رجلا بمسجد في أنقرة.", "ar", "COERCE"),
        ("قتل ثلاثة أشخاص في هجوم بمستشفى في كابول.", "ar", "ASSAULT"),
        ("Police fired shots at a hospital in Kabul and wounded a guard.", "en", "ASSAULT"),
    ],
)
def test_scene_stays_no_side(text: str, lang: str, etype: str) -> None:
    casts = _cast(text, lang, etype)
    assert casts
    assert not any(a.split(":")[1] in {"EDU", "HLH", "REL"} for c in casts for a in c)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("هیئت عراقی برای بررسی خسارات سیل به تهران وارد شد.", "CONSULT"),
        ("سربازان ترکیه پس از تلفات سنگین به سوریه وارد شدند.", "MOBILIZE"),
    ],
)
def test_harm_before_a_place_is_an_entry(text: str, etype: str) -> None:
    assert {e.type for e in run(text, "fa").events} == {etype}


def test_harm_inflicted_stays_no_entry() -> None:
    """Guard: the harm right before "به" and whom it hits."""
    types = {e.type for e in run("ارتش خسارات سنگینی به شورشیان وارد کرد.", "fa").events}
    assert not types & {"MOBILIZE", "CONSULT"}


def test_ruling_family_hosted_is_a_meeting() -> None:
    got = _cast("پادشاه اردن از خانواده سلطنتی عمان در امان میزبانی کرد.", "fa", "CONSULT")
    assert got == [["JOR:GOV", "OMN:None"]]


def test_refugee_families_hosted_stay_no_meeting() -> None:
    """Guard: families of refugees are still a crowd sheltered."""
    assert not _cast("ترکیه از خانواده‌های پناهندگان سوری میزبانی کرد.", "fa", "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "در بحران کنونی، روسیه اوکراین را تهدید کرد.",
        "روسیه اوکراین را به خاطر آنچه تحریک ناتو خواند به حمله تهدید کرد.",
    ],
)
def test_danger_after_preposition_is_no_subject(text: str) -> None:
    assert _cast(text, "fa", "THREATEN") == [["RUS:None", "UKR:None"]]


@pytest.mark.parametrize(
    "text",
    [
        "بحران اقتصادی ایران را تهدید می‌کند.",
        "آنچه عراق را تهدید می‌کند خشکسالی است.",
        "اما آنچه بیشتر سوریه را تهدید می‌کند، گرسنگی است.",
    ],
)
def test_danger_that_opens_its_clause_stays_no_threat(text: str) -> None:
    """Guards: the danger is still the subject."""
    assert not _cast(text, "fa", "THREATEN")


def test_an_unknown_language_code_is_refused() -> None:
    """ "zz" is no folder: refused, not given every default."""
    with pytest.raises(LanguageDataError, match="unknown language folder 'zq'"):
        language_field("zq", "AGENT_NOUNS")
    assert language_field("", "HELD_REACH") == 0  # no language: the defaults


def test_a_misspelt_agents_field_is_refused_with_its_folder(
    lang_folder: Path,  # noqa: F811 (the fixture imported above)
) -> None:
    """The registry's folder check refuses the stray name, before any
    extraction reads the table."""
    folder = _copy(TOY, lang_folder, "zx")
    init = folder / "__init__.py"
    text = init.read_text(encoding="utf-8").replace('"actors",', '"actors",\n        "agents",')
    init.write_text(text, encoding="utf-8")
    (folder / "agents.py").write_text("HELD_VERB: tuple[str, ...] = ()\n", encoding="utf-8")
    lang.add_folder(lang_folder)
    with pytest.raises(LanguageDataError, match="HELD_VERB not declared"):
        languages()
