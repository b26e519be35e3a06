"""Persian words next to which a number counts people (killed, wounded, …).

Base forms; the matcher adds the "noun" endings.
"""

from __future__ import annotations

COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("کشته", "جان باخت", "جان باختند", "جان خود را از دست دادند", "قربانی", "شهید"),
    "wounded": ("زخمی", "مجروح", "مصدوم", "مجروحان", "زخمیان"),
    "arrested": ("بازداشت", "دستگیر", "بازداشت شدگان", "دستگیر شدگان"),
    "participants": ("معترض", "تظاهرکننده", "تظاهر کننده", "راهپیما"),
}

# Plural quantities that are no number ("ده‌ها نفر"): no count.
VAGUE_NUMBERS: tuple[str, ...] = ("ده ها", "صدها", "هزاران", "ده‌ها", "دهها")

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
)

# A number right after one of these is an age or a year ("سن ۲۵", "سال ۱۴۰۰").
MEASURE_BEFORE: tuple[str, ...] = ("سال", "سن", "سنین", "سالهای", "سال‌های")
