"""The server under attack or bad luck (issue 12): Host check, links, odd ids,
unreadable databases, the 500 page, CSV formulas, uploads, the token."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplowatch.model import Actor, Document, Event, Evidence, Record
from diplowatch.serve import create_app
from diplowatch.serve.access import Settings
from diplowatch.store import Store
from test_serve_fixtures import EN_TEXT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LOCAL = "http://localhost"
TOKEN = "hardening-token-42"


def _event(text: str, part: str) -> Event:
    start = text.index(part)
    codes = ("CHN", "VNM") if part.startswith("=") else ("KOR", "JPN")  # its own event
    return Event(
        type="AGREE",
        mode=None,
        status="reported",
        actors=[Actor(code) for code in codes],
        date="2024-04-22",
        evidence=Evidence(part, start, start + len(part)),
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Documents with hostile urls, a formula-like evidence and an id with a newline."""
    path = tmp_path_factory.mktemp("hard") / "h.db"
    formula = "=HYPERLINK(1) South Korea and Japan agreed to cooperate on hydrogen."
    docs = [
        ("js", "javascript:alert(document.cookie)", EN_TEXT, "agreed to expand cooperation"),
        (
            "web",
            "https://news.example.invalid/a",
            "South Korea and Japan agreed to expand cooperation on ports.",
            "agreed to expand",
        ),
        ("line\nbreak", None, "Second line.\n" + formula, formula),
    ]
    with Store(path) as store:
        for doc_id, url, text, part in docs:
            store.add(
                Document(doc_id, text, lang="en", url=url, published="2024-04-22"),
                Record(doc_id, "en", "2024-04-22", url=url, events=[_event(text, part)]),
            )
    return path


def client(db: Path, base: str = LOCAL, **settings: object) -> TestClient:
    app = create_app(Settings(db=db, **settings))  # type: ignore[arg-type]
    return TestClient(app, base_url=base, raise_server_exceptions=False)


# -- Host header (DNS rebinding) ----------------------------------------------


@pytest.mark.parametrize(
    "host, allowed",
    [
        ("evil.example", False),
        ("evil.example:8000", False),
        ("localhost:8000", True),
        ("127.0.0.1:8000", True),
        ("[::1]:8000", True),
        ("LOCALHOST.", True),
    ],
)
def test_host_header_must_name_this_server(db: Path, host: str, allowed: bool) -> None:
    answer = client(db).get("/api/stats", headers={"Host": host})
    assert (answer.status_code == 200) is allowed
    if not allowed:
        assert answer.status_code == 400 and "--allow-host" in answer.json()["detail"]
        assert "content-security-policy" in answer.headers


def test_allow_host_adds_names(db: Path) -> None:
    served = client(db, allowed_hosts=("127.0.0.1", "analysis.example.org"))
    assert served.get("/", headers={"Host": "analysis.example.org:8000"}).status_code == 200
    assert served.get("/", headers={"Host": "evil.example"}).status_code == 400
    anything = client(db, allowed_hosts=("*",))
    assert anything.get("/api/stats", headers={"Host": "evil.example"}).status_code == 200


def test_cli_serves_the_bound_address_localhost_and_allow_host(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    from diplowatch.cli import main

    seen: dict[str, object] = {}

    def fake_run(app, **kwargs):  # type: ignore[no-untyped-def]
        seen["hosts"] = app.state.settings.allowed_hosts
        seen["token"] = app.state.settings.token

    monkeypatch.setattr(uvicorn, "run", fake_run)
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    from test_serve_browser import free_port

    port = str(free_port())
    args = ["serve", "--db", str(tmp_path / "x.db"), "--port", port, "--allow-ingest"]
    result = CliRunner().invoke(
        main,
        [*args, "--token-file", str(token_file), "--allow-host", "a.example,b.example"],
        env={"DIPLOWATCH_TOKEN": ""},
    )
    assert result.exit_code == 0, result.output
    assert {"127.0.0.1", "localhost", "a.example", "b.example"} <= set(seen["hosts"])  # type: ignore[arg-type]
    assert "evil.example" not in seen["hosts"]  # type: ignore[operator]
    assert seen["token"] == TOKEN  # from the file: never on the command line
    result = CliRunner().invoke(main, args, env={"DIPLOWATCH_TOKEN": TOKEN})
    assert result.exit_code == 0 and seen["token"] == TOKEN
    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "--token-file", str(empty)])
    assert result.exit_code == 2 and "is empty" in result.output


# -- links, ids, errors ------------------------------------------------------------


def test_original_links_are_http_only(db: Path) -> None:
    web = client(db)
    page = web.get("/documents/js").text
    assert "javascript:" not in page and ">original<" not in page
    assert 'href="https://news.example.invalid/a"' in web.get("/documents/web").text
    event_id = web.get("/api/events").json()["events"][0]["id"]
    assert "javascript:" not in web.get(f"/events/{event_id}").text


def test_document_id_with_a_newline_can_be_opened(db: Path) -> None:
    web = client(db)
    api = web.get("/api/documents/line%0Abreak")
    assert api.status_code == 200 and api.json()["doc_id"] == "line\nbreak"
    assert web.get("/documents/line%0Abreak").status_code == 200


def test_export_of_an_unreadable_database_is_an_error_status(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"definitely not a database " * 200)
    for fmt in ("csv", "jsonl"):
        answer = client(junk).get("/api/export", params={"format": fmt})
        assert answer.status_code == 503, answer.text
        assert "cannot read the database" in answer.json()["detail"]


def test_server_error_page_carries_the_security_headers(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug")

    monkeypatch.setattr(Store, "stats", broken)
    monkeypatch.setattr(Store, "events", broken)
    web = client(db)
    for url in ("/api/stats", "/events"):
        answer = web.get(url)
        assert answer.status_code == 500
        assert "a bug" not in answer.text
        for header in ("content-security-policy", "x-content-type-options", "referrer-policy"):
            assert header in answer.headers, (url, header)


# -- CSV formulas -------------------------------------------------------------------


def test_csv_export_escapes_formula_cells_unless_told_not_to(db: Path) -> None:
    web = client(db)
    rows = list(csv.DictReader(io.StringIO(web.get("/api/export?format=csv").text)))
    evidence = {r["evidence"] for r in rows}
    assert "'=HYPERLINK(1) South Korea and Japan agreed to cooperate on hydrogen." in evidence
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    raw = web.get("/api/export", params={"format": "csv", "escape_formulas": "false"}).text
    assert any(r["evidence"].startswith("=HYPERLINK") for r in csv.DictReader(io.StringIO(raw)))


def test_cli_csv_escapes_formula_cells_unless_told_not_to(db: Path) -> None:
    from diplowatch.cli import main

    runner = CliRunner()
    for command in (["export", "--format", "csv"], ["events", "--format", "csv"]):
        out = runner.invoke(main, [*command, "--db", str(db)])
        assert out.exit_code == 0, out.output
        assert "'=HYPERLINK" in out.output and ",=HYPERLINK" not in out.output
        raw = runner.invoke(main, [*command, "--db", str(db), "--no-escape-formulas"])
        assert "=HYPERLINK" in raw.output and "'=HYPERLINK" not in raw.output


def test_formula_safe_follows_owasp() -> None:
    from diplowatch.store.export import formula_safe

    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert formula_safe(cell) == "'" + cell
    for cell in ("plain", "", "a=b", -5, 3.5, None):
        assert formula_safe(cell) == cell


# -- uploads: bad content is a 4xx, never a 500 -----------------------------------------


def upload(web: TestClient, files: list[tuple[str, bytes]]):  # type: ignore[no-untyped-def]
    return web.post(
        "/api/ingest",
        files=[("files", (name, data, "application/octet-stream")) for name, data in files],
        headers={"Authorization": f"Bearer {TOKEN}"},
    )


def test_upload_of_bad_content_is_a_client_error(tmp_path: Path) -> None:
    web = client(tmp_path / "up.db", allow_ingest=True, token=TOKEN)
    surrogate = b'{"id": "s", "text": "\\ud800"}\n'
    deep = b'{"id": "d", "text": "x", "m": ' + b"[" * 3000 + b"]" * 3000 + b"}\n"
    bad = upload(
        web,
        [
            ("deep.jsonl", deep),
            ("binary.txt", b"\x00\x01\x02" * 100),
            ("café <script>.html", b"\xff\xfe"),
        ],
    )
    assert bad.status_code == 422, bad.text
    detail = bad.json()["detail"]
    assert detail["message"] == "no article could be read from the upload"
    assert any("nested too deeply" in p for p in detail["problems"])
    mixed = upload(
        web,
        [
            ("good.txt", EN_TEXT.encode()),
            ("bad.jsonl", surrogate + deep),
        ],
    )
    assert mixed.status_code == 200, mixed.text
    body = mixed.json()
    assert body["counts"].get("added") == 2  # the article and the repaired line
    assert any("bad.jsonl:2" in p for p in body["problems"])
    stored = web.get("/api/documents/s").json()
    assert stored["text"] == "\ufffd"
    json.dumps(stored)


def test_a_token_given_on_the_command_line_is_warned_about(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``ps`` shows every argument: ``--token`` is warned about, the variable and the file are not."""
    from diplowatch.cli.serve_cmd import _read_token

    monkeypatch.setattr("sys.argv", ["diplowatch", "serve", "--token", "s3cret"])
    assert _read_token("s3cret", None) == "s3cret"
    assert "visible to other users" in capsys.readouterr().err
    monkeypatch.setattr("sys.argv", ["diplowatch", "serve", "--allow-ingest"])
    assert _read_token("s3cret", None) == "s3cret"  # from $DIPLOWATCH_TOKEN
    secret = tmp_path / "token"
    secret.write_text("s3cret\n", encoding="utf-8")
    assert _read_token(None, str(secret)) == "s3cret"
    assert capsys.readouterr().err == ""
