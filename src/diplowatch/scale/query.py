"""The store's ``events`` and ``relations`` questions, answered by DuckDB over Parquet.

For collections that outgrow one SQLite file: DuckDB scans the committed
partitions in place (local folder or any fsspec URL) with no load step.

Reports of one real event in several documents are merged the way the
store merges them, with simplifications that SQL can do in one pass:
mentions merge when they share type, status, the set of parties (codes, and
``code:agent`` where an agent other than the government acts) and the
*same* effective day (event date, else publication date), where the store
also merges across a ±3-day window anchored on the first report. Counts of
events can therefore come out slightly higher than after ``diplowatch load``;
the mentions themselves are identical. Undated mentions merge only within
their own document, as in the store. An event's actor details (names,
roles) and amounts are those of its first report, where the store unites
them over all reports, and so are its counts of people. Copies the reader
marked within a partition count as reports (articles, sources); copies found
only across partitions are known after ``diplowatch load``. ``id`` is the
first report's position (``partition/seq/event``), stable for a given folder.
"""

from __future__ import annotations

import json
from typing import Any

from diplowatch.problems import UserError
from diplowatch.scale.output import OutputDir
from diplowatch.store.filters import EventFilter, parse_code
from diplowatch.store.ranking import finish_partners, rank_partners

ORDERS = {
    "date_desc": "date DESC NULLS LAST, ord DESC",
    "date_asc": "date ASC NULLS LAST, ord ASC",
    "mentions_desc": "num_mentions DESC, ord DESC",
    "articles_desc": "num_articles DESC, num_mentions DESC, ord DESC",
    "told_desc": "num_sentences DESC, ord DESC",
}

_ISO = (
    "CASE WHEN regexp_matches({x}, '^\\d{{4}}-\\d{{2}}-\\d{{2}}') "
    "THEN strftime(try_strptime(substr({x}, 1, 10), '%Y-%m-%d'), '%Y-%m-%d') END"
)
_OUTLET = (
    "coalesce(lower(nullif(regexp_replace(regexp_extract({d}.url, "
    "'^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#@]+)', 1), '^www\\.', ''), '')),"
    " {d}.source, 'doc:' || {d}.doc_id)"
)
_ACTORS = 'from_json(e.actors_json, \'[{"code": "VARCHAR", "agent": "VARCHAR"}]\')'

# A copy of an article (marked by the reader: ``duplicate_of``) is a report
# of its original's events from the copy's own outlet.
_COPIES_SQL = f"""
CREATE TEMP VIEW copies AS
SELECT json_extract_string(d.meta_json, '$.duplicate_of') AS original,
       count(*) AS n, list({_OUTLET.format(d="d")}) AS outlets
FROM documents d
WHERE json_extract_string(d.meta_json, '$.duplicate_of') IS NOT NULL
GROUP BY 1
"""

_MENTIONS_SQL = """
CREATE TEMP VIEW mentions AS
SELECT e.partition, e.seq, e.event_index, e.doc_id, e.type, e.mode,
       coalesce(e.status, 'reported') AS status, e.location, e.sectors,
       e.evidence_text, e.evidence_start, e.evidence_end, e.actors_json, e.amounts_json,
       {counts} AS counts_json, {told} AS told,
       d.lang, d.source, d.url, {published} AS published_day,
       {outlet} AS outlet,
       coalesce({event_day}, {published}) AS eff,
       list_distinct(list_filter(list_transform(a.actors, lambda x: x.code),
                                 lambda c: c IS NOT NULL AND c <> '')) AS codes,
       list_transform(list_filter(a.actors, lambda x: x.agent IS NOT NULL),
                      lambda x: coalesce(x.code, '-') || ':' || x.agent) AS agent_pairs,
       list_transform(list_filter(a.actors, lambda x: x.agent IS NOT NULL), lambda x: x.agent) AS agents,
       array_to_string(list_sort(list_distinct(list_filter(list_transform(a.actors,
           lambda x: CASE WHEN x.agent IS NULL OR x.agent = 'GOV' THEN x.code
                     ELSE coalesce(x.code, '-') || ':' || x.agent END),
           lambda p: p IS NOT NULL AND p <> ''))), ',') AS actor_key,
       coalesce(c.n, 0) AS copies_n, coalesce(c.outlets, []::VARCHAR[]) AS copy_outlets,
       e.partition || '/' || lpad(e.seq::VARCHAR, 9, '0') || '/' || lpad(e.event_index::VARCHAR, 6, '0') AS ord
FROM events e JOIN documents d ON d.partition = e.partition AND d.seq = e.seq
CROSS JOIN LATERAL (SELECT {actors} AS actors) a
LEFT JOIN copies c ON c.original = d.doc_id
"""

_MERGED_SQL = """
CREATE TEMP VIEW merged AS
SELECT m.type, m.status, m.actor_key, min(m.eff) AS date,
       list_distinct(flatten(list(m.codes))) AS codes,
       list_distinct(flatten(list(m.agent_pairs))) AS agent_pairs,
       list_distinct(flatten(list(m.agents))) AS agents,
       mode(m.mode) AS mode,
       arg_min(m.location, m.ord) FILTER (WHERE m.location IS NOT NULL) AS location,
       list_sort(list_distinct(flatten(list(m.sectors)))) AS sectors,
       count(*) AS num_mentions,
       sum(m.told) AS num_sentences,
       len(list_distinct(list(m.outlet) || flatten(list(m.copy_outlets)))) AS num_sources,
       count(DISTINCT m.partition || '/' || m.seq)
         + coalesce(list_sum(list_transform(list_distinct(list({'d': m.partition || '/' || m.seq,
                                                                 'n': m.copies_n})),
                                            lambda x: x.n)), 0) AS num_articles,
       coalesce(list_sum(list_transform(list_distinct(list({'d': m.partition || '/' || m.seq,
                                                            'n': m.copies_n})),
                                        lambda x: x.n)), 0) AS num_copies,
       arg_min(m.evidence_text, m.ord) AS evidence,
       arg_min(m.doc_id, m.ord) AS evidence_doc_id,
       arg_min(m.url, m.ord) AS source_url,
       arg_min(m.actors_json, m.ord) AS actors_json,
       arg_min(m.amounts_json, m.ord) AS amounts_json,
       arg_min(m.counts_json, m.ord) AS counts_json,
       min(m.published_day) AS first_seen,
       max(m.published_day) AS last_seen,
       min(m.ord) AS ord,
       list(DISTINCT m.lang) AS langs,
       list(DISTINCT m.source) || list(DISTINCT m.outlet) || flatten(list(m.copy_outlets)) AS sources,
       coalesce(any_value(s.quad), 0) AS quad_class,
       CASE WHEN m.status = 'negated' THEN 0.0 ELSE coalesce(any_value(s.score), 0.0) END AS score
FROM mentions m LEFT JOIN scale s ON s.type = m.type
GROUP BY m.type, m.status, m.actor_key,
         CASE WHEN m.eff IS NULL THEN m.partition || '/' || m.seq ELSE m.eff END
"""


class ParquetQuery:
    """Read-only queries over one output folder."""

    def __init__(self, out: OutputDir) -> None:
        import duckdb

        self.out = out
        self.con = duckdb.connect()
        if out.url.split("://", 1)[0] not in ("file", out.url):  # a remote file system
            self.con.register_filesystem(out.fs)
        self.empty = not self._open_tables()
        self._load_scale()
        self._create_views()

    def _open_tables(self) -> bool:
        """Views over the partitions' files, or empty tables so queries on no output still run."""
        docs, events = self.out.table_files("documents"), self.out.table_files("events")
        if docs:
            self.con.read_parquet(docs).create_view("documents")
            self.con.read_parquet(events).create_view("events")
            return True
        self.con.execute(
            "CREATE TEMP TABLE documents (partition VARCHAR, seq INTEGER, doc_id VARCHAR,"
            " lang VARCHAR, published VARCHAR, url VARCHAR, source VARCHAR, meta_json VARCHAR)"
        )
        self.con.execute(
            "CREATE TEMP TABLE events (partition VARCHAR, seq INTEGER, doc_id VARCHAR,"
            " event_index INTEGER, type VARCHAR, mode VARCHAR, status VARCHAR, date VARCHAR,"
            " location VARCHAR, actor_codes VARCHAR[], actors_json VARCHAR, sectors VARCHAR[],"
            " amounts_json VARCHAR, evidence_text VARCHAR, evidence_start BIGINT,"
            " evidence_end BIGINT, counts_json VARCHAR, sentences_json VARCHAR)"
        )
        return False

    def _load_scale(self) -> None:
        """The event types' PLOVER quad class and score, joined into merged events."""
        from diplowatch.store.plover import SCALE

        self.con.execute("CREATE TEMP TABLE scale (type VARCHAR, quad INTEGER, score DOUBLE)")
        self.con.executemany(
            "INSERT INTO scale VALUES (?, ?, ?)", [(t, q, s) for t, (q, s) in SCALE.items()]
        )

    def _create_views(self) -> None:
        """The copies, mentions and merged views, reading older folders' missing columns as defaults."""
        columns = {row[0] for row in self.con.execute("DESCRIBE events").fetchall()}
        # Folders written before counts were kept have no counts_json column.
        counts = "e.counts_json" if "counts_json" in columns else "'{}'"
        # … and before every sentence telling an event was kept: told once.
        told = (
            "greatest(1, coalesce(json_array_length(e.sentences_json), 0))"
            if "sentences_json" in columns
            else "1"
        )
        self.con.execute(_COPIES_SQL)
        self.con.execute(
            _MENTIONS_SQL.format(
                counts=counts,
                told=told,
                published=_ISO.format(x="d.published"),
                event_day=_ISO.format(x="e.date"),
                outlet=_OUTLET.format(d="d"),
                actors=_ACTORS,
            )
        )
        self.con.execute(_MERGED_SQL)

    def close(self) -> None:
        self.con.close()

    def events(
        self,
        where: EventFilter | None = None,
        *,
        limit: int | None = 50,
        offset: int = 0,
        order: str = "date_desc",
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """Merged events, like ``Store.events`` (same filters, same keys where they exist)."""
        if order not in ORDERS:
            raise UserError(f"order {order!r}: expected one of {', '.join(ORDERS)}")
        clause, params = EventFilter.build(where, **filters).duckdb()
        sql = (
            "SELECT ord AS id, type, mode, status, date, location, actors_json, sectors, amounts_json,"
            " counts_json, num_mentions, num_sentences, num_sources, num_articles, num_copies, first_seen,"
            " last_seen, quad_class, score, evidence, evidence_doc_id, source_url"
            f" FROM merged{clause} ORDER BY {ORDERS[order]}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        sql += " OFFSET ?"
        params.append(max(0, int(offset)))
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        out = []
        for row in cursor.fetchall():
            event = dict(zip(names, row, strict=True))
            actors = json.loads(event.pop("actors_json") or "[]")
            event["actors"] = [{k: v for k, v in a.items() if v is not None} for a in actors]
            event["amounts"] = json.loads(event.pop("amounts_json") or "[]")
            event["counts"] = json.loads(event.pop("counts_json") or "{}")
            event["sectors"] = list(event["sectors"] or [])
            out.append(event)
        return out

    def count_events(self, where: EventFilter | None = None, **filters: Any) -> int:
        clause, params = EventFilter.build(where, **filters).duckdb()
        row = self.con.execute(f"SELECT count(*) FROM merged{clause}", params).fetchone()
        return int(row[0]) if row else 0

    def relations(
        self,
        focus: str,
        *,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 50,
        sectors_per_partner: int = 5,
    ) -> list[dict[str, Any]]:
        """``focus``'s partners ranked by shared events, like ``Store.relations``."""
        focus = parse_code("focus", focus) or focus.strip().upper()
        where, params = EventFilter.build(actor=focus, since=since, until=until).duckdb()
        pairs = (
            "SELECT unnest(list_filter(codes, lambda c: c <> ?)) AS partner, type, sectors, date,"
            " CASE WHEN status = 'negated' THEN 0 ELSE quad_class END AS wq, score"
            f" FROM merged{where}"
        )
        rows = self.con.execute(
            f"SELECT partner, type, count(*), sum((wq IN (1, 2))::INTEGER),"
            f" sum((wq IN (3, 4))::INTEGER), sum(score), max(date)"
            f" FROM ({pairs}) GROUP BY partner, type",
            [focus, *params],
        ).fetchall()
        ranked = rank_partners(rows, limit)
        sector_counts: dict[str, dict[str, int]] = {p["partner"]: {} for p in ranked}
        if ranked:
            for partner, sector, n in self.con.execute(
                f"SELECT partner, s, count(*) FROM (SELECT partner, unnest(sectors) AS s FROM ({pairs}))"
                " WHERE list_contains(?::VARCHAR[], partner) GROUP BY partner, s",
                [focus, *params, list(sector_counts)],
            ).fetchall():
                sector_counts[partner][sector] = n
        finish_partners(ranked, sector_counts, sectors_per_partner)
        return ranked
