"""Fuzz benchmark: random bytes, JSON and HTML at ingest, extract and the store.

Usage (from the repository root):

    .venv/bin/python benchmarks/fuzz.py                 # two minutes
    .venv/bin/python benchmarks/fuzz.py --seconds 600

Runs the harness of ``tests/fuzzing.py`` (the short run is
``tests/test_fuzz.py`` in ``make test``) round after round with fresh random
seeds until the time is up: hostile batches (random JSON objects and values,
lone surrogates, JSON nested thousands deep, random bytes as .txt/.html/.xml/
.warc/.gz, random HTML) mixed with valid articles that must all be read,
extracted and stored; and random text straight into extraction. Prints what
it measured as JSON; exits 1 if any exception escaped or any valid article
was lost.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0, help="How long to fuzz.")
    parser.add_argument("--examples", type=int, default=25, help="Examples per round.")
    args = parser.parse_args()

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from fuzzing import any_text, batches, fuzz_text, run_batch

    totals: dict[str, Any] = {
        "rounds": 0,
        "batches": 0,
        "texts": 0,
        "documents_read": 0,
        "records": 0,
        "stored": 0,
        "problems_reported": 0,
        "valid_articles": 0,
        "valid_lost": 0,
        "escaped_exceptions": 0,
        "failures": [],
    }
    quick = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @quick
    @given(batches())
    def one_batch(batch: dict[str, Any]) -> None:
        outcome = run_batch(batch)
        totals["batches"] += 1
        totals["documents_read"] += outcome.documents
        totals["records"] += outcome.records
        totals["stored"] += outcome.stored
        totals["problems_reported"] += outcome.problems
        totals["valid_articles"] += outcome.valid
        totals["valid_lost"] += len(outcome.lost)
        assert not outcome.lost, outcome

    @quick
    @given(any_text, st.sampled_from(["ar", "fa", "en", None]))
    def one_text(text: str, lang: str | None) -> None:
        totals["texts"] += 1
        fuzz_text(text, lang)

    started = time.monotonic()
    while time.monotonic() - started < args.seconds:
        totals["rounds"] += 1
        for check in (one_batch, one_text):
            try:
                check()
            except Exception as exc:  # noqa: BLE001 - counted and shown, then go on
                totals["escaped_exceptions"] += 1
                totals["failures"].append(
                    "".join(traceback.format_exception_only(type(exc), exc)).strip()[:2000]
                )
    totals["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(totals, indent=1, ensure_ascii=False))
    return 1 if totals["escaped_exceptions"] or totals["valid_lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
