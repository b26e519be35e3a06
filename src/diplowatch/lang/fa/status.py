"""Persian cues for the status of an event."""

PLANNED_CUES: tuple[str, ...] = (
    "خواهد",
    "خواهند",
    "قرار است",
    "آینده",
    "فردا",
    "هفته آینده",
    "ماه آینده",
    "در نظر دارد",
    "برگزار می شود",
    "برگزار خواهد شد",
    "پیش رو",
    "قصد دارد",
)
NEGATION_CUES: tuple[str, ...] = (
    "عدم",
    "نخواهد",
    "نکرد",
    "نکردند",
    "نمی کند",
    "نمی کنند",
    "هرگز",
    "نه",
)
BACKGROUND_CUES: tuple[str, ...] = ("از سال", "در سال")
HYPOTHETICAL_CUES: tuple[str, ...] = ("اگر", "در صورت")
# Words that open a reported clause ("روز دوشنبه اعلام کرد که رئیس جمهور … سفر
# خواهد کرد"): a date before them dates the saying, not a planned event after them.
CLAUSE_OPENERS: tuple[str, ...] = ("که",)
