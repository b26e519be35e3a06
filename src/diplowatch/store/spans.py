"""Where a trigger word stands in the original text of its document.

The extractor matches words on normalised text (letter variants folded,
diacritics dropped), so the trigger it reports may be spelt differently
from the article ("اجتماع" for "إجتماع", "همكاري" for "همکاری"). Readers
must see the article's own spelling, and the event page marks the word in
its sentence: the trigger is looked for in the evidence sentence, first as
written, then through the normaliser's offset map.
"""

from __future__ import annotations

from typing import Any


def trigger_span(text: str, evidence: Any, trigger: str | None) -> tuple[int, int] | None:
    """Document offsets of ``trigger`` inside the ``evidence`` span, or None."""
    if not trigger or evidence is None:
        return None
    start, end = _bounds(evidence)
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    sentence = text[start:end]
    at = sentence.find(trigger)
    if at >= 0:
        return start + at, start + at + len(trigger)
    from diplowatch.text.normalize import normalize, normalize_phrase

    norm = normalize(sentence)
    wanted = normalize_phrase(trigger)
    at = norm.text.find(wanted) if wanted else -1
    if at < 0:
        return None
    a, b = norm.span_to_original(at, at + len(wanted))
    return (start + a, start + b) if b > a else None


def _bounds(evidence: Any) -> tuple[int | None, int | None]:
    if isinstance(evidence, dict):
        return evidence.get("start"), evidence.get("end")
    return getattr(evidence, "start", None), getattr(evidence, "end", None)
