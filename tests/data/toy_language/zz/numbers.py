"""Zedish number words."""

VALUES: dict[str, float] = {"un": 1, "du": 2, "tri": 3}
SCALES: dict[str, float] = {"milo": 1e3, "miliono": 1e6}
