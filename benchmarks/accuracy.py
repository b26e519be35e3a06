"""Dev-set accuracy with the shared scorer, overall and per language.

usage: python benchmarks/accuracy.py [--shared ../shared] [--pred out.jsonl] [--json]

Runs the real pipeline on ``shared/data/dev/docs.jsonl`` and scores it with
``shared/eval/score.py`` (imported, not copied), so the figures are the ones
the issue's thresholds refer to.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

from diplowatch.model import Document
from diplowatch.pipeline import process

THRESHOLDS = {
    # Issue 10: the dev figures may not fall more than 0.02 below those
    # measured before agents and domestic events (0.90, 0.80, 0.75, 0.72, 1.00).
    "parties": 0.88,
    "pairs": 0.78,
    "event_types": 0.73,
    "sectors": 0.70,
    "amounts": 0.98,
    "published_accuracy": 0.98,
}


def load_scorer(shared: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dev_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(shared: Path) -> list[dict]:  # type: ignore[type-arg]
    preds = []
    with open(shared / "data" / "dev" / "docs.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            doc = Document(doc_id=d["id"], text=d["text"], title=d.get("title"), url=d.get("url"))
            preds.append(process(doc).to_dict())
    return preds


def evaluate(shared: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    scorer = load_scorer(shared)
    gold = scorer.load_jsonl(shared / "data" / "dev" / "gold.jsonl")
    preds = predict(shared)
    out = {"all": scorer.score(gold, preds)}
    for lang in sorted({g["lang"] for g in gold}):
        out[lang] = scorer.score([g for g in gold if g["lang"] == lang], preds)
    out["_preds"] = preds  # type: ignore[assignment]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    ap.add_argument("--pred", type=Path, help="also write the predictions here")
    args = ap.parse_args()
    t0 = time.perf_counter()
    res = evaluate(args.shared)
    preds = res.pop("_preds")
    took = time.perf_counter() - t0
    if args.pred:
        with open(args.pred, "w", encoding="utf-8") as f:
            for p in preds:  # type: ignore[attr-defined]
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    fields = ["parties", "pairs", "event_types", "sectors", "amounts"]
    print(f"{'':6}" + "".join(f"{k:>13}" for k in fields) + f"{'published':>11}")
    for name, r in res.items():
        row = "".join(f"{r[k]['f1']:13.3f}" for k in fields)
        print(f"{name:6}{row}{r['published_accuracy']:11.3f}")
    print(f"(F1 per field; {res['all']['documents']} documents in {took:.1f} s)")
    below = [
        k
        for k, v in THRESHOLDS.items()
        if (res["all"][k]["f1"] if k in fields else res["all"][k]) < v
    ]
    if below:
        print("below threshold: " + ", ".join(below))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
