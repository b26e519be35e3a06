"""Measure near-duplicate detection on constructed pairs; choose the threshold.

Pairs are built from real articles of ../shared/data/corpus/news.jsonl (read
at run time, never copied):

positives (republished copies, minor edits)
  headline   a new first line and a dateline prefix
  drop       one sentence removed
  append     one sentence from another article added at the end
  words3     3% of the words replaced by words of another article
  spelling   Persian/Arabic letter variants, digits and spacing changed
  trim       the last 10% of the text cut
negatives (different articles that share text)
  random     two unrelated articles
  topic      another article of the same language and category
  lead       the first 30% of A followed by 70% of B (a follow-up story)
  merged     A versus A followed by a whole other article B
  words30    30% of the words replaced (heavily rewritten)

Each pair goes through the real ``Duplicates`` index (LSH + MinHash check)
for every threshold; precision and recall are printed per threshold.

Usage: .venv/bin/python benchmarks/near_duplicates.py [--docs 300] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from diplowatch.ingest.dedup import Duplicates

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "news.jsonl"
_SENT = re.compile(r"(?<=[.!?؟])\s+")
_VARIANTS = str.maketrans(
    {"ی": "ي", "ک": "ك", "ي": "ی", "ك": "ک", "0": "۰", "1": "۱", "2": "۲", "5": "۵"}
)


def load(n: int, rng: random.Random) -> tuple[list[str], dict[str, list[str]]]:
    """n random articles, and all articles grouped by (language, category)."""
    docs = []
    topics: dict[str, list[str]] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row.get("text", "")
            if 80 <= len(text.split()) <= 2000:
                docs.append((text, f"{row.get('lang')}/{row.get('category')}"))
                topics.setdefault(docs[-1][1], []).append(text)
    rng.shuffle(docs)
    chosen = docs[:n]
    return [t for t, _ in chosen], {t: topics[k] for t, k in chosen}  # type: ignore[misc]


def sentences(text: str) -> list[str]:
    return [s for s in _SENT.split(text) if s.strip()]


def replace_words(text: str, other: str, share: float, rng: random.Random) -> str:
    words = text.split()
    pool = other.split()
    for i in rng.sample(range(len(words)), max(1, int(len(words) * share))):
        words[i] = rng.choice(pool)
    return " ".join(words)


def positives(a: str, b: str, rng: random.Random) -> dict[str, str]:
    sa, sb = sentences(a), sentences(b)
    drop = list(sa)
    if len(drop) > 2:
        del drop[rng.randrange(1, len(drop))]
    words = a.split()
    return {
        "headline": "عاجل | " + " ".join(sb[0].split()[:8]) + "\n(وكالات) - " + a,
        "drop": " ".join(drop),
        "append": a + " " + rng.choice(sb),
        "words3": replace_words(a, b, 0.03, rng),
        "spelling": "  ".join(a.translate(_VARIANTS).split(" ")),
        "trim": " ".join(words[: int(len(words) * 0.9)]),
    }


def negatives(a: str, b: str, same_topic: list[str], rng: random.Random) -> dict[str, str]:
    wa, wb = a.split(), b.split()
    others = [t for t in same_topic if t != a] or [b]
    return {
        "random": b,
        "topic": rng.choice(others),
        "lead": " ".join(wa[: int(len(wa) * 0.3)] + wb[int(len(wb) * 0.3) :]),
        "merged": a + "\n" + b,
        "words30": replace_words(a, b, 0.30, rng),
    }


def detected(index: Duplicates, a: str, b: str) -> bool:
    index.clear()
    index.check("a", a)
    return index.check("b", b) is not None


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shingle", type=int, default=2, help="words per shingle")
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(
            f"{CORPUS} not found: this benchmark needs ../shared (the dev corpus).", file=sys.stderr
        )
        return 0
    rng = random.Random(args.seed)
    docs, topic_of = load(args.docs + 1, rng)
    pairs: list[tuple[str, bool, str, str]] = []
    for i in range(len(docs) - 1):
        a, b = docs[i], docs[i + 1]
        pairs += [(k, True, a, v) for k, v in positives(a, b, rng).items()]
        pairs += [(k, False, a, v) for k, v in negatives(a, b, topic_of[a], rng).items()]
    kinds = sorted({k for k, *_ in pairs}, key=lambda k: [p[0] for p in pairs].index(k))
    print(
        f"word {args.shingle}-shingles, 128 permutations; "
        f"{len(docs) - 1} source articles, {len(pairs)} pairs "
        f"({sum(p[1] for p in pairs)} positive, {sum(not p[1] for p in pairs)} negative)\n"
    )
    header = "threshold  precision  recall  " + "  ".join(f"{k:>8}" for k in kinds) + "   pairs/s"
    print(header)
    for threshold in (float(t) for t in args.thresholds.split(",")):
        tp = fp = fn = 0
        hits = dict.fromkeys(kinds, 0)
        totals = dict.fromkeys(kinds, 0)
        index = Duplicates(threshold=threshold, shingle=args.shingle)
        start = time.perf_counter()
        for kind, positive, a, b in pairs:
            found = detected(index, a, b)
            totals[kind] += 1
            hits[kind] += found
            tp += positive and found
            fp += (not positive) and found
            fn += positive and not found
        rate = len(pairs) / (time.perf_counter() - start)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        cells = "  ".join(f"{hits[k] / totals[k]:8.2f}" for k in kinds)
        print(f"{threshold:9.2f}  {precision:9.3f}  {recall:6.3f}  {cells}   {rate:7.0f}")
    print(
        "\ncolumns per kind: share of pairs flagged as duplicates "
        "(want 1.00 for the positive kinds, 0.00 for the negative ones)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
