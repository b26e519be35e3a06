"""Random bytes, JSON and HTML thrown at ingest, extract and the store.

Shared by ``tests/test_fuzz.py`` (a short run in ``make test``) and
``benchmarks/fuzz.py`` (minutes). Every batch mixes hostile input with valid
articles written here; the check is that no exception escapes any stage and
that every valid article is read, extracted and stored.
"""

from __future__ import annotations

import gzip
import json
import random
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from diplowatch.guard import process_stream
from diplowatch.ingest import iter_documents
from diplowatch.lang import languages
from diplowatch.model import Document, Record
from diplowatch.problems import ProblemReporter
from diplowatch.store import Store

# -- valid articles (written for this harness) -------------------------------------

_OPENERS = {
    "en": "South Korea and Vietnam signed an agreement on trade in Hanoi on Monday.",
    "ar": "وقعت كوريا الجنوبية وفيتنام اتفاقية للتعاون التجاري في هانوي يوم الاثنين.",
    "fa": "کره جنوبی و ویتنام روز دوشنبه در هانوی توافقنامه همکاری تجاری امضا کردند.",
}
_SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "no", "pi", "vu", "de", "fa", "go"]


def valid_article(tag: str, n: int) -> tuple[str, dict[str, str]]:
    """A JSON object with a unique id and a text unlike any other article's."""
    rng = random.Random(f"{tag}-{n}")
    lang = rng.choice(sorted(_OPENERS))
    body = " ".join(
        "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(40)
    )
    doc_id = f"valid-{tag}-{n}"
    return doc_id, {"id": doc_id, "text": f"{_OPENERS[lang]} {body}.", "lang": lang}


def valid_html(title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{_OPENERS['en']} The two ministers met for three hours and spoke to reporters "
        "afterwards about the next round of talks.</p></article></body></html>"
    ).encode()


# -- hostile input --------------------------------------------------------------------

any_text = st.text(st.characters(exclude_categories=()), max_size=80)  # lone surrogates too
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=25,
)
doc_objects = st.fixed_dictionaries(
    {"text": any_text | json_values},
    optional={
        "id": any_text | st.integers() | json_values,
        "url": any_text,
        "published": any_text | json_values,
        "lang": st.sampled_from([*languages(), "xx", ""]) | any_text,
        "title": any_text | json_values,
        "extra": json_values,
    },
)
deep_json = st.integers(200, 4000).map(lambda n: '{"text": "x", "m": ' + "[" * n + "]" * n + "}")
jsonl_lines = st.one_of(
    doc_objects.map(json.dumps),
    json_values.map(json.dumps),
    deep_json,
    st.binary(max_size=120).map(lambda b: b.replace(b"\n", b" ").decode("latin-1")),
    any_text.map(lambda t: t.replace("\n", " ")),
)

_TAGS = ["p", "div", "article", "script", "style", "h1", "a", "table", "td", "title", "br", "li"]
_ODD_ATTRIBUTE = ' x="&#xD800;" href="javascript:1"'


def _element(parts: tuple[str, list[str], bool]) -> str:
    tag, children, odd = parts
    return f"<{tag}{_ODD_ATTRIBUTE if odd else ''}>{''.join(children)}</{tag}>"


html_nodes = st.recursive(
    any_text.map(lambda t: t.replace("<", "&lt;")),
    lambda inner: st.tuples(st.sampled_from(_TAGS), st.lists(inner, max_size=4), st.booleans()).map(
        _element
    ),
    max_leaves=30,
)
html_pages = st.one_of(
    html_nodes.map(lambda h: f"<html><body>{h}</body></html>".encode("utf-8", "surrogatepass")),
    html_nodes.map(lambda h: h.encode("utf-16", "surrogatepass")),
    st.binary(max_size=400),
)
raw_blobs = st.tuples(
    st.sampled_from([".txt", ".html", ".xml", ".rss", ".warc", ".warc.gz", ".jsonl.gz", ".jsonl"]),
    st.binary(max_size=600),
)


@st.composite
def batches(draw: Any) -> dict[str, Any]:
    """One folder's worth of input: valid articles among hostile lines and files."""
    tag = str(draw(st.integers(0, 10**9)))
    valid = [valid_article(tag, n) for n in range(draw(st.integers(1, 4)))]
    lines: list[tuple[str | None, str]] = [(doc_id, json.dumps(obj)) for doc_id, obj in valid]
    for line in draw(st.lists(jsonl_lines, max_size=8)):
        lines.insert(draw(st.integers(0, len(lines))), (None, line))
    return {
        "tag": tag,
        "lines": lines,
        "pages": draw(st.lists(html_pages, max_size=3)),
        "blobs": draw(st.lists(raw_blobs, max_size=3)),
        "gzip_valid": draw(st.booleans()),
    }


# -- running one batch ----------------------------------------------------------------


@dataclass
class Outcome:
    documents: int = 0
    records: int = 0
    stored: int = 0
    problems: int = 0
    valid: int = 0
    lost: list[str] = field(default_factory=list)


def write_batch(batch: dict[str, Any], folder: Path) -> set[str]:
    """Write the batch's files; returns the ids of the valid articles in them."""
    expected = {doc_id for doc_id, _ in batch["lines"] if doc_id}
    payload = "".join(line + "\n" for _, line in batch["lines"]).encode("utf-8", "surrogatepass")
    if batch["gzip_valid"]:
        (folder / "news.jsonl.gz").write_bytes(gzip.compress(payload))
    else:
        (folder / "news.jsonl").write_bytes(payload)
    for i, page in enumerate(batch["pages"]):
        (folder / f"page{i}.html").write_bytes(page)
    for i, (suffix, data) in enumerate(batch["blobs"]):
        (folder / f"blob{i}{suffix}").write_bytes(data)
    (folder / "valid-page.html").write_bytes(valid_html(f"Story {batch['tag']}"))
    expected.add("valid-page")
    return expected


def run_batch(batch: dict[str, Any]) -> Outcome:
    """Ingest, extract and store one batch; raises only if something escaped."""
    with tempfile.TemporaryDirectory(prefix="diplowatch-fuzz-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        expected = write_batch(batch, folder)
        reporter = ProblemReporter(stream=None)
        docs = list(iter_documents([str(folder)], reporter, keep_duplicates=True))
        records = list(process_stream(docs, reporter=reporter))
        by_id: dict[str, Document] = {d.doc_id: d for d in docs}
        pairs: list[tuple[Document, Record]] = [(by_id[r.doc_id], r) for r in records]
        with Store(Path(tmp) / "fuzz.db") as store:
            store.add_many(pairs)
            stored = {
                row[0] for row in store._conn.execute("SELECT doc_id FROM documents").fetchall()
            }
        outcome = Outcome(
            documents=len(docs),
            records=len(records),
            stored=len(stored),
            problems=reporter.count,
            valid=len(expected),
        )
        seen = {d.doc_id for d in docs} & {r.doc_id for r in records} & stored
        outcome.lost = sorted(expected - seen)
        return outcome


def fuzz_text(text: str, lang: str | None) -> None:
    """Extraction of any text gives a record (never a failure) with valid offsets."""
    from diplowatch.guard import process_guarded

    record = process_guarded(Document("fuzz", text, lang=lang, published="2024-04-23"))
    assert isinstance(record, Record), record
    for event in record.events:
        ev = event.evidence
        assert ev is not None and text[ev.start : ev.end] == ev.text
