"""Who is this person? Offices and terms from the office-holder table, events from the store.

Why here: it joins two things, the packaged office-holder table
(``diplowatch.lang.offices``) and a database (``Store``), and it needs the
text normaliser to match a name typed in any script against the names the
extractor stored.  The CLI (``diplowatch who``) and the API (``/api/who``)
both call it, so they answer alike.

Matching: the query and every surface form of the table are folded with
``normalize_phrase`` (letter variants, diacritics, ZWNJ, case), so "اردوغان",
"أردوغان" and "Erdogan" find the same person.  A query that names nobody
gets "did you mean" suggestions (close folded forms, by ``difflib``).

Events: the store keeps each actor's ``name`` as written and its
``name_latin``.  An event is the person's when one of its actors carries one
of the person's codes and a name that folds to one of the person's
unambiguous forms (a form the table marks ambiguous, such as a bare
surname shared by two people, is not enough).
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import asdict
from datetime import date
from functools import cache
from typing import Any

from diplowatch.lang import offices
from diplowatch.text.normalize import normalize_phrase


@cache
def _index() -> dict[str, frozenset[str]]:
    """Folded surface form -> person ids, over every language and the Latin ids."""
    table: dict[str, set[str]] = defaultdict(set)
    for lang in offices.languages():
        for form, people in offices.names(lang).items():
            table[normalize_phrase(form)].update(people)
    for person in offices.persons():
        table[normalize_phrase(person.replace("-", " "))].add(person)
    return {form: frozenset(people) for form, people in table.items()}


@cache
def _ambiguous() -> frozenset[str]:
    return frozenset(
        normalize_phrase(row["name"])
        for lang in offices.languages()
        for row in offices.name_rows(lang)
        if row["ambiguous"] == "1"
    )


def find(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(person ids the name may mean, "did you mean" suggestions when none)."""
    key = normalize_phrase(name)
    found = _index().get(key)
    if found:
        return tuple(sorted(found, key=_latest_first)), ()
    close = difflib.get_close_matches(key, list(_index()), n=5, cutoff=0.75)
    suggestions: list[str] = []
    for form in close:
        for person in sorted(_index()[form]):
            label = offices.terms_of(person)[0].name_latin
            if label not in suggestions:
                suggestions.append(label)
    return (), tuple(suggestions)


def _latest_first(person: str) -> tuple[int, str]:
    """Order namesakes: the one who held office most recently first."""
    latest = max(t.last_day if t.end else date.max for t in offices.terms_of(person))
    return -latest.toordinal(), person


def person_forms(person: str) -> frozenset[str]:
    """Folded forms that name ``person`` alone (ambiguous forms left out)."""
    ambiguous = _ambiguous()
    return frozenset(
        form for form, people in _index().items() if person in people and form not in ambiguous
    )


def describe(person: str, on: date | None = None) -> dict[str, Any]:
    """Who ``person`` is (on ``on``, or now): Latin name, names, holding and terms."""
    terms = offices.terms_of(person)
    names = {
        lang: [row["name"] for row in offices.name_rows(lang) if row["person"] == person][:6]
        for lang in offices.languages()
    }
    holding = asdict(offices.resolve(person, on))
    return {
        "person": person,
        "name_latin": terms[0].name_latin,
        "names": names,
        "holding": holding,
        "on": on.isoformat() if on else None,
        "terms": [
            {
                "code": t.code,
                "role": t.role,
                "office": t.office,
                "agent": t.agent,
                "start": t.start,
                "end": t.end,
                "confidence": t.confidence,
                "note": t.note,
            }
            for t in sorted(terms, key=lambda t: t.first_day)
        ],
        "as_of": offices.header().get("as-of"),
        "source": offices.header().get("source"),
    }


def events(store: Any, person: str, limit: int = 20) -> tuple[int, list[dict[str, Any]]]:
    """(number of stored events where ``person`` acts, the newest ``limit`` of them).

    Each event gets ``as``: the person's holding on the event's date (code,
    role, former), since a former minister quoted in 2024 is not the state.
    """
    if not hasattr(store, "iter_events"):  # the web app's stand-in when no database is open
        return 0, []
    forms = person_forms(person)
    codes = sorted({t.code for t in offices.terms_of(person)})
    seen: dict[int, dict[str, Any]] = {}
    for code in codes:
        for event in store.iter_events(actor=code):
            if event["id"] not in seen and _acts(event, code, forms):
                seen[event["id"]] = event
    rows = sorted(seen.values(), key=lambda e: (e.get("date") or "", e["id"]), reverse=True)
    for event in rows[:limit]:
        event["as"] = _as_of_event(person, event.get("date"))
    return len(rows), rows[:limit]


def _acts(event: dict[str, Any], code: str, forms: frozenset[str]) -> bool:
    for actor in event.get("actors", []):
        if actor.get("code") != code:
            continue
        for field in ("name", "name_latin"):
            value = actor.get(field)
            if value and normalize_phrase(value) in forms:
                return True
    return False


def _as_of_event(person: str, day: str | None) -> dict[str, Any]:
    on = None
    if day:
        try:
            on = offices.date_bounds(day[:10])[0]
        except ValueError:
            on = None
    held = offices.resolve(person, on)
    return {"code": held.code, "role": held.role, "office": held.office, "former": held.former}
