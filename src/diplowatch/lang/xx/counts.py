"""Which event types carry which counts of people (spec: "Counts of people").

Attacks carry the killed and wounded, arrests the arrested, protests their
participants; the words that state each count are per language
(``lang/<code>/counts.py``).
"""

from __future__ import annotations

COUNT_TYPES: dict[str, tuple[str, ...]] = {
    "killed": ("ASSAULT",),
    "wounded": ("ASSAULT",),
    "arrested": ("COERCE",),
    "participants": ("PROTEST",),
}
