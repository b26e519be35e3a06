"""English language data; each module holds one kind of knowledge."""

from diplowatch.lang.registry import Language


class English(Language):
    code = "en"
    name = "English"
    script = "Latn"
    direction = "ltr"
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
        "stop_words",
        "triggers",
    )
