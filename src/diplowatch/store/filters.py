"""One event filter for every front door: CLI options, API parameters, Python calls.

The filters of ``events``/``export`` (actor, partner, agent, type, status,
sector, since, until, lang, source, undated, min_sentences) are parsed and checked here
once, so a bad value gets the same one-line message from the CLI, the REST
API and the dashboard, and a value the API refuses is refused by the CLI
too. The parsed ``EventFilter`` then writes its own SQL for the SQLite store
(``sqlite``) and for DuckDB over Parquet (``duckdb``); no other module spells
a filter condition.

Actors may be given as codes or as names in any supported language
(``store.codes``); agents as ``COP``, ``IRQ:COP`` or ``-:UAF`` (no country),
the way the spec writes ``code:agent`` pairs.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from diplowatch.event_types import CODES
from diplowatch.lang import languages
from diplowatch.model import AGENTS
from diplowatch.problems import UserError
from diplowatch.store import codes

EVENT_TYPES = CODES
STATUSES = ("reported", "planned", "negated")
#: Orders of event lists (the store and DuckDB write their SQL for each).
ORDERS = ("date_desc", "date_asc", "mentions_desc", "articles_desc", "told_desc")
ORDER_LABELS = {
    "date_desc": "newest first",
    "date_asc": "oldest first",
    "mentions_desc": "most mentions",
    "articles_desc": "most articles",
    "told_desc": "most sentences telling it",
}
LANGS = (*languages(), "other")
FILTER_KEYS = (
    "actor",
    "partner",
    "agent",
    "type",
    "status",
    "sector",
    "since",
    "until",
    "lang",
    "source",
    "undated",
    "min_sentences",
)
#: Values one filter may list (comma-separated); more is a typing accident.
MAX_VALUES = 50
SOURCE_MAX = 200
NO_CODE = "-"  # "-:UAF": an agent whose country the text does not give
#: Above this, ``min_sentences`` is a typing accident (no event is told so often).
MIN_SENTENCES_MAX = 100_000

_DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("", "0", "false", "no", "off")


class InvalidFilter(UserError, ValueError):
    """A filter value the user can correct: the CLI prints it, the API answers 4xx."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@cache
def sector_keys() -> frozenset[str]:
    """Sector keys of the extractor's data (the spec's list)."""
    from diplowatch.lang import languages, load

    keys: set[str] = set()
    for lang in languages():
        data = load(lang, "sectors")
        keys.update(getattr(data, "SECTORS", {}) if data is not None else ())
    return frozenset(keys)


def _did_you_mean(value: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(value, list(choices), n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(close)}?" if close else ""


def _values(name: str, value: Any) -> list[str]:
    """Trimmed non-empty items of "A,B" or ["A", "B"]."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else [str(v) for v in value]
    cleaned = [" ".join(item.split()) for item in items if item and item.strip()]
    if len(cleaned) > MAX_VALUES:
        raise InvalidFilter(name, f"at most {MAX_VALUES} values")
    return cleaned


def _choices(name: str, value: Any, choices: Sequence[str], *, upper: bool) -> tuple[str, ...]:
    out: list[str] = []
    for item in _values(name, value):
        item = item.upper() if upper else item.lower()
        if item not in choices:
            hint = _did_you_mean(item, choices) or f" (one of {', '.join(choices)})"
            raise InvalidFilter(name, f"{item!r} is not a known value{hint}")
        if item not in out:
            out.append(item)
    return tuple(out)


def parse_code(name: str, value: Any) -> str | None:
    """An actor code from a code or a name in any supported language."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    code = codes.resolve(text)
    if code is None:
        close = codes.suggestions(text)
        hint = f"; did you mean {' or '.join(close)}?" if close else " (e.g. KOR, USA, ASEAN)"
        raise InvalidFilter(name, f"{text!r} is not a known actor code or name{hint}")
    return code


def parse_date(name: str, value: Any, *, end: bool = False) -> str | None:
    """An ISO day; ``YYYY`` and ``YYYY-MM`` widen to their first (or last) day."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if not _DATE_RE.match(text):
        raise InvalidFilter(name, f"{text!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        day = parts[2]
    else:
        day = calendar.monthrange(year, month)[1] if end and 1 <= month <= 12 else 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise InvalidFilter(name, f"{text!r} is not a real calendar date") from None


def parse_period(since: Any, until: Any) -> tuple[str | None, str | None]:
    """``since``/``until`` as ISO days, checked to be in order."""
    low, high = parse_date("since", since), parse_date("until", until, end=True)
    if low and high and low > high:
        raise InvalidFilter("since", f"{low} is after until ({high})")
    return low, high


def parse_count(name: str, value: Any) -> int | None:
    """A whole number of at least 1, or None when not given. 1 filters nothing
    (every event is told at least once), so it is returned as None."""
    if value is None or isinstance(value, bool) or not str(value).strip():
        return None
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= MIN_SENTENCES_MAX:
        raise InvalidFilter(name, f"{text!r} is not a whole number from 1 to {MIN_SENTENCES_MAX}")
    return int(text) if int(text) > 1 else None


def parse_flag(name: str, value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidFilter(name, f"{value!r} is not true or false")


@dataclass(frozen=True)
class AgentTerm:
    """``COP`` (any country), ``IRQ:COP`` or ``-:UAF`` (no country given)."""

    agent: str
    code: str | None = None  # None with stateless False: any country
    stateless: bool = False

    def text(self) -> str:
        if self.stateless:
            return f"{NO_CODE}:{self.agent}"
        return f"{self.code}:{self.agent}" if self.code else self.agent

    @classmethod
    def parse(cls, item: str) -> AgentTerm:
        country, _, agent = item.rpartition(":")
        agent = agent.strip().upper()
        if agent not in AGENTS:
            hint = _did_you_mean(agent, AGENTS) or f" (one of {', '.join(AGENTS)})"
            raise InvalidFilter("agent", f"{agent!r} is not an agent code{hint}")
        country = country.strip()
        if not country:
            return cls(agent)
        if country == NO_CODE:
            return cls(agent, stateless=True)
        return cls(agent, parse_code("agent", country))


@dataclass(frozen=True)
class SqlFilter:
    """A filter as SQLite text: ``FROM`` source, ``WHERE`` clause and parameters.

    ``date_col`` is the column to sort on; ``bare`` is the source and
    condition without the join to ``events`` when no condition needs it
    (counting a busy actor's events then reads one index).
    """

    source: str
    where: str
    params: list[Any]
    date_col: str
    bare: str

    @property
    def clause(self) -> str:
        return self.source + self.where


@dataclass(frozen=True)
class EventFilter:
    """Validated event filters (empty tuples and None mean "any")."""

    actor: str | None = None
    partner: str | None = None
    agents: tuple[AgentTerm, ...] = ()
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    langs: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    undated: bool = False
    #: Only events told in at least this many sentences, across their articles
    #: (``num_sentences``, like GDELT's NumMentions): the way to keep what
    #: many reports repeat and drop what one sentence says in passing.
    min_sentences: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    # -- building --------------------------------------------------------

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> EventFilter:
        """Check the filters of a mapping (CLI options, query string, kwargs).

        Keys other than ``FILTER_KEYS`` are ignored, so a query string with
        ``page`` or ``order`` can be passed as it is.
        """
        actor = parse_code("actor", raw.get("actor"))
        partner = parse_code("partner", raw.get("partner"))
        if partner and not actor:
            actor, partner = partner, None  # "events with JPN": one actor is enough
        since, until = parse_period(raw.get("since"), raw.get("until"))
        undated = parse_flag("undated", raw.get("undated"))
        if undated and (since or until):
            raise InvalidFilter("undated", "undated events have no date: drop since/until")
        sources = tuple(dict.fromkeys(_values("source", raw.get("source"))))
        for source in sources:
            if len(source) > SOURCE_MAX:
                raise InvalidFilter("source", f"longer than {SOURCE_MAX} characters")
        return cls(
            actor=actor,
            partner=partner,
            agents=tuple(
                dict.fromkeys(AgentTerm.parse(x) for x in _values("agent", raw.get("agent")))
            ),
            types=_choices("type", raw.get("type"), EVENT_TYPES, upper=True),
            statuses=_choices("status", raw.get("status"), STATUSES, upper=False),
            sectors=_choices("sector", raw.get("sector"), sorted(sector_keys()), upper=False),
            since=since,
            until=until,
            langs=_choices("lang", raw.get("lang"), LANGS, upper=False),
            sources=sources,
            undated=undated,
            min_sentences=parse_count("min_sentences", raw.get("min_sentences")),
        )

    @classmethod
    def build(cls, where: EventFilter | None = None, **raw: Any) -> EventFilter:
        """``where`` as it is, or the filters given as keyword arguments.

        An unknown keyword is an error rather than silently no filter.
        """
        unknown = sorted(set(raw) - set(FILTER_KEYS))
        if unknown:
            raise InvalidFilter(unknown[0], f"unknown filter (known: {', '.join(FILTER_KEYS)})")
        if where is not None:
            if any(v not in (None, "", (), []) for v in raw.values()):
                raise InvalidFilter("filters", "give an EventFilter or keywords, not both")
            return where
        return cls.parse(raw)

    # -- reading ---------------------------------------------------------

    def query(self) -> dict[str, str]:
        """The same filters as URL query parameters (links, pagination)."""
        values: dict[str, Any] = {
            "actor": self.actor,
            "partner": self.partner,
            "agent": ",".join(t.text() for t in self.agents),
            "type": ",".join(self.types),
            "status": ",".join(self.statuses),
            "sector": ",".join(self.sectors),
            "since": self.since,
            "until": self.until,
            "lang": ",".join(self.langs),
            "source": ",".join(self.sources),
            "undated": "1" if self.undated else None,
            "min_sentences": self.min_sentences,
        }
        return {k: str(v) for k, v in values.items() if v}

    def first(self, key: str) -> str | None:
        """The first value of a filter (for single-choice form fields)."""
        return self.query().get(key, "").split(",")[0] or None

    # -- SQL -------------------------------------------------------------

    def sqlite(self) -> SqlFilter:
        """FROM/WHERE over the store's tables (``store.schema``); values bound.

        An actor (and partner) filter starts from ``event_actors`` or
        ``event_pairs``, which index an actor's events by date; every other
        condition follows, each with its values in the same order as its
        ``?`` marks."""
        params: list[Any] = []
        where: list[str] = []
        # 1. the table to start from: a pair, an actor, or the events
        source = self._sqlite_source(where, params)
        date_col = "x.date" if source else "e.date"
        ref = "x.event_id" if source else "e.id"
        # 2. what each event row says: type, status, sentences telling it
        self._sqlite_event_row(where, params, "x" if source else "e")
        # 3. what tables of their own say: sectors and agents
        self._sqlite_sectors_agents(where, params, ref)
        # 4. the date
        self._dates(where, params, date_col)
        # 5. the documents that report it: language and source
        self._sqlite_documents(where, params, ref)
        condition = " WHERE " + " AND ".join(where) if where else ""
        joined = f"{source} JOIN events e ON e.id = x.event_id" if source else "events e"
        needs_events = self.statuses or self.min_sentences
        bare = source if source and not needs_events else joined
        return SqlFilter(joined, condition, params, date_col, bare + condition)

    def _sqlite_source(self, where: list[str], params: list[Any]) -> str:
        """The table of an actor's (or a pair's) events, aliased ``x``, with
        its conditions; "" when no actor is asked for."""
        if self.actor and self.partner:
            where += ["x.focus = ?", "x.partner = ?"]
            params += [self.actor, self.partner]
            return "event_pairs x"
        if self.actor:
            where.append("x.code = ?")
            params.append(self.actor)
            return "event_actors x"
        return ""

    def _sqlite_event_row(self, where: list[str], params: list[Any], typed: str) -> None:
        """Conditions on the event's own row; its type is also in the actor tables (``typed``)."""
        if self.types:
            where.append(f"{typed}.type IN ({_marks(self.types)})")
            params += self.types
        if self.statuses:
            where.append(f"e.status IN ({_marks(self.statuses)})")
            params += self.statuses
        if self.min_sentences:
            where.append("e.num_sentences >= ?")
            params.append(self.min_sentences)

    def _dates(self, where: list[str], params: list[Any], date_col: str) -> None:
        """The date conditions, alike for every view; only the column's name differs."""
        if self.since:
            where.append(f"{date_col} >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{date_col} <= ?")
            params.append(self.until)
        if self.undated:
            where.append(f"{date_col} IS NULL")

    def _sqlite_sectors_agents(self, where: list[str], params: list[Any], ref: str) -> None:
        """Conditions on the sectors and agents of event ``ref``: each is a
        table of its own, so an event with several matches is still one row."""
        if self.sectors:
            where.append(
                f"EXISTS (SELECT 1 FROM event_sectors s WHERE s.event_id = {ref}"
                f" AND s.sector IN ({_marks(self.sectors)}))"
            )
            params += self.sectors
        if self.agents:
            terms = []
            for term in self.agents:
                if term.code or term.stateless:
                    terms.append("(g.agent = ? AND g.code = ?)")
                    params += [term.agent, term.code or ""]
                else:
                    terms.append("g.agent = ?")
                    params.append(term.agent)
            where.append(
                f"EXISTS (SELECT 1 FROM event_agents g WHERE g.event_id = {ref}"
                f" AND ({' OR '.join(terms)}))"
            )

    def _sqlite_documents(self, where: list[str], params: list[Any], ref: str) -> None:
        """Conditions on the documents that mention event ``ref``: their
        language, their source or outlet (or a copy's)."""
        if self.langs:
            where.append(
                f"(EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.doc"
                f" WHERE m.event_id = {ref} AND d.lang IN ({_marks(self.langs)})))"
            )
            params += self.langs
        if self.sources:
            marks = _marks(self.sources)
            # A copy of an article (``duplicates``) is a report from its own outlet.
            where.append(
                "EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.doc"
                f" WHERE m.event_id = {ref} AND (d.source IN ({marks}) OR d.outlet IN ({marks})"
                " OR EXISTS (SELECT 1 FROM duplicates c WHERE c.duplicate_of = d.doc_id"
                f" AND (c.source IN ({marks}) OR c.outlet IN ({marks})))))"
            )
            params += [*self.sources] * 4

    def duckdb(self) -> tuple[str, list[Any]]:
        """WHERE clause over ``scale.query``'s ``merged`` view, and its parameters."""
        where: list[str] = []
        params: list[Any] = []
        for code in (self.actor, self.partner):
            if code:
                where.append("list_contains(codes, ?)")
                params.append(code)
        for column, values in (("type", self.types), ("status", self.statuses)):
            if values:
                where.append(f"{column} IN ({_marks(values)})")
                params += values
        for column, values in (
            ("sectors", self.sectors),
            ("langs", self.langs),
            ("sources", self.sources),
        ):
            if values:
                where.append(f"len(list_intersect({column}, ?::VARCHAR[])) > 0")
                params.append(list(values))
        if self.agents:
            where.append(self._duckdb_agents(params))
        self._dates(where, params, "date")
        if self.min_sentences:
            where.append("num_sentences >= ?")
            params.append(self.min_sentences)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def _duckdb_agents(self, params: list[Any]) -> str:
        """Any of the agents asked for: with a country (or none) as a pair, else the agent alone."""
        terms = []
        for term in self.agents:
            if term.code or term.stateless:
                terms.append("list_contains(agent_pairs, ?)")
                params.append(term.text())
            else:
                terms.append("list_contains(agents, ?)")
                params.append(term.agent)
        return "(" + " OR ".join(terms) + ")"


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def agent_code(actor: Mapping[str, Any]) -> tuple[str, str] | None:
    """(code or "", agent) of an actor that names an agent, for ``event_agents``."""
    agent = actor.get("agent")
    if not agent:
        return None
    return str(actor.get("code") or ""), str(agent)
