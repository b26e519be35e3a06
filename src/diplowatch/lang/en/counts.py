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
