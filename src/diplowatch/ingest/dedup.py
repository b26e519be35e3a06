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
# word 2-shingles at 0.7 gave precision 0.968 / recall 0.922 (3-shingles at
# 0.8: 0.979 / 0.780, missing most copies with one sentence cut or added).
SHINGLE = 2
NUM_PERM = 128
THRESHOLD = 0.7
MIN_WORDS = 20  # shorter texts: too few shingles for a stable estimate
MAX_WORDS = 50_000  # near-duplicate signature of very long texts uses their start
_BATCH = 20_000
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")
_HASH_CHUNK = 1 << 20


def _words(folded: str, limit: int | None) -> list[str]:
    if limit is None:
        return _WORD.findall(folded)
    return _WORD.findall(folded, 0, limit * 40)[:limit]


def _hash_folded(folded: str) -> str:
    """Hash of the words joined by single spaces, computed chunk by chunk.

    A 50 MB text has millions of words; materialising them (or one big
    substitution) would cost several times the text. Chunks are cut at a
    non-word character, so no word is split and the hash equals that of the
    whole joined string.
    """
    digest = hashlib.blake2b(digest_size=16)
    start, size, first = 0, len(folded), True
    while start < size:
        end = min(size, start + _HASH_CHUNK)
        if end < size:
            cut = _NON_WORD.search(folded, end)
            end = cut.start() if cut else size
        words = _WORD.findall(folded, start, end)
        if words:
            if not first:
                digest.update(b" ")
            digest.update(" ".join(words).encode("utf-8"))
            first = False
        start = max(end, start + 1)
    return digest.hexdigest()


def content_hash(text: str) -> str:
    """Hash of the normalised words: case, spacing, punctuation and letter variants ignored."""
    return _hash_folded(normalize(text).text)


@cache
def _permutations(num_perm: int) -> Any:
    # Deriving the permutations is the slow part of a MinHash; share them.
    from datasketch import MinHash

    template = MinHash(num_perm=num_perm)
    return template.permutations, template.scheme


def _identity(value: int) -> int:
    return value


def shingle_hashes(words: list[str], shingle: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the word n-grams: crc32 per word, combined with numpy.

    Hashing each word once and combining is much cheaper than hashing every
    n-gram string, and it is the same on every run and machine.
    """
    count = len(words) - shingle + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    per_word = np.fromiter(
        (zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words)
    )
    acc = per_word[:count].copy()
    for k in range(1, shingle):
        acc = (acc * np.uint64(0x9E3779B1) + per_word[k : k + count]) & np.uint64(0xFFFFFFFF)
    return acc


def signature(words: list[str], num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> Any:
    """MinHash of the word shingles."""
    from datasketch import MinHash

    permutations, scheme = _permutations(num_perm)
    mh = MinHash(num_perm=num_perm, hashfunc=_identity, permutations=permutations, scheme=scheme)
    hashes = np.unique(shingle_hashes(words, shingle))
    for start in range(0, len(hashes), _BATCH):
        mh.update_batch(hashes[start : start + _BATCH].tolist())
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

    def _index(self) -> Any:
        """The LSH index, made when a text first needs it: importing
        datasketch (and the SciPy it loads) costs ~0.7 s of CPU, which a
        run of only short texts (a one-sentence CLI call) need not pay
        (startup110)."""
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        return self._lsh

    def clear(self) -> None:
        """Forget every document (keeps the LSH parameters, which are slow to derive)."""
        self._exact.clear()
        self._sigs.clear()
        self._ids.clear()
        if self._lsh is not None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(
                threshold=self.threshold, num_perm=self.num_perm, params=(self._lsh.b, self._lsh.r)
            )

    def check(self, doc_id: str, text: str) -> tuple[str, str] | None:
        folded = normalize(text).text
        digest = _hash_folded(folded)
        first = self._exact.get(digest)
        if first is not None:
            return "exact", first
        self._exact[digest] = doc_id
        if not self.near:
            return None
        words = _words(folded, MAX_WORDS)
        if len(words) < MIN_WORDS:
            return None
        mh = signature(words, self.num_perm, self.shingle)
        best: tuple[float, str] | None = None
        index = self._index()
        for key in index.query(mh):
            stored = self._sigs[key]
            score = float(np.count_nonzero(stored == mh.hashvalues)) / self.num_perm
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, self._first_id(key))
        if best is not None:
            return "near", best[1]
        key = f"k{self._keys}"
        self._keys += 1
        index.insert(key, mh)
        self._sigs[key] = mh.hashvalues.copy()
        self._ids[key] = doc_id
        return None

    def _first_id(self, key: str) -> str:
        return self._ids[key]


# -- what the store keeps to find copies across runs and partitions ---------


@dataclass(frozen=True)
class Fingerprint:
    """Content hash and MinHash values (32-bit) of one text."""

    content: str
    minhash: np.ndarray | None  # None: too few words to compare reliably


def fingerprint(text: str) -> Fingerprint:
    """What ``Duplicates.check`` compares, in a form a database can keep."""
    folded = normalize(text).text
    words = _words(folded, MAX_WORDS)
    if len(words) < MIN_WORDS:
        return Fingerprint(_hash_folded(folded), None)
    values = np.asarray(signature(words).hashvalues, dtype=np.uint64).astype(np.uint32)
    return Fingerprint(_hash_folded(folded), values)


@cache
def lsh_shape(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) that datasketch picks for this threshold."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def band_keys(values: np.ndarray) -> list[int]:
    """One 64-bit key per LSH band: texts sharing any key are candidates."""
    bands, rows = lsh_shape()
    return [
        int.from_bytes(
            hashlib.blake2b(values[i * rows : (i + 1) * rows].tobytes(), digest_size=8).digest(),
            "little",
            signed=True,
        )
        for i in range(bands)
    ]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.count_nonzero(a == b)) / len(a)
