"""English currency words, codes and symbols → ISO 4217 code (lower-case: the
normaliser lower-cases Latin)."""

# Data tables are laid out by hand (several entries a line).
# fmt: off

CURRENCIES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP",
    "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rmb": "CNY",
    "won": "KRW", "krw": "KRW", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "rub": "RUB", "rial": "IRR", "rials": "IRR", "irr": "IRR", "toman": "IRR", "tomans": "IRR",
    "riyal": "SAR", "riyals": "SAR", "saudi riyals": "SAR", "sar": "SAR",
    "dirham": "AED", "dirhams": "AED", "aed": "AED", "dinar": "IQD", "dinars": "IQD",
    "tunisian dinars": "TND", "kuwaiti dinars": "KWD", "lira": "TRY", "liras": "TRY",
    "turkish lira": "TRY", "rupees": "INR", "rupee": "INR", "inr": "INR",
    "swiss francs": "CHF", "francs": "CHF", "chf": "CHF", "afghanis": "AFN",
    "canadian dollars": "CAD", "australian dollars": "AUD",
}
FACTORS: dict[str, float] = {"toman": 10, "tomans": 10}
SYMBOLS: dict[str, str] = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
LINKERS = ("of",)
# fmt: on
