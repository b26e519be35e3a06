"""Measure language identification accuracy and speed on a JSONL corpus.

Each line needs a ``text`` and a ``lang`` field; ``lang`` is only used to
score, never shown to the detector. Prints accuracy per gold language, the
confusions, and documents per second (detector warm-up excluded). With
``--short`` the first sentence and the first four words of every text are
scored too, to see how the detector does on headline-sized input.

    .venv/bin/python benchmarks/langid.py ../shared/data/corpus/news.jsonl --short
    .venv/bin/python benchmarks/langid.py ../shared/data/dev/docs.jsonl --title
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from diplowatch.text.langid import detect_language
from diplowatch.text.segment import sentence_spans


def first_sentence(text: str, lang: str) -> str:
    spans = sentence_spans(text[:5000], lang)
    return text[spans[0][0] : spans[0][1]] if spans else ""


def first_words(text: str, _lang: str) -> str:
    return " ".join(text.split()[:4])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--title", action="store_true", help="also score titles alone")
    parser.add_argument("--short", action="store_true", help="also score short pieces")
    parser.add_argument("--show", type=int, default=5, help="print this many errors")
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.path.open(encoding="utf-8") if line.strip()]
    for row in rows[:50]:  # let Lingua load its models before timing
        detect_language(row["text"])
    detect_language("warm up the English detector")

    fields = ["text"] + (["title"] if args.title else [])
    fields += ["first sentence", "first 4 words"] if args.short else []
    for field in fields:
        if field == "first sentence":
            pieces = [(first_sentence(r["text"], r["lang"]), r) for r in rows]
        elif field == "first 4 words":
            pieces = [(first_words(r["text"], r["lang"]), r) for r in rows]
        else:
            pieces = [(r.get(field) or "", r) for r in rows]
        items = [(text, r["lang"], r.get("id", "?")) for text, r in pieces if text.strip()]
        confusions: Counter[tuple[str, str]] = Counter()
        shown = 0
        started = time.perf_counter()
        cpu_started = time.process_time()
        for text, gold, _ in items:
            confusions[(gold, detect_language(text))] += 1
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        for text, gold, doc_id in items:
            if shown >= args.show:
                break
            got = detect_language(text)
            if got != gold:
                shown += 1
                print(f"  error {doc_id}: gold {gold}, got {got}: {text[:80]!r}")
        total = sum(confusions.values())
        right = sum(v for (g, p), v in confusions.items() if g == p)
        print(f"{args.path.name} [{field}] {right}/{total} = {right / total:.4f} correct")
        for gold in sorted({g for g, _ in confusions}):
            row = {p: v for (g, p), v in confusions.items() if g == gold}
            print(f"  gold {gold}: {dict(sorted(row.items()))}")
        print(
            f"  speed: {total / elapsed:.0f} docs/s wall ({elapsed:.2f} s for {total} docs),"
            f" {total / cpu:.0f} docs/s of CPU time"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
