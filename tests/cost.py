"""Cost checks that hold on a busy machine.

An absolute limit ("under one second") fails when another process shares
the core; the ratio of two sizes measured in the same run does not. A linear
step costs about ten times as much on ten times the input, a quadratic one a
hundred times, so ``growth`` with a slack of 3 separates them whatever the
machine's speed or load. Absolute figures belong in ``benchmarks/``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def cpu_seconds(fn: Callable[..., Any], *args: Any, repeat: int = 3) -> float:
    """Best of ``repeat`` CPU times of ``fn(*args)`` (the least disturbed run)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - started)
    return best


def growth(
    fn: Callable[[Any], Any], small: Any, large: Any, *, repeat: int = 3, floor: float = 0.002
) -> float:
    """How many times more CPU ``fn(large)`` takes than ``fn(small)``.

    ``floor`` keeps a run too short to time (a few ms, all noise) from
    turning into a huge ratio.
    """
    t_small = max(cpu_seconds(fn, small, repeat=repeat), floor)
    t_large = cpu_seconds(fn, large, repeat=repeat)
    return t_large / t_small


def assert_linear(
    fn: Callable[[Any], Any],
    small: Any,
    large: Any,
    size_ratio: float,
    *,
    slack: float = 3.0,
    repeat: int = 3,
    floor: float = 0.002,
) -> None:
    """``fn(large)`` costs at most ``slack`` × ``size_ratio`` × ``fn(small)``.

    The same verdict as ``growth(...) <= limit`` with the best of ``repeat``
    runs of each, in less time: the best of the large runs is within the limit
    exactly when one of them is, so the large input (ten times the work) is
    run again only while every run so far was over the limit. The small one is
    still timed ``repeat`` times: its best is the yardstick.
    """
    t_small = max(cpu_seconds(fn, small, repeat=repeat), floor)
    limit = slack * size_ratio
    best = float("inf")
    for _ in range(repeat):
        best = min(best, cpu_seconds(fn, large, repeat=1))
        if best / t_small <= limit:
            return
    raise AssertionError(
        f"cost grew {best / t_small:.1f}x for {size_ratio:g}x the input (limit {limit:g}x)"
    )
