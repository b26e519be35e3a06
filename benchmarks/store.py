"""Store benchmark: ingest rate on the shared corpus, query latency at 1 M events.

Usage (from the repository root):

    .venv/bin/python benchmarks/store.py                 # both parts
    .venv/bin/python benchmarks/store.py --skip-queries --limit 1000
    .venv/bin/python benchmarks/store.py --skip-ingest --events 1000000

Ingest part: the corpus (``../shared/data/corpus/news.jsonl``) is read,
extracted and stored on one core, exactly as ``diplowatch ingest --workers 1``
does, and the three costs are timed separately: end to end, extraction only,
and storing only (``Store.add_many`` on records extracted beforehand, into a
fresh file).

Query part: a store is grown to ``--events`` synthetic merged events by bulk
SQL inserts into the real schema (building a million events through the
merge path would take far longer and tells nothing about query speed), then
the queries behind ``events --actor KOR`` and ``relations --focus KOR`` (and
a few neighbours) are timed: first call, then the median of repeated calls.
The synthetic actor distribution is skewed (KOR takes part in about 10% of
events, a few dozen partners are frequent, a long tail is rare).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news.jsonl"

TYPES = [
    "CONSULT",
    "AGREE",
    "COOPERATE",
    "AID",
    "SUPPORT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "SANCTION",
    "MOBILIZE",
    "ASSAULT",
]
TYPE_WEIGHTS = [30, 12, 10, 5, 10, 8, 8, 4, 3, 4, 3, 3]
SECTORS = [
    "trade",
    "investment",
    "energy",
    "defense",
    "health",
    "education",
    "culture",
    "infrastructure",
    "digital_economy",
    "semiconductors",
    "agriculture",
    "maritime",
]


def ingest_part(limit: int | None, batch_size: int) -> dict[str, Any]:
    from diplowatch.ingest import iter_documents
    from diplowatch.model import Record
    from diplowatch.problems import ProblemReporter
    from diplowatch.store import Store
    from diplowatch.store.ingest import ingest, process_pair

    if not CORPUS.exists():
        return {"skipped": f"{CORPUS} not found"}
    reporter = ProblemReporter(stream=None)
    docs = list(iter_documents([str(CORPUS)], reporter))
    if limit:
        docs = docs[:limit]
    n = len(docs)
    with tempfile.TemporaryDirectory() as tmp:
        t0, c0 = time.perf_counter(), time.process_time()
        with Store(Path(tmp) / "e2e.db") as store:
            result = ingest(store, iter(docs), workers=1, batch_size=batch_size)
        end_to_end, end_to_end_cpu = time.perf_counter() - t0, time.process_time() - c0

        t0, c0 = time.perf_counter(), time.process_time()
        pairs = [(d, r) for d, r in map(process_pair, docs) if isinstance(r, Record)]
        extract_only, extract_cpu = time.perf_counter() - t0, time.process_time() - c0

        t0, c0 = time.perf_counter(), time.process_time()
        with Store(Path(tmp) / "store.db") as store:
            counts = store.add_many(pairs, batch_size=batch_size)
            stats = store.stats()
        store_only, store_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "documents": n,
        "result": dict(result.counts),
        "stored_counts": counts,
        "events": stats["events"],
        "mentions": stats["mentions"],
        "end_to_end_docs_per_s": round(n / end_to_end, 1),
        "extract_only_docs_per_s": round(n / extract_only, 1),
        "store_only_docs_per_s": round(n / store_only, 1),
        "per_cpu_second": {
            "end_to_end_docs": round(n / end_to_end_cpu, 1),
            "extract_only_docs": round(n / extract_cpu, 1),
            "store_only_docs": round(n / store_cpu, 1),
        },
        "seconds": {
            "end_to_end": round(end_to_end, 2),
            "extract": round(extract_only, 2),
            "store": round(store_only, 2),
        },
    }


def _codes(rng: random.Random) -> tuple[list[str], list[float]]:
    named = [
        "KOR",
        "VNM",
        "JPN",
        "CHN",
        "USA",
        "IRN",
        "RUS",
        "PRK",
        "SAU",
        "ARE",
        "IND",
        "IDN",
        "ASEAN",
        "UN",
        "EU",
    ]
    codes = named + [f"X{i:03d}" for i in range(185)]
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(codes))]
    weights[0] = weights[1] * 1.5  # KOR somewhat above the head
    return codes, weights


def build_synthetic(path: Path, n_events: int, seed: int = 11) -> None:
    """Bulk-load ``n_events`` merged events (one mention each) into the schema."""
    import sqlite3

    from diplowatch.store import Store, plover, stats

    Store(path).close()  # creates the schema
    rng = random.Random(seed)
    codes, weights = _codes(rng)
    start = date(2015, 1, 1)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    docs_per_event = 4
    doc_rows = []
    for d in range(n_events // docs_per_event + 1):
        day = (start + timedelta(days=rng.randrange(3650))).isoformat()
        doc_rows.append(
            (
                d + 1,
                f"syn{d}",
                f"h{d}",
                f"https://outlet{d % 50}.example/{d}",
                f"outlet{d % 50}.example",
                rng.choice(["ar", "fa", "en"]),
                day,
                f"synthetic text {d}",
                "bench",
                "now",
            )
        )
    conn.executemany(
        "INSERT INTO documents (id, doc_id, hash, url, outlet, lang, published, text, extractor_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        doc_rows,
    )
    events, actors, sectors, pairs, mentions = [], [], [], [], []
    for i in range(1, n_events + 1):
        k = rng.choices([1, 2, 3], weights=[5, 80, 15])[0]
        chosen: list[str] = []
        while len(chosen) < k:
            c = rng.choices(codes, weights=weights)[0]
            if c not in chosen:
                chosen.append(c)
        kind = rng.choices(TYPES, weights=TYPE_WEIGHTS)[0]
        day = (start + timedelta(days=rng.randrange(3650))).isoformat()
        secs = rng.sample(SECTORS, rng.choice([0, 0, 1, 1, 2, 3]))
        quad, score = plover.quad_class(kind), plover.score(kind, "reported")
        n_m = rng.choice([1, 1, 1, 2, 3, 5])
        actor_json = json.dumps([{"code": c} for c in chosen])
        events.append(
            (
                i,
                kind,
                "meeting",
                "reported",
                day,
                ",".join(sorted(chosen)),
                actor_json,
                json.dumps(secs),
                n_m,
                min(n_m, 3),
                n_m,
                day,
                day,
                quad,
                score,
                i,
            )
        )
        doc = i // docs_per_event + 1
        mentions.append(
            (
                i,
                i,
                doc,
                0,
                kind,
                "reported",
                day,
                actor_json,
                json.dumps(secs),
                f"evidence sentence {i}",
                0,
                20,
            )
        )
        for c in chosen:
            actors.append((i, c, day, kind))
        for s in secs:
            sectors.append((i, s))
        for a in chosen:
            for b in chosen:
                if a != b:
                    pairs.append((a, b, i, day, kind, quad, score))
        if i % 100_000 == 0 or i == n_events:
            conn.executemany(
                "INSERT INTO events (id, type, mode, status, date, actor_key, actors, sectors, num_mentions, num_sources, num_articles, first_seen, last_seen, quad_class, score, first_mention) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                events,
            )
            conn.executemany(
                "INSERT INTO mentions (id, event_id, doc, idx, type, status, eff_date, actors, sectors, amounts, evidence, ev_start, ev_end) VALUES (?,?,?,?,?,?,?,?,?,'[]',?,?,?)",
                mentions,
            )
            conn.executemany(
                "INSERT INTO event_actors (event_id, code, date, type) VALUES (?,?,?,?)", actors
            )
            conn.executemany("INSERT INTO event_sectors (event_id, sector) VALUES (?,?)", sectors)
            conn.executemany(
                "INSERT INTO event_pairs (focus, partner, event_id, date, type, quad_class, score) VALUES (?,?,?,?,?,?,?)",
                pairs,
            )
            events, actors, sectors, pairs, mentions = [], [], [], [], []
            print(f"  {i:,} events", file=sys.stderr)
    conn.execute("COMMIT")
    print("  aggregating relation buckets", file=sys.stderr)
    conn.execute("BEGIN")
    stats.rebuild(conn)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def _time(func: Callable[[], Any], repeat: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    result = func()
    first = time.perf_counter() - t0
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        runs.append(time.perf_counter() - t0)
    size = len(result) if isinstance(result, list) else result
    return {
        "first_ms": round(first * 1000, 1),
        "median_ms": round(statistics.median(runs) * 1000, 1),
        "max_ms": round(max(runs) * 1000, 1),
        "result_size": size,
    }


def query_part(path: Path, n_events: int, rebuild: bool, repeat: int) -> dict[str, Any]:
    from diplowatch.store import Store

    if rebuild or not path.exists():
        path.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build_synthetic(path, n_events)
        print(f"built {path} in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    with Store(path, readonly=True) as store:
        total = store.count_events()
        kor = store.count_events(actor="KOR")
        timings = {
            "events --actor KOR (50)": _time(lambda: store.events(actor="KOR"), repeat),
            "events --actor KOR --partner VNM": _time(
                lambda: store.events(actor="KOR", partner="VNM"), repeat
            ),
            "events --actor KOR --type AGREE --since 2020": _time(
                lambda: store.events(actor="KOR", type="AGREE", since="2020"), repeat
            ),
            "count_events(actor=KOR)": _time(lambda: store.count_events(actor="KOR"), repeat),
            "relations --focus KOR": _time(lambda: store.relations("KOR"), repeat),
            "relations --focus KOR --since 2023": _time(
                lambda: store.relations("KOR", since="2023"), repeat
            ),
            "timeline --focus KOR": _time(lambda: store.timeline("KOR"), repeat),
            "timeline --focus KOR --partner VNM": _time(
                lambda: store.timeline("KOR", partner="VNM"), repeat
            ),
        }
    cli = {}
    exe = str(Path(sys.executable).parent / "diplowatch")
    for label, argv in (
        ("diplowatch events --actor KOR", ["events", "--actor", "KOR"]),
        ("diplowatch relations --focus KOR", ["relations", "--focus", "KOR"]),
    ):
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([exe, *argv, "--db", str(path)], check=True, capture_output=True)
            runs.append(time.perf_counter() - t0)
        cli[label] = {"median_ms_including_python_startup": round(statistics.median(runs) * 1000)}
    return {
        "cli_process": cli,
        "events_in_store": total,
        "events_with_KOR": kor,
        "db_mb": round(path.stat().st_size / 1e6),
        "timings": timings,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="Only the first N corpus documents."
    )
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument(
        "--events", type=int, default=1_000_000, help="Synthetic events for the query part."
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=Path(tempfile.gettempdir()) / "diplowatch-bench-1m.db",
        help="Synthetic store (reused if present).",
    )
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the synthetic store.")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    out: dict[str, Any] = {}
    if not args.skip_ingest:
        out["ingest"] = ingest_part(args.limit, args.batch_size)
        print(json.dumps(out["ingest"], indent=2), file=sys.stderr)
    if not args.skip_queries:
        out["queries"] = query_part(args.db, args.events, args.rebuild, args.repeat)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
