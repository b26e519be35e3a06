"""Copies of stored articles across runs and partitions (issue 12, row 9).

Every story is generated here: an event sentence and a body of pseudo-words
drawn per story, so two stories share almost no word pairs while a copy
(one sentence added, punctuation changed) shares most of them.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from diplowatch.cli.scaled import load_folder
from diplowatch.ingest import iter_documents
from diplowatch.problems import ProblemReporter
from diplowatch.scale.engine import execute
from diplowatch.store import Store
from diplowatch.store.ingest import ingest
from diplowatch.store.schema import SCHEMA_VERSION
from store_versions import undo_version_4

PAIRS = [
    ("South Korea", "Vietnam"),
    ("Japan", "India"),
    ("Egypt", "Jordan"),
    ("Brazil", "Argentina"),
    ("Turkey", "Iraq"),
    ("Kenya", "Ethiopia"),
]
SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "no", "pi", "vu", "de", "fa", "go", "zi", "ba"]
N = 24


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def original(i: int) -> dict[str, str]:
    rng = random.Random(i)
    a, b = PAIRS[i % len(PAIRS)]
    body = " ".join(_word(rng) for _ in range(90))
    text = f"{a} and {b} signed an agreement on trade in the capital. {body}."
    return {
        "id": f"orig-{i}",
        "text": text,
        "lang": "en",
        "published": f"2024-03-{1 + i % 28:02d}",
        "url": f"https://first.example.invalid/{i}",
    }


def near_copy(i: int) -> dict[str, str]:
    doc = original(i)
    return {
        **doc,
        "id": f"copy-{i}",
        "text": doc["text"].replace(".", "!", 1) + " Reporting by a wire service staff writer.",
        "url": f"https://second.example.invalid/{i}",
    }


def exact_copy(i: int) -> dict[str, str]:
    doc = original(i)
    return {**doc, "id": f"same-{i}", "text": doc["text"].upper()}


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run_ingest(db: Path, source: Path) -> dict[str, int]:
    reporter = ProblemReporter(stream=None)
    with Store(db) as store:
        result = ingest(store, iter_documents([str(source)], reporter), reporter=reporter)
    assert reporter.count == 0, [str(p) for p in reporter.problems]
    return dict(result.counts)


def counts(db: Path) -> tuple[int, int, int, int]:
    """Documents, recorded copies, merged events, and articles summed over events."""
    with Store(db, readonly=True) as store:
        stats = store.stats()
        articles = sum(e["num_articles"] for e in store.events(limit=None))
    return stats["documents"], stats["duplicates"], stats["events"], articles


def reports_gained(db: Path, originals: list[str]) -> int:
    """Articles the copies of ``originals`` add: one per event of each original."""
    with Store(db, readonly=True) as store:
        return sum(len({e["id"] for e in store.document(o)["events"]}) for o in originals)


def test_near_copies_in_a_second_run_are_recorded_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    first = run_ingest(db, write_jsonl(tmp_path / "a.jsonl", [original(i) for i in range(N)]))
    assert first == {"added": N}
    before = counts(db)
    assert before[:2] == (N, 0)
    copies = [near_copy(i) for i in range(N)] + [exact_copy(i) for i in range(3)]
    second = run_ingest(db, write_jsonl(tmp_path / "b.jsonl", copies))
    assert second == {"duplicate": N + 3}
    # No document and no event stored twice; each copy is one more report of
    # its original's events (a copy is a report from its outlet).
    gained = reports_gained(db, [f"orig-{i}" for i in range(N)] + [f"orig-{i}" for i in range(3)])
    assert gained > 0
    after = (N, N + 3, before[2], before[3] + gained)
    assert counts(db) == after
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT doc_id, duplicate_of, kind, similarity, url FROM duplicates ORDER BY doc_id"
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    assert by_id["copy-5"][1:3] == ("orig-5", "near") and 0.7 <= by_id["copy-5"][3] < 1
    assert by_id["copy-5"][4] == "https://second.example.invalid/5"
    assert by_id["same-1"][1:4] == ("orig-1", "exact", 1.0)
    # A third run of the copies changes nothing.
    assert run_ingest(db, tmp_path / "b.jsonl") == {"duplicate": N + 3}
    assert counts(db) == after


def test_copies_in_other_partitions_are_found_when_loading(tmp_path: Path) -> None:
    rows = [original(i) for i in range(N)] + [near_copy(i) for i in range(N)]
    source = write_jsonl(tmp_path / "all.jsonl", rows)
    local = tmp_path / "local.db"
    run_ingest(local, source)
    reporter = ProblemReporter(stream=None)
    out = tmp_path / "parts"
    # Originals and copies land in different partitions: no partition sees both.
    report = execute([str(source)], str(out), reporter, batch=N, workers=1)
    assert report.partitions == 2 and reporter.count == 0
    loaded = tmp_path / "loaded.db"
    got = load_folder(str(out), str(loaded), progress=False)
    assert got == {"added": N, "duplicate": N}
    assert counts(loaded) == counts(local) == (N, N, *counts(local)[2:])
    conn = sqlite3.connect(loaded)
    assert conn.execute("SELECT count(*) FROM duplicates WHERE kind = 'near'").fetchone()[0] == N


def test_different_stories_are_not_taken_for_copies(tmp_path: Path) -> None:
    db = tmp_path / "distinct.db"
    run_ingest(db, write_jsonl(tmp_path / "a.jsonl", [original(i) for i in range(N)]))
    result = run_ingest(
        db, write_jsonl(tmp_path / "b.jsonl", [original(i) for i in range(N, 2 * N)])
    )
    assert result == {"added": N}


def test_copy_of_a_copy_points_at_the_stored_original(tmp_path: Path) -> None:
    db = tmp_path / "chain.db"
    run_ingest(db, write_jsonl(tmp_path / "a.jsonl", [original(0)]))
    # In one run: a near copy, then an exact copy of that copy (the reader
    # marks the second as a copy of the first, which is itself not stored).
    copy = near_copy(0)
    again = {**copy, "id": "copy-0-again"}
    run_ingest(db, write_jsonl(tmp_path / "b.jsonl", [copy, again]))
    conn = sqlite3.connect(db)
    targets = dict(conn.execute("SELECT doc_id, duplicate_of FROM duplicates").fetchall())
    assert targets == {"copy-0": "orig-0", "copy-0-again": "orig-0"}


def test_version_2_store_is_fingerprinted_on_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    run_ingest(db, write_jsonl(tmp_path / "a.jsonl", [original(i) for i in range(4)]))
    conn = sqlite3.connect(db)
    undo_version_4(conn)
    for table in ("doc_signatures", "doc_lsh", "duplicates"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute(
        "CREATE TABLE duplicates (doc_id TEXT PRIMARY KEY, hash TEXT NOT NULL, same_as TEXT NOT NULL)"
    )
    conn.execute("INSERT INTO duplicates VALUES ('old-copy', 'h', 'orig-1')")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    assert run_ingest(db, write_jsonl(tmp_path / "b.jsonl", [near_copy(2)])) == {"duplicate": 1}
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    rows = dict(conn.execute("SELECT doc_id, kind FROM duplicates").fetchall())
    assert rows == {"old-copy": "near", "copy-2": "near"}
