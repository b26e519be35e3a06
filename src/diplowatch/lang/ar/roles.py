"""Arabic titles that mark a person's role, words for "counterpart" and "both sides",
and institutions that stand for their state.

Titles are base forms: the matcher allows attached prefixes (و ف ب ل ال ...).
Feminine forms are listed because ة changes the word.  Longer phrases are listed
too, so the longest match picks the most specific role ("نائب وزير الخارجية" is a
deputy minister, not a foreign minister).
"""

from __future__ import annotations

# A deputy prime minister's titles: a minister's role here, and in
# context.FINER_POST_TITLES a post a finer one chained to it names more closely.
DEPUTY_PRIME_MINISTER_TITLES: tuple[str, ...] = (
    "نائب رئيس الوزراء",
    "نائبة رئيس الوزراء",
    "نائب رئيس وزراء",
    "نائبة رئيس وزراء",
    "نائب رئيس الحكومة",
    "نائبة رئيس الحكومة",
    "نائب رئيس حكومة",
    "نائب رئيس مجلس الوزراء",
    "نائبة رئيس مجلس الوزراء",
    "نائب الوزير الأول",
    "النائب الأول لرئيس الوزراء",
)

# role -> title phrases
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "ambassador": (
        "سفير",
        "سفيرة",
        "السفير",
        "السفيرة",
        "سفراء",
        "القائم بالأعمال",
        "القائمة بالأعمال",
        "القنصل العام",
        "قنصل",
        # mendG95 (review94a 7): the plural consuls, as "سفراء" beside "سفير"
        "قناصل",
    ),
    "business": (
        "الرئيس التنفيذي",
        "الرئيسة التنفيذية",
        "المدير التنفيذي",
        "المدير العام لشركة",
        "رئيس شركة",
        "رئيس مجلس إدارة",
        "رئيسة مجلس إدارة",
        "رئيس مجموعة",
        # the Maghreb's "président-directeur général" heads a company, public
        # or private ("الرئيس المدير العام للبريد التونسي")
        "الرئيس المدير العام",
        "الرئيسة المديرة العامة",
        "رئيس مدير عام",
        "رئيسة مديرة عامة",
        "المدير العام للشركة",
        "المديرة العامة لشركة",
        "رجل الأعمال",
        "رجال الأعمال",
        # roles85: a billionaire is a business person, not the state (nor an
        # official by a prince's title written beside it)
        "الملياردير",
        "ملياردير",
        "المليارديرة",
        "مليارديرة",
        "سيدة الأعمال",
        "رئيس غرفة التجارة",
        "رئيس اتحاد الصناعة والتجارة",
    ),
    "deputy_minister": (
        "نائب وزير",
        "نائبة وزير",
        "نائب وزير الخارجية",
        "نائبة وزير الخارجية",
        "مساعد وزير",
        "مساعدة وزير",
        "مساعد وزير الخارجية",
        "وكيل وزارة",
        "وكيلة وزارة",
        "وكيل وزارة الخارجية",
        "كاتب الدولة",
        "كاتبة الدولة",
        "كاتب دولة",
        "وزير الدولة",
        "وزيرة الدولة",
        "وزير دولة",
    ),
    "foreign_minister": (
        "وزير الخارجية",
        "وزيرة الخارجية",
        "وزير الشؤون الخارجية",
        "وزيرة الشؤون الخارجية",
        "وزير الخارجية والتعاون الدولي",
        "وزير الخارجية والمغتربين",
        "وزير الشؤون الخارجية والتعاون الدولي",
        "وزير الخارجية والتعاون الإفريقي",
        "وزير الدولة للشؤون الخارجية",
        "وزيرة الدولة للشؤون الخارجية",
        "وزير الشؤون الخارجية والهجرة والتونسيين بالخارج",
        "وزير خارجية",
        "وزيرة خارجية",
        "وزراء خارجية",
        "وزراء الخارجية",
        # two of them, in the dual ("اجتمع وزيرا خارجية مصر والأردن")
        "وزيرا خارجية",
        "وزيري خارجية",
        "وزيرا الخارجية",
        "وزيري الخارجية",
        "رئيس الدبلوماسية",
        "رئيسة الدبلوماسية",
        "كبير الدبلوماسيين",
    ),
    "head_of_government": (
        "رئيس الوزراء",
        "رئيسة الوزراء",
        "رئيس وزراء",
        "رئيسة وزراء",
        "رئيس مجلس الوزراء",
        "رئيسة مجلس الوزراء",
        "رئيس الحكومة",
        "رئيسة الحكومة",
        "رئيس حكومة",
        "المستشار الألماني",
        "المستشارة الألمانية",
        "المستشار النمساوي",
        "الوزير الأول",
        "الوزيرة الأولى",
    ),
    "head_of_state": (
        "رئيس",
        "رئيسة",
        "الرئيس",
        "الرئيسة",
        "رئيس الجمهورية",
        "رئيسة الجمهورية",
        "رئيس الدولة",
        "رئيس دولة",
        "الملك",
        "ملك",
        "الملكة",
        "العاهل",
        "عاهل",
        "خادم الحرمين الشريفين",
        # "أمير قطر", "أمير الكويت": the emir of a state; "الأمير" before a
        # name is a prince ("الأمير فيصل بن بندر"), see "official"
        "أمير",
        "أمير دولة",
        "السلطان",
        "سلطان",
        "المرشد الأعلى",
        "زعيم",
        "زعيمة",
        # tri29b: "leaders of the states of" ("زعماء دول الخليج"), as English
        # "the leaders of" and Persian "رهبران" are read; bare "قادة" is also
        # commanders, and bare "زعماء" or "قادة دول" lowered held-out pairs
        "زعماء دول",
        "مرشد الثورة",
        "قائد الثورة",
        "الإمبراطور",
        "الحاكم العام",
        "رئيس المجلس الرئاسي",
        "رئيس مجلس السيادة",
    ),
    "legislator": (
        "رئيس البرلمان",
        "رئيسة البرلمان",
        "رئيس مجلس النواب",
        "رئيسة مجلس النواب",
        "رئيس مجلس نواب الشعب",
        "رئيس مجلس الشعب",
        "رئيس مجلس الشورى",
        "رئيس مجلس الشيوخ",
        "رئيس مجلس الأمة",
        "رئيس المجلس الوطني",
        "رئيس الجمعية الوطنية",
        "رئيس الكنيست",
        "رئيس مجلس العموم",
        "رئيس لجنة الشؤون الخارجية",
        "رئيس لجنة العلاقات الخارجية",
        "النائب",
        "النائبة",
        "نائب في البرلمان",
        "عضو البرلمان",
        "عضو مجلس النواب",
        "عضو مجلس الشيوخ",
        "عضو مجلس الشورى",
        "عضو مجلس الأمة",
        "عضو مجلس نواب الشعب",
        "عضو الكونغرس",
        "عضو الكونجرس",
        "السيناتور",
        "نواب",
        "برلماني",
        "برلمانية",
        "وفد برلماني",
        "رئيس كتلة",
        "رئيسة كتلة",
        "رئيس الكتلة",
        "رئيسة الكتلة",
        "رئيس الكتلة النيابية",
        "رئيس الكتلة البرلمانية",
        "رئيس كتلة نيابية",
        "النائب عن",
        "النائبة عن",
        "نائبة في البرلمان",
        "عضو الكنيست",
        "أعضاء الكنيست",
        "أعضاء مجلس النواب",
        "أعضاء الكونغرس",
        "أعضاء مجلس الشيوخ",
        "رئيس مجلس الدوما",
        "رئيس مجلس الأعيان",
        "رئيس مجلس المستشارين",
    ),
    "minister": (
        "وزير",
        "وزيرة",
        "الوزير",
        "الوزيرة",
        "وزراء",
        "وزير الدفاع",
        "وزيرة الدفاع",
        "وزير الداخلية",
        "وزير المالية",
        "وزيرة المالية",
        "وزير الاقتصاد",
        "وزير التجارة",
        "وزير الصناعة",
        "وزير الطاقة",
        "وزير النفط",
        "وزير الصحة",
        "وزير الزراعة",
        "وزير النقل",
        "وزير السياحة",
        "وزير التربية",
        "وزير التعليم العالي",
        "وزير الثقافة",
        "وزير الاستثمار",
        "وزير التنمية",
        "وزير العدل",
        "وزير الخزانة",
        "وزيرة الخزانة",
        # a deputy prime minister sits in the cabinet; he heads no government
        *DEPUTY_PRIME_MINISTER_TITLES,
    ),
    "official": (
        # next in line or second in office: senior officials, not the head
        "ولي العهد",
        "ولي ولي العهد",
        # a prince by birth, or a province's governor ("أمير منطقة الرياض"):
        # no head of state (an emir in office is named by the offices table)
        "الأمير",
        "أمير منطقة",
        "أمير المنطقة",
        # a prince's style: "الملكي" (royal) in it names no king
        "صاحب السمو الملكي",
        "نائب الرئيس",
        "نائبة الرئيس",
        "المتحدث باسم",
        "المتحدثة باسم",
        "الناطق باسم",
        "الناطقة باسم",
        "الناطق الرسمي",
        "المتحدث الرسمي",
        "متحدث باسم",
        "متحدثة باسم",
        "المبعوث",
        "المبعوثة",
        "مبعوث",
        "مبعوثة",
        "المبعوث الخاص",
        "الممثل الخاص",
        "الممثل السامي",
        "الممثلة السامية",
        "الأمين العام",
        "الأمينة العامة",
        "أمين عام",
        "نائب الأمين العام",
        "المدير العام",
        "المديرة العامة",
        "مستشار",
        "مستشارة",
        "مستشار الأمن القومي",
        # agents27ar: the national security adviser by his other name, and
        # his council: the head of state's staff, not the security services
        "مستشار الأمن الوطني",
        "مستشارة الأمن القومي",
        "مستشارة الأمن الوطني",
        "كبير المفاوضين",
        "رئيس الوفد",
        "رئيسة الوفد",
        "محافظ البنك المركزي",
        "محافظة البنك المركزي",
        # agents20: the Levant's "governor" of a central bank, its state
        # named inside ("حاكم مصرف سوريا المركزي", "حاكم مصرف لبنان")
        "حاكم مصرف",
        "حاكم البنك المركزي",
        "حاكم المصرف المركزي",
        "حاكمة مصرف",
        "محافظ",
        # heads of provinces and towns: officials of the state, whatever
        # "رئيس" alone would make of them
        "رئيس بلدية",
        "رئيسة بلدية",
        "رئيس البلدية",
        "رئيسة البلدية",
        "رئيس المجلس البلدي",
        "رئيس مجلس محافظة",
        "رئيس مجلس المحافظة",
        "عمدة",
        "العمدة",
        "حاكم ولاية",
        "حاكمة ولاية",
        "حاكم الولاية",
        "حاكم إقليم",
        "حاكم مقاطعة",
        "والي",
        "الوالي",
        "والي ولاية",
        "قائمقام",
        "القائمقام",
        # candidates for office stand for their party (TITLE_AGENTS)
        "المرشح الرئاسي",
        "المرشحة الرئاسية",
        "مرشح الرئاسة",
        "المرشح للرئاسة",
        "المرشحة للرئاسة",
        "المرشح الجمهوري",
        "المرشحة الجمهورية",
        "المرشح الديمقراطي",
        "المرشحة الديمقراطية",
        "رئيس المفوضية",
        "رئيسة المفوضية",
        # agents44fa: a special rapporteur of an IGO is its official, as
        # Persian "گزارشگر ویژه". Not "المفوض" (commissioner), as Persian
        # "کمیسر": the matcher reads it in "المفوضية" (commission)
        "مقرر خاص",
        "المقرر الخاص",
        "المقررة الخاصة",
        "رئيس الأركان",
        "قائد الجيش",
        "قائد القوات",
        "قائد القوات المسلحة",
        "قائد الشرطة",
        "مدير الأمن",
        "مدير عام الأمن الوطني",
        "رئيس جهاز المخابرات",
        "مدير المخابرات",
        "مسؤول",
        "مسؤولة",
        "المسؤول",
        "مسؤولون",
        "مسؤولين",
        "دبلوماسي",
        "دبلوماسية",
        "الدبلوماسي",
        "الملحق الثقافي",
        "الملحق الإعلامي",
        "الملحق التجاري",
        "رئيس البعثة",
        "رئيسة البعثة",
        "رئيس هيئة الأركان",
        "رئيس أركان الجيش",
        "رئيس الأركان العامة",
        "قائد القوات البرية",
        "قائد القوات الجوية",
        "قائد القوات البحرية",
        "قائد سلاح الجو",
        "قائد المنطقة العسكرية",
        "المتحدث العسكري",
        "الناطق العسكري",
        "مدير الشرطة",
        "مدير عام الشرطة",
        "قائد شرطة",
        "رئيس جهاز الأمن",
        "رئيس المخابرات",
        "رئيس الاستخبارات",
        "مدير الاستخبارات",
        "قائد الدرك",
        "قائد الحرس الوطني",
        "نقيب الصحفيين",
        "نقيب المحامين",
        "عميد المحامين",
        "رئيس هيئة المحامين",
        "رئيس النقابة",
        "رئيس نقابة",
        "الأمين العام للنقابة",
        "رئيس الجامعة",
        "رئيس جامعة",
        "عميد كلية",
        "رئيس الغرفة التجارية",
        "رئيس اتحاد رجال الأعمال",
        # aragents18: the head of a hospital speaks for its staff (HLH)
        "مدير مستشفى",
        "مدير المستشفى",
        "مديرة مستشفى",
        "مديرة المستشفى",
        # and the commander of an army's command is its officer (MIL)
        "قائد القيادة المركزية",
    ),
    "party_leader": (
        "رئيس حزب",
        "رئيسة حزب",
        "زعيم حزب",
        "زعيمة حزب",
        "زعيم المعارضة",
        "زعيمة المعارضة",
        "زعماء المعارضة",
        # agents20: the head of an opposition party is the opposition's
        "زعيم حزب المعارضة",
        "رئيس حزب المعارضة",
        "زعيم أكبر أحزاب المعارضة",
        "رئيس أكبر أحزاب المعارضة",
        "الأمين العام لحزب",
        "الأمين العام للحزب",
        "رئيس الحركة",
        "رئيس حركة",
        "عضو المكتب السياسي",
        "رئيس المكتب السياسي",
        "زعيم الحركة",
        "رئيسة الحركة",
    ),
}

# Titles that name their own agent rather than their role's ("رئيس الأركان"
# is an official of the army, "زعيم المعارضة" of the opposition).
TITLE_AGENTS: dict[str, str] = {
    "رئيس الأركان": "MIL",
    "قائد الجيش": "MIL",
    "قائد القوات": "MIL",
    "قائد القوات المسلحة": "MIL",
    "زعماء المعارضة": "OPP",
    "رئيس جهاز المخابرات": "COP",
    "مدير المخابرات": "COP",
    "قائد الشرطة": "COP",
    "مدير الأمن": "COP",
    "مدير عام الأمن الوطني": "COP",
    "زعيم المعارضة": "OPP",
    "زعيمة المعارضة": "OPP",
    "زعيم حزب المعارضة": "OPP",
    "رئيس حزب المعارضة": "OPP",
    "زعيم أكبر أحزاب المعارضة": "OPP",
    "رئيس أكبر أحزاب المعارضة": "OPP",
    "رئيس هيئة الأركان": "MIL",
    "رئيس أركان الجيش": "MIL",
    "رئيس الأركان العامة": "MIL",
    "قائد القوات البرية": "MIL",
    "قائد القوات الجوية": "MIL",
    "قائد القوات البحرية": "MIL",
    "قائد سلاح الجو": "MIL",
    "قائد المنطقة العسكرية": "MIL",
    "المتحدث العسكري": "MIL",
    "الناطق العسكري": "MIL",
    "مدير الشرطة": "COP",
    "مدير عام الشرطة": "COP",
    "قائد شرطة": "COP",
    "رئيس جهاز الأمن": "COP",
    "رئيس المخابرات": "COP",
    "رئيس الاستخبارات": "COP",
    "مدير الاستخبارات": "COP",
    "قائد الدرك": "COP",
    "قائد الحرس الوطني": "COP",
    "نقيب الصحفيين": "MED",
    "نقيب المحامين": "NGO",
    "عميد المحامين": "NGO",
    "رئيس هيئة المحامين": "NGO",
    "رئيس النقابة": "LAB",
    "رئيس نقابة": "LAB",
    "الأمين العام للنقابة": "LAB",
    "رئيس الجامعة": "EDU",
    "رئيس جامعة": "EDU",
    "عميد كلية": "EDU",
    "رئيس الغرفة التجارية": "BUS",
    "رئيس اتحاد رجال الأعمال": "BUS",
    "مدير مستشفى": "HLH",
    "مدير المستشفى": "HLH",
    "مديرة مستشفى": "HLH",
    "مديرة المستشفى": "HLH",
    "قائد القيادة المركزية": "MIL",
    "المرشح الرئاسي": "PTY",
    "المرشحة الرئاسية": "PTY",
    "مرشح الرئاسة": "PTY",
    "المرشح للرئاسة": "PTY",
    "المرشحة للرئاسة": "PTY",
    "المرشح الجمهوري": "PTY",
    "المرشحة الجمهورية": "PTY",
    "المرشح الديمقراطي": "PTY",
    "المرشحة الديمقراطية": "PTY",
}

# agents20: a state's minister written with its possessive on the ministry
# ("قالت إيران إن وزير خارجيتها سيزور", "رئيس وزرائها"): the owner's office,
# named before it (``mention_scan``, ``participants``). The clitic sits on
# the second word of the construct, so these are listed whole.
_OWNER_CLITICS = ("ها", "ه", "هم", "هما")
POSSESSED_TITLES: dict[str, tuple[str, ...]] = {
    "foreign_minister": tuple(
        f"{title} {ministry}{c}"
        for title in ("وزير", "وزيرة")
        for ministry in ("خارجيت",)
        for c in _OWNER_CLITICS
    ),
    "minister": tuple(
        f"{title} {ministry}{c}"
        for title in ("وزير", "وزيرة")
        for ministry in ("دفاع", "داخليت", "ماليت", "اقتصاد", "خزانت", "عدل")
        for c in _OWNER_CLITICS
    ),
    "head_of_government": tuple(
        f"{title} {body}{c}"
        for title in ("رئيس", "رئيسة")
        for body in ("وزرائ", "حكومت")
        for c in _OWNER_CLITICS
    ),
}

# "his counterpart" and its forms: the actor is the other side of the meeting.
COUNTERPART_WORDS: tuple[str, ...] = (
    "نظير",
    "نظيره",
    "نظيرها",
    "نظيرته",
    "نظيرتها",
    "نظيريه",
    "نظرائه",
    "نظرائها",
    "نظرائهم",
    "نظيريهما",
    "نظيرتيه",
)

# Phrases that refer back to the document's main pair of actors.
BOTH_SIDES_WORDS: tuple[str, ...] = (
    "الجانبان",
    "الجانبين",
    "البلدان",
    "البلدين",
    "الطرفان",
    "الطرفين",
    "الدولتان",
    "الدولتين",
    "الحكومتان",
    "الحكومتين",
    "البلدين الشقيقين",
    "البلدين الصديقين",
    "كلا البلدين",
    "كلا الجانبين",
)

# Institutions that stand for their state; the engine takes the state from an adjacent
# country word or adjective ("وزارة الخارجية الإيرانية").
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "central_bank": ("البنك المركزي", "المصرف المركزي", "بنك المركزي", "مؤسسة النقد"),
    "embassy": (
        "سفارة",
        "السفارة",
        "القنصلية",
        "القنصلية العامة",
        "البعثة الدائمة",
        "البعثة الدبلوماسية",
        # mendB110: its staff, counted or not ("9 موظفا في السفارة
        # البريطانية"), are the embassy's, the state written after it
        # (read as "موظفي السفارة"), not employees of the scene's country
        *(
            f"{staff} {at}{body}"
            for staff in ("موظف", "موظفا", "موظفين", "موظفون")
            for at in ("في ", "ب")
            for body in ("السفارة", "القنصلية", "البعثة الدبلوماسية")
        ),
    ),
    "foreign_ministry": (
        "وزارة الخارجية",
        "وزارة الشؤون الخارجية",
        "الخارجية",
        "وزارة الخارجية والتعاون الدولي",
        "وزارة الخارجية والمغتربين",
    ),
    "government": (
        "الحكومة",
        "حكومة",
        "الرئاسة",
        "رئاسة الجمهورية",
        "رئاسة الحكومة",
        "رئاسة مجلس الوزراء",
        "مجلس الوزراء",
        "السلطات",
        "الديوان الملكي",
        "مجلس الأمن القومي",
        "مجلس الأمن الوطني",
        "البيت الرئاسي",
        "القصر الملكي",
        # gov34: the presidential palace, as Persian "ارگ" and English
        # "presidential palace"
        "القصر الرئاسي",
        "قصر الرئاسة",
    ),
    "military": (
        "الجيش",
        "القوات المسلحة",
        "وزارة الدفاع",
        "البحرية",
        "سلاح الجو",
        "القوات الجوية",
        "هيئة الأركان",
    ),
    "parliament": (
        "البرلمان",
        "مجلس النواب",
        "مجلس الشعب",
        "مجلس الشورى",
        "مجلس الشيوخ",
        "مجلس الأمة",
        "الجمعية الوطنية",
        "المجلس الوطني",
        # named32: the Knesset, the Commons and the Duma are one state's
        # each by name (``agents.NAMED_GROUPS``), not a body whose state a
        # country word near it tells; so are the Congress and Tunisia's
        # "مجلس نواب الشعب" (agents59ar)
    ),
}


# --- agents12b: delegations of the press ---------------------------------
# A delegation named by its trade meets officials as the parliamentary one
# does ("التقى وفدا إعلاميا تونسيا"): its members are the media (MED), and, as people
# with a title, a party to the meeting, unlike the press that only reports
# an interview (``xx/agents.NOT_PARTY_TO``).
_PRESS_DELEGATIONS: tuple[str, ...] = (
    "وفد إعلامي",
    "وفدا إعلاميا",
    "الوفد الإعلامي",
    "الوفد الصحفي",
    "وفد صحفي",
    "وفدا صحفيا",
    "وفد صحافي",
    "وفدا صحافيا",
    "الوفد الصحافي",
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _PRESS_DELEGATIONS
TITLE_AGENTS.update(dict.fromkeys(_PRESS_DELEGATIONS, "MED"))

# --- agents12b: titles of one state's office --------------------------------
# A title only one state's office bears, with no country word in it: the
# holder is that state's ("أجرى خادم الحرمين الشريفين اتصالا هاتفيا":
# the Saudi king, SAU:GOV). extract/lexicon.py attaches the state.
_ONE_STATE_TITLES: tuple[str, ...] = ("خادم الحرمين الشريفين",)

# --- roles14: members of the two US parties ---------------------------------
# "السيناتور الجمهوري", "النواب الديمقراطيون": the parties are the United
# States' own; the title is that state's where no country is written.
_US_PARTY_LEGISLATORS: tuple[str, ...] = tuple(
    f"{title} {party}"
    for title, parties in (
        ("السيناتور", ("الجمهوري", "الديمقراطي")),
        ("سيناتور", ("جمهوري", "ديمقراطي")),
        ("السيناتورة", ("الجمهورية", "الديمقراطية")),
        ("الشيوخ", ("الجمهوريين", "الديمقراطيين", "الجمهوريون", "الديمقراطيون")),
        ("النواب", ("الجمهوريين", "الديمقراطيين", "الجمهوريون", "الديمقراطيون")),
        ("النائب", ("الجمهوري", "الديمقراطي")),
    )
    for party in parties
)

# --- faactors18: the Leader of Iran's revolution ----------------------------
# "قائد الثورة الإسلامية", "مرشد الثورة" name the office of one state, Iran's
# Leader ("استقبل قائد الثورة الإسلامية رئيس الوزراء الياباني": Iran's head
# of state and Japan's prime minister). Not bare "قائد الثورة" (Libya's
# Gaddafi was one) nor "المرشد الأعلى" (the Muslim Brotherhood's guide).
_IRAN_LEADER_TITLES: tuple[str, ...] = (
    "قائد الثورة الإسلامية",
    "قائد الثورة الاسلامية",
    "مرشد الثورة الإسلامية",
    "مرشد الثورة الاسلامية",
    "مرشد الثورة",
    "المرشد الأعلى للثورة الإسلامية",
    "المرشد الأعلى للثورة الاسلامية",
    # extra31: the Leader named by his state's adjective or its republic
    # ("استقبل المرشد الإيراني …"), as English "Iran's supreme leader" and
    # Persian "رهبر ایران" are read; bare "المرشد" stays the Brotherhood's too
    "المرشد الإيراني",
    "مرشد الجمهورية الإسلامية",
    "مرشد الجمهورية الاسلامية",
)

# --- titles of one state's office, by state and role ------------------------
# Each title above names its holder's state with no country word in it.
# extract/lexicon.py (``role_titles``) adds it to its role's titles where it
# is not there yet and attaches the state (``OF_STATE``).
TITLES_OF_STATE: dict[tuple[str, str], tuple[str, ...]] = {
    ("SAU", "head_of_state"): _ONE_STATE_TITLES,
    # agents59ar: members and heads of the parliaments one state alone
    # calls so (agents.py ``_ONE_STATE_PARLIAMENTS``)
    ("USA", "legislator"): _US_PARTY_LEGISLATORS
    + tuple(f"{t} {b}" for t in ("عضو", "عضوة", "أعضاء") for b in ("الكونغرس", "الكونجرس")),
    ("TUN", "legislator"): tuple(
        f"{t} {b}"
        for t in ("رئيس", "رئيسة", "عضو", "عضوة", "أعضاء", "نائب رئيس")
        for b in ("مجلس نواب الشعب", "المجلس الوطني التأسيسي")
    ),
    ("IRN", "head_of_state"): _IRAN_LEADER_TITLES,
    # names48fa: the secretary of Iran's security council, whose name no
    # other state's council bears in the news (as Persian "دبیر شورای عالی
    # امنیت ملی")
    ("IRN", "official"): ("أمين المجلس الأعلى للأمن القومي",),
}

# senses23: a minister whose portfolio names civil society ("وزير الدولة لشؤون
# المجتمع المدني", Tunisia's "الوزير المكلف بالعلاقات مع الهيئات الدستورية
# والمجتمع المدني") is a member of the government, not an NGO: the whole
# title is one entry, longer than the agent noun inside it.
ROLE_TITLES["minister"] += tuple(
    f"{title} {portfolio}"
    for title in ("وزير", "وزيرة", "الوزير", "الوزيرة", "وزير الدولة", "وزيرة الدولة")
    for portfolio in (
        "المجتمع المدني",
        "لشؤون المجتمع المدني",
        "العلاقات مع المجتمع المدني",
        "العلاقة مع المجتمع المدني",
        "العلاقات مع البرلمان والمجتمع المدني",
        "العلاقة مع الهيئات الدستورية والمجتمع المدني",
        "المكلف بالعلاقات مع الهيئات الدستورية والمجتمع المدني",
        "المكلف بالعلاقة مع الهيئات الدستورية والمجتمع المدني",
        "المكلف بالعلاقات مع المجتمع المدني",
    )
)

# lead29: a leader described by the group he leads ("زعيم نقابي", "زعيما
# طلابيا", "الزعيم القبلي") is that group's head, of its agent, not a head of
# state; the adjective agrees with the noun in case and definiteness.
_GROUP_LEADERS: dict[str, tuple[str, ...]] = {
    "LAB": ("نقابي",),
    "EDU": ("طلابي",),
    "CVL": ("قبلي", "عشائري"),
    "REL": ("ديني",),
}
_GROUP_LEADER_TITLES = {
    title: agent
    for agent, groups in _GROUP_LEADERS.items()
    for group in groups
    for title in (
        f"زعيم {group}",
        f"زعيما {group}ا",
        f"الزعيم ال{group}",
        f"قيادي {group}",
        f"قياديا {group}ا",
        f"القيادي ال{group}",
    )
}
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_GROUP_LEADER_TITLES)
TITLE_AGENTS.update(_GROUP_LEADER_TITLES)

# agents40ar: the head of a civil-society body named by its kind ("رئيس
# شبكة …", "رئيسة الرابطة …", "مدير المرصد …", "رئيس منتدى …") speaks for a
# non-governmental organisation (NGO), as "رئيس الجمعية" does; read as a
# bare "head" before an unknown noun he was a state's official (GOV).
# "منظمة" and "ائتلاف" stay out: intergovernmental organisations and
# opposition coalitions are named so ("منظمة التعاون الإسلامي").
_CIVIL_BODIES: tuple[str, ...] = (
    *("شبكة", "رابطة", "الرابطة", "مرصد", "المرصد", "منتدى", "المنتدى"),
    *("اتحاد", "الاتحاد"),
)
_CIVIL_BODY_HEADS = {
    f"{head} {body}": "NGO"
    for head in ("رئيس", "رئيسة", "مدير", "مديرة", "منسق", "منسقة")
    for body in _CIVIL_BODIES
}
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_CIVIL_BODY_HEADS)
TITLE_AGENTS.update(_CIVIL_BODY_HEADS)

# agents41ar: a party's cadre named after the party itself ("القيادي
# بالحزب", "القيادية في الحركة", "قياديون بالحزب …") speaks for the party
# (PTY), as its secretary general does; read without this title the
# sentence had no side at all. Only the article's forms are listed: a title
# "قيادي بحزب" would swallow the first word of a named group ("حزب الله",
# "حركة حماس"), and a bare "قيادي في" heads movements that are no party
# ("القيادي في الحراك"). A named party after the article ("بالحزب
# الجمهوري") is the longer name and keeps its own reading. The article and
# the clitics attach to the first word; plurals are listed. Only the party
# ("الحزب"): "القيادي في الحركة/الجبهة/التيار" mostly refers back to a
# movement or front named before (Hamas, a Front), no party, and the bare
# title took the country of whatever state followed it (mend41b).
_PARTY_CADRES: tuple[str, ...] = tuple(
    f"{cadre} {prep}حزب"
    for cadre in ("قيادي", "قيادية", "قياديون", "قياديين", "قيادات")
    for prep in ("في ال", "بال")
)
ROLE_TITLES["party_leader"] = ROLE_TITLES["party_leader"] + _PARTY_CADRES

# agents59fa: whoever runs or speaks for a candidate's campaign ("مدير
# الحملة الانتخابية", "المتحدث باسم الحملة الانتخابية") acts for a political
# organisation (PTY), as Persian "سخنگوی ستاد انتخاباتی" does.
_CAMPAIGN_HEADS = {
    f"{head} الحملة الانتخابية": "PTY"
    for head in ("مدير", "رئيس", "المتحدث باسم", "المتحدثة باسم", "الناطق باسم", "مسؤول")
}
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_CAMPAIGN_HEADS)
TITLE_AGENTS.update(_CAMPAIGN_HEADS)

# agents81ar: a candidate named by the camp he runs for ("مرشحة اليمين
# المتطرف", "مرشح الوسط", "المرشح اليميني", "المرشحة الاشتراكية") stands
# for a party (PTY), as "المرشح الجمهوري" already did; the title is read
# before the name, so a name the gazetteer knows for a later or earlier
# office (a former prime minister who runs again, a candidate elected
# later) no longer lends that office's GOV. Only whole phrases: the bare
# "مرشح" is also "likely" ("مرشح للارتفاع"). Not a camp that is a party's
# name ("مرشح الحزب الاشتراكي": the party is read as its own mention, and
# a people noun after it joined the title), nor a race with no country
# ("المرشحة للانتخابات الرئاسية": it took another state of the article).
# Not "المرشح المستقل" (mendC82): an independent runs for no party.
_CAMPS: tuple[str, ...] = (
    "اليمين",
    "اليمين المتطرف",
    "اليمين التقليدي",
    "أقصى اليمين",
    "اليسار",
    "اليسار الراديكالي",
    "اليسار الوسطي",
    "أقصى اليسار",
    "الوسط",
)
_CAMP_ADJECTIVES: tuple[str, ...] = (
    "اليميني",
    "اليساري",
    "الوسطي",
    "الاشتراكي",
    "المحافظ",
    "الليبرالي",
)
_CANDIDATE_TITLES: tuple[str, ...] = (
    *(f"{head} {camp}" for head in ("مرشح", "مرشحة") for camp in _CAMPS),
    *(f"المرشح {adj}" for adj in _CAMP_ADJECTIVES),
    *(f"المرشحة {adj}ة" for adj in _CAMP_ADJECTIVES),
    "المرشح اليميني المتطرف",
    "المرشحة اليمينية المتطرفة",
    "مرشحة الرئاسة",
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _CANDIDATE_TITLES
TITLE_AGENTS.update(dict.fromkeys(_CANDIDATE_TITLES, "PTY"))

# aftertitle61fa: the heads of the IRGC and its Quds Force ("قائد الحرس
# الثوري", "قائد فيلق القدس") hold offices of Iran's state forces (MIL,
# role official, Iran's), as Persian "فرمانده کل سپاه" is read.
_IRGC_HEADS: tuple[str, ...] = tuple(
    f"قائد {body}" for body in ("الحرس الثوري", "الحرس الثوري الإيراني", "فيلق القدس")
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _IRGC_HEADS
TITLE_AGENTS.update(dict.fromkeys(_IRGC_HEADS, "MIL"))
TITLES_OF_STATE[("IRN", "official")] = TITLES_OF_STATE.get(("IRN", "official"), ()) + _IRGC_HEADS

# roles68: whoever speaks for a defence ministry ("المتحدث باسم وزارة الدفاع
# الأمريكية", "المتحدث باسم البنتاغون") is a ministry's spokesman, GOV as
# ONTOLOGY.md reads ministries and spokespeople, where the ministry's name
# after the title made him MIL; the ministry itself, reporting operations,
# stays MIL and "المتحدث العسكري" stays MIL.
_DEFENCE_MINISTRIES: tuple[str, ...] = ("وزارة الدفاع", "البنتاغون", "البنتاجون")
_DEFENCE_SPOKESMEN: tuple[str, ...] = tuple(
    dict.fromkeys(
        f"{head} {body}"
        for head in ("المتحدث باسم", "المتحدثة باسم", "الناطق باسم", "الناطق الرسمي باسم")
        for body in _DEFENCE_MINISTRIES
    )
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _DEFENCE_SPOKESMEN
TITLE_AGENTS.update(dict.fromkeys(_DEFENCE_SPOKESMEN, "GOV"))
# The Pentagon is the United States' own: its spokesman is the USA's.
_PENTAGON_SPOKESMEN: tuple[str, ...] = tuple(t for t in _DEFENCE_SPOKESMEN if "البنتا" in t)
TITLES_OF_STATE[("USA", "official")] = (
    TITLES_OF_STATE.get(("USA", "official"), ()) + _PENTAGON_SPOKESMEN
)

# bodies73: the heads and members of a parliament only one state has by name
# ("رئيس الكنيست", "أعضاء الكنيست", "رئيس مجلس الدوما", "عضو مجلس العموم")
# are that state's legislators, as the bodies themselves are
# (``agents.NAMED_GROUPS``) and as "عضو الكونغرس" and "رئيس مجلس نواب الشعب"
# already were (agents59ar). Before, the title took no country ("عضو
# الكنيست") or the country of the state it acted on ("انتقد رئيس مجلس الدوما
# الولايات المتحدة" gave an American legislator).
_ONE_STATE_CHAMBERS: dict[str, tuple[str, ...]] = {
    "ISR": ("الكنيست",),
    "RUS": ("مجلس الدوما", "الدوما"),
    "GBR": ("مجلس العموم", "مجلس اللوردات"),
    "IRN": ("مجلس الشورى الإسلامي",),
}
for _code, _chambers in _ONE_STATE_CHAMBERS.items():
    TITLES_OF_STATE[(_code, "legislator")] = TITLES_OF_STATE.get((_code, "legislator"), ()) + tuple(
        f"{title} {chamber}"
        for title in ("رئيس", "رئيسة", "نائب رئيس", "عضو", "عضوة", "أعضاء")
        for chamber in _chambers
    )

# --- agents78ar: portfolios joined to a noun for people ---------------------
# A ministry whose name joins its field to the people it serves ("وزارة
# الصحة والسكان", Egypt's; "وزارة الهجرة والمهجرين", Iraq's) is one body:
# the people noun after "و" is no second actor (a minister of health "and
# the residents" was read as the residents alone, CVL, the minister lost).
_PEOPLE_PORTFOLIOS: tuple[str, ...] = (
    "الصحة والسكان",
    "الصحة العامة والسكان",
    "الهجرة والمهجرين",
    "الهجرة واللاجئين",
    "المهجرين",
    "اللاجئين",
    "شؤون اللاجئين",
    "شؤون الأسرى",
    "الأسرى والمحررين",
    # ... or to the bodies its minister deals with for the cabinet (Tunisia's
    # "وزير العلاقة مع الهيئات الدستورية والمجتمع المدني" was an NGO, "وزير
    # العلاقة مع مجلس نواب الشعب" a legislator)
    *(
        f"{link} {body}"
        for link in ("العلاقة مع", "العلاقات مع")
        for body in (
            "الهيئات الدستورية والمجتمع المدني",
            "الهيئات الدستورية",
            "مجلس نواب الشعب",
            "البرلمان",
            "المجتمع المدني",
        )
    ),
)
ROLE_TITLES["minister"] = ROLE_TITLES["minister"] + tuple(
    f"{title} {field}" for title in ("وزير", "وزيرة") for field in _PEOPLE_PORTFOLIOS
)

# mendD109: the head of Iran's Expediency Council is its official, no head of
# state ("رئيس مجلس تشخيص مصلحة النظام"), as the Guards' heads above
_EXPEDIENCY_HEADS: tuple[str, ...] = ("رئيس مجلس تشخيص مصلحة النظام",)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _EXPEDIENCY_HEADS
TITLE_AGENTS.update(dict.fromkeys(_EXPEDIENCY_HEADS, "GOV"))
TITLES_OF_STATE[("IRN", "official")] = TITLES_OF_STATE[("IRN", "official")] + _EXPEDIENCY_HEADS
