"""What extraction gives for one sentence, in the shapes the extraction
tests compare: the cast of an event type ("CODE:AGENT") and the agents per
event type. Shared so that each rule's test file holds only its sentences."""

from __future__ import annotations

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str, published: str | None = None) -> Record:
    """The record of one sentence read as a whole document."""
    return process(Document(doc_id="t", text=text, lang=lang, published=published))


def cast(record: Record, etype: str) -> set[str]:
    """'CODE:AGENT' of every actor of the events of one type ('-' for no code)."""
    return {
        f"{a.code or '-'}:{a.agent or ''}"
        for e in record.events
        if e.type == etype
        for a in e.actors
    }


def casts_in_order(text: str, lang: str, etype: str) -> list[list[str]]:
    """'CODE:AGENT' of the actors of each event of one type, in order ('-'
    for no code, '' for no agent): for tests of who blames whom."""
    return [
        [f"{a.code or '-'}:{a.agent or ''}" for a in e.actors]
        for e in run(text, lang).events
        if e.type == etype
    ]


def first_codes(text: str, lang: str, etype: str) -> list[str]:
    """The codes of the actors of the first event of ``etype``, in order
    (``None`` as 'None'); fails when there is none (a test of who acts first
    needs one)."""
    events = casts_in_order(text, lang, etype)
    assert events, f"no {etype} in {text}"
    return [c.split(":")[0] for c in events[0]]


def every_actor(text: str, lang: str) -> list[str]:
    """'CODE:AGENT' of every actor of every event of ``text``, in order
    ('-' for no code)."""
    return [f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors]


def actor_pairs(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    """(code, agent) of every actor of every event of ``text``, in order;
    fails when ``text`` gives no event at all (a test of actors needs one)."""
    events = run(text, lang).events
    assert events, f"no event in {text}"
    return [(a.code, a.agent) for e in events for a in e.actors]


def found(text: str, lang: str) -> dict[str, set[str | None]]:
    """Event type → the agents of its actors."""
    out: dict[str, set[str | None]] = {}
    for e in run(text, lang).events:
        out.setdefault(e.type, set()).update(a.agent for a in e.actors)
    return out


def first_cast(text: str, lang: str, etype: str, published: str | None = None) -> list[str]:
    """'CODE:AGENT' of the actors of the first event of one type, in order
    ('-' for no code); fails when the sentence gives no such event."""
    events = [e for e in run(text, lang, published).events if e.type == etype]
    assert events, f"no {etype} event in {text!r}"
    return [f"{a.code or '-'}:{a.agent}" for a in events[0].actors]


def types(text: str, lang: str, published: str | None = None) -> set[str]:
    """The event types of one sentence."""
    return {e.type for e in run(text, lang, published).events}


# An event's reading, to compare the same event told in three languages:
# type, status, and each actor's (code, agent).
Reading = set[tuple[str, str, tuple[tuple[str | None, str | None], ...]]]


def reading(text: str, lang: str) -> Reading:
    """The readings of every event of ``text``."""
    record = run(text, lang)
    return {(e.type, e.status, tuple((a.code, a.agent) for a in e.actors)) for e in record.events}


def sides(text: str, lang: str, etype: str) -> list[list[tuple[str | None, str | None]]]:
    """The (code, agent) of each actor, in order, of every event of one type:
    for tests of which side comes first."""
    return [
        [(a.code, a.agent) for a in e.actors] for e in run(text, lang).events if e.type == etype
    ]


def reading_lines(text: str, lang: str) -> set[str]:
    """Each event of ``text`` as one line, "TYPE status CODE:AGENT …" ('-'
    for no code): the readings of one event told in three languages, in a
    shape a test can list."""
    return {
        " ".join([etype, status, *(f"{c or '-'}:{a or ''}" for c, a in actors)])
        for etype, status, actors in reading(text, lang)
    }


def code_sets(text: str, lang: str, etype: str) -> list[set[str | None]]:
    """The country codes of each event of ``etype``."""
    return [{a.code for a in e.actors} for e in run(text, lang).events if e.type == etype]


def code_pairs(text: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    """The (first, second) country codes of each two-sided event of ``etype``."""
    return {
        (e.actors[0].code, e.actors[1].code)
        for e in run(text, lang).events
        if e.type == etype and len(e.actors) >= 2
    }
