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
# Ranges ("2 to 3 billion dollars", "between 2 and 3 billion"): the lower bound
# is the value, the upper one is kept as ``upper``. "from 2 to 3 billion" is a
# change (a target), not a range.
RANGE_JOINERS = ("to", "-", "–", "or")
BETWEEN_WORDS = ("between",)
BETWEEN_JOINERS = ("and",)
FROM_WORDS = ("from",)
# Qualifiers right before or after a sum → ``approx``: about | over | under.
APPROX_BEFORE: dict[str, str] = {
    "about": "about", "around": "about", "some": "about", "roughly": "about",
    "approximately": "about", "nearly": "about", "almost": "about", "close to": "about",
    "an estimated": "about", "estimated at": "about", "just under": "about",
    "more than": "over", "over": "over", "above": "over", "in excess of": "over",
    "upwards of": "over", "at least": "over", "no less than": "over", "exceeding": "over",
    "less than": "under", "under": "under", "below": "under", "up to": "under",
    "as much as": "under", "no more than": "under", "at most": "under",
}
APPROX_AFTER: dict[str, str] = {"or more": "over", "or so": "about", "or less": "under"}
# What a sum is, from the words around it (kind → cue phrases; "…" stands for
# up to six words). The first kind in KIND_ORDER with a cue in the clause wins.
KIND_CUES: dict[str, tuple[str, ...]] = {
    "target": (
        "raise … to", "increase … to", "boost … to", "lift … to", "bring … to", "double … to",
        "expand … to", "grow … to", "to reach", "will reach", "target", "targets", "goal",
        "aim", "aims", "aiming", "aimed", "seek to", "to hit",
    ),
    "loan": (
        "loan", "loans", "credit line", "line of credit", "lending", "lend", "soft loan",
        "concessional financing", "credit facility",
    ),
    "grant": ("grant", "grants", "non-refundable", "donation", "donations", "donated", "donate"),
    "investment": (
        "invest", "invests", "invested", "investing", "investment", "investments", "fdi",
    ),
    "trade": (
        "trade", "trade volume", "two-way trade", "trade turnover", "exports", "imports",
        "commerce", "trade exchange",
    ),
    "pledge": (
        "aid", "assistance", "pledge", "pledged", "pledges", "relief", "humanitarian",
        "support package", "contribution", "contributions", "committed", "commit",
    ),
}
# Words that end the clause of a sum: its cues do not reach past them.
CLAUSE_BREAKS = ("and", "while", "but", "whereas")
CUE_PROCLITICS: tuple[str, ...] = ()
# fmt: on
