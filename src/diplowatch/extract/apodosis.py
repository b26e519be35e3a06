"""Apodosis heads that answer no condition (mendB97).

An apodosis head (``status.APODOSIS_CUES``: "would have", "might have",
"لقام") is longer than the bare modal inside it ("would", a future cue;
"could", "might", guesses; "would not", a negation), so the longest match
hides the modal. After a condition in its sentence the head tells a deed
supposed, not done (``hypothetical.hypothetical``, nonevent96); without one
it must read as the bare modal did: "Iran might have attacked the tanker"
is a guess, "Iraq would not have attacked" a denial. So a head with no
condition before it is taken out before the cues are chosen again, and the
shorter cues it hid come back.

A condition is a conditional cue (``status.CONDITIONAL_CUES``: "if", "لو"),
a word that opens an unreal condition of its own (``status.
APODOSIS_CONDITIONS``: "without", "but for", "لولا") or the inverted "had"
opening the sentence (``status.APODOSIS_INVERSIONS``: "Had Iran not
intervened, …"), at most ``WISH_SPAN`` words before the head in its
sentence.
"""

from __future__ import annotations

from bisect import bisect_right

from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.lexicon import CUE
from diplowatch.extract.scan import Hit, resolve

# Words a condition may stand before the head: as many as a hope governs
# (``hypothetical.WISH_SPAN``: past a comma, subject and objects).
CONDITION_SPAN = 20


def unanswered_out(
    raw: list[Hit],
    layers: dict[str, list[Hit]],
    ntext: str,
    spans: list[tuple[int, int]],
    lang: str,
) -> dict[str, list[Hit]]:
    """``layers`` with every apodosis head that answers no condition taken
    out of the cues, and the cues chosen again from ``raw`` (the hits before
    ``scan.resolve``) without it, so the modal it hid is read."""
    cues = layers.get(CUE, [])
    heads = [c for c in cues if c.entry.kind == "apodosis"]
    if not heads:
        return layers
    starts = [start for start, _ in spans]
    out = {
        id(h)
        for h in heads
        if not _answers(h, cues, ntext, _sentence_start(h, spans, starts), lang)
    }
    if not out:
        return layers
    kept = [h for h in raw if h.entry.layer == CUE and id(h) not in out]
    return {**layers, CUE: resolve(kept).get(CUE, [])}


def _sentence_start(head: Hit, spans: list[tuple[int, int]], starts: list[int]) -> int:
    """Where the sentence holding ``head`` opens (0 before any)."""
    at = bisect_right(starts, head.start) - 1
    return spans[at][0] if at >= 0 else 0


def _answers(head: Hit, cues: list[Hit], ntext: str, opens: int, lang: str) -> bool:
    """Whether a condition stands at most ``CONDITION_SPAN`` words before
    ``head`` in its sentence (opening at ``opens``)."""
    if any(
        c.entry.kind == "conditional"
        and opens <= c.start
        and c.end <= head.start
        and len(ntext[c.end : head.start].split()) <= CONDITION_SPAN
        for c in cues
    ):
        return True
    words = ntext[opens : head.start].split()
    if words and words[0] in phrase_set(lang, "status", "APODOSIS_INVERSIONS"):
        return len(words) <= CONDITION_SPAN + 1
    near = " " + " ".join(words[-CONDITION_SPAN:]) + " "
    return any(f" {w} " in near for w in phrase_set(lang, "status", "APODOSIS_CONDITIONS"))
