"""REST API and server-rendered pages, through FastAPI's test client."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from pathlib import Path
from typing import Any

import pytest

from test_serve_fixtures import AR_TEXT, FA_TEXT, build_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from diplowatch.serve import create_app
from diplowatch.serve.access import Settings

LOCAL = "http://localhost"  # the Host header must name this server (DNS rebinding check)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "sample.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(Settings(db=db)), base_url=LOCAL)


def get(client: TestClient, url: str, expect: int = 200, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == expect, response.text
    return response.json() if "json" in response.headers.get("content-type", "") else response.text


# -- API ---------------------------------------------------------------


def test_events_filters_mirror_the_cli(client: TestClient) -> None:
    everything = get(client, "/api/events")
    assert everything["total"] == 7 and len(everything["events"]) == 7
    pair = get(client, "/api/events", actor="kor", partner="JPN")
    assert pair["total"] == 3
    assert {e["type"] for e in pair["events"]} == {"CONSULT", "COOPERATE", "AID"}
    assert get(client, "/api/events", type="accuse")["total"] == 1
    assert get(client, "/api/events", sector="hydrogen")["total"] == 1
    assert get(client, "/api/events", lang="fa")["total"] == 1
    assert get(client, "/api/events", source="Other Wire")["total"] == 1
    may = get(client, "/api/events", since="2024-05")
    assert may["total"] == 2 and all(e["date"] >= "2024-05-01" for e in may["events"])
    april = get(client, "/api/events", until="2024-04")
    assert april["total"] == 5 and all(e["date"] <= "2024-04-30" for e in april["events"])


def test_events_pagination_and_order(client: TestClient) -> None:
    first = get(client, "/api/events", limit=3, offset=0)
    second = get(client, "/api/events", limit=3, offset=3)
    assert len(first["events"]) == 3 and first["total"] == 7
    ids = [e["id"] for e in first["events"] + second["events"]]
    assert len(set(ids)) == 6
    newest = [e["date"] for e in get(client, "/api/events")["events"]]
    assert newest == sorted(newest, reverse=True)
    oldest = [e["date"] for e in get(client, "/api/events", order="date_asc")["events"]]
    assert oldest == sorted(oldest)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "2024-02-30"}, "not a real calendar date"),
        ({"since": "yesterday"}, "since"),
        ({"actor": "K"}, "actor"),
        ({"partner": "JPN"}, "needs actor"),
        ({"type": "HUG"}, "not one of"),
        ({"status": "maybe"}, "status"),
        ({"limit": 0}, "limit"),
        ({"limit": 100000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"order": "random"}, "order"),
        ({"since": "2024-05-01", "until": "2024-04-01"}, "after until"),
    ],
)
def test_bad_event_parameters_give_422_with_a_message(
    client: TestClient, params: dict[str, Any], message: str
) -> None:
    body = get(client, "/api/events", 422, **params)
    assert message in body["detail"]


def test_event_has_mentions_with_evidence(client: TestClient) -> None:
    row = get(client, "/api/events", lang="ar", type="COOPERATE")["events"][0]
    event = get(client, f"/api/events/{row['id']}")
    (mention,) = event["mentions"]
    assert mention["doc_id"] == "ar-kor-vnm" and mention["lang"] == "ar"
    ev = mention["evidence"]
    assert AR_TEXT[ev["start"] : ev["end"]] == ev["text"]
    assert get(client, "/api/events/999999", 404)["detail"] == "no event with id 999999"
    get(client, "/api/events/abc", 422)


def test_relations_and_timeline(client: TestClient) -> None:
    rel = get(client, "/api/relations", focus="KOR")["relations"]
    by_partner = {r["partner"]: r for r in rel}
    assert set(by_partner) == {"JPN", "VNM", "IRN", "PRK", "USA"}
    assert by_partner["JPN"]["events"] == 3 and by_partner["JPN"]["balance"] == 1.0
    assert by_partner["PRK"]["balance"] == -1.0
    assert get(client, "/api/relations", focus="KOR", limit=2)["relations"][0]["partner"] == "JPN"
    get(client, "/api/relations", 422)
    get(client, "/api/relations", 422, focus="KOR", since="2024-13")
    months = get(client, "/api/timeline", focus="KOR", partner="VNM")["timeline"]
    assert months == [
        {"month": "2024-04", "type": "CONSULT", "count": 1},
        {"month": "2024-04", "type": "COOPERATE", "count": 1},
    ]


def test_search_and_documents(client: TestClient) -> None:
    hits = get(client, "/api/search", q="هانوي")["results"]
    assert [h["doc_id"] for h in hits] == ["ar-kor-vnm"]
    assert get(client, "/api/search", q="hydrogen")["results"][0]["doc_id"] == "en-kor-jpn"
    for odd in ['"', "NEAR(", "*", "a OR", "'; DROP TABLE documents; --"]:
        response = client.get("/api/search", params={"q": odd})
        assert response.status_code in (200, 422), (odd, response.text)
    get(client, "/api/search", 422, q="")
    doc = get(client, "/api/documents/fa-irn-kor")
    assert doc["text"] == FA_TEXT and doc["lang"] == "fa"
    assert {a["kind"] for a in doc["annotations"]} == {"actor", "date"}
    assert get(client, "/api/documents/nope", 404)["detail"].startswith("no document")


def test_export_csv_and_jsonl(client: TestClient) -> None:
    response = client.get("/api/export", params={"format": "csv", "actor": "KOR", "partner": "JPN"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3 and {r["event_type"] for r in rows} == {"CONSULT", "COOPERATE", "AID"}
    response = client.get("/api/export", params={"format": "jsonl"})
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == 7 and all(e["mentions"] for e in lines)
    get(client, "/api/export", 422, format="xlsx")


def test_openapi_schema_and_local_docs_page(client: TestClient) -> None:
    schema = get(client, "/openapi.json")
    paths = set(schema["paths"])
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/relations",
        "/api/timeline",
        "/api/search",
        "/api/export",
        "/api/ingest",
    ):
        assert path in paths
    assert not any(p.startswith("/events") or p == "/" for p in paths), "pages are not API"
    page = get(client, "/docs")
    assert "/api/relations" in page and '<script src="https://' not in page
    assert "cdn" not in page.lower()
    assert client.get("/redoc").status_code == 404


# -- pages ---------------------------------------------------------------


def test_every_page_renders(client: TestClient) -> None:
    for url in (
        "/",
        "/relations?focus=KOR",
        "/timeline?focus=KOR&partner=JPN",
        "/events",
        "/search?q=Tokyo",
        "/docs",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "content-security-policy" in response.headers
        assert not re.search(r'(src="|<link[^>]*href=")(https?:)?//', response.text), (
            "no external assets"
        )


def test_relations_page_draws_an_edge_per_partner(client: TestClient) -> None:
    html = get(client, "/relations", focus="KOR")
    assert html.count('class="edge"') == 5
    assert 'href="/events?actor=KOR&amp;partner=JPN"' in html


def test_event_page_highlights_evidence_inside_its_document(client: TestClient) -> None:
    row = get(client, "/api/events", lang="fa")["events"][0]
    html = get(client, f"/events/{row['id']}")
    assert 'dir="rtl"' in html and 'lang="fa"' in html
    assert "وزیر امور خارجه ایران روز یکشنبه با همتای کره‌ای خود در تهران دیدار کرد." in html
    assert '<mark class="ev ev-focus"' in html
    assert "/documents/fa-irn-kor?hl=" in html
    get(client, "/events/notanumber", 400)
    get(client, "/events/424242", 404)


def test_document_page_marks_annotations_and_evidence(client: TestClient) -> None:
    html = get(client, "/documents/ar-kor-vnm", hl="95-160")
    assert '<article id="doc-text" class="doc-text" dir="rtl" lang="ar">' in html
    assert "ann-actor" in html and "ann-sector" in html and "ann-date" in html
    assert 'class="ev' in html
    english = get(client, "/documents/en-kor-jpn")
    assert 'dir="ltr"' in english and "ann-amount" in english
    get(client, "/documents/en-kor-jpn", 400, hl="x")


def test_events_page_paginates_and_reports_bad_filters(client: TestClient) -> None:
    html = get(client, "/events", actor="KOR", partner="JPN")
    assert '<b id="total">3</b>' in html
    bad = get(client, "/events", 400, since="2024-02-30")
    assert "not a real calendar date" in bad
    empty_fields = client.get(
        "/events?actor=&partner=&type=&status=&sector=&since=&until=&lang=&source="
    )
    assert empty_fields.status_code == 200


# -- empty database ------------------------------------------------------


def test_absent_database_shows_first_run_page_and_empty_answers(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    client = TestClient(create_app(Settings(db=db)), base_url=LOCAL)
    page = client.get("/")
    assert page.status_code == 200 and "diplowatch ingest" in page.text and str(db) in page.text
    for url in ("/relations", "/timeline", "/events"):
        assert "first-run" in client.get(url).text
    assert get(client, "/api/events")["total"] == 0
    assert get(client, "/api/relations", focus="KOR")["relations"] == []
    assert get(client, "/api/search", q="x")["results"] == []
    assert not db.exists(), "serving must not create the database"


def test_empty_but_existing_database(tmp_path: Path) -> None:
    from diplowatch.store import Store

    db = tmp_path / "empty.db"
    Store(db).close()
    client = TestClient(create_app(Settings(db=db)), base_url=LOCAL)
    assert "first-run" in client.get("/").text
    assert get(client, "/api/stats")["events"] == 0


def test_unreadable_database_gives_503_not_500(tmp_path: Path) -> None:
    db = tmp_path / "junk.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    client = TestClient(create_app(Settings(db=db)), base_url=LOCAL, raise_server_exceptions=False)
    response = client.get("/api/events")
    assert response.status_code == 503 and "cannot read the database" in response.json()["detail"]
    assert client.get("/").status_code == 503


def test_page_past_the_end_offers_the_last_page(client: TestClient) -> None:
    html = get(client, "/events", page=99)
    assert "past the last page" in html and "page=1" in html


def test_markup_in_articles_is_shown_as_text(tmp_path: Path) -> None:
    from diplowatch.model import Document, Record
    from diplowatch.store import Store

    text = "Officials discussed hydrogen <script>alert(1)</script> and <b>trade</b> today."
    with Store(tmp_path / "x.db") as store:
        store.add(
            Document("evil", text, lang="en", title="<img src=x onerror=alert(1)>"),
            Record("evil", "en", None, title="<img src=x onerror=alert(1)>"),
        )
    client = TestClient(create_app(Settings(db=tmp_path / "x.db")), base_url=LOCAL)
    for url in ("/search?q=hydrogen", "/documents/evil"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>trade" not in html
        assert "&lt;" in html


def test_start_up_warms_the_home_page_caches(tmp_path: Path) -> None:
    import time

    from diplowatch.serve import pages

    db = build_store(tmp_path / "warm.db")
    settings = Settings(db=db)
    with TestClient(create_app(settings), base_url=LOCAL):
        deadline = time.monotonic() + 10
        while pages.db_marker(settings) not in pages._overview_cache:
            assert time.monotonic() < deadline, "overview was not computed at start-up"
            time.sleep(0.05)
    assert pages._overview_cache[pages.db_marker(settings)]["focus"] == "KOR"
