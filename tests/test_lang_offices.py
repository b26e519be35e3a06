"""The office-holder table: validity of the shipped data, and the resolver.

Dates and people in the resolver tests are public facts chosen to exercise
each rule: a change of office (prime minister -> president, deputy foreign
minister -> foreign minister), a gap between terms (former), a date before
any term (upcoming), two offices at once, imprecise dates.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from diplowatch.lang import languages, office_checks, offices
from diplowatch.text.normalize import normalize_phrase

ROOT = Path(__file__).resolve().parents[1]


# -- the shipped table -------------------------------------------------


@pytest.fixture(scope="module")
def report() -> office_checks.Report:
    return office_checks.validate(fold=normalize_phrase)


def test_shipped_table_is_valid(report: office_checks.Report) -> None:
    assert report.errors == []


def test_every_un_member_has_the_three_current_offices(report: office_checks.Report) -> None:
    excused = {code for code, _ in office_checks.EXCUSED}
    assert report.members == 193
    assert report.covered >= report.members - len(excused)
    for (code, role), reason in office_checks.EXCUSED.items():
        assert reason.strip(), f"{code} {role}: an excused gap needs a reason"


def test_every_person_has_names_in_every_language(report: office_checks.Report) -> None:
    assert offices.languages() == languages()
    for lang in languages():
        assert report.names[lang] >= report.persons


def test_table_states_its_as_of_date_and_source() -> None:
    assert offices.as_of() is not None
    assert "hand" in offices.header()["source"]


def test_generated_files_are_up_to_date() -> None:
    """Same check as `scripts/build_offices.py --check`: sources and TSVs agree."""
    spec = importlib.util.spec_from_file_location(
        "build_offices", ROOT / "scripts/build_offices.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_offices"] = module
    spec.loader.exec_module(module)
    outputs, problems = module.build()
    assert problems == []
    for path, text in outputs.items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: rerun the script"


def test_every_person_of_the_old_persons_tables_is_kept() -> None:
    sources = Path(__file__).resolve().parents[1] / "scripts" / "offices"
    for lang in ("ar", "fa", "en"):
        lines = (sources / f"legacy_{lang}.tsv").read_text(encoding="utf-8").splitlines()
        old = [line.split("\t")[1] for line in lines if line and not line.startswith("#")]
        assert len(old) > 300
        table = offices.names(lang)
        missing = [form for form in old if form not in table]
        assert missing == [], f"{lang}: {missing[:5]}"


# -- the validator on data made for the test ---------------------------


def _term(person: str, role: str, start: str, end: str | None, note: str = "") -> offices.Term:
    return offices.Term(person, person, "XYZ", role, role, "GOV", start, end, note=note)


def test_validator_reports_overlapping_terms_of_one_office() -> None:
    report = office_checks.Report()
    terms = (
        _term("a", "head_of_state", "2001-01-01", "2005-06-30"),
        _term("b", "head_of_state", "2005-03-01", None),
    )
    office_checks._check_overlaps(terms, report)
    assert len(report.errors) == 1 and "overlaps" in report.errors[0]


def test_validator_accepts_handover_days_imprecise_dates_and_shared_offices() -> None:
    report = office_checks.Report()
    terms = (
        _term("a", "head_of_state", "2001-01-01", "2005-06"),  # month precision
        _term("b", "head_of_state", "2005-06-15", "2010-02-01"),
        _term("c", "head_of_state", "2010-02-01", None),  # same-day handover
        _term("d", "head_of_state", "2012", None, note="shared office"),
        _term("e", "deputy_minister", "2012", None),
        _term("f", "deputy_minister", "2013", None),  # several deputies at once
    )
    office_checks._check_overlaps(terms, report)
    assert report.errors == []


def test_validator_reports_bad_dates_roles_and_codes() -> None:
    report = office_checks.Report()
    bad = (
        offices.Term("a", "A", "XYZ", "king", "king", "GOV", "2001-13-01", None),
        offices.Term("b", "B", "KOR", "minister", "m", "ARMY", "2005", "2004"),
    )
    office_checks._check_rows(bad, report)
    text = " ".join(report.errors)
    assert "not a date" in text or "month" in text
    assert "role 'king' is not a spec role" in text
    assert "code 'XYZ' is not an actor code" in text
    assert "ends 2004 before it starts 2005" in text
    assert "agent 'ARMY' is not a spec agent" in text


def test_history_chain_allows_short_gaps_only() -> None:
    since, day = date(2000, 1, 1), date(2025, 1, 1)
    ok = [_term("a", "x", "1999", "2010-01-01"), _term("b", "x", "2010-03-01", None)]
    gap = [_term("a", "x", "1999", "2010-01-01"), _term("b", "x", "2011-01-01", None)]
    assert office_checks._chain_reaches(ok, since, day)
    assert not office_checks._chain_reaches(gap, since, day)
    assert not office_checks._chain_reaches(ok[1:], since, day)


# -- dates -------------------------------------------------------------


def test_date_bounds_by_precision() -> None:
    assert offices.date_bounds("2019") == (date(2019, 1, 1), date(2019, 12, 31))
    assert offices.date_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert offices.date_bounds("2021-08-25") == (date(2021, 8, 25),) * 2
    for bad in ("2019-5", "19", "2019/05/01", "2019-02-30", ""):
        with pytest.raises(ValueError):
            offices.date_bounds(bad)


# -- the resolver ------------------------------------------------------


def test_prime_minister_then_president() -> None:
    assert offices.resolve("recep-tayyip-erdogan", date(2010, 6, 1)).role == "head_of_government"
    later = offices.resolve("recep-tayyip-erdogan", date(2016, 6, 1))
    assert (later.code, later.role, later.former) == ("TUR", "head_of_state", False)
    both = offices.resolve("recep-tayyip-erdogan", date(2020, 6, 1))
    assert both.role == "head_of_state" and ("TUR", "head_of_government") in both.also


def test_deputy_foreign_minister_then_foreign_minister() -> None:
    deputy = offices.resolve("abbas-araghchi", date(2019, 5, 1))
    assert (deputy.role, deputy.former) == ("deputy_minister", False)
    between = offices.resolve("abbas-araghchi", date(2023, 1, 1))
    assert (between.role, between.former, between.upcoming) == ("deputy_minister", True, False)
    minister = offices.resolve("abbas-araghchi", date(2025, 3, 1))
    assert (minister.code, minister.role, minister.agent, minister.former) == (
        "IRN",
        "foreign_minister",
        "GOV",
        False,
    )


def test_out_of_office_keeps_the_role_as_former() -> None:
    karzai = offices.resolve("hamid-karzai", date(2018, 1, 1))
    assert (karzai.code, karzai.role, karzai.former) == ("AFG", "head_of_state", True)
    assert karzai.end == "2014-09-29"


def test_before_the_first_term_is_upcoming() -> None:
    early = offices.resolve("masoud-pezeshkian", date(2020, 1, 1))
    assert early.former and early.upcoming and early.role == "head_of_government"


def test_no_date_gives_the_latest_term() -> None:
    assert offices.resolve("abbas-araghchi").role == "foreign_minister"
    assert offices.resolve("abbas-araghchi").former is False
    merkel = offices.resolve("angela-merkel")
    assert merkel.former and merkel.end == "2021-12-08"


def test_military_office_gives_the_mil_agent() -> None:
    assert offices.resolve("mohammad-bagheri", date(2020, 1, 1)).agent == "MIL"
    assert offices.resolve("mohamed-hamdan-dagalo", date(2024, 1, 1)).agent == "REB"
    assert offices.resolve("mohamed-hamdan-dagalo", date(2020, 1, 1)).agent == "GOV"
    judge = offices.resolve("ebrahim-raisi", date(2020, 1, 1))
    assert (judge.role, judge.agent) == ("official", "JUD")
    assert offices.resolve("ebrahim-raisi", date(2022, 1, 1)).role == "head_of_government"


def test_igo_heads_carry_the_igo_code() -> None:
    held = offices.resolve("antonio-guterres", date(2010, 1, 1))
    assert (held.code, held.role) == ("UNHCR", "official")
    assert offices.resolve("antonio-guterres", date(2020, 1, 1)).code == "UN"
    assert offices.resolve("antonio-guterres", date(2000, 1, 1)).code == "PRT"


def test_unknown_person_raises() -> None:
    with pytest.raises(offices.UnknownPerson):
        offices.resolve("nobody-at-all")


def test_holders_of_an_office_on_a_date() -> None:
    people = {t.person for t in offices.holders("USA", "foreign_minister", date(2019, 1, 1))}
    assert people == {"mike-pompeo"}


# -- names -------------------------------------------------------------


def test_names_are_raw_forms_in_each_script() -> None:
    ar, fa, en = offices.names("ar"), offices.names("fa"), offices.names("en")
    assert "anwar-ibrahim" in ar["أنور إبراهيم"]
    assert "anwar-ibrahim" in ar["انور ابراهيم"]  # hamza-less variant
    assert "recep-tayyip-erdogan" in en["Erdoğan"] and "recep-tayyip-erdogan" in en["Erdogan"]
    assert "hibatullah-akhundzada" in fa["هبت\u200cالله آخوندزاده"]  # with ZWNJ
    assert "hibatullah-akhundzada" in fa["هبتالله آخوندزاده"]  # joined
    assert "william-ruto" in fa["ویلیام روتو"] and "william-ruto" in fa["ويليام روتو"]
    assert offices.names("xx") == {}


def test_ambiguous_forms_are_marked() -> None:
    rows = [r for r in offices.name_rows("ar") if r["name"] == "المالكي"]
    assert rows and all(r["ambiguous"] == "1" for r in rows)
