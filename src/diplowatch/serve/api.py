"""The REST API: the CLI's queries over HTTP, as JSON.

Every parameter is declared with its constraints so the OpenAPI schema at
``/openapi.json`` tells clients (and the schema fuzzer) what is accepted;
values that fit the pattern but still make no sense (a 30 February) are
rejected by ``params`` with a 422 and a message.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from diplowatch.model import AGENTS
from diplowatch.serve import (
    convertors,  # noqa: F401 - registers {x:anypath}
    exporting,
)
from diplowatch.serve.access import Settings, open_store
from diplowatch.serve.params import (
    MAX_LIMIT,
    MAX_OFFSET,
    ORDERS,
    SOURCE_MAX,
    parse_code,
    parse_date,
    parse_period,
)
from diplowatch.store.filters import MIN_SENTENCES_MAX, EventFilter

router = APIRouter(prefix="/api", tags=["api"])

# The filters carry no pattern here: ``EventFilter`` checks them, with the
# CLI's messages, so both front doors refuse a value in the same words.
Actor = Annotated[
    str | None,
    Query(
        max_length=100,
        description="Actor code (KOR, USA, ASEAN) or name in any language (Iran, ایران).",
    ),
]
Date = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY.")]
AgentQ = Annotated[
    str | None,
    Query(
        max_length=500,
        description="Agent(s), comma-separated: COP, IRQ:COP (with its country) or -:UAF "
        "(no country given). Agents: " + ", ".join(AGENTS) + ".",
    ),
]
TypeQ = Annotated[
    str | None,
    Query(max_length=300, description="PLOVER type(s), e.g. CONSULT or AGREE,ACCUSE."),
]
StatusQ = Annotated[
    str | None,
    Query(max_length=100, description="reported, planned or negated (comma-separated)."),
]
SectorQ = Annotated[
    str | None, Query(max_length=500, description="Sector key(s), e.g. trade,energy.")
]
LangQ = Annotated[
    str | None,
    Query(max_length=50, description="Language(s) of an article reporting the event: ar,fa,en."),
]
SourceQ = Annotated[
    str | None, Query(max_length=SOURCE_MAX, description="Source (outlet) name or web host.")
]
UndatedQ = Annotated[bool | None, Query(description="true: only events whose date no text gives.")]
MinSentencesQ = Annotated[
    int | None,
    Query(
        ge=1,
        le=MIN_SENTENCES_MAX,
        description="Only events told in at least this many sentences across their articles.",
    ),
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="How many to skip (pagination).")]
Order = Annotated[
    str,
    Query(
        pattern="^(" + "|".join(ORDERS) + ")$",
        description="date_desc (newest first), date_asc, mentions_desc (most mentions first), "
        "articles_desc (most articles, copies included, first) or told_desc (most sentences "
        "telling it first).",
    ),
]


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def event_filter(
    actor: Actor = None,
    partner: Actor = None,
    agent: AgentQ = None,
    type: TypeQ = None,
    status: StatusQ = None,
    sector: SectorQ = None,
    since: Date = None,
    until: Date = None,
    undated: UndatedQ = None,
    lang: LangQ = None,
    source: SourceQ = None,
    min_sentences: MinSentencesQ = None,
) -> EventFilter:
    """The event filters of a request, checked once (``store.filters``)."""
    return EventFilter.parse(
        {
            "actor": actor,
            "partner": partner,
            "agent": agent,
            "type": type,
            "status": status,
            "sector": sector,
            "since": since,
            "until": until,
            "undated": undated,
            "lang": lang,
            "source": source,
            "min_sentences": min_sentences,
        }
    )


Filters = Annotated[EventFilter, Depends(event_filter)]


@router.get("/events", summary="Events matching the CLI's filters, newest first, paginated")
def list_events(
    request: Request,
    filters: Filters,
    limit: Limit = 50,
    offset: Offset = 0,
    order: Order = "date_desc",
) -> dict[str, Any]:
    with open_store(_settings(request)) as store:
        rows = store.events(filters, limit=limit, offset=offset, order=order)
        total = store.count_events(filters)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "order": order,
        "filters": filters.query(),
        "events": rows,
    }


@router.get("/events/{event_id}", summary="One event with every mention and its evidence")
def get_event(
    request: Request,
    event_id: Annotated[int, Path(ge=0, le=2**62, description="Event id from /api/events.")],
) -> dict[str, Any]:
    with open_store(_settings(request)) as store:
        event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id}")
    result: dict[str, Any] = event
    return result


Focus = Annotated[
    str,
    Query(max_length=100, description="Actor code (KOR) or name in any language (Iran, ایران)."),
]


@router.get("/relations", summary="Partners of a focus actor with cooperation/conflict balance")
def relations(
    request: Request,
    focus: Focus,
    since: Date = None,
    until: Date = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Most partners to return.")] = 50,
) -> dict[str, Any]:
    code = _focus(focus)
    start, end = parse_period(since, until)
    with open_store(_settings(request)) as store:
        rows = store.relations(code, since=start, until=end, limit=limit)
    return {"focus": code, "since": start, "until": end, "relations": rows}


def _focus(value: str) -> str:
    code = parse_code("focus", value)
    if code is None:
        raise HTTPException(422, "focus: give an actor code or name, e.g. KOR or Iran")
    return code


@router.get(
    "/timeline",
    summary="Events per month and type for a focus (and optional partner), and how many are undated",
)
def timeline(
    request: Request,
    focus: Focus,
    partner: Actor = None,
    since: Date = None,
    until: Date = None,
) -> dict[str, Any]:
    code = _focus(focus)
    other = parse_code("partner", partner)
    start, end = parse_period(since, until)
    with open_store(_settings(request)) as store:
        rows = store.timeline(code, partner=other, since=start, until=end)
        undated = store.undated(code, partner=other)
    return {
        "focus": code,
        "partner": other,
        "since": start,
        "until": end,
        "timeline": rows,
        "undated": undated,
        "undated_events": f"/api/events?{_query(actor=code, partner=other, undated='true')}",
    }


def _query(**params: str | None) -> str:
    from urllib.parse import urlencode

    return urlencode({k: v for k, v in params.items() if v})


@router.get("/search", summary="Full-text search over the stored documents")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
    limit: Annotated[int, Query(ge=1, le=100, description="Results per page.")] = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    if not q.strip():
        raise HTTPException(422, "q: empty search")
    from diplowatch.serve.searching import run_search

    with open_store(_settings(request)) as store:
        hits = run_search(store, q, limit=limit, offset=offset)
    return {"q": q, "limit": limit, "offset": offset, "results": hits}


@router.get(
    "/documents/{doc_id:anypath}", summary="One document: text, metadata, events, annotations"
)
def get_document(
    request: Request,
    doc_id: Annotated[str, Path(min_length=1, max_length=500, description="doc_id as stored.")],
) -> dict[str, Any]:
    with open_store(_settings(request)) as store:
        doc = store.document(doc_id)
        copy = store.copy(doc_id) if doc is None else None
    if doc is None:
        if copy is not None:
            raise HTTPException(
                404,
                f"{doc_id!r} is not stored: it is a {copy['kind']} copy of "
                f"{copy['duplicate_of']!r} (see /api/documents/{copy['duplicate_of']})",
            )
        raise HTTPException(404, f"no document with id {doc_id!r}")
    result: dict[str, Any] = doc
    return result


@router.get(
    "/duplicates",
    summary="Copies of stored articles: which article repeats which (exact or near)",
)
def duplicates(
    request: Request,
    of: Annotated[
        str | None,
        Query(max_length=500, description="Only the copies of this stored document (doc_id)."),
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    with open_store(_settings(request)) as store:
        rows = store.duplicates(limit=limit, offset=offset, of=of)
        total = store.stats().get("duplicates", 0) if of is None else None
    return {"total": total, "limit": limit, "offset": offset, "of": of, "duplicates": rows}


@router.get("/who", summary="Who a person is: country, role, terms of office, and their events")
def who(
    request: Request,
    name: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="A name in Arabic, Persian or Latin script, e.g. Erdogan, أردوغان.",
        ),
    ],
    on: Date = None,
    limit: Annotated[int, Query(ge=1, le=100, description="Most events per person.")] = 10,
) -> dict[str, Any]:
    from diplowatch.lang.offices import date_bounds
    from diplowatch.store import who as lookup

    day = parse_date("on", on)
    people, suggestions = lookup.find(name)
    matches = []
    with open_store(_settings(request)) as store:
        for person in people:
            answer = lookup.describe(person, date_bounds(day)[0] if day else None)
            answer["events_total"], answer["events"] = lookup.events(store, person, limit)
            matches.append(answer)
    return {"name": name, "on": day, "matches": matches, "suggestions": list(suggestions)}


@router.get("/stats", summary="Counts of documents, events and actors in the database")
def stats(request: Request) -> dict[str, Any]:
    with open_store(_settings(request)) as store:
        result: dict[str, Any] = store.stats()
    return result


@router.get(
    "/export",
    summary="Matching events as JSON Lines or CSV (streamed)",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}}}},
    description="jsonl: every event with its mentions; csv: one flat row per event (with a "
    "UTF-8 byte order mark for Excel unless bom=false); plover: the PLOVER manual's "
    "reading (see ONTOLOGY.md).",
)
def export(
    request: Request,
    filters: Filters,
    format: Annotated[
        str, Query(pattern="^(jsonl|csv|plover)$", description="jsonl, csv or plover.")
    ] = "jsonl",
    escape_formulas: Annotated[
        bool,
        Query(
            description="csv: put ' before cells starting with = + - @ (or a tab/CR) so a "
            "spreadsheet shows them as text; false for pipelines that want raw values."
        ),
    ] = True,
    bom: Annotated[
        bool,
        Query(
            description="csv: start with a UTF-8 byte order mark so Excel reads Arabic and "
            "Persian text; false for tools that do not expect one."
        ),
    ] = True,
) -> StreamingResponse:
    settings = _settings(request)
    media = exporting.MEDIA_TYPES[format]
    body = exporting.stream(settings, filters, format, escape_formulas=escape_formulas, bom=bom)
    suffix = "csv" if format == "csv" else "jsonl"
    headers = {"Content-Disposition": f'attachment; filename="diplowatch-events.{suffix}"'}
    return StreamingResponse(body, media_type=media, headers=headers)
