"""Arabic crawl residue: navigation, widget and share-button lines.

Lines are compared after ``normalize_phrase`` (letter variants folded,
lower case, single spaces) with bullets and punctuation trimmed from both
ends, so one spelling here covers the variants. Only phrases that cannot be
a sentence of an article belong here: dropping a real sentence is worse
than keeping a menu label. PATTERNS are regular expressions that must match
the whole (normalised) line; write them with lower-case escapes only
(``\\d``, ``\\s``), because the pattern text is normalised too.
"""

EXACT: tuple[str, ...] = (
    "موضوعات ذات صلة",
    "مواضيع ذات صلة",
    "أخبار ذات صلة",
    "مقالات ذات صلة",
    "ابق على اتصال",
    "ابقى على اتصال",
    "ابقوا على اتصال",
    "احصل على النشرة الإخبارية",
    "اشترك في النشرة الإخبارية",
    "اشترك في النشرة البريدية",
    "اشترك في نشرتنا البريدية",
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "الأكثر تعليقا",
    "اقرأ أيضا",
    "اقرأ المزيد",
    "المزيد",
    "شارك",
    "شارك الخبر",
    "شارك المقال",
    "شارك هذا المقال",
    "مشاركة",
    "طباعة",
    "أرسل لصديق",
    "إرسال لصديق",
    "إعلان",
    "تابعنا",
    "تابعونا",
    "العودة للأعلى",
    "العودة إلى الأعلى",
    "الرئيسية",
    "أضف تعليق",
    "أضف تعليقك",
    "اترك تعليقا",
    "التعليقات",
    "حجم الخط",
    "تكبير الخط",
    "تصغير الخط",
    "نسخ الرابط",
    "تم نسخ الرابط",
    "رابط مختصر",
    "انتهى",
)

PREFIXES: tuple[str, ...] = (
    "اقرأ أيضا:",
    "اقرأ أيضا -",
    "اقرأ المزيد:",
    "شاهد أيضا:",
    "تابعونا على",
    "تابعنا على",
    "حمل تطبيق",
    "للتواصل مع الكاتب",
    "جميع الحقوق محفوظة",
)

PATTERNS: tuple[str, ...] = (
    r"(تعليق|تعليقات|التعليقات)\s*\(\d+\)",
    r"(عدد التعليقات|التعليقات): \d+",
    r"\d+ (تعليق|تعليقات)",
    r"©.{0,200}",
    r"(جميع|كل) الحقوق محفوظة.{0,200}",
    r"(يستخدم هذا الموقع|يستخدم موقعنا|نستخدم) (ملفات )?(تعريف الارتباط|الكوكيز|كوكيز).{0,300}",
)

SHARE_WORDS: tuple[str, ...] = (
    "فيسبوك",
    "فيس بوك",
    "تويتر",
    "واتساب",
    "واتس اب",
    "تيليجرام",
    "تلغرام",
    "تلجرام",
    "لينكدإن",
    "انستغرام",
    "إنستغرام",
    "يوتيوب",
    "البريد",
    "الإلكتروني",
    "مشاركة",
    "شارك",
    "طباعة",
)

# "المصدر: وكالة الأنباء ..." — kept as the document's source, not as text.
SOURCE_LABELS: tuple[str, ...] = ("المصدر", "مصدر الخبر")
