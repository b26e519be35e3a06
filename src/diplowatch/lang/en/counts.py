"""English words next to which a number counts people (killed, wounded, …).

Base forms, lower case; the matcher adds the "noun" endings.
"""

from __future__ import annotations

COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "dead", "died", "deaths", "death toll", "fatalities", "lives"),
    "wounded": ("wounded", "injured", "injuries", "hurt"),
    "arrested": (
        "arrested",
        "detained",
        "arrests",
        "detentions",
        "rounded up",
        "taken into custody",
    ),
    "participants": ("protester", "demonstrator", "marcher", "participants", "rallied"),
}

# Plural quantities that are no number ("dozens of people"): no count.
VAGUE_NUMBERS: tuple[str, ...] = ("dozens", "scores", "hundreds", "thousands", "tens of thousands")

# A number followed by one of these measures time, age, distance or a share,
# not people ("a man aged 25", "3 days ago", "40 percent").
MEASURE_UNITS: tuple[str, ...] = (
    "year",
    "years",
    "year-old",
    "years-old",
    "month",
    "months",
    "day",
    "days",
    "week",
    "weeks",
    "hour",
    "hours",
    "minute",
    "minutes",
    "percent",
    "per cent",
    "%",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "tonnes",
    "tons",
)

# A number right after one of these is an age or a year ("aged 25", "in the year 2023").
MEASURE_BEFORE: tuple[str, ...] = ("aged", "age", "ages", "year")
