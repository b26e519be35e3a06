"""English words that tell how a country mention relates to an event."""

TOPIC_PREPOSITIONS: tuple[str, ...] = (
    "about",
    "on",
    "over",
    "regarding",
    "in",
    "against",
    "toward",
    "towards",
    "into",
)
LOCATION_PREPOSITIONS: tuple[str, ...] = ("in", "at", "to", "from")
ACTOR_HEAD_NOUNS: tuple[str, ...] = ()
CONJUNCTIONS: tuple[str, ...] = ("and", ",", "or", "as well as")
TARGET_CUES: tuple[str, ...] = ("target", "aim to", "reach", "boost trade to")

# English news leads with subject and verb: the first trigger is the predicate.
MAIN_TRIGGER = "first"

# A sentence without an event of its own adds areas of cooperation to the
# previous event only when it speaks of "areas"/"fields" (e.g. "the accords
# cover health and culture").
SECTOR_SCOPE_CUES: tuple[str, ...] = (
    "areas",
    "fields",
    "sectors",
    "covering",
    "including",
    "cover",
)

# A sector word right after one of these names an office ("وزير الصحة",
# "Minister of Trade"), not an area of cooperation.
SECTOR_TITLE_WORDS: tuple[str, ...] = (
    "minister",
    "ministry",
    "secretary",
    "department",
    "ministers",
)

# Words that end a person's name written after "title + country".
NAME_STOPWORDS: tuple[str, ...] = (
    "and",
    "on",
    "in",
    "at",
    "said",
    "says",
    "who",
    "told",
    "met",
    "of",
    "the",
    "for",
    "with",
    "to",
)
NAME_MIN_TOKENS = 2

# English puts the country before the title ("South Korean President",
# "Japan's foreign minister"); a title takes a following country only
# through "of" ("Minister of Foreign Affairs of Japan").
TITLES_FOLLOW_COUNTRY = True
ROLE_COUNTRY_LINKS: tuple[str, ...] = ("", "of", "of the")
LOCATION_HEAD_NOUNS: tuple[str, ...] = ("capital", "city", "port", "province", "region")

# A preposition between a title and a country means the country is a host or
# counterpart ("سفير … لدى كوريا"), not the title holder's state.
ROLE_BREAK_WORDS: tuple[str, ...] = ("to", "in", "with", "at", "from", "for")

# English writes names with a capital: a country, city or organisation name
# in lower case is an ordinary word ("turkey", "fine china").
NAMES_CAPITALISED = True

# Names that are also given names, surnames or parts of longer names: kept
# unless a capitalised word the lexicon does not know is glued to them
# ("Michael Jordan", "Jordan Bardella", "Lake Chad", "Georgia Bureau of
# Investigation"), or a city of another country stands next to them
# ("Atlanta, Georgia"). Written as they appear; matched normalised.
NAMES_BY_NEIGHBOURS: tuple[str, ...] = (
    "Jordan",
    "Chad",
    "Georgia",
    "Georgian",
    "Niger",
    "Mali",
    "Guinea",
    "Congo",
    "Washington",
    "America",
    "Israel",
    "India",
    "Kenya",
    "Turkey",
    "China",
)

# Capitalised words that may stand next to a name without being part of it:
# sentence-initial function words, weekdays and months.
NAME_FUNCTION_WORDS: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "of",
    "for",
    "from",
    "with",
    "by",
    "to",
    "and",
    "or",
    "but",
    "as",
    "while",
    "when",
    "after",
    "before",
    "since",
    "both",
    "neither",
    "nor",
    "meanwhile",
    "neighbouring",
    "neighboring",
    "also",
    "then",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "i",
    "we",
    "it",
    "he",
    "she",
    "they",
    "said",
)
