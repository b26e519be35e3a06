"""Persian sources of the generated actor table (``actors.py``): a build input.

Unicode CLDR gives every state's name and the capitals' names in this
language, but no adjectives, no colloquial or long forms, no seats of
government, no organisations. ``scripts/build_actor_data.py`` merges CLDR
with the tables below and writes ``actors.py``; nothing reads this module at
run time (``registry.BUILD_TABLES``). Edit here, then rerun the script.
Keys are ISO 3166-1 alpha-3 codes (IGO codes in ``IGO_NAMES``); every name
is optional, and the script refuses a name it does not know.
"""

from __future__ import annotations

# CLDR display names that nobody writes in running text.
DROP_NAMES: frozenset[str] = frozenset(
    ("سرزمین\u200cهای فلسطینی", "کنگو - برازویل", "کنگو - کینشاسا")
)

# Names CLDR lacks: long official forms, short and colloquial forms.
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("جمهوری اسلامی افغانستان", "امارت اسلامی افغانستان"),
    "ARE": ("امارات", "امارات متحده عربی"),
    "AZE": ("جمهوری آذربایجان", "آذربایجان"),
    "BLR": ("روسیه سفید", "بلاروس"),
    "CHN": ("جمهوری خلق چین",),
    "CIV": ("ساحل عاج",),
    "COD": ("جمهوری دموکراتیک کنگو", "کنگوی دموکراتیک"),
    "COG": ("جمهوری کنگو", "کنگو"),
    "DEU": ("جمهوری فدرال آلمان", "جرمنی"),
    "GBR": (
        "انگلیس",
        "انگلستان",
        "بریتانیا",
        "بریتانیای کبیر",
        "پادشاهی متحده",
        "پادشاهی متحده بریتانیای کبیر و ایرلند شمالی",
        "برتانیه",
        "بریتانیه",
    ),
    "IND": ("هندوستان",),
    "IRN": ("جمهوری اسلامی ایران", "جمهوری اسلامی"),
    # lead27: the other Islamic republics, written with their names
    "PAK": ("جمهوری اسلامی پاکستان",),
    "MRT": ("جمهوری اسلامی موریتانی",),
    "ISR": ("رژیم صهیونیستی", "رژیم اسرائیل", "رژیم اشغالگر قدس"),
    "KGZ": ("قرقیزستان", "قرقیزیا", "جمهوری قرقیزستان", "قرغیزستان"),
    "KOR": ("کره جنوبی", "جمهوری کره", "کره", "کوریای جنوبی", "کوریا"),
    "JPN": ("جاپان",),
    "MKD": ("مقدونیه",),
    "MMR": ("میانمار", "برمه"),
    "PRK": ("کره شمالی", "جمهوری دموکراتیک خلق کره", "جمهوری خلق کره", "کوریای شمالی"),
    "PSE": ("فلسطین", "دولت فلسطین", "تشکیلات خودگردان فلسطین"),
    "RUS": ("فدراسیون روسیه",),
    "SAU": ("عربستان", "عربستان سعودی", "پادشاهی عربستان سعودی"),
    "SWZ": ("سوازیلند",),
    "SYR": ("جمهوری عربی سوریه",),
    "TLS": ("تیمور شرقی",),
    "TUR": ("جمهوری ترکیه",),
    "USA": (
        "آمریکا",
        "امریکا",
        "ایالات متحده",
        "ایالات متحده آمریکا",
        "ایالات متحده امریکا",
        "ایالات متحده\u200cی آمریکا",
    ),
    "VAT": ("واتیکان",),
    "VNM": ("ویتنام", "جمهوری سوسیالیستی ویتنام"),
    # parties39fa: names written without CLDR's space or in Dari spelling
    # (Afghan outlets: "اکراین", "هالند", "ایتالیه", "جرمنی" above)
    "LKA": ("سریلانکا",),
    "BGD": ("بنگلادیش", "بنگله\u200cدیش"),
    "TJK": ("تاجکستان",),
    "UKR": ("اکراین", "اوکرایین"),
    "NLD": ("هالند",),
    "ITA": ("ایتالیه",),
    "ESP": ("هسپانیه",),
    "POL": ("پولند",),
    "BEL": ("بلجیم",),
    "SWE": ("سویدن",),
    "DNK": ("دنمارک",),
    "IDN": ("اندونیزیا",),
    "MYS": ("ملیزیا",),
    # names48fa: Dari spellings Afghan news prints ("سویس، سویدن و کرواسیا")
    "CHE": ("سویس",),
    "ROU": ("رومانیا",),
    "FIN": ("فنلند",),
    "NOR": ("ناروی",),
    "UZB": ("اوزبکستان",),
    "BGR": ("بلغاریا",),
    "HRV": ("کرواسیا",),
}

# Adjectives / demonyms by state. Where the rule below is wrong or the name
# has several words; an empty tuple suppresses the rule for that state.
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AFG": ("افغانستانی", "افغان"),
    "ARE": ("اماراتی",),
    "AUT": ("اتریشی",),
    "BEL": ("بلژیکی",),
    "CHE": ("سوئیسی",),
    "CHN": ("چینی",),
    "CZE": ("چکی",),
    "DEU": ("آلمانی",),
    "EGY": ("مصری",),
    "ESP": ("اسپانیایی",),
    "FRA": ("فرانسوی",),
    "GBR": ("انگلیسی", "بریتانیایی", "برتانوی"),
    "GRC": ("یونانی",),
    "IND": ("هندی",),
    "IRN": ("ایرانی",),
    "IRQ": ("عراقی",),
    # parties39fa: "صهیونیست‌ها" (the Zionists) is how Iranian outlets name
    # Israel's state and people, as "صهیونیستی" is its adjective
    "ISR": ("اسرائیلی", "صهیونیستی", "صهیونیست"),
    "ITA": ("ایتالیایی",),
    "JPN": ("ژاپنی", "جاپانی"),
    "KOR": ("کره\u200cای",),
    "MLI": ("مالیایی",),
    "PRK": (),
    "PSE": ("فلسطینی",),
    "RUS": ("روسی", "روس"),
    "SAU": ("سعودی", "عربستانی"),
    "SYR": ("سوری",),
    "TUR": ("ترکیه\u200cای",),
    "USA": ("آمریکایی", "امریکایی"),
    "NLD": ("هلندی",),
    "PAK": ("پاکستانی",),
    "TJK": ("تاجیک", "تاجیکستانی"),
    "UZB": ("ازبک", "ازبکستانی"),
    "TKM": ("ترکمن", "ترکمنستانی"),
    "KAZ": ("قزاق", "قزاقستانی"),
    "KGZ": ("قرقیز", "قرقیزستانی"),
    # "آذربایجانی" is mostly about Iran's Azerbaijan provinces: AMBIGUOUS,
    # a state only after a cue ("همتای آذربایجانی خود", tri29b)
    "AZE": ("آذربایجانی",),
    "ZAF": (),
    "SSD": (),
    "CAF": (),
    "WSM": ("ساموآیی",),
    "TLS": ("تیموری",),
    "SRB": ("صربستانی", "صرب"),
    "HRV": ("کرواسیایی", "کروات", "کرواتی"),
    "MNG": ("مغولستانی", "مغول"),
    "BGR": ("بلغارستانی", "بلغار"),
    "COD": ("کنگویی",),
    "COG": (),
    "LBN": ("لبنانی",),
    "JOR": ("اردنی",),
    "YEM": ("یمنی",),
    "QAT": ("قطری",),
    "KWT": ("کویتی",),
    "BHR": ("بحرینی",),
    "OMN": ("عمانی",),
    "VNM": ("ویتنامی",),
    "UKR": ("اوکراینی",),
    "POL": ("لهستانی",),
    "SWE": ("سوئدی",),
    "NOR": ("نروژی",),
    "DNK": ("دانمارکی",),
    "FIN": ("فنلاندی",),
    "HUN": ("مجارستانی", "مجار"),
    "ARM": ("ارمنی", "ارمنستانی"),
    "GEO": ("گرجی",),
    "BLR": ("بلاروسی",),
    "CUB": ("کوبایی",),
    "VEN": ("ونزوئلایی",),
    "BRA": ("برزیلی",),
    "MEX": ("مکزیکی",),
    "CAN": ("کانادایی",),
    "AUS": ("استرالیایی",),
    "IDN": ("اندونزیایی", "اندونزیائی"),
    "MYS": ("مالزیایی",),
    "THA": ("تایلندی",),
    "PHL": ("فیلیپینی",),
}

# How an adjective is derived from a one-word CLDR country name when ADJECTIVES
# has no entry (ژاپن → ژاپنی, کانادا → کانادایی, روسیه → روسیه‌ای): drop the
# characters in ADJECTIVE_IGNORE (hamza above), give up on a name of several
# words, strip the first prefix of ADJECTIVE_STRIP that matches, give up below
# ADJECTIVE_MIN_LETTERS letters, then replace the first ending of
# ADJECTIVE_ENDINGS that matches ("" matches every name; None: no adjective).
ADJECTIVE_IGNORE = "\u0654"
ADJECTIVE_STRIP: tuple[str, ...] = ()
ADJECTIVE_MIN_LETTERS = 3
ADJECTIVE_ENDINGS: tuple[tuple[str, str | None], ...] = (
    ("ا", "ایی"),
    ("و", "ویی"),
    ("ه", "ه\u200cای"),
    ("ی", "یایی"),
    ("", "ی"),
)
# What the generated COUNTRY_ADJECTIVES hold (its comment in actors.py).
ADJECTIVE_NOTE = "relational adjectives (name + ی / ای / یی)."

# CLDR's time-zone exemplar cities are looked up by the capitals and cities of
# the language named here (its CAPITALS and CITIES, in its CLDR_SPELLINGS), and
# the spelling CLDR gives in this language is added to CAPITALS and CITIES.
CLDR_CITIES_FROM = "en"

# Capitals (and common spellings) beyond what CLDR's time-zone cities give.
CAPITALS: dict[str, tuple[str, ...]] = {
    "ALB": ("تیرانا",),
    "AND": ("آندورا لا ولا",),
    "ARG": ("بوئنوس آیرس",),
    "ATG": ("سنت جانز",),
    "BLZ": ("بلموپان",),
    "BRB": ("بریج\u200cتاون",),
    "BRN": ("بندر سری بگاوان",),
    "CMR": ("یائونده",),
    "COM": ("مورونی",),
    "CPV": ("پرایا",),
    "CRI": ("سان خوزه",),
    "DJI": ("شهر جیبوتی",),
    "DMA": ("روزو",),
    "ECU": ("کیتو",),
    "FJI": ("سووا",),
    "FSM": ("پالیکیر",),
    "GRD": ("سنت جورجز",),
    "GTM": ("گواتمالاسیتی",),
    "GUY": ("جورج\u200cتاون",),
    "JAM": ("کینگستون",),
    "KNA": ("باستر",),
    "LCA": ("کاستریس",),
    "LUX": ("شهر لوکزامبورگ",),
    "MAR": ("رباط",),
    "MDV": ("ماله",),
    "MLT": ("والتا",),
    "MMR": ("نی\u200cپی\u200cدا", "نایپیداو"),
    "MUS": ("پورت لوئیس",),
    "MWI": ("لیلونگوه",),
    "NRU": ("یارن",),
    "NZL": ("ولینگتون",),
    "PAN": ("پاناماسیتی",),
    "PLW": ("ملکئوک",),
    "SLB": ("هونیارا",),
    "SLV": ("سان سالوادور",),
    "SYC": ("ویکتوریا",),
    "TCD": ("انجامنا",),
    "TON": ("نوکوآلوفا",),
    "VCT": ("کینگزتاون",),
    "VUT": ("پورت ویلا",),
    "MDA": ("کیشیناو",),
    "TGO": ("لومه",),
    "ARE": ("ابوظبی", "ابو ظبی"),
    "AUS": ("کانبرا",),
    "BRA": ("برازیلیا",),
    "CAN": ("اتاوا", "اوتاوا"),
    "CHE": ("برن",),
    "CHN": ("پکن", "پکین"),
    "IND": ("دهلی نو", "دهلی\u200cنو", "دهلی"),
    "IRN": ("تهران",),
    "ISR": ("تل\u200cآویو", "تل آویو"),
    "JOR": ("امان",),
    "JPN": ("توکیو",),
    "KAZ": ("آستانه", "نورسلطان"),
    "KOR": ("سئول",),
    "LBY": ("طرابلس",),
    "NGA": ("ابوجا",),
    "NLD": ("آمستردام", "لاهه"),
    "PAK": ("اسلام\u200cآباد", "اسلام آباد"),
    "PRK": ("پیونگ\u200cیانگ", "پیونگ یانگ"),
    "PSE": ("رام\u200cالله",),
    "RUS": ("مسکو",),
    "SAU": ("ریاض",),
    "TUR": ("آنکارا",),
    "TWN": ("تایپه",),
    "UKR": ("کی\u200cیف", "کیف", "کییف"),
    "USA": ("واشنگتن", "واشینگتن"),
    "VNM": ("هانوی",),
    "YEM": ("صنعا",),
    "ZAF": ("پرتوریا",),
    "AFG": ("کابل",),
    "TJK": ("دوشنبه",),
    "UZB": ("تاشکند",),
    "TKM": ("عشق\u200cآباد", "عشق آباد"),
    "KGZ": ("بیشکک",),
    "AZE": ("باکو",),
    "ARM": ("ایروان",),
    "IRQ": ("بغداد",),
    "SYR": ("دمشق",),
    "LBN": ("بیروت",),
    "EGY": ("قاهره",),
    "QAT": ("دوحه",),
    "OMN": ("مسقط",),
    "BHR": ("منامه",),
    "KWT": ("کویت",),
    "GBR": ("لندن",),
    "FRA": ("پاریس",),
    "DEU": ("برلین",),
    "ITA": ("رم",),
    "BEL": ("بروکسل",),
    "AUT": ("وین",),
    "ESP": ("مادرید",),
    "MYS": ("کوالالامپور",),
    "IDN": ("جاکارتا",),
}

# Seats of government and leaders' residences used as metonyms for the state.
SEATS: dict[str, tuple[str, ...]] = {
    "USA": ("کاخ سفید",),
    "RUS": ("کرملین",),
    "FRA": ("الیزه", "کاخ الیزه"),
    "GBR": ("داونینگ استریت",),
    "KOR": ("کاخ آبی",),
}

# Intergovernmental organisations. Security Council and General Assembly count as UN.
IGO_NAMES: dict[str, tuple[str, ...]] = {
    "ADB": ("بانک توسعه آسیایی",),
    "AIIB": ("بانک سرمایه\u200cگذاری زیرساخت آسیا",),
    "APEC": ("اپک", "همکاری اقتصادی آسیا و اقیانوسیه"),
    "ARABLEAGUE": ("اتحادیه عرب", "جامعه عرب", "اتحادیه\u200cی عرب", "اتحادیه کشورهای عربی"),
    "ASEAN": (
        "آسه\u200cآن",
        "آسه آن",
        "آسیان",
        "اتحادیه کشورهای جنوب شرق آسیا",
        "انجمن کشورهای جنوب شرق آسیا",
    ),
    "AU": ("اتحادیه آفریقا", "اتحادیه\u200cی آفریقا", "اتحادیه آفریقایی"),
    "BRICS": ("بریکس",),
    "CIS": ("کشورهای مستقل مشترک\u200cالمنافع", "جامعه کشورهای مستقل مشترک\u200cالمنافع"),
    "CSTO": ("سازمان پیمان امنیت جمعی",),
    "EAEU": ("اتحادیه اقتصادی اوراسیا",),
    "EBRD": ("بانک اروپایی بازسازی و توسعه",),
    "ECO": (
        "اکو",
        "سازمان همکاری اقتصادی",
        "سازمان همکاری\u200cهای اقتصادی",
        "سازمان همکاری اقتصادی اکو",
        "سازمان همکاری\u200cهای اقتصادی اکو",
    ),
    "ECOWAS": ("اکوواس", "اکواس", "جامعه اقتصادی کشورهای غرب آفریقا"),
    "EU": (
        "اتحادیه اروپا",
        "اتحادیه اروپایی",
        "اتحاد اروپا",
        "کمیسیون اروپا",
        "پارلمان اروپا",
        # parties39fa: the ezafe written out after "ه" ("اتحادیه‌ی"), and
        # the adjective form of the Commission
        "اتحادیه\u200cی اروپا",
        "اتحادیه\u200cی اروپایی",
        "کمیسیون اروپایی",
    ),
    "FAO": ("فائو", "سازمان خواربار و کشاورزی"),
    "G20": ("گروه ۲۰", "گروه بیست", "جی ۲۰", "جی\u200c۲۰"),
    # the Group of Seven by what it is ("وزیران خارجه هفت کشور صنعتی جهان"),
    # as Arabic writes "مجموعة الدول الصناعية السبع"
    "G7": (
        "گروه ۷",
        "گروه هفت",
        "جی ۷",
        "هفت کشور صنعتی",
        "هفت کشور صنعتی جهان",
        "گروه هفت کشور صنعتی",
        "کشورهای گروه هفت",
    ),
    "GCC": (
        "شورای همکاری خلیج فارس",
        "شورای همکاری خلیج",
        "شورای همکاری کشورهای عربی خلیج فارس",
    ),
    "IAEA": (
        "آژانس بین\u200cالمللی انرژی اتمی",
        "آژانس انرژی اتمی",
        "آژانس اتمی",
        "شورای حکام آژانس",
        "شورای حکام",
    ),
    "ICC": ("دیوان کیفری بین\u200cالمللی", "دادگاه کیفری بین\u200cالمللی"),
    "ICRC": ("کمیته بین\u200cالمللی صلیب سرخ",),
    "IMF": ("صندوق بین\u200cالمللی پول",),
    "IOM": ("سازمان بین\u200cالمللی مهاجرت",),
    "NAM": ("جنبش عدم تعهد", "جنبش غیرمتعهدها", "جنبش غیر متعهدها"),
    "NATO": ("ناتو", "پیمان آتلانتیک شمالی", "سازمان پیمان آتلانتیک شمالی"),
    "OECD": ("سازمان همکاری و توسعه اقتصادی",),
    "OIC": ("سازمان همکاری اسلامی", "سازمان همکاری\u200cهای اسلامی", "سازمان کنفرانس اسلامی"),
    "OPEC": ("اوپک", "سازمان کشورهای صادرکننده نفت"),
    "OSCE": ("سازمان امنیت و همکاری اروپا",),
    "SCO": (
        "سازمان همکاری شانگهای",
        "سازمان شانگهای",
        "سازمان همکاری شانگ\u200cهای",
        "پیمان شانگهای",
    ),
    "UN": (
        "سازمان ملل",
        "سازمان ملل متحد",
        "ملل متحد",
        "شورای امنیت",
        "شورای امنیت سازمان ملل",
        "مجمع عمومی سازمان ملل",
        "شورای حقوق بشر سازمان ملل",
        "آنروا",
        # parties39fa: the UN's mission in Afghanistan; its Human Rights
        # Council named without the UN (Iran's own council is "شورای عالی
        # حقوق بشر", which this does not match)
        "یوناما",
        "شورای حقوق بشر",
    ),
    "UNESCO": ("یونسکو",),
    "UNHCR": ("کمیساریای عالی سازمان ملل در امور پناهندگان", "کمیساریای عالی پناهندگان"),
    "UNICEF": ("یونیسف",),
    "WFP": ("برنامه جهانی غذا",),
    "WHO": ("سازمان جهانی بهداشت", "سازمان بهداشت جهانی"),
    "WORLDBANK": ("بانک جهانی",),
    "WTO": ("سازمان تجارت جهانی",),
}

# Big non-capital cities and diplomatic venues: locations only, never actors.
CITIES: dict[str, tuple[str, ...]] = {
    "CHE": ("ژنو", "داووس", "زوریخ", "لوزان"),
    "USA": ("نیویورک", "لس\u200cآنجلس", "شیکاگو", "کمپ دیوید"),
    "IRN": (
        "مشهد",
        "اصفهان",
        "تبریز",
        "شیراز",
        "قم",
        "اهواز",
        "کرمانشاه",
        "بندرعباس",
        "چابهار",
        "بوشهر",
    ),
    "AFG": ("هرات", "قندهار", "مزار شریف", "بلخ", "جلال\u200cآباد", "غزنی", "قندوز"),
    "TUR": ("استانبول", "آنتالیا", "ازمیر"),
    "ARE": ("دبی", "شارجه"),
    "SAU": ("جده", "مکه", "مدینه"),
    "EGY": ("شرم\u200cالشیخ", "اسکندریه"),
    "CHN": ("شانگهای", "گوانگژو", "هنگ کنگ", "ووهان"),
    "RUS": ("سن پترزبورگ", "سوچی", "کازان"),
    "KOR": ("بوسان",),
    "JPN": ("اوساکا", "کیوتو", "هیروشیما"),
    "IND": ("بمبئی", "مومبای"),
    "PAK": ("کراچی", "لاهور", "پیشاور", "کویته"),
    "IRQ": ("اربیل", "بصره", "نجف", "کربلا", "موصل"),
    "SYR": ("حلب",),
    "TJK": ("خجند",),
    "UZB": ("سمرقند", "بخارا"),
    "TKM": ("مرو",),
    "DEU": ("مونیخ", "هامبورگ", "فرانکفورت"),
    "PSE": ("غزه",),
    "KAZ": ("آلماتی",),
}

# Surface forms that are also ordinary words: the engine only accepts them inside
# a longer form or after a COUNTRY_CUES word. Form -> why.
AMBIGUOUS: dict[str, str] = {
    "مالی": "Mali, but also 'financial'",
    "امان": "Amman, but also 'safety/mercy'",
    "کیف": "Kyiv, but also 'bag'",
    "برن": "Bern, but also a colloquial verb form",
    "دوشنبه": "Dushanbe, but also 'Monday'",
    "مدینه": "Medina, but also 'city' in names",
    "مرو": "Merv, but also 'do not go'",
    "استانه": "Astana, but also آستانه 'threshold' (در آستانه = on the verge of)",
    "الجزیره": "Algiers, but also the Al Jazeera channel",
    "چک": "Czechia, but also 'cheque' and 'check'",
    "دیلی": "Dili (East Timor), but also 'Daily' in newspaper names",
    "ویکتوریا": "Victoria (Seychelles), but also a given name and other places",
    "گرجستان": "Georgia the country, but also the US state",
    "آذربایجان": "the Republic of Azerbaijan, but also Iran's Azerbaijan provinces",
    "آذربایجانی": "of the Republic of Azerbaijan, but also of Iran's Azerbaijan provinces",
}

# Words that make an AMBIGUOUS form safe when they come right before it.
COUNTRY_CUES: tuple[str, ...] = (
    "کشور",
    "جمهوری",
    "دولت",
    "پادشاهی",
    "سلطان\u200cنشین",
    "پایتخت",
    "سفارت",
    "سفیر",
    "رئیس جمهور",
    "وزیر خارجه",
    # tri29b: a counterpart is another state's office holder ("همتای
    # آذربایجانی خود", "همتای مالی"), as Arabic "نظيره الأذربيجاني" is read
    "همتای",
    # a part of the country ("شمال مالی"): no bag or finance has a north
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
)

# When two codes claim the same normalised form, the one named here wins.
PREFER: dict[str, str] = {
    "عمان": "OMN",
    "کویت": "KWT",
}
