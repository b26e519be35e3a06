"""Challenge-set accuracy (ar, fa, en) with the shared scorer, by half.

usage: python benchmarks/challenge.py [--shared ../shared] [--lang ar] [--errors]

Feeds the pipeline only ``id``, ``lang`` and ``text`` of each gold line of
``shared/data/challenge/<lang>.jsonl`` and scores the records with
``shared/eval/score.py``. Figures are given for the whole set, the odd ids
(the half rules may be tuned on) and the even ids (the held-out half).
``--errors`` lists the sentences whose types, parties or agents differ.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

from diplowatch.model import Document
from diplowatch.pipeline import process

FIELDS = ("event_types", "parties", "pairs", "agents", "sectors", "amounts")
THRESHOLDS = {"event_types": 0.75, "parties": 0.85, "agents": 0.70}
LANGS = ("ar", "fa", "en")


def load_scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("challenge_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def number(doc_id: str) -> int:
    return int(doc_id.rsplit("-", 1)[-1])


def predict(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records for the gold lines, given only what an input line would carry."""
    return [
        process(Document(doc_id=g["id"], text=g["text"], lang=g["lang"])).to_dict() for g in gold
    ]


def evaluate(shared: Path, langs: tuple[str, ...] = LANGS) -> dict[str, Any]:
    """Scores per language and half: {lang: {"all"|"odd"|"even": score}}."""
    scorer = load_scorer(shared)
    out: dict[str, Any] = {}
    for lang in langs:
        gold = scorer.load_jsonl(shared / "data" / "challenge" / f"{lang}.jsonl")
        preds = predict(gold)
        out[lang] = {
            "all": scorer.score(gold, preds),
            "odd": scorer.score([g for g in gold if number(g["id"]) % 2], preds),
            "even": scorer.score([g for g in gold if not number(g["id"]) % 2], preds),
            "_gold": gold,
            "_preds": preds,
        }
    return out


def _errors(
    gold: list[dict[str, Any]], preds: list[dict[str, Any]], scorer: Any, half: str
) -> None:
    by_id = {p["doc_id"]: p for p in preds}
    parity = {"odd": 1, "even": 0}.get(half)
    for g in gold:
        if parity is not None and number(g["id"]) % 2 != parity:
            continue
        p = by_id[g["id"]]
        gs, ps = scorer.gold_sets(g), scorer.pred_sets(p)
        diffs = [k for k in ("event_types", "parties", "agents") if gs[k] != ps[k]]
        if not diffs:
            continue
        print(f"\n{g['id']}: {g['text'][:300]}")
        for k in diffs:
            print(f"  {k:12} gold {sorted(gs[k])}  pred {sorted(ps[k])}")
        for e in p.get("events", []):
            acts = [f"{a.get('code')}:{a.get('agent')}" for a in e["actors"]]
            print(f"  -> {e['type']} {e['status']} {acts} [{e.get('trigger')}]")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    ap.add_argument("--lang", choices=LANGS, action="append")
    ap.add_argument("--errors", action="store_true", help="list the sentences scored wrong")
    ap.add_argument(
        "--half",
        choices=("odd", "even", "all"),
        default="odd",
        help="which ids --errors lists (default: odd, the half rules may be tuned on)",
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    res = evaluate(args.shared, tuple(args.lang or LANGS))
    took = time.perf_counter() - t0
    if args.errors:
        scorer = load_scorer(args.shared)
        for r in res.values():
            _errors(r["_gold"], r["_preds"], scorer, args.half)
    if args.json:
        print(
            json.dumps(
                {
                    lang: {h: {k: r[h][k]["f1"] for k in FIELDS} for h in ("all", "odd", "even")}
                    for lang, r in res.items()
                }
            )
        )
        return 0
    print(f"{'':9}" + "".join(f"{k:>13}" for k in FIELDS))
    below = []
    for lang, r in res.items():
        for half in ("all", "odd", "even"):
            row = "".join(f"{r[half][k]['f1']:13.3f}" for k in FIELDS)
            print(f"{lang} {half:5}{row}")
            below += [f"{lang}/{half}/{k}" for k, v in THRESHOLDS.items() if r[half][k]["f1"] < v]
    print(f"(F1 per field; {took:.1f} s)")
    if below:
        print("below threshold: " + ", ".join(below))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
