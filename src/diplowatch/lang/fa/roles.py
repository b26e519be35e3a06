"""Persian titles that mark a person's role, words for "counterpart" and "both sides",
and institutions that stand for their state.

Persian writes titles with ezafe ("وزیر امور خارجه‌ی ..."), which the normaliser
drops, so base forms are enough.  Iranian and Afghan usage differ ("وزیر خارجه" /
"وزیر امور خارجه"; "معین" in Afghanistan for a deputy minister); both are listed.
"""

from __future__ import annotations

# role -> title phrases
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "ambassador": (
        "سفیر",
        "سفرا",
        "سفیران",
        "کاردار",
        "سرکنسول",
        "کنسول",
        "سفیر کبیر",
        "نماینده دائم",
    ),
    "business": (
        "مدیرعامل",
        "مدیر عامل",
        "رئیس هیئت مدیره",
        "رئیس هیات مدیره",
        "تاجر",
        "بازرگان",
        # roles85: a billionaire is a business person, not the state
        "میلیاردر",
        "فعالان اقتصادی",
        "رئیس اتاق بازرگانی",
        "رئیس اتاق تجارت",
        "سرمایه‌گذار",
    ),
    "deputy_minister": (
        "معاون وزیر",
        "معاون وزیر خارجه",
        "معاون وزیر امور خارجه",
        "معاون سیاسی وزیر خارجه",
        "معاون اقتصادی وزیر خارجه",
        "معاون حقوقی و بین‌المللی وزیر خارجه",
        "قائم مقام وزیر",
        "قائم‌مقام وزیر",
        "معین",
        "معین وزارت",
        "معین وزارت خارجه",
        "معین سیاسی وزارت خارجه",
        "سرپرست وزارت",
        "وزیر مشاور",
    ),
    "foreign_minister": (
        "وزیر امور خارجه",
        "وزیر خارجه",
        "وزیر امورخارجه",
        "وزیران خارجه",
        "وزرای خارجه",
        "وزرای امور خارجه",
        "سرپرست وزارت خارجه",
        "سرپرست وزارت امور خارجه",
        "رئیس دستگاه دیپلماسی",
    ),
    "head_of_government": (
        "نخست وزیر",
        "نخست‌وزیر",
        "صدراعظم",
        "صدر اعظم",
        "رئیس دولت",
        "رئیس الوزرا",
        "رئیس‌الوزرا",
        "رئیس اجرائیه",
        "رئیس اجرایی",
        "رئیس الوزرای",
        "سرپرست ریاست الوزرا",
    ),
    "head_of_state": (
        "رئیس جمهور",
        "رئیس‌جمهور",
        "رییس جمهور",
        "رییس‌جمهور",
        "رئیس جمهوری",
        "رئیس‌جمهوری",
        # tri29b: the plural of the compound ("رؤسای جمهور ایران و ترکیه"),
        # as Arabic "الرئيسان" and English "presidents" are read
        "رؤسای جمهور",
        "روسای جمهور",
        "رؤسای جمهوری",
        "روسای جمهوری",
        # the loanword written before a president's name ("پرزیدنت بایدن")
        "پرزیدنت",
        "پادشاه",
        "شاه",
        "ملکه",
        "امیر",
        "سلطان",
        "رهبر",
        "رهبر انقلاب",
        "رهبر معظم انقلاب",
        "رهبر جمهوری اسلامی",
        "مقام معظم رهبری",
        "رهبر عالی",
        "رهبر طالبان",
        "امپراتور",
        "رئیس شورای ریاست جمهوری",
    ),
    "legislator": (
        "رئیس مجلس",
        # legislators62ar: a faction's head in parliament, not its party's
        "رئیس فراکسیون",
        "رییس فراکسیون",
        "رئیس مجلس شورای اسلامی",
        "رییس مجلس",
        "رئیس پارلمان",
        "رئیس مجلس نمایندگان",
        "رئیس ولسی جرگه",
        "رئیس مشرانو جرگه",
        "رئیس مجلس سنا",
        "رئیس کمیسیون امنیت ملی و سیاست خارجی",
        "رئیس کمیسیون امنیت ملی",
        "نماینده مردم",
        "نمایندگان مردم",
        # an MP named by his faction or election ("نماینده اصولگرای …")
        "نماینده اصولگرا",
        "نمایندگان اصولگرا",
        "نماینده اصلاح طلب",
        "نمایندگان اصلاح طلب",
        "نماینده منتخب",
        "نمایندگان منتخب",
        "نماینده ادوار",
        "نماینده سابق مجلس",
        "عضو کمیسیون",
        "نماینده مجلس",
        "نمایندگان مجلس",
        "عضو ولسی جرگه",
        "عضو مجلس",
        "سناتور",
        "عضو کنگره",
        "عضو پارلمان",
        "هیئت پارلمانی",
        "هیات پارلمانی",
    ),
    "minister": (
        "وزیر",
        "وزرا",
        "وزیران",
        # a deputy prime minister sits in the cabinet; he heads no government
        "معاون نخست وزیر",
        "معاون نخست‌وزیر",
        "معاون اول نخست وزیر",
        "معاون اول نخست‌وزیر",
        "معاون صدراعظم",
        "وزیر دفاع",
        "وزیر کشور",
        "وزیر اقتصاد",
        "وزیر امور اقتصادی و دارایی",
        "وزیر مالیه",
        "وزیر نفت",
        "وزیر نیرو",
        "وزیر صنعت، معدن و تجارت",
        "وزیر صمت",
        "وزیر تجارت",
        "وزیر بهداشت",
        "وزیر صحت عامه",
        "وزیر راه و شهرسازی",
        "وزیر جهاد کشاورزی",
        "وزیر زراعت",
        "وزیر ارتباطات",
        "وزیر فرهنگ",
        "وزیر اطلاعات",
        "وزیر دادگستری",
        "وزیر خزانه‌داری",
        "وزیر معادن",
    ),
    "official": (
        # next in line or second in office: senior officials, not the head
        "ولیعهد",
        "ولی‌عهد",
        "معاون رئیس جمهور",
        "معاون اول رئیس جمهور",
        "معاون رئیس‌جمهور",
        # candidates for office stand for their party (TITLE_AGENTS)
        "نامزد جمهوری‌خواه",
        "نامزد جمهوریخواه",
        "نامزد دموکرات",
        "نامزد حزب جمهوری‌خواه",
        "نامزد حزب دموکرات",
        "نماینده",
        "نمایندگان",
        "سخنگو",
        "سخنگوی",
        "سخنگوی وزارت خارجه",
        "سخنگوی وزارت امور خارجه",
        "سخنگوی دستگاه دیپلماسی",
        "سخنگوی دولت",
        "نماینده ویژه",
        "فرستاده",
        "فرستاده ویژه",
        "دبیرکل",
        "دبیر کل",
        "معاون دبیرکل",
        "دبیر شورای عالی امنیت ملی",
        "دبیر",
        "مشاور",
        "مشاور امنیت ملی",
        "مشاور عالی",
        "رئیس کل بانک مرکزی",
        "رئیس بانک مرکزی",
        "استاندار",
        "والی",
        "رئیس هیئت",
        "رئیس هیات",
        "مذاکره‌کننده ارشد",
        "مذاکره کننده ارشد",
        "رئیس سازمان",
        # the head of an office or body ("رئیس پلیس", "رئیس دادگاه", "رئیس
        # سازمان صدا و سیما"): the body tells the agent
        "رئیس",
        "رییس",
        "مدیر کل",
        "مدیرکل",
        "مقام",
        "مقامات",
        "مسئول",
        "مسئولان",
        "دیپلمات",
        "دیپلمات‌ها",
        "کمیسر عالی",
        # agents44fa: a commissioner of a union or an IGO ("کمیسر اتحادیه
        # اروپا", "کمیسیونر حقوق بشر"): an official of the body named after him
        "کمیسر",
        "کمیسیونر",
        # titles that name their own agent (TITLE_AGENTS)
        "رئیس ستاد کل نیروهای مسلح",
        "رئیس ستاد ارتش",
        "فرمانده کل ارتش",
        "فرمانده نیروی زمینی",
        "فرمانده نیروی هوایی",
        "فرمانده نیروی دریایی",
        "سخنگوی ارتش",
        "سخنگوی نیروهای مسلح",
        "فرمانده پلیس",
        "فرمانده انتظامی",
        "فرمانده نیروی انتظامی",
        "رئیس پلیس",
        "رئیس سازمان اطلاعات",
        "رئیس دستگاه اطلاعات",
        # agents20: the head of a state's intelligence ("رئیس اطلاعات ایران")
        "رئیس اطلاعات",
        "رئیس سرویس اطلاعات",
        "رئیس سرویس اطلاعاتی",
        "رئیس دیوان عالی",
        "رئیس دانشگاه",
        "رئیس سندیکای روزنامه‌نگاران",
        "رئیس انجمن صنفی روزنامه‌نگاران",
    ),
    "party_leader": (
        "رهبر حزب",
        "دبیرکل حزب",
        "رئیس حزب",
        "رهبر جریان",
        "رهبر مخالفان",
        "رهبر اپوزیسیون",
        # lead29: "an opposition leader" with the adjective, as "رهبر مخالفان"
        "رهبر مخالف",
        "رهبر جنبش",
        "رهبر جمعیت",
    ),
}

# Titles whose holder is another agent than their role implies: the leader
# of the opposition leads a party (role) but acts for the opposition; chiefs
# of staff are the military, police and intelligence chiefs the police.
TITLE_AGENTS: dict[str, str] = {
    "نامزد جمهوری‌خواه": "PTY",
    "نامزد جمهوریخواه": "PTY",
    "نامزد دموکرات": "PTY",
    "نامزد حزب جمهوری‌خواه": "PTY",
    "نامزد حزب دموکرات": "PTY",
    "رهبر مخالفان": "OPP",
    "رهبر اپوزیسیون": "OPP",
    "رهبر مخالف": "OPP",
    "رئیس ستاد کل نیروهای مسلح": "MIL",
    "رئیس ستاد ارتش": "MIL",
    "فرمانده کل ارتش": "MIL",
    "فرمانده نیروی زمینی": "MIL",
    "فرمانده نیروی هوایی": "MIL",
    "فرمانده نیروی دریایی": "MIL",
    "سخنگوی ارتش": "MIL",
    "سخنگوی نیروهای مسلح": "MIL",
    "فرمانده پلیس": "COP",
    "فرمانده انتظامی": "COP",
    "فرمانده نیروی انتظامی": "COP",
    "رئیس پلیس": "COP",
    "رئیس سازمان اطلاعات": "COP",
    "رئیس دستگاه اطلاعات": "COP",
    "رئیس اطلاعات": "COP",
    "رئیس سرویس اطلاعات": "COP",
    "رئیس سرویس اطلاعاتی": "COP",
    "رئیس دیوان عالی": "JUD",
    "رئیس دانشگاه": "EDU",
    "رئیس اتاق بازرگانی": "BUS",
    "رئیس سندیکای روزنامه‌نگاران": "MED",
    "رئیس انجمن صنفی روزنامه‌نگاران": "MED",
}

# "counterpart": the actor is the other side of the meeting.
COUNTERPART_WORDS: tuple[str, ...] = (
    "همتا",
    "همتای",
    "همتایش",
    "همتایان",
    "همتایانش",
    "همتای خود",
    "همتایان خود",
)

# Phrases that refer back to the document's main pair of actors.
BOTH_SIDES_WORDS: tuple[str, ...] = (
    "طرفین",
    "دو طرف",
    "دو کشور",
    "دو جانب",
    "جانبین",
    "هر دو کشور",
    "هر دو طرف",
    "دو دولت",
    "کشورهای دو طرف",
    "دو کشور دوست",
    "دو کشور همسایه",
)

# Institutions that stand for their state; the state comes from an adjacent country word.
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "central_bank": ("بانک مرکزی", "بانک ملی"),
    "embassy": ("سفارت", "سفارتخانه", "سفارت‌خانه", "کنسولگری", "سرکنسولگری", "نمایندگی دائم"),
    "foreign_ministry": ("وزارت امور خارجه", "وزارت خارجه", "وزارت امورخارجه", "دستگاه دیپلماسی"),
    "government": (
        "دولت",
        "حکومت",
        "ریاست جمهوری",
        "نهاد ریاست جمهوری",
        "کابینه",
        "هیئت دولت",
        "هیات دولت",
        "امارت اسلامی",
        "شورای عالی امنیت ملی",
        "شورای امنیت ملی",
        "ارگ",
        # gov34: the presidential palace, as Arabic "القصر الرئاسي" and
        # English "presidential palace"
        "کاخ ریاست جمهوری",
        "مقامات",
    ),
    "military": (
        "ارتش",
        "نیروهای مسلح",
        "وزارت دفاع",
        "نیروی دریایی",
        "نیروی هوایی",
        "ستاد کل نیروهای مسلح",
    ),
    "parliament": (
        "مجلس",
        "پارلمان",
        "شورای ملی",
        "کنگره",
        "سنا",
        "مجلس نمایندگان",
        "مجلس سنا",
    ),
}


# --- agents12b: delegations of the press ---------------------------------
# A delegation named by its trade meets officials as the parliamentary one
# does ("با یک هیئت رسانه‌ای تونسی دیدار کرد"): its members are the media (MED), and, as people
# with a title, a party to the meeting, unlike the press that only reports
# an interview (``xx/agents.NOT_PARTY_TO``).
_PRESS_DELEGATIONS: tuple[str, ...] = (
    "هیئت رسانه ای",
    "هیات رسانه ای",
    "هیئت خبرنگاران",
    "هیات خبرنگاران",
    "هیئتی رسانه ای",
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _PRESS_DELEGATIONS
TITLE_AGENTS.update(dict.fromkeys(_PRESS_DELEGATIONS, "MED"))

# --- agents12b: titles of one state's office --------------------------------
# A title only one state's office bears, with no country word in it: the
# holder is that state's ("خادم حرمین شریفین با رئیس جمهور مصر تلفنی گفتگو
# کرد": the Saudi king). extract/lexicon.py attaches the state.
_ONE_STATE_TITLES: tuple[str, ...] = ("خادم حرمین شریفین", "خادم الحرمین الشریفین")

# --- roles14: members of the two US parties ---------------------------------
# "سناتور جمهوریخواه", "نمایندگان دموکرات": the parties are the United
# States' own; the title is that state's, not Iran's (no senate there).
_US_PARTY_LEGISLATORS: tuple[str, ...] = tuple(
    f"{title} {party}"
    for party in ("جمهوریخواه", "جمهوری‌خواه", "جمهوری خواه", "دموکرات")
    for title in ("سناتور", "سناتورهای", "سناتور‌های", "نماینده", "نمایندگان", "قانونگذار")
)

# --- faactors18: the Leader of Iran's revolution ----------------------------
# "رهبر انقلاب", "رهبر معظم انقلاب", "مقام معظم رهبری" name the office of
# one state, Iran's Leader, with no country word in them: "رهبر معظم انقلاب
# نخست‌وزیر ژاپن را به حضور پذیرفت" is Iran's head of state receiving
# Japan's prime minister, not a Japanese leader. A country adjective right
# after the title still names another ("رهبر انقلاب کوبایی" is rare;
# "رهبر انقلاب کوبا" keeps Cuba only as a second actor).
_IRAN_LEADER_TITLES: tuple[str, ...] = (
    "رهبر انقلاب",
    "رهبر معظم انقلاب",
    "رهبر انقلاب اسلامی",
    "رهبر معظم انقلاب اسلامی",
    "مقام معظم رهبری",
)

# senses19: titles written with a possessive clitic ("مجلس اعلام کرد رئیسش به
# مسکو سفر می‌کند"): the owner's head, named before it — a body's own (of
# its agent), a state's office only when a state owns it (``mention_scan``,
# ``participants``). Written with the clitic glued or after a ZWNJ.
POSSESSED_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": tuple(
        f"{title}{gap}{clitic}"
        for title in ("رئیس", "رهبر", "امیر", "پادشاه")
        for gap in ("", "\u200c")
        for clitic in ("ش", "اش", "شان")
    ),
    "official": tuple(
        f"{title}{gap}{clitic}"
        for title in ("مدیر", "سخنگوی", "دبیرکل", "فرمانده")
        for gap in ("", "\u200c")
        for clitic in ("ش", "اش", "شان")
    ),
    "ambassador": ("سفیرش", "سفیرشان"),
    # agents20: a state's ministers with the clitic on the ministry ("مصر
    # اعلام کرد وزیر دفاعش …", "نخست‌وزیرش"): the owner's cabinet
    "foreign_minister": tuple(
        f"{title}{gap}{clitic}"
        for title in ("وزیر خارجه", "وزیر امور خارجه")
        for gap in ("", "\u200c")
        for clitic in ("اش", "شان")
    ),
    "minister": tuple(
        f"وزیر {ministry}{clitic}"
        for ministry in ("دفاع", "کشور", "نفت", "اقتصاد", "دادگستری")
        for clitic in ("ش", "شان")
    ),
    "head_of_government": tuple(
        f"{title}{gap}{clitic}"
        for title in ("نخست وزیر", "نخست\u200cوزیر")
        for gap in ("", "\u200c")
        for clitic in ("ش", "شان")
    ),
}

# --- titles of one state's office, by state and role ------------------------
# Each title above names its holder's state with no country word in it.
# extract/lexicon.py (``role_titles``) adds it to its role's titles where it
# is not there yet and attaches the state (``OF_STATE``).
TITLES_OF_STATE: dict[tuple[str, str], tuple[str, ...]] = {
    ("SAU", "head_of_state"): _ONE_STATE_TITLES,
    ("USA", "legislator"): _US_PARTY_LEGISLATORS,
    ("IRN", "head_of_state"): _IRAN_LEADER_TITLES,
    # names48fa: Iran's parliament and security council bear names no other
    # state's do ("مجلس شورای اسلامی", "شورای عالی امنیت ملی" in Persian
    # news): their heads are Iran's, as the bodies already are (``agents``)
    ("IRN", "legislator"): ("رئیس مجلس شورای اسلامی", "رییس مجلس شورای اسلامی"),
    ("IRN", "official"): ("دبیر شورای عالی امنیت ملی",),
}

# senses23: a minister whose portfolio names civil society ("وزیر امور جامعه
# مدنی") is a member of the government, not an NGO: the whole title is one
# entry, longer than the agent noun inside it.
ROLE_TITLES["minister"] += tuple(
    f"{title} {portfolio}"
    for title in ("وزیر", "وزیر مشاور")
    for portfolio in ("جامعه مدنی", "امور جامعه مدنی", "روابط با جامعه مدنی")
)

# lead29: a leader described by the group he leads ("رهبر دانشجویی", "رهبر
# مذهبی", "رهبر کارگری") is that group's head, of its agent, not a head of
# state, as "رهبر مخالفان" above. The plurals stay the agent nouns they are
# ("رهبران مذهبی", ``agents``).
_GROUP_LEADERS: dict[str, tuple[str, ...]] = {
    "LAB": ("کارگری", "صنفی", "اتحادیه"),
    "EDU": ("دانشجویی",),
    "CVL": ("قبیله", "قبیله ای", "قبیله\u200cای", "عشایر", "عشایری"),
    "REL": ("مذهبی", "دینی"),
    "REB": ("شورشیان", "شورشی"),
}
_GROUP_LEADER_TITLES = {
    f"{leader} {group}": agent
    for agent, groups in _GROUP_LEADERS.items()
    for group in groups
    for leader in ("رهبر",)
}
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_GROUP_LEADER_TITLES)
TITLE_AGENTS.update(_GROUP_LEADER_TITLES)

# agents39fa: "سران" (the heads: "سران دو کشور", "سران قوا", "سران
# افغانستان") are a state's officials, as "مقامات" are; the heads of a
# tribe or of the "sedition" are other agents (``agents``).
ROLE_TITLES["official"] = ROLE_TITLES["official"] + ("سران",)

# mend40b: the head of a civil-society body named by its kind ("رئیس انجمن
# …", "دبیر انجمن …", "مدیر دیدبان …") speaks for a non-governmental
# organisation (NGO), as agents40ar reads Arabic "رئيس الرابطة"; a bare
# "head" before an unknown noun was a state's official (GOV). "شبکه" stays
# out: in Persian news it is most often a broadcaster or a water network.
_CIVIL_BODY_HEADS = {
    f"{head} {body}": "NGO"
    for head in ("رئیس", "مدیر", "دبیر", "سخنگوی")
    for body in ("انجمن", "دیدبان")
}
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_CIVIL_BODY_HEADS)
TITLE_AGENTS.update(_CIVIL_BODY_HEADS)

# agents59fa: whoever heads or speaks for a candidate's campaign office or
# an election coalition ("رئیس ستاد انتخاباتی …", "سخنگوی شورای هماهنگی
# ستادهای مردمی …", "مسئول ستاد انتخاباتی … در البرز", "دبیر شورای ائتلاف
# …") acts for a political organisation (PTY), where a bare "head" was read
# as a state's official (GOV).
_CAMPAIGN_BODIES: tuple[str, ...] = (
    *(f"ستاد{plural} {kind}" for plural in ("", "های", " های") for kind in ("انتخاباتی", "مردمی")),
    *(f"شورای هماهنگی ستاد{plural} مردمی" for plural in ("", "های", " های")),
    *("شورای ائتلاف", "شورای وحدت"),
)
_CAMPAIGN_HEADS = {
    f"{head} {body}": "PTY"
    for head in ("رئیس", "رییس", "مسئول", "مسوول", "سخنگوی", "دبیر", "مدیر", "مسئول هماهنگی")
    for body in _CAMPAIGN_BODIES
}
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_CAMPAIGN_HEADS)
TITLE_AGENTS.update(_CAMPAIGN_HEADS)

# agents81ar: a candidate named by the camp he runs for ("نامزد راست
# افراطی", "نامزد سوسیالیست", "نامزد محافظه‌کار") stands for a party (PTY),
# as "نامزد جمهوری‌خواه" already did. Not "نامزد ریاست جمهوری": Iran's
# candidates are often officials the readers code by their office.
# Not "نامزد مستقل" (mendC82): an independent runs for no party.
_CANDIDATE_CAMPS: tuple[str, ...] = (
    "راست افراطی",
    "راستگرا",
    "راست‌گرا",
    "چپ",
    "چپگرا",
    "چپ‌گرا",
    "میانه‌رو",
    "محافظه‌کار",
    "محافظه کار",
    "سوسیالیست",
    "حزب سوسیالیست",
)
_CANDIDATE_TITLES: tuple[str, ...] = tuple(f"نامزد {camp}" for camp in _CANDIDATE_CAMPS)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _CANDIDATE_TITLES
TITLE_AGENTS.update(dict.fromkeys(_CANDIDATE_TITLES, "PTY"))

# ranks60fa: the head of America's Central Command ("فرمانده سنتکام")
# holds an office of its forces (MIL, role official, America's), as Arabic
# "قائد القيادة المركزية" is read: his visit is a visit, no deployment of
# troops (FORCES_ONLY). Tried and not kept (docs/extraction.md): bare ranks
# ("امیر دریادار سیاری", "سردار …") as officials turned a fleet's voyage
# told by its admiral into a visit; the IRGC's commands as titles of Iran
# took the country named after them ("فرمانده سپاه پاسداران اسرائیل را
# تهدید کرد" read as Israel's).
_CENTCOM_HEADS: tuple[str, ...] = ("فرمانده سنتکام", "فرمانده فرماندهی مرکزی آمریکا")
_OFFICERS = dict.fromkeys(_CENTCOM_HEADS, "MIL")
TITLES_OF_STATE[("USA", "official")] = _CENTCOM_HEADS
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_OFFICERS)
TITLE_AGENTS.update(_OFFICERS)

# aftertitle61fa: the IRGC's commands ("فرمانده کل سپاه", "فرمانده سپاه
# پاسداران", "فرمانده نیروی قدس", "فرمانده نیروی هوافضای سپاه" …) are
# offices of Iran's state forces (MIL, role official, Iran's), as the
# IRGC itself is Iran's MIL (``agents``). A state after such a title and
# before "را" is the verb's object (extract/countries.py: _marked_object),
# so "فرمانده سپاه اسرائیل را تهدید کرد" threatens Israel.
_IRGC_BODIES: tuple[str, ...] = ("سپاه", "سپاه پاسداران", "سپاه پاسداران انقلاب اسلامی")
_IRGC_HEADS: tuple[str, ...] = (
    *(f"فرمانده {body}" for body in _IRGC_BODIES),
    *(f"فرمانده کل {body}" for body in _IRGC_BODIES),
    *("فرمانده نیروی قدس", "فرمانده سپاه قدس", "فرمانده نیروی قدس سپاه"),
    *(
        f"فرمانده نیروی {arm} {body}"
        for arm in ("هوافضای", "دریایی", "زمینی")
        for body in _IRGC_BODIES
    ),
)
TITLES_OF_STATE[("IRN", "official")] += _IRGC_HEADS
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _IRGC_HEADS
TITLE_AGENTS.update(dict.fromkeys(_IRGC_HEADS, "MIL"))

# roles68: whoever speaks for a defence ministry ("سخنگوی وزارت دفاع
# آمریکا", "سخنگوی پنتاگون") is a ministry's spokesman, GOV as ONTOLOGY.md
# reads ministries and spokespeople, where the ministry's name after the
# title made him MIL; the ministry itself, reporting operations, stays MIL
# and an army's spokesman ("سخنگوی ارتش") stays MIL.
_DEFENCE_MINISTRIES: tuple[str, ...] = ("وزارت دفاع", "پنتاگون", "وزارت جنگ")
_DEFENCE_SPOKESMEN: tuple[str, ...] = tuple(f"سخنگوی {body}" for body in _DEFENCE_MINISTRIES)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _DEFENCE_SPOKESMEN
TITLE_AGENTS.update(dict.fromkeys(_DEFENCE_SPOKESMEN, "GOV"))
# The Pentagon is the United States' own: its spokesman is the USA's.
_PENTAGON_SPOKESMEN: tuple[str, ...] = ("سخنگوی پنتاگون",)
TITLES_OF_STATE[("USA", "official")] = (
    TITLES_OF_STATE.get(("USA", "official"), ()) + _PENTAGON_SPOKESMEN
)

# bodies73: the head and members of Britain's Commons and Lords ("رئیس مجلس
# عوام", "نماینده مجلس عوام") are Britain's legislators, as the chambers
# themselves are (``agents.NAMED_GROUPS``), and as Arabic "رئيس مجلس العموم"
# and English "Speaker of the House of Commons" read. Before, "رئیس مجلس"
# inside the title made him a speaker of no country, who took the country
# named next ("رئیس مجلس عوام با سفیر ایران دیدار کرد": an Iranian one).
_BRITISH_CHAMBERS: tuple[str, ...] = ("مجلس عوام", "مجلس لردها")
TITLES_OF_STATE[("GBR", "legislator")] = tuple(
    f"{title} {chamber}"
    for title in ("رئیس", "رییس", "عضو", "اعضای", "نماینده", "نمایندگان")
    for chamber in _BRITISH_CHAMBERS
)
