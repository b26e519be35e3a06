"""Round 27 (lead): "targets" said of an aim, not of a strike; a country
adjective that is no second force; a state's name in a list of country
adjectives (sentences written for these tests).

Arabic "استهدف" is "to aim at" as often as "to strike": a programme, a plan
or a course "targets" training, growth or young people. Followed by the
verbal noun of an aim, or said of a plan, a programme or a scheme, it is no
strike. English "targets" was already read as a strike only with armed
subjects; Persian "… را هدف گرفته است" only with a weapon near it. Persian
"… را هدف قرار داده است" of a programme is still read as a strike (xfail:
its subject stands words away, before a long object).
"""

from __future__ import annotations

import pytest

from casts import reading as read
from casts import types

AIMS = [
    ("The new Saudi programme targets training 500 young people in Riyadh.", "en"),
    ("يستهدف البرنامج السعودي الجديد تدريب 500 شاب في الرياض.", "ar"),
    ("The Egyptian plan targets raising growth to five percent.", "en"),
    ("تستهدف الخطة المصرية رفع نسبة النمو إلى خمسة بالمئة.", "ar"),
    ("برنامه جدید مصر افزایش رشد اقتصادی به پنج درصد را هدف گرفته است.", "fa"),
    ("The ministry launched a programme that targets unemployed young people.", "en"),
    ("أطلقت الوزارة برنامجا يستهدف الشباب العاطلين عن العمل.", "ar"),
    ("وزارت برنامه‌ای را آغاز کرد که جوانان بیکار را هدف گرفته است.", "fa"),
    ("The president said the plans that target the mosque will fail.", "en"),
    ("قال الرئيس إن المخططات التي تستهدف المسجد ستفشل.", "ar"),
    ("The courses target the development of the skills of the students.", "en"),
    ("وتستهدف الدورات تطوير مهارات الطلاب في جدة.", "ar"),
    ("این دوره‌ها توسعه مهارت‌های دانشجویان را هدف گرفته‌اند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), AIMS)
def test_an_aim_is_no_strike(text: str, lang: str) -> None:
    assert "ASSAULT" not in types(text, lang)


@pytest.mark.xfail(strict=True, reason="Persian 'را هدف قرار داده' of a plan: subject far away")
def test_persian_programme_with_qarar_is_no_strike() -> None:
    text = "برنامه جدید عربستان آموزش ۵۰۰ جوان در ریاض را هدف قرار داده است."
    assert "ASSAULT" not in types(text, "fa")


STRIKES = [
    ("Israeli aircraft targeted a house in Gaza on Monday.", "en"),
    ("استهدفت الطائرات الإسرائيلية منزلا في غزة يوم الاثنين.", "ar"),
    ("هواپیماهای اسرائیلی روز دوشنبه خانه‌ای در غزه را هدف قرار دادند.", "fa"),
    ("Israeli warplanes targeted training camps of Hamas in Gaza.", "en"),
    ("استهدفت الطائرات الإسرائيلية معسكرات تدريب لحماس في غزة.", "ar"),
    ("جنگنده‌های اسرائیلی اردوگاه‌های آموزشی حماس در غزه را هدف قرار دادند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), STRIKES)
def test_a_strike_stays_a_strike(text: str, lang: str) -> None:
    events = read(text, lang)
    assert {e[0] for e in events} == {"ASSAULT"}
    assert all(e[2] and e[2][0][0] == "ISR" for e in events)


# An Arabic adjective agrees with its noun in definiteness: "الجيش
# الإسرائيلي فلسطينيا" is the Israeli army and a Palestinian, not two armies;
# "القوات الأمريكية والبريطانية" are two armies, and so are English "US and
# British forces", a state's name standing as the first adjective.
VICTIMS = [
    ("Israeli troops killed a Palestinian in Hebron.", "en"),
    ("قتل الجيش الإسرائيلي فلسطينيا في الخليل.", "ar"),
    ("ارتش اسرائیل یک فلسطینی را در الخلیل کشت.", "fa"),
    ("The German police arrested a Tunisian in Berlin.", "en"),
    ("اعتقلت الشرطة الألمانية تونسيا في برلين.", "ar"),
    ("پلیس آلمان یک تونسی را در برلین بازداشت کرد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), VICTIMS)
def test_an_indefinite_adjective_after_a_force_is_no_second_force(text: str, lang: str) -> None:
    events = read(text, lang)
    assert len(events) == 1
    (_, _, actors), *_ = events
    assert actors[0][1] in ("MIL", "COP")
    assert actors[1][0] in ("PSE", "TUN")
    assert actors[1][1] not in ("MIL", "COP")


US_UK = {("USA", "MIL"), ("GBR", "MIL")}
UK_FR = {("GBR", "MIL"), ("FRA", "MIL")}
ALLIES = [
    ("US and British forces attacked Houthi positions in Yemen.", "en", US_UK),
    ("هاجمت القوات الأمريكية والبريطانية مواقع الحوثيين في اليمن.", "ar", US_UK),
    ("نیروهای آمریکایی و انگلیسی به مواضع حوثی‌ها در یمن حمله کردند.", "fa", US_UK),
    ("UK and French troops took part in the joint military exercises in Jordan.", "en", UK_FR),
    ("شاركت القوات البريطانية والفرنسية في المناورات العسكرية المشتركة في الأردن.", "ar", UK_FR),
    ("نیروهای انگلیسی و فرانسوی در رزمایش نظامی مشترک در اردن شرکت کردند.", "fa", UK_FR),
]


@pytest.mark.parametrize(("text", "lang", "forces"), ALLIES)
def test_listed_countries_share_their_force(text: str, lang: str, forces: set) -> None:
    assert forces <= {a for e in read(text, lang) for a in e[2]}


# The play of a match is no deed between states: a draw "snatched", a
# friendly "meeting" of two clubs or national teams.
MATCHES = [
    ("Roma snatched a draw from Manchester City in the second half.", "en"),
    ("خطف روما التعادل من مانشستر سيتي في الشوط الثاني.", "ar"),
    ("رم در نیمه دوم تساوی را از منچسترسیتی گرفت.", "fa"),
    ("Al-Hilal of Saudi Arabia will meet a Turkish club on Thursday in a friendly.", "en"),
    ("سيلاقي الهلال السعودي فريقا تركيا يوم الخميس في لقاء ودي.", "ar"),
    ("الهلال عربستان روز پنجشنبه در یک دیدار دوستانه با یک تیم ترکیه‌ای روبرو می‌شود.", "fa"),
    ("The Iranian team drew with its Iraqi counterpart in a friendly meeting.", "en"),
    ("تعادل المنتخب الإيراني مع نظيره العراقي في لقاء ودي.", "ar"),
    ("تیم ایران در دیدار دوستانه با همتای عراقی خود به تساوی رسید.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), MATCHES)
def test_a_match_is_no_event(text: str, lang: str) -> None:
    assert read(text, lang) == set()


# "The Islamic Republic" alone is Iran in the news, as Persian "جمهوری
# اسلامی" already was; the other Islamic republics carry their names.
REPUBLIC = [
    (
        "Supporters of the Iranian opposition protested against the Islamic Republic in Stockholm.",
        "en",
    ),
    ("تظاهر أنصار المعارضة الإيرانية في ستوكهولم ضد الجمهورية الإسلامية.", "ar"),
    ("هواداران اپوزیسیون ایران در استکهلم علیه جمهوری اسلامی تجمع کردند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), REPUBLIC)
def test_the_islamic_republic_is_iran(text: str, lang: str) -> None:
    events = read(text, lang)
    assert {e[0] for e in events} == {"PROTEST"}
    assert all("IRN" in {a[0] for a in e[2][1:]} for e in events)


NAMED_REPUBLICS = [
    ("The Islamic Republic of Pakistan signed a trade agreement with China.", "en", "PAK"),
    ("وقعت جمهورية باكستان الإسلامية اتفاقا تجاريا مع الصين.", "ar", "PAK"),
    ("جمهوری اسلامی پاکستان با چین توافق‌نامه تجاری امضا کرد.", "fa", "PAK"),
    ("The Islamic Republic of Mauritania signed a trade agreement with China.", "en", "MRT"),
    ("وقعت الجمهورية الإسلامية الموريتانية اتفاقا تجاريا مع الصين.", "ar", "MRT"),
    ("جمهوری اسلامی موریتانی با چین توافق‌نامه تجاری امضا کرد.", "fa", "MRT"),
]


@pytest.mark.parametrize(("text", "lang", "code"), NAMED_REPUBLICS)
def test_a_named_islamic_republic_is_its_state(text: str, lang: str, code: str) -> None:
    codes = {a[0] for e in read(text, lang) for a in e[2]}
    assert code in codes
    assert "IRN" not in codes
