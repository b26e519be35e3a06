"""English words next to which a number counts people (killed, wounded, …).

Base forms, lower case; the matcher adds the "noun" endings.
"""

from __future__ import annotations

COUNT_WORDS: dict[str, tuple[str, ...]] = {
    # The participle after a clause ("…, killing five soldiers") is a count
    # word as much as the finite verb.
    "killed": (
        "killed",
        "killing",
        "dead",
        "died",
        "deaths",
        "death toll",
        "fatalities",
        "lives",
    ),
    "wounded": ("wounded", "wounding", "injured", "injuring", "injuries", "hurt"),
    "arrested": (
        "arrested",
        "arresting",
        "detained",
        "detaining",
        "arrests",
        "detentions",
        "rounded up",
        "rounding up",
        "taken into custody",
    ),
    "participants": (
        "protester",
        "demonstrator",
        "marcher",
        "participants",
        "rallied",
        "marched",
        "demonstrated",
        "took to the streets",
    ),
}

# Nouns for people: a number written next to one counts people, so it is
# neither a year ("2000 protesters") nor a number that only stands near the
# count word ("five people were killed in one attack"). Agents ("soldiers",
# "police") and peoples ("Palestinians") are read from their own tables.
PERSON_NOUNS: tuple[str, ...] = (
    "people",
    "person",
    "persons",
    "individual",
    "civilian",
    "man",
    "men",
    "woman",
    "women",
    "child",
    "children",
    "boy",
    "girl",
    "baby",
    "babies",
    "teenager",
    "member",
    "officer",
    "militant",
    "fighter",
    "insurgent",
    "rebel",
    "gunman",
    "gunmen",
    "attacker",
    "suspect",
    "student",
    "worker",
    "journalist",
    "lawyer",
    "photographer",
    "blogger",
    "reporter",
    "activist",
    "worshipper",
    "worshiper",
    "passenger",
    "pilgrim",
    "resident",
    "villager",
    "migrant",
    "refugee",
    "prisoner",
    "detainee",
    "hostage",
    "doctor",
    "nurse",
    "teacher",
    "tourist",
    "farmer",
    "fisherman",
    "fishermen",
    "miner",
    "crew member",
    "guard",
    "employee",
    "national",
    "others",
)

# Numbers that are also the indefinite article or "a single": they count
# people only next to a count word or a person noun ("one was killed", "one
# soldier"), never as the nearest number ("in one raid").
ARTICLE_NUMBERS: tuple[str, ...] = ("one",)

# A number after one of these and attached to no noun for people counts
# things, not people ("in two raids", "with five bullets", "on 3 villages");
# "to" and "at" are left out: "the toll rose to 20", "put the toll at 20".
THING_PREPOSITIONS: tuple[str, ...] = ("in", "with", "on", "into", "during", "after", "before")

# A number shaped like a year right after one of these is a year even
# before a person noun ("in 2019 protesters stormed …").
YEAR_BEFORE: tuple[str, ...] = ("in", "since", "until", "till", "by", "during", "before", "after")

# Plural quantities that are no number ("dozens of people"): no count.
# doerslot24: quantities with no figure ("a number of", "several") count
# whom a deed struck as a number does (victims, extract/victims_only.py).
VAGUE_NUMBERS: tuple[str, ...] = (
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "tens of thousands",
    "a number",
    "several",
)

# A number followed by one of these measures time, age, distance or a share,
# not people ("a man aged 25", "3 days ago", "40 percent").
MEASURE_UNITS: tuple[str, ...] = (
    "year",
    "years",
    "year-old",
    "years-old",
    "month",
    "months",
    "day",
    "days",
    "week",
    "weeks",
    "hour",
    "hours",
    "minute",
    "minutes",
    "percent",
    "per cent",
    "%",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "tonnes",
    "tons",
)

# A number right after one of these is an age or a year ("aged 25", "in the year 2023").
MEASURE_BEFORE: tuple[str, ...] = ("aged", "age", "ages", "year")

# Between two counted groups these join them into one count ("two soldiers
# and a civilian were killed": 3); "and" comes from numbers.CONJUNCTIONS.
COUNT_JOINERS: tuple[str, ...] = (",",)

# "X with N others" counts X too ("an activist along with 18 others": 19).
WITH_OTHERS: tuple[str, ...] = ("with", "along with", "together with", "alongside")
OTHERS_WORDS: tuple[str, ...] = ("others", "other")

# sides23: words that may stand between a count and the group it counts
# ("eleven of the ISIS fighters", "four members of the police"): the group
# is counted too, so a deed of force names it as whom it struck.
# agents25fa: through a pronoun too ("sixty dead, three of them American
# soldiers", "three of whom were soldiers")
COUNTED_LINKS: tuple[str, ...] = ("of", "the", "members", "member", "them", "whom", "were") + (
    # victims57: the soldiers or officers a count heads before their force
    # ("two officers of the Afghan police"): the force is counted too
    *("soldiers", "soldier", "officers", "officer", "troops", "personnel", "servicemen"),
)

# The indefinite article before a person noun counts one ("a civilian").
SINGLE_ARTICLES: tuple[str, ...] = ("a", "an")

# precision81ar: a count word after one of these says that none were hurt,
# killed or held ("without causing injuries", "no one was hurt"): no count,
# though "a gunman" (one) stands near it.
NONE_BEFORE: tuple[str, ...] = (
    "without",
    "without any",
    "without causing",
    "without causing any",
    "no",
    "no one",
    "no one was",
    "nobody",
    "nobody was",
    "none",
    "none were",
    "none was",
)

# lead60: a count word joined by one of these to a count word said to be
# none is none too ("without deaths or injuries", "no one was killed or
# wounded").
NONE_JOINERS: tuple[str, ...] = ("or", "nor", "and")
