"""One event told in English, Arabic and Persian reads the same: type,
status and each actor's code and agent, in order (round 33, parties33fa;
every sentence written for these tests, news-style in each language, on the
constructions that decide Persian sides and their order: the agent of a
passive after "توسط", "از سوی", "از طرف"; objects with "را" and a subject
far before its verb; recipients after "به"; targets after "علیه"; a
country that owns a noun in an ezafe chain; reporters, speakers and places
that are no sides; tenses, persons and light verbs varied).

Rules added in this round so that the triples below agree:

- a deed's noun that is the subject of a judgement in the passive ("حمله
  اسرائیل به غزه از سوی ترکیه محکوم شد", "Israel's attack on Gaza was
  condemned by Turkey"; ``context.JUDGED_PASSIVES``): the agent after the
  marker judges the deed and is no side of it, as Arabic "أدانت تركيا
  الهجوم الإسرائيلي على غزة" is read (``onlookers._judged_subject_end``,
  ``commented.judge_out``). Where the agent's phrase is followed by the
  object marker ("حمله به نفتکش توسط ایران را محکوم کرد") or by a light
  verb of carrying out ("… توسط ایران انجام شد"), the agent did the deed,
  as before;
- whom that deed struck is no side of the judgement in the passive either
  ("حمله به سوریه از سوی ایران محکوم شد": Iran accuses no Syria), as in
  the active (``victims._judge_at``); and the active's present tense
  ("… را محکوم می‌کند") is read as its past ("محکوم کرد") is: the present's
  prefix stands between the noun and its light verb (``victims._is_verb``);
- of two agents marked before a passive verb, the later is the verb's ("…
  توسط آلمان از سوی ایران محکوم شد": Iran condemned what Germany did;
  ``marked_split._passive_agent``);
- where an envoy named first is posted ("Iran's ambassador to the UN
  criticised the United States", "انتقد سفير إيران لدى الأمم المتحدة
  الولايات المتحدة"; ``context.POSTING_LINKS``, ``ENVOY_WORDS``) is no side
  when two others remain, as Persian "سفیر ایران در سازمان ملل از آمریکا
  انتقاد کرد" is read (``postings.postings_out``); an envoy summoned by his
  host ("استدعت روسيا السفير الفرنسي لدى روسيا") keeps the host;
- a request a rejection takes as its object ("درخواست توقیف اموال ایران را
  رد کرد", "رفضت المحكمة طلب تجميد أصول إيران"; ``context.REQUEST_NOUNS``)
  (or a proposal or plan: "پیشنهاد", "طرح", "اقتراح", "خطة") is rejected
  of its asker, its own genitive; a state further down the
  chain owns what is asked about and is no side, as English "rejected a
  request to freeze Iran's assets" reads (``rejected_request.request_content_out``);
- a summons in the passive ("سفیر ایران به وزارت خارجه دانمارک احضار شد",
  "the Iranian ambassador was summoned to the Danish foreign ministry",
  "تم استدعاء السفير الإيراني إلى وزارة الخارجية الدنماركية";
  ``context.SUMMONED_PASSIVES``, ``SUMMONER_MARKERS``) has the body after
  "به"/"to" as its summoner, first, as the active "وزارت خارجه دانمارک سفیر
  ایران را احضار کرد" reads (``received.summoners_first``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Iran's ambassador was expelled by Germany.",
        "طردت ألمانيا السفير الإيراني.",
        "سفیر ایران توسط آلمان اخراج شد.",
        ("SANCTION reported DEU: IRN:GOV",),
    ),
    (
        "Iran's ambassador was expelled by Germany.",
        "طُرد السفير الإيراني من قبل ألمانيا.",
        "سفیر ایران از سوی آلمان اخراج شد.",
        ("SANCTION reported DEU: IRN:GOV",),
    ),
    (
        "Iran's ambassador was expelled by the German government.",
        "طردت الحكومة الألمانية السفير الإيراني.",
        "سفیر ایران از طرف دولت آلمان اخراج شد.",
        ("SANCTION reported DEU:GOV IRN:GOV",),
    ),
    (
        "Two Iranian diplomats were expelled by the Netherlands.",
        "طردت هولندا دبلوماسيين إيرانيين اثنين.",
        "دو دیپلمات ایرانی از سوی هلند اخراج شدند.",
        ("SANCTION reported NLD: IRN:GOV",),
    ),
    (
        "Two Iranian diplomats have been expelled by the Netherlands.",
        "طردت هولندا دبلوماسيين إيرانيين.",
        "دو دیپلمات ایرانی توسط هلند اخراج شده\u200cاند.",
        ("SANCTION reported NLD: IRN:GOV",),
    ),
    (
        "The US embassy in Baghdad was attacked by Iraqi militias.",
        "هاجمت ميليشيات عراقية السفارة الأمريكية في بغداد.",
        "سفارت آمریکا در بغداد از سوی شبه\u200cنظامیان عراقی مورد حمله قرار گرفت.",
        ("ASSAULT reported IRQ:REB USA:GOV",),
    ),
    (
        "The US embassy in Baghdad was attacked by Iraqi militias.",
        "هاجمت ميليشيات عراقية السفارة الأمريكية في بغداد.",
        "سفارت آمریکا در بغداد توسط شبه\u200cنظامیان عراقی هدف حمله قرار گرفت.",
        ("ASSAULT reported IRQ:REB USA:GOV",),
    ),
    (
        "Israeli positions were attacked by Hezbollah.",
        "هاجم حزب الله مواقع إسرائيلية.",
        "مواضع اسرائیل توسط حزب\u200cالله مورد حمله قرار گرفت.",
        ("ASSAULT reported LBN:REB ISR:",),
    ),
    (
        "Syrian army positions were bombed by Israel.",
        "قصفت إسرائيل مواقع للجيش السوري.",
        "مواضع ارتش سوریه توسط اسرائیل بمباران شد.",
        ("ASSAULT reported ISR: SYR:MIL",),
    ),
    (
        "Syrian army positions were bombed by Israeli warplanes.",
        "قصفت طائرات حربية إسرائيلية مواقع للجيش السوري.",
        "مواضع ارتش سوریه از سوی جنگنده\u200cهای اسرائیلی بمباران شد.",
        ("ASSAULT reported ISR:MIL SYR:MIL",),
    ),
    (
        "The sanctions against Iran were lifted by the United States.",
        "رفعت الولايات المتحدة العقوبات عن إيران.",
        "تحریم\u200cهای ایران از سوی آمریکا لغو شد.",
        ("CONCEDE reported USA: IRN:",),
    ),
    (
        "New sanctions were imposed on Iran by the European Union.",
        "فرض الاتحاد الأوروبي عقوبات جديدة على إيران.",
        "تحریم\u200cهای جدیدی از سوی اتحادیه اروپا علیه ایران اعمال شد.",
        ("SANCTION reported EU: IRN:",),
    ),
    (
        "New sanctions were imposed on Russia by Japan.",
        "فرضت اليابان عقوبات جديدة على روسيا.",
        "تحریم\u200cهای جدیدی توسط ژاپن علیه روسیه وضع شد.",
        ("SANCTION reported JPN: RUS:",),
    ),
    (
        "The French journalist was arrested by Iranian police.",
        "اعتقلت الشرطة الإيرانية الصحفي الفرنسي.",
        "روزنامه\u200cنگار فرانسوی توسط پلیس ایران بازداشت شد.",
        ("COERCE reported IRN:COP FRA:MED",),
    ),
    (
        "The French journalist was arrested by Iranian police.",
        "اعتقلت الشرطة الإيرانية الصحفي الفرنسي.",
        "روزنامه\u200cنگار فرانسوی از سوی پلیس ایران دستگیر شد.",
        ("COERCE reported IRN:COP FRA:MED",),
    ),
    (
        "The American prisoner was released by Iran.",
        "أفرجت إيران عن السجين الأمريكي.",
        "زندانی آمریکایی توسط ایران آزاد شد.",
        ("CONCEDE reported IRN: USA:CVL",),
    ),
    (
        "Iran's proposal was rejected by the United States.",
        "رفضت الولايات المتحدة الاقتراح الإيراني.",
        "پیشنهاد ایران از سوی آمریکا رد شد.",
        ("REJECT reported USA: IRN:",),
    ),
    (
        "Iran's proposal was rejected by Washington.",
        "رفضت واشنطن الاقتراح الإيراني.",
        "پیشنهاد ایران توسط واشنگتن رد شد.",
        ("REJECT reported USA: IRN:",),
    ),
    (
        "Israel's attack on Gaza was condemned by Turkey.",
        "أدانت تركيا الهجوم الإسرائيلي على غزة.",
        "حمله اسرائیل به غزه از سوی ترکیه محکوم شد.",
        ("ACCUSE reported TUR: ISR:", "ASSAULT reported ISR: PSE:"),
    ),
    (
        "Israel's attack on Gaza was condemned by Turkey.",
        "أدانت تركيا الهجوم الإسرائيلي على غزة.",
        "حمله اسرائیل به غزه توسط ترکیه محکوم شد.",
        ("ACCUSE reported TUR: ISR:", "ASSAULT reported ISR: PSE:"),
    ),
    (
        "Saudi Arabia expelled Lebanon's ambassador.",
        "طردت السعودية سفير لبنان.",
        "عربستان سعودی سفیر لبنان را اخراج کرد.",
        ("SANCTION reported SAU: LBN:GOV",),
    ),
    (
        "Saudi Arabia has expelled Lebanon's ambassador.",
        "طردت السعودية سفير لبنان.",
        "عربستان سفیر لبنان را اخراج کرده است.",
        ("SANCTION reported SAU: LBN:GOV",),
    ),
    (
        "Saudi Arabia will expel Lebanon's ambassador.",
        "ستطرد السعودية سفير لبنان.",
        "عربستان سفیر لبنان را اخراج خواهد کرد.",
        ("THREATEN planned SAU: LBN:GOV",),
    ),
    (
        "Germany summoned Iran's ambassador.",
        "استدعت ألمانيا السفير الإيراني.",
        "آلمان سفیر ایران را احضار کرد.",
        ("ACCUSE reported DEU: IRN:GOV",),
    ),
    (
        "The German foreign ministry summoned Iran's ambassador.",
        "استدعت وزارة الخارجية الألمانية السفير الإيراني.",
        "وزارت خارجه آلمان سفیر ایران را احضار کرد.",
        ("ACCUSE reported DEU:GOV IRN:GOV",),
    ),
    (
        "The Iranian foreign ministry summoned Britain's ambassador.",
        "استدعت وزارة الخارجية الإيرانية السفير البريطاني.",
        "وزارت امور خارجه ایران سفیر انگلیس را احضار کرد.",
        ("ACCUSE reported IRN:GOV GBR:GOV",),
    ),
    (
        "The Iranian foreign ministry summoned Britain's ambassador in Tehran.",
        "استدعت وزارة الخارجية الإيرانية السفير البريطاني في طهران.",
        "وزارت امور خارجه ایران سفیر انگلیس در تهران را احضار کرد.",
        ("ACCUSE reported IRN:GOV GBR:GOV",),
    ),
    (
        "The Iranian foreign ministry summoned Britain's ambassador on Sunday.",
        "استدعت الخارجية الإيرانية السفير البريطاني يوم الأحد.",
        "وزارت خارجه ایران روز یکشنبه سفیر بریتانیا را به وزارت خارجه احضار کرد.",
        ("ACCUSE reported IRN:GOV GBR:GOV",),
    ),
    (
        "Israel bombed Hamas positions in Gaza.",
        "قصفت إسرائيل مواقع حماس في غزة.",
        "اسرائیل مواضع حماس را در غزه بمباران کرد.",
        ("ASSAULT reported ISR: PSE:REB",),
    ),
    (
        "Israeli warplanes bombed Hamas positions in Gaza.",
        "قصفت طائرات إسرائيلية مواقع لحماس في غزة.",
        "جنگنده\u200cهای اسرائیلی مواضع حماس در غزه را بمباران کردند.",
        ("ASSAULT reported ISR:MIL PSE:REB",),
    ),
    (
        "Iraqi police arrested two Iranian nationals.",
        "اعتقلت الشرطة العراقية مواطنين إيرانيين.",
        "پلیس عراق دو تبعه ایرانی را بازداشت کرد.",
        ("COERCE reported IRQ:COP IRN:CVL",),
    ),
    (
        "Turkish police arrested Iranian smugglers.",
        "اعتقلت الشرطة التركية مهربين إيرانيين.",
        "پلیس ترکیه قاچاقچیان ایرانی را دستگیر کرد.",
        ("COERCE reported TUR:COP IRN:CRM",),
    ),
    (
        "Russia rejected the American proposal.",
        "رفضت روسيا الاقتراح الأمريكي.",
        "روسیه پیشنهاد آمریکا را رد کرد.",
        ("REJECT reported RUS: USA:",),
    ),
    (
        "Russia has rejected the American proposal.",
        "رفضت روسيا الاقتراح الأمريكي.",
        "روسیه پیشنهاد آمریکا را رد کرده است.",
        ("REJECT reported RUS: USA:",),
    ),
    (
        "Japan sent humanitarian aid to Afghanistan.",
        "أرسلت اليابان مساعدات إنسانية إلى أفغانستان.",
        "ژاپن کمک\u200cهای بشردوستانه به افغانستان ارسال کرد.",
        ("AID reported JPN: AFG:",),
    ),
    (
        "Iran sent humanitarian aid to Lebanon.",
        "أرسلت إيران مساعدات إنسانية إلى لبنان.",
        "ایران محموله\u200cای از کمک\u200cهای بشردوستانه را به لبنان ارسال کرد.",
        ("AID reported IRN: LBN:",),
    ),
    (
        "Qatar sent humanitarian aid to the people of Gaza.",
        "أرسلت قطر مساعدات إنسانية إلى سكان غزة.",
        "قطر کمک\u200cهای بشردوستانه به مردم غزه ارسال کرد.",
        ("AID reported QAT: PSE:CVL",),
    ),
    (
        "Iran's president travelled to Iraq.",
        "سافر الرئيس الإيراني إلى العراق.",
        "رئیس\u200cجمهور ایران به عراق سفر کرد.",
        ("CONSULT reported IRN:GOV IRQ:",),
    ),
    (
        "Iran's president travelled to Baghdad.",
        "سافر الرئيس الإيراني إلى بغداد.",
        "رئیس\u200cجمهور ایران به بغداد سفر کرد.",
        ("CONSULT reported IRN:GOV IRQ:",),
    ),
    (
        "The Iraqi prime minister arrived in Tehran.",
        "وصل رئيس الوزراء العراقي إلى طهران.",
        "نخست\u200cوزیر عراق وارد تهران شد.",
        ("CONSULT reported IRQ:GOV IRN:",),
    ),
    (
        "The Qatari emir travelled to Tehran.",
        "توجه أمير قطر إلى طهران.",
        "امیر قطر به تهران سفر کرد.",
        ("CONSULT reported QAT:GOV IRN:",),
    ),
    (
        "China sent vaccines to Iran.",
        "أرسلت الصين لقاحات إلى إيران.",
        "چین واکسن به ایران ارسال کرد.",
        ("AID reported CHN: IRN:",),
    ),
    (
        "China sent a million doses of vaccine to Iran.",
        "أرسلت الصين مليون جرعة من اللقاح إلى إيران.",
        "چین یک میلیون دوز واکسن به ایران فرستاد.",
        ("AID reported CHN: IRN:",),
    ),
    (
        "Iraq paid its gas debts to Iran.",
        "دفع العراق ديونه من الغاز لإيران.",
        "عراق بدهی گازی خود را به ایران پرداخت کرد.",
        (),
    ),
    (
        "The European Union imposed sanctions on Iran.",
        "فرض الاتحاد الأوروبي عقوبات على إيران.",
        "اتحادیه اروپا علیه ایران تحریم وضع کرد.",
        ("SANCTION reported EU: IRN:",),
    ),
    (
        "The European Union imposed new sanctions on Iran.",
        "فرض الاتحاد الأوروبي عقوبات جديدة على إيران.",
        "اتحادیه اروپا تحریم\u200cهای جدیدی علیه ایران اعمال کرد.",
        ("SANCTION reported EU: IRN:",),
    ),
    (
        "The United States imposed new sanctions on Iran.",
        "فرضت الولايات المتحدة عقوبات جديدة على إيران.",
        "آمریکا تحریم\u200cهای تازه\u200cای را علیه ایران اعمال کرد.",
        ("SANCTION reported USA: IRN:",),
    ),
    (
        "Britain imposed sanctions on Russian officials.",
        "فرضت بريطانيا عقوبات على مسؤولين روس.",
        "انگلیس علیه مقامات روسیه تحریم وضع کرد.",
        ("SANCTION reported GBR: RUS:GOV",),
    ),
    (
        "Canada imposed sanctions on Iranian officials.",
        "فرضت كندا عقوبات على مسؤولين إيرانيين.",
        "کانادا مقامات ایرانی را تحریم کرد.",
        ("SANCTION reported CAN: IRN:GOV",),
    ),
    (
        "The United States sanctioned Iran's oil minister.",
        "فرضت الولايات المتحدة عقوبات على وزير النفط الإيراني.",
        "آمریکا وزیر نفت ایران را تحریم کرد.",
        ("SANCTION reported USA: IRN:GOV",),
    ),
    (
        "Russia launched a military operation against Ukraine.",
        "شنت روسيا عملية عسكرية ضد أوكرانيا.",
        "روسیه عملیات نظامی علیه اوکراین آغاز کرد.",
        ("ASSAULT reported RUS: UKR:",),
    ),
    (
        "Israel carried out air strikes against Hamas in Gaza.",
        "شنت إسرائيل غارات جوية ضد حماس في غزة.",
        "اسرائیل حملات هوایی علیه حماس در غزه انجام داد.",
        ("ASSAULT reported ISR: PSE:REB",),
    ),
    (
        "Iran filed a complaint against the United States.",
        "رفعت إيران شكوى ضد الولايات المتحدة.",
        "ایران علیه آمریکا شکایت کرد.",
        ("ACCUSE reported IRN: USA:",),
    ),
    (
        "Ukraine filed a lawsuit against Russia.",
        "رفعت أوكرانيا دعوى ضد روسيا.",
        "اوکراین علیه روسیه شکایت کرده است.",
        ("ACCUSE reported UKR: RUS:",),
    ),
    (
        "Saudi Arabia threatened Lebanon with sanctions.",
        "هددت السعودية لبنان بالعقوبات.",
        "عربستان لبنان را به تحریم تهدید کرد.",
        ("THREATEN reported SAU: LBN:",),
    ),
    (
        "The United States accused Iran of attacking the tanker.",
        "اتهمت الولايات المتحدة إيران بمهاجمة الناقلة.",
        "آمریکا ایران را به حمله به نفتکش متهم کرد.",
        ("ACCUSE reported USA: IRN:",),
    ),
    (
        "Israel accused Iran of the attack.",
        "اتهمت إسرائيل إيران بالهجوم.",
        "اسرائیل ایران را عامل این حمله دانست.",
        ("ACCUSE reported ISR: IRN:",),
    ),
    (
        "Iran accused Israel of assassinating its nuclear scientist.",
        "اتهمت إيران إسرائيل باغتيال عالمها النووي.",
        "ایران اسرائیل را به ترور دانشمند هسته\u200cای خود متهم کرد.",
        ("ACCUSE reported IRN: ISR:",),
    ),
    (
        "Iran's foreign minister criticised American policy.",
        "انتقد وزير الخارجية الإيراني السياسة الأمريكية.",
        "وزیر خارجه ایران از سیاست آمریکا انتقاد کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "Iran's foreign minister criticised American policy in Iraq.",
        "انتقد وزير الخارجية الإيراني السياسة الأمريكية في العراق.",
        "وزیر خارجه ایران از سیاست\u200cهای آمریکا در عراق انتقاد کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "Iran's foreign minister criticised the American presence in Syria.",
        "انتقد وزير الخارجية الإيراني الوجود الأمريكي في سوريا.",
        "وزیر خارجه ایران از حضور آمریکا در سوریه انتقاد کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "China criticised the American sanctions on Iran.",
        "انتقدت الصين العقوبات الأمريكية على إيران.",
        "چین از تحریم\u200cهای آمریکا علیه ایران انتقاد کرد.",
        ("ACCUSE reported CHN: USA:",),
    ),
    (
        "Russia criticised the American sanctions on Iran.",
        "انتقدت روسيا العقوبات الأمريكية على إيران.",
        "روسیه تحریم\u200cهای آمریکا علیه ایران را محکوم کرد.",
        ("ACCUSE reported RUS: USA:",),
    ),
    (
        "Iran's president met Iraq's prime minister.",
        "التقى الرئيس الإيراني رئيس الوزراء العراقي.",
        "رئیس\u200cجمهور ایران با نخست\u200cوزیر عراق دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Iran's president met Iraq's prime minister in Tehran.",
        "التقى الرئيس الإيراني رئيس الوزراء العراقي في طهران.",
        "رئیس\u200cجمهور ایران با نخست\u200cوزیر عراق در تهران دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Iran's ambassador in Baghdad met Iraq's foreign minister.",
        "التقى السفير الإيراني في بغداد وزير الخارجية العراقي.",
        "سفیر ایران در بغداد با وزیر خارجه عراق دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Iran's ambassador to Iraq met the Iraqi foreign minister.",
        "التقى السفير الإيراني لدى العراق وزير الخارجية العراقي.",
        "سفیر ایران در عراق با وزیر خارجه عراق دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Germany's ambassador to Iran met the Iranian foreign minister.",
        "التقى السفير الألماني لدى إيران وزير الخارجية الإيراني.",
        "سفیر آلمان در تهران با وزیر امور خارجه ایران دیدار کرد.",
        ("CONSULT reported DEU:GOV IRN:GOV",),
    ),
    (
        "The US supports Ukraine's sovereignty.",
        "تدعم الولايات المتحدة سيادة أوكرانيا.",
        "آمریکا از حاکمیت اوکراین حمایت می\u200cکند.",
        ("SUPPORT reported USA: UKR:",),
    ),
    (
        "Iran supports the Iraqi government.",
        "تدعم إيران الحكومة العراقية.",
        "ایران از دولت عراق حمایت می\u200cکند.",
        ("SUPPORT reported IRN: IRQ:GOV",),
    ),
    (
        "Iran supports the Syrian government.",
        "تدعم إيران الحكومة السورية.",
        "ایران از دولت سوریه حمایت کرده است.",
        ("SUPPORT reported IRN: SYR:GOV",),
    ),
    (
        "Russia supports Iran's nuclear programme.",
        "تدعم روسيا البرنامج النووي الإيراني.",
        "روسیه از برنامه هسته\u200cای ایران حمایت می\u200cکند.",
        ("SUPPORT reported RUS: IRN:",),
    ),
    (
        "According to Reuters, Germany expelled two Iranian diplomats.",
        "وفقا لرويترز، طردت ألمانيا دبلوماسيين إيرانيين.",
        "به گزارش رویترز، آلمان دو دیپلمات ایرانی را اخراج کرد.",
        ("SANCTION reported DEU: IRN:GOV",),
    ),
    (
        "Iranian media reported that Iran seized a foreign tanker.",
        "ذكرت وسائل إعلام إيرانية أن إيران احتجزت ناقلة أجنبية.",
        "رسانه\u200cهای ایران گزارش دادند که ایران یک نفتکش خارجی را توقیف کرد.",
        ("COERCE reported IRN:",),
    ),
    (
        "According to Iran's Fars news agency, Iraq paid its debts to Iran.",
        "بحسب وكالة فارس الإيرانية، دفع العراق ديونه لإيران.",
        "به گزارش خبرگزاری فارس، عراق بدهی خود را به ایران پرداخت کرد.",
        (),
    ),
    (
        "The Russian foreign ministry said Russia supports Iran.",
        "قالت الخارجية الروسية إن روسيا تدعم إيران.",
        "وزارت خارجه روسیه اعلام کرد روسیه از ایران حمایت می\u200cکند.",
        ("SUPPORT reported RUS:GOV IRN:",),
    ),
    (
        "According to the BBC, Britain has imposed sanctions on Russia.",
        "بحسب بي بي سي، فرضت بريطانيا عقوبات على روسيا.",
        "به گزارش بی\u200cبی\u200cسی، انگلیس علیه روسیه تحریم وضع کرده است.",
        ("SANCTION reported GBR: RUS:",),
    ),
    (
        "Iran's foreign minister met the Turkish foreign minister in Moscow.",
        "التقى وزير الخارجية الإيراني نظيره التركي في موسكو.",
        "وزیر خارجه ایران با وزیر خارجه ترکیه در مسکو دیدار کرد.",
        ("CONSULT reported IRN:GOV TUR:GOV",),
    ),
    (
        "Iran's foreign minister met his Turkish counterpart in Moscow.",
        "التقى وزير الخارجية الإيراني نظيره التركي في موسكو.",
        "وزیر امور خارجه ایران در مسکو با همتای ترکیه\u200cای خود دیدار کرد.",
        ("CONSULT reported IRN:GOV TUR:GOV",),
    ),
    (
        "Iran and Saudi Arabia held talks in Baghdad.",
        "أجرت إيران والسعودية محادثات في بغداد.",
        "ایران و عربستان در بغداد مذاکره کردند.",
        ("CONSULT reported IRN: SAU:",),
    ),
    (
        "Iran and the United States held indirect talks in Vienna.",
        "أجرت إيران والولايات المتحدة محادثات غير مباشرة في فيينا.",
        "ایران و آمریکا در وین مذاکرات غیرمستقیم برگزار کردند.",
        ("CONSULT reported IRN: USA:",),
    ),
    (
        "The Taliban and the United States signed an agreement in Doha.",
        "وقعت طالبان والولايات المتحدة اتفاقا في الدوحة.",
        "طالبان و آمریکا در دوحه توافقنامه امضا کردند.",
        ("AGREE reported AFG:REB USA:",),
    ),
    (
        "Turkish forces attacked Kurdish militants in Syria.",
        "هاجمت القوات التركية مسلحين أكرادا في سوريا.",
        "نیروهای ترکیه به شبه\u200cنظامیان کرد در سوریه حمله کردند.",
        ("ASSAULT reported TUR:MIL SYR:REB",),
    ),
    (
        "Turkish forces attacked Kurdish militants in northern Iraq.",
        "هاجمت القوات التركية مسلحين أكرادا في شمال العراق.",
        "نیروهای ترکیه در شمال عراق به شبه\u200cنظامیان کرد حمله کردند.",
        ("ASSAULT reported TUR:MIL IRQ:REB",),
    ),
    (
        "Iran's foreign minister, who arrived in Beirut on Monday, met Lebanon's president.",
        "التقى وزير الخارجية الإيراني، الذي وصل إلى بيروت يوم الاثنين، الرئيس اللبناني.",
        "وزیر خارجه ایران که روز دوشنبه وارد بیروت شده بود، با رئیس\u200cجمهور لبنان دیدار کرد.",
        ("CONSULT reported IRN:GOV LBN:GOV",),
    ),
    (
        "The Iraqi prime minister, who is on a two-day visit, met the Iranian president.",
        "التقى رئيس الوزراء العراقي، الذي يقوم بزيارة تستغرق يومين، الرئيس الإيراني.",
        "نخست\u200cوزیر عراق که در یک سفر دو روزه به سر می\u200cبرد، با رئیس\u200cجمهور ایران دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "Germany, which had warned Iran several times, expelled two Iranian diplomats.",
        "طردت ألمانيا، التي حذرت إيران مرارا، دبلوماسيين إيرانيين اثنين.",
        "آلمان که بارها به ایران هشدار داده بود، دو دیپلمات ایرانی را اخراج کرد.",
        ("SANCTION reported DEU: IRN:GOV",),
    ),
    (
        "Iraq asked Turkey to withdraw its forces.",
        "طالب العراق تركيا بسحب قواتها.",
        "عراق خواستار خروج نیروهای ترکیه شد.",
        ("REQUEST reported IRQ: TUR:MIL",),
    ),
    (
        "Iran's foreign minister asked the European Union to lift the sanctions.",
        "طلب وزير الخارجية الإيراني من الاتحاد الأوروبي رفع العقوبات.",
        "وزیر خارجه ایران از اتحادیه اروپا خواست تحریم\u200cها را لغو کند.",
        ("REQUEST reported IRN:GOV EU:",),
    ),
    (
        "Iran's president congratulated Iraq's new prime minister.",
        "هنأ الرئيس الإيراني رئيس الوزراء العراقي الجديد.",
        "رئیس\u200cجمهور ایران به نخست\u200cوزیر جدید عراق تبریک گفت.",
        ("SUPPORT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Iran's president thanked China for its support.",
        "شكر الرئيس الإيراني الصين على دعمها.",
        "رئیس\u200cجمهور ایران از چین به خاطر حمایت\u200cهایش تشکر کرد.",
        ("SUPPORT reported IRN:GOV CHN:",),
    ),
    (
        "Iran's president praised Iraq.",
        "أشاد الرئيس الإيراني بالعراق.",
        "رئیس\u200cجمهور ایران از عراق تقدیر کرد.",
        ("SUPPORT reported IRN:GOV IRQ:",),
    ),
    (
        "Iran's foreign minister criticised Germany.",
        "انتقد وزير الخارجية الإيراني ألمانيا.",
        "وزیر خارجه ایران از آلمان انتقاد کرد.",
        ("ACCUSE reported IRN:GOV DEU:",),
    ),
    (
        "Iran's foreign minister criticised Germany.",
        "انتقد وزير الخارجية الإيراني ألمانيا.",
        "وزیر خارجه ایران آلمان را مورد انتقاد قرار داد.",
        ("ACCUSE reported IRN:GOV DEU:",),
    ),
    (
        "Iran accused Britain of interfering in its affairs.",
        "اتهمت إيران بريطانيا بالتدخل في شؤونها.",
        "ایران انگلیس را به دخالت در امور داخلی خود متهم کرد.",
        ("ACCUSE reported IRN: GBR:",),
    ),
    (
        "The US accused Russia of cyber attacks.",
        "اتهمت الولايات المتحدة روسيا بشن هجمات إلكترونية.",
        "آمریکا روسیه را به حملات سایبری متهم کرد.",
        ("ACCUSE reported USA: RUS:",),
    ),
    (
        "Saudi Arabia cut its ties with Iran.",
        "قطعت السعودية علاقاتها مع إيران.",
        "عربستان روابط خود با ایران را قطع کرد.",
        ("SANCTION reported SAU: IRN:",),
    ),
    (
        "Saudi Arabia cut diplomatic relations with Iran.",
        "قطعت السعودية العلاقات الدبلوماسية مع إيران.",
        "عربستان سعودی روابط دیپلماتیک خود را با ایران قطع کرد.",
        ("SANCTION reported SAU: IRN:",),
    ),
    (
        "Bahrain cut diplomatic relations with Iran.",
        "قطعت البحرين العلاقات الدبلوماسية مع إيران.",
        "بحرین روابط دیپلماتیک با ایران را قطع کرد.",
        ("SANCTION reported BHR: IRN:",),
    ),
    (
        "Iran and Iraq signed a security agreement.",
        "وقعت إيران والعراق اتفاقية أمنية.",
        "ایران و عراق یک توافقنامه امنیتی امضا کردند.",
        ("AGREE reported IRN: IRQ:",),
    ),
    (
        "Iran signed a security agreement with Iraq.",
        "وقعت إيران اتفاقية أمنية مع العراق.",
        "ایران با عراق یک توافقنامه امنیتی امضا کرد.",
        ("AGREE reported IRN: IRQ:",),
    ),
    (
        "Iran signed a cooperation agreement with China.",
        "وقعت إيران اتفاقية تعاون مع الصين.",
        "ایران و چین سند همکاری امضا کردند.",
        ("AGREE reported IRN: CHN:",),
    ),
    (
        "Iran's oil minister met his Venezuelan counterpart.",
        "التقى وزير النفط الإيراني نظيره الفنزويلي.",
        "وزیر نفت ایران با همتای ونزوئلایی خود دیدار کرد.",
        ("CONSULT reported IRN:GOV VEN:GOV",),
    ),
    (
        "Iran's foreign minister spoke by phone with his Qatari counterpart.",
        "أجرى وزير الخارجية الإيراني اتصالا هاتفيا مع نظيره القطري.",
        "وزیر امور خارجه ایران با همتای قطری خود تلفنی گفتگو کرد.",
        ("CONSULT reported IRN:GOV QAT:GOV",),
    ),
    (
        "Iran's foreign minister spoke by phone with his Qatari counterpart.",
        "أجرى وزير الخارجية الإيراني اتصالا هاتفيا مع نظيره القطري.",
        "وزیر امور خارجه ایران در تماس تلفنی با همتای قطری خود گفتگو کرد.",
        ("CONSULT reported IRN:GOV QAT:GOV",),
    ),
    (
        "Iran's president received the Iraqi foreign minister.",
        "استقبل الرئيس الإيراني وزير الخارجية العراقي.",
        "رئیس\u200cجمهور ایران وزیر خارجه عراق را به حضور پذیرفت.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Russia's president received Iran's president in Moscow.",
        "استقبل الرئيس الروسي الرئيس الإيراني في موسكو.",
        "رئیس\u200cجمهور روسیه رئیس\u200cجمهور ایران را در مسکو به حضور پذیرفت.",
        ("CONSULT reported RUS:GOV IRN:GOV",),
    ),
    (
        "China's ambassador met Iran's foreign minister in Tehran.",
        "التقى السفير الصيني وزير الخارجية الإيراني في طهران.",
        "سفیر چین در تهران با وزیر امور خارجه ایران دیدار کرد.",
        ("CONSULT reported CHN:GOV IRN:GOV",),
    ),
    (
        "Iran's ambassador to Russia met Russia's deputy foreign minister.",
        "التقى السفير الإيراني لدى روسيا نائب وزير الخارجية الروسي.",
        "سفیر ایران در روسیه با معاون وزیر خارجه روسیه دیدار کرد.",
        ("CONSULT reported IRN:GOV RUS:GOV",),
    ),
    (
        "Iran's ambassador to Russia met Russia's deputy foreign minister in Moscow.",
        "التقى السفير الإيراني لدى روسيا نائب وزير الخارجية الروسي في موسكو.",
        "سفیر ایران در مسکو با معاون وزیر خارجه روسیه دیدار و گفتگو کرد.",
        ("CONSULT reported IRN:GOV RUS:GOV",),
    ),
    (
        "The Taliban arrested two Iranian journalists.",
        "اعتقلت طالبان صحفيين إيرانيين.",
        "طالبان دو روزنامه\u200cنگار ایرانی را بازداشت کردند.",
        ("COERCE reported AFG:REB IRN:MED",),
    ),
    (
        "The Taliban have arrested two Iranian journalists.",
        "اعتقلت طالبان صحفيين إيرانيين.",
        "طالبان دو خبرنگار ایرانی را دستگیر کرده\u200cاند.",
        ("COERCE reported AFG:REB IRN:MED",),
    ),
    (
        "Iranian border guards arrested Afghan smugglers.",
        "اعتقل حرس الحدود الإيراني مهربين أفغانا.",
        "مرزبانان ایران قاچاقچیان افغان را بازداشت کردند.",
        ("COERCE reported IRN:COP AFG:CRM",),
    ),
    (
        "Iran released a French citizen.",
        "أفرجت إيران عن مواطن فرنسي.",
        "ایران یک شهروند فرانسوی را آزاد کرد.",
        ("CONCEDE reported IRN: FRA:CVL",),
    ),
    (
        "Iran released a French citizen.",
        "أفرجت إيران عن مواطن فرنسي.",
        "یک شهروند فرانسوی از سوی ایران آزاد شد.",
        ("CONCEDE reported IRN: FRA:CVL",),
    ),
    (
        "Iran has released a French citizen.",
        "أفرجت إيران عن مواطن فرنسي.",
        "ایران یک تبعه فرانسوی را آزاد کرده است.",
        ("CONCEDE reported IRN: FRA:CVL",),
    ),
    (
        "Iran will release a French citizen.",
        "ستفرج إيران عن مواطن فرنسي.",
        "ایران یک شهروند فرانسوی را آزاد خواهد کرد.",
        ("CONCEDE planned IRN: FRA:CVL",),
    ),
    (
        "Iraq expelled a Turkish diplomat.",
        "طرد العراق دبلوماسيا تركيا.",
        "عراق یک دیپلمات ترکیه\u200cای را اخراج کرد.",
        ("SANCTION reported IRQ: TUR:GOV",),
    ),
    (
        "Iraq summoned the Turkish ambassador.",
        "استدعى العراق السفير التركي.",
        "عراق سفیر ترکیه را احضار کرد.",
        ("ACCUSE reported IRQ: TUR:GOV",),
    ),
    (
        "Iraq summoned the Turkish ambassador in Baghdad.",
        "استدعى العراق السفير التركي في بغداد.",
        "عراق سفیر ترکیه در بغداد را احضار کرد.",
        ("ACCUSE reported IRQ: TUR:GOV",),
    ),
    (
        "The Iraqi foreign ministry summoned the Turkish chargé d'affaires.",
        "استدعت الخارجية العراقية القائم بالأعمال التركي.",
        "وزارت خارجه عراق کاردار ترکیه را احضار کرد.",
        ("ACCUSE reported IRQ:GOV TUR:GOV",),
    ),
    (
        "Iran summoned the Swiss ambassador, who represents American interests.",
        "استدعت إيران السفير السويسري الذي يرعى المصالح الأمريكية.",
        "ایران سفیر سوئیس را که حافظ منافع آمریکاست احضار کرد.",
        ("ACCUSE reported IRN: CHE:GOV",),
    ),
    (
        "Pakistan's army attacked Taliban positions in Afghanistan.",
        "هاجم الجيش الباكستاني مواقع طالبان في أفغانستان.",
        "ارتش پاکستان به مواضع طالبان در افغانستان حمله کرد.",
        ("ASSAULT reported PAK:MIL AFG:REB",),
    ),
    (
        "Pakistani warplanes bombed Afghan territory.",
        "قصفت طائرات باكستانية الأراضي الأفغانية.",
        "جنگنده\u200cهای پاکستانی خاک افغانستان را بمباران کردند.",
        ("ASSAULT reported PAK:MIL AFG:",),
    ),
    (
        "Hezbollah fired rockets at Israel.",
        "أطلق حزب الله صواريخ على إسرائيل.",
        "حزب\u200cالله به سمت اسرائیل موشک شلیک کرد.",
        ("ASSAULT reported LBN:REB ISR:",),
    ),
    (
        "Hamas fired rockets at Israel.",
        "أطلقت حماس صواريخ على إسرائيل.",
        "حماس چند موشک به سوی اسرائیل شلیک کرد.",
        ("ASSAULT reported PSE:REB ISR:",),
    ),
    (
        "The Houthis attacked Saudi Arabia with drones.",
        "هاجم الحوثيون السعودية بطائرات مسيرة.",
        "حوثی\u200cها با پهپاد به عربستان حمله کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "The Houthis attacked a Saudi oil facility.",
        "هاجم الحوثيون منشأة نفطية سعودية.",
        "حوثی\u200cها به یک تأسیسات نفتی عربستان حمله کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "Azerbaijan expelled Iranian diplomats.",
        "طردت أذربيجان دبلوماسيين إيرانيين.",
        "جمهوری آذربایجان دیپلمات\u200cهای ایرانی را اخراج کرد.",
        ("SANCTION reported AZE: IRN:GOV",),
    ),
    (
        "Iran closed its border with Afghanistan.",
        "أغلقت إيران حدودها مع أفغانستان.",
        "ایران مرز خود با افغانستان را بست.",
        (),
    ),
    (
        "Iran deported Afghan migrants.",
        "رحّلت إيران مهاجرين أفغانا.",
        "ایران مهاجران افغان را اخراج کرد.",
        ("COERCE reported IRN: AFG:REF",),
    ),
    (
        "Iran deported thousands of Afghan migrants.",
        "رحلت إيران آلاف المهاجرين الأفغان.",
        "ایران هزاران مهاجر افغان را از کشور اخراج کرد.",
        ("COERCE reported IRN: AFG:REF",),
    ),
    (
        "Turkey sent troops to Libya.",
        "أرسلت تركيا قوات إلى ليبيا.",
        "ترکیه نیروهای نظامی به لیبی فرستاد.",
        ("MOBILIZE reported TUR:MIL LBY:",),
    ),
    (
        "Russia sent troops to Kazakhstan.",
        "أرسلت روسيا قوات إلى كازاخستان.",
        "روسیه نیروهای خود را به قزاقستان اعزام کرد.",
        ("MOBILIZE reported RUS:MIL KAZ:",),
    ),
    (
        "Iran sold drones to Russia.",
        "باعت إيران طائرات مسيرة لروسيا.",
        "ایران به روسیه پهپاد فروخت.",
        (),
    ),
    (
        "Qatar mediated between Iran and the United States.",
        "توسطت قطر بين إيران والولايات المتحدة.",
        "قطر میان ایران و آمریکا میانجیگری کرد.",
        ("CONSULT reported QAT: IRN:", "CONSULT reported QAT: USA:"),
    ),
    (
        "Egypt hosted talks between Israel and Hamas.",
        "استضافت مصر محادثات بين إسرائيل وحماس.",
        "مصر میزبان مذاکرات اسرائیل و حماس بود.",
        ("CONSULT reported ISR: PSE:REB",),
    ),
    (
        "Iran invited Saudi Arabia's king to visit Tehran.",
        "دعت إيران العاهل السعودي لزيارة طهران.",
        "ایران از پادشاه عربستان برای سفر به تهران دعوت کرد.",
        ("REQUEST reported IRN: SAU:GOV",),
    ),
    (
        "Iran's president invited Iraq's prime minister to Tehran.",
        "دعا الرئيس الإيراني رئيس الوزراء العراقي إلى طهران.",
        "رئیس\u200cجمهور ایران از نخست\u200cوزیر عراق برای سفر به تهران دعوت کرد.",
        ("REQUEST reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Germany threatened Iran with sanctions.",
        "هددت ألمانيا إيران بالعقوبات.",
        "آلمان ایران را به تحریم تهدید کرد.",
        ("THREATEN reported DEU: IRN:",),
    ),
    (
        "Iran threatened to close the Strait of Hormuz.",
        "هددت إيران بإغلاق مضيق هرمز.",
        "ایران تهدید کرد تنگه هرمز را می\u200cبندد.",
        ("THREATEN reported IRN:",),
    ),
    (
        "The United States lifted sanctions on Venezuela.",
        "رفعت الولايات المتحدة العقوبات عن فنزويلا.",
        "آمریکا تحریم\u200cهای ونزوئلا را لغو کرد.",
        ("CONCEDE reported USA: VEN:",),
    ),
    (
        "The United States lifted sanctions on Venezuela.",
        "رفعت الولايات المتحدة العقوبات عن فنزويلا.",
        "آمریکا تحریم\u200cها علیه ونزوئلا را برداشت.",
        ("CONCEDE reported USA: VEN:",),
    ),
    (
        "China and Russia vetoed the resolution.",
        "استخدمت الصين وروسيا حق النقض ضد القرار.",
        "چین و روسیه قطعنامه را وتو کردند.",
        ("REJECT reported CHN: RUS:",),
    ),
    (
        "The Security Council condemned North Korea's missile test.",
        "أدان مجلس الأمن تجربة كوريا الشمالية الصاروخية.",
        "شورای امنیت آزمایش موشکی کره شمالی را محکوم کرد.",
        ("ACCUSE reported UN: PRK:",),
    ),
    (
        "Iran apologized to Ukraine.",
        "اعتذرت إيران لأوكرانيا.",
        "ایران از اوکراین عذرخواهی کرد.",
        ("CONCEDE reported IRN: UKR:",),
    ),
    (
        "Iraq's prime minister apologised to Kuwait.",
        "اعتذر رئيس الوزراء العراقي للكويت.",
        "نخست\u200cوزیر عراق از کویت عذرخواهی کرد.",
        ("CONCEDE reported IRQ:GOV KWT:",),
    ),
    (
        "Qatar's emir called Iran's president and discussed bilateral relations.",
        "اتصل أمير قطر بالرئيس الإيراني وبحث العلاقات الثنائية.",
        "امیر قطر با رئیس\u200cجمهور ایران تلفنی گفتگو کرد و درباره روابط دوجانبه رایزنی کرد.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "Japan's prime minister said Japan would send aid to Afghanistan.",
        "قال رئيس الوزراء الياباني إن اليابان سترسل مساعدات إلى أفغانستان.",
        "نخست\u200cوزیر ژاپن گفت ژاپن به افغانستان کمک ارسال خواهد کرد.",
        ("AID planned JPN:GOV AFG:",),
    ),
    (
        "Iran's foreign ministry spokesman said Iran rejects the American proposal.",
        "قال المتحدث باسم الخارجية الإيرانية إن إيران ترفض الاقتراح الأمريكي.",
        "سخنگوی وزارت امور خارجه ایران گفت ایران پیشنهاد آمریکا را رد می\u200cکند.",
        ("REJECT reported IRN:GOV USA:",),
    ),
    (
        "Iran's ambassador to the UN criticised the United States.",
        "انتقد سفير إيران لدى الأمم المتحدة الولايات المتحدة.",
        "سفیر ایران در سازمان ملل از آمریکا انتقاد کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "Iran's ambassador to the UN criticised the United States.",
        "انتقد سفير إيران لدى الأمم المتحدة الولايات المتحدة.",
        "نماینده ایران در سازمان ملل آمریکا را مورد انتقاد قرار داد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "Russia's envoy to Vienna met Iran's chief negotiator.",
        "التقى مبعوث روسيا في فيينا كبير المفاوضين الإيرانيين.",
        "نماینده روسیه در وین با مذاکره\u200cکننده ارشد ایران دیدار کرد.",
        ("CONSULT reported RUS:GOV IRN:GOV",),
    ),
    (
        "The Iraqi foreign minister arrived in Tehran and met his Iranian counterpart.",
        "وصل وزير الخارجية العراقي إلى طهران والتقى نظيره الإيراني.",
        "وزیر خارجه عراق وارد تهران شد و با همتای ایرانی خود دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "Israel's defence minister threatened Hezbollah.",
        "هدد وزير الدفاع الإسرائيلي حزب الله.",
        "وزیر دفاع اسرائیل حزب\u200cالله را تهدید کرد.",
        ("THREATEN reported ISR:GOV LBN:REB",),
    ),
    (
        "Pakistan accused India of supporting terrorists.",
        "اتهمت باكستان الهند بدعم الإرهابيين.",
        "پاکستان هند را به حمایت از تروریست\u200cها متهم کرد.",
        ("ACCUSE reported PAK: IND:",),
    ),
    (
        "Iran's ambassador to Russia criticised the United States.",
        "انتقد سفير إيران لدى روسيا الولايات المتحدة.",
        "سفیر ایران در روسیه از آمریکا انتقاد کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "The Iranian ambassador to the UN met the US envoy.",
        "التقى السفير الإيراني لدى الأمم المتحدة المبعوث الأمريكي.",
        "سفیر ایران در سازمان ملل با فرستاده آمریکا دیدار کرد.",
        ("CONSULT reported IRN:GOV USA:GOV",),
    ),
    (
        "Iran's ambassador to the UN accused Israel of lying.",
        "اتهم سفير إيران لدى الأمم المتحدة إسرائيل بالكذب.",
        "سفیر ایران در سازمان ملل اسرائیل را به دروغگویی متهم کرد.",
        ("ACCUSE reported IRN:GOV ISR:",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


# Each rule on sentences of its own, in the three languages.
CASES: list[tuple[str, str, set[str]]] = [
    # a warning told with "به" blames its addressee (deeds49; was a gap)
    ("آمریکا به ایران هشدار داد.", "fa", {"ACCUSE reported USA: IRN:"}),
    ("وزیر امور خارجه ایران به اسرائیل هشدار داد.", "fa", {"ACCUSE reported IRN:GOV ISR:"}),
    # the judge of a passive judgement is no side of the deed
    (
        "حمله اسرائیل به غزه از سوی ترکیه محکوم شد.",
        "fa",
        {"ACCUSE reported TUR: ISR:", "ASSAULT reported ISR: PSE:"},
    ),
    (
        "حمله\u200cهای اسرائیل به غزه از طرف ترکیه به شدت محکوم شده است.",
        "fa",
        {"ACCUSE reported TUR: ISR:", "ASSAULT reported ISR: PSE:"},
    ),
    (
        "حمله عربستان به یمن توسط ایران محکوم گردید.",
        "fa",
        {"ACCUSE reported IRN: SAU:", "ASSAULT reported SAU: YEM:"},
    ),
    (
        "حمله اسرائیل به سوریه از سوی روسیه نقض حاکمیت سوریه خوانده شد.",
        "fa",
        # types39ar: a deed called a breach is blame, as "محکوم شد" above
        {"ACCUSE reported RUS: ISR:", "ASSAULT reported ISR: SYR:"},
    ),
    (
        "Israel's attack on Gaza was condemned by Turkey.",
        "en",
        {"ACCUSE reported TUR: ISR:", "ASSAULT reported ISR: PSE:"},
    ),
    (
        "The attack by Israel on Gaza was condemned by Turkey.",
        "en",
        {"ACCUSE reported TUR: ISR:", "ASSAULT reported ISR: PSE:"},
    ),
    (
        "The attack on the tanker by Iran was denounced by Britain.",
        "en",
        {"ACCUSE reported GBR: IRN:", "ASSAULT reported IRN:"},
    ),
    (
        "أدانت تركيا الهجوم الإسرائيلي على غزة.",
        "ar",
        {"ACCUSE reported TUR: ISR:", "ASSAULT reported ISR: PSE:"},
    ),
    (
        "أدانت بريطانيا الهجوم الإيراني على الناقلة.",
        "ar",
        {"ACCUSE reported GBR: IRN:", "ASSAULT reported IRN:"},
    ),
    # the agent of carrying out, or one the object marker closes, did the deed
    ("حمله به نفتکش توسط ایران انجام شد.", "fa", {"ASSAULT reported IRN:"}),
    (
        "حمله به نفتکش توسط ایران را محکوم کرد.",
        "fa",
        {"ACCUSE reported IRN:", "ASSAULT reported IRN:"},
    ),
    # whom the deed struck is accused by no one, active or passive, past or present
    (
        "حمله به سوریه از سوی ایران محکوم شد.",
        "fa",
        {"ACCUSE reported IRN:", "ASSAULT reported -:UAF SYR:"},
    ),
    (
        "ایران حمله به سوریه را محکوم می\u200cکند.",
        "fa",
        {"ACCUSE reported IRN:", "ASSAULT reported -:UAF SYR:"},
    ),
    (
        "ایران حمله به سوریه را محکوم کرد.",
        "fa",
        {"ACCUSE reported IRN:", "ASSAULT reported -:UAF SYR:"},
    ),
    (
        "حمله به غیرنظامیان از سوی سازمان ملل محکوم شد.",
        "fa",
        {"ACCUSE reported UN:", "ASSAULT reported -:UAF -:CVL"},
    ),
    (
        "نددت الأمم المتحدة بالهجوم على المدنيين.",
        "ar",
        {"ACCUSE reported UN:", "ASSAULT reported -:UAF -:CVL"},
    ),
    # where an envoy is posted is no side; the host who summons him is
    (
        "Iran's envoy to the United Nations accused Israel of lying.",
        "en",
        {"ACCUSE reported IRN:GOV ISR:"},
    ),
    (
        "Iran's ambassador to Iraq met the Iraqi foreign minister.",
        "en",
        {"CONSULT reported IRN:GOV IRQ:GOV"},
    ),
    (
        "انتقد سفير إيران لدى الأمم المتحدة الولايات المتحدة.",
        "ar",
        {"ACCUSE reported IRN:GOV USA:"},
    ),
    (
        "استدعت روسيا السفير الفرنسي لدى روسيا.",
        "ar",
        {"ACCUSE reported RUS: FRA:GOV"},
    ),
    (
        "نماینده ایران در سازمان ملل اسرائیل را به دروغگویی متهم کرد.",
        "fa",
        {"ACCUSE reported IRN:GOV ISR:"},
    ),
    # a request rejected is the asker's; what it asks about is no side
    (
        "دادگاه آمریکا درخواست توقیف اموال ایران را رد کرد.",
        "fa",
        {"REJECT reported USA:JUD"},
    ),
    (
        "دادگاه آمریکا درخواست\u200cهای شاکیان برای توقیف اموال ایران را رد کرد.",
        "fa",
        {"REJECT reported USA:JUD"},
    ),
    ("آمریکا درخواست ایران برای لغو تحریم\u200cها را رد کرد.", "fa", {"REJECT reported USA: IRN:"}),
    (
        "رفضت المحكمة العليا الأمريكية طلبا لمصادرة آثار إيرانية.",
        "ar",
        {"REJECT reported USA:JUD"},
    ),
    ("رفضت الولايات المتحدة طلب إيران رفع العقوبات.", "ar", {"REJECT reported USA: IRN:"}),
    (
        "The US Supreme Court rejected a request to seize Iranian antiquities.",
        "en",
        {"REJECT reported USA:JUD"},
    ),
    # a proposal or a plan rejected is read so too
    (
        "روسیه پیشنهاد آمریکا برای تحریم ایران را رد کرد.",
        "fa",
        {"REJECT reported RUS: USA:"},
    ),
    ("چین طرح تحریم کره شمالی را رد کرد.", "fa", {"REJECT reported CHN:"}),
    ("رفضت الصين خطة فرض عقوبات على كوريا الشمالية.", "ar", {"REJECT reported CHN:"}),
    ("China rejected the plan to sanction North Korea.", "en", {"REJECT reported CHN:"}),
    ("Russia rejected the US proposal to sanction Iran.", "en", {"REJECT reported RUS: USA:"}),
    # a summons in the passive: the body the envoy is summoned to summoned him
    (
        "سفیر ایران به وزارت خارجه دانمارک احضار شد.",
        "fa",
        {"ACCUSE reported DNK:GOV IRN:GOV"},
    ),
    (
        "کاردار سوئیس به وزارت امور خارجه ایران احضار شده است.",
        "fa",
        {"ACCUSE reported IRN:GOV CHE:GOV"},
    ),
    (
        "The Iranian ambassador was summoned to the Danish foreign ministry.",
        "en",
        {"ACCUSE reported DNK:GOV IRN:GOV"},
    ),
    (
        "استدعت الخارجية الدنماركية السفير الإيراني.",
        "ar",
        {"ACCUSE reported DNK:GOV IRN:GOV"},
    ),
    (
        "تم استدعاء السفير الإيراني إلى وزارة الخارجية الدنماركية.",
        "ar",
        {"ACCUSE reported DNK:GOV IRN:GOV"},
    ),
    (
        "وزارت خارجه دانمارک سفیر ایران را احضار کرد.",
        "fa",
        {"ACCUSE reported DNK:GOV IRN:GOV"},
    ),
    # of two agents before the passive verb, the later is its own
    (
        "اخراج دیپلمات\u200cهای ایرانی توسط آلمان از سوی ایران محکوم شد.",
        "fa",
        {"ACCUSE reported IRN:GOV DEU:", "SANCTION reported DEU: IRN:GOV"},
    ),
    # parties107 (a known gap until then): "به افغانستان فرستاده است" is a
    # direction, so the participle "فرستاده" read as an envoy takes no
    # country from the recipient and drops out
    (
        "ژاپن کمک\u200cهای بشردوستانه\u200cای به افغانستان فرستاده است.",
        "fa",
        {"AID reported JPN: AFG:"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # rejecting accusations (Arabic and English read a rejection)
    ("ایران اتهامات آمریکا را رد کرد.", "fa", {"REJECT reported IRN: USA:"}),
    # a drone shot down in the passive
    ("یک پهپاد آمریکایی توسط ایران سرنگون شد.", "fa", {"ASSAULT reported IRN: USA:"}),
    # a guest received, told in the passive
    (
        "نخست\u200cوزیر عراق از سوی پادشاه عربستان پذیرفته شد.",
        "fa",
        {"CONSULT reported SAU:GOV IRQ:GOV"},
    ),
    # the condemnation with an adverb before "by" (English)
    (
        "Israel's attack on Gaza was strongly condemned by Turkey.",
        "en",
        {"ACCUSE reported TUR: ISR:", "ASSAULT reported ISR: PSE:"},
    ),
    # a minister's relative clause takes the place of the subject (English)
    (
        "Iran's foreign minister, who is in New York for the UN General Assembly,"
        " met his French counterpart on Tuesday.",
        "en",
        {"CONSULT reported IRN:GOV FRA:GOV"},
    ),
    # a bystander's land: Kurds bombed in northern Iraq are not Iraq (ar, fa)
    (
        "ارتش ترکیه مواضع کردها را در شمال عراق بمباران کرد.",
        "fa",
        {"ASSAULT reported TUR:MIL"},
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
