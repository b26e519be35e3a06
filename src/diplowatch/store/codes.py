"""Actor codes from what a user types: a code, or a name in any supported language.

A user of the CLI or the dashboard thinks "Iran" or "ایران", not ``IRN``.
Filters therefore accept a state's or organisation's name in Arabic,
Persian or English (the extractor's own actor tables, ``lang/<code>/actors``)
wherever a code is accepted. Names are folded with ``normalize_phrase``
(letter variants, diacritics, case), so "إيران", "ايران" and "IRAN" all
find ``IRN``. A value that is neither a known code nor a known name gets
"did you mean" suggestions (close codes and names, by ``difflib``).

Known codes are the codes those tables know; a code-like value typed in
capitals that no table knows (a code another tool wrote into the store) is
still accepted as it is.
"""

from __future__ import annotations

import difflib
import re
from functools import cache

from diplowatch.lang import languages, load
from diplowatch.text.normalize import normalize_phrase

_CODE_LIKE = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")
#: Names longer than this are no actor a user types.
MAX_NAME = 100


@cache
def names() -> dict[str, str]:
    """Folded name (or code) → code, over every language's actor tables."""
    table: dict[str, str] = {}
    english: dict[str, str] = {}
    for lang in languages():
        data = load(lang, "actors")
        if data is None:
            continue
        for attr in ("COUNTRY_NAMES", "IGO_NAMES"):
            for code, forms in getattr(data, attr, {}).items():
                for form in forms:
                    table.setdefault(normalize_phrase(form), code)
                if lang == "en" and forms:
                    english.setdefault(code, forms[0])
    for code in english:
        table[normalize_phrase(code)] = code  # the code itself always wins
    return table


@cache
def label(code: str) -> str:
    """A readable English name for ``code`` ("" when none is known)."""
    data = load("en", "actors")
    for attr in ("COUNTRY_NAMES", "IGO_NAMES"):
        forms = getattr(data, attr, {}).get(code) if data is not None else None
        if forms:
            readable = [f for f in forms if f.replace(".", "").replace(" ", "").upper() != code]
            return readable[0] if readable else forms[0]
    return ""


@cache
def known_codes() -> frozenset[str]:
    return frozenset(names().values())


def suggestions(value: str, limit: int = 3) -> list[str]:
    """Close codes and names, shown as "IRN (Iran)"."""
    key = normalize_phrase(value)
    found: list[str] = []
    for form in difflib.get_close_matches(key, list(names()), n=12, cutoff=0.7):
        code = names()[form]
        if code not in found:
            found.append(code)
    shown = [f"{c} ({label(c)})" if label(c) else c for c in found[:limit]]
    return shown


def resolve(value: str) -> str | None:
    """The code ``value`` names, or None when it names nothing known.

    A known code in any case ("kor"), a name in any supported language, or a
    code-like value in capitals ("XYZ") that no table knows.
    """
    text = " ".join(value.split())
    if not text or len(text) > MAX_NAME:
        return None
    upper = text.upper()
    if upper in known_codes():
        return upper
    code = names().get(normalize_phrase(text))
    if code is not None:
        return code
    if _CODE_LIKE.match(text):
        return text  # typed as a code: perhaps one only the store knows
    return None
