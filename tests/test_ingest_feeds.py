"""RSS/Atom feed files in Arabic, Persian and English."""

from __future__ import annotations

from pathlib import Path

from diplowatch.ingest import iter_documents
from diplowatch.ingest.feed import html_to_text
from diplowatch.ingest.session import url_id
from diplowatch.problems import ProblemReporter

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_feed_entries_become_documents() -> None:
    reporter = ProblemReporter(stream=None)
    paths = [FIXTURES / n for n in ("feed_ar.xml", "feed_fa.atom", "feed_en.rss")]
    docs = list(iter_documents([str(p) for p in paths], reporter))
    assert reporter.count == 0
    assert [d.lang for d in docs] == ["ar", "ar", "fa", "en"]
    first = docs[0]
    assert first.doc_id == url_id("https://ar.news.example.invalid/2024/04/qatar-kuwait")
    assert first.title == "قطر والكويت تبحثان التعاون في مجال الطاقة"
    assert first.url == "https://ar.news.example.invalid/2024/04/qatar-kuwait"
    assert first.published == "2024-04-02T08:00:00Z"
    assert first.meta["published_raw"] == "Tue, 02 Apr 2024 08:00:00 GMT"
    assert first.source == "خلاصة الأخبار التجريبية"
    assert first.meta["dropped_lines"] == ["شارك"]  # feed text is cleaned too
    assert first.text.splitlines()[1] == "واتفق الجانبان على تشكيل فريق فني مشترك."
    fa = docs[2]
    assert fa.published == "2024-02-10T09:00:00Z"
    assert "نسخه چاپی" in fa.meta["dropped_lines"]
    assert "سرمایه\u200cگذاری" in fa.text
    assert docs[3].title == "Norway pledges aid for flood recovery in Pakistan"


def test_not_a_feed_and_empty_feed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rss"
    empty.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
        encoding="utf-8",
    )
    reporter = ProblemReporter(stream=None)
    docs = list(iter_documents([str(FIXTURES / "not_a_feed.xml"), str(empty)], reporter))
    assert docs == []
    text = "\n".join(str(p) for p in reporter.problems)
    assert "not_a_feed.xml: not a readable RSS/Atom feed" in text
    assert "empty.rss: feed has no entries" in text


def test_html_to_text_keeps_blocks_as_lines() -> None:
    html = "<p>First &amp; one</p><script>var x=1;</script><div>Second<br>Third</div>"
    assert html_to_text(html) == "First & one\nSecond\nThird"
