"""Zedish cue words of status: "ne" negates, "vo" marks the future."""

NEGATION_CUES: tuple[str, ...] = ("ne",)
PLANNED_CUES: tuple[str, ...] = ("vo",)
