"""Zedish function words the extractor reads; everything not named takes its default."""

CONJUNCTIONS: tuple[str, ...] = ("ke",)
