"""Full-text search helpers: one normalisation for indexing and for queries.

SQLite's tokenizer splits an Arabic word at each diacritic and sees Arabic ي
and Persian ی as different letters, so a reader typing one spelling would
miss the other. Both the indexed text and the query go through
``diplowatch.text.normalize`` so every spelling meets in one form.
"""

from __future__ import annotations

from diplowatch.text.normalize import normalize


def index_text(text: str | None) -> str:
    return normalize(text).text if text else ""


def match_query(text: str) -> str | None:
    """An FTS5 MATCH expression that finds documents with every query word.

    Each whitespace-separated word is normalised and quoted as a phrase, so
    FTS syntax characters typed by a user are data, never operators (a Persian
    word with ZWNJ normalises to two tokens and stays one phrase). A word
    ending in ``*`` is a prefix search. Returns None when nothing searchable
    remains.
    """
    parts: list[str] = []
    for word in text.split():
        prefix = word.endswith("*")
        norm = index_text(word.rstrip("*")).strip()
        # Keep only characters the tokenizer treats as part of tokens.
        cleaned = "".join(ch if ch.isalnum() else " " for ch in norm).strip()
        if not cleaned:
            continue
        phrase = '"' + cleaned.replace('"', '""') + '"'
        parts.append(phrase + ("*" if prefix else ""))
    return " ".join(parts) if parts else None
