"""The dashboard: server-rendered HTML pages over the same store queries.

Pages read the query string leniently (an empty form field means "no
filter") but validate values with the API's rules; a bad value shows the
page again with the message and a 400, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from diplowatch.lang import language, languages
from diplowatch.model import AGENTS, COUNT_KEYS
from diplowatch.serve import (
    convertors,  # noqa: F401 - registers {x:anypath}
    highlight,
    svg,
)
from diplowatch.serve.access import Settings, is_empty, open_store
from diplowatch.serve.names import actor_name
from diplowatch.serve.params import (
    EVENT_TYPES,
    LANGS,
    ORDER_LABELS,
    ORDERS,
    STATUSES,
    InvalidParameter,
    parse_choice,
    parse_code,
    parse_int,
    parse_period,
    parse_span,
)
from diplowatch.serve.searching import run_search
from diplowatch.store.filters import EventFilter

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
RTL_LANGS = tuple(code for code in languages() if language(code).direction == "rtl")
MAX_MENTION_EXCERPTS = 25


def text_dir(lang: str | None) -> str:
    return "rtl" if lang in RTL_LANGS else "ltr"


def url(path: str, **params: Any) -> str:
    """A link with only the parameters that are set."""
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(clean) if clean else "")


def web_link(value: str | None) -> str | None:
    """``value`` if it is an http(s) URL, else None: a stored "URL" comes from
    the article and may be ``javascript:…``, which must never become a link."""
    if not value:
        return None
    text = value.strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def doc_url(doc_id: str) -> str:
    """Document ids are file names or JSONL ids: quote them for the path."""
    return "/documents/" + quote(str(doc_id), safe="")


def did_you_mean(code: str | None) -> str:
    """ " Did you mean …?" for a code no actor table knows."""
    from diplowatch.store import codes

    if not code or code.upper() in codes.known_codes():
        return ""
    close = codes.suggestions(code)
    return f"{code} is no known code; did you mean {' or '.join(close)}?" if close else ""


templates.env.globals.update(
    web_link=web_link,
    url=url,
    doc_url=doc_url,
    actor_name=actor_name,
    text_dir=text_dir,
    type_colours=svg.TYPE_COLOURS,
    count_keys=COUNT_KEYS,
    did_you_mean=did_you_mean,
)
templates.env.filters["colour"] = svg.balance_colour


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("settings", _settings(request))
    return templates.TemplateResponse(request, name, context, status_code=status_code)


_overview_cache: dict[tuple[Any, ...], dict[str, Any]] = {}


def db_marker(settings: Settings) -> tuple[Any, ...]:
    """Changes whenever the database file (or its write-ahead log) is written."""
    marks: list[Any] = [str(settings.db)]
    for path in (settings.db, Path(str(settings.db) + "-wal")):
        try:
            info = path.stat()
        except OSError:
            marks.append(None)
        else:
            marks.append((info.st_mtime_ns, info.st_size))
    return tuple(marks)


def first_run(store: Any) -> bool:
    """No documents at all; checked with a one-row query, full counts only when empty."""
    if store.events(limit=1, offset=0, order="id"):
        return False
    return is_empty(store.stats())


def overview(settings: Settings, store: Any) -> dict[str, Any]:
    """The busiest actor pairs and the actor at their centre (the default focus).

    Counting pairs scans the whole pair index, so the answer is remembered
    until the database's counts change.
    """
    key = db_marker(settings)
    if key not in _overview_cache:
        pairs = store.top_pairs(12) if hasattr(store, "top_pairs") else []
        weight: dict[str, int] = {}
        for row in pairs:
            for code in row["pair"]:
                weight[code] = weight.get(code, 0) + int(row["events"])
        focus = min(weight, key=lambda c: (-weight[c], c)) if weight else None
        _overview_cache.clear()
        _overview_cache[key] = {"pairs": pairs, "focus": focus}
    return _overview_cache[key]


_stats_cache: dict[tuple[Any, ...], dict[str, Any]] = {}


def cached_stats(settings: Settings, store: Any) -> dict[str, Any]:
    """``store.stats()`` (full-table counts), remembered until the database changes."""
    key = db_marker(settings)
    if key not in _stats_cache:
        _stats_cache.clear()
        _stats_cache[key] = store.stats()
    return _stats_cache[key]


def warm_caches(settings: Settings) -> None:
    """Compute the home page's counts and busiest pairs ahead of the first visit.

    On a million events these take a second or two; run in a background
    thread at start-up, they are ready by the time a browser asks.
    """
    with open_store(settings) as store:
        if not first_run(store):
            cached_stats(settings, store)
            overview(settings, store)


def default_focus(request: Request, store: Any) -> str | None:
    focus: str | None = overview(_settings(request), store)["focus"]
    return focus


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    with open_store(_settings(request)) as store:
        if first_run(store):
            return render(request, "first_run.html", page="home")
        stats = cached_stats(_settings(request), store)
        latest = store.events(limit=10, offset=0, order="date_desc")
        summary = overview(_settings(request), store)
    return render(
        request,
        "home.html",
        stats=stats,
        latest=latest,
        focus=summary["focus"],
        pairs=summary["pairs"],
        page="home",
    )


@router.get("/relations", response_class=HTMLResponse)
def relations_page(request: Request) -> HTMLResponse:
    q = request.query_params
    with open_store(_settings(request)) as store:
        if first_run(store):
            return render(request, "first_run.html", page="relations")
        focus = parse_code("focus", q.get("focus")) or default_focus(request, store)
        since, until = parse_period(q.get("since"), q.get("until"))
        limit = parse_int("limit", q.get("limit"), 24, 1, 60)
        rows = store.relations(focus, since=since, until=until, limit=limit) if focus else []
    network = svg.relation_network(focus or "", rows)
    return render(
        request,
        "relations.html",
        page="relations",
        focus=focus,
        since=since,
        until=until,
        limit=limit,
        rows=rows,
        network=network,
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request) -> HTMLResponse:
    q = request.query_params
    with open_store(_settings(request)) as store:
        if first_run(store):
            return render(request, "first_run.html", page="timeline")
        focus = parse_code("focus", q.get("focus")) or default_focus(request, store)
        partner = parse_code("partner", q.get("partner"))
        since, until = parse_period(q.get("since"), q.get("until"))
        rows = store.timeline(focus, partner=partner, since=since, until=until) if focus else []
        undated = store.undated(focus, partner=partner) if focus else 0
    chart = svg.timeline_bars(rows)
    return render(
        request,
        "timeline.html",
        page="timeline",
        focus=focus,
        partner=partner,
        since=since,
        until=until,
        chart=chart,
        undated=undated,
    )


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    q = request.query_params
    filters = EventFilter.parse(q)
    page = parse_int("page", q.get("page"), 1, 1, 200_000)
    order = parse_choice("order", q.get("order"), ORDERS) or "date_desc"
    with open_store(_settings(request)) as store:
        if first_run(store):
            return render(request, "first_run.html", page="events")
        rows = store.events(filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, order=order)
        total = store.count_events(filters)
    pages = max(1, -(-total // PAGE_SIZE))
    return render(
        request,
        "events.html",
        page="events",
        filters=filters,
        query=filters.query(),
        rows=rows,
        total=total,
        page_no=page,
        pages=pages,
        order=order,
        event_types=EVENT_TYPES,
        statuses=STATUSES,
        langs=LANGS,
        orders=ORDERS,
        order_labels=ORDER_LABELS,
        agents=AGENTS,
        page_size=PAGE_SIZE,
    )


def mention_excerpt(
    doc: dict[str, Any] | None, evidence: dict[str, Any], trigger: Any = None
) -> dict[str, Any] | None:
    """The evidence sentence highlighted inside a window of its document, with
    its trigger word marked."""
    if not doc or not isinstance(evidence, dict):
        return None
    text = str(doc.get("text") or "")
    try:
        start, end = int(evidence["start"]), int(evidence["end"])
    except (KeyError, TypeError, ValueError):
        return None
    if not 0 <= start < end <= len(text):
        return None
    lo, hi = highlight.excerpt_bounds(len(text), start, end)
    window = text[lo:hi]
    spans = [highlight.Span(start - lo, end - lo, ("ev", "ev-focus"), "evidence")]
    try:
        t_start, t_end = int(trigger[0]), int(trigger[1])
    except (TypeError, ValueError, IndexError, KeyError):
        t_start = t_end = -1
    if start <= t_start < t_end <= end:
        spans.append(highlight.Span(t_start - lo, t_end - lo, ("trigger",), "trigger word"))
    return {
        "html": highlight.render(window, spans),
        "cut_before": lo > 0,
        "cut_after": hi < len(text),
        "start": start,
        "end": end,
    }


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    number = parse_int("event id", event_id, 0, 0, 2**62)
    with open_store(_settings(request)) as store:
        event = store.event(number)
        if event is None:
            raise HTTPException(404, f"no event with id {event_id}")
        mentions = []
        for i, mention in enumerate(event.get("mentions") or []):
            doc = store.document(mention.get("doc_id")) if i < MAX_MENTION_EXCERPTS else None
            excerpt = mention_excerpt(
                doc, mention.get("evidence") or {}, mention.get("trigger_span")
            )
            mentions.append({**mention, "excerpt": excerpt})
    return render(request, "event.html", page="events", event=event, mentions=mentions)


def document_spans(doc: dict[str, Any], focus: tuple[int, int] | None) -> list[highlight.Span]:
    spans: list[highlight.Span] = []
    for ann in doc.get("annotations") or []:
        try:
            start, end = int(ann["start"]), int(ann["end"])
        except (KeyError, TypeError, ValueError):
            continue
        kind = highlight.css_class(str(ann.get("kind") or "other"))
        label = str(ann.get("label") or "")
        spans.append(
            highlight.Span(
                start, end, ("ann", f"ann-{kind}"), f"{kind}: {label}" if label else kind
            )
        )
    seen: set[tuple[int, int]] = set()
    for event in doc.get("events") or []:
        ev = event.get("evidence") if isinstance(event, dict) else None
        if not isinstance(ev, dict):
            continue
        try:
            start, end = int(ev["start"]), int(ev["end"])
        except (KeyError, TypeError, ValueError):
            continue
        key = (start, end)
        label = f"evidence: {event.get('type', '')}"
        classes: tuple[str, ...] = ("ev",)
        if focus == key:
            classes = ("ev", "ev-focus")
        anchor = None if key in seen else f"ev-{start}-{end}"
        seen.add(key)
        data = {"event": str(event.get("id", ""))} if event.get("id") is not None else {}
        spans.append(highlight.Span(start, end, classes, label, anchor, data))
        word = event.get("trigger_span")
        if isinstance(word, list | tuple) and len(word) == 2:
            spans.append(highlight.Span(int(word[0]), int(word[1]), ("trigger",), "trigger word"))
    if focus and focus not in seen:
        spans.append(highlight.Span(focus[0], focus[1], ("ev", "ev-focus"), "evidence", "ev-focus"))
    elif focus:
        spans.append(highlight.Span(focus[0], focus[1], (), "", "ev-focus"))
    return spans


@router.get("/documents/{doc_id:anypath}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    focus = parse_span(request.query_params.get("hl"))
    copy = None
    with open_store(_settings(request)) as store:
        doc = store.document(doc_id)
        if doc is None:
            # A copy is not stored: show the article it repeats, and say so.
            copy = store.copy(doc_id)
            doc = store.document(copy["duplicate_of"]) if copy else None
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    text = str(doc.get("text") or "")
    body = highlight.render(text, document_spans(doc, focus))
    kinds = sorted(
        {highlight.css_class(str(a.get("kind") or "other")) for a in doc.get("annotations") or []}
    )
    triggers = any(e.get("trigger_span") for e in doc.get("events") or [])
    return render(
        request,
        "document.html",
        page="documents",
        doc=doc,
        body=body,
        kinds=kinds,
        focus=focus,
        copy=copy,
        triggers=triggers,
    )


@router.get("/duplicates", response_class=HTMLResponse)
def duplicates_page(request: Request) -> HTMLResponse:
    """Copies of stored articles: which repeats which, exact or near."""
    page = parse_int("page", request.query_params.get("page"), 1, 1, 200_000)
    with open_store(_settings(request)) as store:
        rows = store.duplicates(limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
        total = cached_stats(_settings(request), store).get("duplicates", 0)
    return render(
        request,
        "duplicates.html",
        page="duplicates",
        rows=rows[:PAGE_SIZE],
        more=len(rows) > PAGE_SIZE,
        page_no=page,
        total=total,
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    q = (request.query_params.get("q") or "").strip()
    page = parse_int("page", request.query_params.get("page"), 1, 1, 10_000)
    if len(q) > 500:
        raise InvalidParameter("q", "longer than 500 characters")
    hits: list[dict[str, Any]] = []
    with open_store(_settings(request)) as store:
        if q:
            hits = run_search(store, q, limit=21, offset=(page - 1) * 20)
    return render(
        request,
        "search.html",
        page="search",
        q=q,
        hits=hits[:20],
        more=len(hits) > 20,
        page_no=page,
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """A local page listing the API from its OpenAPI schema (no CDN)."""
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = []
            for p in op.get("parameters", []):
                s = p.get("schema", {})
                if "anyOf" in s:
                    s = next((x for x in s["anyOf"] if x.get("type") != "null"), {})
                params.append(
                    {
                        "name": p.get("name"),
                        "in": p.get("in"),
                        "required": p.get("required", False),
                        "type": s.get("type", ""),
                        "pattern": s.get("pattern"),
                        "range": (s.get("minimum"), s.get("maximum")),
                        "default": p.get("schema", {}).get("default"),
                        "description": p.get("description") or s.get("description") or "",
                    }
                )
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "has_body": "requestBody" in op,
                }
            )
    return render(
        request, "api_docs.html", page="docs", operations=operations, info=schema.get("info", {})
    )
