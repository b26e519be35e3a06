"""Arabic cues for the status of an event and for reported speech.

The future prefix س on a verb is read from the verb itself (see
``affixes.FUTURE_PREFIXES``); these are the free-standing words.
"""

PLANNED_CUES: tuple[str, ...] = (
    "سوف",
    "سيتم",
    "ستتم",
    "من المقرر",
    "من المنتظر",
    "من المتوقع",
    "المقبل",
    "المقبلة",
    "القادم",
    "القادمة",
    "يعتزم",
    "تعتزم",
    "ينوي",
    "تنوي",
    "غدا",
    "الشهر المقبل",
    "الاسبوع المقبل",
    "في وقت لاحق",
    "ستعقد",
    "سيعقد",
    "ستجري",
    "سيجري",
    "الاسبوع الجاري",
)
NEGATION_CUES: tuple[str, ...] = ("لم", "لن", "لا", "ليس", "ما", "دون", "بدون", "عدم", "نفى", "نفت")
BACKGROUND_CUES: tuple[str, ...] = ("منذ عام", "في عام", "خلال عام", "سبق ان", "في وقت سابق من عام")
HYPOTHETICAL_CUES: tuple[str, ...] = ("اذا", "لو", "في حال", "ان تم")
# Words that open a reported clause ("أعلن الاثنين أن الرئيس سيزور …"): a date
# before them dates the saying, not a planned event after them.
CLAUSE_OPENERS: tuple[str, ...] = ("أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها")
