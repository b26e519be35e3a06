"""Shared test helpers: where the shared data set lives and how to skip without it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from diplowatch.extract.built_cache import DIR_ENV

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """Path into ../shared, skipping the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} not found: ../shared (dev data and scorer) is only present in CI and dev machines"
        )
    return path


# the folder of this run's built lexicons (``pytest_configure``)
_CACHE_KEY = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """Built lexicons go to a folder of this run, never the user's cache
    (``extract/built_cache.py``): made by the main process and handed to
    pytest-xdist's workers through the environment they inherit, so the
    workers share one folder and each lexicon is built once per run."""
    if hasattr(config, "workerinput"):
        return
    folder = tempfile.mkdtemp(prefix="diplowatch-test-cache-")
    config.stash[_CACHE_KEY] = folder
    os.environ[DIR_ENV] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the run's lexicon folder (``pytest_configure``)."""
    folder = config.stash.get(_CACHE_KEY, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first, heaviest first (``@pytest.mark.slow(weight=N)``),
    each followed by one quick test.

    ``make test`` hands each pytest-xdist worker two tests at a time
    (``--maxschedchunk``): worker k starts with slow test k and one quick
    test, so the slow tests run side by side from the start instead of one
    after another on one worker, and the quick tests fill in around them.
    Order within each group is kept otherwise."""
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    quick = [item for item in items if item.get_closest_marker("slow") is None]
    slow.sort(key=lambda item: -_weight(item))
    paired = [x for pair in zip(slow, quick, strict=False) for x in pair]
    items[:] = paired + slow[len(paired) // 2 :] + quick[len(paired) // 2 :]


def _weight(item: pytest.Item) -> float:
    marker = item.get_closest_marker("slow")
    return float(marker.kwargs.get("weight", 1)) if marker is not None else 0.0
