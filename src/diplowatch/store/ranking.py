"""Partner ranking shared by the SQLite store and the Parquet (DuckDB) queries.

Both back ends aggregate per (partner, event type) in SQL; turning those rows
into the ranked `relations` entries is the same arithmetic, kept here once so
the two answers cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def rank_partners(rows: Iterable[tuple[Any, ...]], limit: int | None) -> list[dict[str, Any]]:
    """Fold (partner, type, n, cooperation, conflict, score_sum, last_date)
    rows into one entry per partner, most events first."""
    partners: dict[str, dict[str, Any]] = {}
    for partner, event_type, n, coop, conflict, score_sum, last in rows:
        entry = partners.setdefault(
            partner,
            {
                "partner": partner,
                "events": 0,
                "cooperation": 0,
                "conflict": 0,
                "score_sum": 0.0,
                "last_contact": None,
                "types": {},
            },
        )
        entry["events"] += n
        entry["cooperation"] += coop
        entry["conflict"] += conflict
        entry["score_sum"] += score_sum or 0.0
        entry["types"][event_type] = entry["types"].get(event_type, 0) + n
        if last and (entry["last_contact"] is None or last > entry["last_contact"]):
            entry["last_contact"] = last
    ranked = sorted(partners.values(), key=lambda p: (-p["events"], p["partner"]))
    return ranked[: int(limit)] if limit is not None else ranked


def finish_partners(
    ranked: list[dict[str, Any]],
    sector_counts: Mapping[str, Mapping[str, int]],
    sectors_per_partner: int,
) -> list[dict[str, Any]]:
    """Add balance (-1..1), rounded scores, sorted types and top sectors."""
    for entry in ranked:
        weight = entry["cooperation"] + entry["conflict"]
        entry["balance"] = (
            round((entry["cooperation"] - entry["conflict"]) / weight, 3) if weight else 0.0
        )
        entry["score_sum"] = round(entry["score_sum"], 2)
        entry["types"] = dict(sorted(entry["types"].items(), key=lambda kv: (-kv[1], kv[0])))
        counts = sector_counts.get(entry["partner"], {})
        entry["top_sectors"] = [
            s for s, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ][:sectors_per_partner]
    return ranked
