"""The stored record: agents kept, counts, copies counted as reports, honest dates.

Issue 13 points 2 and 3, and the store side of issue 10's agents and counts.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diplowatch.model import Actor, Document, Event, Evidence, Record
from diplowatch.pipeline import not_after
from diplowatch.store import Store
from diplowatch.store.merge import Copy, MentionRow, fold, party_key
from diplowatch.store.schema import SCHEMA_VERSION
from record_store import AR_POLICE, build, copy_of_police, pairs
from store_versions import undo_version_4


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "records.db")


def _by_type(store: Store) -> dict[str, dict]:
    return {e["type"]: e for e in store.events(limit=None)}


def test_actors_without_a_code_are_kept(db: Path) -> None:
    with Store(db, readonly=True) as store:
        attack = _by_type(store)["ASSAULT"]
    assert {"agent": "UAF"} in attack["actors"], "unknown gunmen are an actor of the attack"
    assert {"code": "IRQ", "agent": "CVL"} in attack["actors"]


def test_counts_of_people_are_stored(db: Path) -> None:
    with Store(db, readonly=True) as store:
        events = _by_type(store)
        full = store.event(events["COERCE"]["id"])
    assert events["COERCE"]["counts"] == {"arrested": 20}
    assert events["ASSAULT"]["counts"] == {"killed": 7}
    assert events["CONSULT"]["counts"] == {}
    assert full is not None and full["mentions"][0]["counts"] == {"arrested": 20}


def test_filter_by_agent_with_and_without_country(db: Path) -> None:
    with Store(db, readonly=True) as store:
        types = lambda **kw: sorted(e["type"] for e in store.events(limit=None, **kw))  # noqa: E731
        assert types(agent="COP") == ["COERCE"]
        assert types(agent="IRQ:COP") == ["COERCE"]
        assert types(agent="Iraq:COP") == ["COERCE"]  # a name where a code is accepted
        assert types(agent="IRN:COP") == []
        assert types(agent="-:UAF") == ["ASSAULT"]
        assert types(agent="CVL") == ["ASSAULT", "COERCE"]
        assert types(agent="cop,uaf") == ["ASSAULT", "COERCE"]
        assert types(agent="GOV", actor="IRN") == ["CONSULT", "SUPPORT"]
        assert store.count_events(agent="IRQ:CVL", type="ASSAULT") == 1


def test_a_copy_counts_as_a_report_from_its_outlet(db: Path) -> None:
    with Store(db, readonly=True) as store:
        police = _by_type(store)["COERCE"]
        full = store.event(police["id"])
        stats = store.stats()
        copies = store.duplicates()
        doc = store.document("ar-police")
        assert store.document("ar-police-copy") is None
        copy = store.copy("ar-police-copy")
    assert (police["num_mentions"], police["num_articles"], police["num_copies"]) == (1, 2, 1)
    assert police["num_sources"] == 2  # first.example and second.example
    assert police["last_seen"] == "2024-05-04"  # the copy's publication date
    assert stats["duplicates"] == 1
    assert [c["doc_id"] for c in copies] == ["ar-police-copy"]
    assert copies[0]["duplicate_of"] == "ar-police" and copies[0]["kind"] == "exact"
    assert copies[0]["outlet"] == "second.example.invalid"
    assert full is not None and full["mentions"][0]["copies"][0]["doc_id"] == "ar-police-copy"
    assert doc is not None and [c["doc_id"] for c in doc["copies"]] == ["ar-police-copy"]
    assert copy is not None and copy["duplicate_of"] == "ar-police"


def test_a_copy_stored_before_its_original_is_counted_when_the_original_arrives(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "late.db") as store:
        doc, record = pairs()[0]
        store.add(doc, record)
        store.add(copy_of_police(), Record(doc_id="ar-police-copy", lang="ar", published=None))
        assert store.events()[0]["num_articles"] == 2
        # The copy is stored as a document of its own after all (say, its text changed):
        # it is no copy any more, and the original's event loses the report.
        own = Document("ar-police-copy", AR_POLICE + " تحديث", lang="ar")
        store.add(own, Record(doc_id="ar-police-copy", lang="ar", published=None))
        assert store.duplicates() == []
        assert [e["num_articles"] for e in store.events() if e["type"] == "COERCE"] == [1]


def test_first_and_last_seen_only_from_publication_or_event_dates(db: Path) -> None:
    with Store(db, readonly=True) as store:
        events = _by_type(store)
    attack = events["ASSAULT"]  # no publication date, no event date
    assert attack["date"] is None
    assert (attack["first_seen"], attack["last_seen"]) == (None, None)
    assert (events["COERCE"]["first_seen"], events["COERCE"]["last_seen"]) == (
        "2024-05-02",
        "2024-05-04",
    )


def test_undated_events_are_counted_and_listed(db: Path) -> None:
    with Store(db, readonly=True) as store:
        assert store.undated("IRQ") == 1
        assert store.undated("IRQ", partner="IRN") == 0
        assert store.stats()["undated_events"] == 1
        assert [e["type"] for e in store.events(actor="IRQ", undated=True)] == ["ASSAULT"]
        months = sum(r["count"] for r in store.timeline("IRQ"))
        dated = store.count_events(actor="IRQ") - store.undated("IRQ")
    assert months == dated  # the timeline shows exactly the dated ones


def test_an_event_date_after_the_article_is_dropped_unless_planned() -> None:
    evidence = Evidence("x", 0, 1)
    done = Event("AGREE", None, "reported", [Actor("KOR")], date="2030-01-01", evidence=evidence)
    planned = Event("CONSULT", None, "planned", [Actor("KOR")], date="2030-01-01")
    earlier = Event("AGREE", None, "reported", [Actor("KOR")], date="2024-04-20")
    assert not_after(done, "2024-04-22").date is None
    assert not_after(planned, "2024-04-22").date == "2030-01-01"
    assert not_after(earlier, "2024-04-22").date == "2024-04-20"
    assert not_after(done, None).date == "2030-01-01"  # nothing to compare with


def test_the_store_drops_a_reported_date_in_the_future(tmp_path: Path) -> None:
    text = "The two ministers signed the agreement."
    event = Event(
        "AGREE",
        "sign",
        "reported",
        [Actor("KOR"), Actor("VNM")],
        date="2999-01-01",
        evidence=Evidence(text, 0, len(text)),
    )
    with Store(tmp_path / "future.db") as store:
        store.add(Document("f", text, lang="en"), Record("f", "en", None, events=[event]))
        (stored,) = store.events()
    assert stored["date"] is None, "an undated article cannot report a deed of the year 2999"


def test_invalid_published_is_not_stored(tmp_path: Path) -> None:
    text = "The two ministers met."
    with Store(tmp_path / "p.db") as store:
        store.add(Document("p", text, lang="en", published="2024-13-45"), Record("p", "en", None))
        assert store.document("p")["published"] is None


def test_parties_and_fold_are_pure() -> None:
    assert party_key([{"code": "IRN"}, {"code": "IRN", "agent": "GOV"}]) == "IRN"
    assert party_key([{"agent": "UAF"}, {"code": "IRQ", "agent": "CVL"}]) == "-:UAF,IRQ:CVL"
    row = MentionRow(
        mention_id=1,
        type="ASSAULT",
        mode=None,
        status="reported",
        eff_date=None,
        date=None,
        location=None,
        actors=[{"agent": "UAF"}, {"code": "IRQ", "agent": "CVL"}],
        sectors=[],
        amounts=[],
        counts={"killed": 3},
        doc=1,
        doc_id="a",
        outlet="a.example",
        published=None,
    )
    later = MentionRow(**{**row.__dict__, "mention_id": 2, "doc": 2, "doc_id": "b",
                          "outlet": "b.example", "counts": {"killed": 5, "wounded": 2},
                          "published": "2024-01-02"})  # fmt: skip
    folded = fold([row, later], [Copy("c", "c.example", "2024-01-05"), Copy("d", None, None)])
    assert folded.counts == {"killed": 5, "wounded": 2}  # the highest figure reported
    assert (folded.num_articles, folded.num_copies, folded.num_sources) == (4, 2, 4)
    assert (folded.first_seen, folded.last_seen) == ("2024-01-02", "2024-01-05")
    assert folded.codes.keys() == {"IRQ"}


def test_a_version_3_store_is_upgraded(db: Path) -> None:
    with Store(db, readonly=True) as store:
        before = store.events(limit=None, order="id")
    conn = sqlite3.connect(db)
    undo_version_4(conn)
    # What version 3 wrote: the ingest day as first/last seen, copies not counted.
    conn.execute("UPDATE events SET first_seen = '2099-01-01', last_seen = '2099-01-01'")
    conn.execute("UPDATE events SET num_articles = num_mentions")
    conn.commit()
    conn.close()
    with Store(db) as store:
        after = store.events(limit=None, order="id")
        assert store.count_events(agent="IRQ:COP") == 1
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    strip = ("counts",)  # version 3 kept no counts: they stay empty until re-extraction
    assert [{k: v for k, v in e.items() if k not in strip} for e in after] == [
        {k: v for k, v in e.items() if k not in strip} for e in before
    ]
