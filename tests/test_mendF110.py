"""The built lexicon cache shared by checkouts at other commits
(``extract/built_cache.py``): the newest keys of a name stay, a read keeps
its file, a temp file a killed writer left goes once it is old, and
``--no-lexicon-cache`` does not outlive its command."""

from __future__ import annotations

import os
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from diplowatch.extract import built_cache


def _is_built(value: object) -> bool:
    return isinstance(value, dict) and "built" in value


def _own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``tmp_path`` as this test's private cache folder."""
    monkeypatch.setenv(built_cache.DIR_ENV, str(tmp_path))
    monkeypatch.delenv(built_cache.CACHE_ENV, raising=False)
    tmp_path.chmod(0o700)
    return tmp_path


def _this_build(folder: Path, name: str) -> Path:
    return folder / f"{name}-{built_cache.build_key()[:24]}.pickle"


def _aged(path: Path, content: bytes, age: float) -> Path:
    """``path`` written with ``content`` ``age`` seconds ago."""
    path.write_bytes(content)
    when = time.time() - age
    os.utime(path, (when, when))
    return path


def _other_build(folder: Path, name: str, digit: str, age: float) -> Path:
    """A file of ``name`` written by another build ``age`` seconds ago."""
    return _aged(folder / f"{name}-{digit * 24}.pickle", b"another build", age)


def test_another_builds_file_stays_when_this_one_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _own(tmp_path, monkeypatch)
    neighbour = _other_build(folder, "thing", "1", age=60)
    assert built_cache.cached("thing", lambda: {"built": 1}, _is_built) == {"built": 1}
    assert neighbour.exists()
    assert _this_build(folder, "thing").exists()


def test_the_oldest_beyond_the_limit_is_pruned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _own(tmp_path, monkeypatch)
    ages = {"1": 10.0, "2": 20.0, "3": 30.0, "4": 40.0}
    others = {digit: _other_build(folder, "thing", digit, age) for digit, age in ages.items()}
    foreign = _other_build(folder, "other", "9", age=10_000)
    built_cache.cached("thing", lambda: {"built": 1}, _is_built)
    kept = sorted(p.name for p in folder.glob("thing-*.pickle"))
    assert len(kept) == built_cache.KEEP
    assert _this_build(folder, "thing").name in kept
    # the newest others stay, the oldest go
    assert others["1"].exists() and others["2"].exists()
    assert not others["3"].exists() and not others["4"].exists()
    assert foreign.exists()  # another name is not counted


def test_a_read_touches_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _own(tmp_path, monkeypatch)
    built_cache.cached("thing", lambda: {"built": 1}, _is_built)
    path = _this_build(folder, "thing")
    long_ago = time.time() - 86_400
    os.utime(path, (long_ago, long_ago))
    calls: list[int] = []
    found = built_cache.cached("thing", lambda: calls.append(1) or {"built": 2}, _is_built)
    assert found == {"built": 1}
    assert not calls
    assert path.stat().st_mtime > long_ago + 3600
    # so newer files of other builds do not push it out of the newest KEEP
    for digit in "12":
        _other_build(folder, "thing", digit, age=600)
    built_cache._prune(folder, "thing", keep=folder / "thing-333333333333333333333333.pickle")
    assert path.exists()


def _temp(folder: Path, name: str, age: float) -> Path:
    """A temporary file a writer of ``name`` left ``age`` seconds ago."""
    return _aged(folder / f".{name}-{'5' * 24}.pickle.x{int(age)}.tmp", b"half a lexicon", age)


def test_a_temp_file_left_by_a_crash_is_pruned_when_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _own(tmp_path, monkeypatch)
    stale = _temp(folder, "thing", age=2 * 3600)
    fresh = _temp(folder, "thing", age=60)  # a writer may still be at work
    foreign = _temp(folder, "other", age=2 * 3600)
    built_cache.cached("thing", lambda: {"built": 1}, _is_built)
    assert not stale.exists()
    assert fresh.exists()
    assert foreign.exists()


def test_an_interrupted_write_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _own(tmp_path, monkeypatch)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(built_cache.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        built_cache._write(_this_build(folder, "thing"), {"built": 1})
    assert not list(folder.iterdir())


@click.command("probe-cache")
def _probe() -> None:
    click.echo(f"enabled={built_cache.enabled()}")


@pytest.mark.parametrize("before", [None, "1"])
def test_the_cli_flag_lasts_only_for_its_command(
    monkeypatch: pytest.MonkeyPatch, before: str | None
) -> None:
    from diplowatch.cli import main

    if before is None:
        monkeypatch.delenv(built_cache.CACHE_ENV, raising=False)
    else:
        monkeypatch.setenv(built_cache.CACHE_ENV, before)
    monkeypatch.setitem(main.commands, "probe-cache", _probe)
    result = CliRunner().invoke(main, ["--no-lexicon-cache", "probe-cache"])
    assert result.exit_code == 0, result.output
    assert "enabled=False" in result.output
    assert os.environ.get(built_cache.CACHE_ENV) == before
    assert built_cache.enabled()


def test_the_lexicon_is_pickled_through_the_file_not_a_bytes_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # stop 75's throughput run: a cold start held the pickled lexicon as
    # bytes too (~40 MB over the warm peak); writing and reading go through
    # the open file, so the in-memory forms are never asked for
    folder = _own(tmp_path, monkeypatch)

    def no_copy(*args: object, **kwargs: object) -> object:
        raise AssertionError("a bytes copy of the lexicon was made")

    monkeypatch.setattr(built_cache.pickle, "dumps", no_copy)
    monkeypatch.setattr(built_cache.pickle, "loads", no_copy)
    assert built_cache.cached("thing", lambda: {"built": 2}, _is_built) == {"built": 2}
    assert built_cache.cached("thing", lambda: {"built": 3}, _is_built) == {"built": 2}
    assert _this_build(folder, "thing").exists()
