"""``merge.fold``: one event from its mentions, tested on plain values (no SQLite).

The store reads an event's mentions and the copies of their documents and
hands them to ``fold`` (``store.refresh``); these tests build those rows by
hand, so the aggregation rules are checked without any database.
"""

from __future__ import annotations

import ast
import inspect
from typing import Any

from diplowatch.store import merge
from diplowatch.store.merge import Copy, MentionRow, fold


def row(
    mention_id: int,
    doc_id: str,
    *,
    outlet: str | None = None,
    published: str | None = "2024-04-22",
    mode: str | None = "meeting",
    location: str | None = None,
    date: str | None = None,
    actors: list[dict[str, Any]] | None = None,
    sectors: list[str] | None = None,
    amounts: list[dict[str, Any]] | None = None,
    counts: dict[str, int] | None = None,
    eff_date: str | None = "2024-04-22",
) -> MentionRow:
    return MentionRow(
        mention_id=mention_id,
        type="CONSULT",
        mode=mode,
        status="reported",
        eff_date=eff_date,
        date=date,
        location=location,
        actors=actors if actors is not None else [{"code": "KOR"}, {"code": "VNM"}],
        sectors=sectors or [],
        amounts=amounts or [],
        counts=counts or {},
        doc=mention_id,
        doc_id=doc_id,
        outlet=outlet or f"{doc_id}.example",
        published=published,
    )


def test_fold_imports_no_database() -> None:
    tree = ast.parse(inspect.getsource(merge))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (
            node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")]
        )
    }
    assert not imported & {"sqlite3", "duckdb"}


def test_three_outlets_are_three_sources_and_articles() -> None:
    folded = fold([row(1, "a"), row(2, "b"), row(3, "c")])
    assert (folded.num_mentions, folded.num_sources, folded.num_articles) == (3, 3, 3)
    assert folded.num_copies == 0
    assert folded.first_mention == 1
    assert (folded.type, folded.status, folded.date) == ("CONSULT", "reported", "2024-04-22")


def test_two_mentions_of_one_article_count_one_article() -> None:
    folded = fold([row(1, "a"), row(2, "a")])
    assert (folded.num_mentions, folded.num_sources, folded.num_articles) == (2, 1, 1)


def test_one_outlet_with_two_articles_is_one_source() -> None:
    folded = fold([row(1, "a", outlet="wire.example"), row(2, "b", outlet="wire.example")])
    assert (folded.num_sources, folded.num_articles) == (1, 2)


def test_copies_count_as_articles_and_sources_once() -> None:
    copies = [
        Copy("copy-1", "other.example", "2024-04-25"),
        Copy("copy-1", "other.example", "2024-04-25"),  # the same copy seen twice
        Copy("copy-2", None, None),  # no outlet: the copy is its own source
        Copy("a", "a.example", None),  # a reporting document is no copy of itself
    ]
    folded = fold([row(1, "a")], copies)
    assert folded.num_copies == 2
    assert folded.num_articles == 3
    assert folded.num_sources == 3  # a.example, other.example, doc:copy-2
    assert (folded.first_seen, folded.last_seen) == ("2024-04-22", "2024-04-25")


def test_seen_dates_come_from_publication_else_from_event_dates() -> None:
    dated = fold([row(1, "a", published="2024-04-20T08:00:00Z"), row(2, "b", published=None)])
    assert (dated.first_seen, dated.last_seen) == ("2024-04-20", "2024-04-20")
    undated = fold(
        [
            row(1, "a", published=None, date="2024-03-02"),
            row(2, "b", published=None, date="2024-03-01"),
        ]
    )
    assert (undated.first_seen, undated.last_seen) == ("2024-03-01", "2024-03-02")
    nothing = fold([row(1, "a", published="not a date")])
    assert (nothing.first_seen, nothing.last_seen) == (None, None)


def test_mode_is_the_most_common_and_place_the_first_known() -> None:
    folded = fold(
        [
            row(1, "a", mode="call"),
            row(2, "b", mode="visit", location="HNO"),
            row(3, "c", mode="visit", location="SEL"),
            row(4, "d", mode=None),
        ]
    )
    assert folded.mode == "visit"
    assert folded.location == "HNO"


def test_sectors_amounts_and_counts_are_united() -> None:
    pledge = {"value": 5.0, "currency": "USD", "kind": "pledge"}
    folded = fold(
        [
            row(1, "a", sectors=["trade"], amounts=[pledge], counts={"killed": 3}),
            row(
                2,
                "b",
                sectors=["energy", "trade"],
                amounts=[dict(pledge), {"value": 2.0, "currency": "USD", "kind": "loan"}],
                counts={"killed": 5, "wounded": 2},
            ),
            row(3, "c", counts={"killed": 4}),
        ]
    )
    assert folded.sectors == ["trade", "energy"]
    assert [a["kind"] for a in folded.amounts] == ["pledge", "loan"]
    # Reports of one attack disagree as figures rise: the highest is kept.
    assert folded.counts == {"killed": 5, "wounded": 2}


def test_actors_are_united_and_a_bare_code_gives_way_to_a_described_one() -> None:
    folded = fold(
        [
            row(1, "a", actors=[{"code": "KOR"}, {"code": "VNM"}]),
            row(
                2,
                "b",
                actors=[
                    {"code": "KOR", "role": "minister", "name": "Cho Tae-yul"},
                    {"code": "VNM"},
                    {"code": "VNM", "agent": "COP"},
                ],
            ),
        ]
    )
    assert folded.actors == [
        {"code": "KOR", "role": "minister", "name": "Cho Tae-yul"},
        {"code": "VNM", "agent": "COP"},
    ]
    assert folded.codes["KOR"]["name"] == "Cho Tae-yul"
    assert set(folded.codes) == {"KOR", "VNM"}


def test_party_key_ignores_order_and_the_government_agent() -> None:
    one = merge.party_key([{"code": "IRN", "agent": "GOV"}, {"code": "IRQ", "agent": "COP"}])
    two = merge.party_key([{"code": "IRQ", "agent": "COP"}, {"code": "IRN"}])
    assert one == two == "IRN,IRQ:COP"
    assert merge.party_key([{"code": None, "agent": "UAF"}]) == "-:UAF"


def test_window_and_places() -> None:
    assert merge.window("2024-03-01") == ("2024-02-27", "2024-03-04")
    assert merge.day_distance("2024-02-27", "2024-03-01") == 3
    assert merge.places_overlap(None, "HNO") and merge.places_overlap(" hno", "HNO")
    assert not merge.places_overlap("SEL", "HNO")
    assert merge.effective_date(None, "2024-04-22T10:00:00Z") == "2024-04-22"
    assert merge.iso_day("2024-02-30") is None
