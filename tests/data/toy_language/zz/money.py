"""Zedish currency words."""

CURRENCIES: dict[str, str] = {"dolaro": "USD"}
