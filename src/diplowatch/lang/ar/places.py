"""Arabic names of provinces, towns and regions, by the country they are in.

A place tells the country of agents named without one ("الشرطة في قبلي",
"هجوم في بن قردان"); it is never a participant itself. Capitals and the
bigger cities live in ``actors.py`` (generated); this gazetteer adds towns
and regions the Arabic news of the Maghreb and the Levant names often.

Names that are also common words are left out: "الكاف" (the letter),
"ليل" (night), "العيون" (eyes), "الوادي" (the valley), "المرسى" (the
anchorage), "صور" (pictures), "الخبر" (the news), "صلاح الدين" (a name), "مساكن" (dwellings), "الحامة"
(the hot spring), "عقارب" (scorpions), "الرقاب" (necks), "الزاوية" (the
corner), "الباب" (the door).
"""

from __future__ import annotations

PLACES: dict[str, tuple[str, ...]] = {
    "TUN": (
        "رأس جدير",
        "راس جدير",
        "الذهيبة",
        "قبلي",
        "الكامور",
        "سمامة",
        "جبل سمامة",
        "المتلوي",
        "الرديف",
        "أم العرائس",
        "القصرين",
        "جبل الشعانبي",
        # towns and delegations the Tunisian press names often
        "بنقردان",
        "حمام الأنف",
        "رادس",
        "سيدي حسين",
        "حي التضامن",
        "دوار هيشر",
        "باردو",
        "قليبية",
        "طبرقة",
        "عين دراهم",
        "مكثر",
        "تالة",
        "فريانة",
        "سبيطلة",
        "القلعة الكبرى",
        "هرقلة",
        "النفيضة",
        "منزل بورقيبة",
        "فوشانة",
        "جبنيانة",
        "المكناسي",
        "منزل بوزيان",
        "مطماطة",
        "دوز",
        "المظيلة",
        "رمادة",
        "الصخيرة",
    ),
    "DZA": ("إليزي", "الشلف", "بسكرة", "تبسة", "عين صالح"),
    "LBY": ("السدرة", "زوارة", "الهلال النفطي", "بني وليد"),
    "SYR": ("القنيطرة",),
    "IRQ": ("بيجي", "محافظة صلاح الدين"),
    "LBN": ("الهرمل", "البقاع", "سهل البقاع"),
    "PSE": ("القدس الشرقية",),
    "JOR": ("الزرقاء", "الكرك", "السلط"),
    "TUR": ("شانلي أورفا",),
    "SOM": ("بيدوا",),
    "FRA": ("مارسيليا", "نيس"),
    "DEU": ("ميونخ",),
    "BEL": ("أنفير",),
    "USA": ("سان برناردينو", "فيرجينيا", "باتون روج"),
}
