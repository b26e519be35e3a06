"""The database commands end to end, exports read back, crash and concurrency safety.

Extraction is replaced by a stand-in that returns the events written in each
input line's ``fake_events`` field, so these tests check storing, merging and
querying independently of the extractor's accuracy.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplowatch.cli import main
from diplowatch.model import Document, Record

FAKE_RUNNER = """
import sys, time
import diplowatch.pipeline as pipeline
from diplowatch.model import Record

delay = float(sys.argv[1])

def fake(doc):
    if delay:
        time.sleep(delay)
    return Record.from_dict({"doc_id": doc.doc_id, "lang": doc.lang or "en",
                             "published": doc.published, "events": doc.meta.get("input", {}).get("fake_events", [])})

pipeline.process = fake
from diplowatch.cli import main
main(sys.argv[2:])
"""

_WORDS = [f"w{n}x{chr(97 + n % 26)}" for n in range(2000)]


def _text(rng: random.Random) -> str:
    """Distinct enough that the reader's near-duplicate check keeps every line."""
    return " ".join(rng.sample(_WORDS, 60)) + "."


def fake_event(kind: str, codes: list[str], day: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "mode": extra.pop("mode", "meeting"),
        "status": extra.pop("status", "reported"),
        "actors": [{"code": c} for c in codes],
        "date": day,
        "sectors": extra.pop("sectors", []),
        "amounts": extra.pop("amounts", []),
        "evidence": {"text": f"{kind} {' '.join(codes)}", "start": 0, "end": 10},
        **extra,
    }


def write_corpus(path: Path, n_docs: int, per_event: int = 4) -> None:
    """``n_docs`` articles; each run of ``per_event`` reports one meeting."""
    rng = random.Random(7)
    start = date(2024, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            day = (start + timedelta(days=10 * (i // per_event))).isoformat()
            line = {
                "id": f"doc{i:04d}",
                "text": _text(rng),
                "lang": "en",
                "published": day,
                "url": f"https://outlet{i % 3}.example/{i}",
                "fake_events": [fake_event("CONSULT", ["KOR", "VNM"], day)],
            }
            out.write(json.dumps(line) + "\n")


def fake_process(doc: Document) -> Record:
    return Record.from_dict(
        {
            "doc_id": doc.doc_id,
            "lang": doc.lang or "en",
            "published": doc.published,
            "events": doc.meta.get("input", {}).get("fake_events", []),
        }
    )


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small database built through `diplowatch ingest`."""
    monkeypatch.setattr("diplowatch.pipeline.process", fake_process)
    rng = random.Random(3)
    lines = [
        (
            "a1",
            "ar",
            "2024-04-22",
            "https://alriyadh.example/1",
            [fake_event("AGREE", ["KOR", "VNM"], "2024-04-22", mode="sign", sectors=["trade"])],
        ),
        (
            "a2",
            "fa",
            "2024-04-23",
            "https://irna.example/2",
            [fake_event("AGREE", ["VNM", "KOR"], None, mode="sign", sectors=["energy"])],
        ),
        (
            "a3",
            "en",
            "2024-05-02",
            "https://irna.example/3",
            [
                fake_event(
                    "AID",
                    ["KOR", "VNM"],
                    "2024-05-01",
                    amounts=[{"value": 6e6, "currency": "USD", "kind": "pledge"}],
                )
            ],
        ),
        (
            "a4",
            "en",
            "2024-05-03",
            "https://x.example/4",
            [
                fake_event("COOPERATE", ["KOR", "JPN"], "2024-05-03", status="planned"),
                fake_event("ACCUSE", ["KOR", "PRK"], "2024-05-03"),
            ],
        ),
    ]
    source = tmp_path / "in.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for doc_id, lang, published, url, events in lines:
            out.write(
                json.dumps(
                    {
                        "id": doc_id,
                        "text": _text(rng),
                        "lang": lang,
                        "published": published,
                        "url": url,
                        "fake_events": events,
                    }
                )
                + "\n"
            )
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "4 added" in result.output
    again = CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--workers", "1"])
    assert again.exit_code == 0 and "4 unchanged" in again.output
    return db


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_query_commands(demo_db: Path) -> None:
    db = ["--db", str(demo_db)]
    table = run("events", *db, "--actor", "KOR")
    assert "AGREE" in table and "ACCUSE" in table
    rows = [
        json.loads(line)
        for line in run(
            "events",
            *db,
            "--actor",
            "KOR",
            "--partner",
            "VNM",
            "--type",
            "AGREE",
            "--format",
            "jsonl",
            "--with-mentions",
        ).splitlines()
    ]
    assert len(rows) == 1 and rows[0]["num_articles"] == 2
    assert [m["doc_id"] for m in rows[0]["mentions"]] == ["a1", "a2"]
    flat = list(csv.DictReader(io.StringIO(run("events", *db, "--format", "csv", "--type", "AID"))))
    assert flat[0]["amounts"] == "6e+06 USD"
    relations = [
        json.loads(line)
        for line in run("relations", *db, "--focus", "KOR", "--format", "jsonl").splitlines()
    ]
    assert [r["partner"] for r in relations] == ["VNM", "JPN", "PRK"]
    assert relations[0]["events"] == 2
    assert "2024-05" in run("timeline", *db, "--focus", "KOR", "--partner", "VNM")
    assert "No document matches." in run("search", *db, "nonexistentword")
    summary = run("summary", *db)
    for part in (
        "Documents per language",
        "Events per type",
        "Top actor pairs",
        "KOR-VNM",
        "example events",
    ):
        assert part in summary


def test_report_html_is_self_contained(demo_db: Path, tmp_path: Path) -> None:
    html_path, md_path = tmp_path / "r.html", tmp_path / "r.md"
    run("report", "--db", str(demo_db), "--focus", "KOR", "-o", str(html_path))
    run("report", "--db", str(demo_db), "--focus", "KOR", "-o", str(md_path))
    page = html_path.read_text(encoding="utf-8")
    assert page.count("<svg") == 2 and "VNM" in page
    assert "<script" not in page and "<link" not in page and 'src="http' not in page
    md = md_path.read_text(encoding="utf-8")
    assert md.startswith("# Relations of KOR") and "| VNM | 2 |" in md


def test_exports_read_back(demo_db: Path, tmp_path: Path) -> None:
    import pandas as pd
    import pyarrow.parquet as pq

    db = ["--db", str(demo_db)]
    for fmt in ("csv", "parquet", "jsonl", "plover"):
        run("export", *db, "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"))
    frame = pd.read_csv(tmp_path / "out.csv")
    assert len(frame) == 4
    agree = frame[frame["event_type"] == "AGREE"].iloc[0]
    assert (agree["num_mentions"], agree["num_sources"], agree["quad_class"]) == (2, 2, 1)
    assert {agree["actor1_code"], agree["actor2_code"]} == {"KOR", "VNM"}
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.num_rows == 4 and table.schema.field("num_mentions").type == "int64"
    assert sorted(table.column("event_type").to_pylist()) == sorted(frame["event_type"])
    full = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sum(len(e["mentions"]) for e in full) == 5
    plover = {
        p["diplowatch"]["type"]: p
        for p in map(json.loads, (tmp_path / "out.plover").read_text().splitlines())
    }
    assert plover["AGREE"]["event"] == "SUPPORT"  # signed agreement
    assert plover["COOPERATE"]["event"] == "AGREE"  # planned
    assert plover["AID"]["event"] == "AID"
    assert plover["ACCUSE"]["actor"] == "KOR" and plover["ACCUSE"]["recipient"] == "PRK"
    assert plover["AID"]["cite_info"]["url"] == "https://irna.example/3"
    assert plover["AID"]["text_info"]["doc_id"] == "a3"
    assert plover["AID"]["event_text"]
    only_kor_jpn = run("export", *db, "--format", "csv", "--partner", "JPN")
    assert len(list(csv.DictReader(io.StringIO(only_kor_jpn)))) == 1


def test_user_errors_are_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no such database" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(
        main, ["export", "--db", str(tmp_path / "missing.db"), "--format", "parquet"]
    )
    assert result.exit_code == 2 and "needs -o" in result.output


def _spawn(db: Path, source: Path, delay: float, batch: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            FAKE_RUNNER,
            str(delay),
            "ingest",
            str(source),
            "--db",
            str(db),
            "--workers",
            "1",
            "--batch-size",
            str(batch),
            "--no-progress",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def _counts(db: Path) -> tuple[int, int, int, list[int]]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        per_event = sorted({n for (n,) in conn.execute("SELECT num_mentions FROM events")})
        fts = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        assert fts == docs
        return docs, mentions, events, per_event
    finally:
        conn.close()


def _committed_docs(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_during_ingest_then_resume(tmp_path: Path) -> None:
    source, db = tmp_path / "in.jsonl", tmp_path / "crash.db"
    write_corpus(source, 240)
    proc = _spawn(db, source, delay=0.01, batch=7)
    deadline = time.monotonic() + 60
    while _committed_docs(db) < 30 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _counts(db)[0]
    assert 30 <= partial < 240
    resume = _spawn(db, source, delay=0, batch=7)
    _, err = resume.communicate(timeout=120)
    assert resume.returncode == 0, err.decode()
    assert f"{partial} unchanged" in err.decode()
    assert _counts(db) == (240, 240, 60, [4])


@pytest.mark.slow
def test_two_writers_share_one_file(tmp_path: Path) -> None:
    source, db = tmp_path / "in.jsonl", tmp_path / "shared.db"
    write_corpus(source, 160)
    first = _spawn(db, source, delay=0.002, batch=5)
    second = _spawn(db, source, delay=0.002, batch=5)
    for proc in (first, second):
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert _counts(db) == (160, 160, 40, [4])


@pytest.mark.slow
def test_real_pipeline_same_result_with_two_workers(tmp_path: Path) -> None:
    from conftest import EXAMPLES
    from diplowatch.store import Store

    if not any(EXAMPLES.glob("*.txt")):
        pytest.skip("no example articles")
    results = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        run("ingest", str(EXAMPLES), "--db", str(db), "--workers", workers)
        with Store(db, readonly=True) as store:
            stats = store.stats()
            assert stats["documents"] > 0
            events = [
                {k: v for k, v in e.items() if k != "id"}
                for e in store.events(limit=None, order="date_asc")
            ]
            results.append((stats, sorted(events, key=lambda e: json.dumps(e, sort_keys=True))))
    assert results[0] == results[1]


WRITERS = 4


def _open_and_write(db: str, barrier: Any, doc_id: str, errors: Any) -> None:
    from diplowatch.store import Store

    try:
        barrier.wait(timeout=30)
        with Store(db) as store:
            store.add(Document(doc_id, f"text of {doc_id}"), Record(doc_id, "en", None))
    except Exception as exc:  # reported to the parent, which asserts on it
        errors.put(f"{doc_id}: {type(exc).__name__}: {exc}")


def _busy_core(stop: Any) -> None:
    while not stop.is_set():
        sum(range(10_000))


@pytest.mark.slow
def test_writers_opening_a_new_store_at_the_same_instant_never_fail(tmp_path: Path) -> None:
    """50 rounds of four writers released together on a new file, one core busy."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    stop, errors = ctx.Event(), ctx.Queue()
    load = ctx.Process(target=_busy_core, args=(stop,))
    load.start()
    try:
        for round_ in range(50):
            db = str(tmp_path / f"new{round_}.db")
            barrier = ctx.Barrier(WRITERS)
            writers = [
                ctx.Process(target=_open_and_write, args=(db, barrier, f"d{round_}-{i}", errors))
                for i in range(WRITERS)
            ]
            for w in writers:
                w.start()
            for w in writers:
                w.join(60)
            problems = (
                [errors.get(timeout=5) for _ in range(errors.qsize())] if not errors.empty() else []
            )
            assert not problems, problems
            assert _committed_docs(Path(db)) == WRITERS, f"round {round_}"
    finally:
        stop.set()
        load.join(10)
