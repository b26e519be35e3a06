"""Text that can always be encoded: no lone surrogates, printable file names.

JSON may carry a lone surrogate (``"\\ud800"``) and Python keeps the bytes of
a file name that is not UTF-8 as surrogate escapes; either makes
``str.encode()`` fail, and with it hashing, SQLite and printing. Everything a
reader produces goes through here once: text fields get U+FFFD for a lone
surrogate, and names from the file system show a bad byte as ``\\xNN``.
"""

from __future__ import annotations

import os
import re
from typing import Any

from diplowatch.model import Document

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Metadata nested deeper than this is kept as a marker: deep nesting only
#: ever comes from hostile input, and json.dumps would recurse on it.
MAX_META_DEPTH = 20


def valid_text(value: str) -> str:
    """``value`` with every lone surrogate replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def display_name(name: str) -> str:
    """A file name (or any source label) that can be printed and stored.

    Bytes that were not UTF-8 (kept by Python as surrogate escapes) are shown
    as ``\\xNN``, so the user can still tell which file is meant.
    """
    if not _SURROGATE.search(name):
        return name
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return valid_text(name)
    return valid_text(raw.decode("utf-8", "backslashreplace"))


def _valid_value(value: Any, depth: int) -> Any:
    if isinstance(value, str):
        return valid_text(value)
    if isinstance(value, dict | list):
        if depth >= MAX_META_DEPTH:
            return "(nested too deeply; dropped)"
        if isinstance(value, dict):
            return {valid_text(str(k)): _valid_value(v, depth + 1) for k, v in value.items()}
        return [_valid_value(v, depth + 1) for v in value]
    return value


def _opt(value: str | None) -> str | None:
    return valid_text(value) if isinstance(value, str) else value


def make_valid(doc: Document) -> Document:
    """Make every field of ``doc`` encodable, in place; returns ``doc``."""
    doc.doc_id = display_name(doc.doc_id)
    doc.origin = display_name(doc.origin)
    doc.text = valid_text(doc.text)
    doc.lang = _opt(doc.lang)
    doc.published = _opt(doc.published)
    doc.title = _opt(doc.title)
    doc.url = _opt(doc.url)
    doc.source = _opt(doc.source)
    doc.meta = _valid_value(doc.meta, 0)
    return doc
