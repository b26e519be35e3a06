"""The REST API: the CLI's queries over HTTP, as JSON.

Every parameter is declared with its constraints so the OpenAPI schema at
``/openapi.json`` tells clients (and the schema fuzzer) what is accepted;
values that fit the pattern but still make no sense (a 30 February) are
rejected by ``params`` with a 422 and a message.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from diplowatch.serve import (
    convertors,  # noqa: F401 - registers {x:anypath}
    exporting,
)
from diplowatch.serve.access import Settings, open_store
from diplowatch.serve.params import (
    CODE_PATTERN,
    DATE_PATTERN,
    MAX_LIMIT,
    MAX_OFFSET,
    ORDERS,
    SECTOR_PATTERN,
    SOURCE_MAX,
    EventFilters,
    parse_code,
    parse_date,
    parse_filters,
)

router = APIRouter(prefix="/api", tags=["api"])

Code = Annotated[
    str | None, Query(pattern=CODE_PATTERN, description="Actor code, e.g. KOR, USA, ASEAN.")
]
Date = Annotated[
    str | None, Query(pattern=DATE_PATTERN, description="YYYY-MM-DD, YYYY-MM or YYYY.")
]
TypeQ = Annotated[
    str | None,
    Query(pattern=r"^[A-Za-z]{3,12}$", description="PLOVER type, e.g. CONSULT, AGREE, ACCUSE."),
]
StatusQ = Annotated[
    str | None,
    Query(pattern=r"^(reported|planned|negated)$", description="reported, planned or negated."),
]
SectorQ = Annotated[
    str | None, Query(pattern=SECTOR_PATTERN, description="Sector key, e.g. trade, energy.")
]
LangQ = Annotated[
    str | None,
    Query(pattern=r"^(ar|fa|en|other)$", description="Language of an article reporting the event."),
]
SourceQ = Annotated[str | None, Query(max_length=SOURCE_MAX, description="Source (outlet) name.")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="How many to skip (pagination).")]
Order = Annotated[
    str,
    Query(
        pattern="^(" + "|".join(ORDERS) + ")$",
        description="date_desc (newest first), date_asc, or mentions_desc (most reported first).",
    ),
]


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def event_filters(
    actor: Code = None,
    partner: Code = None,
    type: TypeQ = None,
    status: StatusQ = None,
    sector: SectorQ = None,
    since: Date = None,
    until: Date = None,
    lang: LangQ = None,
    source: SourceQ = None,
) -> EventFilters:
    return parse_filters(
        {
            "actor": actor,
            "partner": partner,
            "type": type,
            "status": status,
            "sector": sector,
            "since": since,
            "until": until,
            "lang": lang,
            "source": source,
        }
    )


@router.get("/events", summary="Events matching the CLI's filters, newest first, paginated")
def list_events(
    request: Request,
    actor: Code = None,
    partner: Code = None,
    type: TypeQ = None,
    status: StatusQ = None,
    sector: SectorQ = None,
    since: Date = None,
    until: Date = None,
    lang: LangQ = None,
    source: SourceQ = None,
    limit: Limit = 50,
    offset: Offset = 0,
    order: Order = "date_desc",
) -> dict[str, Any]:
    filters = event_filters(actor, partner, type, status, sector, since, until, lang, source)
    with open_store(_settings(request)) as store:
        rows = store.events(**filters.as_kwargs(), limit=limit, offset=offset, order=order)
        total = store.count_events(**filters.as_kwargs())
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


@router.get("/relations", summary="Partners of a focus actor with cooperation/conflict balance")
def relations(
    request: Request,
    focus: Annotated[str, Query(pattern=CODE_PATTERN, description="Actor code, e.g. KOR.")],
    since: Date = None,
    until: Date = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Most partners to return.")] = 50,
) -> dict[str, Any]:
    code = parse_code("focus", focus)
    start, end = parse_date("since", since), parse_date("until", until, end=True)
    with open_store(_settings(request)) as store:
        rows = store.relations(code, since=start, until=end, limit=limit)
    return {"focus": code, "since": start, "until": end, "relations": rows}


@router.get("/timeline", summary="Events per month and type for a focus (and optional partner)")
def timeline(
    request: Request,
    focus: Annotated[str, Query(pattern=CODE_PATTERN, description="Actor code, e.g. KOR.")],
    partner: Code = None,
    since: Date = None,
    until: Date = None,
) -> dict[str, Any]:
    code = parse_code("focus", focus)
    other = parse_code("partner", partner)
    start, end = parse_date("since", since), parse_date("until", until, end=True)
    with open_store(_settings(request)) as store:
        rows = store.timeline(code, partner=other, since=start, until=end)
    return {"focus": code, "partner": other, "since": start, "until": end, "timeline": rows}


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
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    result: dict[str, Any] = doc
    return result


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
    description="jsonl: every event with its mentions; csv: one flat row per event; "
    "plover: the PLOVER manual's reading (see ONTOLOGY.md).",
)
def export(
    request: Request,
    format: Annotated[
        str, Query(pattern="^(jsonl|csv|plover)$", description="jsonl, csv or plover.")
    ] = "jsonl",
    actor: Code = None,
    partner: Code = None,
    type: TypeQ = None,
    status: StatusQ = None,
    sector: SectorQ = None,
    since: Date = None,
    until: Date = None,
    lang: LangQ = None,
    source: SourceQ = None,
    escape_formulas: Annotated[
        bool,
        Query(
            description="csv: put ' before cells starting with = + - @ (or a tab/CR) so a "
            "spreadsheet shows them as text; false for pipelines that want raw values."
        ),
    ] = True,
) -> StreamingResponse:
    filters = event_filters(actor, partner, type, status, sector, since, until, lang, source)
    settings = _settings(request)
    media = exporting.MEDIA_TYPES[format]
    body = exporting.stream(settings, filters, format, escape_formulas=escape_formulas)
    suffix = "csv" if format == "csv" else "jsonl"
    headers = {"Content-Disposition": f'attachment; filename="diplowatch-events.{suffix}"'}
    return StreamingResponse(body, media_type=media, headers=headers)
