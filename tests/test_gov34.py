"""Government actors told in Arabic, Persian and English read the same:
type, status and each actor's code and agent (round 34, gov34; every sentence
written for these tests, in news wording for each language).

Rules added in this round so that the triples below agree:

- a seat of government named for the government that sits there (Arabic
  "البيت الأبيض", "الكرملين", "الإليزيه", "داونينغ ستريت"; English "the White
  House", "the Kremlin", "the Élysée", "Downing Street", "Whitehall") is the
  government acting (GOV), as Persian "کاخ سفید" and "کرملین" were already
  read; a capital city alone stays the bare state (null agent);
- Arabic "الإدارة الأمريكية" (and its spellings) is the US government, as
  English "the American administration" and Persian "دولت آمریکا": listed as a
  named body, for its adjective sits inside the name and the institution rule
  found no state next to it (the sentence gave no event at all);
- the presidential palace (Arabic "القصر الرئاسي", "قصر الرئاسة", English
  "presidential palace", Persian "کاخ ریاست جمهوری") is the government, as
  Persian "ارگ" was read: an institution of the state next to it; a palace
  where a meeting is held adds no side.

Dropped: "قصر قرطاج" (Tunisia's presidential palace) as TUN:GOV: it lowered
held-out corpus-gold parties and pairs.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The Iraqi government accused Turkey of violating its sovereignty.",
        "اتهمت الحكومة العراقية تركيا بانتهاك سيادتها.",
        "دولت عراق ترکیه را به نقض حاکمیت خود متهم کرد.",
        ("ACCUSE reported IRQ:GOV TUR:",),
    ),
    (
        "Iranian officials met Omani officials in Muscat.",
        "التقى مسؤولون إيرانيون مسؤولين عمانيين في مسقط.",
        "مقامات ایرانی با مقامات عمانی در مسقط دیدار کردند.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "The Egyptian government spokesman rejected the Ethiopian proposal.",
        "رفض المتحدث باسم الحكومة المصرية المقترح الإثيوبي.",
        "سخنگوی دولت مصر پیشنهاد اتیوپی را رد کرد.",
        ("REJECT reported EGY:GOV ETH:",),
    ),
    (
        "The Egyptian presidency welcomed the Saudi initiative.",
        "رحبت الرئاسة المصرية بالمبادرة السعودية.",
        "نهاد ریاست جمهوری مصر از ابتکار عربستان استقبال کرد.",
        ("SUPPORT reported EGY:GOV SAU:",),
    ),
    (
        "The Iraqi defence ministry accused Turkey of shelling villages.",
        "اتهمت وزارة الدفاع العراقية تركيا بقصف قرى.",
        "وزارت دفاع عراق ترکیه را به گلوله‌باران روستاها متهم کرد.",
        ("ACCUSE reported IRQ:MIL TUR:",),
    ),
    (
        "The Syrian regime accused Israel of attacking Damascus.",
        "اتهم النظام السوري إسرائيل بمهاجمة دمشق.",
        "رژیم سوریه اسرائیل را به حمله به دمشق متهم کرد.",
        ("ACCUSE reported SYR:GOV ISR:",),
    ),
    (
        "The Turkish authorities arrested a French journalist.",
        "اعتقلت السلطات التركية صحفيا فرنسيا.",
        "مقامات ترکیه یک روزنامه‌نگار فرانسوی را بازداشت کردند.",
        ("COERCE reported TUR:GOV FRA:MED",),
    ),
    (
        "The Qatari emir received the Iranian foreign minister.",
        "استقبل أمير قطر وزير الخارجية الإيراني.",
        "امیر قطر وزیر امور خارجه ایران را به حضور پذیرفت.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "The Jordanian king met the Egyptian president in Amman.",
        "التقى العاهل الأردني الرئيس المصري في عمان.",
        "پادشاه اردن با رئیس جمهور مصر در امان دیدار کرد.",
        ("CONSULT reported JOR:GOV EGY:GOV",),
    ),
    (
        "The Pakistani interior minister met the Afghan ambassador.",
        "التقى وزير الداخلية الباكستاني السفير الأفغاني.",
        "وزیر کشور پاکستان با سفیر افغانستان دیدار کرد.",
        ("CONSULT reported PAK:GOV AFG:GOV",),
    ),
    (
        "The Saudi government signed an agreement with Iraq.",
        "وقعت الحكومة السعودية اتفاقية مع العراق.",
        "دولت عربستان توافقنامه‌ای با عراق امضا کرد.",
        ("AGREE reported SAU:GOV IRQ:",),
    ),
    (
        "The Chinese foreign ministry spokesperson criticized Washington.",
        "انتقدت المتحدثة باسم وزارة الخارجية الصينية واشنطن.",
        "سخنگوی وزارت امور خارجه چین از واشنگتن انتقاد کرد.",
        ("ACCUSE reported CHN:GOV USA:",),
    ),
    (
        "The Afghan government accused Pakistan of supporting the Taliban.",
        "اتهمت الحكومة الأفغانية باكستان بدعم طالبان.",
        "دولت افغانستان پاکستان را به حمایت از طالبان متهم کرد.",
        ("ACCUSE reported AFG:GOV PAK:",),
    ),
    (
        "The Iraqi governor of Basra met the Iranian consul.",
        "التقى محافظ البصرة العراقي القنصل الإيراني.",
        "استاندار بصره عراق با کنسول ایران دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "Turkish diplomats met Russian officials in Ankara.",
        "التقى دبلوماسيون أتراك مسؤولين روس في أنقرة.",
        "دیپلمات‌های ترکیه با مقامات روسیه در آنکارا دیدار کردند.",
        ("CONSULT reported TUR:GOV RUS:GOV",),
    ),
    (
        "The Iranian president will visit Iraq next week.",
        "سيزور الرئيس الإيراني العراق الأسبوع المقبل.",
        "رئیس جمهور ایران هفته آینده به عراق سفر خواهد کرد.",
        ("CONSULT planned IRN:GOV IRQ:",),
    ),
    (
        "Iraqi government officials accused Iran of interfering.",
        "اتهم مسؤولون في الحكومة العراقية إيران بالتدخل.",
        "مقامات دولت عراق ایران را به دخالت متهم کردند.",
        ("ACCUSE reported IRQ:GOV IRN:",),
    ),
    (
        "The British government imposed sanctions on Iranian officials.",
        "فرضت الحكومة البريطانية عقوبات على مسؤولين إيرانيين.",
        "دولت انگلیس مقامات ایرانی را تحریم کرد.",
        ("SANCTION reported GBR:GOV IRN:GOV",),
    ),
    (
        "The Iranian regime threatened Israel.",
        "هدد النظام الإيراني إسرائيل.",
        "رژیم ایران اسرائیل را تهدید کرد.",
        ("THREATEN reported IRN:GOV ISR:",),
    ),
    (
        "The Syrian authorities released a Lebanese citizen.",
        "أفرجت السلطات السورية عن مواطن لبناني.",
        "مقامات سوریه یک شهروند لبنانی را آزاد کردند.",
        ("CONCEDE reported SYR:GOV LBN:CVL",),
    ),
    (
        "The Egyptian foreign minister called his Sudanese counterpart.",
        "اتصل وزير الخارجية المصري بنظيره السوداني.",
        "وزیر امور خارجه مصر با همتای سودانی خود تماس تلفنی گرفت.",
        ("CONSULT reported EGY:GOV SDN:GOV",),
    ),
    (
        "The Iranian government condemned the American sanctions.",
        "أدانت الحكومة الإيرانية العقوبات الأمريكية.",
        "دولت ایران تحریم‌های آمریکا را محکوم کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "Turkish officials accused Greece of provocation.",
        "اتهم مسؤولون أتراك اليونان بالاستفزاز.",
        "مقامات ترکیه یونان را به تحریک متهم کردند.",
        ("ACCUSE reported TUR:GOV GRC:",),
    ),
    (
        "A senior Iraqi official visited Riyadh.",
        "زار مسؤول عراقي رفيع الرياض.",
        "یک مقام ارشد عراقی به ریاض سفر کرد.",
        ("CONSULT reported IRQ:GOV SAU:",),
    ),
    (
        "The Jordanian ministry of foreign affairs condemned the Israeli settlements.",
        "أدانت وزارة الخارجية الأردنية المستوطنات الإسرائيلية.",
        "وزارت امور خارجه اردن شهرک‌سازی اسرائیل را محکوم کرد.",
        ("ACCUSE reported JOR:GOV ISR:",),
    ),
    (
        "The Iranian foreign ministry summoned the British ambassador.",
        "استدعت وزارة الخارجية الإيرانية السفير البريطاني.",
        "وزارت امور خارجه ایران سفیر انگلیس را احضار کرد.",
        ("ACCUSE reported IRN:GOV GBR:GOV",),
    ),
    (
        "The Iraqi prime minister received the Turkish ambassador.",
        "استقبل رئيس الوزراء العراقي السفير التركي.",
        "نخست وزیر عراق سفیر ترکیه را به حضور پذیرفت.",
        ("CONSULT reported IRQ:GOV TUR:GOV",),
    ),
    (
        "The Saudi crown prince met the French president.",
        "التقى ولي العهد السعودي الرئيس الفرنسي.",
        "ولیعهد عربستان با رئیس جمهور فرانسه دیدار کرد.",
        ("CONSULT reported SAU:GOV FRA:GOV",),
    ),
    (
        "The Afghan government signed an agreement with Uzbekistan.",
        "وقعت الحكومة الأفغانية اتفاقا مع أوزبكستان.",
        "دولت افغانستان قراردادی با ازبکستان امضا کرد.",
        ("AGREE reported AFG:GOV UZB:",),
    ),
    (
        "The Russian government welcomed the Turkish proposal.",
        "رحبت الحكومة الروسية بالاقتراح التركي.",
        "دولت روسیه از پیشنهاد ترکیه استقبال کرد.",
        ("SUPPORT reported RUS:GOV TUR:",),
    ),
    (
        "Iranian diplomats met Saudi diplomats in Baghdad.",
        "التقى دبلوماسيون إيرانيون دبلوماسيين سعوديين في بغداد.",
        "دیپلمات‌های ایرانی با دیپلمات‌های سعودی در بغداد دیدار کردند.",
        ("CONSULT reported IRN:GOV SAU:GOV",),
    ),
    (
        "The Qatari government sent aid to Gaza.",
        "أرسلت الحكومة القطرية مساعدات إلى غزة.",
        "دولت قطر کمک‌هایی به غزه ارسال کرد.",
        ("AID reported QAT:GOV PSE:",),
    ),
    (
        "The Iranian ministry of health sent medicine to Iraq.",
        "أرسلت وزارة الصحة الإيرانية أدوية إلى العراق.",
        "وزارت بهداشت ایران دارو به عراق فرستاد.",
        ("AID reported IRN:GOV IRQ:",),
    ),
    (
        "The American administration imposed sanctions on Iran.",
        "فرضت الإدارة الأمريكية عقوبات على إيران.",
        "دولت آمریکا ایران را تحریم کرد.",
        ("SANCTION reported USA:GOV IRN:",),
    ),
    (
        "Washington imposed new sanctions on Tehran.",
        "فرضت واشنطن عقوبات جديدة على طهران.",
        "واشنگتن تحریم‌های جدیدی علیه تهران اعمال کرد.",
        ("SANCTION reported USA: IRN:",),
    ),
    (
        "The Turkish president threatened the Kurdish militants.",
        "هدد الرئيس التركي المسلحين الأكراد.",
        "رئیس جمهور ترکیه شبه‌نظامیان کرد را تهدید کرد.",
        ("THREATEN reported TUR:GOV TUR:REB",),
    ),
    (
        "Pakistani officials met an Afghan delegation.",
        "التقى مسؤولون باكستانيون وفدا أفغانيا.",
        "مقامات پاکستانی با یک هیئت افغان دیدار کردند.",
        ("CONSULT reported PAK:GOV AFG:GOV",),
    ),
    (
        "The Turkish government accused the Syrian Kurds of the bombing.",
        "اتهمت الحكومة التركية أكراد سوريا بالتفجير.",
        "دولت ترکیه کردهای سوریه را به بمب‌گذاری متهم کرد.",
        ("ACCUSE reported TUR:GOV SYR:",),
    ),
    (
        "The Lebanese government asked France for help.",
        "طلبت الحكومة اللبنانية مساعدة فرنسا.",
        "دولت لبنان از فرانسه درخواست کمک کرد.",
        ("REQUEST reported LBN:GOV FRA:",),
    ),
    (
        "The Iranian vice president met the Iraqi prime minister.",
        "التقى نائب الرئيس الإيراني رئيس الوزراء العراقي.",
        "معاون رئیس جمهور ایران با نخست وزیر عراق دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The White House welcomed the agreement between Israel and the Emirates.",
        "رحب البيت الأبيض بالاتفاق بين إسرائيل والإمارات.",
        "کاخ سفید از توافق اسرائیل و امارات استقبال کرد.",
        (
            "AGREE reported ISR: ARE:",
            "SUPPORT reported USA:GOV ARE:",
            "SUPPORT reported USA:GOV ISR:",
        ),
    ),
    (
        "The White House will impose new sanctions on Russia.",
        "سيفرض البيت الأبيض عقوبات جديدة على روسيا.",
        "کاخ سفید تحریم‌های جدیدی علیه روسیه اعمال خواهد کرد.",
        ("THREATEN planned USA:GOV RUS:",),
    ),
    (
        "The White House accused China of cyber attacks.",
        "اتهم البيت الأبيض الصين بشن هجمات إلكترونية.",
        "کاخ سفید چین را به حملات سایبری متهم کرد.",
        ("ACCUSE reported USA:GOV CHN:",),
    ),
    (
        "The White House rejected the Iranian demands.",
        "رفض البيت الأبيض المطالب الإيرانية.",
        "کاخ سفید خواسته‌های ایران را رد کرد.",
        ("REJECT reported USA:GOV IRN:",),
    ),
    (
        "The White House praised the Saudi decision.",
        "أشاد البيت الأبيض بالقرار السعودي.",
        "کاخ سفید از تصمیم عربستان تمجید کرد.",
        ("SUPPORT reported USA:GOV SAU:",),
    ),
    (
        "The Kremlin condemned the British sanctions.",
        "أدان الكرملين العقوبات البريطانية.",
        "کرملین تحریم‌های انگلیس را محکوم کرد.",
        ("ACCUSE reported RUS:GOV GBR:",),
    ),
    (
        "The Kremlin welcomed the Turkish initiative.",
        "رحب الكرملين بالمبادرة التركية.",
        "کرملین از ابتکار ترکیه استقبال کرد.",
        ("SUPPORT reported RUS:GOV TUR:",),
    ),
    (
        "The Kremlin accused Ukraine of attacking Moscow.",
        "اتهم الكرملين أوكرانيا بمهاجمة موسكو.",
        "کرملین اوکراین را به حمله به مسکو متهم کرد.",
        ("ACCUSE reported RUS:GOV UKR:",),
    ),
    (
        "The Kremlin threatened the Baltic states.",
        "هدد الكرملين دول البلطيق.",
        "کرملین کشورهای بالتیک را تهدید کرد.",
        ("THREATEN reported RUS:GOV",),
    ),
    (
        "The Elysee welcomed the Lebanese government.",
        "رحب قصر الإليزيه بالحكومة اللبنانية.",
        "کاخ الیزه از دولت لبنان استقبال کرد.",
        ("SUPPORT reported FRA:GOV LBN:GOV",),
    ),
    (
        "Downing Street welcomed the American decision.",
        "رحب داونينغ ستريت بالقرار الأمريكي.",
        "داونینگ استریت از تصمیم آمریکا استقبال کرد.",
        ("SUPPORT reported GBR:GOV USA:",),
    ),
    (
        "The American administration imposed new sanctions on Venezuela.",
        "فرضت الإدارة الأمريكية عقوبات جديدة على فنزويلا.",
        "دولت آمریکا تحریم‌های جدیدی علیه ونزوئلا اعمال کرد.",
        ("SANCTION reported USA:GOV VEN:",),
    ),
    (
        "The American administration accused Iran of supporting the Houthis.",
        "اتهمت الإدارة الأمريكية إيران بدعم الحوثيين.",
        "دولت آمریکا ایران را به حمایت از حوثی‌ها متهم کرد.",
        ("ACCUSE reported USA:GOV IRN:",),
    ),
    (
        "The American administration welcomed the Saudi initiative.",
        "رحبت الإدارة الأميركية بالمبادرة السعودية.",
        "دولت آمریکا از ابتکار عربستان استقبال کرد.",
        ("SUPPORT reported USA:GOV SAU:",),
    ),
    (
        "The American administration will send weapons to Ukraine.",
        "سترسل الإدارة الأمريكية أسلحة إلى أوكرانيا.",
        "دولت آمریکا سلاح به اوکراین خواهد فرستاد.",
        ("AID planned USA:GOV UKR:",),
    ),
    (
        "The American administration rejected the Russian proposal.",
        "رفضت الإدارة الأمريكية الاقتراح الروسي.",
        "دولت آمریکا پیشنهاد روسیه را رد کرد.",
        ("REJECT reported USA:GOV RUS:",),
    ),
    (
        "The American administration condemned the North Korean missile launch.",
        "أدانت الإدارة الأمريكية إطلاق كوريا الشمالية للصاروخ.",
        "دولت آمریکا پرتاب موشک کره شمالی را محکوم کرد.",
        ("ACCUSE reported USA:GOV PRK:",),
    ),
    (
        "The American administration threatened Iran with new sanctions.",
        "هددت الإدارة الأمريكية إيران بعقوبات جديدة.",
        "دولت آمریکا ایران را به تحریم‌های جدید تهدید کرد.",
        ("THREATEN reported USA:GOV IRN:",),
    ),
    (
        "The American administration signed an agreement with Qatar.",
        "وقعت الإدارة الأمريكية اتفاقا مع قطر.",
        "دولت آمریکا توافقی با قطر امضا کرد.",
        ("AGREE reported USA:GOV QAT:",),
    ),
    (
        "The American administration asked Turkey to release the pastor.",
        "طالبت الإدارة الأمريكية تركيا بالإفراج عن القس.",
        "دولت آمریکا از ترکیه خواست کشیش را آزاد کند.",
        ("REQUEST reported USA:GOV TUR:",),
    ),
    (
        "The Turkish presidency accused Greece of provocations.",
        "اتهمت الرئاسة التركية اليونان بالاستفزازات.",
        "ریاست جمهوری ترکیه یونان را به تحریک متهم کرد.",
        ("ACCUSE reported TUR:GOV GRC:",),
    ),
    (
        "The Iraqi government will sign an agreement with Jordan.",
        "ستوقع الحكومة العراقية اتفاقية مع الأردن.",
        "دولت عراق توافقنامه‌ای با اردن امضا خواهد کرد.",
        ("AGREE planned IRQ:GOV JOR:",),
    ),
    (
        "The Syrian government accused Turkey of supporting terrorists.",
        "اتهمت الحكومة السورية تركيا بدعم الإرهابيين.",
        "دولت سوریه ترکیه را به حمایت از تروریست‌ها متهم کرد.",
        ("ACCUSE reported SYR:GOV TUR:",),
    ),
    (
        "The Libyan government welcomed the Egyptian initiative.",
        "رحبت الحكومة الليبية بالمبادرة المصرية.",
        "دولت لیبی از ابتکار مصر استقبال کرد.",
        ("SUPPORT reported LBY:GOV EGY:",),
    ),
    (
        "The Yemeni government accused Iran of arming the Houthis.",
        "اتهمت الحكومة اليمنية إيران بتسليح الحوثيين.",
        "دولت یمن ایران را به تسلیح حوثی‌ها متهم کرد.",
        ("ACCUSE reported YEM:GOV IRN:",),
    ),
    (
        "The Jordanian government sent aid to Lebanon.",
        "أرسلت الحكومة الأردنية مساعدات إلى لبنان.",
        "دولت اردن کمک‌هایی به لبنان فرستاد.",
        ("AID reported JOR:GOV LBN:",),
    ),
    (
        "The German government imposed sanctions on Belarus.",
        "فرضت الحكومة الألمانية عقوبات على بيلاروسيا.",
        "دولت آلمان بلاروس را تحریم کرد.",
        ("SANCTION reported DEU:GOV BLR:",),
    ),
    (
        "The Lebanese foreign ministry condemned the Israeli violations.",
        "أدانت وزارة الخارجية اللبنانية الانتهاكات الإسرائيلية.",
        "وزارت امور خارجه لبنان نقض‌های اسرائیل را محکوم کرد.",
        ("ACCUSE reported LBN:GOV ISR:",),
    ),
    (
        "The Saudi foreign ministry welcomed the agreement between Sudan and South Sudan.",
        "رحبت وزارة الخارجية السعودية بالاتفاق بين السودان وجنوب السودان.",
        "وزارت امور خارجه عربستان از توافق سودان و سودان جنوبی استقبال کرد.",
        (
            "AGREE reported SDN: SSD:",
            "SUPPORT reported SAU:GOV SDN:",
            "SUPPORT reported SAU:GOV SSD:",
        ),
    ),
    (
        "The Egyptian foreign ministry summoned the Turkish ambassador.",
        "استدعت وزارة الخارجية المصرية السفير التركي.",
        "وزارت امور خارجه مصر سفیر ترکیه را احضار کرد.",
        ("ACCUSE reported EGY:GOV TUR:GOV",),
    ),
    (
        "The Iraqi foreign minister will visit Tehran next week.",
        "سيزور وزير الخارجية العراقي طهران الأسبوع المقبل.",
        "وزیر امور خارجه عراق هفته آینده به تهران سفر خواهد کرد.",
        ("CONSULT planned IRQ:GOV IRN:",),
    ),
    (
        "The Omani foreign minister met the Iranian ambassador.",
        "التقى وزير الخارجية العماني السفير الإيراني.",
        "وزیر امور خارجه عمان با سفیر ایران دیدار کرد.",
        ("CONSULT reported OMN:GOV IRN:GOV",),
    ),
    (
        "The Turkish defence minister met the Qatari emir.",
        "التقى وزير الدفاع التركي أمير قطر.",
        "وزیر دفاع ترکیه با امیر قطر دیدار کرد.",
        ("CONSULT reported TUR:GOV QAT:GOV",),
    ),
    (
        "Russian officials will meet Turkish officials in Moscow.",
        "سيلتقي مسؤولون روس مسؤولين أتراكا في موسكو.",
        "مقامات روسیه با مقامات ترکیه در مسکو دیدار خواهند کرد.",
        ("CONSULT planned RUS:GOV TUR:GOV",),
    ),
    (
        "Iraqi officials accused Turkey of violating the border.",
        "اتهم مسؤولون عراقيون تركيا بانتهاك الحدود.",
        "مقامات عراقی ترکیه را به نقض مرز متهم کردند.",
        ("ACCUSE reported IRQ:GOV TUR:",),
    ),
    (
        "Saudi officials welcomed the Chinese delegation.",
        "رحب مسؤولون سعوديون بالوفد الصيني.",
        "مقامات سعودی از هیئت چینی استقبال کردند.",
        ("CONSULT reported SAU:GOV CHN:GOV",),
    ),
    (
        "The Iranian president met the Turkish president in Ankara.",
        "التقى الرئيس الإيراني الرئيس التركي في أنقرة.",
        "رئیس جمهور ایران با رئیس جمهور ترکیه در آنکارا دیدار کرد.",
        ("CONSULT reported IRN:GOV TUR:GOV",),
    ),
    (
        "The Egyptian president received the Sudanese prime minister.",
        "استقبل الرئيس المصري رئيس الوزراء السوداني.",
        "رئیس جمهور مصر نخست وزیر سودان را به حضور پذیرفت.",
        ("CONSULT reported EGY:GOV SDN:GOV",),
    ),
    (
        "The Iraqi prime minister will visit Washington.",
        "سيزور رئيس الوزراء العراقي واشنطن.",
        "نخست وزیر عراق به واشنگتن سفر خواهد کرد.",
        ("CONSULT planned IRQ:GOV USA:",),
    ),
    (
        "The Saudi king received the Iraqi president.",
        "استقبل العاهل السعودي الرئيس العراقي.",
        "پادشاه عربستان رئیس جمهور عراق را به حضور پذیرفت.",
        ("CONSULT reported SAU:GOV IRQ:GOV",),
    ),
    (
        "The Kuwaiti emir welcomed the agreement between Qatar and Egypt.",
        "رحب أمير الكويت بالاتفاق بين قطر ومصر.",
        "امیر کویت از توافق قطر و مصر استقبال کرد.",
        (
            "AGREE reported QAT: EGY:",
            "SUPPORT reported KWT:GOV EGY:",
            "SUPPORT reported KWT:GOV QAT:",
        ),
    ),
    (
        "The Iranian government spokesman accused Washington of economic terrorism.",
        "اتهم المتحدث باسم الحكومة الإيرانية واشنطن بالإرهاب الاقتصادي.",
        "سخنگوی دولت ایران واشنگتن را به تروریسم اقتصادی متهم کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "The Turkish interior ministry accused the Kurdish militants of the attack.",
        "اتهمت وزارة الداخلية التركية المسلحين الأكراد بالهجوم.",
        "وزارت کشور ترکیه شبه‌نظامیان کرد را به این حمله متهم کرد.",
        ("ACCUSE reported TUR:GOV TUR:REB",),
    ),
    (
        "The Afghan ministry of defence accused Pakistan of shelling.",
        "اتهمت وزارة الدفاع الأفغانية باكستان بالقصف.",
        "وزارت دفاع افغانستان پاکستان را به گلوله‌باران متهم کرد.",
        ("ACCUSE reported AFG:MIL PAK:",),
    ),
    (
        "The Egyptian ministry of foreign affairs rejected the Ethiopian statement.",
        "رفضت وزارة الخارجية المصرية البيان الإثيوبي.",
        "وزارت امور خارجه مصر بیانیه اتیوپی را رد کرد.",
        ("REJECT reported EGY:GOV ETH:",),
    ),
    (
        "Iraqi authorities arrested two Iranian citizens.",
        "اعتقلت السلطات العراقية مواطنين إيرانيين اثنين.",
        "مقامات عراق دو شهروند ایرانی را بازداشت کردند.",
        ("COERCE reported IRQ:GOV IRN:CVL",),
    ),
    (
        "The Iranian authorities released a French researcher.",
        "أفرجت السلطات الإيرانية عن باحثة فرنسية.",
        "مقامات ایران یک پژوهشگر فرانسوی را آزاد کردند.",
        ("CONCEDE reported IRN:GOV FRA:EDU",),
    ),
    (
        "A White House official met Israeli officials.",
        "التقى مسؤول في البيت الأبيض مسؤولين إسرائيليين.",
        "یک مقام کاخ سفید با مقامات اسرائیلی دیدار کرد.",
        ("CONSULT reported USA:GOV ISR:GOV",),
    ),
    (
        "The Chinese government condemned the American sanctions.",
        "أدانت الحكومة الصينية العقوبات الأمريكية.",
        "دولت چین تحریم‌های آمریکا را محکوم کرد.",
        ("ACCUSE reported CHN:GOV USA:",),
    ),
    (
        "The Omani government welcomed the talks between Iran and the United States.",
        "رحبت الحكومة العمانية بالمحادثات بين إيران والولايات المتحدة.",
        "دولت عمان از مذاکرات ایران و آمریکا استقبال کرد.",
        (
            "CONSULT reported IRN: USA:",
            "SUPPORT reported OMN:GOV IRN:",
            "SUPPORT reported OMN:GOV USA:",
        ),
    ),
    # the presidential palace named for the government that sits there
    (
        "The Afghan presidential palace welcomed the Qatari initiative.",
        "رحب القصر الرئاسي الأفغاني بالمبادرة القطرية.",
        "کاخ ریاست جمهوری افغانستان از ابتکار قطر استقبال کرد.",
        ("SUPPORT reported AFG:GOV QAT:",),
    ),
    (
        "The Egyptian president received the Saudi king at the presidential palace in Cairo.",
        "استقبل الرئيس المصري العاهل السعودي في القصر الرئاسي بالقاهرة.",
        "رئیس جمهور مصر پادشاه عربستان را در کاخ ریاست جمهوری در قاهره به حضور پذیرفت.",
        ("CONSULT reported EGY:GOV SAU:GOV",),
    ),
    (
        "Militants attacked the presidential palace in Mogadishu.",
        "هاجم متشددون القصر الرئاسي في مقديشو.",
        "شبه‌نظامیان به کاخ ریاست جمهوری در موگادیشو حمله کردند.",
        ("ASSAULT reported SOM:REB SOM:GOV",),
    ),
    (
        "The Sudanese presidential palace rejected the American statement.",
        "رفض القصر الرئاسي السوداني البيان الأمريكي.",
        "کاخ ریاست جمهوری سودان بیانیه آمریکا را رد کرد.",
        ("REJECT reported SDN:GOV USA:",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One language only: what the rules must not take.
CASES: list[tuple[str, str, set[str]]] = [
    # a capital city alone stays the bare state
    ("Washington imposed new sanctions on Tehran.", "en", {"SANCTION reported USA: IRN:"}),
    ("رفضت طهران الاتهامات الأمريكية.", "ar", {"REJECT reported IRN: USA:"}),
    # the Pentagon stays the armed forces' ministry read as MIL
    ("The Pentagon accused Iran of the attack.", "en", {"ACCUSE reported USA:MIL IRN:"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # Arabic leaders of states ("القادة العرب", "قادة الخليج"): bare "قادة" is
    # also commanders, and bare "زعماء" lowered held-out pairs (tri29b)
    ("التقى قادة الخليج الرئيس الأمريكي في الرياض.", "ar", {"CONSULT reported -:GOV USA:GOV"}),
    ("رحب القادة العراقيون بالمبادرة الإيرانية.", "ar", {"SUPPORT reported IRQ:GOV IRN:"}),
    # Persian accusations "rejected" ("اتهامات ... را رد کرد") give no event
    ("کرملین اتهامات آمریکا را رد کرد.", "fa", {"REJECT reported RUS:GOV USA:"}),
    ("سخنگوی کرملین اتهامات آمریکا را رد کرد.", "fa", {"REJECT reported RUS:GOV USA:"}),
    # a Persian cabinet ("هیئت وزیران") that approves an agreement
    ("هیئت وزیران مصر موافقتنامه‌ای با سودان را تصویب کرد.", "fa", {"AGREE reported EGY:GOV SDN:"}),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
