"""English words that tell how a country mention relates to an event."""

from .numbers import VALUES as NUMBER_VALUES

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
LOCATION_PREPOSITIONS: tuple[str, ...] = (
    "in",
    "at",
    "from",
    "through",
    "across",
    "into",
    "around",
    "near",
    "outside",
    "inside",
    "throughout",
)
ACTOR_HEAD_NOUNS: tuple[str, ...] = ()
# bodies79: a ministry "of" or "for" a people noun names its portfolio, not
# the people ("the ministry of women's affairs", "ministry for refugees"):
# the ministry is the government's (titles.names_portfolio).
PORTFOLIO_HEADS: tuple[str, ...] = ("ministry",)
PORTFOLIO_WORDS: tuple[str, ...] = ("of", "for")
PORTFOLIO_PEOPLE: tuple[str, ...] = (
    *("women", "refugees", "youth", "veterans", "martyrs", "prisoners"),
)
CONJUNCTIONS: tuple[str, ...] = (
    "and",
    ",",
    "or",
    "as well as",
    "and the",
    ", and",
    ", and the",
    ", the",
    # "an Iranian and a Chinese ship": two owners of things of one kind
    "and a",
    "and an",
)

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
# surnames64: a full name right after a group's title ("زعيم تيار المحبة
# الهاشمي الحامدي", "Ennahda leader Rached Ghannouchi") names the group's
# office holder; the surname alone later ("وطالب الحامدي", "Ghannouchi said")
# is he, with the group's country, agent and role. Persian sets none: its
# unwritten ezafe makes a name after a group noun the group's owner
# ("سخنگوی ستاد انتخابات حسن روحانی": the spokesman of Rouhani's campaign).
GROUP_TITLE_NAMES = True

# English puts the country before the title ("South Korean President",
# "Japan's foreign minister"); a title takes a following country only
# through "of" ("Minister of Foreign Affairs of Japan").
TITLES_FOLLOW_COUNTRY = True
# agents104: or through a noun of statehood ("the President of the Republic
# of Yemen", "the Emir of the State of Kuwait"): still the title's country.
ROLE_COUNTRY_LINKS: tuple[str, ...] = (
    *("", "of", "of the"),
    *("of the republic of", "of the state of", "of the kingdom of", "of the sultanate of"),
    "of the emirate of",
)
# A coast, its waters and sky, a border: where a ship or plane was, not a
# side ("off the coast of Oman", "Omani waters"); two-word heads are read as
# one. Not "coast", "shore" or "border" after an adjective: "the Chinese
# coast guard", "Turkish border guards" are agents.
LOCATION_HEAD_NOUNS: tuple[str, ...] = (
    "capital", "city", "port", "province", "region", "waters", "airspace",
    "coast of", "coasts of", "shores of", "waters of", "airspace of", "border with",
)  # fmt: skip
# Of the heads above, those of a coast and its waters: a tanker seized "off
# the coast of Oman" is at sea, so Oman is neither a side nor the home of the
# agents named.
OFFSHORE_HEAD_NOUNS: tuple[str, ...] = (
    "waters", "coast of", "coasts of", "shores of", "waters of",
)  # fmt: skip

# A preposition between a title and a country means the country is a host or
# counterpart ("سفير … لدى كوريا"), not the title holder's state.
# A preposition of topic ends a title too: "the leaders spoke about Palestine"
# names what they spoke about, not their state.
ROLE_BREAK_WORDS: tuple[str, ...] = (
    "to", "in", "with", "at", "from", "for", "about", "regarding", "concerning",
    "against",  # sides28: "protesters against Iran" are not Iran's
)  # fmt: skip

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
    "Washington",
    "America",
    "Israel",
    "Vatican",
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

# Punctuation that ends a clause: a source clause (", officials said.") runs
# from the last one before its reporting verb to the next one.
CLAUSE_PUNCTUATION: tuple[str, ...] = (",", ";", '"', ":")
# ---- doers14: counted states pointing back to a list ----
# "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. The four
# states accused it of …": a counted phrase is the states just listed
# (extract/counted.py). The count → its phrases (lower case).
_COUNT_WORDS = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
COUNTED_STATES: dict[int, tuple[str, ...]] = {
    n: tuple(
        f"{det} {word} {adj}{noun}"
        for det in ("the", "all", "these", "all the")
        for adj in ("", "arab ", "gulf ", "european ", "western ")
        for noun in ("states", "countries", "nations", "governments")
    )
    for n, word in _COUNT_WORDS.items()
}

# Reporting cues that open a source clause rather than close the sentence.
SOURCE_OPENERS: tuple[str, ...] = ("according to",)

# parties64fa: a document that frames what a sentence tells ("A UN report
# shows that …", "documents seen by … show that …"): whose document it is
# (the words between noun and frame) reports the deed and is no side of it,
# as Persian "گزارش … نشان می‌دهد که" (extract/document_frames.py); Arabic
# "أظهر تقرير …" is a verb of saying.
DOCUMENT_NOUNS: tuple[str, ...] = (
    "report",
    "reports",
    "document",
    "documents",
    "study",
    "survey",
    "figures",
    "data",
    "records",
)
DOCUMENT_FRAMES: tuple[str, ...] = (
    "shows that",
    "show that",
    "showed that",
    "suggests that",
    "suggest that",
    "reveals that",
    "reveal that",
    "revealed that",
)

# An adjective of country may stand a few plain words before its title
# ("French far-right leader", "Greek-owned oil tanker"), but not across words
# that name a sponsor ("Russian-backed separatists" are not Russia's).
TITLE_GAP_WORDS = 2
TITLE_GAP_BLOCKERS: tuple[str, ...] = (
    "-backed",
    "-aligned",
    "-allied",
    "-sponsored",
    "-supported",
    "-funded",
    "-brokered",
    "-drafted",
    "-proposed",
    "-made",
    "-built",
    "-born",
)

# --- Which trigger words are events (extract/predicates.py) ---------------
# Words after which a word listed as noun and verb is a noun.
DETERMINERS: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "these",
    "those",
    "any",
    "no",
    "every",
    "each",
    "another",
    "such",
    "some",
    "several",
    "two",
    "three",
    "four",
    "five",
    "dozens",
    "hundreds",
    "thousands",
)
# tidy69 (from extract/syntax.as_nouns): the ending a verb listed as a noun
# too may carry and still be read as a noun ("attacks"), and the ending of a
# word before it that makes it a verb (an adverb: "strongly condemns").
NOUN_LIKE_VERB_ENDINGS: tuple[str, ...] = ("s",)
VERB_MARKER_ENDINGS: tuple[str, ...] = ("ly",)
# Words after which such a word is a verb ("they attack", "will strike").
VERB_MARKERS: tuple[str, ...] = (
    "to",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "did",
    "does",
    "do",
    "not",
    "never",
    "also",
    "they",
    "we",
    "he",
    "she",
    "it",
    "who",
    "which",
    "that",
    "jointly",
    "again",
    "then",
    "later",
    "repeatedly",
    # denial29: the -ing form a denial takes is its verb ("denied meeting the
    # ambassador"), as is one after a progressive's auxiliary ("is meeting")
    *("denied", "denies", "deny", "denying", "is", "are", "was", "were"),
)
INFINITIVE_MARKERS: tuple[str, ...] = ("to",)
# Words between a passive subject and its verb ("sanctions were lifted").
PASSIVE_AUXILIARIES: tuple[str, ...] = (
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "to",
    "not",
    "also",
    "formally",
    "officially",
    "finally",
    "partially",
    "partly",
    "fully",
)
# The auxiliaries that make a verb passive: a frame's object stands before
# its verb only with one of them ("sanctions were lifted"; "Lebanon has not
# received" is active).
PASSIVE_BE: tuple[str, ...] = ("was", "were", "is", "are", "be", "been", "being")
# Characters after a frame verb ("sent", "lifted") in which its object may stand.
FRAME_WINDOW = 45
# "the release of prisoners by Belarusian authorities": a nominal event whose
# participants are stated is an event even as the object of a reaction.
AGENT_MARKERS: tuple[str, ...] = ("by", "between")
# slots36: the one asked follows "on" ("we call on Iran to …"): with no asker
# named, it is no asker (extract/lone_object).
ASKED_OF_MARKERS: tuple[str, ...] = ("on",)

# parties33fa: where an envoy is posted ("Iran's ambassador to the UN
# criticised the United States"): the host after the link is no side when two
# others are named (extract/postings.py: postings_out).
POSTING_LINKS: tuple[str, ...] = ("to",)
ENVOY_WORDS: tuple[str, ...] = (
    *("ambassador", "ambassadors", "envoy", "envoys", "emissary", "delegate"),
    *("representative", "representatives", "consul", "attache", "affaires"),
)
# parties78fa: the state an envoy is appointed for, right after the envoy
# word ("the US special envoy for Afghanistan met Pakistani officials"):
# his brief, no side when two others are named (extract/postings.py:
# _remit_of); "the envoy called for Israel to …" is no remit.
REMIT_LINKS: tuple[str, ...] = ("for",)

# parties33fa: a summons in the passive ("the Iranian ambassador was summoned
# to the Danish foreign ministry"): the body after "to" summoned the envoy
# (extract/received.py: summoners_first).
SUMMONED_PASSIVES: tuple[str, ...] = tuple(
    f"{aux} {verb}"
    for aux in ("was", "were", "been", "being")
    for verb in ("summoned", "called in")
)
SUMMONER_MARKERS: tuple[str, ...] = ("to",)
# mendB95: an active verb of summoning ("The US ambassador summoned Iraq's oil
# minister"): the envoy right before it, no auxiliary between, is its subject
# and summoned (extract/summoned.py).
SUMMONER_BEFORE_VERBS: tuple[str, ...] = ("summoned", "summon", "summons")

# reversed94: whose request it was (extract/request_owner.py). "at the
# request of France", "at the Canadian ambassador's request": the owner asked,
# the subject did what was asked; "the request came from X": X asked.
# Only a noun of asking has its asker as genitive.
REQUEST_OWNER_NOUNS: tuple[str, ...] = ("request", "requests", "behest")
REQUEST_OWNER_OPENERS: tuple[str, ...] = ("at", "on", "upon")
REQUEST_OWNER_LINKS: tuple[str, ...] = ("of",)
REQUEST_OWNER_POSSESSIVES: tuple[str, ...] = ("'s", "’s", "'", "’")
REQUEST_SOURCE_LINKS: tuple[str, ...] = ("came from", "come from", "comes from")

# reversed98: a relative clause whose verb tells a directed deed
# (extract/relative_sides.py). "the Iraqi prime minister, who invited him":
# an object pronoun after the verb resumes the other side, so the head acted;
# "the French diplomat whom Iran expelled": the side inside the clause (after
# a pronoun that can only be an object) acted on the head.
CLAUSE_RELATIVES: tuple[str, ...] = ("who", "whom", "that")
OBJECT_CLAUSE_RELATIVES: tuple[str, ...] = ("whom",)
RESUMED_OBJECTS: tuple[str, ...] = ("him", "her", "them")
# mendA99: the head did the deed ("the Iraqi prime minister, who invited
# him") only after "who": "that" is also the conjunction after a verb of
# telling ("informed the Iranian envoy that it would expel him"), and
# "whom" is an object.
HEAD_DOER_RELATIVES: tuple[str, ...] = ("who",)

# parties33fa: a judgement in the passive after a deed's noun ("Israel's
# attack on Gaza was (strongly) condemned by Turkey"): the agent after "by"
# judges the deed and is no side of it (extract/onlookers.py:
# _judged_subject_end). The participle right before "by" says so.
JUDGED_PASSIVES: tuple[str, ...] = (
    *("condemned", "denounced", "criticised", "criticized", "slammed"),
    *("deplored", "praised", "welcomed", "hailed", "described"),
)

# Prepositions after a deed of force's noun before whom it struck ("the
# attack on an Israeli ship"): with no doer named ("by"), an unknown
# attacker is understood (extract/victims_only._all_governed; agents22fa).
STRUCK_PREPOSITIONS: tuple[str, ...] = ("on", "against")

# A country after these prepositions is where something happens, not who
# acts ("police in Egypt", "clashes in northern Syria"); its people and
# agents named without a country take it. Words of direction may stand
# between ("in southern Lebanon").
STATE_PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "inside", "across", "throughout")
# theplace66: the article of a country's name may stand between ("in the
# Philippines", "in the southern Philippines"): the country is where, as "in
# Mexico" reads (review94b F6). Arabic and Persian write none there.
PLACE_ARTICLES: tuple[str, ...] = ("the",)
PLACE_MODIFIERS: tuple[str, ...] = (
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    # sides70ar: the bare compass points as well ("Basel, northwest
    # Switzerland"), as "north" and "northwestern" are
    "northwest",
    "northeast",
    "southwest",
    "southeast",
    "rural",
    "neighbouring",
    "neighboring",
)
# Words that may stand between a negation and the event it negates ("called
# off a march", "has not been placed on alert", "will not yet send").
NEGATION_GAP_WORDS: tuple[str, ...] = (
    # status24ar: readiness and intent negated ("not ready to withdraw", "does
    # not intend to send troops") negate the deed they offer, not plan it
    *("ready", "prepared", "willing", "intend", "intends", "plan", "plans", "to"),
    # "failed to carry out an attack", "failed to stage a protest"
    # tri29b: "failed to reach a peace agreement", "did not reach a final
    # deal": the verb of reaching and the kind of deal, as Arabic "فشلت في
    # التوصل إلى اتفاق سلام" and Persian "نتوانستند به توافق صلح دست یابند"
    *("reach", "peace", "final", "new", "comprehensive"),
    "carry",
    "out",
    "conduct",
    "stage",
    "mount",
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "any",
    "planned",
    "been",
    "be",
    "yet",
    "formally",
    "officially",
    "immediately",
    "directly",
    # a denial's clause: "denied that it had arrested", "denied having met"
    "that",
    "it",
    "they",
    "had",
    "has",
    "have",
    "having",
    "ever",
    # denial29: the -ing forms of the verbs of doing a denial takes ("denied
    # carrying out the attack", "denies launching strikes")
    *("carrying", "conducting", "staging", "mounting", "launching", "launch", "launched"),
)
# A relative clause of a reacted-to object ("a resolution that called for a
# ceasefire") is its content.
RELATIVE_PRONOUNS: tuple[str, ...] = ("that", "which", "who", "whom")

# nonevent70: a reaction a demand asks for is not made ("Britain called for
# a swift condemnation of Iran", "demanded a condemnation"): a reaction's noun
# at most two words after these words of asking in its clause is what is
# asked (extract/asked_reactions.py).
ASKED_DIRECT_WORDS: tuple[str, ...] = (
    "call for",
    "calls for",
    "called for",
    "calling for",
    "demand",
    "demands",
    "demanded",
    "demanding",
    "sought",
    "seek",
    "seeks",
    "seeking",
)
# Modals of speculation: "could attack" is no attack.
SPECULATIVE_MODALS: tuple[str, ...] = ("could", "might", "may")
# Participles that open a clause of reported speech after the event
# (", saying talks would not help"): what follows is said, not done.
SPEECH_OPENERS: tuple[str, ...] = ("saying", "adding", "arguing", "claiming", "insisting")
# Words that open a subordinate clause: a source clause ends there ("…,
# officials told reporters after the two sides met").
SUBORDINATORS: tuple[str, ...] = ("after", "before", "when", "while", "because", "following")

# clause110: a coordinator that may open a clause with its own subject and
# verb ("…, and Iran condemned the attack"): its participants are its own
# (``extract/coordinated_clause.py``)
CLAUSE_COORDINATORS: tuple[str, ...] = (", and ", "; and ")

# clause110: a clause naming a side of another by a pronoun is not set
# apart ("…, and the guards clashed with them")
CLAUSE_BACK_PRONOUNS: tuple[str, ...] = ("them", "him", "her", "it", "they", "he", "she")

# An agent noun after these is a topic ("an agreement on coast guard
# cooperation"), not a participant, unless nobody else is named.
AGENT_TOPIC_PREPOSITIONS: tuple[str, ...] = ("on", "about", "regarding", "concerning", "over")
# An agent noun after these belongs to the actor named before it ("Wagner
# pulled its fighters out"), as troops belong to the state that sends them.
POSSESSIVE_PRONOUNS: tuple[str, ...] = ("its", "their")
# agents23ar: a deed's word owned by its doer ("police officers continued
# their protests"): the one named last before it (extract/armed_protest.py)
OWN_DEED_MARKS: tuple[str, ...] = ("their", "its")
# bystander101: a deed referred to ("referring to …", extract/referred.py) is
# the referrer's own where these stand in its phrase ("his visit", "the two
# countries"), and a meeting told with a partner after "with" has the
# referrer as its other side ("the talks with Iraq").
REFERRED_OWN_WORDS: tuple[str, ...] = (
    "his", "her", "its", "their", "our", "two countries", "both countries",
    "two sides", "both sides", "bilateral",
)  # fmt: skip
# mendB106: the voicer's own thing named in the phrase of a deed he voices
# concern over ("concern over the attack on its embassy"): the deed struck
# him, and he is its target (``extract/concern_own.py``).
# mendB106: the links of a list of deeds a concern names ("عن قلقه إزاء
# الاعتقالات والقتل", "concern over the arrests and killings"): each noun of
# the list binds to the concern (``reacted._listed_after``).
CONCERN_LIST_LINKS: tuple[str, ...] = ("and",)
CONCERN_OWN_WORDS: tuple[str, ...] = ("its", "their", "his", "her", "our")
REFERRED_PARTNERS: tuple[str, ...] = ("with",)
# A verb's future is written before it ("will meet", "is expected to sign");
# a future word after a verb belongs to what follows ("agreed that they will
# meet"). Nouns may take it after them ("talks will be held").
PLANNED_BEFORE_VERBS = True
# "convicted of killing", "charged with spying": a gerund after these words
# following a trigger is its content.
GERUND_MARKERS: tuple[str, ...] = ("of", "with")
# A noun trigger after these is the background of the sentence's event
# ("arrested after clashes with police", "killed during the protests").
CONTEXT_PREPOSITIONS: tuple[str, ...] = ("amid", "amidst")
# A named actor after one of these, between a verb and it, is in a phrase of
# its own, not the verb's object: "received aid from France", "hosted a
# conference on Syria" (``syntax._direct_object``).
OBJECT_BREAK_PREPOSITIONS: tuple[str, ...] = (
    "from", "by", "of", "on", "about", "over", "for", "against", "to", "into", "under",
)  # fmt: skip
# Planned cues that are times: they make a verb before them planned too
# ("when they meet in Brussels next week").
FUTURE_TIME_CUES: tuple[str, ...] = (
    "next week",
    "next month",
    "next year",
    "tomorrow",
    "later this week",
    "later this month",
    "later this year",
    "next weekend",
    "in the coming days",
    "in the coming weeks",
)
# Where a clause with its own subject opens: an event's participants are
# looked for in its own clause first ("Mexico cut ties with Ecuador after
# Ecuadorian police stormed the Mexican embassy": two events, two pairs).
# Contrast clauses (fa-clauses11): "X condemned … while Y criticised Z"
# names its own participants in each clause, even when one names only one.
CONTRAST_BREAKS: tuple[str, ...] = (" while ", " whereas ")
CLAUSE_BREAKS: tuple[str, ...] = (
    "; ",
    ", while ",
    " while ",
    " whereas ",
    ", but ",
    " but ",
    " after ",
    " before ",
    " when ",
    " because ",
    ", which ",
    ", who ",
    ", saying ",
    ", adding ",
    ", as ",
)
# A title after these is held no more: its holder is no voice of the state.
FORMER_WORDS: tuple[str, ...] = ("former", "ex", "late", "ousted", "deposed", "jailed")
# Written right after the title ("President-elect Joe Biden", "prime
# minister-designate"): the name after it is the title's holder, still his
# state's side; no part of his name.
ELECT_AFTER_WORDS: tuple[str, ...] = ("-elect", "elect", "-designate", "designate")
# A deed named after these is the background of the sentence's event
# ("closed its border after the embassy attack").
DEED_CONTEXT_PREPOSITIONS: tuple[str, ...] = ("after", "following", "since", "before")
# Glued to a country, these name a sponsor or maker that takes no part in
# the event ("Rwanda-backed rebels", "Russian-made drones"); an author does
# ("a U.S.-drafted plan").
SPONSOR_MARKERS: tuple[str, ...] = (
    "-backed",
    "-sponsored",
    "-supported",
    "-funded",
    "-aligned",
    "-allied",
    "-made",
    "-built",
)
# Words that follow a past participle describing the noun before it ("firms
# accused of helping", "a couple detained for months").
PARTICIPLE_COMPLEMENTS: tuple[str, ...] = ("of", "for", "over", "on")
PLACE_PREPOSITIONS: tuple[str, ...] = ("in",)
# agents20: a body named a word or two after these ("near the parliament
# building", "قرب مبنى البرلمان") is where something happened, not a side
NEAR_PREPOSITIONS: tuple[str, ...] = ("near", "outside")
# actors72: a building named as where a deed happened ("killed in a stabbing
# at the university", "police fired shots inside a hospital") is the scene,
# not a side (extract/landmarks.seat_places): the prepositions of place
# before it, the words that may stand between and the buildings. Not "on"
# ("an attack on a hospital": the hospital struck) nor "in front of".
SEAT_PREPOSITIONS: tuple[str, ...] = ("at", "in", "inside", "near", "outside")
# victims85: who holds the area where a deed happened ("ten pupils were
# killed in a school in an area held by the Taliban") is no side
# (extract/held_areas.held_places): the holding phrases and the areas, after
# a preposition of place (SEAT_PREPOSITIONS). Areas struck ("bombed areas
# held by the Islamic State") keep their holder.
HOLDING_PHRASES: tuple[str, ...] = (
    *("held by", "controlled by", "under the control of", "under control of"),
)
HELD_AREA_NOUNS: tuple[str, ...] = (
    *("area", "areas", "region", "regions", "village", "villages", "town", "towns", "city"),
    *("district", "districts", "territory", "territories", "province", "part", "parts"),
    *("neighbourhood", "neighborhood", "camp"),
)
SEAT_FILLERS: tuple[str, ...] = ("the", "a", "an", "one", "of")
# doers98: a noun of a building's surroundings ("in the vicinity of the
# school", "on the grounds of a hospital") keeps it the scene
SEAT_FILLERS += ("vicinity", "grounds")
SEAT_NOUNS: tuple[str, ...] = (
    *("hospital", "hospitals", "clinic", "school", "schools", "university", "college"),
    *("mosque", "mosques", "church", "churches", "synagogue", "temple"),
)
# mendC72: a person or a member right before the preposition is of the
# building, his affiliation, not where a deed was ("a professor at Cairo
# University urged the government").
SEAT_AFFILIATES: tuple[str, ...] = (
    *("professor", "professors", "lecturer", "lecturers", "student", "students", "researcher"),
    *("researchers", "dean", "director", "head", "president", "imam", "doctor", "doctors"),
    *("teacher", "teachers", "staff", "employee", "employees", "member", "members", "scholar"),
)
# parties59fa: a town's state after it and a comma, closed by a mark ("in
# Mosul, Iraq,", "off the port of Fujairah, UAE.") is where, as the town is,
# never a side (extract/town_states.py); with no mark after it the state
# opens the clause ("In Mosul, Iraq expelled …").
TOWN_STATE_MARKS: tuple[str, ...] = (",",)
TOWN_STATE_CLOSERS: tuple[str, ...] = (",", ".", ";", ":", ")")
# A side named without a country ("Houthi rebels freed the crew") is still a
# side, with a null code (selected_sides.select ``fill_unknown``).
UNKNOWN_SIDES = True
# Determiners that are quantities: "thousands protested" is a subject and its
# verb, not an article and a participle ("the detained activists").
QUANTIFIERS: tuple[str, ...] = (
    "two",
    "three",
    "four",
    "five",
    "some",
    "several",
    "dozens",
    "hundreds",
    "thousands",
)

# The possessive written after a name ("Japan's foreign minister"): the
# name is the country of the title that follows.
POSSESSIVE_MARKERS: tuple[str, ...] = ("'s",)

# An article a name may be written with ("the Vatican"): the capital letter
# is looked for after it.
NAME_ARTICLES: tuple[str, ...] = (
    "the",
    # Arabic articles as English writes them, lower case before a capital:
    # "al-Shabaab", "el-Sisi", "ash-Sharq", "ad-Dawla"
    "al-",
    "el-",
    "ash-",
    "ad-",
    "an-",
    "ar-",
    "as-",
    "at-",
    "az-",
)

# Endings of a participle used as an adjective ("the detained activists",
# "the stolen cargo"), of a participle that may describe the noun before it
# ("a couple detained for months"), and of a gerund ("accused of attacking").
PARTICIPLE_ENDINGS: tuple[str, ...] = ("ed", "en")
PAST_PARTICIPLE_ENDINGS: tuple[str, ...] = ("ed",)
GERUND_ENDINGS: tuple[str, ...] = ("ing",)

# Conjunctions before a participle that make it a verb of its own ("…
# arrested them and detained three"), not a description of the noun.
CLAUSE_CONJUNCTIONS: tuple[str, ...] = ("and", "or", "but")

# A conjunction that may open a clause with its own subject ("China offered
# to mediate, and Qatar called on both sides").
SUBJECT_CONJUNCTIONS: tuple[str, ...] = ("and",)

# A word after a request that opens what is asked ("demanded that Britain
# release the tanker"): what follows is asked for, not done.
REQUEST_OPENERS: tuple[str, ...] = ("that",)

# Dots inside these abbreviations do not end the clause between a frame verb
# and its object ("sent u.s. troops").
DOTTED_ABBREVIATIONS: tuple[str, ...] = ("u.s.",)

# A country right after these is what is talked about ("talks about Syria"),
# never a party, even when the sentence names only one side.
ABOUT_PREPOSITIONS: tuple[str, ...] = ("about", "regarding", "concerning")
# parties62fa: what a meeting or talks aim at ("a summit aimed at easing the
# exit of Afghan civilians") opens a topic as "about" does: those named there
# are whom the aim concerns, no side (extract/topic_span.py); the last word
# opens it only after the word before it, and a partner behind "with" inside
# ("aimed at talks with the Russian minister") stays a side.
TALK_AIM_OPENERS: tuple[str, ...] = ("aimed at", "aiming at", "aim of")

# Nouns of plans, stances and talks: "on" or "over" after them names what
# they are about ("the initiative on Israel", "talks on Syria", "a deal over
# Libya"), not a side, as it would after a deed ("an attack on Israel").
TOPIC_NOUNS: tuple[str, ...] = (
    "initiative",
    "plan",
    "proposal",
    "proposals",
    "position",
    "positions",
    "stance",
    "views",
    "talks",
    "consultations",
    "negotiations",
    "dialogue",
    "conference",
    "summit",
    "meeting",
    "resolution",
    "statement",
    "policy",
    "strategy",
    "deal",
    "agreement",
    "accord",
)

# Event nouns before which a capital is where the event takes place, not a
# party ("the Vienna talks", "the Riyadh summit", "the Doha agreement"), and
# an organisation the body whose meeting it is ("the SCO summit").
VENUE_NOUNS: tuple[str, ...] = (
    "talks",
    "negotiations",
    "meeting",
    "meetings",
    "summit",
    "conference",
    "forum",
    "round",
    "process",
    "format",
    "agreement",
    "accord",
    "accords",
    "declaration",
    "treaty",
    "protocol",
    "headquarters",
)

# sidesfa88: a word joining a capital after a talks noun to another capital
# ("the Tehran talks with Moscow"): the two are the talks' sides, not a venue and
# a partner (extract/venue_pairs.py). A capital joined to a state stays the
# venue ("talks in Vienna with the United States").
VENUE_PAIR_JOINERS: tuple[str, ...] = ("and", "with")

# missing91: a third party said to take part in talks or a deal named with
# its two sides ("talks between Iran and Russia with the participation of
# China", "… with China's participation") is one of its sides
# (``extract/taking_part``): the words right before it, or an opener before
# it and a possessive tail after it.
PARTICIPATION_LINKS: tuple[str, ...] = (
    "with the participation of",
    "with participation of",
)
PARTICIPATION_OPENERS: tuple[str, ...] = ("with",)
PARTICIPATION_TAILS: tuple[str, ...] = ("'s participation", "' participation", "’s participation")

# roles52: the neighbours of a state ("a meeting of the neighbours of Afghanistan")
# name which states meet or are asked; the state they neighbour is what
# they talk about, no side, and no title's country
# (``countries._after_neighbour_head``).
NEIGHBOUR_HEADS: tuple[str, ...] = (
    "neighbours of",
    "neighbors of",
    "neighbouring countries of",
    "neighboring countries of",
)

# A country written after one of these nouns is what the noun is about
# ("the future of Libya", "the crisis of Sudan", "the question of
# Palestine"): a topic, never a party. Nouns whose country may be their doer
# ("the war of Russia", "the security of Iraq") or their owner, who may be
# what a complaint is against ("the nuclear programme of Iran"), are left out.
TOPIC_HEADS: tuple[str, ...] = (
    "future of",
    "fate of",
    "crisis of",
    "file of",
    "situation of",
    "issue of",
    "question of",
    # roles52: the neighbours of a state (``NEIGHBOUR_HEADS``)
    *NEIGHBOUR_HEADS,
)

# precision81ar: a country adjective before one of these nouns names what
# the noun is about ("discussed the Palestinian issue", "the Libyan file"):
# a topic, never a side, as "the question of Palestine" (TOPIC_HEADS); not
# "crisis": a state is a side of its crisis.
TOPIC_ADJECTIVE_HEADS: tuple[str, ...] = (
    "issue",
    "cause",
    "question",
    "file",
    "dossier",
    "situation",
)

# A sentence that tells only joint deeds by nouns ("the talks will be held on
# Monday") goes on about the deed the article reports, not a new one: the
# article's main pair may fill the side it does not name. (Not Persian, which
# tells every deed, new or not, by a noun and a light verb.)
JOINT_NOUNS_REFER_BACK = True

# An event named as what an anniversary is of ("the anniversary of the
# attack") is an old one, not reported: only the noun right after it (a
# protest held on an anniversary stays an event).
TOPIC_MARKERS: tuple[str, ...] = (
    "anniversary of",
    "anniversary of the",
    # status12: a deed spoken of as a possibility ("a possible attack", "the
    # prospect of talks") is not reported
    "possible",
    "potential",
    "possibility of",
    "possibility of a",
    "possibility of new",
    "prospect of",
    "prospect of a",
    "prospect of new",
    "prospects of",
    "likelihood of",
    "likelihood of a",
    # what is proposed is not done ("proposed a summit", "proposes expelling")
    "proposed",
    "proposes",
    "propose",
    "proposed a",
    "proposes a",
    "proposed holding",
    "proposes holding",
    "proposed holding a",
    "suggested holding",
    "suggested holding a",
    "proposal for",
    "proposal for a",
    "proposal to hold",
    "proposal to hold a",
    # prec25fa: what is done "instead of" a deed leaves that deed undone
    # ("turned to China instead of negotiating with Washington")
    "instead of",
    "rather than",
    "in place of",
)

# Head nouns of names: a trigger word in quotation marks right before or
# after one names a party, a movement or an operation ('Operation "Peace
# Spring"', 'the "Solidarity" party'), it reports no event.
NAME_HEADS: tuple[str, ...] = (
    "party",
    "movement",
    "coalition",
    "alliance",
    "front",
    "bloc",
    "list",
    "group",
    "organisation",
    "organization",
    "association",
    "company",
    "operation",
    "operations",
    "campaign",
    "exercise",
    "exercises",
    "drill",
    "drills",
    "initiative",
    "programme",
    "program",
    "project",
    "brigade",
    "brigades",
)

# Cues whose future belongs to what follows them ("the talks aim to secure
# the release"): they make no event before them planned.
PURPOSE_CUES: tuple[str, ...] = (
    "aim to",
    "aims to",
    "aimed to",
    "aiming to",
    "seek to",
    "seeks to",
)

# A place after these (across words of direction and head nouns) is where an
# attack happened, not whom it hit ("killed in a drone attack in Jordan").
SCENE_PREPOSITIONS: tuple[str, ...] = ("in", "inside", "at", "near", "outside", "throughout")

# victims57: places and states of custody; the police named with one, not
# as a target ("died in police custody", "in a police cell"), held whoever
# died or was hurt there (``doers.keepers_first``).
CUSTODY_NOUNS: tuple[str, ...] = ("custody", "detention", "cell", "cells", "jail")

# Country words that are also given names or surnames: after a title (and a
# given name) they continue the person's name ("Senator Chad Wolf", "Rep. Jim
# Jordan").
COUNTRY_WORDS_IN_NAMES: tuple[str, ...] = ("Chad", "Jordan", "Georgia")
# mendG95: a noun of nationality that is also a given name ("Dane Coleman"):
# with no determiner or number before it, it is the name; "a Dane", "the
# Dane" and "two Danes" stay persons of the country (``mention_scan.given_name``).
GIVEN_NAME_NOUNS: tuple[str, ...] = ("Dane",)
GIVEN_NAME_NOUN_LEADS: tuple[str, ...] = (
    *("a", "an", "the", "one", "another", "this", "that", "each", "every", "no"),
    *("young", "old", "elderly", "fellow", "lone", "single"),
)

# Words before the doer of a deed of force besides ``AGENT_MARKERS`` ("were
# killed at the hands of militants", "shot dead by police"): that group acts
# first (extract/doers.py). Those killed "in clashes with" a force were
# killed by it: the force is the doer, not the dead.
DOER_MARKERS: dict[str, tuple[str, ...]] = {
    "ASSAULT": (
        "at the hands of",
        "carried out by",
        "launched by",
        "clashes with",
        "clash with",
        "fighting with",
        "gunfight with",
        "firefight with",
        "shootout with",
        # sides35ar: what a side came under, before "from" ("came under
        # attack from Kurdish militants"), as Arabic "تعرض لهجوم من"
        *(
            f"{noun} from"
            for noun in ("attack", "attacks", "fire", "gunfire", "shelling", "rocket fire")
        ),
        # sides85: an attack put on a group ("a bombing blamed on the
        # Taliban", "which officials attributed to Hamas"): the group did it
        *("blamed on", "attributed to", "ascribed to", "pinned on"),
    ),
    "COERCE": ("at the hands of",),
    # a visit "at the invitation of" a host: the host invited the guest
    "REQUEST": ("invitation of", "invitation from", "invitations of"),
    # prec25ar: sanctions and who imposed them ("sanctions imposed by the UN")
    "SANCTION": ("imposed by", "adopted by", "approved by"),
}
# mendB86 (review85, finding 13): the blamer of a deed put on a group, the
# passive's agent right after the doer ("attributed to Iran by US
# officials"), is no side of the deed (``doers.without_blamers``).
ASCRIPTION_MARKERS: tuple[str, ...] = ("blamed on", "attributed to", "ascribed to", "pinned on")
BLAMER_AFTER_DOER: tuple[str, ...] = ("by",)

# sides74: verbs that tell the deed after them as caused by what the phrase
# before them names ("Iran's insistence prompted the Security Council to
# impose sanctions"): the cause's owner is no side of it
# (extract/caused_deed.py). Not "led" ("a delegation led by …", "Saudi-led")
# nor "forced" (a deed of its own: "police forced protesters to leave").
# Not "pushed" (review mends, mendA76): "Iran pushed for talks with Saudi
# Arabia" is Iran's own aim, Iran a side of the talks.
CAUSATIVE_LINKS: tuple[str, ...] = ("prompted", "caused", "compelled")

# Review mends (mendA76): partners named "in coordination with" act with the
# doer and are no side a one-way deed is done to ("Iraqi troops, in
# coordination with the United States, attacked …"), as Persian "در هماهنگی
# با" and Arabic "بالتنسيق مع" are read (extract/coordinated_partners.py).
COORDINATION_OPENERS: tuple[str, ...] = tuple(
    f"in{how} coordination with{the}"
    for how in ("", " close", " full")
    for the in ("", " the")  # the article stands before the name's span
)

# Words that open a sentence's phrase of what came before its main deed
# ("After an Israeli strike on Lebanon, Hezbollah fired …"): a deed of force
# told there has its own sides (extract/doers.py).
CAUSE_OPENERS: tuple[str, ...] = (
    "after",
    "following",
    "in the wake of",
    "in response to",
    "in retaliation for",
    "days after",
    "hours after",
    "a day after",
)

# bystander104: words that, right after a comma that follows the main deed,
# open a phrase placing it after another ("Police arrested three men, a day
# after the Algerian president's visit to Libya"): whoever the phrase names
# dates the deed and is no side of it (extract/closing_after.py). Words of
# reason and of response ("because of", "in response to") are left out: what
# they name may be the deed's side.
CLOSING_AFTER_OPENERS: tuple[str, ...] = (
    *("after", "following", "in the wake of", "since", "shortly after"),
    *("a day after", "days after", "hours after", "weeks after", "just after"),
)

# A request may name only who makes it ("called for a ceasefire", its addressee a
# body of no country such as "the international community").
# accuse34: a condemnation of a deed whose doer is unnamed is the condemner's
# alone ("Egypt condemned the attack"), as Arabic and Persian read it.
ONE_SIDED_TYPES: tuple[str, ...] = ("REQUEST", "ACCUSE/criticise", "ACCUSE/condemn")
# accuse34: a warning with no one warned against names a danger, no
# wrongdoer ("the UN warned of a rising death toll"): never one-sided.
# An accusation names whom it accuses: "accused him of spying" with no one
# named is none (the pronoun's referent is not read in English).
ONE_SIDED_EXCLUDED: tuple[str, ...] = (
    *("warn", "warned", "warning", "warns", "warnings"),
    *("accuse", "accused", "accuses", "accusing"),
)

# Words that open a closing phrase of the reason for a deed of force
# ("police arrested three men over an attack by Taliban militants"): a deed
# of force of another type told there has its own sides (extract/doers.py).
REASON_OPENERS: tuple[str, ...] = (
    "over",
    "for",
    "after",
    "following",
    "in connection with",
    "on suspicion of",
    "suspected of",
    "accused of",
    "linked to",
    "for involvement in",
    "for their role in",
    "for his role in",
    "for her role in",
)

# Words between a deal's or meeting's noun and the two sides it names
# ("welcomed the agreement between Ethiopia and Sudan"): those sides are its parties, not whoever comments
# on it (extract/meeting_sides.py).
SIDES_MARKERS: tuple[str, ...] = ("between", "among")

# Written before a country, these name the sponsor of an armed group, which
# takes no part in what the group does ("militias loyal to Iran attacked a
# US base", "rebels backed by Rwanda").
SPONSOR_OPENERS: tuple[str, ...] = (
    "loyal to",
    "backed by",
    "sponsored by",
    "funded by",
    "armed by",
    "proxies of",
    "proxy of",
)
# recall20ar: a leader they follow, named by his title ("forces loyal to the
# Yemeni president"), is no side either, as Arabic "القوات الموالية للرئيس
# اليمني" is read
SPONSOR_OPENERS += ("loyal to the",)
# support26: a state whose support a deed is done with ("the army, backed by
# the United States, attacked rebel positions") is no side either, and
# lends no country to the bare agents of its sentence
SPONSOR_OPENERS += (
    "backed by the",
    "supported by",
    "supported by the",
    "with the support of",
    "with the support of the",
    "with support from",
    "with support from the",
    "with the backing of",
    "with the backing of the",
    "with air support from",
    "with air support from the",
)

# A country after these is the partner of whoever acts ("discussed Syria
# with Russia": Russia is the partner, Syria what is discussed), never the
# country of an agent named without one ("the government").
PARTNER_PREPOSITIONS: tuple[str, ...] = ("with",)

# Verbs whose object is what is talked over, not the partner ("discussed
# Syria with Russia"; "met Putin" names the partner), lexicon keys.
DISCUSSION_VERBS: tuple[str, ...] = ("discuss", "negotiate", "negotiating")

# Verbs of taking or letting go of people: an official's country adjective
# before them is not the country of the person named after them ("Russian
# authorities detained opposition leader Navalny": the captive is no
# official of Russia's, extract/actors.py ``_past_its_title``).
CAPTURE_VERBS: tuple[str, ...] = (
    "arrested",
    "arrest",
    "arrests",
    "detained",
    "detain",
    "detains",
    "jailed",
    "imprisoned",
    "released",
    "releases",
    "freed",
    "frees",
    "kidnapped",
    "abducted",
    "seized",
    "captured",
    "deported",
    "expelled",
    "extradited",
    "sentenced",
    "pardoned",
)

# Fixed phrases that hold a state's name or adjective but name no state (the
# seas and rivers are in agents.NOT_AGENTS). A blocker in the actor layer:
# the longer phrase wins.
NOT_ACTOR_PLACES: tuple[str, ...] = (
    "South America",
    "North America",
    "Central America",
    "Indian subcontinent",
    "Chinese New Year",
)

# --- ar-places11: places off a country or across its border ---
# "Off": a country right after it is a place the event is NOT in ("rescued
# migrants off Libya"), so neither a party nor the agents' home.
OUTSIDE_PREPOSITIONS: tuple[str, ...] = ("off",)
# Border nouns: a country after one and PARTNER_PREPOSITIONS ("on the border
# with Syria", "in the border area with Turkey") is the other side of a
# border, not a party, as Arabic "المنطقة الحدودية مع" and Persian "منطقه مرزی
# با" read it.
# parties70fa: a town of one state at another's border ("in Zaranj at the
# border of Iran", "near the Iranian border"): that state is where the town
# lies, neither a side nor the agents' home (``extract/border_places.py``).
# Not "on": "attacks on the border" strike it.
BORDER_SCENE_PREPOSITIONS: tuple[str, ...] = ("at", "along", "near")
BORDER_HEADS: tuple[str, ...] = (
    "border",
    "borders",
    "frontier",
    *(
        f"{b} {n}"
        for b in ("border", "frontier")
        for n in (
            "area",
            "areas",
            "region",
            "regions",
            "zone",
            "zones",
            "strip",
            "crossing",
            "crossings",
            "town",
            "towns",
            "villages",
            "province",
            "provinces",
        )
    ),
)
# Words of going that name no visit: a country after one and "to" is where
# someone is headed ("planned to travel to Syria", "on his way to Paris",
# "bound for Europe"), neither a party nor the traveller's state. Flights
# are not among them: flights to a country suspended or resumed are ties with
# it ("suspended flights to Lebanon"), as Arabic and Persian read them.
TRAVEL_WORDS: tuple[str, ...] = (
    "travel",
    "travelling",
    "traveling",
    "way",
    "bound",
    "headed",
    "fled",
    "flee",
    "fleeing",
    # placeside76ar: a road leading to a place ("blocked the road leading
    # to Lebanon"): the place it reaches, as Arabic "المؤدية إلى"
    "leading",
)
DESTINATION_PREPOSITIONS: tuple[str, ...] = ("to", "for", "towards", "toward")
# parties42fa: a word of sequence before a stop of a tour ("after Iraq, he
# will travel to Jordan": Iraq is a stop too; ``extract/itinerary``)
# ("then to Oman", a later stop)
ITINERARY_MARKERS: tuple[str, ...] = ("after", "After", "before", "Before", "then")
# parties42fa: where a visitor comes from, no host (``extract/itinerary``)
ORIGIN_PREPOSITIONS: tuple[str, ...] = ("from",)
# --- end ar-places11 ---

# A secretary-general written before a named party leads that party
# (``party_leader``), where before other bodies he is their official.
GROUP_HEAD_TITLES: tuple[str, ...] = ("secretary-general", "secretary general", "general secretary")
# titles28: other heads of a named group, written right after a known
# person in apposition ("Hossein Salami, commander of the IRGC"): they tell
# who he is (``mention_scan._headed_by_named``)
GROUP_HEAD_TITLES += ("commander of the", "leader of the", "chief of the", "head of the")

# Words that make the actor after them a co-actor of the one before, beside
# the plain conjunctions: comitatives ("Britain, along with France and
# Germany, condemned …", "Germany together with Italy sent aid"), additive
# links ("the US and also Britain"), a verb of joining ("Canada joined the
# US in …") and allies named in apposition ("Washington and its allies,
# Britain and Australia, …"). Standing alone between two actors, like a
# conjunction, they join them into one side of the event
# (``coordination.coordinated_groups``).
COACTOR_LINKS: tuple[str, ...] = (
    "along with",
    # roles52: "X, on behalf of Y, …": Y acts through X, on X's side
    "on behalf of",
    "on behalf of the",
    "together with",
    "alongside",
    "jointly with",
    "in cooperation with",
    "in coordination with",
    "in partnership with",
    "in concert with",
    "in tandem with",
    "along with the",
    "together with the",
    "alongside the",
    "jointly with the",
    "and also",
    "and also the",
    "as well as the",
    # "Canada joined the United States in imposing sanctions"
    "joined",
    "joined the",
    "has joined",
    "has joined the",
    # "Washington and its allies, Britain and Australia, condemned …"
    "and its allies",
    "and their allies",
    "and its partners",
    "and their partners",
)

# ---- Round 12 (fa-nouns12): verbs of occurrence (extract/closed.py) ----
# Verbs that tell an event noun as going on, begun or in force, with no type
# of their own ("support for Kyiv continued", "sanctions took effect").
OCCURRENCE_VERBS: tuple[str, ...] = (
    "continues",
    "continued",
    "has continued",
    "went on",
    "goes on",
    "took effect",
    "takes effect",
    "came into force",
    "comes into force",
    "came into effect",
    "began",
    "begins",
    "started",
    "resumed",
    "intensified",
    "grew",
)
# An auxiliary, a relative or a subordinator ends the noun's own phrase
# ("support for Syria was key since the war began").
OCCURRENCE_STOPS: tuple[str, ...] = (
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "that",
    "which",
    "who",
    "since",
    "as",
    "when",
    "after",
    "before",
    "while",
    "because",
    "and",
    "to",
)
# mendA72: a verb of occurrence before these heads a catenative ("a war
# between India and Pakistan continues to be unlikely", "talks began to
# look doomed"): the verb after "to" tells what goes on, not the noun
# (``extract/closed._closed_after``).
OCCURRENCE_NOT_BEFORE: tuple[str, ...] = ("to",)
# After a preposition or a demonstrative the noun is no subject ("calls for
# support for Ukraine continued").
OCCURRENCE_NOT_AFTER: tuple[str, ...] = (
    "of",
    "for",
    "to",
    "in",
    "on",
    "with",
    "about",
    "against",
    "without",
    "despite",
    "amid",
    "this",
    "that",
    "such",
)

# --- bystanders13: places named after a country ------------------------------
# Heads of the names of seas, gulfs and straits: a country after one is part
# of the name ("the Gulf of Finland", "the Sea of Japan"), never a party nor
# the agents' home (extract/actors.py ``_outside_or_named``).
NAMED_PLACE_HEADS: tuple[str, ...] = (
    "gulf of",
    "sea of",
    "strait of",
    "straits of",
    "bay of",
)
# places108: the word after a state or capital that makes it a clock's zone
# ("at 9 a.m. Tehran time", "on Monday, Tunis time."): whose clock the hour
# is read on, no side (extract/time_zones.py). mendB108: only after a clock
# (a number, TIME_ZONE_CLOCKS, or a day after "on"): "gave Iran time, and"
# and "bought Tehran time" give the state time. mendE108: "at dawn Tunis
# time" too; no "today" among the days, which no one puts after "on".
TIME_ZONE_TAILS: tuple[str, ...] = ("time",)
TIME_ZONE_CLOCKS: tuple[str, ...] = (
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight", "morning",
    "afternoon", "evening", "night", "dawn", "dusk",
)  # fmt: skip
TIME_ZONE_HOURS: tuple[str, ...] = ()
TIME_ZONE_DAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
TIME_ZONE_DAY_PARTS: tuple[str, ...] = ("on",)
# --- end bystanders13 ---

# --- bystanders13: phrases of cause --------------------------------------------
# What they open is why a deed happened ("withdrew because of a US-Turkish
# deal"): whoever it names is no side of a withdrawal, a deployment or a
# joint act (extract/because_phrase.py ``outside_because``).
BECAUSE_OPENERS: tuple[str, ...] = (
    "because of",
    "due to",
    "owing to",
    "as a result of",
    "in view of",
)
# --- end bystanders13 ---

# nonevents13: a gathering named as the occasion of something else ("told
# reporters on the sidelines of the summit") is not itself the event told.
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{side} of{art}" for side in ("sidelines", "margins") for art in ("", " the", " a", " an")
)
# towards67: a deal worked towards is an aim, not a deal made ("working
# towards an agreement with the IAEA", "a step toward a ceasefire"); Arabic
# "نحو اتفاق" and Persian "به سمت توافق" give no event already. "towards
# the" alone is left out: "fired towards the protest camp" names a place.
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{head}{art}"
    for head in (
        *("towards", "toward"),
        *(
            f"{work} {to}"
            for work in ("work", "works", "worked", "working")
            for to in ("towards", "toward")
        ),
    )
    for art in (" a", " an", " the")
    if art != " the" or " " in head
)
# What is discussed or negotiated is talked of, not done ("discussed the
# prisoner exchange", "negotiating a normalisation deal"): the talks are the
# event, and every noun of the phrase after these is their topic
# (extract/named_topic.py). Persian "درباره" was tried as an opener too: its
# held-out corpus-gold parties fell (.772 -> .764), so it is not one.
TOPIC_PHRASE_OPENERS: tuple[str, ...] = (
    "discuss",
    "discussed",
    "discusses",
    "discussing",
    "negotiate",
    "negotiates",
    "negotiating",
    "regarding",
    "concerning",
)
TOPIC_MARKERS = TOPIC_MARKERS + TOPIC_PHRASE_OPENERS
# actors21ar: a threat or attack to be countered is what one prepares for,
# not a deed reported ("to counter threats", as Arabic "للتصدي لتهديدات")
TOPIC_MARKERS = TOPIC_MARKERS + ("counter", "countering", "confront", "confronting")

# Kinship nouns: "the son of the president", "the president's son" is a
# private person, not the president (extract/actors.py kin_before).
KIN_WORDS: tuple[str, ...] = (
    "son",
    "sons",
    "daughter",
    "daughters",
    "brother",
    "sister",
    "wife",
    "husband",
    "widow",
    "nephew",
    "niece",
    "son-in-law",
    "grandson",
    "granddaughter",
)

# Nouns for a member of a body: "a former member of parliament" has left
# it, he is not the body (extract/actors.py former_member).
MEMBER_WORDS: tuple[str, ...] = ("member", "members")

# legislators62ar: a parliamentary bloc or caucus in a legislator's title
# ("head of the parliamentary bloc of the … party"): a legislator (LEG)
BLOC_WORDS: tuple[str, ...] = ("bloc", "caucus")
# mendD92: English names a party's bloc after the party ("the Labour Party's
# parliamentary bloc", "the … party parliamentary group"): the bloc is the
# legislature's (``mention_scan.bloc_named``). Not a bare "group" or
# "faction" ("the Fatah faction" is the movement).
BLOC_AFTER: tuple[str, ...] = (
    *("parliamentary bloc", "parliamentary group", "parliamentary faction"),
    *("parliamentary caucus", "bloc", "caucus"),
)

# Plants, foods and things named after a state name no state ("Indian
# hemp", "Turkish coffee", "French fries", "guinea pig" needs no entry: it is
# lower case).
NOT_ACTOR_PLACES += (
    # parties70fa: canals named after a state or town are waterways a fleet
    # passes, not that state (Persian reads "کانال" as a named-place head)
    "Panama Canal",
    "Suez Canal",
    "Indian hemp",
    "Indian Ocean",
    "Turkish coffee",
    "Turkish bath",
    "Turkish delight",
    "French fries",
    "French toast",
    "Chinese checkers",
    "Brussels sprouts",
)

# Round 13b (alleged): a body's own session ("the cabinet held its weekly
# session", "the committee's meeting"): with all its people of one country,
# none coordinated and no partner word (SESSION_PARTNERS) in the sentence,
# it is no CONSULT (extract/sessions.py). "met" is left out: "the prime
# minister met the president" names its partner without a preposition.
SESSION_WORDS: tuple[str, ...] = ("meeting", "session", "convened")
SESSION_PARTNERS: tuple[str, ...] = ("with", "between", "among")
# falsehits54: "the committee met with the agenda of electing its board":
# the agenda, no partner (extract/sessions.py). Arabic puts the agenda after
# "على" ("على جدول أعمالها"), no partner word, and lists none.
SESSION_AGENDAS: tuple[str, ...] = ("the agenda", "an agenda", "its agenda", "a view to")
# --- roles13b ---
# roles85/mendC86: cabinet titles a finer post chained to them names more
# closely ("UAE Deputy Prime Minister and Foreign Minister": one man, the
# foreign minister; extract/mention_scan._finer_office). Another minister's
# title is not one ("Interior Minister and Foreign Minister": two men).
FINER_POST_TITLES: tuple[str, ...] = (
    "deputy prime minister",
    "first deputy prime minister",
    "deputy premier",
    "vice premier",
    "vice-premier",
)
# Titles of one who serves the person named after them: "an adviser of
# Trump", "Trump's adviser" is an official of his state, not Trump
# (extract/actors.py Pending.serves).
SERVANT_TITLES: tuple[str, ...] = (
    "adviser",
    "advisor",
    "senior adviser",
    "senior advisor",
    "aide",
    "assistant",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "special envoy",
    "deputy",
    "secretary",
    "chief of staff",
)
# --- end roles13b ---

# --- roles14 ---
# Words of a deputy written right before a head's title ("the deputy emir",
# "vice chancellor"): the holder is not the head (extract/actors.py
# deputy_role: a senior official, or a minister for a head of government).
DEPUTY_WORDS: tuple[str, ...] = ("deputy", "vice", "assistant", "first deputy")
# deputy84: English names whom a deputy or aide serves after him, by a link
# ("an adviser to the Iraqi president", SERVANT_LINKS) or a possessive ("the
# president's legal deputy", SERVED_POSSESSIVES), with at most one word of
# his brief (TITLE_QUALIFIERS); the head's title then names the aide, an
# official, not the head (extract/titles.py deputy_role). No envoy: "an envoy
# to the president" is sent to him.
AIDE_TITLES: tuple[str, ...] = (
    *("adviser", "advisor", "aide", "assistant", "deputy"),
    *("spokesman", "spokeswoman", "spokesperson"),
)
SERVED_POSSESSIVES: tuple[str, ...] = ("'s", "’s")
TITLE_QUALIFIERS: tuple[str, ...] = (
    *("legal", "political", "economic", "security", "media", "special", "senior"),
    *("chief", "top", "first", "second", "foreign-policy", "military"),
)
# Links between a servant title and the man it serves ("an adviser to
# Trump", "a spokesman for Erdogan"): the title holder is an official of that
# man's state, the man is no actor here.
SERVANT_LINKS: tuple[str, ...] = ("to", "for", "of")
# "son of" inside a man's name ("Prince Mutaib bin Abdullah"): a known
# person's name right after it is the father's, not an actor.
PATRONYMIC_WORDS: tuple[str, ...] = ("bin", "ibn", "bint")
# A head's title that, before an international organisation, names the
# organisation's own head ("رئيس البرلمان الأوروبي", "the president of the
# European Commission"): a senior official, not a head of state; "leaders"
# of a group of states stay its states' heads (extract/actors.py).
IGO_HEAD_TITLES: tuple[str, ...] = (
    "president",
    "head",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
)
# --- end roles14 ---
# --- aragents14: members of a named movement ---
# The one word that may stand between an agent noun and a named movement
# whose members it names ("fighters of Hamas", "militants from al-Shabaab").
# Any other word between heads a phrase of its own ("police raided Hamas
# offices": the police and the offices of Hamas), and the agent noun is
# another actor (extract/actors.py members_of).
MEMBER_LINKS: tuple[str, ...] = (
    "of",
    "from",
    "in",
    "within",
    "inside",
    "the",
    # heads of a movement's name ("fighters of the Islamic State group")
    "group",
    "movement",
    "militia",
)
# --- end aragents14 ---

# Words after the noun of a deed of force that open whom it struck ("the US
# strike on Iraqi positions", "the attack that targeted Egyptian police"):
# a comment on the deed is about its doer, not them (extract/victims.py).
DEED_VICTIM_MARKERS: tuple[str, ...] = (
    "on",
    "against",
    "targeting",
    "targeted",
    "hit",
    "killed",
    # condemn71: the outcome a deed's relative clause tells names whom it
    # struck ("the attack that resulted in the deaths of three citizens")
    "resulted",
    "killing",
)
# arabic72: crime nouns a comment names for a deed of force ("condemned the
# heinous crime that resulted in the deaths of …"): no trigger of force,
# but whom the outcome after them names is the crime's victim, no target of
# the comment (extract/victims.py).
DEED_CRIME_NOUNS: tuple[str, ...] = ("crime", "crimes")

# The charge an arrest or a sentence is made on ("arrested on charges of
# spying for Israel"): who is named inside it is no side of the arrest
# (extract/charges.py).
CHARGE_OPENERS: tuple[str, ...] = (
    "on charges of",
    "on charges",
    "on a charge of",
    "on suspicion of",
    "accused of",
    "convicted of",
    "for spying for",
)

# agents41ar: crimes told right after the person an arrest or a sentence
# holds ("carrying cocaine", "on charges of smuggling"): held for one, a
# civilian is a criminal (extract/held_criminals.py). Substrings of the
# lower-cased text ("smuggl" covers smuggler, smuggling).
CRIME_CUES: tuple[str, ...] = (
    *("cocaine", "heroin", "cannabis", "hashish", "narcotics", "drugs"),
    *("smuggl", "traffick", "theft", "robbery", "burglary", "stolen"),
    *("fraud", "forgery", "money laundering", "extortion"),
)
# mend41b: the crime must be opened right after the person (within two
# words) by a charge or by what they carry ("on charges of", "carrying",
# "for"), or be the word right after them ("a man smuggling cocaine"), and
# start a word: "a man who had reported the theft of his car" is no thief.
CRIME_OPENERS: tuple[str, ...] = CHARGE_OPENERS + (
    # not "with": "arrested with her husband" opens no crime ("for hours
    # after the robbery" is held off by the crime's distance from "for")
    *("for", "carrying", "in possession of", "suspected of", "wanted for"),
)
CRIME_PREFIXES: tuple[str, ...] = ("",)
# Protesters are civilians whatever they protest (the spec): an arrest never
# makes them criminals.
PROTESTER_STEMS: tuple[str, ...] = ("protester", "demonstrator", "protestor")

# aragents101: armed causes a civilian is held on ("suspected of belonging
# to a terrorist cell", "on charges of membership in an armed group"): held
# for one, he is a militant (REB; extract/held_criminals.py, beside the armed
# movements of ``agents.NAMED_GROUPS``). Word starts of the lower-cased text
# ("terror" covers terrorism, terrorist).
ARMED_CAUSE_CUES: tuple[str, ...] = (
    *("terror", "militan", "extremis", "jihadi", "insurgen"),
    *("armed group", "armed groups", "armed organisation", "armed organization"),
)
# mendB102: words after which a cue is the charge's topic ("spreading false
# news about terrorism"), its victims ("insulting victims of a terrorist
# attack"), the defendants someone defended or the enemy fought ("fighting
# against the Islamic State"): the cause is read up to them only.
ARMED_CAUSE_STOPS: tuple[str, ...] = (
    *("about", "regarding", "concerning", "victim", "victims", "suspects", "defendants"),
    *("against", "defending", "defence", "defense"),
)

# ---- senses15: a deed named as a danger ----
# "refugees at risk of deportation", "the spectre of war": a deed that may
# befall someone is no deed done.
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{head}{article}"
    for head in ("risk of", "danger of", "threat of", "spectre of", "specter of")
    for article in ("", " a", " the", " an")
)

# ---- ar17: a state speaking through its body ----
# Nouns of a statement in the aside right after a state that is the
# sentence's subject ("Egypt, in a foreign ministry statement, condemned …"): the body named in the aside spoke for the state,
# which acts as that body (``extract/spoken_through.py``).
STATEMENT_NOUNS: tuple[str, ...] = ("statement", "communique")
# officials88: a word that opens a statement phrase naming the body a state
# spoke by, later in its sentence (``spoken_through._stated_body``).
STATEMENT_OPENERS: tuple[str, ...] = ("in",)
# mendA89: the only words that may stand between a statement noun and the
# body it names ("in a statement issued on Monday by its foreign ministry"). A
# verb between ("in a statement praised the police") makes the body what the
# statement is about, not who spoke.
STATEMENT_LINKS: tuple[str, ...] = (
    *("by", "from", "of", "issued", "released", "published", "the", "its", "their", "on"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("today", "yesterday", "late", "early"),
)
STATEMENT_BODY_CLITICS: tuple[str, ...] = ()
# mendA89: words right before a state that make it an object, not the
# subject that spoke ("the attack on Syria was condemned …").
STATEMENT_OBJECT_MARKS: tuple[str, ...] = (
    *("on", "against", "to", "at", "with", "for", "of", "by", "from", "about", "into"),
    *("toward", "towards", "over", "upon"),
)

# ---- misc17: whom a blame names ----
# "X blamed the attack on Iran": the state after "on" that closes a verb of
# blame (a few words on, same clause) is blamed, a side of the ACCUSE, not
# the place the attack hit (extract/countries.py ``_blamed_on``).
BLAME_VERBS: tuple[str, ...] = ("blame", "blamed", "blames", "blaming", "pinned", "pins")
BLAME_PREPOSITIONS: tuple[str, ...] = ("on",)

# Places an armed side holds: a group written right before one ("by
# shelling militant camps", "Taliban positions") holds what the deed struck
# and is its target, not its doer (extract/doers.py).
HELD_PLACE_NOUNS: tuple[str, ...] = (
    "camp",
    "camps",
    "position",
    "positions",
    "base",
    "bases",
    "hideout",
    "hideouts",
    "stronghold",
    "strongholds",
    "headquarters",
    "outpost",
    "outposts",
    "depot",
    "depots",
)

# What may stand between a reporting verb and the subject that opens what it
# reports ("the Pentagon said that the US defense secretary spoke with his
# Israeli counterpart"): the speaker there tells the event, it is no party of
# it (``sources._before_reported_subject``).
REPORT_SUBJECT_OPENERS: tuple[str, ...] = ("that", "the")


# lead21: the word that links a verb of failure to the deed it failed at
# ("were unable to reach an agreement"; ``extract/status.unable``).
INABILITY_LINKS: tuple[str, ...] = ("to",)

# status50: a harm promised before "unless" ("will execute him unless London
# pays") is a threat made, not the harm planned (``status.threatened_on_condition``),
# as Arabic "ما لم" and Persian "مگر اینکه" are read. Not "if": "will strike
# if attacked" may tell a stated policy as much as a threat.
THREAT_CONDITIONS: tuple[str, ...] = ("unless",)


# lead21: deed nouns that name whom they struck right after them ("condemned
# the killing of three policemen": the policemen are no side of the
# condemnation; ``extract/victims.py``).
VICTIM_FIRST_DEEDS: tuple[str, ...] = (
    "killing",
    "killings",
    "murder",
    "murders",
    "assassination",
    "assassinations",
    "kidnapping",
    "kidnappings",
    "abduction",
    "abductions",
    "execution",
    "executions",
    "massacre",
)

# lead21: words that tell a deed's own course after a guess ("the talks may
# resume", "a meeting could take place next month"; ``extract/hypothetical.
# guessed_subject``). A guess about what a deed brings ("the execution may
# reveal …") is not about the deed.
COURSE_WORDS: tuple[str, ...] = (
    "resume",
    "be resumed",
    "take place",
    "be held",
    "begin",
    "start",
    "go ahead",
    "happen",
    "occur",
    "be signed",
    "be concluded",
)

# faults21: an agreement named after words of commitment, violation,
# compliance, implementation or withdrawal is one that exists, referred to,
# and an attack after words of planning one not done: no new event ("the US violated the nuclear deal", "Iran remains
# committed to the agreement"; extract/named_topic.py ``_referenced``).
REFERENCE_OPENERS: dict[str, tuple[str, ...]] = {
    "AGREE": (
        *("violate", "violated", "violates", "violating", "violation of", "violations of"),
        *("breach", "breached", "breaches", "breaching", "breach of", "breaches of"),
        *("committed to", "commitment to", "commitments under", "adherence to"),
        *("adhere to", "adheres to", "adhered to", "adhering to", "abide by", "abiding by"),
        *("compliance with", "comply with", "complies with", "complied with", "complying with"),
        *("implementation of", "implement", "implemented", "implements", "implementing"),
        *("withdrawal from", "withdraw from", "withdrew from", "withdrawing from"),
        *("pulled out of", "pull out of", "exit from", "respect for"),
    ),
    # an attack planned or plotted has not happened ("a man suspected of
    # planning an attack on a church")
    "ASSAULT": (
        *("planning", "plotting", "plotted", "plot", "plots"),
        *("preparing", "conspiring"),
    ),
}

# The words that open an accusation's own charge right after its verb or its
# object ("accused of spying for Israel", "charged the journalist with …",
# "اتهم الصحفي بالتجسس لصالح إسرائيل"; "X-": a prefix). The state named in
# the charge is what the accused did with or for, not a side.
CHARGE_AFTER_ACCUSING: tuple[str, ...] = ("of", "with")
# The same before a verb that comes last ("به جاسوسی برای اسرائیل متهم شد").
CHARGE_BEFORE_ACCUSING: tuple[str, ...] = ()
# The beginnings of the accusation words that take a charge (the others,
# "protest", "condemn", "اعتراض", name their target where a charge would be).
CHARGING_WORDS: tuple[str, ...] = ("accus", "charg", "indict")

# sides23: verbs of undergoing a deed ("the tanker came under attack", "the
# town was subjected to shelling"): their subject, named before the deed's
# noun, is whom it struck, so its doer is understood (extract/victims_only.py,
# ``_underwent``).
UNDERGO_VERBS: tuple[str, ...] = (
    "came under",
    "come under",
    "comes under",
    "coming under",
    "was subjected to",
    "were subjected to",
    "been subjected to",
    # sides35ar: the dead and wounded of a deed named after them ("a
    # policeman was killed in an attack", "two soldiers died in a bombing"),
    # as Arabic "مقتل شرطي في هجوم" and Persian "در حمله‌ای کشته شد": they
    # underwent it, its doer is understood. Only before "in": "killed by"
    # names the doer.
    *(
        f"{aux} {verb} in"
        for aux in ("was", "were", "been", "being")
        for verb in ("killed", "wounded", "injured", "hurt", "shot dead", "martyred")
    ),
    "died in",
    "die in",
    "dies in",
)

# sides23: verbs of receiving and the word before the giver ("تلقت المعارضة
# مساعدات من الولايات المتحدة", "از آمریکا کمک دریافت کردند", "received aid
# from the US"): the giver of what the verb governs acts first
# (extract/received.py).
RECEIVE_VERBS: tuple[str, ...] = (
    "received",
    "receive",
    "receives",
    "receiving",
    "got",
    "obtained",
    "secured",
    # accuse51ar: criticism or an attack undergone from a side ("Israel
    # faced sharp criticism from the EU", "drew condemnation from"), as
    # Arabic "تعرضت … لانتقادات من", "واجهت … انتقادات من"
    *("faced", "faces", "facing", "drew", "draws", "drawing", "came under"),
)
GIVER_MARKERS: tuple[str, ...] = ("from",)
# swap106: verbs by which a deed draws criticism or praise ("the decision
# sparked criticism from the EU", "provoked condemnation from", "earned
# praise from"), as Arabic "أثار … انتقادات من": the side after "from" made
# it. Read only before the deed's noun, their object: after it ("the EU
# criticised Egypt, which prompted a reply from Cairo") they tell what the
# deed drew (extract/received.py).
AROUSE_VERBS: tuple[str, ...] = (
    *("sparked", "sparks", "prompted", "prompts", "provoked", "provokes"),
    *("triggered", "triggers", "attracted", "attracts", "earned", "earns"),
)
# swap106: words that open another phrase between such a verb and a noun of
# criticism ("the government sparked a row after its criticism of …"): the
# verb's object came before them.
AROUSE_BREAKS: tuple[str, ...] = ("after", "before", "when", "following", "because", "since")

# A pronoun opening a sentence is its subject, the person the sentence
# before named first ("The Iranian foreign minister arrived in Baghdad. He
# criticised Saudi Arabia"; extract/referents.py).
PRONOUN_SUBJECTS: tuple[str, ...] = ("he", "she")
# recall45fa: the subject "he" stands for is never inside a prepositional
# phrase: in "With the US withdrawal, the Afghan envoy asked …" the envoy is
# the subject, the US only the genitive of the phrase's noun
# (text/words.governed); a demonstrative or "that" opens a phrase
# of its own.
OBLIQUE_PREPOSITIONS: tuple[str, ...] = (
    "with",
    "after",
    "amid",
    "following",
    "in",
    "of",
    "by",
    "for",
    "against",
    "from",
    "to",
    "on",
    "about",
    "during",
    "despite",
    "over",
)
OBLIQUE_BREAKS: tuple[str, ...] = ("this", "that", "these", "those")

# names48fa: the prepositions before a list of sides that make it a phrase,
# not the doers of a directed deed that names no side to receive it ("in
# contact with Britain, France and Germany") (``split_sides.split``). Not
# the words of examples: "countries including Britain and France condemned
# …" names the doers.
LIST_GOVERNORS: tuple[str, ...] = OBLIQUE_PREPOSITIONS

# consist26: a sentence that opens with a participle trigger ("Accusing Iran
# of …, the minister said …", "Condemning Israel, Erdogan said …") tells the
# main clause's subject doing it, as Arabic "قال الوزير متهما إيران" and
# Persian "وزیر با متهم کردن ایران … گفت" are read: that clause is no source.
OPENING_PARTICIPLE_ENDINGS: tuple[str, ...] = ("ing",)

# release26: nouns of a release asked for right after a request ("called
# for the release of the fishermen"): those named after them are the people
# to be freed, not whom the request is addressed to (extract/request_addressee.py).
RELEASE_NOUNS: tuple[str, ...] = ("release of", "freeing of", "releasing")

# prec26ar: the word between a people noun and the state it comes from
# ("a soldier from Chad"): the state is the people's home, not a side of its own
# (``extract/countries._people_from``).
ORIGIN_LINKS: tuple[str, ...] = ("from",)
# agents39ar: a number, this word and a state's bare name count people of
# that state ("police held three from Chad"; ``countries._counted_from``).
# Persian lists none: it counts people with "نفر", "تن", read as a people
# noun, and a bare number before "از" is a name's or an amount's ("گروه
# هفت از کره").
COUNTED_ORIGIN_LINKS: tuple[str, ...] = ("from",)
# A word before the people noun that makes it known or owned ("withdrew its
# troops from Chad", "the troops from Syria"): the state is then more often
# the place they leave or come back from.
ORIGIN_NOT_AFTER: tuple[str, ...] = (
    "the", "its", "their", "his", "her", "our", "your", "these", "those", "all",
)  # fmt: skip
# A word of leaving or sending away shortly before the people noun: its
# "from" names the place left, not their home (``countries._left_from``).
# Stems, matched inside the words.
ORIGIN_DEPARTURES: tuple[str, ...] = (
    "withdr", "pull", "evacuat", "repatriat", "deport", "expel", "recall", "return",
    "brought back", "bring back", "airlift", "rescu", "flee", "fled", "left", "leav",
    "remov", "extradit", "transfer", "receiv", "welcom", "exit",
)  # fmt: skip

# parties27fa: words for "the other(s)" between "and" and an agent noun
# ("the minister and other officials"): the others of the body of the one
# just named, of his country (extract/mention_lists.others_of_named).
# implied28: a demonstrative standing for the agent noun before it, with the
# other state it belongs to ("Iraqi troops and those of Syria"): that
# state's own body of the same kind (``mention_lists.those_of_named``).
THOSE_OF_NAMED: tuple[str, ...] = (
    "those of",
    "that of",
    "those belonging to",
    "those loyal to",
)

OTHERS_OF_NAMED: tuple[str, ...] = ("other",)

# noside27: a medium a statement is told to ("an official told AFP that …",
# "told Britain's Guardian newspaper") is the channel of the report: no
# party, and its country is no country of the agents the report names
# (``sources.addressed_media``).
ADDRESSEE_MARKERS: tuple[str, ...] = ("told", "tells", "telling")

# english59: a participle of striking right before working people is their
# strike, no blow ("Striking Iranian oil workers demanded …", "striking
# Egyptian teachers"), as Arabic "العمال المضربون" and Persian "کارگران
# اعتصابی" (no word of force there) are read: the listed "striking workers"
# phrases miss a state's adjective in between (``nonevents.strikers_named``).
STRIKE_PARTICIPLES: tuple[str, ...] = ("striking",)
# after a form of "be" the participle is a verb again, its object the victims
# ("the drone was striking oil workers")
STRIKE_AUXILIARIES: tuple[str, ...] = ("is", "are", "was", "were", "be", "been", "being")

# sides28: verbs whose subject may be a deed's noun and whose object is whom
# it struck ("a suicide bombing targeted a police station", "an explosion
# rocked the police headquarters"): the side after them is the deed's
# victim, its doer understood (``victims_only._struck_by_deed``).
STRIKING_VERBS: tuple[str, ...] = (
    "targeted",
    "targets",
    "target",
    "hit",
    "hits",
    "struck",
    "strikes",
    "rocked",
    "rocks",
    "killed",
    "kills",
    "wounded",
    "injured",
)

# fptypes29fa: talks whose return or resumption is a topic ("a decision on
# returning to talks", "debate about a resumption of negotiations") are
# talked about, not held, as Persian "در مورد بازگشت به مذاکرات" and Arabic
# "بشأن العودة إلى المفاوضات".
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{marker} {back}{the}"
    for marker in ("on", "about", "regarding", "concerning", "over", "whether")
    for back in (
        "returning to",
        "a return to",
        "the return to",
        "resuming",
        "a resumption of",
        "the resumption of",
        "rejoining",
    )
    for the in ("", " the")
)
# fptypes29fa: a deed after "a working group on" names the body's remit, no
# deed done ("set up a working group on the lifting of sanctions"), as
# Persian "کارگروه رفع تحریم‌ها" and Arabic "لجنة رفع العقوبات" are read.
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{body} on{the}"
    for body in ("working group", "working groups", "committee", "task force", "subcommittee")
    for the in ("", " the")
)
# accuse29: words that put a deed on its doer ("Britain said Iran carried out
# the attack", "was behind the attack"): a state saying another state did a
# deed of force accuses it (``extract/attributed.py``); a deed only told
# ("Israeli jets struck Damascus, Syria said") has none of them.
DEED_DOING_WORDS: tuple[str, ...] = (
    *("carried out", "carry out", "carries out", "carrying out", "perpetrated"),
    *("was behind", "were behind", "is behind", "are behind", "had been behind"),
    *("was responsible for", "were responsible for", "is responsible for"),
    *("committed", "had committed", "orchestrated", "masterminded"),
)
# gov29fa: the words between a delegation and the people it is made of ("a
# delegation of the opposition", "a delegation from the unions"): the
# delegation is theirs (``titles.made_of_next``).
DELEGATION_LINKS: tuple[str, ...] = ("of", "from", "the", "representing")

# counterpart29: the flag a ship sails under ("a tanker flying the flag of
# Liberia", "under the flag of Panama") names where it is registered, not
# whose it is or who was struck: a topic, never a party. Only after the
# words of sailing under it (a burnt flag stays the protest's target).
TOPIC_HEADS = TOPIC_HEADS + ("flying the flag of", "under the flag of")

# bystander30: words of sailing right before "from" ("the ship that sailed
# from Italy", "set sail from Cyprus"): the state is the port the ship left,
# never a side of what befell the ship (countries._sailed_from).
SAILING_WORDS: tuple[str, ...] = ("sailed", "sailing", "sail", "sails")
# parties67fa: a person's route told whole, the verb of going up to two
# words before "from" and a destination after the state ("Navalny returned
# from Germany to Russia", "who had fled from Turkey to Greece"): the state
# left is no side of what befell him, nor his home
# (countries._journeyed_from). Not "withdrew" (a withdrawal's state is a
# side), nor flights or transfers (ties between the two states), nor "came"
# ("aid came from Turkey to Syria": the donor), nor a trip ("travelled":
# ``extract/itinerary`` reads visits' routes).
JOURNEY_WORDS: tuple[str, ...] = (
    "returned", "returning", "return", "returns", "fled", "flee", "fleeing",
    "escaped", "emigrated",
)  # fmt: skip
# origin57: words of firing up to four words before "from" ("rockets were
# fired from Gaza towards Israel", "launched a missile from Syrian
# territory"): the state is the ground they left, neither doer nor side
# (countries._launched_from). Never the weapon alone ("missiles from Iran"
# may be a sale).
LAUNCH_WORDS: tuple[str, ...] = ("fired", "firing", "launched", "launching", "lobbed")
# origin57: prepositions of aim before the state rockets were fired at
# ("fired from Gaza towards southern Israel"): the state struck
# (extract/launched.py).
LAUNCH_AIMS: tuple[str, ...] = ("at", "towards", "toward", "into", "on")

# bystander30: words of living or being based somewhere, before "in" and a
# state ("the cleric, who lives in the United States", "exiled in London"), and
# the suffix glued after a state ("the US-based cleric"): where a person only
# named lives, neither a side nor his home (countries._resident_in). Not
# "living in", said of crowds too ("refugees living in Lebanon protested
# against the government": Lebanon's), nor "residents of", whose place is
# their home; "based in" is where forces are stationed.
RESIDENCE_WORDS: tuple[str, ...] = (
    "lives", "lived", "resides", "resided", "exiled", "self-exiled",
)  # fmt: skip
# partiesfa83, mendC84: where a foreign company or body has its seat ("an
# Israeli shipping firm headquartered in London"): neither a side nor the home
# of its crew. Only after such a head with its own nationality in the same
# noun phrase (countries._seated): "an oil company headquartered in Iraq" is
# Iraq's.
SEAT_WORDS: tuple[str, ...] = ("headquartered",)
SEAT_HEADS: tuple[str, ...] = (
    "company", "companies", "firm", "firms", "organisation", "organization",
    "outlet", "channel", "newspaper", "agency", "bank", "network", "charity",
    "group", "groups",
)  # fmt: skip
SEAT_REACH = 3  # words back to the head, within its noun phrase
SEAT_NATIONALITY_NEEDED = True  # a firm with none is of its seat's state
# The head's nationality stands before it ("an Israeli shipping firm"): up to
# two words before the head (Arabic and Persian write it after the head).
SEAT_NATIONALITY_BEFORE = 2
RESIDENCE_SUFFIXES: tuple[str, ...] = ("-based",)
# senses77: the flag glued to a ship's country ("a Liberian-flagged tanker",
# "a Panama-registered ship") names where it is registered, not whose it is
# nor who sails it, as "flying the flag of" does (TOPIC_HEADS below).
RESIDENCE_SUFFIXES = RESIDENCE_SUFFIXES + ("-flagged", "-registered")
# The marker of a deed noun's target after its possessive doer ("Egypt's
# full support for Lebanon", "the channel's accusations against the
# party"): the possessor acts (``extract/genitive_source.py``).
NOUN_TARGET_MARKERS: tuple[str, ...] = ("for", "to", "against")

# sides31: conjunctions of time and the deeds a main clause tells its victims
# underwent ("two soldiers were killed when militants attacked a checkpoint":
# the subclause's subject did it; extract/time_clause.py).
TIME_CONJUNCTIONS: tuple[str, ...] = ("when", "as", "while")
UNDERGONE_DEEDS: tuple[str, ...] = tuple(
    f"{be} {done}"
    for be in ("was", "were", "had been", "have been", "has been")
    for done in (
        "killed",
        "wounded",
        "injured",
        "hurt",
        "shot",
        "shot dead",
        "abducted",
        "kidnapped",
        "arrested",
        "detained",
        "captured",
        "taken hostage",
        "seized",
    )
) + ("died", "were martyred", "was martyred", "lost their lives", "lost his life")

# sides31: deed nouns whose doer is their modifier in a phrase of the occasion
# ("killed in an ISIS attack", "wounded in Israeli strikes", "died in a
# Taliban ambush"): that group acts first, as Arabic "في هجوم لداعش" and
# Persian "در حمله داعش" name it after the noun (extract/doers.py).
DOER_DEED_NOUNS: tuple[str, ...] = (
    *("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air strike"),
    *("air strikes", "air raid", "air raids", "drone strike", "drone strikes", "raid"),
    *("raids", "ambush", "ambushes", "shelling", "bombardment", "bombing", "bombings"),
    *("fire", "gunfire", "rocket attack", "rocket attacks", "missile strike"),
    *("missile strikes", "missile attack", "suicide attack", "suicide bombing"),
)
DOER_DEED_OPENERS: tuple[str, ...] = ("in", "during", "by")

# A word of belonging between a named force and the body it belongs to
# ("the Quds Force of the Revolutionary Guards"): the two are one
# participant (extract/parent_bodies; agents33fa).
PART_OF_LINKS: tuple[str, ...] = ("of", "of the", "in the")

# actors36: the word (or two) right before a police or army mention named
# after a protest's word that makes it what the crowd protests against.
# Without one the forces named there guard, confront or disperse the
# protest, a deed of their own (``extract/armed_protest.bystander_forces_out``).
PROTEST_COUNTERPARTS: tuple[str, ...] = ("against", "against the", "protest at", "protest over")

# noev36ar: the openers of a relative clause whose subject is whoever holds
# a stand ("those who support terrorism", "whoever opposes the law"); an
# adverb may stand before the verb (``extract/class_holders.py``).
CLASS_HOLDERS: tuple[str, ...] = (
    "those who",
    "whoever",
    "anyone who",
    "all who",
    "all those who",
    "people who",
    "everyone who",
)
CLASS_HOLDER_REACH = 1

# noev37fa: hosting a crowd ("hosts three million refugees", "has hosted
# thousands of students") is no meeting (``extract/hosted.py``), as Persian
# "میزبان … پناهجو" and Arabic "تستضيف … لاجئ" are read.
HOST_WORDS: tuple[str, ...] = ("host",)
HOSTED_CROWDS: tuple[str, ...] = (
    *("refugee", "migrant", "asylum", "displaced", "evacuee", "nationals", "citizens"),
    *("student", "pilgrim", "worker", "exhibition", "million", "thousand"),
)
# mend38: titles of an official whose office names a crowd ("the Afghan
# refugee minister", "the minister for refugees"): a guest who holds one is
# received, and the hosting a meeting (extract/hosted.py). Numbers of a crowd
# are word starts above ("million", "thousand").
HOSTED_OFFICIAL_TITLES: tuple[str, ...] = (
    *("minister", "commissioner", "envoy", "ambassador", "director", "chief"),
    *("head", "official", "officials", "delegation", "secretary"),
)
# extra37: words that open what a request asks ("called on Europe to take in
# refugees", "called for the return of migrants"): refugees named after one
# are what is asked about, not the side asked (extract/asked_topic.py).
REQUEST_TOPIC_OPENERS: tuple[str, ...] = ("to", "for")
# mend38: the preposition of an appeal's addressee: a side right behind the
# request's word and it alone ("appealed to refugees to return") is the one
# asked, not what is asked about (extract/asked_topic.py). Arabic "ناشد" and
# Persian "از … خواست" mark theirs otherwise.
REQUEST_ADDRESSEE_PREPOSITIONS: tuple[str, ...] = ("to",)

# places38ar: a country or city after these is where an appeal's matter
# lies, not whom it is addressed to: no side of a request once it has a doer
# of a known country (extract/scene_targets.py).
SCENE_PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "inside")

# sides38fa: the opener of a complement clause that names its own subject
# ("said that Turkey threatens the islands", "warned Cairo that Hamas had
# attacked …"): a deed that is the clause's own verb, right after that
# subject, is the subject's, not the speaker's (extract/subclause_subject.py).
# After a noun "that" opens a relative clause, whose subject also does its
# verb ("the aid that Kuwait sent").
SUBCLAUSE_OPENERS: tuple[str, ...] = ("that",)
# clauses62ar: a joiner after a finished clause, then a subject and its verb
# ("Turkey's economy is weak and police arrested …"): the new clause's
# subject does its deed, who is named before is no side of it. The first
# clause must hold a verb: a trigger or cue, or one of CLAUSE_VERBS
# (extract/joined_clause.py).
SUBJECT_CLAUSE_JOINERS: tuple[str, ...] = ("and", "but")
CLAUSE_VERBS: tuple[str, ...] = ("is", "are", "was", "were", "has", "have", "had")

# alleged39: the words right before a stance noun that stop or end it ("to end
# its support for", "halt aid to"): no support told (extract/alleged_stance.py).
STANCE_STOPPERS: tuple[str, ...] = tuple(
    f"{v} {o}".strip()
    for v in (
        "stop",
        "stops",
        "stopping",
        "end",
        "ends",
        "ending",
        "halt",
        "halts",
        "halting",
        "cease",
        "cut off",
    )
    for o in ("", "its", "their", "his", "her")
)
# The clause an accusation opens holds what it alleges ("accused Tehran that it
# arms the rebels" is rare; "accusing it of" is a charge, read in commented.py).
ALLEGED_CLAUSE_OPENERS: tuple[str, ...] = ("that",)
# Who visits the wounded of a deed of force, or the place it struck ("the
# minister visited the injured of the blast", "toured the site of the
# attack"), is no side of it (extract/visitors.py).
VISIT_VERBS: tuple[str, ...] = (
    "visit",
    "visits",
    "visited",
    "visiting",
    "tour",
    "toured",
    "touring",
    "tours",
)
VISITED_NOUNS: tuple[str, ...] = (
    "wounded",
    "injured",
    "victims",
    "survivors",
    "families",
    "relatives",
    "site",
    "scene",
)
# After a passive of force, what opens the deed it happened in ("were killed
# in an attack"): that deed is read on its own, as undergone (UNDERGO_VERBS),
# not the passive (extract/struck_passive.py).
PASSIVE_DEED_OPENERS: tuple[str, ...] = ("in",)

# sides41: the assembly where words are voiced ("defended the bill in
# parliament", "at a session of the Security Council") is no side of them
# (extract/assembly_venue.py): the prepositions of place and the words of
# the sitting between them and the body.
ASSEMBLY_VENUE_PREPOSITIONS: tuple[str, ...] = ("in", "at", "before", "during", "inside")
# mend41a: ... of which "at" and "in" are also the particles of a verb's
# object ("lashed out at parliament", "expressed confidence in the UN"):
# right after the trigger's words they name whom the words are for.
ASSEMBLY_OBJECT_PREPOSITIONS: tuple[str, ...] = ("at", "in")
ASSEMBLY_SESSION_WORDS: tuple[str, ...] = (
    "the",
    "a",
    "of",
    "session",
    "sitting",
    "plenary",
    "debate",
    "speech",
    "meeting",
)
# ... but the assembly's own deed before the preposition ("after the bill's
# passage in the Senate") is the assembly's act, whose praise may be of it
ASSEMBLY_OWN_DEEDS: tuple[str, ...] = (
    "passage",
    "passed",
    "approval",
    "approved",
    "vote",
    "voted",
    "adoption",
    "adopted",
    # mend41a: appearing before the assembly is addressed to it ("refused to
    # appear in parliament"): it stays a side
    "appear",
    "appearing",
    "appearance",
    "testify",
    "testifying",
)

# parties41fa: an honorific before a name that is also a word or another's
# name ("Mr. Petro") makes it the office holder's name (``mention_lists.honoured``).
# kunya86: a kunya, "Abu" + a given name ("Abu Omar"): a nationality word
# after it is a nom de guerre's nisba, whose agent the words around tell
# (extract/kunya.py).
KUNYA_WORDS: tuple[str, ...] = ("Abu",)


# kunya86: a militant's titles right before a kunya ("the jihadist Abu
# Hamza"): a nationality after the name is a militant's (REB) (extract/kunya.py).
KUNYA_MILITANT_TITLES: tuple[str, ...] = ("jihadist", "militant", "terrorist", "extremist")


NAME_HONORIFICS: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Dr")

# parties41fa: states whose people this language writes family name first
# ("Xi Jinping", "Yoon Suk-yeol"): the first word of such a full name, after
# an honorific, names the person again (``person_names._family_names``).
FAMILY_FIRST_CODES: tuple[str, ...] = ("CHN", "TWN", "KOR", "PRK")

# agents42fa: "the country's police", "citizens of the country": the agent is
# of the country named last before it (``extract/this_country.py``)
THIS_COUNTRY_BEFORE: tuple[str, ...] = ("the country's", "this country's", "that country's")
THIS_COUNTRY_WORDS: tuple[str, ...] = ("of the country", "of this country", "of that country")
# … not a state only "against" parts from it: the deed's other side
THIS_COUNTRY_AGAINST: tuple[str, ...] = ("against",)
# agentsar85: a nationality right after a partitive word ("including two
# Tunisians", "among them a Libyan") is only some of a group's: no agent
# takes its country from it (``extract/partitive_nationals.py``).
NATIONAL_PARTITIVES: tuple[str, ...] = ("including", "among them", "among whom", "of them")
# victims103: nouns of dying or being wounded whose genitive is whom the deed
# struck ("the attack led to the deaths of civilians and police officers"):
# an uncounted side so named, and those joined to it, are victims as counted
# ones are (``victims_only._toll_named``), never the doer of one another.
TOLL_GENITIVE_NOUNS: tuple[str, ...] = tuple(
    f"{n}{a}"
    for n in ("death of", "deaths of", "injury of", "injuries of", "wounding of")
    for a in ("", " a", " an", " the")
)
# victims103: words that may stand between a toll's victim and the next one
# joined to it ("the deaths of civilians and members of the police"): the
# body after them is struck too.
TOLL_GENITIVE_LINKS: tuple[str, ...] = ("of", "a", "an", "the", "members", "officers", "soldiers")
# country87: a state right after words of where a group came from or lives
# ("smugglers coming from Libya", "leaders living in Qatar") is the group's
# origin, not the police's that held them (read as ``NATIONAL_PARTITIVES``).
ORIGIN_MARKERS: tuple[str, ...] = (
    "coming from",
    "arriving from",
    "who came from",
    "living in",
    "residing in",
    "resident in",
)
# codes91: a state named bare right after these ("lawmakers' visit to Syria",
# "migrants trying to reach Italy") is where someone goes, sends or is sent:
# no agent's country (``participants._Sentence.destination``).
DESTINATION_MARKERS: tuple[str, ...] = ("to", "towards", "toward")
# codes91: a word of return or restoring up to three words before them makes
# the state a home again ("refugees returning to Syria", "restore order to Libya").
DESTINATION_RETURNS: tuple[str, ...] = (
    "return",
    "returns",
    "returned",
    "returning",
    "back",
    "restore",
    "restores",
    "restored",
    "restoring",
)
# mendC92: a word before "to" that makes it no direction ("according to
# Iraq", "in addition to Iraq", "due to", "loyal to"), and the conjunctions
# that carry a destination to the state joined to it ("to Greece or Italy")
# (``participants._Sentence.destination``).
DESTINATION_NOT_AFTER: tuple[str, ...] = (
    "according",
    "addition",
    "due",
    "owing",
    "thanks",
    "close",
    "closer",
    "loyal",
    "loyalty",
    "similar",
    "compared",
    "next",
    "relative",
    "prior",
    "belonging",
    "allegiance",
)
DESTINATION_JOINS: tuple[str, ...] = ("and", "or", ",")
# mendC92: a visit, a trip or travel a few words before "to": the state is
# the host, a side of the visit ("the delegation's visit to Syria"), and a
# ban on travel to it a measure against it.
DESTINATION_HOSTS: tuple[str, ...] = (
    "visit",
    "visits",
    "trip",
    "trips",
    "travel",
    "travelled",
    "traveled",
    "tour",
    "journey",
    "flew",
    "went",
)
# agents48fa: "foreign" written with an agent noun ("نیروهای خارجی", "القوات
# الأجنبية", "foreign troops") says the agents are not of the country where
# they are or which the sentence names: they take none from it
# (``participants._Sentence.foreign``).
FOREIGN_WORDS: tuple[str, ...] = ("foreign",)
# mendC106: members of a family before the one whose family it is ("three
# members of the family of the mayor") are civilians, not his agent
# (``extract/kin_groups.py``).
KIN_GROUP_MEMBERS: tuple[str, ...] = ("members", "member")
KIN_GROUP_NOUNS: tuple[str, ...] = ("family", "families")
# mendC106: a bloc's adjective right before an agent noun (English modifiers
# come first): Western services ("Western secret services", "Western
# intelligence agencies") are of no one state, not the accuser's
# (``participants._Sentence.regional``).
REGION_WORDS: dict[str, str] = {"western": ""}
# agents57fa: heads of an agent noun of a stateless agent (NGO) that name
# people, not an organisation: environmental campaigners belong to the
# country the text places them in (extract/participants._local_people).
LOCAL_AGENT_HEADS: tuple[str, ...] = (
    *("environmentalist", "environmentalists", "environmental", "climate"),
)
# recall45fa: "this country" alone is the state named before its clause
# when a preposition of a side governs it ("sanctions against the
# country"); "in the country" is a place.
THIS_COUNTRY_SIDES: tuple[str, ...] = ("this country", "that country")
THIS_COUNTRY_SIDE_PREPOSITIONS: tuple[str, ...] = ("against", "with", "to", "on")
THIS_COUNTRY_CLAUSE_WORDS: tuple[str, ...] = ("that", "which", "who")

# agents43ar: words between a support's noun and the protest it backs
# ("support for the protests"): the support is for the protest's crowd
# (extract/backed_crowd.py)
BACKED_PROTEST_LINKS: tuple[str, ...] = ("for", "of", "to", "the", "its", "their", "his", "her")

# agents43fa: quantities that open a list's next item after its conjunction
# ("the Iranian army and several Iranian companies", "police and dozens of
# officials"): the item is still coordinated with the one before it, one
# side of the event (``coordination._quantified_item``), as Persian "و چند"
# and Arabic "وعدة" are read. Digits do not (counted victims).
ITEM_QUANTIFIERS: tuple[str, ...] = (
    *("several", "some", "many", "a few", "a number of", "all", "all the", "one of"),
    *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("dozens of", "hundreds of", "thousands of", "a dozen"),
)

# prec43: a refusal whose object is a verb of saying ("refused to disclose
# the content of the call", "declined to comment") refuses the speaker's
# own word, no proposal of another side: no REJECT (extract/silence.py).
# Refusing to answer a side ("refused to answer their letters") rejects it.
SILENCED_OBJECTS: tuple[str, ...] = tuple(
    f"to {verb}" for verb in ("comment", "disclose", "reveal", "elaborate", "say", "confirm")
)
# prec43: the passive of an accusation ("the minister was accused of
# corruption"): its subject is the accused, and with no "by" the accuser is
# left unnamed (extract/lone_object.py).
ACCUSED_PASSIVES: tuple[str, ...] = tuple(
    f"{aux} {verb}"
    for aux in ("was", "were", "is", "are", "been", "being")
    for verb in ("accused", "charged", "blamed")
)
# The passive of a release ("the activist was released"): its subject is
# the one freed (extract/lone_object.py).
RELEASED_PASSIVES: tuple[str, ...] = tuple(
    f"{aux} {verb}"
    for aux in ("was", "were", "is", "are", "been", "being")
    for verb in ("released", "freed", "pardoned", "set free")
)
# Words between a side and a passive verb that open another clause.
PASSIVE_SUBJECT_BREAKS: tuple[str, ...] = ("but", "while", "because", "although")
PASSIVE_RELATIVES: tuple[str, ...] = ("that", "who", "which")


# lone43: the prepositions after a deed before whom it was done to
# ("support for X", "sanctions against X", "pressure on X", "an apology to
# X"): with no other side named, the side behind one is the deed's object
# and its doer unnamed (extract/lone_object.py: patient_alone). Not "of":
# "the support of X" is X's own.
PATIENT_PREPOSITIONS: tuple[str, ...] = ("for", "against", "on", "to")
# Nouns of a deed whose genitive, after "of", is whom it was done to ("the
# release of X", "the assassination of X").
PATIENT_NOUNS: tuple[str, ...] = (
    *("release", "freeing", "pardon", "assassination", "killing", "execution"),
    *("abduction", "kidnapping", "honouring", "honoring"),
)
PATIENT_GENITIVE_MARKERS: tuple[str, ...] = ("of",)

# noevent45: a deed noun right after a written number (or number + counter
# noun), in a clause with "since" + a year or a number of years, is a running
# total, no event (extract/running_totals.py).
SINCE_WORDS: tuple[str, ...] = ("since", "over the past", "in the past")
YEAR_UNITS: tuple[str, ...] = ("years", "decades")
COUNTER_NOUNS: tuple[str, ...] = ("cases", "times", "rounds")
# mend106 (review105b F5): the word that may link a counter noun to the
# deed it counts ("five rounds of talks"): the count still
# stands before the deed (``running_totals._counted``).
COUNTER_LINKS: tuple[str, ...] = ("of",)
# nonevent105: a count written in words counts as a written number ("nine
# summits", "since five years"; the number words of ``numbers.VALUES``).
# mendB105: but "one" counts one deed, never a running total ("one strike
# on Monday, the first since 2019").
RUNNING_COUNT_WORDS: tuple[str, ...] = tuple(w for w, n in NUMBER_VALUES.items() if n != 1)
# mendB105: an ordinal or a superlative before "since" measures one deed
# against the past ("the first since 2019", "the deadliest since 2014").
SINCE_FIRSTS: tuple[str, ...] = (
    *("first", "most", "largest", "biggest", "deadliest", "heaviest", "worst"),
    *("highest", "fiercest", "longest", "bloodiest"),
)

# agents45fa: a word between workers and the firm that employs them
# ("workers of the oil company", "workers at the plant"), and the firm as a
# noun modifier before them ("oil company workers"): the firm is their
# genitive, no side of their own (extract/employers).
EMPLOYER_LINKS: tuple[str, ...] = ("of", "of the", "at", "at the", "from", "from the")
EMPLOYER_BEFORE_STAFF = True

# agents45fa: "forces" alone names armed men of any kind, and "commander"
# the commander of any of them; a rebel or militia word before it names
# which ("rebel forces", "militia forces", "a militant commander"), and the
# bare head is then no army of its own (extract/force_heads).
GENERIC_FORCE_HEADS: tuple[str, ...] = ("forces", "force", "commander", "commanders")

# agents45fa: places of work whose workers' strike they only locate
# ("workers at the cement factory"); a company stays the employer struck
# against (extract/employers).
WORKPLACE_NOUNS: tuple[str, ...] = (
    *("factory", "factories", "plant", "plants", "mill", "mills", "refinery", "refineries"),
    *("mine", "mines", "workshop", "workshops", "shipyard", "shipyards"),
)

# agents45fa: head nouns of a street or square, written after its name
# ("Army Square", "Police Street"): an agent noun before one is the
# street's name, no side (extract/street_names).
STREET_HEADS_AFTER: tuple[str, ...] = (
    *("street", "square", "avenue", "boulevard", "highway", "roundabout"),
)

# types46fa: a predicate of necessity or of what cannot be done after a deed
# noun, its subject ("the arrest of the smugglers is necessary", "lifting
# sanctions cannot be done at once"): no deed told
# (``extract/modal_subject.py``). Not "cannot be" alone: "the attack cannot
# be justified" judges an attack that was made.
POSTPOSED_MODALS: tuple[str, ...] = (
    "is necessary",
    "are necessary",
    "is essential",
    "are essential",
    "is not necessary",
    "cannot be done",
    "can not be done",
    "could not be done",
    "is not possible",
)

# nonevent111: an obligation after a deed noun that it take place ("talks
# between the two countries should begin soon"): the deed is asked for, not
# told (``modal_subject.obliged_to_occur``). Only verbs of taking place: "the
# attack must be condemned" judges an attack that was made.
OBLIGED_OCCURRENCE_CUES: tuple[str, ...] = ("should", "must", "ought to", "need to", "needs to")
OBLIGED_OCCURRENCES: tuple[str, ...] = (
    *("begin", "start", "resume", "take place", "be held", "be signed", "be resumed"),
    *("be launched", "be implemented", "go ahead", "get under way", "get underway"),
)
# A deed noun after these is told as done ("after the attack") or is a
# phrase's object: no subject of the obligation.
OCCURRENCE_SUBJECT_LEADS: tuple[str, ...] = (
    *("after", "before", "since", "following", "during", "of", "in", "on", "for", "with"),
    *("about", "by", "to", "from"),
)
# mendA111: only an obligation with a vague plea of time ("should begin as
# soon as possible") and no time named, or a negated one ("should not
# begin"), tells no event: "the meeting should take place next week, the
# Kremlin said" is a plan (``modal_subject.obliged_to_occur``).
OBLIGED_VAGUE_TIMES: tuple[str, ...] = (
    *("as soon as possible", "soon", "sooner", "quickly", "without delay", "immediately"),
    *("at the earliest opportunity", "promptly", "swiftly", "urgently", "at once"),
)
# Said right after the obligation ("should not") or right before it.
OBLIGED_NEGATIONS: tuple[str, ...] = ("not", "never")

# clauses49: a word of time or accompaniment right before a deed's -ing form
# ("Iran, while condemning Israel, called on …", "After meeting the Saudi
# minister, the president urged …") opens an adverbial clause with no
# subject of its own: its deed is the main clause's subject's, and whom the
# clause names is no side of the main verb (extract/adverbial_clause.py).
ADVERBIAL_OPENERS: tuple[str, ...] = ()
VERBAL_ADVERBIAL_OPENERS: tuple[str, ...] = ("while", "after", "before", "when", "by")
VERBAL_NOUN_ENDINGS: tuple[str, ...] = ("ing",)
VERBAL_NOUN_VERBS: tuple[str, ...] = ()

# topics50: a deed noun that only names a topic or a kind is no event. A
# head noun of a subject, a kind or a danger right before "of" ("the issue
# of sanctions", "the question of the withdrawal", "the phenomenon of
# kidnappings", "a culture of protest", "the scourge of terrorism") makes
# the deed after it what is talked about (extract/named_topic.named_as_topic).
_TOPIC_OF_HEADS: tuple[str, ...] = (
    *("issue", "issues", "question", "questions", "matter", "problem", "problems"),
    *("phenomenon", "culture", "scourge", "menace", "policy", "policies", "file"),
    *("subject", "topic", "dangers", "risks", "threats"),
)
TOPIC_KIND_HEADS: tuple[str, ...] = tuple(
    f"{head} of{article}" for head in _TOPIC_OF_HEADS for article in ("", " the", " a", " an")
)
TOPIC_MARKERS = TOPIC_MARKERS + TOPIC_KIND_HEADS
# The conjunctions that carry such a topic over to the next deed noun ("the
# issue of protests and strikes": both only talked about;
# extract/predicates.drop_topics).
TOPIC_JOINS: tuple[str, ...] = ("and", "or", "and the", "or the", "and of", "and of the")

# noevent51: a meeting word held by "we" in the article's own voice ("we met
# the minister in Baghdad", "in our meeting with him") is the paper's
# reporter at work, no CONSULT (extract/writer_talks.py); said by someone
# quoted ('The minister said: "We met …"') it stays.
WRITER_TALK_BEFORE: tuple[str, ...] = ("we", "our")
WRITER_VOICE_BREAKS: tuple[str, ...] = (
    *("said", "says", "told", "tells", "added", "adds", "stated", "wrote", "writes"),
)

# noevent51: a call or a talk whose partner right after "with" is the press
# ("said in a phone call with Reuters") is the interview in which the
# speaker said what follows, no CONSULT (extract/press_talks.drop_press_partners).
PRESS_PARTNERS: tuple[str, ...] = (
    *("reuters", "afp", "the associated press", "the bbc", "bbc", "cnn", "al jazeera"),
    *("reporters", "journalists", "a reporter", "a journalist", "the newspaper", "a newspaper"),
)
PRESS_PARTNER_PREPOSITIONS: tuple[str, ...] = ("with", "to")

# roles52: a word of response and the preposition before what it answers
# ("Iran responded to criticism from the EU", "in response to the request
# of"): the criticism, demand or threat is the other side's
# (extract/responded.py).
RESPONSE_WORDS: tuple[str, ...] = (
    *("respond", "responds", "responded", "responding", "response", "responses"),
    *("react", "reacts", "reacted", "reacting", "reaction", "reactions"),
    *("reply", "replies", "replied", "replying", "answer", "answered", "answering"),
)
RESPONSE_PREPOSITIONS: tuple[str, ...] = ("to",)
# Words that end the answered noun's phrase: a critic named past them is not
# the noun's ("said in response to the criticism that he …").
RESPONSE_PHRASE_ENDS: tuple[str, ...] = ("that", "and", "but", "said", "saying", "which", "who")
# The nouns of what someone said that one responds to (a criticism, a
# charge, a demand, a threat): a deed judged in passing ("در واکنش به اقدام
# غیرقانونی آمریکا", "in response to the illegal move") is no one's words.
RESPONDED_NOUNS: tuple[str, ...] = (
    *("criticism", "criticisms", "accusation", "accusations", "allegation", "allegations"),
    *("charge", "charges", "demand", "demands", "request", "requests", "call", "calls"),
    *("threat", "threats", "warning", "warnings", "appeal", "appeals", "condemnation"),
)

# falsehits54: the label of a law's article or clause opening a sentence
# ("Article 5: …", "Section 3 - …"): the sentence states a rule, no deed
# (extract/nonevents.provision).
PROVISION_LABELS: tuple[str, ...] = ("Article", "Section", "Clause", "article", "section")

# noevent85: the words before a verb's form that a permission governs: an
# infinitive's mark ("allows police to shoot", ``status.PERMISSION_CUES``) or
# an article, which makes it a noun ("permits the lifting of sanctions"); any
# other verb after the permission is a finite verb of another clause
# ("allowed the rally and police arrested …").
PERMITTED_VERB_LEADS: tuple[str, ...] = ("to", "the", "a", "an", "any")
# mendA86: words that end what a permission governs, for a noun as for a
# verb: another clause ("allowed into the camp and the raid killed …",
# "but", "while") or a phrase of time whose deed is told as done ("let
# reporters in after the strike on the hospital"); any trigger after one
# is no deed allowed (``extract/hypothetical._permitted``).
PERMISSION_STOPS: tuple[str, ...] = (
    *("and the", "and a", "and its", "then", "but", "while", "whereas", "when"),
    *("after", "before", "since", "during", "following"),
)
# mendA86: words right after a deed a permission governs that tell what it
# did ("allowed the strike that killed the general"): the deed was done.
PERMITTED_DEED_RESULTS: tuple[str, ...] = tuple(
    f"{rel} {verb}"
    for rel in ("that", "which")
    for verb in ("killed", "left", "wounded", "injured", "destroyed", "hit", "claimed", "damaged")
)

# ---- colon57: a blame by a copula inside a quote ----
# Words of a blame trigger that make the clause's subject the side blamed
# ("X was behind the attack", "X is responsible for the bombing"): told after
# a speaker's colon or "that", the speaker blames and X is blamed
# (extract/quoted_blame.py).
BLAME_PREDICATES: tuple[str, ...] = ("behind", "responsible", "involved")
# types59fa: a breach told in reported speech ("said Iran had violated the
# deal") is a blame of the same build: the speaker blames the report's subject.
BLAME_PREDICATES += ("violated", "violates", "breached", "breaches", "violating")

# colon57: a pronoun of the speaker's own opening a quote ('said: "We struck
# …"'): the deed told is the speaker's, who takes part
# (extract/speaker_side.py ``_first_person_told``).
FIRST_PERSON_SUBJECTS: tuple[str, ...] = ("we", "i")

# condemners59: words of a reaction to a deed — condemnation, denunciation,
# sorrow, condolence — in a sentence of which an unknown attacker named after
# the one state takes no country from it ("Turkey condemned the attack by
# unknown gunmen": they are not Turkish; participants._Sentence._reactor_only).
REACTION_WORDS: tuple[str, ...] = (
    *("condemned", "condemns", "condemn", "condemning", "condemnation"),
    *("denounced", "denounces", "denouncing", "denunciation", "deplored", "deplores"),
    *("decried", "condolences", "expressed concern", "expressed regret"),
)

# occasion59fa: the words before a meeting in which a demand or a blame was
# made ("The minister called for a ceasefire during a meeting with his
# Turkish counterpart"): the meeting was held, it is not what is asked
# (extract/nonevents.meeting_occasion). "in" is left out: it also opens an
# asked thing's phrase ("called for a role in talks with …").
MEETING_SURE_OPENERS: tuple[str, ...] = ("during", "during a", "during his", "during her")
# parties81fa: the words before a summit named only as where another deed was
# told ("announced aid at the G20 summit"): the summit is its setting
# (extract/summit_setting).
SUMMIT_SETTING_OPENERS: tuple[str, ...] = (
    *("at", "at the", "at a", "during", "during the", "during a"),
    *("on the sidelines of", "on the sidelines of the", "on the sidelines of a"),
)

# actors62: whom a joint effort is against: in talks, agreements,
# cooperation, aid, support or a call "against Islamic State", "the war on
# terror", "to combat the militants" name the enemy of the effort, never a
# partner of it (extract/opposed.py).
OPPOSED_MARKERS: tuple[str, ...] = (
    "against",
    "war on",
    "fight against",
    "fighting",
    "combat",
    "combating",
    "combatting",
    "to fight",
    "to defeat",
    "countering",
    "confronting",
)

# types64fa: the preposition of partners ("با", "مع", "with"): a list it
# governs whose head another phrase took ("در هماهنگی نزدیک با بریتانیا،
# اسرائیل و رومانی هستیم و پاسخی … در راه خواهد بود": Britain is the
# coordination's) is partners still, no doers of a directed deed
# (``trigger_sides._rest_of_governed_list``).
PARTNER_GOVERNORS: tuple[str, ...] = ("with",)

# sides65ar: a seizure or arrest told in the passive that names nobody
# ("وتم حجز 35 صفيحة", "دو نفر بازداشت شدند", "two men were arrested"):
# the police did it (COP, of no country: the sentence names none), as
# ACLED/POLECAT code a seizure with no named author (``unnamed_deed.unnamed_deed``).
# Goods or ships "seized" by nobody named keep no guessed police (round 14:
# a tanker is seized by a navy or by pirates): arrests only.
SIDELESS_SEIZURES: tuple[str, ...] = ("arrested", "detained")

# questions67: words that open a direct question, and the conjunctions that
# may stand before one. A question set off by a comma or semicolon after a
# statement ("Police arrested twelve protesters, but why?", "the army shelled
# the town; is that a ceasefire?") silences only its own clause: the
# statement before it is still told (``predicates.drop_unreal``).
QUESTION_OPENERS: tuple[str, ...] = (
    *("why", "how", "is", "are", "was", "were", "will", "would", "can", "could"),
    *("does", "do", "did", "isn't", "aren't", "wasn't", "won't", "doesn't", "didn't"),
)
QUESTION_LEADS: tuple[str, ...] = ("but", "so", "and", "or", "then", "yet")

# reporters67: words of taking captives. An arrest, a sentence or a siege is
# the authorities' deed, so a held kind of people (civilians, criminals,
# activists) named first beside the police, a court or an army is whom they
# held (``holders.authorities_first``); a kidnapping or a hostage taking is
# a deed those kinds commit, and keeps the sentence's order.
CAPTIVE_TAKING: tuple[str, ...] = ("kidnap", "abduct", "hostage", "captive", "took prisoner")

# reporters67: words of accepting an invitation right before its noun
# ("accepted an invitation from"): the accepter is the one invited
# (``invitations.invited_last``).
INVITATION_ACCEPTED_BEFORE: tuple[str, ...] = ("accepted", "accepts", "accept", "accepting")

# agents70ar: a count between a state and the troops it sends is part of the
# troops' phrase, not words between them ("France decided to send about 500
# troops to Mali": France's troops); figures are skipped by the reader itself
# (``participants._near``).
SENT_COUNT_WORDS: tuple[str, ...] = (
    *("about", "around", "some", "nearly", "roughly", "approximately", "almost", "up", "to"),
    *("hundred", "hundreds", "thousand", "thousands", "dozens", "dozen"),
    *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
)
# The verbs of sending troops that let a count stand between the sender and them.
SENT_VERBS: tuple[str, ...] = (
    *("send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying"),
    *("dispatch", "dispatched", "withdraw", "withdraws", "withdrew", "withdrawing"),
)
# mendA70: the words that may stand before the verb of sending with the
# state still its subject ("Britain is preparing to send", "France decided
# to send"); after any other ("Turkey opposed plans to deploy", "threatened
# to send") the troops are not the state's.
SENT_LEADS: tuple[str, ...] = (
    *("is", "was", "will", "would", "has", "have", "had", "also", "already"),
    *("preparing", "prepares", "prepared", "decided", "decides", "agreed", "agrees"),
    *("plans", "planned", "planning", "intends", "intended", "began", "begins", "started"),
)

# english72: the war noun read as armed clashes (``triggers.
# CLOSED_NOUN_TRIGGERS``) only before a word that opens its sides or place
# ("the war between …", "the war in Yemen", "Russia's war against
# Ukraine") or a verb of occurrence (``extract/closed._sides_follow``) …
CLOSED_SIDE_NOUNS: tuple[str, ...] = ("war",)
CLOSED_SIDE_OPENERS: tuple[str, ...] = ("between", "in", "against")
# … and, where modifiers come before a noun, only after a determiner, a
# possessive or an adjective of a real war: any other word before it makes
# the war a figure ("the trade war between the US and China", "a price
# war", "the propaganda war"), and no list of those could be whole
# (``extract/closed._lead_fits``).
CLOSED_SIDE_LEADS: tuple[str, ...] = (
    *("the", "a", "this", "that", "their", "its", "'s", "s'"),
    *("civil", "ongoing", "bloody", "brutal", "deadly", "raging", "long", "devastating"),
    *("open", "full", "scale", "all", "out", "protracted", "intensifying", "grinding"),
)
# english72: English noun phrases end at "and" (``OCCURRENCE_STOPS``), save
# the one that joins the two sides a pair opener names ("the war between
# government forces and the Taliban continues"): read through once
# (``extract/closed._closed_after``).
CLOSED_PAIR_OPENERS: tuple[str, ...] = ("between",)
CLOSED_PAIR_JOINERS: tuple[str, ...] = ("and",)

# english72: what may stand between a verb of seizing and a bare town that
# is its object ("retook eastern Aleppo", "captured most of Kunduz"), and the
# words that may follow such a town ("captured Kunduz on Monday", "from
# government forces", "and Baghlan"); any other word after it makes the town
# a modifier ("captured Kabul residents"), a possessive ("'s") its owner
# (``extract/syntax._bare_town``).
TOWN_OBJECT_LEADS: tuple[str, ...] = (
    *("the", "northern", "southern", "eastern", "western", "central"),
    *("northeastern", "northwestern", "southeastern", "southwestern", "strategic", "key"),
    *("rebel-held", "government-held", "besieged", "parts", "part", "most", "much", "all", "of"),
)
TOWN_OBJECT_FOLLOWERS: tuple[str, ...] = (
    *("on", "in", "at", "from", "and", "after", "before", "during", "since", "until", "over"),
    *("last", "this", "earlier", "early", "late", "overnight", "yesterday", "today"),
    *("with", "without", "within", "following", "amid", "as", "by", "when", "while", "but"),
    *("despite", "for", "back", "again", "city", "town"),
)
# english72: the words a bare town may follow as the whole subject of a
# passive verb of seizing ("officials said Kunduz was captured"); after any
# other word (a preposition: "a commander from Kunduz was captured") it is
# not what was taken (``extract/syntax._town_subject``).
TOWN_SUBJECT_AFTER: tuple[str, ...] = ("the", "that", "said", "says")
# mendA72: the mark that makes a town after a verb of seizing an owner
# ("seized Tehran's oil"; ``extract/syntax._bare_town``).
TOWN_OWNER_MARKS: tuple[str, ...] = ("'",)

# english72: where a hope's clause ends before the 20 words it may reach
# (``extract/hope_clause.py``): a word that always opens a clause of its own
# ("Iran hopes the talks will succeed while Israeli jets struck Gaza"), and
# one that opens one when the deed's verb is in the simple past ("… as Iraqi
# forces attacked", "… after Russia withdrew its troops", "wished him success
# and Germany recognised …"); a hoped deed keeps "will/would" or the base
# form ("hopes the talks resume after Israel withdraws"). The irregular pasts
# of the verbs of deeds (the regular ones end in ``PAST_PARTICIPLE_ENDINGS``).
WISH_CLAUSE_ENDS: tuple[str, ...] = ("while", "whereas", "but", "although", "though", "meanwhile")
WISH_TOLD_OPENERS: tuple[str, ...] = ("as", "after", "and", "when", "since", "because")
PAST_VERB_FORMS: tuple[str, ...] = (
    *("struck", "met", "withdrew", "took", "fought", "shot", "sent", "held", "overran"),
    *("fled", "froze", "broke", "beat", "caught", "drove", "gave", "hit", "led", "left"),
    *("made", "paid", "put", "sold", "threw", "won", "began", "blew", "brought", "stole"),
    *("swore", "undertook", "forbade", "spoke", "flew", "bore", "lent", "rose", "shut"),
)
# english72: auxiliaries that make the verb after a mandative cue indicative
# ("insisted that Israel had struck first", "suggested that Iran would
# withdraw"), and the "be" of the subjunctive passive ("demanded that the
# ambassador be expelled"; ``extract/hope_clause.WishBounds.bare_verb``).
MANDATIVE_NOT_AFTER: tuple[str, ...] = (
    *("is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "does"),
    *("do", "can", "could"),
)
MANDATIVE_BE: tuple[str, ...] = ("be",)
# mendA72: a verb's inflected endings (the third person "-s", "-ing") and the
# bare verbs that end so ("press", "dismiss"); the words before a trigger
# that make it a noun, no verb of a mandative clause ("insisted that the bomb
# …"; also a finite verb after it: "that the US attack was illegal";
# ``extract/hope_clause.WishBounds.bare_verb``).
VERB_INFLECTED_ENDINGS: tuple[str, ...] = ("s", "ing")
VERB_UNINFLECTED_ENDINGS: tuple[str, ...] = ("ss",)
MANDATIVE_NOUN_LEADS: tuple[str, ...] = (
    *("the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those"),
    *("any", "no", "every", "another"),
)
# mendA72: phrases that open with a word of ``WISH_TOLD_OPENERS`` and open
# no told clause: a condition or a manner ("hopes the talks will succeed as
# long as the US lifted sanctions"), read as part of the hope's clause.
WISH_NOT_OPENERS: tuple[str, ...] = ("as long as", "as soon as", "as if", "as though")


# reporters73: words that open an apposition describing a medium named as
# the source ("according to Fars, affiliated with the Revolutionary Guards,
# …", "according to HRANA, the news outlet of a rights group, …"): whose
# organ it is is the medium's owner, no side of what it reports
# (``sources.apposition_end``). Not "close to": after a comma it is as often
# "nearly" before a count ("according to police, close to 50 protesters …").
MEDIUM_APPOSITIONS: tuple[str, ...] = (
    "affiliated with",
    "linked to",
    "run by",
    "owned by",
    "the mouthpiece of",
    "the news outlet of",
    "the news agency of",
    "the organ of",
    "which is affiliated with",
)

# adjdoer73: nouns of a deed of force or of the craft that does it; a state's
# adjective or genitive on them ("Turkish air strikes", "Russia's shelling")
# tells the deed's doer, not the country of those it struck ("Turkish air
# strikes killed two civilians"; participants._Sentence._doer_adjective_only).
# Armies, troops and forces are left out: they act at home as often.
DEED_ADJECTIVE_HEADS: tuple[str, ...] = (
    *("strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes"),
    *("shelling", "bombardment", "bombing", "bombings", "raid", "raids", "jets"),
    *("warplanes", "aircraft", "drone", "drones", "blockade", "artillery", "missiles"),
)

# counted75ar: the victims named after a count of fighters in their
# sentence ("the strikes killed 17 Houthi fighters; rescuers carried the
# victims out") are those men, not civilians (``extract/counted_dead.py``).
# "the dead" and "the wounded" are no agent nouns here.
COUNTED_DEAD_NOUNS: tuple[str, ...] = ("victims",)

# doer76: the nouns of a deed of force whose owner is written right before
# them, with or without "'s" ("coalition strikes", "the coalition's air
# raids"): that owner is the deed's doer (``extract/deed_owner.py``).
DEED_OWNER_BEFORE = True
# the possessive marks that may stand between the owner and the deed's noun
# ("the coalition's raids"); the longer first
DEED_OWNER_POSSESSIVES: tuple[str, ...] = ("'s", "’s", "'", "’")
DEED_OWNER_HEADS: tuple[str, ...] = (
    *("strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes"),
    *("raid", "raids", "air raid", "air raids", "shelling", "bombardment"),
    *("bombing", "bombings", "attack", "attacks", "warplanes", "jets", "aircraft"),
)

# mendB76: the words that say counted fighters are struck, not striking:
# a kill or wound word right before the count ("killed 17 Houthi fighters",
# "the deaths of two soldiers"), or right after the counted men ("17 soldiers
# were killed"); "five soldiers shot the villagers" counts who did the deed.
COUNTED_STRUCK_BEFORE: tuple[str, ...] = (
    "killed", "killing", "wounded", "wounding", "injured", "injuring",
    "deaths of", "death of", "bodies of",
)  # fmt: skip
COUNTED_STRUCK_AFTER: tuple[str, ...] = (
    "were killed", "was killed", "were wounded", "were injured", "died",
    "have been killed", "had been killed", "killed in", "killed and", "killed on",
)  # fmt: skip

# left78: the relative pronouns of an aside on a subject, set off by commas
# before the main verb ("The Japanese foreign minister, who had gone to
# Seoul, met the Chinese foreign minister"): who is named inside is no side
# of the main clause's deed (``extract/relative_aside.py``).
SUBJECT_RELATIVES: tuple[str, ...] = ("who", "which")

# noevent81: a sentence that tells the plot of a film, a novel or a series
# ("The film tells the story of a soldier who kills his commander", "In the
# novel, Russian troops invade Estonia") reports no deed, as a sentence
# about sport does (``extract/nonevents.off_domain``; Persian lists the
# same, Arabic too). Only words of a story's plot: a film or a video named
# alone ("a film shows soldiers beating …") may document a real deed.
_STORY_WORKS = ("film", "movie", "novel", "series", "play")
_STORY_VERBS = ("tells", "follows", "depicts", "portrays", "centres on", "centers on")
OFF_DOMAIN_CUES: tuple[str, ...] = (
    *(f"the {work} {verb}" for work in _STORY_WORKS for verb in _STORY_VERBS),
    *(f"the {work}'s {part}" for work in _STORY_WORKS for part in ("plot", "hero", "heroine")),
    *(f"the {work}'s protagonist" for work in _STORY_WORKS),
    "in the novel",
)
# mendA82: the words of a plot that are also said of real deeds ("the
# protagonist of the war in Yemen", "the main character in the scandal",
# "the plot of the 2016 coup") tell a story's plot only where a film, a
# novel, a series or a play is named in the sentence (``STORY_WORK_WORDS``;
# ``extract/nonevents.off_domain``). Not "series" or "play" alone: "a series
# of air strikes", "to play a role".
PLOT_CUES: tuple[str, ...] = ("the plot of the", "the protagonist", "the main character")
STORY_WORK_WORDS: tuple[str, ...] = (
    *("film", "films", "movie", "movies", "novel", "novels", "screenplay"),
    *("TV series", "television series", "drama series", "the play", "stage play"),
)

# noevent81: a deed whose start, resumption or holding is spoken of as a
# possibility ("the possible resumption of talks", "the prospect of a new
# round of talks", "the possibility of holding talks") is not held, as the
# deed named right after "possible" is not (status12 above); Arabic
# "احتمال استئناف المفاوضات" is read so, Persian likewise.
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{chance} {course}"
    for chance in (
        *("possible", "possibility of", "possibility of a", "prospect of", "prospect of a"),
        *("prospects of", "prospects for", "likelihood of", "likelihood of a"),
    )
    for course in (
        *("resumption of", "resumption of the", "resuming", "resuming the", "holding"),
        *("holding a", "holding new", "start of", "start of the", "starting", "new"),
    )
)

# noevent83, mendB84: talks named as what a report tells of ("presented a
# report on the course of the talks with Iran"): the report is the deed, the
# talks its topic; the talks' course may stand between. Read before talks
# nouns only (``REPORT_TOPIC_NOUNS``, ``named_topic.named_as_topic``): a report
# on a killing or a meeting tells of one done.
REPORT_TOPIC_MARKERS: tuple[str, ...] = tuple(
    f"report {about}{course}"
    for about in ("on", "about")
    for course in ("", " the", " the course of", " the course of the")
    + (" the progress of", " the progress of the", " the outcome of", " the outcome of the")
)
REPORT_TOPIC_NOUNS: tuple[str, ...] = ("talks", "negotiat", "consultations", "dialogue")

# noevent88: talks named by their state, progress or fate ("briefed
# reporters on the state of the talks", "concern about the fate of the
# negotiations") are what one speaks of or weighs, no round of talks held;
# before talks nouns only.
REPORT_TOPIC_MARKERS = REPORT_TOPIC_MARKERS + tuple(
    f"{head}{the}"
    for head in (
        # not "the progress of", "progress in": progress is of talks held (mendC89)
        *("the state of", "the fate of", "the future of"),
        "coordinator of",  # the talks as a post's complement
    )
    for the in ("", " the")
)

# noevent83, mendB84: a deed one acts "for fear of" has not happened
# ("residents fled for fear of a new attack", "fear of an Iranian attack on
# the ships has grown"): the noun phrase after the fear is its topic
# (``named_topic.named_as_topic``), up to a word that opens a told clause
# (``FEAR_PHRASE_ENDS``: "… after militants attacked the village"); not the
# bare noun ("fled in fear after the militants attacked": no "of").
FEAR_MARKERS: tuple[str, ...] = (
    *("for fear of", "in fear of", "out of fear of", "fear of", "fears of"),
)
FEAR_PHRASE_ENDS: tuple[str, ...] = (
    *("after", "when", "as", "since", "following", "before", "until", "because"),
    *("while", "amid", "and", "but", "which", "that", "who"),
)

# doer83: how a bombing's noun begins ("bombing", "blast", "explosion"): a
# state's army or police that announce the deed by its noun only tell it
# ("police announced the deaths of ten people in a bombing"), as a ministry
# does (``announcers``). A bare "attack" or "killing" may be their own.
ANNOUNCED_BOMBINGS: tuple[str, ...] = (
    *("bombing", "bombings", "blast", "blasts", "explosion", "explosions"),
    *("car bomb", "suicide attack", "suicide bomb", "roadside bomb"),
)
# bystander84: how a toll begins ("the death toll from the bombing"): a
# speaker telling a bombing's toll tells it (``announcers``).
ANNOUNCED_TOLLS: tuple[str, ...] = ("toll", "death toll", "casualty toll", "number of dead")

# mendA86: words after which a person named drives or owns the vehicle that
# ran someone over ("a car driven by a settler hit him"): a doer who may
# mean it, so no accident is told (``extract/driven``).
DRIVER_MARKERS: tuple[str, ...] = ("driven by", "driven by a", "driven by an", "driver")

# frame89: talks named as where a post is held ("Russia's envoy to the Vienna
# talks said", "the head of the delegation at the talks"): a post noun, up
# to three words, "to"/"at"/"in" and the talks noun name the holder, not a
# round of talks held; a word of taking part near by keeps the talks told
# ("Iran's envoy took part in the talks"; ``named_topic._post_in_talks``).
TALKS_POSTS: tuple[str, ...] = (
    *("envoy", "envoys", "representative", "representatives", "negotiator"),
    *("negotiators", "mediator", "mediators", "delegate", "delegates"),
    *("delegation", "head", "chief", "coordinator"),
)
TALKS_POST_PREPS: tuple[str, ...] = ("to", "at", "in")
TALKS_TAKING_PART: tuple[str, ...] = (
    *("attend", "attends", "attended", "attending", "join", "joins", "joined"),
    *("participate", "participates", "participated", "participating", "took", "take"),
    # returning to the talks or sending someone to them is taking part
    *("return", "returns", "returned", "returning", "back", "sent", "send", "sends", "sending"),
    # mendE90: a deed the post's holders do in the talks tells them held
    *("agreed", "reached", "signed", "exchanged", "presented", "proposed", "offered"),
)
# mendE90: words of saying after the talks noun: the words after them tell
# what was said ("… said both sides agreed"), no taking part.
TALKS_SPEECH: tuple[str, ...] = ("said", "says", "told", "added", "stressed", "that")

# agentsar91: posts held abroad: a place right after officials so named
# ("diplomats in Kabul", "missions in Mogadishu") is where they serve, not
# their country (``participants._Sentence._placed_right_after``).
ABROAD_POSTS: tuple[str, ...] = (
    *("diplomat", "diplomats", "diplomatic", "mission", "missions", "envoy", "envoys"),
    *("ambassador", "ambassadors", "consul", "attache", "delegation", "delegations"),
)
# mendD92: seats of international bodies (the EU and NATO, the UN, the IAEA):
# officials "in" them are as often the bodies' as the host state's, so they
# take no country from the seat (``participants._Sentence._placed_right_after``).
# mendF93: not New York, a US city first (its police, mayor and governor).
IGO_SEATS: tuple[str, ...] = ("Brussels", "Geneva", "Vienna")
# mendD92: words of saying right after officials "in" a place: when the
# place's country is named again after them, the officials tell of a deed
# done to it and take no country from the place (``participants._Sentence.
# _speakers_of``). Not Persian: its verb ends the clause, and a codeless
# speaker there takes the doer's slot.
PLACED_SPEECH: tuple[str, ...] = TALKS_SPEECH[:-1]
# mendF93: a subject pronoun a few words after that word of saying stands for
# the officials, whose own deed it tells ("Officials in Iraq said they
# condemned Turkey's strikes on Iraq"): they keep the place's country.
SPEAKER_PRONOUNS: tuple[str, ...] = ("they", "we")

# mendA92: a conjunction written after a comma opens a new clause rather than
# ending a list of two ("talks … with the participation of China, and the
# United States criticised them"); after a list of three it is an Oxford
# comma ("Britain, the US, and Canada") (extract/list_clause.py).
CLAUSE_COMMA_JOINERS: tuple[str, ...] = ("and",)

# faparties94: a relative clause on a deed of force that tells its toll
# ("blamed Russia for the attack in which ten civilians were killed", "the
# attack that killed a guard"): the death is the deed itself, and those who
# blamed or told of the deed are no killers (``extract/tolls``).
TOLL_OPENERS: tuple[str, ...] = ("in which", "during which", "that left", "which left")

# codoers94: a reciprocal after a list of doers ("Iran and Israel accused
# each other") makes its members each other's source and target, no co-doers.
RECIPROCALS: tuple[str, ...] = ("each other", "one another")

# faparties96: nouns of exchange or relations whose partner after "with" is
# what a call or a welcome is about, no side ("called for extending the
# waivers on oil trade with Iran"; extract/relation_partners.py).
RELATION_NOUNS: tuple[str, ...] = ("trade", "relations", "ties", "dealings", "commerce")

# doers98: the words that name a group after its descriptor in a doer's
# phrase ("by members of the group known as …", "by a militia called …"): the
# name after the link is the descriptor's, so "by" before the descriptor
# marks it as the doer (extract/doers.py)
NAMING_LINKS: tuple[str, ...] = ("known as", "called", "named", "calling itself")
# mendD99: a relative right before a naming link makes it the verb of a
# clause ("a lawmaker who called Iran a threat"), no name of the head
NAMING_BREAKS: tuple[str, ...] = ("who", "that", "which")

# doers98: a title a person feigns ("posing as a Saudi
# prince", "impersonating a police officer") or claims to be ("claiming to be
# the king of Germany") is no side (extract/claimed_identity.py): the words
# of feigning reach a few words on, the claims of being only the next word
FEIGNING_CUES: tuple[str, ...] = (
    *("posing as", "posed as", "pose as", "poses as", "impersonating", "impersonated"),
    *("pretending to be", "pretended to be"),
)
CLAIMED_BEING_CUES: tuple[str, ...] = ("claiming to be", "claimed to be", "claims to be")
# mendD99: the word joining a feigned title to the body it is of ("ضابط في
# الجيش الأردني", "an officer of the army"): the body is feigned too
TITLE_COMPLEMENT_LINKS: tuple[str, ...] = ("of", "in")

# senses101: what is looked for or sought is an aim, not a deed done
# ("Egypt is still looking for an agreement with Ethiopia", "began searching
# for a new roadmap", "seeking a ceasefire"), as towards67's "working towards
# an agreement"; Arabic "البحث عن" and Persian "در جستجوی" read alike.
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{search}{art}"
    for search in (
        *("look for", "looks for", "looked for", "looking for"),
        *("search for", "searches for", "searched for", "searching for", "in search of"),
        *("seek", "seeks", "sought", "seeking"),
    )
    for art in (" a", " an", " the", " a new", " new")
)

# sides101: words written between a title holder's mention and his name
# ("Russian President Vladimir Putin", "the Emir of Kuwait Sheikh Sabah"):
# titles and forms of address. A list of titled, named leaders stays one
# list (``coordination._after_repeat``); matched word by word.
HOLDER_NAME_LEADS: tuple[str, ...] = (
    *("president", "prime", "minister", "foreign", "defence", "defense", "king", "queen"),
    *("emir", "sheikh", "sheikha", "crown", "prince", "chancellor", "sultan", "secretary"),
    *("general", "mr", "mrs", "ms", "dr", "premier", "vice", "supreme", "leader"),
    *("'s", "’s"),  # "Qatar's Emir Sheikh Tamim"
)

# sides104: a deed's noun with a relative clause whose subject is named
# right after the pronoun and does one of these verbs ("the blockade that
# Saudi Arabia imposed on Qatar", "the invitation which the Moroccan king
# extended to him"): that subject did the deed, whoever the sentence names
# before the noun. Only verbs of doing, imposing or giving: after "suffered"
# or "received" the subject underwent it, after "announced" it may only have
# told it (extract/clause_doers.py).
DEED_CLAUSE_VERBS: tuple[str, ...] = (
    *("imposed", "imposes", "launched", "carried", "conducted", "made", "makes"),
    *("levelled", "leveled", "extended", "sent", "provided", "offered", "committed"),
    *("issued", "delivered", "gave", "directed", "adopted", "granted"),
)
# mendB104: a clause verb followed by one of these tells the deed rather
# than doing it ("the attack that US officials made public", "the strike
# that Ukraine made known"): its subject is no doer.
DEED_CLAUSE_TELLING_WORDS: tuple[str, ...] = ("public", "known", "clear", "available")
# Words that may stand between the subject and its verb: auxiliaries.
DEED_CLAUSE_GAP_WORDS: tuple[str, ...] = ("has", "have", "had", "recently", "earlier")
# Words one of which before a deed's word the lexicon also reads as a verb
# ("strikes", "attacks") makes it a noun ("the strikes that Turkey launched").
DEED_CLAUSE_DETERMINERS: tuple[str, ...] = ("the", "these", "those", "its", "their", "his", "her")
# A preposition between the pronoun and a side: the clause opens with a
# phrase, and the side after it is no subject ("the strikes that in Iraq …").
DEED_CLAUSE_OBJECT_PREPOSITIONS: tuple[str, ...] = (
    "on",
    "against",
    "to",
    "at",
    "in",
    "from",
    "for",
)
# missing104: the groups of states of the nuclear talks, one name each
# (``lang/xx/blocs.BLOC_MEMBERS``): "talks between Iran and the P5+1" has seven sides.
# Not the bare "5+1": English writes it for shifts, formations and sums too.
BLOC_NAMES: dict[str, tuple[str, ...]] = {
    "P5+1": ("P5+1", "E3+3"),
    "P4+1": ("P4+1", "E3+2"),
}
# Words before a group's name that take some of its members, not all
# ("some members of the P5+1"): no member is a side (``lexicon._context_entries``).
BLOC_PARTIAL_BEFORE: tuple[str, ...] = (
    "some members of the", "some of the", "one of the", "a member of the",
    "some members of", "one member of the",
)  # fmt: skip

# missing105: a relative clause on a text a side issued ("the G7 statement,
# which held Iran responsible", "a report by the UN that accused …"): the
# relative pronoun is the verb's subject, so the side that issued the text
# (before the noun, or after "of"/"by") did what the clause tells, and whoever
# the main clause names (the one who welcomed or cited it) did not
# (``extract/authored_clause.py``). Only a verb right after the pronoun.
AUTHORED_NOUNS: tuple[str, ...] = (
    *("statement", "report", "letter", "resolution", "communique", "declaration"),
)
AUTHORED_CLAUSE_RELATIVES: tuple[str, ...] = ("which", "that")
AUTHORED_OWNER_LINKS: tuple[str, ...] = ("of", "by", "from")

# mendB105: a deed ruled out ends at a word of time ("no place for a truce
# after strikes on Beirut": the strikes are told).
RULED_OUT_STOPS: tuple[str, ...] = ("after", "following")

# nonevent106: words of concern. Their clause naming a disaster or an
# accident (``status.DISASTER_CUES``) and no one's deed, the concern is
# sympathy, no accusation (extract/disaster_concern.py): "expressed concern
# about the wildfires in Turkey". Not "condemned", read as ever.
CONCERN_WORDS: tuple[str, ...] = ("concern", "concerns", "concerned", "worry", "worried")
# nonevent106: disaster cues that name the people struck, not the disaster:
# concern about them ("concern for the patients") may be about a deed.
CONCERN_NOT_DISASTERS: tuple[str, ...] = ("patients", "infected")
# mend106 (review105a F3): a teller named after an announcement opener
# (``status.ANNOUNCER_CUES``) taken up again in the deed's clause as a
# possessor of what the deed strikes ("As reported by Amnesty, police raided
# its offices"): the teller is the deed's target there, not its teller only
# (``sources._taken_up``). The possessive with a noun of what a medium or a
# rights group has; a bare "its" may be anyone's ("off its coast").
TELLER_ANAPHORS: tuple[str, ...] = tuple(
    f"its {head}"
    for head in (
        "office",
        "offices",
        "headquarters",
        "premises",
        "bureau",
        "staff",
        "employees",
        "researchers",
        "activists",
        "members",
        "director",
        "journalists",
        "reporters",
        "correspondent",
        "correspondents",
        "website",
    )
)
# codes106: a word of saying right after a place closes the teller's clause
# ("a rights group in Seoul said North Korea executed a thousand people"):
# the place is the teller's, and lends no country to the agents of what is
# told (``participants._Sentence._teller_place``).
TELLER_SPEECH: tuple[str, ...] = ("said", "says", "told", "reported", "claimed", "announced")
# mendD106 (review106b F4): a noun of the teller's kind between the teller
# and the anaphor ("raided the office of a rights organisation and closed the organisation's offices") is
# what the anaphor takes up, not the teller (``sources._taken_up``).
TELLER_KINDS: tuple[str, ...] = ("organisation", "organization", "association")

# swap107: a request's noun whose asker is named with "of" or "from" after
# it ("rejected the request of the United States"): that side comes first
# (extract/request_genitive.py: asker_first). Not "invitation": "at the
# invitation of X" mostly tells who hosts a visit, and the visit rule reads
# it so (test_invite25, the one sentence this rests on: moved here, the host
# came first twice and the event was lost). A modifier before the noun
# ("a US request") is not read: put first it split the event in two.
ASKER_GENITIVE_NOUNS: tuple[str, ...] = ("request", "requests", "call", "calls")
ASKER_GENITIVE_OPENERS: tuple[str, ...] = ("of", "from")
ASKER_GENITIVE_LINKS: tuple[str, ...] = ("the",)

# ---- gov108: a government still to be formed (extract/formed_government.py) ----
# "urged the party to form a government", "talks on the formation of a
# unity government": the government is asked for or talked about, no side.
# Not "formed" ("the newly formed government" exists and may act).
FORMING_WORDS: tuple[str, ...] = ("form", "forming", "formation")
# Words that may stand between the forming word and the noun. Not "the":
# "the formation of the government" is as often a sitting cabinet's (the
# Arabic reading, which lost right sides, see ar/context.py).
FORMING_FILLERS: tuple[str, ...] = (
    *("a", "an", "new", "national", "unity", "coalition"),
    *("interim", "transitional", "inclusive", "caretaker"),
)
FORMED_GOVERNMENT_NOUNS: tuple[str, ...] = ("government", "cabinet")
# mendA108: "of" links only a forming noun to the government ("formation of
# a government"); after "form" it is the noun form ("any form of government").
FORMING_LINKS: tuple[str, ...] = ("of",)
FORMING_LINK_HEADS: tuple[str, ...] = ("formation",)
# A formation one welcomes, congratulates on, praises or condemns has
# happened: that government exists and is the side.
FORMATION_REACTIONS: tuple[str, ...] = tuple(
    f"{stem}{end}"
    for stem, ends in (
        ("welcom", ("e", "ed", "es", "ing")),
        ("congratulat", ("e", "ed", "es", "ing", "ion", "ions")),
        ("condemn", ("", "ed", "s", "ing")),
        ("prais", ("e", "ed", "es", "ing")),
        ("hail", ("", "ed", "s")),
        ("denounc", ("e", "ed", "es", "ing")),
    )
    for end in ends
)
# Leads of time or task right before the forming word: "after forming a
# coalition government" (one formed), "tasked with forming" (a designate's).
FORMING_LEADS: tuple[str, ...] = ("after", "since", "following", "tasked with", "charged with")
# mendF108: words skipped between a lead and the forming word ("after the
# formation of a new government", "since the formation of").
FORMING_LEAD_FILLERS: tuple[str, ...] = ("the",)

# teller111 (extract/framed_teller.py): a deed's noun in a topic phrase of a
# teller's clause ("the spokesman spoke about the attack"): the teller, no side.
TOLD_DEED_TOPICS: tuple[str, ...] = ("about", "regarding", "concerning")
# Slots of blame right before a deed's noun, held by the one named before
# them, the deed's doer; "opener…slot": the opener must stand before the one
# blamed ("blamed Iran for the attack"; a bare "for" is no blame).
BLAMED_DEED_SLOTS: tuple[str, ...] = (
    "responsible for",
    "accountable for",
    "blamed…for",
    "blames…for",
    "blaming…for",
)
# Words right after the deed's noun that point back to the teller.
TELLER_OWN_WORDS: tuple[str, ...] = ("its", "their", "our")
# mendD111: what opens the reported clause and ends the teller's part, and
# its subjects after the deed that point back to the teller ("about the
# strike on Gaza that it targeted …"): its own deed.
TELLER_PART_ENDS: tuple[str, ...] = ("that",)
TOLD_BACK_WORDS: tuple[str, ...] = ("it", "they", "its")
# Joins several blamed together ("held Iran and Syria responsible").
BLAMED_JOINS: tuple[str, ...] = ("and",)
