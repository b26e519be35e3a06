"""Arabic words next to which a number counts people (killed, wounded, …).

Base forms; the matcher adds clitics, the article and the "noun" endings.
"""

from __future__ import annotations

COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("قتيل", "قتلى", "مقتل", "مصرع", "مصرعهم", "قتل", "قتلوا", "شهيد", "شهداء", "وفاة"),
    "wounded": ("جريح", "جرحى", "إصابة", "مصاب", "مصابين", "أصيب", "أصيبوا", "إصابات"),
    "arrested": ("اعتقال", "معتقل", "اعتقل", "اعتقلت", "توقيف", "موقوف", "احتجاز", "القبض على"),
    "participants": ("متظاهر", "محتج", "مشارك"),
}

# Plural quantities that are no number ("عشرات الأشخاص"): no count.
VAGUE_NUMBERS: tuple[str, ...] = ("عشرات", "مئات", "آلاف", "عشرات الآلاف", "الآلاف", "المئات")

# A number followed by one of these measures time, age, distance or a share,
# not people ("يبلغ من العمر 25 عاما", "قبل 3 أيام", "بنسبة 40 بالمئة").
MEASURE_UNITS: tuple[str, ...] = (
    "عاما",
    "عام",
    "اعوام",
    "سنة",
    "سنوات",
    "سنين",
    "عمره",
    "يوما",
    "يوم",
    "ايام",
    "ساعة",
    "ساعات",
    "دقيقة",
    "دقائق",
    "اسبوع",
    "اسبوعا",
    "اسابيع",
    "شهرا",
    "شهر",
    "اشهر",
    "شهور",
    "بالمئة",
    "بالمائة",
    "بالمية",
    "في المئة",
    "في المائة",
    "%",
    "كيلومتر",
    "كيلومترا",
    "كيلومترات",
    "كلم",
    "كم",
    "متر",
    "مترا",
    "امتار",
    "ميل",
    "ميلا",
    "طن",
    "طنا",
)

# A number right after one of these is an age or a year ("العمر 25", "عام 2023").
MEASURE_BEFORE: tuple[str, ...] = ("العمر", "عمر", "عمره", "عمرها", "عام", "العام", "سنة", "سن")
