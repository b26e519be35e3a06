"""Named armed movements, parties and bodies are data, in Arabic, Persian
and English (round 32, named32; every sentence written for these tests).

The spec (ONTOLOGY.md, "Agents") reads named armed movements as REB and
parties as PTY or OPP, each with its country. Added in this round, each
with its usual spellings in all three languages (``lang/*/agents.py``,
``NAMED_GROUPS``):

- other spellings of Hezbollah ("Hizbullah"), the Palestinian brigades
  ("al-Quds Brigades", "گردان‌های شهدای الاقصی"), the YPG ("People's
  Protection Units"), al-Qaeda ("al-Qaida"), its Yemeni branch ("القاعدة في
  جزيرة العرب", "القاعده در شبه جزیره عربستان"), the Islamic State's
  Khorasan branch ("ISKP", "ولاية خراسان", "شاخه خراسان داعش"), the Pakistani
  Taliban, the Nusra Front, Iraq's Popular Mobilization ("PMF", "Hashd
  al-Shaabi"), Kata'ib Hezbollah, Jundallah ("گروهک تروریستی جندالله"), PJAK ("بيجاك"),
  the MEK ("People's Mujahedin", "مجاهدو خلق"), Wagner ("فاجنر"), the LNA;
- parties: Turkey's MHP and HDP/DEM, Yesh Atid, the Baath, the Sadrists,
  Amal and the Free Patriotic Movement, Islah, Hezb-e Islami, Ennahda
  ("جنبش النهضه"), the PML-N and the PTI in Arabic spellings;
- bodies: Turkey's Grand National Assembly and intelligence organisation;
  the Knesset, the Duma and the Commons in Arabic now keep their state
  where another country is named (they were also listed as bodies whose
  state a country word near them tells, and that reading won);
- the Polisario Front is Western Sahara's in Arabic too, as English and
  Persian read it;
- Arabic "الحشد" with the word for its body or men ("عناصر الحشد", "قوات
  الحشد") is Iraq's Popular Mobilization; alone it is a crowd or build-up;
- West Bank brigades of recent years (the Lions' Den, the Jenin Brigade),
  the Badr Organization in Arabic, the Southern Transitional Council in
  English; Lashkar-e-Taiba and Jaish-e-Mohammed are Pakistan's in English
  and Arabic too, as Persian read them ("جيش محمد" only as "جماعة جيش محمد",
  the phrase being also one of faith);
- Iraq's Coordination Framework (Persian only as a bloc: "در چارچوب
  هماهنگی" is also "within the coordination"), the Kurdistan Regional
  Government in English and Persian, Pakistan's Jamiat Ulema-e-Islam, Otzma
  Yehudit in English;
- the Haqqani network in Arabic, as English and Persian name it;
- a ministry of intelligence is one security service (COP) in Arabic and
  English, as Persian "وزارت اطلاعات" is, and Pakistan's ISI is named;
- Afghanistan's ministry of information and culture is its government's,
  not the security service "وزارت اطلاعات" alone names.

Names that are also common words come only in a safe context: Arabic "فتح"
(opened), "الإخوان" (brothers), "الشباب" (youth), "أمل" (hope), Persian
"فتح", "اخوان" (a surname), "جندالله" (soldiers of God), "میت" (a corpse), English "MIT" and "PPP".

Arabic members of the Islamic State named by its name ("داعشيون",
"داعشيين"), as "الدواعش" and Persian "داعشی‌ها" are read.

Dropped: English "IRGC" out of the bodies whose state a country word near
them tells (so that "IRGC condemned Israel" keeps Iran's code): the
commander's title "commander of the IRGC" then no longer took the body, and
his meeting lost its other side; kept as a known gap below.

Known disagreement left as it is: the PTI is the opposition in English and
a party in Arabic and Persian (it ruled until 2022; the data carry no end
of a term in power).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Israeli troops killed two al-Quds Brigades fighters in Jenin.",
        "قتلت القوات الإسرائيلية مقاتلين من سرايا القدس في جنين",
        "نیروهای اسرائیلی دو عضو سرایا القدس را در جنین کشتند",
        ("ASSAULT reported ISR:MIL PSE:REB",),
    ),
    (
        "Hizbullah fired rockets at northern Israel.",
        "أطلق حزب الله صواريخ على شمال إسرائيل",
        "حزب‌الله موشک‌هایی به سمت شمال اسرائیل شلیک کرد",
        ("ASSAULT reported LBN:REB ISR:",),
    ),
    (
        "Turkish police detained dozens of HDP members in Diyarbakir.",
        "اعتقلت الشرطة التركية عشرات من أعضاء حزب الشعوب الديمقراطي في ديار بكر",
        "پلیس ترکیه ده‌ها عضو حزب دموکراتیک خلق‌ها را در دیاربکر بازداشت کرد",
        ("COERCE reported TUR:COP TUR:OPP",),
    ),
    (
        "The PMF attacked Islamic State positions near Mosul.",
        "هاجمت قوات الحشد الشعبي مواقع داعش قرب الموصل",
        "نیروهای حشد الشعبی به مواضع داعش در نزدیکی موصل حمله کردند",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "The Sadrists protested in Baghdad against the government.",
        "تظاهر الصدريون في بغداد ضد الحكومة",
        "صدری‌ها در بغداد علیه دولت تظاهرات کردند",
        ("PROTEST reported IRQ:PTY IRQ:GOV",),
    ),
    (
        "Yesh Atid criticised Netanyahu's government.",
        "انتقد حزب يش عتيد حكومة نتنياهو",
        "حزب یش عتید دولت نتانیاهو را انتقاد کرد",
        ("ACCUSE reported ISR:OPP ISR:GOV",),
    ),
    (
        "AQAP fighters attacked a Yemeni army post in Abyan.",
        "هاجم مسلحو تنظيم القاعدة في جزيرة العرب موقعا للجيش اليمني في أبين",
        "اعضای القاعده در شبه جزیره عربستان به یک پایگاه ارتش یمن در ابین حمله کردند",
        ("ASSAULT reported YEM:REB YEM:MIL",),
    ),
    (
        "The Knesset condemned the UN resolution.",
        "أدان الكنيست قرار الأمم المتحدة",
        "کنست قطعنامه سازمان ملل را محکوم کرد",
        ("ACCUSE reported ISR:LEG UN:",),
    ),
    (
        "Jundallah militants attacked a police station in Sistan-Baluchestan.",
        "هاجم مسلحو جند الله مركزا للشرطة في سيستان وبلوشستان",
        "اعضای گروهک جندالله به یک پاسگاه پلیس در سیستان و بلوچستان حمله کردند",
        ("ASSAULT reported IRN:REB IRN:COP",),
    ),
    (
        "The Polisario Front attacked a Moroccan army post.",
        "هاجمت جبهة البوليساريو موقعا للجيش المغربي",
        "جبهه پولیساریو به یک پایگاه ارتش مراکش حمله کرد",
        ("ASSAULT reported ESH:REB MAR:MIL",),
    ),
    (
        "Iran's Ministry of Intelligence arrested ten people in Tehran.",
        "اعتقلت وزارة الاستخبارات الإيرانية عشرة أشخاص في طهران",
        "وزارت اطلاعات ایران ده نفر را در تهران بازداشت کرد",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Pakistan's ISI arrested two men in Lahore.",
        "اعتقلت الاستخبارات الباكستانية رجلين في لاهور",
        "سازمان اطلاعات پاکستان دو مرد را در لاهور بازداشت کرد",
        ("COERCE reported PAK:COP PAK:CVL",),
    ),
    (
        "The Haqqani network attacked a base in Khost.",
        "هاجمت شبكة حقاني قاعدة في خوست",
        "شبکه حقانی به یک پایگاه در خوست حمله کرد",
        ("ASSAULT reported AFG:REB",),
    ),
    (
        "The Lions' Den attacked an Israeli checkpoint near Nablus.",
        "هاجمت مجموعة عرين الأسود حاجزا إسرائيليا قرب نابلس",
        "گروه عرین الاسود به یک ایست بازرسی اسرائیل در نزدیکی نابلس حمله کرد",
        ("ASSAULT reported PSE:REB ISR:",),
    ),
    (
        "Lashkar-e-Taiba militants attacked Indian soldiers in Kashmir.",
        "هاجم مسلحو لشكر طيبة جنودا هنودا في كشمير",
        "شبه‌نظامیان لشکر طیبه به سربازان هندی در کشمیر حمله کردند",
        ("ASSAULT reported PAK:REB IND:MIL",),
    ),
    (
        "The Badr Organization condemned the United States.",
        "أدانت منظمة بدر الولايات المتحدة",
        "سازمان بدر آمریکا را محکوم کرد",
        ("ACCUSE reported IRQ:PTY USA:",),
    ),
    (
        "The Southern Transitional Council condemned the Yemeni government.",
        "أدان المجلس الانتقالي الجنوبي الحكومة اليمنية",
        "شورای انتقالی جنوب دولت یمن را محکوم کرد",
        ("ACCUSE reported YEM:REB YEM:GOV",),
    ),
    (
        "The Coordination Framework condemned the United States.",
        "أدان الإطار التنسيقي الولايات المتحدة",
        "ائتلاف چارچوب هماهنگی آمریکا را محکوم کرد",
        ("ACCUSE reported IRQ:PTY USA:",),
    ),
    (
        "Jamiat Ulema-e-Islam criticised the Pakistani government.",
        "انتقدت جمعية علماء الإسلام الحكومة الباكستانية",
        "جمعیت علمای اسلام دولت پاکستان را انتقاد کرد",
        ("ACCUSE reported PAK:PTY PAK:GOV",),
    ),
    (
        "The MHP criticised the European Union.",
        "انتقد حزب الحركة القومية الاتحاد الأوروبي",
        "حزب حرکت ملی اتحادیه اروپا را انتقاد کرد",
        ("ACCUSE reported TUR:PTY EU:",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One language's spelling of a name, read as its other spellings are.
CASES: list[tuple[str, str, set[str]]] = [
    ("Hizballah condemned the United States.", "en", {"ACCUSE reported LBN:REB USA:"}),
    (
        "People's Protection Units fighters shelled a Turkish post.",
        "en",
        {"ASSAULT reported SYR:REB TUR:"},
    ),
    ("Al Qaida condemned the United States.", "en", {"ACCUSE reported -:REB USA:"}),
    ("Kata'ib Hezbollah condemned the United States.", "en", {"ACCUSE reported IRQ:REB USA:"}),
    (
        "The People's Mujahedin condemned the Iranian government.",
        "en",
        {"ACCUSE reported IRN:OPP IRN:GOV"},
    ),
    ("The LNA condemned the United States.", "en", {"ACCUSE reported LBY:MIL USA:"}),
    ("Hezb-e-Islami condemned the United States.", "en", {"ACCUSE reported AFG:PTY USA:"}),
    ("The Free Patriotic Movement condemned Israel.", "en", {"ACCUSE reported LBN:PTY ISR:"}),
    ("أدان العمال الكردستاني الولايات المتحدة", "ar", {"ACCUSE reported TUR:REB USA:"}),
    ("هاجم عناصر بيجاك موقعا للحرس الثوري", "ar", {"ASSAULT reported IRN:REB IRN:MIL"}),
    ("أدان مجاهدو خلق الحكومة الإيرانية", "ar", {"ACCUSE reported IRN:OPP IRN:GOV"}),
    ("هاجم عناصر فاجنر قرية في مالي", "ar", {"ASSAULT reported RUS:MIL"}),
    ("ISKP gunmen attacked a mosque in Kabul.", "en", {"ASSAULT reported AFG:REB AFG:REL"}),
    ("هاجم مسلحو ولاية خراسان مسجدا في كابل", "ar", {"ASSAULT reported AFG:REB"}),
    ("شاخه خراسان داعش به یک مسجد در کابل حمله کرد", "fa", {"ASSAULT reported AFG:REB"}),
    (
        "اتهمت الحكومة العراقية الصدريين بمهاجمة مقرات الأحزاب",
        "ar",
        {"ACCUSE reported IRQ:GOV IRQ:PTY"},
    ),
    (
        "قتل الجيش التركي عشرة من مقاتلي العمال الكردستاني",
        "ar",
        {"ASSAULT reported TUR:MIL TUR:REB"},
    ),
    ("اتهم المغرب البوليساريو بمهاجمة المدنيين", "ar", {"ACCUSE reported MAR: ESH:REB"}),
    (
        "دولت عراق صدری‌ها را به حمله به دفاتر احزاب متهم کرد",
        "fa",
        {"ACCUSE reported IRQ:GOV IRQ:PTY"},
    ),
    ("پلیس ترکیه رهبران حزب دم را بازداشت کرد", "fa", {"COERCE reported TUR:COP TUR:OPP"}),
    (
        "Hezb-i-Islami fighters attacked a Taliban checkpoint.",
        "en",
        {"ASSAULT reported AFG:PTY AFG:REB"},
    ),
    ("هاجم عناصر الحشد مواقع داعش", "ar", {"ASSAULT reported IRQ:MIL -:REB"}),
    (
        "قصفت الطائرات الأمريكية مقرا لقوات الحشد قرب القائم",
        "ar",
        {"ASSAULT reported USA:MIL IRQ:MIL"},
    ),
    ("The Jenin Brigade attacked Israeli troops.", "en", {"ASSAULT reported PSE:REB ISR:MIL"}),
    ("Ansarullah condemned the United States.", "en", {"ACCUSE reported YEM:REB USA:"}),
    ("The PIJ condemned the United States.", "en", {"ACCUSE reported PSE:REB USA:"}),
    ("هاجم داعشيون قرية", "ar", {"ASSAULT reported -:REB"}),
    (
        "The Kurdistan Regional Government condemned the Turkish strikes.",
        "en",
        {"ACCUSE reported IRQ:GOV TUR:", "ASSAULT reported TUR:"},
    ),
    (
        "دولت اقلیم کردستان حملات ترکیه را محکوم کرد",
        "fa",
        {"ACCUSE reported IRQ:GOV TUR:", "ASSAULT reported TUR:"},
    ),
    ("Otzma Yehudit criticised the Israeli government.", "en", {"ACCUSE reported ISR:PTY ISR:GOV"}),
    ("أدان الدوما الولايات المتحدة", "ar", {"ACCUSE reported RUS:LEG USA:"}),
    ("انتقد مجلس العموم الحكومة الأمريكية", "ar", {"ACCUSE reported GBR:LEG USA:GOV"}),
    ("أدان حزب الرابطة الإسلامية الولايات المتحدة", "ar", {"ACCUSE reported PAK:PTY USA:"}),
    ("جبهه نصره آمریکا را محکوم کرد", "fa", {"ACCUSE reported SYR:REB USA:"}),
    ("گردان‌های شهدای الاقصی آمریکا را محکوم کرد", "fa", {"ACCUSE reported PSE:REB USA:"}),
    ("جنبش النهضه آمریکا را محکوم کرد", "fa", {"ACCUSE reported TUN:PTY USA:"}),
    (
        "وزارت اطلاعات و فرهنگ طالبان یک خبرنگار را بازداشت کرد",
        "fa",
        {"COERCE reported AFG:GOV AFG:MED"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_names(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# The common-word sense of a name gives no movement or party.
COMMON: list[tuple[str, str]] = [
    ("أعرب الوزير عن أمل بلاده في أن تنتهي الحرب", "ar"),
    ("فتح الجيش النار على المتظاهرين في بغداد", "ar"),
    ("اعتقلت الشرطة المصرية عشرة من الشباب في القاهرة", "ar"),
    ("هاجم الإخوان الثلاثة جارهم في القرية", "ar"),
    ("أدانت وزارة الخارجية السعودية الهجوم على ميدان التحرير", "ar"),
    ("ارتش آتش را به روی معترضان در بغداد فتح کرد", "fa"),
    ("مهدی اخوان وزیر را به شدت انتقاد کرد", "fa"),
    ("پلیس جسد یک میت را در تهران پیدا کرد", "fa"),
    ("فرمانده از رشادت جندالله در جبهه‌های جنگ تقدیر کرد", "fa"),
    ("The minister praised the PPP model for building roads.", "en"),
    ("MIT researchers criticised the Chinese government.", "en"),
    ("The two ministries agreed on a coordination framework for aid to Gaza.", "en"),
    ("ایران و عراق در چارچوب هماهنگی های انجام شده نشست برگزار کردند", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), COMMON)
def test_common_words_name_no_group(text: str, lang: str) -> None:
    agents = {
        line.split()[i].split(":")[1]
        for line in _read(text, lang)
        for i in range(2, len(line.split()))
    }
    assert not agents & {"REB", "PTY", "OPP"}


@pytest.mark.parametrize(
    "text",
    [
        "حذرت أوكرانيا من الحشد العسكري الروسي على الحدود",
        "دعت المعارضة إلى الحشد في الشارع ضد الحكومة",
    ],
)
def test_a_build_up_or_a_crowd_is_no_popular_mobilization(text: str) -> None:
    assert not any("IRQ:MIL" in line for line in _read(text, "ar"))


@pytest.mark.xfail(strict=True, reason="known gap: bare IRGC takes the other country's code")
def test_bare_irgc_keeps_iran() -> None:
    assert _read("IRGC condemned Israel.", "en") == {"ACCUSE reported IRN:MIL ISR:"}
