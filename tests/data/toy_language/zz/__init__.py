"""Zedish, a made-up language: the smallest folder the registry accepts.

Copied into a temporary folder by ``tests/test_lang_registry.py`` and
walked through in ``docs/lexicons.md`` ("How to add a language").
"""

from diplowatch.lang import Language


class Zedish(Language):
    code = "zz"
    name = "Zedish"
    script = "Latn"
    direction = "ltr"
    tables = (
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
