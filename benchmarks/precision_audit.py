"""Precision audit: events drawn at random from the corpus, to be judged by reading.

usage:
  python benchmarks/precision_audit.py sample [--seed 2026] [--per-lang 50] -o audit.jsonl
  python benchmarks/precision_audit.py score audit.jsonl JUDGEMENTS.jsonl

``sample`` extracts the corpus (``shared/data/corpus/news.jsonl``) except
the fifth that may train learned components (``scripts/training/
training_split.py``: the audit must not judge what a model was fitted on),
draws ``--per-lang`` events per language (ar, fa) with a fixed seed and
writes one line per event: a key (doc id, event index), the event (type,
status, actors with agents) and its evidence sentence, for a reader.

``score`` reads the reader's judgements — one line per key with
``type_ok``, ``actors_ok``, ``status_ok`` (booleans) and ``why`` (the
reader's own words) — and prints the share of events with all three right,
per language, and the list of the wrong ones. The judgements file holds no
corpus text, so it can be kept with the project; the sample file holds
evidence sentences and stays outside it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from diplowatch.model import Document
from diplowatch.pipeline import process

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "training"))
from training_split import is_training  # noqa: E402

LANGS = ("ar", "fa")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _actor(a: dict[str, Any]) -> str:
    label = f"{a.get('code') or '-'}:{a.get('agent') or '∅'}"
    if a.get("former"):
        label += " former"  # out of office on the article's date (the output says so)
    if a.get("role"):
        label += f" ({a['role']}{': ' + a['name'] if a.get('name') else ''})"
    return label


def sample(corpus: Path, seed: int, per_lang: int) -> list[dict[str, Any]]:
    """``per_lang`` random events per language, in a reproducible order."""
    pool: dict[str, list[dict[str, Any]]] = {lang: [] for lang in LANGS}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            d = json.loads(line)
            if is_training(d["id"]):
                continue
            doc = Document(d["id"], d["text"], lang=d.get("lang"), title=d.get("title"))
            record = process(doc)
            if record.lang not in pool:
                continue
            for i, e in enumerate(record.events):
                pool[record.lang].append(
                    {
                        "key": f"{record.doc_id}#{i}",
                        "lang": record.lang,
                        "type": e.type,
                        "status": e.status,
                        "actors": [_actor(a.__dict__) for a in e.actors],
                        "trigger": e.trigger,
                        "counts": e.counts,
                        "evidence": e.evidence.text if e.evidence else "",
                    }
                )
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for lang in LANGS:
        out += rng.sample(pool[lang], min(per_lang, len(pool[lang])))
    return out


def score(judged: list[dict[str, Any]]) -> dict[str, Any]:
    """Share of events whose type, actors and status are all right, per language."""
    result: dict[str, Any] = {}
    for lang in (*LANGS, "all"):
        rows = [j for j in judged if lang == "all" or j["key_lang"] == lang]
        right = [j for j in rows if j["type_ok"] and j["actors_ok"] and j["status_ok"]]
        result[lang] = {
            "n": len(rows),
            "all_right": len(right),
            "share": len(right) / len(rows) if rows else 0.0,
            "type_ok": sum(j["type_ok"] for j in rows),
            "actors_ok": sum(j["actors_ok"] for j in rows),
            "status_ok": sum(j["status_ok"] for j in rows),
        }
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="draw events to judge")
    s.add_argument("--seed", type=int, default=2026)
    s.add_argument("--per-lang", type=int, default=50)
    s.add_argument("--corpus", type=Path, default=SHARED / "data" / "corpus" / "news.jsonl")
    s.add_argument("-o", "--out", type=Path, required=True)
    c = sub.add_parser("score", help="summarise a reader's judgements")
    c.add_argument("sample_file", type=Path)
    c.add_argument("judgements", type=Path)
    args = ap.parse_args()
    if args.cmd == "sample":
        rows = sample(args.corpus, args.seed, args.per_lang)
        with args.out.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(rows)} events written to {args.out} (seed {args.seed})")
        return 0
    langs = {}
    with args.sample_file.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            langs[row["key"]] = row["lang"]
    judged = []
    with args.judgements.open(encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            j["key_lang"] = langs[j["key"]]
            judged.append(j)
    res = score(judged)
    for lang, r in res.items():
        print(
            f"{lang:4} {r['all_right']}/{r['n']} = {r['share']:.0%} all right "
            f"(type {r['type_ok']}, actors {r['actors_ok']}, status {r['status_ok']})"
        )
    for j in judged:
        if not (j["type_ok"] and j["actors_ok"] and j["status_ok"]):
            print(f"  wrong {j['key']}: {j.get('why', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
