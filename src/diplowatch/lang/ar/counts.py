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
