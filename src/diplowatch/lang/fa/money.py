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
# types81fa: a sum written as an adjective of what it measures ("کمک ده
# میلیون دلاری", "بسته ۵۰۰ میلیون یورویی", "اعتبار ۵۰۰ میلیون دلاری"): the
# currency word takes the adjectival "ی" ("یی" after a vowel) and is still
# the sum's currency, as "a $10 million aid" and "مساعدة بقيمة 10 ملايين
# دولار" are read.
CURRENCY_ENDINGS: tuple[str, ...] = ("ی", "یی")
SYMBOLS: dict[str, str] = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
LINKERS: tuple[str, ...] = ()
# Ranges ("۲ تا ۳ میلیارد دلار", "بین ۲ و ۳ میلیارد"): the lower bound is the
# value, the upper one is kept as ``upper``. "از ۲ به ۵ میلیارد" is a change
# (a target), not a range.
RANGE_JOINERS = ("تا", "-", "–", "یا")
BETWEEN_WORDS = ("بین", "میان")
BETWEEN_JOINERS = ("و", "تا")
FROM_WORDS = ("از",)
# Qualifiers right before or after a sum → ``approx``: about | over | under.
APPROX_BEFORE: dict[str, str] = {
    "حدود": "about", "در حدود": "about", "حدودا": "about", "حدوداً": "about",
    "نزدیک به": "about", "قریب به": "about", "تقریبا": "about", "تقریباً": "about",
    "بیش از": "over", "بیشتر از": "over", "افزون بر": "over", "متجاوز از": "over",
    "حداقل": "over", "دست کم": "over", "دست‌کم": "over",
    "کمتر از": "under", "تا سقف": "under", "حداکثر": "under", "تا": "under",
}
APPROX_AFTER: dict[str, str] = {"تقریبا": "about", "تقریباً": "about", "یا بیشتر": "over"}
# What a sum is, from the words around it (kind → cue phrases; "…" stands for
# up to six words). The first kind in KIND_ORDER with a cue in the clause wins.
KIND_CUES: dict[str, tuple[str, ...]] = {
    "target": (
        "رساندن", "برسانند", "برساند", "برسانیم", "برسد", "برسند", "افزایش … به", "افزایش دهند",
        "افزایش یابد", "هدف", "هدف گذاری", "هدفگذاری", "دو برابر", "چشم انداز",
    ),
    "loan": ("وام", "وامی", "وام های", "تسهیلات", "خط اعتباری", "خط اعتبار", "قرض", "سپرده"),
    "grant": ("بلاعوض", "کمک بلاعوض", "اهدا", "اهدای", "هدیه", "بخشش"),
    "investment": ("سرمایه گذاری", "سرمایه‌گذاری", "سرمایه گذاری های", "سرمایه گذاری ها"),
    "trade": (
        "تجارت", "حجم تجارت", "مبادلات", "حجم مبادلات", "مبادلات تجاری", "تبادلات تجاری",
        "حجم تبادلات", "صادرات", "واردات", "تراز تجاری",
    ),
    "pledge": ("کمک", "کمک مالی", "کمک های", "کمک‌های", "تعهد", "بسته حمایتی", "امداد", "بشردوستانه"),
}
# Words that end the clause of a sum: its cues do not reach past them.
CLAUSE_BREAKS = ("و", "ولی", "اما", "در حالی که")
CUE_PROCLITICS: tuple[str, ...] = ()
# fmt: on

# types81fa: an adjectival sum (``CURRENCY_ENDINGS``) describes the noun right
# before its number; it is a sum of money only after a noun of money given,
# lent, invested or traded (the cues of those kinds above): "کمک ده میلیون
# دلاری", "وامی ده میلیون دلاری". After any other noun it is that thing's
# price or cost: "ارز ۴۲۰۰ تومانی" (the currency sold at 4200 tomans),
# "یارانه ۴۵۰ هزار تومانی", "طرح … دو هزار میلیارد دلاری" (a plan).
ADJECTIVAL_SUM_HEADS: tuple[str, ...] = tuple(
    dict.fromkeys(
        cue
        for kind in ("loan", "grant", "pledge", "investment", "trade")
        for cue in KIND_CUES[kind]
        if "…" not in cue
    )
)
