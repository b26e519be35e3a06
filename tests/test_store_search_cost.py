"""Search cost is bounded (issue 12, row 4): terms de-duplicated and capped,
prefixes need two letters, and a time/step budget stops a query.

Costs are counted in SQLite virtual-machine steps (the progress handler's
calls), which do not depend on the machine or its load; the time limit is
checked with a clock the test controls, and once with the real clock against
the configured limit itself.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplowatch.cli import main
from diplowatch.model import Document, Record
from diplowatch.store import Store, fts
from diplowatch.store.fts import SEARCH_SECONDS, QueryTooExpensive

SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "no", "pi", "an", "al", "ar", "as"]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 documents of 200 pseudo-words: many words share their first letters."""
    path = tmp_path_factory.mktemp("search") / "s.db"
    rng = random.Random(7)
    pairs = []
    for i in range(600):
        words = (
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(200)
        )
        text = " ".join(words)
        pairs.append((Document(f"d{i}", text, lang="en"), Record(f"d{i}", "en", None)))
    with Store(path) as store:
        store.add_many(pairs)
    return path


def steps(store: Store, query: str) -> int:
    store.search(query, limit=5, max_seconds=None)
    return store.last_search_steps


def test_repeated_prefix_terms_cost_what_one_costs(big: Path) -> None:
    with Store(big, readonly=True) as store:
        once = steps(store, "an*")
        repeated = steps(store, "an* " * 166)  # 497 characters, within the API's limit
        assert repeated <= 2 * max(once, fts.CHECK_EVERY), (once, repeated)
        # The time bound: the configured limit itself, generous for a query
        # that now costs what a single term costs.
        started = time.monotonic()
        store.search("an* " * 166)
        assert time.monotonic() - started <= SEARCH_SECONDS


@pytest.mark.parametrize(
    "query, reason",
    [
        ("a*", "at least 2 letters"),
        ("ka* lo* mi* ru* te* sa*", "too many prefix searches"),
        (" ".join(f"w{i}" for i in range(40)), "too many words"),
    ],
)
def test_expensive_shapes_are_refused_before_running(big: Path, query: str, reason: str) -> None:
    with Store(big, readonly=True) as store, pytest.raises(QueryTooExpensive, match=reason):
        store.search(query)


def test_step_budget_stops_a_query_after_that_many_steps(big: Path) -> None:
    with Store(big, readonly=True) as store:
        full = steps(store, "ka* lo* mi* ru* te*")
        assert full > 10 * fts.CHECK_EVERY
        budget = full // 4
        with pytest.raises(QueryTooExpensive, match="query too expensive"):
            store.search("ka* lo* mi* ru* te*", max_steps=budget)
        assert budget < store.last_search_steps <= budget + fts.CHECK_EVERY
        assert store.search("lo", max_steps=full)  # a cheap query is unaffected


def test_time_budget_stops_a_query_at_its_limit(big: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter(range(10**6))
    monkeypatch.setattr(fts, "_clock", lambda: next(ticks) * 0.01)  # 10 ms per check
    with Store(big, readonly=True) as store:
        with pytest.raises(QueryTooExpensive, match="time limit"):
            store.search("ka* lo* mi* ru* te*", max_seconds=0.05)
        # Stopped at the first check past the limit: 5 checks of 10 ms, plus one.
        assert store.last_search_steps == 6 * fts.CHECK_EVERY


def test_cli_and_api_say_query_too_expensive(big: Path) -> None:
    result = CliRunner().invoke(main, ["search", "x*", "--db", str(big)])
    assert result.exit_code == 2
    assert "at least 2 letters" in result.output and "Traceback" not in result.output

    from fastapi.testclient import TestClient

    from diplowatch.serve import create_app
    from diplowatch.serve.access import Settings

    client = TestClient(create_app(Settings(db=big)), base_url="http://127.0.0.1")
    answer = client.get("/api/search", params={"q": "ka* lo* mi* ru* te* sa*"})
    assert answer.status_code == 422
    assert "too many prefix searches" in answer.json()["detail"]
