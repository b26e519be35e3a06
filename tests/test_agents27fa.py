"""Round 27 (agents27fa): Persian agent nouns a news reader meets that the
lists lacked, each told in Persian, English and Arabic (the same event in
the three): military units, convoys, guns and ships; police ranks and
conscripts; security services by their plural and by their deed; judicial
authorities; America's parties by their members; armed movements by their
creed; religious minorities; undocumented foreigners; criminal groups;
health workers; rabbis; the private sector; police bodies after "forces"
and "men"; plainclothes agents; mourners; street vendors; the Islamic
State by its full name; the Palestinian resistance; named armed movements
of the region. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

# (event type, the actor expected, an actor that must not be there, and the
# sentence in each language)
TRIPLES: list[tuple[str, str, str | None, tuple[str, str, str]]] = [
    (
        "ASSAULT",
        "TUR:MIL",
        None,
        (
            "توپخانه ترکیه روستاهای مرزی عراق را گلوله‌باران کرد.",
            "Turkish artillery shelled border villages in Iraq.",
            "قصفت المدفعية التركية قرى حدودية في العراق.",
        ),
    ),
    (
        "ASSAULT",
        "USA:MIL",
        None,
        (
            "رزمناوهای آمریکایی به قایق‌های ایرانی شلیک کردند.",
            "American warships fired on Iranian boats.",
            "أطلقت سفن حربية أمريكية النار على قوارب إيرانية.",
        ),
    ),
    (
        "ASSAULT",
        "TUR:MIL",
        None,
        (
            "یک ستون نظامی ترکیه به مواضع کردها در شمال سوریه حمله کرد.",
            "A Turkish military convoy attacked Kurdish positions in northern Syria.",
            "هاجم رتل عسكري تركي مواقع كردية في شمال سوريا.",
        ),
    ),
    (
        "ASSAULT",
        "IRN:MIL",
        None,
        (
            "قوای مسلح ایران یک پهپاد آمریکایی را سرنگون کردند.",
            "Iran's armed forces shot down an American drone.",
            "أسقطت القوات المسلحة الإيرانية طائرة مسيرة أمريكية.",
        ),
    ),
    (
        "COERCE",
        "IRN:COP",
        "IRN:MIL",
        (
            "یک سرتیپ پلیس ایران ده قاچاقچی را بازداشت کرد.",
            "An Iranian police brigadier general arrested ten smugglers.",
            "اعتقل عميد في الشرطة الإيرانية عشرة مهربين.",
        ),
    ),
    (
        "CONCEDE",
        "-:COP",
        "-:MIL",
        (
            "نماینده مجلس از سرباز وظیفه راهور عذرخواهی کرد.",
            "The MP apologised to the traffic police conscript.",
            "اعتذر النائب لمجند شرطة المرور.",
        ),
    ),
    (
        "COERCE",
        "IRN:COP",
        "IRN:MIL",
        (
            "نیروهای سرکوب ده‌ها معترض را در تهران بازداشت کردند.",
            "Riot police arrested dozens of protesters in Tehran.",
            "اعتقلت قوات القمع عشرات المتظاهرين في طهران.",
        ),
    ),
    (
        "COERCE",
        "IRN:COP",
        "IRN:MIL",
        (
            "نیروهای مرزی ایران ده مهاجر افغان را بازداشت کردند.",
            "Iranian border guards arrested ten Afghan migrants.",
            "اعتقل حرس الحدود الإيراني عشرة مهاجرين أفغان.",
        ),
    ),
    (
        "ACCUSE",
        "USA:COP",
        None,
        (
            "دستگاه‌های اطلاعاتی آمریکا روسیه را به دخالت در انتخابات متهم کردند.",
            "US intelligence agencies accused Russia of meddling in the election.",
            "اتهمت أجهزة الاستخبارات الأمريكية روسيا بالتدخل في الانتخابات.",
        ),
    ),
    (
        "COERCE",
        "IRN:JUD",
        "IRN:GOV",
        (
            "مراجع قضایی ایران یک روزنامه‌نگار را بازداشت کردند.",
            "Iranian judicial authorities detained a journalist.",
            "اعتقلت السلطات القضائية الإيرانية صحفيا.",
        ),
    ),
    (
        "REJECT",
        "USA:PTY",
        None,
        (
            "جمهوری‌خواهان با طرح زیرساختی بایدن مخالفت کردند.",
            "Republicans opposed Biden's infrastructure plan.",
            "عارض الجمهوريون خطة بايدن للبنية التحتية.",
        ),
    ),
    (
        "ASSAULT",
        "IRQ:REB",
        "IRQ:UAF",
        (
            "گروه‌های تکفیری به یک روستای ایزدی در شمال عراق حمله کردند.",
            "Jihadist groups attacked a Yazidi village in northern Iraq.",
            "هاجمت جماعات تكفيرية قرية إيزيدية في شمال العراق.",
        ),
    ),
    (
        "ASSAULT",
        "IRN:REB",
        None,
        (
            "عناصر مسلح به یک پاسگاه پلیس در زاهدان حمله کردند.",
            "Armed militants attacked a police post in Zahedan.",
            "هاجم مسلحون متشددون مركزا للشرطة في زاهدان.",
        ),
    ),
    (
        "ASSAULT",
        "IRQ:CVL",
        None,
        (
            "افراد مسلح به مسیحیان در شمال عراق حمله کردند.",
            "Gunmen attacked Christians in northern Iraq.",
            "هاجم مسلحون المسيحيين في شمال العراق.",
        ),
    ),
    (
        "COERCE",
        "AFG:REF",
        "AFG:CVL",
        (
            "پلیس ایران صدها تن از اتباع غیرمجاز افغان را اخراج کرد.",
            "Iranian police deported hundreds of undocumented Afghan migrants.",
            "رحلت الشرطة الإيرانية مئات المهاجرين الأفغان غير الشرعيين.",
        ),
    ),
    (
        "COERCE",
        "MEX:CRM",
        None,
        (
            "پلیس مکزیک سران گروه‌های تبهکار را بازداشت کرد.",
            "Mexican police arrested the leaders of criminal gangs.",
            "اعتقلت الشرطة المكسيكية زعماء عصابات إجرامية.",
        ),
    ),
    (
        "PROTEST",
        "IRN:HLH",
        "IRN:CVL",
        (
            "داروسازان و دندانپزشکان در تهران در اعتراض به دستمزدها تجمع کردند.",
            "Pharmacists and dentists rallied in Tehran over pay.",
            "تجمع الصيادلة وأطباء الأسنان في طهران احتجاجا على الأجور.",
        ),
    ),
    (
        "ACCUSE",
        "ISR:REL",
        None,
        (
            "خاخام‌ها تصمیم دولت اسرائیل را محکوم کردند.",
            "Rabbis condemned the Israeli government's decision.",
            "ندد الحاخامات بقرار الحكومة الإسرائيلية.",
        ),
    ),
    (
        "AGREE",
        "IRN:BUS",
        None,
        (
            "بخش خصوصی ایران با شرکت‌های عراقی قرارداد همکاری امضا کرد.",
            "Iran's private sector signed a cooperation deal with Iraqi companies.",
            "وقع القطاع الخاص الإيراني اتفاق تعاون مع شركات عراقية.",
        ),
    ),
    (
        "ASSAULT",
        "IRN:COP",
        "IRN:MIL",
        (
            "نیروهای یگان ویژه به معترضان در تهران حمله کردند.",
            "Special police units attacked protesters in Tehran.",
            "هاجمت وحدات الشرطة الخاصة المتظاهرين في طهران.",
        ),
    ),
    (
        "ASSAULT",
        "IRN:COP",
        "IRN:UAF",
        (
            "افراد لباس شخصی به معترضان در تهران حمله کردند.",
            "Plainclothes agents attacked protesters in Tehran.",
            "هاجم عناصر بلباس مدني المتظاهرين في طهران.",
        ),
    ),
    (
        "ASSAULT",
        "IRN:CVL",
        None,
        (
            "نیروهای امنیتی به عزاداران در زاهدان حمله کردند.",
            "Security forces attacked mourners in Zahedan.",
            "هاجمت قوات الأمن المشيعين في زاهدان.",
        ),
    ),
    (
        "ASSAULT",
        "IRN:BUS",
        None,
        (
            "ماموران پلیس به دستفروشان در تهران حمله کردند.",
            "Police attacked street vendors in Tehran.",
            "هاجمت الشرطة الباعة المتجولين في طهران.",
        ),
    ),
    (
        "ASSAULT",
        "IRQ:REB",
        "IRQ:GOV",
        (
            "دولت اسلامی عراق و شام به یک روستا در نزدیکی موصل حمله کرد.",
            "The Islamic State of Iraq and the Levant attacked a village near Mosul.",
            "هاجم تنظيم الدولة الإسلامية في العراق والشام قرية قرب الموصل.",
        ),
    ),
    (
        "ASSAULT",
        "PSE:REB",
        None,
        (
            "مقاومت فلسطین به شهرک‌های اسرائیلی راکت شلیک کرد.",
            "Palestinian resistance factions fired rockets at Israeli settlements.",
            "أطلقت فصائل المقاومة الفلسطينية صواريخ على مستوطنات إسرائيلية.",
        ),
    ),
    (
        "ASSAULT",
        "SYR:REB",
        None,
        (
            "تحریرالشام به مواضع ارتش سوریه حمله کرد.",
            "Hayat Tahrir al-Sham attacked Syrian army positions.",
            "هاجمت هيئة تحرير الشام مواقع الجيش السوري.",
        ),
    ),
    (
        "ASSAULT",
        "SYR:REB",
        None,
        (
            "جیش الاسلام به مواضع ارتش سوریه در غوطه حمله کرد.",
            "Jaish al-Islam attacked Syrian army positions in Ghouta.",
            "هاجم جيش الإسلام مواقع الجيش السوري في الغوطة.",
        ),
    ),
    (
        "ASSAULT",
        "IRQ:REB",
        None,
        (
            "جنبش النجباء به پایگاه آمریکا در عراق حمله کرد.",
            "Harakat al-Nujaba attacked a US base in Iraq.",
            "هاجمت حركة النجباء قاعدة أمريكية في العراق.",
        ),
    ),
    (
        "ASSAULT",
        "PSE:REB",
        None,
        (
            "جبهه خلق برای آزادی فلسطین به شهرک‌های اسرائیلی راکت شلیک کرد.",
            "The PFLP fired rockets at Israeli settlements.",
            "أطلقت الجبهة الشعبية لتحرير فلسطين صواريخ على مستوطنات إسرائيلية.",
        ),
    ),
]

CASES = [
    pytest.param(etype, want, unwanted, text, lang, id=f"{want}-{lang}-{i}")
    for i, (etype, want, unwanted, texts) in enumerate(TRIPLES)
    for lang, text in zip(("fa", "en", "ar"), texts, strict=True)
]


@pytest.mark.parametrize(("etype", "want", "unwanted", "text", "lang"), CASES)
def test_agent_nouns_read_alike_in_three_languages(
    etype: str, want: str, unwanted: str | None, text: str, lang: str
) -> None:
    actors = cast(run(text, lang), etype)
    assert want in actors
    if unwanted:
        assert unwanted not in actors


# Words that look like the new nouns but name no such agent: contract work
# ("کارگر پیمانکاری") is the workers', piracy ("دزدی دریایی") is a deed, a
# news agency cited ("به گزارش خبرگزاری") is no actor, and a general
# mobilisation is no police.
NOT_THESE = [
    ("کارگران پیمانکاری نفت خواستار افزایش دستمزد شدند.", "REQUEST", "BUS"),
    ("نخست وزیر اسرائیل این حمله را دزدی دریایی خواند و ایران را تهدید کرد.", "THREATEN", "CRM"),
    ("به گزارش خبرگزاری فارس، پلیس ده معترض را بازداشت کرد.", "COERCE", "MED"),
]


@pytest.mark.parametrize(("text", "etype", "agent"), NOT_THESE)
def test_look_alikes_name_no_such_agent(text: str, etype: str, agent: str) -> None:
    agents = {a.split(":")[1] for a in cast(run(text, "fa"), etype)}
    assert agent not in agents


# A prisoner put to death with no doer named dies by a court's sentence
# (JUD of the place), not at unidentified attackers' hands; a doer named (a
# state, an armed group) leaves no court understood.
EXECUTED = [
    ("سه معترض در زندانی در ایران اعدام شدند.", "fa", "IRN:JUD"),
    ("Three protesters were executed in a prison in Iran.", "en", "IRN:JUD"),
    ("أعدم ثلاثة متظاهرين في سجن في إيران.", "ar", "IRN:JUD"),
    ("این زندانی سیاسی اعدام شد.", "fa", "-:JUD"),
    ("The political prisoner was executed.", "en", "-:JUD"),
    ("أعدم السجين السياسي.", "ar", "-:JUD"),
]


@pytest.mark.parametrize(("text", "lang", "want"), EXECUTED)
def test_an_execution_with_no_doer_is_a_courts(text: str, lang: str, want: str) -> None:
    actors = cast(run(text, lang), "ASSAULT")
    assert want in actors
    assert not any(a.endswith(":UAF") for a in actors)


EXECUTED_BY = [
    ("داعش ده نفر را در موصل اعدام کرد.", "fa", "IRQ:REB"),
    ("ISIS executed ten people in Mosul.", "en", "IRQ:REB"),
    ("أعدم تنظيم داعش عشرة أشخاص في الموصل.", "ar", "IRQ:REB"),
]


@pytest.mark.parametrize(("text", "lang", "want"), EXECUTED_BY)
def test_an_execution_by_a_named_doer_is_its_own(text: str, lang: str, want: str) -> None:
    actors = cast(run(text, lang), "ASSAULT")
    assert want in actors
    assert not any(a.endswith(":JUD") for a in actors)
