"""Validation of the office-holder table (``offices.tsv`` + ``office_names.tsv``).

Why a module and not only a test: the generator (``scripts/build_offices.py``)
refuses to write an invalid table, and the test suite checks the shipped one;
both call ``validate``.  The name folding is passed in (``fold``) because this
package sits below ``diplowatch.text`` and cannot import its normaliser.

Checks (errors):
* every date parses and no term ends before it starts;
* the terms of one office (code, role, office text) do not overlap, unless
  marked as a shared office (co-princes, collective presidencies);
* every UN member state has a current head of state, head of government and
  foreign minister on the as-of date (``EXCUSED`` lists the reasoned gaps);
* every person has at least one name in every language that ships names;
* no folded name maps to two people unless every such form is marked ambiguous;
* roles, agents and codes are those of the spec.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from diplowatch.lang import offices, registry
from diplowatch.lang.xx.countries import ACTOR_CODES, UN_MEMBERS
from diplowatch.model import AGENTS

CORE_ROLES = ("head_of_state", "head_of_government", "foreign_minister")
#: Roles held by one person at a time per office (several deputy ministers,
#: spokespeople or ambassadors of one state serve side by side).
SINGLE_HOLDER = frozenset(
    ("head_of_state", "head_of_government", "foreign_minister", "minister", "legislator")
)
#: (code, role) without a current holder in the table, and why.
EXCUSED: dict[tuple[str, str], str] = {}


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    persons: int = 0
    terms: int = 0
    names: dict[str, int] = field(default_factory=dict)
    covered: int = 0  # UN members with all three current offices (excused gaps not counted)
    members: int = 0
    history: dict[str, int] = field(default_factory=dict)  # role -> members covered since 2000

    def summary(self) -> str:
        per_lang = ", ".join(f"{lang} {n}" for lang, n in self.names.items())
        since = ", ".join(f"{r} {n}/{self.members}" for r, n in self.history.items())
        return (
            f"{self.persons} persons, {self.terms} terms; names: {per_lang}; "
            f"UN members with all three current offices: {self.covered}/{self.members}; "
            f"chain of holders back to 2000: {since}; errors: {len(self.errors)}"
        )


def validate(fold: Callable[[str], str], on: date | None = None) -> Report:
    """Check the packaged table; ``on`` defaults to the table's as-of date."""
    report = Report()
    terms = offices.terms()
    report.terms = len(terms)
    report.persons = len(offices.persons())
    day = on or offices.as_of() or date.today()
    _check_rows(terms, report)
    _check_overlaps(terms, report)
    _check_coverage(terms, day, report)
    _check_names(fold, report)
    return report


def _check_rows(terms: tuple[offices.Term, ...], report: Report) -> None:
    roles = set(offices.ROLE_ORDER)
    for t in terms:
        where = f"{t.person} {t.code} {t.role}"
        try:
            first = offices.date_bounds(t.start)[0]
            last = offices.date_bounds(t.end)[1] if t.end else date.max
            if last < first:
                report.errors.append(f"{where}: ends {t.end} before it starts {t.start}")
        except ValueError as exc:
            report.errors.append(f"{where}: {exc}")
        if t.role not in roles:
            report.errors.append(f"{where}: role {t.role!r} is not a spec role")
        if t.agent not in AGENTS:
            report.errors.append(f"{where}: agent {t.agent!r} is not a spec agent")
        if t.code not in ACTOR_CODES:
            report.errors.append(f"{where}: code {t.code!r} is not an actor code")
        if t.confidence not in ("high", "medium", "low"):
            report.errors.append(f"{where}: confidence {t.confidence!r}")


def _check_overlaps(terms: tuple[offices.Term, ...], report: Report) -> None:
    by_office: dict[tuple[str, str, str], list[offices.Term]] = defaultdict(list)
    for t in terms:
        if t.role in SINGLE_HOLDER and "shared office" not in t.note:
            by_office[(t.code, t.role, t.office)].append(t)
    for (code, _role, office), items in by_office.items():
        try:
            ordered = sorted(items, key=lambda t: t.first_day)
            bounds = [(_end_low(t), offices.date_bounds(t.start)[1]) for t in ordered]
        except ValueError:
            continue  # reported by _check_rows
        for i, (before, after) in enumerate(zip(ordered, ordered[1:], strict=False)):
            # Imprecise dates overlap only if they must: the earliest the first
            # term can end is after the latest the second can start.
            if bounds[i][0] > bounds[i + 1][1]:
                report.errors.append(
                    f"{code} {office}: {before.person} ({before.start}..{before.end or ''})"
                    f" overlaps {after.person} ({after.start}..{after.end or ''})"
                )


def _end_low(term: offices.Term) -> date:
    return offices.date_bounds(term.end)[0] if term.end else date.max


def _check_coverage(terms: tuple[offices.Term, ...], day: date, report: Report) -> None:
    report.members = len(UN_MEMBERS)
    history_start = date(2000, 1, 1)
    for role in CORE_ROLES:
        report.history[role] = 0
    for code in sorted(UN_MEMBERS):
        complete = True
        for role in CORE_ROLES:
            mine = [t for t in terms if t.code == code and t.role == role]
            current = [t for t in mine if t.first_day <= day <= t.last_day]
            if not current:
                complete = False
                if (code, role) not in EXCUSED:
                    report.errors.append(f"{code}: no current {role} on {day}")
            if _chain_reaches(mine, history_start, day):
                report.history[role] += 1
        report.covered += complete


def _chain_reaches(mine: list[offices.Term], since: date, day: date) -> bool:
    """True if the terms cover [since, day] with gaps of at most 100 days (caretakers)."""
    ordered = sorted(mine, key=lambda t: t.first_day)
    if not ordered or ordered[0].first_day > since:
        return False
    reach = ordered[0].first_day
    for t in ordered:
        if (t.first_day - reach).days > 100:
            return False
        reach = max(reach, t.last_day)
    return reach >= day


def _script_fits(lang: str, name: str) -> bool:
    """Names of an Arabic-script language carry no Latin letters, and names
    of a Latin-script one no Arabic letters."""
    latin = any("a" <= c.lower() <= "z" for c in name)
    arabic = any("\u0600" <= c <= "\u06ff" for c in name)
    return not arabic if registry.language(lang).script == "Latn" else not latin


def _check_names(fold: Callable[[str], str], report: Report) -> None:
    people = set(offices.persons())
    owners: dict[str, set[str]] = defaultdict(set)
    ambiguous: set[str] = set()
    for lang in offices.languages():
        rows = offices.name_rows(lang)
        report.names[lang] = len(rows)
        named = {row["person"] for row in rows}
        for missing in sorted(people - named):
            report.errors.append(f"{missing}: no {lang} name")
        for unknown in sorted(named - people):
            report.errors.append(f"{lang} names an unknown person {unknown!r}")
        for row in rows:
            if not _script_fits(lang, row["name"]):
                report.errors.append(
                    f"{lang} name {row['name']!r} of {row['person']}: wrong script"
                )
            key = fold(row["name"])
            owners[key].add(row["person"])
            if row["ambiguous"] == "1":
                ambiguous.add(key)
    for key, who in sorted(owners.items()):
        if len(who) > 1 and key not in ambiguous:
            report.errors.append(f"name {key!r} names {', '.join(sorted(who))}: mark it ambiguous")
