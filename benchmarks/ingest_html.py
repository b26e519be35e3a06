"""HTML ingestion throughput: trafilatura alone, a folder of pages, a WARC.

Pages are generated in a temporary folder: a realistic page skeleton (menu,
sidebar, footer, metadata) around article paragraphs. The paragraphs come
from ../shared/data/corpus/news.jsonl when it exists (read at run time,
never copied), otherwise from the test fixtures. Timings are wall-clock on
this machine; the machine is shared, so run it twice and keep the better.

Usage: .venv/bin/python benchmarks/ingest_html.py [--pages 500]
"""

from __future__ import annotations

import argparse
import html
import io
import json
import sys
import tempfile
import time
from pathlib import Path

from diplowatch.ingest import iter_documents
from diplowatch.problems import ProblemReporter

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news.jsonl"
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Bench News</title>
<meta property="og:site_name" content="Bench News">
<link rel="canonical" href="https://bench.example.invalid/{i}">
<meta property="article:published_time" content="2024-01-{day:02d}T10:00:00Z">
<link rel="stylesheet" href="/s.css"><script>var tracking = {{"id": {i}}};</script></head>
<body><header><nav><ul>{menu}</ul></nav></header>
<main><article><h1>{title}</h1>{paragraphs}</article></main>
<aside><h3>Most read</h3><ul>{menu}</ul></aside>
<footer><p>Copyright 2024 Bench News</p><a href="/privacy">Privacy</a></footer></body></html>"""


def texts(n: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if len(row.get("text", "")) > 400:
                    out.append((row.get("lang") or "ar", row["text"]))
                if len(out) >= n:
                    break
    if not out:
        out = [
            (p.stem[:2], p.read_text(encoding="utf-8"))
            for p in sorted(FIXTURES.glob("*_article.txt"))
        ]
    return [out[i % len(out)] for i in range(n)]


def make_page(i: int, lang: str, text: str) -> bytes:
    lines = [x for x in text.splitlines() if x.strip()] or [text]
    paragraphs = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    menu = "".join(f'<li><a href="/s{k}">Section {k}</a></li>' for k in range(12))
    title = html.escape(" ".join(text.split()[:8]))
    return PAGE.format(
        lang=lang, title=title, i=i, day=1 + i % 28, menu=menu, paragraphs=paragraphs
    ).encode()


def timed(label: str, pages: int, nbytes: int, run) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    count = run()
    elapsed = time.perf_counter() - start
    print(
        f"{label:<34} {count:>5} docs  {elapsed:7.2f} s  {pages / elapsed:7.1f} pages/s  "
        f"{1000 * elapsed / pages:6.2f} ms/page  {nbytes / elapsed / 1e6:5.1f} MB/s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=500)
    args = parser.parse_args()
    pages = [make_page(i, lang, text) for i, (lang, text) in enumerate(texts(args.pages))]
    nbytes = sum(len(p) for p in pages)
    print(
        f"{len(pages)} pages, {nbytes / 1e6:.1f} MB of HTML, average {nbytes / len(pages) / 1024:.1f} KB\n"
    )

    from trafilatura import bare_extraction

    bare_extraction(pages[0].decode(), with_metadata=True)  # warm-up (imports, caches)

    def trafilatura_only() -> int:
        return sum(
            1
            for p in pages
            if bare_extraction(
                p.decode(),
                with_metadata=True,
                include_comments=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        )

    timed("trafilatura.bare_extraction only", len(pages), nbytes, trafilatura_only)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for i, page in enumerate(pages):
            (folder / f"p{i:05d}.html").write_bytes(page)

        def folder_run() -> int:
            return sum(
                1
                for _ in iter_documents(
                    [str(folder)], ProblemReporter(stream=None), keep_duplicates=True
                )
            )

        timed("iter_documents(folder of .html)", len(pages), nbytes, folder_run)

        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        warc = Path(tmp) / "pages.warc.gz"
        with warc.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for i, page in enumerate(pages):
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                writer.write_record(
                    writer.create_warc_record(
                        f"https://bench.example.invalid/{i}",
                        "response",
                        payload=io.BytesIO(page),
                        http_headers=headers,
                    )
                )

        def warc_run() -> int:
            return sum(
                1
                for _ in iter_documents(
                    [str(warc)], ProblemReporter(stream=None), keep_duplicates=True
                )
            )

        timed("iter_documents(.warc.gz)", len(pages), nbytes, warc_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
