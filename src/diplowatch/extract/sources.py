"""Who reports an event is not a party to it.

News sentences end with their source (", the Chinese defence ministry
said.", ", a senior U.S. official told reporters.") or open with it
("According to state media, …"). Mentions in such a clause are marked
``source``: they never become participants, though they may still tell the
country of an agent named without one ("police arrested 20 people, the
Egyptian interior ministry said").

A trailing clause is one that starts after the last clause break
(``context.CLAUSE_PUNCTUATION``) before a reporting verb
(``status.ATTRIBUTION_CUES``), runs to the next break and holds no event
trigger (otherwise the verb introduces what was said, and its speaker may be
the actor);
"according to" (``context.SOURCE_OPENERS``) runs to the next break.
Languages without these lists mark nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit


def source_spans(
    ntext: str,
    start: int,
    end: int,
    cues: Sequence[Hit],
    triggers: Sequence[Hit],
    breaks: frozenset[str],
    openers: frozenset[str],
    subordinators: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of the sentence ``[start, end)`` that name its sources; a
    source clause also ends where a subordinate clause opens ("… told
    reporters after the two sides met")."""
    breaks = breaks | {f" {w} " for w in subordinators}
    if not breaks:
        return []
    spans: list[tuple[int, int]] = []
    for cue in cues:
        if cue.entry.kind != "attribution":
            continue
        phrase = ntext[cue.base_start : cue.base_end]
        if phrase in openers:
            stop = _next_break(ntext, cue.end, end, breaks)
            spans.append((cue.start, stop))
            continue
        clause = _last_break(ntext, start, cue.start, breaks)
        if clause is None:
            continue  # "X said that …": the speaker may be the actor
        stop = _next_break(ntext, cue.end, end, breaks)
        if any(clause <= t.start < stop for t in triggers):
            continue  # "…, Iran said it had seized a tanker": content follows
        spans.append((clause, stop))
    return spans


def mark_sources(mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
    for m in mentions:
        if any(a <= m.start < b for a, b in spans):
            m.source = True


def _breaks_in(ntext: str, lo: int, hi: int, breaks: frozenset[str]) -> list[int]:
    """Offsets of clause breaks in ``[lo, hi)``; a comma grouping digits
    ("3,000") is none."""
    out: list[int] = []
    for b in breaks:
        i = ntext.find(b, lo, hi)
        while i >= 0:
            if not _digit_comma(ntext, i):
                out.append(i)
            i = ntext.find(b, i + 1, hi)
    return sorted(out)


def _last_break(ntext: str, lo: int, hi: int, breaks: frozenset[str]) -> int | None:
    found = _breaks_in(ntext, lo, hi, breaks)
    return found[-1] if found else None


def _next_break(ntext: str, lo: int, hi: int, breaks: frozenset[str]) -> int:
    found = _breaks_in(ntext, lo, hi, breaks)
    return found[0] if found else hi


def _digit_comma(ntext: str, i: int) -> bool:
    return (
        ntext[i] == ","
        and 0 < i < len(ntext) - 1
        and ntext[i - 1].isdigit()
        and ntext[i + 1].isdigit()
    )
