"""Sentence-level event types against hand labels of random corpus sentences.

usage: python benchmarks/sentence_labels.py [--set train|heldout] [--lang ar fa]
           [--half tune|test|all] [--sure] [--errors]

``benchmarks/data/labels_<set>_<lang>.jsonl`` hold, for sentences drawn at
random from the corpus's training part (``scripts/training/
training_split.py``), the event types a reader saw in each: reported
(``types``), ``planned`` and ``negated``, and whether the reader was
``sure``. Lines are keyed by document id and character offsets, so no corpus
text is kept. Most were drawn where the rules find no event, so these sets
measure recall on wording nobody tuned on, which the corpus gold (drawn
where an extractor fired) cannot.

``train`` (4,589 sentences) may be tuned on, by its ``tune`` half (documents
whose SHA-256 is even; ``--errors`` lists only that half). ``heldout``
(1,321 sentences) comes from the documents of the corpus gold's test half:
score it, never read its errors. A type counts for a sentence when one of
the sentences that tell an event (an article that repeats an event keeps each
telling, ``Event.sentences``) overlaps it, whatever the event's status.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from diplowatch.model import Document
from diplowatch.pipeline import process

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"


@dataclass(frozen=True)
class Label:
    """One labelled sentence: where it is and the types it tells."""

    doc: str
    start: int
    end: int
    types: frozenset[str]
    lang: str
    half: str


def half_of(doc_id: str) -> str:
    """Documents split in two by a hash no other split uses."""
    return "tune" if int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def read_labels(path: Path, lang: str, sure_only: bool = False) -> list[Label]:
    """The labels of one file; a type is told whatever its status."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if sure_only and not row.get("sure", True):
                continue
            doc, start, end = row["key"].rsplit("|", 2)
            told = set(row["types"]) | set(row.get("planned", [])) | set(row.get("negated", []))
            out.append(Label(doc, int(start), int(end), frozenset(told), lang, half_of(doc)))
    return out


def predicted(labels: list[Label], corpus: Path) -> dict[tuple[str, int], frozenset[str]]:
    """Types the extractor finds in each labelled sentence, reading whole documents."""
    by_doc: dict[str, list[Label]] = defaultdict(list)
    for lab in labels:
        by_doc[lab.doc].append(lab)
    out: dict[tuple[str, int], frozenset[str]] = {}
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] not in by_doc:
                continue
            rec = process(Document(d["id"], d["text"], lang=d["lang"], title=d.get("title")))
            told = [(e.type, s.start, s.end) for e in rec.events for s in e.spans()]
            for lab in by_doc[d["id"]]:
                out[(lab.doc, lab.start)] = frozenset(
                    t for t, s, e in told if s < lab.end and lab.start < e
                )
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    labels: list[Label], pred: dict[tuple[str, int], frozenset[str]]
) -> dict[tuple[str, str], list[int]]:
    """Micro counts (tp, fp, fn) of (sentence, type) per language and half."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for lab in labels:
        got = pred.get((lab.doc, lab.start), frozenset())
        for key in ((lab.lang, lab.half), (lab.lang, "all")):
            c = counts[key]
            c[0] += len(got & lab.types)
            c[1] += len(got - lab.types)
            c[2] += len(lab.types - got)
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("train", "heldout"), default="heldout")
    ap.add_argument("--lang", nargs="*", choices=("ar", "fa"), default=["ar", "fa"])
    ap.add_argument("--half", choices=("tune", "test", "all"), default="all")
    ap.add_argument("--sure", action="store_true", help="only labels the reader was sure of")
    ap.add_argument(
        "--errors", action="store_true", help="list wrong sentences (train set, tune half)"
    )
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    if args.errors and (args.set != "train" or args.half != "tune"):
        sys.exit("--errors lists only the train set's tune half (--set train --half tune)")
    corpus = args.shared / "data" / "corpus" / "news.jsonl"
    if not corpus.exists():
        sys.exit(f"no corpus at {corpus}: pass --shared")
    labels = [
        lab
        for lang in args.lang
        for lab in read_labels(HERE / "data" / f"labels_{args.set}_{lang}.jsonl", lang, args.sure)
        if args.half in ("all", lab.half)
    ]
    pred = predicted(labels, corpus)
    if args.errors:
        texts = {json.loads(x)["id"]: json.loads(x)["text"] for x in corpus.open(encoding="utf-8")}
        for lab in labels:
            got = pred.get((lab.doc, lab.start), frozenset())
            if got != lab.types:
                print(
                    f"{lab.doc}|{lab.start}|{lab.end} gold {sorted(lab.types)} pred {sorted(got)}"
                )
                print("   ", texts[lab.doc][lab.start : lab.end][:400])
    for (lang, half), (tp, fp, fn) in sorted(score(labels, pred).items()):
        if args.half in ("all", half):
            p, r, f = prf(tp, fp, fn)
            print(
                f"{args.set} {lang} {half:5s} types P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {tp} fp {fp} fn {fn})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
