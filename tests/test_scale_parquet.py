"""Parquet output: lossless tables, partition plan, reruns, load, DuckDB queries, CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplowatch.cli import main
from diplowatch.model import Actor, Amount, Document, Duplicate, Event, Evidence, Record
from diplowatch.problems import ProblemReporter, UserError
from diplowatch.scale.engine import execute
from diplowatch.scale.load import iter_pairs, open_output
from diplowatch.scale.output import OutputDir
from diplowatch.scale.partition import plan, read_partition
from diplowatch.scale.query import ParquetQuery
from diplowatch.scale.tables import from_tables, to_tables

# --- a small synthetic input whose events are given, not extracted --------------------

# (doc id, published, events: (type, status, codes, date, sectors, amount))
SPEC: list[tuple[str, str | None, list[tuple[Any, ...]]]] = [
    ("d1", "2024-01-10", [("CONSULT", "reported", ["KOR", "JPN"], "2024-01-10", ["trade"], None)]),
    ("d2", "2024-01-10", [("CONSULT", "reported", ["JPN", "KOR"], None, ["energy"], None)]),
    ("d3", "2024-02-01", [("AGREE", "reported", ["KOR", "VNM"], "2024-02-01", ["trade"], 5e6)]),
    ("d4", "2024-03-05", [("ACCUSE", "reported", ["PRK", "KOR"], "2024-03-04", [], None)]),
    ("d5", "2024-05-20", [("CONSULT", "planned", ["KOR", "JPN"], "2024-06-01", ["energy"], None)]),
    ("d6", "2024-05-21", []),
    ("d7", None, [("CONSULT", "reported", ["KOR", "JPN"], None, [], None)]),
    ("d8", "2024-07-01", [("ASSAULT", "negated", ["KOR", "PRK"], "2024-07-01", [], None)]),
    (
        "d9",
        "2024-08-15",
        [
            ("COOPERATE", "reported", ["KOR", "VNM", "JPN"], "2024-08-15", ["health"], None),
            ("SUPPORT", "reported", ["VNM", "KOR"], "2024-08-15", [], None),
        ],
    ),
]


def toy_process(doc: Document) -> Record:
    """Events read from the input's own "ev" field (picklable, module level)."""
    events = []
    for type_, status, codes, date, sectors, amount in doc.meta.get("input", {}).get("ev", []):
        events.append(
            Event(
                type=type_,
                mode="meeting" if type_ == "CONSULT" else None,
                status=status,
                actors=[
                    Actor(
                        code=c,
                        role="official" if i == 0 else None,
                        name=f"N{c}" if i == 0 else None,
                    )
                    for i, c in enumerate(codes)
                ],
                date=date,
                sectors=list(sectors),
                amounts=[Amount(value=amount, currency="USD", kind="pledge")] if amount else [],
                evidence=Evidence(text=doc.text[:12], start=0, end=12),
            )
        )
    meta = {k: v for k, v in doc.meta.items() if k != "input"}
    return Record(
        doc_id=doc.doc_id,
        lang="en",
        published=doc.published,
        title=doc.title,
        events=events,
        url=doc.url,
        source=doc.source,
        meta=meta,
        duplicate=doc.duplicate,
    )


def _write_input(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n, (doc_id, published, events) in enumerate(SPEC):
            row = {
                "id": doc_id,
                "text": f"Report number {n} about officials of several states meeting on topic {doc_id}.",
                "published": published,
                "url": f"https://outlet{n % 3}.example/{doc_id}",
                "ev": [list(e) for e in events],
            }
            handle.write(json.dumps(row) + "\n")
    return path


@pytest.fixture()
def toy_folder(tmp_path: Path) -> tuple[Path, str]:
    source = _write_input(tmp_path / "toy.jsonl")
    out = str(tmp_path / "out")
    report = execute(
        [str(source)], out, ProblemReporter(stream=None), workers=2, batch=2, processor=toy_process
    )
    assert report.failed == 0 and report.documents == len(SPEC)
    return source, out


# --- tables -------------------------------------------------------------------------


def test_tables_round_trip_is_lossless() -> None:
    doc = Document(
        doc_id="x",
        text="body",
        lang=None,
        published="2024-01-02T10:00",
        title="T",
        url=None,
        source="S",
        origin="f.jsonl:3",
        meta={"a": [1, 2], "encoding": "utf-8"},
        duplicate=Duplicate("w", "near"),
        skip_extraction=True,
    )
    record = Record(
        doc_id="x",
        lang="ar",
        published="2024-01-02",
        title="T",
        events=[
            Event(
                type="AID",
                mode=None,
                status="planned",
                actors=[Actor("KOR", "minister", "كيم", "Kim"), Actor("UN")],
                date=None,
                location="KOR",
                sectors=["health", "education"],
                amounts=[Amount(6e6, "USD", "pledge", "6 ملايين"), Amount(1.5, "EUR")],
                evidence=None,
                trigger="تبرع",
            ),
            Event(
                type="CONSULT",
                mode="phone",
                status="reported",
                actors=[],
                evidence=Evidence("t", 0, 1),
            ),
        ],
        source="S",
        note=None,
        meta={"a": [1, 2]},
        duplicate=Duplicate("w", "near"),
        annotations=[{"k": 1}],
        annotations_dropped=2,
    )
    empty = Record(doc_id="y", lang="other", published=None, note="language not supported")
    empty_doc = Document(doc_id="y", text="zzz")
    pairs = [(doc, record), (empty_doc, empty), (doc, record)]
    tables = to_tables("part-000007", pairs)
    assert tables["events"].num_rows == 4 and tables["actors"].num_rows == 4
    assert list(from_tables(tables["documents"], tables["events"])) == pairs
    # The marks stay flat keys of the JSON columns, as folders have always had them.
    row = tables["documents"].to_pylist()[0]
    assert json.loads(row["meta_json"]) == {
        "a": [1, 2],
        "encoding": "utf-8",
        "duplicate_of": "w",
        "duplicate_kind": "near",
        "skip_extraction": True,
    }
    assert json.loads(row["record_meta_json"]) == {
        "a": [1, 2],
        "duplicate_of": "w",
        "duplicate_kind": "near",
        "annotations": [{"k": 1}],
        "annotations_dropped": 2,
    }


# --- plan -----------------------------------------------------------------------------


def test_plan_cuts_jsonl_at_lines_and_reads_what_ingest_reads(tmp_path: Path) -> None:
    from diplowatch.ingest import iter_documents

    source = _write_input(tmp_path / "toy.jsonl")
    with source.open("a", encoding="utf-8") as handle:
        handle.write("\n{broken\n")
        handle.write(
            json.dumps({"text": "An article without any id at all, on line twelve."}) + "\n"
        )
    reporter = ProblemReporter(stream=None)
    parts = plan([str(source)], reporter, batch=4)
    assert [p.kind for p in parts] == ["lines"] * 3
    assert [p.first_line for p in parts] == [1, 5, 9]
    ours = [
        d for p in parts for d in read_partition(p, reporter, keep_duplicates=False, follow=False)
    ]
    theirs_reporter = ProblemReporter(stream=None)
    theirs = list(iter_documents([str(source)], theirs_reporter))
    assert ours == theirs
    assert [str(p) for p in reporter.problems] == [str(p) for p in theirs_reporter.problems]
    assert ours[-1].doc_id == "toy-12"


def test_plan_refuses_standard_input() -> None:
    with pytest.raises(UserError, match="standard input"):
        plan(["-"], ProblemReporter(stream=None))


# --- reruns -----------------------------------------------------------------------------


def test_rerun_skips_finished_partitions_and_redoes_lost_ones(toy_folder: tuple[Path, str]) -> None:
    source, out = toy_folder
    before = [r.to_dict() for _, r in iter_pairs(open_output(out))]
    assert [r["doc_id"] for r in before] == [s[0] for s in SPEC]
    marker = Path(out) / "_committed" / "part-000001.json"
    marker.unlink()  # as if the worker died after writing the tables
    (Path(out) / "events" / "part-000001.parquet").write_bytes(b"half a file")
    again = execute(
        [str(source)], out, ProblemReporter(stream=None), workers=1, batch=2, processor=toy_process
    )
    assert (again.written, again.skipped) == (1, 4)
    assert [r.to_dict() for _, r in iter_pairs(open_output(out))] == before


def test_rerun_with_other_input_needs_overwrite(
    toy_folder: tuple[Path, str], tmp_path: Path
) -> None:
    source, out = toy_folder
    with pytest.raises(UserError, match="--overwrite"):
        execute([str(source)], out, ProblemReporter(stream=None), batch=3, processor=toy_process)
    report = execute(
        [str(source)],
        out,
        ProblemReporter(stream=None),
        batch=3,
        overwrite=True,
        workers=1,
        processor=toy_process,
    )
    assert report.written == 3 and len(OutputDir(out).finished()) == 3


# --- load and DuckDB ----------------------------------------------------------------------


def _strip(event: dict[str, Any]) -> tuple[Any, ...]:
    codes = sorted({a["code"] for a in event["actors"]})
    return (
        event["type"],
        event["status"],
        event["date"],
        tuple(codes),
        tuple(sorted(event["sectors"])),
        event["num_mentions"],
        event["num_articles"],
        event["num_sources"],
        event["quad_class"],
        event["score"],
    )


def test_load_then_store_agrees_with_duckdb(toy_folder: tuple[Path, str], tmp_path: Path) -> None:
    from diplowatch.cli.scaled import load_folder
    from diplowatch.store import Store

    _, out = toy_folder
    db = str(tmp_path / "t.db")
    counts = load_folder(out, db, progress=False)
    assert counts == {"added": len(SPEC)}
    assert load_folder(out, db, progress=False) == {"unchanged": len(SPEC)}
    query = ParquetQuery(open_output(out))
    with Store(db, readonly=True) as store:
        for filters in (
            {},
            {"actor": "KOR"},
            {"actor": "KOR", "partner": "VNM"},
            {"type": "CONSULT"},
            {"since": "2024-02", "until": "2024-07"},
            {"sector": "trade"},
        ):
            ours = sorted(map(_strip, query.events(limit=None, **filters)), key=repr)
            theirs = sorted(map(_strip, store.events(limit=None, **filters)), key=repr)
            assert ours == theirs, filters
            assert query.count_events(**filters) == store.count_events(**filters)
        for focus in ("KOR", "JPN", "PRK"):
            assert query.relations(focus) == store.relations(focus), focus
        assert query.relations("KOR", since="2024-03") == store.relations("KOR", since="2024-03")
    # d1 and d2 report one meeting: merged, two mentions from two outlets
    meeting = query.events(type="CONSULT", since="2024-01-10", until="2024-01-10")
    assert len(meeting) == 1 and meeting[0]["num_mentions"] == 2 and meeting[0]["num_sources"] == 2
    query.close()


# --- exact parity with `extract` and the CLI (real extraction) ------------------------------


def test_single_partition_equals_extract_output(tmp_path: Path) -> None:
    from conftest import shared_path
    from diplowatch.guard import process_stream
    from diplowatch.ingest import iter_documents

    docs = shared_path("data", "dev", "docs.jsonl")
    out = str(tmp_path / "dev")
    execute([str(docs)], out, ProblemReporter(stream=None), workers=1, batch=1000)
    expected = [
        r.to_dict()
        for r in process_stream(iter_documents([str(docs)], ProblemReporter(stream=None)))
    ]
    assert [r.to_dict() for _, r in iter_pairs(open_output(out))] == expected


def test_cli_extract_out_load_and_query(tmp_path: Path) -> None:
    source = _write_input(tmp_path / "toy.jsonl")
    out, db = str(tmp_path / "run"), str(tmp_path / "x.db")
    runner = CliRunner()
    result = runner.invoke(
        main, ["extract", str(source), "--out", out, "--batch", "4", "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "9 documents" in result.output and "3 partitions" in result.output
    result = runner.invoke(main, ["load", out, "--db", db])
    assert result.exit_code == 0, result.output
    assert "9 added" in result.output
    for args in (
        ["events", out, "--format", "jsonl"],
        ["events", out, "--format", "csv"],
        ["events", out],
        ["relations", out, "--focus", "KOR"],
    ):
        result = runner.invoke(main, ["query-parquet", *args])
        assert result.exit_code == 0, result.output


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    source = _write_input(tmp_path / "toy.jsonl")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(source), "--engine", "dask"])
    assert result.exit_code == 2 and "--out DIR" in result.output
    result = runner.invoke(main, ["extract", "-", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "standard input" in result.output
    result = runner.invoke(main, ["load", str(tmp_path)])
    assert result.exit_code == 2 and "not a diplowatch Parquet folder" in result.output
    result = runner.invoke(main, ["query-parquet", "events", str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_cli_ingest_through_partitions_loads_the_store(tmp_path: Path) -> None:
    from diplowatch.store import Store

    source = _write_input(tmp_path / "toy.jsonl")
    out, db = str(tmp_path / "run"), str(tmp_path / "i.db")
    runner = CliRunner()
    args = ["ingest", str(source), "--out", out, "--db", db, "--batch", "5", "--workers", "1"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "2 partitions" in result.output and "9 added" in result.output
    with Store(db, readonly=True) as store:
        assert store.stats()["documents"] == 9
    result = runner.invoke(main, args)  # a rerun: nothing recomputed, nothing added
    assert result.exit_code == 0, result.output
    assert "2 already done" in result.output and "9 unchanged" in result.output


def test_any_fsspec_url_works_as_output(tmp_path: Path) -> None:
    import fsspec

    source = _write_input(tmp_path / "toy.jsonl")
    url = "memory://diplowatch-test/run"
    try:
        report = execute(
            [str(source)],
            url,
            ProblemReporter(stream=None),
            workers=1,
            batch=4,
            processor=toy_process,
        )
        assert report.written == 3
        assert [d.doc_id for d, _ in iter_pairs(open_output(url))] == [s[0] for s in SPEC]
        query = ParquetQuery(open_output(url))
        assert query.count_events() == 8
        assert query.relations("KOR")[0]["partner"] == "JPN"
        query.close()
    finally:
        fsspec.filesystem("memory").rm("/diplowatch-test", recursive=True)


def test_mixed_folder_partitions_give_the_records_extract_gives(tmp_path: Path) -> None:
    from diplowatch.guard import process_stream
    from diplowatch.ingest import iter_documents

    folder = Path(__file__).parent / "fixtures" / "ingest"
    if not folder.is_dir():
        pytest.skip("ingest fixtures not present")
    out = str(tmp_path / "mixed")
    ours_reporter = ProblemReporter(stream=None)
    report = execute([str(folder)], out, ours_reporter, workers=2, batch=3)
    assert report.partitions >= 4  # small files grouped by 3, the JSONL file cut on its own
    theirs_reporter = ProblemReporter(stream=None)
    expected = [
        r.to_dict()
        for r in process_stream(iter_documents([str(folder)], theirs_reporter), workers=1)
    ]
    assert [r.to_dict() for _, r in iter_pairs(open_output(out))] == expected
    assert sorted(map(str, ours_reporter.problems)) == sorted(map(str, theirs_reporter.problems))
