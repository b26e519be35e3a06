"""Dashboard benchmark: page load times on a large store (target: each page ≤ 1 s).

Usage (from the repository root):

    .venv/bin/python benchmarks/serve.py                    # 100,000 events
    .venv/bin/python benchmarks/serve.py --events 1000000   # the million-event case
    .venv/bin/python benchmarks/serve.py --no-browser       # server timings only

The store is grown with the store benchmark's bulk loader
(``benchmarks/store.py:build_synthetic``: skewed actor distribution, ten years
of dates), then every document gets an article-sized synthetic text, full-text
index rows, annotations and evidence offsets that point into it, so the
document and search pages do real work. The database is kept under
``test-artifacts/`` and reused when it already has the requested size.

Measured for each page, against uvicorn on 127.0.0.1: the server's answer
(HTTP GET of the HTML, first call and median of ``--repeat`` calls) and, with
Chromium, the full page load in a real browser (navigation until the ``load``
event, all local assets included; median of 3).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

WORDS = [
    "ministers",
    "talks",
    "cooperation",
    "agreement",
    "trade",
    "energy",
    "summit",
    "delegation",
    "investment",
    "bilateral",
    "partnership",
    "security",
    "visit",
    "economic",
    "development",
    "infrastructure",
    "exchange",
    "statement",
    "official",
    "government",
    "council",
    "meeting",
    "foreign",
    "affairs",
    "relations",
    "project",
    "fund",
    "support",
    "sanctions",
    "policy",
]
TARGET_SECONDS = 1.0


def _store_bench() -> Any:
    spec = importlib.util.spec_from_file_location("store_bench", ROOT / "benchmarks" / "store.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _article(rng: random.Random, n_sentences: int) -> list[str]:
    sentences = []
    for _ in range(n_sentences):
        words = rng.choices(WORDS, k=rng.randint(12, 24))
        sentences.append(" ".join(words).capitalize() + ".")
    return sentences


def enrich_documents(path: Path, seed: int = 5) -> None:
    """Give each synthetic document an article text, FTS rows, annotations and evidence."""
    from diplowatch.store.fts import index_text

    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    doc_ids = [row[0] for row in conn.execute("SELECT id FROM documents")]
    for rowid in doc_ids:
        sentences = _article(rng, 22)
        text = "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
        annotations = []
        for _ in range(40):
            word = rng.choice(WORDS)
            start = text.find(word, rng.randrange(len(text)))
            if start >= 0:
                kind = rng.choice(["actor", "date", "sector", "amount", "trigger"])
                annotations.append(
                    {"start": start, "end": start + len(word), "kind": kind, "label": word}
                )
        conn.execute(
            "UPDATE documents SET text = ?, title = ?, annotations = ? WHERE id = ?",
            (text, sentences[0][:80], json.dumps(annotations), rowid),
        )
        conn.execute(
            "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, index_text(sentences[0][:80]), index_text(text)),
        )
        mentions = conn.execute("SELECT id FROM mentions WHERE doc = ?", (rowid,)).fetchall()
        for (mention_id,) in mentions:
            sentence = rng.choice(sentences)
            start = text.index(sentence)
            conn.execute(
                "UPDATE mentions SET evidence = ?, ev_start = ?, ev_end = ? WHERE id = ?",
                (sentence, start, start + len(sentence), mention_id),
            )
    conn.execute("COMMIT")
    conn.close()


def ensure_buckets(path: Path) -> None:
    """Fill the store's pre-aggregated relation/timeline tables if a bulk load left them empty."""
    from diplowatch.store import Store, stats

    Store(path).close()  # brings the schema to the current version
    with Store(path, readonly=True) as store:
        if store.relations("KOR", limit=1):
            return
    print("filling relation/timeline buckets…", file=sys.stderr)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    stats.rebuild(conn)
    conn.execute("COMMIT")
    conn.close()


def ensure_store(path: Path, n_events: int) -> None:
    if path.exists():
        try:
            with sqlite3.connect(path) as conn:
                have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
                fts = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
            if have == n_events and fts > 0:
                print(f"reusing {path} ({have:,} events)", file=sys.stderr)
                ensure_buckets(path)
                return
        except sqlite3.DatabaseError:
            pass
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"building {path} with {n_events:,} events…", file=sys.stderr)
    _store_bench().build_synthetic(path, n_events)
    enrich_documents(path)
    ensure_buckets(path)
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def page_urls(base: str) -> dict[str, str]:
    import httpx

    first = httpx.get(f"{base}/api/events", params={"limit": 1}).json()["events"][0]
    rel = httpx.get(f"{base}/api/relations", params={"focus": "KOR", "limit": 1}).json()[
        "relations"
    ]
    partner = rel[0]["partner"] if rel else "VNM"
    total = httpx.get(f"{base}/api/events", params={"limit": 1}).json()["total"]
    deep = max(1, total // 50 // 2)
    return {
        "home": "/",
        "relations (default focus)": "/relations",
        "relations KOR": "/relations?focus=KOR",
        "timeline KOR": "/timeline?focus=KOR",
        f"timeline KOR–{partner}": f"/timeline?focus=KOR&partner={partner}",
        "events (all)": "/events",
        f"events KOR–{partner}": f"/events?actor=KOR&partner={partner}",
        "events type+sector+since": "/events?type=AGREE&sector=energy&since=2020-01-01",
        f"events page {deep:,} (deep offset)": f"/events?page={deep}",
        "event": f"/events/{first['id']}",
        "document": f"/documents/{first['evidence_doc_id']}",
        "search": "/search?q=hydrogen+summit",
        "search (common word)": "/search?q=ministers",
        "api docs": "/docs",
    }


def time_server(base: str, urls: dict[str, str], repeat: int) -> dict[str, dict[str, float]]:
    import httpx

    out: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, url in urls.items():
            samples = []
            for _ in range(repeat + 1):
                started = time.perf_counter()
                response = client.get(url)
                samples.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
            out[name] = {
                "first": samples[0],
                "median": statistics.median(samples[1:]),
                "max": max(samples[1:]),
                "bytes": len(response.content),
            }
    return out


def time_browser(base: str, urls: dict[str, str]) -> dict[str, float] | None:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return None
    from playwright.sync_api import sync_playwright

    from test_serve_browser import CHROMIUM_ARGS

    out: dict[str, float] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        page = browser.new_page()
        for name, url in urls.items():
            samples = []
            for _ in range(3):
                started = time.perf_counter()
                page.goto(base + url, wait_until="load")
                samples.append(time.perf_counter() - started)
            out[name] = statistics.median(samples)
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--db", type=Path, default=None, help="default: test-artifacts/bench-serve-N.db"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--json", type=Path, default=ROOT / "test-artifacts" / "bench-serve.json")
    args = parser.parse_args()
    db = args.db or ROOT / "test-artifacts" / f"bench-serve-{args.events}.db"
    ensure_store(db, args.events)

    from test_serve_browser import running_server

    with running_server(db) as base:
        urls = page_urls(base)
        server = time_server(base, urls, args.repeat)
        browser = None if args.no_browser else time_browser(base, urls)
    print(f"\nPage load on {args.events:,} events ({db.name}); target ≤ {TARGET_SECONDS:.1f} s")
    print(f"{'page':38} {'server 1st':>10} {'median':>8} {'max':>8} {'browser':>8}  KB")
    worst = 0.0
    for name in urls:
        s = server[name]
        b = browser.get(name) if browser else None
        worst = max(worst, s["max"], s["first"], b or 0.0)
        shown = f"{b:8.3f}" if b is not None else "       -"
        print(
            f"{name:38} {s['first']:10.3f} {s['median']:8.3f} {s['max']:8.3f} {shown}  {s['bytes'] / 1024:.0f}"
        )
    verdict = "PASS" if worst <= TARGET_SECONDS else "FAIL"
    print(f"slowest measurement: {worst:.3f} s → {verdict}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "events": args.events,
                "server": server,
                "browser": browser,
                "worst": worst,
                "verdict": verdict,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
