"""Exact and near-duplicate detection over a stream of documents.

Wire stories are republished by many sites with a changed headline line,
a dateline or an added sentence; extracting each copy would count one event
many times. Exact copies are found by a hash of the normalised text; near
copies by MinHash over word 2-shingles with an LSH index (datasketch), then
confirmed by the MinHash Jaccard estimate. Only hashes and signatures are
kept in memory, never the documents. The threshold (Jaccard 0.7) was
chosen with ``benchmarks/near_duplicates.py``; see docs/ingest.md.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from diplowatch.text.normalize import normalize

# Chosen with benchmarks/near_duplicates.py on 3,300 constructed pairs:
# word 2-shingles at 0.7 gave precision 0.970 / recall 0.931 (3-shingles at
# 0.8: 0.981 / 0.774, missing most copies with one sentence cut or added).
SHINGLE = 2
NUM_PERM = 128
THRESHOLD = 0.7
MIN_WORDS = 20  # shorter texts: too few shingles for a stable estimate
MAX_WORDS = 50_000  # near-duplicate signature of very long texts uses their start
_BATCH = 20_000
_WORD = re.compile(r"\w+")


def normalised_words(text: str, limit: int | None = None) -> list[str]:
    """Folded word tokens; punctuation and spacing differences vanish."""
    # A word is rarely longer than 40 characters: normalise only what is needed.
    folded = normalize(text if limit is None else text[: limit * 40]).text
    if limit is None:
        return _WORD.findall(folded)
    words: list[str] = []
    for match in _WORD.finditer(folded):
        words.append(match.group())
        if len(words) >= limit:
            break
    return words


def content_hash(text: str) -> str:
    folded = " ".join(_WORD.findall(normalize(text).text))
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


def _crc(data: bytes) -> int:
    return zlib.crc32(data)


@cache
def _permutations(num_perm: int) -> Any:
    # Deriving the permutations is the slow part of a MinHash; share them.
    from datasketch import MinHash

    template = MinHash(num_perm=num_perm)
    return template.permutations, template.scheme


def signature(words: list[str], num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> Any:
    """MinHash of the word shingles (crc32-hashed: fast and the same every run)."""
    from datasketch import MinHash

    permutations, scheme = _permutations(num_perm)
    mh = MinHash(num_perm=num_perm, hashfunc=_crc, permutations=permutations, scheme=scheme)
    grams = (
        " ".join(words[i : i + shingle]).encode("utf-8") for i in range(len(words) - shingle + 1)
    )
    batch: list[bytes] = []
    for gram in grams:
        batch.append(gram)
        if len(batch) >= _BATCH:
            mh.update_batch(batch)
            batch = []
    if batch:
        mh.update_batch(batch)
    return mh


@dataclass
class Duplicates:
    """Streaming index: ``check`` returns (kind, first id) or registers the text."""

    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    shingle: int = SHINGLE
    near: bool = True
    _exact: dict[str, str] = field(default_factory=dict)
    _lsh: Any = None
    _sigs: dict[str, np.ndarray] = field(default_factory=dict)
    _ids: dict[str, str] = field(default_factory=dict)
    _keys: int = 0

    def __post_init__(self) -> None:
        if self.near:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)

    def clear(self) -> None:
        """Forget every document (keeps the LSH parameters, which are slow to derive)."""
        from datasketch import MinHashLSH

        self._exact.clear()
        self._sigs.clear()
        self._ids.clear()
        if self._lsh is not None:
            self._lsh = MinHashLSH(
                threshold=self.threshold, num_perm=self.num_perm, params=(self._lsh.b, self._lsh.r)
            )

    def check(self, doc_id: str, text: str) -> tuple[str, str] | None:
        digest = content_hash(text)
        first = self._exact.get(digest)
        if first is not None:
            return "exact", first
        self._exact[digest] = doc_id
        if not self.near:
            return None
        words = normalised_words(text, MAX_WORDS)
        if len(words) < MIN_WORDS:
            return None
        mh = signature(words, self.num_perm, self.shingle)
        best: tuple[float, str] | None = None
        for key in self._lsh.query(mh):
            stored = self._sigs[key]
            score = float(np.count_nonzero(stored == mh.hashvalues)) / self.num_perm
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, self._first_id(key))
        if best is not None:
            return "near", best[1]
        key = f"k{self._keys}"
        self._keys += 1
        self._lsh.insert(key, mh)
        self._sigs[key] = mh.hashvalues.copy()
        self._ids[key] = doc_id
        return None

    def _first_id(self, key: str) -> str:
        return self._ids[key]
