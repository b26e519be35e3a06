"""Plain-text and JSONL ingestion: inputs, encodings and bad input."""

from __future__ import annotations

import codecs
import gzip
import io
from pathlib import Path

import pytest

from diplowatch.ingest import iter_documents, sniff_kind
from diplowatch.ingest.decode import DecodeError, decode_bytes
from diplowatch.model import Document
from diplowatch.problems import ProblemReporter

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

AR = "وقع وزيرا خارجية البلدين اتفاقية للتعاون الاقتصادي في العاصمة يوم الأحد.\nوقال المتحدث إن الاتفاقية تشمل التجارة والطاقة."
FA = "وزیر امور خارجه با همتای خود درباره همکاری‌های اقتصادی گفت‌وگو کرد.\nدو طرف بر گسترش روابط تأکید کردند."
EN = "The two foreign ministers signed an economic cooperation agreement on Sunday.\nThe deal covers trade and energy."


def ingest(inputs, **kwargs) -> tuple[list[Document], ProblemReporter]:  # type: ignore[no-untyped-def]
    reporter = ProblemReporter(stream=None)
    docs = list(iter_documents([str(x) for x in inputs], reporter, **kwargs))
    return docs, reporter


def reasons(reporter: ProblemReporter) -> str:
    return "\n".join(str(p) for p in reporter.problems)


def test_txt_fixtures_in_three_languages_with_boilerplate_removed() -> None:
    docs, reporter = ingest(
        [FIXTURES / "ar_article.txt", FIXTURES / "fa_article.txt", FIXTURES / "en_article.txt"]
    )
    assert reporter.count == 0, reasons(reporter)
    by_id = {d.doc_id: d for d in docs}
    assert set(by_id) == {"ar_article", "fa_article", "en_article"}
    ar = by_id["ar_article"]
    assert ar.source == "وكالة الأنباء التجريبية"
    assert "موضوعات ذات صلة" in ar.meta["dropped_lines"]
    assert "تعليق (0)" in ar.meta["dropped_lines"]
    assert "المصدر" not in ar.text and "شارك" not in ar.text
    assert ar.text.startswith("استقبل وزير الخارجية")
    assert ar.meta["encoding"] == "utf-8"
    fa = by_id["fa_article"]
    assert fa.source == "خبرگزاری آزمایشی"
    assert any("مهم" in line for line in fa.meta["dropped_lines"])
    assert "سخنگوی وزارت خارجه" in fa.text
    en = by_id["en_article"]
    assert en.source == "Example Wire Service"
    assert "Go Top" in en.meta["dropped_lines"]
    assert "cookies" not in en.text
    assert len(en.text.splitlines()) == 3  # the three article sentences survive
    for doc in docs:
        assert doc.lang is None and doc.published is None  # not given by a .txt


def test_jsonl_fields_meta_and_bad_lines_with_line_numbers() -> None:
    path = FIXTURES / "mixed.jsonl"
    docs, reporter = ingest([path])
    ids = [d.doc_id for d in docs]
    assert ids == ["j-ar-1", "j-fa-1", "j-en-1", "mixed-8"]
    first = docs[0]
    assert (first.lang, first.published, first.title, first.source) == (
        "ar",
        "2024-05-02",
        "زيارة رسمية",
        "wire-a",
    )
    assert first.url == "https://news.example.invalid/ar/1"
    assert first.meta["input"]["category"] == "politics"  # the line's own keys, kept apart
    assert first.origin == f"{path}:1"
    assert first.meta["dropped_lines"] == ["اقرأ أيضا: مباحثات سابقة بين البلدين"]
    text = reasons(reporter)
    assert f"{path}:4: not valid JSON" in text
    assert f"{path}:5: 'text' is empty" in text
    assert f"{path}:6: no 'text' field" in text
    assert f"{path}:7: expected a JSON object" in text
    assert reporter.count == 4


def test_folder_recursive_with_ignored_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(FA, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(EN, encoding="utf-8")
    docs, reporter = ingest([tmp_path])
    assert [d.doc_id for d in docs] == ["one", "two"]
    text = reasons(reporter)
    assert "notes.csv: unsupported file type '.csv'" in text
    assert "ignored 2 file(s) that are not articles" in text
    assert reporter.count == 2


def test_glob_missing_path_and_unknown_extension(tmp_path: Path) -> None:
    (tmp_path / "x1.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "x2.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "x3.docx").write_bytes(b"PK\x03\x04")
    docs, reporter = ingest(
        [tmp_path / "x*.txt", tmp_path / "nope.txt", tmp_path / "x3.docx", tmp_path / "z*.txt"]
    )
    assert [d.doc_id for d in docs] == ["x1", "x2"]
    text = reasons(reporter)
    assert "nope.txt: no such file or folder" in text
    assert "x3.docx: unsupported file type '.docx'" in text
    assert "z*.txt: no files match this pattern" in text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'{"id": "1", "text": "x"}\n', "jsonl"),
        (b"\xef\xbb\xbf  plain words", "text"),
        (b"<!doctype html><html><body>", "html"),
        (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"WARC/1.1\r\n", "warc"),
    ],
)
def test_sniff_kind(data: bytes, kind: str) -> None:
    assert sniff_kind(data) == kind


def test_stdin_jsonl_and_plain_text() -> None:
    reporter = ProblemReporter(stream=None)
    data = b'{"id": "s1", "text": "First story about a summit between two presidents in Geneva."}\n{broken\n'
    docs = list(iter_documents(["-"], reporter, stdin=io.BytesIO(data)))
    assert [d.doc_id for d in docs] == ["s1"]
    assert "<stdin>:2: not valid JSON" in reasons(reporter)
    docs = list(iter_documents(["-"], reporter, stdin=io.BytesIO(AR.encode("cp1256"))))
    assert docs[0].doc_id == "stdin" and docs[0].text == AR
    assert docs[0].meta["encoding"] == "windows-1256"


@pytest.mark.parametrize(
    ("text", "encode", "expected"),
    [
        (AR, lambda t: t.encode("utf-8"), "utf-8"),
        (AR, lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (FA, lambda t: t.encode("utf-16"), "utf-16"),
        (EN, lambda t: t.encode("utf-16-le"), "utf-16-le"),
        (AR, lambda t: t.encode("cp1256"), "windows-1256"),
        # Persian in windows-1256 is written with the Arabic yeh.
        (FA.replace("ی", "ي"), lambda t: t.encode("cp1256"), "windows-1256"),
        (AR, lambda t: t.encode("iso8859_6"), "iso-8859-6"),
    ],
)
def test_encodings_are_detected_and_recorded(
    tmp_path: Path, text: str, encode, expected: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(text))
    docs, reporter = ingest([path], near_duplicates=False)
    assert reporter.count == 0, reasons(reporter)
    assert docs[0].text == text
    assert docs[0].meta["encoding"] == expected


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "pdf.txt").write_bytes(b"%PDF-1.7 binary stuff")
    (tmp_path / "only_menu.txt").write_text("Go Top\nShare\nفيسبوك\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    docs, reporter = ingest([tmp_path])
    assert [d.doc_id for d in docs] == ["good"]
    text = reasons(reporter)
    assert "empty.txt: empty file" in text
    assert "blank.txt: empty file" in text
    assert "binary.txt: binary file" in text
    assert "pdf.txt: binary file (a PDF document)" in text
    assert "only_menu.txt: nothing left after removing navigation" in text
    assert "empty.jsonl: empty file" in text
    assert reporter.count == 6


def test_undecodable_bytes_give_a_clear_reason() -> None:
    with pytest.raises(DecodeError, match="binary|cannot decode"):
        decode_bytes(b"\x00\x01\x02\x03" * 100)


def test_size_cap_for_files_and_jsonl_lines(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 50_000, encoding="utf-8")  # 250 KB
    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        '{"id": "long", "text": "'
        + "x " * 200_000
        + '"}\n{"id": "short", "text": "'
        + EN.replace("\n", " ")
        + '"}\n',
        encoding="utf-8",
    )
    docs, reporter = ingest([big, lines], max_doc_bytes=100_000)
    assert [d.doc_id for d in docs] == ["short"]
    text = reasons(reporter)
    assert "big.txt: document is 244 KB, over the per-document limit of 98 KB" in text
    assert f"{lines}:1: line is longer than the per-document limit" in text


def test_gzipped_jsonl_and_truncated_gzip(tmp_path: Path) -> None:
    payload = "".join(
        f'{{"id": "g{i}", "text": "Story number {i} about talks between two governments on trade."}}\n'
        for i in range(200)
    ).encode("utf-8")
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(payload))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(payload)[:-300])
    docs, reporter = ingest([good], near_duplicates=False)
    assert len(docs) == 200 and reporter.count == 0
    docs, reporter = ingest([cut], near_duplicates=False)
    assert 0 < len(docs) < 200
    assert "cut.jsonl.gz: truncated or corrupt gzip data" in reasons(reporter)


def test_repeated_ids_get_a_suffix(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text(AR, encoding="utf-8")
    docs, _ = ingest([tmp_path])
    assert [d.doc_id for d in docs] == ["story", "story~2"]
    assert docs[1].meta["original_id"] == "story"


def test_mixed_inputs_in_one_call() -> None:
    docs, reporter = ingest(
        [
            FIXTURES / "en_article.txt",
            FIXTURES / "mixed.jsonl",
            FIXTURES / "ar_page.html",
            FIXTURES / "feed_fa.atom",
        ]
    )
    kinds = {d.origin.split("/")[-1].split(":")[0].split("#")[0] for d in docs}
    assert kinds == {"en_article.txt", "mixed.jsonl", "ar_page.html", "feed_fa.atom"}
    assert reporter.count == 4  # only the four broken lines of mixed.jsonl


def test_ten_thousand_small_files(tmp_path: Path) -> None:
    for i in range(10_000):
        sub = tmp_path / f"d{i // 1000}"
        sub.mkdir(exist_ok=True)
        (sub / f"n{i:05d}.txt").write_text(f"Short note {i}.", encoding="utf-8")
    iterator = iter_documents([str(tmp_path)], ProblemReporter(stream=None))
    first = next(iterator)  # streaming: the first document comes before the walk ends
    assert first.doc_id == "n00000"
    assert 1 + sum(1 for _ in iterator) == 10_000


@pytest.mark.slow
def test_fifty_megabyte_document_is_ingested(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = (AR + "\n") * 100
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(paragraph)
    docs, reporter = ingest([path])
    assert reporter.count == 0, reasons(reporter)
    assert len(docs) == 1 and len(docs[0].text) > 20_000_000


def test_stdin_html_and_warc() -> None:
    reporter = ProblemReporter(stream=None)
    page = (FIXTURES / "en_page.html").read_bytes()
    docs = list(iter_documents(["-"], reporter, stdin=io.BytesIO(page)))
    assert [d.title for d in docs] == ["Chile and Vietnam agree to expand trade talks"]
    feed = (FIXTURES / "feed_en.rss").read_bytes()
    docs = list(iter_documents(["-"], reporter, stdin=io.BytesIO(feed)))
    assert [d.url for d in docs] == ["https://en.news.example.invalid/world/norway-pakistan-aid"]
    assert reporter.count == 0


def test_stdin_gzipped_jsonl() -> None:
    reporter = ProblemReporter(stream=None)
    payload = gzip.compress(
        b'{"id": "z1", "text": "Envoys of the two countries met in Vienna on Friday."}\n'
    )
    docs = list(iter_documents(["-"], reporter, stdin=io.BytesIO(payload)))
    assert [d.doc_id for d in docs] == ["z1"] and reporter.count == 0
