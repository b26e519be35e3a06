"""One conflict or domestic event told in Arabic, Persian and English reads
the same: type, status and each actor's code and agent, in order (round 30,
tri30a, continuing tri29a; every sentence written for these tests, in
natural news wording for each language, not word for word).

Rules added in this round so that the triples below agree:

- English working people who strike, told with the verb ("truck drivers in
  Iran will strike", "teachers struck on Sunday"), walk out (PROTEST), as
  Arabic "أضرب" and Persian "اعتصاب کردند" are read; drones that strike
  still strike;
- a place stormed (English "stormed", Arabic "اقتحم") is a raid: an attack
  by gunmen, fighters or a crowd, a coercive raid by the police, as Persian
  "یورش بردند" was already read (the common type-by-source rule);
- delinquents and rabble (Arabic "منحرفون", "أوباش", English "delinquents",
  "thugs", Persian "شرور" after a number) are criminals (CRM), not
  unidentified gunmen nor nobody;
- the border porters of Kurdistan (Arabic "عتال", English "porter",
  "kolbar") are civilians, as Persian "کولبر";
- Arabic protesters who march ("سار محتجون", "زحف المتظاهرون") demonstrate,
  as "marched" and "راهپیمایی کردند": only with the marchers right after;
- English journalists expelled from a country are deported (COERCE), as
  Arabic "طردت إيران صحفيين", not diplomats expelled (SANCTION); Persian
  "خبرنگاران را اخراج کرد" stays a known gap (tri29a: mostly a dismissal);
- Arabic farmers ("المزارعين", "فلاح", "مزارعا") are civilians, as English
  "farmers" and Persian "کشاورزان", no longer workers (LAB);
- Arabic armed men against whom an operation is launched ("ضد المسلحين")
  are militants (REB), as English "militants" and Persian "شبه‌نظامیان";
  armed men who attack stay unidentified gunmen (UAF). Dropped: the same for
  their positions or camps struck ("مواقع المسلحين"): the place word is what
  orders the sides of a strike on held places, and the militants came first.

Dropped: Arabic "كنيسة" (a church, indefinite) as REL: a corpus sentence
annotated a church bombing's victims as civilians, with no religious body.
English "school" as EDU (as Arabic "مدرسة"): a school as the scene of an air
strike ("killed children at a school") took the air force's place as doer.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    # strikers told with the verb
    (
        "Truck drivers in Iran will strike next week.",
        "سيضرب سائقو الشاحنات في إيران الأسبوع المقبل.",
        "رانندگان کامیون در ایران هفته آینده اعتصاب خواهند کرد.",
        ("PROTEST planned IRN:LAB",),
    ),
    (
        "Oil workers in Iran struck on Saturday over unpaid wages.",
        "أضرب عمال النفط في إيران يوم السبت بسبب الأجور غير المدفوعة.",
        "کارگران نفت در ایران روز شنبه به دلیل دستمزدهای پرداخت‌نشده اعتصاب کردند.",
        ("PROTEST reported IRN:LAB",),
    ),
    # places stormed
    (
        "Al-Shabaab fighters stormed a hotel in Mogadishu.",
        "اقتحم مقاتلو حركة الشباب فندقا في مقديشو.",
        "شبه‌نظامیان الشباب به یک هتل در موگادیشو یورش بردند.",
        ("ASSAULT reported SOM:REB",),
    ),
    (
        "Armed men stormed a polling station in Kirkuk.",
        "اقتحم مسلحون مركز اقتراع في كركوك.",
        "مردان مسلح به یک حوزه رأی‌گیری در کرکوک یورش بردند.",
        ("ASSAULT reported IRQ:UAF",),
    ),
    (
        "Iraqi protesters stormed the parliament in Baghdad.",
        "اقتحم متظاهرون عراقيون البرلمان في بغداد.",
        "معترضان عراقی به پارلمان در بغداد یورش بردند.",
        ("ASSAULT reported IRQ:CVL IRQ:LEG",),
    ),
    (
        "Protesters stormed the governor's office in Basra.",
        "اقتحم محتجون مبنى المحافظة في البصرة.",
        "معترضان به ساختمان استانداری در بصره یورش بردند.",
        ("ASSAULT reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "Police stormed the offices of a newspaper in Istanbul.",
        "اقتحمت الشرطة مكاتب صحيفة في إسطنبول.",
        "پلیس به دفاتر یک روزنامه در استانبول یورش برد.",
        ("COERCE reported TUR:COP TUR:MED",),
    ),
    # criminals by their common names
    (
        "Delinquents attacked a police patrol in Casablanca.",
        "هاجم منحرفون دورية للشرطة في الدار البيضاء.",
        "اشرار به یک گشت پلیس در کازابلانکا حمله کردند.",
        ("ASSAULT reported MAR:CRM MAR:COP",),
    ),
    (
        "Police in Tunis arrested three delinquents.",
        "ألقت الشرطة في تونس القبض على ثلاثة منحرفين.",
        "پلیس تونس سه شرور را دستگیر کرد.",
        ("COERCE reported TUN:COP TUN:CRM",),
    ),
    (
        "Thugs attacked protesters in Cairo.",
        "اعتدى أوباش على المتظاهرين في القاهرة.",
        "اراذل و اوباش به معترضان در قاهره حمله کردند.",
        ("ASSAULT reported EGY:CRM EGY:CVL",),
    ),
    # victims named by their trade or their building
    (
        "Iranian security forces killed a Kurdish porter on the border.",
        "قتلت قوات الأمن الإيرانية عتالا كرديا على الحدود.",
        "نیروهای امنیتی ایران یک کولبر کرد را در مرز کشتند.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    (
        "Iranian border guards opened fire on two porters near Baneh.",
        "أطلق حرس الحدود الإيراني النار على عتالين اثنين قرب بانه.",
        "مرزبانان ایران به سوی دو کولبر در نزدیکی بانه شلیک کردند.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    # militants under attack
    (
        "The Pakistani army launched an operation against militants in Balochistan.",
        "شن الجيش الباكستاني عملية ضد المسلحين في بلوشستان.",
        "ارتش پاکستان عملیاتی علیه شبه‌نظامیان در بلوچستان آغاز کرد.",
        ("ASSAULT reported PAK:MIL PAK:REB",),
    ),
    (
        "Egyptian troops launched an offensive against militants in Sinai.",
        "شنت القوات المصرية هجوما ضد المسلحين في سيناء.",
        "نیروهای مصری حمله‌ای علیه شبه‌نظامیان در سینا آغاز کردند.",
        ("ASSAULT reported EGY:MIL EGY:REB",),
    ),
    # farmers
    (
        "Farmers protested in Cairo against the price of fertiliser.",
        "تظاهر المزارعون في القاهرة احتجاجا على أسعار الأسمدة.",
        "کشاورزان در قاهره در اعتراض به قیمت کود تظاهرات کردند.",
        ("PROTEST reported EGY:CVL EGY:GOV",),
    ),
    # protesters who march
    (
        "Sudanese protesters marched towards the presidential palace in Khartoum.",
        "سار محتجون سودانيون نحو القصر الرئاسي في الخرطوم.",
        "معترضان سودانی به سوی کاخ ریاست جمهوری در خارطوم راهپیمایی کردند.",
        ("PROTEST reported SDN:CVL SDN:GOV",),
    ),
    (
        "Thousands of protesters marched to the parliament in Baghdad.",
        "زحف آلاف المتظاهرين إلى البرلمان في بغداد.",
        "هزاران معترض به سوی پارلمان در بغداد راهپیمایی کردند.",
        ("PROTEST reported IRQ:CVL IRQ:LEG",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One language only: what a rule must not take.
CASES: list[tuple[str, str, set[str]]] = [
    # a blow struck by weapons stays a blow, even with workers as its victims
    (
        "Russian drones struck a bus carrying workers in Kherson.",
        "en",
        {"ASSAULT reported RUS:MIL UKR:LAB"},
    ),
    ("Israel will strike Iran, officials said.", "en", {"ASSAULT planned ISR: IRN:"}),
    # "منحرف" of ideas is deviant, no one
    ("حذر الوزير من الأفكار المنحرفة في المدارس.", "ar", set()),
    # journalists expelled are deported; diplomats expelled still cut ties
    ("Egypt expelled a British journalist.", "en", {"COERCE reported EGY: GBR:MED"}),
    ("Iran expelled two German journalists.", "en", {"COERCE reported IRN: DEU:MED"}),
    ("طردت إيران صحفيين ألمانيين اثنين.", "ar", {"COERCE reported IRN: DEU:MED"}),
    (
        "Iran expelled two German diplomats over the arrest of journalists.",
        "en",
        {"SANCTION reported IRN: DEU:GOV"},
    ),
    # a farmer the settlers attack is a civilian in the accusative too
    ("هاجم مستوطنون مزارعا فلسطينيا قرب الخليل.", "ar", {"ASSAULT reported ISR:CVL PSE:CVL"}),
    # armed men who attack stay unidentified gunmen
    (
        "قتل مسلحون خمسة جنود في شمال مالي.",
        "ar",
        {"ASSAULT reported MLI:UAF MLI:MIL"},
    ),
    # "سار" of talks goes on; the protesters far after it are not marching
    (
        "سارت المفاوضات بشكل جيد بين المحتجين والحكومة.",
        "ar",
        {"CONSULT reported -:CVL -:GOV"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # journalists (MED) who "protest" are read as objecting in words
    (
        "روزنامه‌نگاران در بیروت به محدودیت‌های مطبوعات اعتراض کردند.",
        "fa",
        {"PROTEST reported LBN:MED LBN:GOV"},
    ),
    # a school attacked: English "school" as EDU took an air strike's doer place
    (
        "Unidentified attackers torched a school in Afghanistan.",
        "en",
        {"ASSAULT reported AFG:UAF AFG:EDU"},
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
