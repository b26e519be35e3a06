"""Which sentences' participants the extraction works out (``document_participants.in_reach``).

A sentence with no trigger needs its participants only when an event can
read them: it elaborates on the event just before it (up to
``events.ELABORATING`` sentences after), or a counted phrase of a later
event takes its states from it (``counted.READS_BACK`` sentences before).
The output must not change, so the window must cover both.
"""

from __future__ import annotations

from diplowatch.extract.counted import READS_BACK
from diplowatch.extract.events import ELABORATING, in_reach
from diplowatch.extract.lexicon import EVENT, Entry
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence


def _sentences(n: int, with_trigger: set[int]) -> list[Sentence]:
    entry = Entry(EVENT, "trigger", "MEET", "verb")
    out = []
    for i in range(n):
        start = 100 * i
        hits = [Hit(start, start + 3, start, start + 3, entry, "")] if i in with_trigger else []
        out.append(Sentence(start, start + 90, hits))
    return out


def _indices(sentences: list[Sentence], kept: list[Sentence]) -> list[int]:
    return [sentences.index(s) for s in kept]


def test_window_around_each_trigger() -> None:
    sentences = _sentences(12, {5})
    kept = _indices(sentences, in_reach(sentences))
    assert kept == list(range(5 - READS_BACK, 5 + ELABORATING + 1))


def test_no_trigger_no_sentence() -> None:
    sentences = _sentences(6, set())
    assert in_reach(sentences) == []


def test_windows_at_the_edges_and_overlapping() -> None:
    sentences = _sentences(10, {0, 2, 9})
    kept = _indices(sentences, in_reach(sentences))
    assert kept == sorted(
        {i for t in (0, 2, 9) for i in range(t - READS_BACK, t + ELABORATING + 1) if 0 <= i < 10}
    )
