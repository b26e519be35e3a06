"""The statuses a sentence's events of one type get: shared by the status tests."""

from __future__ import annotations

from diplowatch.model import Document
from diplowatch.pipeline import process


def statuses(text: str, lang: str, etype: str) -> set[str]:
    """Statuses of the ``etype`` events of ``text``; fails when there is none."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    found = {e.status for e in record.events if e.type == etype}
    assert found, f"no {etype} in {[(e.type, e.status) for e in record.events]}"
    return found
