"""Arabic words next to which a number counts people (killed, wounded, …).

Base forms; the matcher adds clitics, the article and the "noun" endings.
"""

from __future__ import annotations

COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "قتيل",
        "قتلى",
        "مقتل",
        "مصرع",
        "مصرعهم",
        "قتل",
        "قتلوا",
        "قتلت",
        "شهيد",
        "شهداء",
        "استشهاد",
        "حتفهم",
        "حتفه",
        "أودى بحياة",
        "وفاة",
    ),
    "wounded": (
        "جريح",
        "جرحى",
        "إصابة",
        "مصاب",
        "مصابين",
        "أصيب",
        "أصيبوا",
        "إصابات",
        "جرح",
        "جرحوا",
        "جرحت",
        # the active verb ("قتل انتحاري 12 شخصا وأصاب 30 آخرين")
        "أصاب",
        "أصابت",
        "أصابوا",
    ),
    "arrested": ("اعتقال", "معتقل", "اعتقل", "اعتقلت", "توقيف", "موقوف", "احتجاز", "القبض على"),
    # The verb of taking part counts as much as the noun ("تظاهر 1500 شخص").
    "participants": (
        "متظاهر",
        "محتج",
        "مشارك",
        "تظاهر",
        "تظاهروا",
        "احتشد",
        "احتشدوا",
        "شارك",
        "شاركوا",
    ),
}

# Nouns for people (base forms and broken plurals): a number written next to
# one counts people, so it is neither a year ("2000 متظاهر") nor a number
# that only stands near the count word. Agents ("جنود", "الشرطة") and
# peoples ("فلسطينيين") are read from their own tables.
PERSON_NOUNS: tuple[str, ...] = (
    "شخص",
    "أشخاص",
    "فرد",
    "أفراد",
    "مدني",
    "مدنيين",
    "مواطن",
    "رجل",
    "رجال",
    "امرأة",
    "نساء",
    "سيدة",
    "طفل",
    "أطفال",
    "صبي",
    "فتاة",
    "رضيع",
    "جندي",
    "جنود",
    "عسكري",
    "عنصر",
    "عناصر",
    "ضابط",
    "ضباط",
    "شرطي",
    "مسلح",
    "مقاتل",
    "متشدد",
    "مسلحين",
    "مشتبه",
    "مشتبها",
    "طالب",
    "طلاب",
    "طلبة",
    "عامل",
    "عمال",
    "صحفي",
    "صحافي",
    "ناشط",
    "محام",
    "محامي",
    "محامين",
    "محامون",
    "مصل",
    "مصلين",
    "مصليا",
    "راكب",
    "ركاب",
    "حاج",
    "حجاج",
    "زائر",
    "زوار",
    "ساكن",
    "سكان",
    "لاجئ",
    "مهاجر",
    "سجين",
    "سجناء",
    "أسير",
    "أسرى",
    "رهينة",
    "رهائن",
    "عضو",
    "أعضاء",
    "طبيب",
    "أطباء",
    "معلم",
    "سائح",
    "مزارع",
    "صياد",
    "موظف",
    "حارس",
    "متظاهرين",
    "إرهابي",
    "إرهابيين",
    "متمرد",
    "مستوطن",
    "فلسطيني",
    "آخر",
    "آخرين",
)

# No number doubles as the indefinite article: "واحد" follows its noun, so
# "جندي واحد" is attached and "في مداهمة واحدة" only a plain number.
ARTICLE_NUMBERS: tuple[str, ...] = ()

# A number after one of these and attached to no noun for people counts
# things, not people ("في ثلاث غارات", "على 3 قرى"); "من" and "إلى" are left
# out: "أكثر من 20", "ارتفع عدد القتلى إلى 20" count people.
THING_PREPOSITIONS: tuple[str, ...] = ("في", "خلال", "على", "عبر")

# A number shaped like a year right after one of these is a year even
# before a person noun ("في 2019 اقتحم متظاهرون").
YEAR_BEFORE: tuple[str, ...] = ("في", "منذ", "خلال", "مطلع", "أواخر", "أوائل")

# Plural quantities that are no number ("عشرات الأشخاص"): no count.
# doerslot24: quantities with no figure ("عدد من", "عدة") count whom a
# deed struck as a number does (victims, extract/victims_only.py).
VAGUE_NUMBERS: tuple[str, ...] = (
    "عشرات",
    "مئات",
    "آلاف",
    "عشرات الآلاف",
    "الآلاف",
    "المئات",
    "عدد",
    "عدة",
)

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

# Between two counted groups these join them into one count ("أربعة محامين
# وناشطا": 5); "و" comes from numbers.CONJUNCTIONS.
COUNT_JOINERS: tuple[str, ...] = ("،", ",")

# "X with N others" counts X too ("ناشطا مع 18 آخرين": 19).
WITH_OTHERS: tuple[str, ...] = ("مع", "برفقة", "إلى جانب", "الى جانب")
OTHERS_WORDS: tuple[str, ...] = ("آخرين", "آخرون", "آخر")

# sides23: words that may stand between a count and the group it counts
# ("11 من عناصر داعش", "4 عناصر من الشرطة", "20 شخصا من الجنود"): the group
# is counted too, so a deed of force names it as whom it struck.
COUNTED_LINKS: tuple[str, ...] = (
    "من",
    "عنصرا",
    "عناصر",
    "أعضاء",
    "اعضاء",
    "عضوا",
    "شخصا",
    "أشخاص",
    "اشخاص",
    "أفراد",
    "افراد",
    "فردا",
    # agents25fa: through a pronoun ("ستون قتيلا ثلاثة منهم جنود أمريكيون")
    "منهم",
    # victims57: the soldiers or officers a count heads before their force
    # ("ثلاثة جنود من الجيش المصري", "خمسة ضباط من الشرطة"): the force is
    # counted too, as "4 عناصر من الشرطة" is
    *("جنود", "جنديا", "ضباط", "ضابطا", "عسكريين", "عسكريا", "مجندين", "مجندا"),
)

# Indefinite singulars (bare or accusative) that count one person where no
# number is written ("قتل جنديان ومدني": 3); never with the article (the
# "ال" form refers back to someone already named).
ONE_PERSON_NOUNS: tuple[str, ...] = (
    "مدني",
    "مدنيا",
    "جندي",
    "جنديا",
    "شرطي",
    "شرطيا",
    "ضابط",
    "ضابطا",
    "طفل",
    "طفلا",
    "امرأة",
    "رجل",
    "رجلا",
    "شاب",
    "شابا",
    "فتى",
    "فتاة",
    "ناشط",
    "ناشطا",
    "صحفي",
    "صحفيا",
    "صحافي",
    "صحافيا",
    "طالب",
    "طالبا",
    "مواطن",
    "مواطنا",
    "شخص",
    "شخصا",
    "عنصر",
    "عنصرا",
    "محام",
    "محاميا",
)

# Duals of nouns for people whose plural is another form ("جنديين", "شخصان"):
# the noun itself says two. Nisba forms shared with the plural ("مدنيين",
# "صحفيين") are left out, and "طالبان" (the Taliban).
DUAL_PERSON_NOUNS: tuple[str, ...] = (
    "جنديين",
    "جنديان",
    "شخصين",
    "شخصان",
    "رجلين",
    "رجلان",
    "طفلين",
    "طفلان",
    "امرأتين",
    "امرأتان",
    "ضابطين",
    "ضابطان",
    "عنصرين",
    "عنصران",
    "شرطيين",
    "شرطيان",
    "سجينين",
    "سجينان",
    "أسيرين",
    "أسيران",
    "رهينتين",
    "رهينتان",
    "شابين",
    "شابان",
    "فتاتين",
    "فتاتان",
    "حارسين",
    "حارسان",
)

# precision81ar: a count word after one of these says that none were hurt,
# killed or held ("دون وقوع إصابات", "ولم تقع إصابات"): no count, though a
# lone singular ("أطلق رجل النار") stands near it.
NONE_BEFORE: tuple[str, ...] = (
    "دون",
    "بدون",
    "من دون",
    "دون وقوع",
    "بدون وقوع",
    "دون تسجيل",
    "دون سقوط",
    "دون أي",
    "دون وقوع أي",
    "عدم وقوع",
    "عدم تسجيل",
    "عدم سقوط",
    "لم تقع",
    "ولم تقع",
    "لم يسفر عن وقوع",
    "ولم يسفر عن وقوع",
    "لم تسفر عن وقوع",
    "ولم تسفر عن وقوع",
    "لم يسفر عن",
    "ولم يسفر عن",
    "لم تسفر عن",
    "ولم تسفر عن",
    "لا",
    "ولا",
)

# lead60: a count word joined by one of these to a count word said to be
# none is none too ("دون وقوع قتلى أو جرحى": neither dead nor wounded).
NONE_JOINERS: tuple[str, ...] = ("أو", "او", "ولا", "و")

# senses101: trigger words that, right after a number, are nouns for people
# ("قضية 18 متهما": suspects, no one accusing; ``extract/counted_nouns.py``).
# Not "متهمة" alone: a count before the feminine is rare and the
# participle ("…، متهمة إياه") is read as before where no number stands.
COUNTED_NOT_TRIGGERS: tuple[str, ...] = ("متهما", "متهمين", "متهمون")
