"""Merging mentions of one real event across documents, and re-ingest rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplowatch.model import Actor, Amount, Document, Duplicate, Event, Evidence, Record
from diplowatch.store import Store
from diplowatch.store.merge import WINDOW_DAYS


def make(
    doc_id: str,
    events: list[Event],
    *,
    published: str | None = "2024-04-22",
    url: str | None = None,
    text: str | None = None,
    lang: str = "en",
) -> tuple[Document, Record]:
    body = text or f"Article {doc_id}: ministers met and talked about cooperation."
    doc = Document(doc_id=doc_id, text=body, lang=lang, published=published, url=url)
    record = Record(doc_id=doc_id, lang=lang, published=published, events=events)
    return doc, record


def ev(
    type_: str = "CONSULT",
    codes: tuple[str, ...] = ("KOR", "VNM"),
    *,
    date: str | None = None,
    status: str = "reported",
    location: str | None = None,
    sectors: tuple[str, ...] = (),
    evidence: str = "ministers met",
    mode: str | None = "meeting",
    amounts: tuple[Amount, ...] = (),
) -> Event:
    return Event(
        type=type_,
        mode=mode,
        status=status,
        actors=[Actor(code=c) for c in codes],
        date=date,
        location=location,
        sectors=list(sectors),
        amounts=list(amounts),
        evidence=Evidence(text=evidence, start=14, end=14 + len(evidence)),
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_one_meeting_reported_by_three_outlets_is_one_event(store: Store) -> None:
    store.add(*make("a", [ev(sectors=("trade",))], url="https://www.alriyadh.com/1"))
    store.add(
        *make(
            "b",
            [ev(codes=("VNM", "KOR"), sectors=("energy",))],
            published="2024-04-23",
            url="https://irna.ir/2",
        )
    )
    store.add(*make("c", [ev()], published="2024-04-24", url="https://irna.ir/3"))
    events = store.events(actor="KOR")
    assert len(events) == 1
    event = events[0]
    assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (3, 3, 2)
    assert event["first_seen"] == "2024-04-22" and event["last_seen"] == "2024-04-24"
    assert event["sectors"] == ["trade", "energy"]
    full = store.event(event["id"])
    assert full is not None
    assert [m["doc_id"] for m in full["mentions"]] == ["a", "b", "c"]
    assert full["mentions"][1]["evidence"] == {"text": "ministers met", "start": 14, "end": 27}
    assert store.relations("KOR")[0]["events"] == 1


def test_two_mentions_in_one_article_count_one_article(store: Store) -> None:
    store.add(*make("a", [ev(), ev(evidence="the talks")]))
    [event] = store.events()
    assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (2, 1, 1)


def test_window_is_anchored_and_does_not_drift(store: Store) -> None:
    store.add(*make("a", [ev(date="2024-04-10")]))
    store.add(*make("b", [ev(date=f"2024-04-{10 + WINDOW_DAYS:02d}")]))
    store.add(*make("c", [ev(date=f"2024-04-{10 + 2 * WINDOW_DAYS:02d}")]))
    store.add(*make("d", [ev(date="2024-05-20")]))
    counts = sorted(e["num_mentions"] for e in store.events())
    assert counts == [1, 1, 2]


@pytest.mark.parametrize(
    "other",
    [
        ev("AGREE"),
        ev(codes=("KOR", "JPN")),
        ev(codes=("KOR", "VNM", "JPN")),
        ev(status="planned"),
        ev(location="JPN"),
    ],
    ids=["type", "actors", "more-actors", "status", "place"],
)
def test_different_events_stay_apart(store: Store, other: Event) -> None:
    store.add(*make("a", [ev(location="VNM")]))
    store.add(*make("b", [other]))
    assert store.count_events() == 2


def test_unknown_place_overlaps_and_fills_in(store: Store) -> None:
    store.add(*make("a", [ev()]))
    store.add(*make("b", [ev(location="VNM")]))
    [event] = store.events()
    assert event["location"] == "VNM" and event["num_mentions"] == 2


def test_undated_event_uses_published_date(store: Store) -> None:
    store.add(*make("a", [ev(date="2024-04-21")]))
    store.add(*make("b", [ev(date=None)], published="2024-04-22"))
    [event] = store.events()
    assert event["num_articles"] == 2 and event["date"] == "2024-04-21"


def test_no_date_at_all_merges_only_within_one_document(store: Store) -> None:
    store.add(*make("a", [ev(), ev()], published=None))
    store.add(*make("b", [ev()], published=None))
    assert sorted(e["num_mentions"] for e in store.events()) == [1, 2]


def test_reingest_is_a_no_op_and_duplicates_count_once(store: Store) -> None:
    pair = make("a", [ev()], text="Same text.")
    assert store.add(*pair) == "added"
    assert store.add(*pair) == "unchanged"
    copy = make("a-copy", [ev()], text="Same text.")
    assert store.add(*copy) == "duplicate"
    assert store.known_status(copy[0]) == "duplicate"
    assert store.known_status(pair[0]) == "unchanged"
    near = make("a-near", [ev()], text="Same text, nearly.")
    near[0].skip_extraction, near[0].duplicate = True, Duplicate("a", "near")
    assert store.known_status(near[0]) == "duplicate"
    assert store.add(*near) == "duplicate"
    [event] = store.events()
    assert event["num_mentions"] == 1
    assert store.stats()["documents"] == 1 and store.stats()["duplicates"] == 2


def test_reextract_replaces_mentions_without_double_counting(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with Store(path, extractor_version="1") as old:
        old.add(*make("a", [ev(), ev("AID", amounts=(Amount(5e6, "USD", "pledge"),))]))
        old.add(*make("b", [ev()], url="https://x.org/b"))
    with Store(path, extractor_version="2") as new:
        doc, _ = make("a", [])
        assert new.known_status(doc) == "unchanged"
        assert new.known_status(doc, reextract=True) is None
        assert new.add(*make("a", [ev()]), reextract=False) == "unchanged"
        assert new.add(*make("a", [ev(sectors=("health",))]), reextract=True) == "reextracted"
        assert new.add(*make("a", [ev()]), reextract=True) == "unchanged"  # now current
        events = new.events()
        assert [(e["type"], e["num_mentions"], e["num_articles"]) for e in events] == [
            ("CONSULT", 2, 2)
        ]
        assert new.stats()["mentions"] == 2
        assert new.relations("KOR")[0]["types"] == {"CONSULT": 1}


def test_changed_text_updates_and_removes_stale_events(store: Store) -> None:
    store.add(*make("a", [ev("ACCUSE")], text="Old text."))
    assert store.add(*make("a", [ev("SUPPORT")], text="New text.")) == "updated"
    assert [e["type"] for e in store.events()] == ["SUPPORT"]
    assert store.relations("KOR")[0]["types"] == {"SUPPORT": 1}
    assert store.search("old") == [] and len(store.search("new")) == 1
    assert store.check() == "ok"


def test_named_actors_are_kept_per_event(store: Store) -> None:
    named = ev()
    named.actors[0] = Actor(code="KOR", role="foreign_minister", name="Cho Tae-yul")
    store.add(*make("a", [named]))
    store.add(*make("b", [ev()], url="https://y.org/1"))
    [event] = store.events()
    assert {"code": "KOR", "role": "foreign_minister", "name": "Cho Tae-yul"} in event["actors"]
    assert sorted(a["code"] for a in event["actors"]) == ["KOR", "VNM"]
