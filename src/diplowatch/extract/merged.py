"""Events of one document told twice are one event (``joined.py`` does the
same within one sentence).

An article repeats its news: the headline, the lead and a later paragraph
may each tell one meeting. ``merge_events`` keeps one event per type,
participants, status and date, with what every report adds to it; the
store joins reports of one occasion across articles (``store/merge.py``).
Every sentence that told it stays with the event (``Event.sentences``):
users count the repeats as GDELT's mentions, and each one is evidence a
reader can check.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from diplowatch.extract.details import fill_details
from diplowatch.model import Actor, Event, Evidence


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (type, participants, status, date) within a document.

    Participants are (country, agent) units: a report naming other agents
    ("police arrested protesters" / "soldiers arrested students") or a state
    as a whole (a headline) stays a mention of its own, so every event's
    actors are read in its own evidence (measured on hand-annotated corpus
    sentences: merging by countries alone lent later sentences' actors to
    the first one and hid the later events). Reports of one occasion are
    joined by the store (``store/merge.py``: same type, status and country
    set within a few days). An undated mention ("the two sides agreed")
    joins the first dated event with the same type, participants and
    status; roles and names known from either report are kept.
    """
    groups: dict[tuple[object, ...], list[Event]] = {}
    for ev in events:
        key = (ev.type, frozenset((a.code, a.agent) for a in ev.actors), ev.status)
        groups.setdefault(key, []).append(ev)
    out: list[Event] = []
    for group in groups.values():
        first_date = next((ev.date for ev in group if ev.date), None)
        by_date: dict[str | None, Event] = {}
        for ev in group:
            when = ev.date or first_date
            kept = by_date.get(when)
            if kept is None:
                ev.date = when
                by_date[when] = ev
                out.append(ev)
            else:
                absorb(kept, ev)
    order = {id(ev): i for i, ev in enumerate(events)}
    return sorted(out, key=lambda ev: order[id(ev)])


def absorb(kept: Event, ev: Event) -> None:
    """Add to ``kept`` what another report of it tells: its sentences, actors,
    an agent for a country named as a whole, roles and names, sectors and
    sums not yet known (so no report's detail is lost by the merge). Counts
    are not carried: tried in mendC109, the absorbed reports' counts were
    misread (an hour, a date, a bail sum) or told another occasion in 14 of
    36 corpus documents it changed."""
    keep_sentences(kept, ev)
    for other in ev.actors:
        same = [a for a in kept.actors if a.code == other.code]
        match = next((a for a in same if a.agent == other.agent), None)
        if match is None and other.agent is None and same:
            match = same[0]  # the country named as a whole: one of its agents
        if match is None:
            match = next((a for a in same if a.agent is None), None)
            if match is None:
                kept.actors.append(other)
                continue
            match.agent = other.agent
        fill_names(match, other)
    add_sectors_and_amounts(kept, ev)


def fill_names(kept: Actor, other: Actor) -> None:
    """The role and names another report of the same actor knows and
    ``kept`` lacks: two reports of one deed keep every detail either tells
    (shared by the merge of reports and the join of one sentence's events)."""
    fill_details(kept, other.role, other.name, other.name_latin)


def add_sectors_and_amounts(kept: Event, ev: Event) -> None:
    """``ev``'s sectors and sums that ``kept`` lacks, after its own (a sum
    is the same by value and currency): one deed's details, told by one
    report or clause and not the other, are kept once."""
    kept.sectors = list(dict.fromkeys(kept.sectors + ev.sectors))
    for amount in ev.amounts:
        if all((a.value, a.currency) != (amount.value, amount.currency) for a in kept.amounts):
            kept.amounts.append(amount)


def keep_sentences(kept: Event, ev: Event) -> None:
    """``kept.sentences``: its own and ``ev``'s, in text order, ``kept.evidence``
    first. A span overlapping one already kept is the same sentence told
    once (two clauses of one sentence), not a repeat. Each span is a copy,
    so shifting one (``guard`` does for long texts) never moves another;
    each is placed by bisection, so a text telling one event thousands of
    times costs n log n, not n squared."""
    spans = kept.sentences or [replace(s) for s in kept.spans()]
    for span in ev.spans():
        _place(spans, span)
    kept.sentences = spans if len(spans) > 1 else []


def _place(spans: list[Evidence], span: Evidence) -> None:
    """Insert ``span`` into ``spans`` (the evidence, then the others sorted by
    start and never overlapping), unless it overlaps one of them: sorted and
    apart, only the head and the two neighbours of its place can."""

    def apart(other: Evidence) -> bool:
        return span.end <= other.start or other.end <= span.start

    if spans and not apart(spans[0]):
        return
    at = bisect_left(spans, span.start, lo=min(1, len(spans)), key=lambda s: s.start)
    if (at > 1 and not apart(spans[at - 1])) or (at < len(spans) and not apart(spans[at])):
        return
    spans.insert(at, replace(span))
