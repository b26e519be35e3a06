"""Expand command-line inputs into (kind, location) pairs, lazily.

Folders are walked as they are read so that 10,000 files cost nothing up
front; each file's kind comes from its extension. Files that are obviously
not articles (images, office documents, archives) are counted and reported
once per folder instead of once each, so a photo folder does not bury the
real problems.
"""

from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from diplowatch.problems import ProblemReporter

# Compound extensions first: ".warc.gz" must not be read as ".gz".
KINDS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".warc", "warc"),
    (".txt", "text"),
    (".text", "text"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".xml", "feed"),
    (".rss", "feed"),
    (".atom", "feed"),
)

ACCEPTED = ".txt, .jsonl, .html/.htm, .warc/.warc.gz, .xml/.rss/.atom"

# Skipped quietly inside folders (counted, reported once).
IRRELEVANT = frozenset(
    [
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".svg",
        ".ico",
        ".bmp",
        ".tif",
        ".tiff",
        ".heic",
        ".mp3",
        ".mp4",
        ".m4a",
        ".wav",
        ".ogg",
        ".avi",
        ".mov",
        ".mkv",
        ".webm",
        ".pdf",
        ".doc",
        ".docx",
        ".xls",
        ".xlsx",
        ".ppt",
        ".pptx",
        ".odt",
        ".zip",
        ".tar",
        ".gz",
        ".tgz",
        ".bz2",
        ".xz",
        ".7z",
        ".rar",
        ".css",
        ".js",
        ".map",
        ".woff",
        ".woff2",
        ".ttf",
        ".otf",
        ".eot",
        ".pyc",
        ".db",
        ".sqlite",
        ".parquet",
        ".exe",
        ".dll",
        ".so",
        ".bin",
        ".ds_store",
        ".lock",
        ".log",
        ".tmp",
        ".bak",
        ".swp",
    ]
)


@dataclass(frozen=True)
class Item:
    kind: str  # text | jsonl | html | warc | feed | url | stdin
    location: str
    compressed: bool = False


def kind_of(name: str) -> tuple[str, bool] | None:
    lower = name.lower()
    for ext, kind in KINDS:
        if lower.endswith(ext):
            return kind, ext.endswith(".gz")
    return None


def _extension(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix or "(none)"


def _file_item(path: str, reporter: ProblemReporter) -> Item | None:
    found = kind_of(path)
    if found is None:
        reporter.report(path, f"unsupported file type '{_extension(path)}' (accepted: {ACCEPTED})")
        return None
    return Item(found[0], path, found[1])


def _walk(folder: str, reporter: ProblemReporter) -> Iterator[Item]:
    ignored: Counter[str] = Counter()
    any_file = False
    for root, dirs, names in os.walk(
        folder,
        onerror=lambda e: reporter.report(str(e.filename), f"cannot read folder: {e.strerror}"),
    ):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            any_file = True
            path = os.path.join(root, name)
            found = kind_of(name)
            if found is not None:
                yield Item(found[0], path, found[1])
            elif _extension(name) in IRRELEVANT:
                ignored[_extension(name)] += 1
            else:
                reporter.report(
                    path, f"unsupported file type '{_extension(name)}' (accepted: {ACCEPTED})"
                )
    if ignored:
        total = sum(ignored.values())
        detail = ", ".join(f"{ext} {n}" for ext, n in ignored.most_common())
        reporter.report(folder, f"ignored {total} file(s) that are not articles ({detail})")
    elif not any_file:
        reporter.report(folder, "folder contains no files")


def expand(inputs: list[str], reporter: ProblemReporter) -> Iterator[Item]:
    """Yield one Item per readable input, reporting the ones that are not."""
    for raw in inputs:
        if raw == "-":
            yield Item("stdin", "-")
        elif raw.lower().startswith(("http://", "https://")):
            yield Item("url", raw)
        elif os.path.isdir(raw):
            yield from _walk(raw, reporter)
        elif os.path.isfile(raw):
            item = _file_item(raw, reporter)
            if item:
                yield item
        elif glob.has_magic(raw):
            matches = sorted(glob.iglob(raw, recursive=True))
            if not matches:
                reporter.report(raw, "no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match, reporter)
                else:
                    item = _file_item(match, reporter)
                    if item:
                        yield item
        elif os.path.exists(raw):
            reporter.report(raw, "not a regular file or folder")
        else:
            reporter.report(raw, "no such file or folder")


def _lines(path: str) -> int:
    """Non-empty lines of a file, counted in 1 MB blocks (never held whole)."""
    count = 0
    last = b"\n"
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def _count_file(path: str) -> int | None:
    found = kind_of(path)
    if found is None:
        return 0
    kind, compressed = found
    if kind in ("text", "html"):
        return 1
    if kind == "jsonl" and not compressed:
        return _lines(path)
    return None  # feeds, WARC and gzip hold an unknown number of articles


def estimate_documents(inputs: list[str]) -> int | None:
    """About how many documents ``inputs`` hold, for a progress bar's total and ETA.

    One per text or HTML file, one per line of a JSON Lines file; None when
    any input cannot be counted without reading it through (standard input,
    URLs, feeds, WARC, gzip). Blank or broken lines make it a slight
    overestimate; nothing is reported here (reading reports problems).
    """
    total = 0
    for raw in inputs:
        if raw == "-" or raw.lower().startswith(("http://", "https://")):
            return None
        paths: list[str]
        if os.path.isdir(raw):
            paths = []
            for root, dirs, names in os.walk(raw):
                dirs[:] = [d for d in dirs if not d.startswith(".")]  # as reading skips them
                paths += [os.path.join(root, n) for n in names if not n.startswith(".")]
        elif os.path.isfile(raw):
            paths = [raw]
        elif glob.has_magic(raw):
            paths = sorted(glob.iglob(raw, recursive=True))
        else:
            continue
        for path in paths:
            if os.path.isdir(path):
                sub = estimate_documents([path])
                if sub is None:
                    return None
                total += sub
                continue
            try:
                count = _count_file(path)
            except OSError:
                count = 0
            if count is None:
                return None
            total += count
    return total
