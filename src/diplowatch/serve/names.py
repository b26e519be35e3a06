"""Readable English names for actor codes, for labels and tooltips.

The names come from the English actor data the extractor uses
(``diplowatch.lang.en.actors``), so the dashboard needs no list of its own;
a code without a known name is simply shown as the code.
"""

from __future__ import annotations

from functools import cache

from diplowatch.lang import load


@cache
def _names() -> dict[str, str]:
    data = load("en", "actors")
    out: dict[str, str] = {}
    if data is None:
        return out
    for table in ("COUNTRY_NAMES", "IGO_NAMES"):
        for code, names in getattr(data, table, {}).items():
            # Skip abbreviations of the code itself ("U.N." for UN): they add nothing.
            readable = [n for n in names if n.replace(".", "").replace(" ", "").upper() != code]
            if readable:
                out[code] = readable[0]
    return out


def actor_name(code: str | None) -> str:
    """The English name of ``code`` (``KOR`` → ``South Korea``), or ``""``."""
    if not code:
        return ""
    return _names().get(code.upper(), "")
