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
# Ranges ("بين 2 و3 مليارات دولار", "2 إلى 3 مليارات"): the lower bound is the
# value, the upper one is kept as ``upper``. "من 2 إلى 5 مليارات" is a change
# (a target), not a range.
RANGE_JOINERS = ("إلى", "الى", "-", "–", "أو")
BETWEEN_WORDS = ("بين", "ما بين", "يتراوح بين", "تتراوح بين")
BETWEEN_JOINERS = ("و",)
FROM_WORDS = ("من",)
# Qualifiers right before or after a sum → ``approx``: about | over | under.
APPROX_BEFORE: dict[str, str] = {
    "نحو": "about", "بنحو": "about", "حوالي": "about", "حوالى": "about", "بحوالي": "about",
    "قرابة": "about", "بقرابة": "about", "ما يقارب": "about", "بما يقارب": "about",
    "يقارب": "about", "زهاء": "about", "ما يناهز": "about", "يناهز": "about",
    "في حدود": "about", "تقريبا": "about", "تقدر ب": "about", "تقدر بنحو": "about",
    "أكثر من": "over", "بأكثر من": "over", "لأكثر من": "over", "ما يزيد على": "over",
    "ما يزيد عن": "over", "بما يزيد على": "over", "يزيد على": "over", "يتجاوز": "over",
    "تتجاوز": "over", "ما يفوق": "over", "يفوق": "over", "أزيد من": "over", "لا يقل عن": "over",
    "تزيد على": "over", "تزيد عن": "over", "يزيد عن": "over", "تفوق": "over",
    "أقل من": "under", "ما يصل إلى": "under", "تصل إلى": "under", "يصل إلى": "under",
    "بما يصل إلى": "under", "لا يتجاوز": "under", "لا تتجاوز": "under",
}
APPROX_AFTER: dict[str, str] = {"تقريبا": "about", "أو أكثر": "over"}
# What a sum is, from the words around it (kind → cue phrases; "…" stands for
# up to six words). The first kind in KIND_ORDER with a cue in the clause wins.
KIND_CUES: dict[str, tuple[str, ...]] = {
    "target": (
        "رفع … إلى", "زيادة … إلى", "لرفع", "برفع", "الوصول ب", "للوصول إلى", "الوصول إلى",
        "ليصل إلى", "لتصل إلى", "ليبلغ", "لتبلغ", "بلوغ", "مضاعفة", "هدف", "يستهدف", "تستهدف",
        "المستهدف", "مستهدف", "تهدف", "يهدف", "المنشود",
    ),
    "loan": (
        "قرض", "قرضا", "قروض", "قروضا", "القرض", "القروض", "خط ائتمان", "خط تمويل", "تسهيلات ائتمانية",
        "تمويل ميسر", "ائتمان", "الإقراض", "وديعة",
    ),
    "grant": ("منحة", "منح", "المنحة", "هبة", "هبات", "لا ترد", "تبرع", "تبرعا", "تبرعات"),
    "investment": (
        "استثمار", "استثمارات", "الاستثمار", "الاستثمارات", "استثمارية", "يستثمر", "تستثمر",
        "ستستثمر", "سيستثمر", "باستثمارات", "باستثمار",
    ),
    "trade": (
        "التبادل التجاري", "حجم التبادل", "حجم التجارة", "التجارة", "المبادلات التجارية",
        "التبادلات التجارية", "المبادلات", "الصادرات", "الواردات", "صادرات", "واردات",
        "الميزان التجاري", "التجارة البينية",
    ),
    "pledge": (
        "مساعدات", "مساعدة", "المساعدات", "دعم", "بدعم", "تعهد", "تعهدت", "إغاثة", "الإغاثية",
        "إغاثية", "معونة", "معونات", "إنسانية",
    ),
}
# Words that end the clause of a sum: its cues do not reach past them.
CLAUSE_BREAKS = ("كما", "بينما", "فيما", "حيث", "في حين", "وكذلك")
# Clitics that may be glued to a cue word ("والقروض", "بمساعدات", "للاستثمار").
CUE_PROCLITICS = ("و", "ب", "ل", "وب", "ول", "ف", "لل")
# fmt: on
