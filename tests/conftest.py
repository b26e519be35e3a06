"""Shared test helpers: where the shared data set lives and how to skip without it."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests marked ``slow`` first, longest-first scheduling: with
    ``make test``'s workers (pytest-xdist) a slow test started last would
    leave one worker busy alone at the end; started first, the others
    share out the short tests meanwhile. Order within each group is kept."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
