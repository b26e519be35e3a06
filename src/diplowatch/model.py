"""Plain dataclasses shared by every pipeline stage.

They are the contract between ingest, extract, store and serve: each stage
takes and returns these, so a stage can be tested on hand-made values and the
output record (``Record.to_dict``) matches ``shared/spec/ONTOLOGY.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: The agent codes of the spec ("Agents: who inside a state acts"), in its order.
AGENTS: tuple[str, ...] = (
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "OPP",
    "REB",
    "UAF",
    "CVL",
    "REF",
    "LAB",
    "BUS",
    "MED",
    "EDU",
    "REL",
    "CRM",
    "NGO",
    "HLH",
)
#: The spec's "Counts of people" keys.
COUNT_KEYS: tuple[str, ...] = ("killed", "wounded", "arrested", "participants")


@dataclass
class Document:
    """One article as it arrives, before any extraction.

    ``text`` is the body the evidence offsets refer to; it is never rewritten
    after ingestion (normalisation works on a copy with an offset map).
    """

    doc_id: str
    text: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Actor:
    """A participant: a state or organisation (``code``, ``None`` when the text
    does not tell) and who inside it acts (``agent``, ``None`` for the state or
    organisation as a whole; see the spec's "Agents")."""

    code: str | None
    role: str | None = None
    name: str | None = None
    name_latin: str | None = None
    agent: str | None = None
    former: bool = False  # out of office on the article's date: not the state's voice


@dataclass
class Amount:
    """A sum of money tied to an event (spec "Money").

    ``kind``: pledge | target | loan | grant | trade | investment | other.
    ``approx``: about | over | under when the text qualifies the sum ("نحو",
    "more than", "تا سقف"), the value staying the stated one; ``upper``: the
    upper bound of a range, ``value`` being the lower. Both are left out of
    the record when not stated.
    """

    value: float
    currency: str
    kind: str = "other"
    text: str | None = None
    approx: str | None = None
    upper: float | None = None


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Event:
    type: str
    mode: str | None
    status: str
    actors: list[Actor]
    date: str | None = None
    location: str | None = None
    sectors: list[str] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    evidence: Evidence | None = None
    trigger: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class Record:
    """The per-document output line of ``diplowatch extract``."""

    doc_id: str
    lang: str
    published: str | None
    title: str | None = None
    events: list[Event] = field(default_factory=list)
    url: str | None = None
    source: str | None = None
    note: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The output record; ``meta`` keys are added but never replace a field.

        The input's own keys ride in ``meta["input"]`` (see ``ingest.plain``),
        so a line carrying ``"events"`` or ``"doc_id"`` cannot forge them.
        """
        out = asdict(self)
        meta = out.pop("meta")
        for key in ("title", "url", "source", "note"):
            if out[key] is None:
                del out[key]
        fields = set(self.__dataclass_fields__)
        out.update({k: v for k, v in meta.items() if k not in fields and v not in (None, [], {})})
        for event in out["events"]:
            if not event["counts"]:
                del event["counts"]  # keys only where the text states a number
            for actor in event["actors"]:
                if not actor["former"]:
                    del actor["former"]
            for amount in event["amounts"]:
                for optional in ("approx", "upper"):
                    if amount[optional] is None:
                        del amount[optional]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        events = [
            Event(
                type=e["type"],
                mode=e.get("mode"),
                status=e.get("status", "reported"),
                actors=[Actor(**a) for a in e.get("actors", [])],
                date=e.get("date"),
                location=e.get("location"),
                sectors=list(e.get("sectors", [])),
                amounts=[Amount(**m) for m in e.get("amounts", [])],
                evidence=Evidence(**e["evidence"]) if e.get("evidence") else None,
                trigger=e.get("trigger"),
                counts=dict(e.get("counts") or {}),
            )
            for e in data.get("events", [])
        ]
        known = {"doc_id", "lang", "published", "title", "events", "url", "source", "note"}
        return cls(
            doc_id=data["doc_id"],
            lang=data.get("lang", "other"),
            published=data.get("published"),
            title=data.get("title"),
            events=events,
            url=data.get("url"),
            source=data.get("source"),
            note=data.get("note"),
            meta={k: v for k, v in data.items() if k not in known},
        )
