"""`diplowatch serve`: option checks and a real server process on loopback."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from diplowatch.cli import main
from test_serve_browser import free_port
from test_serve_fixtures import build_store


def test_help_explains_options_with_examples() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for word in ("--db", "--host", "--port", "--allow-ingest", "--token", "Examples:", "127.0.0.1"):
        assert word in result.output


def test_allow_ingest_without_token_is_a_user_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["serve", "--db", str(tmp_path / "x.db"), "--allow-ingest"],
        env={"DIPLOWATCH_TOKEN": ""},
    )
    assert result.exit_code == 2
    assert "needs --token" in result.output


def test_port_in_use_is_reported_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(
            main, ["serve", "--db", str(tmp_path / "x.db"), "--port", str(port)]
        )
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output


def test_serve_process_answers_on_loopback(tmp_path: Path) -> None:
    db = build_store(tmp_path / "cli.db")
    port = free_port()
    exe = Path(sys.executable).with_name("diplowatch")
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(db), "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "DIPLOWATCH_TOKEN": ""},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError(
                        proc.stderr.read().decode() if proc.stderr else "no output"
                    ) from None
                time.sleep(0.2)
        assert response.json()["events"] == 7
        assert httpx.get(f"http://127.0.0.1:{port}/relations?focus=KOR").status_code == 200
        refused = httpx.post(
            f"http://127.0.0.1:{port}/api/ingest", files={"files": ("a.txt", b"x")}
        )
        assert refused.status_code == 403, "read-only unless --allow-ingest"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
