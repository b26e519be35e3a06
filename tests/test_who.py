"""`diplowatch who` and `/api/who`: names in any script, near misses, and stored events.

The articles below are written for these tests; the records are made by hand
(not by the extractor) so that the lookup is tested on known actor names.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplowatch.cli import main
from diplowatch.model import Actor, Document, Event, Evidence, Record
from diplowatch.store import who

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

AR = "أنقرة - استقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الإيراني في أنقرة يوم الاثنين."
AR_OLD = "أنقرة - التقى رئيس الوزراء التركي أردوغان نظيره الياباني في أنقرة."
FA = "تهران - عراقچی معاون وزیر امور خارجه با همتای ژاپنی خود دیدار کرد."
EN = "Kabul. Former president Karzai met the Pakistani envoy on Sunday."
EN_OTHER = "Ankara. Hakan Fidan met Abbas at the talks; عباس said nothing."


def _event(text: str, date: str, actors: list[Actor], kind: str = "CONSULT") -> Event:
    return Event(
        kind, "meeting", "reported", actors, date=date, evidence=Evidence(text, 0, len(text))
    )


def _pairs() -> list[tuple[Document, Record]]:
    items = [
        (
            "ar-1",
            "ar",
            AR,
            "2023-05-01",
            [Actor("TUR", "head_of_state", "رجب طيب أردوغان"), Actor("IRN")],
        ),
        (
            "ar-2",
            "ar",
            AR_OLD,
            "2012-03-01",
            [Actor("TUR", "head_of_government", "أردوغان"), Actor("JPN")],
        ),
        ("fa-1", "fa", FA, "2019-05-01", [Actor("IRN", "deputy_minister", "عراقچی"), Actor("JPN")]),
        (
            "en-1",
            "en",
            EN,
            "2018-01-07",
            [Actor("AFG", None, "Karzai", "Hamid Karzai"), Actor("PAK")],
        ),
        # Neither Fidan nor the bare, ambiguous "عباس" is Erdogan or Mahmoud Abbas for sure.
        (
            "en-2",
            "en",
            EN_OTHER,
            "2024-01-01",
            [Actor("TUR", "foreign_minister", "Hakan Fidan"), Actor("PSE", None, "عباس")],
        ),
    ]
    out = []
    for doc_id, lang, text, day, actors in items:
        doc = Document(doc_id, text, lang=lang, published=day, title=doc_id, source="Test Wire")
        record = Record(doc_id=doc_id, lang=lang, published=day, title=doc_id, source="Test Wire",
                        events=[_event(text, day, actors)])  # fmt: skip
        out.append((doc, record))
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from diplowatch.store import Store

    path = tmp_path_factory.mktemp("who") / "who.db"
    with Store(path) as store:
        store.add_many(_pairs())
    return path


# -- lookup --------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["أردوغان", "اردوغان", "رجب طيب اردوغان", "رجب طیب اردوغان", "Erdoğan", "erdogan", "ERDOGAN"],
)
def test_find_accepts_every_script_and_spelling(name: str) -> None:
    people, suggestions = who.find(name)
    assert people == ("recep-tayyip-erdogan",) and suggestions == ()


def test_find_persian_and_dari_spellings() -> None:
    assert who.find("ویلیام روتو")[0] == ("william-ruto",)
    assert who.find("صدر جاپاروف")[0] == ("sadyr-japarov",)
    assert who.find("شوکت میرضیایف")[0] == ("shavkat-mirziyoyev",)
    assert who.find("دونالد ترمپ")[0] == ("donald-trump",)  # Dari spelling


def test_near_miss_gets_did_you_mean() -> None:
    people, suggestions = who.find("Recep Erdogan")
    assert people == () and "Recep Tayyip Erdogan" in suggestions
    people, suggestions = who.find("عبد الفتاح السيسى")  # alef maksura folds: exact
    assert people == ("abdel-fattah-el-sisi",)
    assert who.find("zzzz qqqq") == ((), ())


def test_describe_gives_role_and_former_on_a_date() -> None:
    answer = who.describe("hamid-karzai")
    assert answer["holding"]["code"] == "AFG" and answer["holding"]["former"] is True
    assert answer["names"]["ar"] and answer["names"]["fa"] and answer["names"]["en"]
    assert [t["start"] for t in answer["terms"]] == sorted(t["start"] for t in answer["terms"])
    assert answer["as_of"]


def test_events_match_stored_names_in_any_script(db: Path) -> None:
    from diplowatch.store import Store

    with Store(db, readonly=True) as store:
        total, rows = who.events(store, "recep-tayyip-erdogan")
        assert total == 2
        assert [r["as"]["role"] for r in rows] == ["head_of_state", "head_of_government"]
        total, rows = who.events(store, "abbas-araghchi")
        assert total == 1 and rows[0]["as"]["role"] == "deputy_minister"
        total, rows = who.events(store, "hamid-karzai")
        assert total == 1 and rows[0]["as"]["former"] is True
        assert who.events(store, "mahmoud-abbas")[0] == 0  # only the ambiguous bare name
        assert who.events(store, "hakan-fidan")[0] == 1


# -- CLI -----------------------------------------------------------------


def test_cli_who_with_database(db: Path) -> None:
    result = CliRunner().invoke(main, ["who", "اردوغان", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Recep Tayyip Erdogan" in result.output and "TUR" in result.output
    assert "2 event(s)" in result.output


def test_cli_who_json_on_a_date() -> None:
    result = CliRunner().invoke(main, ["who", "Araghchi", "--on", "2019-05", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data[0]["holding"]["role"] == "deputy_minister" and "events" not in data[0]


def test_cli_who_unknown_name_suggests() -> None:
    result = CliRunner().invoke(main, ["who", "Recep Erdogan"])
    assert result.exit_code == 2
    assert "Did you mean: Recep Tayyip Erdogan" in result.output


def test_cli_who_bad_inputs() -> None:
    assert CliRunner().invoke(main, ["who", "Erdogan", "--on", "May 2019"]).exit_code == 2
    missing = CliRunner().invoke(main, ["who", "Erdogan", "--db", "/nonexistent/x.db"])
    assert missing.exit_code == 2 and "no such database" in missing.output


def test_cli_who_help_has_examples() -> None:
    result = CliRunner().invoke(main, ["who", "--help"])
    assert result.exit_code == 0 and "Examples:" in result.output and "--on" in result.output


# -- API -----------------------------------------------------------------


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    from diplowatch.serve import create_app
    from diplowatch.serve.access import Settings

    return TestClient(create_app(Settings(db=db)), base_url="http://localhost")  # Host check


def test_api_who_returns_person_terms_and_events(client: TestClient) -> None:
    response = client.get("/api/who", params={"name": "عراقچی"})
    assert response.status_code == 200, response.text
    data = response.json()
    [match] = data["matches"]
    assert match["person"] == "abbas-araghchi" and match["holding"]["role"] == "foreign_minister"
    assert match["events_total"] == 1 and match["events"][0]["as"]["former"] is False


def test_api_who_on_a_date_and_near_miss(client: TestClient) -> None:
    data = client.get("/api/who", params={"name": "Erdogan", "on": "2010"}).json()
    assert data["on"] == "2010-01-01"
    assert data["matches"][0]["holding"]["role"] == "head_of_government"
    miss = client.get("/api/who", params={"name": "Recep Erdogan"}).json()
    assert miss["matches"] == [] and "Recep Tayyip Erdogan" in miss["suggestions"]
    assert client.get("/api/who", params={"name": "x", "on": "2019-02-30"}).status_code == 422
