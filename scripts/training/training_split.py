"""Which corpus documents may train a learned component, and which may not.

A fixed fifth of the corpus, chosen by a hash of the document id, is the
training part; the precision audit (``benchmarks/precision_audit.py``)
draws only from the rest. Dev documents and the documents the challenge
sentences were cut from are never training documents.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"


def is_training(doc_id: str) -> bool:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 5 == 0


def excluded_ids(shared: Path = SHARED) -> set[str]:
    """Dev documents and the challenge sentences' source documents."""
    ids: set[str] = set()
    with (shared / "data" / "dev" / "docs.jsonl").open(encoding="utf-8") as f:
        ids |= {json.loads(line)["id"] for line in f}
    for lang in ("ar", "fa", "en"):
        path = shared / "data" / "challenge" / f"{lang}.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as f:
                ids |= {json.loads(line).get("source_doc") for line in f} - {None}
    return ids
