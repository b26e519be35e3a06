"""Which states are the sides of an event reads the same in English, Arabic
and Persian (round 31, fparties31; every sentence written for these tests,
in natural news wording for each language, not word for word): officials
named by ezafe chains, sources and reporters, places, the partner after
"با", "میان X و Y", recipients, targets, passive agents, relative clauses,
coordinated sides, nationality adjectives and organisation names.

Rules added in this round so that the triples below agree (all Persian;
the same readings English and Arabic already gave):

- what talks are about ("درباره افغانستان") ends where the partner's
  preposition "با" opens, as English "about … with" reads: "درباره افغانستان
  با امیر قطر گفت‌وگو کرد" has Qatar as its partner — an official or a body
  named before the verb, not a bare state ("در مورد قرارداد با چین",
  "مبارزه با تروریسم ایران" stay the topic; extract/topic_span.py);
- a state marked by "را" right after the medium of an interview ("در مصاحبه
  با بی‌بی‌سی ترکیه را متهم کرد") is the verb's object, neither the medium's
  name nor the conversation's partner (extract/sources.py, parties.py);
- a state named by a part of it after a preposition of direction ("به شمال
  اسرائیل موشک شلیک کرد", "به جنوب سوریه حمله کردند") is what a deed
  before a final verb strikes, also in reported speech, as "at northern
  Israel" and "على شمال إسرائيل", within four words of the verb
  (extract/places.py);
- a deed's noun with a relative clause on it ("تحریم‌هایی را که اتحادیه
  اروپا علیه روسیه اعمال کرد", "کمک‌هایی که کویت … فرستاد") has its doer and
  target inside the clause; who condemns or welcomes it is at most the
  other side, after them (extract/relative_deed.py), and the clause's
  subject stays whom the comment blames (relative_clause_out._clause_subject; only a
  clause opened on a deed's noun, not "کشورهایی که …").

Dropped: Persian "هشدار داد" as a warning that blames (ACCUSE), as Arabic
"حذر" and English "warned" read: it lowered the held-out corpus figures
(a warning with no addressee reads as a one-sided accusation).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from casts import sides

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The Iranian president discussed Afghanistan with the Emir of Qatar.",
        "بحث الرئيس الإيراني مع أمير قطر الوضع في أفغانستان.",
        "رئیس\u200cجمهور ایران درباره افغانستان با امیر قطر گفت\u200cوگو کرد.",
        ("CONSULT reported IRN:GOV QAT:GOV",),
    ),
    (
        "The Saudi foreign minister will hold talks on Yemen with his Omani counterpart.",
        "سيجري وزير الخارجية السعودي محادثات بشأن اليمن مع نظيره العماني.",
        "وزیر خارجه عربستان درباره یمن با همتای عمانی خود مذاکره خواهد کرد.",
        ("CONSULT planned SAU:GOV OMN:GOV",),
    ),
    (
        "The Turkish president discussed Syria with the Russian president.",
        "بحث الرئيس التركي الملف السوري مع الرئيس الروسي.",
        "رئیس\u200cجمهور ترکیه در مورد سوریه با رئیس\u200cجمهور روسیه گفت\u200cوگو کرد.",
        ("CONSULT reported TUR:GOV RUS:GOV",),
    ),
    (
        "The Iraqi foreign minister discussed the water crisis with the Turkish ambassador.",
        "بحث وزير الخارجية العراقي أزمة المياه مع السفير التركي.",
        "وزیر خارجه عراق درباره بحران آب با سفیر ترکیه گفت\u200cوگو کرد.",
        ("CONSULT reported IRQ:GOV TUR:GOV",),
    ),
    (
        "The Pakistani prime minister discussed trade with the Chinese president on Monday.",
        "بحث رئيس الوزراء الباكستاني التجارة مع الرئيس الصيني يوم الاثنين.",
        "نخست\u200cوزیر پاکستان روز دوشنبه پیرامون تجارت با رئیس\u200cجمهور چین گفت\u200cوگو کرد.",
        ("CONSULT reported PAK:GOV CHN:GOV",),
    ),
    (
        "In an interview with CNN, the Saudi crown prince accused Iran of supporting terrorism.",
        "اتهم ولي العهد السعودي في مقابلة مع سي إن إن إيران بدعم الإرهاب.",
        "ولیعهد عربستان در مصاحبه با سی\u200cان\u200cان ایران را به حمایت از تروریسم متهم کرد.",
        ("ACCUSE reported SAU:GOV IRN:",),
    ),
    (
        "In an interview with the BBC, the Iraqi prime minister accused Turkey of violating Iraqi sovereignty.",
        "اتهم رئيس الوزراء العراقي في مقابلة مع بي بي سي تركيا بانتهاك السيادة العراقية.",
        "نخست\u200cوزیر عراق در مصاحبه با بی\u200cبی\u200cسی ترکیه را به نقض حاکمیت عراق متهم کرد.",
        ("ACCUSE reported IRQ:GOV TUR:",),
    ),
    (
        "In an interview with Reuters, the Israeli prime minister threatened Iran.",
        "هدد رئيس الوزراء الإسرائيلي إيران في مقابلة مع رويترز.",
        "نخست\u200cوزیر اسرائیل در گفت\u200cوگو با رویترز ایران را تهدید کرد.",
        ("THREATEN reported ISR:GOV IRN:",),
    ),
    (
        "The Israeli army radio said that Hezbollah fired rockets at northern Israel.",
        "قالت إذاعة الجيش الإسرائيلي إن حزب الله أطلق صواريخ على شمال إسرائيل.",
        "رادیو ارتش اسرائیل گفت که حزب\u200cالله به شمال اسرائیل موشک شلیک کرد.",
        ("ASSAULT reported LBN:REB ISR:",),
    ),
    (
        "A Lebanese source said that Hezbollah fired rockets at northern Israel.",
        "قال مصدر لبناني إن حزب الله أطلق صواريخ على شمال إسرائيل.",
        "یک منبع لبنانی گفت که حزب\u200cالله به شمال اسرائیل موشک شلیک کرد.",
        ("ASSAULT reported LBN:REB ISR:",),
    ),
    (
        "Turkish forces attacked northern Syria on Sunday.",
        "هاجمت القوات التركية شمال سوريا يوم الأحد.",
        "نیروهای ترکیه روز یکشنبه به شمال سوریه حمله کردند.",
        ("ASSAULT reported TUR:MIL SYR:",),
    ),
    (
        "Russia sent humanitarian aid to eastern Ukraine.",
        "أرسلت روسيا مساعدات إنسانية إلى شرق أوكرانيا.",
        "روسیه کمک\u200cهای بشردوستانه به شرق اوکراین فرستاد.",
        ("AID reported RUS: UKR:",),
    ),
    (
        "The Houthis said that they fired missiles at southern Saudi Arabia.",
        "قال الحوثيون إنهم أطلقوا صواريخ على جنوب السعودية.",
        "حوثی\u200cها گفتند که به جنوب عربستان موشک شلیک کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "The foreign minister of the Islamic Republic of Iran met the Iraqi prime minister in Baghdad on Sunday.",
        "التقى وزير خارجية الجمهورية الإسلامية الإيرانية رئيس الوزراء العراقي في بغداد يوم الأحد.",
        "وزیر امور خارجه جمهوری اسلامی ایران روز یکشنبه در بغداد با نخست\u200cوزیر عراق دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The Russian ambassador in Tehran met the Iranian foreign minister.",
        "التقى السفير الروسي في طهران وزير الخارجية الإيراني.",
        "سفیر روسیه در تهران با وزیر امور خارجه ایران دیدار کرد.",
        ("CONSULT reported RUS:GOV IRN:GOV",),
    ),
    (
        "The head of the Iraqi parliament received the Kuwaiti ambassador in Baghdad.",
        "استقبل رئيس البرلمان العراقي السفير الكويتي في بغداد.",
        "رئیس پارلمان عراق سفیر کویت را در بغداد به حضور پذیرفت.",
        ("CONSULT reported IRQ:LEG KWT:GOV",),
    ),
    (
        "According to the Russian news agency, Iran and Syria signed an agreement on trade.",
        "وقعت إيران وسوريا اتفاقية للتجارة، بحسب وكالة الأنباء الروسية.",
        "به گزارش خبرگزاری روسیه، ایران و سوریه توافقنامه\u200cای در زمینه تجارت امضا کردند.",
        ("AGREE reported IRN: SYR:",),
    ),
    (
        "An American newspaper reported that Israel attacked an Iranian ship.",
        "ذكرت صحيفة أمريكية أن إسرائيل هاجمت سفينة إيرانية.",
        "یک روزنامه آمریکایی گزارش داد که اسرائیل به یک کشتی ایرانی حمله کرد.",
        ("ASSAULT reported ISR: IRN:",),
    ),
    (
        "Iran and Oman held talks in Tehran on Wednesday.",
        "أجرت إيران وعُمان محادثات في طهران يوم الأربعاء.",
        "ایران و عمان روز چهارشنبه در تهران مذاکره کردند.",
        ("CONSULT reported IRN: OMN:",),
    ),
    (
        "Turkish drones struck a convoy on Syrian soil.",
        "قصفت طائرات مسيرة تركية قافلة على الأراضي السورية.",
        "پهپادهای ترکیه یک کاروان را در خاک سوریه هدف قرار دادند.",
        ("ASSAULT reported TUR:MIL SYR:",),
    ),
    (
        "The foreign ministers of Saudi Arabia and Iran met in Beijing.",
        "التقى وزيرا خارجية السعودية وإيران في بكين.",
        "وزیران خارجه عربستان و ایران در پکن دیدار کردند.",
        ("CONSULT reported SAU:GOV IRN:GOV",),
    ),
    (
        "Iraq and Jordan signed an agreement in Amman on electricity.",
        "وقع العراق والأردن اتفاقية في عمّان بشأن الكهرباء.",
        "عراق و اردن در امان توافقنامه\u200cای درباره برق امضا کردند.",
        ("AGREE reported IRQ: JOR:",),
    ),
    (
        "Protesters in Baghdad demonstrated against the government.",
        "تظاهر محتجون في بغداد ضد الحكومة.",
        "معترضان در بغداد علیه دولت تظاهرات کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "The Iranian foreign minister met his Turkish counterpart in Ankara.",
        "التقى وزير الخارجية الإيراني نظيره التركي في أنقرة.",
        "وزیر خارجه ایران در آنکارا با همتای ترکیه\u200cای خود دیدار کرد.",
        ("CONSULT reported IRN:GOV TUR:GOV",),
    ),
    (
        "The Iraqi president spoke by phone with his Egyptian counterpart.",
        "أجرى الرئيس العراقي اتصالاً هاتفياً مع نظيره المصري.",
        "رئیس\u200cجمهور عراق با همتای مصری خود تلفنی گفت\u200cوگو کرد.",
        ("CONSULT reported IRQ:GOV EGY:GOV",),
    ),
    (
        "Qatar's emir met the Iranian president in Doha.",
        "التقى أمير قطر الرئيس الإيراني في الدوحة.",
        "امیر قطر در دوحه با رئیس\u200cجمهور ایران دیدار کرد.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "The Chinese foreign minister will hold talks with the Saudi foreign minister next week.",
        "سيجري وزير الخارجية الصيني محادثات مع وزير الخارجية السعودي الأسبوع المقبل.",
        "وزیر خارجه چین هفته آینده با وزیر خارجه عربستان مذاکره خواهد کرد.",
        ("CONSULT planned CHN:GOV SAU:GOV",),
    ),
    (
        "Syria's president met a Russian delegation in Damascus.",
        "التقى الرئيس السوري وفداً روسياً في دمشق.",
        "رئیس\u200cجمهور سوریه در دمشق با یک هیئت روسی دیدار کرد.",
        ("CONSULT reported SYR:GOV RUS:GOV",),
    ),
    (
        "Talks between Iran and the United States resumed in Vienna.",
        "استؤنفت المحادثات بين إيران والولايات المتحدة في فيينا.",
        "مذاکرات میان ایران و آمریکا در وین از سر گرفته شد.",
        ("CONSULT reported IRN: USA:",),
    ),
    (
        "Clashes broke out between Afghan and Iranian border guards.",
        "اندلعت اشتباكات بين حرس الحدود الأفغاني والإيراني.",
        "درگیری میان مرزبانان افغانستان و ایران رخ داد.",
        ("ASSAULT reported AFG:COP IRN:COP",),
    ),
    (
        "An agreement was signed between Egypt and Sudan on the Nile waters.",
        "تم توقيع اتفاق بين مصر والسودان بشأن مياه النيل.",
        "توافقنامه\u200cای بین مصر و سودان درباره آب نیل امضا شد.",
        ("AGREE reported EGY: SDN:",),
    ),
    (
        "A meeting between the Iraqi and Turkish foreign ministers was held in Baghdad.",
        "عُقد اجتماع بين وزيري الخارجية العراقي والتركي في بغداد.",
        "نشستی بین وزیران خارجه عراق و ترکیه در بغداد برگزار شد.",
        ("CONSULT reported IRQ:GOV TUR:GOV",),
    ),
    (
        "Japan sent humanitarian aid to Afghanistan.",
        "أرسلت اليابان مساعدات إنسانية إلى أفغانستان.",
        "ژاپن کمک\u200cهای بشردوستانه به افغانستان ارسال کرد.",
        ("AID reported JPN: AFG:",),
    ),
    (
        "China sent a million vaccine doses to Iraq.",
        "أرسلت الصين مليون جرعة لقاح إلى العراق.",
        "چین یک میلیون دوز واکسن برای عراق فرستاد.",
        ("AID reported CHN: IRQ:",),
    ),
    (
        "Russia delivered wheat to Syria last week.",
        "سلمت روسيا القمح إلى سوريا الأسبوع الماضي.",
        "روسیه هفته گذشته گندم به سوریه تحویل داد.",
        ("AID reported RUS: SYR:",),
    ),
    (
        "Germany offered financial aid to Lebanon.",
        "قدمت ألمانيا مساعدات مالية إلى لبنان.",
        "آلمان به لبنان کمک مالی کرد.",
        ("AID reported DEU: LBN:",),
    ),
    (
        "Kuwait donated ten million dollars to Yemen.",
        "تبرعت الكويت بعشرة ملايين دولار لليمن.",
        "کویت ده میلیون دلار به یمن اهدا کرد.",
        ("AID reported KWT: YEM:",),
    ),
    (
        "Iran accused the United States of violating the nuclear agreement.",
        "اتهمت إيران الولايات المتحدة بانتهاك الاتفاق النووي.",
        "ایران آمریکا را به نقض توافق هسته\u200cای متهم کرد.",
        ("ACCUSE reported IRN: USA:",),
    ),
    (
        "Israel accused Iran of attacking its ship in the Gulf of Oman.",
        "اتهمت إسرائيل إيران بمهاجمة سفينتها في خليج عمان.",
        "اسرائیل ایران را به حمله به کشتی خود در دریای عمان متهم کرد.",
        ("ACCUSE reported ISR: IRN:",),
    ),
    (
        "Saudi Arabia condemned the Houthi attack on its oil facilities.",
        "أدانت السعودية هجوم الحوثيين على منشآتها النفطية.",
        "عربستان حمله حوثی\u200cها به تأسیسات نفتی خود را محکوم کرد.",
        ("ACCUSE reported SAU: YEM:REB", "ASSAULT reported YEM:REB"),
    ),
    (
        "Iran summoned the British ambassador in Tehran.",
        "استدعت إيران السفير البريطاني في طهران.",
        "ایران سفیر انگلیس در تهران را احضار کرد.",
        ("ACCUSE reported IRN: GBR:GOV",),
    ),
    (
        "Iraq invited the Saudi crown prince to visit Baghdad.",
        "دعا العراق ولي العهد السعودي إلى زيارة بغداد.",
        "عراق ولیعهد عربستان را به سفر به بغداد دعوت کرد.",
        ("REQUEST reported IRQ: SAU:GOV",),
    ),
    (
        "The ship was seized by Iranian forces in the Strait of Hormuz.",
        "احتجزت السفينة من قبل القوات الإيرانية في مضيق هرمز.",
        "این کشتی توسط نیروهای ایرانی در تنگه هرمز توقیف شد.",
        ("COERCE reported IRN:MIL",),
    ),
    (
        "Two Iranian diplomats were expelled by the Netherlands.",
        "طُرد دبلوماسيان إيرانيان من قبل هولندا.",
        "دو دیپلمات ایرانی از سوی هلند اخراج شدند.",
        ("SANCTION reported NLD: IRN:GOV",),
    ),
    (
        "New sanctions were imposed on Russia by the European Union.",
        "فُرضت عقوبات جديدة على روسيا من قبل الاتحاد الأوروبي.",
        "تحریم\u200cهای جدیدی از سوی اتحادیه اروپا علیه روسیه اعمال شد.",
        ("SANCTION reported EU: RUS:",),
    ),
    (
        "The proposal was rejected by Egypt.",
        "رُفض الاقتراح من قبل مصر.",
        "این پیشنهاد از طرف مصر رد شد.",
        ("REJECT reported EGY:",),
    ),
    (
        "A French journalist was arrested by the Iranian police.",
        "اعتُقل صحفي فرنسي من قبل الشرطة الإيرانية.",
        "یک خبرنگار فرانسوی توسط پلیس ایران بازداشت شد.",
        ("COERCE reported IRN:COP FRA:MED",),
    ),
    (
        "Syria rejected the statement that France issued on Monday.",
        "رفضت سوريا البيان الذي أصدرته فرنسا يوم الاثنين.",
        "سوریه بیانیه\u200cای را که فرانسه روز دوشنبه صادر کرد رد کرد.",
        ("REJECT reported SYR: FRA:",),
    ),
    (
        "Iran and Russia signed a defence agreement.",
        "وقعت إيران وروسيا اتفاقية دفاعية.",
        "ایران و روسیه یک توافقنامه دفاعی امضا کردند.",
        ("AGREE reported IRN: RUS:",),
    ),
    (
        "France, Germany and Britain urged Iran to return to the agreement.",
        "حثت فرنسا وألمانيا وبريطانيا إيران على العودة إلى الاتفاق.",
        "فرانسه، آلمان و انگلیس از ایران خواستند به توافق بازگردد.",
        ("REQUEST reported DEU: IRN:", "REQUEST reported FRA: IRN:", "REQUEST reported GBR: IRN:"),
    ),
    (
        "Egypt and Jordan called on Israel to stop the settlement.",
        "دعت مصر والأردن إسرائيل إلى وقف الاستيطان.",
        "مصر و اردن از اسرائیل خواستند شهرک\u200cسازی را متوقف کند.",
        ("REQUEST reported EGY: ISR:", "REQUEST reported JOR: ISR:"),
    ),
    (
        "An Iranian delegation arrived in Baghdad on Monday.",
        "وصل وفد إيراني إلى بغداد يوم الاثنين.",
        "یک هیئت ایرانی روز دوشنبه وارد بغداد شد.",
        ("CONSULT reported IRN:GOV IRQ:",),
    ),
    (
        "Iraqi security forces arrested three Syrian smugglers.",
        "اعتقلت قوات الأمن العراقية ثلاثة مهربين سوريين.",
        "نیروهای امنیتی عراق سه قاچاقچی سوری را بازداشت کردند.",
        ("COERCE reported IRQ:COP SYR:CRM",),
    ),
    (
        "Turkish police detained twenty Afghan migrants in Van.",
        "احتجزت الشرطة التركية عشرين مهاجرا أفغانيا في فان.",
        "پلیس ترکیه بیست مهاجر افغان را در وان بازداشت کرد.",
        ("COERCE reported TUR:COP AFG:REF",),
    ),
    (
        "The Central Bank of Iraq rejected the American demand.",
        "رفض البنك المركزي العراقي الطلب الأمريكي.",
        "بانک مرکزی عراق درخواست آمریکا را رد کرد.",
        ("REJECT reported IRQ:GOV USA:",),
    ),
    (
        "According to Reuters, Iraq arrested three Iranian fishermen.",
        "بحسب رويترز، اعتقل العراق ثلاثة صيادين إيرانيين.",
        "به گزارش رویترز، عراق سه ماهیگیر ایرانی را بازداشت کرد.",
        ("COERCE reported IRQ: IRN:CVL",),
    ),
    (
        "Iraq arrested three Iranian fishermen, Iraqi television reported.",
        "اعتقل العراق ثلاثة صيادين إيرانيين، بحسب ما أفاد التلفزيون العراقي.",
        "به گزارش تلویزیون عراق، عراق سه ماهیگیر ایرانی را بازداشت کرد.",
        ("COERCE reported IRQ: IRN:CVL",),
    ),
    (
        "A report by the American chamber of commerce shows that the Afghan central bank refused to answer.",
        "يظهر تقرير غرفة التجارة الأمريكية أن البنك المركزي الأفغاني رفض الرد.",
        "گزارش اتاق بازرگانی آمریکا نشان می\u200cدهد که بانک مرکزی افغانستان از پاسخ دادن خودداری کرده است.",
        # refusal79: the bank refused, it leads; the report's author after it
        ("REJECT reported AFG:GOV USA:BUS",),
    ),
    (
        "According to Al Jazeera, Qatar mediated between Hamas and Israel.",
        "وفقاً للجزيرة، توسطت قطر بين حماس وإسرائيل.",
        "به گزارش الجزیره، قطر میان حماس و اسرائیل میانجی\u200cگری کرد.",
        ("CONSULT reported QAT: ISR:", "CONSULT reported QAT: PSE:REB"),
    ),
    (
        "The Iranian president met the Venezuelan president on the sidelines of the summit in New York.",
        "التقى الرئيس الإيراني الرئيس الفنزويلي على هامش القمة في نيويورك.",
        "رئیس\u200cجمهور ایران در حاشیه اجلاس در نیویورک با رئیس\u200cجمهور ونزوئلا دیدار کرد.",
        ("CONSULT reported IRN:GOV VEN:GOV",),
    ),
    (
        "The Iranian foreign minister arrived in Moscow and met his Russian counterpart.",
        "وصل وزير الخارجية الإيراني إلى موسكو والتقى نظيره الروسي.",
        "وزیر خارجه ایران وارد مسکو شد و با همتای روس خود دیدار کرد.",
        ("CONSULT reported IRN:GOV RUS:GOV",),
    ),
    (
        "The Saudi crown prince received a phone call from the French president.",
        "تلقى ولي العهد السعودي اتصالاً هاتفياً من الرئيس الفرنسي.",
        "ولیعهد عربستان تماس تلفنی رئیس\u200cجمهور فرانسه را دریافت کرد.",
        ("CONSULT reported SAU:GOV FRA:GOV",),
    ),
    (
        "Iran's foreign minister will meet his Omani counterpart in Muscat on Sunday.",
        "سيلتقي وزير الخارجية الإيراني نظيره العماني في مسقط يوم الأحد.",
        "وزیر امور خارجه ایران روز یکشنبه در مسقط با همتای عمانی خود دیدار خواهد کرد.",
        ("CONSULT planned IRN:GOV OMN:GOV",),
    ),
    (
        "Pakistan's army chief met the Chinese ambassador in Islamabad.",
        "التقى قائد الجيش الباكستاني السفير الصيني في إسلام آباد.",
        "فرمانده ارتش پاکستان در اسلام\u200cآباد با سفیر چین دیدار کرد.",
        ("CONSULT reported PAK:MIL CHN:GOV",),
    ),
    (
        "Russia and Turkey discussed the situation in Syria.",
        "بحثت روسيا وتركيا الوضع في سوريا.",
        "روسیه و ترکیه درباره اوضاع سوریه گفت\u200cوگو کردند.",
        ("CONSULT reported RUS: TUR:",),
    ),
    (
        "Trade talks between China and Iraq ended in Beijing.",
        "انتهت المحادثات التجارية بين الصين والعراق في بكين.",
        "مذاکرات تجاری بین چین و عراق در پکن به پایان رسید.",
        ("CONSULT reported CHN: IRQ:",),
    ),
    (
        "Iran sent a shipment of fuel to Lebanon.",
        "أرسلت إيران شحنة وقود إلى لبنان.",
        "ایران محموله\u200cای سوخت به لبنان فرستاد.",
        ("AID reported IRN: LBN:",),
    ),
    (
        "The United Nations sent food to Afghan refugees in Iran.",
        "أرسلت الأمم المتحدة أغذية إلى اللاجئين الأفغان في إيران.",
        "سازمان ملل برای پناهجویان افغان در ایران مواد غذایی فرستاد.",
        ("AID reported UN: AFG:REF",),
    ),
    (
        "China gave Iran a loan of five billion dollars.",
        "منحت الصين إيران قرضاً بقيمة خمسة مليارات دولار.",
        "چین به ایران پنج میلیارد دلار وام داد.",
        ("AID reported CHN: IRN:",),
    ),
    (
        "Israel struck Iranian positions near Damascus airport on Monday night.",
        "قصفت إسرائيل مواقع إيرانية قرب مطار دمشق ليل الاثنين.",
        "اسرائیل دوشنبه شب مواضع ایران در نزدیکی فرودگاه دمشق را هدف قرار داد.",
        ("ASSAULT reported ISR: IRN:",),
    ),
    (
        "Turkey accused Greece, in a statement issued on Tuesday, of violating its airspace.",
        "اتهمت تركيا اليونان، في بيان صدر الثلاثاء، بانتهاك مجالها الجوي.",
        "ترکیه در بیانیه\u200cای که روز سه\u200cشنبه صادر شد یونان را به نقض حریم هوایی خود متهم کرد.",
        ("ACCUSE reported TUR: GRC:",),
    ),
    (
        "The agreement was signed by Iraq and Iran in Baghdad.",
        "وُقّع الاتفاق من قبل العراق وإيران في بغداد.",
        "این توافقنامه از سوی عراق و ایران در بغداد امضا شد.",
        ("AGREE reported IRQ: IRN:",),
    ),
    (
        "Three Iranian sailors were released by Saudi Arabia.",
        "أُفرج عن ثلاثة بحارة إيرانيين من قبل السعودية.",
        "سه ملوان ایرانی از طرف عربستان آزاد شدند.",
        ("CONCEDE reported SAU: IRN:CVL",),
    ),
    (
        "Two Pakistani soldiers were killed by Afghan Taliban fighters.",
        "قُتل جنديان باكستانيان على يد مقاتلي طالبان الأفغانية.",
        "دو سرباز پاکستانی به دست شبه\u200cنظامیان طالبان افغانستان کشته شدند.",
        ("ASSAULT reported AFG:REB PAK:MIL",),
    ),
    (
        "Iraq rejected the report that the American embassy published.",
        "رفض العراق التقرير الذي نشرته السفارة الأمريكية.",
        "عراق گزارشی را که سفارت آمریکا منتشر کرد رد کرد.",
        ("REJECT reported IRQ: USA:GOV",),
    ),
    (
        "The foreign ministers of Egypt, Jordan and Iraq signed a cooperation agreement.",
        "وقع وزراء خارجية مصر والأردن والعراق اتفاقية تعاون.",
        "وزرای خارجه مصر، اردن و عراق توافقنامه همکاری امضا کردند.",
        ("AGREE reported EGY:GOV JOR:GOV IRQ:GOV",),
    ),
    (
        "Iraq and Syria accused Turkey of cutting the water of the Euphrates.",
        "اتهم العراق وسوريا تركيا بقطع مياه الفرات.",
        "عراق و سوریه ترکیه را به قطع آب فرات متهم کردند.",
        ("ACCUSE reported IRQ: TUR:", "ACCUSE reported SYR: TUR:"),
    ),
    (
        "A Lebanese businessman was arrested in Dubai.",
        "اعتقل رجل أعمال لبناني في دبي.",
        "یک تاجر لبنانی در دبی بازداشت شد.",
        ("COERCE reported ARE:COP LBN:BUS",),
    ),
    (
        "The Japanese prime minister urged the Iranian president to restrain.",
        "حث رئيس الوزراء الياباني الرئيس الإيراني على ضبط النفس.",
        "نخست\u200cوزیر ژاپن از رئیس\u200cجمهور ایران خواست خویشتنداری کند.",
        ("REQUEST reported JPN:GOV IRN:GOV",),
    ),
    (
        "The National Iranian Oil Company signed a contract with a Chinese firm.",
        "وقعت شركة النفط الوطنية الإيرانية عقداً مع شركة صينية.",
        "شرکت ملی نفت ایران با یک شرکت چینی قرارداد امضا کرد.",
        ("AGREE reported IRN:BUS CHN:BUS",),
    ),
    (
        "The Iraqi foreign minister will travel to Tehran next week to meet Iranian officials.",
        "سيتوجه وزير الخارجية العراقي إلى طهران الأسبوع المقبل للقاء مسؤولين إيرانيين.",
        "وزیر خارجه عراق هفته آینده برای دیدار با مقامات ایرانی به تهران سفر خواهد کرد.",
        ("CONSULT planned IRQ:GOV IRN:GOV",),
    ),
    (
        "The Iranian president spoke by phone with his French counterpart about the nuclear talks.",
        "أجرى الرئيس الإيراني اتصالا هاتفيا مع نظيره الفرنسي بشأن المحادثات النووية.",
        "رئیس\u200cجمهور ایران درباره مذاکرات هسته\u200cای با همتای فرانسوی خود تلفنی گفت\u200cوگو کرد.",
        ("CONSULT reported IRN:GOV FRA:GOV",),
    ),
    (
        "The Saudi foreign minister discussed regional issues with the Egyptian foreign minister in Cairo.",
        "بحث وزير الخارجية السعودي القضايا الإقليمية مع وزير الخارجية المصري في القاهرة.",
        "وزیر خارجه عربستان در قاهره درباره مسائل منطقه\u200cای با وزیر خارجه مصر گفت\u200cوگو کرد.",
        ("CONSULT reported SAU:GOV EGY:GOV",),
    ),
    (
        "Iran's foreign minister held talks on bilateral relations with the Iraqi prime minister.",
        "أجرى وزير الخارجية الإيراني محادثات حول العلاقات الثنائية مع رئيس الوزراء العراقي.",
        "وزیر خارجه ایران در خصوص روابط دوجانبه با نخست\u200cوزیر عراق مذاکره کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The Iraqi prime minister accused Turkey in an interview with the BBC of violating Iraqi sovereignty.",
        "اتهم رئيس الوزراء العراقي في مقابلة مع بي بي سي تركيا بانتهاك السيادة العراقية.",
        "نخست\u200cوزیر عراق در گفت\u200cوگو با بی\u200cبی\u200cسی ترکیه را به نقض حاکمیت عراق متهم کرد.",
        ("ACCUSE reported IRQ:GOV TUR:",),
    ),
    (
        "Hezbollah fired rockets at northern Israel, Lebanese media said.",
        "أطلق حزب الله صواريخ على شمال إسرائيل، بحسب وسائل إعلام لبنانية.",
        "به گزارش رسانه\u200cهای لبنان، حزب\u200cالله به شمال اسرائیل موشک شلیک کرد.",
        ("ASSAULT reported LBN:REB ISR:",),
    ),
    (
        "Israeli media said that Hamas fired rockets at southern Israel.",
        "قالت وسائل إعلام إسرائيلية إن حماس أطلقت صواريخ على جنوب إسرائيل.",
        "رسانه\u200cهای اسرائیل گفتند که حماس به جنوب اسرائیل موشک شلیک کرد.",
        ("ASSAULT reported PSE:REB ISR:",),
    ),
    (
        "The Pakistani army withdrew from the border area with Afghanistan.",
        "انسحب الجيش الباكستاني من المنطقة الحدودية مع أفغانستان.",
        "ارتش پاکستان از منطقه مرزی با افغانستان عقب\u200cنشینی کرد.",
        ("RETREAT reported PAK:MIL",),
    ),
    (
        "The Houthis launched a drone attack on southern Saudi Arabia.",
        "شن الحوثيون هجوما بطائرة مسيرة على جنوب السعودية.",
        "حوثی\u200cها با پهپاد به جنوب عربستان حمله کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "The Iranian foreign minister met the Syrian president in Damascus and discussed the situation in Idlib.",
        "التقى وزير الخارجية الإيراني الرئيس السوري في دمشق وبحث الوضع في إدلب.",
        "وزیر خارجه ایران در دمشق با رئیس\u200cجمهور سوریه دیدار و درباره اوضاع ادلب گفت\u200cوگو کرد.",
        ("CONSULT reported IRN:GOV SYR:GOV",),
    ),
    (
        "Kuwait's emir received the Iraqi foreign minister.",
        "استقبل أمير الكويت وزير الخارجية العراقي.",
        "امیر کویت وزیر خارجه عراق را به حضور پذیرفت.",
        ("CONSULT reported KWT:GOV IRQ:GOV",),
    ),
    (
        "The Iranian ambassador in Baghdad met the Iraqi national security adviser.",
        "التقى السفير الإيراني في بغداد مستشار الأمن الوطني العراقي.",
        "سفیر ایران در بغداد با مشاور امنیت ملی عراق دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "China's foreign ministry spokesman criticised Washington.",
        "انتقد المتحدث باسم وزارة الخارجية الصينية واشنطن.",
        "سخنگوی وزارت امور خارجه چین از واشنگتن انتقاد کرد.",
        ("ACCUSE reported CHN:GOV USA:",),
    ),
    (
        "The commander of the Iranian Revolutionary Guards threatened Israel.",
        "هدد قائد الحرس الثوري الإيراني إسرائيل.",
        "فرمانده سپاه پاسداران انقلاب اسلامی ایران اسرائیل را تهدید کرد.",
        ("THREATEN reported IRN:MIL ISR:",),
    ),
    (
        "The deputy foreign minister of Russia met the Syrian ambassador in Moscow.",
        "التقى نائب وزير الخارجية الروسي السفير السوري في موسكو.",
        "معاون وزیر امور خارجه روسیه در مسکو با سفیر سوریه دیدار کرد.",
        ("CONSULT reported RUS:GOV SYR:GOV",),
    ),
    (
        "Iraq and Kuwait signed a border agreement in Kuwait City.",
        "وقع العراق والكويت اتفاقية حدودية في مدينة الكويت.",
        "عراق و کویت در شهر کویت توافقنامه مرزی امضا کردند.",
        ("AGREE reported IRQ: KWT:",),
    ),
    (
        "Egypt, Jordan and Iraq held a summit in Baghdad.",
        "عقدت مصر والأردن والعراق قمة في بغداد.",
        "مصر، اردن و عراق در بغداد نشست سران برگزار کردند.",
        ("CONSULT reported EGY: JOR: IRQ:",),
    ),
    (
        "Baghdad summoned the Iranian chargé d'affaires.",
        "استدعت بغداد القائم بالأعمال الإيراني.",
        "بغداد کاردار ایران را احضار کرد.",
        ("ACCUSE reported IRQ: IRN:GOV",),
    ),
    (
        "Saudi Arabia received a letter from the Iranian president.",
        "تلقت السعودية رسالة من الرئيس الإيراني.",
        "عربستان نامه\u200cای از رئیس\u200cجمهور ایران دریافت کرد.",
        ("CONSULT reported SAU: IRN:GOV",),
    ),
    (
        "Japan urged Iran and the United States to resume the talks.",
        "حثت اليابان إيران والولايات المتحدة على استئناف المحادثات.",
        "ژاپن از ایران و آمریکا خواست مذاکرات را از سر بگیرند.",
        ("REQUEST reported JPN: IRN:", "REQUEST reported JPN: USA:"),
    ),
    (
        "The Iraqi foreign ministry summoned the ambassadors of Iran and Turkey.",
        "استدعت وزارة الخارجية العراقية سفيري إيران وتركيا.",
        "وزارت خارجه عراق سفرای ایران و ترکیه را احضار کرد.",
        ("ACCUSE reported IRQ:GOV IRN:GOV", "ACCUSE reported IRQ:GOV TUR:GOV"),
    ),
    (
        "Iran's supreme leader met the Hamas leader in Tehran.",
        "التقى المرشد الأعلى الإيراني زعيم حماس في طهران.",
        "رهبر ایران در تهران با رهبر حماس دیدار کرد.",
        ("CONSULT reported IRN:GOV PSE:REB",),
    ),
    (
        "Oman's foreign minister will visit Tehran on Saturday.",
        "سيزور وزير الخارجية العماني طهران يوم السبت.",
        "وزیر خارجه عمان روز شنبه به تهران سفر خواهد کرد.",
        ("CONSULT planned OMN:GOV IRN:",),
    ),
    (
        "The Turkish president met the Iranian foreign minister on the sidelines of the meeting in Ankara.",
        "التقى الرئيس التركي وزير الخارجية الإيراني على هامش الاجتماع في أنقرة.",
        "رئیس\u200cجمهور ترکیه در حاشیه نشست آنکارا با وزیر خارجه ایران دیدار کرد.",
        ("CONSULT reported TUR:GOV IRN:GOV",),
    ),
    (
        "The Iraqi government thanked Iran for its help in the war against ISIS.",
        "شكرت الحكومة العراقية إيران على مساعدتها في الحرب ضد داعش.",
        "دولت عراق از ایران به خاطر کمک در جنگ با داعش تشکر کرد.",
        ("SUPPORT reported IRQ:GOV IRN:",),
    ),
    (
        "The American envoy met Taliban representatives in Doha.",
        "التقى المبعوث الأمريكي ممثلي طالبان في الدوحة.",
        "فرستاده آمریکا در دوحه با نمایندگان طالبان دیدار کرد.",
        ("CONSULT reported USA:GOV AFG:REB",),
    ),
    (
        "The UN Secretary-General called on Israel to stop the demolitions.",
        "دعا الأمين العام للأمم المتحدة إسرائيل إلى وقف عمليات الهدم.",
        "دبیرکل سازمان ملل از اسرائیل خواست تخریب\u200cها را متوقف کند.",
        ("REQUEST reported UN:GOV ISR:",),
    ),
    (
        "Azerbaijan's president received the Iranian ambassador in Baku.",
        "استقبل الرئيس الأذربيجاني السفير الإيراني في باكو.",
        "رئیس\u200cجمهور جمهوری آذربایجان سفیر ایران را در باکو به حضور پذیرفت.",
        ("CONSULT reported AZE:GOV IRN:GOV",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_three_languages_agree(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), (lang, text)


# A deed told by its noun with a relative clause on it: its doer is the
# clause's subject, not who condemns or welcomes it.
RELATIVE_DEEDS = [
    ("Turkey condemned the sanctions that the European Union imposed on Russia.", "en"),
    ("أدانت تركيا العقوبات التي فرضها الاتحاد الأوروبي على روسيا.", "ar"),
    ("ترکیه تحریم‌هایی را که اتحادیه اروپا علیه روسیه اعمال کرد محکوم کرد.", "fa"),
    ("ترکیه تحریم‌هایی را که اتحادیه اروپا علیه روسیه اعمال کرده است محکوم می‌کند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), RELATIVE_DEEDS)
def test_relative_deed_doer_is_the_clause_subject(text: str, lang: str) -> None:
    for side in sides(text, lang, "SANCTION"):
        assert side[0] == ("EU", None), side
        assert ("TUR", None) not in side, side
    # whom the condemnation blames is who imposed them
    assert [("TUR", None), ("EU", None)] in sides(text, lang, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lebanon condemned the attack that Israel carried out on its villages.", "en"),
        ("أدان لبنان الهجوم الذي شنته إسرائيل على قراه.", "ar"),
        ("لبنان حمله‌ای را که اسرائیل به روستاهای این کشور انجام داد محکوم کرد.", "fa"),
        ("لبنان حمله ای که اسرائیل به روستاهایش انجام داده بود را محکوم کرد.", "fa"),
    ],
)
def test_relative_attack_has_its_doer_first(text: str, lang: str) -> None:
    for side in sides(text, lang, "ASSAULT"):
        assert side[0] == ("ISR", None), side
    assert [("LBN", None), ("ISR", None)] in sides(text, lang, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iraq welcomed the aid that Kuwait sent to Basra.", "en"),
        ("رحب العراق بالمساعدات التي أرسلتها الكويت إلى البصرة.", "ar"),
        ("عراق از کمک‌هایی که کویت به بصره فرستاد استقبال کرد.", "fa"),
        ("عراق از کمک هایی که کویت به استان های جنوبی آن ارسال کرده استقبال کرد.", "fa"),
    ],
)
def test_relative_aid_goes_from_its_sender(text: str, lang: str) -> None:
    for side in sides(text, lang, "AID"):
        assert side[0] == ("KWT", None), side
    assert [("IRQ", None), ("KWT", None)] in sides(text, lang, "SUPPORT")


# A Persian warning addressed to a side blames it, as English "warned
# Israel" and Arabic "حذر إسرائيل" do (deeds49; was a known gap).
def test_warning_to_a_side_blames_it() -> None:
    assert _read("وزیر خارجه ایران به اسرائیل هشدار داد.", "fa") == {"ACCUSE reported IRN:GOV ISR:"}


# Known gap: a report whose object is the speaker's own ("its diplomats",
# "دبلوماسييها", "دیپلمات این کشور") has the speaker as target; English reads
# it so (sides31's reported owner), Persian puts the speaker first (and
# reads "دیپلمات" as Russia's official). Arabic reads it since
# precision78fa: the clause's own subject leads.
@pytest.mark.xfail(strict=True, reason="fa: the speaker's own diplomats do not make it the target")
@pytest.mark.parametrize(
    ("text", "lang"),
    [("انگلیس اعلام کرد که روسیه دو دیپلمات این کشور را اخراج کرده است.", "fa")],
)
def test_expelled_own_diplomats_make_the_speaker_target(text: str, lang: str) -> None:
    assert _read(text, lang) == {"SANCTION reported RUS: GBR:"}


def test_expelled_own_diplomats_make_the_speaker_target_ar() -> None:
    text = "أعلنت بريطانيا أن روسيا طردت اثنين من دبلوماسييها."
    assert _read(text, "ar") == {"SANCTION reported RUS: GBR:"}


def test_expelled_own_diplomats_make_the_speaker_target_en() -> None:
    text = "Britain announced that Russia had expelled two of its diplomats."
    assert _read(text, "en") == {"SANCTION reported RUS: GBR:"}
