"""Dask engine: a worker killed mid-run loses no document and changes no byte of output."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pytest

from conftest import shared_path
from diplowatch.model import Document, Record
from diplowatch.problems import ProblemReporter
from diplowatch.scale.engine import execute
from diplowatch.scale.output import OutputDir
from diplowatch.scale.tables import TABLES

DOCS = 240
BATCH = 12


def slow_process(doc: Document) -> Record:
    """The real extraction, 10 ms slower per document.

    Extraction alone finishes 20 small partitions in a fraction of a second,
    faster than the test can pick a busy worker and kill it; the pause keeps
    the run long enough, and cannot change a record.
    """
    from diplowatch.pipeline import process

    time.sleep(0.01)
    return process(doc)


def _sample(tmp_path: Path) -> Path:
    corpus = shared_path("data", "corpus", "news.jsonl")
    sample = tmp_path / "sample.jsonl"
    with corpus.open("rb") as src, sample.open("wb") as dst:
        dst.writelines(islice(src, DOCS))
    return sample


def _tables(url: str) -> dict[str, pa.Table]:
    out = OutputDir(url)
    names = out.finished()
    return {t: pa.concat_tables([out.read_table(t, n) for n in names]) for t in TABLES}


@pytest.mark.slow
def test_killed_worker_loses_nothing_and_output_equals_single_process(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    from diplowatch.pipeline import process

    sample = _sample(tmp_path)
    reference = str(tmp_path / "single")
    # the reference needs no pause (nothing is killed in it): 2.4 s saved
    single = execute(
        [str(sample)],
        reference,
        ProblemReporter(stream=None),
        workers=1,
        batch=BATCH,
        processor=process,
    )
    assert single.failed == 0 and single.written == DOCS // BATCH

    clustered = str(tmp_path / "dask")
    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        silence_logs=logging.CRITICAL,
        dashboard_address=":0",
    )
    client = Client(cluster)
    killed: dict[str, object] = {}

    def kill_a_busy_worker() -> None:
        committed = Path(clustered) / "_committed"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            if committed.exists() and any(committed.glob("*.json")):
                busy = [addr for addr, keys in client.processing().items() if keys]
                if busy:
                    pids = client.run(os.getpid, workers=[busy[0]])
                    os.kill(pids[busy[0]], signal.SIGKILL)
                    killed["worker"] = busy[0]
                    killed["done_before"] = len(list(committed.glob("*.json")))
                    return
            time.sleep(0.02)

    try:
        killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
        killer.start()
        report = execute(
            [str(sample)],
            clustered,
            ProblemReporter(stream=None),
            engine="dask",
            batch=BATCH,
            client=client,
            processor=slow_process,
        )
        killer.join(timeout=5)
    finally:
        client.close()
        cluster.close()

    assert killed, "the run finished before a worker could be killed; the test proved nothing"
    assert int(killed["done_before"]) < DOCS // BATCH  # type: ignore[call-overload]
    assert report.failed == 0
    assert report.documents == single.documents
    ours, theirs = _tables(clustered), _tables(reference)
    for name in TABLES:
        assert ours[name].equals(theirs[name]), name
    assert ours["documents"].num_rows == single.documents
    leftovers = [p for p in Path(clustered).rglob(".tmp-*")]
    assert not leftovers


@pytest.mark.slow
def test_cli_engine_dask_starts_a_local_cluster_and_prints_the_dashboard(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from diplowatch.cli import main
    from diplowatch.scale.load import iter_pairs, open_output

    corpus = shared_path("data", "corpus", "news.jsonl")
    sample = tmp_path / "twelve.jsonl"
    with corpus.open("rb") as src, sample.open("wb") as dst:
        dst.writelines(islice(src, 12))
    out_dask, out_local = str(tmp_path / "dask"), str(tmp_path / "local")
    runner = CliRunner()
    args = ["extract", str(sample), "--batch", "5", "--workers", "1"]
    result = runner.invoke(main, [*args, "--engine", "dask", "--out", out_dask])
    assert result.exit_code == 0, result.output
    assert "Dask dashboard: http://" in result.output
    assert "3 partitions (3 written" in result.output
    assert runner.invoke(main, [*args, "--out", out_local]).exit_code == 0
    ours = [r.to_dict() for _, r in iter_pairs(open_output(out_dask))]
    assert ours == [r.to_dict() for _, r in iter_pairs(open_output(out_local))]
    assert len(ours) == 12
