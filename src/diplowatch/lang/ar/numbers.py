"""Arabic number words for amounts ("ستة ملايين", "ثلاثة مليارات", "نصف مليون").

Masculine and feminine forms, case endings (-ان/-ين) and accusative -ا are
listed as separate spellings; they are folded with ``normalize_phrase`` at
load time (ة→ه, أ/إ→ا, ى→ي).
"""

# Data tables are laid out by hand (several entries a line).
# fmt: off

# Words with a value of their own (units, teens, tens, hundreds).
VALUES: dict[str, float] = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8,
    "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "أحد عشر": 11, "إحدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12,
    "ثلاثة عشر": 13, "أربعة عشر": 14, "خمسة عشر": 15, "ستة عشر": 16, "سبعة عشر": 17,
    "ثمانية عشر": 18, "تسعة عشر": 19,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500,
    "خمسمائة": 500, "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700,
    "ثمانمئة": 800, "ثمانمائة": 800, "تسعمئة": 900, "تسعمائة": 900,
}

# Multipliers. Plural forms only multiply a preceding number ("ستة ملايين");
# alone they are vague ("ملايين الدولارات") and give no amount.
SCALES: dict[str, float] = {
    "ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "الف": 1e3,
    "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
    "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9, "بلايين": 1e9,
    "تريليون": 1e12, "تريليونات": 1e12,
}
PLURAL_SCALES = ("آلاف", "ملايين", "مليارات", "بلايين", "تريليونات")
# Duals carry their own number ("مليونا دولار", "ملياري دولار"). "مليونا" and
# "مليارا" are also the accusative after a number ("50 مليونا"): after a number
# they act as the scale.
DUALS: dict[str, float] = {
    "ألفان": 2e3, "ألفين": 2e3, "ألفي": 2e3, "ألفا": 2e3, "مليونان": 2e6, "مليونين": 2e6,
    "مليوني": 2e6, "مليونا": 2e6, "ملياران": 2e9, "مليارين": 2e9, "ملياري": 2e9, "مليارا": 2e9,
}
# Fractions of a scale ("نصف مليون", "ربع مليار").
FRACTIONS: dict[str, float] = {"نصف": 0.5, "ربع": 0.25}
# Joining words inside one number ("مليونان و500 ألف").
CONJUNCTIONS = ("و",)
# Clitics that may sit on the first token ("بـ 6 ملايين" is split, "و200" is glued).
PREFIXES = ("و", "ب")
# A scale word with no number in front counts as one of it: "مليون دولار" alone means one million dollars.
BARE_SCALE_IS_ONE = True
# fmt: on
