"""One event told in English, Arabic and Persian reads the same: type,
status and each actor's code and agent, in order (round 31, tri31fa,
continuing tri30a; every sentence written for these tests, news-style in
each language, the Persian varied over tenses (past, present perfect,
progressive, future, subjunctive after a plan), negation, the passive,
compound verbs whose light verb stands words away, formal light verbs
("نمود", "گردید", "انجام داد", "صورت گرفت"), spellings with and without
ZWNJ, Arabic letter variants and both kinds of digits).

Rules added in this round so that the triples below agree:

- a Persian deed told by its infinitive that a refusal takes as its object
  ("از آزاد کردن زندانیان امتناع کرد") is refused, not done, as its noun
  ("از آزادی زندانیان خودداری کرد"), Arabic "رفضت الإفراج" and English
  "refused to release" are read (``trigger_candidates._not_asked``);
- a Persian noun right after a preposition of time or circumstance ("پس
  از", "در جریان", "به دنبال", ``context.OBJECT_BLOCKERS``) heads an
  adverbial phrase: the object marker after it is the next noun phrase's
  ("پس از دیدار با امیر قطر دوحه را ترک کرد": met the emir, left Doha);
  a deed of force after them ("پس از حمله به …") stays only named;
- a Persian noun trigger whose clause closes with a negated compound of
  carrying out or taking place ("… برگزار نشد", "… صورت نگرفت", "به توافقی
  دست نیافتند", "برگزار نخواهد شد") did not happen (``status``
  ``_closing_verb_negated``, ``context.NEGATION_CLOSERS``; not a noun
  after a preposition, nor a deed whose details were not announced); the
  negated formal, perfect and future light verbs ("ننمود", "نگردید",
  "نرسیده‌اند", "نیافتند", "نخواهند") negate as "نکرد" does, and compound
  verbs are matched with them and with the negated present ("آزاد ننمود",
  "امضا نگردید", "آزاد نمی‌کند");
- a Persian passive participle inside an object ("نفتکش توقیف‌شده انگلیسی
  را آزاد کرد": released the seized tanker) describes the noun and reports
  no seizure (``context.OBJECT_PARTICIPLES``), as English "the seized
  tanker" and Arabic "الناقلة المحتجزة" are read;
- a Persian noun of the closed kind ("حمایت", "تحریم‌ها") after "به" whose
  phrase a verb of going on closes ("ایران به حمایت از سوریه ادامه
  می‌دهد") reports its event, as English "continues to support" and the
  other nouns of "به … ادامه داد" are read (``closed._continued``,
  ``context.CONTINUED_OPENERS``, ``CONTINUED_VERBS``);
- Persian fire exchanged ("تبادل آتش کردند") is an attack, as Arabic
  "تبادلت إطلاق النار" and English "exchanged fire" are read.

Dropped: "خواهان … شد" (came to demand) as a request like "خواستار … شد":
the guard that licensed it reads "شد" in the ten words before the noun too,
and the held-out Persian challenge half fell (.747 to .738).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The Iranian foreign minister met his Omani counterpart in Muscat on Sunday.",
        "التقى وزير الخارجية الإيراني نظيره العماني في مسقط يوم الأحد.",
        "وزیر امور خارجه ایران روز یکشنبه در مسقط با همتای عمانی خود دیدار کرد.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "The Iranian foreign minister met his Omani counterpart in Muscat on Sunday.",
        "التقى وزير الخارجية الإيراني نظيره العماني في مسقط يوم الأحد.",
        "وزير امور خارجه ايران روز يكشنبه در مسقط با همتاي عماني خود ديدار كرد.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "The Iranian foreign minister met his Omani counterpart in Muscat on Sunday.",
        "التقى وزير الخارجية الإيراني نظيره العماني في مسقط يوم الأحد.",
        "وزیر امور خارجه ایران روز یکشنبه در مسقط با همتای عمانی خود ملاقات نمود.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "The Iraqi president has met the Turkish prime minister in Ankara.",
        "التقى الرئيس العراقي رئيس الوزراء التركي في أنقرة.",
        "رئیس\u200cجمهور عراق با نخست\u200cوزیر ترکیه در آنکارا دیدار کرده است.",
        ("CONSULT reported IRQ:GOV TUR:GOV",),
    ),
    (
        "The Iraqi president has met the Turkish prime minister in Ankara.",
        "التقى الرئيس العراقي رئيس الوزراء التركي في أنقرة.",
        "رئیس جمهور عراق در آنکارا با نخست وزیر ترکیه دیدار و گفتگو کرد.",
        ("CONSULT reported IRQ:GOV TUR:GOV",),
    ),
    (
        "The Pakistani prime minister will visit Tehran next week.",
        "سيزور رئيس الوزراء الباكستاني طهران الأسبوع المقبل.",
        "نخست\u200cوزیر پاکستان هفته آینده به تهران سفر خواهد کرد.",
        ("CONSULT planned PAK:GOV IRN:",),
    ),
    (
        "The Pakistani prime minister will visit Tehran next week.",
        "سيزور رئيس الوزراء الباكستاني طهران الأسبوع المقبل.",
        "نخست\u200cوزیر پاکستان قرار است هفته آینده به تهران سفر کند.",
        ("CONSULT planned PAK:GOV IRN:",),
    ),
    (
        "The Pakistani prime minister will visit Tehran next week.",
        "سيزور رئيس الوزراء الباكستاني طهران الأسبوع المقبل.",
        "نخست\u200cوزیر پاکستان هفته آینده از تهران دیدار خواهد نمود.",
        ("CONSULT planned PAK:GOV IRN:",),
    ),
    (
        "The Russian president did not meet the Ukrainian president in Istanbul.",
        "لم يلتق الرئيس الروسي الرئيس الأوكراني في إسطنبول.",
        "رئیس\u200cجمهور روسیه در استانبول با رئیس\u200cجمهور اوکراین دیدار نکرد.",
        ("CONSULT negated RUS:GOV UKR:GOV",),
    ),
    (
        "The Russian president did not meet the Ukrainian president in Istanbul.",
        "لم يلتق الرئيس الروسي الرئيس الأوكراني في إسطنبول.",
        "رئیس\u200cجمهور روسیه در استانبول با رئیس\u200cجمهور اوکراین ملاقات نکرده است.",
        ("CONSULT negated RUS:GOV UKR:GOV",),
    ),
    (
        "The emir of Qatar spoke by phone with the Iranian president on Tuesday.",
        "أجرى أمير قطر اتصالا هاتفيا مع الرئيس الإيراني يوم الثلاثاء.",
        "امیر قطر روز سه\u200cشنبه با رئیس\u200cجمهور ایران گفتگوی تلفنی انجام داد.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "The emir of Qatar spoke by phone with the Iranian president on Tuesday.",
        "أجرى أمير قطر اتصالا هاتفيا مع الرئيس الإيراني يوم الثلاثاء.",
        "امیر قطر روز سه\u200cشنبه در تماسی تلفنی با رئیس\u200cجمهور ایران گفت\u200cوگو کرد.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "The emir of Qatar spoke by phone with the Iranian president on Tuesday.",
        "أجرى أمير قطر اتصالا هاتفيا مع الرئيس الإيراني يوم الثلاثاء.",
        "امیر قطر روز سه شنبه با رئیس جمهور ایران تلفنی گفتگو کرد.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "The foreign ministers of Egypt and Jordan met in Cairo.",
        "اجتمع وزيرا خارجية مصر والأردن في القاهرة.",
        "وزرای خارجه مصر و اردن در قاهره دیدار کردند.",
        ("CONSULT reported EGY:GOV JOR:GOV",),
    ),
    (
        "The foreign ministers of Egypt and Jordan met in Cairo.",
        "اجتمع وزيرا خارجية مصر والأردن في القاهرة.",
        "نشست وزرای خارجه مصر و اردن در قاهره برگزار گردید.",
        ("CONSULT reported EGY:GOV JOR:GOV",),
    ),
    (
        "The foreign ministers of Egypt and Jordan met in Cairo.",
        "اجتمع وزيرا خارجية مصر والأردن في القاهرة.",
        "دیدار وزرای خارجه مصر و اردن در قاهره صورت گرفت.",
        ("CONSULT reported EGY:GOV JOR:GOV",),
    ),
    (
        "The Afghan foreign minister met the Chinese ambassador in Kabul.",
        "التقى وزير الخارجية الأفغاني السفير الصيني في كابل.",
        "وزیر خارجه افغانستان با سفیر چین در کابل ملاقات نمود.",
        ("CONSULT reported AFG:GOV CHN:GOV",),
    ),
    (
        "The Afghan foreign minister met the Chinese ambassador in Kabul.",
        "التقى وزير الخارجية الأفغاني السفير الصيني في كابل.",
        "وزیر خارجه افغانستان با سفیر چین در کابل دیدار میکند.",
        ("CONSULT reported AFG:GOV CHN:GOV",),
    ),
    (
        "The Afghan foreign minister met the Chinese ambassador in Kabul.",
        "التقى وزير الخارجية الأفغاني السفير الصيني في كابل.",
        "وزیر خارجه افغانستان با سفیر چین در کابل دیدار می کند.",
        ("CONSULT reported AFG:GOV CHN:GOV",),
    ),
    (
        "The Indian foreign minister arrived in Tehran on an official visit.",
        "وصل وزير الخارجية الهندي إلى طهران في زيارة رسمية.",
        "وزیر امور خارجه هند برای یک سفر رسمی وارد تهران شد.",
        ("CONSULT reported IND:GOV IRN:",),
    ),
    (
        "The Iranian president received the Iraqi foreign minister in Tehran.",
        "استقبل الرئيس الإيراني وزير الخارجية العراقي في طهران.",
        "رئیس\u200cجمهور ایران وزیر خارجه عراق را در تهران به حضور پذیرفت.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The foreign ministers of Iran and Saudi Arabia plan to meet in Beijing.",
        "يعتزم وزيرا خارجية إيران والسعودية الاجتماع في بكين.",
        "وزرای خارجه ایران و عربستان قصد دارند در پکن دیدار کنند.",
        ("CONSULT planned IRN:GOV SAU:GOV",),
    ),
    (
        "The foreign ministers of Iran and Saudi Arabia plan to meet in Beijing.",
        "يعتزم وزيرا خارجية إيران والسعودية الاجتماع في بكين.",
        "وزرای خارجه ایران و عربستان در پکن دیدار خواهند کرد.",
        ("CONSULT planned IRN:GOV SAU:GOV",),
    ),
    (
        "Iran and Iraq signed a security agreement in Baghdad.",
        "وقعت إيران والعراق اتفاقية أمنية في بغداد.",
        "ایران و عراق در بغداد یک توافقنامه امنیتی امضا کردند.",
        ("AGREE reported IRN: IRQ:",),
    ),
    (
        "Iran and Iraq signed a security agreement in Baghdad.",
        "وقعت إيران والعراق اتفاقية أمنية في بغداد.",
        "ايران و عراق در بغداد يك توافقنامه امنيتي امضا كردند.",
        ("AGREE reported IRN: IRQ:",),
    ),
    (
        "Iran and Iraq signed a security agreement in Baghdad.",
        "وقعت إيران والعراق اتفاقية أمنية في بغداد.",
        "ایران و عراق توافقنامه امنیتی را در بغداد به امضا رساندند.",
        ("AGREE reported IRN: IRQ:",),
    ),
    (
        "Iran and Oman will sign a memorandum of understanding.",
        "ستوقع إيران وعمان مذكرة تفاهم.",
        "ایران و عمان یک یادداشت تفاهم امضا خواهند کرد.",
        ("AGREE planned IRN: OMN:",),
    ),
    (
        "Iran and Oman will sign a memorandum of understanding.",
        "ستوقع إيران وعمان مذكرة تفاهم.",
        "ایران و عمان قرار است یک یادداشت تفاهم امضا کنند.",
        ("AGREE planned IRN: OMN:",),
    ),
    (
        "Armenia and Azerbaijan agreed on a ceasefire.",
        "اتفقت أرمينيا وأذربيجان على وقف إطلاق النار.",
        "ارمنستان و جمهوری آذربایجان بر سر آتش\u200cبس به توافق رسیدند.",
        ("AGREE reported ARM: AZE:",),
    ),
    (
        "Armenia and Azerbaijan agreed on a ceasefire.",
        "اتفقت أرمينيا وأذربيجان على وقف إطلاق النار.",
        "ارمنستان و جمهوری آذربایجان درباره آتش بس توافق کردند.",
        ("AGREE reported ARM: AZE:",),
    ),
    (
        "Iran and the United States did not reach an agreement.",
        "لم تتوصل إيران والولايات المتحدة إلى اتفاق.",
        "ایران و آمریکا به توافق نرسیدند.",
        ("AGREE negated IRN: USA:",),
    ),
    (
        "Iran and the United States did not reach an agreement.",
        "لم تتوصل إيران والولايات المتحدة إلى اتفاق.",
        "ایران و آمریکا هنوز به توافق نرسیده\u200cاند.",
        ("AGREE negated IRN: USA:",),
    ),
    (
        "Pakistan agreed to the Iranian proposal.",
        "وافقت باكستان على الاقتراح الإيراني.",
        "پاکستان با پیشنهاد ایران موافقت نمود.",
        ("AGREE reported PAK: IRN:",),
    ),
    (
        "Pakistan agreed to the Iranian proposal.",
        "وافقت باكستان على الاقتراح الإيراني.",
        "پاکستان با پیشنهاد ایران موافقت کرده است.",
        ("AGREE reported PAK: IRN:",),
    ),
    (
        "Iran and Venezuela will expand their cooperation in energy.",
        "ستوسع إيران وفنزويلا تعاونهما في مجال الطاقة.",
        "ایران و ونزوئلا همکاری\u200cهای خود در حوزه انرژی را گسترش خواهند داد.",
        ("COOPERATE planned IRN: VEN:",),
    ),
    (
        "Iran and Venezuela will expand their cooperation in energy.",
        "ستوسع إيران وفنزويلا تعاونهما في مجال الطاقة.",
        "ایران و ونزوئلا همکاری خود را در زمینه انرژی گسترش خواهند داد.",
        ("COOPERATE planned IRN: VEN:",),
    ),
    (
        "Iran and Russia have strengthened their military cooperation.",
        "عززت إيران وروسيا تعاونهما العسكري.",
        "ایران و روسیه همکاری نظامی خود را تقویت کرده\u200cاند.",
        ("COOPERATE reported IRN: RUS:",),
    ),
    (
        "Iran and Russia have strengthened their military cooperation.",
        "عززت إيران وروسيا تعاونهما العسكري.",
        "ایران و روسیه همکاری نظامی خود را تقویت کردند.",
        ("COOPERATE reported IRN: RUS:",),
    ),
    (
        "Iran sent humanitarian aid to Lebanon.",
        "أرسلت إيران مساعدات إنسانية إلى لبنان.",
        "ایران کمک\u200cهای بشردوستانه به لبنان ارسال کرد.",
        ("AID reported IRN: LBN:",),
    ),
    (
        "Iran sent humanitarian aid to Lebanon.",
        "أرسلت إيران مساعدات إنسانية إلى لبنان.",
        "ایران محموله\u200cای از کمک\u200cهای بشردوستانه را به لبنان فرستاد.",
        ("AID reported IRN: LBN:",),
    ),
    (
        "Iran sent humanitarian aid to Lebanon.",
        "أرسلت إيران مساعدات إنسانية إلى لبنان.",
        "ایران کمکهای بشردوستانه به لبنان ارسال نمود.",
        ("AID reported IRN: LBN:",),
    ),
    (
        "Japan donated 10 million dollars to Iraq.",
        "تبرعت اليابان بعشرة ملايين دولار للعراق.",
        "ژاپن ۱۰ میلیون دلار به عراق اهدا نمود.",
        ("AID reported JPN: IRQ:",),
    ),
    (
        "Japan donated 10 million dollars to Iraq.",
        "تبرعت اليابان بعشرة ملايين دولار للعراق.",
        "ژاپن 10 میلیون دلار به عراق اهدا کرد.",
        ("AID reported JPN: IRQ:",),
    ),
    (
        "Iran welcomed the Chinese initiative.",
        "رحبت إيران بالمبادرة الصينية.",
        "ایران از ابتکار چین استقبال کرد.",
        ("SUPPORT reported IRN: CHN:",),
    ),
    (
        "Iran welcomed the Chinese initiative.",
        "رحبت إيران بالمبادرة الصينية.",
        "ایران از ابتکار چین استقبال نمود.",
        ("SUPPORT reported IRN: CHN:",),
    ),
    (
        "Russia supported Iran's position.",
        "أيدت روسيا موقف إيران.",
        "روسیه از موضع ایران حمایت کرد.",
        ("SUPPORT reported RUS: IRN:",),
    ),
    (
        "Russia supported Iran's position.",
        "أيدت روسيا موقف إيران.",
        "روسیه از موضع ایران پشتیبانی کرده است.",
        ("SUPPORT reported RUS: IRN:",),
    ),
    (
        "The Iraqi prime minister praised Iran's role.",
        "أشاد رئيس الوزراء العراقي بدور إيران.",
        "نخست\u200cوزیر عراق از نقش ایران قدردانی نمود.",
        ("SUPPORT reported IRQ:GOV IRN:",),
    ),
    (
        "The Iraqi prime minister praised Iran's role.",
        "أشاد رئيس الوزراء العراقي بدور إيران.",
        "نخست\u200cوزیر عراق نقش ایران را ستود.",
        ("SUPPORT reported IRQ:GOV IRN:",),
    ),
    (
        "Iraq asked Turkey to release more water.",
        "طلب العراق من تركيا إطلاق مزيد من المياه.",
        "عراق از ترکیه خواست آب بیشتری رها کند.",
        ("REQUEST reported IRQ: TUR:",),
    ),
    (
        "Iraq asked Turkey to release more water.",
        "طلب العراق من تركيا إطلاق مزيد من المياه.",
        "عراق از ترکیه درخواست کرد که آب بیشتری رها کند.",
        ("REQUEST reported IRQ: TUR:",),
    ),
    (
        "Lebanon requested financial aid from the IMF.",
        "طلب لبنان مساعدة مالية من صندوق النقد الدولي.",
        "لبنان از صندوق بین\u200cالمللی پول درخواست کمک مالی کرد.",
        ("REQUEST reported LBN: IMF:",),
    ),
    (
        "The United States lifted sanctions on Syria.",
        "رفعت الولايات المتحدة العقوبات عن سوريا.",
        "آمریکا تحریم\u200cهای سوریه را لغو کرد.",
        ("CONCEDE reported USA: SYR:",),
    ),
    (
        "The United States lifted sanctions on Syria.",
        "رفعت الولايات المتحدة العقوبات عن سوريا.",
        "آمریکا تحریم\u200cها علیه سوریه را برداشت.",
        ("CONCEDE reported USA: SYR:",),
    ),
    (
        "Turkey apologized to Russia.",
        "اعتذرت تركيا لروسيا.",
        "ترکیه از روسیه عذرخواهی کرد.",
        ("CONCEDE reported TUR: RUS:",),
    ),
    (
        "Iran accused the United States of supporting terrorism.",
        "اتهمت إيران الولايات المتحدة بدعم الإرهاب.",
        "ایران آمریکا را به حمایت از تروریسم متهم کرد.",
        ("ACCUSE reported IRN: USA:",),
    ),
    (
        "Iran accused the United States of supporting terrorism.",
        "اتهمت إيران الولايات المتحدة بدعم الإرهاب.",
        "ایران آمریکا را به حمایت از تروریسم متهم نمود.",
        ("ACCUSE reported IRN: USA:",),
    ),
    (
        "Iran accused the United States of supporting terrorism.",
        "اتهمت إيران الولايات المتحدة بدعم الإرهاب.",
        "ایران آمریکا را به حمایت از تروریسم متهم کرده است.",
        ("ACCUSE reported IRN: USA:",),
    ),
    (
        "Iraq criticized Turkey.",
        "انتقد العراق تركيا.",
        "عراق از ترکیه انتقاد کرد.",
        ("ACCUSE reported IRQ: TUR:",),
    ),
    (
        "Iraq criticized Turkey.",
        "انتقد العراق تركيا.",
        "عراق از ترکیه انتقاد نمود.",
        ("ACCUSE reported IRQ: TUR:",),
    ),
    (
        "Saudi Arabia condemned Israel.",
        "أدانت السعودية إسرائيل.",
        "عربستان سعودی اسرائیل را محکوم کرد.",
        ("ACCUSE reported SAU: ISR:",),
    ),
    (
        "Saudi Arabia condemned Israel.",
        "أدانت السعودية إسرائيل.",
        "عربستان سعودی اسرائيل را به شدت محکوم نمود.",
        ("ACCUSE reported SAU: ISR:",),
    ),
    (
        "Iran rejected the American proposal.",
        "رفضت إيران الاقتراح الأمريكي.",
        "ایران پیشنهاد آمریکا را رد کرد.",
        ("REJECT reported IRN: USA:",),
    ),
    (
        "Iran rejected the American proposal.",
        "رفضت إيران الاقتراح الأمريكي.",
        "ایران پیشنهاد آمریکا را نپذیرفت.",
        ("REJECT reported IRN: USA:",),
    ),
    (
        "Iran refused to negotiate with the United States.",
        "رفضت إيران التفاوض مع الولايات المتحدة.",
        "ایران از مذاکره با آمریکا خودداری کرد.",
        ("REJECT reported IRN: USA:",),
    ),
    (
        "Iran refused to negotiate with the United States.",
        "رفضت إيران التفاوض مع الولايات المتحدة.",
        "ایران از مذاکره با آمریکا امتناع ورزید.",
        ("REJECT reported IRN: USA:",),
    ),
    (
        "Iran threatened to close the Strait of Hormuz.",
        "هددت إيران بإغلاق مضيق هرمز.",
        "ایران تهدید کرد که تنگه هرمز را خواهد بست.",
        ("THREATEN reported IRN:",),
    ),
    (
        "Iran threatened to close the Strait of Hormuz.",
        "هددت إيران بإغلاق مضيق هرمز.",
        "ایران به بستن تنگه هرمز تهدید کرد.",
        ("THREATEN reported IRN:",),
    ),
    (
        "Israel threatened Hezbollah.",
        "هددت إسرائيل حزب الله.",
        "اسرائیل حزب\u200cالله را تهدید کرد.",
        ("THREATEN reported ISR: LBN:REB",),
    ),
    (
        "Israel threatened Hezbollah.",
        "هددت إسرائيل حزب الله.",
        "اسرائیل حزب الله را تهدید کرده است.",
        ("THREATEN reported ISR: LBN:REB",),
    ),
    (
        "Thousands of people protested in Tehran against high prices.",
        "تظاهر آلاف الأشخاص في طهران احتجاجا على الغلاء.",
        "هزاران نفر در تهران در اعتراض به گرانی تظاهرات کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "The European Union imposed sanctions on Iran.",
        "فرض الاتحاد الأوروبي عقوبات على إيران.",
        "اتحادیه اروپا علیه ایران تحریم\u200cهایی وضع کرد.",
        ("SANCTION reported EU: IRN:",),
    ),
    (
        "The European Union imposed sanctions on Iran.",
        "فرض الاتحاد الأوروبي عقوبات على إيران.",
        "اتحادیه اروپا تحریم\u200cهایی را علیه ایران اعمال کرد.",
        ("SANCTION reported EU: IRN:",),
    ),
    (
        "The European Union imposed sanctions on Iran.",
        "فرض الاتحاد الأوروبي عقوبات على إيران.",
        "اتحادیه اروپا ایران را تحریم کرد.",
        ("SANCTION reported EU: IRN:",),
    ),
    (
        "Morocco cut diplomatic ties with Iran.",
        "قطع المغرب علاقاته الدبلوماسية مع إيران.",
        "مراکش روابط دیپلماتیک خود با ایران را قطع کرد.",
        ("SANCTION reported MAR: IRN:",),
    ),
    (
        "Morocco cut diplomatic ties with Iran.",
        "قطع المغرب علاقاته الدبلوماسية مع إيران.",
        "مراکش روابط دیپلماتیک خود را با ایران قطع نمود.",
        ("SANCTION reported MAR: IRN:",),
    ),
    (
        "Iran expelled two German diplomats.",
        "طردت إيران دبلوماسيين ألمانيين اثنين.",
        "ایران دو دیپلمات آلمانی را اخراج کرد.",
        ("SANCTION reported IRN: DEU:GOV",),
    ),
    (
        "Iran expelled two German diplomats.",
        "طردت إيران دبلوماسيين ألمانيين اثنين.",
        "ایران دو دیپلمات آلمانی را از کشور اخراج نمود.",
        ("SANCTION reported IRN: DEU:GOV",),
    ),
    (
        "The Iranian navy held a military exercise in the Sea of Oman.",
        "أجرت البحرية الإيرانية مناورة عسكرية في بحر عمان.",
        "نیروی دریایی ایران در دریای عمان رزمایش برگزار کرد.",
        ("MOBILIZE reported IRN:MIL",),
    ),
    (
        "The Iranian navy held a military exercise in the Sea of Oman.",
        "أجرت البحرية الإيرانية مناورة عسكرية في بحر عمان.",
        "نیروی دریایی ایران در دریای عمان رزمایش نظامی انجام داد.",
        ("MOBILIZE reported IRN:MIL",),
    ),
    (
        "Iranian police arrested five people in Tehran.",
        "اعتقلت الشرطة الإيرانية خمسة أشخاص في طهران.",
        "پلیس ایران پنج نفر را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Iranian police arrested five people in Tehran.",
        "اعتقلت الشرطة الإيرانية خمسة أشخاص في طهران.",
        "پلیس ایران پنج نفر را در تهران دستگیر نمود.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Two journalists were arrested in Istanbul.",
        "اعتقل صحفيان في إسطنبول.",
        "دو خبرنگار در استانبول دستگیر شدند.",
        ("COERCE reported TUR:COP TUR:MED",),
    ),
    (
        "Two journalists were arrested in Istanbul.",
        "اعتقل صحفيان في إسطنبول.",
        "دو خبرنگار در استانبول بازداشت گردیدند.",
        ("COERCE reported TUR:COP TUR:MED",),
    ),
    (
        "The United States withdrew its troops from Afghanistan.",
        "سحبت الولايات المتحدة قواتها من أفغانستان.",
        "آمریکا نیروهای خود را از افغانستان خارج کرد.",
        ("RETREAT reported USA:MIL AFG:",),
    ),
    (
        "The United States withdrew its troops from Afghanistan.",
        "سحبت الولايات المتحدة قواتها من أفغانستان.",
        "آمریکا نیروهایش را از افغانستان بیرون کشید.",
        ("RETREAT reported USA:MIL AFG:",),
    ),
    (
        "The Iranian and Turkish presidents held talks in Ankara on Monday.",
        "أجرى الرئيسان الإيراني والتركي محادثات في أنقرة يوم الاثنين.",
        "رؤسای جمهور ایران و ترکیه روز دوشنبه در آنکارا مذاکره کردند.",
        ("CONSULT reported IRN:GOV TUR:GOV",),
    ),
    (
        "The Iranian and Turkish presidents held talks in Ankara on Monday.",
        "أجرى الرئيسان الإيراني والتركي محادثات في أنقرة يوم الاثنين.",
        "رؤسای جمهور ایران و ترکیه روز دوشنبه در آنکارا با یکدیگر گفتگو نمودند.",
        ("CONSULT reported IRN:GOV TUR:GOV",),
    ),
    (
        "The Iranian and Turkish presidents held talks in Ankara on Monday.",
        "أجرى الرئيسان الإيراني والتركي محادثات في أنقرة يوم الاثنين.",
        "رؤسای جمهور ایران و ترکیه روز دوشنبه در آنکارا مذاکراتی انجام دادند.",
        ("CONSULT reported IRN:GOV TUR:GOV",),
    ),
    (
        "The foreign ministers of Iran and Iraq were meeting in Baghdad on Sunday.",
        "كان وزيرا خارجية إيران والعراق يجتمعان في بغداد يوم الأحد.",
        "وزرای خارجه ایران و عراق روز یکشنبه داشتند در بغداد دیدار می\u200cکردند.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The foreign ministers of Iran and Iraq were meeting in Baghdad on Sunday.",
        "كان وزيرا خارجية إيران والعراق يجتمعان في بغداد يوم الأحد.",
        "وزرای خارجه ایران و عراق روز یکشنبه در بغداد در حال گفتگو بودند.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The Iranian foreign minister will travel to Moscow on Wednesday.",
        "سيتوجه وزير الخارجية الإيراني إلى موسكو يوم الأربعاء.",
        "وزیر خارجه ایران روز چهارشنبه به مسکو سفر خواهد کرد.",
        ("CONSULT planned IRN:GOV RUS:",),
    ),
    (
        "The Iranian foreign minister will travel to Moscow on Wednesday.",
        "سيتوجه وزير الخارجية الإيراني إلى موسكو يوم الأربعاء.",
        "وزیر خارجه ایران قصد دارد روز چهارشنبه به مسکو سفر کند.",
        ("CONSULT planned IRN:GOV RUS:",),
    ),
    (
        "The Syrian president visited Tehran.",
        "زار الرئيس السوري طهران.",
        "رئیس\u200cجمهور سوریه از تهران دیدار کرد.",
        ("CONSULT reported SYR:GOV IRN:",),
    ),
    (
        "The Syrian president visited Tehran.",
        "زار الرئيس السوري طهران.",
        "رئیس\u200cجمهور سوریه به تهران سفر کرد.",
        ("CONSULT reported SYR:GOV IRN:",),
    ),
    (
        "The Syrian president visited Tehran.",
        "زار الرئيس السوري طهران.",
        "رئیس\u200cجمهور سوریه به تهران سفر کرده است.",
        ("CONSULT reported SYR:GOV IRN:",),
    ),
    (
        "Iran and Pakistan signed five memoranda of understanding in Islamabad.",
        "وقعت إيران وباكستان خمس مذكرات تفاهم في إسلام آباد.",
        "ایران و پاکستان در اسلام\u200cآباد پنج یادداشت تفاهم امضا کردند.",
        ("AGREE reported IRN: PAK:",),
    ),
    (
        "Iran and Pakistan signed five memoranda of understanding in Islamabad.",
        "وقعت إيران وباكستان خمس مذكرات تفاهم في إسلام آباد.",
        "پنج یادداشت تفاهم میان ایران و پاکستان در اسلام آباد به امضا رسید.",
        ("AGREE reported IRN: PAK:",),
    ),
    (
        "Iran and Pakistan signed five memoranda of understanding in Islamabad.",
        "وقعت إيران وباكستان خمس مذكرات تفاهم في إسلام آباد.",
        "ایران و پاکستان در اسلام آباد ۵ سند همکاری امضا کردند.",
        ("AGREE reported IRN: PAK:",),
    ),
    (
        "Iran and Pakistan signed five memoranda of understanding in Islamabad.",
        "وقعت إيران وباكستان خمس مذكرات تفاهم في إسلام آباد.",
        "ایران و پاکستان در اسلام آباد ٥ سند همکاری را امضا نمودند.",
        ("AGREE reported IRN: PAK:",),
    ),
    (
        "Iran and the IAEA have agreed on a new roadmap.",
        "اتفقت إيران والوكالة الدولية للطاقة الذرية على خارطة طريق جديدة.",
        "ایران و آژانس بین\u200cالمللی انرژی اتمی بر سر یک نقشه راه جدید توافق کرده\u200cاند.",
        ("AGREE reported IRN: IAEA:",),
    ),
    (
        "Iran and Iraq agreed to resume flights between Tehran and Baghdad.",
        "اتفقت إيران والعراق على استئناف الرحلات الجوية بين طهران وبغداد.",
        "ایران و عراق بر سر ازسرگیری پروازها میان تهران و بغداد توافق کردند.",
        ("AGREE reported IRN: IRQ:",),
    ),
    (
        "Egypt and Iran restored diplomatic relations.",
        "استأنفت مصر وإيران العلاقات الدبلوماسية.",
        "مصر و ایران روابط دیپلماتیک خود را از سر گرفتند.",
        ("COOPERATE reported EGY: IRN:",),
    ),
    (
        "Egypt and Iran restored diplomatic relations.",
        "استأنفت مصر وإيران العلاقات الدبلوماسية.",
        "مصر و ایران روابط دیپلماتیک را از سر گرفته\u200cاند.",
        ("COOPERATE reported EGY: IRN:",),
    ),
    (
        "China delivered vaccines to Iran.",
        "سلمت الصين لقاحات إلى إيران.",
        "چین واکسن به ایران تحویل داد.",
        ("AID reported CHN: IRN:",),
    ),
    (
        "China delivered vaccines to Iran.",
        "سلمت الصين لقاحات إلى إيران.",
        "چین محموله\u200cای از واکسن را به ایران تحویل داد.",
        ("AID reported CHN: IRN:",),
    ),
    (
        "China delivered vaccines to Iran.",
        "سلمت الصين لقاحات إلى إيران.",
        "محموله واکسن چین به ایران تحویل داده شد.",
        ("AID reported CHN: IRN:",),
    ),
    (
        "The World Bank granted Iraq a loan of 500 million dollars.",
        "منح البنك الدولي العراق قرضا بقيمة 500 مليون دولار.",
        "بانک جهانی وامی ۵۰۰ میلیون دلاری به عراق اعطا کرد.",
        ("AID reported WORLDBANK: IRQ:",),
    ),
    (
        "The World Bank granted Iraq a loan of 500 million dollars.",
        "منح البنك الدولي العراق قرضا بقيمة 500 مليون دولار.",
        "بانک جهانی یک وام ۵۰۰ میلیون دلاری در اختیار عراق قرار داد.",
        ("AID reported WORLDBANK: IRQ:",),
    ),
    (
        "Qatar will send aid to Afghanistan.",
        "سترسل قطر مساعدات إلى أفغانستان.",
        "قطر به افغانستان کمک ارسال خواهد کرد.",
        ("AID planned QAT: AFG:",),
    ),
    (
        "Turkey has expressed support for Qatar.",
        "أعربت تركيا عن دعمها لقطر.",
        "ترکیه از قطر ابراز حمایت کرده است.",
        ("SUPPORT reported TUR: QAT:",),
    ),
    (
        "Turkey has expressed support for Qatar.",
        "أعربت تركيا عن دعمها لقطر.",
        "ترکیه حمایت خود را از قطر اعلام کرد.",
        ("SUPPORT reported TUR: QAT:",),
    ),
    (
        "The Syrian president thanked Iran.",
        "شكر الرئيس السوري إيران.",
        "رئیس\u200cجمهور سوریه از ایران تشکر کرد.",
        ("SUPPORT reported SYR:GOV IRN:",),
    ),
    (
        "The Syrian president thanked Iran.",
        "شكر الرئيس السوري إيران.",
        "رئیس جمهور سوریه از ایران سپاسگزاری نمود.",
        ("SUPPORT reported SYR:GOV IRN:",),
    ),
    (
        "China welcomed the agreement between Iran and Saudi Arabia.",
        "رحبت الصين بالاتفاق بين إيران والسعودية.",
        "چین از توافق ایران و عربستان استقبال کرد.",
        ("AGREE reported IRN: SAU:", "SUPPORT reported CHN: IRN:", "SUPPORT reported CHN: SAU:"),
    ),
    (
        "Afghanistan asked Iran for help.",
        "طلبت أفغانستان المساعدة من إيران.",
        "افغانستان از ایران درخواست کمک کرد.",
        ("REQUEST reported AFG: IRN:",),
    ),
    (
        "Afghanistan asked Iran for help.",
        "طلبت أفغانستان المساعدة من إيران.",
        "افغانستان از ایران کمک خواست.",
        ("REQUEST reported AFG: IRN:",),
    ),
    (
        "The Pakistani prime minister invited the Iranian president to visit Islamabad.",
        "دعا رئيس الوزراء الباكستاني الرئيس الإيراني لزيارة إسلام آباد.",
        "نخست\u200cوزیر پاکستان از رئیس\u200cجمهور ایران برای سفر به اسلام\u200cآباد دعوت کرد.",
        ("REQUEST reported PAK:GOV IRN:GOV",),
    ),
    (
        "The Pakistani prime minister invited the Iranian president to visit Islamabad.",
        "دعا رئيس الوزراء الباكستاني الرئيس الإيراني لزيارة إسلام آباد.",
        "نخست وزیر پاکستان رئیس جمهور ایران را به اسلام آباد دعوت کرد.",
        ("REQUEST reported PAK:GOV IRN:GOV",),
    ),
    (
        "The European Union lifted sanctions on Syria.",
        "رفع الاتحاد الأوروبي العقوبات عن سوريا.",
        "اتحادیه اروپا تحریم\u200cهای سوریه را لغو کرد.",
        ("CONCEDE reported EU: SYR:",),
    ),
    (
        "The European Union lifted sanctions on Syria.",
        "رفع الاتحاد الأوروبي العقوبات عن سوريا.",
        "اتحادیه اروپا تحریمهای سوریه را برداشت.",
        ("CONCEDE reported EU: SYR:",),
    ),
    (
        "The European Union lifted sanctions on Syria.",
        "رفع الاتحاد الأوروبي العقوبات عن سوريا.",
        "تحریم\u200cهای اتحادیه اروپا علیه سوریه لغو شد.",
        ("CONCEDE reported EU: SYR:",),
    ),
    (
        "The Iranian foreign ministry summoned the British ambassador.",
        "استدعت وزارة الخارجية الإيرانية السفير البريطاني.",
        "وزارت امور خارجه ایران سفیر انگلیس را احضار کرد.",
        ("ACCUSE reported IRN:GOV GBR:GOV",),
    ),
    (
        "Russia vetoed the UN resolution.",
        "استخدمت روسيا حق النقض ضد قرار الأمم المتحدة.",
        "روسیه قطعنامه سازمان ملل را وتو کرد.",
        ("REJECT reported RUS: UN:",),
    ),
    (
        "Iran will not accept the American conditions.",
        "لن تقبل إيران الشروط الأمريكية.",
        "ایران شروط آمریکا را نخواهد پذیرفت.",
        ("REJECT reported IRN: USA:",),
    ),
    (
        "Iran will not accept the American conditions.",
        "لن تقبل إيران الشروط الأمريكية.",
        "ایران شروط آمریکا را نمی\u200cپذیرد.",
        ("REJECT reported IRN: USA:",),
    ),
    (
        "North Korea threatened South Korea.",
        "هددت كوريا الشمالية كوريا الجنوبية.",
        "کره شمالی کره جنوبی را تهدید کرد.",
        ("THREATEN reported PRK: KOR:",),
    ),
    (
        "North Korea threatened South Korea.",
        "هددت كوريا الشمالية كوريا الجنوبية.",
        "کره شمالی کره جنوبی را تهدید نمود.",
        ("THREATEN reported PRK: KOR:",),
    ),
    (
        "Hundreds of students protested in Tehran.",
        "احتج مئات الطلاب في طهران.",
        "صدها دانشجو در تهران تظاهرات کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Hundreds of students protested in Tehran.",
        "احتج مئات الطلاب في طهران.",
        "صدها دانشجو در تهران دست به تظاهرات زدند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Hundreds of students protested in Tehran.",
        "احتج مئات الطلاب في طهران.",
        "صدها دانشجو در تهران تجمع اعتراضی برگزار کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Truck drivers in Iran went on strike.",
        "أضرب سائقو الشاحنات في إيران.",
        "رانندگان کامیون در ایران اعتصاب کردند.",
        ("PROTEST reported IRN:LAB",),
    ),
    (
        "Truck drivers in Iran went on strike.",
        "أضرب سائقو الشاحنات في إيران.",
        "رانندگان کامیون در ایران دست از کار کشیدند.",
        ("PROTEST reported IRN:LAB",),
    ),
    (
        "The United States imposed new sanctions on Iran.",
        "فرضت الولايات المتحدة عقوبات جديدة على إيران.",
        "آمریکا تحریم\u200cهای جدیدی علیه ایران وضع کرد.",
        ("SANCTION reported USA: IRN:",),
    ),
    (
        "The United States imposed new sanctions on Iran.",
        "فرضت الولايات المتحدة عقوبات جديدة على إيران.",
        "آمریکا تحریمهای جدیدی را علیه ایران اعمال نمود.",
        ("SANCTION reported USA: IRN:",),
    ),
    (
        "The United States imposed new sanctions on Iran.",
        "فرضت الولايات المتحدة عقوبات جديدة على إيران.",
        "تحریم\u200cهای جدید آمریکا علیه ایران اعمال شد.",
        ("SANCTION reported USA: IRN:",),
    ),
    (
        "The Iranian army will hold a military exercise next week.",
        "سيجري الجيش الإيراني مناورات عسكرية الأسبوع المقبل.",
        "ارتش ایران هفته آینده رزمایش نظامی برگزار خواهد کرد.",
        ("MOBILIZE planned IRN:MIL",),
    ),
    (
        "The Iranian army will hold a military exercise next week.",
        "سيجري الجيش الإيراني مناورات عسكرية الأسبوع المقبل.",
        "ارتش ایران قرار است هفته آینده رزمایش نظامی برگزار کند.",
        ("MOBILIZE planned IRN:MIL",),
    ),
    (
        "Turkish police detained ten people in Istanbul.",
        "احتجزت الشرطة التركية عشرة أشخاص في إسطنبول.",
        "پلیس ترکیه ده نفر را در استانبول بازداشت کرد.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    (
        "Turkish police detained ten people in Istanbul.",
        "احتجزت الشرطة التركية عشرة أشخاص في إسطنبول.",
        "پلیس ترکیه ۱۰ نفر را در استانبول دستگیر کرده است.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    (
        "Turkish police detained ten people in Istanbul.",
        "احتجزت الشرطة التركية عشرة أشخاص في إسطنبول.",
        "۱۰ نفر در استانبول توسط پلیس ترکیه بازداشت شدند.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    (
        "An Iranian court sentenced a journalist to prison.",
        "حكمت محكمة إيرانية على صحفي بالسجن.",
        "یک دادگاه ایرانی یک روزنامه\u200cنگار را به زندان محکوم کرد.",
        ("COERCE reported IRN:JUD IRN:MED",),
    ),
    (
        "An Iranian court sentenced a journalist to prison.",
        "حكمت محكمة إيرانية على صحفي بالسجن.",
        "دادگاهی در ایران یک خبرنگار را به حبس محکوم نمود.",
        ("COERCE reported IRN:JUD IRN:MED",),
    ),
    (
        "Pakistan deported hundreds of Afghan refugees.",
        "رحلت باكستان مئات اللاجئين الأفغان.",
        "پاکستان صدها پناهجوی افغان را اخراج کرد.",
        ("COERCE reported PAK: AFG:REF",),
    ),
    (
        "Pakistan deported hundreds of Afghan refugees.",
        "رحلت باكستان مئات اللاجئين الأفغان.",
        "پاکستان صدها پناهجوی افغان را از کشور اخراج کرد.",
        ("COERCE reported PAK: AFG:REF",),
    ),
    (
        "Israeli forces killed two Palestinians in Jenin.",
        "قتلت القوات الإسرائيلية فلسطينيين اثنين في جنين.",
        "نیروهای اسرائیلی دو فلسطینی را در جنین به شهادت رساندند.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "Israeli forces killed two Palestinians in Jenin.",
        "قتلت القوات الإسرائيلية فلسطينيين اثنين في جنين.",
        "نیروهای اسرائیلی دو فلسطینی را در جنین کشتند.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "Houthi rebels fired a missile at Saudi Arabia.",
        "أطلق الحوثيون صاروخا على السعودية.",
        "حوثی\u200cها یک موشک به سوی عربستان شلیک کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "Houthi rebels fired a missile at Saudi Arabia.",
        "أطلق الحوثيون صاروخا على السعودية.",
        "حوثی ها موشکی به سمت عربستان شلیک نمودند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "Israeli forces withdrew from Jenin.",
        "انسحبت القوات الإسرائيلية من جنين.",
        "نیروهای اسرائیلی از جنین عقب\u200cنشینی کردند.",
        ("RETREAT reported ISR:MIL PSE:",),
    ),
    (
        "Israeli forces withdrew from Jenin.",
        "انسحبت القوات الإسرائيلية من جنين.",
        "نیروهای اسرائیلی از جنین خارج شدند.",
        ("RETREAT reported ISR:MIL PSE:",),
    ),
    (
        "Turkey will withdraw its troops from Syria.",
        "ستسحب تركيا قواتها من سوريا.",
        "ترکیه نیروهای خود را از سوریه خارج خواهد کرد.",
        ("RETREAT planned TUR:MIL SYR:",),
    ),
    (
        "The Iraqi foreign minister called on Iran and Turkey to stop shelling Kurdish villages.",
        "دعا وزير الخارجية العراقي إيران وتركيا إلى وقف قصف القرى الكردية.",
        "وزیر خارجه عراق از ایران و ترکیه خواست گلوله\u200cباران روستاهای کرد را متوقف کنند.",
        ("REQUEST reported IRQ:GOV IRN:", "REQUEST reported IRQ:GOV TUR:"),
    ),
    (
        "The Saudi crown prince received a phone call from the Iranian president on Saturday.",
        "تلقى ولي العهد السعودي اتصالا هاتفيا من الرئيس الإيراني يوم السبت.",
        "ولیعهد عربستان روز شنبه در تماسی تلفنی با رئیس جمهور ایران گفتگو کرد.",
        ("CONSULT reported SAU:GOV IRN:GOV",),
    ),
    (
        "The UN Security Council imposed an arms embargo on South Sudan.",
        "فرض مجلس الأمن الدولي حظرا على الأسلحة على جنوب السودان.",
        "شورای امنیت سازمان ملل علیه سودان جنوبی تحریم تسلیحاتی وضع کرد.",
        ("SANCTION reported UN: SSD:",),
    ),
    (
        "The UN Security Council imposed an arms embargo on South Sudan.",
        "فرض مجلس الأمن الدولي حظرا على الأسلحة على جنوب السودان.",
        "شورای امنیت سازمان ملل تحریم تسلیحاتی علیه سودان جنوبی اعمال کرد.",
        ("SANCTION reported UN: SSD:",),
    ),
    (
        "Israeli warplanes struck Gaza on Friday.",
        "شنت الطائرات الحربية الإسرائيلية غارات على غزة يوم الجمعة.",
        "جنگنده\u200cهای اسرائیلی روز جمعه غزه را بمباران کردند.",
        ("ASSAULT reported ISR:MIL PSE:",),
    ),
    (
        "Israeli warplanes struck Gaza on Friday.",
        "شنت الطائرات الحربية الإسرائيلية غارات على غزة يوم الجمعة.",
        "جنگنده های اسرائیلی روز جمعه به غزه حمله کردند.",
        ("ASSAULT reported ISR:MIL PSE:",),
    ),
    (
        "Taliban fighters attacked a police checkpoint in Kunduz.",
        "هاجم مقاتلو طالبان نقطة تفتيش للشرطة في قندوز.",
        "جنگجویان طالبان به یک پاسگاه پلیس در قندوز حمله کردند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "Taliban fighters attacked a police checkpoint in Kunduz.",
        "هاجم مقاتلو طالبان نقطة تفتيش للشرطة في قندوز.",
        "جنگجویان طالبان به یک ایست بازرسی پلیس در قندوز حمله بردند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "The Iranian parliament speaker criticized the European Union.",
        "انتقد رئيس البرلمان الإيراني الاتحاد الأوروبي.",
        "رئیس مجلس ایران از اتحادیه اروپا انتقاد کرد.",
        ("ACCUSE reported IRN:LEG EU:",),
    ),
    (
        "The Iranian parliament speaker criticized the European Union.",
        "انتقد رئيس البرلمان الإيراني الاتحاد الأوروبي.",
        "رئیس مجلس ایران اتحادیه اروپا را مورد انتقاد قرار داد.",
        ("ACCUSE reported IRN:LEG EU:",),
    ),
    (
        "The Iranian parliament speaker criticized the European Union.",
        "انتقد رئيس البرلمان الإيراني الاتحاد الأوروبي.",
        "رئیس مجلس ایران به انتقاد از اتحادیه اروپا پرداخت.",
        ("ACCUSE reported IRN:LEG EU:",),
    ),
    (
        "China and Pakistan agreed to strengthen their strategic partnership.",
        "اتفقت الصين وباكستان على تعزيز شراكتهما الاستراتيجية.",
        "چین و پاکستان بر تقویت مشارکت راهبردی خود توافق کردند.",
        ("AGREE reported CHN: PAK:",),
    ),
    (
        "Kuwait donated medical equipment to Iran.",
        "تبرعت الكويت بمعدات طبية لإيران.",
        "کویت تجهیزات پزشکی به ایران اهدا کرد.",
        ("AID reported KWT: IRN:",),
    ),
    (
        "Kuwait donated medical equipment to Iran.",
        "تبرعت الكويت بمعدات طبية لإيران.",
        "کویت تجهیزات پزشکی را به ایران اهدا نمود.",
        ("AID reported KWT: IRN:",),
    ),
    (
        "Kuwait donated medical equipment to Iran.",
        "تبرعت الكويت بمعدات طبية لإيران.",
        "تجهیزات پزشکی از سوی کویت به ایران اهدا شد.",
        ("AID reported KWT: IRN:",),
    ),
    (
        "Egypt has rejected the Ethiopian plan.",
        "رفضت مصر الخطة الإثيوبية.",
        "مصر طرح اتیوپی را رد کرده است.",
        ("REJECT reported EGY: ETH:",),
    ),
    (
        "Egypt has rejected the Ethiopian plan.",
        "رفضت مصر الخطة الإثيوبية.",
        "مصر با طرح اتیوپی مخالفت کرد.",
        ("REJECT reported EGY: ETH:",),
    ),
    (
        "Russia released two Ukrainian sailors.",
        "أفرجت روسيا عن بحارين أوكرانيين اثنين.",
        "روسیه دو ملوان اوکراینی را آزاد کرد.",
        ("CONCEDE reported RUS: UKR:CVL",),
    ),
    (
        "Russia released two Ukrainian sailors.",
        "أفرجت روسيا عن بحارين أوكرانيين اثنين.",
        "دو ملوان اوکراینی توسط روسیه آزاد شدند.",
        ("CONCEDE reported RUS: UKR:CVL",),
    ),
    (
        "Iraq demanded that Turkey withdraw its forces from Bashiqa.",
        "طالب العراق تركيا بسحب قواتها من بعشيقة.",
        "عراق از ترکیه خواست نیروهایش را از بعشیقه خارج کند.",
        ("REQUEST reported IRQ: TUR:MIL",),
    ),
    (
        "Thousands of Israelis demonstrated in Tel Aviv against the government.",
        "تظاهر آلاف الإسرائيليين في تل أبيب ضد الحكومة.",
        "هزاران اسرائیلی در تل\u200cآویو علیه دولت تظاهرات کردند.",
        ("PROTEST reported ISR:CVL ISR:GOV",),
    ),
    (
        "Thousands of Israelis demonstrated in Tel Aviv against the government.",
        "تظاهر آلاف الإسرائيليين في تل أبيب ضد الحكومة.",
        "هزاران اسرائیلی در تل آویو در اعتراض به دولت راهپیمایی کردند.",
        ("PROTEST reported ISR:CVL ISR:GOV",),
    ),
    (
        "The United States expelled two Russian diplomats.",
        "طردت الولايات المتحدة دبلوماسيين روسيين اثنين.",
        "آمریکا دو دیپلمات روس را اخراج کرد.",
        ("SANCTION reported USA: RUS:GOV",),
    ),
    (
        "Britain froze the assets of Iranian banks.",
        "جمدت بريطانيا أصول بنوك إيرانية.",
        "انگلیس دارایی\u200cهای بانک\u200cهای ایرانی را مسدود کرد.",
        ("SANCTION reported GBR: IRN:BUS",),
    ),
    (
        "The Iranian navy seized two foreign ships in the Persian Gulf.",
        "احتجزت البحرية الإيرانية سفينتين أجنبيتين في الخليج.",
        "نیروی دریایی ایران دو کشتی خارجی را در خلیج فارس توقیف کرد.",
        ("COERCE reported IRN:MIL",),
    ),
    (
        "The Iranian navy seized two foreign ships in the Persian Gulf.",
        "احتجزت البحرية الإيرانية سفينتين أجنبيتين في الخليج.",
        "دو کشتی خارجی در خلیج فارس توسط نیروی دریایی ایران توقیف شدند.",
        ("COERCE reported IRN:MIL",),
    ),
    (
        "Iran praised Iraq's position.",
        "أشادت إيران بموقف العراق.",
        "ایران از موضع عراق قدردانی کرد.",
        ("SUPPORT reported IRN: IRQ:",),
    ),
    (
        "Iran praised Iraq's position.",
        "أشادت إيران بموقف العراق.",
        "ایران موضع عراق را ستایش کرد.",
        ("SUPPORT reported IRN: IRQ:",),
    ),
    (
        "Azerbaijan accused Armenia of violating the ceasefire.",
        "اتهمت أذربيجان أرمينيا بانتهاك وقف إطلاق النار.",
        "جمهوری آذربایجان ارمنستان را به نقض آتش\u200cبس متهم کرد.",
        ("ACCUSE reported AZE: ARM:",),
    ),
    (
        "Hamas fired rockets at Israel.",
        "أطلقت حماس صواريخ على إسرائيل.",
        "حماس به سوی اسرائیل موشک شلیک کرد.",
        ("ASSAULT reported PSE:REB ISR:",),
    ),
    (
        "Hamas fired rockets at Israel.",
        "أطلقت حماس صواريخ على إسرائيل.",
        "حماس راکت\u200cهایی به سمت اسرائیل شلیک کرد.",
        ("ASSAULT reported PSE:REB ISR:",),
    ),
    (
        "The Afghan government and the Taliban resumed peace talks in Doha.",
        "استأنفت الحكومة الأفغانية وطالبان محادثات السلام في الدوحة.",
        "دولت افغانستان و طالبان مذاکرات صلح را در دوحه از سر گرفتند.",
        ("CONSULT reported AFG:GOV AFG:REB",),
    ),
    (
        "The Afghan government and the Taliban resumed peace talks in Doha.",
        "استأنفت الحكومة الأفغانية وطالبان محادثات السلام في الدوحة.",
        "مذاکرات صلح دولت افغانستان و طالبان در دوحه از سر گرفته شد.",
        ("CONSULT reported AFG:GOV AFG:REB",),
    ),
    (
        "The meeting between the Iranian and Iraqi foreign ministers, which was held in Baghdad, lasted two hours.",
        "استمر الاجتماع بين وزيري الخارجية الإيراني والعراقي، الذي عقد في بغداد، ساعتين.",
        "دیدار وزرای خارجه ایران و عراق که در بغداد برگزار شد، دو ساعت به طول انجامید.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The Omani foreign minister, who is visiting Tehran, met the Iranian president on Sunday.",
        "التقى وزير الخارجية العماني، الذي يزور طهران، الرئيس الإيراني يوم الأحد.",
        "وزیر خارجه عمان که به تهران سفر کرده است، روز یکشنبه با رئیس\u200cجمهور ایران دیدار کرد.",
        ("CONSULT reported OMN:GOV IRN:GOV",),
    ),
    (
        "Israeli police arrested twenty Palestinians in Jerusalem.",
        "اعتقلت الشرطة الإسرائيلية عشرين فلسطينيا في القدس.",
        "پلیس اسرائیل بیست فلسطینی را در قدس بازداشت کرد.",
        ("COERCE reported ISR:COP PSE:CVL",),
    ),
    (
        "Israeli police arrested twenty Palestinians in Jerusalem.",
        "اعتقلت الشرطة الإسرائيلية عشرين فلسطينيا في القدس.",
        "پلیس اسرائیل ۲۰ فلسطینی را در بیت المقدس دستگیر کرد.",
        ("COERCE reported ISR:COP PSE:CVL",),
    ),
    (
        "Israeli police arrested twenty Palestinians in Jerusalem.",
        "اعتقلت الشرطة الإسرائيلية عشرين فلسطينيا في القدس.",
        "پلیس اسرائیل 20 فلسطینی را در قدس بازداشت نمود.",
        ("COERCE reported ISR:COP PSE:CVL",),
    ),
    (
        "Iran has sent a shipment of fuel to Lebanon.",
        "أرسلت إيران شحنة من الوقود إلى لبنان.",
        "ایران یک محموله سوخت به لبنان ارسال کرده است.",
        ("AID reported IRN: LBN:",),
    ),
    (
        "Iran has sent a shipment of fuel to Lebanon.",
        "أرسلت إيران شحنة من الوقود إلى لبنان.",
        "محموله سوخت ایران به لبنان ارسال شد.",
        ("AID reported IRN: LBN:",),
    ),
    (
        "India and Iran discussed the Chabahar port.",
        "بحثت الهند وإيران ميناء تشابهار.",
        "هند و ایران درباره بندر چابهار گفتگو کردند.",
        ("CONSULT reported IND: IRN:",),
    ),
    (
        "India and Iran discussed the Chabahar port.",
        "بحثت الهند وإيران ميناء تشابهار.",
        "هند و ایران درباره بندر چابهار بحث و تبادل نظر کردند.",
        ("CONSULT reported IND: IRN:",),
    ),
    (
        "Iran condemned the killing of Palestinians by Israeli forces.",
        "أدانت إيران قتل الفلسطينيين على يد القوات الإسرائيلية.",
        "ایران کشتار فلسطینیان توسط نیروهای اسرائیلی را محکوم کرد.",
        ("ACCUSE reported IRN: ISR:MIL", "ASSAULT reported ISR:MIL PSE:CVL"),
    ),
    (
        "Iraq and Syria will reopen the Al-Qaim border crossing.",
        "سيعيد العراق وسوريا فتح معبر القائم الحدودي.",
        "عراق و سوریه گذرگاه مرزی القائم را بازگشایی خواهند کرد.",
        ("CONCEDE planned IRQ: SYR:",),
    ),
    (
        "Russian forces withdrew from Kherson.",
        "انسحبت القوات الروسية من خيرسون.",
        "نیروهای روسیه از خرسون عقب نشینی کردند.",
        ("RETREAT reported RUS:MIL UKR:",),
    ),
    (
        "Russian forces withdrew from Kherson.",
        "انسحبت القوات الروسية من خيرسون.",
        "نیروهای روسی از خرسون عقب\u200cنشینی کرده\u200cاند.",
        ("RETREAT reported RUS:MIL UKR:",),
    ),
    (
        "Russian forces withdrew from Kherson.",
        "انسحبت القوات الروسية من خيرسون.",
        "نیروهای روس از خرسون عقب کشیدند.",
        ("RETREAT reported RUS:MIL UKR:",),
    ),
    (
        "The Taliban refused to release the prisoners.",
        "رفضت طالبان الإفراج عن السجناء.",
        "طالبان از آزادی زندانیان خودداری کرد.",
        ("REJECT reported AFG:REB AFG:CVL",),
    ),
    (
        "The Taliban refused to release the prisoners.",
        "رفضت طالبان الإفراج عن السجناء.",
        "طالبان از آزاد کردن زندانیان امتناع کرد.",
        ("REJECT reported AFG:REB AFG:CVL",),
    ),
    (
        "Iran and Armenia will launch a joint economic commission.",
        "ستطلق إيران وأرمينيا لجنة اقتصادية مشتركة.",
        "ایران و ارمنستان یک کمیسیون مشترک اقتصادی راه\u200cاندازی خواهند کرد.",
        ("COOPERATE planned IRN: ARM:",),
    ),
    (
        "Iran and the United States have not reached an agreement.",
        "لم تتوصل إيران والولايات المتحدة إلى اتفاق.",
        "ایران و آمریکا به توافق نرسیده\u200cاند.",
        ("AGREE negated IRN: USA:",),
    ),
    (
        "Iran and the United States have not reached an agreement.",
        "لم تتوصل إيران والولايات المتحدة إلى اتفاق.",
        "ایران و آمریکا به توافق نرسیده اند.",
        ("AGREE negated IRN: USA:",),
    ),
    (
        "Iran and the United States have not reached an agreement.",
        "لم تتوصل إيران والولايات المتحدة إلى اتفاق.",
        "ایران و آمریکا به توافقی دست نیافتند.",
        ("AGREE negated IRN: USA:",),
    ),
    (
        "Iran and the United States have not reached an agreement.",
        "لم تتوصل إيران والولايات المتحدة إلى اتفاق.",
        "ایران و آمریکا هنوز به توافق دست نیافته\u200cاند.",
        ("AGREE negated IRN: USA:",),
    ),
    (
        "Iran and the United States will not reach an agreement.",
        "لن تتوصل إيران والولايات المتحدة إلى اتفاق.",
        "ایران و آمریکا به توافق نخواهند رسید.",
        ("AGREE negated IRN: USA:",),
    ),
    (
        "Iran and Iraq did not sign the contract.",
        "لم توقع إيران والعراق العقد.",
        "ایران و عراق قرارداد را امضا نکردند.",
        ("AGREE negated IRN: IRQ:",),
    ),
    (
        "Iran and Iraq did not sign the contract.",
        "لم توقع إيران والعراق العقد.",
        "ایران و عراق قرارداد را امضا نکرده\u200cاند.",
        ("AGREE negated IRN: IRQ:",),
    ),
    (
        "Iran and Iraq did not sign the contract.",
        "لم توقع إيران والعراق العقد.",
        "ایران و عراق قرارداد را امضا ننمودند.",
        ("AGREE negated IRN: IRQ:",),
    ),
    (
        "Turkish police did not arrest anyone.",
        "لم تعتقل الشرطة التركية أحدا.",
        "پلیس ترکیه کسی را بازداشت نکرد.",
        ("COERCE negated TUR:COP",),
    ),
    (
        "Turkish police did not arrest anyone.",
        "لم تعتقل الشرطة التركية أحدا.",
        "پلیس ترکیه کسی را بازداشت ننمود.",
        ("COERCE negated TUR:COP",),
    ),
    (
        "Iran did not release the prisoners.",
        "لم تفرج إيران عن السجناء.",
        "ایران زندانیان را آزاد نکرد.",
        ("CONCEDE negated IRN: IRN:CVL",),
    ),
    (
        "Iran did not release the prisoners.",
        "لم تفرج إيران عن السجناء.",
        "ایران زندانیان را آزاد ننمود.",
        ("CONCEDE negated IRN: IRN:CVL",),
    ),
    (
        "Iran did not release the prisoners.",
        "لم تفرج إيران عن السجناء.",
        "ایران زندانیان را آزاد نکرده است.",
        ("CONCEDE negated IRN: IRN:CVL",),
    ),
    (
        "Iran did not release the prisoners.",
        "لم تفرج إيران عن السجناء.",
        "ایران زندانیان را آزاد نمی\u200cکند.",
        ("CONCEDE negated IRN: IRN:CVL",),
    ),
    (
        "Turkey will not withdraw its forces from Syria.",
        "لن تسحب تركيا قواتها من سوريا.",
        "ترکیه نیروهایش را از سوریه خارج نخواهد کرد.",
        ("RETREAT negated TUR:MIL SYR:",),
    ),
    (
        "Turkey will not withdraw its forces from Syria.",
        "لن تسحب تركيا قواتها من سوريا.",
        "ترکیه نیروهایش را از سوریه خارج نمی\u200cکند.",
        ("RETREAT negated TUR:MIL SYR:",),
    ),
    (
        "The Iranian foreign minister did not meet his Iraqi counterpart.",
        "لم يلتق وزير الخارجية الإيراني نظيره العراقي.",
        "وزیر خارجه ایران با همتای عراقی خود دیدار ننمود.",
        ("CONSULT negated IRN:GOV IRQ:GOV",),
    ),
    (
        "The Iranian foreign minister did not meet his Iraqi counterpart.",
        "لم يلتق وزير الخارجية الإيراني نظيره العراقي.",
        "وزیر خارجه ایران با همتای عراقی خود دیدار نکرد.",
        ("CONSULT negated IRN:GOV IRQ:GOV",),
    ),
    (
        "The Iranian foreign minister did not meet his Iraqi counterpart.",
        "لم يلتق وزير الخارجية الإيراني نظيره العراقي.",
        "وزیر خارجه ایران با همتای عراقی خود ملاقات نکرده است.",
        ("CONSULT negated IRN:GOV IRQ:GOV",),
    ),
    (
        "Iraq released the detained Iranian pilgrims.",
        "أفرج العراق عن الزوار الإيرانيين المحتجزين.",
        "عراق زائران بازداشت\u200cشده ایرانی را آزاد کرد.",
        ("CONCEDE reported IRQ: IRN:CVL",),
    ),
    (
        "Iraq released the detained Iranian pilgrims.",
        "أفرج العراق عن الزوار الإيرانيين المحتجزين.",
        "عراق زائران بازداشت شده ایرانی را آزاد نمود.",
        ("CONCEDE reported IRQ: IRN:CVL",),
    ),
    (
        "The Taliban refused to release the prisoners.",
        "رفضت طالبان الإفراج عن السجناء.",
        "طالبان از آزاد کردن زندانیان امتناع کرد.",
        ("REJECT reported AFG:REB AFG:CVL",),
    ),
    (
        "The Taliban refused to release the prisoners.",
        "رفضت طالبان الإفراج عن السجناء.",
        "طالبان از آزاد کردن زندانیان خودداری کرد.",
        ("REJECT reported AFG:REB AFG:CVL",),
    ),
    (
        "The Taliban refused to release the prisoners.",
        "رفضت طالبان الإفراج عن السجناء.",
        "طالبان از آزادی زندانیان خودداری کردند.",
        ("REJECT reported AFG:REB AFG:CVL",),
    ),
    (
        "Pakistan refused to deport the Afghan refugees.",
        "رفضت باكستان ترحيل اللاجئين الأفغان.",
        "پاکستان از اخراج کردن پناهجویان افغان خودداری کرد.",
        ("REJECT reported PAK: AFG:REF",),
    ),
    (
        "Pakistan refused to deport the Afghan refugees.",
        "رفضت باكستان ترحيل اللاجئين الأفغان.",
        "پاکستان از اخراج پناهجویان افغان خودداری کرد.",
        ("REJECT reported PAK: AFG:REF",),
    ),
]


# rules of this round, told in all three languages
AGREED += [
    (
        "During the recent protests, the authorities arrested 4972 people.",
        "اعتقلت السلطات خلال الاحتجاجات الأخيرة 4972 شخصا.",
        "مقامات در جریان اعتراضات اخیر ۴۹۷۲ نفر را بازداشت کرده‌اند.",
        ("COERCE reported -:GOV -:CVL", "PROTEST reported -:CVL -:GOV"),
    ),
    (
        "Pakistani and Afghan forces exchanged fire on the border.",
        "تبادلت القوات الباكستانية والأفغانية إطلاق النار على الحدود.",
        "نیروهای پاکستان و افغانستان در مرز با هم تبادل آتش کردند.",
        ("ASSAULT reported PAK:MIL AFG:MIL",),
    ),
    (
        "Pakistan and Afghanistan exchanged fire on the border.",
        "تبادلت باكستان وأفغانستان إطلاق النار على الحدود.",
        "پاکستان و افغانستان در مرز تبادل آتش کردند.",
        ("ASSAULT reported PAK: AFG:",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One language only: what a rule must give, or must not take.
CASES: list[tuple[str, str, set[str]]] = [
    # a meeting that did not take place, in the past and the future
    ("دیدار وزرای خارجه ایران و عربستان صورت نگرفت.", "fa", {"CONSULT negated IRN:GOV SAU:GOV"}),
    ("دیدار وزرای خارجه ایران و عربستان برگزار نشد.", "fa", {"CONSULT negated IRN:GOV SAU:GOV"}),
    (
        "نشست وزرای خارجه ایران و عربستان در بغداد برگزار نخواهد شد.",
        "fa",
        {"CONSULT negated IRN:GOV SAU:GOV"},
    ),
    ("رزمایش دریایی مشترک ایران و روسیه برگزار نشد.", "fa", {"MOBILIZE negated IRN: RUS:"}),
    # the future auxiliary there still plans it
    (
        "نشست وزرای خارجه ایران و عربستان در بغداد برگزار خواهد شد.",
        "fa",
        {"CONSULT planned IRN:GOV SAU:GOV"},
    ),
    # a condemnation not made leaves the deed it names as it was
    (
        "ایران حمله به سفارت را محکوم نکرد.",
        "fa",
        {"ACCUSE negated IRN:GOV", "ASSAULT reported -:UAF IRN:GOV"},
    ),
    # the Persian subject comes first in a meeting told after "پس از"
    (
        "رئیس جمهور ایران پس از دیدار با امیر قطر دوحه را ترک کرد.",
        "fa",
        {"CONSULT reported IRN:GOV QAT:GOV"},
    ),
    # a plain preposition keeps its phrase inside the object
    ("ایران نفتکش را توقیف کرد.", "fa", {"COERCE reported IRN:"}),
    ("ایران از تحویل دادن نفتکش خودداری کرد.", "fa", {"REJECT reported IRN:"}),
    # a participle closing its clause is the perfect: the deed is told
    (
        "نفتکش انگلیسی توسط ایران توقیف شده است.",
        "fa",
        {"COERCE reported IRN: GBR:"},
    ),
    # support that goes on ("به حمایت از … ادامه داد"), as "continued to support"
    ("روسیه به حمایت از سوریه ادامه داد.", "fa", {"SUPPORT reported RUS: SYR:"}),
    ("Russia continued to support Syria.", "en", {"SUPPORT reported RUS: SYR:"}),
    ("ایران به حمایت از سوریه ادامه می‌دهد.", "fa", {"SUPPORT reported IRN: SYR:"}),
    ("روسیه به حمایت‌های خود از سوریه ادامه داد.", "fa", {"SUPPORT reported RUS: SYR:"}),
    ("او به تحصیل در دانشگاه ادامه داد.", "fa", set()),
    # other senses: sport, health, migration, money, a contract of a player
    ("پرسپولیس در بازی دیروز استقلال را شکست داد و به فینال رسید.", "fa", set()),
    ("تیم ملی فوتبال ایران در دیداری دوستانه با عراق بازی کرد.", "fa", set()),
    ("مهاجم استقلال در نیمه دوم چند بار حمله کرد.", "fa", set()),
    ("او دچار حمله قلبی شد.", "fa", set()),
    ("هزاران افغان به ایران مهاجرت کردند.", "fa", set()),
    ("او پول را از بانک برداشت کرد.", "fa", set()),
    ("این بازیکن از تیم خود جدا شد و قرارداد خود را فسخ کرد.", "fa", set()),
    ("دانش‌آموزان در مسابقه علمی شرکت کردند.", "fa", set()),
    ("به نظر من تحریم‌ها تاثیری ندارد.", "fa", set()),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # a meeting that did not take place is read as told
    (
        "The meeting between the Iranian and Saudi foreign ministers did not take place.",
        "en",
        {"CONSULT negated IRN:GOV SAU:GOV"},
    ),
    (
        "لم يعقد الاجتماع بين وزيري الخارجية الإيراني والسعودي.",
        "ar",
        {"CONSULT negated IRN:GOV SAU:GOV"},
    ),
    # "پذیرفت" with a visitor as its object receives him (CONSULT), read as accepting
    (
        "رئیس‌جمهور ایران وزیر خارجه عراق را در تهران پذیرفت.",
        "fa",
        {"CONSULT reported IRN:GOV IRQ:GOV"},
    ),
    # the present of sending plans it, as "will send"
    ("قطر کمک‌هایی به افغانستان ارسال می‌کند.", "fa", {"AID planned QAT: AFG:"}),
    # Persian withdrawal from a treaty (told mostly as background) is no event
    ("ایران از ان‌پی‌تی خارج خواهد شد.", "fa", {"RETREAT planned IRN:"}),
    # support that goes on: the Arabic verb before the noun, the Persian future
    ("واصلت روسيا دعم سوريا.", "ar", {"SUPPORT reported RUS: SYR:"}),
    ("ایران به حمایت از دولت عراق ادامه خواهد داد.", "fa", {"SUPPORT planned IRN: IRQ:GOV"}),
    # a joint naval exercise held (English reads none)
    (
        "Iran and Russia held a joint naval exercise in the Caspian Sea.",
        "en",
        {"MOBILIZE reported IRN: RUS:"},
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
