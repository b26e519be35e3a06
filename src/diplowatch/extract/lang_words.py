"""A language's word lists as the extract rules read them.

Most rules read a list of their language's data (``status.LACKING_NEGATIONS``,
``context.CONJUNCTIONS``) as normalised phrases, the same way each time: one
cached function does it, so the data stays plain tuples in ``lang/<code>/``
and no rule repeats the conversion. A language that lists none (or no
language) gives an empty set, so the rule finds nothing there.
"""

from __future__ import annotations

from functools import cache

from diplowatch import lang as lang_data
from diplowatch.text.normalize import normalize_phrase


@cache
def phrase_set(lang: str, module: str, name: str) -> frozenset[str]:
    """``lang``'s ``<module>.<name>`` phrases, normalised, as a set."""
    data = lang_data.load(lang, module) if lang else None
    return frozenset(normalize_phrase(w) for w in getattr(data, name, ()))


@cache
def phrase_tuple(lang: str, module: str, name: str) -> tuple[str, ...]:
    """``lang``'s ``<module>.<name>`` phrases, normalised, in their order
    (for rules that try them in turn)."""
    data = lang_data.load(lang, module) if lang else None
    return tuple(normalize_phrase(w) for w in getattr(data, name, ()))
