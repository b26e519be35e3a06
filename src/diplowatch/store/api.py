"""The Python API returned by ``diplowatch.open``: typed events or DataFrames.

``Store`` returns plain dicts (what the CLI and the web dashboard serialise);
analysts in a notebook want attribute access or a pandas DataFrame, so this
thin wrapper converts without a second query path.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplowatch.store.db import Store

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class StoredActor:
    code: str | None
    role: str | None = None
    name: str | None = None
    name_latin: str | None = None
    agent: str | None = None
    former: bool = False


@dataclass
class StoredEvent:
    """One merged event as stored (see ``Store.events`` for the fields)."""

    id: int
    type: str
    mode: str | None
    status: str
    date: str | None
    location: str | None
    actors: list[StoredActor]
    sectors: list[str]
    amounts: list[dict[str, Any]]
    num_mentions: int
    num_sources: int
    num_articles: int
    first_seen: str | None
    last_seen: str | None
    quad_class: int | None
    score: float | None
    evidence: str | None
    evidence_doc_id: str | None = None
    source_url: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    num_copies: int = 0
    mentions: list[dict[str, Any]] = field(default_factory=list)
    num_sentences: int = 0  # sentences telling it, across its articles

    @property
    def actor_codes(self) -> list[str]:
        return list(dict.fromkeys(a.code for a in self.actors if a.code))

    @property
    def agents(self) -> list[str]:
        """``code:agent`` pairs as the spec writes them (``-`` for no code)."""
        return list(dict.fromkeys(f"{a.code or '-'}:{a.agent}" for a in self.actors if a.agent))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoredEvent:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["actors"] = [
            StoredActor(**{k: v for k, v in a.items() if k in StoredActor.__dataclass_fields__})
            for a in data.get("actors", [])
        ]
        return cls(**values)


class Database:
    """Read-mostly access to a diplowatch database from Python.

    >>> db = diplowatch.open("diplowatch.db")            # doctest: +SKIP
    >>> db.events(actor="KOR", partner="VNM", type="AGREE")  # doctest: +SKIP
    >>> db.events_frame(actor="KOR", since="2024")       # doctest: +SKIP
    """

    def __init__(self, path: str | Path, *, readonly: bool = True) -> None:
        self.store = Store(path, readonly=readonly)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def events(
        self, *, as_frame: bool = False, limit: int | None = None, **filters: Any
    ) -> list[StoredEvent] | pd.DataFrame:
        """Events matching the filters of ``Store.events`` (all of them by default)."""
        rows = self.store.events(limit=limit, **filters)
        if as_frame:
            return _frame(rows)
        return [StoredEvent.from_dict(r) for r in rows]

    def events_frame(self, *, limit: int | None = None, **filters: Any) -> pd.DataFrame:
        return _frame(self.store.events(limit=limit, **filters))

    def event(self, event_id: int) -> StoredEvent | None:
        data = self.store.event(event_id)
        return StoredEvent.from_dict(data) if data else None

    def relations(self, focus: str, *, as_frame: bool = False, **kwargs: Any) -> Any:
        rows = self.store.relations(focus, **kwargs)
        if as_frame:
            import pandas as pd

            return pd.DataFrame(rows)
        return rows

    def timeline(self, focus: str, **kwargs: Any) -> list[dict[str, Any]]:
        return self.store.timeline(focus, **kwargs)

    def search(self, text: str, **kwargs: Any) -> list[dict[str, Any]]:
        return self.store.search(text, **kwargs)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return self.store.document(doc_id)

    def stats(self) -> dict[str, Any]:
        return self.store.stats()


_FRAME_COLUMNS = [
    "id",
    "date",
    "type",
    "mode",
    "status",
    "actor1",
    "actor2",
    "actor_codes",
    "actors",
    "agents",
    "location",
    "sectors",
    "amounts",
    "counts",
    "num_mentions",
    "num_sentences",
    "num_sources",
    "num_articles",
    "num_copies",
    "first_seen",
    "last_seen",
    "quad_class",
    "score",
    "evidence",
    "evidence_doc_id",
    "source_url",
]


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per event; actor codes as a list column plus actor1/actor2."""
    import pandas as pd

    records = [_frame_record(row) for row in rows]
    return pd.DataFrame.from_records(records, columns=_FRAME_COLUMNS)


def _frame_record(row: dict[str, Any]) -> dict[str, Any]:
    """An event with its agents and actor codes added, the first two as actor1/actor2 like GDELT."""
    from diplowatch.store.render import actor_codes, agent_pairs

    codes = actor_codes(row)
    return {
        **row,
        "agents": agent_pairs(row),
        "actor_codes": codes,
        "actor1": codes[0] if codes else None,
        "actor2": codes[1] if len(codes) > 1 else None,
    }
