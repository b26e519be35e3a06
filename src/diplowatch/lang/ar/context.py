"""Arabic words that tell how a country mention relates to an event.

A country after a topic or place preposition ("بشأن سوريا", "في اليمن") is
usually what is talked about, not a participant; an adjective after a head
noun such as "الجانب" or "الحكومة" stands for the state itself.
"""

from .affixes import AFFIXES
from .numbers import VALUES as NUMBER_VALUES
from .roles import DEPUTY_PRIME_MINISTER_TITLES

TOPIC_PREPOSITIONS: tuple[str, ...] = (
    "بشان",
    "حول",
    "تجاه",
    "ازاء",
    "عن",
    "في",
    "الى",
    "داخل",
    "ضد",
    "على",
    # agents43ar: "غارات فوق ليبيا" (strikes over Libya): the airspace a
    # deed happens in is where it happens, as after "في"; never its doer
    "فوق",
)
LOCATION_PREPOSITIONS: tuple[str, ...] = ("في", "ب", "فوق")
ACTOR_HEAD_NOUNS: tuple[str, ...] = (
    "الجانب",
    "الطرف",
    "الحكومة",
    "حكومة",
    "السلطات",
    "الوفد",
    "وفد",
    "الخارجية",
    "وزارة",
    "القوات",
    "الجيش",
    "البرلمان",
    "الرئاسة",
    "الدولة",
    "السفارة",
    "النظام",
    "الادارة",
    "نظيره",
    "نظيرته",
    "البلد",
    "المملكة",
    "الجمهورية",
    "الشركة",
    "الوكالة",
    "البعثة",
    "الديبلوماسية",
)
CONJUNCTIONS: tuple[str, ...] = ("و", "،", ",", "او")

# Arabic-language outlets span many states, so there is no default home.
HOME_CANDIDATES: tuple[str, ...] = ()
OUR_COUNTRY_WORDS: tuple[str, ...] = ()
# agents42fa: "this country" after an agent in construct ("معارضي هذا البلد",
# "مواطني هذه الدولة") points back to the country named last: the agent is
# of that country (``extract/this_country.py``)
THIS_COUNTRY_WORDS: tuple[str, ...] = ("هذا البلد", "هذه البلاد", "هذه الدولة", "ذلك البلد")
# … not a state only "against" parts from it: the deed's other side
THIS_COUNTRY_AGAINST: tuple[str, ...] = ("ضد",)
# agentsar85: a nationality right after a partitive word ("بينهم تونسيان",
# "من بينهم ليبي") is only some of a group's: no agent takes its country
# from it (``extract/partitive_nationals.py``).
NATIONAL_PARTITIVES: tuple[str, ...] = ("بينهم", "بينهن", "من بينهم", "من بينهن", "منهم", "منهن")
# victims103: nouns of dying or being wounded whose genitive is whom the deed
# struck ("أسفر الهجوم عن مقتل مدنيين ورجال شرطة", "استشهاد مدنيين وأعوان من
# الأمن"): an uncounted side so named, and those joined to it, are victims as
# counted ones are (``victims_only._toll_named``), never the doer of one
# another. Not the verbal noun "قتل" (killing), whose doer may be named before
# it ("أقدم رجل على قتل شرطي").
TOLL_GENITIVE_NOUNS: tuple[str, ...] = tuple(
    f"{c}{n}"
    for c in ("", "و", "ب", "وب", "ل")
    for n in ("مقتل", "استشهاد", "إصابة", "اصابة", "وفاة", "مصرع")
)
# victims103: words that may stand between a toll's victim and the next one
# joined to it ("مقتل مدنيين وأعوان من الشرطة", "وجنود من الجيش"): the body
# after them is struck too.
TOLL_GENITIVE_LINKS: tuple[str, ...] = (
    *("من", "أعوان", "اعوان", "رجال", "عناصر", "أفراد", "افراد", "جنود", "ضباط"),
)
# country87: a state right after a word of where a group came from or lives
# ("مهربين قادمين من ليبيا", "المقيمين في قطر") is the group's origin, not
# the police's or the army's that held them (read as ``NATIONAL_PARTITIVES``).
ORIGIN_MARKERS: tuple[str, ...] = tuple(
    f"{w} {p}"
    for ws, p in (
        (("قادم", "قادمة", "قادمين", "قادمون", "قادما", "القادم", "القادمة", "القادمين"), "من"),
        (("وافدين", "الوافدين", "وافدون"), "من"),
        (("مقيم", "مقيمة", "مقيمين", "مقيمون", "المقيم", "المقيمة", "المقيمين"), "في"),
    )
    for w in ws
)
# codes91: a state named bare right after a preposition of direction ("زيارة
# عدد من النواب إلى سوريا", "محاولتهم الوصول إلى إيطاليا") is where someone
# goes, sends or is sent: it gives no agent of the sentence its country
# (``participants._Sentence.destination``). Not "نحو" (also "about", a count).
DESTINATION_MARKERS: tuple[str, ...] = ("إلى", "الى")
# codes91: a word of return or restoring up to three words before such a
# preposition makes the state a home again ("عودة اللاجئين إلى سوريا",
# "إعادة الاستقرار إلى ليبيا"): those returning are of it.
DESTINATION_RETURNS: tuple[str, ...] = tuple(
    clitic + word
    for word in ("إعادة", "عودة", "إعادته", "إعادتهم", "عودته", "عودتهم", "عودتها")
    for clitic in ("", "و", "ب", "ل")
) + ("العودة", "بالعودة", "للعودة", "عاد", "عادت", "عادوا", "يعود", "تعود", "يعودون")
# mendC92: a word before "إلى" that makes it no direction ("بالإضافة إلى
# العراق": besides Iraq; "استنادا إلى", "بالنسبة إلى", "إشارة إلى",
# "انضمامها إلى": joining is membership), and the conjunctions that carry a
# destination to the state joined to it ("إلى تونس أو مصر", "العراق واليمن")
# (``participants._Sentence.destination``).
DESTINATION_NOT_AFTER: tuple[str, ...] = tuple(
    clitic + word
    for word in (
        "إضافة",
        "إضافةً",
        "اضافة",
        "استنادا",
        "استناداً",
        "نسبة",
        "النسبة",
        "النظر",
        "إشارة",
        "اشارة",
        "مشيرا",
        "مشيراً",
        "انضمام",
        "انضمامها",
        "انضمامه",
        "انضمت",
        "انضم",
        "ينتمي",
        "تنتمي",
        "المنتمين",
        "المنتمية",
    )
    for clitic in ("", "و", "ب", "بال", "وبال")
    if not (clitic.endswith("ال") and word.startswith("ال"))
)
DESTINATION_JOINS: tuple[str, ...] = ("و", "أو", "او", "،", ",")
# mendC92: a visit, a trip or travel a few words before "إلى": the state
# is the host, a side of the visit ("زيارة وفد برلماني إلى سوريا"), and a
# ban on travel to it a measure against it ("منع السفر إلى قطر").
DESTINATION_HOSTS: tuple[str, ...] = tuple(
    clitic + word
    for word in (
        "زيارة",
        "زيارته",
        "زيارتها",
        "زيارتهم",
        "زيارات",
        "الزيارة",
        "الزيارات",
        "جولة",
        "جولته",
        "الجولة",
        "سفر",
        "السفر",
        "رحلة",
        "الرحلة",
        "تنقل",
        "أدى",
        "أداها",
        "يزور",
        "يتوجه",
        "توجه",
    )
    for clitic in ("", "و", "ب", "ل")
)
# agents48fa: "foreign" written with an agent noun ("نیروهای خارجی", "القوات
# الأجنبية", "foreign troops") says the agents are not of the country where
# they are or which the sentence names: they take none from it
# (``participants._Sentence.foreign``).
FOREIGN_WORDS: tuple[str, ...] = ("الأجنبية", "الأجنبي", "الأجانب", "أجنبية", "أجنبي", "أجانب")
# mendC106: a bloc's adjective right after an agent noun, as Persian's
# ``REGION_WORDS`` (agents64fa): Western services ("أجهزة الاستخبارات
# الغربية", "الأمن السري الغربية") are of no one state, not the accuser's
# (``participants._Sentence.regional``).
REGION_WORDS: dict[str, str] = {
    "الغربية": "",
    "الغربي": "",
    "الغربيين": "",
    "الغربيون": "",
}
# agents57fa: heads of an agent noun of a stateless agent (NGO) that name
# people, not an organisation: environmental campaigners ("ناشطون بيئيون")
# belong to the country the text places them in (extract/participants._local_people).
LOCAL_AGENT_HEADS: tuple[str, ...] = (
    *("ناشط", "ناشطا", "ناشطة", "الناشط", "الناشطة", "ناشطون", "ناشطين"),
    *("الناشطون", "الناشطين", "ناشطو", "ناشطي"),
)
# recall45fa: "هذا البلد" alone is the state named before its clause when a
# preposition of a side governs it ("عقوبات ضد هذا البلد"); "في هذا البلد"
# is a place.
THIS_COUNTRY_SIDES: tuple[str, ...] = ("هذا البلد", "هذه البلاد", "هذه الدولة", "ذلك البلد")
THIS_COUNTRY_SIDE_PREPOSITIONS: tuple[str, ...] = ("ضد", "على", "مع", "إلى")
THIS_COUNTRY_CLAUSE_WORDS: tuple[str, ...] = ("الذي", "التي", "أن", "إن")

# A sentence without an event of its own adds areas of cooperation to the
# previous event only when it speaks of "areas"/"fields" (e.g. "the accords
# cover health and culture").
SECTOR_SCOPE_CUES: tuple[str, ...] = (
    "مجالات",
    "مجال",
    "قطاعات",
    "قطاع",
    "ميادين",
    "تشمل",
    "تغطي",
    "تمس",
)

# A sector word right after one of these names an office ("وزير الصحة",
# "Minister of Trade"), not an area of cooperation.
SECTOR_TITLE_WORDS: tuple[str, ...] = (
    "وزير",
    "وزيرة",
    "وزارة",
    "وزراء",
    "لوزير",
    "لوزارة",
    "بوزارة",
    "هيئة",
    "مديرية",
    "الوزير",
)

# Words that end a person's name written after "title + country".
NAME_STOPWORDS: tuple[str, ...] = (
    "في",
    "على",
    "الى",
    "من",
    "عن",
    "مع",
    "الذي",
    "التي",
    "ان",
    "انه",
    "امس",
    "اليوم",
    "خلال",
    "لدى",
    "بعد",
    "قبل",
    "حيث",
    "كما",
    "وذلك",
    "اثناء",
    "عبر",
    "الى",
    "و",
    # a preposition opens no name ("لرئيس وزراء إسرائيلي منذ ثلاثة عقود")
    "منذ",
    "حتى",
    "حول",
    "بشأن",
    "ضد",
    "تجاه",
    "نحو",
    # surnames64: "مسؤولي الإدارة الأمريكية بخصوص الأزمة"
    *("بخصوص", "حيال"),
    # nor a word of time ("زار الرئيس الفرنسي تشاد يوم الاثنين")
    "يوم",
    "صباح",
    "مساء",
    "ليلة",
    "الاسبوع",
    "الشهر",
    "العام",
)
NAME_MIN_TOKENS = 2
# surnames64: a full name right after a group's title ("زعيم تيار المحبة
# الهاشمي الحامدي", "Ennahda leader Rached Ghannouchi") names the group's
# office holder; the surname alone later ("وطالب الحامدي", "Ghannouchi said")
# is he, with the group's country, agent and role. Persian sets none: its
# unwritten ezafe makes a name after a group noun the group's owner
# ("سخنگوی ستاد انتخابات حسن روحانی": the spokesman of Rouhani's campaign).
GROUP_TITLE_NAMES = True

# --- ar-places11: place-name heads, prepositions of place and direction ---
# Place nouns (added to LOCATION_HEAD_NOUNS): a country adjective after one
# is where something is ("جزيرة جربة", "السواحل الليبية", "معبر رفح").
_PLACE_NOUNS: tuple[str, ...] = (
    "مطار",
    "جزيرة",
    "ساحل",
    "سواحل",
    "الساحل",
    "حدود",
    "الشريط",
    "معبر",
    "مضيق",
    "خليج",
    "مخيم",
)
# Heads of names of streets, squares and gates: a country or its people
# after one is part of the name ("باب المغاربة" a gate of Jerusalem, "شارع
# سوريا" in Beirut, "ساحة فرنسا"), never a party nor the agents' home.
NAMED_PLACE_HEADS: tuple[str, ...] = (
    "باب",
    "بوابة",
    "شارع",
    "ساحة",
    "ميدان",
    "جادة",
    "نهج",
    # seas, gulfs and straits named after a country ("خليج فنلندا", "بحر
    # اليابان"): a place, never a party (bystanders13)
    "خليج",
    "بحر",
    "مضيق",
    # the seat of a body ("المنظمة التي مقرها لندن", "المرصد ومقره
    # بريطانيا"): where it sits, neither a side nor the home of the agents
    # the sentence names (bystanders13)
    "مقرها",
    "مقره",
    "ومقرها",
    "ومقره",
)
# places108: the head of a clock's zone ("فجر الاثنين بتوقيت تونس", "الساعة
# العاشرة بتوقيت مكة"): the state or capital after it names whose clock the
# hour is read on, no side; the agents' home only as the lone country of its sentence
# (extract/time_zones.py, mendB108).
# "توقيت" alone is left out: "توقيت إيران للهجوم" is Iran's timing, a side.
# mendE108: with a glued "و"/"ف" too ("فجر الاثنين وبتوقيت تونس").
TIME_ZONE_HEADS: tuple[str, ...] = tuple(f"{clitic}بتوقيت" for clitic in ("", "و", "ف"))
# mendB108: a zone only after a clock: "بتوقيت" is also "of the timing of"
# after a verb taking "ب" ("نددت إيران بتوقيت واشنطن للعقوبات": Washington's
# timing, a side). The clock is a number ("الساعة 6 بتوقيت"), a word of the
# hour (TIME_ZONE_CLOCKS: "السابعة صباحا بتوقيت"), an ordinal after the hour
# noun (TIME_ZONE_HOURS: "الساعة العاشرة بتوقيت") or a day after a part of
# the day ("فجر الاثنين بتوقيت", "ليل الخميس بتوقيت", "صباح اليوم بتوقيت";
# "يوم الاثنين" is left out: "رحبت قطر يوم الاثنين بتوقيت السعودية لإعلان
# المبادرة" is the timing). mendE108: one spelling each, as the text is
# folded (tanween, "ة"/"ه", hamza on alif all read alike).
TIME_ZONE_CLOCKS: tuple[str, ...] = (
    "صباحا", "مساء", "ظهرا", "عصرا", "فجرا", "ليلا", "الظهر", "الفجر", "الليل", "العصر",
)  # fmt: skip
TIME_ZONE_HOURS: tuple[str, ...] = ("الساعة",)
TIME_ZONE_DAYS: tuple[str, ...] = (
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "اليوم", "غد", "الغد", "أمس", "الأمس",
)  # fmt: skip
TIME_ZONE_DAY_PARTS: tuple[str, ...] = (
    "فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة", "منتصف", "اليوم",
)  # fmt: skip
# agents36ar: heads of a town's or a province's name: a country adjective
# after the name ("في مدينة كيبيك الكندية", "ببلدة روبيه الفرنسية", "بولاية
# كاليفورنيا الأمريكية") tells where the town is, though the lexicon does not
# know it. Written with the glued prepositions too.
TOWN_NAME_HEADS: tuple[str, ...] = tuple(
    clitic + head
    for head in ("مدينة", "بلدة", "قرية", "ولاية", "محافظة", "اقليم", "إقليم", "منطقة")
    for clitic in ("", "ب", "و", "وب", "ل")
)
# "Off"/"outside": a country after one (maybe through a place noun: "قبالة
# السواحل الليبية") is a place the event is NOT in, so neither a party nor
# the home of the agents the sentence names.
OUTSIDE_PREPOSITIONS: tuple[str, ...] = ("قبالة",)
# Border nouns: a country after one and PARTNER_PREPOSITIONS ("على الحدود
# مع سوريا", "المنطقة الحدودية مع تركيا") is the other side of a border.
BORDER_HEADS: tuple[str, ...] = (
    "الحدود",
    "حدود",
    "حدودها",
    "حدوده",
    "الحدودي",
    "الحدودية",
)
# Words of going that name no visit: a country after one and a preposition
# of direction is where someone is headed ("يستعد للسفر إلى سوريا", "في
# طريقه إلى واشنطن", "الرحلات المتجهة إلى أوروبا"), neither a party nor the
# traveller's state. Visits ("زيارة", "توجه", "وصل") name their host.
TRAVEL_WORDS: tuple[str, ...] = tuple(
    # "ل" before the article drops its alif: "للسفر", not "لالسفر"
    ("لل" + word[2:] if clitic == "ل" and word.startswith("ال") else clitic + word)
    for word in (
        "السفر",
        "سفر",
        "الهجرة",
        "هجرة",
        "الفرار",
        "الهروب",
        "التسلل",
        "طريقه",
        "طريقها",
        "طريقهم",
        "المتجهة",
        "المتوجهة",
        "متجهة",
        "متوجهة",
        "متجها",
        "متجهين",
        "الرحلات",
        "رحلات",
        "العبور",
        # placeside76ar: a road leading to a place ("الطريق المؤدية إلى
        # الضالع", "المعبر المؤدي إلى دولة قطر"): the place it reaches
        "المؤدية",
        "المؤدي",
        "مؤدية",
        "الموصلة",
        "المفضية",
    )
    for clitic in ("", "ل", "ب", "و")
)
DESTINATION_PREPOSITIONS: tuple[str, ...] = ("إلى", "الى", "نحو", "باتجاه", "صوب")
# parties42fa: a word of sequence before a stop of a tour ("يتوجه بعد العراق
# إلى الأردن": Iraq is a stop too; ``extract/itinerary``). Not "قبل": "من
# قبل" marks the doer of a passive.
# ("ثم إلى مصر": then to Egypt, a later stop)
ITINERARY_MARKERS: tuple[str, ...] = ("بعد", "وبعد", "ثم")
# parties42fa: where a visitor comes from, no host (``extract/itinerary``)
ORIGIN_PREPOSITIONS: tuple[str, ...] = ("من",)
# Prepositions of place: a country after one of them, across the words of
# a title or agent noun, is where it is ("مهاجرين قبالة السواحل
# الليبية", "شبان عند باب المغاربة"), not the agent's state.
_PLACE_BREAKS: tuple[str, ...] = (
    "قبالة",
    "عند",
    "قرب",
    "بالقرب",
    "الحدود",
    "السواحل",
)
# --- end ar-places11 ---

# A nisba adjective after these names a place ("العاصمة الصينية").
LOCATION_HEAD_NOUNS: tuple[str, ...] = (
    "العاصمة",
    "مدينة",
    "المدينة",
    "ميناء",
    "الاراضي",
    "الساحة",
    "المنطقة",
    "الحدود",
    "السواحل",
    "المياه",
    "الاجواء",
    # the same heads before a name ("قبالة ساحل عمان", "حدود لبنان")
    "الساحل",
    "ساحل",
    "سواحل",
    "مياه",
    "أجواء",
    "حدود",
    "قاعدة",
    "مقر",  # "في مقر الاتحاد الأفريقي": where, not who
    *_PLACE_NOUNS,  # ar-places11
    # prec26ar: a part of a state by its direction, as an adverb or glued
    # to "ب" ("قسنطينة شرقي الجزائر", "جنوب غربي الولايات المتحدة", "مروة
    # بشمال الكاميرون"): where something happened, not a side. Not the bare
    # noun ("غارات على شمال سوريا"), whose state the challenge set counts
    # as the side struck.
    *(
        clitic + side
        for side in (
            "شمالي", "جنوبي", "شرقي", "غربي",
        )
        for clitic in ("", "ب")
    ),
    "بشمال", "بجنوب", "بشرق", "بغرب",
    # prec33ar: a landmark named after its city or state, in the construct
    # state ("قرب جسر لندن", "محطة مترو موسكو", "أمام أحد مساجد لندن",
    # "فندق بغداد"): where something happened, not a side; indefinite
    # heads only ("الجسر" would read a city's adjective after it)
    *("جسر", "نفق", "برج", "محطة", "مترو", "فندق", "ملعب", "متحف"),
    *("كاتدرائية", "كنيسة", "مسجد", "مساجد"),
)  # fmt: skip

# Of the heads above, those of a coast and its waters: a ship seized "قبالة
# سواحل عمان" is at sea, so the state is neither a side nor the home of the
# agents named.
# A border too: "قرب الحدود الإيرانية" may be on either side of it, so the
# state it names is neither a side nor the home of the agents named there.
OFFSHORE_HEAD_NOUNS: tuple[str, ...] = (
    "السواحل", "الساحل", "ساحل", "سواحل", "مياه", "المياه", "الحدود", "حدود",
)  # fmt: skip

# A preposition between a title and a country means the country is a host or
# counterpart ("سفير … لدى كوريا"), not the title holder's state.
# A preposition of topic ends a title too: "تحدث القادة بشأن ليبيا" names
# what the leaders spoke about, not their state.
ROLE_BREAK_WORDS: tuple[str, ...] = (
    "لدى", "في", "الى", "مع", "عن", "من", "ب", "ل", "بشأن", "حول", "حيال", "بخصوص",
    *_PLACE_BREAKS,  # ar-places11
)  # fmt: skip

# Arabic news clauses are mostly verb–subject–object: the actor right after
# a verb is its subject, the next one its target (``split_sides.local_split``).
SUBJECT_AFTER_VERB = True

# clause110: a coordinator that may open a clause with its own verb and
# subject ("…، وأدانت إيران الهجوم"): its participants are its own
# (``extract/coordinated_clause.py``; the verb must follow it at once)
CLAUSE_COORDINATORS: tuple[str, ...] = ("، و", "،و")

# clause110: a clause naming a side of another by a free pronoun is not set
# apart ("، وأدانت تركيا ذلك"); one glued to its verb ("، ووصفتهم") is read
# from the verb (``VERB_OBJECT_PRONOUNS``)
CLAUSE_BACK_PRONOUNS: tuple[str, ...] = (
    *("هم", "هو", "هي", "ذلك", "عليهم", "معهم", "لهم"),
    # mendA110: the glued pronouns of one thing or one person ("بالإفراج عنها")
    *("عنها", "عنه", "منها", "منه", "عليها", "عليه", "لها", "له", "معها", "معه"),
    *("إليها", "إليه", "بها", "به"),
)

# mendA110: a verb after the coordinator ending so shows its (feminine)
# subject ("، وأدانت إيران"); one with no ending before a noun of people
# ("، وقتل جنود عراقيون في الهجوم") may be an unvowelled passive, whose
# people are the first clause's victims: no clause is opened there
CLAUSE_SUBJECT_ENDINGS: tuple[str, ...] = ("ت",)

# Contrast clauses (fa-clauses11): "… بينما انتقدت روسيا …" names its own
# participants; none of them takes part in the main clause's event, nor the
# main clause's in its ("في حينه", in due time, is no contrast: the space).
CONTRAST_BREAKS: tuple[str, ...] = ("بينما", "في حين ")

# A country after these is where something happened, never the target of
# words ("أدانت الهجوم في باكستان").
PLACE_PREPOSITIONS: tuple[str, ...] = ("في",)
# extra31: words of direction between "في" and a state ("في شمال العراق",
# "في جنوب شرق تركيا"): the state is where, as after "في" alone
# (countries._across_directions); bare "شمال سوريا" after "على" is untouched
PLACE_MODIFIERS: tuple[str, ...] = tuple(
    clitic + side
    for side in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي")
    for clitic in ("", "ال")
)
# agents20: a body named a word or two after these ("near the parliament
# building", "قرب مبنى البرلمان") is where something happened, not a side
NEAR_PREPOSITIONS: tuple[str, ...] = ("قرب", "بالقرب")
# actors72: a building named as where a deed happened ("قتل في حادث طعن
# بجامعة تكساس", "أطلقت النار عند مستشفى برلين", "في أحد مساجد المدينة") is
# the scene, not a side (extract/landmarks.seat_places): the prepositions of
# place before it, the one glued to it, the words that may stand between and
# the buildings, bare or with the article. Not "على" ("هجوم على مستشفى": the
# hospital struck) nor "أمام" (a crowd before an embassy protests to it).
SEAT_PREPOSITIONS: tuple[str, ...] = ("في", "داخل", "بداخل", "عند", "قرب", "بالقرب", "بجوار")
SEAT_CLITICS: tuple[str, ...] = ("ب",)
SEAT_FILLERS: tuple[str, ...] = ("أحد", "إحدى", "احد", "احدى", "من")
# doers98: a noun of a building's surroundings between the preposition and
# the building ("انفجرت سيارة في محيط المدرسة", "في حرم الجامعة") keeps it
# the scene: the school near which a bomb went off is not the bomber
SEAT_FILLERS += ("محيط", "حرم")
# victims85: who holds the area where a deed happened ("قتل عشرة تلاميذ في
# مدرسة بمنطقة يسيطر عليها تنظيم داعش", "في منطقة خاضعة لسيطرة حركة الشباب")
# is no side (extract/held_areas.held_places): the holding phrases and the
# areas, after a preposition of place (SEAT_PREPOSITIONS, SEAT_CLITICS).
# Areas struck ("قصفت مناطق يسيطر عليها داعش") keep their holder.
HOLDING_PHRASES: tuple[str, ...] = (
    *("يسيطر عليها", "تسيطر عليها", "يسيطر عليه", "تسيطر عليه"),
    *("تحت سيطرة", "خاضعة لسيطرة", "الخاضعة لسيطرة", "خاضع لسيطرة", "الخاضع لسيطرة"),
)
HELD_AREA_NOUNS: tuple[str, ...] = tuple(
    f"{article}{noun}"
    for article in ("", "ال")
    for noun in (
        *("منطقة", "مناطق", "قرية", "قرى", "بلدة", "بلدات", "مدينة", "مدن", "حي", "أحياء"),
        *("مخيم", "محافظة", "إقليم", "ريف", "أراض", "أراضي", "جزء", "أجزاء"),
    )
)
SEAT_NOUNS: tuple[str, ...] = tuple(
    f"{article}{noun}"
    for article in ("", "ال")
    for noun in (
        *("مستشفى", "مستشفيات", "مشفى", "مدرسة", "مدارس", "جامعة", "جامعات"),
        *("كلية", "معهد", "مسجد", "مساجد", "كنيسة", "كنائس", "معبد"),
    )
)
# mendC72: a person or a member right before the preposition (or a few
# words before a glued "ب") is of the building, his affiliation, not where a
# deed was ("أستاذ في جامعة القاهرة", "أستاذ العلوم السياسية بجامعة بغداد");
# after a person's verb "ب" marks its object ("أشاد الرئيس بجامعة القاهرة").
SEAT_AFFILIATES: tuple[str, ...] = tuple(
    f"{article}{noun}"
    for article in ("", "ال")
    for noun in (
        *("أستاذ", "استاذ", "أستاذة", "استاذة", "أساتذة", "اساتذة", "طالب", "طالبة", "طلاب"),
        *("باحث", "باحثة", "باحثا", "عميد", "مدير", "رئيس", "إمام", "امام", "طبيب", "طبيبة"),
        *("أطباء", "اطباء", "معلم", "معلمة", "مدرس", "مدرسة", "موظف", "موظفي", "عضو"),
    )
)

# An event noun right after these is what is talked about, not an event of
# the sentence ("فيما يتعلق بالهجوم", "بشأن الاعتقالات").
TOPIC_MARKERS: tuple[str, ...] = (
    # status12: a deed spoken of as a possibility ("احتمال وقوع هجوم",
    # "إمكانية استئناف المفاوضات") is not reported
    "احتمال",
    "احتمالية",
    "احتمال وقوع",
    "احتمالية وقوع",
    "امكانية",
    "امكانية وقوع",
    "امكانية استئناف",
    "احتمال استئناف",
    # what is proposed is not done ("اقترح عقد قمة ثلاثية", "تقترح طرد الأجانب")
    "اقترح",
    "اقترحت",
    "يقترح",
    "تقترح",
    "اقترح عقد",
    "اقترحت عقد",
    "يقترح عقد",
    "تقترح عقد",
    "اقتراح",
    "اقتراح عقد",
    "مقترح",
    "مقترح عقد",
    "بشان",
    "حول",
    "حيال",
    "ازاء",
    "بخصوص",
    "يتعلق",
    "تتعلق",
    "المتعلق",
    "المتعلقة",
    "ملف",
    "قضية",
    # the event is referred to, not reported: its author, victims, anniversary
    "منفذ",
    "منفذي",
    "مرتكب",
    "مرتكبي",
    "ضحايا",
    "ضحية",
    "حادثة",
    "ذكرى",
    "خروقات",
    "خرق",
    "انتهاك",
    "يتصل",
    "المتصل",
    "المتصلة",
    "تطبيق",
    "تداعيات",
    "ملابسات",
    "رفضا",
    "احتجاجا",
    "تنديدا",
    "ضد",
    # a count, a wish, a foiled plan or a purpose is no report of the deed
    "حصيلة",
    "عدد",
    "اعداد",
    "احصائيات",
    "مصابي",
    "مصابو",
    "الاشادة",
    "احباط",
    "باحباط",
    "مخططات",
    "مخطط",
    "لتنفيذ",
    "مكافحة",
    "لمكافحة",
    "محاربة",
    "لمحاربة",
    "لمواجهة",
    "بتهمة",
    "تهمة",
    "بتهم",
    # what is to be prevented or averted has not happened ("سيمنع هجمات
    # إرهابية", "للحيلولة دون وقوع اشتباكات")
    "يمنع",
    "سيمنع",
    "تمنع",
    "ستمنع",
    "منع",
    "ومنع",
    "بمنع",
    "لمنع",
    "دون",
    "لتفادي",
    "تفادي",
    "لتجنب",
    "تجنب",
    *(f"{avert} وقوع" for avert in ("دون", "منع", "لمنع", "تفادي", "لتفادي", "تجنب", "لتجنب")),
    # a threat or attack to be countered is what one prepares for, not a
    # deed reported ("للتصدي لتهديدات إيران", "في مواجهة التهديدات")
    "للتصدي",
    "التصدي",
    "تصدي",
    "مواجهة",
    # what one is deprived of is withheld ("الحرمان من لقاء المحامي")
    *(
        f"{deprived} من"
        for deprived in (
            "الحرمان",
            "بالحرمان",
            "للحرمان",
            "حرمان",
            "حرمانه",
            "حرمانها",
            "حرمانهم",
            "محرومون",
            "محرومين",
        )
    ),
    # prec25fa: what is done "instead of" a deed leaves that deed undone
    # ("عوضا عن المفاوضات مع الولايات المتحدة")
    "بدلا من",
    "بدلا عن",
    "عوضا عن",
    "بدل",
)

# "انسحب … من المشاورات": what a withdrawal is from is no event of its own.
WITHDRAW_FROM: tuple[str, ...] = ("من",)

# An agent whose country the sentence does not tell ("اعتقلت الشرطة …") is a
# side of unknown country (code null) even in a text that names countries.
UNKNOWN_SIDES = True

# Two actors written side by side with no conjunction between are the verb's
# subject and object ("أوقفت الشرطة شابا", "استقبل الرئيس التونسي السفير
# الفرنسي"), not one coordinated side.
ADJACENT_COORDINATED = False
# codoers94: a reciprocal after a list of doers ("اتهمت إيران وإسرائيل
# بعضهما") makes its members each other's source and target, no co-doers.
RECIPROCALS: tuple[str, ...] = ("بعضهما", "بعضهم", "بعضها")

# A country after these is the partner of whoever acts ("اتفاقية مع المغرب"),
# never the country of an agent named without one ("الحكومة").
PARTNER_PREPOSITIONS: tuple[str, ...] = ("مع",)

# A place glued to one of these after an agent noun and a describing word is
# where the agent acts, so its country ("المحكمة الابتدائية بتونس").
AGENT_PLACE_PREFIXES: tuple[str, ...] = ("ب",)

# Prepositions written glued to a name ("بسوريا", "لإيران"): with no word
# before the name, the glued one stands as the word before it.
GLUED_PREPOSITIONS: tuple[str, ...] = ("ب", "ل")

# direction111: words after which the next noun is the subject of the verb
# that follows it, told first: the particles "إنّ/أنّ" and their sisters,
# whose noun is the clause's subject ("بأن قوات الأمن اعتقلت رجلا"), and the
# auxiliary "كان" before a subject and its verb ("وكانت الدول قطعت …").
SUBJECT_OPENERS: tuple[str, ...] = (
    "أن",
    "إن",
    "بأن",
    "وأن",
    "وإن",
    "فإن",
    "لأن",
    "كان",
    "كانت",
    "وكان",
    "وكانت",
)

# mendE111: a preposition carrying a pronoun right after the verb ("أن
# الصحفيين اعتدى عليهم أفراد من الشرطة", "أن السفير احتجت لديه الخارجية"):
# the fronted noun is the topic the pronoun takes up, whom the verb was done
# to, so it is no subject told first (``trigger_sides._object_glued``).
SUBJECT_OPENER_BREAKS: tuple[str, ...] = tuple(
    f"{prep}{pronoun}"
    for prep in ("على", "عن", "من", "ل", "إلى", "الى", "مع", "لدى", "ب", "في")
    for pronoun in ("ه", "ها", "هم", "هما", "هن")
)

# sides51: a preposition glued to a body right after a whole title (a
# construct ending in a definite word) opens the verb's object, not the
# title's genitive: "أشاد وزير الداخلية بالشرطة" praised the police (no
# "police minister"); a one-word title keeps it ("النائب بمجلس نواب الشعب",
# "المستشار بالديوان الملكي"), and "ل" stays out, it links a title to its
# body ("الأمين العام لحزب الله"). ``titles.two_definite_bodies``.
OBJECT_PREPOSITIONS: tuple[str, ...] = ("ب",)

# A capital with one of these glued to it is where something happens
# ("بطهران", in Tehran), not the state that acts.
LOCATION_PREFIXES: tuple[str, ...] = ("ب",)

# Letters a name learnt from the article may carry glued when it comes back
# ("ولي جاي ميونغ", "بلي جاي ميونغ").
NAME_CLITICS: tuple[str, ...] = ("و", "ف", "ب", "ل")

# "Former" after a title and its country adjective ("الرئيس الفرنسي السابق",
# "وزير الخارجية الأسبق", "الرئيس المخلوع"): the holder is no voice of the state.
FORMER_AFTER_WORDS: tuple[str, ...] = (
    "السابق",
    "سابق",
    "سابقة",
    "السابقة",
    "الأسبق",
    "الأسبقة",
    "المخلوع",
    "المعزول",
    "المعزولة",
    "الراحل",
    "الراحلة",
)

# "Elect" after a title and its country adjective ("الرئيس الأمريكي المنتخب
# جو بايدن"): the name after it is the title's holder, still his state's side
# (the challenge gold counts a president-elect as GOV); no part of his name.
ELECT_AFTER_WORDS: tuple[str, ...] = ("المنتخب", "المنتخبة")

# Honorific pronouns that name a subject told in an earlier sentence ("يزور
# سموه بوسان", his highness visits Busan): a sentence holding one may take
# the article's other main actor as the side it does not name.
ANAPHORIC_SUBJECTS: tuple[str, ...] = (
    "سموه",
    "سموها",
    "معاليه",
    "معاليها",
    "فخامته",
    "جلالته",
)

# ---- doers14: counted states pointing back to a list ----
# "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر. واتهمت الدول
# الأربع قطر …": a counted phrase is the states just listed
# (extract/counted.py). The count → its phrases (the number agrees with the
# plural as feminine, often written masculine).
_COUNT_WORDS: dict[int, tuple[str, ...]] = {
    3: ("الثلاث", "الثلاثة"),
    4: ("الأربع", "الأربعة"),
    5: ("الخمس", "الخمسة"),
    6: ("الست", "الستة"),
    7: ("السبع", "السبعة"),
}
COUNTED_STATES: dict[int, tuple[str, ...]] = {
    n: tuple(
        f"{noun}{adj} {word}"
        for noun in ("الدول", "البلدان", "العواصم")
        for adj in ("", " العربية", " الخليجية", " الأوروبية", " الغربية", " المقاطعة")
        for word in words
    )
    for n, words in _COUNT_WORDS.items()
}

# A country right after these is what is talked about ("محادثات بشأن سوريا"),
# never a party, even when the sentence names only one side.
ABOUT_PREPOSITIONS: tuple[str, ...] = ("بشأن", "حول", "حيال", "بخصوص")
# sidesfa88: nouns of a state's standing whose genitive state is what is
# talked about where a preposition of topic opens them ("حول أمن سوريا",
# "بشأن مصالح تركيا"), as after the preposition alone; not alone
# (``TOPIC_HEADS``: "أمن العراق" may be Iraq's own doing). No deed noun
# ("عودة", "تهديد", "وجود") nor "دور" ("دور قطر في الاغتيالات"): its state
# is its doer.
# not "سياسة": a policy's owner is whom a criticism about it aims at
# ("انتقدت … حول سياسة الولايات المتحدة", mendC89)
ABOUT_TOPIC_HEADS: tuple[str, ...] = ("أمن", "علاقات", "مصالح", "اقتصاد")
# mendC89: a state's security is what a warning about it aims at ("حذرت
# إيران بشأن أمن إسرائيل"), a mere topic only with a partner named apart
# ("تباحثت تركيا مع الروس حول أمن العراق"; ``countries._partner_before``).
ABOUT_TOPIC_PARTNER_HEADS: tuple[str, ...] = ("أمن",)
# parties62fa: what a meeting or talks aim at ("اجتماع بهدف تسهيل خروج
# المواطنين الأفغان") opens a topic as "بشأن" does: those named there are
# whom the aim concerns, no side (extract/topic_span.py); a partner behind
# "مع" inside ("بهدف التشاور مع الوزير الروسي") stays a side.
TALK_AIM_OPENERS: tuple[str, ...] = ("بهدف", "بغية")

# Event nouns after which a capital is where the event takes place, not a
# party ("محادثات جنيف", "قمة الرياض", "بشأن لقاء أبوظبي", "اتفاق الدوحة"),
# and an organisation the body whose meeting it is ("قمة منظمة شنغهاي").
VENUE_NOUNS: tuple[str, ...] = (
    "لقاء",
    "اجتماع",
    "اجتماعات",
    "محادثات",
    "مباحثات",
    "مفاوضات",
    "حوار",
    "قمة",
    "مؤتمر",
    "منتدى",
    "ملتقى",
    "جولة",
    "مسار",
    "اتفاق",
    "اتفاقية",
    "معاهدة",
    "إعلان",
    "هامش",  # "على هامش قمة …": on the sidelines of
)

# sidesfa88: a word joining a capital after a talks noun to another capital
# ("مشاورات طهران مع موسكو", "مفاوضات طهران وواشنطن"): the two are the talks' sides, not a venue and
# a partner (extract/venue_pairs.py). A capital joined to a state stays the
# venue ("talks in Vienna with the United States").
VENUE_PAIR_JOINERS: tuple[str, ...] = ("و", "مع")

# missing91: a third party said to take part in talks or a deal named with
# its two sides ("محادثات بين إيران وروسيا بمشاركة الصين") is one of its
# sides (``extract/taking_part``); the words right before it.
PARTICIPATION_LINKS: tuple[str, ...] = ("بمشاركة", "وبمشاركة", "مع مشاركة")

# roles52: the neighbours of a state ("دول جوار ليبيا", "جيران أفغانستان")
# name which states meet or are asked; the state they neighbour is what
# they talk about, no side, and no title's country
# (``countries._after_neighbour_head``).
NEIGHBOUR_HEADS: tuple[str, ...] = (
    "جوار",
    "جيران",
)

# A country written after one of these nouns is what the noun is about
# ("مستقبل ليبيا", "ملف سوريا", "أزمة السودان", "تطورات الأوضاع في مالي"):
# a topic, never a party. Nouns whose country may be their doer ("حرب
# روسيا", "أمن العراق") or their owner, who may be what a complaint is
# against ("برنامج إيران النووي", "برنامج الاتحاد الأوروبي"), are left out.
TOPIC_HEADS: tuple[str, ...] = (
    # extra31: a crisis or dispute between states, named through "بين"
    # (TOPIC_LINKS): "بحث … الأزمة بين قطر والسعودية"
    "الأزمة",
    "الخلاف",
    "خلاف",
    "مستقبل",
    "مصير",
    "أزمة",
    "ملف",
    "وضع",
    "أوضاع",
    "تطورات",
    "قضية",
    "مسألة",
    # roles52: the neighbours of a state (``NEIGHBOUR_HEADS``)
    *NEIGHBOUR_HEADS,
)

# precision81ar: a country adjective on one of these nouns names what the
# noun is about ("بحث القضية الفلسطينية", "تطورات الملف اليمني", "الشأن
# السوري"): a topic, never a side, as the genitive after TOPIC_HEADS ("قضية
# فلسطين"). Nouns whose adjective may be their doer or owner ("الحرب
# الروسية", "الحكومة الليبية") are left out, and so is "الأزمة": a state is
# a side of its crisis ("حل الأزمة القطرية … قطع العلاقات معها").
_TOPIC_ADJECTIVE_NOUNS: tuple[str, ...] = (
    "القضية",
    "الملف",
    "المسألة",
    "الشأن",
    "الوضع",
    "الأوضاع",
    "الساحة",
)
TOPIC_ADJECTIVE_HEADS: tuple[str, ...] = tuple(
    f"{clitic}{noun}" for clitic in ("", "و", "ف", "ب", "وب") for noun in _TOPIC_ADJECTIVE_NOUNS
) + tuple(f"{clitic}ل{noun[2:]}" for clitic in ("ل", "ول") for noun in _TOPIC_ADJECTIVE_NOUNS)

# A sentence that tells only joint deeds by nouns ("the talks will be held on
# Monday") goes on about the deed the article reports, not a new one: the
# article's main pair may fill the side it does not name. (Not Persian, which
# tells every deed, new or not, by a noun and a light verb.)
JOINT_NOUNS_REFER_BACK = True
TOPIC_LINKS: tuple[str, ...] = ("بين",)

# "قد" before an imperfect verb tells what may happen ("قد يهاجم", "قد تستهدف":
# no event); before a perfect, what has happened ("قد وقع", "وقد تعرض": kept).
# Imperfect verbs are known by their first letters: the third person ي, and
# the feminine/second person ت of derived stems (تست-, تت-); a bare ت is also
# the first letter of perfect stems (تعرض, توصل) and is left alone.
MAY_PARTICLES: tuple[str, ...] = ("قد", "وقد", "فقد")
IMPERFECT_STARTS: tuple[str, ...] = ("ي", "وي", "في", "تست", "تت", "وتست", "وتت")

# nonevent70: "أن" before an imperfect verb trigger puts it in the subjunctive:
# the deed is what someone must, may, wants, proposes, fears or has the right
# to do ("على حكومتنا أن تحتج", "له الحق أن يدعو", "اقترح أن تنقذ الجامعة
# نفسها", "خوفا من أن يقتله"), not one done (extract/verb_mood.may_happen), as
# a Persian subjunctive light verb is read. After the words of
# ``SUBJUNCTIVE_NOT_AFTER`` the clause tells a time or a deed achieved, done
# ("قبل أن تنسحب منه", "دون أن تغلق", "استطاعت أن", "ما لبث أن"), and a cue of
# plan before it keeps it planned ("من المقرر أن يزور"). Not "فإن"/"لأن"
# (their "أنّ" is followed by a noun) nor a noun after "أن" ("أن توقيع …").
SUBJUNCTIVE_PARTICLES: tuple[str, ...] = ("أن", "بأن", "وأن")
# Shapes of verbal nouns that open with an imperfect's "ت" (ف, ع, ل stand for
# the root's letters): "تصنيف" (تفعيل) after "أن" is the subject of a "that"
# clause ("أكد أن تصنيف الحزب منظمة إرهابية يأتي …"), not a verb, though a
# trigger may list it with the verbs of its phrase. Not "تفعلة" ("تسوية"): once
# folded it is also a verb with its object ("تقتله").
VERBAL_NOUN_SHAPES: tuple[str, ...] = ("تفعيل",)
# mendB70: the prefix glued to what a hope of ``status.WISH_GLUED_CUES``
# hopes for ("عن أمله بتعزيز العلاقات", "بأن").
WISH_OBJECT_PREFIXES: tuple[str, ...] = ("ب",)
# mendD71: words that open with "ب" and are no "ب" glued to what is hoped:
# prepositions and conjunctions of their own ("عن أمله بعد لقائه نظيره", "بين",
# "بينما", "بسبب", "بشأن", "بحضور") and words whose "ب" is the root's ("بدء").
WISH_NOT_OBJECTS: tuple[str, ...] = (
    *("بعد", "بعدما", "بين", "بينما", "بسبب", "بشأن", "بحضور", "بدون", "بدء", "بلا"),
    *("بعيدا", "بخصوص", "بحسب", "بينه", "بينهما", "بعض", "بكل", "بل"),
)
# The letters that stand for a root's in ``VERBAL_NOUN_SHAPES``.
ROOT_SLOTS: tuple[str, ...] = ("ف", "ع", "ل")
# mendB70: a word of ``SUBJUNCTIVE_NOT_AFTER`` is looked up also without one
# glued conjunction ("واستطاعت قوات الأمن أن تعتقل", "وتمكنت", "فما لبث").
SUBJUNCTIVE_LEAD_CLITICS: tuple[str, ...] = ("و", "ف")
# mendB70: a verbal noun after "أن" (that) whose clause goes on to its own
# finite predicate is the subject of that clause, not a subjunctive verb:
# "أكد أن تبادل الأسرى … تم بوساطة مصرية", "أن نشر القوات … جاء بطلب من
# الحكومة", "أن تدخل تركيا … يأتي في إطار". The shape cannot tell it: "تبادل"
# is also the imperfect "تُبادِل", "نشر" "we publish". A predicate counts
# only up to ``THAT_CLAUSE_BREAKS`` (a relative or a subordinator opens a
# clause of its own: "أن تنسحب القوات التي جاءت") or a punctuation mark.
# No future ("سيكون", "سيتم"): "أن تهاجم إسرائيل لبنان سيكون خطأ" is a
# subjunctive verb as the subject, a deed supposed; so is it with a present
# ("أن تهاجم … يعد خطأ"), a reading left (the corpus has none).
THAT_CLAUSE_PREDICATES: tuple[str, ...] = (
    "تم",
    "تمت",
    "يتم",
    "جاء",
    "جاءت",
    "يأتي",
    "تأتي",
    "كان",
    "كانت",
    "يكون",
    "يعد",
    "تعد",
    "يعتبر",
    "تعتبر",
    "يشكل",
    "تشكل",
    "يمثل",
    "تمثل",
)
# The imperfect prefixes a verbal noun also opens with ("تبادل", "نشر"); a
# word with "ي" after "أن" is read as the verb ("أن يقصف … كان").
VERBAL_NOUN_STARTS: tuple[str, ...] = ("ت", "ن")
# mendD71: the shapes (``ROOT_SLOTS`` for the root) of a verbal noun that
# opens with one of ``VERBAL_NOUN_STARTS``: "تبادل" (تفاعل), "نشر", "نقل"
# (فعل, a root with "ن"). An imperfect of another shape ("تنسحب", "تعتقل")
# is a verb, whatever predicate follows. Not "تفعل": "تدخل" is a verbal
# noun, but "تسحب", "تقصف" are verbs of that shape.
THAT_CLAUSE_NOUN_SHAPES: tuple[str, ...] = ("تفاعل", "فعل")
THAT_CLAUSE_BREAKS: tuple[str, ...] = (
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "ما",
    "كما",
    "أن",
    "بأن",
    "وأن",
    "لأن",
    "حتى",
    "كي",
    "لكي",
    "عندما",
    "حين",
    "بعد",
    "قبل",
    "إذا",
    "لو",
    "ثم",
)
SUBJUNCTIVE_NOT_AFTER: tuple[str, ...] = (
    "قبل",
    "بعد",
    "منذ",
    "إلى",
    "الى",
    "حتى",
    "دون",
    "بدون",
    "لبث",
    "لبثت",
    "لبثوا",
    "يلبث",
    "تلبث",
    "يلبثوا",
    "استطاع",
    "استطاعت",
    "استطاعوا",
    "تمكن",
    "تمكنت",
    "تمكنوا",
    "نجح",
    "نجحت",
    "نجحوا",
)

# Head nouns of names: a trigger word in quotation marks right after one
# names a party, a movement or an operation ("حزب «الاتحاد والتضامن»",
# "عملية «درع الحماية»"), it reports no event. The head is indefinite (in
# construct with the name): after a definite one ('الحركة "تطالب …"') a quote
# is what the group said.
NAME_HEADS: tuple[str, ...] = tuple(
    clitic + noun
    for noun in (
        "حزب",
        "حركة",
        "تيار",
        "ائتلاف",
        "تحالف",
        "جبهة",
        "كتلة",
        "قائمة",
        "جماعة",
        "جمعية",
        "منظمة",
        "مؤسسة",
        "شركة",
        "عملية",
        "عمليات",
        "حملة",
        "مناورات",
        "تمرين",
        "مبادرة",
        "برنامج",
        "مشروع",
        "كتائب",
        "لواء",
        "سرايا",
    )
    for clitic in ("", "و", "ب", "ل", "ف")
)

# No name begins with a preposition glued to the article ("ولي العهد السعودي
# بالعلاقات المتميزة": the praise's object, not the prince's name).
NAME_BAD_STARTS: tuple[str, ...] = ("بال", "لل", "كال", "فال", "وال")

# How a definite noun begins (the article, with the clitics glued before it).
# A party noun in the construct state ("حزب الفلاحين", "رئيس حزب العمال") is
# followed by its own name; after a definite one ("دعا الحزب المواطنين") the
# next noun is the verb's object (titles._names_body).
DEFINITE_STARTS: tuple[str, ...] = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال")

# agentnull94: the article with no preposition glued before it. A run of
# such words after a title or agent noun ("محكمة العدل الدولية", "قائد
# القوات البرية") closes its noun phrase, so a state's bare name after the
# run is the verb's object; "بالبحيرة تونس" opens a place phrase instead.
ARTICLE_STARTS: tuple[str, ...] = ("ال", "وال", "فال")

# subject50ar: the nominative endings of a sound masculine plural or a dual,
# which a noun drops in the construct state ("متظاهرو إسرائيل", "نائبا
# البرلمان"): a noun that keeps one is whole, so a state's bare name right
# after it is no genitive of it but the verb's object ("انتقد متظاهرون
# إسرائيل", "هاجم مسلحون إسرائيل"). Not "ين": a noun in that case is no
# subject, and a name in "يا" after it is mostly a misspelt accusative
# adjective ("توقيف مشجعين روسيا", Russian fans).
UNBOUND_ENDINGS: tuple[str, ...] = ("ون", "ان")

# Country words that are also given names or surnames: after a title (and a
# given name) they continue the person's name ("الرئيس رفائيل كوريا" is
# Ecuador's Correa, "الأمير تركي الفيصل" a Saudi prince, "السيناتور تشاد وولف").
COUNTRY_WORDS_IN_NAMES: tuple[str, ...] = ("كوريا", "تشاد", "تركي", "جورجيا", "كوبا")

# Words before the doer of a deed of force told in the passive or by its
# noun, per event type ("قُتل جندي برصاص مسلحين", "اعتُقل على يد قوات
# الأمن", "هجوم شنه مسلحون", "هجوم المستوطنين"): that group acts first
# (extract/doers.py). The nouns of an attack name its doers, not those of
# an arrest told beside it.
_BY: tuple[str, ...] = (
    "على يد",
    "على أيدي",
    "بيد",
    "بأيدي",
    "من قبل",
    "من طرف",
    "بواسطة",
    "من جانب",  # parties27fa
)
# sides85: the passive and the participle of "put on", "ascribed to"
_ASCRIBED: tuple[str, ...] = ("نسب", "نسبت", "نُسب", "ينسب", "تنسب", "المنسوب", "المنسوبة")
DOER_MARKERS: dict[str, tuple[str, ...]] = {
    "ASSAULT": (
        *_BY,
        "برصاص",
        "بنيران",
        "بقذيفة",
        "بقذائف",
        "بصاروخ",
        "بصواريخ",
        "بغارة",
        "بغارات",
        "بقصف",
        "شنه",
        "شنها",
        "شنته",
        "شنتها",
        "نفذه",
        "نفذها",
        "نفذته",
        "نفذتها",
        # prec25ar: the verb of a weapon told after it, with the weapon as its
        # pronoun ("ألغام زرعها المسلحون", "صواريخ أطلقها المتمردون"): its
        # subject fired, planted or set it off
        *(
            f"{verb}{pronoun}"
            for verb in ("أطلق", "أطلقت", "زرع", "زرعت", "فجر", "فجرت", "ألقى", "ألقت")
            for pronoun in ("ه", "ها", "هما")
        ),
        "هجوم",
        "هجمات",
        "اعتداء",
        "اعتداءات",
        "غارة",
        "غارات",
        "قصف",
        "ضربة",
        "ضربات",
        "كمين",
        # those killed "in clashes with" a force were killed by it
        "اشتباكات مع",
        "الاشتباكات مع",
        "اشتباك مع",
        "مواجهات مع",
        "المواجهات مع",
        "معارك مع",
        # sides85: an attack put on a group by an unnamed blamer ("هجوم نسب
        # إلى تنظيم داعش", "التفجير المنسوب إلى الحركة"): the group did it,
        # whoever the sentence names besides underwent it or reacted to it
        *(f"{verb} {to}" for verb in _ASCRIBED for to in ("إلى", "الى")),
    ),
    "COERCE": _BY,
    # sides31: any directed deed told in the passive names its doer so
    # ("استدعي السفير من قبل وزارة الخارجية", "أفرج عن الصيادين من قبل
    # السلطات"), as English "by" and Persian "توسط" already do
    "ACCUSE": _BY,
    "CONCEDE": _BY,
    "AID": _BY,
    # a visit "بدعوة من" a host: the host invited the guest
    "REQUEST": (
        *("بدعوة من", "بدعوة رسمية من", "تلبية لدعوة", "بناء على دعوة من", "بناء على دعوة"),
        # roles52: the courteous "دعوة كريمة من" (an adjective before "من")
        *("بدعوة كريمة من", "لدعوة كريمة من", "لدعوة رسمية من", "على دعوة كريمة من"),
    ),
    # prec25ar: sanctions with the relative verb of who imposed them ("العقوبات
    # التي فرضتها الأمم المتحدة", "التي أقرها مجلس الأمن"); parties27fa: and
    # a passive's doer ("طُرد دبلوماسيون من قبل روسيا")
    "SANCTION": _BY
    + tuple(
        f"{verb}{pronoun}"
        for verb in ("فرض", "فرضت", "أقر", "أقرت", "أعلن", "أعلنت")
        for pronoun in ("ها", "ه")
    ),
}
# mendB86 (review85, finding 13): the blamer of a deed put on a group, the
# agent right after the doer ("هجوم نسب إلى الحوثيين من قبل مسؤولين
# سعوديين"), is no side of the deed (``doers.without_blamers``).
ASCRIPTION_MARKERS: tuple[str, ...] = tuple(f"{v} {to}" for v in _ASCRIBED for to in ("إلى", "الى"))
BLAMER_AFTER_DOER: tuple[str, ...] = ("من قبل", "من طرف", "من جانب")

# sides74: links that tell the deed after them as caused by what the phrase
# before them names ("إصرار إيران أدى إلى أن يفرض مجلس الأمن عقوبات
# عليها", "… مما دفع الشرطة إلى اعتقال …"): the cause's owner is no side of
# it (extract/caused_deed.py). Bare "إلى أن" is no link: it is also
# "until" and the "that" of "أشار إلى أن".
CAUSATIVE_LINKS: tuple[str, ...] = (
    "أدى إلى أن",
    "أدت إلى أن",
    "تسبب في أن",
    "تسببت في أن",
    "مما دفع",
    "ما دفع",
)

# Words that open a sentence's phrase of what came before its main deed
# ("إثر هجوم …، ردت …", "بعد غارة …، أطلق …"): a deed of force told there
# has its own sides (extract/doers.py).
CAUSE_OPENERS: tuple[str, ...] = (
    "إثر",
    "على إثر",
    "في إثر",
    "بعد",
    "عقب",
    "في أعقاب",
    "غداة",
    "جراء",
    "من جراء",
    "بسبب",
    "ردا على",
)

# bystander104: words that, right after a comma that follows the main deed,
# open a phrase placing it after another ("انسحبت الحركة من المشاورات، إثر
# إعلان الرئيس …"): whoever the phrase names dates the deed and is no side of
# it (extract/closing_after.py). Words of reason and of response ("بسبب",
# "ردا على") are left out: what they name may be the deed's side.
CLOSING_AFTER_OPENERS: tuple[str, ...] = (
    *("إثر", "على إثر", "في إثر", "اثر", "على اثر", "عقب", "في أعقاب", "في اعقاب"),
    *("غداة", "بعد", "بعد أن", "بعد ان", "منذ"),
)

# Prepositions that open what is asked, urged or threatened ("دعا لبنان إلى
# فرض عقوبات", "حثت ألمانيا روسيا على سحب قواتها"): a verbal noun after one,
# in the clause of a request, is its content, not a deed of its own.
CONTENT_OPENERS: tuple[str, ...] = ("إلى", "على")

# nonevent70: a reaction a demand asks for is not made ("طالبت مصر مجلس الأمن
# بإدانة العدوان", "يطالب بالفيتو", "مناشدة إسرائيل لها باستخدام حق النقض"):
# after one of these words of asking in its clause, a reaction's noun glued to
# the prefix of what is asked (``ASKED_CONTENT_PREFIXES``), or right after a
# verbal noun glued to it that heads what is asked (``ASKED_CONTENT_HEADS``),
# is the content (extract/asked_reactions.py). Not before "من": "بدعم من
# السعودية" is the support a demand is made with.
ASKED_DIRECT_WORDS: tuple[str, ...] = (
    "طالب",
    "طالبت",
    "طالبوا",
    "يطالب",
    "تطالب",
    "يطالبون",
    "مطالبة",
    "مطالبا",
    "ناشد",
    "ناشدت",
    "ناشدوا",
    "يناشد",
    "تناشد",
    "مناشدة",
    "مناشدا",
)
ASKED_CONTENT_PREFIXES: tuple[str, ...] = ("ب", "بال")
ASKED_CONTENT_HEADS: tuple[str, ...] = ("باستخدام", "باستعمال", "بإصدار", "بصدور", "بإعلان")
ASKED_CONTENT_NOT_BEFORE: tuple[str, ...] = ("من",)

# Relative pronouns: a verb after one tells what its noun did ("التفجير الذي
# استهدف كنيسة"), a deed of its own even inside what is asked or alleged.
RELATIVE_PRONOUNS: tuple[str, ...] = (
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
)

# prec38ar: pronoun endings glued to a verb as its object ("الصحفيين الذين
# اعتقلتهم الشرطة", the journalists whom the police arrested): after a
# relative pronoun such a verb's head is whom it acted on, and its doer is
# named after it (``verb_arguments.relative_subject``).
VERB_OBJECT_PRONOUNS: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن")

# Words that open a closing phrase of the reason for a deed of force
# ("اعتقلت الشرطة ثلاثة أشخاص بسبب هجوم نفذه مسلحون"): a deed of force of
# another type told there has its own sides (extract/doers.py).
REASON_OPENERS: tuple[str, ...] = (
    "بسبب",
    "على خلفية",
    "إثر",
    "على إثر",
    "بعد",
    "عقب",
    "بتهمة",
    "بتهمة التورط في",
    "للاشتباه في",
    "للاشتباه بتورطهم في",
    "للاشتباه بتورطه في",
    "لتورطهم في",
    "لتورطه في",
    "في قضية",
    "في إطار التحقيق في",
)

# Words between a deal's or meeting's noun and the two sides it names
# ("رحب بالاتفاق بين إثيوبيا والسودان"): those sides are its parties, not whoever comments
# on it (extract/meeting_sides.py).
SIDES_MARKERS: tuple[str, ...] = ("بين",)

# Written before a country, these name the sponsor of an armed group, which
# takes no part in what the group does ("هاجمت ميليشيات موالية لإيران قاعدة
# أمريكية", "الفصائل المدعومة من تركيا").
SPONSOR_OPENERS: tuple[str, ...] = (
    "موالية",
    "الموالية",
    "موالين",
    "الموالين",
    "موالون",
    "الموالون",
    "الموالي",
    "المدعومة من",
    "مدعومة من",
    "المدعومين من",
    "مدعومين من",
    "المدعوم من",
    "مدعوم من",
    "المدعومة من قبل",
)
# recall20ar: the same written with the preposition glued to a title
# ("القوات الموالية للرئيس اليمني", "أنصار الرئيس المعزول"): the one they
# follow takes no part either, as Persian "نیروهای وفادار به رئیس جمهور" is
# read
SPONSOR_OPENERS += tuple(
    f"{loyal} ل" for loyal in ("موالية", "الموالية", "موالين", "الموالين", "الموالون", "الموالي")
) + ("أنصار", "انصار", "مؤيدي", "مناصري")
# support26: a state whose support a deed is done with ("هاجم الجيش بدعم من
# الولايات المتحدة مواقع المسلحين") is no side either, and lends no country
# to the bare agents of its sentence; not "بدعم" alone ("رحب بدعم
# السعودية": the one whose support is welcomed is a side)
SPONSOR_OPENERS += ("بدعم من", "وبدعم من", "بمساندة من", "بإسناد من", "بدعم من قبل")
SPONSOR_OPENERS += tuple(
    f"{head} {kind} من" for head in ("بدعم", "بغطاء", "بإسناد") for kind in ("جوي", "عسكري")
)

# Verbs whose object is what is talked over, not the partner ("بحث … الأزمة
# اليمنية مع المبعوث"; "التقى" and "استقبل" name the partner), lexicon keys.
DISCUSSION_VERBS: tuple[str, ...] = (
    "بحث",
    "يبحث",
    "تبحث",
    "ناقش",
    "يناقش",
    "تناقش",
    "استعرض",
    "يستعرض",
    "تستعرض",
    "تناول",
    "يتناول",
    "تتناول",
    "تباحث",
    "يتباحث",
    "تتباحث",
)

# What is talked over is talked of, not done ("ناقش الطرفان رفع الحظر",
# "لبحث تبادل الأسرى"): the talks are the event, a noun of the phrase after
# these (across a few plain words, extract/named_topic.py) their topic, as
# English "discussed" (TOPIC_PHRASE_OPENERS there) reads it.
TOPIC_PHRASE_OPENERS: tuple[str, ...] = tuple(
    f"{clitic}{verb}"
    for clitic in ("", "و", "ف")
    for verb in (*DISCUSSION_VERBS, "ناقشا", "ناقشوا", "بحثا", "بحثوا", "مناقشة", "لمناقشة", "لبحث")
)
TOPIC_MARKERS += TOPIC_PHRASE_OPENERS
# prec25ar: a light head noun of a kind of deed ("عمليات", "حملات") may
# stand between a topic preposition and the deed ("تقرير حول عمليات
# التعذيب", "بشأن حملات الاعتقال"): the deed is still only talked about.
TOPIC_MARKERS += tuple(
    f"{marker} {head}"
    for marker in ("بشان", "حول", "حيال", "ازاء", "بخصوص")
    for head in ("عمليات", "عملية", "حملة", "حملات", "اعمال", "ممارسات", "موجة", "ظاهرة")
)
# types43fa: a deed right after a verbal noun of furthering it ("بهدف
# تسهيل انسحاب القوات", "لتسريع الإفراج عن الأسرى") is what the act is meant
# to bring about, not a deed told, as English "to facilitate the withdrawal"
# and Persian "با هدف تسهیل خروج نیروها" are read.
TOPIC_MARKERS += tuple(
    f"{clitic}{noun}" for clitic in ("", "و", "ل", "ب") for noun in ("تسهيل", "تسريع")
)
# The object of a verb of DISCUSSION_VERBS often stands after its subject,
# the partner and where or when ("ناقش الطرفان خلال الاجتماع، بالعاصمة
# الإماراتية، … رفع الحظر عن تسليح الجيش"): an event noun up to this many
# words after such a verb, in its sentence with no other verb between, is
# what was discussed (extract/named_topic.py).
DISCUSSED_OBJECT_REACH = 25

# Fixed phrases that hold a state's name or adjective but name no state:
# continents and regions named after a state, a river, a peninsula shared by
# two states. A blocker in the actor layer: the longer phrase wins.
NOT_ACTOR_PLACES: tuple[str, ...] = tuple(
    f"{america} {part}"
    for america in ("أمريكا", "أميركا", "امريكا", "اميركا")
    for part in ("اللاتينية", "الجنوبية", "الشمالية", "الوسطى")
) + (
    "القارة الأمريكية",
    "القارة الأميركية",
    "المحيط الهندي",
    "شبه القارة الهندية",
    "شبه الجزيرة الكورية",
    "نهر الأردن",
    "خليج عمان",
    "بحر عمان",
    "بحر الصين الجنوبي",
    "بحر الصين الشرقي",
    "بحر اليابان",
    "الكرة الأرضية",
)

# A secretary-general written before a named party leads that party
# (``party_leader``), where before other bodies he is their official.
GROUP_HEAD_TITLES: tuple[str, ...] = ("الأمين العام", "الأمينة العامة", "أمين عام", "أمينة عامة")
# titles28: other heads of a named group, written right after a known
# person in apposition ("حسين سلامي قائد الحرس الثوري"): they tell who he is
# (``mention_scan._headed_by_named``); "زعيم" and "رئيس" of a party lead it
GROUP_HEAD_TITLES += ("قائد", "القائد العام", "زعيم", "رئيس", "رئيس المكتب السياسي")

# --- ar-agents12: owners of an agent noun ---
# A word of belonging between an agent noun and a body: the body owns the
# agent, which takes its state and is one actor with it ("قوات الأمن التابعة
# للسلطة الفلسطينية" the Palestinian Authority's police, "سفينتان تابعتان
# للبحرية اليابانية", "القوات التابعة لحكومة الوفاق").
OWNER_LINKS: tuple[str, ...] = (
    "التابعة",
    "التابع",
    "تابعة",
    "تابع",
    "التابعين",
    "تابعين",
    "التابعون",
    "تابعون",
    "تابعتان",
    "تابعتين",
    "التابعتين",
    "التابعان",
    "تابعان",
    "تابعيين",
)

# Words that make the actor after them a co-actor of the one before, beside
# the plain conjunctions: comitatives ("أدانت بريطانيا إلى جانب فرنسا …",
# "أرسلت ألمانيا بالتعاون مع إيطاليا مساعدات"), additive links ("فرضت
# الولايات المتحدة وكذلك بريطانيا عقوبات"), a verb of joining ("الرياض
# انضمت إلى واشنطن في …") and allies named in apposition ("واشنطن
# وحلفاؤها، بريطانيا وأستراليا، …"). Standing alone between two actors,
# like a conjunction, they join them into one side of the event
# (``coordination.coordinated_groups``).
COACTOR_LINKS: tuple[str, ...] = (
    "إلى جانب",
    # roles52: "X نيابة عن Y …": Y acts through X, on X's side
    "نيابة عن",
    "بالنيابة عن",
    "جنبا إلى جنب مع",
    "بالتعاون مع",
    "بالتنسيق مع",
    "بالاشتراك مع",
    "بالشراكة مع",
    "برفقة",
    "رفقة",
    "بمعية",
    "ومعها",
    "ومعه",
    "ومعهما",
    "معا مع",
    "وكذلك",
    "وكذا",
    "وأيضا",
    "فضلا عن",
    "علاوة على",
    "بالإضافة إلى",
    "إضافة إلى",
    # "الرياض انضمت إلى الولايات المتحدة في فرض عقوبات"
    "انضمت إلى",
    "انضم إلى",
    "انضمتا إلى",
    "انضموا إلى",
    "تنضم إلى",
    "ينضم إلى",
    # "واشنطن وحلفاؤها، بريطانيا وأستراليا، …"
    "وحلفاؤها",
    "وحلفائها",
    "وحلفاؤه",
    "وحلفائه",
)

# ---- Round 12 (fa-nouns12): verbs of occurrence (extract/closed.py) ----
# Verbs that say an event named by its noun goes on, grew or began, with no
# type of their own: right before the noun ("استمر الدعم", "تواصلت
# المساندة") or, as an adjective, after its phrase ("الدعم الروسي مستمر").
OCCURRENCE_VERBS: tuple[str, ...] = (
    "استمر",
    "استمرت",
    "يستمر",
    "تستمر",
    "تواصل",
    "تواصلت",
    "يتواصل",
    "تتواصل",
    "تصاعد",
    "تصاعدت",
    "يتصاعد",
    "تتصاعد",
    "تجدد",
    "تجددت",
    "بدأ",
    "بدأت",
    "انطلق",
    "انطلقت",
    "مستمر",
    "مستمرة",
    "متواصل",
    "متواصلة",
)
# A relative pronoun or "أن" ends the noun's own phrase before a closer.
OCCURRENCE_STOPS: tuple[str, ...] = ("الذي", "التي", "الذين", "أن", "إن")
# After a preposition or a demonstrative the noun is no subject ("استمر في
# دعم", "هذا الدعم").
OCCURRENCE_NOT_AFTER: tuple[str, ...] = (
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "مع",
    "ضد",
    "بعد",
    "قبل",
    "حول",
    "بشأن",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
)

# Endings of a plural noun and of a country adjective that cannot agree
# (case or number): "خطف مسلحون سائحا فرنسيا" — gunmen (nominative plural),
# French (accusative singular): the adjective is the tourist's, not the
# kidnappers' (arrests12b; extract/actors.py ``_clashes``).
ADJECTIVE_CLASHES: tuple[tuple[str, str], ...] = (
    ("ون", "يين"),
    ("ون", "يا"),
    ("ين", "يون"),
    ("ين", "يا"),
    # doers14: a feminine singular adjective is a ship's, a town's or a
    # thing's, never that of men named by a masculine plural ("اختطف قراصنة
    # سفينة إيرانية", "هاجم مسلحون ناقلة يونانية": the ship is Iranian, the
    # pirates are of no country told); whole words, not the ending "ون" of
    # broken plurals of things ("مصلحة السجون الإسرائيلية", "الشؤون الدينية")
    *(
        (f"{noun}{end}", "ية")
        for noun in ("مسلح", "مهرب", "مهاجم", "متمرد")
        for end in ("ون", "ين")
    ),
    ("قراصنة", "ية"),
    ("قراصنة", "يا"),
)

# --- bystanders13: phrases of cause --------------------------------------------
# What they open is why a deed happened ("انسحبت بسبب اتفاق أمريكي تركي"):
# whoever it names is no side of a withdrawal, a deployment or a joint act
# (extract/because_phrase.py ``outside_because``).
BECAUSE_OPENERS: tuple[str, ...] = (
    "بسبب",
    "جراء",
    "من جراء",
    "نتيجة",
    "بفعل",
    "بحكم",
)
# --- end bystanders13 ---

# Kinship nouns: "نجل الرئيس" is the president's son, a private person,
# not the president (extract/actors.py kin_before).  "ابن" is left out: it
# is part of names ("ابن كيران").
KIN_WORDS: tuple[str, ...] = (
    "نجل",
    "نجلي",
    "نجلة",
    "ابنة",
    "كريمة",
    "شقيق",
    "شقيقة",
    "زوج",
    "زوجة",
    "عقيلة",
    "حرم",
    "أرملة",
    "صهر",
    "حفيد",
    "حفيدة",
)

# Nouns for a member of a body: "عضو سابق في البرلمان" is a man who has
# left it, not the body (extract/actors.py former_member).
MEMBER_WORDS: tuple[str, ...] = ("عضو", "عضوة", "أعضاء", "اعضاء")

# legislators62ar: a parliamentary bloc in a legislator's title ("رئيس كتلة
# حركة النهضة"): its head sits in parliament (LEG) though a party is named
# after it (extract/mention_scan.py bloc_head)
BLOC_WORDS: tuple[str, ...] = ("كتلة", "الكتلة")

# Plants, foods and things named after a state name no state ("القنب الهندي"
# cannabis, "التمر الهندي" tamarind, "الديك الرومي" turkey, "القهوة التركية").
NOT_ACTOR_PLACES += (
    "القنب الهندي",
    "قنب الهندي",
    "قنب هندي",
    "التمر الهندي",
    "تمر هندي",
    "الجوز الهندي",
    "جوز الهند",
    "القهوة التركية",
    "قهوة تركية",
    "الحمام التركي",
    "الحمامات التركية",
    "البطاطا الفرنسية",
)

# Round 13b (alleged): a body's own session. A meeting told by one of these
# words ("اجتمع مجلس الوزراء", "عقدت اللجنة جلسة") whose people are all of one
# country, none coordinated and no partner word in the sentence
# (SESSION_PARTNERS: "مع", "بين") is the body meeting by itself: no CONSULT
# (extract/sessions.py).
SESSION_WORDS: tuple[str, ...] = ("اجتمع", "اجتماع", "جلسة", "جلسات")
SESSION_PARTNERS: tuple[str, ...] = ("مع", "بين", "ومع", "وبين", "لدى")
# --- roles13b ---
# roles85/mendC86: cabinet titles a finer post chained to them names more
# closely ("نائب رئيس الوزراء وزير الخارجية": one man, the foreign
# minister; extract/mention_scan._finer_office). Another minister's title
# is not one ("وزير الداخلية ووزير الخارجية": two men).
FINER_POST_TITLES: tuple[str, ...] = DEPUTY_PRIME_MINISTER_TITLES
# Titles of one who serves the person named after them: "مستشار ترامب" is
# Trump's adviser (an official of his state), not Trump (extract/actors.py
# Pending.serves).
SERVANT_TITLES: tuple[str, ...] = (
    "مستشار",
    "مستشارة",
    "المستشار",
    "المستشارة",
    "كبير مستشاري",
    "مساعد",
    "مساعدة",
    "المساعد",
    "متحدث",
    "المتحدث",
    "المتحدثة",
    "ناطق",
    "الناطق",
    "الناطقة",
    "مبعوث",
    "مبعوثة",
    "المبعوث",
    "المبعوثة",
    "نائب",
    "نائبة",
    "مدير مكتب",
    "مديرة مكتب",
    "سكرتير",
    "سكرتيرة",
)
# Nouns for a committee: a title, a committee's name and a legislature
# ("رئيس لجنة الأمن والدفاع في البرلمان") name one legislator
# (extract/actors.py across_committee).
COMMITTEE_WORDS: tuple[str, ...] = ("لجنة", "اللجنة", "لجنه", "اللجنه")
# bodies79: a ministry in the construct state before a people noun names
# its portfolio, not the people ("وزارة الأسرى", "وزارة شؤون اللاجئين",
# "وزارة الشباب"): the ministry is the government's (titles.names_portfolio).
# A definite "الوزارة" before a people noun is their verb's subject ("وطالبت
# الوزارة المواطنين"), and a people noun joined by "و" another side.
PORTFOLIO_HEADS: tuple[str, ...] = ("وزارة", "وزاره")
PORTFOLIO_WORDS: tuple[str, ...] = ("شؤون", "لشؤون")
PORTFOLIO_PEOPLE: tuple[str, ...] = (
    *("الأسرى", "اللاجئين", "المهجرين", "المجاهدين", "الشباب", "المرأة"),
)
# support26: nouns for a unit of a force: a head's title, a unit's name and
# the force ("رئيس هيئة التوجيه المعنوي في الجيش") name one officer of that
# force (MIL, COP), not a state's official (extract/mention_scan.py _in_unit).
UNIT_WORDS: tuple[str, ...] = ("هيئة", "إدارة", "ادارة", "مديرية", "دائرة", "مكتب", "مركز")
# --- end roles13b ---

# --- roles14 ---
# Words of a deputy or assistant right before a head's title ("نائب خادم
# الحرمين الشريفين", "مساعد الرئيس"): the holder is not the head
# (extract/actors.py deputy_role).
DEPUTY_WORDS: tuple[str, ...] = ("نائب", "نائبة", "مساعد", "مساعدة", "النائب الأول")
# mendC84: an aide's word with the article ("المساعد الخاص للرئيس الروسي"):
# the aide, not the head he serves. Kept apart from DEPUTY_WORDS (round 84's
# deputy84 works on "النائب الثاني لرئيس"), then joined to them.
DEFINITE_DEPUTY_WORDS: tuple[str, ...] = ("المساعد", "المساعدة")
DEPUTY_WORDS = DEPUTY_WORDS + DEFINITE_DEPUTY_WORDS
# agentcode83: one word naming a deputy's or aide's brief between his title
# and the head he serves ("المستشار القانوني لرئيس الجمهورية", "المساعد الخاص
# للرئيس"): the chain is one person, the aide, not the head
# (extract/mention_scan.py _qualified_chain). Adjectives of a brief only.
TITLE_QUALIFIERS: tuple[str, ...] = (
    *("القانوني", "القانونية", "السياسي", "السياسية", "الاقتصادي", "الاقتصادية"),
    *("الإعلامي", "الإعلامية", "الأمني", "الأمنية", "الدبلوماسي", "الدبلوماسية"),
    *("الخاص", "الخاصة", "الثاني", "الثانية", "الأول", "الأولى"),
)
# deputy84: a head's title glued to a genitive "ل" names whom the deputy
# before it serves ("نائب لرئيس الوزراء", "النائب الثاني لرئيس مجلس
# الوزراء"), and a word that alone names a member of parliament ("النائب")
# is that deputy there (extract/titles.py deputy_role).
DEPUTY_GENITIVE_PREFIXES: tuple[str, ...] = ("ل",)
DEPUTY_OF_WORDS: tuple[str, ...] = ("النائب", "النائبة")
# "son of" inside a man's name ("متعب بن عبدالله بن عبدالعزيز"): a known
# person's name right after it is the father's, not an actor
# (extract/actors.py skipped).
PATRONYMIC_WORDS: tuple[str, ...] = ("بن", "ابن", "بنت")
# A head's title that, before an international organisation, names the
# organisation's own head ("رئيس البرلمان الأوروبي", "the president of the
# European Commission"): a senior official, not a head of state; "leaders"
# of a group of states stay its states' heads (extract/actors.py).
IGO_HEAD_TITLES: tuple[str, ...] = ("رئيس", "الرئيس", "رئيسة", "الرئيسة")
# tri29b: the head's title then an organisation glued to "ل" ("الأمين العام
# لحلف الناتو", "الرئيس الحالي لمجلس التعاون"): the organisation's head, as
# "الأمين العام للأمم المتحدة" and English "NATO's secretary general" are read.
IGO_GENITIVE_PREFIXES: tuple[str, ...] = ("ل",)
# home49: "ل" glued to a state after an agent noun names its owner ("الجيش
# الشعبي لكوريا الشمالية"): the state is no other side of the agent's event
# (``participants.counterpart_lent``).
OWNER_PREFIXES: tuple[str, ...] = ("ل", "لل")
# The link between a spokesman's title and the man he speaks for ("المتحدث
# باسم ترامب"): he is an official of that man's state (extract/actors.py).
SERVANT_LINKS: tuple[str, ...] = ("باسم",)
SERVANT_TITLES = SERVANT_TITLES + tuple(
    f"{title} باسم" for title in ("المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "ناطق")
)
# --- end roles14 ---
# --- aragents14: members of a named movement ---
# The one word that may stand between an agent noun and a named movement
# whose members it names ("عناصر من حماس", "ناشطين في حركة النهضة"). Any
# other word between heads a phrase of its own ("قصف الجيش مواقع داعش": the
# army and the positions of IS), and the agent noun is another actor
# (extract/actors.py members_of).
MEMBER_LINKS: tuple[str, ...] = (
    "من",
    "في",
    "داخل",
    "ضمن",
    # heads of a movement's name, also glued to ب/ل ("بجماعة الحوثي")
    "تنظيم",
    "التنظيم",
    "حركة",
    "الحركة",
    "جماعة",
    "الجماعة",
    "ميليشيا",
    "ميليشيات",
    "مليشيا",
    "مليشيات",
    "جبهة",
    "حزب",
    "الحزب",
    "كتائب",
    "فصيل",
    "فصائل",
    # a deed's doer named by a relative verb ("هجوم انتحاري نفذه داعش",
    # "اعتداء قام به التنظيم"): the attacker is the movement's
    "نفذه",
    "نفذها",
    "شنه",
    "شنها",
    "تبناه",
    "تبناها",
    "قام",
    "قامت",
    "به",
    "بها",
)
# --- end aragents14 ---

# Words after the noun of a deed of force that open whom it struck ("الغارة
# الأمريكية على مواقع الجيش العراقي", "الهجوم الذي استهدف قوات الأمن"): a
# comment on the deed is about its doer, not them (extract/victims.py).
DEED_VICTIM_MARKERS: tuple[str, ...] = (
    "على",
    "ضد",
    "بحق",
    "استهدف",
    "استهدفت",
    "طال",
    "طالت",
    "ضرب",
    "ضربت",
    # condemn71: the outcome a deed's relative clause tells names whom it
    # struck ("الهجوم الذي أودى بحياة ثلاثة مواطنين", "… الذي أسفر عن مقتل …")
    "أسفر",
    "أسفرت",
    "أودى",
    "أودت",
)

# Places an armed side holds ("معسكرات", "مواقع", "مقرات"): between a
# doer marker and a group ("بقصف معسكرات للمسلحين", "بغارات على مواقع
# داعش"), the group holds what the deed struck and is its target, not its
# doer (extract/doers.py).
HELD_PLACE_NOUNS: tuple[str, ...] = (
    "معسكر",
    "معسكرات",
    "موقع",
    "مواقع",
    "مقر",
    "مقرات",
    "مقار",
    "قاعدة",
    "قواعد",
    "معقل",
    "معاقل",
    "مخبأ",
    "مخابئ",
    "وكر",
    "أوكار",
    "تجمعات",
    "تحصينات",
    "آليات",
    "مخازن",
    "مستودعات",
)

# The charge an arrest or a sentence is made on ("اعتقل بتهمة التخابر مع
# إيران"): who is named inside it is no side of the arrest
# (extract/charges.py).
CHARGE_OPENERS: tuple[str, ...] = (
    "بتهمة",
    "بتهم",
    "بتهمتي",
    "بجريمة",
    "بجرم",
    "بتهمة التخابر مع",
    "بالتجسس",
    "بالتخابر",
)

# agents41ar: crimes told right after the person an arrest or a sentence
# holds ("بتهمة تهريب", "بحوزته كمية من المخدرات", "مفتش عنه"): held for
# one, a civilian is a criminal (extract/held_criminals.py). Substrings of
# the normalised text: "مخدر" covers "المخدرات" and "أقراص مخدرة"; "القنب
# الهندي" is written whole, as "قنب" is inside "قنبلة" (a bomb).
CRIME_CUES: tuple[str, ...] = (
    *("مخدر", "كوكايين", "هيروين", "حشيش", "القنب الهندي", "زطلة"),
    *("تهريب", "مهرب", "اتجار"),
    *("سرقة", "سرقات", "مسروق", "السطو", "براكاج"),
    *("تحيل", "احتيال", "تزوير", "غسيل الأموال", "تبييض الأموال", "ابتزاز"),
    *("مفتش عنه", "مفتش عنها", "مفتش عنهم", "محل تفتيش", "برقية تفتيش", "برقيات تفتيش"),
)
# mend41b: the crime must be opened right after the person (within two
# words) by a charge or by what they carry ("بتهمة", "بحوزته", "مفتش
# عنه في قضية"), and start a word, maybe after a clitic of
# ``CRIME_PREFIXES``: "وستحيله إلى القضاء" (will refer him to court) holds
# no "تحيل" (fraud), and "محتجين على تزوير الانتخابات" no forgers.
CRIME_OPENERS: tuple[str, ...] = CHARGE_OPENERS + (
    *("بحوزته", "بحوزتها", "بحوزتهم", "بحوزتهما", "وبحوزته", "وبحوزتها", "وبحوزتهم"),
    *("يحمل", "تحمل", "يحملون", "متلبسا", "متلبسين", "متلبسة"),
    *("لتورطه", "لتورطها", "لتورطهم", "بشبهة", "للاشتباه", "يشتبه"),
    *("مفتش عنه", "مفتش عنها", "مفتش عنهم", "مفتشا عنه", "مفتشا عنها", "مفتشا عنهم"),
    *("محل تفتيش", "في قضية", "في قضايا"),
)
CRIME_PREFIXES: tuple[str, ...] = ("و", "ب", "ل", "ف", "ال", "بال", "وال", "لل", "وب", "فال")
# Protesters are civilians whatever they protest (the spec): an arrest never
# makes them criminals.
PROTESTER_STEMS: tuple[str, ...] = ("محتج", "متظاهر", "معتصم")

# aragents101: armed causes a civilian is held on ("للاشتباه في انتمائهم
# إلى جماعة إرهابية", "بتهمة دعم الجماعات المتطرفة"): held for one, he is a
# militant (REB; extract/held_criminals.py, beside the armed movements of
# ``agents.NAMED_GROUPS``). Word starts of the normalised text ("إرهاب"
# covers "إرهابي", "الإرهابية", "بالإرهاب"); not bare "مسلح" (an armed
# robbery is a crime) nor "تنظيم" (also "organising").
ARMED_CAUSE_CUES: tuple[str, ...] = (
    *("إرهاب", "متطرف", "تطرف", "جهادي", "تكفيري"),
    *("جماعة مسلحة", "جماعات مسلحة", "الجماعة المسلحة", "الجماعات المسلحة"),
    *("تنظيم مسلح", "التنظيم المسلح", "تنظيمات مسلحة", "التنظيمات المسلحة"),
)
# mendB102: words after which a cue is the charge's topic ("نشر أخبار كاذبة
# عن الإرهاب"), its victims ("الإساءة إلى ضحايا الهجوم الإرهابي"), the
# defendants someone defended ("الدفاع عن متهمين في قضايا إرهاب") or the
# enemy fought ("قتاله ضد تنظيم داعش"): the cause is read up to them only.
# Whole words, maybe after a clitic of ``CRIME_PREFIXES``.
ARMED_CAUSE_STOPS: tuple[str, ...] = (
    *("عن", "حول", "بشأن", "ضحايا", "ضحية", "متهمين", "متهمي", "ضد", "دفاع"),
)

# ---- senses15: a deed named as a danger ----
# "يواجه اللاجئون خطر الترحيل", "شبح الحرب": a deed that may befall someone
# is no deed done.
TOPIC_MARKERS = TOPIC_MARKERS + ("خطر", "مخاطر", "شبح")

# ---- ar17: possessive clitics on agent nouns ----
# Third-person singular possessive clitics an agent noun may end in
# ("مواطنيها", "قواته"): the people or forces of the actor named before
# them, as after English "its" ("دعت بريطانيا مواطنيها" are British
# nationals, "أعلن الجيش أن جنوده" the army's own soldiers). A state or
# body is "ها" or "ه"; "هم" (their) mostly refers to people ("ذويهم"),
# whose country is not the last one named.
POSSESSIVE_CLITICS: tuple[str, ...] = ("ه", "ها")
# agents23ar: a deed's word glued to its owner ("واصل رجال الشرطة
# احتجاجاتهم"): its doer is the one named last before it
# (``extract/armed_protest.py``)
OWN_DEED_MARKS: tuple[str, ...] = ("هم", "هن", "ها", "ه")
# bystander101: a deed referred to ("في إشارة إلى …", extract/referred.py)
# is the referrer's own where these stand in its phrase ("البلدين", "بلاده"),
# and a meeting told with a partner after "مع" has the referrer as its
# other side ("المحادثات مع العراق").
REFERRED_OWN_WORDS: tuple[str, ...] = (
    "البلدين", "الجانبين", "الطرفين", "الثنائية", "بلاده", "بلادها", "بلادنا",
)  # fmt: skip
# mendB106: the voicer's own thing named in the phrase of a deed he voices
# concern over ("عن قلقها من الغارة على أراضيها", "الهجوم على سفارتها"): the
# deed struck him, and he is its target (``extract/concern_own.py``).
# mendB106: the links of a list of deeds a concern names ("عن قلقه إزاء
# الاعتقالات والقتل", "concern over the arrests and killings"): each noun of
# the list binds to the concern (``reacted._listed_after``).
CONCERN_LIST_LINKS: tuple[str, ...] = ("و",)
CONCERN_OWN_WORDS: tuple[str, ...] = tuple(
    f"{thing}{own}"
    for thing in (
        "أراضي", "أرض", "سفارت", "قنصليت", "بعثت", "مواطني", "رعايا", "جنود",
        "قوات", "دبلوماسيي", "حدود", "سفن", "سفينت", "ناقلت", "طائرت", "مصالح",
    )
    for own in ("ه", "ها")
)  # fmt: skip
REFERRED_PARTNERS: tuple[str, ...] = ("مع", "ومع")
# mendB72: a deed's word followed by a verb of doing it whose doer is not
# named after it ("لقصف مدرسة شنه", "للغارة التي شنتها"): the deed of the
# verb's subject, the one who regrets it (``onlookers._own_regret``)
OWN_DEED_VERBS: tuple[str, ...] = tuple(
    f"{verb}{end}"
    for verb in ("شن", "نفذ", "ارتكب")
    for end in ("ه", "ها", "ته", "تها", "وه", "وها")
)

# ---- ar17: a state speaking through its body ----
# Nouns of a statement in the aside right after a state that is the
# sentence's subject ("وأكدت مصر، في بيان لوزارة الخارجية، دعمها …"): the body named in the aside spoke for the state,
# which acts as that body (``extract/spoken_through.py``).
STATEMENT_NOUNS: tuple[str, ...] = ("بيان", "بلاغ", "تصريح", "بيانها", "بيانه")
# officials88: a word that opens a statement phrase naming the body a state
# spoke by, later in its sentence (``spoken_through._stated_body``).
STATEMENT_OPENERS: tuple[str, ...] = ("في", "وفق", "حسب", "بحسب")
# mendA89: the only words that may stand between a statement noun and the
# body it names ("في بيان صادر مساء الأحد عن وزارة الخارجية", "وفق بيان أصدرته
# الرئاسة"): issued, from, and when. A verb or a noun between ("في بيان بقرار
# البرلمان") makes the body what the statement is about, not who spoke.
STATEMENT_LINKS: tuple[str, ...] = (
    *("صادر", "صادرة", "الصادر", "الصادرة", "أصدرته", "أصدرتها", "عن", "من"),
    *("نشرته", "نشرتها", "اليوم", "أمس", "مساء", "صباح", "ليل", "ظهر", "يوم"),
    *("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"),
)
# mendA89: the clitics a body may carry right after its statement noun ("في
# بيان لوزارة الخارجية"); one that marks a target ("في بيان بالشرطة") makes it
# what was praised or condemned.
STATEMENT_BODY_CLITICS: tuple[str, ...] = ("ل",)
# mendA89: words or clitics right before a state that make it an object, not
# the subject that spoke ("الهجوم على سوريا", "رحب بتونس"): such a state
# takes no agent from a later statement's body.
STATEMENT_OBJECT_MARKS: tuple[str, ...] = (
    *("على", "ضد", "مع", "إلى", "عن", "من", "تجاه", "بشأن", "حول", "ب", "ل"),
)
# mendE90: words right before such a mark that make it open a subject or a
# topic, not an object ("أدانت كل من السعودية والإمارات", "بالنسبة لمصر").
STATEMENT_SUBJECT_LEADS: tuple[str, ...] = ("كل", "وكل", "بالنسبة", "وبالنسبة")

# ---- misc17: the place one is asked to leave ----
# A verbal noun of leaving between an agent noun and a country ("طالبت
# بريطانيا رعاياها بمغادرة لبنان"): the country is the place they leave, not
# theirs; the title's phrase ends at it.
ROLE_BREAK_WORDS = ROLE_BREAK_WORDS + (
    # sides28: a preposition of the target ends a title too: "محتجون ضد
    # إيران" are not Iran's protesters
    "ضد",
    "بحق",
    "مغادرة",
    "بمغادرة",
    "لمغادرة",
    "الخروج",
    "بالخروج",
    "للخروج",
)

# People nouns that only count the group named after "من" ("20 شخصا من
# الصحفيين", "عشرات الأشخاص من المحتجين"): the group is the actor, not plain
# civilians (``extract/partitive.py``).
PARTITIVE_HEADS: tuple[str, ...] = (
    "شخص", "شخصا", "أشخاص", "الأشخاص", "اشخاص",
    # activists of a body ("ناشطين من المعارضة السورية") are its members:
    # the body, with its country, is who acted or was acted on
    "ناشط", "ناشطا", "ناشطين", "ناشطون", "الناشطين",
    # the dead and wounded of a body ("جرحى من الشرطة", "قتلى من الجيش") are
    # its members: the body is who was struck, not plain civilians
    "قتلى", "القتلى", "قتيل", "قتيلا", "جرحى", "الجرحى", "جريح", "جريحا",
    "مصابين", "المصابين", "ضحايا", "الضحايا",
)  # fmt: skip
PARTITIVE_OF: tuple[str, ...] = ("من",)
# agents106: the members through whom the group after "من" is named ("ستة
# أشخاص من أفراد عصابة إجرامية", "30 شخصا من عناصر الشبكة"): the group still
# names whom the head counts (``extract/partitive.py``).
PARTITIVE_MEMBERS: tuple[str, ...] = (
    "أفراد", "افراد", "عناصر", "أعضاء", "اعضاء", "منتسبي",
)  # fmt: skip
# mendC106: members of a family before the one whose family it is ("أربعة
# من أفراد عائلة ضابط شرطة") are civilians, not his agent
# (``extract/kin_groups.py``).
KIN_GROUP_MEMBERS: tuple[str, ...] = PARTITIVE_MEMBERS
KIN_GROUP_NOUNS: tuple[str, ...] = ("عائلة", "العائلة", "عائلات", "أسرة", "الأسرة")

# counted75ar: "the dead", "the wounded" named bare after a count of
# fighters in their sentence ("قتل 17 حوثيا في غارة، وما زال البحث عن القتلى
# جاريا") are those men, not civilians (``extract/counted_dead.py``). The
# definite forms only: "قتلى" without the article introduces dead of its own.
COUNTED_DEAD_NOUNS: tuple[str, ...] = (
    "القتلى", "الجرحى", "المصابين", "المصابون", "الضحايا",
)  # fmt: skip

# mendB76: the words that say counted fighters are struck, not striking:
# a kill or wound word right before the count ("مقتل 17 حوثيا", "قتل
# اثنين من المتشددين"), or right after the counted men ("17 جنديا قتلوا",
# "عدد المقاتلين القتلى"). A count in subject position before an active verb
# of force ("أطلق 5 جنود النار") counts who did the deed; extract/counted_dead.py.
COUNTED_STRUCK_BEFORE: tuple[str, ...] = (
    "قتل", "وقتل", "مقتل", "ومقتل", "بمقتل", "لمقتل", "مصرع", "ومصرع", "بمصرع",
    "إصابة", "وإصابة", "بإصابة", "جرح", "وجرح", "أصيب", "وأصيب", "استشهاد",
    "قتلت", "وقتلت", "قتلى", "جثث", "جثامين",
)  # fmt: skip
COUNTED_STRUCK_AFTER: tuple[str, ...] = (
    "قتلوا", "لقوا", "أصيبوا", "جرحوا", "قتلى", "القتلى", "الجرحى", "المصابين",
    "جرحى", "مصابين", "سقطوا قتلى",
)  # fmt: skip

# mendB82: a state's people ("الليبيين", "الأمريكيين") are only described
# after their will, votes, morals, values or customs (``countries._state_adj``;
# precision81ar: "عمل لا علاقة له بأخلاق الليبيين"), not after every head
# below: whose interests are struck are the target ("باستهداف مصالح الأمريكيين").
STATE_PEOPLE_DESCRIBED_HEADS: tuple[str, ...] = (
    *("إرادة", "ارادة", "أصوات"),
    *("أخلاق", "اخلاق", "قيم", "عادات", "تقاليد"),
)
# faextra17: the people written after a noun of their will, votes,
# interests, livelihood, trust or welfare ("احترام إرادة الشعب", "مراعاة
# مصالح المواطنين") are what is talked about, not a side; extract/described.py.
# Not demands ("مطالب"): a protest's crowd is often named so.
DESCRIBED_PEOPLE_HEADS: tuple[str, ...] = (
    *STATE_PEOPLE_DESCRIBED_HEADS,
    *("مصالح", "معيشة", "ثقة", "رفاهية", "رفاه", "صحة"),
)

# ---- senses19: the negated passive ----
# The auxiliary of the Arabic passive ("لم يتم اعتقال أي متظاهر", "لم تجر
# مناقشة"): a negation before it negates the verbal noun after it, as
# "did not" does the verb (``status`` reads the words a negation may leap).
NEGATION_GAP_WORDS: tuple[str, ...] = (
    *("يتم", "تتم", "يجر", "تجر"),
    # status24ar: readiness and intent negated negate the deed they offer
    # ("ليسوا مستعدين للانسحاب", "لا تعتزم إرسال قوات"), not plan it
    *("مستعد", "مستعدة", "مستعدا", "مستعدين", "مستعدون", "مستعدان"),
    *("جاهز", "جاهزة", "جاهزا", "جاهزين", "جاهزون"),
    *("يعتزم", "تعتزم", "يعتزمون", "نعتزم", "اعتزم"),
    *("ينوي", "تنوي", "ينوون", "ننوي", "انوي"),
    # the light verb of the deed they offer ("غير مستعد لإجراء مفاوضات")
    *("اجراء", "لاجراء", "لعقد", "اعادة"),
)

# ---- senses19: words the folded ة/ه tells apart (extract/written.py) ----
# Nouns for people in ة whose spelling with ه is another stem and a pronoun
# clitic: "طلبه" (his request), "دعاه" (he invited him), "رعاه" (sponsored
# it), "قاده" (led him), "قضاه" (spent it), "ولاه" (appointed him), "غزاه"
# (invaded it), "جناه" (reaped it). Written with ه and no article, they are
# that other word and no actor. (Not "حماة": the city is written "حماه".)
FOLDED_HOMOGRAPHS: tuple[str, ...] = (
    "طلبة",
    "دعاة",
    "رعاة",
    "قادة",
    "قضاة",
    "ولاة",
    "غزاة",
    "جناة",
)
# The letter the normaliser folds onto the clitic letter: a word listed
# with it and written with "ه" is read as written (extract/written.py).
FOLDED_LETTER = "ة"
CLITIC_LETTER = "ه"
# A possessive never follows the article: "الطلبه" is only ever students.
HOMOGRAPH_ARTICLE = "ال"

# ---- types20: a verb's object stands in no prepositional phrase ----
# A noun of the verb's own type right after it is its object, one event
# ("ستقدم اليابان مساعدات"), but not one inside a phrase a preposition opens
# ("قتل 12 شخصا في تفجير انتحاري": the bombing is where they were killed,
# an event of its own) (``extract/licensed.py``).
OBJECT_BREAKS: tuple[str, ...] = (
    "في",
    "على",
    "عن",
    "من",
    "إلى",
    "الى",
    "خلال",
    "بعد",
    "قبل",
    "اثر",
    "إثر",
    "جراء",
    "بسبب",
    "منذ",
    "ضد",
)


# lead21: the words that link a verb of failure to the deed it failed at
# ("فشل البلدان في التوصل", "لم يتمكنوا من التوصل", "عجزت عن تنفيذ";
# ``extract/status.unable``).
# "ب": what a promise not given was of ("لم تعد اليابان بإرسال", consist26)
INABILITY_LINKS: tuple[str, ...] = ("في", "من", "عن", "ب")

# status50: a harm promised before "ما لم"/"إذا لم" ("سيعدمونه ما لم تفرج
# السعودية عن أسراهم") is a threat made, not the harm planned
# (``status.threatened_on_condition``), as English "unless" and Persian "مگر
# اینکه" are read; the cues are ``status.CONDITIONAL_CUES``.
THREAT_CONDITIONS: tuple[str, ...] = ("ما لم", "اذا لم", "ان لم", "في حال لم", "والا")


# lead21: deed nouns that name whom they struck right after them ("أدانت مصر
# مقتل ثلاثة من رجال الشرطة": the policemen are no side of the condemnation;
# ``extract/victims.py``).
VICTIM_FIRST_DEEDS: tuple[str, ...] = (
    "مقتل",
    "قتل",
    "اغتيال",
    "اختطاف",
    "خطف",
    "اعدام",
    "استشهاد",
    "تصفية",
)
# condemn71: letters glued before such a deed's noun ("استنكارها لاختطاف
# أربعة إيطاليين", "ونددت بقتل الطفل"): the noun still names its victims
# right after it (extract/victims.py).
DEED_CLITICS: tuple[str, ...] = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
# arabic72: crime nouns a comment names for a deed of force ("استنكرت تونس
# الجريمة البشعة التي أودت بحياة طفل"): no trigger of force, but whom the
# outcome after them names (``DEED_VICTIM_MARKERS``) is the crime's victim,
# no target of the comment (extract/victims.py). "ل" + the article is "لل".
DEED_CRIME_NOUNS: tuple[str, ...] = (
    *("الجريمة", "جريمة", "الجرائم", "جرائم", "للجريمة", "للجرائم"),
)

# lead21: words that tell a deed's own course after a guess ("قد تستأنف
# المحادثات", "قد يعقد اللقاء"; ``extract/hypothetical.guessed_subject``). A
# guess about what a deed brings ("إعدام … ربما يكشف") is not about the deed.
COURSE_WORDS: tuple[str, ...] = (
    "تستأنف",
    "يستأنف",
    "تعقد",
    "يعقد",
    "تجري",
    "يجري",
    "تبدأ",
    "يبدأ",
    "تتم",
    "يتم",
    "تنطلق",
    "ينطلق",
    "توقع",
    "يوقع",
)

# faults21: an agreement named a few words after a word of commitment,
# violation, compliance, implementation or withdrawal is one referred to, no
# new agreement ("أكد التزام إيران بالاتفاق", "انتهكت الاتفاق النووي",
# "الانسحاب من الاتفاق"; extract/named_topic.py ``_referenced``).
REFERENCE_OPENERS: dict[str, tuple[str, ...]] = {
    "AGREE": (
        *("التزام", "الالتزام", "بالتزام", "التزامها", "التزامه", "ملتزمة", "ملتزم"),
        *("تلتزم", "يلتزم", "انتهاك", "انتهاكها", "انتهكت", "انتهك", "خرق", "خرقت"),
        *("تنفيذ", "بتنفيذ", "لتنفيذ", "تطبيق", "بتطبيق", "احترام", "باحترام"),
        *("الانسحاب", "انسحاب", "انسحبت", "انسحب", "الخروج", "خروج"),
    ),
}

# The words that open an accusation's own charge right after its verb or its
# object ("accused of spying for Israel", "charged the journalist with …",
# "اتهم الصحفي بالتجسس لصالح إسرائيل"; "X-": a prefix). The state named in
# the charge is what the accused did with or for, not a side.
CHARGE_AFTER_ACCUSING: tuple[str, ...] = (
    "بالت-",
    # sides41: any definite verbal noun after "ب" ("بالسعي", "بالقمع")
    "بال-",
    "بت-",
    "بدعم",
    "بمحاولة",
    "بارتكاب",
    "بالوقوف",
    "بالعمل",
    # sides41: indefinite verbal nouns of wrongs charged ("بقمع المحتجين")
    "بقمع",
    "بقتل",
    "بشن",
    "بخرق",
    "بانتهاك",
    "بعرقلة",
    "بنشر",
    "بسرقة",
    "بخطف",
    "باعتقال",
    "باستهداف",
    "بالتورط",
)
# mend41a: the adverbs and prepositions that only begin like a charge's
# "بال-" ("اتهمت الحكومة بالأمس المعارضة بتخريب الانتخابات", "بالإضافة إلى"):
# they open none, and the charge is the next marker after them.
# Not "بالتعاون/بالتنسيق/بالقول": collaborating, coordinating with or saying
# something is what one is accused of.
CHARGE_NOT_OPENING: tuple[str, ...] = (
    *("بالأمس", "بالامس", "بالإضافة", "بالاضافة", "بالقرب", "بالفعل", "بالتزامن"),
    *("بالنسبة", "بالتالي", "بالرغم", "بالمقابل", "بالتوازي", "بالذات", "بالضبط"),
    *("بالأحرى", "بالخصوص", "بالتحديد", "بالكامل", "بالمثل"),
    *("بالإجماع", "بالاجماع", "بالأساس", "بالاساس", "بالمناسبة", "بالوكالة"),
    *("بالتفصيل", "بالأخص", "بالاخص", "بالطبع", "بالتأكيد", "بالتاكيد", "بالمرة"),
)
# The same before a verb that comes last ("به جاسوسی برای اسرائیل متهم شد").
CHARGE_BEFORE_ACCUSING: tuple[str, ...] = ()
# The beginnings of the accusation words that take a charge (the others,
# "protest", "condemn", "اعتراض", name their target where a charge would be).
CHARGING_WORDS: tuple[str, ...] = ("اتهم", "يتهم", "تتهم", "نتهم", "متهم")

# sides23: verbs of undergoing a deed ("تعرضت ناقلة إيرانية لهجوم", "البلاد
# تتعرض لهجمات"): their subject, named before the deed's noun, is whom it
# struck, so its doer is understood (extract/victims_only.py, ``_underwent``).
UNDERGO_VERBS: tuple[str, ...] = (
    "تعرض",
    "تعرضت",
    "تعرضوا",
    "تعرضا",
    "تعرضتا",
    "يتعرض",
    "تتعرض",
    "يتعرضون",
    "يتعرضان",
    "تتعرضان",
    # doerslot24: the verbal noun with a clitic preposition ("أفادت مصادر
    # بتعرض ناقلة إيرانية لهجوم"): its genitive underwent the deed
    "بتعرض",
    "لتعرض",
    # sides35ar: the nouns of a death or wound before whom it befell ("مقتل
    # شرطي في هجوم", "أعلنت الوزارة عن إصابة ثلاثة جنود في هجوم") and the
    # verbs of dying or being wounded whose spelling is never an active
    # deed ("لقي جندي مصرعه في هجوم", "استشهد شرطي", "أصيب جنديان"): the
    # dead or wounded underwent the deed named after them, whose doer is
    # understood, as "a policeman was killed in an attack" and "یک پلیس در
    # حمله‌ای کشته شد" are read. "قتل" stays out: active and passive alike.
    *(p + noun for p in ("", "و", "ب", "ل") for noun in ("مقتل", "مصرع", "استشهاد", "اصابة")),
    *("لقي", "لقيت", "لقوا", "لقيا", "استشهد", "استشهدت", "استشهدوا", "استشهدا"),
    *("اصيب", "اصيبت", "اصيبوا", "اصيبا"),
    # doers40: the target of a deed ("كان المقر هدفا لهجوم", "باتت القوات
    # هدفا لهجمات"): it underwent the deed
    "هدفا",
)

# sides23: verbs of receiving and the word before the giver ("تلقت المعارضة
# مساعدات من الولايات المتحدة", "از آمریکا کمک دریافت کردند", "received aid
# from the US"): the giver of what the verb governs acts first
# (extract/received.py).
RECEIVE_VERBS: tuple[str, ...] = (
    "تلقى",
    "تلقت",
    "تلقوا",
    "تلقيا",
    "يتلقى",
    "تتلقى",
    "يتلقون",
    # mendA109: the future with "س" glued ("ستتلقى الأسر مساعدات")
    *("ستتلقى", "سيتلقى", "سيتلقون", "ستتسلم", "سيتسلم"),
    # the jussive after "لم" drops the final letter ("لم يتلق لبنان …")
    "يتلق",
    "تتلق",
    "يتلقوا",
    "استلم",
    "استلمت",
    "تسلم",
    "تسلمت",
    "تسلموا",
    "يتسلم",
    "تتسلم",
    "حصل",
    "حصلت",
    "حصلوا",
    "يحصل",
    "تحصل",
    "نال",
    "نالت",
    "حظي",
    "حظيت",
    # accuse51ar: criticism or an attack undergone from a side ("تعرضت
    # الحكومة لانتقادات حادة من الاتحاد الأوروبي", "واجهت إسرائيل انتقادات
    # من حلفائها"): the side after "من" made it
    *("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض"),
    *("واجه", "واجهت", "واجهوا", "يواجه", "تواجه"),
)
GIVER_MARKERS: tuple[str, ...] = ("من",)
# swap106: verbs by which a deed or a side draws criticism or praise, or is
# met with it ("أثار قرار الحكومة انتقادات واسعة من الاتحاد الأوروبي",
# "قوبلت تصريحاته بانتقادات من المعارضة", "لقيت المبادرة ترحيبا من"):
# the side after "من" made it, whoever the subject names. Read only before
# the deed's noun, which is their object: after it ("انتقد الاتحاد مصر مما
# أثار ردا من القاهرة") they tell what the deed itself drew
# (extract/received.py).
AROUSE_VERBS: tuple[str, ...] = (
    *("أثار", "أثارت", "وأثار", "وأثارت", "يثير", "تثير", "ويثير", "وتثير"),
    *("قوبل", "قوبلت", "وقوبل", "وقوبلت", "يقابل", "تقابل"),
    *("لقي", "لقيت", "ولقي", "ولقيت", "يلقى", "تلقى"),
)
# swap106: words that open another phrase between such a verb and a noun of
# criticism ("أثارت الحكومة جدلا واسعا بعد رفض زيارة الوفد القادم من …"):
# the verb's object came before them, the noun is another deed's.
AROUSE_BREAKS: tuple[str, ...] = (
    *("بعد", "وبعد", "إثر", "اثر", "عقب", "قبل", "بسبب", "منذ", "عندما", "حين", "حيث"),
)
# roles52: a verb of receiving whose object is a pronoun, right after the
# deed's noun it stands for ("دعوة تلقاها من الحزب الصيني", "اتصال هاتفي
# تلقاه من أمير قطر"): the side after "من" gave it. Read only a few words
# after the noun (``received.RELATIVE_WORDS``): further on, the pronoun is
# another thing received ("أعربت عن شكرها للرسالة التي تلقتها من …"). Only
# "تلقى": "تسلمه" is as often "his taking office" ("بعد تسلمه مهامه").
RECEIVED_RELATIVES: tuple[str, ...] = (
    *(f"{verb}{pronoun}" for verb in ("تلقا", "تلقت", "يتلقا", "تتلقا") for pronoun in ("ه", "ها")),
    *("تلقوه", "تلقوها"),
)
# What opens another noun between the deed's noun and such a verb (a
# preposition glued to the article: "شكرها للرسالة التي تلقتها من …"): the
# pronoun then stands for that noun, not the deed.
RECEIVED_PHRASE_BREAKS: tuple[str, ...] = ("لل", "بال", "كال", "ولل", "وبال", "فلل", "فبال")
# reversed62: a preposition glued to the article at a word's start ("للعائلات
# المتضررة", "بالحكومة"): the word is that preposition's complement, never a
# bare genitive after a deed's noun ("المساعدات للعائلات": the families get
# the aid, they do not give it; ``genitive_source._glued``). The contracted
# "لل" leaves a listed word's prefix empty, so the word itself is read.
GLUED_ARTICLES: tuple[str, ...] = ("لل", "ولل", "فلل", "بال", "وبال", "فبال")

# senses23: a bare head title in the construct state before a noun the
# lexicon does not know heads that body ("رئيس هيئة الانتخابات التونسية",
# "رئيس اتحاد الكرة المصري"): an official, not the head of state
# (``mention_scan._head_of_unknown``). Nouns of the state itself after it
# keep the head of state ("رئيس البلاد", "رئيس جمهورية مصر").
BODY_HEAD_TITLES: tuple[str, ...] = ("رئيس", "رئيسة")
HEAD_STATE_NOUNS: tuple[str, ...] = (
    *("البلاد", "بلاده", "بلادها", "بلادنا", "الدولة", "دولة", "الجمهورية", "جمهورية"),
    *("السلطة", "سلطة", "المجلس", "مجلس", "الحكومة", "حكومة", "الوزراء", "وزراء"),
    *("النظام", "نظام", "الإقليم", "إقليم", "المؤقت", "الانتقالي", "المنتخب", "السابق"),
    *("الأسبق", "المخلوع", "الراحل", "الحالي", "الجديد", "المعزول", "المنتهية"),
    *("للجمهورية", "لجمهورية", "للدولة", "لدولة", "للبلاد", "للسلطة", "للحكومة"),
)

# agents104: a noun of statehood written between a head's title and the
# country it heads ("استقبل السيسي رئيس جمهورية جيبوتي", "ورئيس جمهورية جزر
# القمر"): the country is that title's, so the title is another man's than
# the named host's before it (``mention_scan._country_after``).
STATE_STYLE_NOUNS: tuple[str, ...] = (
    *("جمهورية", "الجمهورية", "دولة", "مملكة", "المملكة", "سلطنة", "إمارة", "امارة"),
)

# ---- status24ar: an aim plans what follows it, not what went before ----
# Cues of plan (``status.PLANNED_CUES``) that tell an aim ("الوساطة بهدف
# التوصل إلى هدنة"): the truce aimed at is planned, the mediation before
# them is not (``extract/status._plans_another``).
PURPOSE_CUES: tuple[str, ...] = (
    "للتوصل",
    "بهدف التوصل",
    "سعيا للتوصل",
    "من اجل التوصل",
    "بغية التوصل",
    # precision78ar: "to launch" plans the attack after it, not the deed
    # before it ("فككت الشرطة خلية خططت لشن هجمات": the dismantling is done)
    "لشن",
)

# release26: nouns of a release asked for right after a request ("طالبت
# بالإفراج عن الصيادين"): those named after them are the people to be freed,
# not whom the request is addressed to (extract/request_addressee.py).
RELEASE_NOUNS: tuple[str, ...] = (
    "الإفراج عن",
    "بالإفراج عن",
    "للإفراج عن",
    "إطلاق سراح",
    "بإطلاق سراح",
    "لإطلاق سراح",
    "إخلاء سبيل",
    "بإخلاء سبيل",
)

# prec26ar: the word between a people noun and the state it comes from
# ("جندي من تشاد"): the state is the people's home, not a side of its own
# (``extract/countries._people_from``).
ORIGIN_LINKS: tuple[str, ...] = ("من",)
# agents39ar: a number, this word and a state's bare name count people of
# that state ("احتجزت الشرطة ثلاثة من تشاد"; ``countries._counted_from``)
COUNTED_ORIGIN_LINKS: tuple[str, ...] = ("من",)
# A word of leaving or sending away shortly before the people noun: its
# "from" names the place left, not their home (``countries._left_from``).
# Stems, matched inside the words.
ORIGIN_DEPARTURES: tuple[str, ...] = (
    "سحب", "انسحاب", "اجلاء", "إجلاء", "أجلى", "اجلى", "ترحيل", "رحلت", "طرد",
    "إعادة", "اعادة", "أعاد", "اعاد", "عودة", "استدعاء", "استدعت", "استدعى",
    "مغادرة", "خروج", "إخراج", "اخراج", "فرار", "هروب", "نزوح", "إنقاذ", "انقاذ",
    "تهريب", "استقبال", "استقبلت", "نقل",
)  # fmt: skip

# parties27fa: words for "the other(s)" between "و" and an agent noun, or
# right after it ("روحاني وسائر أعضاء الحكومة", "الوزير ومسؤولون آخرون"):
# the others of the body of the one just named, of his country, not the
# country of a place named after them (extract/mention_lists.others_of_named).
# implied28: a demonstrative standing for the agent noun before it, with the
# other state it belongs to ("أجهزة المخابرات الأمريكية وتلك التابعة لكوريا
# الجنوبية"): the state's own body of the same kind (``mention_lists.
# those_of_named``). The preposition may be glued to the state's name.
THOSE_OF_NAMED: tuple[str, ...] = (
    "تلك التابعة ل",
    "تلك التي تتبع ل",
    "تلك الخاصة ب",
    "تلك التي تتبع",
    "ذلك التابع ل",
    "ذلك الذي يتبع ل",
    "تلك التابعة",
    "ذلك التابع",
)

OTHERS_OF_NAMED: tuple[str, ...] = (
    "سائر",
    "بقية",
    "باقي",
    "آخرون",
    "آخرين",
    "الآخرون",
    "الآخرين",
)
# noside27: a medium a statement is told to ("قال مسؤول لوكالة الصحافة
# الفرنسية إن …", "أكد لصحيفة الغارديان أن …") is the channel of the
# report: no party, and its country is no country of the agents the report
# names (``sources.addressed_media``). The preposition "ل" is glued to the
# medium's noun, or to the medium's name itself ("لرويترز").
# extra31: the speaker's own country opening what he reports ("قال وزير
# الخارجية العماني إن بلاده تتوسط بين إيران والولايات المتحدة"): the report
# points back to him, who is then a party, as after "إنه" (sources._speakers)
OWN_COUNTRY_SUBJECTS: tuple[str, ...] = ("بلاده", "بلادها", "بلادنا", "بلادهم")
# prec33ar: the preposition of whom a medium quotes ("نقلت وكالة الأنباء
# الفرنسية عن وزير الخارجية البريطاني قوله إن …", "ذكرت وكالة … نقلا عن
# …"): the medium's name ends before it, the one quoted is the speaker
# (sources._cited_spans), a party when his own country opens the report
RELAY_PREPOSITIONS: tuple[str, ...] = ("عن",)
ADDRESSEE_MARKERS: tuple[str, ...] = (
    *(
        f"{to}{noun}"
        for to in ("ل", "لل")
        for noun in (
            "وكالة",
            "صحيفة",
            "جريدة",
            "مجلة",
            "قناة",
            "إذاعة",
            "تلفزيون",
            "موقع",
            "شبكة",
            "محطة",
            "راديو",
        )
    ),
    "لـ",
    "لرويترز",
)

# sides28: verbs whose subject may be a deed's noun and whose object is whom
# it struck ("تفجير انتحاري استهدف مركزا للشرطة", "انفجار هز مقر
# الشرطة"): the side after them is the deed's victim, its doer understood
# (``victims_only._struck_by_deed``). All persons a deed's noun can take as its
# subject: masculine, feminine, dual and plural, past and present, with
# the conjunction glued on.
_STRIKING_STEMS: tuple[tuple[str, ...], ...] = (
    ("استهدف", "استهدفت", "استهدفا", "استهدفتا", "استهدفوا", "يستهدف", "تستهدف"),
    ("طال", "طالت", "طالا", "طالتا", "يطال", "تطال"),
    ("ضرب", "ضربت", "ضربا", "ضربتا", "يضرب", "تضرب"),
    ("هز", "هزت", "هزا", "هزتا", "يهز", "تهز"),
    ("أصاب", "أصابت", "اصاب", "اصابت", "يصيب", "تصيب"),
)
STRIKING_VERBS: tuple[str, ...] = tuple(
    f"{clitic}{verb}" for forms in _STRIKING_STEMS for verb in forms for clitic in ("", "و", "ف")
)

# fptypes29fa: talks whose return or resumption is a topic ("قرار إيران بشأن
# العودة إلى المفاوضات") are talked about, not held, as Persian "در مورد
# بازگشت به مذاکرات" and English "a decision on returning to talks".
TOPIC_MARKERS += tuple(
    f"{marker} {back}"
    for marker in ("بشان", "حول", "حيال", "بخصوص", "ازاء")
    for back in ("العودة الى", "عودة", "عودتها الى", "عودته الى", "استئناف")
)
# accuse29: words that put a deed on its doer ("قالت الخارجية الأمريكية إن
# إيران نفذت الهجوم", "تقف وراء الهجوم"): a state saying another state did a
# deed of force accuses it (``extract/attributed.py``); a deed only told
# ("شنت طائرات إسرائيلية غارات") has none of them.
DEED_DOING_WORDS: tuple[str, ...] = (
    *("نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "نفذا", "قد نفذت", "قد نفذ"),
    *("قام", "قامت", "قاموا", "يقف وراء", "تقف وراء", "يقفون وراء", "وقفت وراء", "وقف وراء"),
    *("ارتكب", "ارتكبت", "ارتكبوا", "مسؤولة عن", "مسؤول عن", "المسؤولة عن", "المسؤول عن"),
)
# gov29fa: the word between a delegation and the people it is made of
# ("وفدا من الفصائل", "وفد من النقابات"): the delegation is theirs
# (``titles.made_of_next``); the bodies listed in ``agents.OWNED_NOUNS`` are
# read as whole phrases already.
DELEGATION_LINKS: tuple[str, ...] = ("من", "يمثل", "تمثل", "ممثلا")

# counterpart29: the flag a ship sails under ("ناقلة ترفع علم ليبيريا", "تحت
# علم بنما") names where it is registered, not whose it is or who was struck:
# a topic, never a party. Only after the words of sailing under it (a burnt
# flag, "أحرقوا علم أمريكا", stays the protest's target).
TOPIC_HEADS = TOPIC_HEADS + ("ترفع علم", "يرفع علم", "رافعة علم", "ترفع العلم", "تحت علم")
# --- tri29a: a country's name that is its adjective in the accusative ---------
# "خطف مسلحون مهندسا تركيا": after an indefinite accusative noun, "تركيا",
# "روسيا", "سوريا" are "Turkish", "Russian", "Syrian"
# (extract/accusative_adjective.py). The noun's ending, and the words with
# that ending that are no noun: adverbs, particles, demonstratives.
ACCUSATIVE_NOUN_ENDINGS: tuple[str, ...] = ("ا",)
# the plural of a verb ends so too ("غادروا سوريا", "زاروا تركيا"): no noun
ACCUSATIVE_VERB_ENDINGS: tuple[str, ...] = ("وا",)
# sides74: a noun with a possessive pronoun ends so too ("التي حذر رئيسها
# محمد بخاري الولايات المتحدة": its president) and is definite: no
# indefinite object told before the verb's subject (extract/fronted_object.py).
# Nouns whose root ends in "ه" ("اتجاها") are rarely a deed's object.
ACCUSATIVE_POSSESSED_ENDINGS: tuple[str, ...] = ("ها", "هما")
ACCUSATIVE_NOT_NOUNS: tuple[str, ...] = (
    *("ايضا", "اما", "كما", "لذا", "هذا", "اذا", "عندما", "بينما", "كلما", "ربما", "انما"),
    *("طالما", "حيثما", "مهما", "كيفما", "لما", "معا", "سويا", "جدا", "ابدا", "دائما"),
    *("حاليا", "سابقا", "لاحقا", "مؤخرا", "قريبا", "حديثا", "مجددا", "فورا", "تماما"),
    *("رسميا", "خصوصا", "تحديدا", "اساسا", "اصلا", "غدا", "صباحا", "ظهرا", "عصرا"),
    *("يوما", "شهرا", "عاما", "اسبوعا", "اسبوعيا", "يوميا", "سنويا", "شهريا", "عاجلا"),
    *("اولا", "ثانيا", "ثالثا", "اخيرا", "كذلك", "جميعا", "مثلا", "فضلا", "علاوة"),
    *("خلافا", "وفقا", "طبقا", "نظرا", "تبعا", "استنادا", "قبيل", "بعدما", "قبلما"),
)

# bystander30: words of sailing right before "من" ("السفينة التي أبحرت من
# إيطاليا"): the state after it is the port the ship left, never a side of
# what befell the ship (countries._sailed_from).
SAILING_WORDS: tuple[str, ...] = tuple(
    clitic + word
    for word in (
        "أبحرت", "ابحرت", "أبحر", "ابحر", "أبحروا", "ابحروا", "تبحر", "يبحر",
        "المبحرة", "مبحرة", "الإبحار", "الابحار", "إبحارها", "ابحارها", "إبحاره", "ابحاره",
    )
    for clitic in ("", "و", "ف")
)  # fmt: skip
# parties67fa: a person's route told whole, the verb of going up to two
# words before "من" and a destination after the state ("عاد نافالني من
# ألمانيا إلى روسيا", "فر من تركيا إلى اليونان"): the state left is no side
# of what befell him, nor his home (countries._journeyed_from). Not "انسحب"
# (a withdrawal's state is a side), nor flights or transfers ("نقل"), nor
# "جاء"/"قدم" (aid comes from a donor, "قدمت مساعدات من …" gives), nor a
# trip ("سافر": ``extract/itinerary`` reads visits' routes).
JOURNEY_WORDS: tuple[str, ...] = tuple(
    clitic + word
    for word in (
        "عاد", "عادت", "عادوا", "فر", "فرت", "فروا", "هرب", "هربت", "هربوا",
        "العائد", "الفار", "الفارين", "الهارب",
        "الهاربين", "عودته", "عودتها", "فراره", "هروبه",
    )
    for clitic in ("", "و", "ف")
)  # fmt: skip
# origin57: the verb and noun of firing, up to four words before "من"
# ("أطلقت ثلاثة صواريخ من لبنان", "إطلاق صواريخ من قطاع غزة"): the state is
# the ground the rockets left, neither doer nor side
# (countries._launched_from). Never the weapon alone ("صواريخ من إيران" may
# be a sale).
LAUNCH_WORDS: tuple[str, ...] = tuple(
    clitic + word
    for word in (
        "أطلق", "اطلق", "أطلقت", "اطلقت", "أطلقا", "اطلقا", "أطلقوا", "اطلقوا",
        "أطلقتا", "اطلقتا", "يطلق", "تطلق", "إطلاق", "اطلاق",
    )
    for clitic in ("", "و", "ف", "ب")
)  # fmt: skip
# origin57: the prepositions of aim before the state rockets were fired at
# ("على شمال إسرائيل", "باتجاه جنوب إسرائيل"): the state struck
# (extract/launched.py).
LAUNCH_AIMS: tuple[str, ...] = ("على", "باتجاه", "تجاه", "نحو", "صوب", "إلى", "الى")

# bystander30: words of living or being based somewhere, before "في" and a
# state ("الداعية المقيم في الولايات المتحدة", "المعارض المنفي في لندن"): the
# state is where a person only named lives, neither a side nor his home
# (countries._resident_in). Only the singular: "اللاجئون المقيمون في لبنان"
# may protest against the government there, which is Lebanon's; nor the nouns
# of residents ("سكان غزة"), whose place is their home.
RESIDENCE_WORDS: tuple[str, ...] = tuple(
    clitic + word
    for word in (
        "المقيم", "المقيمة", "مقيم", "مقيمة", "يقيم", "تقيم",
        "المنفي", "المنفية", "منفي", "منفية",
    )
    for clitic in ("", "و")
)  # fmt: skip
# faparties98: the verbs of one person's study, only before "في" and a state
# ("الدبلوماسي الذي درس في فرنسا"): where he studied, no side of what he does
# (countries._studied_in; mendB99: but where a deed is done to him). Not right before a state: "درس العراق" is no
# study there. Not "يعيش في": measured, the state a man lives in dropped,
# another of the sentence took its place in a deed told of him.
RESIDENCE_VERBS: tuple[str, ...] = tuple(
    clitic + word
    for word in ("درس", "درست", "يدرس", "تدرس")
    for clitic in ("", "و")
)  # fmt: skip
# partiesfa83, mendC84: where a foreign company or body has its seat ("شركة
# شحن إسرائيلية مقرها في لندن"): neither a side nor the home of its crew. Only
# after such a head with its own nationality in the same noun phrase
# (countries._seated): "شركة نفطية مقرها في العراق" is Iraq's, and
# "قصفت الطائرات مقرها في لبنان" strikes a seat in Lebanon.
SEAT_WORDS: tuple[str, ...] = tuple(
    clitic + word for word in ("مقرها", "مقره") for clitic in ("", "و")
)
SEAT_HEADS: tuple[str, ...] = tuple(
    article + word
    for word in (
        "شركة", "شركات", "منظمة", "منظمات", "مؤسسة", "مؤسسات", "هيئة",
        "قناة", "صحيفة", "وكالة", "بنك", "مصرف", "شبكة", "جمعية",
    )
    for article in ("", "ال")
)  # fmt: skip
SEAT_REACH = 3  # words back to the head, within its noun phrase
SEAT_NATIONALITY_NEEDED = True  # a firm with none is of its seat's state
# The marker of a deed noun's target after its genitive doer ("دعم مصر
# الكامل للحكومة", "اتهامات القناة ضد الحزب"): the genitive acts
# (``extract/genitive_source.py``); "ل" is glued.
NOUN_TARGET_MARKERS: tuple[str, ...] = ("ل", "إلى", "ضد", "تجاه")
# "ل" before the article drops its alef ("للحكومة"): a mention that
# opens so holds the marker inside its own first word.
NOUN_TARGET_OPENINGS: tuple[str, ...] = ("لل",)

# tri31ag: the deed nouns of the doer markers also with "ب" glued ("أصيب
# شرطيان بهجوم لمسلحين", "قتل جنود بكمين نصبه مسلحون"), as "في هجوم
# لمسلحين" and "بغارة", "بقصف" already are: whoever follows did the deed,
# as English "in an attack by gunmen" and Persian "در حمله مردان مسلح".
DOER_MARKERS["ASSAULT"] = DOER_MARKERS["ASSAULT"] + tuple(
    f"ب{noun}" for noun in ("هجوم", "هجمات", "اعتداء", "اعتداءات", "ضربة", "ضربات", "كمين")
)
# sides35ar: the deed noun a verb of undergoing governs, with "ل" glued,
# before "من" ("تعرضت مواقع الجيش لقصف من الانفصاليين", "تعرض الموكب لهجوم
# من مسلحين"): whoever follows did the deed, as English "came under attack
# from" and Persian "توسط … گلوله‌باران شد" are read.
DOER_MARKERS["ASSAULT"] = DOER_MARKERS["ASSAULT"] + tuple(
    f"ل{noun} من"
    for noun in (
        *("هجوم", "هجمات", "اعتداء", "اعتداءات", "ضربة", "ضربات", "كمين"),
        *("قصف", "غارة", "غارات", "إطلاق نار", "إطلاق النار", "قنص"),
    )
)
# sides31: conjunctions of time and the deeds a main clause tells its victims
# underwent, in the passive or a verb of undergoing ("قتل جنديان عندما هاجم
# مسلحون نقطة تفتيش": the subclause's subject did it; extract/time_clause.py).
# Active readings of the same letters ("قتل الجيش مسلحين عندما …") name two
# groups before the conjunction and are left alone.
TIME_CONJUNCTIONS: tuple[str, ...] = ("عندما", "حين", "حينما", "لدى", "بينما", "اثناء")
UNDERGONE_DEEDS: tuple[str, ...] = (
    *("قتل", "قتلت", "قتلوا", "اصيب", "اصيبت", "اصيبوا", "جرح", "جرحت", "جرحوا"),
    *("استشهد", "استشهدت", "استشهدوا", "لقي", "لقيت", "لقوا", "اعتقل", "اعتقلت"),
    *("اعتقلوا", "اختطف", "اختطفت", "اختطفوا", "خطف", "خطفت", "اسر", "اسرت"),
)

# sides31: pronoun suffixes on a reported deed's object that point back to a
# state speaker ("قالت سوريا إن إسرائيل قصفت أراضيها"): the speaker is whom
# the deed struck (extract/reported_owner.py). Not "ه": the letter of the
# feminine ending folds to it.
OWNER_SUFFIXES: tuple[str, ...] = ("ها", "هم")

# agents33ar: source cues that name a kind of source ("قالت مصادر أمنية
# مصرية إن الشرطة اعتقلت …", "مصدر عسكري عراقي"): the state adjective right
# after one says whose sources they are, and so whose police or army the
# report names with no country (``sources._source_owners``); it stays a topic,
# never a party. The cues themselves are ``status.SOURCE_CUES``.
OWNED_SOURCES: tuple[str, ...] = tuple(
    f"{head} {kind}"
    for head, kinds in (
        ("مصدر", ("امني", "عسكري", "حكومي", "مسؤول", "دبلوماسي", "مطلع")),
        ("مصادر", ("امنية", "عسكرية", "حكومية", "دبلوماسية", "مطلعة", "محلية")),
    )
    for kind in kinds
)

# agents33ar: prepositions after a deed of force's noun before whom it struck
# ("أدان البيت الأبيض الهجوم على السفارة الأمريكية في بغداد", "الاعتداء
# على الكنيسة"): with no doer named ("من قبل", "على يد"), an unknown
# attacker is understood (extract/victims_only._all_governed), as English "the
# attack on" and Persian "حمله به" are read; the struck embassy is no doer.
STRUCK_PREPOSITIONS: tuple[str, ...] = ("على", "ضد")

# sides45: adjectives of how or when a deed of force was done that may stand
# between its noun and that preposition ("هجوم صاروخي على قاعدة", "الهجوم
# الإرهابي الأخير على"), as Persian ``STRUCK_QUALIFIERS`` read "حمله موشکی
# به": they name no doer (``victims_only._past_qualifiers``). Not "جوي" (an air
# strike has an air force understood), as in Persian.
STRUCK_QUALIFIERS: tuple[str, ...] = tuple(
    f"{article}{stem}{ending}"
    for stem in ("اخير", "ارهابي", "انتحاري", "صاروخي", "مسلح", "دامي", "عنيف", "مزدوج")
    for article in ("", "ال")
    for ending in ("", "ة", "ا")
    if not (article and ending == "ا")
)

# agents33ar: places a visit goes to, no side of it ("زار وزير الصحة
# الأردني مستشفى البشير": no meeting with a health body), as round 11's
# visits written right before the place ("زار مستشفى", triggers) were
# dropped; the hospital struck in an attack stays a health body
# (``places.visited_places_out``)
VISITED_PLACES: tuple[str, ...] = ("مستشفى", "مستشفيات", "مدرسة", "مدارس", "جامعة")

# falsehits62fa: a visit whose object is a site ("زار وزير الخارجية الصيني
# مصنعا للسيارات", "زار الوفد سجن …") is a tour of a place, no meeting
# (``site_visits.site_visit``): the visit verbs, and the sites read as the
# start of the object's stem after its article ("المصنع", "مصنعا").
SITE_VISIT_WORDS: tuple[str, ...] = ("زار", "زارت", "يزور", "تزور", "زاروا")
SITE_MARKERS: tuple[str, ...] = ()
SITE_NOUNS: tuple[str, ...] = tuple(
    f"{clitic}{noun}"
    for clitic in ("", "و", "ال", "وال", "بال", "لل")
    for noun in ("مصنع", "مصانع", "معمل", "مصفاة", "منجم")
)
# A word of belonging between a named force and the body it belongs to
# ("فيلق القدس في الحرس الثوري", "فيلق القدس التابع للحرس الثوري"): the two
# are one participant (extract/parent_bodies; agents33fa).
PART_OF_LINKS: tuple[str, ...] = ("في", "التابع ل", "التابعة ل", "التابع", "التابعة")

# parties33fa: where an envoy is posted ("انتقد سفير إيران لدى الأمم المتحدة
# الولايات المتحدة"): the host after "لدى" is no side when two others are
# named (extract/postings.py: postings_out).
POSTING_LINKS: tuple[str, ...] = ("لدى",)
# officials111: the link between an envoy's title and his posting, after
# which his name is written ("السفير الصيني لدى سوريا تشي تشياجين", "السفير
# البريطاني في لبنان توم فلتشر"; extract/person_names.py: _past_posting)
ENVOY_POST_LINKS: tuple[str, ...] = ("لدى", "في")
# mendB111: a clitic glued to the posting ("السفير الألماني بتونس، أندرياس
# رينيك،"). A verb may take its object so ("ندد السفير الفلسطيني بإسرائيل
# وممارساتها"), so it is a posting only where a name set off by commas follows.
ENVOY_POST_CLITICS: tuple[str, ...] = ("ب",)
ENVOY_WORDS: tuple[str, ...] = tuple(
    f"{article}{word}"
    for article in ("", "ال")
    for word in (
        *("سفير", "سفيرة", "سفراء", "مندوب", "مندوبة", "مندوبو", "مندوبي"),
        *("ممثل", "ممثلة", "ممثلو", "ممثلي", "مبعوث", "مبعوثة", "قنصل"),
    )
)
# parties78fa: the state an envoy is appointed for, right after his title
# ("المبعوث الأمريكي الخاص بأفغانستان", "المبعوث الأمريكي لشؤون إيران"): his
# brief, no side when two others are named (extract/postings.py: _remit_of).
REMIT_LINKS: tuple[str, ...] = (
    *("الخاص ب", "الخاصة ب", "الخاص ل", "الخاصة ل"),
    *("لشؤون", "لشئون", "الخاص لشؤون", "الخاصة لشؤون"),
)

# parties33fa: a request a rejection takes as its object ("رفضت المحكمة طلب
# تجميد أصول إيران"): its own genitive asked it; a state further down the
# chain owns what is asked about (extract/rejected_request.py: request_content_out).
# A proposal or a plan is read so too ("رفضت روسيا اقتراح الولايات المتحدة
# فرض عقوبات على إيران").
REQUEST_NOUNS: tuple[str, ...] = (
    *("طلب", "طلبا", "الطلب", "طلبات", "مطالبة", "مطالبات"),
    *("اقتراح", "اقتراحا", "الاقتراح", "مقترح", "مقترحا", "المقترح", "خطة", "الخطة"),
)

# parties33fa: a summons in the passive ("استدعي السفير البريطاني إلى وزارة
# الخارجية الإيرانية"): the body after "إلى" summoned the envoy
# (extract/received.py: summoners_first).
SUMMONED_PASSIVES: tuple[str, ...] = ("استدعي", "استدعيت", "تم استدعاء", "جرى استدعاء")
SUMMONER_MARKERS: tuple[str, ...] = ("الى", "إلى")
# mendB95: an active masculine verb of summoning with no object pronoun
# ("استدعى السفير الأمريكي في بغداد وزير النفط"): the first noun after it is
# its subject, so an envoy named there summoned (extract/summoned.py); the
# feminine "استدعت" has a state or ministry as subject ("أنها استدعت السفير").
SUMMONER_AFTER_VERBS: tuple[str, ...] = ("استدعى", "يستدعي")

# reversed94: whose request it was (extract/request_owner.py). "بناء على طلب
# من المحققين", "ردا على طلب مصر": the noun after "على" is the cause of
# another deed and the side after it (with "من" or none) asked, unlike the
# verb "طلب من X" whose "من" names the one asked; "الطلب جاء من X": X asked.
# Only a noun of asking has its asker as genitive.
REQUEST_OWNER_NOUNS: tuple[str, ...] = ("طلب", "الطلب", "طلبا")
REQUEST_OWNER_OPENERS: tuple[str, ...] = ("على",)
REQUEST_OWNER_LINKS: tuple[str, ...] = ("من", "")
REQUEST_SOURCE_LINKS: tuple[str, ...] = ("جاء من", "جاءت من")

# reversed98: a relative clause whose verb tells a directed deed
# (extract/relative_sides.py): "رئيس الوزراء العراقي الذي دعاه": the pronoun
# glued to the verb (``VERB_OBJECT_PRONOUNS``) resumes the other side named
# before, so the head invited. Arabic names the clause's own subject after
# its verb ("الذي اعتقلته الشرطة"), read by ``verb_arguments.relative_subject``:
# no object-only relative nor separate object pronoun is needed.
CLAUSE_RELATIVES: tuple[str, ...] = (
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللذين",
    "اللتين",
)
# mendA99: the relatives after which the head may be the doer (all, as
# reversed98 read them; fa and en narrow theirs)
HEAD_DOER_RELATIVES: tuple[str, ...] = CLAUSE_RELATIVES

# consult34fa: a noun after these is the background of the sentence's event
# ("في خضم المحادثات", "في غمرة المفاوضات"), as English "amid" is read
# (``syntax._in_context_phrase``); modifiers follow the noun, so only the
# word right before the trigger is read.
CONTEXT_PREPOSITIONS: tuple[str, ...] = ("خضم", "غمرة")
MODIFIERS_BEFORE_NOUNS = False

# assault34fa: words that name a merchant ship's owner or manager after it
# ("ناقلة تابعة لشركة إسرائيلية", "تديرها شركة"): the owner is the side
# struck or seized (``vessels.owned_by_named``)
VESSEL_OWNER_CUES: tuple[str, ...] = (
    "تابعة ل",
    "التابعة ل",
    "مملوكة ل",
    "المملوكة ل",
    "تملكها",
    "يملكها",
    "تديرها",
    "يديرها",
    "تشغلها",
)

# Types an event may be reported with one side named (see the Persian
# module): a condemnation of a deed whose doer is left unnamed ("أدانت مصر
# الهجوم") is the condemner's alone.
ONE_SIDED_TYPES: tuple[str, ...] = ("ACCUSE/condemn", "ACCUSE/criticise")

# A condemnation told by a noun names its condemner alone only in these
# owned forms ("أعربت عن إدانتها", "جدد استنكاره"); a bare noun ("وسط إدانة
# دولية", "إدانة المتهم") is no one's deed, and an owned refusal ("رفضه")
# is as often a rejection.
ONE_SIDED_NOUNS: tuple[str, ...] = tuple(
    stem + ending
    for stem in ("ادانت", "استنكار", "تنديد", "شجب")
    for ending in ("ه", "ها", "هم", "هما")
)

# accuse34: a description names what it describes ("وصفتها بأنها لا أساس
# لها", described the charges as baseless): with no side called names it is
# no one-sided criticism.
ONE_SIDED_EXCLUDED: tuple[str, ...] = tuple(
    f"{p}{w}"
    for p in ("", "و", "ف")
    for w in ("وصف", "وصفت", "وصفوا", "يصف", "تصف", "واصفا", "واصفه")
)

# actors36: the word (or two) right before a police or army mention named
# after a protest's word that makes it what the crowd protests against.
# Without one the forces named there guard, confront or disperse the
# protest, a deed of their own (``extract/armed_protest.bystander_forces_out``).
PROTEST_COUNTERPARTS: tuple[str, ...] = ("ضد", "على")

# noev36ar: the openers of a relative clause whose subject is whoever holds
# a stand ("من يدعمون الإرهاب", "الذين يرفضون القانون"): right before the
# verb (``extract/class_holders.py``). "من" before a verb is "whoever",
# never the preposition, which takes a noun: a verbal noun spelt like the
# past ("حذر من رفض إيران") is told apart by the present's prefix the
# holder's verb bears (``CLASS_VERB_PREFIXES``). A bare "الذين" after a noun
# is a plain "who" of people named ("النواب الذين رفضوا الاتفاق"), so only
# its forms that name no one open such a clause (after "إن": "إن الذين
# يعارضون القانون").
CLASS_HOLDERS: tuple[str, ...] = (
    "من",
    "ومن",
    "فمن",
    "كل من",
    "وكل من",
    "ممن",
    "لمن",
    "اولئك الذين",
    "كل الذين",
    *(f"{that} الذين" for that in ("ان", "بان", "لان", "وان")),
)
CLASS_HOLDER_REACH = 0
CLASS_VERB_PREFIXES: tuple[str, ...] = ("ي", "ت", "ن")

# noev37fa: hosting a crowd ("تستضيف … ملايين اللاجئين", "استضافت مئات
# الطلاب") is no meeting (``extract/hosted.py``), as Persian "میزبان …
# پناهجو" and English "hosts … refugees" are read. The guests' words match
# as word starts: no "ألف" (folded, the start of "الفلسطيني") and no "طالب"
# (the start of "طالبان").
HOST_WORDS: tuple[str, ...] = (
    *("استضاف", "تستضيف", "يستضيف", "نستضيف", "واستضاف", "وتستضيف", "ويستضيف"),
    *("استضافة", "باستضافة", "لاستضافة", "واستضافة"),
)
HOSTED_CROWDS: tuple[str, ...] = tuple(
    f"{pre}{word}"
    for pre in ("", "ال", "و", "وال", "لل")
    for word in ("لاجئ", "مهاجر", "نازح", "طلاب", "رعايا", "مواطن", "معرض", "حجاج")
) + ("للاجئ", "مليون", "ملايين")
# mend38: numbers of a hosted crowd, matched as whole words ("تستضيف تركيا
# أكثر من 300 ألف سوري"), since as word starts "ألف" and "آلاف" would take
# "الفلسطيني" and "الأفغان"; and titles of an official whose office names a
# crowd ("وزير شؤون اللاجئين"): a guest who holds one is received, and the
# hosting a meeting (extract/hosted.py).
HOSTED_CROWD_NUMBERS: tuple[str, ...] = ("ألف", "آلاف", "الآلاف", "مليون", "ملايين")
HOSTED_OFFICIAL_TITLES: tuple[str, ...] = (
    *("وزير", "وزيرة", "مفوض", "مفوضة", "المفوض", "سفير", "مبعوث", "المبعوث"),
    *("رئيس", "رئيسة", "مدير", "مديرة", "مسؤول", "وفد"),
)
# slots37ar: circumstantial participles of calling, demanding, warning and
# blaming that open a clause after a comma ("ندد الاتحاد بالقرار، داعيا
# الحكومة إلى …", "…، مطالبة إياها بالإفراج …"): no subject of their own, so
# their doer is the earlier clause's subject and the noun after them is whom
# they address (extract/participle_subject.py). English "…, calling on the
# government to …" reads so with no break; Persian repeats its verb.
SUBJECT_SHARING_PARTICIPLES: tuple[str, ...] = (
    *("داعيا", "داعية", "داعين", "داعيين"),
    *("مطالبا", "مطالبة", "مطالبين"),
    *("مناشدا", "مناشدة", "حاثا", "حاثة"),
    *("محذرا", "محذرة", "محذرين"),
    *("متهما", "متهمة", "متهمين"),
    *("منتقدا", "منتقدة", "منتقدين", "منددا", "منددة", "منددين"),
    *("مهددا", "مهددة", "مهددين"),
    # accuse51ar: blame and criticism laid by a participle ("…، محملا
    # الاحتلال المسؤولية", "ملقيا باللوم على", "شاجبة القرار", "واصفا إياه")
    *("محملا", "محملة", "محملين", "ملقيا", "ملقية", "شاجبا", "شاجبة"),
    *("واصفا", "واصفة", "ناعتا", "ناعتة", "لائما", "مستنكرا", "مستنكرة"),
    *("موجها", "موجهة", "معتبرا", "معتبرة"),
)
# accuse51ar: the fixed words through which such a participle reaches the
# side it blames ("ملقيا باللوم على إسرائيل", "موجها انتقادات حادة إلى
# واشنطن"): they stand between it and that side and are no part of a matter
# asked, as "إلى الإفراج عن" is after "داعيا" (extract/participle_subject.py).
PARTICIPLE_OBJECT_FRAMES: tuple[str, ...] = tuple(
    f"{head} {prep}"
    for head in (
        *("باللوم", "باللائمة", "بالمسؤولية", "انتقادات", "انتقادات حادة", "انتقادات لاذعة"),
        *("هجوما لاذعا", "هجوما حادا", "جام غضبه", "جام غضبها", "الاتهامات"),
        *("أصابع الاتهام", "اتهامات", "تهمة", "تهما"),
    )
    for prep in ("على", "إلى", "الى", "ل")
)
# targets81: words that open an adverbial a verb of asking may have between
# it and the body its form marks as asked ("طالب في بيانه السلطات", "دعا أيضا
# الهيئة"; extract/lone_object.addressed_by_form). A noun there ("يدعو اقتراح
# الوزارة") or a preposition ("طلب من الشرطة") is no such gap.
ASKED_GAP_OPENERS: tuple[str, ...] = ("في", "أيضا", "كذلك", "خلال", "اليوم", "أمس")
# The present tense marks the feminine by its prefix ("لم تطلب الحكومة",
# "وتطالب السلطات"): such a verb agrees with a feminine body after it.
FEMININE_VERB_PREFIXES: tuple[str, ...] = ("ت",)
# A conjunction that may stand before such a participle, apart or joined
# to it ("، وداعيا الحكومة …"), and still leave it opening its clause.
SHARING_PARTICIPLE_LEADS: tuple[str, ...] = ("و",)
# subject57: a perfect verb joined to an earlier one of the same sentence,
# by "و/ف" glued to it or "كما" (or "و" written apart) before it, carries
# that verb's subject ("وصل الرئيس … إلى بيروت وطالب القادة اللبنانيين
# بـ…") when the group right after it ends in the accusative
# (``OBJECT_CASE_ENDINGS``: a subject would end in "ون"), and the verb's
# gender fits the subject's: a verb ending in "ت" with a head ending in "ة"
# or "ات", or neither (extract/carried_subject.py).
CARRIED_SUBJECT_JOINS: tuple[str, ...] = ("و", "ف")
CARRIED_SUBJECT_LEADS: tuple[str, ...] = ("كما", "و")
OBJECT_CASE_ENDINGS: tuple[str, ...] = ("يين",)
FEMININE_VERB_ENDINGS: tuple[str, ...] = ("ت", "ته", "تها")
FEMININE_NOUN_ENDINGS: tuple[str, ...] = ("ة", "ات")
# A state's name ending so is feminine ("روسيا", "تركيا", "أمريكا"): right
# after a masculine verb joined to an earlier one it is the object ("وانتقد
# روسيا"); a subject would take "انتقدت". Masculine names ("لبنان",
# "العراق") do not end so.
FEMININE_STATE_ENDINGS: tuple[str, ...] = ("ا",)
# clauses62ar: a verb after "ثم" (or with "و/ف" glued, CARRIED_SUBJECT_JOINS)
# whose subject follows it unmarked ("ثم اعتقلت الشرطة …", "وهددت إيران …")
# opens a clause of its own: who is named before is no side of its deed
# (extract/joined_clause.py). Not a verb written with its plural subject
# ("ودهسوا المارة", ACCUSATIVE_VERB_ENDINGS), nor one whose next noun is
# indefinite and accusative ("وقتلت رجلا", ACCUSATIVE_NOUN_ENDINGS): that
# noun is the object.
VERB_FIRST_CLAUSE_LEADS: tuple[str, ...] = ("ثم",)
# extra37: words that open what a request asks ("دعا أوروبا إلى استقبال
# اللاجئين", "حث … على حماية المهاجرين"): refugees named after one are what
# is asked about, not the side asked (extract/asked_topic.py).
REQUEST_TOPIC_OPENERS: tuple[str, ...] = ("إلى", "على")


# parties38fa: common given names. An adjective of origin right after one is
# the person's surname ("محمد المصري", "خالد العراقي"), no country
# (extract/surnames.py). Names that are also common words ("كريم", "أمين")
# are left out, and so is "علي": folded, it is also the preposition "على"
# ("على سوري" is "on a Syrian").
GIVEN_NAMES: tuple[str, ...] = (
    "محمد", "أحمد", "حسن", "حسين", "محمود", "مصطفى", "خالد", "عمر",
    "إبراهيم", "يوسف", "عبدالله", "سعيد", "سامي", "طارق", "وليد", "ماجد", "فيصل",
    "ناصر", "سالم", "هشام", "رامي", "زياد", "فاطمة", "مريم", "ليلى", "سارة",
)  # fmt: skip

# places38ar: a country or city after these is where an appeal's matter
# lies, not whom it is addressed to: no side of a request once it has a doer
# of a known country (extract/scene_targets.py).
SCENE_PLACE_PREPOSITIONS: tuple[str, ...] = ("في", "داخل")

# victims57: places and states of custody; the police or court named right
# after one ("توفي أثناء احتجازه لدى الشرطة", "في مركز احتجاز للشرطة"), not
# as a target ("هجوم على سجن"), held whoever died or was hurt there: they
# are the deed's first side, never its victim (``doers.keepers_first``).
CUSTODY_NOUNS: tuple[str, ...] = (
    *("احتجاز", "الاحتجاز", "احتجازه", "احتجازها", "احتجازهم", "حجز", "الحجز"),
    *("سجن", "السجن", "زنزانة", "الزنزانة", "توقيف", "التوقيف", "توقيفه"),
)

# sides38fa: openers of a complement clause that names its own subject
# ("قال الوزير إن تركيا هددت الجزر"): a deed that is the clause's own verb,
# right after that subject, is the subject's, not the speaker's
# (extract/subclause_subject.py); written as normalised ("أن" → "ان").
SUBCLAUSE_OPENERS: tuple[str, ...] = ("ان", "بان")

# alleged39: the words right before a stance noun that stop or end it ("بوقف
# دعمها", "بالكف عن دعم", "إنهاء تمويله"): the support is what a demand wants
# stopped or a decision ends, no support told (extract/alleged_stance.py).
STANCE_STOPPERS: tuple[str, ...] = tuple(
    f"{p}{w}"
    for w in ("وقف", "إيقاف", "إنهاء", "كف عن", "توقف عن", "الكف عن", "التوقف عن")
    for p in ("", "ب", "ل", "و", "وب")
)
# A stance noun glued to the charge or a coordinating prefix after an
# accusation or a condemnation in its clause ("اتهمتها بدعمها للمتشددين",
# "أدانت تدخلها ودعمها للميليشيات"): what it alleges, no event of its own.
ALLEGED_CONTENT_PREFIXES: tuple[str, ...] = ("ب", "و", "وب")
# The words opening a clause that an accusation alleges ("اتهمها بأنها تدعم").
ALLEGED_CLAUSE_OPENERS: tuple[str, ...] = ("بأن", "بأنها", "بأنه", "بأنهم", "أن", "أنها", "أنه")
# Who visits or checks on the wounded of a deed of force, or the place it
# struck ("تفقد الوزير المصابين في التفجير", "زار الرئيس موقع الهجوم"), is no
# side of it (extract/visitors.py): the verbs of the visit, in every person
# and tense, with the conjunction written on them, and its verbal noun.
_VISIT_STEMS: tuple[str, ...] = (
    "زار",
    "زارت",
    "زاروا",
    "يزور",
    "تزور",
    "يزورون",
    "زيارة",
    "زيارته",
    "زيارتها",
    "بزيارة",
    "تفقد",
    "تفقدت",
    "تفقدوا",
    "يتفقد",
    "تتفقد",
    "يتفقدون",
    "لتفقد",
    "اطمأن",
    "اطمأنت",
    "اطمأنوا",
    "يطمئن",
    "تطمئن",
    "للاطمئنان",
    "الاطمئنان",
    # bystander84: a host who receives the wounded ("استقبل الملك مصابي
    # التفجير") and a caller of the victims' kin ("اتصل الرئيس بذوي الضحايا")
    "استقبل",
    "استقبلت",
    "استقبلوا",
    "يستقبل",
    "تستقبل",
    "استقبال",
    "باستقبال",
    "اتصل",
    "اتصلت",
    "يتصل",
    "تتصل",
    "اتصالا",
    "هاتف",
    "هاتفت",
)
VISIT_VERBS: tuple[str, ...] = _VISIT_STEMS + tuple(f"و{w}" for w in _VISIT_STEMS)
# Visits spelled like words of another sense ("عاد" returned, "عيادة" a
# clinic): a visit only right before the visited noun ("عاد الجرحى").
_VISIT_ADJACENT_STEMS: tuple[str, ...] = ("عاد", "عادت", "يعود", "عيادة", "لعيادة")
VISIT_VERBS_ADJACENT: tuple[str, ...] = _VISIT_ADJACENT_STEMS + tuple(
    f"و{w}" for w in _VISIT_ADJACENT_STEMS
)
# What such a visit goes to: the wounded, the victims and their families, the
# scene of the deed.
_VISITED_STEMS: tuple[str, ...] = (
    "الجرحى",
    "جرحى",
    "المصابين",
    "المصابون",
    "مصابي",
    "مصابين",
    "الضحايا",
    "ضحايا",
    "المنومين",
    "ذوي",
    "عائلات",
    # bystander84: the kin of one victim, whom a caller speaks to ("أسر"
    # is also capture: not here)
    "والد",
    "والدة",
    "عائلة",
    "أسرة",
    "موقع",
    "مكان",
    "مسرح",
)
VISITED_NOUNS: tuple[str, ...] = _VISITED_STEMS + tuple(
    f"{p}{w}" for p in ("ب", "ل", "و") for w in _VISITED_STEMS
)
# Deeds of force spelled in the passive only ("هوجم مقر للجيش", "اغتيل سفير"):
# whom they name after them underwent the deed, its doer unnamed
# (extract/struck_passive.py); "قتل" and most verbs are spelled as their
# active and are read passive only where voweled ("قُتل").
PASSIVE_FORCE_FORMS: tuple[str, ...] = tuple(
    f"{c}{w}"
    for c in ("", "و", "ف")
    for w in ("هوجم", "هوجمت", "هوجموا", "هوجما", "اغتيل", "اغتيلت", "اغتيلوا", "اغتيلا")
)
# The light verbs of a passive verbal noun ("تم استهداف قافلة"): the noun's
# genitive underwent the deed. Not "جرى"/"جرت": it also means "took place"
# ("جرت اشتباكات بين الجيش والمسلحين"), whose sides both acted.
PASSIVE_FORCE_LEADS: tuple[str, ...] = tuple(
    f"{c}{w}" for c in ("", "و", "ف") for w in ("تم", "تمت", "يتم", "جرى", "جرت", "يجري")
)
# "جرت اشتباكات بين A وB" (clashes took place between): a deed between
# sides named after it is mutual, not undergone; the lead passive is not
# read when one of these follows the deed's noun in its clause.
PASSIVE_LEAD_RECIPROCAL: tuple[str, ...] = ("بين", "مع")
# agentsar83: a perfect of force spelled alike in both voices ("قتل" is
# "killed" and "was killed"), right before one side and then "في هجوم"
# (in an attack): the side was killed in the deed, its doer unnamed, as
# the passive reads ("قتل السفير الروسي في أنقرة في هجوم مسلح"); the active
# would need an object ("قتل الجيش 20 مسلحا في هجوم"), which a second side
# is (extract/struck_passive.py, ``_undergone_in_deed``).
AMBIGUOUS_FORCE_VERBS: tuple[str, ...] = tuple(
    f"{c}{w}" for c in ("", "و", "ف") for w in ("قتل", "قتلت", "قتلا", "جرح", "جرحت", "جرحا")
)
# The article that opens that side: a definite side right after the verb
# was read as its subject ("قتل السفير ..."); an indefinite one ("قتل جنود
# مصريون في هجوم") is already read as struck, alone, as the other languages
# read it (tests/test_tri31ag.py).
UNDERGONE_SIDE_ARTICLES: tuple[str, ...] = ("ال",)
# What opens the deed the side underwent ("في", during, by, after) ...
UNDERGONE_DEED_OPENERS: tuple[str, ...] = ("في", "خلال", "جراء", "إثر", "اثر")
# ... and the deeds of force named there, with and without the article.
UNDERGONE_DEED_NOUNS: tuple[str, ...] = tuple(
    f"{a}{w}"
    for a in ("", "ال")
    for w in (
        "هجوم",
        "هجمات",
        "تفجير",
        "تفجيرات",
        "انفجار",
        "انفجارات",
        "اعتداء",
        "اعتداءات",
        "غارة",
        "غارات",
        "قصف",
        "كمين",
    )
)
# Conjunctions written on a voweled passive ("وقُتل", "فاستُهدف").
PASSIVE_CONJUNCTIONS: tuple[str, ...] = ("و", "ف")
# A voweled passive (extract/struck_passive.py): the damma right after a
# perfect's first letter ("قُتل", "أُطلق"), or, in a derived form opening
# with an alif, after its third ("استُهدف", "اعتُقل"); the damma of an
# imperfect's prefix ("يُهاجم") is active as well.
PASSIVE_VOWEL_MARKS: tuple[str, ...] = ("\u064f",)
IMPERFECT_PREFIXES: tuple[str, ...] = ("ي", "ت", "ن")
# forms VII, VIII and X open with a plain alif; "أ/إ" open a form IV or a
# root ("أَسَرُوا" is active)
DERIVED_FORM_ALIFS: tuple[str, ...] = ("ا",)

# sides41: the assembly where words are voiced ("أشاد بالقانون في البرلمان",
# "في مداخلته بالجلسة العامة لمجلس النواب") is no side of them
# (extract/assembly_venue.py): the prepositions of place, glued or spaced,
# and the words of the sitting that may stand between them and the body.
# Not "أمام": a protest or a speech in front of parliament is addressed to it.
ASSEMBLY_VENUE_PREPOSITIONS: tuple[str, ...] = ("في", "ب", "داخل", "خلال")
# mend41a: ... of which "ب" also marks the object of praise and blame
# ("أشاد الوزير بالبرلمان", "ندد الرئيس بمجلس الأمن"): glued on the body
# right after the verb and its subject, it names whom the words are for.
ASSEMBLY_OBJECT_PREPOSITIONS: tuple[str, ...] = ("ب",)
ASSEMBLY_SESSION_WORDS: tuple[str, ...] = (
    "جلسة",
    "الجلسة",
    "جلسات",
    "الجلسات",
    "العامة",
    "عامة",
    "العلنية",
    "علنية",
    "كلمة",
    "كلمته",
    "كلمتها",
    "مداخلة",
    "مداخلته",
    "مداخلتها",
    "قبة",
    "لمجلس",
)
# ... but the assembly's own deed before the preposition ("بعد إقرار القانون
# في البرلمان") is the assembly's act, whose praise may be of it
ASSEMBLY_OWN_DEEDS: tuple[str, ...] = (
    "إقرار",
    "اقرار",
    "المصادقة",
    "مصادقة",
    "التصويت",
    "تصويت",
    "تمرير",
    "الموافقة",
    # mend41a: appearing before the assembly is addressed to it ("refused to
    # appear in parliament"): it stays a side
    "حضور",
    "الحضور",
    "المثول",
    "مثول",
)

# parties41fa: an honorific before a name that is also an ordinary word
# ("السيد ظريف") makes it the office holder's name (``mention_lists.honoured``).
NAME_HONORIFICS: tuple[str, ...] = ("السيد", "السيدة", "الدكتور")
# names48fa: no frame confirms an Arabic surname that is also a word
# (``mention_lists.framed``, ``PERSON_FRAMES_BEFORE`` unset): tried with the
# verbs of saying before it ("قال ظريف"), it also took "نصر الله" apart from
# Hezbollah in articles that name him in full, and "الغنوشي" out of a
# meeting; Arabic news names the person after a title ("الوزير ظريف").
# names listed as office holders that an honorific also opens full names with
# kunya86: a kunya, "father of" + a given name ("أبو محمد", "أبي بكر"),
# names a man, often by a nom de guerre; the adjective of origin after it
# ("أبو الحسن التونسي") is his nisba: his people, whose agent the words
# around him tell (extract/kunya.py).
KUNYA_WORDS: tuple[str, ...] = ("أبو", "ابو", "أبي", "ابي", "أبا", "ابا")


# kunya86: a militant's titles right before a kunya ("القيادي الجهادي أبو
# الحسن التونسي", "الإرهابي … أبو سفيان"): the man's nisba is a militant's
# (REB), not his state whole (extract/kunya.py).
KUNYA_MILITANT_TITLES: tuple[str, ...] = (
    "الجهادي", "الإرهابي", "الارهابي", "المتشدد", "الانتحاري", "القيادي",
    "الداعشي", "التكفيري",
)  # fmt: skip


HONORIFIC_GIVEN_NAMES: tuple[str, ...] = (
    *("عباس", "علي", "صبري", "يونس", "عبد الستار", "عبدالستار", "عبد الحميد", "عبدالحميد"),
    # "السيد بن علي الشريف", "الدكتور مبارك …": a patronymic or a given name
    *("مبارك", "بن علي", "بن", "البشير", "مصطفى", "محمود"),
)

# parties41fa: states whose people this language writes family name first
# ("Xi Jinping", "Yoon Suk-yeol"): the first word of such a full name, after
# an honorific, names the person again (``person_names._family_names``).
FAMILY_FIRST_CODES: tuple[str, ...] = ("CHN", "TWN", "KOR", "PRK")

# agents43ar: words between a support's noun and the protest it backs
# ("مساندته للتحركات", "دعمه الكامل للاحتجاجات"): the support is for the
# protest's crowd (extract/backed_crowd.py)
BACKED_PROTEST_LINKS: tuple[str, ...] = ("ل", "الكامل", "المطلق", "التام")

# agents43fa: quantities that open a list's next item after its conjunction,
# the conjunction written on them ("الجيش الإيراني وعدة شركات إيرانية",
# "الشرطة وعدد من المسؤولين"): the item is still coordinated with the one
# before it, one side of the event (``coordination._quantified_item``), as
# Persian "و چند" and English "and several" are read. Digits do not (counted victims).
ITEM_QUANTIFIERS: tuple[str, ...] = (
    *("عدة", "بعض", "عدد من", "جميع", "كل", "كافة", "أحد", "إحدى"),
    *("اثنين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة"),
    *("سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة"),
    *("عشرات", "مئات", "آلاف"),
)

# prec43: a refusal whose object is a verbal noun of saying ("رفض الرئيس
# الكشف عن فحوى المكالمة", "رفض التعليق", "رفض الإدلاء بأي تصريح") refuses the
# speaker's own word, no proposal of another side: no REJECT
# (extract/silence.py). Definite masdars only: "في تصريح" (in a statement)
# is the means of a refusal, and "رفض التصريحات" rejects someone's words;
# "الحديث عن" is also talk of a proposal ("رافضا الحديث عن تعديله"),
# "الكشف" alone a find, and refusing to answer a side ("الرد على") rejects it.
SILENCED_OBJECTS: tuple[str, ...] = (
    *("التعليق", "الكشف عن", "الإدلاء", "التصريح", "الإفصاح", "ذكر", "الخوض في"),
)
# The nouns of a release, with what joins their object.
_RELEASE_NOUNS = (
    "الإفراج عن",
    "الافراج عن",
    "إطلاق سراح",
    "اطلاق سراح",
    "إخلاء سبيل",
    "اخلاء سبيل",
)
# prec43: a release told with no releaser before its "عن" ("تم الإفراج عن
# الناشط", "أفرج عن الصحفي", "أطلق سراح المعتقلين"): the passive, or a doer
# dropped; the side after it is the one freed, never the releaser
# (extract/lone_object.py). "أفرجت السلطات عن" names its doer between.
RELEASED_PASSIVES: tuple[str, ...] = (
    *(f"{aux} {noun}" for aux in ("تم", "جرى", "يتم", "سيتم") for noun in _RELEASE_NOUNS),
    *("أفرج عن", "يفرج عن", "أطلق سراح", "يطلق سراح", "أخلي سبيل", "افرج عنه", "افرج عنها"),
)
# mendC82: the passive of a charge ("الوزير الذي وجهت إليه التهمة",
# "وُجهت إليها تهمة التجسس", "تم توجيه التهمة إليه"): the charge is the
# verb's subject, the one charged stands before it (or after "إليه" in the
# "تم" form), and no accuser is named: the side is the accused, never the
# accuser (extract/lone_object.py). An active charge names its doer right
# after the verb ("وجهت النيابة إليه تهمة"), so the pronoun right after
# it marks the passive.
ACCUSED_PASSIVES: tuple[str, ...] = (
    *(
        f"{verb} {to} {charge}"
        for verb in ("وجهت", "وجّهت", "وُجهت", "وُجّهت", "ووجهت")
        for to in ("إليه", "إليها", "إليهم", "اليه", "اليها", "اليهم", "له", "لها", "لهم")
        for charge in ("التهمة", "تهمة", "التهم", "تهم", "تهما")
    ),
    *(
        f"{aux} توجيه {charge}"
        for aux in ("تم", "وتم", "جرى")
        for charge in ("التهمة", "تهمة", "التهم", "تهم")
    ),
)
# Words between a release and its side that open another clause.
PASSIVE_SUBJECT_BREAKS: tuple[str, ...] = ("أن", "إن", "ان", "لكن", "بينما")
PASSIVE_RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين")


# lone43: the prepositions after a deed before whom it was done to
# ("الإفراج عن X", "الاعتداء على X", "عقوبات ضد X", "حكم بحق X"): with no
# other side named, the side behind one is the deed's object and its doer
# unnamed (extract/lone_object.py: patient_alone). Arabic writes its
# passive unvowelled like the active ("أفرج عن"): the preposition tells.
PATIENT_PREPOSITIONS: tuple[str, ...] = ("عن", "على", "ضد", "بحق")
# Nouns of a deed whose genitive is whom it was done to ("إطلاق سراح X",
# "اغتيال X", "تكريم X"); "دعم X" and "اعتذار X" are X's own deeds.
PATIENT_NOUNS: tuple[str, ...] = (
    *RELEASE_NOUNS,
    *("اغتيال", "باغتيال", "لاغتيال", "تكريم", "بتكريم", "إعدام", "بإعدام", "خطف", "اختطاف"),
)

# noevent45: a deed noun right after a written number (or number + counter
# noun), in a clause with "since" + a year or a number of years, is a running
# total, no event (extract/running_totals.py).
SINCE_WORDS: tuple[str, ...] = ("منذ", "ومنذ")
YEAR_UNITS: tuple[str, ...] = ("عاما", "عام", "سنة", "سنوات", "أعوام", "عقود", "عقدا")
# mend106: and a round counts talks ("خمس جولات من المحادثات")
COUNTER_NOUNS: tuple[str, ...] = ("حالة", "مرة", "عملية", "جولة", "جولات")
# mend106 (review105b F5): the word that may link a counter noun to the
# deed it counts ("خمس جولات من المحادثات"): the count still
# stands before the deed (``running_totals._counted``).
COUNTER_LINKS: tuple[str, ...] = ("من",)
# nonevent105: a count written in words counts as a written number ("تسع
# قمم", "وثلاث جولات"; the number words of ``numbers.VALUES``, with the
# clitic "و" read off), and Arabic writes one and two after the noun, across
# an adjective ("قمة اقتصادية واحدة", "جولتين اثنتين").
# mendB105: but a count of one is one deed, never a running total ("شنت
# إسرائيل غارة واحدة على دمشق، الأولى منذ 2019").
RUNNING_COUNT_WORDS: tuple[str, ...] = tuple(
    w for w, n in NUMBER_VALUES.items() if " " not in w and n != 1
)
RUNNING_COUNT_CLITICS: tuple[str, ...] = ("و",)
RUNNING_COUNTS_AFTER: tuple[str, ...] = ("اثنين", "اثنتين", "اثنان", "اثنتان")
# mendB105: an ordinal or a superlative before "since" measures one deed
# against the past ("الأولى منذ 2019", "الأعنف منذ عشرة أعوام"), no total.
SINCE_FIRSTS: tuple[str, ...] = (
    *("الأول", "الأولى", "أول", "الأكبر", "أكبر", "الأعنف", "أعنف", "الأشد", "أشد"),
    *("الأوسع", "أوسع", "الأكثر", "أكثر", "الأخطر", "أخطر", "الأبرز", "أبرز"),
)

# sides45: source nouns ("ونقلت مصادر عراقية عن هجوم …", "قال مصدر عراقي"):
# the state adjective after one, or after one word of its kind, tells whose
# sources report the deed; never a side of it (``sources.headed_owners``).
SOURCE_HEADS: tuple[str, ...] = ("مصدر", "مصادر", "المصدر", "المصادر")
# speakers79ar: a news agency named after its state ("قال في تصريح لوكالة
# تونس افريقيا للأنباء", "ذكرت وكالة أنباء البحرين", "وكالة الجمهورية
# الإسلامية الإيرانية للأنباء"): the state is part of the medium's name; the
# medium tells or hears the report, so its state is no side of the deed told,
# only its topic (the country of agents named bare, as a source's owner:
# ``sources.medium_name_owners``). One word or two before the state's name;
# not the adjective after the head ("وكالة الأنباء السعودية"), read already.
MEDIUM_NAME_HEADS: tuple[str, ...] = tuple(
    clitic + head
    for head in ("وكالة", "وكالة أنباء", "وكالة انباء")
    for clitic in ("", "و", "ل", "ب", "ول", "وب")
)

# agents45fa: a word between workers and the firm that employs them ("عمال
# في شركة"); the construct state writes none ("عمال شركة النفط"). The firm
# is their genitive, no side of their own (extract/employers).
EMPLOYER_LINKS: tuple[str, ...] = ("في", "لدى")

# agents45fa: "قوات" alone names armed men of any kind; a rebel or militia
# word after it names which ("القوات المتمردة", "قوات المتمردين"), and the
# bare head is then no army of its own (extract/force_heads).
GENERIC_FORCE_HEADS: tuple[str, ...] = ("قوات", "القوات", "وقوات", "والقوات")

# agents59ar: the Congress is the United States' by name (agents.py
# ``_ONE_STATE_PARLIAMENTS``), another state's only by an adjective right
# after it ("الكونغرس البيروفي"); a state noun there is what it acts on
# ("أدان الكونغرس إيران"; extract/mention_scan._country_after_group)
ADJECTIVE_AFTER_GROUP_HEADS: tuple[str, ...] = ("الكونغرس", "الكونجرس")

# agents45fa: places of work whose workers' strike they only locate ("عمال
# مصنع الإسمنت"); a company ("شركة") stays the employer struck against
# (extract/employers).
WORKPLACE_NOUNS: tuple[str, ...] = (
    *("مصنع", "المصنع", "مصانع", "المصانع", "معمل", "المعمل", "مصفاة", "المصفاة"),
    *("منجم", "المنجم", "مناجم", "المناجم", "ورشة", "الورشة"),
)

# agents45fa: head nouns of a street or square, written before its name
# ("شارع الجيش", "ساحة الشرطة"): an agent noun after one is the street's
# name, no side (extract/street_names).
STREET_HEADS: tuple[str, ...] = (
    *("شارع", "ساحة", "ميدان", "دوار", "جادة", "طريق", "جسر"),
    *("بشارع", "بساحة", "بميدان", "وشارع", "وساحة"),
)

# types46fa: a predicate of necessity or of what cannot be done after a deed
# noun, its subject ("اعتقال المهربين ضروري", "رفع العقوبات لا يمكن أن يتم
# فورا"): no deed told (``extract/modal_subject.py``). Not "لا يمكن" alone:
# "الهجوم لا يمكن تبريره" judges an attack that was made.
POSTPOSED_MODALS: tuple[str, ...] = (
    "ضروري",
    "ضرورية",
    "أمر ضروري",
    "لا يمكن أن يتم",
    "لا يمكن أن تتم",
    "غير ممكن",
)

# nonevent111: an obligation after a deed noun that it take place
# ("المحادثات بين البلدين يجب أن تبدأ في أقرب وقت"): the deed is asked for,
# not told (``modal_subject.obliged_to_occur``). Only verbs of taking place:
# "هذا الهجوم يجب أن يدان" judges an attack that was made.
OBLIGED_OCCURRENCE_CUES: tuple[str, ...] = ("يجب", "ينبغي", "لا بد", "لابد")
OBLIGED_OCCURRENCES: tuple[str, ...] = (
    *("أن تبدأ", "أن يبدأ", "أن تنطلق", "أن ينطلق", "أن تعقد", "أن يعقد"),
    *("أن تستأنف", "أن يستأنف", "أن تتم", "أن يتم", "أن توقع", "أن يوقع"),
    *("أن تنفذ", "أن ينفذ", "من أن تبدأ", "من أن تعقد", "من أن تستأنف"),
)
# A deed noun after these is told as done ("بعد الهجوم") or is a phrase's
# object: no subject of the obligation.
OCCURRENCE_SUBJECT_LEADS: tuple[str, ...] = (
    *("بعد", "قبل", "منذ", "إثر", "عقب", "خلال", "في", "من", "على", "إلى", "عن", "مع"),
)
# mendA111: only an obligation with a vague plea of time ("يجب أن تبدأ في
# أقرب وقت") and no time named, or a negated one ("لا يجب أن تبدأ"), tells no
# event: "ينبغي أن يعقد الشهر المقبل" is a plan
# (``modal_subject.obliged_to_occur``).
OBLIGED_VAGUE_TIMES: tuple[str, ...] = (
    *("في أقرب وقت", "في أسرع وقت", "بأسرع وقت", "قريبا", "فورا", "دون تأخير"),
    *("بلا تأخير", "على وجه السرعة", "في القريب العاجل", "عاجلا"),
)
# Said right before the obligation ("لا يجب") or right after it ("يجب ألا").
OBLIGED_NEGATIONS: tuple[str, ...] = ("لا", "ألا", "الا")

# names48fa: the prepositions before a list of sides that make it a phrase,
# not the doers of a directed deed that names no side to receive it
# ("بالتنسيق مع بريطانيا وفرنسا وألمانيا") (``split_sides.split``). Not
# "من": "كل من السعودية ومصر" (each of them) opens the doers; not the words
# of examples: "دول مثل بريطانيا وفرنسا أدانت …" names the doers.
LIST_GOVERNORS: tuple[str, ...] = (
    "مع",
    "إلى",
    "الى",
    "على",
    "في",
    "ضد",
    "عن",
    "بين",
    "لدى",
)

# clauses49: "في معرض" before a verbal noun ("وطالبت إيران، في معرض إدانتها
# للهجوم، الأمم المتحدة …"), and "مع" before one that carries its doer's
# pronoun ("…، مع إشادتها بقطر"), open an adverbial clause with no subject of
# its own: its deed is the main clause's subject's, and whom the clause names
# is no side of the main verb (extract/adverbial_clause.py). Bare "مع" is
# "with" ("تزامن مع زيارة الوزير"): only the pronoun makes it the subject's.
# Folded, "ـه" (his) is the closing "ة": only the endings that stay apart.
ADVERBIAL_OPENERS: tuple[str, ...] = ("في معرض",)
VERBAL_ADVERBIAL_OPENERS: tuple[str, ...] = ("مع",)
VERBAL_NOUN_ENDINGS: tuple[str, ...] = ("ها", "هم", "هما", "ته")
VERBAL_NOUN_VERBS: tuple[str, ...] = ()

# topics50: a deed noun that only names a topic or a kind is no event. A
# head noun of a subject, a kind or a danger right before it ("سياسة
# الاغتيالات", "مسألة طرد الدبلوماسيين", "ظاهرة الاعتداءات", "ثقافة
# الاحتجاج"), as "قضية" and "ملف" already do, makes the deed what is talked
# about (extract/named_topic.named_as_topic). Not "موضوع": "موضوع المحادثات"
# names talks that were held.
TOPIC_KIND_HEADS: tuple[str, ...] = (
    *("سياسة", "سياسات", "مسألة", "مسالة", "مسائل", "ظاهرة", "ظواهر", "ثقافة"),
    *("قضايا", "ملفات", "معضلة", "مشكلة", "قضية", "ملف"),
)
TOPIC_MARKERS += TOPIC_KIND_HEADS
# The conjunctions that carry such a topic over to the next deed noun ("ملف
# حقوق الانسان والاعتقالات", "قضية الاحتجاجات و الاضرابات": both only talked
# about; a "و" glued to the noun counts too; extract/predicates.drop_topics).
TOPIC_JOINS: tuple[str, ...] = ("و", "او")
# tidy69 (from extract/predicates.py, named_topic.py): the conjunction written
# glued to the noun it joins ("والاعتقالات"), taken off a word to read it.
TOPIC_GLUED_JOINS: tuple[str, ...] = ("و",)

# noevent51: a meeting word with "we" glued to its end in the article's own
# voice ("التقينا وزير الخارجية", "خلال لقائنا معه") is the paper's reporter
# at work, no CONSULT (extract/writer_talks.py); said by someone quoted
# ("وقال الوزير: التقينا نظيره") it stays.
WRITER_TALK_TAILS: tuple[str, ...] = ("نا",)

# noevent51: a call or a talk whose partner right after it is the press ("في
# اتصال هاتفي مع رويترز", "في اتصال هاتفي بالجوهرة أف أم", "للجوهرة") is
# the interview in which the speaker said what follows, no CONSULT
# (extract/press_talks.drop_press_partners). Outlets, reporters and the
# paper's own staff ("بزميلتنا"); not "وكالة" (also an agency of the UN),
# "موقع" (a site) nor "شبكة" (a network of groups). Glued "ب"/"ل" and "لل"
# (the article's alif dropped) are listed with each.
_PRESS_PARTNERS = (
    *("الجوهرة", "جوهرة", "رويترز", "رويتر", "يونهاب", "فرانس برس"),
    *("صحيفة", "الصحيفة", "جريدة", "الجريدة", "قناة", "القناة", "إذاعة", "الإذاعة"),
    *("تلفزيون", "التلفزيون", "مراسل", "مراسلنا", "مراسلتنا", "زميلنا", "زميلتنا"),
    *("الصحفيين", "الصحافيين", "الصحفي", "صحفي", "وسائل الإعلام"),
)
PRESS_PARTNERS: tuple[str, ...] = (
    *_PRESS_PARTNERS,
    *(f"{p}{w}" for w in _PRESS_PARTNERS for p in ("ب", "ل") if not w.startswith("ال")),
    *(f"ب{w}" for w in _PRESS_PARTNERS if w.startswith("ال")),
    *(f"ل{w[1:]}" for w in _PRESS_PARTNERS if w.startswith("ال")),
)
PRESS_PARTNER_PREPOSITIONS: tuple[str, ...] = ("مع", "ب", "ل")

# roles52: a word of response and the preposition before what it answers
# ("ردت إيران على انتقادات المفوضية", "ردا على الاتهامات"): the criticism,
# demand or threat is the other side's (extract/responded.py).
RESPONSE_WORDS: tuple[str, ...] = (
    *("رد", "ردت", "ردوا", "يرد", "ترد", "ردا", "الرد", "ردود", "ردها", "رده"),
    *("أجاب", "أجابت", "جوابا", "تعقيبا", "عقب", "عقبت"),
)
RESPONSE_PREPOSITIONS: tuple[str, ...] = ("على",)
# Words that end the answered noun's phrase: a critic named past them is not
# the noun's ("said in response to the criticism that he …").
RESPONSE_PHRASE_ENDS: tuple[str, ...] = ("أن", "إن", "بأن", "قائلا", "مؤكدا", "وقال")
# The nouns of what someone said that one responds to (a criticism, a
# charge, a demand, a threat): a deed judged in passing ("در واکنش به اقدام
# غیرقانونی آمریکا", "in response to the illegal move") is no one's words.
RESPONDED_NOUNS: tuple[str, ...] = (
    *("انتقاد", "انتقادات", "اتهام", "اتهامات", "دعوة", "دعوات", "مطالبة", "مطالبات"),
    *("طلب", "تهديد", "تهديدات", "تحذير", "تحذيرات", "مناشدة", "ادعاء", "ادعاءات"),
)

# falsehits54: the label of a law's article or clause opening a sentence
# ("المادة 5 - …", "البند 3: …"): the sentence states a rule, no deed
# (extract/nonevents.provision).
PROVISION_LABELS: tuple[str, ...] = ("المادة", "مادة", "البند", "الفقرة")

# noevent85: no words before a verb's form that a permission governs are
# listed (``status.PERMISSION_CUES``): a verbal noun and a past verb share
# their letters ("يحظر الدستور نفي …"), so any trigger after it is what it
# allows but one after a conjunction, glued or alone ("لا تسمح بدخول
# الصحفيين وطالب …": another clause's finite verb).
PERMITTED_VERB_LEADS: tuple[str, ...] = ()
# mendA86: words that end what a permission governs: another clause ("ثم
# اعتقلت الشرطة", "لكن"), or a phrase of time whose deed is told as done
# ("سمحت لهم بالدخول بعد الغارة على المستشفى"); any trigger after one is no
# deed allowed (``extract/hypothetical._permitted``).
PERMISSION_STOPS: tuple[str, ...] = (
    *("ثم", "لكن", "ولكن", "لكنه", "لكنها", "بينما", "فيما", "حيث"),
    *("بعد", "وبعد", "عقب", "وعقب", "إثر", "وإثر", "قبل", "وقبل", "منذ", "خلال"),
)
# mendA86: words right after a deed a permission governs that tell what it
# did ("سمح بالغارة التي أسفرت عن مقتل …"): the deed was done.
PERMITTED_DEED_RESULTS: tuple[str, ...] = tuple(
    f"{rel} {verb}"
    for rel in ("الذي", "التي", "الذين")
    for verb in ("أسفر", "أسفرت", "أودى", "أودت", "قتل", "قتلت", "أوقع", "أوقعت", "خلف", "خلفت")
)

# ---- colon57: a blame by a copula inside a quote ----
# Words of a blame trigger that make the clause's subject the side blamed
# ("X هو المسؤول عن الهجوم", "X تقف وراء التفجير"): told after a speaker's
# colon or "إن", the speaker blames and X is blamed (extract/quoted_blame.py).
BLAME_PREDICATES: tuple[str, ...] = (
    "المسؤول",
    "المسؤولة",
    "المسؤولون",
    "المسؤولين",
    "مسؤول",
    "مسؤولا",
    "مسؤولة",
    "مسؤولين",
    "مسؤولون",
    "وراء",
    "خلف",
)
# types59fa: a breach told in reported speech ("قال … إن إيران انتهكت
# الاتفاق") is a blame of the same build: the speaker blames the report's subject.
BLAME_PREDICATES += ("انتهكت", "انتهك", "ينتهك", "تنتهك", "خرقت", "خرق")

# colon57: a pronoun of the speaker's own opening a quote ('قال: "نحن
# استهدفنا …"', "إننا"): the deed told is the speaker's, who takes part
# (extract/speaker_side.py ``_first_person_told``).
FIRST_PERSON_SUBJECTS: tuple[str, ...] = ("نحن", "إننا", "اننا", "إنّنا")

# condemners59: words of a reaction to a deed — condemnation, denunciation,
# sorrow, condolence — in a sentence of which an unknown attacker named after
# the one state takes no country from it ("أدان الرئيس التركي الهجوم الإرهابي
# في كابل": the attackers are not Turkish; participants._Sentence._reactor_only).
REACTION_WORDS: tuple[str, ...] = tuple(
    conj + word
    for conj in ("", "و")
    for word in (
        *("أدان", "أدانت", "أدانوا", "يدين", "ندين", "إدانة", "إدانته", "إدانتها", "إدانتهم"),
        *("ندد", "نددت", "نددوا", "يندد", "تندد", "تنديد", "تنديده", "تنديدها"),
        *("استنكر", "استنكرت", "استنكروا", "يستنكر", "تستنكر", "استنكار", "استنكاره"),
        *("استنكارها", "شجب", "شجبت", "يشجب", "تشجب", "تعازيه", "تعازيها", "تعازي"),
    )
)

# occasion59fa: the words before a meeting in which a demand or a blame was
# made ("طالب الوزير خلال لقائه نظيره …", "أدان … أثناء اجتماعه مع …"): the
# meeting was held, it is not what is asked (extract/nonevents.
# meeting_occasion). "في" is left out: it also opens an asked thing's phrase
# ("طالب بالمشاركة في المفاوضات مع …").
MEETING_SURE_OPENERS: tuple[str, ...] = ("خلال", "أثناء", "اثناء", "على هامش")
# parties81fa: the words before a summit named only as where another deed was
# told ("أعلن خلال قمة العشرين تقديم مساعدات"): the summit is its setting
# (extract/summit_setting).
SUMMIT_SETTING_OPENERS: tuple[str, ...] = ("في", "خلال", "أثناء", "اثناء", "على هامش")
# "من خلال المشاورات" (by way of talks) names a means, no meeting held
MEETING_NOT_OPENERS: tuple[str, ...] = ("من خلال",)

# agents62ar: nouns of an attack a suicide adjective follows ("شن تنظيم داعش
# هجوما انتحاريا", "3 هجمات انتحارية", "التفجير الانتحاري"): beside a named
# movement the adjective is no attacker of its own, the movement's bomber
# (extract/group_bombers).
SUICIDE_DEED_NOUNS: tuple[str, ...] = tuple(
    f"{article}{noun}"
    for article in ("", "ال")
    for noun in (
        *("هجوم", "هجوما", "هجمات", "هجومين", "هجومان"),
        *("تفجير", "تفجيرا", "تفجيرات", "تفجيرين", "تفجيران"),
        *("عملية", "عمليات", "عمليتين", "اعتداء", "اعتداءات", "اعتداءين"),
    )
)
SUICIDE_ADJECTIVES: tuple[str, ...] = tuple(
    f"{article}{adjective}"
    for article in ("", "ال")
    for adjective in ("انتحاري", "انتحاريا", "انتحارية", "انتحاريين", "انتحاريان")
)
# the attack as the circumstance of what befell the movement ("قتل 10 من
# مقاتلي حركة طالبان في هجوم انتحاري"): it may have been struck
SUICIDE_CIRCUMSTANCES: tuple[str, ...] = ("في", "خلال", "جراء", "إثر", "اثر", "بعد", "أثناء")
# number words between that preposition and the attack ("في ثلاث هجمات")
SUICIDE_COUNTERS: tuple[str, ...] = (
    *("ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "عدة", "سلسلة"),
)

# actors62: whom a joint effort is against. In talks, agreements,
# cooperation, aid, support or a call "ضد تنظيم داعش", "لمكافحة الإرهاب
# الإيراني", "الحرب على داعش" name the enemy of the effort, never a partner
# of it ("بحث الرئيسان الحرب ضد تنظيم داعش": two presidents talked, the
# group did not; extract/opposed.py). A country right after "ضد" is already
# a topic (``TOPIC_PREPOSITIONS``); these also reach agents and the word
# after a head ("ضد تنظيم داعش").
OPPOSED_MARKERS: tuple[str, ...] = (
    "ضد",
    *(
        f"{clitic}{noun}"
        for clitic in ("", "و", "ل", "ب", "ول")
        for noun in ("مكافحة", "محاربة", "مواجهة", "قتال")
    ),
    "الحرب على",
    "حرب على",
    "الحرب ضد",
    "القضاء على",
    "للقضاء على",
)

# types62ar: a blast told as a happening is reported even where the
# sentence names neither side ("وفي مدينة غومبيه وقع انفجار في محطة
# الحافلات", "وقع انفجاران بعد أن أغلقت متجري"): attackers unknown
# (``unnamed_deed.unnamed_deed``), as Persian "انفجار" (assault51fa). Only the
# blast forms of ``triggers._BLASTS_HAPPENED`` and the bombings counted
# ("تفجيران", "تفجيرين"); not a bare "هجوم" or "اشتباك" (a match's attack,
# a scuffle) nor "قتل" (a death has no attacker of itself).
SIDELESS_DEEDS: tuple[str, ...] = (
    *("وقع انفجار", "وقعت انفجارات", "دوت انفجارات", "هز انفجار"),
    *("هزت انفجارات", "انفجاران", "انفجارين", "الانفجار الاول"),
    *("الانفجار الثاني", "الانفجار الثالث", "تفجيران", "تفجيرين"),
)

# types64fa: the preposition of partners ("با", "مع", "with"): a list it
# governs whose head another phrase took ("در هماهنگی نزدیک با بریتانیا،
# اسرائیل و رومانی هستیم و پاسخی … در راه خواهد بود": Britain is the
# coordination's) is partners still, no doers of a directed deed
# (``trigger_sides._rest_of_governed_list``).
PARTNER_GOVERNORS: tuple[str, ...] = ("مع",)

# sides65ar: a seizure or arrest told in the passive that names nobody
# ("وتم حجز 35 صفيحة", "دو نفر بازداشت شدند", "two men were arrested"):
# the police did it (COP, of no country: the sentence names none), as
# ACLED/POLECAT code a seizure with no named author (``unnamed_deed.unnamed_deed``).
SIDELESS_SEIZURES: tuple[str, ...] = (
    *("تم حجز", "وتم حجز", "تم ضبط", "وتم ضبط", "تم إيقاف", "وتم إيقاف"),
    *("تم القبض على", "وتم القبض على", "تم اعتقال", "وتم اعتقال"),
)

# questions67: words that open a direct question, and the conjunctions that
# may stand before one. A question set off by a comma or semicolon after a
# statement ("أطلق مسلح النار على شقيقه، فهل من مبرر لذلك؟", "اعتقل
# واودع السجن، فكيف خرج؟") silences only its own clause: the statement
# before it is still told (``predicates.drop_unreal``). "ما"/"فما" is left
# out: it as often opens a relative clause ("فما يقولونه … هو").
QUESTION_OPENERS: tuple[str, ...] = (
    *("هل", "وهل", "فهل"),
    *("لماذا", "ولماذا", "فلماذا"),
    *("كيف", "وكيف", "فكيف"),
    *("ماذا", "وماذا", "فماذا"),
    *("متى", "ومتى", "فمتى"),
    *("أليس", "أليست", "أفلا"),
)
QUESTION_LEADS: tuple[str, ...] = ("لكن", "ولكن", "إذن")

# reporters67: words of taking captives. An arrest, a sentence or a siege is
# the authorities' deed, so a held kind of people (civilians, criminals,
# activists) named first beside the police, a court or an army is whom they
# held (``holders.authorities_first``); a kidnapping or a hostage taking is
# a deed those kinds commit, and keeps the sentence's order.
CAPTIVE_TAKING: tuple[str, ...] = (
    *("اختطاف", "اختطف", "خطف", "مختطف", "رهينة", "رهائن", "أسر", "اسر"),
)

# reporters67: words of accepting an invitation right before its noun
# ("تلبية الدعوة", "قبوله دعوة العاهل"): the accepter is the one invited, not
# the inviter (``invitations.invited_last``).
INVITATION_ACCEPTED_BEFORE: tuple[str, ...] = (
    *("تلبية", "لتلبية", "بتلبية", "لبى", "لبت", "يلبي", "تلبي", "ولبى", "ولبت"),
    *("قبول", "قبوله", "قبولها", "قبولهم", "قبلت", "يقبل"),
)

# reporters67: words that make the deed right after them a passive ("قبل أن
# يتم اعتقالهم", "وتم إيقاف"): the held are no subject of an active verb there,
# so the authority named beside them goes first (``side_order._told_actively``).
DEED_PASSIVE_AUXILIARIES: tuple[str, ...] = ("تم", "وتم", "يتم", "ويتم", "سيتم", "تمت", "وتمت")
# mendC67: a verb of doing that tells a deed actively through "ب" and the
# deed's verbal noun ("قامت مجموعة من المحتجين باحتجاز ضابطين"): its subject
# did the deed, as a verb's would, so an authority named after the held is
# their object (``side_order._told_actively``). The deed noun then carries
# ``DEED_SUPPORT_PREFIXES``.
DEED_ACTIVE_SUPPORTS: tuple[str, ...] = (
    *("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "وقام", "وقامت", "وقاموا"),
)
DEED_SUPPORT_PREFIXES: tuple[str, ...] = ("ب",)

# agents70ar: a count between a state and the troops it sends is part of the
# troops' phrase, not words between them ("تستعد بريطانيا إلى إرسال نحو ألف
# جندي إلى ليبيا": Britain's soldiers, not Libya's); figures are skipped by
# the reader itself (``participants._near``).
SENT_COUNT_WORDS: tuple[str, ...] = (
    *("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر", "أقل", "من"),
    *("ألف", "آلاف", "ألفا", "ألفي", "ألفين", "مئة", "مائة", "مئات", "مئتي", "مائتي", "عشرات"),
    *("ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"),
    *("عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"),
    *("ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"),
    *("ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"),
)
# The verbs and nouns of sending troops that let a count stand between the
# sender and them (a clitic "ل", "ب", "و" before one is read off).
SENT_VERBS: tuple[str, ...] = (
    *("إرسال", "ارسال", "أرسل", "أرسلت", "يرسل", "ترسل", "سيرسل", "سترسل", "يرسلون"),
    *("نشر", "نشرت", "ينشر", "تنشر", "سينشر", "ستنشر", "ينشرون"),
    *("دفع", "دفعت", "يدفع", "تدفع", "سحب", "سحبت", "يسحب", "تسحب", "سيسحب", "ستسحب"),
)
# mendA70: the words that may stand before the verb of sending with the
# state still its subject ("تستعد فرنسا إلى إرسال", "فرنسا قررت إرسال",
# "أعلنت فرنسا عزمها إرسال"); after any other ("رفضت روسيا خطة نشر",
# "هددت تركيا بإرسال") the troops are not the state's.
SENT_LEADS: tuple[str, ...] = (
    *("إلى", "الى", "قررت", "قرر", "تقرر", "يقرر", "تستعد", "يستعد", "استعدت"),
    *("تعتزم", "يعتزم", "تنوي", "ينوي", "عزمها", "عزمه", "بدأت", "بدأ", "تبدأ", "يبدأ"),
)
# The clitic letters read off a verb of sending ("لإرسال", "وأرسلت"), and
# no other first letter.
SENT_CLITICS: tuple[str, ...] = NAME_CLITICS

# mendA70: the war noun read as armed clashes (recall70fa,
# ``triggers.CLOSED_NOUN_TRIGGERS``) only when the word right after it opens
# its sides or place, or is a side's name ("تتواصل الحرب بين القوات
# الأفغانية وطالبان", "الحرب في اليمن مستمرة"): an adjective after it makes
# it a figure ("الحرب الدبلوماسية بين قطر والسعودية"), save the few that
# tell a real war (civil, raging) (``extract/closed._sides_follow``).
CLOSED_SIDE_NOUNS: tuple[str, ...] = ("الحرب",)
CLOSED_SIDE_OPENERS: tuple[str, ...] = (
    *("بين", "في", "ضد", "على", "مع", "داخل"),
    *("الأهلية", "الدائرة", "المستمرة", "الجارية", "الطاحنة", "المشتعلة", "الدامية"),
)
# mendD71: a side right after the war noun may be an agent word ("الحرب
# بين …" aside, "حرب الجيش والمتمردين"), but these agent words after it are
# adjectives that make the war a figure ("الحرب الدبلوماسية بين قطر
# والسعودية", "الحرب الإعلامية", "الحرب التجارية").
CLOSED_FIGURE_AGENTS: tuple[str, ...] = (
    *("الدبلوماسية", "الإعلامية", "القضائية", "التجارية", "الاقتصادية", "السياسية"),
)

# english72: words that always open a clause of their own, so a hope's clause
# ends before them ("أعرب عن أمله في نجاح المحادثات بينما شنت الطائرات
# الإسرائيلية غارات على غزة": the raids are told; ``extract/hope_clause.py``).
# Not "فيما", also "regarding" ("فيما يتعلق بالانسحاب").
WISH_CLAUSE_ENDS: tuple[str, ...] = (
    *("بينما", "وبينما", "في حين", "وفي حين", "لكن", "ولكن", "لكنه", "لكنها", "غير أن"),
)

# capture73: the words that may stand between a verb of seizing and a bare
# town that is its object, besides the subject's name ("سيطرت طالبان على
# قندوز", "استعاد الجيش أمس الموصل"); any other word makes the town no object
# ("سيطرت الحكومة على الوضع في بغداد") (``extract/town_taken.py``).
TOWN_OBJECT_LEADS: tuple[str, ...] = ("على", "أمس", "مجددا", "بالكامل", "اليوم")

# reporters73: words that open an apposition describing a medium named as
# the source ("بحسب وكالة فارس، المقربة من الحرس الثوري، …", "وفقا لصحيفة
# …، الناطقة باسم الحزب، …"): whose organ it is, or whom it stands close to,
# is the medium's owner, no side of what it reports
# (``sources.apposition_end``). Normalised (hamza folded); the glued "ل" of
# "التابعة لـ" is read as the word's start.
MEDIUM_APPOSITIONS: tuple[str, ...] = (
    "التابعة ل",
    "التابع ل",
    "المقربة من",
    "المقرب من",
    "الموالية ل",
    "الموالي ل",
    "الناطقة باسم",
    "الناطق باسم",
    "لسان حال",
)

# adjdoer73: nouns of a deed of force or of the craft that does it; a state's
# adjective on them ("الغارات التركية", "قصف إسرائيلي", "الطائرات الروسية") tells
# the deed's doer, not the country of those it struck ("قتلت الغارات الروسية
# عشرة مدنيين": no Russian civilians; participants._Sentence._doer_adjective_only).
# Armies and forces ("الجيش", "القوات") are left out: they act at home as often.
DEED_ADJECTIVE_HEADS: tuple[str, ...] = tuple(
    article + word
    for article in ("", "ال")
    for word in (
        *("غارة", "غارات", "قصف", "ضربة", "ضربات", "طائرة", "طائرات", "مقاتلات"),
        *("طيران", "مدفعية", "حصار", "صواريخ", "مروحيات", "قذائف"),
    )
)

# ---- nonevent74ar: intent negated, told by its noun ----
# status24ar's negated intent ("لا تعتزم إرسال قوات") read the verbs only; the
# verbal noun and "نية" with their possessor glued carry the same negation
# over to the deed they intend ("بسبب عدم اعتزامه الاعتذار عن الفظائع", "عدم
# نيتها إرسال قوات"): the deed is negated, not told done (the apology was a
# reported CONCEDE).
NEGATION_GAP_WORDS += (
    *("اعتزام", "اعتزامه", "اعتزامها", "اعتزامهم", "اعتزامهما"),
    *("نية", "نيته", "نيتها", "نيتهم", "نيتهما"),
)

# recall75fa: the openers of partners who act with the doer ("قال إنه
# بالتنسيق مع بريطانيا وإسرائيل سيوجه رد جماعي إلى إيران"): the list after one
# is no side a one-way deed is done to (``extract/coordinated_partners.py``),
# as Persian "در هماهنگی با" is read.
COORDINATION_OPENERS: tuple[str, ...] = (
    *("بالتنسيق مع", "بتنسيق مع", "بالتنسيق الوثيق مع", "بالتنسيق الكامل مع"),
    *("في تنسيق مع", "وبالتنسيق مع"),
)

# nisba75ar: a relational (nisba) adjective is made of a noun with "ي",
# feminine "ية" ("الفلاحي", "الشخصي", "الحزبية", "الأمامية"); the matcher reads
# those endings on a noun for people as a possessive, so "القطاع الفلاحي" was
# a farmer and "الأمن الشخصي" a civilian. Written with the article right
# after a word that carries it (the article's forms after a clitic below),
# the word agrees with that noun as its adjective and names no one
# (extract/nisba.py); after a given name it is a family name ("عصام
# الشابي") and stays. The adjectives of a people or a class name their
# members ("الغالبية الأويغورية", "العناصر البدوية", "الأندية الطلابية",
# "قواعده العمالية"; "النسائية" is read so already, affixes.py) and stay.
NISBA_ENDINGS: tuple[str, ...] = ("ي", "ية")
DEFINITE_PREFIXES: tuple[str, ...] = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال")
NISBA_PEOPLE: tuple[str, ...] = (
    *("الطلاب", "طلاب", "العمال", "عمال", "البدو", "الأويغور", "الإيغور"),
    *("النساء", "نساء", "الجماهير", "الأكراد", "العرب"),
)

# doer76: the nouns of a deed of force whose owner, written right after in
# the construct state or glued to "ل" ("غارات التحالف", "قصف للتحالف",
# "غارة جوية للتحالف"), is the deed's doer (``extract/deed_owner.py``), with
# the adjective that may stand between; with the clitics glued before them
# ("بقصف", "وغارات", "بالغارات").
_OWNED_DEEDS: tuple[str, ...] = ("غارة", "غارات", "قصف", "ضربة", "ضربات", "هجوم", "هجمات")
_OWNED_DEED_ADJECTIVES: tuple[str, ...] = ("", " جوية", " جوي", " صاروخية", " صاروخي", " مدفعي")
DEED_OWNER_HEADS: tuple[str, ...] = tuple(
    f"{clitic}{article}{deed}{' ال' + adjective[1:] if article and adjective else adjective}"
    for clitic in ("", "ب", "و", "وب")
    for article in ("", "ال")
    for deed in _OWNED_DEEDS
    for adjective in _OWNED_DEED_ADJECTIVES
)

# left78: the relative pronouns of an aside on a subject, closed by a comma
# before the main verb ("وزير الخارجية الياباني الذي توجه إلى سيول، أجرى
# محادثات مع نظيره الصيني"): who is named inside is no side of the main
# clause's deed (``extract/relative_aside.py``).
SUBJECT_RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين")

# noevent81: a sentence that tells the plot of a film, a novel or a series
# ("تدور أحداث الفيلم حول ضابط يقتل قائده", "يقدمان في هذا الفيلم حكاية …")
# reports no deed, as a sentence about sport does
# (``extract/nonevents.off_domain``; English and Persian list the same).
# Only words of a story's plot: "الرواية" alone is also an account told
# ("وفق الرواية الرسمية"), "أحداث الفيلم" also the unrest over one.
_STORY_WORKS = ("الفيلم", "المسلسل", "الرواية")
OFF_DOMAIN_CUES: tuple[str, ...] = (
    *(f"{hero} {work}" for hero in ("بطل", "بطلة", "ابطال") for work in _STORY_WORKS),
    *(f"{verb} {work}" for verb in ("يحكي", "يروي") for work in ("الفيلم", "المسلسل")),
    *(f"في هذا {work}" for work in ("الفيلم", "المسلسل")),
    *("قصة الفيلم", "قصة المسلسل"),
)
# mendA82: "تدور أحداث" is said of battles too ("تدور أحداث المعارك بين
# الجيش وتنظيم داعش"): a plot only where a film, a series, a novel or a play
# is named in the sentence (``STORY_WORK_WORDS``; ``extract/nonevents.off_domain``).
PLOT_CUES: tuple[str, ...] = ("تدور احداث",)
_STORY_WORK_STEMS = ("فيلم", "مسلسل", "رواية", "مسرحية")
STORY_WORK_WORDS: tuple[str, ...] = (
    *(f"{lead}{stem}" for lead in ("", "و", "ب", "ال", "وال", "بال", "لل") for stem in _STORY_WORK_STEMS),
    *("فيلما", "روايته", "روايتها"),
)  # fmt: skip

# noevent81, mended in round 82 (mendA82): "قد" before a verb of leading or
# exposing ("قد يعرض البلاد لعقوبات", "قد يؤدي إلى مواجهات") makes the deed
# it leads to, after "إلى" or with "ل" glued, a possibility
# (``extract/may_clause.py``). Any other verb after "قد" ("قد تتدهور العلاقات
# إثر اغتيال …", "قد يزيد الهجوم … من التوتر") leaves its subject's deed
# told, as does a deed after a word of cause ("بعد", "إثر") or dated in the
# past ("أمس"); "قد يكون" before a past verb only hedges a deed done.
# Not "تعرض": after "قد" also the past "was subjected to" ("وقد تعرض الموكب
# لهجوم": an attack done).
_MAY_OUTCOME_STEMS = ("عرض", "دفع", "قود", "ؤدي", "فضي", "جر", "مهد")
_OBJECT_SUFFIXES = ("", "ه", "ها", "هم", "هما", "نا", "كم")
MAY_OUTCOME_VERBS: tuple[str, ...] = tuple(
    f"{person}{stem}{suffix}"
    for person in ("ي", "ت")
    for stem in _MAY_OUTCOME_STEMS
    for suffix in _OBJECT_SUFFIXES
    if f"{person}{stem}" != "تعرض"
)
MAY_OUTCOME_LEADS: tuple[str, ...] = ("إلى", "الى")
# tidy69 (from extract/may_clause.py): the preposition glued to an outcome
# ("لدعاوى", "للعقوبات"), and the fewest letters of a word with it glued that
# is a noun ("لعقوبة"; "لها", "لدى", "لأن" are pronouns and particles).
MAY_OUTCOME_GLUED_LEAD = "ل"
MAY_OUTCOME_GLUED_NOUN_SIZE = 4
MAY_OUTCOME_STOPS: tuple[str, ...] = (
    *("بعد", "إثر", "اثر", "عقب", "جراء", "على خلفية", "في أعقاب", "بسبب"),
)
MAY_PAST_TIMES: tuple[str, ...] = (
    *("أمس", "الأمس", "البارحة", "الليلة الماضية", "أول أمس"),
    *("الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "السنة الماضية"),
    *("الأسبوع المنصرم", "الشهر المنصرم", "مؤخرا"),
)

# noevent83, mendB84: talks named as what a report tells of ("قدم للبرلمان
# تقريرا حول سير المفاوضات مع …"): the report is the deed, the talks its
# topic; the talks' course ("سير", "مسار", "نتائج") may stand between. Read
# before talks nouns only (``REPORT_TOPIC_NOUNS``,
# ``named_topic.named_as_topic``): a report on an attack or a meeting tells
# of one done ("نشرت تقريرا عن الهجوم الذي شنته …").
REPORT_TOPIC_MARKERS: tuple[str, ...] = tuple(
    f"{report} {about}{course}"
    for report in ("تقرير", "تقريرا", "تقريره", "تقريرها")
    for about in ("عن", "حول", "بشأن", "بشان")
    for course in ("", " سير", " مسار", " نتائج", " تطورات")
)
# The starts of talks nouns (with or without the article).
REPORT_TOPIC_NOUNS: tuple[str, ...] = tuple(
    f"{article}{stem}"
    for article in ("", "ال")
    for stem in ("مفاوض", "محادث", "مباحث", "مشاورات", "حوار")
)

# noevent88: talks named by their state, progress or fate ("تحدث عن آخر
# مستجدات المفاوضات", "قلق على مصير المحادثات") are what one speaks of or
# weighs, no round of talks held; before talks nouns only.
REPORT_TOPIC_MARKERS = REPORT_TOPIC_MARKERS + (
    *("مستجدات", "آخر مستجدات", "آخر تطورات", "مصير", "مستقبل"),
    # not "(ال)تقدم (المحرز) في": progress is of talks held (mendC89)
    "حصيلة",
    # the talks as a post's complement ("قال منسق المفاوضات")
    *("منسق", "منسقة", "منسقو", "منسقي"),
)

# noevent83, mendB84: a deed one acts "for fear of" has not happened
# ("غادر السكان بيوتهم خوفا من هجمات جديدة"): the noun phrase right after
# the fear is its topic (``named_topic.named_as_topic``), up to a word that
# opens a told clause (``FEAR_PHRASE_ENDS``: "… بعد أن قصفت القوات القرية").
FEAR_MARKERS: tuple[str, ...] = ("خوفا من", "خوفاً من")
FEAR_PHRASE_ENDS: tuple[str, ...] = (
    *("بعد", "بعدما", "عندما", "حين", "حينما", "لما", "إثر", "اثر", "عقب"),
    *("منذ", "وبعد", "وعندما", "إذ", "اذ"),
)

# doer83: how a bombing's noun begins ("تفجير انتحاري", "انفجار سيارة
# مفخخة"): a state's army or police that announce the deed by its noun only
# tell it ("أعلنت الشرطة مقتل 80 شخصا في تفجيرين"), as a ministry does;
# their own deeds are named raids, strikes, shelling or clashes
# (``announcers``). A bare "هجوم" or "مقتل" may be their own.
ANNOUNCED_BOMBINGS: tuple[str, ...] = (
    *(f"{c}{n}" for c in ("", "ال", "ب", "بال") for n in ("تفجير", "انفجار")),
    *("سيارة مفخخة", "سيارات مفخخة", "عبوة ناسفة", "عبوات ناسفة"),
    *("هجوم انتحاري", "الهجوم الانتحاري", "عملية انتحارية", "العملية الانتحارية"),
)
# bystander84: how a toll begins ("حصيلة ضحايا التفجير", "ارتفاع حصيلة"): a
# speaker telling a bombing's toll tells it (``announcers``), however many
# words stand between the toll and the bombing's noun.
ANNOUNCED_TOLLS: tuple[str, ...] = tuple(
    f"{c}{n}"
    for c in ("", "ال", "و")
    for n in ("حصيلة", "ارتفاع ضحايا", "ارتفاع عدد", "عدد ضحايا", "عدد القتلى", "عدد قتلى")
)

# mendA86: words after which a person named drives or owns the vehicle that
# ran someone over ("دهسته سيارة مستوطن", "صدمته سيارة يقودها مستوطن"): a
# doer who may mean it, so no accident is told (``extract/driven``).
DRIVER_MARKERS: tuple[str, ...] = (
    *("سيارة", "مركبة", "شاحنة", "حافلة", "جرافة", "سيارات", "مركبات"),
    *("يقودها", "يقوده", "يقودهما", "يقودونها", "سائقها", "سائقه"),
)

# frame89: talks named as where a post is held ("رئيس الوفد في محادثات
# أستانا", "المبعوث الأممي إلى مفاوضات جنيف"): a post noun, up to three
# words, "في"/"إلى" and the talks noun name the holder, not a round of talks
# held; a word of taking part near by keeps the talks told ("شارك ممثل
# روسيا في محادثات أستانا"; ``named_topic._post_in_talks``).
TALKS_POSTS: tuple[str, ...] = tuple(
    f"{article}{post}"
    for article in ("", "ال")
    for post in (
        *("ممثل", "ممثلة", "ممثلو", "ممثلي", "مبعوث", "مبعوثة", "مندوب", "مندوبة"),
        *("وسيط", "مفاوض", "مفاوضين", "منسق"),
    )
)
TALKS_POSTS = TALKS_POSTS + ("الوفد", "والوفد")  # "رئيس الوفد في محادثات"
TALKS_POST_PREPS: tuple[str, ...] = ("في", "إلى", "الى")
TALKS_TAKING_PART: tuple[str, ...] = (
    *("شارك", "شاركت", "يشارك", "تشارك", "يشاركون", "شاركوا", "مشاركة", "المشاركة"),
    *("بمشاركة", "حضر", "حضرت", "يحضر", "تحضر", "حضور", "بحضور"),
    # returning to the talks or sending someone to them is taking part
    *("عاد", "عادت", "عادوا", "يعود", "تعود", "عودة", "العودة", "بالعودة", "انضم", "ينضم"),
    *("أرسل", "أرسلت", "يرسل", "ترسل", "أوفد", "أوفدت", "إيفاد", "ارسل", "ارسلت"),
    # mendE90: a deed the post's holders do in the talks tells them held
    *("اتفق", "اتفقت", "اتفقوا", "اتفقا", "اتفقتا", "يتفق", "توصل", "توصلت", "توصلوا"),
    *("توصلا", "وقع", "وقعوا", "وقعا", "تبادل", "تبادلوا", "تبادلا", "قدم", "قدموا"),
    *("طرح", "طرحوا", "اقترح", "اقترحوا"),
)
# mendE90: words of saying after the talks noun: the words after them tell
# what was said ("… said both sides agreed"), no taking part.
TALKS_SPEECH: tuple[str, ...] = ("قال", "وقال", "قالت", "أكد", "وأكد", "أعلن", "صرح", "إن", "أن")

# agentsar91: posts held abroad: a place right after officials so named
# ("الدبلوماسي في لندن", "بعثات دبلوماسية في مقديشو") is where they serve,
# not their country (``participants._Sentence._placed_right_after``).
ABROAD_POSTS: tuple[str, ...] = tuple(
    # mendD92: with every clitic and article a noun takes (``affixes``):
    # "وللدبلوماسيين", "للسفراء", "والبعثة" are the same posts
    prefix + word
    for word in (
        *("دبلوماسي", "دبلوماسية", "دبلوماسيين", "دبلوماسيون", "بعثة", "بعثات", "ملحق"),
        *("سفير", "سفراء", "مبعوث", "قنصل"),
        # lex65 (review92 11): the plural envoys and consuls serve abroad
        *("مبعوثون", "مبعوثين", "مبعوثي", "قناصل"),
    )
    for prefix in AFFIXES["noun"][0]
)
# mendD92: seats of international bodies (the EU and NATO, the UN, the IAEA):
# officials "in" them are as often the bodies' as the host state's, so they
# take no country from the seat (``participants._Sentence._placed_right_after``).
# mendF93: not New York, a US city first (its police, mayor and governor).
IGO_SEATS: tuple[str, ...] = ("بروكسل", "جنيف", "فيينا")
# mendD92: words of saying right after officials "in" a place: when the
# place's country is named again after them, the officials tell of a deed
# done to it and take no country from the place (``participants._Sentence.
# _speakers_of``). Not Persian: its verb ends the clause, and a codeless
# speaker there takes the doer's slot.
PLACED_SPEECH: tuple[str, ...] = TALKS_SPEECH
# mendF93: a subject pronoun a few words after that word of saying stands for
# the officials, whose own deed it tells ("قال مسؤولون في العراق إنهم
# يدينون الضربات التركية على العراق"): they keep the place's country.
SPEAKER_PRONOUNS: tuple[str, ...] = (
    *("إنهم", "أنهم", "انهم", "إنهن", "أنهن", "انهن"),
    *("إننا", "أننا", "اننا"),
)

# mendA92: a conjunction written after a comma opens a new clause rather than
# ending a list of two ("talks … with the participation of China, and the
# United States criticised them"); after a list of three it is an Oxford
# comma ("Britain, the US, and Canada") (extract/list_clause.py).
CLAUSE_COMMA_JOINERS: tuple[str, ...] = ("و",)

# faparties94: a relative clause on a deed of force that tells its toll
# ("حملت … إيران مسؤولية الهجوم الذي أسفر عن مقتل حارس"): the death is the
# deed itself, and those who blamed or told of the deed are no killers
# (``extract/tolls``). "الهجوم الذي قتل فيه" (the toll's verb before "فيه",
# inside the opener) is not among them: not read (mendC95).
TOLL_OPENERS: tuple[str, ...] = tuple(
    f"{who} {verb}"
    for who, verb in (
        ("الذي", "أسفر عن"),
        ("الذي", "اسفر عن"),
        ("التي", "أسفرت عن"),
        ("التي", "اسفرت عن"),
        ("الذي", "أدى إلى"),
        ("الذي", "ادى الى"),
        ("التي", "أدت إلى"),
        ("التي", "ادت الى"),
    )
)

# faparties96: nouns of exchange or relations whose partner after "مع" is
# what a call or a welcome is about, no side ("دعا إلى تمديد الإعفاءات
# المتعلقة بتجارة النفط مع إيران"; extract/relation_partners.py).
RELATION_NOUNS: tuple[str, ...] = tuple(
    f"{lead}{noun}"
    for noun in ("تجارة", "علاقات", "علاقة", "مبادلات", "تعاملات", "تبادل")
    for lead in ("", "ال", "بال", "لل", "وال", "ب", "و")
)

# doers98: the words that name a group after its descriptor in a doer's
# phrase ("من قبل عناصر الجماعة المسماة …", "على يد جماعة تسمى …"): the name
# after the link is the descriptor's, so the doer marker before the
# descriptor marks it (extract/doers.py)
NAMING_LINKS: tuple[str, ...] = (
    *("المسمى", "المسماة", "المعروف باسم", "المعروفة باسم", "تسمى", "يسمى"),
    *("المعروفة ب", "الملقبة ب"),
    # naming68 (review98a F8): the present passive and the group's own name
    *("تعرف باسم", "يعرف باسم", "تطلق على نفسها", "يطلق على نفسه"),
    *("يطلق عليها", "يطلق عليه", "يطلق عليهم", "يطلق عليها اسم", "يطلق عليه اسم"),
    *("تسمي نفسها", "يسمي نفسه"),
)
# mendD99: none; after "التي"/"الذي" the Arabic links are passive and still
# name the head ("الجماعة التي تسمى جيش العدل")
NAMING_BREAKS: tuple[str, ...] = ()

# doers98: a title a person feigns ("انتحال صفة ضابط", "ينتحل صفة دبلوماسي
# فرنسي") or claims to be ("ادعى أنه ملك ألمانيا") is no side
# (extract/claimed_identity.py): the words of feigning reach a few words on,
# the claims of being only the word right after
FEIGNING_CUES: tuple[str, ...] = (
    *("انتحال", "انتحالهم", "انتحاله", "انتحالها", "بانتحال", "لانتحال"),
    *("انتحل", "انتحلوا", "ينتحل", "ينتحلون", "تنتحل", "انتحلت"),
)
CLAIMED_BEING_CUES: tuple[str, ...] = (
    *("ادعى أنه", "يدعي أنه", "ادعت أنها", "تدعي أنها", "زعم أنه", "يزعم أنه"),
    *("ادعوا أنهم", "يدعون أنهم"),
)
# mendD99: the word joining a feigned title to the body it is of ("ضابط في
# الجيش الأردني", "an officer of the army"): the body is feigned too
TITLE_COMPLEMENT_LINKS: tuple[str, ...] = ("في",)

# senses101: what is searched for is sought, not had ("بدأ البرلمان البحث عن
# خارطة طريق جديدة", "تبحث عن اتفاق"): a deed noun right after is an aim, as
# "نحو اتفاق" gives none; not "بحث" alone (to discuss: "بحث الوزيران اتفاق
# التعاون" tells talks on a deal).
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{search} عن"
    for search in ("البحث", "بحثا", "يبحث", "تبحث", "نبحث", "يبحثون", "يبحثان", "تبحثان")
)

# sides101: words written between a title holder's mention and his name
# ("أمير الكويت الشيخ صباح الأحمد"): honorifics and forms of address. A name
# after them is the titled person again, so a list of titled, named leaders
# ("أمير قطر الشيخ تميم … وأمير الكويت الشيخ صباح … والرئيس السوداني …")
# stays one list (``coordination._after_repeat``); matched word by word.
HOLDER_NAME_LEADS: tuple[str, ...] = (
    *("الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "الأمير", "الأميرة"),
    *("الملك", "السلطان", "المشير", "الفريق", "أول", "اللواء", "العماد", "سمو", "السمو"),
    *("صاحب", "الملكي", "جلالة", "فخامة", "معالي", "سعادة"),
)

# sides104: a deed's noun with a relative clause whose verb carries the
# pronoun of that noun as its object ("الحصار الذي فرضته إسرائيل على لبنان",
# "الدعوة التي وجهها له العاهل المغربي", "العملية التي قامت بها الولايات
# المتحدة"): the subject after that verb did the deed, whoever the sentence
# names before the noun (who suffers, welcomes or condemns it). Only verbs
# of doing, imposing or giving: after "شهدته" or "تلقاه" the subject is the
# place or the receiver, after "أعلنته" maybe only who told it
# (extract/clause_doers.py).
DEED_CLAUSE_VERBS: tuple[str, ...] = (
    *(
        f"{verb}{pronoun}"
        for verb in (
            *("فرض", "فرضت", "يفرض", "تفرض", "شن", "شنت", "نفذ", "نفذت"),
            *("وجه", "وجهت", "ارتكب", "ارتكبت", "قدم", "قدمت", "يقدم", "تقدم"),
            *("أرسل", "أرسلت", "اتخذ", "اتخذت", "أطلق", "أطلقت", "أقر", "أقرت"),
            *("منح", "منحت", "أصدر", "أصدرت", "تبنى", "تبنت"),
        )
        for pronoun in ("ه", "ها", "هم")
    ),
    *(f"{verb} {prep}" for verb in ("قام", "قامت", "يقوم", "تقوم") for prep in ("به", "بها")),
)
# Words that may stand between such a verb and its subject: the pronoun of
# whom the deed was done to ("وجهها له العاهل").
DEED_CLAUSE_GAP_WORDS: tuple[str, ...] = (
    *("له", "لها", "لهم", "إليه", "إليها", "إليهم", "عليه", "عليها", "عليهم", "ضده", "ضدها"),
)
# How the words between the noun and the pronoun begin: the noun's own
# adjectives ("الضربة الصاروخية التي"); a word glued to a preposition opens
# another noun, the clause's ("رفضها للقرارات التي أصدرتها": the decisions'
# issuer did not reject).
DEED_CLAUSE_ADJECTIVE_PREFIXES: tuple[str, ...] = ("ال",)
# A preposition after the clause's verb opens its object, written before the
# subject ("العقوبات التي فرضتها على إيران الولايات المتحدة"): no subject.
DEED_CLAUSE_OBJECT_PREPOSITIONS: tuple[str, ...] = (
    *("على", "ضد", "إلى", "الى", "عن", "من", "في", "بحق", "لدى", "مع"),
)
# mendB104: whether a relative pronoun after a deed's noun is that noun's
# (extract/clause_doers.py). Words between the noun and the pronoun are its
# adjectives only when the noun is definite ("الحصار البحري الذي"); after a
# noun without the article they are its subject and object, and the pronoun
# is theirs ("باحتجاز القوات الإسرائيلية السفينة التي أرسلتها إيران": Iran
# sent the ship, Israel's forces seized it). The article as it is written
# after the prefixes glued before it:
DEED_CLAUSE_DEFINITE_PREFIXES: tuple[str, ...] = (
    *("ال", "بال", "وال", "فال", "كال", "لل", "وبال", "ولل", "فبال", "فلل"),
)
# A word ending so is feminine (or a plural of things) and takes "التي";
# the adjectives between agree with the pronoun, and a noun so marked takes
# no masculine pronoun ("الدعوة الذي" would be another noun's).
DEED_CLAUSE_FEMININE_ENDINGS: tuple[str, ...] = ("ة", "ات")
DEED_CLAUSE_FEMININE_PRONOUNS: tuple[str, ...] = ("التي", "اللتين", "اللتان", "اللواتي", "اللاتي")
# missing104: the groups of states of the nuclear talks, one name each
# (``lang/xx/blocs.BLOC_MEMBERS``): "مفاوضات إيران ومجموعة 5+1" has seven sides.
BLOC_NAMES: dict[str, tuple[str, ...]] = {
    "P5+1": ("5+1", "1+5", "خمسة زائد واحد", "5 زائد 1"),
    "P4+1": ("4+1", "1+4", "أربعة زائد واحد", "4 زائد 1"),
}
# Words before a group's name that take some of its members, not all
# ("بعض دول 5+1"): no member is a side (``lexicon._context_entries``).
BLOC_PARTIAL_BEFORE: tuple[str, ...] = (
    "بعض دول", "بعض الدول في مجموعة", "إحدى دول", "احدى دول", "بعض أعضاء", "أحد أعضاء",
    "بعض دول مجموعة", "إحدى دول مجموعة", "احدى دول مجموعة",
)  # fmt: skip

# missing105: a relative clause on a text a side issued ("بيان مجموعة السبع،
# الذي حمل إيران مسؤولية الهجوم"): the relative pronoun is the verb's subject,
# so the side that issued the text (named right after the noun) did what the
# clause tells, and whoever the main clause names (the one who welcomed or
# cited it) did not (``extract/authored_clause.py``). Only a verb right after
# the pronoun that carries no object pronoun ("الذي أصدرته" is the text's
# issuing, its subject after it). The noun in the construct state, bare or
# with a glued preposition or conjunction ("بتقرير الأمم المتحدة").
_AUTHORED = ("بيان", "تقرير", "رسالة", "قرار", "بلاغ", "مذكرة", "خطاب")
AUTHORED_NOUNS: tuple[str, ...] = tuple(
    f"{clitic}{noun}" for clitic in ("", "ب", "ل", "و", "وب", "ول", "ف") for noun in _AUTHORED
)
AUTHORED_CLAUSE_RELATIVES: tuple[str, ...] = ("الذي", "التي")
# mendA105: a preposition carrying a pronoun that takes up the text between
# the verb and a side ("الذي اتهمت فيه إسرائيل حماس", "الذي طالبت به روسيا"):
# the text is no subject there, the side after it is the verb's own, so the
# issuer did nothing the clause tells (``extract/authored_clause.py``).
AUTHORED_CLAUSE_RESUMPTIVES: tuple[str, ...] = tuple(
    f"{prep}{pronoun}"
    for prep in ("في", "ب", "علي", "إلي", "الي", "ضد", "بموجب", "خلال", "من", "عن", "ل")
    for pronoun in ("ه", "ها")
)

# mendB105: a deed ruled out ends at a word of time ("لا مجال للتفاوض بعدما
# هاجمت إيران …": the attack is told), and "لا مجال/لا مكان" rule out only
# the deed their "ل" is glued to ("لا مكان آمن": no safe place, nothing ruled out).
RULED_OUT_STOPS: tuple[str, ...] = ("بعد", "بعدما", "وبعد", "وبعدما", "عقب", "إثر")
RULED_OUT_GLUED: tuple[str, ...] = ("ل",)

# nonevent106: words of concern. Their clause naming a disaster or an
# accident (``status.DISASTER_CUES``) and no one's deed, the concern is
# sympathy, no accusation (extract/disaster_concern.py): "أعرب عن قلقه من
# انتشار الحرائق". Not "أدان", read as ever.
CONCERN_WORDS: tuple[str, ...] = ("قلق", "قلقه", "قلقها", "قلقهم", "القلق", "انشغال", "انشغاله")
# mend106 (review105a F3): a teller named after an announcement opener
# (``status.ANNOUNCER_CUES``: "وبحسب منظمة العفو الدولية، …") taken up again
# by its kind's noun after a noun of what it has ("مكاتب المنظمة", "مراسل
# الوكالة"): the teller is the deed's target there, not its teller only
# (``sources._announced`` drops the teller, ``sources._taken_up`` puts it back). A preposition may be written on the head.
TELLER_ANAPHORS: tuple[str, ...] = tuple(
    f"{clitic}{head} {anaphor}"
    for head in (
        "مقر",
        "مقار",
        "مكتب",
        "مكاتب",
        "موظفي",
        "موظفين",
        "أعضاء",
        "ناشطي",
        "باحثي",
        "مدير",
        "مراسل",
        "مراسلي",
        "صحفيي",
        "موقع",
    )
    for anaphor in ("المنظمة", "الوكالة", "القناة", "الصحيفة", "الشبكة")
    for clitic in ("", "و", "ب", "ل")
)
# codes106: a word of saying or its "إن/أن" right after a place closes the
# teller's clause ("قالت منظمة حقوقية في سيول إن كوريا الشمالية أعدمت ألف
# شخص"): the place is the teller's, and lends no country to the agents of
# what is told (``participants._Sentence._teller_place``).
TELLER_SPEECH: tuple[str, ...] = ("إن", "أن", "ان", "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت")
# mendD106 (review106b F4): a noun of the teller's kind between the teller
# and the anaphor ("داهمت الشرطة مقر منظمة حقوقية وأغلقت مكاتب المنظمة") is
# what the anaphor takes up, not the teller (``sources._taken_up``).
TELLER_KINDS: tuple[str, ...] = ("منظمة", "المنظمة", "جمعية", "مؤسسة")

# swap107: a request's noun whose genitive asked it ("رفضت باكستان طلب
# الولايات المتحدة استضافة اللاجئين", "رحب الحزب بدعوة رئيس الجمهورية إلى
# حوار"): the genitive comes first, before who rejects or welcomes it
# (extract/request_genitive.py: asker_first). Not "مطالبة" or "مناشدة",
# written as the participle of a clause's subject ("…، مطالبة السلطات
# بضمان": the authorities are asked). An invitation's genitive may be whom
# it invites ("دعوة المواطنين إلى التصويت"): read only for a state, its
# body or an office holder.
ASKER_GENITIVE_NOUNS: tuple[str, ...] = (
    *("طلب", "طلبات", "مطالب", "دعوة", "دعوات", "نداء", "نداءات"),
)
INVITED_GENITIVE_NOUNS: tuple[str, ...] = ("دعوة", "دعوات")
# mendB107: where the invitation's noun names the act of inviting, its
# genitive is the guest (extract/request_genitive.py: _inviting_act): a
# verb of deciding, proposing or announcing before it ("أعلن الكرملين
# دعوة الرئيس الإيراني"), or a destination of another state after the
# genitive ("دعوة الرئيس الإيراني لزيارة موسكو").
INVITING_ACT_VERBS: tuple[str, ...] = (
    *("قرر", "قررت", "تقرر", "يقرر", "اقترح", "اقترحت", "يقترح", "تقترح"),
    *("أعلن", "أعلنت", "يعلن", "تعلن", "اعلن", "اعلنت"),
)
INVITING_ACT_AFTER: tuple[str, ...] = ()
# Single-example data (diffread72 F12): "لزيارة" rests on one sentence of
# review107a and mendB107's test; "إلى" is the general word of direction.
INVITED_DESTINATION_MARKERS: tuple[str, ...] = ("لزيارة", "إلى", "الى")
# A preposition or conjunction glued on the article ("نداء للأحزاب", "دعوة
# والحكومة"): the side after the noun is no genitive.
ASKER_GLUED_STARTS: tuple[str, ...] = ("لل", "بال", "وال", "فال", "كال")

# ---- gov108: a government still to be formed (extract/formed_government.py) ----
# No FORMING_WORDS here: in Arabic news "تشكيل الحكومة" is mostly a
# premier-designate's or a sitting cabinet's formation ("تكليف الشاهد بتشكيل
# حكومة الوحدة الوطنية", "استنكار الطريقة المنتهجة في تشكيل الحكومة"), whose
# government is the side; read out, the corpus lost two right sides for no
# gain and the held-out Arabic agents fell (round 108).

# officials111: a full name set off by commas right after a state's title
# (extract/person_names.py: _apposed_name) names its holder, who is then
# named by surname alone; closed by its second comma or it is no name.
APPOSED_TITLE_NAMES = True

# teller111 (extract/framed_teller.py): a deed's noun in a topic phrase of a
# teller's clause ("صرح المتحدث بشأن تفجير المسجد"): the teller, no side.
# mendD111: not "حول", as often a place ("انتشرت حول الفلوجة").
TOLD_DEED_TOPICS: tuple[str, ...] = ("بشأن", "بخصوص")
# No slots of blame: "حمّل X Y المسؤولية عن N", "اتهم X Y بـN" already leave
# the blamer out of the deed (the one blamed is its doer); read again here,
# the one blamed was taken out too and the deed lost (round 111). A bare
# "مسؤولية" after a name is as often the blamer's ("نسبت بكين مسؤولية
# الهجمات لناشطين").
BLAMED_DEED_SLOTS: tuple[str, ...] = ()
# Words right after the deed's noun that point back to the teller.
TELLER_OWN_WORDS: tuple[str, ...] = ()

# mendB111: ordinary words an aside between commas after a title is written
# with, none of them part of a name ("، مرة أخرى،", "، بنبرة حادة،", "، بلهجة
# غاضبة،", "، هذه المرة،"); read also behind a glued clitic ("وبلهجة"). Words
# with the article ("، الأربعاء الماضي،", "، المعترف به دوليا،") are refused by
# their article (extract/person_names.py: _name_like).
APPOSED_NAME_STOPWORDS: tuple[str, ...] = (
    "مرة", "مرات", "أخرى", "آخر", "هذه", "هذا", "تلك", "ذلك", "أمس", "أيضا",
    "مجددا", "نبرة", "لهجة", "شكل", "صوت", "طريقة", "لغة",
)  # fmt: skip
# mendB111: the words of a name after which its next word carries the article
# ("عبد السلام", "أبو الغيط"): that article does not make the aside no name.
NAME_ARTICLE_OPENERS: tuple[str, ...] = ("عبد", "أبو", "أبي", "أبا")

# mendD111: what opens the reported clause and ends the teller's part ("قال
# X إن Y بشأن …": Y's words, X no teller of them), and the subjects of the
# reported clause after the deed that point back to the teller ("بشأن الغارة
# إن قواته …"): its own deed.
TELLER_PART_ENDS: tuple[str, ...] = (
    "أن",
    "إن",
    "بأن",
    "أنه",
    "إنه",
    "بأنه",
    "أنها",
    "إنها",
    "بأنها",
)
TOLD_BACK_WORDS: tuple[str, ...] = (
    "أنه",
    "إنه",
    "بأنه",
    "أنها",
    "إنها",
    "بأنها",
    "قواته",
    "قواتها",
)
