"""Stop 70: the writer's-talk step reads its reporting cues in one sorted pass.

``drop_writer_talks`` tested every reporting cue against every trigger of
the document; a one-line text of a million characters holds thousands of
each, and that product cost its extraction a quarter of its time. The cues
within a trigger are now found by bisection over the triggers' starts with
the running furthest end; these tests hold the new reading to the old one
on random spans, and show the step reads no cue when no talk is marked.
"""

from __future__ import annotations

import random

import pytest

from diplowatch.extract import writer_talks
from diplowatch.extract.lexicon import Entry
from diplowatch.extract.scan import Hit


def _hit(start: int, end: int, kind: str = "reporting") -> Hit:
    return Hit(start, end, start, end, Entry("cue", kind, "x", ""), "")


def _old_said_ends(cues: list[Hit], triggers: list[Hit]) -> list[int]:
    """The reading before speed70: every cue against every trigger."""
    return [
        c.end
        for c in cues
        if c.entry.kind == "reporting"
        and not any(t.start <= c.start and c.end <= t.end for t in triggers)
    ]


@pytest.mark.parametrize("seed", range(40))
def test_sorted_pass_finds_the_cues_the_pairwise_test_found(seed: int) -> None:
    rng = random.Random(seed)

    def spans(n: int, kind: str = "reporting") -> list[Hit]:
        out = []
        for _ in range(n):
            a = rng.randrange(200)
            out.append(_hit(a, a + rng.randrange(1, 30), kind))
        return out

    triggers = spans(rng.randrange(0, 12))
    cues = spans(rng.randrange(0, 12)) + spans(rng.randrange(0, 3), "source")
    rng.shuffle(triggers)  # the step must not rely on the triggers' order
    assert writer_talks._said_ends(cues, triggers) == _old_said_ends(cues, triggers)


def test_a_cue_inside_a_long_earlier_trigger_is_no_saying() -> None:
    # the trigger that covers the cue is not the last one starting before it
    triggers = [_hit(0, 50), _hit(10, 12), _hit(20, 22)]
    assert writer_talks._said_ends([_hit(30, 35)], triggers) == []
    assert writer_talks._said_ends([_hit(45, 55)], triggers) == [55]


def test_no_marked_talk_reads_no_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    # most documents: the cues are never read, however many there are
    def fail(*_args: object) -> list[int]:
        raise AssertionError("cues read with no marked talk")

    monkeypatch.setattr(writer_talks, "_said_ends", fail)
    from diplowatch.model import Document
    from diplowatch.pipeline import process

    for lang, text in (
        ("en", "Jordan and Iraq held talks in Amman, the minister said."),
        ("ar", "أجرى الأردن والعراق محادثات في عمان، وفق ما قال الوزير."),
        ("fa", "اردن و عراق در امان گفت‌وگو کردند، وزیر گفت."),
    ):
        process(Document("d", text, lang=lang, published="2024-04-23"))


def test_the_reason_phrase_is_read_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # three arrests in one sentence with a reason phrase: one reading of it
    from diplowatch.extract import parties
    from diplowatch.model import Document
    from diplowatch.pipeline import process

    calls: list[tuple[int, int]] = []
    real = parties.reason_span

    def counted(s_start: int, s_end: int, *rest: object) -> object:
        calls.append((s_start, s_end))
        return real(s_start, s_end, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(parties, "reason_span", counted)
    for lang, text in (
        ("en", "Police arrested two men, detained a woman and held a boy over an attack."),
        ("ar", "اعتقلت الشرطة رجلين واحتجزت امرأة وأوقفت فتى بسبب هجوم."),
        ("fa", "پلیس دو مرد را بازداشت کرد و یک زن را دستگیر کرد به دلیل حمله."),
    ):
        calls.clear()
        process(Document("d", text, lang=lang, published="2024-04-23"))
        assert len(calls) == len(set(calls)), (lang, calls)
