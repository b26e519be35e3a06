"""A self-contained report on one actor's relations, as HTML or Markdown.

The HTML has its CSS and SVG charts inline and no scripts, so it can be
mailed, archived and opened offline. Both formats are built from one
``ReportData`` so they always tell the same story.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any

from diplowatch.store import charts, plover
from diplowatch.store.db import Store
from diplowatch.store.render import counts_text, parties

QUADS = [
    plover.QUAD_NAMES[q]
    for q in (
        plover.VERBAL_COOPERATION,
        plover.MATERIAL_COOPERATION,
        plover.VERBAL_CONFLICT,
        plover.MATERIAL_CONFLICT,
    )
]


@dataclass
class ReportData:
    focus: str
    partner: str | None
    since: str | None
    until: str | None
    generated: str
    stats: dict[str, Any]
    relations: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    events: list[dict[str, Any]]
    total_events: int
    undated: int = 0
    undated_events: list[dict[str, Any]] | None = None


def collect(
    store: Store,
    focus: str,
    *,
    partner: str | None = None,
    since: str | None = None,
    until: str | None = None,
    top: int = 20,
) -> ReportData:
    from diplowatch.store.filters import EventFilter, parse_code

    focus = parse_code("focus", focus) or focus.upper()
    partner = parse_code("partner", partner)
    filters: dict[str, Any] = {"actor": focus, "partner": partner, "since": since, "until": until}
    undated = EventFilter.build(actor=focus, partner=partner, undated=True)
    return ReportData(
        focus=focus,
        partner=partner,
        since=since,
        until=until,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        stats=store.stats(),
        relations=store.relations(focus, since=since, until=until, limit=top),
        timeline=store.timeline(focus, partner=partner, since=since, until=until),
        events=store.events(limit=top, order="articles_desc", **filters),
        total_events=store.count_events(**filters),
        undated=store.count_events(undated),
        undated_events=store.events(undated, limit=top, order="articles_desc"),
    )


def _months(timeline: list[dict[str, Any]]) -> tuple[list[str], dict[str, list[float]]]:
    months = sorted({row["month"] for row in timeline})
    index = {m: i for i, m in enumerate(months)}
    by_quad = {name: [0.0] * len(months) for name in [*QUADS, "none"]}
    for row in timeline:
        quad = plover.QUAD_NAMES[plover.quad_class(row["type"])]
        by_quad[quad][index[row["month"]]] += row["count"]
    return months, by_quad


def _title(data: ReportData) -> str:
    title = f"Relations of {data.focus}"
    if data.partner:
        title += f" with {data.partner}"
    if data.since or data.until:
        title += f" ({data.since or '…'} to {data.until or '…'})"
    return title


def _sources(event: dict[str, Any]) -> str:
    return (
        f"{event['num_articles']} article(s), {event['num_sources']} source(s), "
        f"{event['num_mentions']} mention(s)"
    )


def _undated_note(data: ReportData) -> str:
    """ "+ N undated events": counted, and why they stand on no month."""
    if not data.undated:
        return ""
    who = data.focus + (f" and {data.partner}" if data.partner else "")
    return (
        f"+ {data.undated:,} undated event(s) involving {who}: no text gives their date, "
        "so they stand on no month"
    )


_CSS = """
body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border-bottom:1px solid #eee;padding:.3em .5em;text-align:left;vertical-align:top}
.num{text-align:right;white-space:nowrap}.nw{white-space:nowrap}.muted{color:#777}.ev{font-size:.9em}
.legend{font-size:.85em;margin:.3em 0}.key{margin-right:1em}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}
"""


def to_html(data: ReportData) -> str:
    """The report as one HTML page with its CSS and SVG inline and no
    scripts, so it can be mailed, archived and opened offline."""
    h = escape
    # 1. head, title and what the report was made from
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{h(_title(data))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{h(_title(data))}</h1>",
        f'<p class="muted">Generated {h(data.generated)} by diplowatch from '
        f"{data.stats['documents']} documents and {data.stats['events']} merged events; "
        f"{data.total_events} events involve {h(data.focus)}"
        f"{' and ' + h(data.partner) if data.partner else ''}.</p>",
        "<h2>Partners</h2>",
    ]
    # 2. partners: bars of cooperation and conflict, then their table
    parts += _partners_html(data.relations)
    # 3. events per month, by quad class
    months, by_quad = _months(data.timeline)
    parts.append("<h2>Events per month</h2>")
    series = [(name, charts.COLORS[name], values) for name, values in by_quad.items()]
    parts.append(charts.columns(months, series))
    parts.append(charts.legend([*QUADS, "none"]))
    if data.undated:
        parts.append(f'<p class="undated"><a href="#undated">{h(_undated_note(data))}</a>.</p>')
    # 4. the most reported events, dated, then undated
    parts.append("<h2>Most reported events</h2>")
    if not data.events:
        parts.append("<p><em>No events.</em></p>")
    parts += [_event_html(event) for event in data.events]
    if data.undated:
        parts.append('<h2 id="undated">Undated events (most reported)</h2>')
        parts += [_event_html(event) for event in data.undated_events or []]
    parts.append("</body></html>")
    return "\n".join(parts)


def _partners_html(relations: list[dict[str, Any]]) -> list[str]:
    """The partners' section: a bar each (cooperation, conflict, and the
    negated rest, so a bar's length is all shared events), then the table."""
    h = escape
    bars = []
    for rel in relations:
        other = rel["events"] - rel["cooperation"] - rel["conflict"]
        bars.append(
            (
                rel["partner"],
                [
                    (rel["cooperation"], charts.COLORS["material cooperation"], "cooperation"),
                    (rel["conflict"], charts.COLORS["material conflict"], "conflict"),
                    (other, charts.COLORS["none"], "neither (negated)"),
                ],
            )
        )
    parts = [charts.hbars(bars)]
    parts.append(
        '<div class="legend"><span class="key"><span class="swatch" style="background:#2171b5">'
        '</span>cooperation</span><span class="key"><span class="swatch" style="background:#d94801">'
        "</span>conflict</span></div>"
    )
    parts.append(
        "<table><tr><th>partner</th><th class=num>events</th><th class=num>coop.</th>"
        "<th class=num>conflict</th><th class=num>balance</th><th>top sectors</th>"
        "<th>types</th><th>last contact</th></tr>"
    )
    for rel in relations:
        types = ", ".join(f"{t} {n}" for t, n in rel["types"].items())
        parts.append(
            f"<tr><td>{h(rel['partner'])}</td><td class=num>{rel['events']}</td>"
            f"<td class=num>{rel['cooperation']}</td><td class=num>{rel['conflict']}</td>"
            f"<td class=num>{rel['balance']:+.2f}</td><td>{h(', '.join(rel['top_sectors']))}</td>"
            f"<td>{h(types)}</td><td class=nw>{h(rel['last_contact'] or '')}</td></tr>"
        )
    parts.append("</table>")
    return parts


def _event_html(event: dict[str, Any]) -> str:
    h = escape
    link = (
        f' <a href="{h(event["source_url"])}">source</a>'
        if (event.get("source_url") or "").startswith(("http://", "https://"))
        else ""
    )
    return (
        f'<div class="ev"><p><strong>{h(event["date"] or "undated")} · {h(event["type"])}'
        f" ({h(event['status'])})</strong> {h(parties(event))}"
        f"{' · ' + h(counts_text(event.get('counts'))) if event.get('counts') else ''}"
        f"{' · ' + h(', '.join(event['sectors'])) if event['sectors'] else ''}"
        f' <span class="muted">{h(_sources(event))}</span>{link}</p>'
        f'<blockquote dir="auto">{h(event["evidence"] or "")}</blockquote></div>'
    )


def _md_cell(value: Any) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


def to_markdown(data: ReportData) -> str:
    lines = [
        f"# {_title(data)}",
        "",
        f"Generated {data.generated} by diplowatch from {data.stats['documents']} documents and "
        f"{data.stats['events']} merged events; {data.total_events} events involve {data.focus}"
        f"{' and ' + data.partner if data.partner else ''}.",
        "",
        "## Partners",
        "",
        "| partner | events | coop. | conflict | balance | top sectors | last contact |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for rel in data.relations:
        lines.append(
            f"| {rel['partner']} | {rel['events']} | {rel['cooperation']} | {rel['conflict']} | "
            f"{rel['balance']:+.2f} | {_md_cell(', '.join(rel['top_sectors']))} | "
            f"{_md_cell(rel['last_contact'])} |"
        )
    months, by_quad = _months(data.timeline)
    lines += ["", "## Events per month", "", "| month | " + " | ".join(QUADS) + " |"]
    lines.append("|---|" + "---:|" * len(QUADS))
    for i, month in enumerate(months):
        lines.append(f"| {month} | " + " | ".join(f"{by_quad[q][i]:g}" for q in QUADS) + " |")
    if data.undated:
        lines += ["", f"{_undated_note(data)} ([list](#undated-events-most-reported))."]
    lines += ["", "## Most reported events", ""]
    lines += [line for event in data.events for line in _event_md(event)]
    if data.undated:
        lines += ["", "## Undated events (most reported)", ""]
        lines += [line for event in data.undated_events or [] for line in _event_md(event)]
    return "\n".join(lines) + "\n"


def _event_md(event: dict[str, Any]) -> list[str]:
    counted = counts_text(event.get("counts"))
    lines = [
        f"- **{event['date'] or 'undated'} · {event['type']} ({event['status']})** "
        f"{parties(event)}{'; ' + counted if counted else ''}; {_sources(event)}"
        + (f"; {event['source_url']}" if event.get("source_url") else "")
    ]
    if event["evidence"]:
        lines.append(f"  > {_md_cell(event['evidence'])}")
    return lines
