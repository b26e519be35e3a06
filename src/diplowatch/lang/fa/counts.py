"""Persian words next to which a number counts people (killed, wounded, …).

Base forms; the matcher adds the "noun" endings.
"""

from __future__ import annotations

from .dates import MONTHS

COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "کشته",
        "کشتند",
        "را کشت",
        # the singular past closing its clause ("… دوازده نفر را در مسجدی
        # کشت."), as the trigger reads it: bare "کشت" is also cultivation
        "کشت.",
        "کشت،",
        "کشت؛",
        "به قتل رساندند",
        "به قتل رسیدند",
        "جان باخت",
        "جان باختند",
        "جان سپردند",
        "جان خود را از دست دادند",
        "قربانی",
        "شهید",
    ),
    "wounded": ("زخمی", "مجروح", "مصدوم", "مجروحان", "زخمیان"),
    "arrested": ("بازداشت", "دستگیر", "بازداشت شدگان", "دستگیر شدگان"),
    # Taking part counts as much as the noun ("۱۵۰۰ نفر در تجمع شرکت کردند").
    "participants": (
        "معترض",
        "تظاهرکننده",
        "تظاهر کننده",
        "تظاهرکنندگان",
        "تظاهر کنندگان",
        "راهپیما",
        "تجمع کنندگان",
        "شرکت کنندگان",
        "شرکت کردند",
        "تجمع کردند",
        "راهپیمایی کردند",
        "تظاهرات کردند",
    ),
}

# Nouns for people: a number written next to one counts people, so it is
# neither a year ("۲۰۰۰ معترض") nor a number that only stands near the count
# word ("پنج نفر در یک حمله … کشته شدند"). Agents ("سرباز", "پلیس") and
# peoples ("فلسطینی") are read from their own tables.
PERSON_NOUNS: tuple[str, ...] = (
    "نفر",
    "تن",
    "شخص",
    "فرد",
    "افراد",
    "غیرنظامی",
    "غیر نظامی",
    "جوان",
    "خدمه",
    "سرنشین",
    "پرسنل",
    "تبعه",
    "اتباع",
    "پیمانکار",
    "نگهبان",
    "کارمند",
    "شهروند",
    "مرد",
    "زن",
    "کودک",
    "کودکان",
    "بچه",
    "نوجوان",
    "سرباز",
    "نظامی",
    "مامور",
    "ماموران",
    "افسر",
    "پلیس",
    "شبه نظامی",
    "شبه‌نظامی",
    "جنگجو",
    "شورشی",
    "ستیزه جو",
    "مظنون",
    "متهم",
    "دانشجو",
    "دانش آموز",
    "دانش‌آموز",
    "کارگر",
    "خبرنگار",
    "روزنامه نگار",
    "روزنامه‌نگار",
    "فعال",
    "وکیل",
    "عکاس",
    "نویسنده",
    "هنرمند",
    "نمازگزار",
    "مسافر",
    "زائر",
    "ساکن",
    "پناهجو",
    "مهاجر",
    "زندانی",
    "اسیر",
    "گروگان",
    "عضو",
    "پزشک",
    "معلم",
    "گردشگر",
    "کشاورز",
    "ماهیگیر",
)

# "یک" is also the indefinite article ("در یک حمله"): it counts people only
# next to a count word or a person noun ("یک سرباز", "یک کشته").
ARTICLE_NUMBERS: tuple[str, ...] = ("یک",)

# A number after one of these and attached to no noun for people counts
# things, not people ("با پنج گلوله", "در دو حمله"); "به" and "از" are left
# out: "شمار کشته‌ها به ۲۰ رسید", "بیش از ۳۰" count people.
THING_PREPOSITIONS: tuple[str, ...] = ("در", "با", "طی")

# A number shaped like a year right after one of these is a year even
# before a person noun ("در ۱۳۹۸ معترضان …").
# A year is also written after its month ("در اوایل بهمن‌ماه ۱۳۹۶ دستگیر
# شدند": arrested in 1396, not 1396 people arrested).
YEAR_BEFORE: tuple[str, ...] = (
    "در",
    "طی",
    "اوایل",
    "اواخر",
    "ماه",
    *(m for calendar in ("solar_hijri", "gregorian") for m in MONTHS[calendar]),
)

# Plural quantities that are no number ("ده‌ها نفر"): no count.
# doerslot24: quantities with no figure ("شماری از", "تعدادی از") count
# whom a deed struck as a number does (victims, extract/victims_only.py).
VAGUE_NUMBERS: tuple[str, ...] = (
    "ده ها",
    "صدها",
    "هزاران",
    "ده‌ها",
    "دهها",
    "شماری",
    "تعدادی",
    "چندین",
    # agents31fa: "several" ("چند فعال عراقی"), as English "several
    # activists" and Arabic "عدة ناشطين" count
    "چند",
)

# A number followed by one of these measures time, age, distance or a share,
# not people ("یک جوان ۲۵ ساله", "۳ روز پیش", "۴۰ درصد"); "تن" is left out:
# it also counts persons ("۲۰ تن زخمی").
MEASURE_UNITS: tuple[str, ...] = (
    "سال",
    "ساله",
    "سالگی",
    "ماه",
    "ماهه",
    "روز",
    "روزه",
    "هفته",
    "ساعت",
    "دقیقه",
    "درصد",
    "%",
    "کیلومتر",
    "کیلومتری",
    "متر",
    "متری",
    # a weekday named by its number ("روز پنج‌شنبه بازداشت شد": Thursday)
    "شنبه",
)

# A number right after one of these is an age or a year ("سن ۲۵", "سال ۱۴۰۰").
MEASURE_BEFORE: tuple[str, ...] = ("سال", "سن", "سنین", "سالهای", "سال‌های")
# prec39: a number right after an Iranian month is its year, short or
# long ("شهریور ۹۸ بازداشت شد": arrested in (13)98, not 98 arrested; the
# day stands before the month, "۱۵ آبان"), unless a noun for people follows
# it ("مهر ۲۰ نفر"). The Dari names are left out: they are also words
# ("میزان", "سرطان", "حمل").
YEAR_AFTER: tuple[str, ...] = (
    *("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور"),
    *("مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
)

# Between two counted groups these join them into one count ("چهار وکیل و
# یک فعال": 5); "و" comes from numbers.CONJUNCTIONS.
COUNT_JOINERS: tuple[str, ...] = ("،", ",")

# "X with N others" counts X too ("یک فعال را همراه با ۱۸ تن دیگر": 19).
WITH_OTHERS: tuple[str, ...] = ("همراه با", "به همراه", "با")
OTHERS_WORDS: tuple[str, ...] = ("دیگر",)

# sides23: words that may stand between a count and the group it counts
# ("۱۱ تن از اعضای داعش", "۴ نفر از ماموران پلیس", "۱۱ عضو داعش"): the group
# is counted too, so a deed of force names it as whom it struck.
COUNTED_LINKS: tuple[str, ...] = ("از", "تن", "نفر", "عضو", "اعضای", "عضوهای", "فرد") + (
    # agents25fa: a count of the dead told back through a pronoun ("شصت
    # کشته که سه تن از آنان سربازان آمریکایی بودند") counts those named
    "آنان",
    "آنها",
    "آن‌ها",
    "ایشان",
    # victims57: the soldiers or officers a count heads before their force
    # ("سه سرباز ارتش مصر", "چهار مامور پلیس"): the force is counted too.
    # Not "افسر": "یک افسر ارتش عراق" is one officer's title, read alone as
    # in Arabic and English (tests/test_agents31fa.py)
    *("سرباز", "سربازان", "مامور", "ماموران", "مأمور", "مأموران", "نظامی", "نظامیان"),
)

# precision81ar: a count word after one of these says that none were hurt,
# killed or held ("بدون هیچ تلفاتی", "هیچ کس زخمی نشد"): no count.
NONE_BEFORE: tuple[str, ...] = (
    "بدون",
    "بدون هیچ",
    "بی",
    "هیچ",
    "هیچ کس",
    "هیچ‌کس",
)

# lead60: a count word joined by one of these to a count word said to be
# none is none too ("بدون هیچ کشته یا زخمی": neither killed nor wounded).
NONE_JOINERS: tuple[str, ...] = ("یا", "و", "نه")
