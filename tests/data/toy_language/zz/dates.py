"""Zedish month and weekday words."""

MONTHS: dict[str, dict[str, int]] = {
    "gregorian": {"unamo": 1, "dumo": 2, "trimo": 3, "kvarmo": 4},
}
WEEKDAYS: dict[str, int] = {"lundo": 0, "mardo": 1}
