"""Full-text search helpers: one normalisation for indexing and for queries.

SQLite's tokenizer splits an Arabic word at each diacritic and sees Arabic ي
and Persian ی as different letters, so a reader typing one spelling would
miss the other. Both the indexed text and the query go through
``diplowatch.text.normalize`` so every spelling meets in one form.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from diplowatch.problems import UserError
from diplowatch.text.normalize import normalize

if TYPE_CHECKING:
    from diplowatch.store.variants import Term

#: Distinct words per query, prefix words (``word*``) among them, and the
#: letters a prefix needs: the cost of an FTS query grows with the number of
#: terms, and a one-letter prefix matches a good part of the vocabulary.
MAX_TERMS = 32
MAX_PREFIX_TERMS = 5
MIN_PREFIX = 2
#: Seconds one search may run (``Store.search``'s default).
SEARCH_SECONDS = 2.0
#: SQLite virtual-machine steps between two checks of the budget.
CHECK_EVERY = 100

_clock = time.monotonic  # tests replace it to make time deterministic


class QueryTooExpensive(UserError):
    """A search that would cost more than its budget; the user can narrow it."""


class QueryBudget:
    """SQLite progress handler stopping a query after ``seconds`` or ``steps``.

    SQLite calls it every ``CHECK_EVERY`` virtual-machine steps; a non-zero
    answer interrupts the statement, which then raises
    ``sqlite3.OperationalError`` and ``stopped`` says why.
    """

    def __init__(self, seconds: float | None, steps: int | None) -> None:
        self.deadline = None if seconds is None else _clock() + seconds
        self.max_steps = steps
        self.calls = 0
        self.stopped: str | None = None

    @property
    def steps(self) -> int:
        return self.calls * CHECK_EVERY

    def __call__(self) -> int:
        self.calls += 1
        if self.max_steps is not None and self.steps > self.max_steps:
            self.stopped = f"more than {self.max_steps:,} steps"
        elif self.deadline is not None and _clock() > self.deadline:
            self.stopped = "time limit reached"
        return 1 if self.stopped else 0


def index_text(text: str | None) -> str:
    return normalize(text).text if text else ""


def _quoted(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def match_query(text: str) -> str | None:
    """An FTS5 MATCH expression that finds documents with every query word."""
    parsed = parse_query(text)
    return parsed[0] if parsed else None


def parse_query(text: str) -> tuple[str, list[Term]] | None:
    """The FTS5 MATCH expression for ``text`` and the terms that cut its snippets.

    Each whitespace-separated word is normalised and quoted as a phrase, so
    FTS syntax characters typed by a user are data, never operators. A word in
    Arabic script matches any of its clitic and ending forms
    (``store.variants``: "عقوبات" finds "العقوبات"), and a Persian word with
    a prefix or ending written joined or apart matches both spellings
    ("می‌خواهد", normalised to two tokens, finds "میخواهد" and vice versa). A word ending in ``*``
    is a prefix search. Repeated words count once. Returns None when nothing
    searchable remains; raises ``QueryTooExpensive`` for more than
    ``MAX_TERMS`` words, more than ``MAX_PREFIX_TERMS`` prefixes or a prefix
    shorter than ``MIN_PREFIX`` letters.
    """
    parts: list[str] = []
    terms: list[Term] = []
    prefixes = 0
    widened = 0
    seen: set[tuple[str, bool]] = set()
    for word in text.split():
        prefix = word.endswith("*")
        cleaned = _cleaned(word, prefix)
        if not cleaned or (cleaned, prefix) in seen:
            continue
        seen.add((cleaned, prefix))
        part, term, wide = _word_term(cleaned, prefix, widened)
        widened += wide
        parts.append(part)
        terms.append(term)
        prefixes += prefix
    _check_cost(len(parts), prefixes)
    return (" AND ".join(parts), terms) if parts else None


def _cleaned(word: str, prefix: bool) -> str:
    """A query word normalised as the index is, with only the characters the
    tokenizer keeps in tokens ("" when none is left); a prefix search must
    keep ``MIN_PREFIX`` letters, or it would match much of the vocabulary."""
    norm = index_text(word.rstrip("*")).strip()
    cleaned = "".join(ch if ch.isalnum() else " " for ch in norm).strip()
    if cleaned and prefix and len(cleaned.split()[-1]) < MIN_PREFIX:
        raise QueryTooExpensive(
            f"{word!r}: a prefix search needs at least {MIN_PREFIX} letters before the *"
        )
    return cleaned


def _word_term(cleaned: str, prefix: bool, widened: int) -> tuple[str, Term, bool]:
    """The MATCH part and snippet term of one cleaned word, and whether it
    was widened to several forms. A prefix search, a word with no joined
    spelling, or one past ``MAX_WIDENED`` widened words stays one quoted
    phrase; another matches its clitic and ending forms (``widen``) and
    its spelling written apart."""
    from diplowatch.store.variants import MAX_WIDENED, Term, joined, widen

    words = tuple(cleaned.split())
    one = joined(words) if len(words) > 1 else cleaned
    if prefix or one is None or widened >= MAX_WIDENED:
        phrase = _quoted(cleaned) + ("*" if prefix else "")
        return phrase, (Term((), words) if prefix else Term(words)), False
    term = widen(one)
    if one != cleaned and cleaned not in term.phrases:
        term = replace(term, phrases=(*term.phrases, cleaned))
    return term.fts(), term, len(term.exact) + len(term.starts) > 1


def _check_cost(n_parts: int, prefixes: int) -> None:
    """Refuse a query whose cost would hold the store: too many words or
    too many prefix searches (``MAX_TERMS``, ``MAX_PREFIX_TERMS``)."""
    if n_parts > MAX_TERMS:
        raise QueryTooExpensive(f"too many words ({n_parts}); search for at most {MAX_TERMS}")
    if prefixes > MAX_PREFIX_TERMS:
        raise QueryTooExpensive(
            f"too many prefix searches ({prefixes} words ending in *); use at most {MAX_PREFIX_TERMS}"
        )
