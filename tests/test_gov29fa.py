"""Agents around the government (round 29, gov29fa; sentences written for
these tests).

- Persian "امیر" before an officer's family name with no state written next
  to it is the Iranian armed forces' honorific for generals and admirals: an
  officer (MIL), no head of state; an emir is written with his state ("امیر
  قطر"), as Arabic "أمير قطر" and English "the Emir of Qatar" are, and stays
  his state's head. Arabic and English write the officer with his rank
  ("اللواء", "General"), read as the armed forces already.
"""

from __future__ import annotations

import pytest

from casts import run


def _units(text: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(a.code, a.agent) for e in run(text, lang).events if e.type == etype for a in e.actors}


def _roles(text: str, lang: str) -> set[str | None]:
    return {a.role for e in run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("امیر حیدری با فرمانده نیروی دریایی پاکستان دیدار کرد.", "fa"),
        ("امیر موسوی گفت: ناوگروه ارتش ایران به دریای عمان اعزام شد.", "fa"),
        (
            "امیر رستگار با اشاره به اینکه ارتش ایران آماده است، گفت: ناوشکن‌ها را به دریای سرخ اعزام کرده‌ایم.",
            "fa",
        ),
        ("اللواء حيدري التقى قائد البحرية الباكستانية.", "ar"),
        ("General Heydari met the commander of the Pakistani navy.", "en"),
    ],
)
def test_officer_is_no_head_of_state(text: str, lang: str) -> None:
    assert "head_of_state" not in _roles(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("امیر حیدری با فرمانده نیروی دریایی پاکستان دیدار کرد.", "fa"),
        ("امیر موسوی گفت: ناوگروه ارتش ایران به دریای عمان اعزام شد.", "fa"),
    ],
)
def test_honorific_names_an_officer(text: str, lang: str) -> None:
    agents = {agent for _, agent in _units(text, lang, "CONSULT") | _units(text, lang, "MOBILIZE")}
    assert "MIL" in agents and "GOV" not in agents


@pytest.mark.parametrize(
    ("text", "lang", "etype", "unit"),
    [
        ("امیر قطر با وزیر خارجه ایران دیدار کرد.", "fa", "CONSULT", ("QAT", "GOV")),
        ("امیر کویت از ارسال کمک به سوریه خبر داد.", "fa", "AID", ("KWT", "GOV")),
        ("التقى أمير قطر وزير الخارجية الإيراني.", "ar", "CONSULT", ("QAT", "GOV")),
        ("The Emir of Qatar met the Iranian foreign minister.", "en", "CONSULT", ("QAT", "GOV")),
    ],
)
def test_emir_with_his_state_is_its_head(
    text: str, lang: str, etype: str, unit: tuple[str, str]
) -> None:
    assert unit in _units(text, lang, etype)
    assert "head_of_state" in _roles(text, lang)


# A delegation made of people named after it is theirs, whoever it meets: a
# speaker of parliament who meets "a delegation of the opposition" meets the
# opposition, not the government's envoys.
@pytest.mark.parametrize(
    ("text", "lang", "agent"),
    [
        ("A lawmaker met a delegation of the opposition.", "en", "OPP"),
        ("The speaker of parliament met a delegation of businessmen.", "en", "BUS"),
        ("The speaker met a delegation representing the opposition parties.", "en", "OPP"),
        ("رئیس مجلس با هیئتی از مخالفان دیدار کرد.", "fa", "OPP"),
        ("رئیس مجلس با هیئتی از بازرگانان دیدار کرد.", "fa", "BUS"),
        ("رئیس مجلس با هیئتی به نمایندگی از احزاب مخالف دیدار کرد.", "fa", "OPP"),
        ("التقى رئيس البرلمان وفدا من النقابات.", "ar", "LAB"),
        ("التقى رئيس البرلمان وفدا يمثل الأحزاب السياسية.", "ar", "PTY"),
    ],
)
def test_delegation_made_of_people(text: str, lang: str, agent: str) -> None:
    agents = {a for _, a in _units(text, lang, "CONSULT")}
    assert agents == {"LEG", agent}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The speaker of parliament met a delegation of Iranian officials.", "en"),
        ("رئیس مجلس با هیئتی از مقامات ایرانی دیدار کرد.", "fa"),
        ("التقى رئيس البرلمان وفدا من المسؤولين الإيرانيين.", "ar"),
    ],
)
def test_delegation_of_officials_stays_government(text: str, lang: str) -> None:
    assert ("IRN", "GOV") in _units(text, lang, "CONSULT")


# A word of an event between two titles ends the first: "the president met
# opposition leaders" names two people, not one "president opposition leader".
@pytest.mark.parametrize(
    ("text", "lang", "etype", "agents"),
    [
        ("The president met opposition leaders.", "en", "CONSULT", {"GOV", "OPP"}),
        ("The minister met union leaders.", "en", "CONSULT", {"GOV", "LAB"}),
        ("The president met opposition figures.", "en", "CONSULT", {"GOV", "OPP"}),
        ("الوزير زار رئيس البرلمان الليبي في طرابلس.", "ar", "CONSULT", {"GOV", "LEG"}),
        ("الوزير زار قادة المعارضة في تونس.", "ar", "CONSULT", {"GOV", "OPP"}),
        # Persian puts its verb last: the two titles have no verb between
        ("وزیر کشور با رهبران مخالفان دیدار کرد.", "fa", "CONSULT", {"GOV", "OPP"}),
        ("رئیس‌جمهور با رهبران اتحادیه‌های کارگری دیدار کرد.", "fa", "CONSULT", {"GOV", "LAB"}),
    ],
)
def test_event_word_ends_a_title(text: str, lang: str, etype: str, agents: set[str]) -> None:
    assert {a for _, a in _units(text, lang, etype)} == agents


def test_title_chain_without_event_word_holds() -> None:
    """A chain of titles with no event word between still names one person."""
    units = _units("The spokesman of the Iraqi foreign minister criticised Turkey.", "en", "ACCUSE")
    assert ("IRQ", "GOV") in units and len({u for u in units if u[0] == "IRQ"}) == 1
