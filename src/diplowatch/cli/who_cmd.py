"""`diplowatch who NAME`: who a person is, their offices and terms, and their events."""

from __future__ import annotations

import json
import os
from datetime import date
from typing import Any

import click

from diplowatch.problems import UserError


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    from diplowatch.lang.offices import date_bounds

    try:
        return date_bounds(value)[0]
    except ValueError as exc:
        raise UserError(f"--on {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD") from exc


@click.command()
@click.argument("name")
@click.option(
    "--db",
    "db",
    default=None,
    envvar="DIPLOWATCH_DB",
    type=click.Path(dir_okay=False),
    help="Database whose events to list (default: ./diplowatch.db if it exists, or $DIPLOWATCH_DB).",
)
@click.option(
    "--on", "on", help="Say what the person was on this date (YYYY, YYYY-MM or YYYY-MM-DD)."
)
@click.option("--limit", type=int, default=10, show_default=True, help="At most this many events.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for reading; json for other tools.",
)
def who(name: str, db: str | None, on: str | None, limit: int, fmt: str) -> None:
    """Who is NAME? Country, role, terms of office, and events in the database.

    NAME may be written in Arabic, Persian or Latin script, in full or as a
    well-known short form ("أردوغان", "اردوغان", "Erdogan", "Erdoğan").
    Offices come from the packaged office-holder table (see `docs/offices.md`);
    events come from the database when one is given or ./diplowatch.db exists.

    \b
    Examples:
      diplowatch who "Abbas Araghchi"
      diplowatch who عراقجي --on 2019-05-01
      diplowatch who "ویلیام روتو" --db news.db --limit 5
      diplowatch who Erdogan --format json
    """
    from diplowatch.store import who as lookup

    people, suggestions = lookup.find(name)
    if not people:
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        raise UserError(f"no person named {name!r} in the office-holder table.{hint}")
    day = _parse_day(on)
    path = db or ("diplowatch.db" if os.path.exists("diplowatch.db") else None)
    answers = [_answer(lookup, person, day, path, limit) for person in people]
    if fmt == "json":
        click.echo(json.dumps(answers, ensure_ascii=False, indent=2))
        return
    if len(answers) > 1:
        click.echo(f"{name!r} may name {len(answers)} people:\n")
    click.echo("\n\n".join(_text(a) for a in answers))


def _answer(lookup: Any, person: str, day: date | None, db: str | None, limit: int) -> dict:
    answer = lookup.describe(person, day)
    if db:
        from diplowatch.store import Store

        if not os.path.exists(db):
            raise UserError(f"{db}: no such database (create it with `diplowatch ingest`)")
        with Store(db, readonly=True) as store:
            total, rows = lookup.events(store, person, limit=limit)
        answer["events_total"] = total
        answer["events"] = rows
    return answer


def _text(answer: dict) -> str:
    from diplowatch.store.render import table

    held = answer["holding"]
    status = "former " if held["former"] and not held["upcoming"] else ""
    status = "future " if held["upcoming"] else status
    when = f" on {answer['on']}" if answer["on"] else ""
    lines = [
        f"{answer['name_latin']}  [{answer['person']}]",
        f"  {status}{held['office']} of {held['code']} (role {held['role']}, agent {held['agent']}){when}",
    ]
    for lang, names in answer["names"].items():
        if names:
            lines.append(f"  {lang}: {' / '.join(names)}")
    terms = [
        (t["code"], t["role"], t["office"], t["start"], t["end"] or "in office", t["confidence"])
        for t in answer["terms"]
    ]
    lines.append(table(terms, ("code", "role", "office", "from", "to", "confidence")))
    if "events" in answer:
        lines.append(f"  {answer['events_total']} event(s) in the database; newest:")
        rows = [
            (
                e.get("date") or "",
                e["type"],
                ",".join(dict.fromkeys(a["code"] for a in e.get("actors", []))),
                ("former " if e["as"]["former"] else "") + e["as"]["role"],
                (e.get("evidence") or "")[:70],
            )
            for e in answer["events"]
        ]
        if rows:
            lines.append(table(rows, ("date", "type", "actors", "as", "evidence")))
    lines.append(f"  (office-holder table as of {answer['as_of']})")
    return "\n".join(lines)


COMMANDS: list[click.Command] = [who]
