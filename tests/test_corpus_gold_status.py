"""``benchmarks/corpus_gold.py --status`` (status57): the share of predicted
events whose type matches a gold event of their sentence that agree with it
on status, and the confusion of (gold, predicted) statuses, on a tiny gold
file made up here (no corpus text: the predictions are given, not extracted)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus_gold.py"


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("corpus_gold_bench", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLD = [
    {
        "key": "d1|0|50",
        "events": [
            {"type": "CONSULT", "status": "planned", "actors": [{"code": "IRN", "agent": "GOV"}]},
            {"type": "ASSAULT", "status": "reported", "actors": [{"code": "SYR", "agent": "MIL"}]},
        ],
    },
    {
        "key": "d2|0|40",
        "events": [
            {"type": "COERCE", "status": "reported", "actors": [{"code": "TUR", "agent": "COP"}]},
            {"type": "COERCE", "status": "planned", "actors": [{"code": "IRQ", "agent": "COP"}]},
        ],
    },
]


def _event(etype: str, status: str, code: str, agent: str) -> dict[str, Any]:
    return {"type": etype, "status": status, "actors": [{"code": code, "agent": agent}]}


PREDS = {
    "d1|0|50": {
        "events": [
            _event("CONSULT", "reported", "IRN", "GOV"),  # wrong: a planned meeting
            _event("ASSAULT", "reported", "SYR", "MIL"),  # right
            _event("PROTEST", "reported", "SYR", "CVL"),  # no gold of its type: not counted
        ]
    },
    # sides match the planned one: its status is the one judged
    "d2|0|40": {"events": [_event("COERCE", "reported", "IRQ", "COP")]},
}


def test_status_agreement_on_a_made_up_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    bench = _bench()
    agree, total, confusion = bench.status_agreement(rows, PREDS)
    assert (agree, total) == (1, 3)
    assert confusion == {("planned", "reported"): 2, ("reported", "reported"): 1}
    line = bench.status_line(rows, PREDS)
    assert line.startswith("status 1/3 = 0.333") and "pla>rep 2" in line


def test_status_errors_lists_only_disagreements() -> None:
    bench = _bench()
    lines = bench.status_errors(GOLD[0], PREDS["d1|0|50"]["events"])
    assert lines == ["  status CONSULT gold planned pred reported [None]"]


def test_unmatched_sides_fall_back_to_any_of_the_type() -> None:
    """A predicted event whose sides match no gold event is judged against
    every gold event of its type: agreeing with one of them is agreement."""
    bench = _bench()
    preds = {"d2|0|40": {"events": [_event("COERCE", "planned", "SYR", "COP")]}}
    agree, total, confusion = bench.status_agreement([GOLD[1]], preds)
    assert (agree, total) == (1, 1) and confusion == {("planned", "planned"): 1}
