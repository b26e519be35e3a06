"""Parallel probe sentences, round 20 (recall, Arabic): wordings of common
events that Arabic missed or misread, told in Arabic, Persian and English
(sentences written for these tests).

- the telephone in its loan-word spelling ("اتصالا تليفونيا", "اتصال
  تلفوني") is the same call as "اتصال هاتفي";
- a joint statement or declaration in the indefinite accusative ("بيانا
  مشتركا", "إعلانا مشتركا"; Persian "اعلامیه مشترکی") is an agreement;
- control of a town taken by force ("سيطر على مدينة", "انتزع السيطرة على
  بلدة"; English "wrested control of") is territory taken (ASSAULT, as
  English reads it; Persian reads "کنترل … را به دست گرفتند" as COERCE);
  the present "يسيطر على" and control of a fire are none;
- a bullet or shots fired at someone ("أطلق رصاصة على", "أعيرة نارية")
  is a shooting; "رصاصة الرحمة" (the coup de grâce) is a metaphor;
- "the government's forces" ("قوات الحكومة اليمنية") are its army, one
  doer, not the army and the government;
- the leader whom forces or supporters follow, named by his title ("القوات
  الموالية للرئيس اليمني", "أنصار الرئيس المعزول", "forces loyal to the
  Yemeni president") is no side: their target is;
- the armed opposition without the article ("مجموعات معارضة مسلحة") and
  the opposition's gunmen ("مسلحا معارضا", "opposition gunmen") are rebels;
- a noun trigger with its nisba adjective in the indefinite accusative
  ("دعما ماليا", "تعاونا عسكريا", "حوارا استراتيجيا", "احتجاجا رسميا") is
  the trigger; English "financial/military support" is material help (AID)
  and "military cooperation" cooperation, as Arabic and Persian read them;
- a party named by a name many countries' parties share ("الحزب الجمهوري",
  "الحزب الديمقراطي") takes the country adjective right after it.
"""

from __future__ import annotations

import pytest

from casts import Reading
from casts import reading as read

PHONE = {("CONSULT", "reported", (("EGY", "GOV"), ("FRA", "GOV")))}
CALL_BETWEEN = {("CONSULT", "reported", (("USA", "GOV"), ("TUR", "GOV")))}
JOINT = {("AGREE", "reported", (("EGY", None), ("SAU", None)))}
LIBYA = {("AGREE", "reported", (("LBY", "GOV"), ("LBY", "MIL")))}
PALMYRA = {("ASSAULT", "reported", (("SYR", "REB"),))}
# agents70fa: English understands the government a town is taken from,
# Arabic does not (its corpus's named takers are mostly pro-government
# militias); the two readings part here on purpose
PALMYRA_EN = {("ASSAULT", "reported", (("SYR", "REB"), ("SYR", "GOV")))}
WRESTED = {("ASSAULT", "reported", (("SYR", "MIL"), ("SYR", "REB")))}
PATROL = {("ASSAULT", "reported", (("IRQ", "UAF"), ("IRQ", "COP")))}
MARIB = {("ASSAULT", "reported", (("YEM", "MIL"), ("YEM", "REB")))}
ALEPPO = {("ASSAULT", "reported", (("SYR", "MIL"), ("SYR", "REB")))}
LOYAL = {("ASSAULT", "reported", (("YEM", "MIL"), ("YEM", "REB")))}
VILLAGE = {("ASSAULT", "reported", (("SYR", "REB"), ("SYR", "CVL")))}
GUNMEN = {("ASSAULT", "reported", (("SYR", "MIL"), ("SYR", "REB")))}
MONEY = {("AID", "reported", (("SAU", None), ("YEM", None)))}
ARMS = {("AID", "reported", (("USA", None), ("UKR", None)))}
NOTE = {("ACCUSE", "reported", (("DZA", None), ("FRA", None)))}
MILITARY = {("COOPERATE", "reported", (("EGY", None), ("SAU", None)))}
DIALOGUE = {("CONSULT", "reported", (("EGY", None), ("USA", None)))}
DEMOCRATS = {("ACCUSE", "reported", (("USA", "PTY"), ("USA", "GOV")))}
JOUMHOURI = {("ACCUSE", "reported", (("TUN", "PTY"), ("TUN", "GOV")))}

CASES = [
    ("The Egyptian president received a telephone call from his French counterpart.", "en", PHONE),
    ("وتلقى الرئيس المصري اتصالا تليفونيا من نظيره الفرنسي.", "ar", PHONE),
    ("رئیس جمهور مصر تماس تلفنی از همتای فرانسوی خود دریافت کرد.", "fa", PHONE),
    ("واتصل الرئيس المصري تلفونيا بنظيره الفرنسي.", "ar", PHONE),
    (
        "The approval came in a telephone call on Wednesday between US President Barack Obama"
        " and Turkish President Recep Tayyip Erdogan.",
        "en",
        CALL_BETWEEN,
    ),
    (
        "وجاءت الموافقة في اتصال تليفوني يوم الأربعاء بين الرئيس الأمريكي باراك أوباما"
        " والرئيس التركي رجب طيب أردوغان.",
        "ar",
        CALL_BETWEEN,
    ),
    ("Egypt and Saudi Arabia issued a joint statement.", "en", JOINT),
    ("وأصدرت مصر والسعودية بيانا مشتركا.", "ar", JOINT),
    ("مصر و عربستان سعودی بیانیه مشترکی صادر کردند.", "fa", JOINT),
    ("Egypt and Saudi Arabia issued a joint declaration.", "en", JOINT),
    ("أصدرت مصر والسعودية إعلانا مشتركا.", "ar", JOINT),
    ("مصر و عربستان سعودی اعلامیه مشترکی صادر کردند.", "fa", JOINT),
    (
        "Libyan Prime Minister Fayez al-Sarraj and Libyan army commander Khalifa Haftar issued"
        " a joint declaration.",
        "en",
        LIBYA,
    ),
    (
        "وأصدر رئيس الحكومة الليبية فايز السراج وقائد الجيش الليبي خليفة حفتر إعلانا مشتركا.",
        "ar",
        LIBYA,
    ),
    (
        "فایز السراج نخست وزیر لیبی و خلیفه حفتر فرمانده ارتش لیبی اعلامیه مشترکی صادر کردند.",
        "fa",
        LIBYA,
    ),
    ("Islamic State fighters seized control of the city of Palmyra.", "en", PALMYRA_EN),
    ("وسيطر مقاتلو تنظيم داعش على مدينة تدمر السورية.", "ar", PALMYRA),
    (
        "Syrian government forces wrested control of the town of Qusayr from rebels.",
        "en",
        WRESTED,
    ),
    ("وانتزعت قوات الحكومة السورية السيطرة على بلدة القصير من المعارضة المسلحة.", "ar", WRESTED),
    ("Gunmen fired shots at an Iraqi police patrol in Baghdad.", "en", PATROL),
    ("وأطلق مسلحون أعيرة نارية على دورية للشرطة العراقية في بغداد.", "ar", PATROL),
    ("افراد مسلح به سوی یک گشت پلیس عراق در بغداد شلیک کردند.", "fa", PATROL),
    ("Yemeni government forces attacked Houthi positions in Marib.", "en", MARIB),
    ("وهاجمت قوات الحكومة اليمنية مواقع الحوثيين في مأرب.", "ar", MARIB),
    ("نیروهای دولت یمن به مواضع حوثی‌ها در مأرب حمله کردند.", "fa", MARIB),
    ("Syrian government forces shelled rebel positions near Aleppo.", "en", ALEPPO),
    ("وقصفت قوات الحكومة السورية مواقع المعارضة المسلحة قرب حلب.", "ar", ALEPPO),
    ("نیروهای دولت سوریه مواضع شورشیان را در نزدیکی حلب گلوله‌باران کردند.", "fa", ALEPPO),
    ("Forces loyal to the Yemeni president attacked Houthi positions in Taiz.", "en", LOYAL),
    ("وهاجمت القوات الموالية للرئيس اليمني مواقع الحوثيين في تعز.", "ar", LOYAL),
    ("نیروهای وفادار به رئیس جمهور یمن به مواضع حوثی‌ها در تعز حمله کردند.", "fa", LOYAL),
    (
        "Armed opposition groups attacked a village near Aleppo and killed ten Syrian civilians.",
        "en",
        VILLAGE,
    ),
    ("وهاجمت مجموعات معارضة مسلحة قرية قرب حلب وقتلت عشرة مدنيين سوريين.", "ar", VILLAGE),
    (
        "گروه‌های مسلح مخالف به روستایی در نزدیکی حلب حمله کردند و ده غیرنظامی سوری را کشتند.",
        "fa",
        VILLAGE,
    ),
    ("The Syrian army killed twenty opposition gunmen near Aleppo.", "en", GUNMEN),
    ("وقتل الجيش السوري عشرين مسلحا معارضا قرب حلب.", "ar", GUNMEN),
    ("واشتبك الجيش السوري مع مسلحين معارضين قرب حلب.", "ar", GUNMEN),
    ("ارتش سوریه بیست شبه‌نظامی مخالف را در نزدیکی حلب کشت.", "fa", GUNMEN),
    ("Saudi Arabia provided financial support to Yemen.", "en", MONEY),
    ("وقدمت السعودية دعما ماليا لليمن.", "ar", MONEY),
    ("عربستان سعودی به یمن کمک مالی کرد.", "fa", MONEY),
    ("The United States provided military support to Ukraine.", "en", ARMS),
    ("وقدمت الولايات المتحدة دعما عسكريا لأوكرانيا.", "ar", ARMS),
    ("ایالات متحده به اوکراین کمک نظامی کرد.", "fa", ARMS),
    ("Algeria lodged a formal protest with France.", "en", NOTE),
    ("وقدمت الجزائر احتجاجا رسميا لفرنسا.", "ar", NOTE),
    ("الجزایر به فرانسه اعتراض رسمی کرد.", "fa", NOTE),
    ("Egypt and Saudi Arabia began military cooperation.", "en", MILITARY),
    ("وبدأت مصر والسعودية تعاونا عسكريا.", "ar", MILITARY),
    ("مصر و عربستان سعودی همکاری نظامی را آغاز کردند.", "fa", MILITARY),
    ("Egypt and the United States held a strategic dialogue in Cairo.", "en", DIALOGUE),
    ("وأجرت مصر والولايات المتحدة حوارا استراتيجيا في القاهرة.", "ar", DIALOGUE),
    ("مصر و ایالات متحده گفتگوی راهبردی در قاهره برگزار کردند.", "fa", DIALOGUE),
    ("The American Democratic Party criticised President Trump.", "en", DEMOCRATS),
    ("وانتقد الحزب الديمقراطي الأمريكي الرئيس ترامب.", "ar", DEMOCRATS),
    ("حزب دموکرات آمریکا از رئیس جمهور ترامپ انتقاد کرد.", "fa", DEMOCRATS),
    ("وانتقد الحزب الجمهوري التونسي الحكومة.", "ar", JOUMHOURI),
    (
        "ودعا الحزب الجمهوري التونسي الحكومة إلى فتح ملف المعتقلين.",
        "ar",
        {("REQUEST", "reported", (("TUN", "PTY"), ("TUN", "GOV")))},
    ),
    ("حزب جمهوری تونس از دولت انتقاد کرد.", "fa", JOUMHOURI),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_same_event_same_reading(text: str, lang: str, want: Reading) -> None:
    assert read(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("An Israeli soldier fired a bullet into the head of a young Palestinian in Hebron.", "en"),
        ("وأطلق جندي إسرائيلي رصاصة على رأس شاب فلسطيني في الخليل.", "ar"),
        ("یک سرباز اسرائیلی به سر یک جوان فلسطینی در الخلیل شلیک کرد.", "fa"),
    ],
)
def test_a_bullet_fired_is_a_shooting(text: str, lang: str) -> None:
    assert any(
        etype == "ASSAULT" and ("ISR", "MIL") in actors for etype, _s, actors in read(text, lang)
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iraqi forces seized control of the town of Hit from Islamic State fighters.", "en"),
        ("وسيطرت القوات العراقية على مدينة هيت بعد طرد مقاتلي تنظيم داعش.", "ar"),
        ("نیروهای عراقی کنترل شهر هیت را به دست گرفتند.", "fa"),
    ],
)
def test_a_town_taken_has_its_taker(text: str, lang: str) -> None:
    # Persian reads the taking as COERCE (seize), the others as ASSAULT
    assert any(actors[:1] == (("IRQ", "MIL"),) for _t, _s, actors in read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ويسيطر تنظيم داعش على مدينة الرقة منذ عام 2014.", "ar"),
        ("وسيطر رجال الإطفاء على الحريق في مدينة جدة.", "ar"),
        ("وتمكنت الحكومة المصرية من السيطرة على الأسعار.", "ar"),
        ("وأطلق البرلمان العراقي رصاصة الرحمة على مشروع القانون.", "ar"),
        ("Firefighters brought the fire in the city of Jeddah under control.", "en"),
        ("آتش‌نشانان آتش‌سوزی در شهر جده را مهار کردند.", "fa"),
    ],
)
def test_control_held_or_of_a_fire_is_no_taking(text: str, lang: str) -> None:
    assert not any(etype in ("ASSAULT", "COERCE") for etype, _s, _a in read(text, lang))


SUPPORTERS = [
    ("Supporters of the ousted Egyptian president attacked a police station in Giza.", "en"),
    ("وهاجم أنصار الرئيس المصري المعزول مركزا للشرطة في الجيزة.", "ar"),
    ("هواداران رئیس جمهور برکنار شده مصر به یک ایستگاه پلیس در جیزه حمله کردند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), SUPPORTERS)
def test_supporters_attack(text: str, lang: str) -> None:
    assert any(etype == "ASSAULT" for etype, _s, _a in read(text, lang))


def test_supporters_follow_no_side_in_arabic() -> None:
    # Arabic keeps the ousted president out and the police in (English and
    # Persian still read him a side: left for a later round)
    want = {("ASSAULT", "reported", (("EGY", "CVL"), ("EGY", "COP")))}
    assert read(SUPPORTERS[1][0], "ar") == want
