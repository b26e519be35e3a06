"""Many processes opening one new store at the same instant (issue 12, row 3).

The writers' side (four `Store()` writers, 50 rounds) is in test_store_cli.py;
here readers join them, and the writers are whole `diplowatch ingest`
commands. Each round releases every process at once on a file that does not
exist yet, with another process keeping a core busy.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplowatch.cli import main

ROUNDS = 12
WRITERS = 3
READERS = 2


def _story(i: int) -> str:
    return json.dumps(
        {"id": f"w{i}", "text": f"Envoys number {i} met in Vienna on Friday.", "lang": "en"}
    )


def _ingest(db: str, source: str, barrier: Any, errors: Any) -> None:
    try:
        barrier.wait(timeout=30)
        result = CliRunner().invoke(main, ["ingest", source, "--db", db, "--workers", "1"])
        if result.exit_code != 0:
            errors.put(f"ingest: exit {result.exit_code}: {result.output[-500:]}")
    except Exception as exc:  # reported to the parent, which asserts on it
        errors.put(f"ingest: {type(exc).__name__}: {exc}")


def _read(db: str, barrier: Any, errors: Any) -> None:
    try:
        barrier.wait(timeout=30)
        deadline = time.monotonic() + 20
        while not os.path.exists(db):  # a reader of a file not created yet is told so
            if time.monotonic() > deadline:
                return
            time.sleep(0.001)
        result = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl"])
        if result.exit_code != 0:
            errors.put(f"events: exit {result.exit_code}: {result.output[-500:]}")
    except Exception as exc:
        errors.put(f"events: {type(exc).__name__}: {exc}")


def _busy_core(stop: Any) -> None:
    while not stop.is_set():
        sum(range(10_000))


@pytest.mark.slow
def test_ingest_commands_and_readers_on_a_new_store_never_fail(tmp_path: Path) -> None:
    import multiprocessing

    from diplowatch.store import Store

    ctx = multiprocessing.get_context("fork")
    stop, errors = ctx.Event(), ctx.Queue()
    load = ctx.Process(target=_busy_core, args=(stop,))
    load.start()
    sources = []
    for w in range(WRITERS):
        path = tmp_path / f"in{w}.jsonl"
        path.write_text("\n".join(_story(w * 10 + i) for i in range(3)) + "\n", "utf-8")
        sources.append(str(path))
    try:
        for round_ in range(ROUNDS):
            db = str(tmp_path / f"new{round_}.db")
            barrier = ctx.Barrier(WRITERS + READERS)
            procs = [ctx.Process(target=_ingest, args=(db, s, barrier, errors)) for s in sources]
            procs += [ctx.Process(target=_read, args=(db, barrier, errors)) for _ in range(READERS)]
            for p in procs:
                p.start()
            for p in procs:
                p.join(120)
            problems = []
            while not errors.empty():
                problems.append(errors.get(timeout=5))
            assert not problems, (round_, problems)
            with Store(db, readonly=True) as store:
                assert store.stats()["documents"] == 3 * WRITERS, f"round {round_}"
    finally:
        stop.set()
        load.join(10)
