"""Persian words that tell how a country mention relates to an event."""

from .numbers import VALUES as NUMBER_VALUES

TOPIC_PREPOSITIONS: tuple[str, ...] = (
    "درباره",
    "مورد",
    "خصوص",
    "در",
    "علیه",
    "برای",
    "بر",
    # a country's issues, file, crisis or affairs are a topic ("مسائل ایران")
    "مسائل",
    "مسئله",
    "موضوع",
    "پرونده",
    "بحران",
    "اوضاع",
    "وضعیت",
    "تحولات",
    "قضیه",
    "ماجرای",
    "حوادث",
)
LOCATION_PREPOSITIONS: tuple[str, ...] = ("در",)
ACTOR_HEAD_NOUNS: tuple[str, ...] = (
    "دولت",
    "وزارت",
    "وزیر",
    "هیئت",
    "هیات",
    "سفارت",
    "مقامات",
    "طرف",
    "ارتش",
    "نیروهای",
    "مجلس",
    "همتای",
    "سفیر",
    "رئیس",
    "سخنگوی",
    "جمهور",
    "رییس",
    "دیپلمات",
    "مقام",
    "همتایان",
)
CONJUNCTIONS: tuple[str, ...] = ("و", "،", ",", "یا")

# "Our country" in Persian-language news: Iran, or Afghanistan when the
# document talks about Afghanistan more (Dari outlets).
HOME_CANDIDATES = ("IRN", "AFG")
OUR_COUNTRY_WORDS: tuple[str, ...] = ("کشورمان", "کشور ما", "میهن", "ایران اسلامی")

# "The country" written alone, closing its noun phrase, is the writer's own
# country, as "our country" is: "معلمان سراسر کشور" (teachers across the
# country), "دستگاه‌های اجرایی کشور", "در کشور". It places the people of its
# sentence that name no country of their own, and takes no part itself.
HOME_NOUNS: tuple[str, ...] = ("کشور",)
# agents42fa: "this/that country" closing an agent's noun phrase points back
# to the country named last ("مخالفان این کشور", "رئیس جمهور آن کشور"):
# the agent is of that country (``extract/this_country.py``)
THIS_COUNTRY_WORDS: tuple[str, ...] = ("این کشور", "آن کشور")
# … not a state only "against" parts from it: the deed's other side
THIS_COUNTRY_AGAINST: tuple[str, ...] = ("علیه", "ضد", "بر ضد")
# agentsar85: a nationality right after a partitive word ("از جمله دو
# تونسی", "که دو نفر از آنها") is only some of a group's: no agent takes
# its country from it (``extract/partitive_nationals.py``).
NATIONAL_PARTITIVES: tuple[str, ...] = ("از جمله", "از میان آنها", "از آنها", "که از جمله")
# victims103: nouns of dying or being wounded whose genitive is whom the deed
# struck ("به کشته شدن غیرنظامیان و ماموران پلیس منجر شد"): an uncounted side
# so named, and those joined to it, are victims as counted ones are
# (``victims_only._toll_named``), never the doer of one another.
TOLL_GENITIVE_NOUNS: tuple[str, ...] = tuple(
    f"{n}{a}"
    for n in (
        *("کشته شدن", "کشته‌شدن", "زخمی شدن", "زخمی‌شدن", "مجروح شدن", "مجروح‌شدن"),
        *("جان باختن", "جان‌باختن", "مرگ", "شهادت"),
    )
    for a in ("", " یک")  # "کشته شدن یک مامور پلیس": the article is no count
)
# victims103: words that may stand between a toll's victim and the next one
# joined to it ("کشته شدن غیرنظامیان و ماموران پلیس"): the body after them is
# struck too.
TOLL_GENITIVE_LINKS: tuple[str, ...] = (
    *("از", "یک", "ماموران", "مأموران", "اعضای", "افراد", "سربازان", "نیروهای"),
)
# country87: a state right after a word of where a group came from or lives
# ("قاچاقچیان آمده از لیبی", "مقیم قطر") is the group's origin, not the
# police's that held them (read as ``NATIONAL_PARTITIVES``).
ORIGIN_MARKERS: tuple[str, ...] = ("آمده از", "مقیم", "ساکن", "اعزامی از")
# codes91: a state right after a word of heading there ("پناهجویان عازم
# یونان", "کشتی به مقصد سوریه") is where someone goes: no agent's country
# (``participants._Sentence.destination``). Not the bare "به", which is
# mostly the dative ("در پیامی به مردم ایران", "خسارت به این کشور").
DESTINATION_MARKERS: tuple[str, ...] = ("به سوی", "به سمت", "به مقصد", "عازم", "راهی")
# parties107: … but a bare "به" with a verb of going, sending or fleeing
# among the one to three words right after the state (read up to a glued
# punctuation mark; whether the clause closes there is not checked) is the
# direction: "از مرز به ایران بروند" (go to Iran), "او را به ترکیه
# فرستادند", "به آلمان گریختند", "به عراق منتقل شد". That state is where
# someone goes, no agent's country, as after "عازم". Not a visit ("به
# ایران سفر کرد": the host), a deployment ("اعزام": the sending's other
# side) nor a return ("به ایران بازگشت": a home again), which stay as they are.
DESTINATION_VERB_PREPOSITIONS: tuple[str, ...] = ("به",)
DESTINATION_VERBS: tuple[str, ...] = tuple(
    prefix + stem + ending
    for stem, prefixes, endings in (
        ("رفت", ("", "ن"), ("", "ند", "ه", "ه‌اند", "ه است", "ه بود", "ه بودند")),
        ("رو", ("می‌", "نمی‌", "ب", "ن"), ("د", "ند", "یم")),
        ("فرستاد", ("", "ن"), ("", "ند", "ه", "ه‌اند", "ه است", "ه شد", "ه شدند")),
        ("فرست", ("می‌", "نمی‌", "ب", "ن"), ("د", "ند", "یم")),
        ("گریخت", ("", "ن"), ("", "ند", "ه", "ه‌اند", "ه است")),
        ("گریز", ("می‌", "ب"), ("د", "ند")),
        ("کوچ", ("",), (" کرد", " کردند", " کرده‌اند", " می‌کنند", " کنند")),
        ("فرار", ("",), (" کرد", " کردند", " کرده‌اند", " می‌کنند", " کنند")),
        ("مهاجرت", ("",), (" کرد", " کردند", " کرده‌اند", " می‌کنند", " کنند")),
        ("پناهنده", ("",), (" شد", " شدند", " شده‌اند", " می‌شوند", " شوند")),
        (
            "منتقل",
            ("",),
            (
                " شد",
                " شدند",
                " شده",
                " شده‌اند",
                " شده است",
                " کرد",
                " کردند",
                " می‌شوند",
                " شوند",
                " کنند",
            ),
        ),
    )
    for prefix in prefixes
    for ending in endings
)
# mendA107: the envoy's title "فرستاده" is also the participle "sent":
# after "به" and a state as the verb of going ("کمک‌ها به سوریه فرستاده
# شد"), or with an auxiliary right after it ("… فرستاده شدند"), it is the
# sending, no envoy (``going.sent_not_envoys``).
SENT_PARTICIPLES: tuple[str, ...] = ("فرستاده",)
PARTICIPLE_AUXILIARIES: tuple[str, ...] = (
    *("شد", "شده", "شدند", "شده‌اند", "شود", "شوند", "می‌شود", "می‌شوند"),
    *("است", "اند", "بود", "بودند"),
)
# codes91: a word of return before them makes the state a home again
# ("بازگشت پناهجویان به سوی افغانستان").
DESTINATION_RETURNS: tuple[str, ...] = ("بازگشت", "بازگشتن", "بازگرداندن", "برگشت", "بازگشته")
# mendC92: the conjunctions that carry a destination to the state joined to
# it ("عازم یونان و ایتالیا") (``participants._Sentence.destination``); the
# Persian markers are no other phrase's tail, so no word cancels them.
DESTINATION_NOT_AFTER: tuple[str, ...] = ()
DESTINATION_JOINS: tuple[str, ...] = ("و", "یا", "،", ",")
# mendC92: a visit or a trip a few words before the word of direction: the
# state is the host, a side of the visit ("سفر هیئت پارلمانی به سوی سوریه"),
# and the finger of accusation pointed toward it names the accused ("انگشت
# اتهام را به سوی ... گرفتند").
DESTINATION_HOSTS: tuple[str, ...] = ("سفر", "بازدید", "دیدار", "سفرش", "اتهام")
# agents48fa: "foreign" written with an agent noun ("نیروهای خارجی", "القوات
# الأجنبية", "foreign troops") says the agents are not of the country where
# they are or which the sentence names: they take none from it
# (``participants._Sentence.foreign``).
FOREIGN_WORDS: tuple[str, ...] = ("خارجی", "بیگانه", "اجنبی")
# agents64fa: a region's adjective right after an agent noun says the
# agents are of a region, not of the one state the sentence names (mostly
# their other side): an official of Europe ("مقام اروپایی", "مقامات
# اروپایی") is the EU's, as readers code him; Western diplomats, Arab media
# ("دیپلمات‌های غربی", "رسانه‌های عربی") are of none
# (``participants._Sentence.regional``). Not "عرب", also a people within a
# state ("معترضان عرب خوزستان").
REGION_WORDS: dict[str, str] = {
    "اروپایی": "EU",
    "غربی": "",
    "عربی": "",
    "آفریقایی": "",
    "آسیایی": "",
}
# agents57fa: heads of an agent noun of a stateless agent (NGO) that name
# people, not an organisation: environmental activists ("فعالان محیط زیست")
# belong to the country the text places them in, as other agents do
# (extract/participants._local_people).
LOCAL_AGENT_HEADS: tuple[str, ...] = ("فعال", "فعالان", "فعالین", "کنشگر", "کنشگران")
# recall45fa: "این کشور" alone (no agent noun before it) is the state named
# before its clause when a preposition of a side governs it ("تحریم‌هایی
# علیه این کشور", "حمایت روسیه از این کشور"); "در این کشور" is a place, a
# genitive ("حمایت این کشور") may be the doer and stays alone
# (extract/this_country.this_country_sides).
THIS_COUNTRY_SIDES: tuple[str, ...] = ("این کشور", "آن کشور")
THIS_COUNTRY_SIDE_PREPOSITIONS: tuple[str, ...] = ("به", "از", "علیه", "ضد", "با")
THIS_COUNTRY_CLAUSE_WORDS: tuple[str, ...] = ("که",)
# … not after a word that makes it some other country: a demonstrative or a
# number ("این کشور" points back to a country named before, "دو کشور", "هر
# کشور"), "abroad" ("خارج از کشور", "خارج کشور"), or the interior ministry
# ("وزارت کشور", "وزیر کشور", "وزارت محترم کشور").
HOME_NOUN_NOT_AFTER: tuple[str, ...] = (
    "این",
    "آن",
    "همین",
    "همان",
    "هر",
    "یک",
    "دو",
    "سه",
    "چهار",
    "پنج",
    "چند",
    "هیچ",
    "کدام",
    "کدامین",
    "همه",
    "خارج",
    "بیرون",
    "وزارت",
    "وزیر",
    "وزارتخانه",
    "محترم",
)
# … nor before a word that makes it some other country or several: plural
# endings written apart ("کشور های"), "خود" (their own country, not ours),
# "the world" ("کشور جهان"), and words that describe which country
# ("کشور همسایه", "کشور میزبان"); a country name after it ("کشور عراق")
# and an adjective of relation in "-ی" ("کشور اسلامی", "کشور دیگری",
# ``HOME_NOUN_ADJECTIVE_ENDINGS``) do too.
HOME_NOUN_NOT_BEFORE: tuple[str, ...] = (
    "ها",
    "های",
    "هایی",
    "خود",
    "خویش",
    "جهان",
    "دنیا",
    "همسایه",
    "عضو",
    "دیگر",
    "برادر",
    "دوست",
    "میزبان",
    "مهمان",
    "ثالث",
    "مستقل",
    "بیگانه",
    "بزرگ",
    "کوچک",
    "مقصد",
    "مبدا",
    "مبدأ",
    "متبوع",
    "مورد",
    "متخاصم",
    "ثروتمند",
    "فقیر",
)
HOME_NOUN_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ی",)

# A sentence without an event of its own adds areas of cooperation to the
# previous event only when it speaks of "areas"/"fields" (e.g. "the accords
# cover health and culture").
SECTOR_SCOPE_CUES: tuple[str, ...] = (
    "زمینه",
    "زمینه های",
    "حوزه",
    "حوزه های",
    "بخش",
    "بخش های",
    "شامل",
)

# A sector word right after one of these names an office ("وزير الصحة",
# "Minister of Trade"), not an area of cooperation.
SECTOR_TITLE_WORDS: tuple[str, ...] = ("وزیر", "وزارت", "وزیران", "معاون", "سازمان", "وزارتخانه")

# Words that end a person's name written after "title + country".
NAME_STOPWORDS: tuple[str, ...] = (
    "در",
    "با",
    "به",
    "از",
    "که",
    "را",
    "و",
    "برای",
    "روز",
    "امروز",
    "دیروز",
    "طی",
    "پس",
    "گفت",
    "اعلام",
    "نیز",
)
NAME_MIN_TOKENS = 2
# Persian news writes the name before the title ("سعید خطیب‌زاده، سخنگوی …"),
# so words after "title + country" are not a name.
NAMES_FOLLOW_TITLES = False

# An adjective after these names a place ("پایتخت چین").
LOCATION_HEAD_NOUNS: tuple[str, ...] = (
    "پایتخت",
    "شهر",
    "بندر",
    "خاک",
    "مرز",
    "مرزهای",
    "آب های",
    "مرز های",
    # a coast, its waters and sky: where a ship or plane was, not a side
    # ("در نزدیکی ساحل عمان"); two-word heads are read as one
    "ساحل",
    "سواحل",
    "حریم هوایی",
    "فضای هوایی",
    "حوالی",
    "منطقه",
    "استان",
    "فرودگاه",
    "ولایت",
    "شهرستان",
    "روستای",
    "محله",
    "میدان",
    "خیابان",
    "خیابان های",
    "جنوب",
    "شمال",
    "شرق",
    "غرب",
    "حومه",
    "نزدیکی",
    "داخل",
    "سراسر",
    "اطراف",
    "مقر",  # "در مقر اتحادیه آفریقا": where, not who
)

# Of the heads above, those of a coast and its waters: a ship seized or
# struck "در نزدیکی ساحل عمان" is at sea, so the state is neither a side
# nor the home of the agents named (the killed crew are not Omanis).
OFFSHORE_HEAD_NOUNS: tuple[str, ...] = ("ساحل", "سواحل", "آب های", "آبهای")

# Persian negates the light verb after the event noun ("دیدار نکرد").
NEGATION_FOLLOWS_TRIGGER = True
# tidy69 (from extract/predicates.drop_objects): a light verb so negated
# carries its object out: the prefix glued to a phrase break ("نکرد"), and
# the negated present marker. Read as written: "نمی" with the Persian yeh
# never matches normalised text (which writes "نمي"), as in the code before.
OBJECT_NEGATION_PREFIXES: tuple[str, ...] = ("ن",)
OBJECT_NEGATED_WORDS: tuple[str, ...] = ("نمی",)

# A preposition between a title and a country means the country is a host or
# counterpart ("سفير … لدى كوريا"), not the title holder's state.
# A verb of saying ends the title's noun phrase as well
# ("خبرنگاران گفت ایران …": the country begins what is said).
# A preposition of topic ends a title too: "رهبران درباره فلسطین گفتگو کردند"
# names what the leaders spoke about, not their state ("مورد" alone is also
# "نیروهای مورد حمایت ایران", so only the unambiguous ones).
ROLE_BREAK_WORDS: tuple[str, ...] = (
    "در", "به", "با", "از", "نزد", "برای", "درباره", "پیرامون",
    "گفت", "گفتند", "افزود", "نوشت",
    # the object marker closes the noun phrase: "بازداشت کارگران را ترکیه
    # محکوم کرد", the country after it is the subject, not the workers'
    "را",
    # sides28: a preposition of the target ends a title: "معترضان علیه
    # ایران" are not Iran's protesters
    "علیه", "ضد",
)  # fmt: skip

# A noun followed by "را" is the object of the clause's verb ("این حمله را
# محکوم کرد": the attack is what is condemned), not an event of its own,
# unless the verb carries it out ("رزمایش را برگزار کرد"). The noun phrase
# ends at a verb, "که", "تا" or "و" ("دیدار و استوارنامه را تسلیم کرد": met,
# and handed over).
OBJECT_MARKERS: tuple[str, ...] = ("را",)
# codoers94: a reciprocal after a list of doers ("ایران و اسرائیل یکدیگر
# را متهم کردند") makes its members each other's source and target, no co-doers.
RECIPROCALS: tuple[str, ...] = ("یکدیگر", "همدیگر")
# aftertitle61fa: words that may stand before a title that still opens its
# clause as its subject ("یک فرمانده سپاه اسرائیل را تهدید کرد"): a state
# right after such a title and before "را" is the verb's object
# (extract/countries.py: _marked_object). Not "و" nor "همچنین": they also
# join a second title to an object phrase ("نخست وزیر تونس و نخست وزیر
# لیبی را به حضور پذیرفت": Libya's prime minister is received).
CLAUSE_OPENING_WORDS: tuple[str, ...] = ("یک",)
# slots36: the one asked follows "از" right before a verb of asking ("ما از
# ایران می‌خواهیم"): with no asker named, it is no asker (extract/lone_object).
ASKED_OF_MARKERS: tuple[str, ...] = ("از",)
# parties74fa: a warning whose addressee stands right before its verb behind
# "به" ("بایدن به گروه طالبان هشدار داد هرگونه حمله به شهروندان آمریکا …
# با واکنش شدید مواجه خواهد شد") has told whom it warns: the sides after
# the verb are inside what it warns of, none of its own
# (extract/lone_object.warned_content_out), as "از X خواست …" tells whom a
# request asks. ``WARNING_WORDS``: the warning's own word in its trigger.
WARNED_MARKERS: tuple[str, ...] = ("به",)
WARNING_WORDS: tuple[str, ...] = ("هشدار",)
# requests67fa: "از" after these words ends a compound preposition or a
# comparison ("پس از", "بیش از", "غیر از"), and before these it opens a
# doer's, a way's or an example's phrase ("از سوی", "از طریق", "از جمله"):
# no one asked follows it there, though a verb of asking comes next
# (extract/lone_object._asked_uncoded). mendA67: nor after a verbal noun
# that rules its own "از" ("با انتقاد از این وضع خواست", "ضمن تشکر از
# میزبان خواست"): what follows is what is criticised, welcomed or thanked,
# and the one asked may still come after the verb. Not "دفاع": "وزیر دفاع
# از نمایندگان خواست" is the defence minister asking.
ASKED_OF_NOT_AFTER: tuple[str, ...] = (
    "پس", "بعد", "پیش", "قبل", "بیش", "بیشتر", "کمتر", "فراتر", "غیر", "جز",
    "خارج", "ناشی", "حاکی", "اعم", "فارغ", "دور", "جدا",
    "انتقاد", "استقبال", "تشکر", "قدردانی", "تقدیر", "سپاسگزاری", "حمایت",
    "پشتیبانی", "نگرانی", "خرسندی", "نارضایتی", "گلایه", "شکایت", "تجلیل",
)  # fmt: skip
ASKED_OF_NOT_BEFORE: tuple[str, ...] = (
    "سوی", "طرف", "جانب", "طریق", "جمله", "نظر", "لحاظ", "قبل", "پیش", "آنجا",
    "اینجا", "روی", "رو", "بابت",
)  # fmt: skip
PHRASE_BREAKS: tuple[str, ...] = (
    "کرد",
    "کردند",
    "کرده",
    "کند",
    "کنند",
    "کنیم",
    "شد",
    "شدند",
    "شده",
    "شود",
    "شوند",
    "نمود",
    "نمودند",
    "است",
    "اند",
    "بود",
    "بودند",
    "داد",
    "دادند",
    "دهد",
    "دهند",
    "گفت",
    "گفتند",
    "گرفت",
    "گرفتند",
    "رسید",
    "رسیدند",
    "که",
    "تا",
    "و",
)
# tri31fa: a noun right after a preposition of time or circumstance heads
# an adverbial phrase of the clause, and "را" after it marks the next noun
# phrase, not it: "پس از دیدار با امیر قطر دوحه را ترک کرد" met the emir
# and left Doha, as English "after meeting the emir, he left Doha" is read.
# Not the plain prepositions: a noun phrase marked by "را" holds their
# phrases ("اسامی کشته‌شدگان در اعتراضات را منتشر کرد").
OBJECT_BLOCKERS: tuple[str, ...] = (
    "پس از", "بعد از", "پیش از", "قبل از", "هنگام", "حین", "طی", "ضمن",
    "در جریان", "در پی", "به دنبال", "در حاشیه", "در خلال",
)  # fmt: skip
# tri31fa: a passive participle that the object marker follows describes
# a noun of the object ("نفتکش توقیف‌شده انگلیسی را آزاد کرد": released
# the seized tanker, seized before), as English "the seized tanker" and
# Arabic "الناقلة المحتجزة" are read; it reports no seizure of its own.
OBJECT_PARTICIPLES: tuple[str, ...] = ("شده", "گردیده")
SUPPORT_VERBS: tuple[str, ...] = (
    "برگزار",
    "تقدیم",
    "انجام",
    "آغاز",
    "شروع",
    "ادامه",
    "سر",
    "تشدید",
    "گسترش",
    "توسعه",
    "تقویت",
    "تعمیق",
    "امضا",
    "اجرا",
    "ارسال",
    "اعزام",
    "تحویل",
    "اهدا",
    "دنبال",
    "پیگیری",
    "تمدید",
    "برقرار",
    "ایجاد",
    "هدایت",
    "رهبری",
    "اعمال",
    "وضع",
    "نهایی",
    "تصویب",
    "اعلام",
    "ابراز",
    "صادر",
    "توصیف",
    "ارزیابی",
    "خواند",
    "خواندند",
    # claiming an attack ("مسئولیت حمله … را بر عهده گرفت") says it happened
    "عهده",
    # confirming a deed says it happened ("خروج نیروها را تایید کرد")
    "تایید",
    "تأیید",
)
# tri30b: calling a noun's event off ("سفر خود … را لغو کرد"): the noun is
# told, negated (``status.CANCELLED_CUES``), not the object of another verb;
# a sanction or ban called off is lifted instead ("تحریم … را لغو کرد").
CANCEL_VERBS: tuple[str, ...] = ("لغو", "منتفی")
# types25fa: a compound verb's noun and its own light verb with the object
# between them ("وعده ارسال دارو به ایران را داد" promised to send medicine,
# "دستور آزادی زندانیان را داد" ordered their release, "اجازه استفاده از
# پایگاه را داد"): the noun is what the verb carries out, as with
# SUPPORT_VERBS, not an object of another verb.
_GIVE_FORMS = ("داد", "دادند", "داده", "دادیم", "دادم", "دهد", "دهند", "دهیم")
_DO_FORMS = ("کرد", "کردند", "کرده", "کردیم", "کند", "کنند", "کنیم", "نمود", "نمودند")
OWN_LIGHT_VERBS: dict[str, tuple[str, ...]] = {
    "وعده": _GIVE_FORMS,
    "قول": _GIVE_FORMS,
    "دستور": _GIVE_FORMS,
    "اجازه": _GIVE_FORMS,
    "درخواست": _DO_FORMS,
    "تعهد": _DO_FORMS,
}
# "this attack", "همین دیدار": a pointer to an event already told.
DEMONSTRATIVES: tuple[str, ...] = ("این", "آن", "همین", "همان")
# A verb of joining closing the clause of such a pointer ("رانندگان تاکسی
# هم روز بعد به همین اعتصاب پیوستند") tells new people taking part: a
# new event, not a pointer back.
JOINED_VERBS: tuple[str, ...] = (
    "پیوست",
    "پیوستند",
    "پیوسته",
    "پیوستیم",
    "پیوندد",
    "پیوندند",
)
# An event noun right after these is what is talked about or aimed at ("در
# مورد توافق گفتگو کردند": the agreement is the topic of the talks; "به
# منظور آزادسازی": a release sought, not made).
TOPIC_MARKERS: tuple[str, ...] = (
    "برای",
    "بررسی",
    "به منظور",
    "با هدف",
    "به قصد",
    "به هدف",
    "جهت",
    "مشتاق",
    "درباره",
    "در باره",
    "در مورد",
    "در خصوص",
    "پیرامون",
    "راجع به",
    "در رابطه با",
    "در زمینه",
    # what one is (not) willing to do ("حاضر به مذاکره نشد")
    "حاضر به",
    # prec25fa: what is done "instead of" a deed leaves that deed undone
    # ("به جای مذاکره با آمریکا به چین روی آورد")
    "به جای",
    "بجای",
    "به‌جای",
)

# Words of sport, entertainment, markets and weather: a sentence with one
# reports no political event ("دیدار دو تیم", "حمله" in a match, "عقب‌نشینی
# دلار"). Sports cooperation between states is named with "ورزشی", which is
# not listed.
OFF_DOMAIN_CUES: tuple[str, ...] = (
    "فوتبال",
    "فوتسال",
    "والیبال",
    "بسکتبال",
    "هندبال",
    "کشتی فرنگی",
    "کشتی آزاد",
    "تکواندو",
    "جودو",
    "کاراته",
    "وزنه برداری",
    "وزنه‌برداری",
    "دوومیدانی",
    "المپیک",
    "پارالمپیک",
    "جام جهانی",
    "لیگ برتر",
    "لیگ قهرمانان",
    "سرمربی",
    "بازیکن",
    "بازیکنان",
    "دروازه بان",
    "دروازه‌بان",
    "تیم ملی",
    "باشگاه فوتبال",
    "مسابقه",
    "مسابقات",
    "مدال",
    "ورزشکاران",
    "ورزشکار",
    "کاروان ورزشی",
    "قهرمانی جهان",
    "ورزشگاه",
    "شروع بازی",
    "نیمه اول",
    "نیمه دوم",
    # lead27: a friendly and its draw ("در دیدار دوستانه … به تساوی رسید"),
    # as Arabic "لقاء ودي" and English "in a friendly"
    "دیدار دوستانه",
    "بازی دوستانه",
    "به تساوی",
    "سینما",
    "سینمایی",
    "بازیگر",
    "کارگردان",
    "اکران",
    "جشنواره فیلم",
    "کنسرت",
    "آلبوم",
    "قیمت دلار",
    "نرخ دلار",
    "بازار ارز",
    "بورس",
    "شاخص کل",
    "قیمت سکه",
    "قیمت طلا",
    "هواشناسی",
    "سامانه بارشی",
    "بارش باران",
    "کم فشار",
    "پرفشار",
    "نیمکره",
)

# noevent55fa: the rounds of a tournament ("راهی نیمه نهایی شد", "در مرحله
# یک چهارم نهایی", "دیدار رفت", "بازی برگشت") are sport's alone: a bout
# told as "دیدار" ("در دومین دیدار خود برابر حریف … به پیروزی رسید") is
# a match, no meeting. Arabic and English read no match as a meeting.
OFF_DOMAIN_CUES = (
    *OFF_DOMAIN_CUES,
    *("نیمه نهایی", "نیمه\u200cنهایی", "یک چهارم نهایی", "یک\u200cچهارم نهایی"),
    *("دیدار رفت", "دیدار برگشت", "بازی رفت", "بازی برگشت"),
)

# clause110: a coordinator that may open a clause with its own subject
# after a closing verb ("… بازداشت کرد و ایران … محکوم کرد"): its
# participants are its own (``extract/coordinated_clause.py``)
CLAUSE_COORDINATORS: tuple[str, ...] = (" و ", "، و ")

# clause110: a clause naming a side of another by a pronoun is not set
# apart ("… و مرزبانان با آنها درگیر شدند", "ایران با آن مخالفت کرد")
CLAUSE_BACK_PRONOUNS: tuple[str, ...] = ("آن", "آنها", "آن‌ها", "آنان", "او", "وی", "ایشان")

# Where a clause ends: an event's participants are read in its own clause
# first (the sentence's are used when the clause names too few).
CLAUSE_BREAKS: tuple[str, ...] = ("؛", ":")
# Contrast clauses (fa-clauses11): "… در حالی که روسیه از آمریکا انتقاد
# کرد" names its own participants; none of them takes part in the main
# clause's event, nor the main clause's in its. The split form ("در حالی
# مطرح می‌شود که …") puts the main verb inside: "…" stands for its words.
CONTRAST_BREAKS: tuple[str, ...] = (
    "در حالی که",
    "در حالیکه",
    "درحالی که",
    "درحالیکه",
    "حال آنکه",
    "حال آن که",
    # the split form: "X در حالی اعلام شد که Y …", "این در حالی است که …"
    "در حالی … که",
    "در حالیست که",
)

# Attacks are named in passing all over an article ("پس از حمله به سفارت");
# such a noun reports an attack only with a light verb of its own.
NEEDS_PREDICATE: tuple[str, ...] = ("ASSAULT",)
# assault51fa: how a deed of force begins that is reported even when the
# sentence names neither side ("نفتکش … مورد حمله قرار گرفت", "از هدف قرار
# گرفتن یک کشتی … خبر دادند", "انفجار در بازار … کشته برجای گذاشت"): a
# thing struck or a blast, by attackers unknown (``unnamed_deed.unnamed_deed``).
# Not a bare "حمله", "درگیر", "شلیک" (a football attack, players who
# clash, a shot at goal), a death ("به شهادت رسید" of an imam, a fall) or
# "ترور" (terror in speeches): every one of them had such hits with no side.
SIDELESS_DEEDS: tuple[str, ...] = (
    "مورد حمله",
    # the passive only: "ماهواره هدف را … هدف قرار داد" is a weapons test
    "هدف قرار گرفت",
    "هدف حمله",
    "هدف حملات",
    "حمله پهپادی",
    "حمله موشکی",
    "حمله راکتی",
    "حمله انتحاری",
    "حملات پهپادی",
    "حملات موشکی",
    "حملات راکتی",
    "انفجار",
    "منفجر",
    "بمب گذاری",
    "کشته برجا",
    "کشته بر جا",
    "زخمی برجا",
    "زخمی بر جا",
)
# assault51fa: and an attack a comment is about, named with what it struck
# (``commented``: "حمله به کشتی … را محکوم کرد"); not "این حمله" or bare
# "حمله" ("مصر این حمله را محکوم کرد": a reference, read as Arabic and
# English read "condemned the attack"), nor torture or terror blamed in
# passing ("به خاطر اشغال، ترور …").
COMMENTED_SIDELESS_DEEDS: tuple[str, ...] = ("حمله به", "حملات به")
# types43fa: nouns of other types that need a light verb of their own as
# well. The bare noun of an agreement mostly names a deal that stands
# ("پیوستن ایران به توافق", "در پی توافق کاهش تولید", "رسیدن به توافقی
# … را نداشت"); PLOVER AGREE is the agreeing, which Persian tells with a
# verb ("توافق کردند", "به توافق رسیدند", "توافقات صورت گرفته", "توافق
# حاصل شد"). A deal that names its sides ("از توافق X و Y استقبال کرد"),
# one a comment is about, or one being signed ("به امضای توافق نزدیک")
# stays (``predicates.drop_verbless``, ``commented``), as English and
# Arabic read "welcomed the agreement between X and Y"; a deal named with
# neither ("joining the deal is good", "بازگشت آمریکا به توافق") is none.
PREDICATE_NOUNS: tuple[str, ...] = ("توافق",)
# The verbs of reaching such a noun in every form ("به توافق نرسیدند",
# "نتوانستند به توافق برسند", "به توافقی دست نیافتند", "تا به توافق
# برسیم"), and of holding one ("بر سر آن توافق دارند", they agree on it):
# an agreement not reached or wanted stays one, negated or planned.
PREDICATE_NOUN_VERBS: tuple[str, ...] = tuple(
    f"{neg}{stem}{end}"
    for neg in ("", "ن", "ب")
    for stem, ends in (
        ("رسید", ("", "ند", "ه", "یم")),
        ("رس", ("د", "ند", "یم")),
        ("یافت", ("", "ند", "ه", "یم")),
        ("یاب", ("د", "ند", "یم")),
    )
    for end in ends
) + ("دارد", "دارند", "داریم", "داشتند")
# Words right before such a noun that make it an agreement being made ("به
# امضای توافق نزدیک هستند", "در آستانه توافق"): it stays one (planned).
PREDICATE_NOUN_HEADS: tuple[str, ...] = ("امضای", "انعقاد", "آستانه")
# Two-word verbs of a deed going on, which report it as a light verb does
# ("درگیری‌ها در طرابلس ادامه دارد", the clashes go on).
ONGOING_PREDICATES: tuple[str, ...] = (
    "ادامه دارد",
    "ادامه دارند",
    "ادامه داشت",
    "ادامه داشتند",
    "ادامه یافت",
    "ادامه یافتند",
    "ادامه یافته",
    "ادامه می‌یابد",
    "جریان دارد",
    "جریان داشت",
    # recall70fa: going on, "در جریان است" ("جنگ … در این شهر در جریان
    # است"); in its three words (mendA70): "جریان است" alone is also "is
    # (this) faction" ("هدف این جریان است")
    "در جریان است",
    "در جریان بود",
    # it came to pass ("ترور دانشمند هسته‌ای … به وقوع پیوست"): the noun's
    # deed happened, as with "صورت گرفت"
    "وقوع پیوست",
    "وقوع پیوستند",
    "وقوع پیوسته",
)
# ---- Round 12 (fa-nouns12): verbs of occurrence (extract/closed.py) ----
# Verbs that tell an event noun as happening, going on or begun, and carry
# no type of their own: "تحریم‌ها اجرا شد", "حمایت … ادامه دارد", "درگیری‌ها
# آغاز شد", "… صورت گرفت". They close the noun's clause: after them comes
# its end or a word of OCCURRENCE_AFTER ("انجام شده است", "ادامه یافت و").
OCCURRENCE_VERBS: tuple[str, ...] = (
    "اجرا شد",
    "اجرا شده",
    "اجرایی شد",
    "اجرایی شده",
    "به اجرا درآمد",
    "به اجرا در آمد",
    "به اجرا درآمده",
    "به اجرا گذاشته شد",
    "اعمال شد",
    "اعمال شده",
    "وضع شد",
    "وضع شده",
    "ادامه دارد",
    "ادامه دارند",
    "ادامه داشت",
    "ادامه داشته",
    "ادامه یافت",
    "ادامه یافته",
    "ادامه پیدا کرد",
    "ادامه پیدا کرده",
    "آغاز شد",
    "آغاز شده",
    "شروع شد",
    "شروع شده",
    "انجام شد",
    "انجام شده",
    "صورت گرفت",
    "صورت گرفته",
    "رخ داد",
    "رخ داده",
    "درگرفت",
    "در گرفت",
    "شدت گرفت",
    "شدت یافت",
    "تشدید شد",
    "گسترش یافت",
    "جریان دارد",
    "جریان داشت",
    # recall70fa: going on ("جنگ … در این شهر در جریان است"); not "در جریان"
    # alone, which is "during"
    "در جریان است",
    "در جریان بود",
    "به وقوع پیوست",
    "به وقوع پیوسته",
    "برپا شد",
    "برپا شدند",
    "به راه افتاد",
    # the same in the future: the deed is planned (status.py)
    "ادامه خواهد یافت",
    "ادامه خواهد داشت",
    "آغاز خواهد شد",
    "اجرا خواهد شد",
)
OCCURRENCE_AFTER: tuple[str, ...] = ("است", "اند", "بود", "بودند", "و", "که", "اما", "ولی")
# A relative clause ("تحریم‌هایی که … وضع شده") ends the noun's own phrase.
OCCURRENCE_STOPS: tuple[str, ...] = ("که", "تا")
# After a preposition the noun is no subject ("از حمایت روسیه … ادامه
# داد", "پس از تحریم‌ها"); after a demonstrative it points back.
# tri31fa: a closed noun after "به" whose phrase a verb of going on closes
# ("ایران به حمایت از دولت عراق ادامه خواهد داد": Iran will go on
# supporting the Iraqi government) reports its event, as English "will
# continue to support" and the other nouns of "به … ادامه داد" ("به حملات
# خود ادامه داد") are read (``closed._continued``).
CONTINUED_OPENERS: tuple[str, ...] = ("به",)
CONTINUED_VERBS: tuple[str, ...] = tuple(
    f"ادامه {verb}"
    for verb in (
        *("داد", "دادند", "داده", "داده است", "داده اند", "می دهد", "می دهند", "میدهد"),
        *("میدهند", "خواهد داد", "خواهند داد", "خواهیم داد", "می دهیم", "میدهیم", "دهد", "دهند"),
    )
)
OCCURRENCE_NOT_AFTER: tuple[str, ...] = (
    "از",
    "به",
    "با",
    "در",
    "بر",
    "برای",
    "درباره",
    "پیرامون",
    "علیه",
    "بدون",
    "مورد",
    "این",
    "آن",
    "همین",
    "چنین",
    # tri31fa: "به خاطر", "به دلیل" (because of): the noun after them is a cause
    "خاطر",
    "دلیل",
)

# Words of means or occasion before a deed noun ("با تجمع مقابل مجلس خواستار
# … شدند": they demanded by gathering; "ضمن برگزاری تظاهرات"): the deed was
# done, it is not what the demand or threat after it asks (extract/nonevents).
MEANS_OPENERS: tuple[str, ...] = (
    "با",
    "ضمن",
    "طی",
    "در جریان",
    *(
        f"{by} {doing}"
        for by in ("با", "ضمن", "طی")
        for doing in ("برپایی", "برگزاری", "برپا کردن")
    ),
)
# types41fa: the word before a protest in which a demand was made ("در
# تجمعی مقابل استانداری خواستار … شدند", "در تظاهراتی گسترده خواهان … شدند"):
# the protest was held, it is not what is asked. Only for protests: "مشارکت
# در مذاکرات را خواستار شد" asks for the talks (extract/trigger_candidates._object_of).
OCCASION_OPENERS: tuple[str, ...] = ("در",)

# Words that open a new verb phrase after "و" (a preposition, an object
# pronoun, "also"): in "از … قدردانی و بر … تاکید کرد", "استقبال و آن را
# … خواند" the first verbal noun shares the light verb of the second, so it
# reports its deed; "از حمایت و همکاری ایران" (two nouns) does not.
GAP_OPENERS: tuple[str, ...] = (
    "بر",
    "از",
    "به",
    "با",
    "در",
    "برای",
    "علیه",
    "آن",
    "آنها",
    "آن‌ها",
    "او",
    "وی",
    "ایشان",
    "این",
    "همچنین",
    "نیز",
    "سپس",
)
# The verbs that close a gapped pair and lend it their light verb: the past
# and perfect of "کردن/نمودن/شدن/گردیدن", and verbs of calling ("استقبال و
# آن را گامی مثبت خواند"). A subjunctive ("… خودداری و … مراقبت کنند",
# asked to refrain and take care) or present closes a wish or a habit, not
# a deed done: it lends nothing.
GAP_CLOSERS: tuple[str, ...] = (
    "کرد",
    "کردند",
    "کرده",
    "کردیم",
    "نمود",
    "نمودند",
    "نموده",
    "شد",
    "شدند",
    "شده",
    "گردید",
    "گردیدند",
    "خواند",
    "خواندند",
    "دانست",
    "دانستند",
    "نامید",
    "نامیدند",
)
# farecall14: the commas of a list inside the second phrase of a gapped pair
# ("از … قدردانی و بر همکاری در زمینه‌های اقتصادی، امنیتی و فرهنگی تاکید
# کرد", "استقبال و آن را گامی مثبت، سازنده و مهم خواند"): the phrase goes on
# past them to the shared light verb (extract/predicates.split_gapped).
GAP_LIST_MARKS: tuple[str, ...] = ("،", ",")
LIGHT_VERBS: tuple[str, ...] = (
    "کرد",
    "کردند",
    "کرده",
    "کند",
    "کنند",
    "کردیم",
    "شد",
    "شدند",
    "شده",
    "شود",
    "شوند",
    "نمود",
    "نمودند",
    "گرفت",
    "گرفتند",
    "گرفته",
    "داد",
    "دادند",
    "داده",
    "زد",
    "زدند",
    "زده",
    "رسید",
    "رسیدند",
    "گردید",
    "انجامید",
    "کشید",
    "کشیدند",
    "برد",
    "بردند",
    "آورد",
    "آوردند",
    "انداخت",
    "انداختند",
    # "اتفاق افتاد" (it happened)
    "افتاد",
    # a fight that broke out ("درگیری … درگرفت")
    "درگرفت",
    # "… کشته برجای گذاشت" (left … dead)
    "گذاشت",
    "گذاشتند",
)

# A lone actor takes the article's other main country as its partner only
# where the sentence names it ("the two sides" aside): Persian news reports
# speeches, visits at home and domestic acts among its foreign news.
LONE_PAIR_FILL = False

# Police, gunmen or a minister whose country the sentence does not tell are
# a side of unknown country rather than no event at all.
UNKNOWN_SIDES = True

# An agent noun with no country in its sentence, place or dateline keeps
# none: a Persian outlet reports foreign police and protesters as often as
# Iranian ones, so its home country tells nothing about them (titles such as
# "the minister" still speak for it).
HOME_FOR_AGENTS = False
# home36fa: … but the state's own army, guards, parliament and Red Crescent
# written bare, as the whole mention or its last words ("ارتش", "نیروی
# دریایی ارتش", "سپاه", "مجلس", "نمایندگان مجلس", "جمعیت هلال احمر"), are
# the home country's in an article that names it more than any other state,
# where their sentence names no state (nor place nor dateline) of its own:
# an Iranian outlet writes "the army" and "the parliament" for Iran's (in
# the corpus some 40 bare "مجلس" with no country, all but a few Iran's), and
# Lebanon's or America's army in an article about Lebanon or America.
# Police, protesters and security forces stay out: foreign ones are as
# common. So do "دولت" (also "a state" in general, "دولت‌ها") and the
# judiciary ("قوه قضاییه"): the corpus gold leaves them without a country
# as often as it gives them Iran's, and adding them lowered the tune figures.
HOME_STATE_BODIES: tuple[str, ...] = (
    "ارتش",
    "نیروی دریایی ارتش",
    "نیروی هوایی ارتش",
    "نیروی زمینی ارتش",
    "نیروی دریایی",
    "سپاه",
    "سپاه پاسداران",
    "مجلس",
    "مجلس شورای اسلامی",
    "هلال احمر",
    "جمعیت هلال احمر",
)

# Two names side by side with nothing between are a subject and its object
# ("فرانسه روسیه را مقصر دانست"), not a list: lists take "و" or "،".
# ---- doers14: counted states pointing back to a list ----
# "عربستان، امارات، بحرین و مصر روابط خود را با قطر قطع کردند. این چهار
# کشور قطر را … متهم کردند": a counted phrase is the states just listed
# (extract/counted.py). The count → its phrases.
_COUNT_WORDS = {3: "سه", 4: "چهار", 5: "پنج", 6: "شش", 7: "هفت"}
COUNTED_STATES: dict[int, tuple[str, ...]] = {
    n: tuple(
        f"{det}{word} {noun}{adj}"
        for det in ("", "این ", "هر ")
        for noun in ("کشور", "دولت")
        for adj in ("", " عربی", " عرب", " اروپایی", " غربی", " حاشیه خلیج فارس")
    )
    for n, word in _COUNT_WORDS.items()
}

ADJACENT_COORDINATED = False

# Types (or "TYPE/mode") reported with one side named as well as with two: a
# statement's addressee is often a pronoun ("وی را متهم کرد") or a body of no
# country ("از مسئولان خواست"); talks are named by one side ("به مذاکرات وین
# ادامه خواهیم داد"). Visits are not: a lone host or traveller is as often a
# company or migrants.
ONE_SIDED_TYPES: tuple[str, ...] = (
    "ACCUSE",
    "REQUEST",
    "SUPPORT",
    "CONSULT/meeting",
    "CONSULT/phone",
    "CONSULT/summit",
)

# deeds49: a warning ("به … هشدار داد", "… را برحذر داشت") names whom it
# warns or is none (a warning of a flood, to the public): never one-sided,
# as English "warned" and Arabic "حذر" (``side_event._condemned_genitive``).
ONE_SIDED_EXCLUDED: tuple[str, ...] = tuple(
    f"{noun} {verb}"
    for noun, verbs in (
        ("هشدار", ("داد", "دادند", "داده", "داده است", "داده اند", "می دهد", "می دهند")),
        ("هشدار", ("خواهد داد", "خواهند داد")),
        ("برحذر", ("داشت", "داشتند", "داشته", "می دارد", "می دارند", "خواهد داشت")),
    )
    for verb in verbs
    for verb in (verb, verb.replace("می ", "می"))
)

# Event nouns after which a capital is where the event takes place, not a
# party ("مذاکرات وین", "اجلاس ریاض", "نشست دوحه"), and an organisation the
# body whose meeting it is ("اجلاس سازمان همکاری شانگهای"); the last word of each.
VENUE_NOUNS: tuple[str, ...] = (
    "مذاکرات",
    "مذاکره",
    "گفتگو",
    "گفتگوهای",
    "وگو",
    "وگوهای",
    "نشست",
    "اجلاس",
    "کنفرانس",
    "همایش",
    "توافق",
    "توافقنامه",
    "معاهده",
    "پیمان",
    "قرارداد",
    "کنوانسیون",
    "روند",
    "فرمت",
    "حاشیه",  # "در حاشیه مجمع عمومی سازمان ملل": on the sidelines of
    "رایزنی",
    "رایزنیها",
    # plurals whose ending is written apart (after a ZWNJ, which matching
    # reads as a space): "نشست‌های وین" is where the talks were held
    *(
        f"{noun} {ending}"
        for noun in ("رایزنی", "مذاکره", "گفتگو", "وگو", "نشست", "اجلاس", "کنفرانس", "همایش")
        for ending in ("ها", "های")
    ),
)

# sidesfa88: a word joining a capital after a talks noun to another capital
# ("رایزنی‌های تهران با مسکو", "مذاکرات تهران و ریاض"): the two are the talks' sides, not a venue and
# a partner (extract/venue_pairs.py). A capital joined to a state stays the
# venue ("talks in Vienna with the United States").
VENUE_PAIR_JOINERS: tuple[str, ...] = ("و", "با")

# missing91: a third party said to take part in talks or a deal named with
# its two sides ("مذاکرات ایران و روسیه با مشارکت چین") is one of its sides
# (``extract/taking_part``); the words right before it.
PARTICIPATION_LINKS: tuple[str, ...] = ("با مشارکت", "و با مشارکت")

# Prepositions that mark the side an act is directed at ("از X تقدیر کرد",
# "به X هشدار داد", "تبریک به X", "علیه X"); with "را" (OBJECT_MARKERS) they
# tell source from target where word order does not.
TARGET_PREPOSITIONS: tuple[str, ...] = ("به", "از", "علیه", "بر ضد", "ضد", "با")

# Prepositions after a deed of force's noun before whom it struck ("حمله به
# نفتکش", "حملات علیه کشتی‌ها"): with no doer named, an unknown attacker is
# understood (extract/victims_only._all_governed). The target prepositions.
STRUCK_PREPOSITIONS: tuple[str, ...] = TARGET_PREPOSITIONS

# Words that tell when or how a deed of force was done and may stand between
# its noun and that preposition ("حمله اخیر به نفتکش", "حمله مرگبار روز
# پنجشنبه به کشتی"): they name no doer (extract/victims_only._past_qualifiers;
# agents33fa). Not "هوایی": an air strike has an air force understood.
STRUCK_QUALIFIERS: tuple[str, ...] = (
    # sides45: how hard or wide ("حمله شدید به", "انتقادهای شدید از")
    "شدید",
    "گسترده",
    "اخیر",
    "مرگبار",
    "مرگبارِ",
    "خونین",
    "تروریستی",
    "انتحاری",
    "مسلحانه",
    "پهپادی",
    "موشکی",
    "راکتی",
    "خمپاره‌ای",
    "روز",
    "شب",
    "صبح",
    "بامداد",
    "امروز",
    "دیروز",
    "دیشب",
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "پنج‌شنبه",
    "جمعه",
    "گذشته",
    "هفته",
)

# Prepositions of direction before a place, which the verb ending the clause
# makes the other side of a withdrawal, aid or attack ("از نوار غزه عقب‌نشینی
# کرد", "به غزه کمک کرد", "علیه حلب"); "در" (in) names only the scene.
PLACE_SIDE_PREPOSITIONS: tuple[str, ...] = ("به", "از", "علیه", "ضد")

# People nouns that only count the group named after "از" ("۲۰ نفر از
# معترضان", "سه تن از خبرنگاران"): the group is the actor, not plain
# civilians (``extract/partitive.py``).
# Activists of a body ("فعالانی از مخالفان سوری") are its members too.
PARTITIVE_HEADS: tuple[str, ...] = ("نفر", "تن", "فعالانی", "فعالان", "فعال")
PARTITIVE_OF: tuple[str, ...] = ("از",)
# agents106: the members through whom the group after "از" is named ("شش نفر
# از اعضای باند قاچاق", "دو نفر از عناصر داعش") (``extract/partitive.py``).
PARTITIVE_MEMBERS: tuple[str, ...] = ("اعضای", "عناصر", "افراد")
# partiesfa111: a count or a pointer between "از" and the group ("دو تن از
# هشت فعال محیط زیست", "سه نفر از این خبرنگاران"); numerals in digits are
# read as counts in every language (``extract/partitive.py``). Corpus: 37
# "نفر/تن از" + a number word or "این" + a word; "چند" ("چند نفر از ...") and
# the vague plurals ("ده‌ها") stand before the head, not after "از".
PARTITIVE_COUNTS: tuple[str, ...] = (
    *("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده"),
    *("یازده", "دوازده", "سیزده", "چهارده", "پانزده", "بیست", "سی", "صد"),
    *("این", "آن", "همین", "همان"),
)
# mendC106: members of a family before the one whose family it is ("سه تن
# از اعضای خانواده یک مامور پلیس") are civilians, not his agent
# (``extract/kin_groups.py``).
KIN_GROUP_MEMBERS: tuple[str, ...] = PARTITIVE_MEMBERS
KIN_GROUP_NOUNS: tuple[str, ...] = ("خانواده", "خاندان")

# counted75ar: the dead and the wounded named after a count of fighters in
# their sentence ("۱۷ حوثی کشته شدند و جستجو برای کشته‌شدگان ادامه دارد")
# are those men, not civilians (``extract/counted_dead.py``); the plurals
# that point back to dead already told.
COUNTED_DEAD_NOUNS: tuple[str, ...] = (
    "کشته‌شدگان", "کشته شدگان", "مجروحان", "مجروحین", "زخمی‌ها", "زخمی ها",
    "زخمیان", "قربانیان",
)  # fmt: skip

# mendB76: the words that say counted fighters are struck, not striking:
# a kill or wound word right before the count ("کشته شدن ۱۷ حوثی"), or right
# after the counted men ("۱۷ حوثی کشته شدند"); a count before an active verb
# of force ("۱۰ سرباز به غزه حمله کردند") counts who did the deed.
COUNTED_STRUCK_BEFORE: tuple[str, ...] = (
    "کشته شدن", "کشته‌شدن", "زخمی شدن", "مجروح شدن", "کشتن", "مرگ", "جان باختن",
    "کشته", "اجساد", "جسد",
)  # fmt: skip
COUNTED_STRUCK_AFTER: tuple[str, ...] = (
    "کشته", "زخمی", "مجروح", "جان باختند", "جان خود را از دست دادند", "شهید",
    "کشته‌شده", "کشته‌شدند",
)  # fmt: skip

# Quantities after which "از" means "of", not "from" ("هفت نفر از مسئولان",
# "شماری از معترضان"): no target is marked there.
PARTITIVES: tuple[str, ...] = (
    "نفر",
    "تن",
    "تعدادی",
    "شماری",
    "برخی",
    "بعضی",
    "یکی",
    "بسیاری",
    "بخشی",
    "گروهی",
    "جمعی",
    "هیچ یک",
    "هر یک",
    "عده ای",
    "دسته ای",
    "بیشتر",
    "اکثر",
)

# Nouns of a stand or step that a reaction answers ("از تصمیم آمریکا برای
# خروج نیروهایش از عراق استقبال کرد", "از موضع روسیه درباره تایوان حمایت
# کرد"): the owner written after one behind a target preposition is the
# target; the places and states of the stand's content after it are not.
# Not "درخواست", "دعوت" or "حمایت": "به درخواست X" is "at X's request",
# "با حمایت X" "with X's backing".
STANCE_NOUNS: tuple[str, ...] = (
    "تصمیم",
    "تصمیمات",
    "اقدام",
    "اقدامات",
    "موضع",
    "مواضع",
    "موضع‌گیری",
    "پیشنهاد",
    "پیشنهادات",
    "پیشنهادهای",
    "ابتکار",
    "ابتکارات",
    "طرح",
    "سیاست",
    "سیاست‌های",
    "بیانیه",
    "اظهارات",
    "سخنان",
    "تلاش",
    "تلاش‌های",
    "رویکرد",
    "تصویب",
)

# "که" opens a relative clause as well as what is said or asked (so it is no
# RELATIVE_PRONOUNS entry): followed by an agent marker and closed by a
# passive verb before the main verb, the clause names its own agent
# ("حزب‌الله که از سوی ایران حمایت می‌شود به … حمله کرد": Iran is no
# attacker; extract/relative_clause_out.py).
PASSIVE_RELATIVE_OPENERS: tuple[str, ...] = ("که",)

# reporter106: concern voiced at a clause's end over a deed named after a
# preposition of the topic ("اتحادیه اروپا از بازداشت فعالان در ایران ابراز
# نگرانی کرد", "… نسبت به حمله به بیمارستان اظهار نگرانی کردند"): who voices
# it is no party to the deed; its sides are named between the preposition and
# the closer (extract/concerned.py). The deed's noun must follow the
# preposition closely (two words between at most: "از ادامه بازداشت …").
CONCERN_CLOSERS: tuple[str, ...] = ("ابراز نگرانی", "اظهار نگرانی")
CONCERN_OPENERS: tuple[str, ...] = ("از", "نسبت به", "درباره", "در مورد", "در خصوص", "در باره")

# Verbs that call, deem or condemn what stands before them as their object ("X حمله به
# نفتکش را نقض قوانین بین‌المللی خواند", "کشتن معترضان را جنایت دانست"): the
# judge before the deed's noun is no party to the deed, whose sides are named
# between its noun and "را" (extract/onlookers.py: before_judgement).
JUDGING_VERBS: tuple[str, ...] = (
    "خواند",
    "خواندند",
    "دانست",
    "دانستند",
    "نامید",
    "نامیدند",
    "توصیف کرد",
    "توصیف کردند",
    "می خواند",
    "می داند",
    "می دانند",
    "محکوم کرد",
    "محکوم کردند",
    "محکوم می کند",
    "محکوم می کنند",
)

# parties33fa: the passives of those verbs ("حمله اسرائیل به غزه از سوی
# ترکیه محکوم شد", "… توسط چین نقض قوانین بین‌المللی خوانده شد"): the deed's
# noun is their subject, the agent after its marker the judge, no side of the
# deed (extract/onlookers.py: _judged_subject_end).
JUDGED_PASSIVES: tuple[str, ...] = tuple(
    f"{stem} {aux}"
    for stem in ("محکوم", "خوانده", "دانسته", "نامیده", "توصیف", "تقبیح")
    for aux in (
        *("شد", "شدند", "شده", "شود", "شوند", "می شود", "می شوند"),
        *("گردید", "گردیدند", "گردیده", "می گردد", "قرار گرفت"),
    )
)

# parties78fa: the state an envoy is appointed for, right after his title
# ("نماینده ویژه آمریکا در امور افغانستان با مقامات پاکستان دیدار کرد"): his
# brief, no side when two others are named (extract/postings.py: _remit_of).
# Persian posts an envoy "در" a place, read as a place already; only the
# remit is read here, so no POSTING_LINKS.
REMIT_LINKS: tuple[str, ...] = ("در امور",)
ENVOY_WORDS: tuple[str, ...] = ("نماینده", "نمایندگان", "فرستاده", "فرستادگان")

# parties33fa: a request a rejection takes as its object ("درخواست توقیف
# اموال ایران را رد کرد"): its own genitive asked it; a state further down
# the chain owns what is asked about (extract/rejected_request.py:
# request_content_out).
# A proposal or a plan is read so too ("پیشنهاد آمریکا برای تحریم ایران را
# رد کرد": America proposed, Iran is what it is about).
REQUEST_NOUNS: tuple[str, ...] = (
    *("درخواست", "درخواستهای", "تقاضا", "تقاضای"),
    *("پیشنهاد", "پیشنهادهای", "پیشنهادات", "طرح", "طرحهای"),
)

# Words that open what is asked, threatened or rejected ("از آمریکا خواست که
# تحریم‌ها را لغو کند", "از مردم خواست تا خانه‌ها را ترک کنند"): a verb after
# one is the content of the request, not a deed of its own.
CONTENT_OPENERS: tuple[str, ...] = ("که", "تا")

# nonevent70: a reaction a demand asks for is not made ("بریتانیا خواستار
# محکومیت ایران در جامعه بین‌المللی شد"): a reaction's noun at most two
# words after "خواستار" in its clause is what is asked
# (extract/asked_reactions.py), as a noun after "دعت … إلى" is in Arabic.
ASKED_DIRECT_WORDS: tuple[str, ...] = ("خواستار",)

# Persian ends its clauses with their verb: who is named after an event's
# verb belongs to the next clause (extract/final_verb.py: before_verb), what is
# asked or withdrawn from stands before the verb ("توقف حملات را خواستار شد"),
# and the subject of a reaction is not read after it.
VERB_FINAL = True

# Persian drops a subject its verb carries: a deed reported after "X اعلام
# کرد که" whose clause names no subject, only objects ("بیست معترض را",
# "به مقر …", "از شهر …"), is the speaker's own ("ارتش اعلام کرد که از شهر
# عقب‌نشینی کرده است": the army withdrew; extract/speaker_side.py).
DROPPED_SUBJECT_IS_SPEAKER = True

# Light verbs of the passive, of what merely happens and of dying ("کشته
# شدند", "مورد حمله قرار گرفت", "صورت گرفت", "به وقوع پیوست", "جان خود را از
# دست داد"): their subject is what undergoes the deed, never the speaker who
# reports it.
PASSIVE_VERBS: tuple[str, ...] = (
    "شد",
    "شدند",
    "شده",
    "شدن",
    "شود",
    "شوند",
    "میشود",
    "میشوند",
    "میشد",
    "میشدند",
    "قرار گرفت",
    "قرار گرفتند",
    "قرار گرفته",
    "صورت گرفت",
    "صورت گرفته",
    "به وقوع پیوست",
    "به وقوع پیوسته",
    "از دست داد",
    "از دست دادند",
    "از دست داده",
    "جان باخت",
    "جان باختند",
    "جان باخته",
)

# doerslot24: the passive's light verb as a noun ("در واکنش به هدف قرار
# گرفتن نفتکش ایرانی", "از مورد حمله قرار گرفتن یک کشتی خبر دادند"): the
# noun after it is what underwent the deed, its doer unnamed
# (extract/victims_only.py: _struck_in_passive).
PASSIVE_NOMINALS: tuple[str, ...] = ("قرار گرفتن",)

# parties38fa: a passive of a compound verb whose head noun takes the doer as
# its genitive ("سفارت مورد حمله شبه‌نظامیان قرار گرفت", "مورد حمایت
# دولت قرار گرفت", "هدف حمله پهپادهای ارتش قرار گرفت"): the side between the
# deed's noun and the light verb acted, the subject before it underwent the
# deed (extract/genitive_agent.py). The heads open the trigger; the light
# verbs close the passive (two words each: the present "قرار می‌گیرد" is
# three once its joiner is folded, and its habitual reading tells no event).
GENITIVE_AGENT_HEADS: tuple[str, ...] = ("مورد", "هدف")
GENITIVE_AGENT_VERBS: tuple[str, ...] = (
    "قرار گرفت",
    "قرار گرفتند",
    "قرار گرفته",
    "قرار گرفتن",
    "قرار گیرد",
    "قرار گیرند",
)

# Words between a state and the troops it sends: Persian puts the purpose and
# the object marker between them ("آلمان خود را برای اعزام ۶۰۰ سرباز …").
SENT_AGENT_WINDOW = 6

# Words before the agent of a passive ("توسط ماموران امنیتی دستگیر شدند",
# "از سوی نیروهای آمریکایی هدف قرار گرفت"): that agent is the event's source.
AGENT_MARKERS: tuple[str, ...] = (
    "توسط",
    "از سوی",
    "ازسوی",  # written joined
    "از طرف",
    "به دست",
    "به وسیله",
    # parties27fa: the same with "side", and written joined
    "از جانب",
    "ازجانب",
    "ازطرف",
    "بوسیله",
)

# actors64: the light verbs of an active compound verb ("محکوم کرد",
# "ابراز نگرانی کردند"): such a verb takes no agent of a passive, so a
# mention after "از سوی" or "توسط" before it is the agent of another
# phrase ("خرید سلاح از سوی ونزوئلا", "اتهاماتی که از سوی آمریکا تکرار
# شده"), not the verb's doer (extract/doers.py). The passive's "شد" and
# "قرار گرفت" are not among them.
AGENTLESS_VERBS: tuple[str, ...] = (
    "کرد",
    "کردند",
    "کرده",
    "کرده‌اند",
    "کرده‌است",
    "کند",
    "کنند",
    "کردیم",
    "نمود",
    "نمودند",
    "نموده",
    # recall67fa: the light verb "داد" of a verbal reaction ("پاسخ خواهیم
    # داد", "هشدار داد"): "به نقض حاکمیت خود از سوی لبنان پاسخ خواهیم داد"
    # names after "از سوی" who violated, not who will respond
    *("داد", "دادند", "دادیم", "دهد", "دهند", "دهیم"),
)

# Adjectives that stand between a protest's noun and its doers, the
# genitive after them ("اعتصاب سراسری کارگران نفت": the workers strike).
EVENT_NOUN_MODIFIERS: tuple[str, ...] = (
    "سراسری",
    "گسترده",
    "جمعی",
    "اخیر",
    "اعتراضی",
    "صنفی",
    "مسالمت آمیز",
)

# A preposition written glued to a name ("بتهران"): with no word before the
# name, it stands as the word before it.
GLUED_PREPOSITIONS: tuple[str, ...] = ("ب",)

# A capital with one of these glued to it is where something happens
# ("بتهران", to/in Tehran), not the state that acts.
LOCATION_PREFIXES: tuple[str, ...] = ("ب",)

# Auxiliaries written after a participle, which end the verb ("کرده است",
# "شده‌اند", "رفته بودند").
AUXILIARIES: tuple[str, ...] = ("است", "اند", "بود", "بودند", "ام", "ایم", "ای", "اید")

# parties43fa: adjectives of motion that are triggers by themselves but
# take their complement, the destination, before their light verb ("عازم
# پکن شد", "وارد مسکو شد", "راهی دوحه شدند"): the verb of such a trigger
# ends at that light verb, so the destination written after the adjective
# stays in its clause (``final_verb.before_verb``). Arabic and English put
# the destination after a whole verb ("توجه إلى", "left for").
COMPLEMENT_FIRST: tuple[str, ...] = ("عازم", "وارد", "راهی")

# victims71fa: a deed's infinitive that a result verb tells ("حمله … به
# کشته شدن ده غیرنظامی انجامید", "… منجر به زخمی شدن پنج پلیس شد", "که به
# کشته شدن … منجر شد"): whom the infinitive names after it, up to the
# result verb, are the deed's victims, not the next clause's subject
# (``extract/result_clause.py``), as Arabic "أسفر عن مقتل X", "أدى إلى
# مقتل X" and English "resulting in the death of X", "left X dead" are read.
# Words right before the infinitive that make it a result, closed by any
# light verb ("منجر به … شد", "باعث … شده است") …
RESULT_LINKS: tuple[str, ...] = ("منجر به", "منتهی به", "باعث", "موجب", "سبب")
# … and the verbs that close a result the bare preposition "به" opens
# ("به … انجامید", "به … منجر شد"); "با اشاره به کشته شدن X" and "با توجه
# به کشته شدن X" have none, and tell no result.
RESULT_PREPOSITIONS: tuple[str, ...] = ("به",)
RESULT_VERBS: tuple[str, ...] = (
    # "می‌انجامد" is written as two words: its stem closes the clause
    *("انجامید", "انجامیدند", "انجامیده", "انجامد", "بیانجامد", "بینجامد"),
    *("منجر", "منتهی"),
)
# doer73fa: a relative pronoun right before the result link ("حمله طالبان
# به پایگاه ارتش که به کشته شدن سه سرباز منجر شد، محکوم شد"): the result
# clause hangs on the deed noun before it, whose doer is the killing's too
# (``commented.result_of_deed``), as Arabic "الهجوم الذي شنته طالبان والذي
# أسفر عن مقتل" and English "the Taliban attack which killed" are read.
RESULT_RELATIVES: tuple[str, ...] = ("که",)

# "Former" after a title and its country ("رئیس‌جمهور پیشین فرانسه", "وزیر
# خارجه سابق آمریکا", "شاه مخلوع"): the holder is no voice of the state.
FORMER_AFTER_WORDS: tuple[str, ...] = (
    "سابق",
    "پیشین",
    "اسبق",
    "مخلوع",
    "معزول",
    "برکنارشده",
    "فقید",
)

# "Elect" after a title ("رئیس‌جمهور منتخب آمریکا جو بایدن"): the name after
# it is the title's holder, still his state's side; no part of his name.
ELECT_AFTER_WORDS: tuple[str, ...] = ("منتخب",)

# A country right after these is what is talked about ("گفت‌وگو درباره سوریه",
# "در مورد افغانستان"), never a party, even when the sentence names only one side.
ABOUT_PREPOSITIONS: tuple[str, ...] = ("درباره", "مورد", "خصوص", "پیرامون")

# roles52: the neighbours of a state ("نشست کشورهای همسایه افغانستان", "همسایگان ایران")
# name which states meet or are asked; the state they neighbour is what
# they talk about, no side, and no title's country
# (``countries._after_neighbour_head``).
NEIGHBOUR_HEADS: tuple[str, ...] = (
    "همسایه",
    "همسایگان",
    "همسایه‌های",
    "همجوار",
)

# A country written after one of these nouns is what the noun is about
# ("آینده لیبی", "پرونده سوریه", "بحران سودان", "پرونده هسته‌ای ایران"): a
# topic, never a party. Nouns whose country may be their doer ("جنگ روسیه",
# "امنیت عراق") or their owner, who may be what a complaint is against
# ("برنامه هسته‌ای ایران", "برنامه اتحادیه اروپا"), are left out.
TOPIC_HEADS: tuple[str, ...] = (
    "آینده",
    "سرنوشت",
    "بحران",
    "پرونده",
    "وضعیت",
    "اوضاع",
    "تحولات",
    "مسئله",
    "مساله",
    "موضوع",
    "قضیه",
    "پرونده هسته‌ای",
    # roles52: the neighbours of a state (``NEIGHBOUR_HEADS``)
    *NEIGHBOUR_HEADS,
)

# precision81ar: a country adjective after one of these nouns names what the
# noun is about ("مسئله فلسطینی", "پرونده سوری"): a topic, never a side, as
# the noun with the country's name ("مسئله فلسطین", TOPIC_HEADS); not
# "بحران": a state is a side of its crisis.
TOPIC_ADJECTIVE_HEADS: tuple[str, ...] = ("مسئله", "مساله", "قضیه", "پرونده", "اوضاع")

# sidesfa88: nouns of a state's standing ("امنیت", "روابط", "قدرت") whose
# country is what is talked about where a preposition of topic opens them
# ("درباره امنیت سوریه", "در مورد روابط ایران و هند"), as after the
# preposition alone (``ABOUT_PREPOSITIONS``); not alone (``TOPIC_HEADS``).
# No deed noun ("بازگشت", "تهدید", "حضور") nor "نقش" (a role in a deed):
# its state is its doer.
ABOUT_TOPIC_HEADS: tuple[str, ...] = (
    "امنیت",
    "روابط",
    "قدرت",
    "منافع",
    "منابع",
    # not "سیاست": a policy's owner is whom a criticism or warning about
    # it aims at ("درباره سیاست آمریکا انتقاد کرد", mendC89)
    "جایگاه",
    "اقتصاد",
)
# mendC89: a state's security is what a warning or a meeting with it is
# about ("در این دیدار در مورد امنیت اسرائیل گفت‌وگو شد": Israel met), a
# mere topic only where the clause names the partner apart ("با آمریکایی‌ها
# در مورد امنیت عراق"; ``countries._partner_before``).
ABOUT_TOPIC_PARTNER_HEADS: tuple[str, ...] = ("امنیت",)

# A light verb or auxiliary in the first person ("تبریک می‌گوییم", "خواسته‌ایم",
# "درخواست می‌کنم"): inside reported speech ("X گفت: ما …"), the deed is the
# speaker's own, so the speaker takes part (extract/speaker_side.py). Matched on a
# word's end ("میکنیم"); the short person endings written apart ("ام", "ایم")
# only as whole words. Ordinals ("دهم", tenth) are why "دهم" is not listed.
FIRST_PERSON_VERBS: tuple[str, ...] = tuple(
    stem + ending
    for stem in (
        "کرد",
        "شد",
        "داد",
        "گرفت",
        "زد",
        "گفت",
        "خواست",
        "داشت",
        "نمود",
        "آورد",
        "کشید",
        "رساند",
        "گذاشت",
        "کن",
        "شو",
        "گیر",
        "زن",
        "گوی",
        "خواه",
        "دار",
        "نمای",
        "آور",
        "رسان",
        "گذار",
        "هست",
    )
    for ending in ("یم", "م")
) + ("دهیم", "ایم", "ام", "گوییم")

# A light verb in the subjunctive (present stem with no "می": "حمله کند",
# "دیدار کنند") tells what may, should or is meant to happen, not what
# happened: after "باید", "ممکن است", "تا", "می‌خواهد", "تلاش می‌کند". With a
# cue of plan in the sentence ("قرار است دیدار کنند") it is a planned event.
SUBJUNCTIVE_VERBS: tuple[str, ...] = (
    "کند",
    "کنند",
    "کنیم",
    "بکند",
    "بکنند",
    "شود",
    "شوند",
    "بشود",
    "بشوند",
    "نماید",
    "نمایند",
    "دهد",
    "دهند",
    "بدهد",
    "بدهند",
    "گیرد",
    "گیرند",
    "بگیرد",
    "بگیرند",
    "زند",
    "زنند",
    "بزند",
    "بزنند",
    "گردد",
    "گردند",
    "بیاورد",
    "بیاورند",
    "بکشد",
    "بکشند",
)
# subjunctive71: the same mood of the other verbs that close a deed's phrase,
# each with the "ب" of the subjunctive (or, for a preverb, with no "می"):
# "به گفتگو بنشیند", "به رایزنی بپردازند", "طالبان را به رسمیت بشناسند",
# "مسئولیت را بر گردن … بیندازند", "تحریم‌ها را بردارد", "بهبود بخشد", "به
# قتل برسانند"; and the first and second persons of the light verbs ("با
# همه مذاکره کنید", "به گفت‌وگو بنشینیم"). A subjunctive closing a noun
# trigger is read as its verb even where it is no light verb
# (``verb_mood.subjunctive``). Not "رساند" (also the past "به قتل رساند"),
# nor "بماند"/"بیاید" (no trigger's verb in the corpus).
_SUBJUNCTIVE_STEMS = (
    *("بنشین", "بپرداز", "بپذیر", "بشناس", "بینداز", "بیانداز"),
    *("بردار", "بگذار", "ببند", "بکشان", "ببخش", "برسان"),
    # nonevent72fa: "تبریک بگوییم", "مقصر بدانند", "به میز مذاکره
    # برگردند/بازگردند" (the indicative has "می", the past "گفتیم",
    # "دانستند", "برگشتند"). Not "برسند": "… هستیم تا به یک توافق برسیم"
    # is a planned agreement a first run lost (a purpose "تا" plans it)
    *("بگوی", "بدان", "برگرد", "بازگرد"),
)
SUBJUNCTIVE_VERBS = SUBJUNCTIVE_VERBS + (
    *(f"{stem}{end}" for stem in _SUBJUNCTIVE_STEMS for end in ("د", "ند", "یم")),
    *("بخشد", "بخشند"),
    *("بکنیم", "شویم", "بشویم", "دهیم", "بدهیم", "بگیریم", "گیریم", "بزنیم", "نماییم", "بکشیم"),
    *("کنید", "بکنید", "شوید", "دهید", "بدهید", "بگیرید", "بزنید", "بدانید"),
)
# "می" before the same stem makes it indicative ("حمله می کند" is reported).
INDICATIVE_MARKERS: tuple[str, ...] = ("می", "نمی")
# typesfa83: the subjunctive of "to have" closing a deed's noun, words away in
# its clause ("… برده شده تا دیدار کوتاهی با پدرش داشته باشد", so that he may
# have a short meeting; "قرار است گفت‌وگویی با همتای خود داشته باشند"): the
# deed is meant or possible, as "تا … دیدار کند" is. The indicative ("دیدار
# داشت", "دیداری … داشته است") is told.
HAVE_SUBJUNCTIVES: tuple[str, ...] = tuple(
    f"داشته {be}" for be in ("باشد", "باشند", "باشیم", "باشم", "باشید")
)
# A trip told before it is the visit the meeting is the purpose of, told as
# done ("نخست‌وزیر عراق به تهران رفت تا دیداری با رئیس‌جمهور ایران داشته
# باشد": went to Tehran to have a meeting, a visit; tests/test_consult34fa):
# these words before the noun in its sentence keep the deed as read before.
HAVE_TRIP_LEADS: tuple[str, ...] = (
    *("رفت", "رفتند", "رفته", "آمد", "آمدند", "آمده"),
    *("سفر", "عزیمت", "عازم"),
)
# typesfa85: a demand told by its own predicate ("خواستار … شدند", "خواهان …
# شد") after a protest in its sentence is the protesters' request, told as
# an event of its own ("کارگران با تجمع مقابل استانداری خواستار پرداخت
# حقوق خود شدند": a protest and a request), not one of the protest's
# slogans (``trigger_candidates._told_once``), which a participle or a verbal noun is
# in English and Arabic ("demanding", "مطالبين").
OWN_DEMANDS: tuple[str, ...] = ("خواستار", "خواهان")
# The verb of such a demand closes it words away, past its object
# (``verb_mood._demand_verb``: "… خواستار افزایش حقوق‌هایتان شوید", that you
# demand a raise, is no demand made); a copula or "که" closes the demand
# first, and a verb after it is the content's ("خواستار آن است که زندانیان
# آزاد شوند": a demand made).
DEMAND_STOPS: tuple[str, ...] = (
    *("که", "است", "هست", "هستند", "هستیم", "هستم", "بود", "بودند", "بوده"),
)

# After "could" or "managed to" in the past the subjunctive is what was done
# ("توانست وارد اقیانوس شود" entered the ocean): the event stands.
REALIZED_MODALS: tuple[str, ...] = (
    "توانست",
    "توانستند",
    "توانسته",
    "موفق شد",
    "موفق شدند",
    "موفق شده",
)

# An event named as what an anniversary is of ("سالگرد حمله به سفارت",
# "سالروز امضای توافق") is an old one, not reported: only the noun right
# after the word (a protest held on an anniversary stays an event).
TOPIC_MARKERS = TOPIC_MARKERS + ("سالگرد", "سالروز")
# prec25ar: a light head noun of a kind of deed ("عملیات", "موج") may stand
# between a topic preposition and the deed ("گزارش درباره عملیات شکنجه",
# "درباره موج بازداشت‌ها"): the deed is still only talked about.
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{marker} {head}"
    for marker in ("درباره", "در باره", "در مورد", "در خصوص", "پیرامون")
    for head in ("عملیات", "موج", "کارزار")
)
# status12: a deed spoken of as a possibility ("احتمال حمله", "احتمال وقوع
# درگیری", "درباره احتمال آغاز دور جدید مذاکرات") is not reported
TOPIC_MARKERS = TOPIC_MARKERS + (
    "احتمال",
    "احتمال وقوع",
    "احتمال آغاز",
    "احتمال از سرگیری",
    "احتمال ارتکاب",
    "امکان وقوع",
    "خطر وقوع",
    # what is proposed is not done ("پیشنهاد برگزاری نشست سه‌جانبه")
    "پیشنهاد",
    "پیشنهاد برگزاری",
    "پیشنهاد انجام",
)

# Head nouns of names: a trigger word in quotation marks right after one
# names a party, a movement or an operation ("حزب «اتحاد و همکاری»",
# "عملیات «چشمه صلح»"), it reports no event.
NAME_HEADS: tuple[str, ...] = (
    "حزب",
    "جنبش",
    "جبهه",
    "ائتلاف",
    "اتحادیه",
    "فراکسیون",
    "فهرست",
    "لیست",
    "گروه",
    "گروهک",
    "سازمان",
    "انجمن",
    "جمعیت",
    "شرکت",
    "موسسه",
    "مؤسسه",
    "عملیات",
    "رزمایش",
    "مانور",
    "کمپین",
    "پویش",
    "طرح",
    "برنامه",
    "پروژه",
    "ستاد",
    "قرارگاه",
    "تیپ",
    "لشکر",
)

# Two words before an event noun that make it an aim, not a deed ("از تلاش‌ها
# برای برقراری آتش‌بس حمایت کرد": no ceasefire yet).
TOPIC_MARKERS = TOPIC_MARKERS + (
    "برای برقراری",
    "برای ایجاد",
    "برای دستیابی",
    "برای رسیدن",
    "برای توقف",
    "برای پایان",
    "برای تحقق",
    "به منظور برقراری",
    # status24ar: the aim with its "به" ("برای دستیابی به آتش‌بس"), as the
    # Arabic aim "للتوصل إلى" (``ar/context.PURPOSE_CUES``)
    *("برای دستیابی به", "برای رسیدن به", "به منظور دستیابی به", "با هدف دستیابی به"),
    # mendE99: the aim "in the course of reaching" and "to attain"
    *("در راستای دستیابی به", "در راستای رسیدن به", "برای نیل به"),
)

# towards67: a deal moved or stepped towards is an aim, not made ("حرکت به
# سمت توافق", "گامی به سوی آتش‌بس"), as English "working towards an
# agreement"; bare "به سمت" also aims fire at protesters, so only after a
# noun of moving or stepping
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{move} {to}"
    for move in ("حرکت", "گامی", "گام", "قدمی", "قدم", "پیش")
    for to in ("به سمت", "به سوی", "به طرف")
)

# nonevent98: an aim's marker reaches its deed across one determiner too
# ("برای رسیدن به چنین توافقی", "برای دستیابی به این توافق": no deal yet);
# read by ``named_topic._aimed_across``.
AIM_MARKERS: tuple[str, ...] = (
    "برای برقراری",
    "برای ایجاد",
    "برای دستیابی به",
    "برای رسیدن به",
    "برای تحقق",
    "به منظور برقراری",
    "به منظور دستیابی به",
    "با هدف دستیابی به",
    # mendE99
    "در راستای دستیابی به",
    "در راستای رسیدن به",
    "برای نیل به",
)
# mendE99: the far demonstratives too ("به آن توافق", "به همان توافق", "به
# چنان توافقی")
AIM_DETERMINERS: tuple[str, ...] = ("این", "چنین", "همین", "یک", "آن", "همان", "چنان")

# A place after these (across words of direction and head nouns) is where an
# attack happened, not whom it hit ("در حمله‌ای در اردن کشته شدند").
SCENE_PREPOSITIONS: tuple[str, ...] = ("در", "نزدیک")

# victims57: places and states of custody; the police or court named right
# after one ("در بازداشتگاه پلیس آگاهی جان باخت", "در بازداشت پلیس"), not
# as a target ("حمله به زندان"), held whoever died or was hurt there: they
# are the deed's first side, never its victim (``doers.keepers_first``).
CUSTODY_NOUNS: tuple[str, ...] = ("بازداشتگاه", "بازداشت", "زندان", "حبس", "سلول")

# gaz32: a report's lead names the city it was filed from ("به گزارش ایرنا از
# اهواز،", "به گزارش خبرنگار مهر از کرج،"): that city is a dateline, where
# police and protesters the text places nowhere act (``home_country``).
REPORT_PLACE_LEADS: tuple[str, ...] = ("به گزارش", "گزارش خبرنگار")
REPORT_PLACE_FROM: tuple[str, ...] = ("از",)

# Country words that are also given names or surnames: after a title (and a
# given name) they continue the person's name ("سناتور چاد ولف").
COUNTRY_WORDS_IN_NAMES: tuple[str, ...] = ("چاد", "جورجیا")

# Words before the doer of a deed of force, per event type, besides
# ``AGENT_MARKERS`` ("در حمله افراد مسلح کشته شدند", "بر اثر تیراندازی
# مسلحان", "با شلیک نظامیان"): that group acts first (extract/doers.py). The
# nouns of an attack name its doers, not those of an arrest told beside it.
DOER_MARKERS: dict[str, tuple[str, ...]] = {
    "ASSAULT": (
        "بدست",
        "حمله",
        "حملات",
        "حمله های",
        "تیراندازی",
        "شلیک",
        "یورش",
        "تهاجم",
        "گلوله",
        "با شلیک",
        "به ضرب گلوله",
        "بمباران",
        "کمین",
        # those killed "in clashes with" a force were killed by it
        "درگیری با",
        "درگیری‌ها با",
        "درگیری مسلحانه با",
        "نبرد با",
        # prec25ar: a weapon with the relative clause of who fired, planted
        # or set it off ("مین‌هایی که شورشیان کار گذاشته بودند", "موشکی که
        # حوثی‌ها شلیک کردند"): that clause's subject did the deed
        *(
            f"{weapon}{relative}"
            for weapon in ("مین", "موشک", "راکت", "خمپاره", "بمب")
            for relative in (" هایی که", "ی که", " ای که")
        ),
    ),
    "COERCE": ("بدست",),
    # prec25ar: sanctions with the relative clause of who imposed them
    # ("تحریم‌هایی که سازمان ملل وضع کرده است")
    "SANCTION": ("تحریم هایی که", "تحریم هایی را که", "تحریمهایی که"),
}

# sides85: the words right after a deed's doer that put the deed on it ("حمله
# به نفتکش … به ایران نسبت داده شد", "انفجار را به داعش نسبت دادند"): that
# group did it, whoever the sentence names besides underwent it
# (extract/doers.py). Persian writes the doer before the verb, so no marker
# stands before it.
DOER_CLOSERS: tuple[str, ...] = tuple(
    f"نسبت {verb}"
    for verb in (
        *("داد", "دادند", "داده", "داده شد", "داده شده", "داده‌اند", "داده اند"),
        *("می‌دهند", "می دهند", "می‌دهد", "می دهد"),
    )
)
# mendB86 (review85, finding 13): the blamer of an ascribed deed stands
# right before "به" and the doer ("حمله‌ای که آمریکا به ایران نسبت داد"): the
# ascribing verb's subject, no side of the deed (``doers.without_blamers``).
BLAMER_BEFORE_DOER: tuple[str, ...] = ("به",)

# sides74: links that tell the deed after them as caused by what the phrase
# before them names ("اصرار ایران … سبب شد شورای امنیت تحریم‌هایی … اعمال
# کند"): the cause's owner is no side of it (extract/caused_deed.py). The
# bare nouns ("باعث کشته شدن") are result links of an infinitive instead
# (RESULT_LINKS), and need no verb.
CAUSATIVE_LINKS: tuple[str, ...] = tuple(
    f"{noun} {verb}"
    for noun in ("باعث", "سبب", "موجب")
    for verb in ("شد", "شده", "شده است", "شده‌است", "می‌شود", "می شود", "گردید", "شود")
)

# Words that open a sentence's phrase of what came before its main deed
# ("پس از حمله …، …", "در پی انفجار …، …", "به دنبال …، …"): a deed of force
# told there has its own sides (extract/doers.py).
CAUSE_OPENERS: tuple[str, ...] = (
    "پس از",
    "بعد از",
    "در پی",
    "به دنبال",
    "متعاقب",
    "در واکنش به",
    "در پاسخ به",
    "بر اثر",
    "در اثر",
    "به دلیل",
    "در جریان",
)

# bystander104: words that, right after a comma that follows the main deed,
# open a phrase placing it after another ("نیروها در مرز مستقر شدند، پس از
# سفر وزیر خارجه آمریکا …"): whoever the phrase names dates the deed and is no
# side of it (extract/closing_after.py). Words of reason and of response ("به
# دلیل", "در واکنش به") are left out: what they name may be the deed's side.
CLOSING_AFTER_OPENERS: tuple[str, ...] = (
    *("پس از", "بعد از", "در پی", "به دنبال", "متعاقب", "از زمان"),
    *("پس از آنکه", "بعد از آنکه", "یک روز پس از", "چند روز پس از"),
)

# Third-person possessive clitics an agent noun may end in ("سربازانش", "نیروهایشان"):
# the forces of the actor named before them, as after English "its"/"their".
POSSESSIVE_CLITICS: tuple[str, ...] = ("ش", "شان")
# agents23ar: a deed's word owned by its doer ("پلیس به اعتراضات خود ادامه
# داد", "اعتراضاتشان"): the one named last before it (extract/armed_protest.py)
OWN_DEED_MARKS: tuple[str, ...] = ("خود", "خویش", "ش", "شان")
# bystander101: a deed referred to ("با اشاره به …", extract/referred.py) is
# the referrer's own where these stand in its phrase ("سفر خود", "مذاکرات دو
# کشور", "روابط دوجانبه"), and a meeting told with a partner after "با" has
# the referrer as its other side ("توافق با عراق").
REFERRED_OWN_WORDS: tuple[str, ...] = (
    "خود", "خویش", "ما", "کشورمان", "دو کشور", "دو طرف", "طرفین", "دوجانبه",
)  # fmt: skip
# mendB106: the voicer's own thing named in the phrase of a deed he voices
# concern over ("از حمله به سفارت خود", "بازداشت شهروندانش"): the deed struck
# him, and he is its target (``extract/concern_own.py``). "هایش" is the
# clitic of a plural written apart ("دیپلمات‌هایش").
# mendB106: the links of a list of deeds a concern names ("عن قلقه إزاء
# الاعتقالات والقتل", "concern over the arrests and killings"): each noun of
# the list binds to the concern (``reacted._listed_after``).
CONCERN_LIST_LINKS: tuple[str, ...] = ("و",)
CONCERN_OWN_WORDS: tuple[str, ...] = (
    "خود", "خویش", "هایش", "هایشان", "شهروندانش", "اتباعش", "سفارتش",
    "نیروهایش", "سربازانش", "خاکش", "نفتکشش",
)  # fmt: skip
REFERRED_PARTNERS: tuple[str, ...] = ("با",)

# Reflexive possessives written after an agent noun ("اتباع خود", "نیروهای
# خویش"): the nationals or forces of the subject named before them, as
# English "its nationals" (POSSESSIVE_PRONOUNS there) and Arabic "رعاياها".
POSSESSIVES_AFTER: tuple[str, ...] = ("خود", "خویش")

# Words that open a closing phrase of the reason for a deed of force ("پلیس
# سه نفر را به دلیل حمله طالبان دستگیر کرد"): a deed of force of another
# type told there has its own sides (extract/doers.py).
REASON_OPENERS: tuple[str, ...] = (
    "به دلیل",
    "به علت",
    "به خاطر",
    "به اتهام",
    "به جرم",
    "در ارتباط با",
    "به اتهام مشارکت در",
    "به اتهام دست داشتن در",
    "در پی",
    "به دنبال",
    # thanks or blame for something ("از عراق بابت میزبانی … قدردانی کرد")
    "بابت",
    "به سبب",
)

# Words between a deal's or meeting's noun and the two sides it names
# ("از توافق میان اتیوپی و سودان استقبال کرد"): those sides are its parties, not whoever comments
# on it (extract/meeting_sides.py).
SIDES_MARKERS: tuple[str, ...] = ("بین", "میان")

# The preposition of where one goes: after a visit's noun and its visitor it
# names the host ("سفر وزیر خارجه ایران به عربستان").
DESTINATION_PREPOSITIONS: tuple[str, ...] = ("به",)
# placeside76ar: a road leading to a place ("جاده منتهی به لبنان"): the
# place it reaches, neither a party nor the home of those on it
# (countries._outside_or_named, as Arabic "المؤدية إلى"). Persian has no
# other word of going read so.
TRAVEL_WORDS: tuple[str, ...] = ("منتهی",)
# parties42fa: a word of sequence before a stop of a tour ("پس از عراق به
# اردن و مصر سفر می‌کند": Iraq is a stop too; ``extract/itinerary``)
# ("سپس به مصر": then to Egypt, a later stop)
ITINERARY_MARKERS: tuple[str, ...] = ("بعد از", "پس از", "قبل از", "پیش از", "سپس")
# parties42fa: where a visitor comes from, no host (``extract/itinerary``)
ORIGIN_PREPOSITIONS: tuple[str, ...] = ("از",)

# Fixed phrases that hold a state's name but name no state: heavenly bodies
# ("کره" is also "sphere"), continents and regions named after a state, and
# a fold ("چین"). A blocker in the actor layer: the longer phrase wins.
NOT_ACTOR_PLACES: tuple[str, ...] = (
    tuple(
        f"{sphere} {body}"
        for sphere in ("کره", "کره ی", "کرهٔ")
        for body in ("زمین", "ماه", "خاکی", "مریخ", "زهره", "مشتری", "خورشید")
    )
    + tuple(
        f"{half} {side}"
        for half in ("نیم کره", "نیمکره")
        for side in ("شمالی", "جنوبی", "شرقی", "غربی", "زمین")
    )
    + tuple(f"آمریکای {part}" for part in ("لاتین", "جنوبی", "شمالی", "مرکزی"))
    + (
        "قاره آمریکا",
        "شبه جزیره کره",
        "شبه قاره هند",
        "چین و چروک",
        "چین خوردگی",
    )
)

# Titles that, written right before a town or province (not a capital),
# name its member of parliament: Iranian and Afghan MPs are "the
# representative of" their constituency ("نماینده سبزوار", "نمایندگان
# تبریز"); before a state or a capital they speak for the state.
SEAT_TITLES: tuple[str, ...] = ("نماینده", "نمایندگان")

# gov29fa: "امیر" before an officer's family name is the honorific of the
# Iranian armed forces' generals and admirals ("امیر سیاری گفت …"); an emir
# is written with his state ("امیر قطر", "امیر کویت"). With no state next to
# it the title names an officer (agent MIL), no head of state
# (``mention_scan._retitle_orphan``).
ARMY_HONORIFICS: tuple[str, ...] = ("امیر",)

# A secretary-general written before a named party leads that party
# (``party_leader``), where before other bodies he is their official.
GROUP_HEAD_TITLES: tuple[str, ...] = ("دبیرکل", "دبیر کل", "دبیر‌کل")
# titles28: other heads of a named group, written right after a known
# person in apposition ("حسین سلامی فرمانده کل سپاه"): they tell who he is
# (``mention_scan._headed_by_named``); "رهبر" and "رئیس" of a party lead it
GROUP_HEAD_TITLES += ("فرمانده", "فرمانده کل", "رهبر", "رئیس", "رئیس دفتر سیاسی")

# Words that make the actor after them a co-actor of the one before, beside
# the plain conjunctions: comitatives ("انگلیس به همراه فرانسه و آلمان … را
# محکوم کرد", "آلمان همراه با ایتالیا … کمک ارسال کرد"), additive links
# ("آمریکا و همچنین انگلیس", "آمریکا و نیز کانادا") and the second half of
# "both … and" ("هم ایران و هم روسیه"), joining ("به جمع آمریکا … پیوست")
# and allies named in apposition ("آمریکا و متحدانش، …"). Standing alone
# between two actors, like a conjunction, they join them into one side of the event
# (``coordination.coordinated_groups``).
COACTOR_LINKS: tuple[str, ...] = (
    "به همراه",
    "همراه با",
    "به همراهی",
    "به اتفاق",
    "در کنار",
    "با همکاری",
    "با مشارکت",
    "در همکاری با",
    "با هماهنگی",
    "و همچنین",
    "و هم چنین",
    "همچنین",
    "و نیز",
    "و هم",
    "علاوه بر",
    # "ناتو نیز به جمع آمریکا و انگلیس پیوست و …": joins them
    "به جمع",
    "نیز به جمع",
    "به صف",
    # "آمریکا و متحدانش، انگلیس و استرالیا، …"
    "و متحدانش",
    "و متحدان آن",
    "و متحدانشان",
    # roles52: "X به نمایندگی از Y …": Y acts through X, on X's side
    "به نمایندگی از",
)

# --- bystanders13: places named after a country ------------------------------
# Heads of the names of seas, gulfs and straits: a country after one is part
# of the name ("خلیج فنلاند", "دریای ژاپن"), never a party nor the agents'
# home (extract/actors.py ``_outside_or_named``).
NAMED_PLACE_HEADS: tuple[str, ...] = (
    "خلیج",
    "دریای",
    "تنگه",
    "اقیانوس",
    # parties70fa: a canal named after a town or state ("کانال سوئز", "کانال
    # پاناما") is the waterway a fleet passes, not that state's: neither a
    # side nor the home of the sailors passing it
    "کانال",
)
# places108: the head of a clock's zone ("ساعت ۷ صبح به وقت تهران", "بوقت
# ایران"): the state or capital after it names whose clock the hour is read
# on, no side; the agents' home only as the lone country of its sentence
# (extract/time_zones.py, mendB108). "وقت"
# alone is left out: "وقت ایران" may be Iran's time (its turn).
TIME_ZONE_HEADS: tuple[str, ...] = ("به وقت", "بوقت")
# mendB108: a zone only after a clock ("ساعت ۳ بامداد به وقت آنکارا",
# "شامگاه پنج‌شنبه به وقت تهران", "بعد از ظهر به وقت تهران"): a number, a
# word of the hour or a day (TIME_ZONE_CLOCKS: "به وقت" after a day is the
# zone, "روز دوشنبه به وقت محلی"), or an ordinal after "ساعت"
# (TIME_ZONE_HOURS: "ساعت هفت به وقت تهران"). mendE108: one word each (a
# ZWNJ reads as a space, so "پنج‌شنبه" ends in "شنبه", "نیمه‌شب" in "شب").
TIME_ZONE_CLOCKS: tuple[str, ...] = (
    "صبح", "ظهر", "عصر", "شب", "بامداد", "شامگاه", "صبحگاه", "غروب", "شنبه",
    "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "امروز",
    "فردا", "دیروز", "امشب",
)  # fmt: skip
TIME_ZONE_HOURS: tuple[str, ...] = ("ساعت",)
TIME_ZONE_DAYS: tuple[str, ...] = ()
TIME_ZONE_DAY_PARTS: tuple[str, ...] = ()
# --- end bystanders13 ---

# --- parties25fa: the other side of a border ---------------------------------
# A country after a border noun and one of these ("در مرز با بلاروس", "منطقه
# مرزی با ترکیه") is the other side of a border, a place, no party (read as
# Arabic "على الحدود مع" and English "on the border with", whose languages
# take their PARTNER_PREPOSITIONS here; "با" is no partner word elsewhere in
# Persian: "دیدار با رئیسی" names Raisi, not a partner's country).
BORDER_PREPOSITIONS: tuple[str, ...] = ("با",)
BORDER_HEADS: tuple[str, ...] = ("مرز", "مرزها", "مرزهای", "مرزی", "مرزهایش")
# parties70fa: a town "on the border of" another state ("زرنج، مرکز ولایت
# نیمروز در مرز ایران"): a border noun behind one of these, maybe with a
# place head after it ("در مرز استان سیستان و بلوچستان ایران"), right after
# a town of another state makes the state after it where the town lies,
# neither a side of what happens there nor the home of its agents
# (``extract/border_places.py``; a post "در مرز ایران" stays Iran's).
BORDER_SCENE_PREPOSITIONS: tuple[str, ...] = ("در",)
# --- end parties25fa ---

# --- speaker26: a conversation's partner ---------------------------------------
# After a noun of talking ("گفت‌وگو", "تماس تلفنی"), "با" names the partner of
# the conversation, no side of what is said in it ("در گفت‌وگو با وزیر خارجه
# انگلیس ایران را متهم کرد": Iran is accused, not Britain), as English "with"
# and Arabic "مع" do (their PARTNER_PREPOSITIONS; extract/interlocutor.py).
INTERLOCUTOR_PREPOSITIONS: tuple[str, ...] = ("با",)
# --- end speaker26 ---

# --- bystanders13: phrases of cause --------------------------------------------
# What they open is why a deed happened ("به دلیل توافق آمریکا و ترکیه
# عقب‌نشینی کرد"): whoever it names is no side of a withdrawal, a deployment
# or a joint act (extract/because_phrase.py ``outside_because``).
BECAUSE_OPENERS: tuple[str, ...] = (
    "به دلیل",
    "به علت",
    "به سبب",
    "به خاطر",
    "در نتیجه",
    "بر اثر",
    "در اثر",
)
# --- end bystanders13 ---

# nonevents13: a gathering named as the occasion of something else ("در
# حاشیه نشست هیئت دولت در جمع خبرنگاران گفت") is not itself the event told.
TOPIC_MARKERS = TOPIC_MARKERS + ("در حاشیه",)

# Nouns for a member of a body: "عضو سابق مجلس خبرگان" is a man who has
# left it, not the body (extract/actors.py former_member).
MEMBER_WORDS: tuple[str, ...] = ("عضو", "اعضای", "اعضا", "عضوهای")

# legislators62ar: a parliamentary faction in a legislator's title ("رئیس
# فراکسیون حزب …"): its head sits in parliament (LEG), as Arabic "رئيس كتلة"
BLOC_WORDS: tuple[str, ...] = ("فراکسیون",)

# Plants, foods and things named after a state name no state ("شاهدانه
# هندی", "تمر هندی" tamarind, "قهوه ترک", "حمام ترکی", "خوکچه هندی").
NOT_ACTOR_PLACES += (
    "شاهدانه هندی",
    "کنف هندی",
    "تمر هندی",
    "نارگیل هندی",
    "قهوه ترک",
    "قهوه ترکی",
    "حمام ترکی",
    "خوکچه هندی",
    "سیب زمینی سرخ کرده فرانسوی",
)

# Round 13b (alleged): a body's own session ("هیئت دولت جلسه برگزار کرد",
# "کمیسیون امنیت ملی تشکیل جلسه داد"): with all its people of one country,
# none coordinated and no partner word (SESSION_PARTNERS) in the sentence,
# it is no CONSULT (extract/sessions.py).
SESSION_WORDS: tuple[str, ...] = ("جلسه", "جلسات", "نشست", "تشکیل جلسه")
SESSION_PARTNERS: tuple[str, ...] = ("با", "بین", "میان", "همراه")
# falsehits54: a partner word before the session's agenda ("نشست کمیسیون …
# با دستور کار انتخاب هیأت رئیسه برگزار شد") names what it discusses, no
# partner (extract/sessions.py).
# Not "محوریت" nor "هدف": "در این نشست که با محوریت امنیت دریایی برگزار شد"
# is as often a meeting of many states whose speaker alone is named.
SESSION_AGENDAS: tuple[str, ...] = ("دستور کار", "دستورکار", "موضوع")
# --- roles13b ---
# Kinship nouns: "پسر اردوغان", "همسر رئیس‌جمهور" is a private person, not
# the office holder (extract/actors.py kin_before, relative_of).
KIN_WORDS: tuple[str, ...] = (
    "پسر",
    "دختر",
    "همسر",
    "برادر",
    "خواهر",
    "داماد",
    "عروس",
    "نوه",
    "بیوه",
    "فرزند",
    "برادرزاده",
    "خواهرزاده",
)

# roles85/mendC86: cabinet titles a finer post chained to them names more
# closely ("معاون نخست وزیر و وزیر امور خارجه": one man, the foreign
# minister; extract/mention_scan._finer_office). Another minister's title
# is not one ("وزیر کشور و وزیر امور خارجه": two men).
FINER_POST_TITLES: tuple[str, ...] = (
    "معاون نخست وزیر",
    "معاون نخست‌وزیر",
    "معاون اول نخست وزیر",
    "معاون اول نخست‌وزیر",
    "معاون صدراعظم",
)
# Titles of one who serves the person named after them: "مشاور ترامپ" is
# Trump's adviser (an official of his state), not Trump (extract/actors.py
# Pending.serves).
SERVANT_TITLES: tuple[str, ...] = (
    "مشاور",
    "مشاور ارشد",
    "دستیار",
    "دستیار ویژه",
    "سخنگو",
    "سخنگوی",
    "فرستاده",
    "فرستاده ویژه",
    "نماینده ویژه",
    "معاون",
    "رئیس دفتر",
    "مدیر دفتر",
    "منشی",
)
# Nouns for a committee: a title, a committee's name and a legislature
# ("رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس", "سخنگوی کمیسیون انرژی مجلس") name one legislator
# (extract/actors.py across_committee).
COMMITTEE_WORDS: tuple[str, ...] = ("کمیسیون", "کمیته")
# bodies79: a ministry's name closed by a people noun names its portfolio, not
# the people ("وزارت ورزش و جوانان", "وزارت امور مهاجرین"), and a field's noun
# the matcher reads as a people noun with "ی" ("وزارت بازرگانی" commerce, not
# a merchant; "وزارت بهداشت، درمان و آموزش پزشکی" medicine, not a doctor):
# the ministry is the government's (titles.names_portfolio). Only the words
# of a portfolio may stand between ("وزارت نفت، ۲۲ نفر از کارگران" is two).
PORTFOLIO_HEADS: tuple[str, ...] = ("وزارت", "وزارتخانه", "وزارتخانه ها", "وزارتخانه های")
PORTFOLIO_WORDS: tuple[str, ...] = (
    *("و", "،", "امور", "ورزش", "بهداشت", "درمان", "آموزش", "کار", "رفاه"),
    *("اجتماعی", "تعاون", "شهدا", "حج", "ارشاد", "فرهنگ"),
)
PORTFOLIO_PEOPLE: tuple[str, ...] = (
    *("جوانان", "مهاجرین", "مهاجران", "زنان", "معلولین", "معلولان", "ایثارگران"),
)
PORTFOLIO_ENDINGS: tuple[str, ...] = ("ی",)
# support26: nouns for a unit of a force: a head's title, a unit's name and
# the force ("رئیس سازمان عقیدتی سیاسی ارتش") name one officer of that force
# (MIL, COP), not a state's official (extract/mention_scan.py _in_unit).
UNIT_WORDS: tuple[str, ...] = ("سازمان", "اداره", "معاونت", "مدیریت", "دفتر", "مرکز")
# --- end roles13b ---

# --- roles14 ---
# Words of a deputy or assistant right before a head's title ("معاون رهبر",
# "نایب خادم حرمین شریفین", "دستیار رئیس جمهور"): the holder is not the
# head (extract/actors.py deputy_role).
DEPUTY_WORDS: tuple[str, ...] = ("معاون", "نایب", "نائب", "دستیار", "جانشین", "قائم مقام")
# agentcode83: one word naming a deputy's or aide's brief between his title
# and the head he serves ("معاون حقوقی رئیس جمهور", "مشاور عالی رهبر"): the
# chain is one person, the deputy, not the head (extract/mention_scan.py
# _qualified_chain). Adjectives of a brief only, no noun.
TITLE_QUALIFIERS: tuple[str, ...] = (
    "حقوقی", "پارلمانی", "سیاسی", "اقتصادی", "اجرایی", "امنیتی", "فرهنگی",
    "رسانه‌ای", "بین‌المللی", "ارشد", "ویژه", "عالی", "دوم",
)  # fmt: skip
# "son of" inside a man's name ("متعب بن عبدالله بن عبدالعزيز"): a known
# person's name right after it is the father's, not an actor
# (extract/actors.py skipped).
PATRONYMIC_WORDS: tuple[str, ...] = ("بن", "ابن", "بنت")
# A head's title that, before an international organisation, names the
# organisation's own head ("رئيس البرلمان الأوروبي", "the president of the
# European Commission"): a senior official, not a head of state; "leaders"
# of a group of states stay its states' heads (extract/actors.py).
IGO_HEAD_TITLES: tuple[str, ...] = ("رئیس", "رییس", "ریاست")
# --- end roles14 ---

# Words after the noun of a deed of force that open whom it struck ("حمله
# آمریکا به مواضع ارتش عراق", "حمله علیه نیروهای امنیتی"): a comment on the
# deed is about its doer, not them (extract/victims.py).
DEED_VICTIM_MARKERS: tuple[str, ...] = ("به", "علیه", "ضد")
# condemn71: a relative pronoun right after the object marker ("حمله … را
# که منجر به کشته شدن … شد، محکوم کرد") opens the object's own clause before
# the verb: whom it names the deed struck (extract/victims.py).
OBJECT_RELATIVES: tuple[str, ...] = ("که",)

# The charge an arrest or a sentence is made on ("به اتهام همکاری با دولت
# آمریکا بازداشت شد"): who is named inside it is no side of the arrest
# (extract/charges.py).
CHARGE_OPENERS: tuple[str, ...] = (
    "به اتهام",
    "به اتهامات",
    "به اتهام های",
    "با اتهام",
    "به جرم",
    "به جرم های",
    "به ظن",
)

# agents41ar: crimes told right after the person an arrest or a sentence
# holds ("به اتهام قاچاق", "به جرم سرقت"): held for one, a civilian is a
# criminal (extract/held_criminals.py). Substrings of the normalised text
# ("مخدر" covers "مواد مخدر").
CRIME_CUES: tuple[str, ...] = (
    *("مخدر", "کوکائین", "هروئین", "تریاک", "حشیش"),
    *("قاچاق", "سرقت", "دزدی", "زورگیری", "کلاهبرداری", "جعل", "پولشویی", "اخاذی"),
)
# mend41b: the crime must be opened right after the person (within two
# words, "را" among them) by a charge or by what they carry ("به اتهام",
# "با ۳ کیلو تریاک") and start a word: "معترضانی که به جعل انتخابات
# اعتراض داشتند" are no forgers.
CRIME_OPENERS: tuple[str, ...] = CHARGE_OPENERS + (
    *("به دلیل", "به خاطر", "متهم به", "مظنون به", "حامل", "در حال حمل"),
)
CRIME_PREFIXES: tuple[str, ...] = ("",)
# Protesters are civilians whatever they protest (the spec): an arrest never
# makes them criminals.
PROTESTER_STEMS: tuple[str, ...] = (
    *("معترض", "تظاهرکننده", "تظاهر کننده", "تجمع کننده"),
    # plurals in "-گان" change the stem's last letter
    *("تظاهرکنندگان", "تظاهر کنندگان", "تجمع کنندگان", "تجمع‌کنندگان"),
)

# aragents101: armed causes a civilian is held on ("به اتهام عضویت در یک
# گروه تروریستی", "به ظن همکاری با گروه‌های مسلح"): held for one, he is a
# militant (REB; extract/held_criminals.py, beside the armed movements of
# ``agents.NAMED_GROUPS``). Word starts of the normalised text ("تروریست"
# covers "تروریستی", "تروریست‌ها").
ARMED_CAUSE_CUES: tuple[str, ...] = (
    *("تروریست", "تروریسم", "افراطی", "تکفیری", "جهادی"),
    *("گروه مسلح", "گروه های مسلح", "گروه‌های مسلح"),
)
# mendB102: words after which a cue is the charge's topic ("انتشار اخبار
# دروغ درباره تروریسم"), its victims ("توهین به قربانیان حمله تروریستی"),
# the defendants someone defended ("دفاع از متهمان تروریستی") or the enemy
# fought ("جنگ علیه داعش"): the cause is read up to them only.
ARMED_CAUSE_STOPS: tuple[str, ...] = (
    *("درباره", "دربارهٔ", "درباره‌ی", "قربانی", "قربانیان", "متهمان", "متهمین"),
    *("علیه", "ضد", "دفاع"),
)

# ---- senses15: a deed named as a danger ----
# "پناهجویان در معرض خطر اخراج قرار دارند", "شبح جنگ": a deed that may
# befall someone is no deed done ("در معرض شکنجه قرار می‌داد" subjects
# someone to it, a deed, so not "در معرض" alone).
TOPIC_MARKERS = TOPIC_MARKERS + ("خطر", "در معرض خطر", "شبح")

# ---- agents16: the sponsor of an armed group ----
# Written before a country, these name the sponsor of an armed group, which
# takes no part in what the group does and gives it no country
# ("گروه‌های مسلح مورد حمایت ترکیه … گلوله‌باران کردند",
# "شبه‌نظامیان وابسته به ایران"). Not "نزدیک به" (also "near") nor
# "طرفدار" (the supporters of a candidate: "اصلاح‌طلبان طرفدار رئیسی").
SPONSOR_OPENERS: tuple[str, ...] = (
    "مورد حمایت",
    "تحت حمایت",
    "مورد پشتیبانی",
    "تحت پشتیبانی",
    "وابسته به",
)
# support26: a state whose support a deed is done with ("ارتش با حمایت
# آمریکا به مواضع شورشیان حمله کرد") is no side either, and lends no
# country to the bare agents of its sentence; "با حمایت از X" (supporting X)
# puts a preposition before the state and is not matched
SPONSOR_OPENERS += ("با حمایت", "با حمایت‌های", "با پشتیبانی", "با پشتیبانی‌های")
# agents44fa: the followers of a leader, in ezafe before his name
# ("هواداران عمران خان", "هواداران رئیس جمهور سابق"): the one they follow
# takes no part, the followers (an agent noun, CVL) are the side, as Arabic
# "أنصار" is read. Not "طرفداران"/"حامیان", which are no agent nouns here
# (only an appeal's side, ``ASKED_AGENT_NOUNS``), nor the adjective "طرفدار".
SPONSOR_OPENERS += ("هواداران",)

# agents59fa: the candidate a campaign office works for, in ezafe after it
# ("ستاد انتخاباتی رئیسی", "سخنگوی ستاد انتخاباتی زاکانی", "ستادهای مردمی
# سید ابراهیم رئیسی"), takes no part in what the office does: the office
# (PTY, ``agents.CAMPAIGN_OFFICES``) is the side, as the followers before
# their leader are.
SPONSOR_OPENERS += tuple(
    f"{office}{honorific}"
    for office in (
        *(
            f"ستاد{plural} {kind}"
            for plural in ("", "های", " های")
            for kind in ("انتخاباتی", "مردمی")
        ),
        *(f"شورای هماهنگی ستاد{plural} مردمی" for plural in ("", "های", " های")),
    )
    for honorific in ("", " آقای", " آقایان", " دکتر", " آیت الله", " آیت‌الله", " حجت الاسلام")
)
SPONSOR_OPENERS += tuple(
    f"با {head} {kind}" for head in ("حمایت", "پشتیبانی") for kind in ("هوایی", "نظامی")
)

# ---- ar17: a state speaking through its body ----
# Nouns of a statement in the aside right after a state that is the
# sentence's subject ("ایران، در بیانیه وزارت خارجه، … را محکوم کرد"): the body named in the aside spoke for the state,
# which acts as that body (``extract/spoken_through.py``).
STATEMENT_NOUNS: tuple[str, ...] = ("بیانیه", "بیانیه‌ای", "اطلاعیه")
# officials88: a word that opens a statement phrase naming the body a state
# spoke by, later in its sentence (``spoken_through._stated_body``).
STATEMENT_OPENERS: tuple[str, ...] = ("در", "طی")
# mendA89: the only words (or phrases) that may stand between a statement
# noun and the body it names ("طی بیانیه‌ای از سوی وزارت خارجه", "در بیانیه
# صادره از سوی …"; the ezafe joins it with none). A bare "از" begins what is
# praised ("طی بیانیه‌ای از اقدام پلیس قدردانی کرد"), so it is no link. "ای"
# is the indefinite ending of "بیانیه‌ای", which the normaliser writes apart.
STATEMENT_LINKS: tuple[str, ...] = ("ای", "از سوی", "از جانب", "صادره", "منتشرشده", "که")
STATEMENT_BODY_CLITICS: tuple[str, ...] = ()
# mendA89: words right before a state that make it an object, not the
# subject that spoke ("حمله به سوریه در بیانیه وزارت خارجه محکوم شد").
STATEMENT_OBJECT_MARKS: tuple[str, ...] = ("به", "از", "علیه", "ضد", "با", "برای", "درباره")

# mendB82: a state's people ("ایرانیان") are only described after their will
# or votes ("مانع رای دادن ایرانیان شد"; ``countries._state_adj``), not after
# every head of the list below: whose interests are struck are the target ("منافع
# آمریکایی‌ها را هدف قرار می‌دهد").
STATE_PEOPLE_DESCRIBED_HEADS: tuple[str, ...] = (
    "آرای",
    "آراء",
    "آرا",
    "رأی",
    "رای",
    "اراده",
)
# faextra17: the people written after a noun of their votes, will, interests,
# livelihood, trust or welfare (maybe through one adjective: "مشکلات معیشتی
# مردم") are what is talked about, not a side ("از آرای مردم صیانت کند",
# "منافع مردم را در نظر بگیرد"); extract/described.py. Not demands
# ("مطالبات", "خواسته‌های"): a protest's crowd is often named so, nor "دست"
# ("به دست مردم": by the people's hands).
DESCRIBED_PEOPLE_HEADS: tuple[str, ...] = (
    *STATE_PEOPLE_DESCRIBED_HEADS,
    "منافع",
    "معیشت",
    "مشکلات",
    "اعتماد",
    "رفاه",
    "سفره",
    "سلامت",
    "حرف دل",
    # "رئیس جمهور منتخب ملت ایران": the nation that elected him, no side
    "منتخب",
)

# Places an armed side holds ("مواضع", "پایگاه‌ها"): between a doer marker
# and a group ("با گلوله‌باران مواضع شبه‌نظامیان"), the group holds what the
# deed struck and is its target, not its doer (extract/doers.py).
HELD_PLACE_NOUNS: tuple[str, ...] = (
    "مواضع",
    "موضع",
    "پایگاه",
    "پایگاه‌های",
    "پایگاه‌ها",
    "مقر",
    "مقرهای",
    "اردوگاه",
    "اردوگاه‌های",
    "مخفیگاه",
    "مخفیگاه‌های",
    "سنگر",
    "سنگرهای",
    "انبار",
    "انبارهای",
)

# What may stand between a reporting verb and the subject that opens what it
# reports ("پنتاگون اعلام کرد که وزیر دفاع آمریکا با همتای اسرائیلی خود
# گفت‌وگو کرد"): the speaker there tells the event, it is no party of it
# (``sources._before_reported_subject``).
REPORT_SUBJECT_OPENERS: tuple[str, ...] = ("که",)

# parallel19: what an agreement or a dispute is about ("بر سر آتش‌بس توافق
# کردند", "بر سر تبادل اسرا اختلاف دارند") is its topic, not a deed
# reported, as English "agreed to a ceasefire" and Arabic "اتفقا على وقف
# إطلاق النار" are read.
TOPIC_MARKERS = TOPIC_MARKERS + ("بر سر",)

# parallel19: a light verb negated ("ایران به اسرائیل حمله نکرد", "کسی
# کشته نشد") is still the noun's own predicate: the deed is told, as not
# done (status.NEGATION_CUES), as Arabic "لم تهاجم" and English "did not
# attack" are read; without it the noun was dropped as named in passing.
LIGHT_VERBS = LIGHT_VERBS + (
    "نکرد",
    "نکردند",
    "نکرده",
    "نکند",
    "نکنند",
    "نشد",
    "نشدند",
    "نشده",
    "نشود",
    "نشوند",
    "نداد",
    "ندادند",
    "نزد",
    "نزدند",
    "نگرفت",
    "نگرفتند",
)

# material40fa: the first person of the light verbs above. A state's army
# or spokesman tells its own strikes so ("مواضع … را هدف قرار دادیم", "ضربه
# زدیم", "مورد حمله قرار گرفتیم"); without these an attack noun had no
# predicate and was dropped as named in passing. And the present of "گرفت"
# ("هر هفته مورد حمله قرار می‌گیرند"), as "کند" and "شود" are listed. Not
# the present of "داد" ("دهد"): it closes the reports and trends around an
# attack noun ("از … حمله خبر می‌دهد", "افزایش نشان می‌دهد", "ادامه
# می‌دهند"), which then read as attacks (corpus docs 1-1500).
LIGHT_VERBS = LIGHT_VERBS + (
    *("کردم", "دادیم", "دادم", "زدیم", "گرفتیم", "شدیم", "نمودیم", "کشیدیم", "بردیم"),
    *("گیرد", "گیرند", "ندادیم", "نزدیم", "نگرفتیم", "نگیرد", "نگیرند"),
)

# verbs48fa: every present light verb written with "می"/"نمی" glued to it
# ("بمباران میکند", "هدف حمله قرار میگیرد", "درخواست مینماید"), as many
# outlets write it: a ZWNJ or a space leaves "کند" a word of its own, glued
# it is one word that matched no light verb, and the deed noun before it
# was dropped as named in passing. Not bare "نمایند": "نماینده"
# (representative) begins with it.
_PRESENT_LIGHT = ("کند", "کنند", "شود", "شوند", "گیرد", "گیرند", "نماید", "نمایند")
LIGHT_VERBS = LIGHT_VERBS + (
    *(f"{prefix}{verb}" for prefix in ("می", "نمی") for verb in _PRESENT_LIGHT),
)

# agents20: a body named a word or two after these ("در نزدیکی ساختمان
# پارلمان") is where something happened, not a side ("نزدیک به ۳۰۰۰" is
# "about 3000": not listed)
NEAR_PREPOSITIONS: tuple[str, ...] = ("نزدیکی",)
# actors72: a building named as where a deed happened ("در حمله با چاقو در
# دانشگاه تهران", "پلیس در بیمارستان تیراندازی کرد") is the scene, not a
# side (extract/landmarks.seat_places), as Arabic and English read it: the
# prepositions of place before it, the words that may stand between and the
# buildings. Not "به" ("حمله به بیمارستان": the hospital struck) nor
# "مقابل" (a crowd before an embassy protests to it).
SEAT_PREPOSITIONS: tuple[str, ...] = ("در", "داخل", "درون", "نزدیکی")
SEAT_FILLERS: tuple[str, ...] = ("یک", "یکی", "از")
# doers98: a noun of a building's surroundings ("در اطراف مدرسه", "در محوطه
# دانشگاه", "در حوالی بیمارستان") keeps it the scene, as "در نزدیکی" does
SEAT_FILLERS += ("اطراف", "محوطه", "حوالی")
# victims85: who holds the area where a deed happened ("ده دانش‌آموز در
# مدرسه‌ای در منطقه تحت کنترل طالبان کشته شدند") is no side
# (extract/held_areas.held_places): the holding phrases and the areas, after
# a preposition of place (SEAT_PREPOSITIONS). Areas struck ("مناطق تحت
# کنترل داعش را بمباران کردند") keep their holder.
HOLDING_PHRASES: tuple[str, ...] = (
    *("تحت کنترل", "تحت تصرف", "تحت سلطه", "تحت سیطره", "در کنترل", "در تصرف"),
)
HELD_AREA_NOUNS: tuple[str, ...] = (
    *("منطقه", "مناطق", "منطقه‌ای", "روستا", "روستای", "روستاهای", "روستایی", "شهر", "شهری"),
    *("شهرستان", "ولسوالی", "بخش", "بخش‌های", "استان", "اردوگاه"),
)
SEAT_NOUNS: tuple[str, ...] = (
    *("بیمارستان", "بیمارستان‌ها", "بیمارستانی", "درمانگاه", "مدرسه", "مدارس", "مدرسه‌ای"),
    *("دانشگاه", "دانشگاه‌ها", "دانشکده", "مسجد", "مساجد", "مسجدی", "کلیسا", "کلیسای"),
)
# mendC72: a person or a member right before the preposition is of the
# building, his affiliation, not where a deed was ("استادی در دانشگاه تهران
# از دولت خواست", "پزشکان در بیمارستان").
SEAT_AFFILIATES: tuple[str, ...] = (
    *("استاد", "استادی", "استادان", "اساتید", "دانشجو", "دانشجوی", "دانشجویی", "دانشجویان"),
    *("پژوهشگر", "پژوهشگری", "محقق", "رئیس", "مدیر", "امام", "پزشک", "پزشکی", "پزشکان"),
    *("معلم", "معلمی", "معلمان", "کارمند", "کارکنان", "عضو", "اعضای", "دانش‌آموز", "دانش‌آموزان"),
)
# parties59fa: a town's state written right after it, joined by the unwritten
# ezafe ("در شهر موصل عراق", "بندر فجیره امارات", "استان ادلب سوریه"), is
# where, as the town is, never a side (extract/town_states.py). Nothing but
# a space stands between them; a conjunction after the state makes it the
# first of a list of subjects after a fronted place ("در تهران ایران و روسیه
# … امضا کردند").
TOWN_STATE_MARKS: tuple[str, ...] = ("",)
TOWN_STATE_NOT_BEFORE: tuple[str, ...] = ("و",)

# ---- types20: a second verbal noun before the negated light verb ----
# Compound verbs of two verbal nouns ("تحریم اعمال نکرد", "نیرو اعزام
# نکرد", "کمکی ارسال نکرد"): the negation on the light verb reaches over the
# second noun to the event noun before it (``status`` reads the words it may
# leap), as "تحریم نکرد" and Arabic "لم تفرض عقوبات" are read.
NEGATION_GAP_WORDS: tuple[str, ...] = (
    "اعمال",
    "وضع",
    "اعزام",
    "ارسال",
    "ارائه",
    "برگزار",
    "انجام",
    "صادر",
    "اعلام",
    "آغاز",
    "اتخاذ",
    # tri31fa: the nominal part of compounds of taking place and attaining
    # ("دیدار صورت نگرفت", "به توافقی دست نیافتند")
    "صورت",
    "دست",
)
# tri31fa: compounds of carrying out, taking place and attaining whose
# negated light verb, closing a noun trigger's clause, negates the noun
# ("دیدار وزرای خارجه … برگزار نشد", "… صورت نگرفت", "به توافقی دست
# نیافتند"; ``status._closing_verb_negated``). Not "اعلام": a deed whose
# details were not announced still happened.
NEGATION_CLOSERS: tuple[str, ...] = ("برگزار", "انجام", "صورت", "دست", "امضا", "اجرا")

# fa79: the negated participle of "announce" after a deed noun is its
# adjective ("در سفری اعلام نشده وارد دمشق شد": on an unannounced trip;
# Arabic "زيارة غير معلنة", English "an unannounced visit"), not a negation
# of the trip, where a word other than an auxiliary or a conjunction goes on
# after it (``extract/unannounced.py``); "… اعلام نشده است" stays a verb.
ATTRIBUTIVE_NEGATIONS: tuple[str, ...] = ("اعلام نشده", "اعلام‌نشده")
ATTRIBUTIVE_NOT_BEFORE: tuple[str, ...] = (
    *("است", "اند", "بود", "بودند", "باشد", "باشند", "بوده", "هست"),
    *("و", "اما", "ولی", "که", "تا", "یا"),
)


# lead21: the word that links a verb of failure to the deed it failed at
# ("نتوانستند درباره سد به توافق برسند"; ``extract/status.unable``).
INABILITY_LINKS: tuple[str, ...] = ("به",)

# status50: a harm promised before "مگر اینکه" ("… را اعدام خواهد کرد مگر
# اینکه …") is a threat made, not the harm planned
# (``status.threatened_on_condition``), as English "unless" and Arabic "ما
# لم" are read. A condition before the harm ("اگر … نکند، … حمله خواهد کرد")
# hides it as ``UNREAL_CUES`` do; a threat word keeps the threat there.
THREAT_CONDITIONS: tuple[str, ...] = ("مگر اینکه", "مگر آنکه", "مگر این که", "مگر آن که", "وگرنه")


# lead21: deed nouns that name whom they struck right after them ("مصر کشته
# شدن سه پلیس را محکوم کرد": the policemen are no side of the condemnation;
# ``extract/victims.py``).
VICTIM_FIRST_DEEDS: tuple[str, ...] = (
    "کشته شدن",
    "قتل",
    "ترور",
    "ربودن",
    "ربوده شدن",
    "اعدام",
    "شهادت",
    "کشتار",
)

# lead21: words that tell a deed's own course after a guess ("مذاکرات وین
# ممکن است از سر گرفته شود"; ``extract/hypothetical.guessed_subject``). A guess
# about what a deed brings ("ترور … ممکن است باعث … شود") is not about the deed.
COURSE_WORDS: tuple[str, ...] = (
    "از سر گرفته",
    "برگزار",
    "آغاز",
    "شروع",
    "انجام",
    "صورت",
    "امضا",
)

# faults21: an agreement named a few words after a word of commitment,
# violation, compliance, implementation or withdrawal is one referred to, no
# new agreement ("بر پایبندی ایران به توافق تاکید کرد", "خروج آمریکا از
# توافق"; extract/named_topic.py ``_referenced``).
REFERENCE_OPENERS: dict[str, tuple[str, ...]] = {
    "AGREE": (
        *("پایبندی", "پایبند", "نقض", "اجرای", "اجرایی شدن", "خروج", "تعهد", "تعهدات"),
        *("رعایت", "تخطی", "التزام", "احترام به"),
    ),
    # an attack planned has not happened ("به ظن طراحی حمله به کلیسا")
    "ASSAULT": ("طراحی", "برنامه ریزی", "برنامه ریزی برای", "نقشه", "توطئه"),
}

# The words that open an accusation's own charge right after its verb or its
# object ("accused of spying for Israel", "charged the journalist with …",
# "اتهم الصحفي بالتجسس لصالح إسرائيل"; "X-": a prefix). The state named in
# the charge is what the accused did with or for, not a side.
CHARGE_AFTER_ACCUSING: tuple[str, ...] = ()
# The same before a verb that comes last ("به جاسوسی برای اسرائیل متهم شد").
CHARGE_BEFORE_ACCUSING: tuple[str, ...] = ("به",)
# The object marker ends that backward search: the charge comes after the
# accused ("ایران را مسئول حمله … دانست" names Iran, not a charge).
CHARGE_BEFORE_STOPS: tuple[str, ...] = ("را",)
# The beginnings of the accusation words that take a charge (the others,
# "protest", "condemn", "اعتراض", name their target where a charge would be).
CHARGING_WORDS: tuple[str, ...] = ("متهم",)
# prec26fa: words of doing between the charge preposition and the deed ("را
# متهم به انجام حمله به نفتکش کرد", accused of carrying out the attack): the
# deed is still the charge, alleged, and no deed of the accuser.
CHARGE_DEED_WORDS: tuple[str, ...] = ("انجام", "ارتکاب")

# sides23: verbs of receiving and the word before the giver ("تلقت المعارضة
# مساعدات من الولايات المتحدة", "از آمریکا کمک دریافت کردند", "received aid
# from the US"): the giver of what the verb governs acts first
# (extract/received.py).
# ("گرفت" stays out: "مورد حمایت … قرار گرفت" is a passive.)
RECEIVE_VERBS: tuple[str, ...] = ("دریافت",)
GIVER_MARKERS: tuple[str, ...] = ("از",)
# mendA109: the prepositions of whom something is given to ("مردم به
# سربازان خون اهدا کردند", "کمک‌هایی برای ارتش ارسال کردند"): where the verb
# closes its clause a crowd named before the sides they open is the giver,
# not the receiver (``extract/crowd_subject``).
RECIPIENT_MARKERS: tuple[str, ...] = ("به", "برای")
# swap106: verbs by which a deed or a side meets or draws criticism or
# praise ("تصمیم دولت با انتقاد شدید از سوی اتحادیه اروپا روبرو شد",
# "… انتقاد از سوی سازمان ملل را برانگیخت"): the side after "از" made it,
# whoever the subject names. Read only after the deed's noun, their object
# (the verb comes last; extract/received.py). "همراه" only with its light
# verb: "همراه با" joins companions.
AROUSE_VERBS: tuple[str, ...] = (
    *("روبرو شد", "روبرو شده", "روبرو می شود", "روبرو خواهد شد"),
    *("مواجه شد", "مواجه شده", "مواجه می شود", "مواجه خواهد شد"),
    *("همراه شد", "همراه شده", "همراه بود", "برانگیخت", "برانگیخته"),
)
# swap106: words that open another phrase between a noun of criticism and
# such a verb after it ("انتقاد … کرد و پس از آن با مشکل روبرو شد").
AROUSE_BREAKS: tuple[str, ...] = ("پس", "سپس", "بعد", "زیرا", "چون", "که")

# parties33fa: a summons in the passive ("سفیر ایران به وزارت خارجه دانمارک
# احضار شد"): the body after "به" summoned the envoy (extract/received.py:
# summoners_first).
SUMMONED_PASSIVES: tuple[str, ...] = tuple(
    f"{verb} {aux}"
    for verb in ("احضار", "فراخوانده")
    for aux in ("شد", "شدند", "شده", "گردید", "گردیدند", "می شود", "می شوند")
)
SUMMONER_MARKERS: tuple[str, ...] = ("به",)
# mendB95: an active summons whose object is marked by "را" ("سفیر آمریکا در
# بغداد وزیر نفت عراق را احضار کرد"): the envoy before that object is the
# subject and summoned (extract/summoned.py).
SUMMONER_BEFORE_VERBS: tuple[str, ...] = ("احضار",)

# reversed94: whose request it was (extract/request_owner.py). "به/با/بنا
# به درخواست سفیر کانادا … از سوی وزارت خارجه تنظیم شد": the genitive of
# the noun after these asked, not the doer of what was asked ("با درخواست
# از دولت" names the one asked and keeps its "از").
# Only a noun of asking has its asker as genitive ("با فراخواندن سفرا": the
# envoys called in are the object).
REQUEST_OWNER_NOUNS: tuple[str, ...] = ("درخواست", "تقاضا", "تقاضای")
REQUEST_OWNER_OPENERS: tuple[str, ...] = ("به", "با", "بنا به", "بنابه")
REQUEST_OWNER_LINKS: tuple[str, ...] = ("",)
# mendB95: one adjective between the noun and its owner ("با درخواست مجدد
# ایران": Iran's renewed request).
REQUEST_OWNER_ADJECTIVES: tuple[str, ...] = ("مجدد", "رسمی", "اخیر", "مکرر", "فوری")

# reversed98: a relative clause whose verb tells a directed deed
# (extract/relative_sides.py). "نخست‌وزیر عراق که او را دعوت کرده بود": the
# object pronoun resumes the other side, so the head invited; "روزنامه‌نگار
# ایرانی که پلیس ترکیه او را بازداشت کرد": the side named before the pronoun
# is the clause's subject and arrested the head. Without the pronoun ("که
# ایران را متهم کرد") the side inside is the object.
CLAUSE_RELATIVES: tuple[str, ...] = ("که",)
# mendE111: a verb or auxiliary with a comma right after it ends a "که"
# clause ("در شرایطی که پلیس خیابان‌ها را بسته بود، از معترضان حمایت
# کردند"): a group inside a clause closed before the trigger is none of its
# doers (``marked_split._clause_subject``). "کرده‌اند" is read as its last word.
CLAUSE_CLOSING_VERBS: tuple[str, ...] = (
    *("بود", "بودند", "بوده", "است", "اند", "هست", "هستند"),
    *("کرد", "کردند", "کرده", "کند", "کنند", "نمود", "نمودند", "نموده"),
    *("شد", "شدند", "شده", "شود", "شوند", "داشت", "داشتند", "دارد", "دارند"),
)
RESUMED_OBJECTS: tuple[str, ...] = ("او را", "وی را", "آنها را", "آن‌ها را", "آنان را", "ایشان را")
# A pronoun after a preposition, right before the verb, resumes the head
# too ("ونزوئلا که ایران از آن حمایت می‌کند", "قطر که عربستان به آن حمله کرد").
_RESUMED_PRONOUNS = ("او", "وی", "آن", "آنها", "آن‌ها", "آنان", "ایشان")
RESUMED_OBLIQUES: tuple[str, ...] = tuple(
    f"{p} {r}" for p in ("از", "به", "علیه") for r in _RESUMED_PRONOUNS
)
# mendA99: Persian names no doer in the relative pronoun itself and drops a
# pronoun subject, so an object pronoun in a clause with no side inside may
# resume the head, the one acted on ("دیپلمات آلمانی که هفته گذشته او را
# بازداشت کرده بود": the diplomat was arrested): no relative lets the head be
# the doer. "هشدار آمریکا به ایران که …" is no relative clause at all.
HEAD_DOER_RELATIVES: tuple[str, ...] = ()
# A word before "از آن" that makes it an adverb of time, no object ("پس از
# آن", "بعد از آن": after that).
RESUMED_OBLIQUE_STOPS: tuple[str, ...] = ("پس", "بعد", "قبل", "پیش")

# A pronoun opening a sentence is its subject, the person the sentence
# before named first ("وزیر خارجه ایران … . وی از عربستان انتقاد کرد": the
# Iranian minister criticised; extract/referents.py).
PRONOUN_SUBJECTS: tuple[str, ...] = ("وی", "او", "ایشان")
# recall45fa: the subject the pronoun stands for is never inside a
# prepositional phrase: "با عقب‌نشینی آمریکا، نماینده افغانستان …" (with the
# US withdrawal, the Afghan envoy …) has the envoy as its subject, so an
# actor a preposition governs (itself or as the genitive of the phrase's
# head noun) is passed over (text/words.governed). A demonstrative
# or a complementiser between opens a phrase of its own ("در این حال وزیر
# …": meanwhile, the minister …).
OBLIQUE_PREPOSITIONS: tuple[str, ...] = (
    "با",
    "به",
    "از",
    "در",
    "برای",
    "علیه",
    "بر",
    "درباره",
    "طی",
    "پی",
    "ضد",
    "بدون",
    "توسط",
)
OBLIQUE_BREAKS: tuple[str, ...] = ("این", "آن", "همین", "همان", "که")

# names48fa: the prepositions before a list of sides that make it a phrase,
# not the doers of a directed deed that names no side to receive it ("ما در
# هماهنگی با بریتانیا، اسرائیل و رومانی هستیم": partners, not the ones who
# threaten) (``split_sides.split``). Not the words of examples: "کشورهایی
# از جمله آمریکا و انگلیس … محکوم کردند" names the doers.
LIST_GOVERNORS: tuple[str, ...] = OBLIQUE_PREPOSITIONS
# "از جمله" (including) opens the examples: the "از" before it governs none.
LIST_GOVERNOR_BREAKS: tuple[str, ...] = ("جمله",)
# recall45fa: a deed noun (of NEEDS_PREDICATE) right after a noun of
# responsibility reports its deed with no verb of its own and is no mere
# object when a claim closes its phrase: "داعش مسئولیت حمله به … را بر عهده
# گرفت" (claimed the attack) (extract/predicates._claimed).
# Arabic and English deed nouns need no verb ("تبنى الهجوم", "claimed the
# attack") and list none.
CLAIMED_DEED_HEADS: tuple[str, ...] = ("مسئولیت", "مسوولیت", "مسؤولیت")
# types59fa: words of undertaking right before a deed noun ("پلیس اقدام به
# شلیک به سمت کارگران اعتصابی کرد", "دست به حمله زدند"): the light verb
# that closes the clause is the undertaking's and so the deed's, even with
# another event noun between ("اعتصابی"), as Arabic "أقدمت … على إطلاق
# النار" and English "resorted to shooting" report the shooting
# (extract/predicates._undertaken).
UNDERTAKING_HEADS: tuple[str, ...] = ("اقدام به", "دست به")
# … when an affirmative verb of taking it on closes the phrase: a denial
# ("مسئولیت … را رد کرد", "نپذیرفت") makes the denier no doer.
CLAIMED_DEED_VERBS: tuple[str, ...] = tuple(
    f"{verb}{ending}"
    for verb in ("بر عهده گرفت", "برعهده گرفت", "به عهده گرفت", "پذیرفت", "تقبل کرد")
    for ending in ("", "ند", "ه است", "ه اند", "ه‌اند")
)

# release26: nouns of a release asked for right after a request ("خواستار
# آزادی ماهیگیران شد"): those named after them are the people to be freed,
# not whom the request is addressed to (extract/request_addressee.py).
RELEASE_NOUNS: tuple[str, ...] = ("آزادی", "آزاد شدن", "آزادسازی", "آزاد سازی", "آزاد کردن")

# prec26ar: the word between a people noun and the state it comes from
# ("سربازی از چاد"): the state is the people's home, not a side of its own
# (``extract/countries._people_from``).
ORIGIN_LINKS: tuple[str, ...] = ("از",)
# A word of leaving or sending away shortly before the people noun: its
# "from" names the place left, not their home (``countries._left_from``).
# Stems, matched inside the words.
ORIGIN_DEPARTURES: tuple[str, ...] = (
    "خروج", "خارج", "بیرون", "تخلیه", "اخراج", "بازگرداند", "بازگشت", "عقب", "فراخوان",
    "فرار", "گریخت", "انتقال", "منتقل", "نجات", "پذیرش", "پذیرفت",
)  # fmt: skip

# parties27fa: words for "the other(s)" between "و" and an agent noun, or
# right after it ("روحانی و سایر اعضای دولت", "وزیر خارجه و مقامات دیگر"):
# the others of the body of the one just named, of his country, not the
# country of a place named after them (extract/mention_lists.others_of_named).
OTHERS_OF_NAMED: tuple[str, ...] = ("سایر", "دیگر", "بقیه", "باقی")

# noside27: a medium a statement is told to ("یک مقام به خبرگزاری فرانسه
# گفت …", "به روزنامه گاردین گفت") is the channel of the report: no party,
# and its country is no country of the agents the report names
# (``sources.addressed_media``; the verb of saying closes the clause).
ADDRESSEE_MARKERS: tuple[str, ...] = ("به",)

# sides28: verbs (after the object's "را") whose subject may be a deed's
# noun and whose object is whom it struck ("انفجار پاسگاه پلیس را هدف قرار
# داد", "حمله انتحاری مقر پلیس را لرزاند"): the side before them is the
# deed's victim, its doer understood (``victims_only._struck_by_deed``). The
# light verb's noun or the verb's stem opens them in every person and tense.
STRIKING_VERBS: tuple[str, ...] = tuple(
    f"{noun} {verb}"
    for noun in ("هدف", "مورد هدف")
    for verb in (
        *(f"قرار {v}" for v in ("داد", "دادند", "می‌دهد", "می‌دهند", "داده است", "داده‌اند")),
        "گرفت",
        "گرفتند",
        "می‌گیرد",
        "می‌گیرند",
        "گرفته است",
        "گرفته‌اند",
    )
) + ("لرزاند", "لرزاندند", "به لرزه درآورد", "به لرزه درآوردند")

# fptypes29fa: talks whose return or resumption is a topic ("تصمیم ایران در
# مورد بازگشت به مذاکرات", "درباره از سرگیری گفت‌وگوها") are talked about, not
# held, as Arabic "بشأن العودة إلى المفاوضات" and English "a decision on
# returning to talks" are read.
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{marker} {back}"
    for marker in ("درباره", "در باره", "در مورد", "در خصوص", "درخصوص", "پیرامون")
    for back in ("بازگشت به", "بازگشت دوباره به", "بازگشت مجدد به", "از سرگیری", "ازسرگیری")
)
# types43fa: a deed right after a verbal noun of furthering it ("با هدف
# تسهیل خروج نیروهای خارجی", "برای تسریع آزادی زندانیان", "زمینه‌سازی برای
# مذاکره") is what the act is meant to bring about, not a deed told (PLOVER
# codes what happened), as English "to facilitate the withdrawal" and
# Arabic "بهدف تسهيل انسحاب القوات" are read.
FURTHERING_NOUNS: tuple[str, ...] = ("تسهیل", "تسریع", "زمینه‌سازی برای", "زمینه سازی برای")
TOPIC_MARKERS = TOPIC_MARKERS + FURTHERING_NOUNS
# accuse29: verbs of calling whose light verb closes a blame, not the deed
# noun before it ("اسرائیل ایران را عامل حمله به کشتی معرفی کرد", named Iran
# the doer of the attack): the noun is what the blame is about, and whom it
# blames did it (``predicates.drop_verbless``, ``commented``), as with
# "دانست". Not "تلقی", "قلمداد", "توصیف": "این سانحه را حمله … تلقی کرد"
# calls an event an attack, and the attack's noun keeps its own sides.
CALLING_PREDICATES: tuple[str, ...] = tuple(
    f"{noun} {verb}"
    for noun in ("معرفی",)
    for verb in ("کرد", "کردند", "کرده", "کرده اند", "می کند", "می کنند", "نمود", "نمودند")
)
# accuse34: a stance announced or voiced ("محکومیت خود را نسبت به این حمله
# اعلام کرد", "نگرانی خود را درباره حمله ابراز کرد"): where the stance's noun
# opens the deed's phrase (past ``COMMENT_TOPIC_LINKS`` only), the light verb
# is the announcing's, and the deed noun is what the stance is about, told
# with its own sides (``commented``), never a deed of whoever announces it.
STANCE_PREDICATES: tuple[str, ...] = tuple(
    f"{noun} {verb}"
    for noun in ("اعلام", "ابراز")
    for verb in ("کرد", "کردند", "کرده", "کرده اند", "می کند", "می کنند", "نمود", "نمودند")
)
# accuse34: the words that may stand between a stance's noun and the deed it
# is about ("محکومیت خود را نسبت به این حمله"): the deed is still the comment's.
COMMENT_TOPIC_LINKS: tuple[str, ...] = (
    *("خود", "خویش", "را", "نسبت", "به", "درباره", "در", "مورد", "این", "از"),
    *("شدید", "شدیدا", "قاطع"),
)

# accuse29: words that put a deed on its doer ("وزیر خارجه آمریکا گفت ایران
# این حمله را انجام داده است"): a state saying another state did a deed of
# force accuses it (``extract/attributed.py``); a deed only told ("حمله …
# صورت گرفت") has none of them.
DEED_DOING_WORDS: tuple[str, ...] = (
    *("انجام داد", "انجام دادند", "انجام داده", "انجام داده اند", "انجام داده است"),
    *("مرتکب شد", "مرتکب شدند", "مرتکب شده", "ارتکاب", "پشت این", "پشت آن"),
    # types41fa: the passive with its agent ("حمله … توسط پهپادهای روسیه
    # انجام شده است", "از سوی ارتش … صورت گرفت") puts the deed on its doer
    # as the active does; English "was carried out by" and Arabic "نُفذ"
    # are matched by their active words already.
    *("انجام شد", "انجام شده", "انجام شدند", "صورت گرفت", "صورت گرفته"),
)
# gov29fa: the word between a delegation and the people it is made of
# ("هیئتی از مخالفان", "هیئتی از بازرگانان"): the delegation is theirs
# (``titles.made_of_next``).
DELEGATION_LINKS: tuple[str, ...] = ("از", "به", "نمایندگی")

# counterpart29: the flag a ship sails under ("نفتکشی با پرچم لیبریا", "تحت
# پرچم پاناما") names where it is registered, not whose it is or who was
# struck: a topic, never a party. Only after the words of sailing under it
# (a burnt flag, "پرچم آمریکا را آتش زدند", stays the protest's target).
TOPIC_HEADS = TOPIC_HEADS + ("با پرچم", "تحت پرچم", "زیر پرچم")

# counterpart29: about-prepositions that open what is talked about only after
# their own word ("در مورد", "در خصوص"); alone, "مورد توافق" is "agreed upon"
# (extract/topic_span.py).
ABOUT_PREPOSITIONS_BOUND: tuple[str, ...] = ("در مورد", "در خصوص")
# parties74fa: Persian closes a relative clause inside a topic with a comma
# right before the talks' verb ("درباره گزارش دبیرکل در خصوص قطعنامه‌ای که
# ضامن توافق بین ایران و ۱+۵ است، گفت‌وگو کند"): the comma ends the relative
# clause, not the topic, which runs on to the verb (extract/topic_span.py).
# Only where that clause opens with a relative word and at most
# ``TOPIC_VERB_WORDS`` words, none of them a relative word, stand between the
# comma and the verb (a partner behind "با" may: "…، با وزیر روسیه گفت‌وگو
# کرد"; "…، تاکید کرد که در مذاکرات …" opens a clause of its own).
TOPIC_RELATIVE_OPENERS: tuple[str, ...] = ("که",)
TOPIC_VERB_WORDS = 6

# parties62fa: what a meeting or talks aim at ("نشست سران با هدف تسهیل
# خروج شهروندان افغانی") opens a topic as "درباره" does: those named there
# are whom the aim concerns, no side (extract/topic_span.py). Only with
# their own first word ("هدف قرار داد" is a strike; "منظور" alone a meaning);
# a partner behind "با" inside ("به منظور دیدار با همتای روس") stays a side.
TALK_AIM_OPENERS: tuple[str, ...] = ("با هدف", "به هدف", "به منظور")
# tri29b: a pledge in every tense ("ژاپن متعهد شد … کمک ارائه کند") is the aid
# or cooperation it promises when one follows in its clause
# (``agreed_content.pledged_verbs``), as Arabic "تعهدت بتقديم مساعدات" and English
# "pledged aid" are read; with nothing such after it, it stays an agreement.
PLEDGE_VERBS: tuple[str, ...] = (
    *("متعهد شد", "متعهد شدند", "متعهد شده", "متعهد شده است", "متعهد شده اند"),
    *("متعهد می شود", "متعهد می شوند", "متعهد خواهد شد", "متعهد خواهند شد"),
)
# types33fa: the same content told before the verb after "به" ("به تقویت
# روابط متعهد شدند", "به ادامه همکاری نزدیک … متعهد شدند"), the verb-final
# order: the pledge is that cooperation, as English "pledged to strengthen
# relations" and Arabic "تعهدتا بتعزيز العلاقات" are read.
PLEDGE_CONTENT_OPENERS: tuple[str, ...] = ("به",)

# bystander30: the verbal noun of setting off, right after "از" and the state
# ("کشتی از ایتالیا حرکت کرد", "از قبرس عزیمت کرده بود", "از یونان بادبان
# کشید"): the state is the port left, never a side of what befell the ship
# (countries._sailed_from).
SAILING_WORDS: tuple[str, ...] = ("حرکت", "عزیمت", "بادبان")
# parties67fa: a person's route told whole, from a state to another place
# ("ناوالنی از آلمان به روسیه برگشت و … بازداشت شد", "از ترکیه به یونان
# گریخته بود"): the state after "از" is the place left, never a side of
# what befell him there nor his home (countries._journeyed_from). The verb
# of going closes the destination's phrase, within four words of "به".
# Not a transfer or a flight ("انتقال سلاح از ایران به یمن", "پرواز از
# تهران به نجف"): those tie the two states; nor "آمد" (aid comes from a
# donor); nor a trip ("سفر", "رفت": a visitor unnamed is often of the
# capital he left, "هیئتی از تهران به مسکو سفر کرد"; ``extract/itinerary``
# reads visits' routes); nor a state entered straight from ("از ایران وارد
# فرودگاه استکهلم شد و … بازداشت شد"): readers code it as the home of whoever
# came (measured: corpus gold fa test parties fell).
JOURNEY_WORDS: tuple[str, ...] = (
    "برگشت", "برگشته", "برگشتند", "بازگشت", "بازگشته", "بازگشتند",
    "گریخت", "گریخته", "گریختند", "فرار", "مهاجرت", "پناهنده",
)  # fmt: skip
# origin57: the nouns of firing, up to four words before "از" or up to six
# after the state in its clause ("شلیک موشک از لبنان", "سه موشک از خاک
# لبنان به شمال اسرائیل شلیک شد"): the state is the ground the rockets left,
# neither doer nor side (countries._launched_from). Never the weapon alone
# ("موشک از ایران" may be a sale), nor its adjective ("تهدید موشکی").
LAUNCH_WORDS: tuple[str, ...] = ("شلیک", "پرتاب")
# origin57: the prepositions of aim before the state rockets were fired at
# ("به سمت اسرائیل", "به سوی جنوب اسرائیل", "به شمال اسرائیل"): the state
# struck (extract/launched.py).
LAUNCH_AIMS: tuple[str, ...] = ("به", "سمت", "سوی", "علیه")

# bystander30: the adjectives of living somewhere, right before a state
# ("فتح‌الله گولن، روحانی مقیم آمریکا", "مخالف ساکن لندن", "تبعیدی در
# فرانسه" through "در"): where a person only named lives, neither a side nor
# his home (countries._resident_in). Not the plural nouns of residents
# ("ساکنان غزه", "مقیمان"), whose place is their home.
RESIDENCE_WORDS: tuple[str, ...] = ("مقیم", "ساکن", "تبعیدی")
# faparties98: nouns of living or study written right after "در" and a state
# in a verb-final clause ("این دیپلمات که در فرانسه تحصیل کرده است", "که در
# کانادا زندگی می‌کرد"): where one person lived or studied, no side of what
# he does (countries._lived_in; not with a plural verb, a crowd's; mendB99:
# still where a deed is done to him, the home of his jailers).
RESIDENCE_AFTER: tuple[str, ...] = ("زندگی", "تحصیل", "درس", "اقامت", "سکونت")
# The third person plural of a verb, as written ("می‌کنند", "کردند",
# "کرده‌اند", "دارند"; not folded: the joiner tells "کرده‌اند" from the
# singular "خواند"): a crowd lives there (countries._lived_in).
PLURAL_VERB_WORDS: tuple[str, ...] = ("اند",)
PLURAL_VERB_ENDINGS: tuple[str, ...] = ("نند", "دند", "تند", "رند", "\u200cاند")
# partiesfa83: where a company, an outlet or a body is based ("شرکتی
# اسرائیلی مستقر در لندن", "سازمان حقوق بشری مستقر در نروژ"): its seat,
# neither a side nor the home of the crew or staff a deed strikes. Only with
# such a head among the SEAT_REACH words before it, in one clause (countries._seated):
# forces and envoys are "مستقر" too ("نیروهای امنیتی مستقر در نیمروز",
# "سفرای مستقر در تهران"), and where they serve is their home or their host.
# mendC84 measured ar/en's head check here (3 words, no agent noun between,
# with or without the head's own nationality): events_train fa test parties
# .602 -> .601, so Persian keeps this reach and asks no nationality.
SEAT_WORDS: tuple[str, ...] = ("مستقر",)
SEAT_HEADS: tuple[str, ...] = (
    *("شرکت", "شرکتی", "شرکت‌های", "شرکتهای", "سازمان", "سازمانی", "سازمان‌های"),
    *("رسانه", "رسانه‌ای", "رسانه‌های", "رسانه‌ها", "شبکه", "شبکه‌ای", "شبکه‌های"),
    *("نهاد", "نهادی", "نهادهای", "موسسه", "مؤسسه", "موسسه‌ای", "مؤسسه‌ای", "بنیاد"),
    *("خبرگزاری", "روزنامه", "تلویزیون", "رادیو", "بانک", "بانکی"),
)
SEAT_REACH = 12  # words back to the head, within one clause
# The marker of a deed noun's target after its genitive doer ("حمایت کامل
# مصر از دولت لبنان", "کمک کره به ایران", "اتهامات شبکه علیه حزب"): the
# genitive acts (``extract/genitive_source.py``).
NOUN_TARGET_MARKERS: tuple[str, ...] = ("به", "از", "علیه", "ضد")

# sides31: conjunctions of time and the deeds a main clause tells its victims
# underwent, ending the sentence after the subclause ("دو سرباز هنگامی که
# شبه‌نظامیان به یک ایست بازرسی حمله کردند کشته شدند": the subclause's subject
# did it; extract/time_clause.py).
TIME_CONJUNCTIONS: tuple[str, ...] = (
    *("هنگامی که", "وقتی که", "زمانی که", "در حالی که", "حینی که"),
    *("هنگامیکه", "وقتیکه", "زمانیکه", "درحالیکه"),
)
UNDERGONE_DEEDS: tuple[str, ...] = tuple(
    f"{done} {become}"
    for done in ("کشته", "زخمی", "مجروح", "بازداشت", "دستگیر", "ربوده", "اسیر", "شهید")
    for become in ("شد", "شدند", "شده", "شده اند", "شده است")
) + ("جان باخت", "جان باختند", "جان خود را از دست دادند", "به شهادت رسیدند")

# sides31: words in a reported deed's object that point back to a state
# speaker ("سوریه گفت اسرائیل خاک این کشور را بمباران کرد"): the speaker is
# whom the deed struck (extract/reported_owner.py).
OWNER_WORDS: tuple[str, ...] = ("این کشور", "خود")

# agents33ar: places a visit goes to, no side of it ("وزیر بهداشت از
# بیمارستان البشیر بازدید کرد": no meeting with a health body), as Arabic
# reads "زار مستشفى" (``places.visited_places_out``)
VISITED_PLACES: tuple[str, ...] = ("بیمارستان", "مدرسه", "مدارس", "دانشگاه")

# falsehits62fa: a tour of a production site ("وزیر کشور از واحدهای تولید
# استان بازدید کرد", "پس از بازدید از سازمان صنایع هوایی", "ضمن بازدید از
# قسمت‌های مرکز آموزش") is an inspection, no meeting and no deployment
# (``site_visits.site_visit``): the visit word, the sites it tours (a site's
# head noun, read as the start of a word: "کارخانه‌ها"), and "از", which marks
# what is toured. No city, country or airport ("از بغداد بازدید کرد", "از
# فرودگاه کابل" stay visits); no prison, home, institute or headquarters
# (tried: readers mark a committee's prison visit or an MP's tour with
# striking workers as a meeting, and held-out figures fell).
SITE_VISIT_WORDS: tuple[str, ...] = ("بازدید", "بازدیدهای", "بازدیدها", "بازدید‌های", "بازدید‌ها")
SITE_MARKERS: tuple[str, ...] = ("از",)
SITE_NOUNS: tuple[str, ...] = (
    *("کارخانه", "کارخانجات", "کارگاه", "واحدهای تولید", "واحد تولید", "خط تولید"),
    *("صنایع", "صنعت", "سازمان صنایع", "نیروگاه", "پالایشگاه", "معدن"),
    *("مرکز آموزش", "قسمت", "بخش های", "بخش‌های", "پایگاه بسیج"),
)

# consult34fa: a noun after these is the background of the sentence's event
# ("تنش در میان مذاکرات … افزایش یافت", "در بحبوحه مذاکرات وین"), as English
# "amid" is read (``syntax._in_context_phrase``). Modifiers follow the noun
# here, so only the word right before the trigger is read: "میان طرفین
# توافق شد" keeps its agreement.
CONTEXT_PREPOSITIONS: tuple[str, ...] = ("میان", "بحبوحه", "گیرودار")
MODIFIERS_BEFORE_NOUNS = False

# mendD109: a state's name right after a body's noun is its genitive
# ("وزارت آموزش و پرورش عراق"), so it names the body's state as an
# adjective does (countries._adjective_of_body)
STATE_GENITIVE_AFTER_BODY = True
# assault34fa: words that name a merchant ship's owner or manager after it
# ("نفتکشی متعلق به یک شرکت اسرائیلی", "توسط شرکت … اداره می‌شود"): the
# owner is the side struck or seized (``vessels.owned_by_named``)
VESSEL_OWNER_CUES: tuple[str, ...] = (
    "متعلق به",
    "متعلق با",
    "تحت مالکیت",
    "به مالکیت",
    "مالک آن",
    "اداره می‌شود",
    "اداره می شود",
    "اداره می‌شد",
    "اداره می شد",
    "تحت مدیریت",
    "مدیریت می‌شود",
    "مدیریت می شود",
)

# actors36: the word (or two) right before a police or army mention named
# after a protest's word that makes it what the crowd protests against.
# Without one the forces named there guard, confront or disperse the
# protest, a deed of their own (``extract/armed_protest.bystander_forces_out``).
PROTEST_COUNTERPARTS: tuple[str, ...] = ("علیه", "ضد", "اعتراض به", "معترض به")

# noev36ar: the openers of a relative clause whose subject is whoever holds
# a stand ("کسانی که از تروریسم حمایت می‌کنند"); the verb closes the clause,
# a few words after them (``extract/class_holders.py``).
CLASS_HOLDERS: tuple[str, ...] = (
    "کسانی که",
    "کسی که",
    "هر کس که",
    "هرکس که",
    "هر کسی که",
    "آنهایی که",
    "آنانی که",
    "افرادی که",
)
CLASS_HOLDER_REACH = 5
# A preposition right before the opener makes the class the object of the
# main verb that closes the sentence ("ایران از کسانی که … ایستاده‌اند حمایت
# می‌کند": Iran supports them), an event of the subject named.
CLASS_OBJECT_MARKS: tuple[str, ...] = ("از", "به", "با", "برای", "علیه", "درباره")

# noev37fa: hosting a crowd ("میزبان سه میلیون پناهجوی افغان است", "…
# مهاجر را میزبانی می‌کند") is no meeting (``extract/hosted.py``): where
# refugees, migrants, nationals, students or an exhibition stay, as English
# "hosts … refugees" and Arabic "تستضيف … لاجئ" are read.
HOST_WORDS: tuple[str, ...] = ("میزبان",)
HOSTED_CROWDS: tuple[str, ...] = (
    *("پناهنده", "پناهجو", "مهاجر", "آواره", "اتباع", "تبعه", "شهروند"),
    *("دانشجو", "زائر", "زوار", "کارگر", "نمایشگاه", "آثار"),
    *("میلیون", "میلیون‌ها", "هزار", "هزاران"),
    # persian72: families who fled ("از … قاضی و خانواده‌های آنها میزبانی کرده")
    "خانواده",
)
# mendC72: a family named by its house or its head right after the crowd
# word ("خانواده سلطنتی عربستان", "خانواده امیر کویت") is a ruling house,
# whose hosting is a meeting with its state, not a crowd sheltered.
HOSTED_CROWD_HOUSES: tuple[str, ...] = (
    *("سلطنتی", "سلطنت", "پادشاهی", "شاهی", "آل", "حاکم"),
    *("امیر", "پادشاه", "شاه", "ملک", "سلطان", "شیخ"),
)
# persian72: a harm "entered upon" someone ("تلفات سنگینی به آنان وارد شد",
# "خسارت زیادی به شورشیان وارد کرد") is inflicted, no force entering a
# place (``extract/inflicted.py``): the verb of entering, the harm nouns
# (word starts) and the preposition of whom it is inflicted on.
INFLICTED_VERBS: tuple[str, ...] = ("وارد",)
INFLICTED_HARMS: tuple[str, ...] = (
    *("تلفات", "خسارت", "خسارات", "ضربه", "ضربات", "آسیب", "صدمه", "صدمات"),
    *("لطمه", "زیان"),
)
INFLICTED_ON: tuple[str, ...] = ("به", "بر")
# mendE73: the light verbs after "وارد" that make it intransitive ("وارد
# شدند", entered): only then may a place after "به" be where a force enters
# ("با تلفات سنگین به سوریه وارد شدند"); "وارد کرد" inflicts, whatever
# follows "به" ("خسارات سنگینی به سوریه وارد کرد").
INFLICTED_INTRANSITIVE: tuple[str, ...] = (
    *("شد", "شدند", "شده", "شود", "شوند", "می‌شود", "می‌شوند", "میشود", "میشوند"),
    *("گردید", "گردیدند", "گردد"),
)
# mend38: titles of an official whose office names a crowd ("وزیر امور
# پناهندگان"): a guest who holds one is received, and the hosting a meeting
# (extract/hosted.py). Numbers of a crowd are word starts above ("میلیون").
HOSTED_OFFICIAL_TITLES: tuple[str, ...] = (
    *("وزیر", "کمیسر", "کمیسیونر", "سفیر", "فرستاده", "نماینده", "مدیر"),
    *("رئیس", "مسئول", "مقام", "هیئت"),
)


# parties38fa: common given names. An adjective of origin right after one is
# the person's surname ("مهدی سوری", "رضا عراقی"), no country
# (extract/surnames.py). Names that are also common words or titles ("امیر",
# "بهمن", "امید", "صادق") are left out.
GIVEN_NAMES: tuple[str, ...] = (
    "محمد", "علی", "حسن", "حسین", "رضا", "مهدی", "حمید", "احمد", "مجید", "سعید",
    "مسعود", "محمود", "جواد", "عباس", "مصطفی", "مرتضی", "اکبر", "اصغر", "جعفر",
    "کاظم", "ابراهیم", "اسماعیل", "یوسف", "یعقوب", "داوود", "قاسم", "منصور",
    "بهروز", "فرهاد", "فریدون", "کامران", "هادی", "باقر", "حامد", "وحید", "نادر",
    "زهرا", "فاطمه", "مریم", "معصومه", "لیلا", "سارا", "نرگس",
)  # fmt: skip

# places38ar: a country or city after these is where an appeal's matter
# lies, not whom it is addressed to: no side of a request once it has a doer
# of a known country (extract/scene_targets.py).
SCENE_PLACE_PREPOSITIONS: tuple[str, ...] = ("در", "داخل")

# sides38fa: openers of a complement clause that names its own subject
# ("با اشاره به اینکه ترکیه جزایر را تهدید می‌کند", "مبنی بر اینکه …"):
# a deed that is the clause's own verb is its subject's, not the speaker's
# before the opener (extract/subclause_subject.py). "که" opens one only
# right after a verb ("اعلام کرد که", "گفت که"); after a noun it opens a
# relative clause ("وزیری که …"), which closes before the main verb.
SUBCLAUSE_OPENERS: tuple[str, ...] = (
    *("اینکه", "این که", "آنکه"),
    # sides85: the present of saying, which mostly drops "که" before what is
    # said ("مقام‌ها می‌گویند شرکت‌ها از معامله خودداری می‌کنند"): a verb
    # last in its clause, so what follows it is the clause said
    *("می‌گوید", "می‌گویند", "می گوید", "می گویند"),
)
VERB_BOUND_OPENERS: tuple[str, ...] = ("که",)
# agents62fa: words that join a new clause to one its verb has ended ("اقتصاد
# ترکیه ضعیف است و پلیس معترضان را بازداشت کرد"): bound to a verb as "که"
# is; the new clause's unmarked subject right after one does its deed, not a
# state of the finished clause (extract/subclause_subject.py).
CLAUSE_JOINERS: tuple[str, ...] = ("و", "اما", "ولی")
# and the comma glued to the verb that ends the first clause ("… ضعیف است،
# پلیس …")
CLAUSE_JOINING_MARKS: tuple[str, ...] = ("،", ",")
# verbs of saying a "که" may follow, besides the light verbs ("اعلام کرد")
SAYING_VERBS: tuple[str, ...] = (
    *("گفت", "گفتند", "گفته", "گوید", "گویند"),
    *("افزود", "افزودند", "افزوده", "نوشت", "نوشتند", "نوشته"),
    *("است", "بود", "کند", "کنند", "دارد", "دارند"),
)
# refusal79: the present of "دادن" a complement "که" follows ("گزارش نشان
# می‌دهد که بانک … خودداری کرده است", "توضیح می‌دهد که"; the past "داد" is a
# light verb already). Only before "که": a comma or "و" after it ("… واکنش
# نشان دهند، کانادا و انگلستان …") opens no clause read here.
SHOWING_VERBS: tuple[str, ...] = ("دهد", "دهند")

# alleged39: the words right before a stance noun that stop or end it
# ("توقف حمایت از …", "قطع کمک‌ها"): no support told (extract/alleged_stance.py).
STANCE_STOPPERS: tuple[str, ...] = ("توقف", "پایان", "قطع", "به توقف", "به پایان", "به قطع")
# The clause an accusation opens holds what it alleges ("ایران را متهم کرد که
# از شورشیان حمایت می‌کند"): no support told.
ALLEGED_CLAUSE_OPENERS: tuple[str, ...] = ("که",)
# Who visits the wounded of a deed of force, or the place it struck ("وزیر از
# مجروحان انفجار عیادت کرد", "از محل حمله بازدید کرد"), is no side of it
# (extract/visitors.py): the visit's nouns (their light verb follows), and what
# it goes to: the wounded, the victims and their families, the scene.
VISIT_VERBS: tuple[str, ...] = ("عیادت", "بازدید", "دیدن", "سرکشی", "ملاقات")
# "آسیب دیدن" is to be damaged, no visit.
NOT_VISIT_PHRASES: tuple[str, ...] = ("آسیب دیدن",)
VISITED_NOUNS: tuple[str, ...] = (
    "مجروحان",
    "مجروحین",
    "زخمی",
    "زخمیان",
    "مصدومان",
    "مصدومین",
    "آسیب",
    "قربانیان",
    "خانواده",
    "خانواده‌های",
    "بازماندگان",
    "محل",
    "صحنه",
)

# sides41: the assembly where words are voiced ("در مجلس از لایحه حمایت
# کرد", "در جلسه علنی مجلس") is no side of them (extract/assembly_venue.py):
# the prepositions of place and the words of the sitting between them and
# the body.
ASSEMBLY_VENUE_PREPOSITIONS: tuple[str, ...] = ("در", "طی")
ASSEMBLY_SESSION_WORDS: tuple[str, ...] = (
    "جلسه",
    "جلسات",
    "نشست",
    "علنی",
    "صحن",
    "امروز",
    "سخنرانی",
    "نطق",
)
# ... but the assembly's own deed before the preposition ("پس از تصویب
# طرح در مجلس") is the assembly's act, whose praise may be of it
ASSEMBLY_OWN_DEEDS: tuple[str, ...] = (
    "تصویب",
    "رای",
    "رأی",
    "رای‌گیری",
    "بررسی",
    "تایید",
    # Not "حضور": "با حضور در مجلس" (attending it) is the usual way to say
    # where one spoke, far more often than a refusal to appear before it.
)

# parties41fa: an honorific before a name that is also an ordinary word
# ("آقای ظریف", "دکتر شکری") makes it the office holder's name
# (``mention_lists.honoured``); a given name after one ("آقای عباس …") opens
# another man's full name.
NAME_HONORIFICS: tuple[str, ...] = ("آقای", "خانم", "جناب", "دکتر", "داکتر")
# names48fa: what only a person does right after his surname, so that a
# listed surname that is also a word ("ظریف", "جلیلی") names the person there
# (``mention_lists.framed``): verbs of saying and the frames of diplomacy.
PERSON_FRAMES_AFTER: tuple[str, ...] = (
    "گفت",
    "افزود",
    "اظهار داشت",
    "تصریح کرد",
    "تاکید کرد",
    "خاطرنشان کرد",
    "در دیدار با",
    "در گفت‌وگو با",
    "در گفتگو با",
    "در تماس تلفنی با",
    "در سفر به",
    "در پیامی",
    "در توییتی",
    "در مصاحبه با",
    "در نشست خبری",
)
# listed surnames Iranian news prints for other people too: "مالکی" (Maleki),
# "شکری" (Shokri), "سلیمانی" (Soleimani), "عرفات" given as a name
NOT_FRAMED: tuple[str, ...] = ("مالکی", "شکری", "سلیمانی", "کری", "میلی", "لولا", "مشرف", "آبه")
# names listed as office holders that an honorific also opens full names with
# kunya86: a kunya, "ابو" + a given name, spaced or glued ("ابو محمد",
# "ابومصعب"): the adjective of origin after it ("ابوعمر مصری") is a nom de
# guerre's nisba, whose agent the words around tell (extract/kunya.py).
KUNYA_WORDS: tuple[str, ...] = ("ابو", "أبو")


# kunya86: a militant's titles right before a kunya ("تروریست ابومحمد
# مصری"): the man's nisba is a militant's (REB), not his state whole
# (extract/kunya.py).
KUNYA_MILITANT_TITLES: tuple[str, ...] = ("تروریست", "جهادی", "تکفیری", "داعشی", "انتحاری")


HONORIFIC_GIVEN_NAMES: tuple[str, ...] = (
    *("صبری", "رحمان", "یونس", "عبدالستار", "عبدالحمید", "اسد"),
)
# mend41b: the second parts of compound surnames, joined by a ZWNJ that the
# text folds to a space ("متقی‌نژاد", "ظریف‌زاده", "عراقچی‌پور"): after an
# honorific, the name before one is no office holder's surname.
SURNAME_SUFFIXES: tuple[str, ...] = (
    *("نژاد", "زاده", "پور", "نیا", "فر", "راد", "منش", "وند", "فرد", "خواه", "نسب", "کیا"),
)

# parties41fa: states whose people this language writes family name first
# ("Xi Jinping", "Yoon Suk-yeol"): the first word of such a full name, after
# an honorific, names the person again (``person_names._family_names``).
FAMILY_FIRST_CODES: tuple[str, ...] = ("CHN", "TWN", "KOR", "PRK")

# agents41fa: "از" between a definite title or agent noun and a named group
# marks whom the verb after is aimed at ("رئیس جمهور از سپاه تقدیر کرد",
# "ارتش از حزب‌الله انتقاد کرد"), not the group the noun belongs to; an
# indefinite noun, with one of these endings, is a member ("نماینده‌ای از
# حماس", "جنگجویانی از داعش"; extract/titles.verb_object_after).
VERB_OBJECT_LINKS: tuple[str, ...] = ("از",)
INDEFINITE_ENDINGS: tuple[str, ...] = ("ی",)
# agents41fa: Iran's numbered governments and parliaments ("دولت سیزدهم",
# lang/fa/agents.py) belong to a state written right after them instead
# ("دولت سیزدهم عراق"; extract/mention_scan._country_after_group).
COUNTRY_AFTER_GROUP_HEADS: tuple[str, ...] = (
    *("دولت", "دولت‌های", "دولتهای", "مجلس", "مجالس", "نماینده", "نمایندگان"),
)

# agents43ar: words between a support's noun and the protest it backs
# ("حمایت خود را از اعتراضات"): the support is for the protest's crowd
# (extract/backed_crowd.py)
BACKED_PROTEST_LINKS: tuple[str, ...] = ("خود", "خویش", "را", "از", "کامل")

# agents43fa: quantities that open a list's next item after its conjunction
# ("بانک مرکزی ایران و چند بانک ایرانی", "ارتش و شماری از شرکت‌ها"): the
# item is still coordinated with the one before it, one side of the event
# (``coordination._quantified_item``), as Arabic "وعدة" and English "and
# several" are read. Numbers in digits do not (counted victims).
ITEM_QUANTIFIERS: tuple[str, ...] = (
    *("چند", "چندین", "برخی", "برخی از", "بعضی", "بعضی از", "شماری", "شماری از"),
    *("تعدادی", "تعدادی از", "عده ای", "عده ای از", "عده‌ای از", "گروهی از"),
    *("همه", "همه ی", "تمام", "تمامی", "کلیه", "کلیه ی", "یک", "یکی از"),
    *("دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده"),
    *("ده ها", "ده‌ها", "صدها", "هزاران", "ده ها تن از", "صدها تن از"),
)

# prec43: a refusal whose object is a verbal noun of saying ("حاضر به اظهار
# نظر نشد", "از افشای جزئیات خودداری کرد")
# refuses the speaker's own word, no proposal of another side: no REJECT
# (extract/silence.py). Each noun with the marker a refusal takes it by
# ("از" before the verb, "به" after "حاضر"). Not an answer ("از پاسخ به
# هرگونه ارتباط … امتناع کرد"): refusing to answer a side rejects it.
SILENCED_OBJECTS: tuple[str, ...] = tuple(
    f"{marker} {noun}"
    for marker in ("از", "به")
    for noun in (
        *("اظهار نظر", "اظهارنظر", "افشای", "افشا", "توضیح"),
        *("مصاحبه", "سخن گفتن", "بیان جزئیات", "ارائه جزئیات"),
    )
)
# noevent45: the first-person present of the verb of begging ("خواهش
# می‌کنم", "please") is a formula of courtesy in a quotation, no REQUEST,
# unless "از" names whom it asks in its clause (extract/courtesy.py).
COURTESY_FORMULAS: tuple[str, ...] = tuple(
    f"خواهش {verb}" for verb in ("می‌کنم", "می کنم", "میکنم", "می‌کنیم", "می کنیم", "میکنیم")
)
# noevent45: a talk noun whose clause opens with the press as its subject
# ("خبرگزاری فارس به گفت‌وگو با … پرداخت", "روزنامه ایران در گفت‌وگو با …
# نوشت") is the outlet's interview, no CONSULT (extract/press_talks.py); not
# after a head of office ("رئیس رادیو": an official of the outlet). Words
# that name other things too ("شبکه" of health, "پایگاه" a base, "سایت" a
# site) are left out.
TALK_WORDS: tuple[str, ...] = ("گفت‌وگو", "گفت وگو", "گفت و گو", "گفتگو", "مصاحبه")
PRESS_SUBJECTS: tuple[str, ...] = (
    *("خبرگزاری", "روزنامه", "خبرنگار", "خبرنگاران", "نشریه", "مجله"),
    *("هفته نامه", "هفته‌نامه", "ماهنامه", "پایگاه خبری", "تلویزیون", "رادیو"),
)
PRESS_SUBJECT_NOT_AFTER: tuple[str, ...] = (
    *("رئیس", "رییس", "مدیر", "مدیرعامل", "معاون", "سردبیر", "سخنگوی"),
)
# noevent51: a talk word whose holder is "we" in the article's own voice
# ("با رئیس کمیسیون … به گفت‌وگو نشستیم", "گفت‌وگوی ما با این استاد",
# "بخشی از گفت‌وگوی … در ادامه می‌آید") is the paper's interview, no CONSULT
# (extract/writer_talks.py): the word right after the talk word and the
# formulas that announce the interview below it.
WRITER_TALK_AFTER: tuple[str, ...] = (*("ما", "کردیم", "نشستیم", "داشتیم", "انجام دادیم"),)
# the first-person plural glued to a talk word read as a noun ("نشستیم", "we
# sat", is no "نشست", session)
WRITER_TALK_TAILS: tuple[str, ...] = ("یم",)
# noevent51: a talk word whose partner right after "با" is the press ("در
# تماس تلفنی با خبرنگار ایرنا", "نشست ما با رسانه‌ها") is an interview or
# a press conference, no CONSULT (extract/press_talks.drop_press_partners);
# talk nouns before "با" + an outlet are also read as no trigger at all
# (triggers.INTERVIEWS). Not "شبکه" (a health network) nor "سرویس" (an
# intelligence service).
PRESS_PARTNERS: tuple[str, ...] = (
    *("خبرنگار", "خبرنگاران", "خبرگزاری", "روزنامه", "رسانه‌ها", "رسانه ها", "رسانه"),
    *("نشریه", "مجله", "تلویزیون", "رادیو", "اصحاب رسانه", "ایرنا", "ایسنا", "رویترز"),
)
PRESS_PARTNER_PREPOSITIONS: tuple[str, ...] = ("با",)
# noevent51: a medium (a videoconference) right after a marker of one
# guest's taking part ("آیین افتتاح … با حضور ویدئو کنفرانسی رئیس جمهور
# برگزار شد") is how he attended another deed, no CONSULT of its own
# (extract/medium_manner.py). Not "به صورت" (a whole gathering held by
# video: the corpus gold codes a Speaker's ceremony with teachers "به صورت
# ویدئو کنفرانس" as their meeting) nor "با", "از طریق".
MEDIUM_MANNER_MARKERS: tuple[str, ...] = ("با حضور",)
MEDIUM_WORDS: tuple[str, ...] = (
    *("ویدئو کنفرانس", "ویدیو کنفرانس", "ویدئوکنفرانس", "ویدیوکنفرانس", "ویدئو کنفرانسی"),
)
# a meeting named before the medium in its sentence is what was held that
# way ("در این جلسه که … با ویدئو کنفرانس برگزار شد"): the medium stays
MEDIUM_MEETING_HEADS: tuple[str, ...] = (
    *("جلسه", "جلسات", "نشست", "نشست‌ها", "اجلاس", "اجلاسیه", "دیدار", "مذاکرات", "مذاکره"),
)
WRITER_TALK_FOLLOWS: tuple[str, ...] = (
    *("در ادامه می‌آید", "در ادامه می‌خوانید", "در ادامه آمده است", "در پی می‌آید"),
    *("در زیر می‌خوانید", "در زیر آمده است", "را می‌خوانید", "را در ادامه بخوانید"),
)
# prec43: the passive of an accusation ("ایران به حمله به نفتکش متهم شد",
# "متهم شده است", "متهم است"): its subject is the accused, and with no agent
# marker ("از سوی", "توسط") the accuser is left unnamed: the event keeps an
# unnamed first side and the accused second (extract/lone_object.py).
ACCUSED_PASSIVES: tuple[str, ...] = tuple(
    f"متهم {aux}"
    for aux in (
        *("شد", "شدند", "شده", "شده است", "شده اند", "شده بود", "شده بودند"),
        *("می شود", "می شوند", "گردید", "گردیده", "است", "هستند", "بود", "بودند"),
    )
)
# The passive of a release ("روزنامه‌نگار آزاد شد", "آزاد شده‌اند"): its
# subject is the one freed (extract/lone_object.py).
RELEASED_PASSIVES: tuple[str, ...] = tuple(
    f"{word} {aux}"
    for word in ("آزاد", "رها")
    for aux in (
        *("شد", "شدند", "شده", "شده است", "شده اند", "شده بود", "شده بودند"),
        *("می شود", "می شوند", "گردید", "گردیدند", "گردیده", "خواهد شد", "خواهند شد"),
    )
)
# Words between a side and a passive verb that open another clause: the side
# is then not the passive's subject ("… با بیان اینکه برخی معترضان آزاد
# شدند"); "که" right after the side opens a clause about it, elsewhere one
# of saying ("گفت که").
PASSIVE_SUBJECT_BREAKS: tuple[str, ...] = ("اینکه", "آنکه", "اما", "ولی", "زیرا", "چون", "هرچند")
PASSIVE_RELATIVES: tuple[str, ...] = ("که",)


# lone43: the prepositions of a deed before whom it was done to ("از X
# قدردانی کرد", "با X مخالفت کرد", "به X تبریک گفت", "حمایت از X"): with
# no other side named, the side behind one is the deed's object and its
# doer unnamed (extract/lone_object.py: patient_alone). The target
# prepositions.
PATIENT_PREPOSITIONS: tuple[str, ...] = TARGET_PREPOSITIONS
# Nouns of a deed whose bare genitive (the ezafe, unwritten) is whom it was
# done to ("آزادی زندانیان", "ترور فرمانده", "اعدام معترضان"); "عذرخواهی
# X", "حمایت X" are X's own deeds and are not listed, nor "عفو X", whose
# genitive grants the pardon as often as it receives it.
PATIENT_NOUNS: tuple[str, ...] = (
    *RELEASE_NOUNS,
    *("ترور", "اعدام", "محاکمه", "ربودن", "آدم ربایی"),
)
# Words that make "شد" their subject's own deed, no passive ("ایران خواستار
# شد": Iran demanded; "حاضر شد", "متعهد شد", "مانع شد", "یادآور شد"): their
# subject is the doer (extract/lone_object.py: _passive_subject).
DOER_PREDICATES: tuple[str, ...] = (
    *("خواستار", "خواهان", "حاضر", "متعهد", "مانع", "یادآور", "متذکر", "موفق"),
    *("مجبور", "پیروز", "موافق", "مخالف", "وارد", "خارج", "متوسل", "مدعی"),
    *("منکر", "معترض", "معتقد", "قائل", "آماده", "مایل", "ناچار", "متوجه"),
)

# noevent45: a deed noun right after a written number (or number + counter
# noun), in a clause with "since" + a year or a number of years, is a running
# total, no event (extract/running_totals.py).
SINCE_WORDS: tuple[str, ...] = ("از سال", "طی", "در طول")
YEAR_UNITS: tuple[str, ...] = ("سال", "دهه")
COUNTER_NOUNS: tuple[str, ...] = ("مورد", "بار", "فقره", "دور")
# mend106 (review105b F5): the word that may link a counter noun to the
# deed it counts ("پنج دور از مذاکرات"): the count still
# stands before the deed (``running_totals._counted``).
COUNTER_LINKS: tuple[str, ...] = ("از",)
# nonevent105: a count written in words counts as a written number ("نه
# اجلاس", "سه دور"; the number words of ``numbers.VALUES``), but not "نه",
# which is also the "not" of "نه … نه" ("نه مذاکره و نه توافق").
# mendB105: nor "یک", the indefinite article ("یک حمله هوایی": an air
# strike) and a count of one: one deed, never a running total.
RUNNING_COUNT_WORDS: tuple[str, ...] = tuple(
    w for w, n in NUMBER_VALUES.items() if w != "نه" and n != 1
)
# mendB105: an ordinal or a superlative before "since" measures one deed
# against the past ("نخستین حمله از سال ۲۰۱۹", "شدیدترین حمله طی دو سال"),
# no total; superlatives end in "ترین".
SINCE_FIRSTS: tuple[str, ...] = ("نخستین", "اولین", "نخست", "اول", "بیشترین")
SINCE_FIRST_ENDINGS: tuple[str, ...] = ("ترین",)

# sides45: source nouns ("منابع عراقی از حمله … خبر دادند", "یک منبع
# امنیتی عراقی گفت"): the state adjective after one, or after one word of
# its kind, tells whose sources report the deed; never a side of it
# (``sources.headed_owners``).
SOURCE_HEADS: tuple[str, ...] = ("منبع", "منابع")
# speakers79ar: a news agency named after its state ("به خبرگزاری تونس گفت",
# "به گزارش خبرگزاری رسمی کره شمالی"): the state is part of the medium's
# name, no side of the deed it tells, only its topic
# (``sources.medium_name_owners``). The agencies named in full
# (agents.py: "خبرگزاری فرانسه") are read as media already.
MEDIUM_NAME_HEADS: tuple[str, ...] = (
    "خبرگزاری",
    "خبرگزاری رسمی",
    "خبرگزاری دولتی",
)

# parties64fa: a document that frames what a sentence tells ("گزارش سازمان
# ملل نشان می‌دهد که …", "یادداشت اتاق بازرگانی آمریکا گویای آن است که …",
# "گزارش رسانه‌های ترکیه از کشته شدن … حکایت دارد"): whose document it is
# (the words between noun and frame) reports the deed and is no side of it
# (extract/document_frames.py). The frames of showing carry their "که"
# ("واکنش نشان داد" is a reaction); "حاکی است" and "حکایت دارد" frame alone.
# A noun is one word: a plural ("گزارش‌های …") is read at its stem.
DOCUMENT_NOUNS: tuple[str, ...] = (
    "گزارش",
    "گزارشی",
    "یادداشت",
    "سند",
    "اسناد",
    "بررسی",
    "تحقیقات",
    "آمار",
    "نتایج",
)
DOCUMENT_FRAMES: tuple[str, ...] = (
    "نشان می‌دهد که",
    "نشان می‌دهند که",
    "نشان داد که",
    "نشان داده است که",
    "حاکی از آن است که",
    "حاکی از این است که",
    "حاکی است",
    "گویای آن است که",
    "بیانگر آن است که",
    "حکایت از آن دارد که",
    "حکایت دارد",
    "حکایت می‌کند",
)

# agents45fa: Persian joins workers to the firm that employs them by the
# ezafe alone ("کارگران شرکت نفت"), with no word between; "در" names where
# they work ("کارگران در شرکت") and is read the same way. The firm is their
# genitive, no side of their own (extract/employers).
EMPLOYER_LINKS: tuple[str, ...] = ("در",)

# agents45fa: "نیروها" alone names armed men of any kind, and "فرمانده"
# the commander of any of them; a rebel or militia word in its ezafe names
# which ("نیروهای شورشی", "نیروهای شبه نظامی", "فرمانده گروهک تروریستی"),
# and the bare head is then no army of its own (extract/force_heads).
GENERIC_FORCE_HEADS: tuple[str, ...] = (
    *("نیروها", "نیروهای", "نیرو های", "نیروی"),
    *("فرمانده", "فرماندهان", "فرمانده ی", "سرکرده", "سرکردگان"),
)
# agents45fa: words describing an armed group that may stand between such a
# head and the group's name ("فرمانده گروهک تروریستی جیش العدل").
ARMED_GROUP_DESCRIBERS: tuple[str, ...] = (
    *("گروه", "گروهک", "گروه های", "گروهک های", "گروههای", "گروهکهای", "سازمان", "جنبش"),
    *("تروریستی", "تکفیری", "مسلح", "شبه نظامی", "افراطی", "شورشی", "جدایی طلب", "ضد انقلاب"),
)

# agents45fa: places of work whose workers' strike they only locate
# ("کارگران کارخانه فولاد"); a company ("شرکت") stays the employer struck
# against (extract/employers).
WORKPLACE_NOUNS: tuple[str, ...] = (
    *("کارخانه", "کارخانه‌ها", "کارخانجات", "کارگاه", "کارگاه‌ها", "پالایشگاه", "پالایشگاه‌ها"),
    *("معدن", "معادن", "نیروگاه", "مجتمع", "پتروشیمی"),
)

# agents45fa: head nouns of a street or square, written before its name
# ("خیابان پاسداران", "میدان شهرداری"): an agent noun after one is the
# street's name, no side (extract/street_names).
STREET_HEADS: tuple[str, ...] = (
    *("خیابان", "میدان", "بلوار", "بزرگراه", "کوچه", "چهارراه", "فلکه", "اتوبان"),
)

# types46fa: a predicate of necessity or of what cannot be done after a deed
# noun, its subject or fronted object ("بازداشت قاچاقچیان لازم است", "لغو
# تحریم‌ها را فوراً نمی‌توان انجام داد"): no deed told
# (``extract/modal_subject.py``). Not "نمی‌توان" alone: "این حمله را
# نمی‌توان توجیه کرد" judges an attack that was made.
POSTPOSED_MODALS: tuple[str, ...] = (
    "لازم است",
    "لازم نیست",
    "ضروری است",
    "ضرورت دارد",
    "الزامی است",
    "نمی توان انجام داد",
    "نمی شود انجام داد",
    "امکان پذیر نیست",
)

# nonevent111: an obligation after a deed noun that it take place
# ("گفت‌وگوهای دو کشور باید هر چه سریع‌تر آغاز شود", "نشست باید تا پایان ماه
# برگزار شود"): the deed is asked for, not told (``modal_subject.
# obliged_to_occur``). Only verbs of taking place: "این حمله باید محکوم شود"
# judges an attack that was made; nor "متوقف شود" (what must stop is going on).
OBLIGED_OCCURRENCE_CUES: tuple[str, ...] = ("باید", "نباید", "بایستی", "نبایستی")
OBLIGED_OCCURRENCES: tuple[str, ...] = (
    *("آغاز شود", "آغاز شوند", "آغاز گردد", "شروع شود", "شروع شوند", "شروع گردد"),
    *("برگزار شود", "برگزار شوند", "برگزار گردد", "انجام شود", "انجام شوند", "انجام گیرد"),
    *("صورت گیرد", "صورت بگیرد", "از سر گرفته شود", "از سر گرفته شوند"),
    *("امضا شود", "امضاء شود", "منعقد شود", "اجرا شود", "اجرایی شود", "احیا شود"),
)
# A deed noun after these is told as done ("پس از حمله …") or is a phrase's
# object ("از مذاکرات", "برای گفت‌وگو"): no subject of the obligation.
OCCURRENCE_SUBJECT_LEADS: tuple[str, ...] = (
    *("پس از", "بعد از", "در پی", "به دنبال", "از زمان", "پیش از", "قبل از"),
    *("از", "با", "در", "به", "برای", "درباره", "طی", "ضمن"),
)
# mendA111: only an obligation with a vague plea of time ("باید هر چه
# سریع‌تر آغاز شود") and no time named, or a negated one ("نباید آغاز شود"),
# tells no event: "باید هفته آینده برگزار شود" is a plan
# (``modal_subject.obliged_to_occur``).
OBLIGED_VAGUE_TIMES: tuple[str, ...] = (
    *("هر چه سریع‌تر", "هرچه سریع‌تر", "هر چه زودتر", "هرچه زودتر", "در اسرع وقت"),
    *("به زودی", "به‌زودی", "بزودی", "فورا", "فوراً", "بی‌درنگ", "بدون فوت وقت"),
    *("بدون تاخیر", "بدون تأخیر", "هر چه سریعتر", "هرچه سریعتر"),
)
# The obligation itself negated.
OBLIGED_NEGATIONS: tuple[str, ...] = ("نباید", "نبایستی")

# types46fa: the preposition that opens what "موافقت کرد" or "مخالفت کرد"
# agrees or objects to ("با لغو تحریم‌ها … موافقت کرد"): a deed it opens is
# the verb's content across the adverbials a verb-final clause puts before
# the verb (``agreed_content._marked_content``). Arabic "وافق على" and English
# "agreed to" put the content right after the verb and need no marker.
AGREED_CONTENT_MARKERS: tuple[str, ...] = ("با",)

# clauses49: "ضمن" before a deed noun ("ایران ضمن تشکر از عمان، از آمریکا
# خواست …"), and "با" before a deed told with an infinitive ("با محکوم کردن
# حمله …، از سازمان ملل خواست …"), open an adverbial clause with no subject
# of its own: its deed is the main clause's subject's, and whom the clause
# names is no side of the main verb (extract/adverbial_clause.py). Bare "با"
# before a noun is mostly "with" ("با توافق دو کشور"): left alone.
ADVERBIAL_OPENERS: tuple[str, ...] = ("ضمن",)
VERBAL_ADVERBIAL_OPENERS: tuple[str, ...] = ("با",)
VERBAL_NOUN_ENDINGS: tuple[str, ...] = ()
VERBAL_NOUN_VERBS: tuple[str, ...] = ("کردن", "نمودن", "دادن")

# topics50: a deed noun that only names a topic or a kind is no event. A
# head noun of a subject, a kind or a danger right before it, in ezafe
# ("مسئله اخراج پناهجویان", "سیاست بازداشت فعالان", "پدیده ترور", "فرهنگ
# اعتراض", "بحث تحریم‌ها"), makes the deed what is talked about
# (extract/named_topic.named_as_topic), for nouns only and not after a
# demonstrative: the verb closes its clause right after a whole object
# ("بر سر این مسئله اتفاق نظر دارند"). Not "موضوع": "موضوع مذاکرات … بود"
# tells talks that were held; nor "پرونده": "پیگیری پرونده ضرب و شتم
# مأمور" follows up a beating that happened.
TOPIC_KIND_HEADS: tuple[str, ...] = (
    *("مسئله", "مساله", "مسأله", "مسائل", "مشکل", "معضل", "پدیده"),
    *("سیاست", "سیاست‌های", "سیاستهای", "فرهنگ", "بحث", "خطرات"),
)
# The conjunctions that carry such a topic over to the next deed noun
# ("مسئله اعتراضات و اعتصاب‌ها": both only talked about;
# extract/predicates.drop_topics).
TOPIC_JOINS: tuple[str, ...] = ("و", "یا")
# tidy69 (from extract/predicates.py, named_topic.py): a "و" glued to the next
# noun. Persian writes it apart; the code read it glued in every language
# whose joins hold it, and kept so the tidy changes no reading (a noun that
# opens with the letter, "وساطت", right after a topic noun reads as joined).
TOPIC_GLUED_JOINS: tuple[str, ...] = ("و",)

# roles52: a word of response and the preposition before what it answers
# ("واکنش دادستانی به انتقادات نامزدها", "در پاسخ به درخواست ایران"): the
# criticism, demand or threat is the other side's (extract/responded.py).
RESPONSE_WORDS: tuple[str, ...] = ("واکنش", "پاسخ", "پاسخگویی", "جواب")
RESPONSE_PREPOSITIONS: tuple[str, ...] = ("به",)
# Words that end the answered noun's phrase: a critic named past them is not
# the noun's ("said in response to the criticism that he …").
RESPONSE_PHRASE_ENDS: tuple[str, ...] = ("که", "و", "گفت", "افزود", "اظهار")
# The nouns of what someone said that one responds to (a criticism, a
# charge, a demand, a threat): a deed judged in passing ("در واکنش به اقدام
# غیرقانونی آمریکا", "in response to the illegal move") is no one's words.
RESPONDED_NOUNS: tuple[str, ...] = (
    *("انتقاد", "انتقادات", "انتقادها", "اتهام", "اتهامات", "اتهام‌ها", "درخواست"),
    *("درخواست‌ها", "تقاضا", "تقاضای", "تهدید", "تهدیدها", "تهدیدات", "هشدار", "هشدارها"),
    *("مطالبه", "مطالبات", "خواسته", "خواسته‌ها", "ادعا", "ادعاها", "ادعای"),
)

# falsehits54: the label of a law's article or clause opening a sentence
# ("ماده ۲۷ - …", "تبصره ۴ - …"): the sentence states a rule, no deed
# (extract/nonevents.provision).
PROVISION_LABELS: tuple[str, ...] = ("ماده", "تبصره", "بند")

# ---- colon57: a blame by a copula inside a quote ----
# Words of a blame trigger that make the clause's subject the side blamed
# ("X عامل حمله … بوده است", "X پشت این حمله بود"): told after a speaker's
# colon or "that", the speaker blames and X is blamed (extract/quoted_blame.py).
BLAME_PREDICATES: tuple[str, ...] = ("عامل", "پشت", "مسئول", "مسؤول")
# types59fa: a breach told in reported speech ("X گفت Y توافق را نقض کرده
# است") is a blame of the same build: the speaker blames the quote's subject.
BLAME_PREDICATES += ("نقض",)

# condemners59: words of a reaction to a deed — a condemnation with its
# object marked (not "به … محکوم کرد", a sentence passed), concern, sorrow,
# condolence — in a sentence of which an unknown attacker named after the one
# state takes no country from it ("ترکیه حمله افراد مسلح ناشناس به مسجد را
# محکوم کرد"; participants._Sentence._reactor_only).
REACTION_WORDS: tuple[str, ...] = (
    *("را محکوم", "شدت محکوم", "محکومیت", "محکوم کردن", "تقبیح", "ابراز نگرانی"),
    *("ابراز تاسف", "ابراز تأسف", "تسلیت", "ابراز انزجار"),
)

# occasion59fa: the words before a meeting in which a demand or a blame was
# made ("در دیدار با همتای ترک خود خواستار … شد", "طی گفتگوی تلفنی با …
# محکوم کرد"): the meeting was held, it is not what is asked. "در" may also
# open an asked thing's phrase ("مشارکت در مذاکرات را خواستار شد"), so after
# it the meeting must name its partner ("با") within a few words; the sure
# openers need none (extract/nonevents.meeting_occasion).
MEETING_OPENERS: tuple[str, ...] = ("در",)
MEETING_SURE_OPENERS: tuple[str, ...] = ("طی", "در حاشیه", "در خلال")
MEETING_PARTNERS: tuple[str, ...] = ("با",)
# parties81fa: the words before a summit named only as where another deed was
# told ("در اجلاس سران گروه ۲۰ کمک … را اعلام کرد"): the deed is the news,
# the summit its setting, no meeting of the teller's with the summit's body
# (extract/summit_setting).
SUMMIT_SETTING_OPENERS: tuple[str, ...] = ("در", "طی", "در حاشیه", "در خلال")

# agents62ar: nouns of an attack the suicide adjective follows ("داعش سه
# حمله انتحاری … انجام داد"): beside a named movement no attacker of its
# own (extract/group_bombers).
SUICIDE_DEED_NOUNS: tuple[str, ...] = (
    *("حمله", "حملات", "حمله‌های", "حملهٔ", "عملیات", "انفجار", "انفجارهای"),
    *("بمب‌گذاری", "بمبگذاری", "بمب‌گذاری‌های"),
)
SUICIDE_ADJECTIVES: tuple[str, ...] = ("انتحاری",)
SUICIDE_CIRCUMSTANCES: tuple[str, ...] = ("در", "طی", "پس از", "بر اثر", "براثر")
SUICIDE_COUNTERS: tuple[str, ...] = ("یک", "دو", "سه", "چهار", "پنج", "چند", "یکسری")

# actors62: whom a joint effort is against: in talks, agreements,
# cooperation, aid, support or a call "علیه داعش", "مبارزه با تروریسم"
# name the enemy of the effort, never a partner of it ("دو وزیر درباره
# مبارزه با داعش گفت‌وگو کردند"; extract/opposed.py).
OPPOSED_MARKERS: tuple[str, ...] = (
    # not "ضد": in Persian it also makes adjectives ("جنایات ضد مردمی",
    # anti-popular crimes), whose noun is no enemy of anyone
    "علیه",
    "مبارزه با",
    "مقابله با",
    "نبرد با",
    "جنگ علیه",
    "جنگ با",
)

# types64fa: the preposition of partners ("با", "مع", "with"): a list it
# governs whose head another phrase took ("در هماهنگی نزدیک با بریتانیا،
# اسرائیل و رومانی هستیم و پاسخی … در راه خواهد بود": Britain is the
# coordination's) is partners still, no doers of a directed deed
# (``trigger_sides._rest_of_governed_list``).
PARTNER_GOVERNORS: tuple[str, ...] = ("با",)
# recall75fa: the openers of partners who act with the doer ("گفت در
# هماهنگی با بریتانیا، اسرائیل و رومانی پاسخی جمعی به ایران داده می‌شود"):
# the list after one is no side a one-way deed is done to
# (``extract/coordinated_partners.py``).
COORDINATION_OPENERS: tuple[str, ...] = tuple(
    f"در هماهنگی{how} با" for how in ("", " نزدیک", " کامل", " مستمر", " تنگاتنگ")
)
# left78: and the partner in the possessive ("با هماهنگی آمریکا … بازداشت
# کردند"), as Arabic "بالتنسيق مع" and English "in coordination with" are:
# the partner's list is no side of the one-way deed.
COORDINATION_OPENERS += tuple(
    f"با هماهنگی{how}" for how in ("", " نزدیک", " کامل", " مستمر", " تنگاتنگ")
)

# sides65ar: a seizure or arrest told in the passive that names nobody
# ("وتم حجز 35 صفيحة", "دو نفر بازداشت شدند", "two men were arrested"):
# the police did it (COP, of no country: the sentence names none), as
# ACLED/POLECAT code a seizure with no named author (``unnamed_deed.unnamed_deed``).
SIDELESS_SEIZURES: tuple[str, ...] = ("بازداشت شد", "بازداشت شدند", "دستگیر شد", "دستگیر شدند")

# questions67: words that open a direct question, and the conjunctions that
# may stand before one. A question set off by a comma or semicolon after a
# statement ("نیروهای امنیتی ده‌ها نفر را بازداشت کردند؛ آیا این قانونی
# است؟", "…، اما چرا انجام نشده است؟") silences only its own clause: the
# statement before it is still told (``predicates.drop_unreal``). "مگر" is
# left out: "مگر اینکه" is "unless".
QUESTION_OPENERS: tuple[str, ...] = ("آیا", "چرا", "چگونه", "چطور")
QUESTION_LEADS: tuple[str, ...] = ("اما", "ولی", "پس", "و", "حال", "حالا")

# reporters67: words of taking captives. An arrest, a sentence or a siege is
# the authorities' deed, so a held kind of people (civilians, criminals,
# activists) named first beside the police, a court or an army is whom they
# held (``holders.authorities_first``); a kidnapping or a hostage taking is
# a deed those kinds commit, and keeps the sentence's order.
CAPTIVE_TAKING: tuple[str, ...] = ("ربود", "ربایش", "آدم‌ربایی", "گروگان", "اسارت", "اسیر")

# reporters67: accepting an invitation: "پذیرش/قبول دعوت X", or "دعوت X … را
# پذیرفت": the accepter is the one invited, not the inviter
# (``invitations.invited_last``).
INVITATION_ACCEPTED_BEFORE: tuple[str, ...] = ("پذیرش", "پذیرفتن", "قبول")
INVITATION_ACCEPTED_AFTER: tuple[str, ...] = (
    *("پذیرفت", "پذیرفتند", "پذیرفته", "خواهد پذیرفت", "خواهند پذیرفت"),
    *("می‌پذیرد", "می‌پذیرند", "قبول کرد", "قبول کردند"),
)
INVITATION_OBJECT_MARKER = "را"

# mendA70: the war noun read as armed clashes (recall70fa,
# ``triggers.CLOSED_NOUN_TRIGGERS``) only when the word right after it opens
# its sides or place, or is a side's name ("جنگ میان نیروهای امنیتی و
# طالبان", "جنگ در قندوز ادامه دارد"): an adjective or another noun after
# it makes it a figure ("جنگ دیپلماتیک میان …", "جنگ سایبری", "جنگ
# نفتکش‌ها"), save the few that tell a real war (civil, bloody)
# (``extract/closed._sides_follow``).
CLOSED_SIDE_NOUNS: tuple[str, ...] = ("جنگ",)
CLOSED_SIDE_OPENERS: tuple[str, ...] = (*("میان", "بین", "در", "با", "علیه", "داخلی", "خونین"),)
# mendD71: a side right after the war noun may be an agent word ("جنگ
# نیروهای دولتی و طالبان"), but these agent words after it are adjectives
# that make the war a figure ("جنگ دیپلماتیک", "جنگ رسانه‌ای", "جنگ تجاری").
CLOSED_FIGURE_AGENTS: tuple[str, ...] = (
    *("دیپلماتیک", "رسانه‌ای", "تبلیغاتی", "اقتصادی", "تجاری", "سیاسی", "سایبری"),
)

# english72: words that always open a clause of their own, so a hope's clause
# ends before them ("ابراز امیدواری کرد مذاکرات موفق شود در حالی که
# جنگنده‌های اسرائیل غزه را بمباران کردند": the bombing is told;
# ``extract/hope_clause.py``).
WISH_CLAUSE_ENDS: tuple[str, ...] = ("در حالی که", "در حالیکه", "درحالی که", "اما", "ولی")

# capture73: the object stands before its verb, so a bare town taken is read
# right before the verb of seizing ("طالبان قندوز را تصرف کردند"); the words
# that may stand before such a town, besides the subject's name and a
# punctuation mark (adverbs, days, "و" after another town or verb): after
# any other word (a noun, a preposition) the town is a modifier ("شرکت نفت
# قندوز", "سفارت آمریکا در تهران") (``extract/town_taken.py``).
TOWN_OBJECT_BEFORE_VERB = True
TOWN_OBJECT_LEADS: tuple[str, ...] = (
    *("و", "سرانجام", "بالاخره", "دوباره", "مجددا", "نیز", "هم", "اکنون", "اخیرا"),
    *("امروز", "دیروز", "گذشته", "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه"),
    *("پنجشنبه", "پنج‌شنبه", "جمعه", "توانستند", "توانست", "توانسته‌اند"),
)

# reporters73: words that open an apposition describing a medium named as
# the source ("به گزارش خبرگزاری هرانا، ارگان خبری مجموعه فعالان حقوق بشر
# در ایران، …", "به نقل از خبرگزاری فارس، وابسته به سپاه، …"): whose organ
# it is is the medium's owner, no side of what it reports
# (``sources.apposition_end``). Not "نزدیک به" (close to): after a comma it
# is as often "nearly" before a count of people ("به گزارش ایرنا، نزدیک به
# ۵۰ کارگر …"); "ارگان" only with its kind ("ارگان‌های امنیتی" are bodies).
MEDIUM_APPOSITIONS: tuple[str, ...] = (
    "ارگان خبری",
    "ارگان رسمی",
    "ارگان مطبوعاتی",
    "وابسته به",
    "متعلق به",
    "منتسب به",
)

# adjdoer73: nouns of a deed of force or of the craft that does it; a state
# told on them ("حملات هوایی ترکیه", "جنگنده‌های اسرائیلی") is the deed's doer,
# not the country of those it struck ("در حمله هوایی ترکیه دو غیرنظامی کشته
# شدند"; participants._Sentence._doer_adjective_only). Armies and forces
# ("ارتش", "نیروهای") are left out: they act at home as often.
DEED_ADJECTIVE_HEADS: tuple[str, ...] = (
    *("حمله هوایی", "حملات هوایی", "حمله موشکی", "حملات موشکی", "حمله پهپادی"),
    *("بمباران", "گلوله‌باران", "جنگنده", "جنگنده‌ها", "جنگنده‌های", "هواپیماهای"),
    *("پهپاد", "پهپادهای", "توپخانه", "محاصره", "موشک‌های"),
)

# types74fa: readiness declared for a deed ("عربستان آمادگی خود را برای
# میانجیگری میان روسیه و اوکراین اعلام کرد", "بر آمادگی کشورش برای مذاکره با
# طالبان تاکید کرد") offers that deed: the noun right after "برای" is the deed
# offered (planned by the ahead cue "آمادگی", status16), not an aim talked
# about (``TOPIC_MARKERS``), as English "declared its readiness for talks"
# is read. The readiness stands at most ``OFFER_REACH`` words before the
# marker in the same clause ("آمادگی کامل خود را برای", "آمادگی اتحادیه اروپا
# برای"); not a readiness denied or talked about ("عدم آمادگی رزمی برای
# مقابله", "درباره آمادگی مردم برای تظاهرات"), nor one being built up
# ("آمادگی‌های خود را برای حمله افزایش می‌دهد": the plural). Deeds of force
# stay dropped: a readiness to attack is a threat (``extract/offered.py``).
OFFER_WORDS: tuple[str, ...] = ("آمادگی",)
OFFER_MARKERS: tuple[str, ...] = ("برای",)
OFFER_NOT_BEFORE: tuple[str, ...] = (
    "عدم",
    "درباره",
    "در باره",
    "در مورد",
    "بدون",
    "فقدان",
    "هیچ",  # "ایران هیچ آمادگی برای مذاکره ندارد": a readiness denied
)
# the plural ending written apart ("آمادگی‌های" reads as two words)
OFFER_NOT_AFTER: tuple[str, ...] = ("ها", "های", "هایی")
OFFER_REACH = 5

# doer76: the nouns of a deed of force whose owner, written right after with
# the ezafe ("حملات ائتلاف", "حمله هوایی ائتلاف", "بمباران ائتلاف"), is the
# deed's doer (``extract/deed_owner.py``), with the adjective that may stand
# between.
DEED_OWNER_HEADS: tuple[str, ...] = tuple(
    f"{deed}{adjective}"
    for deed in ("حمله", "حملات", "حمله‌های", "بمباران", "گلوله‌باران", "موشک‌باران")
    for adjective in ("", " هوایی", " موشکی", " پهپادی", " توپخانه‌ای")
)

# Review mends (mendA76): the readiness offers the deed only when its
# clause states it: a verb of declaring ("اعلام کرد", "تاکید کرد", "خبر داد",
# "ابراز کرد") or having it ("آمادگی داریم"), its light verb not negated
# ("اعلام نکرد"); "هیچ آمادگی … ندارد" and an unannounced readiness offer none.
OFFER_VERBS: tuple[str, ...] = (
    "اعلام",
    "اعلان",
    "تاکید",
    "تأکید",
    "ابراز",
    "خبر",
    "عنوان",
    "دارد",
    "دارند",
    "داریم",
    "دارم",
)
OFFER_VERBS_DENIED: tuple[str, ...] = (
    "نکرد",
    "نکردند",
    "نکرده",
    "نکرده‌اند",
    "نمی‌کند",
    "نمی‌کنند",
    "نمی",
    "نخواهد",
    "نخواهند",
    "نداد",
    "ندادند",
    "نداشت",
    "نداشتند",
    "نداشته",
    "نکنند",
    "نکند",
)

# left78: the relative pronoun of an aside on a subject, closed by a comma
# before the main verb ("وزیر خارجه ژاپن که به سئول رفته بود، با وزیر خارجه
# چین گفت‌وگو کرد"): who is named inside is no side of the main clause's
# deed (``extract/relative_aside.py``); Seoul took the partner's place.
SUBJECT_RELATIVES: tuple[str, ...] = ("که",)
# The verb-final aside ends with its verb before the comma (a light verb or
# one of these): a comma after a noun is a list's ("مسئولینی که در سپاه، در
# بنیاد مسکن و … مشغول خدمت هستند"), the aside still open.
SUBJECT_RELATIVE_CLOSERS: tuple[str, ...] = (
    *("است", "اند", "بود", "بودند", "بوده", "هست", "هستند", "باشد", "باشند"),
    *("رفته", "رفت", "رفتند", "آمده", "آمد", "آمدند", "بازگشته", "بازگشت"),
    *("دارد", "دارند", "داشت", "داشتند", "می کند", "می کنند", "می شود"),
)

# noevent81: a sentence that tells the plot of a film, a novel or a series
# ("داستان فیلم درباره سربازی است که …", "در این رمان ارتش روسیه به استونی
# حمله می‌کند") reports no deed, as one about sport (above); English and
# Arabic list the same. Only words of a story's plot: "فیلم" alone is as
# often a video that shows a real deed ("فیلمی منتشر شد که …").
_STORY_WORKS = ("فیلم", "رمان", "سریال", "نمایشنامه")
OFF_DOMAIN_CUES = (
    *OFF_DOMAIN_CUES,
    *(f"{story} {this}{work}" for story in ("داستان", "قهرمان", "شخصیت اصلی")
      for this in ("", "این ") for work in _STORY_WORKS),
    *(f"در {this}{work}" for this in ("", "این ") for work in ("رمان", "نمایشنامه")),
)  # fmt: skip
# mendA82: "قهرمان داستان" and "شخصیت اصلی داستان" are said of real affairs
# too ("قهرمان داستان این رسوایی، وزیر سابق …"): a plot only where a film, a
# novel, a series or a play is named in the sentence (``STORY_WORK_WORDS``;
# ``extract/nonevents.off_domain``).
PLOT_CUES: tuple[str, ...] = ("قهرمان داستان", "شخصیت اصلی داستان")
STORY_WORK_WORDS: tuple[str, ...] = (
    *(f"{work}{end}" for work in _STORY_WORKS for end in ("", "ی", "های", "‌های")),
)

# noevent81: the start, resumption or holding of a deed spoken of as a
# possibility ("از احتمال ازسرگیری مذاکرات خبر داد", "امکان برگزاری دور جدید
# مذاکرات", "احتمال آغاز هفتمین دور مذاکرات") is no deed held, as the deed
# right after "احتمال" is not (status12 above): the course word, and a
# round of talks ("دور جدید", "هفتمین دور"), may stand between. English
# "the possible resumption of talks" is read so, Arabic "احتمال استئناف".
_POSSIBLE = ("احتمال", "امکان")
_COURSES = (
    *("آغاز", "شروع", "ازسرگیری", "از سرگیری", "از سر گیری", "ازسر گیری"),
    *("برگزاری", "انجام", "تشکیل"),
)
_ORDINALS = (
    *("اولین", "دومین", "سومین", "چهارمین", "پنجمین", "ششمین", "هفتمین"),
    *("هشتمین", "نهمین", "دهمین", "نخستین"),
)
_ROUNDS = (
    *("دور", "دور جدید", "دور تازه", "دور بعدی", "دور دیگری از"),
    *(f"{ordinal} دور" for ordinal in _ORDINALS),
)
TOPIC_MARKERS = (
    TOPIC_MARKERS
    + tuple(
        f"{chance} {course}{round_}"
        for chance in _POSSIBLE
        for course in _COURSES
        for round_ in ("", *(f" {r}" for r in _ROUNDS))
        if len(f"{chance} {course}{round_}".split()) <= 5
    )
    + tuple(f"{chance} {r}" for chance in _POSSIBLE for r in _ROUNDS)
)

# noevent81: an obligation governs its whole verb-final clause, up to the
# clause's own verb ("طالبان باید مناسبات تجاری را با کشورهای خارجی از سر
# بگیرند"; ``extract/obliged_clause.py``): the cues, the words that end that
# clause beside the light and subjunctive verbs (the copula and "have", the
# present's "می" written apart, "که" opening another clause, a verb of
# ability), and the leads after which a deed is told as past ("باید … پس از
# حمله هفته گذشته پاسخ دهد").
CLAUSE_OBLIGATION_CUES: tuple[str, ...] = ("باید", "نباید", "بایستی", "نبایستی", "لازم است")
CLAUSE_VERB_ENDS: tuple[str, ...] = (
    *("است", "هست", "نیست", "بود", "بودند", "باشد", "باشند", "باشیم", "بوده"),
    *("دارد", "دارند", "داشت", "داشتند", "شد", "شدند", "گفت", "گفتند", "دانست"),
    *("بتواند", "بتوانند", "بتوانیم", "می", "نمی", "که", "تا"),
)
# mendA82: the first person of a subjunctive ("باید بگویم", "باید اشاره
# کنم", "باید یادآوری کنم") is the speaker's own obliged saying: it ends
# that clause, and what follows is told ("باید بگویم آمریکا دیروز … حمله
# کرد"). Made from the third person singular ("بگوید", "کند"), not from the
# plural ("کنند"); not "دهم", also "tenth".
CLAUSE_VERB_ENDS = CLAUSE_VERB_ENDS + tuple(
    f"{verb[:-1]}م"
    for verb in SUBJUNCTIVE_VERBS
    if verb.endswith("د") and f"{verb[:-2]}د" not in SUBJUNCTIVE_VERBS and verb != "دهد"
)
TOLD_DEED_LEADS: tuple[str, ...] = (
    *("پس از", "بعد از", "در پی", "به دنبال", "از زمان", "پیش از", "قبل از"),
)

# noevent83: a deed named as what one acts out of fear of has not happened
# ("ترکیه از ترس تصرف این مناطق توسط ایران لشکر کشید", "از بیم بازداشت به
# بیمارستان نرفتند"), as Arabic "خوفا من" and English "for fear of" are
# read: the noun right after the fear is its topic, and the clause's own
# verb ("ساکنان از بیم حمله طالبان شهر را ترک کردند") stays a deed. "نگرانی
# از" is left out: "ابراز نگرانی از حمله" condemns a real attack.
TOPIC_MARKERS = TOPIC_MARKERS + ("از ترس", "از بیم", "ترس از", "به خاطر ترس از")

# noevent83: what one is willing to do is not done, as what one is ready to
# do ("حاضر به"): the deed's noun right after a word of willingness is its
# topic ("مادورو گفته است که تمایل به مذاکره با رهبر اپوزیسیون دارد": no
# talks held). Only the noun right after: a verb later in the clause stays
# told ("… افرادی را که مایل به ورود هستند نمی‌پذیرد").
TOPIC_MARKERS = TOPIC_MARKERS + (
    *("تمایل به", "تمایل خود به", "تمایل خود را به", "مایل به", "متمایل به"),
)

# noevent83, mendB84: talks named as what a report tells of ("روحانی با
# ارائه گزارشی از روند مذاکرات … گفت", "گزارش وزیر از مذاکرات وین به
# مجلس"): the report is the deed, the talks its topic, as after "درباره";
# the talks' course ("روند", "نتایج") may stand between. Read before talks
# nouns only (``REPORT_TOPIC_NOUNS``, ``named_topic.named_as_topic``): a report
# of an attack or a meeting tells of one done ("در گزارش خود از حمله
# پهپادی … خبر داد").
REPORT_TOPIC_MARKERS: tuple[str, ...] = tuple(
    f"{report} از{course}"
    for report in ("گزارش", "گزارشی", "گزارش خود", "گزارشی کامل")
    for course in ("", " روند", " نتایج", " آخرین وضعیت")
)
REPORT_TOPIC_NOUNS: tuple[str, ...] = (
    *("مذاکره", "مذاکرات", "گفت‌وگو", "گفت وگو", "گفتگو", "رایزنی"),
)

# noevent88: talks named by their state, progress or fate ("درباره آخرین
# وضعیت مذاکرات با آمریکا توضیح داد", "بررسی پیشرفت مذاکرات هسته‌ای",
# "نگرانی از سرنوشت مذاکرات") are what one speaks of or weighs, no round
# of talks held, as after "گزارشی از روند"; before talks nouns only, so
# "آخرین وضعیت حمله" or a meeting held stays told.
REPORT_TOPIC_MARKERS = REPORT_TOPIC_MARKERS + (
    # not "آینده": "هفته/دور آینده مذاکرات … برگزار می‌شود" is the next talks;
    # not "پیشرفت": progress is of talks held (test_status_possible_deeds15)
    *("وضعیت", "آخرین وضعیت", "سرنوشت"),
    # "جزئیات": kept though the details of talks may tell talks held
    # (REVIEW88 finding 8): without it events_train fa test fell (mendC89)
    *("جزئیات", "جزییات", "جزئیاتی از", "جزییاتی از", "چشم‌انداز", "چشم انداز"),
    # the talks as a post's complement ("هماهنگ‌کننده مذاکرات وین گفت")
    *("هماهنگ‌کننده", "هماهنگ کننده", "تنظیم‌کننده", "تنظیم کننده"),
)

# mendB84: the negated willingness ("هیچ تمایلی به مذاکره … ندارد") names
# no deed done either.
TOPIC_MARKERS = TOPIC_MARKERS + ("تمایلی به", "تمایلی برای")

# doer83: how a bombing's noun begins ("انفجار", "بمب‌گذاری", "حمله
# انتحاری"): a state's army or police that announce the deed by its noun
# only tell it ("پلیس از کشته شدن ۱۰ نفر در انفجار خبر داد"), as a ministry
# does (``announcers``). A bare "حمله" or "کشته شدن" may be their own.
ANNOUNCED_BOMBINGS: tuple[str, ...] = (
    *("انفجار", "بمب گذاری", "بمب‌گذاری", "بمبگذاری", "خودروی بمب"),
    *("حمله انتحاری", "حملات انتحاری", "عملیات انتحاری"),
)
# bystander84: how a toll begins ("شمار کشته‌شدگان انفجار", "آمار قربانیان"):
# a speaker telling a bombing's toll tells it (``announcers``).
ANNOUNCED_TOLLS: tuple[str, ...] = tuple(
    f"{n} {d}"
    for n in ("شمار", "آمار", "تعداد")
    for d in ("کشته‌شدگان", "کشته شدگان", "قربانیان", "تلفات", "مجروحان")
)

# mendA86: words after which a person named drives or owns the vehicle that
# ran someone over ("توسط خودروی شهرک‌نشینان زیر گرفته شد"): a doer who may
# mean it, so no accident is told (``extract/driven``). Only the vehicle
# itself: a bare "توسط"/"از سوی" names a court or a side in a sentence whose
# disaster cue is a month's name ("بهمن").
DRIVER_MARKERS: tuple[str, ...] = ("خودروی", "خودروهای", "ماشین", "کامیون", "اتوبوس")

# frame89: talks named as where a post is held ("نماینده روسیه در مذاکرات
# وین گفت", "میانجی در روند قبلی مذاکرات"): a post noun, up to three words,
# "در" and the talks noun name the holder, not a round of talks held; a word
# of taking part near by keeps the talks told ("هیئت ایرانی در مذاکرات وین
# شرکت کرد"; ``named_topic._post_in_talks``).
TALKS_POSTS: tuple[str, ...] = (
    *("نماینده", "نمایندگان", "فرستاده", "فرستاده‌ی", "میانجی", "میانجی‌ها"),
    *("مذاکره‌کننده", "مذاکره‌کنندگان", "کننده", "کنندگان", "هیئت", "هیات"),
    *("حاضر", "حاضران"),
)
TALKS_POST_PREPS: tuple[str, ...] = ("در",)
TALKS_TAKING_PART: tuple[str, ...] = (
    *("شرکت", "حضور", "مشارکت", "شرکت‌کرد", "حاضر شد"),
    # returning to the talks or sending someone to them is taking part
    *("بازگشت", "بازگشتند", "برگشت", "اعزام", "فرستاد", "فرستادند"),
    # mendE90: phrases are matched too ("حاضر شد"); a deed the post's holders
    # do in the talks tells them held
    *("حاضر شدند", "حاضر بود", "حاضر بودند", "به توافق رسید", "به توافق رسیدند"),
    *("توافق کردند", "مبادله کرد", "مبادله کردند", "ارائه کرد", "ارائه کردند"),
    *("امضا کرد", "امضا کردند", "پیشنهاد کرد", "پیشنهاد کردند", "مطرح کرد", "مطرح کردند"),
)
# mendE90: words of saying after the talks noun: the words after them tell
# what was said ("… said both sides agreed"), no taking part.
TALKS_SPEECH: tuple[str, ...] = ("گفت", "گفتند", "افزود", "افزودند", "نوشت", "نوشتند", "اعلام")

# agentsar91: posts held abroad: a place right after officials so named
# ("دیپلمات‌های ایرانی در کابل") is where they serve, not their country
# (``participants._Sentence._placed_right_after``).
ABROAD_POSTS: tuple[str, ...] = (
    *("دیپلمات", "دیپلماتها", "دیپلمات‌ها", "دیپلماتهای", "دیپلمات‌های", "سفیر", "سفرای"),
    *("نماینده", "نمایندگی", "کنسول", "کاردار", "هیئت", "فرستاده"),
)

# mendA92: a conjunction written after a comma opens a new clause rather than
# ending a list of two ("talks … with the participation of China, and the
# United States criticised them"); after a list of three it is an Oxford
# comma ("Britain, the US, and Canada") (extract/list_clause.py).
CLAUSE_COMMA_JOINERS: tuple[str, ...] = ("و",)

# faparties94: a relative clause on a deed of force that tells its toll
# ("مسئول حمله‌ای دانستند که طی آن ده غیرنظامی کشته شدند", "حمله به کشتی که
# منجر به کشته شدن دو خدمه شد"): the death is the deed itself, and those who
# blamed or told of the deed are no killers (``extract/tolls``).
TOLL_OPENERS: tuple[str, ...] = tuple(
    f"که {tail}"
    for tail in (
        *("طی آن", "در آن", "در جریان آن", "در پی آن", "در اثر آن", "بر اثر آن"),
        *("منجر به", "باعث"),
    )
)

# faparties96: nouns of exchange or relations whose partner after "با" is
# what a call or a welcome is about, no side ("خواستار تمدید معافیت‌ها در
# رابطه با تجارت نفت با ایران شد"; extract/relation_partners.py).
RELATION_NOUNS: tuple[str, ...] = (
    *("تجارت", "روابط", "رابطه", "مناسبات", "مبادلات", "معاملات", "مراودات"),
    *("داد‌وستد", "دادوستد", "تبادلات"),
)

# doers98: the words that name a group after its descriptor in a doer's
# phrase ("توسط عناصر گروه تروریستی موسوم به …", "توسط گروهی به نام …"): the
# name after the link is the descriptor's, so the marker before the
# descriptor ("توسط") marks it as the doer (extract/doers.py)
NAMING_LINKS: tuple[str, ...] = ("موسوم به", "معروف به", "به نام", "با نام")
# mendD99: none; the Persian links are no verbs, and after "که" they still
# name the head ("توسط افرادی که موسوم به جیش العدل هستند")
NAMING_BREAKS: tuple[str, ...] = ()

# doers98: a title a person feigns ("با جعل عنوان مامور
# پلیس", "جعل هویت") or claims to be ("خود را به جای افسر پلیس") is no side
# (extract/claimed_identity.py): the words of feigning reach a few words on
FEIGNING_CUES: tuple[str, ...] = ("جعل عنوان", "جعل هویت", "خود را به جای", "خودش را به جای")
CLAIMED_BEING_CUES: tuple[str, ...] = ()
# mendD99: the word joining a feigned title to the body it is of ("ضابط في
# الجيش الأردني", "an officer of the army"): the body is feigned too
TITLE_COMPLEMENT_LINKS: tuple[str, ...] = ("در",)

# senses101: what is searched for is sought, not had ("ایران و چین در
# جستجوی نقشه راه جدیدی هستند"): a deed noun right after is an aim, as Arabic
# "البحث عن" and English "looking for". Not "به دنبال" nor "در پی": they are
# also "after, following" ("به دنبال حمله به نفتکش", a deed done).
TOPIC_MARKERS = TOPIC_MARKERS + tuple(
    f"{at}{search}"
    for at in ("در ", "به ", "")
    for search in ("جستجوی", "جست‌وجوی", "جست و جوی", "جستوجوی")
)

# sides101: words written between a title holder's mention and his name
# ("امیر کویت شیخ صباح الاحمد"), or between a named leader and the title of
# the next one in a list ("… حسن روحانی، رئیس‌جمهور روسیه ولادیمیر پوتین و
# …": the title the next state's mention does not hold). A list of titled,
# named leaders stays one list (``coordination._after_repeat``,
# ``_titled_next``); matched word by word.
HOLDER_NAME_LEADS: tuple[str, ...] = (
    *("شیخ", "آقای", "خانم", "دکتر", "آیت‌الله", "حجت‌الاسلام", "سردار", "سرلشکر"),
    *("امیر", "ملک", "سلطان", "شاهزاده", "ژنرال", "پادشاه", "ولیعهد", "ولی‌عهد"),
    *("رئیس‌جمهور", "رئیس‌جمهوری", "رییس‌جمهور", "نخست‌وزیر", "صدراعظم", "وزیر", "امور"),
    *("خارجه", "خارجهٔ", "دفاع", "دبیرکل"),
)

# missing104: the groups of states of the nuclear talks, one name each
# (``lang/xx/blocs.BLOC_MEMBERS``): "مذاکرات ایران و ۱+۵" has seven sides.
BLOC_NAMES: dict[str, tuple[str, ...]] = {
    "P5+1": ("۱+۵", "۵+۱", "گروه ۵ بعلاوه یک", "گروه ۵ به اضافه یک", "پنج بعلاوه یک"),
    "P4+1": ("۱+۴", "۴+۱", "گروه ۴ بعلاوه یک", "گروه ۴ به اضافه یک", "چهار بعلاوه یک"),
}
# Words before a group's name that take some of its members, not all
# ("برخی کشورهای ۱+۵"): no member is a side (``lexicon._context_entries``).
BLOC_PARTIAL_BEFORE: tuple[str, ...] = (
    "برخی کشورهای", "برخی از کشورهای", "بعضی کشورهای", "بعضی از کشورهای",
    "یکی از کشورهای", "برخی اعضای", "برخی از اعضای", "یکی از اعضای",
)  # fmt: skip

# missing105: a relative clause on a text a side issued ("بیانیه گروه هفت، که
# ایران را مسئول حمله دانسته"): the clause's subject is the text, so the side
# that issued it (named right after the noun) did what the clause tells, and
# whoever the main clause names (the one who welcomed or cited it) did not
# (``extract/authored_clause.py``). Only the clause whose sides inside are
# all marked objects ("ایران را"): a side unmarked there is its own subject.
AUTHORED_NOUNS: tuple[str, ...] = (
    *("بیانیه", "گزارش", "نامه", "قطعنامه", "اطلاعیه", "پیام", "اعلامیه"),
)
AUTHORED_CLAUSE_RELATIVES: tuple[str, ...] = ("که",)

# mendB105: a deed ruled out ends at a word of time ("جایی برای مذاکره پس
# از حمله آمریکا …": the attack is told).
RULED_OUT_STOPS: tuple[str, ...] = ("پس از", "بعد از")

# nonevent106: words of concern. Their clause naming a disaster or an
# accident (``status.DISASTER_CUES``) and no one's deed, the concern is
# sympathy, no accusation (extract/disaster_concern.py): "از وقوع سیل در
# پاکستان ابراز نگرانی کرد". Not "محکوم", read as ever.
CONCERN_WORDS: tuple[str, ...] = ("نگرانی", "نگران", "ابراز نگرانی")
# nonevent106: disaster cues that name the people struck, not the disaster:
# concern about them ("از وضعیت بیماران ابراز نگرانی") may be about a deed.
CONCERN_NOT_DISASTERS: tuple[str, ...] = ("بیمار", "بیماران", "مبتلا", "مبتلایان")
# mend106 (review105a F3): a teller named after an announcement opener
# (``status.ANNOUNCER_CUES``: "طبق اعلام عفو بین‌الملل، …") taken up again by
# "this organisation" or "this agency" after a noun of what it has ("دفتر
# این سازمان", "خبرنگار این خبرگزاری"): the teller is the deed's target
# there, not its teller only (``sources._taken_up``).
TELLER_ANAPHORS: tuple[str, ...] = tuple(
    f"{head} {anaphor}"
    for head in (
        "دفتر",
        "دفاتر",
        "مقر",
        "ساختمان",
        "کارکنان",
        "کارمندان",
        "اعضای",
        "فعالان",
        "پژوهشگر",
        "پژوهشگران",
        "مدیر",
        "خبرنگار",
        "خبرنگاران",
        "سایت",
        "وب‌سایت",
    )
    for anaphor in (
        "این سازمان",
        "این نهاد",
        "این خبرگزاری",
        "این رسانه",
        "این شبکه",
        "این روزنامه",
    )
)
# codes106: a word of saying right after a place closes the teller's clause
# ("یک سازمان حقوق بشری در سئول گفت کره شمالی هزار نفر را اعدام کرده
# است"): the place is the teller's, and lends no country to the agents of
# what is told (``participants._Sentence._teller_place``).
TELLER_SPEECH: tuple[str, ...] = ("گفت", "گفتند", "اعلام", "افزود", "نوشت", "مدعی")
# mendD106 (review106b F4): a noun of the teller's kind between the teller
# and the anaphor ("به دفتر یک سازمان حقوق بشری یورش بردند و دفاتر این سازمان را بستند") is
# what the anaphor takes up, not the teller (``sources._taken_up``).
TELLER_KINDS: tuple[str, ...] = ("سازمان", "انجمن", "نهاد")

# swap107: a request's noun whose genitive asked it ("وزیر خارجه قطر از
# درخواست عربستان … استقبال کرد", "با تشکر از دعوت رئیس جمهور ترکمنستان"):
# the genitive comes first, before who welcomes or rejects it
# (extract/request_genitive.py: asker_first); an adjective may stand between
# ("طبق درخواست قبلی دولت بلاروس"). Not "خواست", a verb as often as a noun.
# An invitation's genitive may be whom it invites ("دعوت مردم به حضور"):
# read only for a state, its body or an office holder.
ASKER_GENITIVE_NOUNS: tuple[str, ...] = (
    *("درخواست", "درخواست‌های", "درخواستهای", "تقاضای", "مطالبه", "دعوت"),
)
# Single-example data (diffread72 F12): "قبلی" rests on one corpus
# sentence (doc 11805), "رسمی" on a test sentence of mendB107; neither is
# drawn from a survey of the adjectives that stand there.
ASKER_GENITIVE_LINKS: tuple[str, ...] = ("قبلی", "رسمی")
INVITED_GENITIVE_NOUNS: tuple[str, ...] = ("دعوت",)
# mendB107: where the invitation's noun names the act of inviting, its
# genitive is the guest (extract/request_genitive.py: _inviting_act): an
# announcement after it ("کرملین از دعوت رئیس جمهور ایران … خبر داد"), a
# decision before it, or a destination of another state after the genitive
# ("برای سفر به مسکو").
INVITING_ACT_VERBS: tuple[str, ...] = ()
# Single-example data (diffread72 F12): the forms of "خبر داد" rest on one
# sentence of review107a and mendB107's tests; other verbs of announcing
# are not listed.
INVITING_ACT_AFTER: tuple[str, ...] = ("خبر داد", "خبر دادند", "خبر می‌دهد")
INVITED_DESTINATION_MARKERS: tuple[str, ...] = ("به",)

# ---- gov108: a government still to be formed (extract/formed_government.py) ----
# "درباره تشکیل دولت جدید مذاکره کردند", "ایجاد یک دولت فراگیر", "باید دولت
# فراگیر تشکیل شود": the government is asked for or talked about, no side.
FORMING_WORDS: tuple[str, ...] = ("تشکیل", "ایجاد")
# Words that may stand between the forming word and the noun ("تشکیل یک دولت").
FORMING_FILLERS: tuple[str, ...] = ("یک",)
# "حکومتی": the indefinite noun ("تشکیل حکومتی فراگیر"); "دولتی" is never
# read as the government (a blocker: "رسانه دولتی").
FORMED_GOVERNMENT_NOUNS: tuple[str, ...] = ("دولت", "حکومت", "کابینه", "حکومتی")
# Passive light verbs after a forming noun written after the government,
# only subjunctive and future ("دولت فراگیر تشکیل شود", "… تشکیل می‌شود",
# "… تشکیل خواهد شد"): a past one ("دولت جدید تشکیل شد", "دولت تازه تشکیل
# شده") is a government formed, which exists and may act (mendA108). An
# active one ("دولت کمیته‌ای تشکیل داد", "… تشکیل خواهد داد") is the
# government forming something, so the future is the two words together
# (mendF108). "می‌شود" is read by its "شود" (the ZWNJ is a space once
# normalised).
FORMED_AFTER_VERBS: tuple[str, ...] = ("شود", "بشود", "نشود", "گردد", "خواهد شد", "خواهد گردید")
# Endings written after a ZWNJ, a word of their own once normalised
# ("کمیته‌ای", "دولت‌های"): not counted as a modifier between the noun and
# the forming noun after it (mendF108).
FORMING_DETACHED_ENDINGS: tuple[str, ...] = ("ای", "ها", "های", "هایی", "ی")
# mendA108: a formation one welcomes, congratulates on, praises or condemns
# has happened ("از تشکیل دولت جدید استقبال کرد", "تشکیل دولت را محکوم
# کرد"): that government exists and is the side.
FORMATION_REACTIONS: tuple[str, ...] = ("استقبال", "تبریک", "تمجید", "ستایش", "محکوم")
# Leads of time or task right before the forming word: "پس از تشکیل دولت"
# (one formed), "نخست وزیر مامور تشکیل کابینه" (the designate's country).
# "مأمور" folds to "مامور" (one entry, mendF108). No FORMING_LEAD_FILLERS:
# Persian has no article to stand between "پس از" and "تشکیل".
FORMING_LEADS: tuple[str, ...] = ("پس از", "بعد از", "از زمان", "مامور", "مکلف")

# teller111 (extract/framed_teller.py): a deed's noun in a topic phrase of a
# teller's clause ("X درباره حمله به نفتکش گفت"): X tells the deed, no side.
# Counted on the corpus output: 35 fa deeds of force after a topic phrase.
TOLD_DEED_TOPICS: tuple[str, ...] = (
    "درباره",
    "در باره",
    "در مورد",
    "در خصوص",
    "در رابطه با",
)
# mendD111: not "پیرامون", as often a place ("پیرامون فلوجه مستقر شدند").
# The teller's verb of saying ends its clause ("X درباره حمله … گفت").
TELLER_FINAL_VERB = True
# What opens a reported clause and ends the teller's part ("X گفت که Y
# درباره …": Y's words). No subject pointing back is read after the deed: the
# final verb stands between.
TELLER_PART_ENDS: tuple[str, ...] = ("که",)
# Joins several blamed together ("آمریکا و اسرائیل را مسئول …").
BLAMED_JOINS: tuple[str, ...] = ("و",)
# Slots of blame right before a deed's noun, held by the one named before
# them, the deed's doer ("ایران را مسئول حمله … دانستند"); "مسئولیت … را بر
# عهده گرفت" (claimed it) is no slot. "opener…slot": the opener must stand
# before the one blamed (none in Persian: "را" marks the one blamed).
BLAMED_DEED_SLOTS: tuple[str, ...] = (
    "را مسئول",
    "را مسؤول",
    "را عامل",
    "را مقصر",
)
# Words right after the deed's noun that point back to the teller: its own deed.
TELLER_OWN_WORDS: tuple[str, ...] = ("خود", "خویش", "ما")
