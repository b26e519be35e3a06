"""Persian words that tell how a country mention relates to an event."""

TOPIC_PREPOSITIONS: tuple[str, ...] = ("درباره", "مورد", "خصوص", "در", "علیه", "برای", "بر")
LOCATION_PREPOSITIONS: tuple[str, ...] = ("در",)
ACTOR_HEAD_NOUNS: tuple[str, ...] = (
    "دولت", "وزارت", "وزیر", "هیئت", "هیات", "سفارت", "مقامات", "طرف", "ارتش", "نیروهای",
    "مجلس", "همتای", "سفیر", "رئیس", "سخنگوی", "جمهور", "رییس", "دیپلمات", "مقام", "همتایان",
)
CONJUNCTIONS: tuple[str, ...] = ("و", "،", ",", "یا")
TARGET_CUES: tuple[str, ...] = ("حجم تجارت", "حجم مبادلات", "رساندن", "هدف")
# Persian-language news is mostly Iranian: "کشورمان" (our country) means Iran
# unless the roles file's Afghan cues say otherwise.
DEFAULT_HOME = "IRN"
