"""Plain-text tables for the terminal.

Kept dependency-free: column widths from the data, long cells cut with an
ellipsis so a row stays on one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def cell(value: Any, width: int | None = None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = f"{value:g}"
    elif isinstance(value, list | tuple):
        text = ",".join(str(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        text = text[: max(0, width - 1)] + "…"
    return text


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], max_width: int = 60) -> str:
    """Left-aligned columns separated by two spaces."""
    cells = [[cell(v, max_width) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, text in enumerate(row):
            widths[i] = max(widths[i], len(text))
    lines = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(text.ljust(widths[i]) for i, text in enumerate(row)).rstrip())
    return "\n".join(lines)


def actor_codes(event: dict[str, Any]) -> list[str]:
    """Distinct actor codes in the order the extractor gave them."""
    codes: list[str] = []
    for actor in event.get("actors", []):
        if actor.get("code") and actor["code"] not in codes:
            codes.append(actor["code"])
    return codes


def events_table(events: list[dict[str, Any]]) -> str:
    rows = [
        (
            e["id"],
            e["date"],
            e["type"],
            e["status"],
            "-".join(actor_codes(e)),
            e["sectors"],
            e["num_mentions"],
            e["num_sources"],
            e["evidence"],
        )
        for e in events
    ]
    headers = ("id", "date", "type", "status", "actors", "sectors", "ment", "src", "evidence")
    return table(rows, headers)
