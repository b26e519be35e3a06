"""Inline SVG charts for the offline HTML report.

Hand-written SVG instead of a charting library: the report must open from a
file with no network and no JavaScript, and two chart shapes suffice
(horizontal stacked bars, stacked monthly columns).
"""

from __future__ import annotations

from html import escape

COLORS = {
    "verbal cooperation": "#6baed6",
    "material cooperation": "#2171b5",
    "verbal conflict": "#fd8d3c",
    "material conflict": "#d94801",
    "none": "#bdbdbd",
}


def hbars(
    rows: list[tuple[str, list[tuple[float, str, str]]]],
    *,
    width: int = 640,
    bar_height: int = 18,
    label_width: int = 110,
) -> str:
    """One horizontal stacked bar per row: (label, [(value, color, tooltip)])."""
    if not rows:
        return "<p><em>No data.</em></p>"
    total_max = max(sum(v for v, _, _ in parts) for _, parts in rows) or 1
    span = width - label_width - 50
    gap = 6
    height = len(rows) * (bar_height + gap) + gap
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif" font-size="12">'
    ]
    for i, (label, parts) in enumerate(rows):
        y = gap + i * (bar_height + gap)
        out.append(
            f'<text x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end">{escape(label)}</text>'
        )
        x = float(label_width)
        for value, color, tip in parts:
            w = span * value / total_max
            if w <= 0:
                continue
            out.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_height}" fill="{color}">'
                f"<title>{escape(tip)}</title></rect>"
            )
            x += w
        total = sum(v for v, _, _ in parts)
        out.append(f'<text x="{x + 4:.1f}" y="{y + bar_height - 5}">{total:g}</text>')
    out.append("</svg>")
    return "".join(out)


def columns(
    labels: list[str],
    series: list[tuple[str, str, list[float]]],
    *,
    width: int = 720,
    height: int = 220,
) -> str:
    """Stacked columns: one per label, one segment per (name, color, values)."""
    if not labels:
        return "<p><em>No dated events.</em></p>"
    left, bottom, top = 36, 40, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    totals = [sum(s[2][i] for s in series) for i in range(len(labels))]
    peak = max(totals) or 1
    step = plot_w / len(labels)
    bar_w = max(1.0, step * 0.8)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif" font-size="11">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#333"/>',
        f'<text x="{left - 4}" y="{top + 10}" text-anchor="end">{peak:g}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    every = max(1, len(labels) // 12)
    for i, label in enumerate(labels):
        x = left + i * step + (step - bar_w) / 2
        parts = [(name, color, values[i]) for name, color, values in series]
        out.extend(_segments(label, parts, x, bar_w, float(top + plot_h), plot_h, peak))
        if i % every == 0:
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 14}" text-anchor="middle">'
                f"{escape(label)}</text>"
            )
    out.append("</svg>")
    return "".join(out)


def _segments(
    label: str,
    parts: list[tuple[str, str, float]],
    x: float,
    bar_w: float,
    base: float,
    plot_h: float,
    peak: float,
) -> list[str]:
    """One column's stacked rects, bottom up from ``base``, each naming its value on hover."""
    out = []
    y = base
    for name, color, value in parts:
        h = plot_h * value / peak
        if h <= 0:
            continue
        y -= h
        out.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{color}">'
            f"<title>{escape(label)} {escape(name)}: {value:g}</title></rect>"
        )
    return out


def legend(names: list[str]) -> str:
    items = "".join(
        f'<span class="key"><span class="swatch" style="background:{COLORS.get(n, "#999")}"></span>'
        f"{escape(n)}</span>"
        for n in names
    )
    return f'<div class="legend">{items}</div>'
