"""HTML pages and WARC archives (written here with warcio)."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from diplowatch.ingest import iter_documents
from diplowatch.ingest.session import url_id
from diplowatch.model import Document
from diplowatch.problems import ProblemReporter

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def ingest(inputs, **kwargs) -> tuple[list[Document], ProblemReporter]:  # type: ignore[no-untyped-def]
    reporter = ProblemReporter(stream=None)
    docs = list(iter_documents([str(x) for x in inputs], reporter, **kwargs))
    return docs, reporter


def reasons(reporter: ProblemReporter) -> str:
    return "\n".join(str(p) for p in reporter.problems)


def test_html_pages_in_three_languages() -> None:
    docs, reporter = ingest(
        [FIXTURES / "ar_page.html", FIXTURES / "fa_page.html", FIXTURES / "en_page.html"]
    )
    assert reporter.count == 0, reasons(reporter)
    ar, en, fa = sorted(docs, key=lambda d: d.doc_id)
    assert ar.doc_id == "ar_page"
    assert ar.title == "المغرب وإسبانيا يوقعان اتفاقاً للتعاون في مجال المياه"
    assert ar.published == "2024-03-12"
    assert ar.url == "https://ar.news.example.invalid/2024/03/water-deal"
    assert ar.source == "موقع الأخبار التجريبي"
    assert ar.lang == "ar"
    assert "تحلية مياه البحر" in ar.text
    assert "الأكثر قراءة" not in ar.text and "جميع الحقوق" not in ar.text  # sidebar and footer gone
    assert fa.lang == "fa" and fa.published == "2024-01-20"
    assert "همکاری\u200cهای" in fa.text  # ZWNJ survives trafilatura
    assert "صفحه اصلی" not in fa.text
    assert en.source == "Example Daily" and en.published == "2023-11-07"
    assert "Great article" not in en.text  # comments are not article text
    assert "copper, fruit and electronics" in en.text


def test_page_without_article_and_windows_1256_page(tmp_path: Path) -> None:
    page = (
        (FIXTURES / "ar_page.html")
        .read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="windows-1256"')
    )
    legacy = tmp_path / "legacy.html"
    legacy.write_bytes(page.encode("cp1256"))
    docs, reporter = ingest([FIXTURES / "no_article.html", legacy])
    assert "no_article.html: no article text found in the page" in reasons(reporter)
    assert [d.doc_id for d in docs] == ["legacy"]
    assert docs[0].meta["encoding"] == "windows-1256"
    assert "تحلية مياه البحر" in docs[0].text


def _record(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    *,
    status: str = "200 OK",
    ctype: str = "text/html; charset=utf-8",
    date: str = "2024-06-01T10:00:00Z",
):  # type: ignore[no-untyped-def]
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )


def _write_warc(path: Path, gzip: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(
        writer.create_warcinfo_record("test.warc", {"software": "diplowatch tests"})
    )
    for name, uri in (
        ("ar_page.html", "https://ar.news.example.invalid/p1"),
        ("fa_page.html", "https://fa.news.example.invalid/p2"),
    ):
        writer.write_record(_record(writer, uri, (FIXTURES / name).read_bytes()))
    # An English page with its date removed: the WARC-Date is the fallback.
    en = (FIXTURES / "en_page.html").read_text(encoding="utf-8")
    en = en.replace('<meta property="article:published_time" content="2023-11-07T14:00:00Z">', "")
    writer.write_record(
        _record(
            writer,
            "https://en.news.example.invalid/p3",
            en.encode("utf-8"),
            date="2024-06-02T08:00:00Z",
        )
    )
    writer.write_record(
        _record(writer, "https://x.example.invalid/style.css", b"body{}", ctype="text/css")
    )
    writer.write_record(
        _record(
            writer, "https://x.example.invalid/gone", b"<html>gone</html>", status="404 Not Found"
        )
    )
    data = buf.getvalue()
    path.write_bytes(data)
    return data


def test_warc_and_warc_gz_html_records_become_documents(tmp_path: Path) -> None:
    for name, gz in (("a.warc", False), ("b.warc.gz", True)):
        _write_warc(tmp_path / name, gz)
        docs, reporter = ingest([tmp_path / name], near_duplicates=False)
        assert reporter.count == 0, reasons(reporter)
        assert [d.url for d in docs] == [
            "https://ar.news.example.invalid/2024/03/water-deal",  # canonical URL of the page
            "https://fa.news.example.invalid/news/12345",
            "https://en.news.example.invalid/world/chile-vietnam-trade",
        ]
        assert docs[0].doc_id == url_id("https://ar.news.example.invalid/p1")
        assert docs[0].meta["fetched_url"] == "https://ar.news.example.invalid/p1"
        assert docs[0].published == "2024-03-12"  # the page's own date wins
        assert docs[0].meta["warc_date"] == "2024-06-01T10:00:00Z"
        assert docs[2].published == "2024-06-02T08:00:00Z"  # WARC-Date fallback
        assert docs[2].origin.endswith("#https://en.news.example.invalid/p3")


def test_broken_and_truncated_warcs_keep_what_was_readable(tmp_path: Path) -> None:
    data = _write_warc(tmp_path / "whole.warc.gz", True)
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 300])
    plain = _write_warc(tmp_path / "whole.warc", False)
    marker = plain.index(b"WARC/1", plain.index(b"fa.news.example.invalid/p2"))
    broken = (
        plain[:marker] + b"WARC/1.0\r\nGarbage header without colon\r\n\r\n" + plain[marker + 200 :]
    )
    (tmp_path / "broken.warc").write_bytes(broken)
    (tmp_path / "noise.warc").write_bytes(b"this is not a web archive\n")
    docs, reporter = ingest(
        [tmp_path / "cut.warc.gz", tmp_path / "broken.warc", tmp_path / "noise.warc"],
        near_duplicates=False,
    )
    text = reasons(reporter)
    assert "cut.warc.gz: truncated WARC: the last" in text
    assert "broken.warc: damaged WARC record at byte" in text
    assert "reading resumed at the next record" in text
    assert "noise.warc: not a WARC file" in text
    origins = [d.origin for d in docs]
    assert any(o.startswith(str(tmp_path / "cut.warc.gz")) for o in origins)
    assert any(o.startswith(str(tmp_path / "broken.warc")) for o in origins)
    assert reporter.count == 3
