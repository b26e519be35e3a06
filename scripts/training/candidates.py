#!/usr/bin/env python3
"""Dump the extractor's events on the training part of the corpus, for labelling.

usage: python scripts/training/candidates.py --lang ar -o /work/labels/candidates_ar.jsonl

The training part is the corpus documents ``training_split.is_training``
picks (a fixed fifth, by a hash of the id), never a dev document nor a
document a challenge sentence was cut from. Each line carries a stable key
(doc id, evidence offsets, type), the event as extracted and its evidence
sentence: a reader judges it and writes only the key and the verdict, so
the labels kept in the project hold no corpus text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from training_split import SHARED, excluded_ids, is_training  # noqa: E402

from diplowatch.model import Document  # noqa: E402
from diplowatch.pipeline import process  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", required=True, choices=("ar", "fa"))
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args()
    skip = excluded_ids()
    n = 0
    with (
        (SHARED / "data" / "corpus" / "news.jsonl").open(encoding="utf-8") as f,
        args.out.open("w", encoding="utf-8") as out,
    ):
        for line in f:
            d = json.loads(line)
            if d.get("lang") != args.lang or d["id"] in skip or not is_training(d["id"]):
                continue
            record = process(Document(d["id"], d["text"], lang=d["lang"], title=d.get("title")))
            for e in record.events:
                if e.evidence is None:
                    continue
                key = f"{d['id']}|{e.evidence.start}|{e.evidence.end}|{e.type}"
                row = {
                    "key": key,
                    "type": e.type,
                    "status": e.status,
                    "trigger": e.trigger,
                    "actors": [
                        f"{a.code or '-'}:{a.agent or '∅'}" + (f" ({a.role})" if a.role else "")
                        for a in e.actors
                    ],
                    "evidence": e.evidence.text,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} events written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
