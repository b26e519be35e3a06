"""Arabic language data; each module holds one kind of knowledge."""

from diplowatch.lang.registry import Language


class Arabic(Language):
    code = "ar"
    name = "Arabic"
    script = "Arab"
    direction = "rtl"
    tables = (
        "actor_sources",
        "actors",
        "affixes",
        "agents",
        "boilerplate",
        "context",
        "counts",
        "dates",
        "money",
        "numbers",
        "office_names",
        "places",
        "punctuation",
        "roles",
        "sectors",
        "status",
        "triggers",
    )
