"""Fuzzing ingest, extract and the store (issue 12): a short run for `make test`.

``benchmarks/fuzz.py`` runs the same harness (tests/fuzzing.py) for minutes.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplowatch.lang import languages
from fuzzing import any_text, batches, fuzz_text, run_batch

_SHORT = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


@pytest.mark.slow(weight=2)
@_SHORT
@given(batches())
def test_hostile_batches_lose_no_valid_article(batch: dict) -> None:  # type: ignore[type-arg]
    outcome = run_batch(batch)
    assert not outcome.lost, outcome


@settings(max_examples=200, deadline=None, database=None)
@given(any_text, st.sampled_from([*languages(), None]))
def test_any_text_is_extracted_without_failure(text: str, lang: str | None) -> None:
    fuzz_text(text, lang)
