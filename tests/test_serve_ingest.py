"""``POST /api/ingest``: off by default, token-protected, size-limited, real pipeline."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

from test_serve_fixtures import AR_TEXT, EN_TEXT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from diplowatch.serve import create_app
from diplowatch.serve.access import Settings

LOCAL = "http://localhost"  # the Host header must name this server (DNS rebinding check)

TOKEN = "s3cret-token-for-tests"


def client_for(db: Path, **settings: object) -> TestClient:
    return TestClient(create_app(Settings(db=db, **settings)), base_url=LOCAL)  # type: ignore[arg-type]


def upload(client: TestClient, files: list[tuple[str, bytes]], token: str | None = TOKEN) -> object:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post(
        "/api/ingest",
        files=[("files", (name, data, "text/plain")) for name, data in files],
        headers=headers,
    )


def test_ingest_is_refused_unless_enabled(tmp_path: Path) -> None:
    client = client_for(tmp_path / "db.sqlite")
    response = upload(client, [("a.txt", EN_TEXT.encode())])
    assert response.status_code == 403 and "--allow-ingest" in response.json()["detail"]
    assert not (tmp_path / "db.sqlite").exists()


def test_ingest_needs_the_right_token(tmp_path: Path) -> None:
    client = client_for(tmp_path / "db.sqlite", allow_ingest=True, token=TOKEN)
    assert upload(client, [("a.txt", EN_TEXT.encode())], token=None).status_code == 401
    assert upload(client, [("a.txt", EN_TEXT.encode())], token="wrong-token").status_code == 401
    other = client.post(
        "/api/ingest",
        files=[("files", ("a.txt", b"x", "text/plain"))],
        headers={"X-Diplowatch-Token": "nope"},
    )
    assert other.status_code == 401


def test_ingest_limits_type_and_size(tmp_path: Path) -> None:
    client = client_for(
        tmp_path / "db.sqlite", allow_ingest=True, token=TOKEN, max_upload_bytes=4000
    )
    assert upload(client, [("a.exe", b"MZ")]).status_code == 415
    big = upload(client, [("big.txt", ("word " * 3000).encode())])
    assert big.status_code == 413
    huge = upload(client, [("huge.txt", b"x" * 300_000)])
    assert huge.status_code == 413 and "larger than" in huge.json()["detail"]


def test_ingest_runs_the_real_pipeline_and_the_data_shows_up(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    client = client_for(db, allow_ingest=True, token=TOKEN)
    lines = json.dumps({"id": "from-jsonl", "text": EN_TEXT, "published": "2024-04-22"}) + "\n"
    response = upload(
        client, [("hanoi-visit.txt", AR_TEXT.encode()), ("batch.jsonl", lines.encode())]
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["counts"].get("added") == 2 and body["problems"] == []
    assert client.get("/api/documents/hanoi-visit").json()["lang"] == "ar"
    assert client.get("/api/documents/from-jsonl").status_code == 200
    arabic = client.get("/api/events", params={"lang": "ar"}).json()
    assert arabic["total"] >= 1
    assert any(a["code"] == "VNM" for e in arabic["events"] for a in e["actors"])
    again = upload(client, [("hanoi-visit.txt", AR_TEXT.encode())]).json()
    assert again["counts"] == {"unchanged": 1}
    bad = upload(client, [("broken.jsonl", b"{not json\n")])
    assert bad.status_code == 422  # nothing readable: the client's content, never a 5xx
    problems = bad.json()["detail"]["problems"]
    assert problems and "broken.jsonl" in problems[0]
