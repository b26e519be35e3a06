"""parallel_map: order, laziness (bounded memory), errors, dead workers."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest

from diplowatch.pool import parallel_map


def _square(x: int) -> int:
    return x * x


def _pid(_: int) -> int:
    return os.getpid()


def _fail_on_seven(x: int) -> int:
    if x == 7:
        raise ValueError("seven")
    return x


def _die_once(marker: str, x: int) -> int:
    # The first worker to see item 5 kills itself (like the OOM killer would).
    if x == 5 and not Path(marker).exists():
        Path(marker).touch()
        os._exit(9)
    return x + 1


def test_output_keeps_input_order() -> None:
    items = list(range(200))
    out = list(parallel_map(_square, iter(items), workers=2, chunk_size=3))
    assert out == [x * x for x in items]


def test_runs_in_other_processes_when_workers_above_one() -> None:
    pids = set(parallel_map(_pid, range(40), workers=2, chunk_size=2))
    assert os.getpid() not in pids
    assert set(parallel_map(_pid, range(5), workers=1)) == {os.getpid()}


def test_input_is_pulled_lazily_within_the_window() -> None:
    pulled = 0

    def source():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield i

    results = parallel_map(_square, source(), workers=2, chunk_size=5, window=3)
    assert next(results) == 0
    # window chunks submitted, plus one refill after the first chunk came back
    assert pulled <= (3 + 1) * 5
    results.close()
    assert pulled < 100


def test_function_errors_reach_the_caller() -> None:
    with pytest.raises(ValueError, match="seven"):
        list(parallel_map(_fail_on_seven, range(20), workers=2, chunk_size=2))


def test_a_killed_worker_loses_no_item(tmp_path: Path) -> None:
    func = partial(_die_once, str(tmp_path / "died"))
    out = list(parallel_map(func, range(30), workers=2, chunk_size=2))
    assert (tmp_path / "died").exists()
    assert out == [x + 1 for x in range(30)]


def test_rejects_empty_chunks() -> None:
    with pytest.raises(ValueError):
        list(parallel_map(_square, [1], chunk_size=0))
