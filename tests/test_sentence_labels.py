"""The hand labels of random corpus sentences and their benchmark.

``benchmarks/sentence_labels.py`` scores sentence-level event types against
readers' labels; the label files are kept with the project, so they must
hold keys and labels only (no corpus text) and only the contract's types.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from diplowatch.event_types import CODES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
FILES = sorted(DATA.glob("labels_*_*.jsonl"))
KEY = re.compile(r"^(ar|fa)-[\w.-]+\|\d+\|\d+$")
LETTERS = re.compile(r"[\u0600-\u06ff]")


def _bench():
    spec = importlib.util.spec_from_file_location(
        "sentence_labels", ROOT / "benchmarks" / "sentence_labels.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # a dataclass needs its module registered
    spec.loader.exec_module(mod)
    return mod


def test_four_label_files_are_kept() -> None:
    names = {f.name for f in FILES}
    assert names == {
        f"labels_{s}_{lang}.jsonl" for s in ("train", "heldout") for lang in ("ar", "fa")
    }


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_label_files_hold_keys_and_types_only(path: Path) -> None:
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        assert not LETTERS.search(line), "a label line must not carry corpus text"
        row = json.loads(line)
        assert set(row) == {"key", "types", "planned", "negated", "sure"}
        assert KEY.match(row["key"]) and row["key"] not in keys
        keys.add(row["key"])
        doc, start, end = row["key"].rsplit("|", 2)
        assert int(start) < int(end)
        assert path.name.endswith(f"_{doc[:2]}.jsonl")
        for field in ("types", "planned", "negated"):
            assert row[field] == sorted(set(row[field]))
            assert set(row[field]) <= set(CODES)


def test_train_and_heldout_share_no_document() -> None:
    docs = {}
    for kind in ("train", "heldout"):
        docs[kind] = {
            json.loads(x)["key"].rsplit("|", 2)[0]
            for f in DATA.glob(f"labels_{kind}_*.jsonl")
            for x in f.read_text(encoding="utf-8").splitlines()
        }
    assert docs["train"] and docs["heldout"]
    assert not docs["train"] & docs["heldout"]


def test_score_counts_types_per_sentence_whatever_the_status(tmp_path: Path) -> None:
    bench = _bench()
    path = tmp_path / "labels.jsonl"
    rows = [
        {
            "key": "fa-a|0|10",
            "types": ["ACCUSE"],
            "planned": ["CONSULT"],
            "negated": [],
            "sure": True,
        },
        {"key": "fa-b|5|9", "types": [], "planned": [], "negated": [], "sure": False},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    labels = bench.read_labels(path, "fa")
    assert labels[0].types == frozenset({"ACCUSE", "CONSULT"})
    assert len(bench.read_labels(path, "fa", sure_only=True)) == 1
    pred = {("fa-a", 0): frozenset({"ACCUSE", "ASSAULT"}), ("fa-b", 5): frozenset({"PROTEST"})}
    counts = bench.score(labels, pred)
    assert counts[("fa", "all")] == [1, 2, 1]
    p, r, f = bench.prf(1, 2, 1)
    assert (round(p, 3), r, round(f, 3)) == (0.333, 0.5, 0.4)


def test_halves_split_documents_not_sentences() -> None:
    bench = _bench()
    assert bench.half_of("ar-x-1") == bench.half_of("ar-x-1")
    halves = {bench.half_of(f"fa-doc-{i}") for i in range(40)}
    assert halves == {"tune", "test"}


EVENT_FILES = sorted(DATA.glob("events_*_*.jsonl"))
CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")  # ISO alpha-3 or an organisation (G7)
STATUSES = {"reported", "planned", "negated"}


def test_four_event_files_cover_the_labelled_sentences() -> None:
    assert {f.name for f in EVENT_FILES} == {
        f"events_{s}_{lang}.jsonl" for s in ("train", "heldout") for lang in ("ar", "fa")
    }
    for path in EVENT_FILES:
        labels = DATA / path.name.replace("events_", "labels_")
        label_keys = [json.loads(x)["key"] for x in labels.read_text(encoding="utf-8").splitlines()]
        keys = [json.loads(x)["key"] for x in path.read_text(encoding="utf-8").splitlines()]
        assert keys == label_keys


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: p.name)
def test_event_files_hold_the_contract_and_no_text(path: Path) -> None:
    from diplowatch.model import AGENTS

    for line in path.read_text(encoding="utf-8").splitlines():
        assert not LETTERS.search(line), "an event line must not carry corpus text"
        row = json.loads(line)
        assert set(row) == {"key", "events", "sure"}
        for event in row["events"]:
            assert event["type"] in CODES and event["status"] in STATUSES
            assert event["actors"]
            for actor in event["actors"]:
                assert actor["code"] is None or CODE.match(actor["code"])
                assert actor["agent"] is None or actor["agent"] in AGENTS
