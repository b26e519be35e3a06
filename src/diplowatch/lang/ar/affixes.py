"""Arabic clitics and inflectional endings allowed around a lexicon entry.

Entries in the other data files are base forms; the matcher accepts them with
one of these attached prefixes before and one of these endings after, and
rejects anything else (so "زار" does not fire inside "وزارة"). Forms are in
normalised spelling (ة→ه, أ/إ/آ→ا).
"""

# Conjunctions and prepositions that attach to a following word.
_CLITIC = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
# The same with the article, and ل+ال contracted to لل.
_ARTICLE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال")
# Plural, dual and feminine endings of a noun, and the possessive pronouns.
_NOUN_ENDINGS = (
    "",
    "ه",
    "ات",
    "ان",
    "ين",
    "ون",
    "ها",
    "هم",
    "هما",
    "ي",
    "يه",
    "ته",
    "تها",
    "تهم",
    "تهما",
    "اتها",
    "اته",
    "اتهم",
    "تين",
    "تان",
    "ا",
)

AFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # Proper names: countries, capitals, organisations, people.
    "name": (_CLITIC, ("", "ها", "هم")),
    # Nisba adjectives: كوري → الكوري، الكوريه، الكوريين، الكوريون، الكوريتين …
    "adjective": (
        _CLITIC + _ARTICLE,
        ("", "ه", "ون", "ين", "يين", "يون", "ان", "تان", "تين", "ات", "ا"),
    ),
    # Nouns (triggers, sectors, titles): article, clitics, plural and dual
    # endings, and possessive pronouns.
    "noun": (_CLITIC + _ARTICLE, _NOUN_ENDINGS),
    # Nouns for people (``agents.AGENT_NOUNS``) take the noun endings and
    # also the sound plural's construct forms, which lose their ن before a
    # possessive or a following noun: "مسلحوها", "مؤيديها", "ناشطيهم",
    # "مسلحو الحركة" (its gunmen, her supporters, the movement's gunmen),
    # and "our" ("قواتنا"). Not "وه": "قس" + "وه" is "قسوة" (cruelty).
    "agent": (
        _CLITIC + _ARTICLE,
        (
            *_NOUN_ENDINGS,
            *("و", "وها", "وهم", "يها", "يهم", "يهما", "نا"),
        ),
    ),
    # Verbs: conjunctions, the future prefix س, and subject/object endings.
    "verb": (
        ("", "و", "ف", "س", "وس", "فس", "ل", "ول"),
        (
            "",
            "ت",
            "ا",
            "وا",
            "تا",
            "ن",
            "ه",
            "ها",
            "هم",
            "هما",
            "نا",
            "تم",
            "اه",
            "وه",
            "ته",
            "تها",
            "ان",
            "ون",
            "ين",
            "اها",
            "تهم",
            # a plural subject and an object pronoun ("اعتقلوهم", "قتلوها",
            # "يعتقلونهم", "يدينونه"): the subject's و (and ن) stays before it
            *("وهم", "وها", "وهما", "ونه", "ونها", "ونهم"),
        ),
    ),
    # counted75ar (from agents74ar): named groups that are nouns for people
    # ("حوثي"; ``agents.NAMED_PEOPLE``): a name's clitics and possessives,
    # and a person noun's case endings: the counted accusative ("200
    # حوثيا") and the construct plural ("حوثيو المنطقة", "وحوثييها"). Not
    # the feminine "ة", which makes an adjective of a thing of the group's.
    "people": (_CLITIC, ("", "ها", "هم", "ا", "و", "ي", "وها", "وهم", "يه", "يها", "يهم")),
    # Multi-word fixed expressions: only a leading conjunction.
    "fixed": (("", "و", "ف"), ("",)),
}

# Endings a guarded trigger's object word may take (``scan.guard_ok``): the
# object is a noun or an adjective, so its plural, dual, feminine and
# possessive endings ("قواتها", "العسكريين"); other letters glued after it
# make another word ("عقدت", she held, is no "عقد", contract).
OBJECT_ENDINGS = tuple(
    dict.fromkeys(e for kind in ("noun", "agent", "adjective") for e in AFFIXES[kind][1])
)

# Prefixes that mark the future tense when found on a verb trigger.
FUTURE_PREFIXES = ("س", "وس", "فس")
# future79fa: the letters an imperfect verb opens with (its person: "يزور",
# "تلبي", "نرسل", "أعلن", written "ا" once normalised), the only ones the
# future prefix stands before: "سلبي" (negative) is no "س" + "لبى" (will
# comply), which made "أثر سلبي على مطالب …" a planned AGREE.
FUTURE_STEM_LETTERS = ("ا", "أ", "ي", "ت", "ن")

# Entries that start with the article also occur contracted after ل (لل…),
# and then take only a conjunction before them ("وللمغرب", "فللمغرب").
ARTICLE = "ال"
ARTICLE_AFTER_LAM = "لل"
CONTRACTED_PREFIXES = ("", "و", "ف")

# The letters that write a hamza on an alif, folded into a bare alif when
# text is normalised. Writers drop or add one at the start of a word, seldom
# inside it: a place read where the text writes one inside a word that no
# listed spelling of the place has is another word ("بفأس", with an axe, is
# no "in Fez"; ``extract/hamza_places.py``).
HAMZA_SEATS = ("أ", "إ", "آ")

# Endings a listed noun's own last letters rule out, by affix class ("*":
# every class). A noun listed with ة takes no accusative alif: Arabic writes
# "مطالبةً", never "مطالبها", which is "مطالب" (demands) with "ها" (its);
# "مظاهرها" is "its aspects", no demonstration. A noun for people listed
# with اء is a broken plural ("الأجراء", "أطباء", "نشطاء") or a verbal noun
# naming a body ("القضاء"): it takes no sound plural, dual or feminine ت
# ending, and with one it is another word ("الإجراءات" are measures, not
# wage earners). Possessives stay ("أطبائها"), and so do the relative
# adjective ("النسائية": women's organisations are people) and the alif
# (endings21: barring "القضايا", cases, lost more events whose other side
# stood alone than it set right on held-out corpus sentences).
_NOT_AFTER_BROKEN_PLURAL = (
    *("ات", "ان", "ين", "ون", "تين", "تان", "و"),
    *("ته", "تها", "تهم", "تهما", "اته", "اتها", "اتهم"),
    *("وها", "وهم", "يها", "يهم", "يهما"),
)
# A verb listed with ى is a defective verb's perfect ("التقى", "أثنى"): it
# takes no ن ending, which would make a number or a noun of it ("اثنين",
# two; verbs48ar: "إرهابيين اثنين على" was read as praise).
LIMITED_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "ة": {"*": ("ا",)},
    "اء": {"agent": _NOT_AFTER_BROKEN_PLURAL},
    "ى": {"verb": ("ن", "ين", "ان", "ون")},
}

# A trigger noun in ة (normalised ه) is written with ت before a possessive
# or a dual ending: "زيارة" → "زيارته", "زيارتها", "جولتهم", "دعوتين". The
# lexicon adds that bound stem for one-word trigger nouns; it matches only
# with one of these endings (bare "زيارت", "قمت" is another word).
BOUND_STEM = ("ه", "ت")
BOUND_STEM_ENDINGS = ("ه", "ها", "هم", "هما", "ي", "نا", "ك", "كم", "ين", "ان")
# A guarded trigger's object in ة takes its bound stem in the dual only
# ("وقع اتفاقيتين"): a possessive on it often makes another reading (arms
# handed over, "سلموا أسلحتهم", are a surrender, not arms supplied), so a
# rule lists the possessed forms it wants ("أسلحتهم", "سفارتها").
OBJECT_BOUND_ENDINGS = ("ين", "ان")
