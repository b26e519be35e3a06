"""The event store: SQLite file with merged events, mentions and full-text search.

``Store`` is the query API used by the CLI and the dashboard; see
docs/store.md for the merge rules and the schema.
"""

from diplowatch.store.db import DEFAULT_DB, Store, current_extractor_version

__all__ = ["DEFAULT_DB", "Store", "current_extractor_version"]
