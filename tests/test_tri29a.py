"""One conflict or domestic event told in Arabic, Persian and English reads
the same: type, status and each actor's code and agent, in order (round 29,
tri29a; every sentence written for these tests, in natural news wording for
each language, not word for word).

The triples below now agree. Rules added in this round so that they do:

- Arabic writes the indefinite accusative of a nisba with a final alif, so
  "تركيا", "روسيا", "سوريا" after an accusative noun are "Turkish",
  "Russian", "Syrian" ("خطف مسلحون مهندسا تركيا في ليبيا": the engineer is
  Turkish, the gunmen take no country from him; extract/accusative_adjective.py);
- fighters massed or sent ("حشد الحوثيون آلاف المقاتلين", Persian "جنگجو را
  بسیج کردند", "نیروهایی را متمرکز کرد", "کشتی‌های جنگی فرستاد") mobilise;
- roads blocked in the indefinite, streets, and shops shut "in protest"
  ("أغلق متظاهرون طرقا", "أغلقوا الشوارع", "محلاتهم احتجاجا"; Persian "جاده‌ها
  را در ایروان بستند" with a place between) are protests; so is a rally held
  ("نظم طلاب تجمعا");
- a jail term told by its verb ("سجنت محكمة … ثلاث سنوات") or a ruling on a
  charge ("حكمت محكمة على … بتهمة") is a court's sentence; an activist or an
  opponent deported ("رحلت الحكومة ناشطا معارضا") is coerced;
- arson and bombs ("أضرم متظاهرون النار", "أحرق مهاجمون مدرسة", "فجر مسلحون
  خط أنابيب", "ألقى مهاجمون قنبلة", Persian "خط لوله را منفجر کردند", English
  "set fire to", "torched", "threw a grenade at") are attacks;
- Persian activists thrown out ("فعال مخالف را اخراج کرد") are deported,
  not diplomats expelled;
- troops that leave a country ("French troops left Niger") retreat;
- Persian "در سینا", "شمال سینا" are in Egypt ("سینا" alone is also a name).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The Lebanese government deported a Syrian opposition activist.",
        "رحلت الحكومة اللبنانية ناشطا سوريا معارضا.",
        "دولت لبنان یک فعال مخالف سوری را اخراج کرد.",
        ("COERCE reported LBN:GOV SYR:OPP",),
    ),
    (
        "Police fired tear gas at protesters in Khartoum.",
        "أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في الخرطوم.",
        "پلیس به سوی معترضان در خارطوم گاز اشک‌آور شلیک کرد.",
        ("ASSAULT reported SDN:COP SDN:CVL",),
    ),
    (
        "Unknown gunmen assassinated a judge in Basra.",
        "اغتال مسلحون مجهولون قاضيا في البصرة.",
        "افراد مسلح ناشناس یک قاضی را در بصره ترور کردند.",
        ("ASSAULT reported IRQ:UAF IRQ:JUD",),
    ),
    (
        "Turkish warplanes struck PKK positions in northern Iraq.",
        "قصفت مقاتلات تركية مواقع لحزب العمال الكردستاني في شمال العراق.",
        "جنگنده‌های ترکیه مواضع پ‌ک‌ک را در شمال عراق بمباران کردند.",
        ("ASSAULT reported TUR:MIL TUR:REB",),
    ),
    (
        "Security forces opened fire on demonstrators in Baghdad, wounding dozens.",
        "فتحت قوات الأمن النار على المتظاهرين في بغداد وأصابت العشرات.",
        "نیروهای امنیتی در بغداد به روی تظاهرکنندگان آتش گشودند و ده‌ها نفر را زخمی کردند.",
        ("ASSAULT reported IRQ:COP IRQ:CVL",),
    ),
    (
        "A journalist was shot dead in Mexico.",
        "قتل صحفي بالرصاص في المكسيك.",
        "یک روزنامه‌نگار در مکزیک با شلیک گلوله کشته شد.",
        ("ASSAULT reported MEX:UAF MEX:MED",),
    ),
    (
        "A car bomb exploded near a police station in Mogadishu, killing seven people.",
        "انفجرت سيارة مفخخة قرب مركز للشرطة في مقديشو ما أسفر عن مقتل سبعة أشخاص.",
        "یک خودروی بمب‌گذاری‌شده در نزدیکی یک ایستگاه پلیس در موگادیشو منفجر شد و هفت نفر کشته شدند.",
        ("ASSAULT reported SOM:UAF SOM:CVL",),
    ),
    (
        "Police arrested 40 protesters in Tehran.",
        "اعتقلت الشرطة 40 متظاهرا في طهران.",
        "پلیس ۴۰ معترض را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Dozens of students were arrested in Algiers.",
        "اعتقل عشرات الطلاب في الجزائر العاصمة.",
        "ده‌ها دانشجو در شهر الجزایر بازداشت شدند.",
        ("COERCE reported DZA:COP DZA:EDU",),
    ),
    (
        "A court in Cairo sentenced an opposition leader to five years in prison.",
        "قضت محكمة في القاهرة بسجن زعيم معارض خمس سنوات.",
        "دادگاهی در قاهره یک رهبر مخالف را به پنج سال زندان محکوم کرد.",
        ("COERCE reported EGY:JUD EGY:OPP",),
    ),
    (
        "Turkey deported 200 Afghan refugees.",
        "رحلت تركيا 200 لاجئ أفغاني.",
        "ترکیه ۲۰۰ پناهجوی افغان را اخراج کرد.",
        ("COERCE reported TUR: AFG:REF",),
    ),
    (
        "Saudi authorities detained a prominent cleric.",
        "احتجزت السلطات السعودية رجل دين بارزا.",
        "مقامات سعودی یک روحانی برجسته را بازداشت کردند.",
        ("COERCE reported SAU:GOV SAU:REL",),
    ),
    (
        "Israeli forces arrested 15 Palestinians in the West Bank overnight.",
        "اعتقلت القوات الإسرائيلية 15 فلسطينيا في الضفة الغربية الليلة الماضية.",
        "نیروهای اسرائیلی شب گذشته ۱۵ فلسطینی را در کرانه باختری بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    (
        "Egyptian police detained a journalist at Cairo airport.",
        "احتجزت الشرطة المصرية صحفيا في مطار القاهرة.",
        "پلیس مصر یک روزنامه‌نگار را در فرودگاه قاهره بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:MED",),
    ),
    (
        "The Iranian judiciary sentenced a rapper to death.",
        "أصدر القضاء الإيراني حكما بالإعدام على مغني راب.",
        "قوه قضاییه ایران یک خواننده رپ را به اعدام محکوم کرد.",
        # agents70fa: the rapper sentenced is a civilian, as artists are
        ("COERCE reported IRN:JUD IRN:CVL",),
    ),
    (
        "Four activists were detained by security forces in Bahrain.",
        "احتجز أربعة ناشطين على يد قوات الأمن في البحرين.",
        "چهار فعال توسط نیروهای امنیتی در بحرین بازداشت شدند.",
        ("COERCE reported BHR:COP BHR:OPP",),
    ),
    (
        "Authorities in Pakistan banned a religious party.",
        "حظرت السلطات الباكستانية حزبا دينيا.",
        "مقامات پاکستان یک حزب مذهبی را ممنوع کردند.",
        ("COERCE reported PAK:GOV PAK:PTY",),
    ),
    (
        "An Iranian court sentenced two French citizens to eight years in prison.",
        "حكمت محكمة إيرانية على مواطنين فرنسيين بالسجن ثماني سنوات.",
        "یک دادگاه ایرانی دو شهروند فرانسوی را به هشت سال زندان محکوم کرد.",
        ("COERCE reported IRN:JUD FRA:CVL",),
    ),
    (
        "Russian police detained hundreds of anti-war protesters in Moscow.",
        "احتجزت الشرطة الروسية مئات المحتجين المناهضين للحرب في موسكو.",
        "پلیس روسیه صدها معترض ضد جنگ را در مسکو بازداشت کرد.",
        ("COERCE reported RUS:COP RUS:CVL",),
    ),
    (
        "Thousands of Israelis protested in Tel Aviv against the government.",
        "تظاهر آلاف الإسرائيليين في تل أبيب ضد الحكومة.",
        "هزاران اسرائیلی در تل‌آویو علیه دولت تظاهرات کردند.",
        ("PROTEST reported ISR:CVL ISR:GOV",),
    ),
    (
        "Teachers went on strike in Morocco over pay.",
        "أضرب المعلمون في المغرب احتجاجا على الأجور.",
        "معلمان در مراکش در اعتراض به دستمزدها دست به اعتصاب زدند.",
        ("PROTEST reported MAR:EDU MAR:GOV",),
    ),
    (
        "Opposition parties boycotted the elections in Algeria.",
        "قاطعت أحزاب المعارضة الانتخابات في الجزائر.",
        "احزاب مخالف انتخابات الجزایر را تحریم کردند.",
        ("PROTEST reported DZA:OPP DZA:GOV",),
    ),
    (
        "Workers at the port of Basra went on strike.",
        "أضرب عمال ميناء البصرة عن العمل.",
        "کارگران بندر بصره اعتصاب کردند.",
        ("PROTEST reported IRQ:LAB",),
    ),
    (
        "Students at Tehran University held a rally against the hijab law.",
        "نظم طلاب جامعة طهران تجمعا ضد قانون الحجاب.",
        "دانشجویان دانشگاه تهران علیه قانون حجاب تجمع کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Doctors in Lebanon began an open-ended strike.",
        "بدأ الأطباء في لبنان إضرابا مفتوحا.",
        "پزشکان در لبنان اعتصابی نامحدود را آغاز کردند.",
        ("PROTEST reported LBN:HLH LBN:GOV",),
    ),
    (
        "Shiite clerics led a demonstration in Karbala.",
        "قاد رجال دين شيعة مظاهرة في كربلاء.",
        "روحانیون شیعه تظاهراتی را در کربلا رهبری کردند.",
        ("PROTEST reported IRQ:REL IRQ:GOV",),
    ),
    (
        "Tens of thousands rallied in Paris against the pension reform.",
        "تظاهر عشرات الآلاف في باريس ضد إصلاح نظام التقاعد.",
        "ده‌ها هزار نفر در پاریس علیه اصلاح نظام بازنشستگی تظاهرات کردند.",
        ("PROTEST reported FRA:CVL FRA:GOV",),
    ),
    (
        "The Tunisian General Labour Union will hold a general strike on Thursday.",
        "سينفذ الاتحاد العام التونسي للشغل إضرابا عاما يوم الخميس.",
        "اتحادیه عمومی کار تونس روز پنجشنبه اعتصاب عمومی برگزار خواهد کرد.",
        ("PROTEST planned TUN:LAB",),
    ),
    (
        "Residents of Sweida demonstrated against the Syrian government.",
        "تظاهر أهالي السويداء ضد الحكومة السورية.",
        "ساکنان سویدا علیه دولت سوریه تظاهرات کردند.",
        ("PROTEST reported SYR:CVL SYR:GOV",),
    ),
    (
        "Iraqi students boycotted classes in Nasiriyah.",
        "قاطع طلاب عراقيون الدراسة في الناصرية.",
        "دانشجویان عراقی در ناصریه کلاس‌ها را تحریم کردند.",
        ("PROTEST reported IRQ:EDU IRQ:GOV",),
    ),
    (
        "Nurses in Jordan staged a protest outside the health ministry.",
        "نفذ ممرضون في الأردن وقفة احتجاجية أمام وزارة الصحة.",
        "پرستاران در اردن مقابل وزارت بهداشت تجمع اعتراضی برگزار کردند.",
        ("PROTEST reported JOR:HLH JOR:GOV",),
    ),
    (
        "Turkey deployed additional troops to northern Iraq.",
        "نشرت تركيا قوات إضافية في شمال العراق.",
        "ترکیه نیروهای بیشتری را به شمال عراق اعزام کرد.",
        ("MOBILIZE reported TUR:MIL IRQ:",),
    ),
    (
        "North Korea's army put its forces on high alert.",
        "وضع الجيش الكوري الشمالي قواته في حالة تأهب قصوى.",
        "ارتش کره شمالی نیروهای خود را در حالت آماده‌باش کامل قرار داد.",
        ("MOBILIZE reported PRK:MIL",),
    ),
    (
        "Iran held naval exercises in the Gulf.",
        "أجرت إيران مناورات بحرية في الخليج.",
        "ایران در خلیج فارس رزمایش دریایی برگزار کرد.",
        ("MOBILIZE reported IRN:",),
    ),
    (
        "The Houthis mobilized thousands of fighters in Marib.",
        "حشد الحوثيون آلاف المقاتلين في مأرب.",
        "حوثی‌ها هزاران جنگجو را در مارب بسیج کردند.",
        ("MOBILIZE reported YEM:REB",),
    ),
    (
        "Saudi Arabia and Egypt will hold joint military drills next month.",
        "ستجري السعودية ومصر مناورات عسكرية مشتركة الشهر المقبل.",
        "عربستان سعودی و مصر ماه آینده رزمایش نظامی مشترک برگزار خواهند کرد.",
        ("MOBILIZE planned SAU: EGY:",),
    ),
    (
        "The United States will withdraw its troops from Iraq next year.",
        "ستسحب الولايات المتحدة قواتها من العراق العام المقبل.",
        "آمریکا سال آینده نیروهایش را از عراق خارج خواهد کرد.",
        ("RETREAT planned USA:MIL IRQ:",),
    ),
    (
        "The Houthis withdrew from the port of Hodeidah.",
        "انسحب الحوثيون من ميناء الحديدة.",
        "حوثی‌ها از بندر حدیده عقب‌نشینی کردند.",
        ("RETREAT reported YEM:REB",),
    ),
    (
        "Russia pulled its forces back from Kherson.",
        "سحبت روسيا قواتها من خيرسون.",
        "روسیه نیروهایش را از خرسون عقب کشید.",
        ("RETREAT reported RUS:MIL UKR:",),
    ),
    (
        "French troops left Niger.",
        "غادرت القوات الفرنسية النيجر.",
        "نیروهای فرانسوی نیجر را ترک کردند.",
        ("RETREAT reported FRA:MIL NER:",),
    ),
    (
        "Armed groups handed over their weapons in Kirkuk.",
        "سلمت جماعات مسلحة أسلحتها في كركوك.",
        "گروه‌های مسلح در کرکوک سلاح‌های خود را تحویل دادند.",
        ("RETREAT reported IRQ:REB",),
    ),
    (
        "Iran threatened to close the Strait of Hormuz.",
        "هددت إيران بإغلاق مضيق هرمز.",
        "ایران تهدید کرد تنگه هرمز را می‌بندد.",
        ("THREATEN reported IRN:",),
    ),
    (
        "Hezbollah threatened Israel with a harsh response.",
        "هدد حزب الله إسرائيل برد قاس.",
        "حزب‌الله اسرائیل را به پاسخی سخت تهدید کرد.",
        ("THREATEN reported LBN:REB ISR:",),
    ),
    (
        "Egyptian doctors threatened to strike over pay.",
        "هدد الأطباء المصريون بالإضراب بسبب الأجور.",
        "پزشکان مصری تهدید کردند به دلیل دستمزدها اعتصاب می‌کنند.",
        ("THREATEN reported EGY:HLH",),
    ),
    (
        "A militia threatened journalists in Basra.",
        "هددت ميليشيا صحفيين في البصرة.",
        "یک شبه‌نظامی روزنامه‌نگاران را در بصره تهدید کرد.",
        ("THREATEN reported IRQ:REB IRQ:MED",),
    ),
    (
        "North Korea threatened the United States with nuclear strikes.",
        "هددت كوريا الشمالية الولايات المتحدة بضربات نووية.",
        "کره شمالی آمریکا را به حملات هسته‌ای تهدید کرد.",
        ("THREATEN reported PRK: USA:",),
    ),
    (
        "Opposition parties threatened to boycott the Iraqi parliament.",
        "هددت أحزاب المعارضة بمقاطعة البرلمان العراقي.",
        "احزاب مخالف تهدید کردند پارلمان عراق را تحریم می‌کنند.",
        ("THREATEN reported IRQ:OPP IRQ:LEG",),
    ),
    (
        "Israel threatened to strike Iranian nuclear sites.",
        "هددت إسرائيل بضرب المنشآت النووية الإيرانية.",
        "اسرائیل تهدید کرد که به تأسیسات هسته‌ای ایران حمله می‌کند.",
        ("THREATEN reported ISR: IRN:",),
    ),
    (
        "The United States imposed sanctions on Iranian oil companies.",
        "فرضت الولايات المتحدة عقوبات على شركات نفط إيرانية.",
        "آمریکا شرکت‌های نفتی ایرانی را تحریم کرد.",
        ("SANCTION reported USA: IRN:BUS",),
    ),
    (
        "Bahrain severed diplomatic ties with Qatar.",
        "قطعت البحرين العلاقات الدبلوماسية مع قطر.",
        "بحرین روابط دیپلماتیک خود را با قطر قطع کرد.",
        ("SANCTION reported BHR: QAT:",),
    ),
    (
        "Algeria expelled the French ambassador.",
        "طردت الجزائر السفير الفرنسي.",
        "الجزایر سفیر فرانسه را اخراج کرد.",
        ("SANCTION reported DZA: FRA:GOV",),
    ),
    (
        "A Sunni cleric was arrested in Zahedan.",
        "اعتقل رجل دين سني في زاهدان.",
        "یک روحانی سنی در زاهدان بازداشت شد.",
        ("COERCE reported IRN:COP IRN:REL",),
    ),
    (
        "Smugglers kidnapped migrants in Libya.",
        "اختطف مهربون مهاجرين في ليبيا.",
        "قاچاقچیان مهاجران را در لیبی ربودند.",
        ("ASSAULT reported LBY:CRM -:REF",),
    ),
    (
        "Kenyan police killed two protesters in Nairobi.",
        "قتلت الشرطة الكينية متظاهرين اثنين في نيروبي.",
        "پلیس کنیا دو معترض را در نایروبی کشت.",
        ("ASSAULT reported KEN:COP KEN:CVL",),
    ),
    (
        "Tunisian journalists went on strike.",
        "أضرب الصحفيون التونسيون.",
        "روزنامه‌نگاران تونسی اعتصاب کردند.",
        ("PROTEST reported TUN:MED TUN:GOV",),
    ),
    (
        "Students clashed with police at Cairo University.",
        "اشتبك طلاب مع الشرطة في جامعة القاهرة.",
        "دانشجویان با پلیس در دانشگاه قاهره درگیر شدند.",
        ("ASSAULT reported EGY:EDU EGY:COP",),
    ),
    (
        "Iranian police beat protesters in Mahabad.",
        "ضربت الشرطة الإيرانية المحتجين في مهاباد.",
        "پلیس ایران معترضان را در مهاباد کتک زد.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    (
        "Syrian rebels withdrew from the eastern districts of Aleppo.",
        "انسحب مقاتلو المعارضة السورية من الأحياء الشرقية لحلب.",
        "شورشیان سوری از محله‌های شرقی حلب عقب‌نشینی کردند.",
        ("RETREAT reported SYR:REB",),
    ),
    (
        "Yemeni government forces clashed with Houthi rebels in Taiz.",
        "اشتبكت القوات الحكومية اليمنية مع المتمردين الحوثيين في تعز.",
        "نیروهای دولتی یمن با شورشیان حوثی در تعز درگیر شدند.",
        ("ASSAULT reported YEM:MIL YEM:REB",),
    ),
    (
        "A Saudi court sentenced a woman to 34 years in prison over her tweets.",
        "حكمت محكمة سعودية على امرأة بالسجن 34 عاما بسبب تغريداتها.",
        "یک دادگاه سعودی یک زن را به دلیل توییت‌هایش به ۳۴ سال زندان محکوم کرد.",
        ("COERCE reported SAU:JUD SAU:CVL",),
    ),
    (
        "Unknown assailants threw a grenade at a police patrol in Kashmir.",
        "ألقى مهاجمون مجهولون قنبلة يدوية على دورية للشرطة في كشمير.",
        "مهاجمان ناشناس یک نارنجک به سوی گشت پلیس در کشمیر پرتاب کردند.",
        ("ASSAULT reported -:UAF -:COP",),
    ),
    (
        "Bahraini authorities stripped 100 people of their citizenship.",
        "أسقطت السلطات البحرينية الجنسية عن 100 شخص.",
        "مقامات بحرین تابعیت ۱۰۰ نفر را لغو کردند.",
        ("COERCE reported BHR:GOV BHR:CVL",),
    ),
    (
        "The Iraqi army was put on alert in Kirkuk.",
        "وضع الجيش العراقي في حالة تأهب في كركوك.",
        "ارتش عراق در کرکوک به حالت آماده‌باش درآمد.",
        ("MOBILIZE reported IRQ:MIL",),
    ),
    (
        "Police dispersed protesters with water cannon in Tbilisi.",
        "فرقت الشرطة المتظاهرين بخراطيم المياه في تبليسي.",
        "پلیس معترضان را با ماشین آب‌پاش در تفلیس متفرق کرد.",
        ("COERCE reported GEO:COP GEO:CVL",),
    ),
    (
        "The Iranian navy seized a foreign ship smuggling fuel.",
        "احتجزت البحرية الإيرانية سفينة أجنبية تهرب الوقود.",
        "نیروی دریایی ایران یک کشتی خارجی حامل سوخت قاچاق را توقیف کرد.",
        ("COERCE reported IRN:MIL",),
    ),
    (
        "Hezbollah fighters withdrew from the border area.",
        "انسحب مقاتلو حزب الله من المنطقة الحدودية.",
        "نیروهای حزب‌الله از منطقه مرزی عقب‌نشینی کردند.",
        ("RETREAT reported LBN:REB",),
    ),
    (
        "Syrian journalists were detained by Kurdish forces in Raqqa.",
        "احتجزت القوات الكردية صحفيين سوريين في الرقة.",
        "روزنامه‌نگاران سوری توسط نیروهای کرد در رقه بازداشت شدند.",
        ("COERCE reported SYR:MIL SYR:MED",),
    ),
    (
        "Iran threatened to expel IAEA inspectors.",
        "هددت إيران بطرد مفتشي الوكالة الدولية للطاقة الذرية.",
        "ایران تهدید کرد بازرسان آژانس بین‌المللی انرژی اتمی را اخراج می‌کند.",
        ("THREATEN reported IRN: IAEA:",),
    ),
    (
        "The Houthis threatened to target ships in the Red Sea.",
        "هدد الحوثيون باستهداف السفن في البحر الأحمر.",
        "حوثی‌ها تهدید کردند کشتی‌ها را در دریای سرخ هدف قرار می‌دهند.",
        ("THREATEN reported YEM:REB",),
    ),
    (
        "Four soldiers were wounded when a roadside bomb hit their vehicle in Afghanistan.",
        "أصيب أربعة جنود عندما انفجرت عبوة ناسفة بمركبتهم في أفغانستان.",
        "چهار سرباز در انفجار بمب کنار جاده‌ای در افغانستان زخمی شدند.",
        ("ASSAULT reported AFG:UAF AFG:MIL",),
    ),
    (
        "Armenian protesters blocked roads in Yerevan.",
        "أغلق محتجون أرمن طرقا في يريفان.",
        "معترضان ارمنی جاده‌ها را در ایروان بستند.",
        ("PROTEST reported ARM:CVL ARM:GOV",),
    ),
    (
        "The Iraqi army will launch an offensive against ISIS in Anbar.",
        "سيشن الجيش العراقي هجوما على داعش في الأنبار.",
        "ارتش عراق حمله‌ای را علیه داعش در الانبار آغاز خواهد کرد.",
        ("ASSAULT planned IRQ:MIL IRQ:REB",),
    ),
    (
        "Palestinian prisoners were released by Israel.",
        "أفرجت إسرائيل عن أسرى فلسطينيين.",
        "اسرائیل زندانیان فلسطینی را آزاد کرد.",
        ("CONCEDE reported ISR: PSE:CVL",),
    ),
]

LANGS = ("en", "ar", "fa")


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [(row[i], lang, row[3]) for row in AGREED for i, lang in enumerate(LANGS)],
)
def test_one_event_three_languages(text: str, lang: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


# Sentences of each rule beyond the triples: other persons, tenses and
# paradigm forms, and what each rule must leave alone.
CASES: list[tuple[str, str, set[str]]] = [
    # the accusative adjective: the captive's country, no side named by it
    ("اعتقلت السلطات مواطنا روسيا في دبي.", "ar", {"COERCE reported ARE:GOV RUS:CVL"}),
    ("Authorities arrested a Russian citizen in Dubai.", "en", {"COERCE reported ARE:GOV RUS:CVL"}),
    ("خطف مسلحون مهندسا تركيا في ليبيا.", "ar", {"ASSAULT reported LBY:UAF TUR:"}),
    ("Gunmen kidnapped a Turkish engineer in Libya.", "en", {"ASSAULT reported LBY:UAF TUR:"}),
    # a short word before the name is a verb: Turkey is called on
    ("دعا الوزير تركيا إلى الحوار.", "ar", {"REQUEST reported -:GOV TUR:"}),
    ("أيضا تركيا هددت بالرد.", "ar", {"THREATEN reported TUR:"}),
    # nor after a verb's plural: they left Syria, no Syrian deed
    ("غادر المتمردون المدينة ثم غادروا سوريا.", "ar", set()),
    # fighters massed or sent
    ("يحشد المتمردون مقاتلين قرب المدينة.", "ar", {"MOBILIZE reported -:REB"}),
    ("أرسلت الحركة مئات المقاتلين إلى الجبهة.", "ar", {"MOBILIZE reported -:REB"}),
    ("The rebels mobilized hundreds of fighters near the city.", "en", {"MOBILIZE reported -:REB"}),
    (
        "روسیه نیروهایی را در مرز اوکراین متمرکز کرده‌اند.",
        "fa",
        {"MOBILIZE reported RUS:MIL UKR:"},
    ),
    # roads and streets blocked
    ("أغلق متظاهرون طرقا في بغداد.", "ar", {"PROTEST reported IRQ:CVL IRQ:GOV"}),
    ("أغلق محتجون الشوارع في بيروت.", "ar", {"PROTEST reported LBN:CVL LBN:GOV"}),
    ("معترضان جاده‌ها را در بیروت بستند.", "fa", {"PROTEST reported LBN:CVL LBN:GOV"}),
    ("Protesters blocked streets in Beirut.", "en", {"PROTEST reported LBN:CVL LBN:GOV"}),
    # arson and bombs, and what is none
    ("أحرق مهاجمون مجهولون مدرسة في أفغانستان.", "ar", {"ASSAULT reported AFG:UAF AFG:EDU"}),
    ("فجر مسلحون خط أنابيب للغاز في سيناء.", "ar", {"ASSAULT reported EGY:UAF"}),
    ("شبه‌نظامیان یک خط لوله گاز را در سینا منفجر کردند.", "fa", {"ASSAULT reported EGY:REB"}),
    ("پلیس بمب را منفجر کرد.", "fa", set()),
    ("ألقى الوزير كلمة في المؤتمر.", "ar", set()),
    (
        "ألقى مهاجمون مجهولون قنبلة يدوية على دورية للشرطة في كشمير.",
        "ar",
        {"ASSAULT reported -:UAF -:COP"},
    ),
    (
        "Unknown assailants threw a grenade at a police patrol in Kashmir.",
        "en",
        {"ASSAULT reported -:UAF -:COP"},
    ),
    # sentences and deportations
    ("سجنت محكمة تونسية شخصية معارضة ثلاث سنوات.", "ar", {"COERCE reported TUN:JUD TUN:OPP"}),
    ("رحلت الحكومة اللبنانية ناشطا سوريا معارضا.", "ar", {"COERCE reported LBN:GOV SYR:OPP"}),
    # activists thrown out are deported, not diplomats expelled
    ("ایران دو فعال سیاسی آلمانی را اخراج کرد.", "fa", {"COERCE reported IRN: DEU:OPP"}),
    ("طردت إيران صحفيين ألمانيين.", "ar", {"COERCE reported IRN: DEU:MED"}),
    ("الجزایر سفیر فرانسه را اخراج کرد.", "fa", {"SANCTION reported DZA: FRA:GOV"}),
    # troops leaving; an attack that leaves the dead is no retreat
    ("French troops left Niger.", "en", {"RETREAT reported FRA:MIL NER:"}),
    ("The attack left three soldiers dead.", "en", {"ASSAULT reported -:UAF -:MIL"}),
    # Sinai, and Sina the man
    (
        "ارتش مصر در شمال سینا به مواضع شبه‌نظامیان حمله کرد.",
        "fa",
        {"ASSAULT reported EGY:MIL EGY:REB"},
    ),
    ("سینا گفت که فردا به تهران می‌رود.", "fa", set()),
    # forces that spread out ("انتشر الجيش"), a known gap until verbs48ar:
    # the perfect with a force within three words, held-out figures unchanged
    ("انتشر الجيش اللبناني في جنوب لبنان.", "ar", {"MOBILIZE reported LBN:MIL"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # "ترک" (Turkish) is also "leaving" ("ترک کرد"): not read as an adjective
    ("افراد مسلح یک مهندس ترک را در لیبی ربودند.", "fa", {"ASSAULT reported LBY:UAF TUR:"}),
    # journalists expelled read as an expulsion of diplomats (SANCTION); in
    # Persian "خبرنگاران اخراج شدند" is mostly a dismissal from a newspaper
    ("ایران دو خبرنگار آلمانی را اخراج کرد.", "fa", {"COERCE reported IRN: DEU:MED"}),
    # a singular verb before a plural subject ("احتج صحفيون") is not read as a protest
    (
        "احتج صحفيون في بيروت على القيود المفروضة على الصحافة.",
        "ar",
        {"PROTEST reported LBN:MED LBN:GOV"},
    ),
    # "طعن" stabbed is also "appealed against" and is not read
    ("طعن جندي إسرائيلي في الخليل.", "ar", {"ASSAULT reported ISR:MIL"}),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
