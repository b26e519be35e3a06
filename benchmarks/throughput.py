"""Extraction throughput on the shared corpus, against the scan floor.

usage: python benchmarks/throughput.py [--corpus PATH] [--limit N] [--repeat K]

Prints docs/s of the full per-document pipeline in one process, docs/s of the
"scan floor" (read + normalise + the one automaton pass, nothing else), their
ratio and peak RSS. Input is streamed, so RSS should not grow with --repeat.
The full pipeline's docs/s by CPU time is printed too: on a machine shared
with other work, wall-clock rates swing with the load, the CPU-time rate
much less (it is what one uncontended core would give).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.scan import scan
from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "news.jsonl"


def stream(path: Path, limit: int | None, repeat: int) -> Iterator[dict]:  # type: ignore[type-arg]
    n = 0
    for _ in range(repeat):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if limit is not None and n >= limit:
                    return
                n += 1
                yield json.loads(line)


def scan_floor(path: Path, limit: int | None, repeat: int) -> tuple[int, float]:
    for lang in ("ar", "fa", "en"):
        lexicon(lang)
    n, t0 = 0, time.perf_counter()
    for d in stream(path, limit, repeat):
        scan(normalize(d["text"]).text, lexicon(d.get("lang") or "ar"))
        n += 1
    return n, time.perf_counter() - t0


# One short text per script, language left to detection: the lexicons and
# Lingua's models load once per process, before the clock starts (a long
# run pays them once; a 2,000-document run would count ~2 s of loading).
WARM_UP = ("وصل الوزير إلى القاهرة.", "وزیر به تهران رسید.", "The minister arrived in Cairo.")


def full(path: Path, limit: int | None, repeat: int) -> tuple[int, int, float, float]:
    """Documents, events, wall-clock and CPU seconds of the full pipeline."""
    for n, text in enumerate(WARM_UP):
        process(Document(doc_id=f"warm{n}", text=text))
    n = events = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for d in stream(path, limit, repeat):
        rec = process(Document(doc_id=d["id"], text=d["text"], title=d.get("title")))
        events += len(rec.events)
        n += 1
    return n, events, time.perf_counter() - t0, time.process_time() - c0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    n, floor_s = scan_floor(args.corpus, args.limit, args.repeat)
    n2, events, full_s, full_cpu = full(args.corpus, args.limit, args.repeat)
    floor_rate, full_rate = n / floor_s, n2 / full_s
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents           {n2}")
    print(f"scan floor          {floor_rate:10.1f} docs/s")
    print(f"full extraction     {full_rate:10.1f} docs/s  ({events} events)")
    print(f"full, by CPU time   {n2 / full_cpu:10.1f} docs/s")
    print(f"ratio floor/full    {floor_rate / full_rate:10.1f}x")
    print(f"peak RSS            {rss_mb:10.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
