"""Persian endings allowed around a lexicon entry.

Persian writes most particles as separate words, and the normaliser turns
ZWNJ into a space, so "کره‌ای" is already "کره ای". What remains attached
are the adjective/indefinite ی, plural ها/ان and the object marker را in
informal spelling.
"""

_NOUN_ENDINGS = (
    "",
    "ها",
    "هاي",
    "ي",
    "اي",
    "ات",
    "هايي",
    "ان",
    "يهاي",
    "يها",
    "ند",
    "يم",
    "ه",
    "يد",
)

AFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "name": (("", "ب"), ("", "ي", "اي", "يان", "ها", "هاي", "يها")),
    "adjective": (("",), ("", "ها", "هاي", "ان")),
    # Entries ending in a light verb ("توافق کرد") take its person endings
    # (کردند، کردیم، کرده) through the same slot.
    "noun": (("", "ب"), _NOUN_ENDINGS),
    # Nouns for people (``agents.AGENT_NOUNS``) also take the possessive
    # clitics, after a plural too: "سربازانش" (his soldiers), "نیروهایشان".
    "agent": (
        ("", "ب"),
        (
            *_NOUN_ENDINGS,
            *("ش", "شان", "اش", "انش", "انشان", "هايش", "هايشان", "يش", "يشان"),
            *("مان", "انمان", "هايمان", "يمان", "تان", "انتان", "هايتان"),
        ),
    ),
    "verb": (
        ("", "مي", "مي ", "ن", "نمي", "ب"),
        # a plural subject and an object pronoun ("کشتندشان", "ربودندش"; the
        # Arabic "قتلوهم"); not "ش" alone, which a compound verb's noun
        # takes ("واردش شدند", entered it) and a trigger of its own would read
        ("", "ند", "د", "ه", "ده", "ن", "م", "يم", "ي", "ست", "ندش", "ندشان"),
    ),
    "fixed": (("",), ("",)),
}

#: Endings a guarded trigger's object word may take (``scan.guard_ok``): a
#: noun's plural, indefinite and possessive endings ("نیروهایش"), a name's
#: "یان" ("زندانیان"), and the plural made indefinite ("معترضانی"); other
#: letters glued after it make another word: "نیروگاه" (power plant) and
#: "نیرومند" (strong) are no "نیرو" (forces), "قوانین" (laws) no "قوا".
OBJECT_ENDINGS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            *(e for kind in ("noun", "agent", "adjective", "name") for e in AFFIXES[kind][1]),
            "اني",
            "ياني",
            # the indefinite after a vowel ("هیچ نیرویی", "دارویی")
            "يي",
        )
    )
)

#: Prefixes and endings that are written joined to their word, with a ZWNJ
#: (which the normaliser makes a space) or with a space: "می‌رود", "میرود"
#: and "می رود" are one word. Search reads them to find every spelling.
DETACHED: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("مي", "نمي"),
    ("ها", "هاي", "هايي", "اي", "تر", "ترين"),
)

FUTURE_PREFIXES: tuple[str, ...] = ()
#: Endings that make a verb entry its infinitive ("کشته شدن", "امضا کردن"):
#: a verbal noun, read as the deed's noun ("مقتل", "the killing of"), whose
#: sides are those its own phrase names (``commented.verbal_nouns``).
INFINITIVE_ENDINGS: tuple[str, ...] = ("ن",)
#: Words that make the infinitive after them the clause's verb, going on
#: ("مشغول خارج کردن … هستند", are busy evacuating): its subject is its doer.
PROGRESSIVE_MARKERS: tuple[str, ...] = ("در حال", "مشغول")

#: Prefixes that negate the verb they are glued to ("نکشت", "نمی‌پذیرد"): a
#: verb trigger found with one is negated.
NEGATIVE_PREFIXES: tuple[str, ...] = ("ن", "نمي", "نمي ")
ARTICLE = ""
ARTICLE_AFTER_LAM = ""
CONTRACTED_PREFIXES: tuple[str, ...] = ()
