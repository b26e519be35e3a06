"""Persian currency words → ISO 4217 code.

تومان is 10 rials: amounts in toman are multiplied by 10 and reported as IRR.
A bare دینار in Persian news is usually the Iraqi dinar (IQD).
"""

# Data tables are laid out by hand (several entries a line).
# fmt: off

CURRENCIES: dict[str, str] = {
    "دلار": "USD", "دلار آمریکا": "USD", "دلار امریکا": "USD", "دلار آمریکایی": "USD",
    "دالر": "USD", "دلار کانادا": "CAD", "دلار استرالیا": "AUD",
    "یورو": "EUR", "پوند": "GBP", "پوند استرلینگ": "GBP", "پوند انگلیس": "GBP",
    "ریال": "IRR", "ریال ایران": "IRR", "تومان": "IRR",
    "ریال سعودی": "SAR", "ریال عربستان": "SAR", "ریال قطر": "QAR", "ریال عمان": "OMR",
    "درهم": "AED", "درهم امارات": "AED", "دینار": "IQD", "دینار عراق": "IQD",
    "دینار کویت": "KWD", "روبل": "RUB", "ین": "JPY", "ین ژاپن": "JPY", "یوان": "CNY",
    "وون": "KRW", "لیر": "TRY", "لیر ترکیه": "TRY", "لیره": "TRY", "افغانی": "AFN",
    "روپیه": "INR", "روپیه هند": "INR", "روپیه پاکستان": "PKR", "فرانک سوئیس": "CHF",
    "usd": "USD", "eur": "EUR",
}
FACTORS: dict[str, float] = {"تومان": 10}
SYMBOLS: dict[str, str] = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
LINKERS: tuple[str, ...] = ()
# fmt: on
