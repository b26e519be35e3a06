"""One validation for filters: the CLI, the API and the pages refuse alike.

Issue 13 point 4 and issue 14 point 2: ``store.filters.EventFilter`` is
built from CLI options or API parameters and checked once; names in any
supported language stand for codes, with "did you mean" for near misses;
search matches Arabic and Persian clitic forms and shows the original text.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplowatch.cli import main
from diplowatch.serve import create_app
from diplowatch.serve.access import Settings
from diplowatch.store import Store
from diplowatch.store.filters import EventFilter, InvalidFilter
from record_store import build

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LOCAL = "http://localhost"

BAD = [
    (["--since", "2024-13-45"], {"since": "2024-13-45"}),
    (["--type", "FOO"], {"type": "FOO"}),
    (["--since", "2021", "--until", "2020"], {"since": "2021", "until": "2020"}),
    (["--actor", "Irann"], {"actor": "Irann"}),
    (["--actor", "ايرانن"], {"actor": "ايرانن"}),
    (["--agent", "COPS"], {"agent": "COPS"}),
    (["--agent", "Irak:COP"], {"agent": "Irak:COP"}),
    (["--sector", "tarde"], {"sector": "trade,tarde"}),
    (["--status", "done"], {"status": "done"}),
    (["--lang", "de"], {"lang": "de"}),
    (["--undated", "--since", "2024"], {"undated": "true", "since": "2024"}),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("filters") / "f.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(Settings(db=db)), base_url=LOCAL)


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("options", "params"), BAD, ids=[" ".join(o) for o, _ in BAD])
def test_cli_and_api_refuse_a_bad_filter_in_the_same_words(
    db: Path, client: TestClient, options: list[str], params: dict[str, str]
) -> None:
    code, _, err = cli("events", "--db", str(db), *options)
    assert code == 2, err
    message = err.strip().removeprefix("diplowatch: error: ")
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"] == message
    page = client.get("/events", params=params)
    assert page.status_code == 400 and message.split(":")[0] in page.text
    with pytest.raises(InvalidFilter) as caught:
        EventFilter.parse({"type" if k == "type" else k: v for k, v in params.items()})
    assert str(caught.value) == message


def test_did_you_mean_names_the_code_and_country(db: Path) -> None:
    _, _, err = cli("events", "--db", str(db), "--actor", "Irann")
    assert "did you mean IRN (Iran)" in err
    _, _, err = cli("events", "--db", str(db), "--agent", "COPS")
    assert "did you mean COP" in err


@pytest.mark.parametrize("name", ["IRN", "irn", "Iran", "IRAN", "ایران", "إيران", "ايران"])
def test_a_name_in_any_language_stands_for_its_code(db: Path, name: str) -> None:
    code, out, err = cli("relations", "--db", str(db), "--focus", name, "--format", "csv")
    assert code == 0, err
    assert "IRQ" in out
    code, out, _ = cli("events", "--db", str(db), "--actor", name, "--format", "jsonl")
    assert code == 0 and out.count("\n") == 2  # the talks and the support


def test_the_api_and_pages_take_names_too(client: TestClient) -> None:
    body = client.get("/api/relations", params={"focus": "ایران"}).json()
    assert body["focus"] == "IRN" and [r["partner"] for r in body["relations"]] == ["IRQ"]
    assert (
        client.get("/api/events", params={"actor": "Iraq", "partner": "إيران"}).json()["total"] == 2
    )
    page = client.get("/relations", params={"focus": "Iran"})
    assert page.status_code == 200 and 'data-partner="IRQ"' in page.text


def test_an_unknown_code_in_capitals_gets_a_hint(db: Path) -> None:
    code, out, _ = cli("relations", "--db", str(db), "--focus", "IRA")
    assert code == 0 and "No events involve IRA" in out and "did you mean" in out


def test_agent_filter_in_cli_and_api(db: Path, client: TestClient) -> None:
    _, out, _ = cli("events", "--db", str(db), "--agent", "IRQ:COP")
    assert "COERCE" in out and "IRQ:COP" in out and "arrested 20" in out
    api = client.get("/api/events", params={"agent": "-:UAF"}).json()
    assert [e["type"] for e in api["events"]] == ["ASSAULT"]
    assert api["filters"] == {"agent": "-:UAF"}


def test_search_matches_clitic_forms_both_ways(db: Path) -> None:
    with Store(db, readonly=True) as store:
        bare = {r["doc_id"] for r in store.search("عقوبات")}
        with_article = {r["doc_id"] for r in store.search("العقوبات")}
        with_preposition = {r["doc_id"] for r in store.search("بالعقوبات")}
    assert bare == with_article == with_preposition == {"ar-sanctions-1", "ar-sanctions-2"}


def test_search_snippets_and_triggers_show_the_original_text(db: Path) -> None:
    with Store(db, readonly=True) as store:
        (hit,) = store.search("همكاري")  # typed with Arabic kaf and yeh
        doc = store.document("ar-hamza")
        talks = store.document("fa-talks")
    assert "[همکاری]" in hit["snippet"], hit["snippet"]  # as the article spells it
    assert "<mark>همکاری</mark>" in hit["snippet_html"]
    assert doc is not None and doc["events"][0]["trigger"] == "أكدت"
    start, end = doc["events"][0]["trigger_span"]
    assert doc["text"][start:end] == "أكدت"
    assert talks is not None and talks["events"][0]["trigger"] == "دیدار"  # Persian yeh


def test_duckdb_answers_the_same_filters(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    from diplowatch.scale.query import ParquetQuery
    from diplowatch.scale.tables import to_tables
    from record_store import pairs

    out = tmp_path / "out"
    from diplowatch.scale.output import OutputDir

    folder = OutputDir(str(out))
    tables = to_tables("p0", pairs())
    (out / "documents").mkdir(parents=True)
    (out / "events").mkdir()
    import pyarrow.parquet as pq

    pq.write_table(tables["documents"], out / "documents" / "p0.parquet")
    pq.write_table(tables["events"], out / "events" / "p0.parquet")
    folder.table_files = lambda name: [str(out / name / "p0.parquet")]  # type: ignore[method-assign]
    query = ParquetQuery(folder)
    with Store(tmp_path / "s.db") as store:
        for doc, record in pairs():
            store.add(doc, record)
        for filters in (
            {"agent": "COP"},
            {"agent": "IRQ:COP"},
            {"agent": "-:UAF"},
            {"agent": "CVL", "type": "ASSAULT"},
            {"undated": True},
            {"actor": "Iran"},
        ):
            ours = sorted(e["type"] for e in query.events(limit=None, **filters))
            theirs = sorted(e["type"] for e in store.events(limit=None, **filters))
            assert ours == theirs, filters
    query.close()
