"""Dask engine hardening (issue 12): the dashboard listens where the CLI says,
and a killed `ingest --engine dask` leaves nothing in /tmp and resumes."""

from __future__ import annotations

import glob
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplowatch.store import Store
from test_store_duplicates import original


@pytest.mark.slow
def test_local_cluster_dashboard_listens_on_loopback() -> None:
    from diplowatch.scale.engine import connect_dask

    client, cluster = connect_dask(None, 1)
    try:
        sockets = cluster.scheduler.http_server._sockets.values()
        bound = {sock.getsockname()[0] for sock in sockets}
        assert bound == {"127.0.0.1"}, bound
        assert client.dashboard_link.startswith("http://127.0.0.1:")
        assert cluster.scheduler.address.startswith("tcp://127.0.0.1:")
    finally:
        client.close()
        cluster.close()


def _committed(parts: Path) -> int:
    """Finished partitions (a marker being written is a hidden temporary file)."""
    return sum(not p.name.startswith(".") for p in (parts / "_committed").glob("*.json"))


@pytest.mark.slow
def test_killed_dask_ingest_leaves_no_temporary_folder_and_resumes(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(original(i)) + "\n" for i in range(200)), "utf-8")
    db = tmp_path / "k.db"
    parts = tmp_path / "k.db.parts"
    exe = str(Path(sys.executable).with_name("diplowatch"))
    args = [exe, "ingest", str(source), "--db", str(db), "--engine", "dask"]
    args += ["--batch", "5", "--workers", "1", "--no-progress", "--dashboard", "127.0.0.1:0"]
    before = set(glob.glob("/tmp/diplowatch-parquet-*"))
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while not (parts / "_committed").exists() or _committed(parts) < 2:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "no partition finished in 120 s"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the command and its Dask workers
        proc.wait()
    done = _committed(parts)
    assert 2 <= done < 40, f"{done} of 40 partitions finished before the kill"
    assert set(glob.glob("/tmp/diplowatch-parquet-*")) == before

    rerun = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    already = int(rerun.stderr.split(" already done")[0].rsplit("written, ", 1)[1])
    assert already >= done
    assert not parts.exists(), "a completed run removes its partitions"
    with Store(db, readonly=True) as store:
        assert store.stats()["documents"] == 200
