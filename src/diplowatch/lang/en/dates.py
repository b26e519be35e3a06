"""English date vocabulary (lower-case, as the normaliser lower-cases Latin)."""

# Data tables are laid out by hand (several entries a line).
# fmt: off

MONTHS: dict[str, dict[str, int]] = {
    "gregorian": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
}
# "may" and "march" are verbs: only in a full date or next to a day number.
AMBIGUOUS_MONTHS = ("may", "march", "mar", "jan", "jun", "dec")

DAY_MONTH_JOINERS = ("of", "of the")
MONTH_SUFFIXES: tuple[str, ...] = ()
CURRENT_MONTH_WORDS: tuple[str, ...] = ()
# Ordinal endings after a day number ("23rd").
DAY_SUFFIXES = ("st", "nd", "rd", "th")

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
WEEKDAY_PREFIXES = ("on",)
WEEKDAY_NEXT = ("next", "coming")
WEEKDAY_LAST = ("last", "past")

RELATIVE: dict[str, tuple[str, int]] = {
    "today": ("day", 0), "yesterday": ("day", -1), "tomorrow": ("day", 1),
    "last night": ("day", -1), "tonight": ("day", 0),
    "the day before yesterday": ("day", -2), "the day after tomorrow": ("day", 2),
    "last week": ("week", -1), "next week": ("week", 1), "this week": ("week", 0),
    "last month": ("month", -1), "next month": ("month", 1), "this month": ("month", 0),
    "last year": ("year", -1), "next year": ("year", 1), "this year": ("year", 0),
}
PROCLITICS: tuple[str, ...] = ()

ERAS: dict[str, str] = {"ad": "gregorian", "a.d.": "gregorian", "ce": "gregorian", "ah": "lunar_hijri"}
YEAR_WORDS = ("in", "since", "year", "by", "until", "of")
DEFAULT_HIJRI = "gregorian"

# Labels of the publication stamp on crawled pages. Anywhere in the head or
# foot of a page ("Write: 2024-04-23 15:48:47 Update: …", "Published: …"):
STAMP_PREFIXES = (
    "write:", "written:", "published:", "posted:", "date:", "publication date:",
    "date published:", "first published:", "published on:", "release date:", "dated:",
)
# Only at the start of a line or after a "|" (in running text they are verbs:
# "the report, published on 2 May …"):
STAMP_LINE_PREFIXES = (
    "published", "published on", "published at", "posted", "posted on", "posted at",
    "first published", "first published on", "date",
)
# The same for the date of the last update, used when no publication stamp is given.
UPDATE_PREFIXES = ("update:", "updated:", "last updated:", "last modified:", "modified:")
UPDATE_LINE_PREFIXES = (
    "updated", "updated on", "updated at", "last updated", "last updated on", "last modified",
)
# Words after a time of day in a stamp ("10:30 am").
DAY_PERIODS = ("am", "pm", "a.m.", "p.m.", "gmt", "utc", "et", "est", "edt", "kst", "ast")
TIME_WORDS = ("at",)

DAY_WORDS: dict[str, int] = {}
WEEKDAY_BLOCK_BEFORE = ("cyber", "black", "good", "easter", "ash")
WEEKDAY_BLOCK_AFTER: tuple[str, ...] = ()
# Words between a month name and its year ("April of 2024").
MONTH_YEAR_JOINERS = ("of",)

# "N units ago" ("three days ago", "a week ago").
AGO_BEFORE: tuple[str, ...] = ()
AGO_AFTER = ("ago",)
AGO_UNITS: dict[str, tuple[str, int]] = {
    "day": ("day", 1), "days": ("day", 0), "week": ("week", 1), "weeks": ("week", 0),
    "month": ("month", 1), "months": ("month", 0), "year": ("year", 1), "years": ("year", 0),
}
# "two days before the vote" is not "ago"; "a few days ago" is vague.
AGO_BLOCK_AFTER: tuple[str, ...] = ()
AGO_VAGUE = ("few", "several", "many")
# A date right after these is a deadline or target, never the date of the
# event: "raise trade to $50 billion by 2028", "until the end of 2030",
# "Vision 2030". Fillers may stand between the word and the date.
TARGET_BEFORE = (
    "by", "until", "till", "through", "no later than", "before the end of", "deadline",
    "target year", "vision", "agenda",
)
TARGET_FILLERS = ("the", "end", "of", "early", "mid", "late", "year", "fiscal", "calendar")
# Words between "today (weekday)" and its date ("today, Tuesday, the 23rd of April").
TODAY_JOINERS = ("the",)
# fmt: on

# Written after a clock time ("10:30 am"), in any script's news.
CLOCK_SUFFIXES = ("am", "pm")
