"""Arabic date vocabulary: month names of three calendars, weekdays, relative words.

Spellings are written naturally (hamza, ta marbuta…); the date code folds them
with ``normalize_phrase`` at load time. Arabic news uses three naming traditions
for the Gregorian months — Egyptian/Gulf (أبريل), Levantine/Iraqi (نيسان) and
Maghrebi/Tunisian (أفريل، جوان، جويلية، أوت) — and often pairs two of them
("تموز/يوليو", "آب (أغسطس)"), so all of them are listed.
"""

# Data tables are laid out by hand (several entries a line).
# fmt: off

MONTHS: dict[str, dict[str, int]] = {
    "gregorian": {
        # Egyptian / Gulf (transliterated)
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4,
        "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
        "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
        "نوفمبر": 11, "ديسمبر": 12,
        # Levantine / Iraqi (Syriac)
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
        "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10,
        "تشرين الثاني": 11, "كانون الأول": 12,
        # Maghrebi (French)
        "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6,
        "جويلية": 7, "جويليه": 7, "أوت": 8,
    },
    "lunar_hijri": {
        "محرم": 1, "محرم الحرام": 1, "صفر": 2, "صفر الخير": 2,
        "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
        "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6,
        "جمادى الآخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
        "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
    },
}

# Month words that are also ordinary words (آب → أب "father", صفر "zero"):
# accepted only in a full day-month-year date or paired with an unambiguous
# month name. Others that double as words or names (مارس، ماي، رجب، رمضان) are
# safe once a day number stands before them.
AMBIGUOUS_MONTHS = ("آب", "صفر")

# Words that may stand between a day number and its month name ("17 من شهر صفر").
DAY_MONTH_JOINERS = ("من", "من شهر", "شهر")
# Words that may follow the month name and are part of the date ("17 ماي الجاري").
MONTH_SUFFIXES: tuple[str, ...] = ()
# "الجاري" after a month means "of the current month": the anchor's year.
CURRENT_MONTH_WORDS = ("الجاري", "الحالي")

WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0,
    "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
# Words that may precede a weekday and belong to the mention ("يوم الثلاثاء").
WEEKDAY_PREFIXES = ("يوم", "مساء", "صباح", "ليلة", "فجر", "ظهر")
# Words after a weekday that move it before or after the anchor.
WEEKDAY_NEXT = ("المقبل", "القادم", "المقبله", "القادمه")
WEEKDAY_LAST = ("الماضي", "المنصرم", "الفائت")

# Relative expressions: (unit, offset) with unit day | week | month | year.
# A week is resolved to anchor ± 7 days with precision "day" (see docs/dates.md).
RELATIVE: dict[str, tuple[str, int]] = {
    "اليوم": ("day", 0),
    "أمس": ("day", -1), "الأمس": ("day", -1), "البارحة": ("day", -1),
    "أول أمس": ("day", -2), "أول من أمس": ("day", -2), "الليلة الماضية": ("day", -1),
    "غدا": ("day", 1), "غداً": ("day", 1), "الغد": ("day", 1),
    "بعد غد": ("day", 2),
    "الأسبوع الماضي": ("week", -1), "الأسبوع المنصرم": ("week", -1),
    "الأسبوع المقبل": ("week", 1), "الأسبوع القادم": ("week", 1),
    "الشهر الماضي": ("month", -1), "الشهر المنصرم": ("month", -1),
    "الشهر المقبل": ("month", 1), "الشهر القادم": ("month", 1),
    "الشهر الجاري": ("month", 0), "الشهر الحالي": ("month", 0),
    "العام الماضي": ("year", -1), "السنة الماضية": ("year", -1),
    "العام المقبل": ("year", 1), "السنة المقبلة": ("year", 1),
    "العام الجاري": ("year", 0), "العام الحالي": ("year", 0),
}
# Conjunctions/prepositions glued to a relative word or weekday (وأمس، بالأمس).
PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول")

# Era markers after a year and the calendar they select.
ERAS: dict[str, str] = {
    "هـ": "lunar_hijri", "ه": "lunar_hijri", "هجري": "lunar_hijri", "هجرية": "lunar_hijri",
    "م": "gregorian", "ميلادي": "gregorian", "ميلادية": "gregorian",
    "ه.ش": "solar_hijri", "هجري شمسي": "solar_hijri",
}
# Words before a bare 4-digit number that make it a year ("عام 2012").
YEAR_WORDS = ("عام", "العام", "سنة", "لعام", "بعام", "منذ عام", "خلال عام")
# A bare year of 13xx/14xx in Arabic text is lunar Hijri.
DEFAULT_HIJRI = "lunar_hijri"

# Labels of the publication stamp on crawled pages; anywhere in the head or foot:
STAMP_PREFIXES = (
    "تاريخ النشر", "نشر بتاريخ", "تاريخ الخبر", "تاريخ الإضافة", "أضيف بتاريخ",
    "تاريخ نشر الخبر", "وقت النشر", "تم النشر في", "تم النشر بتاريخ", "التاريخ:",
)
# Only at the start of a line or after a "|" ("تقرير نشر في مجلة …" is running text):
STAMP_LINE_PREFIXES = ("نشر في", "نشر", "منشور في", "أضيف في", "التاريخ", "تاريخ")
# The date of the last update, used when no publication stamp is given.
UPDATE_PREFIXES = ("آخر تحديث", "تاريخ التحديث", "تم التحديث في", "تم التحديث بتاريخ", "آخر تعديل")
UPDATE_LINE_PREFIXES = ("تحديث", "محدث", "حدث في", "تم التحديث", "تعديل")
# Words after a time of day in a stamp ("10:30 ص", "الساعة 15:03 بتوقيت مكة").
DAY_PERIODS = ("ص", "م", "صباحا", "مساء", "ظهرا", "بتوقيت مكة", "بتوقيت غرينتش", "بتوقيت")
# Latin labels of multilingual sites ("Write: …") are read too.
EXTRA_STAMP_LANGS = ("en",)
# Words before a time of day ("الساعة 15:03").
TIME_WORDS = ("الساعة", "على الساعة")

# Month-first dates ("عقرب 06, 1400") are only taken with a year: a month word
# followed by a small number is usually something else ("سپتامبر 20 کشور").
MONTH_DAY_NEEDS_YEAR = True
# Latin-script month names are accepted too (mixed headers).
EXTRA_MONTH_LANGS = ("en",)

# Ordinal day words; in Arabic dates they always take "من" ("الخامس من يونيو").
DAY_WORDS: dict[str, int] = {
    "الأول من": 1, "الثاني من": 2, "الثالث من": 3, "الرابع من": 4, "الخامس من": 5,
    "السادس من": 6, "السابع من": 7, "الثامن من": 8, "التاسع من": 9, "العاشر من": 10,
    "الحادي عشر من": 11, "الثاني عشر من": 12, "الثالث عشر من": 13, "الرابع عشر من": 14,
    "الخامس عشر من": 15, "السادس عشر من": 16, "السابع عشر من": 17, "الثامن عشر من": 18,
    "التاسع عشر من": 19, "العشرين من": 20, "الحادي والعشرين من": 21,
    "الثاني والعشرين من": 22, "الثالث والعشرين من": 23, "الرابع والعشرين من": 24,
    "الخامس والعشرين من": 25, "السادس والعشرين من": 26, "السابع والعشرين من": 27,
    "الثامن والعشرين من": 28, "التاسع والعشرين من": 29, "الثلاثين من": 30,
    "الحادي والثلاثين من": 31,
}
# A weekday word right after these is not a date ("صلاة الجمعة", "خطبة الجمعة"),
# nor right before these ("الأحد عشر" = the eleven).
WEEKDAY_BLOCK_BEFORE = ("صلاة", "خطبة", "خطبتي", "إمام", "أئمة", "خطيب", "مسجد", "جامع")
WEEKDAY_BLOCK_AFTER = ("عشر", "عشرة")
# Words between a month name and its year ("5 يونيو عام 2017").
MONTH_YEAR_JOINERS = ("عام", "العام", "من عام", "من العام", "سنة")

# "N units ago": the ago-word stands before ("قبل 3 أيام", "منذ عامين").
# Units map to (unit, count); count 0 = a plural that needs a number
# ("قبل أيام" is vague), duals carry 2.
AGO_BEFORE = ("قبل", "منذ")
AGO_AFTER: tuple[str, ...] = ()
AGO_UNITS: dict[str, tuple[str, int]] = {
    "يوم": ("day", 1), "أيام": ("day", 0), "يوما": ("day", 0), "يومين": ("day", 2),
    "أسبوع": ("week", 1), "أسابيع": ("week", 0), "أسبوعين": ("week", 2),
    "شهر": ("month", 1), "أشهر": ("month", 0), "شهور": ("month", 0), "شهرا": ("month", 0),
    "شهرين": ("month", 2),
    "عام": ("year", 1), "أعوام": ("year", 0), "عاما": ("year", 0), "عامين": ("year", 2),
    "سنة": ("year", 1), "سنوات": ("year", 0), "سنين": ("year", 0), "سنتين": ("year", 2),
}
# "قبل يومين من العرض" counts from another event, not from the anchor;
# "بضعة"/"عدة" make the count vague.
AGO_BLOCK_AFTER = ("من",)
AGO_VAGUE = ("بضعة", "بضع", "عدة")
# A date right after these is a deadline or target, never the date of the
# event ("بحلول عام 2030", "حتى نهاية 2025", "في أفق 2030", "رؤية المملكة 2030").
# Fillers may stand between the word and the date.
TARGET_BEFORE = (
    "حتى", "بحلول", "لغاية", "إلى غاية", "الى غاية", "مع حلول", "قبل حلول", "في أفق", "أفق",
    "آفاق", "في موعد أقصاه", "موعد أقصاه", "قبل نهاية", "مع نهاية", "بنهاية", "لحين",
    "إلى حين", "رؤية", "أجندة",
)
TARGET_FILLERS = (
    "عام", "العام", "سنة", "السنة", "نهاية", "مطلع", "منتصف", "أواخر", "أوائل", "شهر", "يوم",
    "المملكة", "الوطنية",
)
# Words between "today (weekday)" and its date ("اليوم الخميس الموافق ل 15 جوان 2017").
TODAY_JOINERS = ("الموافق", "الموافق ل", "الموافق لـ", "المصادف", "المصادف ل")
# fmt: on

# Written after a clock time ("10:30 am"), in any script's news.
CLOCK_SUFFIXES = ("am", "pm")
