"""Round 21, Arabic agents on unseen text. Sentences written for these tests,
the same event told in Arabic, Persian and English.

1. A title ending in a definite noun ("رئيس البرلمان", the speaker) takes
   no genitive after it: a body right after it ("وفدا", a delegation) is
   the verb's object, not the end of one office's chain, so the speaker
   keeps his agent (LEG) and the delegation stays an actor of its own
   (``titles.two_definite_bodies``).
2. One fighter jet or two with their state's adjective ("مقاتلة روسية",
   "مقاتلتان تركيتان") are that state's air force (MIL), as the plural
   "المقاتلات الروسية" already was (``agents.AGENT_NOUNS_WITH_COUNTRY``).
3. An official, commander or officer with his sector's adjective is of that
   sector in every number and case ("مسؤولون أمنيون", "قادة دينيون",
   "مسؤولين قضائيين": COP, REL, JUD; ``agents._in_agreement``); English
   "judicial officials" are JUD as "security officials" are COP.
4. Counterparts mirror the agent of a body's officers named before any
   title ("قادة عسكريون أتراك … نظراءهم الروس": MIL, not GOV).
5. People nouns missing in one language or another: supporters in the
   plural ("مؤيدي"), preachers ("الدعاة", "واعظان", "preachers": REL),
   hunger strikers (CVL, not workers on strike: LAB).
6. A state right after a preposition of nearness ("قرب ليبيا", "بالقرب من
   ليبيا", "near Libya") is where it happened, off that state: no side, so
   the migrants rescued or held there stay the event's other side
   (``countries._near_state``); a town near which it happened keeps its state.
7. Attackers nobody names and criminals: masked men ("ملثمون", "masked
   men", "افراد نقاب‌دار": UAF), a terrorist group ("مجموعة إرهابية": REB),
   an armed gang as one gang ("عصابة مسلحة": CRM, not CRM and UAF).
"""

from __future__ import annotations

import pytest

from casts import first_cast

# (lang, sentence, type, the speaker's or judge's cast, the guests' cast)
SPEAKER_MEETS = [
    (
        "ar",
        "التقى رئيس البرلمان العراقي وفدا من رجال الأعمال الأتراك.",
        "CONSULT",
        "IRQ:LEG",
        "TUR:BUS",
    ),
    (
        "fa",
        "رئیس پارلمان عراق با هیئتی از بازرگانان ترکیه دیدار کرد.",
        "CONSULT",
        "IRQ:LEG",
        "TUR:BUS",
    ),
    # the speaker written with no country keeps his office all the same
    ("ar", "التقى رئيس البرلمان وفدا من الأحزاب التونسية.", "CONSULT", "TUN:LEG", "TUN:PTY"),
    ("fa", "رئیس پارلمان با هیئتی از احزاب تونس دیدار کرد.", "CONSULT", "TUN:LEG", "TUN:PTY"),
    ("ar", "استقبل رئيس مجلس النواب وفدا حكوميا مصريا.", "CONSULT", "-:LEG", "EGY:GOV"),
    ("ar", "التقى رئيس البرلمان العراقي وفدا حكوميا تركيا.", "CONSULT", "IRQ:LEG", "TUR:GOV"),
    ("fa", "رئیس پارلمان عراق با هیئت دولتی ترکیه دیدار کرد.", "CONSULT", "IRQ:LEG", "TUR:GOV"),
    (
        "en",
        "The Iraqi parliament speaker met a Turkish government delegation.",
        "CONSULT",
        "IRQ:LEG",
        "TUR:GOV",
    ),
    (
        "en",
        "The Tunisian parliament speaker met a delegation of parties.",
        "CONSULT",
        "TUN:LEG",
        "TUN:PTY",
    ),
    # agents59ar: "مجلس نواب الشعب" is Tunisia's parliament by name
    ("ar", "التقى رئيس مجلس نواب الشعب وفدا حكوميا جزائريا.", "CONSULT", "TUN:LEG", "DZA:GOV"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "host", "guests"), SPEAKER_MEETS)
def test_speaker_meets_a_delegation(
    lang: str, text: str, etype: str, host: str, guests: str
) -> None:
    assert first_cast(text, lang, etype) == [host, guests]


# (lang, sentence, type, the actors of its first event in order)
FIGHTER_JETS = [
    ("ar", "أسقطت مقاتلة روسية طائرة تركية.", "ASSAULT", ["RUS:MIL", "TUR:None"]),
    ("fa", "یک جنگنده روسی یک هواپیمای ترکیه را سرنگون کرد.", "ASSAULT", ["RUS:MIL", "TUR:None"]),
    ("en", "A Russian fighter jet shot down a Turkish plane.", "ASSAULT", ["RUS:MIL", "TUR:None"]),
    ("ar", "قصفت مقاتلة سورية سوقا في إدلب فقتلت 12 مدنيا.", "ASSAULT", ["SYR:MIL", "SYR:CVL"]),
    (
        "en",
        "A Syrian fighter jet bombed a market in Idlib, killing 12 civilians.",
        "ASSAULT",
        ["SYR:MIL", "SYR:CVL"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), FIGHTER_JETS)
def test_a_fighter_jet_is_its_air_force(
    lang: str, text: str, etype: str, actors: list[str]
) -> None:
    assert first_cast(text, lang, etype) == actors


# (lang, sentence, type, the actors of its first event in order)
SECTOR_OFFICIALS = [
    (
        "ar",
        "التقى مسؤولون أمنيون عراقيون وفدا إيرانيا في بغداد.",
        "CONSULT",
        ["IRQ:COP", "IRN:GOV"],
    ),
    (
        "fa",
        "مقامات امنیتی عراق با هیئتی ایرانی در بغداد دیدار کردند.",
        "CONSULT",
        ["IRQ:COP", "IRN:GOV"],
    ),
    (
        "en",
        "Iraqi security officials met an Iranian delegation in Baghdad.",
        "CONSULT",
        ["IRQ:COP", "IRN:GOV"],
    ),
    (
        "ar",
        "اتهم مسؤولون قضائيون مصريون الحكومة المصرية بالتدخل.",
        "ACCUSE",
        ["EGY:JUD", "EGY:GOV"],
    ),
    ("fa", "مقامات قضایی مصر دولت مصر را به دخالت متهم کردند.", "ACCUSE", ["EGY:JUD", "EGY:GOV"]),
    (
        "en",
        "Egyptian judicial officials accused the Egyptian government of interference.",
        "ACCUSE",
        ["EGY:JUD", "EGY:GOV"],
    ),
    ("ar", "انتقد قادة دينيون إيرانيون الحكومة الأمريكية.", "ACCUSE", ["IRN:REL", "USA:GOV"]),
    ("fa", "رهبران مذهبی ایران دولت آمریکا را محکوم کردند.", "ACCUSE", ["IRN:REL", "USA:GOV"]),
    (
        "en",
        "Iranian religious leaders criticised the US government.",
        "ACCUSE",
        ["IRN:REL", "USA:GOV"],
    ),
    ("ar", "التقى المسؤولون الاستخباراتيون الأتراك وفدا روسيا.", "CONSULT", ["TUR:COP", "RUS:GOV"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), SECTOR_OFFICIALS)
def test_officials_of_a_sector(lang: str, text: str, etype: str, actors: list[str]) -> None:
    assert first_cast(text, lang, etype) == actors


COUNTERPARTS = [
    ("ar", "التقى قادة عسكريون أتراك نظراءهم الروس.", "CONSULT", ["TUR:MIL", "RUS:MIL"]),
    (
        "fa",
        "فرماندهان نظامی ترکیه با همتایان روس خود دیدار کردند.",
        "CONSULT",
        ["TUR:MIL", "RUS:MIL"],
    ),
    (
        "en",
        "Turkish military commanders met their Russian counterparts.",
        "CONSULT",
        ["TUR:MIL", "RUS:MIL"],
    ),
    ("ar", "التقت الشرطة التركية نظيرتها الروسية.", "CONSULT", ["TUR:COP", "RUS:COP"]),
    ("en", "Turkish police met their Russian counterparts.", "CONSULT", ["TUR:COP", "RUS:COP"]),
    # a title still wins
    ("ar", "التقى وزير الخارجية التركي نظيره الروسي.", "CONSULT", ["TUR:GOV", "RUS:GOV"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), COUNTERPARTS)
def test_counterparts_mirror_a_body(lang: str, text: str, etype: str, actors: list[str]) -> None:
    assert first_cast(text, lang, etype) == actors


PEOPLE = [
    (
        "ar",
        "اعتقلت الشرطة المصرية عشرات من مؤيدي الرئيس المعزول.",
        "COERCE",
        ["EGY:COP", "EGY:CVL"],
    ),
    (
        "fa",
        "پلیس مصر ده‌ها تن از هواداران رئیس‌جمهور برکنارشده را بازداشت کرد.",
        "COERCE",
        ["EGY:COP", "EGY:CVL"],
    ),
    ("ar", "اعتقلت حماس عددا من الدعاة السلفيين في غزة.", "COERCE", ["PSE:REB", "PSE:REL"]),
    ("fa", "حماس شماری از واعظان سلفی را در غزه بازداشت کرد.", "COERCE", ["PSE:REB", "PSE:REL"]),
    ("en", "Hamas arrested several Salafi preachers in Gaza.", "COERCE", ["PSE:REB", "PSE:REL"]),
    (
        "ar",
        "اعتقلت الشرطة الإسرائيلية عددا من المضربين عن الطعام الفلسطينيين.",
        "COERCE",
        ["ISR:COP", "PSE:CVL"],
    ),
    (
        "fa",
        "پلیس اسرائیل شماری از اعتصاب‌کنندگان غذای فلسطینی را بازداشت کرد.",
        "COERCE",
        ["ISR:COP", "PSE:CVL"],
    ),
    (
        "en",
        "Israeli police arrested several Palestinian hunger strikers.",
        "COERCE",
        ["ISR:COP", "PSE:CVL"],
    ),
    ("ar", "اعتقلت الشرطة المصرية عشرات المضربين عن الطعام.", "COERCE", ["EGY:COP", "EGY:CVL"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), PEOPLE)
def test_people_nouns(lang: str, text: str, etype: str, actors: list[str]) -> None:
    assert first_cast(text, lang, etype) == actors


NEAR_A_STATE = [
    ("ar", "احتجزت البحرية الإسبانية مئات المهاجرين قرب ليبيا.", "COERCE", ["ESP:MIL", "-:REF"]),
    (
        "fa",
        "نیروی دریایی اسپانیا صدها مهاجر را در نزدیکی لیبی بازداشت کرد.",
        "COERCE",
        ["ESP:MIL", "-:REF"],
    ),
    (
        "en",
        "The Spanish navy detained hundreds of migrants near Libya.",
        "COERCE",
        ["ESP:MIL", "-:REF"],
    ),
    ("ar", "أنقذ خفر السواحل الإيطالي 500 مهاجر بالقرب من ليبيا.", "AID", ["ITA:COP", "-:REF"]),
    # a town near which it happened is still in its state
    ("ar", "اعتقلت الشرطة الفرنسية ثلاثة أشخاص قرب باريس.", "COERCE", ["FRA:COP", "FRA:CVL"]),
    ("en", "French police arrested three people near Paris.", "COERCE", ["FRA:COP", "FRA:CVL"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), NEAR_A_STATE)
def test_near_a_state_is_no_side(lang: str, text: str, etype: str, actors: list[str]) -> None:
    assert first_cast(text, lang, etype) == actors


ATTACKERS = [
    ("ar", "هاجم ملثمون نقطة تفتيش للشرطة المصرية في سيناء.", "ASSAULT", ["EGY:UAF", "EGY:COP"]),
    (
        "en",
        "Masked men attacked an Egyptian police checkpoint in Sinai.",
        "ASSAULT",
        ["EGY:UAF", "EGY:COP"],
    ),
    # tri29a: Persian "در سینا" is in Egypt too
    (
        "fa",
        "افراد نقاب‌دار به یک ایست بازرسی پلیس مصر در سینا حمله کردند.",
        "ASSAULT",
        ["EGY:UAF", "EGY:COP"],
    ),
    (
        "ar",
        "هاجمت مجموعة إرهابية نقطة تفتيش للشرطة المصرية في سيناء.",
        "ASSAULT",
        ["EGY:REB", "EGY:COP"],
    ),
    # extra31: "في جنوب مصر" is a place as "في مصر" is, no side struck
    ("ar", "هاجمت عصابة مسلحة حافلة سياحية في جنوب مصر.", "ASSAULT", ["EGY:CRM"]),
    (
        "en",
        "An armed gang attacked a tourist bus in southern Egypt.",
        "ASSAULT",
        ["EGY:CRM", "EGY:CVL"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), ATTACKERS)
def test_attackers_and_gangs(lang: str, text: str, etype: str, actors: list[str]) -> None:
    assert first_cast(text, lang, etype) == actors
