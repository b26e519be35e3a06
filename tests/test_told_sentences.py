"""Every sentence that tells an event is its evidence (``Event.sentences``).

An article repeats its news; ``extract/merged.py`` folds the repeats into one
event and keeps each sentence, so users see how often and where the article
tells it (GDELT's number of mentions). Shown by ``explain`` and the table,
kept by the store (across articles too: ``num_sentences``), the API, the
exports and the Parquet output. Every sentence here is written for these
tests.
"""

from __future__ import annotations

import csv
import gc
import io
import sqlite3
import warnings
from pathlib import Path

import pytest

from diplowatch.extract.merged import keep_sentences, merge_events
from diplowatch.guard import _shift_record
from diplowatch.model import Actor, Document, Event, Evidence, Record
from diplowatch.pipeline import process
from diplowatch.render import render_explanation, render_table
from diplowatch.store import Store
from diplowatch.store.schema import SCHEMA_VERSION
from store_versions import undo_version_5

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

# One agreement told twice, with a sentence between that tells nothing.
TOLD_TWICE = {
    "en": (
        "Egypt and Jordan signed a trade agreement in Cairo on Monday. "
        "Officials said the economy would grow. "
        "Egypt and Jordan signed the trade agreement after two years of talks."
    ),
    "ar": (
        "وقعت مصر والأردن اتفاقية تجارية في القاهرة يوم الاثنين. "
        "وقال مسؤولون إن الاقتصاد سينمو. "
        "ووقعت مصر والأردن الاتفاقية بعد عامين من المفاوضات."
    ),
    "fa": (
        "ایران و عراق روز دوشنبه در بغداد یک توافقنامه تجاری امضا کردند. "
        "مقامات گفتند اقتصاد رشد خواهد کرد. "
        "ایران و عراق این توافقنامه را پس از دو سال مذاکره امضا کردند."
    ),
}
# A second article telling the agreement once (for the store's merge).
TOLD_ONCE_EN = "Jordan and Egypt signed a trade agreement in Cairo, officials said."


def _span(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def _agreement(text: str, sentence: str, date: str | None = "2024-03-04") -> Event:
    return Event(
        type="AGREE",
        mode="sign",
        status="reported",
        actors=[Actor("EGY"), Actor("JOR")],
        date=date,
        evidence=_span(text, sentence),
        trigger="signed",
    )


# -- extraction ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_an_event_told_twice_keeps_both_sentences(lang: str) -> None:
    text = TOLD_TWICE[lang]
    record = process(Document(f"told-{lang}", text, lang=lang, published="2024-03-05"))
    agree = [e for e in record.to_dict()["events"] if e["type"] == "AGREE"]
    assert len(agree) == 1, "the repeat is folded into one event"
    event = agree[0]
    told = event["sentences"]
    assert len(told) == 2
    assert told[0] == event["evidence"], "the first sentence is the evidence"
    assert told[0]["start"] < told[1]["start"], "in text order"
    for span in told:
        assert text[span["start"] : span["end"]] == span["text"]
    assert text.index(told[1]["text"]) > text.index(told[0]["text"]) + len(told[0]["text"])


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_an_event_told_once_has_no_sentences_key(lang: str) -> None:
    text = TOLD_TWICE[lang]
    first = text[: text.index(".") + 1]
    record = process(Document(f"once-{lang}", first, lang=lang, published="2024-03-05"))
    events = record.to_dict()["events"]
    assert events and all("sentences" not in e for e in events)
    assert all(e.told == 1 for e in record.events)


def test_merge_events_keeps_sentences_in_text_order_with_evidence_first() -> None:
    text = TOLD_TWICE["en"]
    parts = [s.strip() + "." for s in text.split(".") if s.strip()]
    events = [
        _agreement(text, parts[0]),
        _agreement(text, parts[2], date=None),  # undated: joins the dated one
    ]
    (merged,) = merge_events(events)
    assert [s.text for s in merged.sentences] == [parts[0], parts[2]]
    assert merged.evidence == merged.sentences[0]
    assert merged.evidence is not merged.sentences[0], "copies: shifting one moves one"
    assert merged.told == 2


def test_merge_events_keeps_events_of_other_participants_apart() -> None:
    text = TOLD_TWICE["ar"]
    parts = [s.strip() + "." for s in text.split(".") if s.strip()]
    other = _agreement(text, parts[2])
    other.actors = [Actor("EGY"), Actor("SAU")]
    out = merge_events([_agreement(text, parts[0]), other])
    assert len(out) == 2 and all(not e.sentences for e in out)


def test_two_clauses_of_one_sentence_are_one_telling() -> None:
    text = TOLD_TWICE["fa"]
    sentence = text[: text.index(".") + 1]
    kept = _agreement(text, sentence)
    clause = _agreement(text, sentence[:20])  # overlaps the kept sentence
    keep_sentences(kept, clause)
    assert kept.sentences == [] and kept.told == 1


def _told_many_times(n: int) -> list[Event]:
    sentence = "Egypt and Jordan signed a trade agreement. "
    size = len(sentence)
    return [
        Event(
            "AGREE",
            "sign",
            "reported",
            [Actor("EGY"), Actor("JOR")],
            date="2024-03-04",
            evidence=Evidence(sentence, i * size, (i + 1) * size),
        )
        for i in range(n)
    ]


def test_an_event_told_thousands_of_times_costs_linear_time() -> None:
    from cost import assert_linear

    (merged,) = merge_events(_told_many_times(4000))
    assert merged.told == 4000
    assert [s.start for s in merged.sentences] == sorted(s.start for s in merged.sentences)
    # Without the collector: its passes over many live objects grow faster
    # than the work measured (building the events alone grows 50x for 10x).
    gc.collect()
    gc.disable()
    try:
        assert_linear(lambda n: merge_events(_told_many_times(n)), 1000, 10000, 10)
    finally:
        gc.enable()


def test_record_round_trip_and_long_text_shift() -> None:
    text = TOLD_TWICE["en"]
    parts = [s.strip() + "." for s in text.split(".") if s.strip()]
    (event,) = merge_events([_agreement(text, parts[0]), _agreement(text, parts[2])])
    record = Record("r", "en", "2024-03-05", events=[event])
    again = Record.from_dict(record.to_dict())
    assert again.events[0].sentences == event.sentences
    _shift_record(again, 100)
    shifted = again.events[0]
    assert shifted.evidence is not None
    assert shifted.evidence.start == event.sentences[0].start + 100
    assert [s.start for s in shifted.sentences] == [s.start + 100 for s in event.sentences]


def test_table_and_explain_say_how_often_it_is_told() -> None:
    text = TOLD_TWICE["en"]
    doc = Document("e", text, lang="en", published="2024-03-05")
    record = process(doc)
    assert "told 2 times" in render_table(record)
    explained = render_explanation(doc, record, color=False)
    assert "told 2 times:" in explained
    marked = "»\u2068Egypt and Jordan signed"  # each span is isolated (render.isolate)
    assert explained.count(marked) == 4  # AGREE's evidence and two sentences, CONSULT's evidence


# -- store, API, exports ------------------------------------------------------


def _store(path: Path) -> Path:
    text = TOLD_TWICE["en"]
    parts = [s.strip() + "." for s in text.split(".") if s.strip()]
    (event,) = merge_events([_agreement(text, parts[0]), _agreement(text, parts[2])])
    once = _agreement(TOLD_ONCE_EN, TOLD_ONCE_EN)
    once.actors = [Actor("JOR"), Actor("EGY")]
    other = Event(
        "CONSULT",
        "meeting",
        "reported",
        [Actor("EGY"), Actor("SAU")],
        date="2024-03-04",
        evidence=_span(text, parts[1]),
    )
    with Store(path) as store:
        for doc_id, body, events in (
            ("twice", text, [event, other]),
            ("once", TOLD_ONCE_EN, [once]),
        ):
            doc = Document(doc_id, body, lang="en", published="2024-03-05")
            store.add(doc, Record(doc_id, "en", "2024-03-05", events=events))
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return _store(tmp_path / "told.db")


def test_store_keeps_sentences_and_counts_them_across_articles(db: Path) -> None:
    with Store(db, readonly=True) as store:
        events = {e["type"]: e for e in store.events(limit=None)}
        agree = events["AGREE"]
        assert (agree["num_mentions"], agree["num_articles"]) == (2, 2)
        assert agree["num_sentences"] == 3, "two sentences in one article, one in the other"
        assert events["CONSULT"]["num_sentences"] == 1
        ordered = store.events(limit=None, order="told_desc")
        assert [e["type"] for e in ordered] == ["AGREE", "CONSULT"]
        mentions = {m["doc_id"]: m for m in store.event(agree["id"])["mentions"]}
    twice = mentions["twice"]["sentences"]
    assert [s["text"] for s in twice] == [
        "Egypt and Jordan signed a trade agreement in Cairo on Monday.",
        "Egypt and Jordan signed the trade agreement after two years of talks.",
    ]
    assert twice[0] == mentions["twice"]["evidence"]
    assert mentions["once"]["sentences"] == [mentions["once"]["evidence"]]


def test_store_recounts_when_an_article_is_replaced(db: Path) -> None:
    with Store(db) as store:
        doc = Document("twice", TOLD_ONCE_EN + " ", lang="en", published="2024-03-05")
        once = _agreement(doc.text, TOLD_ONCE_EN)
        store.add(doc, Record("twice", "en", "2024-03-05", events=[once]))
        agree = next(e for e in store.events(limit=None) if e["type"] == "AGREE")
    assert agree["num_sentences"] == 2


def test_a_version_4_store_opens_and_counts_each_mention_once(db: Path) -> None:
    conn = sqlite3.connect(db)
    undo_version_5(conn)
    conn.commit()
    conn.close()
    with Store(db) as store:
        agree = next(e for e in store.events(limit=None) if e["type"] == "AGREE")
        assert agree["num_sentences"] == 2, "stored before version 5: each mention told once"
        mention = store.event(agree["id"])["mentions"][0]
        assert mention["sentences"] == [mention["evidence"]]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_api_events_carry_the_count_and_the_sentences(db: Path) -> None:
    from diplowatch.serve import create_app
    from diplowatch.serve.access import Settings

    client = TestClient(create_app(Settings(db=db)), base_url="http://localhost")
    body = client.get("/api/events", params={"order": "told_desc"}).json()
    first = body["events"][0]
    assert (first["type"], first["num_sentences"]) == ("AGREE", 3)
    detail = client.get(f"/api/events/{first['id']}").json()
    assert sorted(len(m["sentences"]) for m in detail["mentions"]) == [1, 2]
    page = client.get("/events", params={"order": "told_desc"}).text
    assert 'data-label="told">3<' in page
    shown = client.get(f"/events/{first['id']}").text
    assert "Told 2 times in this article" in shown


def test_csv_and_parquet_exports_have_the_count(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq
    from click.testing import CliRunner

    from diplowatch.cli import main

    out = tmp_path / "e.csv"
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--format", "csv", "-o", str(out), "--no-bom"]
    )
    assert result.exit_code == 0, result.output
    rows = {r["event_type"]: r for r in csv.DictReader(io.StringIO(out.read_text("utf-8")))}
    assert (rows["AGREE"]["num_sentences"], rows["CONSULT"]["num_sentences"]) == ("3", "1")
    parquet = tmp_path / "e.parquet"
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--format", "parquet", "-o", str(parquet)]
    )
    assert result.exit_code == 0, result.output
    table = pq.read_table(parquet).to_pylist()
    assert sorted(r["num_sentences"] for r in table) == [1, 3]


def test_parquet_output_round_trips_the_sentences() -> None:
    from diplowatch.scale.tables import from_tables, to_tables

    text = TOLD_TWICE["ar"]
    doc = Document("p", text, lang="ar", published="2024-03-05")
    record = process(doc)
    assert any(e.sentences for e in record.events)
    tables = to_tables("part-0", [(doc, record)])
    ((_, again),) = list(from_tables(tables["documents"], tables["events"]))
    assert [e.sentences for e in again.events] == [e.sentences for e in record.events]


# -- the min_sentences filter -------------------------------------------------


def test_min_sentences_keeps_the_events_told_that_often(db: Path) -> None:
    with Store(db, readonly=True) as store:
        assert sorted(e["type"] for e in store.events(limit=None, min_sentences=1)) == [
            "AGREE",
            "CONSULT",
        ]
        assert [e["type"] for e in store.events(limit=None, min_sentences=2)] == ["AGREE"]
        assert [e["type"] for e in store.events(limit=None, min_sentences=3)] == ["AGREE"]
        assert store.events(limit=None, min_sentences=4) == []
        # an actor filter starts from another table: the count must still apply
        assert [e["type"] for e in store.events(limit=None, actor="EGY", min_sentences=2)] == [
            "AGREE"
        ]
        assert store.events(limit=None, actor="SAU", min_sentences=2) == []


def test_min_sentences_in_the_api_and_the_cli(db: Path) -> None:
    from click.testing import CliRunner

    from diplowatch.cli import main
    from diplowatch.serve import create_app
    from diplowatch.serve.access import Settings

    client = TestClient(create_app(Settings(db=db)), base_url="http://localhost")
    body = client.get("/api/events", params={"min_sentences": 3}).json()
    assert [e["type"] for e in body["events"]] == ["AGREE"]
    assert client.get("/api/events", params={"min_sentences": 0}).status_code == 422
    result = CliRunner().invoke(
        main, ["events", "--db", str(db), "--min-sentences", "2", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    assert '"AGREE"' in result.output and '"CONSULT"' not in result.output
    bad = CliRunner().invoke(main, ["events", "--db", str(db), "--min-sentences", "0"])
    assert bad.exit_code != 0 and "min_sentences" in bad.output + bad.stderr


def test_duckdb_answers_min_sentences_like_the_store(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    import pyarrow.parquet as pq

    from diplowatch.scale.output import OutputDir
    from diplowatch.scale.query import ParquetQuery
    from diplowatch.scale.tables import to_tables

    pairs = []
    for i, lang in enumerate(("ar", "fa", "en")):
        doc = Document(f"d{i}", TOLD_TWICE[lang], lang=lang, published="2024-03-05")
        pairs.append((doc, process(doc)))
    out = tmp_path / "out"
    tables = to_tables("p0", pairs)
    for name in ("documents", "events"):
        (out / name).mkdir(parents=True)
        pq.write_table(tables[name], out / name / "p0.parquet")
    folder = OutputDir(str(out))
    folder.table_files = lambda name: [str(out / name / "p0.parquet")]  # type: ignore[method-assign]
    query = ParquetQuery(folder)
    with Store(tmp_path / "s.db") as store:
        for doc, record in pairs:
            store.add(doc, record)
        told = sorted(e["num_sentences"] for e in store.events(limit=None))
        assert told[-1] >= 2 and told[0] == 1, "the sentences hold events told once and twice"
        for n in (2, 3):
            ours = sorted(e["type"] for e in query.events(limit=None, min_sentences=n))
            theirs = sorted(e["type"] for e in store.events(limit=None, min_sentences=n))
            assert ours == theirs, n
    query.close()


def test_the_events_terminal_table_says_how_often_each_is_told(db: Path) -> None:
    from click.testing import CliRunner

    from diplowatch.cli import main

    result = CliRunner().invoke(main, ["events", "--db", str(db), "--order", "told_desc"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    header = next(line for line in lines if line.lstrip().startswith("id"))
    assert "told" in header.split()
    start = header.index(" told ") + 1  # the column's place in every row
    agree = next(line for line in lines if " AGREE " in line)
    consult = next(line for line in lines if " CONSULT " in line)
    assert agree[start : start + 4].strip() == "3"
    assert consult[start : start + 4].strip() == "1"
