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


def actor_units(event: dict[str, Any]) -> list[dict[str, Any]]:
    """The event's parties in the extractor's order, one entry each.

    A party is a code, or a code with an agent other than the government
    (``IRQ`` + ``COP``), or an agent with no code (unknown gunmen). The
    government is the state's own voice, so a bare ``KOR`` and ``KOR`` as
    ``GOV`` are one party; the best-described entry (with a name or role)
    stands for it.
    """
    units: dict[tuple[Any, Any], dict[str, Any]] = {}
    for actor in event.get("actors", []):
        code, agent = actor.get("code"), actor.get("agent")
        if not code and not agent:
            continue
        key = (code, None if agent == "GOV" else agent)
        known = units.get(key)
        if known is None:
            units[key] = dict(actor)
            continue
        if agent and not known.get("agent"):
            known["agent"] = agent
        if not (known.get("name") or known.get("role")) and (
            actor.get("name") or actor.get("role")
        ):
            units[key] = {**actor, "agent": known.get("agent") or agent}
    return list(units.values())


def unit_label(unit: dict[str, Any]) -> str:
    """``KOR``, ``IRQ:COP``, ``-:UAF`` (the government shown as the bare code)."""
    code, agent = unit.get("code"), unit.get("agent")
    if agent and agent != "GOV":
        return f"{code or '-'}:{agent}"
    return str(code)


def agent_pairs(event: dict[str, Any]) -> list[str]:
    """``code:agent`` of the actors with an agent (``-:UAF`` when no country)."""
    pairs: list[str] = []
    for actor in event.get("actors", []):
        if actor.get("agent"):
            pair = f"{actor.get('code') or '-'}:{actor['agent']}"
            if pair not in pairs:
                pairs.append(pair)
    return pairs


def parties(event: dict[str, Any]) -> str:
    """The event's actors for one table cell: ``IRQ:COP-IRQ:CVL``, ``KOR-VNM``."""
    return "-".join(unit_label(u) for u in actor_units(event))


def counts_text(counts: dict[str, Any] | None) -> str:
    """``killed 7, wounded 12`` (the keys a text stated)."""
    return ", ".join(f"{k} {v:,}" for k, v in (counts or {}).items())


def events_table(events: list[dict[str, Any]]) -> str:
    """The terminal table of ``diplowatch events``: one row per stored event,
    with how many articles report it, from how many sources, and in how many
    sentences it is told (``told``), so repeated news stands out."""
    rows = [
        (
            e["id"],
            e["date"],
            e["type"],
            e["status"],
            parties(e),
            e["sectors"],
            counts_text(e.get("counts")),
            e.get("num_articles", e["num_mentions"]),
            e["num_sources"],
            e.get("num_sentences") or e.get("num_mentions", 1),
            e["evidence"],
        )
        for e in events
    ]
    headers = (
        "id",
        "date",
        "type",
        "status",
        "actors",
        "sectors",
        "counts",
        "arts",
        "src",
        "told",
        "evidence",
    )
    return table(rows, headers)
