"""Sentence-level accuracy on hand-annotated corpus sentences (training part).

usage: python benchmarks/corpus_gold.py [--lang ar] [--half tune|test|all] [--errors] [--sides]
                                         [--status]
                                         [--set corpus_gold|events_train|events_heldout]

``benchmarks/data/corpus_gold_<lang>.jsonl`` holds, for sentences of the
corpus's training part (``scripts/training/training_split.py``), the events a
reader annotated by hand — keyed by document id and character offsets, so no
corpus text is stored in the project. The script extracts each whole
document (so the article's context counts as in real use), keeps the events
told by the annotated sentence, and scores them with ``shared/eval/score.py``
(types, parties, pairs, agents per sentence; ``pairs`` are unordered, so
``--sides`` also scores who acts on whom: the F1 of (type, first actor,
other actor) triples, with how many were read the other way round). An
event is told by every
sentence among its ``sentences`` (an article that repeats an event keeps each
repeat as its evidence, ``extract/merged.py``), else by its ``evidence``: an
event found again later in the article is credited there too.

The sentences are those where an earlier extractor fired, so the figures
mostly measure precision on real text. ``--set events_train`` and
``events_heldout`` score instead ``benchmarks/data/events_<set>_<lang>.jsonl``:
full events (types, sides with codes and agents, status) that readers wrote
for the random sentences of ``benchmarks/sentence_labels.py`` (round 55;
a sentence the readers saw no event in has none), split in halves the way
that script splits them; the held-out set is scored, its errors never read. Each predicted event is also judged
the way the precision audit's readers judge (``judge_events``), strictly:
its agents must match the annotation exactly. ``--half tune`` scores the sentences
whose document hash is even (rules may be tuned on them), ``test`` the others.
``--status`` also prints, for predicted events whose type matches a gold event
of their sentence, the share whose status agrees and the confusion of (gold,
predicted) statuses; with ``--errors`` it lists those status disagreements
(tune half) instead of the type and side errors.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from diplowatch.model import Document
from diplowatch.pipeline import process

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
FIELDS = ("event_types", "parties", "pairs", "agents")


def scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("corpus_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def half_of(doc_id: str) -> str:
    return "tune" if int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def labels_half_of(doc_id: str) -> str:
    """The halves of the readers' label sets (``sentence_labels.half_of``)."""
    return "tune" if int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


# which annotated sentences to score: the file prefix and how documents split
SETS = {
    "corpus_gold": ("corpus_gold", half_of),
    "events_train": ("events_train", labels_half_of),
    "events_heldout": ("events_heldout", labels_half_of),
}


def gold_record(row: dict[str, Any]) -> dict[str, Any]:
    """A scorer gold line from an annotated sentence."""
    parties, pairs, types, agents = set(), set(), set(), set()
    for e in row["events"]:
        types.add(e["type"])
        codes = sorted({a["code"] for a in e["actors"] if a.get("code")})
        parties.update(codes)
        pairs.update((a, b) for i, a in enumerate(codes) for b in codes[i + 1 :])
        agents.update(f"{a.get('code') or '-'}:{a['agent']}" for a in e["actors"] if a.get("agent"))
    return {
        "id": row["key"],
        "event_types": sorted(types),
        "parties": sorted(parties),
        "pairs": [list(p) for p in sorted(pairs)],
        "agents": sorted(agents),
        "sectors": [],
        "amounts": [],
        "published": None,
    }


def predictions(keys: list[str], shared: Path) -> dict[str, dict[str, Any]]:
    """Predicted events per sentence key (events one of whose sentences overlaps it)."""
    wanted: dict[str, list[tuple[int, int, str]]] = {}
    for key in keys:
        doc, start, end = key.split("|")
        wanted.setdefault(doc, []).append((int(start), int(end), key))
    out = {key: {"doc_id": key, "events": []} for key in keys}
    with (shared / "data" / "corpus" / "news.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] not in wanted:
                continue
            record = process(Document(d["id"], d["text"], lang=d["lang"], title=d.get("title")))
            for e in record.to_dict()["events"]:
                told = e.get("sentences") or [e.get("evidence") or {}]
                for start, end, key in wanted[d["id"]]:
                    if any(s.get("start", -1) < end and start < s.get("end", -1) for s in told):
                        out[key]["events"].append(e)
    return out


def _units(actors: list[dict[str, Any]]) -> frozenset[tuple[Any, Any]]:
    """The (code, agent) units of an event's actors. A side with neither code
    nor agent is left out: the annotation writes an unnamed side that way, and
    the audit's readers take an unnamed side as one that may simply be absent
    (``audit/READER.md``)."""
    units = {(a.get("code"), a.get("agent")) for a in actors}
    return frozenset(units - {(None, None)})


def judge_events(row: dict[str, Any], predicted: list[dict[str, Any]]) -> list[dict[str, bool]]:
    """Each predicted event judged against the sentence's hand annotation the
    way the precision audit's readers judge: type (an annotated event of that
    type), actors (the same countries and agents as one such event) and
    status (that event's)."""
    out = []
    for e in predicted:
        same_type = [g for g in row["events"] if g["type"] == e["type"]]
        match = [g for g in same_type if _units(g["actors"]) == _units(e["actors"])]
        out.append(
            {
                "type": bool(same_type),
                "actors": bool(match),
                "status": any(g["status"] == e["status"] for g in (match or same_type)),
            }
        )
    return out


def _directed(events: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    """(type, first actor, other actor) of each event: who acts on whom. The
    scorer's ``pairs`` are unordered and miss a swapped doer and target."""
    out = set()
    for e in events:
        units = [(a.get("code"), a.get("agent")) for a in e["actors"]]
        units = [u for u in units if u != (None, None)]
        out.update((e["type"], units[0], u) for u in units[1:] if u != units[0])
    return out


def sides_line(rows: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> str:
    """F1 of directed (type, doer, target) triples, and how many predicted
    triples are annotated the other way round (``--sides``)."""
    tp = fp = fn = swapped = 0
    for r in rows:
        gold, pred = _directed(r["events"]), _directed(preds[r["key"]]["events"])
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        swapped += sum((t, b, a) in gold for t, a, b in pred - gold)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"sides (directed type-doer-target) F1 {f1:.3f}, swapped {swapped} of {tp + swapped}"


def event_precision(rows: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> str:
    verdicts = [v for r in rows for v in judge_events(r, preds[r["key"]]["events"])]
    n = len(verdicts) or 1
    right = sum(v["type"] and v["actors"] and v["status"] for v in verdicts)
    return (
        f"events {len(verdicts)}: type {sum(v['type'] for v in verdicts) / n:.2f}, "
        f"actors {sum(v['actors'] for v in verdicts) / n:.2f}, all right {right / n:.2f}"
    )


def status_agreement(
    rows: list[dict[str, Any]], preds: dict[str, dict[str, Any]]
) -> tuple[int, int, Counter[tuple[str, str]]]:
    """How many predicted events whose type matches a gold event of their
    sentence agree with it on status (``judge_events``' rule: a gold event of
    that type with the same sides if any, else any of that type), of how
    many, and the confusion of (gold, predicted) statuses: the gold status
    is the agreeing one, else that of the first such gold event."""
    agree, total, confusion = 0, 0, Counter[tuple[str, str]]()
    for r in rows:
        for e in preds[r["key"]]["events"]:
            same_type = [g for g in r["events"] if g["type"] == e["type"]]
            if not same_type:
                continue
            match = [g for g in same_type if _units(g["actors"]) == _units(e["actors"])]
            golds = [g["status"] for g in (match or same_type)]
            gold = e["status"] if e["status"] in golds else golds[0]
            total += 1
            agree += gold == e["status"]
            confusion[(gold, e["status"])] += 1
    return agree, total, confusion


def status_line(rows: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> str:
    """Status agreement of type-matched events and its confusion (``--status``)."""
    agree, total, confusion = status_agreement(rows, preds)
    cells = " ".join(f"{g[:3]}>{p[:3]} {n}" for (g, p), n in sorted(confusion.items()))
    return f"status {agree}/{total} = {agree / (total or 1):.3f}  (gold>pred: {cells})"


def status_errors(row: dict[str, Any], predicted: list[dict[str, Any]]) -> list[str]:
    """Lines for the predicted events whose status disagrees with every gold
    event of their type (``--status --errors``, tune half only)."""
    out = []
    for e in predicted:
        _, _, confusion = status_agreement([row], {row["key"]: {"events": [e]}})
        out += [
            f"  status {e['type']} gold {gold} pred {pred} [{e.get('trigger')}]"
            for gold, pred in confusion
            if gold != pred
        ]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("ar", "fa"), action="append")
    ap.add_argument("--half", choices=("tune", "test", "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="list sentences scored wrong (tune half)")
    ap.add_argument("--sides", action="store_true", help="also score who acts on whom")
    ap.add_argument(
        "--status", action="store_true", help="also score status of type-matched events"
    )
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument(
        "--set",
        choices=tuple(SETS),
        default="corpus_gold",
        help="corpus_gold (sentences where an extractor fired), or readers' full events on "
        "random sentences: events_train (may be tuned on, by its tune half) or events_heldout "
        "(score only, never read its errors)",
    )
    args = ap.parse_args()
    if args.errors and args.set == "events_heldout":
        sys.exit("--errors is not for the held-out set")
    prefix, split = SETS[args.set]
    sc = scorer(args.shared)
    print(f"{'':10}" + "".join(f"{k:>13}" for k in FIELDS) + "   (P/R/F1 of types)")
    for lang in args.lang or ("ar", "fa"):
        path = HERE / "data" / f"{prefix}_{lang}.jsonl"
        if not path.exists():
            print(f"{lang}: {path} missing")
            continue
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        preds = predictions([r["key"] for r in rows], args.shared)
        for half in ("tune", "test") if args.half == "all" else (args.half,):
            chosen = [r for r in rows if split(r["key"].split("|")[0]) == half]
            res = sc.score([gold_record(r) for r in chosen], list(preds.values()))
            t = res["event_types"]
            cells = "".join(f"{res[k]['f1']:13.3f}" for k in FIELDS)
            print(
                f"{lang} {half:6}{cells}   "
                f"({t['precision']:.2f}/{t['recall']:.2f}/{t['f1']:.2f}, {len(chosen)} sentences)"
            )
            print(f"{'':10}{event_precision(chosen, preds)}")
            if args.sides:
                print(f"{'':10}{sides_line(chosen, preds)}")
            if args.status:
                print(f"{'':10}{status_line(chosen, preds)}")
        if args.errors:
            for r in rows:
                if split(r["key"].split("|")[0]) != "tune":
                    continue
                g, p = sc.gold_sets(gold_record(r)), sc.pred_sets(preds[r["key"]])
                if args.status:
                    lines = status_errors(r, preds[r["key"]]["events"])
                    print(f"\n{r['key']}\n" + "\n".join(lines) if lines else "", end="")
                    continue
                if any(g[k] != p[k] for k in ("event_types", "parties", "agents")):
                    print(f"\n{r['key']}")
                    for k in ("event_types", "parties", "agents"):
                        if g[k] != p[k]:
                            print(f"  {k:12} gold {sorted(g[k])}  pred {sorted(p[k])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
