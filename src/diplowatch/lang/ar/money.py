"""Arabic currency words → ISO 4217 code.

A bare "دينار"/"ريال"/"جنيه"/"درهم" names different currencies in different
countries. The defaults follow the corpora this project reads (Tunisian ANT →
dinar TND; Saudi SaudiNewsNet → riyal SAR; Egyptian pound for جنيه; UAE dirham
for درهم); a following nationality adjective always wins ("دينار كويتي").
"""

# Data tables are laid out by hand (several entries a line).
# fmt: off

CURRENCIES: dict[str, str] = {
    "دولار": "USD", "دولارا": "USD", "دولارات": "USD", "الدولارات": "USD", "الدولار": "USD",
    "دولار أمريكي": "USD", "دولار أميركي": "USD", "دولارا أمريكيا": "USD",
    "دولارا أميركيا": "USD", "دولار امريكي": "USD", "دولار كندي": "CAD",
    "دولار أسترالي": "AUD", "دولار استرالي": "AUD",
    "يورو": "EUR", "أورو": "EUR", "اليورو": "EUR",
    "جنيه": "EGP", "جنيه مصري": "EGP", "جنيها": "EGP", "جنيه إسترليني": "GBP",
    "جنيه استرليني": "GBP", "جنيها إسترلينيا": "GBP", "إسترليني": "GBP",
    "دينار": "TND", "دينارا": "TND", "دنانير": "TND", "دينار تونسي": "TND",
    "دينار كويتي": "KWD", "دينار عراقي": "IQD", "دينار أردني": "JOD", "دينار بحريني": "BHD",
    "دينار ليبي": "LYD", "دينار جزائري": "DZD",
    "ريال": "SAR", "ريالا": "SAR", "ريالات": "SAR", "ريال سعودي": "SAR", "ريالا سعوديا": "SAR",
    "ريال قطري": "QAR", "ريال عماني": "OMR", "ريال يمني": "YER", "ريال إيراني": "IRR",
    "تومان": "IRR",
    "درهم": "AED", "درهما": "AED", "دراهم": "AED", "درهم إماراتي": "AED", "درهم مغربي": "MAD",
    "ليرة تركية": "TRY", "ليرة لبنانية": "LBP", "ليرة سورية": "SYP", "ليرة": "TRY",
    "روبل": "RUB", "روبلا": "RUB", "ين": "JPY", "ين ياباني": "JPY", "يوان": "CNY",
    "يوان صيني": "CNY", "وون": "KRW", "وون كوري": "KRW", "روبية": "INR", "روبية هندية": "INR",
    "فرنك سويسري": "CHF", "فرنك": "CHF",
    "usd": "USD", "eur": "EUR", "gbp": "GBP",
}
# Currencies written per unit of another ISO unit: value × factor.
FACTORS: dict[str, float] = {"تومان": 10}
# Symbols written before or after the number.
SYMBOLS: dict[str, str] = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
# "من الدولارات" between the number and the currency.
LINKERS = ("من",)
# fmt: on
