"""English cues for the status of an event."""

PLANNED_CUES: tuple[str, ...] = (
    "will",
    "is to",
    "are to",
    "is expected to",
    "are expected to",
    "plans to",
    "plan to",
    "is scheduled to",
    "scheduled",
    "next week",
    "next month",
    "next year",
    "upcoming",
    "tomorrow",
    "later this",
    "is set to",
    "are set to",
    "intends to",
    "shall",
)
NEGATION_CUES: tuple[str, ...] = (
    "not",
    "never",
    "no",
    "did not",
    "didn't",
    "won't",
    "refrained from",
    "denied",
)
BACKGROUND_CUES: tuple[str, ...] = ("in 19", "since 20")
HYPOTHETICAL_CUES: tuple[str, ...] = ("if", "unless", "would")
# Words that open a reported clause ("said on Monday that the president will
# visit …"): a date before them dates the saying, not a planned event after them.
CLAUSE_OPENERS: tuple[str, ...] = ("that",)
