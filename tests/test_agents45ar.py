"""Agents of Arabic actors read from word classes (round 45, agents45ar;
every sentence written for these tests).

Rules added in this round (data in ``lang/ar/agents.py``, mirrored in
``lang/fa/agents.py`` and ``lang/en/agents.py`` where the class exists):

- ``AGENT_NOUNS`` (CRM): a dealer in contraband (a head for who trades,
  peddles or sells, before goods no licensed trade deals in: arms, drugs,
  antiquities, people) is a criminal; a bare "تاجر" stays BUS. Persian
  "فروشنده سلاح" and English "arms dealer" were added alike;
- ``AGENT_NOUNS`` (COP): forces, men and units of a police body ("قوات
  الدرك") are one police side, not an army beside a gendarmerie; the customs
  guard named by its adjective ("الحرس الديواني"); a police directorate
  named after the criminal cases it handles; units of counter-terrorism.
  English "customs officers" was added; Persian "ماموران گمرک" and
  "نیروهای ژاندارمری" already read so;
- ``AGENT_NOUNS`` (COP) without bare "مكافحة الإرهاب": counter-terrorism is
  a deed's noun, no body (English and Persian never listed it bare);
- ``AGENT_NOUNS`` (LAB): the Maghreb's metonyms for the national union
  ("المنظمة الشغيلة", "المركزية النقابية"); Persian and English name the
  union itself, with no such metonym;
- ``AGENT_NOUNS`` (COP, JUD, PTY): conscripts or soldiers serving in a police
  body ("مجندين بالأمن المركزي") and units named by the customs adjective
  ("الوحدات الديوانية") are police; prosecutors named as an authority
  ("سلطات الادعاء") are the judiciary (Persian "دادستانی" already); a
  party's organ with "للحزب" ("اللجنة المركزية للحزب") is the party, not a
  government committee (Persian and English already read the party);
- ``NAMED_GROUPS``: the US National Security Agency (USA:COP) as the CIA
  and the FBI, in the three languages; ``AGENT_NOUNS`` (GOV, CRM, COP): a
  federal office of a state ("المكتب الاتحادي", "Federal Office", "اداره
  فدرال") is GOV, a ring named by its crime ("شبكة مختصة في ترويج", "شبكة
  دولية لتهريب", "trafficking network") CRM; security men by the definite
  nisba plural ("الأمنيون") are COP, the indefinite "أمنيين" being also a
  dual adjective;
- ``AGENT_NOUNS`` (CVL): "خطيب" with a possessive is a fiancé(e), no
  preacher (no such homograph in Persian or English);
- ``NOT_AGENTS``: a day named after a body ("عيد الشرطة", Persian "روز
  پلیس", English "Police Day") is a date; "الأمامية" (front) after a noun
  of places or lines is no Imami cleric (Persian and English spell them
  apart);
- ``NOT_AGENTS``: "القضايا" (cases, issues) is no judiciary; "المرجعية"
  with an adjective of a domain of ideas is a frame of reference, not the
  religious authority (Persian "مرجعیت سیاسی" likewise; English "reference"
  is no agent noun); "المنافذ البحرية" are sea ports, not the navy (English
  and Persian have distinct words for navy and maritime).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (language, sentence, the reading wanted)
READINGS: list[tuple[str, str, tuple[str, ...]]] = [
    # a dealer in arms or drugs is a criminal
    (
        "ar",
        "اعتقلت الشرطة المغربية تاجر أسلحة في مدينة وجدة.",
        ("COERCE reported MAR:COP MAR:CRM",),
    ),
    ("ar", "أوقفت الشرطة التونسية مروجي الممنوعات في صفاقس.", ("COERCE reported TUN:COP TUN:CRM",)),
    (
        "fa",
        "پلیس عراق دو فروشنده سلاح را در بصره بازداشت کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "en",
        "Moroccan police arrested an arms dealer in the city of Oujda.",
        ("COERCE reported MAR:COP MAR:CRM",),
    ),
    # forces of the gendarmerie are one police side
    (
        "ar",
        "اعتقلت قوات الدرك الجزائرية خمسة أشخاص في ولاية تيارت.",
        ("COERCE reported DZA:COP DZA:CVL",),
    ),
    (
        "fa",
        "نیروهای ژاندارمری ترکیه پنج نفر را در آنکارا بازداشت کردند.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    (
        "en",
        "Turkish gendarmerie forces detained five people in Ankara.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    # the customs guard is a police service
    (
        "ar",
        "حجزت وحدات الحرس الديواني التونسية شاحنة محملة بالسجائر في قابس.",
        ("COERCE reported TUN:COP",),
    ),
    (
        "en",
        "Tunisian customs officers seized a truck loaded with cigarettes in Gabes.",
        ("COERCE reported TUN:COP",),
    ),
    (
        "fa",
        "ماموران گمرک ایران یک کامیون را در بندرعباس توقیف کردند.",
        ("COERCE reported IRN:COP",),
    ),
    # a counter-terrorism unit is the police
    (
        "ar",
        "اعتقلت شرطة مكافحة الإرهاب البلجيكية رجلين في بروكسل.",
        ("COERCE reported BEL:COP BEL:CVL",),
    ),
    (
        "en",
        "Belgian counter-terrorism police arrested two men in Brussels.",
        ("COERCE reported BEL:COP BEL:CVL",),
    ),
    (
        "fa",
        "پلیس ضد تروریسم بلژیک دو مرد را در بروکسل بازداشت کرد.",
        ("COERCE reported BEL:COP BEL:CVL",),
    ),
    # the Maghreb's metonyms for the national union
    (
        "ar",
        "طالبت المنظمة الشغيلة في تونس الحكومة التونسية بزيادة الأجور.",
        ("REQUEST reported TUN:LAB TUN:GOV",),
    ),
    (
        "ar",
        "دعت المركزية النقابية الحكومة التونسية إلى فتح المفاوضات.",
        ("REQUEST reported TUN:LAB TUN:GOV",),
    ),
    # a frame of reference is no religious authority
    (
        "ar",
        "أشاد حزب تونسي بالمرجعية السياسية للحكومة التونسية.",
        ("SUPPORT reported TUN:PTY TUN:GOV",),
    ),
    (
        "ar",
        "انتقد حزب المؤتمر التونسي المرجعية الفكرية للحكومة.",
        ("ACCUSE reported TUN:PTY TUN:GOV",),
    ),
    (
        "fa",
        "اتحادیه کارگری تونس از دولت تونس به دلیل دور شدن از مرجعیت سیاسی قانون اساسی انتقاد کرد.",
        ("ACCUSE reported TUN:LAB TUN:GOV",),
    ),
    (
        "en",
        "The Tunisian labour union criticised the Tunisian government for straying from "
        "the political frame of reference of the constitution.",
        ("ACCUSE reported TUN:LAB TUN:GOV",),
    ),
]


# round 45, second pass: police conscripts, customs units, prosecution
# authorities, a party's organs
READINGS += [
    (
        "ar",
        "قتل مسلحون ثلاثة مجندين بالأمن المركزي المصري في العريش.",
        ("ASSAULT reported EGY:UAF EGY:COP",),
    ),
    (
        "ar",
        "حجزت الوحدات الديوانية التونسية شاحنة محملة بالسلع في قفصة.",
        ("COERCE reported TUN:COP",),
    ),
    (
        "ar",
        "وجهت سلطات الادعاء الإسبانية اتهامات لرجل أعمال برتغالي.",
        ("ACCUSE reported ESP:JUD PRT:BUS",),
    ),
    ("fa", "دادستانی اسپانیا یک تاجر پرتغالی را متهم کرد.", ("ACCUSE reported ESP:JUD PRT:BUS",)),
    ("ar", "انتقدت اللجنة المركزية للحزب الحكومة المصرية.", ("ACCUSE reported EGY:PTY EGY:GOV",)),
    (
        "en",
        "The party's central committee criticised the Egyptian government.",
        ("ACCUSE reported EGY:PTY EGY:GOV",),
    ),
    ("fa", "کمیته مرکزی حزب از دولت مصر انتقاد کرد.", ("ACCUSE reported EGY:PTY EGY:GOV",)),
    (
        "ar",
        "دعا مجلس شورى الحزب الحكومة التونسية إلى الحوار.",
        ("REQUEST reported TUN:PTY TUN:GOV",),
    ),
]


# round 45, third pass: services named by what they are, rings named by
# their crime, security men by the nisba plural
READINGS += [
    (
        "ar",
        "اتهمت وكالة الأمن القومي الأمريكية روسيا بشن هجمات إلكترونية.",
        ("ACCUSE reported USA:COP RUS:",),
    ),
    (
        "en",
        "The US National Security Agency accused Russia of cyber attacks.",
        ("ACCUSE reported USA:COP RUS:",),
    ),
    (
        "fa",
        "آژانس امنیت ملی آمریکا روسیه را به حملات سایبری متهم کرد.",
        ("ACCUSE reported USA:COP RUS:",),
    ),
    (
        "ar",
        "رفض المكتب الاتحادي للهجرة في ألمانيا طلب لجوء قدمه رجل تونسي.",
        ("REJECT reported DEU:GOV",),
    ),
    (
        "en",
        "The Federal Office for Migration in Germany rejected the asylum request of a Tunisian man.",
        ("REJECT reported DEU:GOV TUN:CVL",),
    ),
    (
        "fa",
        "اداره فدرال مهاجرت آلمان درخواست پناهندگی یک مرد تونسی را رد کرد.",
        ("REJECT reported DEU:GOV",),
    ),
    (
        "ar",
        "فككت الشرطة التونسية شبكة مختصة في ترويج المخدرات في نابل.",
        ("COERCE reported TUN:COP TUN:CRM",),
    ),
    (
        "ar",
        "فككت الشرطة الجزائرية شبكة دولية لتهريب السيارات.",
        ("COERCE reported DZA:COP DZA:CRM",),
    ),
    (
        "en",
        "Tunisian police dismantled a drug trafficking network in Nabeul.",
        ("COERCE reported TUN:COP TUN:CRM",),
    ),
    (
        "fa",
        "پلیس تونس یک شبکه قاچاق مواد مخدر را در نابل متلاشی کرد.",
        ("COERCE reported TUN:COP TUN:CRM",),
    ),
    (
        "ar",
        "واصل الأمنيون التونسيون اعتصامهم أمام وزارة الداخلية التونسية.",
        ("PROTEST reported TUN:COP TUN:GOV",),
    ),
    (
        "en",
        "Tunisian security men continued their sit-in outside the Tunisian interior ministry.",
        ("PROTEST reported TUN:COP TUN:GOV",),
    ),
    # the dual adjective of two security centres names no policemen
    (
        "ar",
        "استهدف تفجير انتحاري مركزين أمنيين في مدينة حمص السورية.",
        ("ASSAULT reported SYR:UAF",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), READINGS)
def test_reading(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


# (language, sentence, an agent no side may have)
NOT_READ: list[tuple[str, str, str]] = [
    # issues discussed are no court
    ("ar", "ناقش وزير الخارجية المصري القضايا الإقليمية في عمان.", ":JUD"),
    ("en", "The Egyptian foreign minister discussed regional issues in Amman.", ":JUD"),
    ("fa", "وزیر خارجه مصر در امان درباره مسائل منطقه ای گفتگو کرد.", ":JUD"),
    # counter-terrorism as a deed is no police
    ("ar", "دعا الرئيس التونسي الدول الأوروبية إلى دعم مكافحة الإرهاب.", ":COP"),
    ("ar", "انتقدت الجبهة الشعبية غياب استراتيجية وطنية لمكافحة الإرهاب في تونس.", ":COP"),
    (
        "en",
        "The Tunisian president called for greater international support for his "
        "country's counter-terrorism efforts.",
        ":COP",
    ),
    (
        "fa",
        "رئیس جمهور تونس خواستار حمایت بین المللی بیشتر از تلاش های کشورش در مبارزه با تروریسم شد.",
        ":COP",
    ),
    # sea ports closed are no navy
    ("ar", "أغلقت الإمارات المنافذ البحرية أمام السفن القطرية.", ":MIL"),
    # a fiancée is no preacher
    ("ar", "اعتدى شاب تونسي على خطيبته في سوسة.", ":REL"),
    # a day named after a body is a date
    ("ar", "دعا الرئيس المصري بمناسبة عيد الشرطة إلى إصدار قانون جديد للطلاق.", ":COP"),
    (
        "en",
        "The Egyptian president called for a new divorce law in a speech marking Police Day.",
        ":COP",
    ),
    ("fa", "رئیس جمهور مصر در سخنرانی به مناسبت روز پلیس خواستار قانون جدید طلاق شد.", ":COP"),
    # the front lines are no imam's
    (
        "ar",
        "طالب الرئيس التونسي بدعم أكبر لبلاده التي وجدت نفسها في المواقع الأمامية لمواجهة الإرهاب.",
        ":REL",
    ),
]


@pytest.mark.parametrize(("lang", "text", "agent"), NOT_READ)
def test_not_read(lang: str, text: str, agent: str) -> None:
    lines = _read(text, lang)
    assert not any(agent in line for line in lines)


def test_a_police_directorate_of_criminal_cases() -> None:
    """ "القضايا" alone is no side, but a directorate named after the criminal
    cases it handles is the police, not a court."""
    lines = _read("فككت الإدارة الفرعية للقضايا الإجرامية بتونس شبكة لسرقة السيارات.", "ar")
    assert any(ln.startswith("COERCE") and "TUN:COP" in ln for ln in lines)
    assert not any(":JUD" in ln for ln in lines)


def test_a_bare_trader_stays_business() -> None:
    """Only goods no licensed trade deals in make a dealer a criminal."""
    from diplowatch.lang.ar.agents import AGENT_NOUNS

    assert "تاجر" in AGENT_NOUNS["BUS"] and "تاجر" not in AGENT_NOUNS["CRM"]
    assert "تاجر أسلحة" in AGENT_NOUNS["CRM"] and "مكافحة الإرهاب" not in AGENT_NOUNS["COP"]
