"""``cost.assert_linear`` gives the verdict of the best of three runs of each
size, but runs the large input again only while every run so far was over the
limit (suite109): the growth tests spent two of every three large runs on a
verdict already reached. Timings here are made up (``cpu_seconds`` replaced),
so the checks hold on any machine; the texts are written for these tests.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

import cost

SMALL = "وقع البلدان اتفاقية للتعاون في مجال الطاقة."
LARGE = {
    "ar": SMALL * 10,
    "fa": "دو کشور توافقنامه همکاری در زمینه انرژی امضا کردند." * 10,
    "en": "The two countries signed an energy cooperation agreement." * 10,
}


def _fake_clock(
    monkeypatch: pytest.MonkeyPatch, small: list[float], large: list[float]
) -> list[str]:
    """Replace ``cost.cpu_seconds``: each call on the small input takes the next
    of ``small``, on any other the next of ``large``; returns the calls' log."""
    runs: dict[str, Iterator[float]] = {"small": iter(small), "large": iter(large)}
    calls: list[str] = []

    def cpu_seconds(fn: object, arg: object, repeat: int = 3) -> float:
        kind = "small" if arg == SMALL else "large"
        calls.extend([kind] * repeat)
        return min(next(runs[kind]) for _ in range(repeat))

    monkeypatch.setattr(cost, "cpu_seconds", cpu_seconds)
    return calls


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_a_large_run_within_the_limit_ends_the_check(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _fake_clock(monkeypatch, [0.02, 0.01, 0.03], [0.12])
    cost.assert_linear(len, SMALL, LARGE[lang], 10)  # 12x against a limit of 30x
    assert calls == ["small", "small", "small", "large"]


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_a_slow_large_run_is_timed_again(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the first large run was disturbed (50x); the second is the real cost
    calls = _fake_clock(monkeypatch, [0.01, 0.01, 0.01], [0.5, 0.11])
    cost.assert_linear(len, SMALL, LARGE[lang], 10)
    assert calls.count("large") == 2


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_every_large_run_over_the_limit_fails_with_the_best(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _fake_clock(monkeypatch, [0.01, 0.01, 0.01], [0.9, 0.5, 0.7])
    with pytest.raises(AssertionError, match=r"cost grew 50\.0x for 10x the input \(limit 30x\)"):
        cost.assert_linear(len, SMALL, LARGE[lang], 10)
    assert calls.count("large") == 3


def test_the_verdict_is_that_of_the_best_of_three() -> None:
    """Every combination of small and large timings: the check passes exactly
    when the best large over the best small (floored) is within the limit."""
    values = [0.001, 0.01, 0.1, 0.3, 0.35]
    for small in itertools.product(values, repeat=3):
        for large in itertools.product(values, repeat=3):
            expected = min(large) / max(min(small), 0.002) <= 30
            with pytest.MonkeyPatch.context() as patch:
                _fake_clock(patch, list(small), list(large))
                try:
                    cost.assert_linear(len, SMALL, LARGE["en"], 10)
                    passed = True
                except AssertionError:
                    passed = False
            assert passed is expected, (small, large)


def test_the_real_clock_still_times_a_real_function() -> None:
    """No fake: joining ten times the pieces costs about ten times as much."""
    pieces = [LARGE[lang] for lang in ("ar", "fa", "en")] * 2_000
    cost.assert_linear(" ".join, pieces, pieces * 10, 10)
