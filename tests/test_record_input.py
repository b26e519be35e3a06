"""Input can never forge output (issue 13 point 1) and dates that are not dates
are refused with a line number (point 2).

A JSON Lines input line may carry any keys; the reader keeps the ones it
does not know under ``input``, so none can replace a field the pipeline
computes: the record of a line with forged keys equals the record of the
clean line, plus ``input``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from diplowatch.ingest import iter_documents
from diplowatch.model import Event, Record
from diplowatch.pipeline import process
from diplowatch.problems import ProblemReporter

TEXT = "Seoul and Hanoi signed an agreement on trade on Monday."
BASE = {"id": "d1", "text": TEXT, "lang": "en", "published": "2024-04-22"}

#: Every key a record may carry that the pipeline computes (the spec's record
#: plus what the reader and the extractor add).
COMPUTED = (
    "doc_id",
    "events",
    "note",
    "annotations",
    "annotations_dropped",
    "duplicate_of",
    "duplicate_kind",
    "duplicate_similarity",
    "skip_extraction",
    "original_id",
    "encoding",
    "dropped_lines",
    "source_lines",
    "source_url",
    "meta",
    "input",
)


def record_of(line: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = list(iter_documents([str(path)], ProblemReporter(stream=None)))
    return process(doc).to_dict()


FORGED: dict[str, Any] = {
    "doc_id": "forged",
    "events": [{"type": "ASSAULT", "actors": [{"code": "USA"}]}],
    "note": "forged",
    "annotations": [{"start": 0, "end": 5, "kind": "actor", "label": "PRK"}],
    "annotations_dropped": 99,
    "duplicate_of": "elsewhere",
    "duplicate_kind": "exact",
    "duplicate_similarity": 1.0,
    "skip_extraction": True,
    "original_id": "forged",
    "encoding": "forged",
    "dropped_lines": ["forged"],
    "source_lines": ["forged"],
    "source_url": "https://forged.example.invalid/",
    "meta": {"events": []},
    "input": "forged",
}


@pytest.mark.parametrize("key", COMPUTED)
def test_an_input_key_never_replaces_a_computed_one(key: str, tmp_path: Path) -> None:
    clean = record_of(BASE, tmp_path)
    forged = record_of({**BASE, key: FORGED[key]}, tmp_path)
    assert forged.pop("input") == {key: FORGED[key]}, "the input's own key is kept apart"
    clean.pop("input", None)
    assert forged == clean


def test_the_record_never_lets_meta_replace_a_field() -> None:
    record = Record(
        doc_id="real",
        lang="en",
        published="2024-04-22",
        events=[Event("AGREE", "sign", "reported", [])],
        meta={"doc_id": "x", "events": [], "lang": "xx", "published": None, "note": "x"},
    )
    out = record.to_dict()
    assert (out["doc_id"], out["lang"], out["published"]) == ("real", "en", "2024-04-22")
    assert len(out["events"]) == 1 and "note" not in out


def test_input_fields_are_read_not_copied(tmp_path: Path) -> None:
    out = record_of({**BASE, "lang": "xx", "published": "2024-04-22T08:00:00Z"}, tmp_path)
    assert out["lang"] == "en"  # an unknown language code is detected instead
    assert out["published"] == "2024-04-22"


@pytest.mark.parametrize("bad", ["2024-13-45", "2024", "soon", "31/02/2024"])
def test_an_invalid_published_is_refused_with_file_and_line(bad: str, tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [BASE, {**BASE, "id": "d2", "text": TEXT + " Again.", "published": bad}]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    stream = io.StringIO()
    reporter = ProblemReporter(stream=stream)
    docs = list(iter_documents([str(path)], reporter, near_duplicates=False))
    assert [d.published for d in docs] == ["2024-04-22", None]
    (warning,) = stream.getvalue().splitlines()
    assert warning == (
        f"diplowatch: warning: {path}:2: 'published' {bad!r} is not a date; "
        "ignored (looked for in the text)"
    )
    assert reporter.count == 0, "nothing was lost: a warning, not a skipped document"
    assert process(docs[1]).published is None
