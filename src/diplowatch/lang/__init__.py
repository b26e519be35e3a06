"""Per-language knowledge, one sub-package per language code.

Like spaCy's ``spacy/lang/<code>/``, each language keeps its knowledge split by
kind in plain data modules (``dates.py``, ``numbers.py``, ``actors.py``,
``roles.py``, ``triggers.py``, ``sectors.py``, ``boilerplate.py`` …). Code
never embeds words of a language: it asks this loader, so adding a language
means adding a folder.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

LANGUAGES = ("ar", "fa", "en")


@cache
def load(lang: str, kind: str) -> ModuleType | None:
    """Return the ``kind`` data module of ``lang``, or None if it has none."""
    try:
        return importlib.import_module(f"diplowatch.lang.{lang}.{kind}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("diplowatch.lang."):
            return None
        raise
