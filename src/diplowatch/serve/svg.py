"""Geometry for the two charts, drawn as plain SVG by the templates.

The layout is computed here as numbers (pure functions of the store's rows)
so it can be tested without a browser and the templates only print values.
No charting library: nothing is fetched from the internet.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from diplowatch.event_types import TYPES
from diplowatch.serve.params import EVENT_TYPES

# Cooperative types in blues/greens, conflictual ones in reds/browns (the
# colours are in ``event_types.TYPES``), so the timeline's colours say the
# same thing as the network's edge colours.
TYPE_COLOURS = {t.code: t.colour for t in TYPES}
OTHER_COLOUR = "#cccccc"

_CONFLICT = (192, 57, 43)
_NEUTRAL = (150, 150, 150)
_COOPERATION = (26, 133, 80)


def balance_colour(balance: float) -> str:
    """Red for conflict (-1), grey when balanced (0), green for cooperation (+1)."""
    b = max(-1.0, min(1.0, float(balance)))
    far = _COOPERATION if b >= 0 else _CONFLICT
    t = abs(b)
    rgb = [round(n + (f - n) * t) for n, f in zip(_NEUTRAL, far, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


@dataclass
class Node:
    code: str
    x: float
    y: float
    r: float
    events: int
    label_x: float
    label_y: float
    anchor: str


@dataclass
class Edge:
    partner: str
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: str
    events: int
    balance: float
    cooperation: int
    conflict: int


@dataclass
class Network:
    width: int
    height: int
    focus: Node
    nodes: list[Node]
    edges: list[Edge]


def relation_network(
    focus: str, relations: Sequence[dict[str, Any]], *, width: int = 760, height: int = 560
) -> Network:
    """Focus in the centre, partners on a circle ordered by number of events.

    Edge width grows with the square root of the event count so one dominant
    partner does not reduce every other edge to a hairline.
    """
    cx, cy = width / 2, height / 2
    radius = min(width, height) / 2 - 70
    rows = sorted(relations, key=lambda r: (-int(r.get("events") or 0), str(r.get("partner"))))
    most = max((int(r.get("events") or 0) for r in rows), default=0) or 1
    focus_node = Node(
        focus, cx, cy, 30, sum(int(r.get("events") or 0) for r in rows), cx, cy, "middle"
    )
    nodes: list[Node] = []
    edges: list[Edge] = []
    n = len(rows)
    for i, row in enumerate(rows):
        angle = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
        node, edge = _partner(row, angle, (cx, cy), radius, most)
        nodes.append(node)
        edges.append(edge)
    return Network(width, height, focus_node, nodes, edges)


def _partner(
    row: dict[str, Any], angle: float, centre: tuple[float, float], radius: float, most: int
) -> tuple[Node, Edge]:
    """One partner on the circle at ``angle`` and its edge from the centre.
    Its label sits outside the circle, anchored away from the centre so it
    never covers the node, and a little lower on the bottom half and at the
    sides, since SVG text stands on its baseline."""
    cx, cy = centre
    cos, sin = math.cos(angle), math.sin(angle)
    x, y = cx + radius * cos, cy + radius * sin
    count = int(row.get("events") or 0)
    share = math.sqrt(count / most)
    r = 9 + 9 * share
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    label_r = radius + r + 8
    node = Node(
        str(row.get("partner")),
        round(x, 1),
        round(y, 1),
        round(r, 1),
        count,
        round(cx + label_r * cos, 1),
        round(cy + label_r * sin + (5 if sin >= 0 else 0) + (4 if abs(cos) >= 0.3 else 0), 1),
        anchor,
    )
    balance = float(row.get("balance") or 0.0)
    edge = Edge(
        partner=str(row.get("partner")),
        x1=cx,
        y1=cy,
        x2=round(x, 1),
        y2=round(y, 1),
        width=round(1.5 + 12 * share, 1),
        colour=balance_colour(balance),
        events=count,
        balance=round(balance, 2),
        cooperation=int(row.get("cooperation") or 0),
        conflict=int(row.get("conflict") or 0),
    )
    return node, edge


@dataclass
class Bar:
    month: str
    type: str
    count: int
    x: float
    y: float
    width: float
    height: float
    colour: str
    since: str
    until: str


@dataclass
class Tick:
    value: float
    label: str


@dataclass
class Timeline:
    width: int
    height: int
    left: int
    top: int
    plot_width: float
    plot_height: float
    bars: list[Bar]
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    types: list[tuple[str, str, int]]
    months: list[str]
    peak: int
    hidden_before: str | None = None


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    y2, m2 = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (y2, m2):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def _month_end(month: str) -> str:
    import calendar

    y, m = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(y, m)[1]:02d}"


def _nice_step(peak: int) -> int:
    if peak <= 5:
        return 1
    raw = peak / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


def timeline_bars(
    rows: Sequence[dict[str, Any]], *, width: int = 900, height: int = 360, max_months: int = 240
) -> Timeline:
    """Stacked bars of events per month by type, with empty months kept.

    Keeping empty months makes gaps visible; months are YYYY-MM strings from
    the store, anything malformed is ignored rather than breaking the page.
    Only the latest ``max_months`` months are drawn (one stray old date must
    not turn the chart into thousands of empty slots); ``hidden_before`` then
    names the first month shown.
    """
    counts = _monthly_counts(rows)
    left, top, bottom, right = 48, 12, 40, 12
    plot_w, plot_h = width - left - right, height - top - bottom
    if not counts:
        return Timeline(width, height, left, top, plot_w, plot_h, [], [], [], [], [], 0)
    months, counts, hidden_before = _latest_months(counts, max_months)
    totals = _type_totals(counts)
    peak = max(sum(c.values()) for c in counts.values())
    step = _nice_step(peak)
    y_max = step * math.ceil(peak / step)
    order = _type_order(totals)
    frame = _Frame(left, top, plot_h, plot_w / len(months), y_max)
    legend = [(t, TYPE_COLOURS.get(t, OTHER_COLOUR), totals[t]) for t in order]
    return Timeline(
        width,
        height,
        left,
        top,
        plot_w,
        plot_h,
        _stacked_bars(months, counts, order, frame),
        _y_ticks(top, plot_h, y_max, step),
        _month_ticks(months, frame),
        legend,
        months,
        peak,
        hidden_before,
    )


def _latest_months(
    counts: dict[str, dict[str, int]], max_months: int
) -> tuple[list[str], dict[str, dict[str, int]], str | None]:
    """Every month from first to last, cut to the latest ``max_months`` so a stray date stays small.

    Returns the months, the counts of those months and the first month
    shown when older ones were cut (else None).
    """
    months = _month_range(min(counts), max(counts))
    if len(months) <= max_months:
        return months, counts, None
    months = months[-max_months:]
    hidden_before = months[0]
    return months, {m: c for m, c in counts.items() if m >= hidden_before}, hidden_before


def _type_order(totals: dict[str, int]) -> list[str]:
    """Known event types in the ontology's order, then unknown ones by name, for a stable legend."""
    return [t for t in EVENT_TYPES if t in totals] + sorted(
        t for t in totals if t not in EVENT_TYPES
    )


def _y_ticks(top: int, plot_h: float, y_max: int, step: int) -> list[Tick]:
    """Gridline ticks every ``step`` events from 0 to ``y_max``, placed in SVG coordinates."""
    return [
        Tick(round(top + plot_h - plot_h * v / y_max, 1), str(v)) for v in range(0, y_max + 1, step)
    ]


def _monthly_counts(rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Events per valid YYYY-MM month and type; malformed or empty rows are skipped."""
    counts: dict[str, dict[str, int]] = {}
    for row in rows:
        month = str(row.get("month") or "")[:7]
        if len(month) != 7 or month[4] != "-" or not (month[:4] + month[5:]).isdigit():
            continue
        if not 1 <= int(month[5:]) <= 12:
            continue
        kind = str(row.get("type") or "OTHER")
        n = int(row.get("count") or 0)
        if n <= 0:
            continue
        counts.setdefault(month, {})
        counts[month][kind] = counts[month].get(kind, 0) + n
    return counts


def _type_totals(counts: dict[str, dict[str, int]]) -> dict[str, int]:
    """Events per type over the months drawn, for the legend and the stacking order."""
    totals: dict[str, int] = {}
    for c in counts.values():
        for kind, n in c.items():
            totals[kind] = totals.get(kind, 0) + n
    return totals


@dataclass(frozen=True)
class _Frame:
    """Where the plot sits and how wide a month's slot is, shared by bars and ticks."""

    left: int
    top: int
    plot_h: int
    slot: float
    y_max: int


def _stacked_bars(
    months: list[str], counts: dict[str, dict[str, int]], order: list[str], frame: _Frame
) -> list[Bar]:
    """One bar segment per month and type, stacked upwards in ``order``."""
    slot = frame.slot
    bar_w = max(1.0, min(slot * 0.8, 48.0))
    bars: list[Bar] = []
    for i, month in enumerate(months):
        y: float = frame.top + frame.plot_h
        for kind in order:
            n = counts.get(month, {}).get(kind, 0)
            if not n:
                continue
            h = frame.plot_h * n / frame.y_max
            y -= h
            bars.append(
                Bar(
                    month,
                    kind,
                    n,
                    round(frame.left + i * slot + (slot - bar_w) / 2, 2),
                    round(y, 2),
                    round(bar_w, 2),
                    round(h, 2),
                    TYPE_COLOURS.get(kind, OTHER_COLOUR),
                    f"{month}-01",
                    _month_end(month),
                )
            )
    return bars


def _month_ticks(months: list[str], frame: _Frame) -> list[Tick]:
    """Month labels under the bars, thinned to about a dozen at round intervals."""
    every = max(1, math.ceil(len(months) / 12))
    if every > 1:
        every = next(k for k in (2, 3, 6, 12, 24, 60, 120, 10**6) if k >= every)
    return [
        Tick(round(frame.left + i * frame.slot + frame.slot / 2, 1), month)
        for i, month in enumerate(months)
        if i % every == 0
    ]
