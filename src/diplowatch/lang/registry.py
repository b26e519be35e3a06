"""The language registry: which languages there are, and which tables each has.

In the manner of spaCy's ``spacy/lang/<code>/__init__.py``, every folder under
``diplowatch/lang/`` declares itself in its ``__init__.py`` with one small
class: its code, name, script and writing direction, and the names of its
tables (the data modules beside it). Nothing else in the code lists
languages: the pipeline, the dates, the segmenter, the boilerplate filter,
the API's validation and the tests ask ``languages()``, and every table is
read through ``load`` or ``require``. Adding a language is adding a folder
(see ``docs/lexicons.md``, "How to add a language").

The registry is checked when it is first read: a folder that names an
unknown table, lacks a required one, names a table it does not ship, or
ships a table it does not name is refused with a message saying which.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Callable
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import ModuleType
from typing import ClassVar

#: Every table a folder may name, and what it holds. Tables are Python data
#: modules (``<name>.py``) except those in ``FILE_TABLES``.
TABLES: dict[str, str] = {
    "actor_sources": "curated names, adjectives, capitals, seats, cities the actors table is built from",
    "actors": "names of states, organisations, capitals and cities (generated)",
    "affixes": "prefixes and endings the matcher accepts around an entry",
    "agents": "agent nouns (police, protesters), named groups, implied agents",
    "blocs": "groups of states named as one and their member states (shared)",
    "boilerplate": "menu, share-button and banner lines to drop from scraped text",
    "context": "function words and word-order facts the extractor reads",
    "counts": "words for the people counted (killed, arrested)",
    "countries": "ISO codes of states and organisations (shared, generated)",
    "dates": "month, weekday and relative-date words, eras, stamp labels",
    "money": "currency words and symbols, qualifiers, kinds of sums",
    "numbers": "number and scale words",
    "office_names": "office-holders' names as written (generated TSV)",
    "offices": "office-holders' terms (shared, generated TSV)",
    "places": "a gazetteer of provinces and towns",
    "punctuation": "sentence-final marks, quotation pairs, abbreviations",
    "roles": "titles, counterpart and both-sides words, institutions",
    "scripts": "letter classes used by language identification (shared)",
    "sectors": "areas of cooperation",
    "status": "cue words of status: negation, plans, reports, conditions",
    "stop_words": "function words used by language identification",
    "triggers": "event triggers by PLOVER type and mode",
}
FILE_TABLES: dict[str, str] = {"office_names": "office_names.tsv", "offices": "offices.tsv"}
#: Tables every language must have: without them dates, sums, numbers,
#: sentences or events would be read with no rules (or another language's).
REQUIRED: tuple[str, ...] = (
    "actors",
    "affixes",
    "context",
    "dates",
    "money",
    "numbers",
    "punctuation",
    "status",
    "triggers",
)
#: Tables that are inputs of a build script, not read at run time: the
#: script merges them with other sources into a run-time table
#: (``actor_sources`` + Unicode CLDR -> ``actors``, by
#: ``scripts/build_actor_data.py``). Keeping them beside the language's other
#: data means adding a language never means editing the script; the registry
#: checks them like any table, and the test that every name of a table is read
#: looks for their readers under ``scripts/``.
BUILD_TABLES: frozenset[str] = frozenset({"actor_sources"})
DIRECTIONS = ("ltr", "rtl")


class LanguageDataError(ValueError):
    """A language folder, or a request for one of its tables, that is wrong."""


class Tables:
    """A folder of data tables; each folder's ``__init__.py`` subclasses this once.

    ``code`` is the folder's name; ``tables`` names every table it ships.
    """

    code: ClassVar[str] = ""
    tables: ClassVar[tuple[str, ...]] = ()


class Language(Tables):
    """A language the pipeline reads (as opposed to ``xx``, the shared facts).

    ``script`` is an ISO 15924 code ("Arab", "Latn"); ``direction`` is "ltr"
    or "rtl" (the dashboard sets it on the language's text).
    """

    name: ClassVar[str] = ""
    script: ClassVar[str] = ""
    direction: ClassVar[str] = "ltr"


def _package() -> ModuleType:
    """``diplowatch.lang``, whose ``__path__`` lists the folders searched.

    Python loads a package before any of its modules, so the package is
    taken from ``sys.modules`` rather than imported (no registry ↔ package
    cycle: the package's ``__init__`` re-exports this module).
    """
    return sys.modules[__name__.rpartition(".")[0]]


def _filename(table: str) -> str:
    return FILE_TABLES.get(table, f"{table}.py")


def _declared(module: ModuleType) -> type[Tables]:
    found = [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, Tables)
        and value.__module__ == module.__name__
    ]
    if len(found) != 1:
        raise LanguageDataError(
            f"{module.__name__}: __init__.py must declare exactly one subclass of "
            f"diplowatch.lang.Language (or Tables), found {len(found)}"
        )
    return found[0]


def _check(folder: str, declared: type[Tables], files: Traversable) -> None:
    """Refuse a folder whose declaration and files disagree (see module docstring)."""
    where = f"lang/{folder}"
    if declared.code != folder:
        raise LanguageDataError(f"{where}: declares code {declared.code!r}, not {folder!r}")
    unknown = sorted(set(declared.tables) - set(TABLES))
    if unknown:
        raise LanguageDataError(
            f"{where}: unknown table(s) {', '.join(unknown)}; known tables: {', '.join(TABLES)}"
        )
    if issubclass(declared, Language):
        if not declared.name or not declared.script:
            raise LanguageDataError(f"{where}: a language declares its name and script")
        if declared.direction not in DIRECTIONS:
            raise LanguageDataError(f"{where}: direction must be one of {', '.join(DIRECTIONS)}")
        missing = [t for t in REQUIRED if t not in declared.tables]
        if missing:
            raise LanguageDataError(
                f"{where}: missing required table(s) {', '.join(missing)} "
                f"(every language has: {', '.join(REQUIRED)})"
            )
    shipped = {f.name for f in files.iterdir() if f.is_file()}
    absent = [_filename(t) for t in declared.tables if _filename(t) not in shipped]
    if absent:
        raise LanguageDataError(f"{where}: names table(s) it does not ship: {', '.join(absent)}")
    named = {_filename(t) for t in declared.tables} | {"__init__.py"}
    stray = sorted(
        name for name in shipped - named if name.endswith(".py") or name.endswith(".tsv")
    )
    if stray:
        raise LanguageDataError(
            f"{where}: ships {', '.join(stray)} without naming it in its tables "
            "(name it, or remove it)"
        )


@cache
def _registry() -> dict[str, type[Tables]]:
    """Every folder's declaration, by code, checked (see module docstring)."""
    found: dict[str, type[Tables]] = {}
    package = _package()
    for info in pkgutil.iter_modules(package.__path__):
        if not info.ispkg or info.name in found:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        declared = _declared(module)
        _check(info.name, declared, resources.files(module))
        found[info.name] = declared
    for code, declared in found.items():
        for table, check in _TABLE_CHECKS.items():
            if table in declared.tables:
                check(code, importlib.import_module(f"{package.__name__}.{code}.{table}"))
    return found


#: Checks of a table's contents, run when the registry checks its folders
#: (mendC72: ``agent_fields`` refuses an agents table holding a field it does
#: not declare, so a misspelt field stops the first read of the registry, not
#: an extraction half way). Added by the modules that know the fields, which
#: read the registry (``add_table_check``), so the registry imports none.
_TABLE_CHECKS: dict[str, Callable[[str, ModuleType], None]] = {}


def add_table_check(table: str, check: Callable[[str, ModuleType], None]) -> None:
    """Run ``check(code, module)`` on every folder's ``table`` when the
    registry checks its folders (from the next read on)."""
    _TABLE_CHECKS[table] = check
    _registry.cache_clear()


def languages() -> tuple[str, ...]:
    """Codes of the languages the pipeline reads, in alphabetical order."""
    return tuple(
        code for code, declared in sorted(_registry().items()) if issubclass(declared, Language)
    )


def folders() -> tuple[str, ...]:
    """Codes of every folder: the languages and ``xx``, the shared facts."""
    return tuple(sorted(_registry()))


def tables(code: str) -> tuple[str, ...]:
    """The tables folder ``code`` names (none for an unknown code)."""
    declared = _registry().get(code)
    return declared.tables if declared is not None else ()


def language(code: str) -> type[Language]:
    """The declaration of language ``code``; an unknown code is an error."""
    declared = _registry().get(code)
    if declared is None or not issubclass(declared, Language):
        raise LanguageDataError(
            f"unknown language {code!r}; known languages: {', '.join(languages())}"
        )
    return declared


def has_table(code: str, table: str) -> bool:
    """Whether folder ``code`` names ``table`` (an unknown table name is an error)."""
    if table not in TABLES:
        raise LanguageDataError(f"unknown table {table!r}; known tables: {', '.join(TABLES)}")
    declared = _registry().get(code)
    return declared is not None and table in declared.tables


@cache
def load(code: str, table: str) -> ModuleType | None:
    """The ``table`` data module of folder ``code``, or None when that folder
    (or language) has no such table. An unknown table name is an error."""
    if not has_table(code, table):
        return None
    if table in FILE_TABLES:
        raise LanguageDataError(f"table {table!r} is a file: read it with table_text()")
    return importlib.import_module(f"{_package().__name__}.{code}.{table}")


def require(code: str, table: str) -> ModuleType:
    """The ``table`` data module of language ``code``; its absence is an error."""
    language(code)  # an unknown code raises, naming the known languages
    module = load(code, table)
    if module is None:
        raise LanguageDataError(f"lang/{code}: has no {table!r} table")
    return module


def merged(table: str, name: str) -> tuple[str, ...]:
    """Entries ``name`` of ``table`` across every language, in language order.

    For data applied to all languages at once (a Persian page often carries
    English share buttons), so callers need not walk the registry themselves.
    """
    out: list[str] = []
    for code in languages():
        module = load(code, table)
        if module is not None:
            out.extend(getattr(module, name, ()))
    return tuple(out)


def table_text(code: str, table: str) -> str | None:
    """The text of file table ``table`` of folder ``code`` (None when it has none)."""
    if not has_table(code, table):
        return None
    files = resources.files(f"{_package().__name__}.{code}")
    return files.joinpath(_filename(table)).read_text(encoding="utf-8")


def add_folder(folder: str | Path) -> None:
    """Look for language folders in ``folder`` too.

    For a language kept outside the source tree (and for tests): the folder
    holds ``<code>/__init__.py`` and the tables, exactly as under
    ``diplowatch/lang/``.
    """
    path = str(folder)
    package = _package()
    if path not in package.__path__:
        package.__path__.append(path)
    importlib.invalidate_caches()  # files written a moment ago are seen
    refresh()


def refresh() -> None:
    """Forget what was read, so folders added or removed are seen."""
    _registry.cache_clear()
    load.cache_clear()
