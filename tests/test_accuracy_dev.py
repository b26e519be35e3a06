"""Dev-set accuracy against the issue's thresholds, with the shared scorer.

Runs ``benchmarks/accuracy.py``'s ``evaluate`` (imported from the repo's
benchmarks/ folder, which is not a package) once per session. Skipped with
a reason when ../shared (dev data and scorer) is absent.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import ROOT, shared_path

THRESHOLDS = {
    # Issue 10: the dev figures may not fall more than 0.02 below those
    # measured before agents and domestic events (0.90, 0.80, 0.75, 0.72, 1.00).
    "parties": 0.88,
    "pairs": 0.78,
    "event_types": 0.73,
    "sectors": 0.70,
    "amounts": 0.98,
}
PUBLISHED_THRESHOLD = 0.98


@cache
def _benchmark() -> ModuleType:
    path = ROOT / "benchmarks" / "accuracy.py"
    spec = importlib.util.spec_from_file_location("diplowatch_bench_accuracy", path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _evaluate(shared: Path) -> dict[str, Any]:
    return _benchmark().evaluate(shared)


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    shared = shared_path()
    shared_path("data", "dev", "docs.jsonl")
    shared_path("eval", "score.py")
    return _evaluate(shared)


def _figures(res: dict[str, Any]) -> str:
    overall = res["all"]
    parts = [f"{k}={overall[k]['f1']:.3f}" for k in THRESHOLDS]
    return ", ".join(parts) + f", published={overall['published_accuracy']:.3f}"


def test_dev_set_meets_every_threshold(results: dict[str, Any]) -> None:
    overall = results["all"]
    below = {k: round(overall[k]["f1"], 3) for k, t in THRESHOLDS.items() if overall[k]["f1"] < t}
    if overall["published_accuracy"] < PUBLISHED_THRESHOLD:
        below["published"] = round(overall["published_accuracy"], 3)
    assert not below, f"below threshold: {below} (all figures: {_figures(results)})"


def test_the_benchmark_uses_the_same_thresholds() -> None:
    bench = _benchmark().THRESHOLDS
    assert {k: v for k, v in bench.items() if k in THRESHOLDS} == THRESHOLDS
    assert bench["published_accuracy"] == PUBLISHED_THRESHOLD


def test_detected_language_matches_the_dev_label(results: dict[str, Any]) -> None:
    docs_path = shared_path("data", "dev", "docs.jsonl")
    with open(docs_path, encoding="utf-8") as f:
        labels = {d["id"]: d["lang"] for d in map(json.loads, f)}
    preds = {p["doc_id"]: p["lang"] for p in results["_preds"]}
    assert preds.keys() == labels.keys()
    wrong = {i: (labels[i], preds[i]) for i in labels if labels[i] != preds[i]}
    assert not wrong, wrong


def test_published_accuracy(results: dict[str, Any]) -> None:
    assert results["all"]["published_accuracy"] >= PUBLISHED_THRESHOLD, _figures(results)
    assert results["all"]["documents"] == len(results["_preds"])


def test_no_publication_date_where_the_gold_has_none(results: dict[str, Any]) -> None:
    """Issue 11: page residue is read, but a document whose text gives no
    date of its own (gold ``published`` null) must not get one."""
    gold_path = shared_path("data", "dev", "gold.jsonl")
    with open(gold_path, encoding="utf-8") as f:
        undated = {g["id"] for g in map(json.loads, f) if not g.get("published")}
    dated = {p["doc_id"]: p["published"] for p in results["_preds"] if p["doc_id"] in undated}
    assert not {k: v for k, v in dated.items() if v}, "dated documents whose gold has no date"
