"""Issue 11 test set: event dates, page datelines, money, weekdays, persons named alone.

usage: python benchmarks/issue11.py [--lang ar|fa|en] [--failures]

Runs the real pipeline on ``tests/data/issue11/<lang>.jsonl`` (sentences
written for this project) and prints the pass rate per language and
category. Cases of a PENDING category (persons named alone, which need the
office-holder table of issue 11 point 1) are run and reported on their own
line and do not count in the totals. ``tests/test_issue11_set.py`` runs the
same checks under pytest.

Case format (one JSON object per line): ``id``, ``lang``, ``category``,
``published`` (given to the pipeline; null lets it read the text), ``text``,
``expect`` with any of:

- ``published``: the record's publication date (ISO or null);
- ``events``: events that must be present, each ``{"type", "status"?,
  "date"?}`` (``date`` compared exactly, null included);
- ``no_events``: true when the text must give no event;
- ``not_dates``: dates no event may carry (targets, deadlines);
- ``amounts``: every sum the record carries, ``{"value", "currency",
  "kind", "approx"?, "upper"?}`` (the list is complete: nothing else);
- ``actors``: ``{"code", "role"?}`` that some event's actors must include.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "issue11"
LANGS = ("ar", "fa", "en")
CATEGORIES = ("target_date", "dateline", "money", "weekday", "person")
# Categories that wait for work outside this part of the issue (the lead
# enables them by emptying this set once office-holders are wired in).
PENDING: dict[str, str] = {}


def load_cases(lang: str) -> list[dict[str, Any]]:
    with open(DATA / f"{lang}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_case(case: dict[str, Any]) -> Record:
    doc = Document(
        doc_id=case["id"], text=case["text"], lang=case["lang"], published=case["published"]
    )
    return process(doc)


def _event_ok(want: dict[str, Any], ev: Event) -> bool:
    if ev.type != want["type"]:
        return False
    if "status" in want and ev.status != want["status"]:
        return False
    return "date" not in want or ev.date == want["date"]


def _amount_ok(want: dict[str, Any], got: dict[str, Any]) -> bool:
    return (
        abs(got["value"] - want["value"]) < 1e-6 * max(1.0, want["value"])
        and got["currency"] == want["currency"]
        and got["kind"] == want["kind"]
        and got.get("approx") == want.get("approx")
        and got.get("upper") == want.get("upper")
    )


def failures(case: dict[str, Any], record: Record) -> list[str]:
    """What the record gets wrong against the case's expectations (empty: pass)."""
    want = case["expect"]
    out: list[str] = []
    events = record.events
    seen = [(e.type, e.status, e.date) for e in events]
    if "published" in want and record.published != want["published"]:
        out.append(f"published {record.published} != {want['published']}")
    for w in want.get("events", []):
        if not any(_event_ok(w, e) for e in events):
            out.append(f"no event {w}; got {seen}")
    if want.get("no_events") and events:
        out.append(f"expected no event; got {seen}")
    for day in want.get("not_dates", []):
        if any(e.date == day for e in events):
            out.append(f"an event is dated {day} (a target)")
    if "amounts" in want:
        got = [
            {
                "value": a.value,
                "currency": a.currency,
                "kind": a.kind,
                "approx": a.approx,
                "upper": a.upper,
            }
            for e in events
            for a in e.amounts
        ]
        unique = {(g["value"], g["currency"]): g for g in got}.values()
        missing = [w for w in want["amounts"] if not any(_amount_ok(w, g) for g in unique)]
        extra = [g for g in unique if not any(_amount_ok(w, g) for w in want["amounts"])]
        if missing or extra:
            out.append(f"amounts missing {missing}, unexpected {list(extra)}")
    for w in want.get("actors", []):
        actors = [a for e in events for a in e.actors]
        if not any(a.code == w["code"] and w.get("role") in (None, a.role) for a in actors):
            out.append(f"no actor {w}; got {[(a.code, a.role) for a in actors]}")
    return out


def evaluate(langs: tuple[str, ...] = LANGS) -> dict[tuple[str, str], list[tuple[str, list[str]]]]:
    """(lang, category) → [(case id, failures)] for every case."""
    results: dict[tuple[str, str], list[tuple[str, list[str]]]] = defaultdict(list)
    for lang in langs:
        for case in load_cases(lang):
            results[(lang, case["category"])].append((case["id"], failures(case, run_case(case))))
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=LANGS, action="append", help="only these languages")
    ap.add_argument("--failures", action="store_true", help="list the failing cases")
    args = ap.parse_args()
    langs = tuple(args.lang or LANGS)
    results = evaluate(langs)
    print(f"{'':5}" + "".join(f"{c:>14}" for c in CATEGORIES) + f"{'total':>12}")
    for lang in langs:
        cells, passed, total = [], 0, 0
        for cat in CATEGORIES:
            rows = results.get((lang, cat), [])
            ok = sum(not f for _, f in rows)
            mark = "*" if cat in PENDING else ""
            cells.append(f"{ok:>3}/{len(rows):<3}{ok / len(rows) if rows else 0:5.2f}{mark}")
            if cat not in PENDING:
                passed, total = passed + ok, total + len(rows)
        print(
            f"{lang:5}"
            + "".join(f"{c:>14}" for c in cells)
            + f"{passed:>5}/{total:<3}{passed / total:4.2f}"
        )
    for cat, why in PENDING.items():
        print(f"* pending, not in the total: {cat} ({why})")
    if args.failures:
        for (_, cat), rows in sorted(results.items()):
            for case_id, fails in rows:
                for f in fails:
                    print(f"{case_id} [{cat}] {f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
