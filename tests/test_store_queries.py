"""Full-text search on Arabic/Persian variants, query filters, relations, API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import diplowatch
from diplowatch.model import Actor, Document, Event, Evidence, Record
from diplowatch.problems import UserError
from diplowatch.store import Store
from store_versions import undo_version_4
from test_store_merge import ev, make

# Hand-written sample sentences (not from any corpus).
AR_VOWELLED = "وَقَّعَ وَزِيرُ الخَارِجِيَّةِ الكُورِيُّ اتِّفَاقِيَّةً فِي هَانُوي"
AR_PLAIN = "وقع وزير الخارجية الكوري اتفاقية في هانوي"
FA_TEXT = "همکاری‌های اقتصادی ایران و کره در سئول بررسی شد"


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "q.db") as s:
        yield s


def test_arabic_search_ignores_diacritics_both_ways(store: Store) -> None:
    store.add(*make("vowelled", [], text=AR_VOWELLED, lang="ar"))
    store.add(*make("plain", [], text=AR_PLAIN + " اليوم", lang="ar"))
    assert {r["doc_id"] for r in store.search("اتفاقية")} == {"vowelled", "plain"}
    assert {r["doc_id"] for r in store.search("اتِّفَاقِيَّة")} == {"vowelled", "plain"}
    assert {r["doc_id"] for r in store.search("الخارجيـــة")} == {"vowelled", "plain"}  # tatweel
    assert [r["doc_id"] for r in store.search("اليوم")] == ["plain"]
    assert store.search("سيول") == []


def test_persian_and_arabic_letter_variants_match(store: Store) -> None:
    store.add(*make("fa", [], text=FA_TEXT, lang="fa"))
    arabic_spelling = "همكاري"  # Arabic kaf and yeh
    assert [r["doc_id"] for r in store.search(arabic_spelling)] == ["fa"]
    assert [r["doc_id"] for r in store.search("ایران كره")] == ["fa"]
    assert [r["doc_id"] for r in store.search("همکاری‌های")] == ["fa"]  # ZWNJ word
    assert [r["doc_id"] for r in store.search("اقتصا*")] == ["fa"]
    hit = store.search("کره", lang="fa")[0]
    assert "[" in hit["snippet"] and "<mark>" in hit["snippet_html"]
    assert store.search("کره", lang="ar") == []


def test_persian_words_written_joined_or_apart_find_each_other(store: Store) -> None:
    """ "می" and "ها" may be joined to their word, set off by a ZWNJ or by a
    space; each spelling typed finds the others (``DETACHED`` in
    lang/fa/affixes.py)."""
    store.add(*make("zwnj", [], text="دولت می‌خواهد کتاب‌ها را بفرستد", lang="fa"))
    store.add(*make("joined", [], text="وزارت میخواهد کتابها را بخرد", lang="fa"))
    store.add(*make("spaced", [], text="شهرداری می خواهد کتاب ها را بفروشد", lang="fa"))
    every = {"zwnj", "joined", "spaced"}
    for query in ("می‌خواهد", "میخواهد", "کتاب‌ها", "کتابها"):
        assert {r["doc_id"] for r in store.search(query)} == every, query
    (hit,) = [r for r in store.search("میخواهد") if r["doc_id"] == "zwnj"]
    assert "[می]" in hit["snippet"] and "[خواهد]" in hit["snippet"]
    # Arabic and English words have no detached parts: searched as before.
    store.add(*make("ar", [], text="الحكومة تريد إرسال الكتب", lang="ar"))
    store.add(*make("en", [], text="The government wants to send the books", lang="en"))
    assert [r["doc_id"] for r in store.search("الكتب")] == ["ar"]
    assert [r["doc_id"] for r in store.search("books")] == ["en"]


@pytest.mark.parametrize(
    "query", ['"; DROP TABLE documents; --', "NEAR(a b)", "OR", "*", "a AND", "()", "'"]
)
def test_search_treats_syntax_as_data(store: Store, query: str) -> None:
    store.add(*make("a", [], text="documents about a table"))
    assert isinstance(store.search(query), list)
    assert store.stats()["documents"] == 1


def _fill(store: Store) -> None:
    store.add(
        *make("k1", [ev(date="2024-01-05", sectors=("energy",))], lang="ar", url="https://a.sa/1")
    )
    store.add(
        *make(
            "k2",
            [ev("AGREE", date="2024-02-10", sectors=("trade", "energy"))],
            lang="fa",
            url="https://b.ir/2",
        )
    )
    store.add(
        *make(
            "k3",
            [ev("ACCUSE", ("KOR", "PRK"), date="2024-02-11")],
            lang="en",
            url="https://c.com/3",
        )
    )
    store.add(
        *make("k4", [ev("AID", ("KOR", "VNM"), date="2024-03-01", status="planned")], lang="en")
    )
    store.add(
        *make("k5", [ev("CONSULT", ("JPN", "CHN"), date="2023-12-30", status="negated")], lang="en")
    )


def test_event_filters(store: Store) -> None:
    _fill(store)
    ids = lambda **kw: [e["type"] for e in store.events(**kw)]  # noqa: E731
    assert ids(actor="KOR") == ["AID", "ACCUSE", "AGREE", "CONSULT"]
    assert ids(actor="kor", partner="VNM") == ["AID", "AGREE", "CONSULT"]
    assert ids(partner="PRK") == ["ACCUSE"]
    assert ids(type="agree,aid") == ["AID", "AGREE"]
    assert ids(status="planned") == ["AID"]
    assert ids(sector="energy") == ["AGREE", "CONSULT"]
    assert ids(since="2024-02", until="2024-02") == ["ACCUSE", "AGREE"]
    assert ids(until="2023") == ["CONSULT"]
    assert ids(lang="fa") == ["AGREE"]
    assert ids(source="c.com") == ["ACCUSE"]
    assert ids(actor="KOR", order="date_asc", limit=2) == ["CONSULT", "AGREE"]
    assert ids(actor="KOR", limit=2, offset=2) == ["AGREE", "CONSULT"]
    assert store.count_events(actor="KOR", since="2024-02") == 3
    with pytest.raises(UserError):
        store.events(since="last week")
    with pytest.raises(UserError):
        store.events(order="id; DROP TABLE events")


def test_parameters_are_bound_not_formatted(store: Store) -> None:
    _fill(store)
    hostile = "KOR' OR 1=1 --"
    # Free text reaches SQL only as bound values; codes and types are checked first.
    assert store.events(source=hostile) == []
    assert store.count_events(source=[hostile, "x"]) == 0
    for call in (
        lambda: store.events(actor=hostile),
        lambda: store.events(type=[hostile]),
        lambda: store.relations(hostile),
        lambda: store.timeline("KOR", partner=hostile),
    ):
        with pytest.raises(UserError, match="not a known"):
            call()
    assert store.document(hostile) is None
    assert store.stats()["events"] == 5


def test_relations_balance_and_timeline(store: Store) -> None:
    _fill(store)
    rel = {r["partner"]: r for r in store.relations("KOR")}
    assert list(rel) == ["VNM", "PRK"]
    vnm = rel["VNM"]
    assert (vnm["events"], vnm["cooperation"], vnm["conflict"], vnm["balance"]) == (3, 3, 0, 1.0)
    assert vnm["top_sectors"] == ["energy", "trade"]
    assert vnm["last_contact"] == "2024-03-01"
    assert vnm["types"] == {"AGREE": 1, "AID": 1, "CONSULT": 1}
    assert vnm["score_sum"] == 1.0 + 3.0 + 7.0
    assert rel["PRK"]["balance"] == -1.0
    negated = store.relations("JPN")[0]
    assert (negated["cooperation"], negated["conflict"], negated["balance"]) == (0, 0, 0.0)
    assert [r["partner"] for r in store.relations("KOR", since="2024-02-11")] == ["PRK", "VNM"]
    assert store.timeline("KOR", partner="VNM") == [
        {"month": "2024-01", "type": "CONSULT", "count": 1},
        {"month": "2024-02", "type": "AGREE", "count": 1},
        {"month": "2024-03", "type": "AID", "count": 1},
    ]
    assert sum(r["count"] for r in store.timeline("KOR")) == 4
    assert store.top_pairs(1) == [{"pair": ["KOR", "VNM"], "events": 3}]


def test_document_keeps_annotations_and_event_offsets(store: Store) -> None:
    text = "Seoul and Hanoi signed an agreement."
    doc = Document(doc_id="d", text=text, lang="en", published="2024-04-22", title="T")
    event = Event(
        type="AGREE",
        mode="sign",
        status="reported",
        actors=[Actor("KOR"), Actor("VNM")],
        evidence=Evidence(text=text, start=0, end=len(text)),
    )
    annotations = [{"start": 0, "end": 5, "kind": "actor", "label": "KOR"}]
    record = Record(
        doc_id="d",
        lang="en",
        published="2024-04-22",
        events=[event],
        annotations=annotations,
    )
    store.add(doc, record)
    stored = store.document("d")
    assert stored is not None
    assert stored["text"] == text and stored["annotations"] == annotations
    assert "annotations" not in stored["meta"]
    assert stored["events"][0]["evidence"] == {"text": text, "start": 0, "end": len(text)}
    assert store.stats()["by_lang"] == {"en": 1} and store.stats()["by_type"] == {"AGREE": 1}


def test_readonly_and_schema_guard(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    with pytest.raises(UserError, match="no such database"):
        Store(path, readonly=True)
    with Store(path) as s:
        s.add(*make("a", [ev()]))
    with Store(path, readonly=True) as ro:
        assert ro.count_events() == 1
        with pytest.raises(UserError):
            ro.add(*make("b", [ev()]))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="newer"):
        Store(path)
    not_db = tmp_path / "x.db"
    not_db.write_text("hello, not sqlite" * 100)
    with pytest.raises(UserError, match="not a diplowatch database"):
        Store(not_db)


def test_python_api_dataclasses_and_frame(tmp_path: Path) -> None:
    path = tmp_path / "api.db"
    with Store(path) as s:
        _fill(s)
    with diplowatch.open(path) as db:
        events = db.events(actor="KOR", partner="VNM")
        assert [e.type for e in events] == ["AID", "AGREE", "CONSULT"]
        assert events[0].actor_codes == ["KOR", "VNM"] and events[0].num_mentions == 1
        frame = db.events_frame(actor="KOR")
        assert len(frame) == 4 and set(frame["actor2"]) == {"VNM", "PRK"}
        assert db.events(as_frame=True, type="AID")["type"].tolist() == ["AID"]
        one = db.event(events[0].id)
        assert one is not None and one.mentions[0]["doc_id"] == "k4"
        assert db.relations("KOR", as_frame=True)["partner"].tolist() == ["VNM", "PRK"]


def _stat_tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
            for table in ("pair_stats", "pair_sector_stats", "actor_month_stats")
        }
    finally:
        conn.close()


def test_incremental_buckets_equal_a_rebuild(tmp_path: Path) -> None:
    """Random adds, merges, updates and re-extractions keep the buckets exact."""
    import random

    from diplowatch.store import stats

    rng = random.Random(5)
    path = tmp_path / "s.db"
    codes = ["KOR", "VNM", "JPN", "PRK"]
    with Store(path, extractor_version="a") as store:
        for round_ in range(60):
            doc_id = f"d{rng.randrange(25)}"
            events = [
                ev(
                    rng.choice(["CONSULT", "AGREE", "ACCUSE"]),
                    tuple(rng.sample(codes, rng.choice([1, 2, 3]))),
                    date=rng.choice([None, "2024-01-30", "2024-02-01", "2024-02-03", "2024-03-15"]),
                    status=rng.choice(["reported", "reported", "negated"]),
                    sectors=tuple(rng.sample(["trade", "energy", "health"], rng.randrange(3))),
                )
                for _ in range(rng.randrange(3))
            ]
            published = rng.choice([None, "2024-02-02", "2024-03-14"])
            store.add(
                *make(doc_id, events, published=published, text=f"text {round_ % 3} {doc_id}")
            )
    incremental = _stat_tables(path)
    assert incremental["pair_stats"], "the random history should leave some pairs"
    conn = sqlite3.connect(path)
    with conn:
        stats.rebuild(conn)
    conn.close()
    assert _stat_tables(path) == incremental


def test_relations_date_ranges_match_raw_counts(tmp_path: Path) -> None:
    """Whole years/months come from buckets, ragged edges from rows: same totals."""
    path = tmp_path / "d.db"
    days = ["2022-12-27", "2023-01-01", "2023-06-15", "2023-12-31", "2024-02-10", "2024-02-29"]
    with Store(path) as store:
        for i, day in enumerate(days):
            store.add(*make(f"d{i}", [ev(date=day)], published=day))
        for since, until in [
            ("2023", "2023"),
            ("2023-01-02", "2024-02-28"),
            ("2022-12-27", None),
            ("2022-12-28", "2023-01-01"),
            (None, "2023-06"),
            ("2024-02", None),
            ("2025", None),
        ]:
            expected = sum(
                1
                for d in days
                if (since is None or d >= since) and (until is None or d <= until + "~")
            )
            got = store.relations("KOR", since=since, until=until)
            assert (got[0]["events"] if got else 0) == expected, (since, until)
            timeline = store.timeline("KOR", partner="VNM", since=since, until=until)
            assert sum(r["count"] for r in timeline) == expected, (since, until)
            assert store.count_events(actor="KOR", since=since, until=until) == expected


def _undo_version_3(conn: sqlite3.Connection) -> None:
    """Back to the tables of version 2 (fingerprints gone, the old duplicates table)."""
    for table in ("doc_signatures", "doc_lsh", "duplicates"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute(
        "CREATE TABLE duplicates (doc_id TEXT PRIMARY KEY, hash TEXT NOT NULL, same_as TEXT NOT NULL)"
    )


def test_migration_from_version_1_rebuilds_buckets(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        _fill(store)
        before = store.relations("KOR")
    conn = sqlite3.connect(path)
    for table in ("pair_stats", "pair_sector_stats", "actor_month_stats"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX event_pairs_pair_date")
    undo_version_4(conn)
    _undo_version_3(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="upgrade"):
        Store(path, readonly=True)
    with Store(path) as store:
        assert store.relations("KOR") == before


def test_unusable_paths_and_locks_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot open|not a diplowatch"):
        Store(tmp_path)  # a folder
    with pytest.raises(UserError, match="does not exist"):
        Store(tmp_path / "missing" / "x.db")
    path = tmp_path / "l.db"
    Store(path).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with Store(path, timeout=0.2) as store, pytest.raises(UserError, match="locked"):
            store.add(*make("a", [ev()]))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_cover_prefers_whole_periods() -> None:
    from diplowatch.store.stats import cover

    assert cover("2023", None, "2015-01-01", "2024-12-28").raw == []
    assert cover("2023", None, "2015-01-01", "2024-12-28").periods == ["2023", "2024"]
    mixed = cover("2023-03-15", "2023-05-02", "2015-01-01", "2024-12-28")
    assert mixed.periods == ["2023-04"]
    assert mixed.raw == [("2023-03-15", "2023-03-31"), ("2023-05-01", "2023-05-02")]
    assert cover(None, None, None, None).periods == [""]


def test_extractor_version_includes_the_extractors_own(monkeypatch: pytest.MonkeyPatch) -> None:
    import diplowatch.extract
    from diplowatch.store import current_extractor_version

    monkeypatch.setattr(diplowatch.extract, "EXTRACTOR_VERSION", "rules-7", raising=False)
    assert current_extractor_version() == f"{diplowatch.__version__}+rules-7"


def test_report_escapes_article_content(store: Store) -> None:
    from diplowatch.store.report import collect, to_html, to_markdown

    hostile = ev(evidence="<script>alert(1)</script> | table")
    store.add(*make("x", [hostile], url="javascript:alert(1)"))
    data = collect(store, "KOR")
    page = to_html(data)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "javascript:" not in page
    assert "\\|" in to_markdown(data)


def test_detached_parts_are_split_and_joined_only_at_listed_affixes() -> None:
    from diplowatch.store.variants import apart, joined

    assert apart("ميخواهد") == ("مي خواهد",)
    assert apart("كتابها") == ("كتاب ها",)
    assert apart("ميز") == ()  # a word, not a prefix + stem
    assert apart("الكتب") == () and apart("books") == ()
    assert joined(("مي", "خواهد")) == "ميخواهد"
    assert joined(("كتاب", "ها")) == "كتابها"
    assert joined(("بين", "المللي")) is None  # a compound: kept as a phrase
    assert joined(("كتاب",)) is None
