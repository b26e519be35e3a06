"""Agents, counts, copies and undated events where users look: API, dashboard,
exports, reports; and the small things of issue 13 point 6."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplowatch.cli import main
from diplowatch.serve import create_app
from diplowatch.serve.access import Settings
from diplowatch.store import Store
from record_store import build

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LOCAL = "http://localhost"
BOM = "\ufeff"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("records") / "r.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(Settings(db=db)), base_url=LOCAL)


def event_id(db: Path, kind: str) -> int:
    with Store(db, readonly=True) as store:
        return next(e["id"] for e in store.events(limit=None) if e["type"] == kind)


# -- API -----------------------------------------------------------------


def test_api_events_carry_agents_counts_and_copies(client: TestClient) -> None:
    events = {e["type"]: e for e in client.get("/api/events").json()["events"]}
    assert {"agent": "UAF"} in events["ASSAULT"]["actors"]
    assert events["COERCE"]["counts"] == {"arrested": 20}
    assert (events["COERCE"]["num_articles"], events["COERCE"]["num_copies"]) == (2, 1)


def test_api_orders_by_articles(client: TestClient) -> None:
    body = client.get("/api/events", params={"order": "articles_desc"}).json()
    assert body["events"][0]["type"] == "COERCE"  # two articles: the story and its copy
    counts = [e["num_articles"] for e in body["events"]]
    assert counts == sorted(counts, reverse=True)


def test_api_timeline_counts_undated_events_with_a_link(client: TestClient) -> None:
    body = client.get("/api/timeline", params={"focus": "IRQ"}).json()
    assert body["undated"] == 1
    listed = client.get(body["undated_events"]).json()
    assert [e["type"] for e in listed["events"]] == ["ASSAULT"]


def test_cli_timeline_counts_undated_events_and_says_how_to_list_them(db: Path) -> None:
    result = CliRunner().invoke(main, ["timeline", "--db", str(db), "--focus", "IRQ"])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "undated" in x)
    assert line.startswith("+ 1 undated event(s)")
    assert "diplowatch events --actor IRQ --undated" in line
    listed = CliRunner().invoke(
        main, ["events", "--db", str(db), "--actor", "IRQ", "--undated", "--format", "jsonl"]
    )
    assert [json.loads(x)["type"] for x in listed.output.splitlines()] == ["ASSAULT"]


def test_api_shows_copies(client: TestClient) -> None:
    body = client.get("/api/duplicates").json()
    assert body["total"] == 1 and body["duplicates"][0]["duplicate_of"] == "ar-police"
    missing = client.get("/api/documents/ar-police-copy")
    assert missing.status_code == 404 and "copy of 'ar-police'" in missing.json()["detail"]
    doc = client.get("/api/documents/ar-police").json()
    assert [c["doc_id"] for c in doc["copies"]] == ["ar-police-copy"]
    assert client.get("/api/stats").json()["duplicates"] == 1


# -- dashboard -----------------------------------------------------------


def test_event_table_shows_agents_and_counts(client: TestClient) -> None:
    page = client.get("/events").text
    assert '<span class="agent">COP</span>' in page and '<span class="agent">UAF</span>' in page
    assert 'aria-label="country not given"' in page
    assert "arrested 20" in page and "killed 7" in page


def test_events_page_filters_by_agent_and_lists_undated(client: TestClient) -> None:
    page = client.get("/events", params={"agent": "COP"}).text
    assert re.search(r'<b id="total">1</b>', page)
    undated = client.get("/events", params={"undated": "1"}).text
    assert re.search(r'<b id="total">1</b>', undated) and "killed 7" in undated


def test_event_page_marks_the_trigger_and_shows_counts_and_copies(
    client: TestClient, db: Path
) -> None:
    page = client.get(f"/events/{event_id(db, 'COERCE')}").text
    assert re.search(r'<mark class="ev ev-focus trigger"[^>]*>اعتقلت</mark>', page), page
    assert "arrested 20" in page
    assert "2 articles (1 of them copy of another) from 2 sources" in page
    assert "second.example.invalid" in page
    support = client.get(f"/events/{event_id(db, 'SUPPORT')}").text
    assert re.search(r"<mark[^>]*trigger[^>]*>أكدت</mark>", support)  # as the article spells it


def test_event_page_shows_agents(client: TestClient, db: Path) -> None:
    page = client.get(f"/events/{event_id(db, 'ASSAULT')}").text
    assert 'data-agent="UAF"' in page and '<span class="agent">UAF</span>' in page
    assert 'data-code="IRQ" data-agent="CVL"' in page


def test_explain_and_table_show_agents_and_counts() -> None:
    from diplowatch.model import Document
    from diplowatch.render import render_explanation
    from record_store import pairs

    doc, record = pairs()[1]  # unknown gunmen, seven killed
    out = render_explanation(Document(doc.doc_id, doc.text, lang="en"), record, color=False)
    assert "-:UAF – IRQ:CVL" in out
    assert "agents: -:UAF, IRQ:CVL" in out
    assert "counts: killed 7" in out


def test_undated_event_page_says_so(client: TestClient, db: Path) -> None:
    page = client.get(f"/events/{event_id(db, 'ASSAULT')}").text
    assert "undated (no text gives a date)" in page
    assert "undated (no publication date)" in page


def test_timeline_page_links_the_undated_events(client: TestClient) -> None:
    page = client.get("/timeline", params={"focus": "IRQ"}).text
    assert 'id="undated"' in page
    assert 'href="/events?actor=IRQ&amp;undated=1"' in page and "1 undated event" in page


def test_copies_are_visible_in_the_dashboard(client: TestClient) -> None:
    listing = client.get("/duplicates").text
    assert 'data-doc="ar-police-copy"' in listing and 'href="/documents/ar-police"' in listing
    original = client.get("/documents/ar-police").text
    assert 'id="copies"' in original and "second.example.invalid" in original
    copy = client.get("/documents/ar-police-copy")
    assert copy.status_code == 200 and 'id="copy-note"' in copy.text
    home = client.get("/").text
    assert 'href="/duplicates"' in home and 'href="/events?undated=1"' in home


# -- exports -------------------------------------------------------------


def test_csv_export_starts_with_a_bom_and_carries_agents_and_counts(
    client: TestClient, db: Path, tmp_path: Path
) -> None:
    body = client.get("/api/export", params={"format": "csv"}).content.decode("utf-8")
    assert body.startswith(BOM)
    rows = {r["event_type"]: r for r in csv.DictReader(io.StringIO(body.removeprefix(BOM)))}
    assert (rows["COERCE"]["actor1_agent"], rows["COERCE"]["arrested"]) == ("COP", "20")
    assert (rows["ASSAULT"]["actor1_code"], rows["ASSAULT"]["actor1_agent"]) == ("", "UAF")
    assert rows["ASSAULT"]["killed"] == "7" and rows["COERCE"]["num_copies"] == "1"
    raw = client.get("/api/export", params={"format": "csv", "bom": "false"}).text
    assert not raw.startswith(BOM)
    out = tmp_path / "e.csv"
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--format", "csv", "-o", str(out)]
    )
    assert result.exit_code == 0 and out.read_bytes().startswith(b"\xef\xbb\xbf")
    piped = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "csv", "--no-bom"])
    assert piped.stdout.startswith("event_id,")


def test_parquet_export_keeps_dates_lists_and_counts(db: Path, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--format", "parquet", "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(out)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("first_seen").type == pa.date32()
    assert table.schema.field("sectors").type == pa.list_(pa.string())
    assert table.schema.field("killed").type == pa.int64()
    rows = {r["event_type"]: r for r in table.to_pylist()}
    assert rows["COERCE"]["actor1_agent"] == "COP" and rows["COERCE"]["arrested"] == 20
    assert str(rows["COERCE"]["date"]) == "2024-05-02"


def test_plover_export_has_sectors_from_agents_and_sizes(client: TestClient) -> None:
    lines = client.get("/api/export", params={"format": "plover"}).text.splitlines()
    rows = {json.loads(line)["diplowatch"]["type"]: json.loads(line) for line in lines}
    police = rows["COERCE"]
    assert (police["actor"], police["actor_sector"]) == ("IRQ", "COP")
    assert (police["recipient"], police["recipient_sector"]) == ("IRQ", "CVL")
    assert police["arrested"] == 20
    attack = rows["ASSAULT"]
    assert (attack["actor"], attack["actor_sector"], attack["dead"]) == (None, "UAF", 7)


def test_report_counts_and_lists_undated_events(db: Path) -> None:
    result = CliRunner().invoke(
        main, ["report", "--db", str(db), "--focus", "Iraq", "--format", "md"]
    )
    assert result.exit_code == 0, result.stderr
    assert "+ 1 undated event(s) involving IRQ" in result.stdout
    assert "## Undated events (most reported)" in result.stdout
    assert "-:UAF-IRQ:CVL; killed 7" in result.stdout


def test_jsonl_progress_has_a_total(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    texts = [f"Article number {i} about nothing in particular, word{i}." for i in range(7)]
    source.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": t, "lang": "en"}) + "\n" for i, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["extract", str(source), "--progress", "--workers", "1", "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 0, result.stderr
    assert "7/7" in result.stderr  # a total, hence an ETA while it runs
    assert re.search(r"\[\d+:\d\d<\d+:\d\d", result.stderr), result.stderr  # elapsed<remaining
