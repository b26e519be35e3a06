"""Per-language knowledge, one sub-package per language code.

Like spaCy's ``spacy/lang/<code>/``, each language keeps its knowledge split by
kind in plain data modules (``dates.py``, ``numbers.py``, ``actors.py``,
``roles.py``, ``triggers.py``, ``sectors.py``, ``boilerplate.py`` …) and
declares itself, with the names of those tables, in its ``__init__.py``
(``registry.py``). Code never embeds words of a language and never lists
languages: it asks the registry, so adding a language means adding a folder.
``xx`` holds the facts of no one language (ISO codes, agents, scripts).
"""

from __future__ import annotations

# imported for its check of the agents tables, which the registry runs
# with its folder check (``registry.add_table_check``)
from diplowatch.lang import agent_fields  # noqa: F401
from diplowatch.lang.registry import (
    Language,
    LanguageDataError,
    Tables,
    add_folder,
    language,
    languages,
    load,
    merged,
    require,
    table_text,
)

__all__ = [
    "Language",
    "LanguageDataError",
    "Tables",
    "add_folder",
    "language",
    "languages",
    "load",
    "merged",
    "require",
    "table_text",
]
