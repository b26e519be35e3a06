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
