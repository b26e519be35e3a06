"""Persian date vocabulary: Iranian and Afghan (Dari) Solar Hijri months, Gregorian
and lunar Hijri month names, weekdays and relative words.

Afghan media name the solar months after the zodiac (حمل … حوت); several of
those are ordinary words (میزان "amount", سرطان "cancer", اسد "lion"), so they
only count inside a date with a year. Spellings are folded with
``normalize_phrase`` at load time (ی→ي, ک→ك, ZWNJ→space).
"""

# Data tables are laid out by hand (several entries a line).
# fmt: off

MONTHS: dict[str, dict[str, int]] = {
    "solar_hijri": {
        "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
        "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
        # Afghan (Dari) names
        "حمل": 1, "ثور": 2, "جوزا": 3, "جوزاء": 3, "سرطان": 4, "اسد": 5, "سنبله": 6,
        "میزان": 7, "عقرب": 8, "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
    },
    "gregorian": {
        "ژانویه": 1, "ژانوییه": 1, "جنوری": 1, "فوریه": 2, "فبروری": 2, "مارس": 3, "مارچ": 3,
        "آوریل": 4, "اپریل": 4, "آپریل": 4, "مه": 5, "می": 5, "مئی": 5, "ژوئن": 6, "جون": 6,
        "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "آگست": 8, "اگست": 8,
        "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    },
    "lunar_hijri": {
        "محرم": 1, "محرم الحرام": 1, "صفر": 2, "ربیع الاول": 3, "ربیع‌الاول": 3,
        "ربیع الثانی": 4, "ربیع‌الثانی": 4, "جمادی الاول": 5, "جمادی‌الاول": 5,
        "جمادی الاولی": 5, "جمادی الثانی": 6, "جمادی‌الثانی": 6, "جمادی الثانیه": 6,
        "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذیقعده": 11, "ذی القعده": 11,
        "ذیحجه": 12, "ذی الحجه": 12, "ذی‌الحجه": 12,
    },
}

# Month words that are also common words or names; only in a day-month-year date
# or paired with another month name. (دی، مهر، تیر، بهمن are words too, but a
# day number in front of them is a date.)
AMBIGUOUS_MONTHS = (
    "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو",
    "حوت", "مه", "می", "جون", "صفر",
)

DAY_MONTH_JOINERS: tuple[str, ...] = ()
# "تیرماه", "تیر ماه": the month word may carry ماه.
MONTH_SUFFIXES = ("ماه",)
CURRENT_MONTH_WORDS = ("جاری", "امسال")

WEEKDAYS: dict[str, int] = {
    "دوشنبه": 0, "سه شنبه": 1, "سه‌شنبه": 1, "سهشنبه": 1, "چهارشنبه": 2, "چهار شنبه": 2,
    "پنجشنبه": 3, "پنج شنبه": 3, "پنج‌شنبه": 3, "جمعه": 4, "شنبه": 5,
    "یکشنبه": 6, "یک شنبه": 6, "یک‌شنبه": 6,
}
WEEKDAY_PREFIXES = ("روز", "شب", "صبح", "عصر", "بامداد", "ظهر", "شامگاه", "صبح روز", "عصر روز")
WEEKDAY_NEXT = ("آینده", "آتی")
WEEKDAY_LAST = ("گذشته", "پیش")

RELATIVE: dict[str, tuple[str, int]] = {
    "امروز": ("day", 0),
    "دیروز": ("day", -1), "دیشب": ("day", -1), "پریروز": ("day", -2),
    "روز گذشته": ("day", -1), "شب گذشته": ("day", -1),
    "فردا": ("day", 1), "پس فردا": ("day", 2), "پس‌فردا": ("day", 2),
    "هفته گذشته": ("week", -1), "هفته پیش": ("week", -1), "هفته آینده": ("week", 1),
    "هفته بعد": ("week", 1),
    "ماه گذشته": ("month", -1), "ماه پیش": ("month", -1), "ماه آینده": ("month", 1),
    "ماه جاری": ("month", 0),
    "سال گذشته": ("year", -1), "پارسال": ("year", -1), "سال آینده": ("year", 1),
    "امسال": ("year", 0), "سال جاری": ("year", 0),
}
PROCLITICS: tuple[str, ...] = ()

ERAS: dict[str, str] = {
    "ه.ش": "solar_hijri", "هـ.ش": "solar_hijri", "ه ش": "solar_hijri", "شمسی": "solar_hijri",
    "هجری شمسی": "solar_hijri",
    "ه.ق": "lunar_hijri", "هـ.ق": "lunar_hijri", "ه ق": "lunar_hijri", "قمری": "lunar_hijri",
    "هجری قمری": "lunar_hijri",
    "میلادی": "gregorian", "م": "gregorian",
}
YEAR_WORDS = ("سال", "سالهای", "از سال", "در سال")
# A bare year of 13xx/14xx in Persian text is Solar Hijri.
DEFAULT_HIJRI = "solar_hijri"
# A year is often written with its last two digits after a year word ("در سال
# ۹۱" is 1391, "اعدام‌های سال ۶۷" 1367): such a year is SHORT_YEAR_CENTURY plus
# the two digits, in the default Hijri calendar; never before a count word or
# a unit ("هر سال ۲۰ هزار نفر" is a yearly count).
SHORT_YEAR_WORDS = ("سال", "سالهای", "سال‌های", "سال‌ها")
SHORT_YEAR_CENTURY = 1300
SHORT_YEAR_BLOCKERS = (
    "هزار", "میلیون", "میلیارد", "درصد", "نفر", "تن", "روز", "ماه", "هفته", "سال",
    "ساعت", "دقیقه", "کیلومتر", "متر", "تومان", "ریال", "دلار", "بار", "مورد", "کشور",
)

# Labels of the publication stamp on crawled pages; anywhere in the head or foot:
STAMP_PREFIXES = (
    "تاریخ انتشار", "تاریخ خبر", "زمان انتشار", "تاریخ نشر", "زمان مخابره", "تاریخ مخابره",
    "تاریخ درج", "کد خبر",
)
# Only at the start of a line or after a "|" ("بیانیه منتشر شده در …" is running text):
STAMP_LINE_PREFIXES = ("منتشر شده در", "منتشر شده", "انتشار", "تاریخ", "منتشرشده در")
# The date of the last update, used when no publication stamp is given.
UPDATE_PREFIXES = (
    "به‌روز شده", "به روز شده", "آخرین به روز رسانی", "آخرین به‌روزرسانی", "آخرین بروزرسانی",
    "تاریخ به روز رسانی", "تاریخ بروزرسانی",
)
UPDATE_LINE_PREFIXES = ("بروزرسانی", "به روز رسانی", "به‌روزرسانی", "ویرایش", "آخرین ویرایش")
# Words after a time of day in a stamp ("۱۰:۳۰ ق.ظ", "ساعت ۱۰:۳۰ به وقت تهران").
DAY_PERIODS = ("ق.ظ", "ب.ظ", "ق ظ", "ب ظ", "صبح", "عصر", "به وقت تهران", "به وقت کابل")
# Latin labels of multilingual sites ("Write: …") are read too.
EXTRA_STAMP_LANGS = ("en",)
TIME_WORDS = ("ساعت",)

# Month-first dates ("عقرب 06, 1400") are only taken with a year: a month word
# followed by a small number is usually something else ("سپتامبر 20 کشور").
MONTH_DAY_NEEDS_YEAR = True
# Latin-script month names of these languages are accepted too (mixed headers
# like "۲۷ مهر ۱۴۰۰ / 19 October, 2021").
EXTRA_MONTH_LANGS = ("en",)

# Ordinal day words ("دوازدهم مرداد", "بیست و هشتم خرداد", "اول مهر").
DAY_WORDS: dict[str, int] = {
    "اول": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7,
    "هشتم": 8, "نهم": 9, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13,
    "چهاردهم": 14, "پانزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18,
    "نوزدهم": 19, "بیستم": 20, "بیست و یکم": 21, "بیست و دوم": 22, "بیست و سوم": 23,
    "بیست و چهارم": 24, "بیست و پنجم": 25, "بیست و ششم": 26, "بیست و هفتم": 27,
    "بیست و هشتم": 28, "بیست و نهم": 29, "سی ام": 30, "سی‌ام": 30, "سیام": 30,
    "سی و یکم": 31,
}
# A weekday right after these is not a date ("امام جمعه", "نماز جمعه").
WEEKDAY_BLOCK_BEFORE = ("امام", "نماز", "خطبه", "خطبه های", "ائمه", "خطیب", "مصلای")
WEEKDAY_BLOCK_AFTER: tuple[str, ...] = ()
# Words between a month name and its year ("۲۸ خرداد سال ۱۴۰۰").
MONTH_YEAR_JOINERS = ("سال",)

# "N units ago": the ago-word follows ("۳ روز پیش", "دو سال قبل").
AGO_BEFORE: tuple[str, ...] = ()
AGO_AFTER = ("پیش", "قبل")
AGO_UNITS: dict[str, tuple[str, int]] = {
    "روز": ("day", 1), "هفته": ("week", 1), "ماه": ("month", 1), "سال": ("year", 1),
}
# "دو روز قبل از سفر" counts from another event; "چند روز پیش" is vague.
AGO_BLOCK_AFTER = ("از",)
AGO_VAGUE = ("چند", "چندین")
# A date right after these is a deadline or target, never the date of the
# event ("تا سال ۲۰۲۸", "تا پایان ۱۴۰۴", "در افق ۱۴۰۴", "سند چشم‌انداز ۱۴۰۴").
# Fillers may stand between the word and the date.
TARGET_BEFORE = (
    "تا", "تا پایان", "تا آخر", "تا قبل از", "تا پیش از", "حداکثر تا", "افق", "در افق",
    "چشم انداز", "چشم‌انداز", "سند چشم انداز", "مهلت",
)
TARGET_FILLERS = ("سال", "پایان", "آخر", "اواخر", "اوایل", "نیمه", "ماه", "روز", "قبل از", "پیش از")
# Words between "today (weekday)" and its date ("امروز شنبه مطابق با ۲۰ تیر ۱۴۰۰").
TODAY_JOINERS = ("مطابق با", "برابر با", "مصادف با")
# fmt: on

# Written after a clock time ("10:30 am"), in any script's news.
CLOCK_SUFFIXES = ("am", "pm")
