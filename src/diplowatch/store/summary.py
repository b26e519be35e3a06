"""The short text overview printed by ``diplowatch summary`` (and ``make demo``)."""

from __future__ import annotations

from diplowatch.store.db import Store
from diplowatch.store.render import cell, parties, table


def summary(store: Store, *, examples: int = 5) -> str:
    stats = store.stats()
    lines = [
        f"Database {store.path}: {stats['documents']} document(s), {stats['events']} merged "
        f"event(s) from {stats['mentions']} mention(s)"
        + (
            f", {stats['duplicates']} copy(ies) of stored articles (counted as reports, "
            "not stored twice)"
            if stats["duplicates"]
            else ""
        )
        + "."
        + (
            f" {stats['undated_events']} event(s) have no date (`events --undated` lists them)."
            if stats.get("undated_events")
            else ""
        ),
        "",
        "Documents per language:",
        table(sorted(stats["by_lang"].items(), key=lambda kv: (-kv[1], kv[0])), ("lang", "docs")),
        "",
        "Events per type:",
        table(list(stats["by_type"].items()), ("type", "events")),
        "",
        "Top actor pairs:",
        table(
            [("-".join(p["pair"]), p["events"]) for p in store.top_pairs(10)], ("pair", "events")
        ),
        "",
        f"{examples} example events (most reported first):",
    ]
    for event in store.events(limit=examples, order="articles_desc"):
        lines.append(
            f"  #{event['id']} {event['date'] or 'undated'} {event['type']} ({event['status']}) "
            f"{parties(event)}; {event['num_mentions']} mention(s) in "
            f"{event['num_articles']} article(s) [{event['evidence_doc_id']}]"
        )
        if event["evidence"]:
            lines.append(f"      “{cell(event['evidence'], 200)}”")
    return "\n".join(lines)
