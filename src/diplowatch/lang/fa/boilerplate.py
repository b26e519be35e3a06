"""Persian crawl residue: navigation, widget and share-button lines.

Lines are compared after ``normalize_phrase`` (ی/ي and ک/ك folded, ZWNJ
read as a space, lower case, single spaces) with bullets and punctuation
trimmed from both ends. Only phrases that cannot be a sentence of an
article belong here. PATTERNS must match the whole (normalised) line;
write them with lower-case escapes only, because the pattern text is
normalised too. Note that ``حقوق`` also means "salaries", so copyright
lines are matched by a full pattern, never by a prefix.
"""

EXACT: tuple[str, ...] = (
    "مهمترین اخبار ایران و جهان",
    "مهم‌ترین اخبار ایران و جهان",
    "مهمترین اخبار",
    "مهم‌ترین اخبار",
    "اخبار مرتبط",
    "مطالب مرتبط",
    "خبرهای مرتبط",
    "مطالب پیشنهادی",
    "پیشنهاد سردبیر",
    "پربازدیدترین‌ها",
    "پربازدیدترین",
    "پربحث‌ترین‌ها",
    "آخرین اخبار",
    "اشتراک گذاری",
    "اشتراک‌گذاری",
    "ارسال",
    "ارسال به دوستان",
    "نسخه چاپی",
    "چاپ",
    "تبلیغ",
    "تبلیغات",
    "اندازه متن",
    "اندازه قلم",
    "aaaa",
    "بازگشت به بالا",
    "نظرات",
    "ارسال نظر",
    "دیدگاه‌ها",
    "دیدگاه شما",
    "لینک کوتاه",
    "کپی شد",
    "کپی لینک",
    "توضیح تصویر",
    "انتهای پیام",
    "پایان پیام",
    "انتهی پیام",
)

PREFIXES: tuple[str, ...] = (
    "بیشتر بخوانید",
    "بخوانید:",
    "پیشنهاد ما:",
    "منبع تصویر",
    "عکس:",
    "لینک کوتاه:",
)

PATTERNS: tuple[str, ...] = (
    r"کد خبر: ?\d+",
    r"(نظرات|دیدگاه ها)\s*\(\d+\)",
    r"\d+ (نظر|دیدگاه)",
    r".{1,60} را در (اینستاگرام|تلگرام|توییتر|توئیتر|ایکس|فیسبوک|یوتیوب) دنبال کنید",
    r"به کانال .{1,60} در (تلگرام|یوتیوب) بپیوندید",
    r"(کلیه|تمامی) حقوق .{0,100}محفوظ (است|می باشد|میباشد)",
    r"©.{0,200}",
    r"(این (وب سایت|وبسایت|سایت)|ما) از (کوکی|کوکی ها|کوکیها) .{0,300}",
)

SHARE_WORDS: tuple[str, ...] = (
    "فیسبوک",
    "توییتر",
    "توئیتر",
    "تلگرام",
    "واتس‌اپ",
    "واتساپ",
    "اینستاگرام",
    "لینکدین",
    "ایمیل",
    "پیام‌رسان",
    "اشتراک",
    "چاپ",
    "ارسال",
)

# "منبع: خبرگزاری ..." — kept as the document's source, not as text.
SOURCE_LABELS: tuple[str, ...] = ("منبع", "منبع خبر")
