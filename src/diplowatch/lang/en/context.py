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
PLACE_PREPOSITIONS: tuple[str, ...] = ("in",)
