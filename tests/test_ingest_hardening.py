"""Hostile and unlucky input at the ingest stage (issue 12).

Each test is one row of the issue's table: the batch goes on, every problem
names its file (and line), and nothing readable is lost.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from diplowatch.ingest import iter_documents
from diplowatch.model import Document
from diplowatch.problems import ProblemReporter

TOPICS = [
    "trade in rice and coffee",
    "a new railway line",
    "water sharing on the river",
    "fishing rights at sea",
    "student exchanges",
    "solar power plants",
    "a customs agreement",
    "wheat deliveries",
    "port fees",
    "visa rules for workers",
    "a joint museum exhibition",
    "flood warnings",
]


def ingest(inputs: list[str], **kwargs: object) -> tuple[list[Document], ProblemReporter]:
    reporter = ProblemReporter(stream=None)
    docs = list(iter_documents(inputs, reporter, **kwargs))  # type: ignore[arg-type]
    return docs, reporter


def reasons(reporter: ProblemReporter) -> str:
    return "\n".join(str(p) for p in reporter.problems)


def story(i: int) -> str:
    return (
        f"Officials from the two neighbouring states met on day {i} to discuss "
        f"{TOPICS[i % len(TOPICS)]}. The talks were described as useful and a further "
        f"round is planned for next month in the capital, according to statement {i}."
    )


def line(i: int) -> str:
    return json.dumps({"id": f"s{i}", "text": story(i)})


def test_lone_surrogate_line_is_kept_with_a_replacement_character(tmp_path: Path) -> None:
    lines = [line(i) for i in range(12)]
    lines.insert(5, '{"id": "bad", "text": "Talks ended \\ud800 without agreement today."}')
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, reporter = ingest([str(path)], near_duplicates=False)
    assert [d.doc_id for d in docs] == [f"s{i}" for i in range(5)] + ["bad"] + [
        f"s{i}" for i in range(5, 12)
    ]
    bad = docs[5]
    assert bad.text == "Talks ended \ufffd without agreement today."
    for doc in docs:  # every field can be encoded (hashing, SQLite, printing)
        json.dumps(doc.meta).encode("utf-8")
        doc.text.encode("utf-8")
    assert reporter.count == 0


def test_file_name_that_is_not_utf8_is_read_and_shown(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(story(1), encoding="utf-8")
    odd = os.path.join(os.fsencode(folder), b"caf\xe9-story.txt")
    with open(odd, "wb") as handle:
        handle.write(story(2).encode("utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    docs, reporter = ingest([str(folder)], near_duplicates=False)
    ids = sorted(d.doc_id for d in docs)
    assert ids == ["caf\\xe9-story", "good"]
    for doc in docs:
        doc.doc_id.encode("utf-8")
        doc.origin.encode("utf-8")
    assert "empty.txt: empty file" in reasons(reporter)


def test_deeply_nested_json_line_costs_that_line_only(tmp_path: Path) -> None:
    deep = '{"id": "deep", "text": "x", "extra": ' + "[" * 2000 + "]" * 2000 + "}"
    lines = [line(0), line(1), deep, line(2), line(3)]
    path = tmp_path / "nested.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, reporter = ingest([str(path)], near_duplicates=False)
    assert [d.doc_id for d in docs] == ["s0", "s1", "s2", "s3"]
    assert f"{path}:3: JSON nested too deeply" in reasons(reporter)
    assert reporter.count == 1


def test_nested_metadata_is_cut_so_it_can_be_stored(tmp_path: Path) -> None:
    nested = "[" * 500 + "]" * 500  # parses, but would make json.dumps recurse later
    path = tmp_path / "meta.jsonl"
    path.write_text(
        '{"id": "m", "text": ' + json.dumps(story(4)) + ', "extra": ' + nested + "}\n",
        encoding="utf-8",
    )
    docs, reporter = ingest([str(path)], near_duplicates=False)
    assert [d.doc_id for d in docs] == ["m"] and reporter.count == 0
    json.dumps(docs[0].meta)  # bounded depth


def test_an_unexpected_error_in_one_line_is_reported_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplowatch.ingest import plain

    real = plain._jsonl_document

    def flaky(obj, stem, lineno, where, encoding, ctx):  # type: ignore[no-untyped-def]
        if obj.get("id") == "s2":
            raise KeyError("a bug")
        return real(obj, stem, lineno, where, encoding, ctx)

    monkeypatch.setattr(plain, "_jsonl_document", flaky)
    path = tmp_path / "bug.jsonl"
    path.write_text("\n".join(line(i) for i in range(5)) + "\n", encoding="utf-8")
    docs, reporter = ingest([str(path)], near_duplicates=False)
    assert [d.doc_id for d in docs] == ["s0", "s1", "s3", "s4"]
    assert f"{path}:3: unexpected error (KeyError" in reasons(reporter)


def _page(i: int) -> bytes:
    return (
        f"<html><head><title>Story {i}</title></head><body><article>"
        f"<h1>Story {i}</h1><p>{story(i)}</p><p>{story(i + 100)}</p>"
        "</article></body></html>"
    ).encode()


def _ten_record_warc(gz: bool) -> tuple[bytes, list[int]]:
    """A WARC of ten HTML responses, and the byte offset of each record."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for i in range(10):
        offsets.append(buf.tell())
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example.invalid/story-{i}",
                "response",
                payload=io.BytesIO(_page(i)),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"},
            )
        )
    offsets.append(buf.tell())
    return buf.getvalue(), offsets


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_damaged_warc_record_five_of_ten_costs_that_record_only(tmp_path: Path, gz: bool) -> None:
    data, offsets = _ten_record_warc(gz)
    start, end = offsets[4], offsets[5]
    if gz:  # bytes flipped inside the fifth gzip member
        middle = (start + end) // 2
        damaged = data[:middle] + bytes(b ^ 0x5A for b in data[middle : middle + 40])
        damaged += data[middle + 40 :]
    else:  # the fifth record's header garbled
        damaged = data[:start] + b"WARC/1.0\r\nno colon in this header\r\n\r\n" + data[start + 60 :]
    path = tmp_path / ("damaged.warc.gz" if gz else "damaged.warc")
    path.write_bytes(damaged)
    docs, reporter = ingest([str(path)], near_duplicates=False)
    kept = [d.url for d in docs]
    assert len(kept) == 9, reasons(reporter)
    assert "https://news.example.invalid/story-4" not in {d.meta.get("fetched_url") for d in docs}
    assert f"{path}: damaged WARC record at byte {start}" in reasons(reporter)


def test_gzip_bomb_is_refused_after_reading_about_a_megabyte(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(line(0).encode() + b"\n" + b"\n" * 200_000_000, 9))
    assert bomb.stat().st_size < 300_000
    docs, reporter = ingest([str(bomb)], near_duplicates=False)
    assert [d.doc_id for d in docs] == ["s0"]  # what came before the refusal is kept
    text = reasons(reporter)
    assert "refused as a likely decompression bomb" in text
    # Refused quickly: after about one megabyte of the 200, counted, not timed.
    produced = int(text.split("expands more than 100x (")[1].split(" bytes")[0].replace(",", ""))
    assert produced < 2 * 1024 * 1024


def test_gzip_that_compresses_normally_is_read(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(line(i) for i in range(8000)) + "\n").encode()))
    docs, reporter = ingest([str(path)], near_duplicates=False)
    assert path.stat().st_size * 20 < 8000 * len(line(0)) and len(docs) == 8000
    assert reporter.count == 0
