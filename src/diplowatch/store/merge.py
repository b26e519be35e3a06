"""Rules deciding when two mentions report the same real event.

One meeting is reported by many outlets, often for days; counting each report
as an event is the best-known flaw of news event data. Two mentions are the
same event when all of these hold:

* same ``type`` and same ``status`` (an announced visit and the visit itself
  are kept apart: the first can be cancelled);
* the same *set* of parties (order and persons do not matter): a party is
  an actor code, or ``code:agent`` when an agent other than the government
  acts (police, rebels, protesters…), ``-:agent`` when the text gives no
  country (``party_key``). The government is the state's own voice, so
  ``IRN`` and ``IRN:GOV`` are one party;
* effective dates at most ``WINDOW_DAYS`` apart, measured from the event's
  anchor date (the effective date of its first stored mention, so an event
  never drifts through a chain of near dates). The effective date is the
  event's own date, else the document's publication date;
* overlapping place: equal locations, or either one unknown.

A mention without any effective date (no event date, no publication date)
merges only with an undated event of the same document: with no date there
is no evidence that two articles talk about the same occasion.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

WINDOW_DAYS = 3

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def iso_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or timestamp, None if not a full date."""
    if not value:
        return None
    match = _ISO_DAY.match(value.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def effective_date(event_date: str | None, published: str | None) -> str | None:
    return iso_day(event_date) or iso_day(published)


def window(day: str, days: int = WINDOW_DAYS) -> tuple[str, str]:
    """Inclusive ISO bounds of the merge window around ``day``."""
    center = date.fromisoformat(day)
    return (center - timedelta(days=days)).isoformat(), (center + timedelta(days=days)).isoformat()


def day_distance(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def actor_key(codes: Iterable[str]) -> str:
    """Order-free identity of a set of codes (or of ``party`` strings)."""
    return ",".join(sorted({c for c in codes if c}))


def party(actor: Mapping[str, Any]) -> str | None:
    """``KOR``, ``IRQ:COP`` or ``-:UAF``; None for an actor that names neither."""
    code, agent = actor.get("code"), actor.get("agent")
    if not agent or agent == "GOV":
        return str(code) if code else None
    return f"{code or '-'}:{agent}"


def party_key(actors: Iterable[Mapping[str, Any]]) -> str:
    """Order-free identity of an event's parties (see the module docstring)."""
    return actor_key(p for p in map(party, actors) if p)


@dataclass(frozen=True)
class MentionRow:
    """What the fold needs of one stored mention and its document."""

    mention_id: int
    type: str
    mode: str | None
    status: str
    eff_date: str | None
    date: str | None  # the event date the text gave, if any
    location: str | None
    actors: list[dict[str, Any]]
    sectors: list[str]
    amounts: list[dict[str, Any]]
    counts: dict[str, int]
    doc: int
    doc_id: str
    outlet: str
    published: str | None
    told: int = 1  # sentences of its article that tell the event


@dataclass(frozen=True)
class Copy:
    """A copy of a reporting document (``store.duplicates``): a report from its outlet."""

    doc_id: str
    outlet: str | None
    published: str | None


@dataclass
class Folded:
    """An event's aggregates, recomputed from all its mentions."""

    type: str
    status: str
    date: str | None
    mode: str | None
    location: str | None
    actors: list[dict[str, Any]]
    sectors: list[str]
    amounts: list[dict[str, Any]]
    counts: dict[str, int]
    num_mentions: int
    num_sentences: int
    num_sources: int
    num_articles: int
    num_copies: int
    first_seen: str | None
    last_seen: str | None
    first_mention: int
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)


def _unite_actors(rows: Sequence[MentionRow]) -> list[dict[str, Any]]:
    actors: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for row in rows:
        for actor in row.actors:
            ident = (actor.get("code"), actor.get("agent"), actor.get("role"), actor.get("name"))
            if ident not in seen:
                seen.add(ident)
                actors.append(actor)
    # A bare {"code"} adds nothing next to a fuller entry with that code.
    described = {a.get("code") for a in actors if a.get("code") and len(a) > 1}
    return [a for a in actors if len(a) > 1 or a.get("code") not in described]


def fold(rows: Sequence[MentionRow], copies: Sequence[Copy] = ()) -> Folded:
    """One event from its mentions (in stored order) and the copies of their documents.

    A copy of a reporting article is a report of the event by its outlet, so
    it counts as an article and its outlet as a source. ``first_seen`` and
    ``last_seen`` come from publication dates (the documents' and the
    copies'), else from the event dates the texts gave; never from the day
    of ingestion, which says nothing about the event.
    """
    first = rows[0]
    modes = Counter(r.mode for r in rows if r.mode)
    sectors, amounts, counts = _united_details(rows)
    dated = _seen_days(rows, copies)
    docs = {r.doc_id for r in rows}
    copied = [c for c in copies if c.doc_id not in docs]
    actors = _unite_actors(rows)
    return Folded(
        type=first.type,
        status=first.status,
        date=first.eff_date,
        mode=modes.most_common(1)[0][0] if modes else None,
        location=next((r.location for r in rows if r.location), None),
        actors=actors,
        sectors=sectors,
        amounts=amounts,
        counts=counts,
        num_mentions=len(rows),
        num_sentences=sum(r.told for r in rows),
        num_sources=len({r.outlet for r in rows} | {c.outlet or f"doc:{c.doc_id}" for c in copied}),
        num_articles=len(docs) + len({c.doc_id for c in copied}),
        num_copies=len({c.doc_id for c in copied}),
        first_seen=min(dated) if dated else None,
        last_seen=max(dated) if dated else None,
        first_mention=first.mention_id,
        codes=_by_code(actors),
    )


def _united_details(
    rows: Sequence[MentionRow],
) -> tuple[list[str], list[dict[str, Any]], dict[str, int]]:
    """The sectors and sums of all mentions, each once in the order first
    told (a sum is one value, currency and kind), and the highest figure of
    each count: reports of one attack disagree as figures rise."""
    sectors: list[str] = []
    amounts: list[dict[str, Any]] = []
    seen_amounts: set[tuple[Any, ...]] = set()
    counts: dict[str, int] = {}
    for row in rows:
        sectors += [s for s in row.sectors if s not in sectors]
        for amount in row.amounts:
            ident = (amount.get("value"), amount.get("currency"), amount.get("kind"))
            if ident not in seen_amounts:
                seen_amounts.add(ident)
                amounts.append(amount)
        for key, value in row.counts.items():
            if isinstance(value, int) and value > counts.get(key, -1):
                counts[key] = value
    return sectors, amounts, counts


def _seen_days(rows: Sequence[MentionRow], copies: Sequence[Copy]) -> list[str]:
    """The days the event was seen: publication days of the documents and
    their copies, else the event dates the texts gave."""
    days = [iso_day(r.published) for r in rows] + [iso_day(c.published) for c in copies]
    return [d for d in days if d] or [d for d in (iso_day(r.date) for r in rows) if d]


def _by_code(actors: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One actor per country code, for the index rows that keep one role
    and name per country: the first, unless a later one of that code has a
    name and the first has none (a name tells more)."""
    by_code: dict[str, dict[str, Any]] = {}
    for actor in actors:
        code = actor.get("code")
        if code and (code not in by_code or (not by_code[code].get("name") and actor.get("name"))):
            by_code[code] = actor
    return by_code


def loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


def places_overlap(a: str | None, b: str | None) -> bool:
    return not a or not b or a.strip().casefold() == b.strip().casefold()
