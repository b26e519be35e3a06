"""Plain dataclasses shared by every pipeline stage.

They are the contract between ingest, extract, store and serve: each stage
takes and returns these, so a stage can be tested on hand-made values and the
output record (``Record.to_dict``) matches ``shared/spec/ONTOLOGY.md``.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import asdict, dataclass, field, replace
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
class Duplicate:
    """The earlier document a document repeats.

    Found by the reader within one run (``ingest.dedup``: ``similarity`` not
    measured) or by the store across runs (``store.duplicates``). Outputs
    spell it as flat keys (``duplicate_of``, ``duplicate_kind``,
    ``duplicate_similarity``), as the record always has.
    """

    of: str  # doc_id of the first copy, or of the stored original
    kind: str  # "exact" | "near" ("" when an old output did not say)
    similarity: float | None = None  # estimated Jaccard, when measured

    def keys(self) -> dict[str, Any]:
        """The flat keys of the output record, the Parquet output and the stored meta."""
        out: dict[str, Any] = {"duplicate_of": self.of}
        if self.kind:
            out["duplicate_kind"] = self.kind
        if self.similarity is not None:
            out["duplicate_similarity"] = self.similarity
        return out

    @classmethod
    def take(cls, meta: dict[str, Any]) -> Duplicate | None:
        """Remove the flat keys from ``meta`` (a Parquet row, a record read back)."""
        of = meta.pop("duplicate_of", None)
        kind = meta.pop("duplicate_kind", None)
        similarity = meta.pop("duplicate_similarity", None)
        if not of:
            return None
        if not isinstance(similarity, int | float) or isinstance(similarity, bool):
            similarity = None
        return cls(str(of), str(kind or ""), similarity)


@dataclass
class Document:
    """One article as it arrives, before any extraction.

    ``text`` is the body the evidence offsets refer to; it is never rewritten
    after ingestion (normalisation works on a copy with an offset map).
    ``meta`` holds what the reader learnt of the input (encoding, dropped
    lines, the input's own keys under ``input``); ``duplicate`` and
    ``skip_extraction`` say that it repeats an earlier document and is to be
    recorded as a copy, not extracted again.
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
    duplicate: Duplicate | None = None
    skip_extraction: bool = False

    def flat_meta(self) -> dict[str, Any]:
        """``meta`` with the duplicate marks as flat keys (the Parquet ``meta_json``)."""
        out = dict(self.meta)
        if self.duplicate is not None:
            out.update(self.duplicate.keys())
        if self.skip_extraction:
            out["skip_extraction"] = True
        return out

    def take_flat_meta(self) -> None:
        """Move flat duplicate marks out of ``meta`` into their fields (``flat_meta`` undone)."""
        self.duplicate = Duplicate.take(self.meta) or self.duplicate
        self.skip_extraction = bool(self.meta.pop("skip_extraction", self.skip_extraction))


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
    """One event as a document tells it.

    ``evidence`` is the first sentence that tells it. ``sentences`` is every
    sentence of the document that tells it (an article repeats its news in
    the headline, the lead and later paragraphs; ``extract/merged.py`` folds
    the repeats into one event), in text order, the first equal to
    ``evidence``; it is left empty (and out of the record) when one sentence
    tells the event, so ``told`` is ``len(sentences)`` or 1. Analysts read it
    as GDELT's and POLECAT's number of mentions: how much the article makes
    of the event, and where.
    """

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
    sentences: list[Evidence] = field(default_factory=list)

    @property
    def told(self) -> int:
        """How many sentences of the document tell this event (at least 1)."""
        return len(self.sentences) or 1

    def spans(self) -> list[Evidence]:
        """Every sentence that tells the event (``[evidence]`` when told once)."""
        return self.sentences or ([self.evidence] if self.evidence else [])


#: The output record's own keys: a ``meta`` key of these names is never written.
_RECORD_KEYS = frozenset(
    ("doc_id", "lang", "published", "title", "events", "url", "source", "note", "meta")
)
#: Fields that the output record spells as flat keys (``Record.flat_meta``).
_FLAT_FIELDS = ("meta", "duplicate", "annotations", "annotations_dropped")


@dataclass
class Record:
    """The per-document output line of ``diplowatch extract``.

    ``annotations`` are the highlight spans of the text ({start, end, kind,
    label}); ``annotations_dropped`` counts those left out of a very long
    text (``guard``). ``duplicate`` is the document's, when it repeats one.
    """

    doc_id: str
    lang: str
    published: str | None
    title: str | None = None
    events: list[Event] = field(default_factory=list)
    url: str | None = None
    source: str | None = None
    note: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    duplicate: Duplicate | None = None
    annotations: list[dict[str, Any]] = field(default_factory=list)
    annotations_dropped: int = 0

    def flat_meta(self) -> dict[str, Any]:
        """``meta`` followed by the duplicate marks and the annotations as flat keys.

        The layout every output keeps: the record's extra keys, the Parquet
        ``record_meta_json`` and the stored document's ``meta``.
        """
        out = dict(self.meta)
        if self.duplicate is not None:
            out.update(self.duplicate.keys())
        if self.annotations:
            out["annotations"] = self.annotations
        if self.annotations_dropped:
            out["annotations_dropped"] = self.annotations_dropped
        return out

    def take_flat_meta(self) -> None:
        """Move flat duplicate marks and annotations out of ``meta`` into their fields."""
        self.duplicate = Duplicate.take(self.meta) or self.duplicate
        self.annotations = list(self.meta.pop("annotations", None) or self.annotations)
        self.annotations_dropped = int(
            self.meta.pop("annotations_dropped", None) or self.annotations_dropped
        )

    def to_dict(self) -> dict[str, Any]:
        """The output record; ``meta`` keys are added but never replace a field.

        The input's own keys ride in ``meta["input"]`` (see ``ingest.plain``),
        so a line carrying ``"events"`` or ``"doc_id"`` cannot forge them.
        """
        out = asdict(replace(self, meta={}, duplicate=None, annotations=[]))
        for key in _FLAT_FIELDS:
            del out[key]
        meta = deepcopy(self.flat_meta())
        for key in ("title", "url", "source", "note"):
            if out[key] is None:
                del out[key]
        out.update(
            {k: v for k, v in meta.items() if k not in _RECORD_KEYS and v not in (None, [], {})}
        )
        for event in out["events"]:
            if not event["counts"]:
                del event["counts"]  # keys only where the text states a number
            if not event["sentences"]:
                del event["sentences"]  # only for an event told more than once
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
                sentences=[Evidence(**s) for s in e.get("sentences") or []],
            )
            for e in data.get("events", [])
        ]
        known = {"doc_id", "lang", "published", "title", "events", "url", "source", "note"}
        record = cls(
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
        record.take_flat_meta()
        return record
