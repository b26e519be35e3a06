"""The issue 11 test set (``tests/data/issue11/<lang>.jsonl``, sentences written
for this project): target dates, page datelines, targets and pledges,
weekday-only planned events, persons named alone, in Arabic, Persian and
English. The checks are ``benchmarks/issue11.py``'s (imported from the repo's
benchmarks/ folder, which is not a package), which also prints pass rates.

Categories listed in ``PENDING`` there wait for the office-holder table
(issue 11 point 1): their cases run as non-strict xfail, so pytest reports
them on their own (``-rxX``: XPASS once they pass) until the lead removes the
category from ``PENDING``.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from types import ModuleType

import pytest

from conftest import ROOT


@cache
def _bench() -> ModuleType:
    path = ROOT / "benchmarks" / "issue11.py"
    spec = importlib.util.spec_from_file_location("diplowatch_bench_issue11", path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _params() -> list[object]:
    bench = _bench()
    params: list[object] = []
    for lang in bench.LANGS:
        for case in bench.load_cases(lang):
            why = bench.PENDING.get(case["category"])
            marks = [pytest.mark.xfail(reason=f"pending: {why}", strict=False)] if why else []
            params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, object]) -> None:
    bench = _bench()
    problems = bench.failures(case, bench.run_case(case))
    assert not problems, f"{case['text']!r}: {problems}"


def test_the_set_is_big_enough_and_well_formed() -> None:
    """At least 60 cases per language, every category present, ids unique."""
    bench = _bench()
    ids: set[str] = set()
    for lang in bench.LANGS:
        cases = bench.load_cases(lang)
        assert len(cases) >= 60, (lang, len(cases))
        assert {c["category"] for c in cases} == set(bench.CATEGORIES), lang
        for case in cases:
            assert case["lang"] == lang and case["expect"], case["id"]
            assert case["id"] not in ids, case["id"]
            ids.add(case["id"])


def test_a_wrong_expectation_is_reported() -> None:
    """The checker itself can fail: a case with a wrong date and sum does."""
    bench = _bench()
    case = {
        "id": "t",
        "lang": "en",
        "category": "money",
        "published": "2024-04-23",
        "text": "Japan pledged $1.5 billion in aid to Ukraine on Monday.",
        "expect": {
            "events": [{"type": "AID", "date": "2024-04-29"}],
            "amounts": [{"value": 1.5e9, "currency": "USD", "kind": "loan"}],
            "published": None,
        },
    }
    problems = bench.failures(case, bench.run_case(case))
    assert len(problems) == 3, problems
