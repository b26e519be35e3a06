"""Agents of Arabic actors read as English and Persian read them (round 33,
agents33ar; every sentence written for these tests, in natural news wording
for each language, not word for word).

204 triples of one event told in English, Arabic and Persian, with varied
agents (police, soldiers, courts, lawmakers, parties, rebels, gunmen,
civilians, refugees, workers, business, media, students, clerics,
criminals, NGOs, health workers, officials); those whose readings agree are
kept below. Rules added in this round so that more of them agree:

- whose sources: the state adjective right after an Arabic source cue that
  names a kind of source ("قالت مصادر أمنية مصرية إن الشرطة اعتقلت …",
  "مصدر عسكري عراقي") stays a topic, never a party, and so gives its country
  to the police or army the report names with none, as "Egyptian security
  sources said police arrested …" reads; dropped with the source, the report
  lost every country and the event was lost with it;
- an Arabic hospital struck or stormed ("قصفت طائرات مستشفى", "هاجم مسلحون
  مستشفى") is a health body (HLH), as English "hospital" and Persian
  "بیمارستان"; not a field hospital set up as aid, nor a hospital after "in",
  "to", "from" (where the wounded are taken, where a union sits), nor a
  counted indefinite plural ("لخمسة مستشفيات");
- an Arabic angry crowd ("حشود غاضبة", "حشد غاضب", "جموع غاضبة") is of
  civilians, as "angry crowds" and "جمعیت خشمگین": no unidentified attackers,
  and "حشد غاضب" mobilises no troops;
- Arabic officers in the plural after "في"/"بـ" a security body ("ضباطا في
  الشرطة العراقية") are police, as the singular already was;
- Arabic smuggled goods ("بضائع مهربة", "مهربات") are no smugglers (CRM);
- a researcher ("باحثة فرنسية", "پژوهشگر") is EDU in Arabic and Persian,
  as English "researcher";
- Arabic control of a place taken back ("استعادت القوات السيطرة على
  البلدة", "استعاد الجيش مدينة الموصل") is a capture (ASSAULT), as English
  "recaptured"; only with control or a place after the verb;
- Arabic deeds of force name whom they struck after "على" or "ضد"
  (``context.STRUCK_PREPOSITIONS``, as English "on" and Persian "به"): "أدان
  البيت الأبيض الهجوم على السفارة الأمريكية" names no doer, an unknown
  attacker is understood, and the struck embassy is no longer read as the
  attacker;
- Arabic suspects in the accusative and with "فيه/فيهم" ("خمسين مشتبها
  به", "المشتبه فيهم") are criminals, as "مشتبه بهم" already were;
- a hospital, school or university a visitor goes to is where the visit
  goes, no side of it (``context.VISITED_PLACES``, ar and fa): "زار وزير
  الصحة الأردني مستشفى البشير" with the subject between verb and place, as
  round 11 read "زار مستشفى"; needed once the hospital became a health body.

Dropped: a body, a word, then people as two actors, not one chain of titles
(``titles._chained``: "اتهمت الحكومة الجيش بقتل مدنيين" swallows the army
into the civilians' mention): in Persian it split a news agency's name
that runs from its body's noun into the activists it is made of, and a
former candidate's title from the opposition she leads, and lost their
agents (five training documents worse); kept as a known gap.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    # whose sources
    (
        "Egyptian security sources said police arrested five militants.",
        "قالت مصادر أمنية مصرية إن الشرطة اعتقلت خمسة متشددين.",
        "منابع امنیتی مصر گفتند پلیس پنج شبه‌نظامی را بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:REB",),
    ),
    (
        "Iraqi military sources said gunmen killed three soldiers.",
        "قال مصدر أمني عراقي إن مسلحين قتلوا ثلاثة جنود.",
        "منابع امنیتی عراق گفتند افراد مسلح سه سرباز را کشتند.",
        ("ASSAULT reported IRQ:UAF IRQ:MIL",),
    ),
    # hospitals struck
    (
        "Russian jets bombed two hospitals in Aleppo.",
        "قصفت طائرات روسية مستشفيين في حلب.",
        "جنگنده‌های روسی دو بیمارستان را در حلب بمباران کردند.",
        ("ASSAULT reported RUS:MIL SYR:HLH",),
    ),
    # angry crowds
    (
        "Angry crowds attacked a police station in Karachi.",
        "هاجم حشد غاضب مركزا للشرطة في كراتشي.",
        "جمعیت خشمگین به یک پاسگاه پلیس در کراچی حمله کرد.",
        ("ASSAULT reported PAK:CVL PAK:COP",),
    ),
    # officers of the police
    (
        "Iraqi police officers were kidnapped by gunmen in Anbar.",
        "خطف مسلحون ضباطا في الشرطة العراقية في الأنبار.",
        "افراد مسلح افسران پلیس عراق را در الانبار ربودند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    # researchers
    (
        "The Iranian judiciary sentenced a French researcher to six years.",
        "حكمت السلطة القضائية الإيرانية على باحثة فرنسية بالسجن ست سنوات.",
        "قوه قضاییه ایران یک پژوهشگر فرانسوی را به شش سال زندان محکوم کرد.",
        ("COERCE reported IRN:JUD FRA:EDU",),
    ),
    # suspects in the accusative
    (
        "The Turkish interior minister said police arrested fifty suspects.",
        "قال وزير الداخلية التركي إن الشرطة اعتقلت خمسين مشتبها به.",
        "وزیر کشور ترکیه گفت پلیس پنجاه مظنون را بازداشت کرد.",
        ("COERCE reported TUR:COP TUR:CRM",),
    ),
    # the triples of this round
    (
        "The Egyptian cabinet approved an agreement with Saudi Arabia.",
        "وافق مجلس الوزراء المصري على اتفاقية مع السعودية.",
        "هیئت دولت مصر توافق\u200cنامه\u200cای با عربستان را تصویب کرد.",
        ("AGREE reported EGY:GOV SAU:",),
    ),
    (
        "Iraqi warplanes struck Islamic State positions near Mosul.",
        "قصفت طائرات عراقية مواقع لتنظيم الدولة الإسلامية قرب الموصل.",
        "هواپیماهای عراقی مواضع داعش را نزدیک موصل بمباران کردند.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Terrorists killed two Egyptian policemen in Arish.",
        "قتل إرهابيون شرطيين مصريين اثنين في العريش.",
        "تروریست\u200cها دو پلیس مصری را در العریش کشتند.",
        ("ASSAULT reported EGY:REB EGY:COP",),
    ),
    (
        "The Iraqi Kurdistan Democratic Party rejected the decision of the federal court.",
        "رفض الحزب الديمقراطي الكردستاني قرار المحكمة الاتحادية العراقية.",
        "حزب دموکرات کردستان عراق تصمیم دادگاه فدرال عراق را رد کرد.",
        ("REJECT reported IRQ:PTY IRQ:JUD",),
    ),
    (
        "Israeli forces demolished the homes of Palestinian families.",
        "هدمت القوات الإسرائيلية منازل عائلات فلسطينية.",
        "نیروهای اسرائیلی خانه\u200cهای خانواده\u200cهای فلسطینی را تخریب کردند.",
        # types39ar: a demolition is read in all three languages
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    (
        "Women and children were killed in a Saudi air strike in Yemen.",
        "قتل نساء وأطفال في غارة جوية سعودية في اليمن.",
        "زنان و کودکان در حمله هوایی عربستان در یمن کشته شدند.",
        ("ASSAULT reported SAU:MIL YEM:CVL",),
    ),
    (
        "A Palestinian youth was shot dead by Israeli police in Jerusalem.",
        "قتل شاب فلسطيني برصاص الشرطة الإسرائيلية في القدس.",
        "یک جوان فلسطینی با شلیک پلیس اسرائیل در قدس کشته شد.",
        ("ASSAULT reported ISR:COP PSE:CVL",),
    ),
    (
        "Lebanese residents blocked the road to protest against the garbage crisis.",
        "قطع مواطنون لبنانيون الطريق احتجاجا على أزمة النفايات.",
        "شهروندان لبنانی در اعتراض به بحران زباله جاده را بستند.",
        ("PROTEST reported LBN:CVL LBN:GOV",),
    ),
    (
        "The Turkish interior minister said police arrested fifty suspects.",
        "قال وزير الداخلية التركي إن الشرطة اعتقلت خمسين مشتبها به.",
        "وزیر کشور ترکیه گفت پلیس پنجاه مظنون را بازداشت کرد.",
        ("COERCE reported TUR:COP TUR:CRM",),
    ),
    (
        "The Egyptian foreign minister met his Jordanian counterpart in Cairo.",
        "التقى وزير الخارجية المصري نظيره الأردني في القاهرة.",
        "وزیر خارجه مصر با همتای اردنی خود در قاهره دیدار کرد.",
        ("CONSULT reported EGY:GOV JOR:GOV",),
    ),
    (
        "The spokesman of the Iraqi army said troops killed ten militants.",
        "قال المتحدث باسم الجيش العراقي إن القوات قتلت عشرة مسلحين.",
        "سخنگوی ارتش عراق گفت نیروها ده شبه\u200cنظامی را کشتند.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Iranian border guards killed three smugglers.",
        "قتل حرس الحدود الإيراني ثلاثة مهربين.",
        "مرزبانان ایرانی سه قاچاقچی را کشتند.",
        ("ASSAULT reported IRN:COP IRN:CRM",),
    ),
    (
        "Libyan militias clashed in Tripoli.",
        "اشتبكت ميليشيات ليبية في طرابلس.",
        "شبه\u200cنظامیان لیبیایی در طرابلس با هم درگیر شدند.",
        ("ASSAULT reported LBY:REB",),
    ),
    (
        "The Tunisian army killed two terrorists in the Chaambi mountains.",
        "قتل الجيش التونسي إرهابيين اثنين في جبال الشعانبي.",
        "ارتش تونس دو تروریست را در کوه\u200cهای شعانبی کشت.",
        ("ASSAULT reported TUN:MIL TUN:REB",),
    ),
    (
        "Iraqi Shiite militias attacked a US base.",
        "هاجمت ميليشيات شيعية عراقية قاعدة أمريكية.",
        "شبه\u200cنظامیان شیعه عراقی به یک پایگاه آمریکایی حمله کردند.",
        ("ASSAULT reported IRQ:REB USA:",),
    ),
    (
        "Afghan security forces killed a Taliban commander.",
        "قتلت قوات الأمن الأفغانية قائدا في طالبان.",
        "نیروهای امنیتی افغانستان یک فرمانده طالبان را کشتند.",
        ("ASSAULT reported AFG:COP AFG:REB",),
    ),
    (
        "Jordanian students protested against the tuition increase.",
        "احتج طلاب أردنيون على رفع الرسوم الجامعية.",
        "دانشجویان اردنی به افزایش شهریه اعتراض کردند.",
        ("PROTEST reported JOR:EDU JOR:GOV",),
    ),
    (
        "The UN envoy met Houthi leaders in Sanaa.",
        "التقى المبعوث الأممي قادة الحوثيين في صنعاء.",
        "فرستاده سازمان ملل با رهبران حوثی در صنعا دیدار کرد.",
        ("CONSULT reported UN:GOV YEM:REB",),
    ),
    (
        "Israeli troops arrested twenty Palestinians in the West Bank.",
        "اعتقلت قوات الاحتلال الإسرائيلي عشرين فلسطينيا في الضفة الغربية.",
        "نیروهای اسرائیلی بیست فلسطینی را در کرانه باختری بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    (
        "Kuwaiti security arrested an Iranian spy cell.",
        "ألقت أجهزة الأمن الكويتية القبض على خلية تجسس إيرانية.",
        "دستگاه\u200cهای امنیتی کویت یک هسته جاسوسی ایرانی را دستگیر کردند.",
        ("COERCE reported KWT:COP IRN:",),
    ),
    (
        "The Iraqi government spokesman accused Turkey of violating Iraqi sovereignty.",
        "اتهم المتحدث باسم الحكومة العراقية تركيا بانتهاك السيادة العراقية.",
        "سخنگوی دولت عراق ترکیه را به نقض حاکمیت عراق متهم کرد.",
        ("ACCUSE reported IRQ:GOV TUR:",),
    ),
    (
        "The Iraqi defence ministry said its forces killed twenty militants.",
        "قالت وزارة الدفاع العراقية إن قواتها قتلت عشرين مسلحا.",
        "وزارت دفاع عراق گفت نیروهایش بیست شبه\u200cنظامی را کشتند.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "The Lebanese army chief met the French ambassador in Beirut.",
        "التقى قائد الجيش اللبناني السفير الفرنسي في بيروت.",
        "فرمانده ارتش لبنان با سفیر فرانسه در بیروت دیدار کرد.",
        ("CONSULT reported LBN:MIL FRA:GOV",),
    ),
    (
        "The Iraqi army chief of staff visited Tehran.",
        "زار رئيس أركان الجيش العراقي طهران.",
        "رئیس ستاد ارتش عراق از تهران دیدار کرد.",
        ("CONSULT reported IRQ:MIL IRN:",),
    ),
    (
        "The Basra police chief was killed by gunmen.",
        "قتل مسلحون قائد شرطة البصرة.",
        "افراد مسلح فرمانده پلیس بصره را کشتند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "Members of the Lebanese army arrested two Syrians near the border.",
        "اعتقل عناصر من الجيش اللبناني سوريين اثنين قرب الحدود.",
        "نیروهای ارتش لبنان دو سوری را نزدیک مرز بازداشت کردند.",
        ("COERCE reported LBN:MIL SYR:CVL",),
    ),
    (
        "Syrian army officers defected to the rebels.",
        "انشق ضباط في الجيش السوري وانضموا إلى المعارضة المسلحة.",
        "افسران ارتش سوریه جدا شدند و به شورشیان پیوستند.",
        (),
    ),
    (
        "Kuwaiti MPs questioned the prime minister.",
        "استجوب نواب كويتيون رئيس الوزراء.",
        "نمایندگان کویتی نخست\u200cوزیر را استیضاح کردند.",
        (),
    ),
    (
        "The Iraqi parliament speaker met the Turkish ambassador.",
        "التقى رئيس البرلمان العراقي السفير التركي.",
        "رئیس پارلمان عراق با سفیر ترکیه دیدار کرد.",
        ("CONSULT reported IRQ:LEG TUR:GOV",),
    ),
    (
        "Unknown gunmen kidnapped an Egyptian engineer in Libya.",
        "خطف مسلحون مجهولون مهندسا مصريا في ليبيا.",
        "افراد مسلح ناشناس یک مهندس مصری را در لیبی ربودند.",
        ("ASSAULT reported LBY:UAF EGY:",),
    ),
    (
        "Masked gunmen killed a Shiite cleric in Basra.",
        "قتل مسلحون ملثمون رجل دين شيعيا في البصرة.",
        "افراد مسلح نقابدار یک روحانی شیعه را در بصره کشتند.",
        ("ASSAULT reported IRQ:UAF IRQ:REL",),
    ),
    (
        "Palestinian fishermen were arrested by the Israeli navy off Gaza.",
        "اعتقلت البحرية الإسرائيلية صيادين فلسطينيين قبالة غزة.",
        "نیروی دریایی اسرائیل ماهیگیران فلسطینی را در نزدیکی غزه بازداشت کرد.",
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    pytest.param(
        "Iraqi taxi drivers protested against fuel prices in Baghdad.",
        "تظاهر سائقو سيارات الأجرة العراقيون احتجاجا على أسعار الوقود في بغداد.",
        "رانندگان تاکسی عراقی در بغداد به قیمت سوخت اعتراض کردند.",
        ("PROTEST reported IRQ:LAB IRQ:GOV",),
        marks=pytest.mark.xfail(
            strict=True,
            reason="agents39fa: workers' protests are read as strikes; one against a"
            " state policy (fuel prices) is not told apart yet",
        ),
    ),
    (
        "Israeli police arrested Palestinian worshippers at Al-Aqsa.",
        "اعتقلت الشرطة الإسرائيلية مصلين فلسطينيين في الأقصى.",
        "پلیس اسرائیل نمازگزاران فلسطینی را در الاقصی بازداشت کرد.",
        ("COERCE reported ISR:COP PSE:CVL",),
    ),
    (
        "The Iranian judiciary sentenced a French researcher to six years.",
        "حكمت السلطة القضائية الإيرانية على باحثة فرنسية بالسجن ست سنوات.",
        "قوه قضاییه ایران یک پژوهشگر فرانسوی را به شش سال زندان محکوم کرد.",
        ("COERCE reported IRN:JUD FRA:EDU",),
    ),
    (
        "Hamas fighters fired rockets at Israel.",
        "أطلق مقاتلو حماس صواريخ على إسرائيل.",
        "جنگجویان حماس به سوی اسرائیل راکت شلیک کردند.",
        ("ASSAULT reported PSE:REB ISR:",),
    ),
    (
        "The Houthis seized a Saudi ship in the Red Sea.",
        "استولى الحوثيون على سفينة سعودية في البحر الأحمر.",
        "حوثی\u200cها یک کشتی عربستانی را در دریای سرخ توقیف کردند.",
        ("COERCE reported YEM:REB SAU:",),
    ),
    (
        "Turkish soldiers killed two PKK militants.",
        "قتل جنود أتراك مسلحين اثنين من حزب العمال الكردستاني.",
        "سربازان ترکیه دو شبه\u200cنظامی پ\u200cک\u200cک را کشتند.",
        ("ASSAULT reported TUR:MIL TUR:REB",),
    ),
    (
        "Lebanese protesters stormed the ministry of foreign affairs.",
        "اقتحم محتجون لبنانيون مبنى وزارة الخارجية.",
        "معترضان لبنانی به ساختمان وزارت امور خارجه یورش بردند.",
        ("ASSAULT reported LBN:CVL -:GOV",),
    ),
    (
        "The Egyptian interior ministry said police killed four terrorists.",
        "قالت وزارة الداخلية المصرية إن الشرطة قتلت أربعة إرهابيين.",
        "وزارت کشور مصر گفت پلیس چهار تروریست را کشت.",
        ("ASSAULT reported EGY:COP EGY:REB",),
    ),
    (
        "Egyptian security forces arrested members of the Muslim Brotherhood.",
        "اعتقلت قوات الأمن المصرية أعضاء في جماعة الإخوان المسلمين.",
        "نیروهای امنیتی مصر اعضای اخوان\u200cالمسلمین را بازداشت کردند.",
        ("COERCE reported EGY:COP EGY:OPP",),
    ),
    (
        "The Moroccan police arrested a journalist in Rabat.",
        "اعتقلت الشرطة المغربية صحفيا في الرباط.",
        "پلیس مراکش یک روزنامه\u200cنگار را در رباط بازداشت کرد.",
        ("COERCE reported MAR:COP MAR:MED",),
    ),
    (
        "Egyptian army helicopters bombed militant hideouts in Sinai.",
        "قصفت مروحيات الجيش المصري مخابئ المسلحين في سيناء.",
        "بالگردهای ارتش مصر مخفیگاه\u200cهای شبه\u200cنظامیان را در سینا بمباران کردند.",
        ("ASSAULT reported EGY:MIL EGY:REB",),
    ),
    (
        "Saudi police arrested a group of activists in Riyadh.",
        "اعتقلت الشرطة السعودية مجموعة من الناشطين في الرياض.",
        "پلیس عربستان گروهی از فعالان را در ریاض بازداشت کرد.",
        ("COERCE reported SAU:COP SAU:OPP",),
    ),
    (
        "Kurdish Asayish forces detained a journalist in Erbil.",
        "احتجزت قوات الأسايش الكردية صحفيا في أربيل.",
        "نیروهای آسایش کرد یک روزنامه\u200cنگار را در اربیل بازداشت کردند.",
        ("COERCE reported IRQ:MIL IRQ:MED",),
    ),
    (
        "Bahraini security forces fired tear gas at protesters.",
        "أطلقت قوات الأمن البحرينية الغاز المسيل للدموع على المحتجين.",
        "نیروهای امنیتی بحرین به سوی معترضان گاز اشک\u200cآور شلیک کردند.",
        ("ASSAULT reported BHR:COP BHR:CVL",),
    ),
    (
        "The Sudanese Rapid Support Forces attacked a village in Darfur.",
        "هاجمت قوات الدعم السريع السودانية قرية في دارفور.",
        "نیروهای پشتیبانی سریع سودان به روستایی در دارفور حمله کردند.",
        ("ASSAULT reported SDN:REB",),
    ),
    (
        "Iraqi police officers were kidnapped by gunmen in Anbar.",
        "خطف مسلحون ضباطا في الشرطة العراقية في الأنبار.",
        "افراد مسلح افسران پلیس عراق را در الانبار ربودند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "Iraqi security forces arrested ten suspects in Basra on Monday.",
        "اعتقلت قوات الأمن العراقية عشرة مشتبه بهم في البصرة يوم الاثنين.",
        "نیروهای امنیتی عراق روز دوشنبه ده مظنون را در بصره بازداشت کردند.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Egyptian police detained dozens of protesters in Cairo.",
        "احتجزت الشرطة المصرية عشرات المتظاهرين في القاهرة.",
        "پلیس مصر ده\u200cها معترض را در قاهره بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:CVL",),
    ),
    (
        "Iraqi policemen arrested a suicide bomber in Kirkuk.",
        "اعتقل أفراد من الشرطة العراقية انتحاريا في كركوك.",
        "ماموران پلیس عراق یک بمب\u200cگذار انتحاری را در کرکوک دستگیر کردند.",
        ("COERCE reported IRQ:COP IRQ:UAF",),
    ),
    (
        "Tunisian police dispersed unemployed protesters in Kasserine.",
        "فرقت الشرطة التونسية المحتجين العاطلين عن العمل في القصرين.",
        "پلیس تونس معترضان بیکار را در قصرین پراکنده کرد.",
        ("COERCE reported TUN:COP TUN:CVL",),
    ),
    (
        "Israeli soldiers shot dead a Palestinian youth in Hebron.",
        "قتل جنود إسرائيليون شابا فلسطينيا برصاصهم في الخليل.",
        "سربازان اسرائیلی یک جوان فلسطینی را در الخلیل با شلیک گلوله کشتند.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "The Syrian army shelled rebel positions near Aleppo.",
        "قصف الجيش السوري مواقع المعارضة المسلحة قرب حلب.",
        "ارتش سوریه مواضع شورشیان را در نزدیکی حلب گلوله\u200cباران کرد.",
        ("ASSAULT reported SYR:MIL SYR:REB",),
    ),
    (
        "Russian warplanes bombed a hospital in Idlib.",
        "قصفت طائرات حربية روسية مستشفى في إدلب.",
        "هواپیماهای جنگی روسیه یک بیمارستان را در ادلب بمباران کردند.",
        ("ASSAULT reported RUS:MIL SYR:HLH",),
    ),
    (
        "Egyptian army officers met Libyan commanders in Cairo.",
        "التقى ضباط في الجيش المصري قادة عسكريين ليبيين في القاهرة.",
        "افسران ارتش مصر با فرماندهان نظامی لیبی در قاهره دیدار کردند.",
        ("CONSULT reported EGY:MIL LBY:MIL",),
    ),
    (
        "The Pakistani army killed five militants in North Waziristan.",
        "قتل الجيش الباكستاني خمسة متشددين في وزيرستان الشمالية.",
        "ارتش پاکستان پنج شبه\u200cنظامی را در وزیرستان شمالی کشت.",
        ("ASSAULT reported PAK:MIL PAK:REB",),
    ),
    (
        "An Egyptian court sentenced twenty protesters to prison.",
        "قضت محكمة مصرية بسجن عشرين متظاهرا.",
        "یک دادگاه مصری بیست معترض را به زندان محکوم کرد.",
        ("COERCE reported EGY:JUD EGY:CVL",),
    ),
    (
        "An Iranian judge sentenced a journalist to five years in prison.",
        "حكم قاض إيراني على صحفي بالسجن خمس سنوات.",
        "یک قاضی ایرانی یک روزنامه\u200cنگار را به پنج سال زندان محکوم کرد.",
        ("COERCE reported IRN:JUD IRN:MED",),
    ),
    (
        "The Kuwaiti constitutional court dissolved parliament.",
        "حلت المحكمة الدستورية الكويتية مجلس الأمة.",
        "دادگاه قانون اساسی کویت پارلمان را منحل کرد.",
        (),
    ),
    (
        "The Jordanian parliament approved a new election law.",
        "أقر البرلمان الأردني قانونا جديدا للانتخابات.",
        "پارلمان اردن قانون جدید انتخابات را تصویب کرد.",
        (),
    ),
    (
        "Members of the Lebanese parliament met the French ambassador.",
        "التقى أعضاء في البرلمان اللبناني السفير الفرنسي.",
        "اعضای پارلمان لبنان با سفیر فرانسه دیدار کردند.",
        ("CONSULT reported LBN:LEG FRA:GOV",),
    ),
    (
        "The US Congress imposed new sanctions on Iran.",
        "فرض الكونغرس الأمريكي عقوبات جديدة على إيران.",
        "کنگره آمریکا تحریم\u200cهای جدیدی علیه ایران وضع کرد.",
        ("SANCTION reported USA:LEG IRN:",),
    ),
    (
        "The ruling party in Turkey accused the opposition of supporting terrorism.",
        "اتهم الحزب الحاكم في تركيا المعارضة بدعم الإرهاب.",
        "حزب حاکم ترکیه مخالفان را به حمایت از تروریسم متهم کرد.",
        ("ACCUSE reported TUR:PTY TUR:OPP",),
    ),
    (
        "Syrian opposition figures met Russian officials in Geneva.",
        "التقى معارضون سوريون مسؤولين روس في جنيف.",
        "مخالفان سوری با مقامات روسیه در ژنو دیدار کردند.",
        ("CONSULT reported SYR:OPP RUS:GOV",),
    ),
    (
        "Egyptian authorities arrested a prominent opposition activist.",
        "اعتقلت السلطات المصرية ناشطا معارضا بارزا.",
        "مقامات مصری یک فعال برجسته مخالف را بازداشت کردند.",
        ("COERCE reported EGY:GOV EGY:OPP",),
    ),
    (
        "The Bahraini opposition boycotted the elections.",
        "قاطعت المعارضة البحرينية الانتخابات.",
        "مخالفان بحرینی انتخابات را تحریم کردند.",
        ("PROTEST reported BHR:OPP BHR:GOV",),
    ),
    (
        "Leaders of the Kurdish party met the Iraqi prime minister.",
        "التقى قادة الحزب الكردي رئيس الوزراء العراقي.",
        "رهبران حزب کرد با نخست\u200cوزیر عراق دیدار کردند.",
        ("CONSULT reported IRQ:PTY IRQ:GOV",),
    ),
    (
        "Houthi rebels fired a missile at Saudi Arabia.",
        "أطلق المتمردون الحوثيون صاروخا على السعودية.",
        "شورشیان حوثی موشکی به سوی عربستان شلیک کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "Islamic State militants attacked an Iraqi army checkpoint.",
        "هاجم مسلحو تنظيم الدولة الإسلامية نقطة تفتيش للجيش العراقي.",
        "شبه\u200cنظامیان داعش به یک ایست بازرسی ارتش عراق حمله کردند.",
        ("ASSAULT reported -:REB IRQ:MIL",),
    ),
    (
        "Taliban insurgents killed four Afghan policemen.",
        "قتل مسلحو طالبان أربعة من رجال الشرطة الأفغانية.",
        "شورشیان طالبان چهار پلیس افغان را کشتند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "Syrian rebels shelled government-held areas of Damascus.",
        "قصف مقاتلو المعارضة السورية مناطق تسيطر عليها الحكومة في دمشق.",
        "شورشیان سوری مناطق تحت کنترل دولت در دمشق را گلوله\u200cباران کردند.",
        ("ASSAULT reported SYR:REB SYR:GOV",),
    ),
    (
        "Unidentified gunmen killed a judge in Baghdad.",
        "قتل مسلحون مجهولون قاضيا في بغداد.",
        "افراد مسلح ناشناس یک قاضی را در بغداد کشتند.",
        ("ASSAULT reported IRQ:UAF IRQ:JUD",),
    ),
    (
        "Gunmen attacked a police station in Sinai.",
        "هاجم مسلحون مركزا للشرطة في سيناء.",
        "افراد مسلح به یک پاسگاه پلیس در سینا حمله کردند.",
        ("ASSAULT reported EGY:UAF EGY:COP",),
    ),
    (
        "Unknown assailants kidnapped a Lebanese businessman.",
        "خطف مجهولون رجل أعمال لبنانيا.",
        "افراد ناشناس یک تاجر لبنانی را ربودند.",
        ("ASSAULT reported -:UAF LBN:BUS",),
    ),
    (
        "Thousands of Moroccans protested against the government in Rabat.",
        "تظاهر آلاف المغاربة ضد الحكومة في الرباط.",
        "هزاران مراکشی در رباط علیه دولت تظاهرات کردند.",
        ("PROTEST reported MAR:CVL MAR:GOV",),
    ),
    (
        "Residents of Gaza protested against power cuts.",
        "احتج سكان غزة على انقطاع الكهرباء.",
        "ساکنان غزه به قطع برق اعتراض کردند.",
        ("PROTEST reported PSE:CVL PSE:GOV",),
    ),
    (
        "Israeli settlers attacked Palestinian farmers near Nablus.",
        "هاجم مستوطنون إسرائيليون مزارعين فلسطينيين قرب نابلس.",
        "شهرک\u200cنشینان اسرائیلی به کشاورزان فلسطینی نزدیک نابلس حمله کردند.",
        ("ASSAULT reported ISR:CVL PSE:CVL",),
    ),
    (
        "Iraqi citizens demonstrated in Tahrir Square.",
        "تظاهر مواطنون عراقيون في ساحة التحرير.",
        "شهروندان عراقی در میدان تحریر تظاهرات کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "Lebanese demonstrators blocked roads in Beirut.",
        "قطع متظاهرون لبنانيون الطرق في بيروت.",
        "تظاهرکنندگان لبنانی جاده\u200cها را در بیروت بستند.",
        ("PROTEST reported LBN:CVL LBN:GOV",),
    ),
    (
        "Angry crowds stormed the parliament in Baghdad.",
        "اقتحمت حشود غاضبة البرلمان في بغداد.",
        "جمعیت خشمگین به پارلمان در بغداد یورش برد.",
        ("ASSAULT reported IRQ:CVL IRQ:LEG",),
    ),
    (
        "Turkey deported hundreds of Afghan migrants.",
        "رحلت تركيا مئات المهاجرين الأفغان.",
        "ترکیه صدها مهاجر افغان را اخراج کرد.",
        ("COERCE reported TUR: AFG:REF",),
    ),
    (
        "Iraqi displaced people returned to Mosul.",
        "عاد نازحون عراقيون إلى الموصل.",
        "آوارگان عراقی به موصل بازگشتند.",
        (),
    ),
    (
        "Greek police arrested Syrian asylum seekers on the island of Lesbos.",
        "اعتقلت الشرطة اليونانية طالبي لجوء سوريين في جزيرة ليسبوس.",
        "پلیس یونان پناه\u200cجویان سوری را در جزیره لسبوس بازداشت کرد.",
        ("COERCE reported GRC:COP SYR:REF",),
    ),
    (
        "Tunisian teachers went on strike over wages.",
        "أضرب المعلمون التونسيون عن العمل بسبب الأجور.",
        "معلمان تونسی به خاطر دستمزدها اعتصاب کردند.",
        ("PROTEST reported TUN:EDU TUN:GOV",),
    ),
    (
        "Egyptian textile workers went on strike in Mahalla.",
        "أضرب عمال النسيج المصريون في المحلة.",
        "کارگران نساجی مصری در محله اعتصاب کردند.",
        ("PROTEST reported EGY:LAB",),
    ),
    pytest.param(
        "Iranian truck drivers protested against fuel prices.",
        "احتج سائقو الشاحنات الإيرانيون على أسعار الوقود.",
        "رانندگان کامیون ایرانی به قیمت سوخت اعتراض کردند.",
        ("PROTEST reported IRN:LAB IRN:GOV",),
        marks=pytest.mark.xfail(
            strict=True,
            reason="agents39fa: workers' protests are read as strikes; one against a"
            " state policy (fuel prices) is not told apart yet",
        ),
    ),
    # extra37: en/ar read a sit-in as a strike (workers against their
    # employer); Persian "تحصن" is a protest, and since agents39fa a
    # workers' protest is read as their strike too
    pytest.param(
        "Moroccan miners staged a sit-in at the mine.",
        "نظم عمال المناجم المغاربة اعتصاما في المنجم.",
        "معدنچیان مراکشی در معدن تحصن کردند.",
        ("PROTEST reported MAR:LAB",),
    ),
    (
        "Iranian businessmen met German investors in Tehran.",
        "التقى رجال أعمال إيرانيون مستثمرين ألمانا في طهران.",
        "بازرگانان ایرانی با سرمایه\u200cگذاران آلمانی در تهران دیدار کردند.",
        ("CONSULT reported IRN:BUS DEU:BUS",),
    ),
    (
        "A Turkish company signed a deal with the Iraqi government.",
        "وقعت شركة تركية اتفاقا مع الحكومة العراقية.",
        "یک شرکت ترکیه\u200cای با دولت عراق قراردادی امضا کرد.",
        ("AGREE reported TUR:BUS IRQ:GOV",),
    ),
    (
        "Saudi Aramco signed an agreement with a Chinese company.",
        "وقعت أرامكو السعودية اتفاقية مع شركة صينية.",
        "آرامکو عربستان با یک شرکت چینی توافق\u200cنامه امضا کرد.",
        ("AGREE reported SAU:BUS CHN:BUS",),
    ),
    (
        "Iranian authorities arrested two journalists in Tehran.",
        "اعتقلت السلطات الإيرانية صحفيين اثنين في طهران.",
        "مقامات ایران دو روزنامه\u200cنگار را در تهران بازداشت کردند.",
        ("COERCE reported IRN:GOV IRN:MED",),
    ),
    (
        "Egyptian police arrested a photographer in Cairo.",
        "اعتقلت الشرطة المصرية مصورا صحفيا في القاهرة.",
        "پلیس مصر یک عکاس خبری را در قاهره بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:MED",),
    ),
    (
        "Iranian students protested at Tehran University.",
        "تظاهر طلاب إيرانيون في جامعة طهران.",
        "دانشجویان ایرانی در دانشگاه تهران تظاهرات کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Sudanese security forces arrested university students in Khartoum.",
        "اعتقلت قوات الأمن السودانية طلابا جامعيين في الخرطوم.",
        "نیروهای امنیتی سودان دانشجویان را در خارطوم بازداشت کردند.",
        ("COERCE reported SDN:COP SDN:EDU",),
    ),
    (
        "Israeli forces arrested a Palestinian teacher in Ramallah.",
        "اعتقلت القوات الإسرائيلية معلما فلسطينيا في رام الله.",
        "نیروهای اسرائیلی یک معلم فلسطینی را در رام\u200cالله بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:EDU",),
    ),
    (
        "Jordanian teachers demonstrated in Amman.",
        "تظاهر المعلمون الأردنيون في عمان.",
        "معلمان اردنی در امان تظاهرات کردند.",
        ("PROTEST reported JOR:EDU JOR:GOV",),
    ),
    (
        "Saudi authorities arrested a prominent cleric.",
        "اعتقلت السلطات السعودية رجل دين بارزا.",
        "مقامات عربستان یک روحانی برجسته را بازداشت کردند.",
        ("COERCE reported SAU:GOV SAU:REL",),
    ),
    (
        "The Coptic Church rejected the new law in Egypt.",
        "رفضت الكنيسة القبطية القانون الجديد في مصر.",
        "کلیسای قبطی قانون جدید را در مصر رد کرد.",
        ("REJECT reported EGY:REL",),
    ),
    (
        "Mexican police arrested drug traffickers.",
        "اعتقلت الشرطة المكسيكية تجار مخدرات.",
        "پلیس مکزیک قاچاقچیان مواد مخدر را دستگیر کرد.",
        ("COERCE reported MEX:COP MEX:CRM",),
    ),
    (
        "A gang kidnapped an Iraqi doctor in Basra.",
        "خطفت عصابة طبيبا عراقيا في البصرة.",
        "یک باند تبهکار پزشکی عراقی را در بصره ربود.",
        ("ASSAULT reported IRQ:CRM IRQ:HLH",),
    ),
    (
        "Egyptian police killed three criminals in Assiut.",
        "قتلت الشرطة المصرية ثلاثة مجرمين في أسيوط.",
        "پلیس مصر سه تبهکار را در اسیوط کشت.",
        ("ASSAULT reported EGY:COP EGY:CRM",),
    ),
    (
        "Human Rights Watch accused the Egyptian government of torture.",
        "اتهمت منظمة هيومن رايتس ووتش الحكومة المصرية بالتعذيب.",
        "دیده\u200cبان حقوق بشر دولت مصر را به شکنجه متهم کرد.",
        ("ACCUSE reported -:NGO EGY:GOV",),
    ),
    (
        "Amnesty International called on Iran to release the prisoners.",
        "طالبت منظمة العفو الدولية إيران بالإفراج عن السجناء.",
        "سازمان عفو بین\u200cالملل از ایران خواست زندانیان را آزاد کند.",
        ("REQUEST reported -:NGO IRN:",),
    ),
    (
        "Iraqi doctors went on strike in Baghdad.",
        "أضرب الأطباء العراقيون في بغداد.",
        "پزشکان عراقی در بغداد اعتصاب کردند.",
        ("PROTEST reported IRQ:HLH IRQ:GOV",),
    ),
    (
        "Israeli soldiers arrested a Palestinian nurse.",
        "اعتقل جنود إسرائيليون ممرضة فلسطينية.",
        "سربازان اسرائیلی یک پرستار فلسطینی را بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:HLH",),
    ),
    (
        "Gunmen attacked a hospital in Yemen.",
        "هاجم مسلحون مستشفى في اليمن.",
        "افراد مسلح به بیمارستانی در یمن حمله کردند.",
        ("ASSAULT reported YEM:UAF YEM:HLH",),
    ),
    (
        "Syrian paramedics were killed in an airstrike in Idlib.",
        "قتل مسعفون سوريون في غارة جوية على إدلب.",
        "امدادگران سوری در حمله هوایی به ادلب کشته شدند.",
        ("ASSAULT reported -:MIL SYR:HLH",),
    ),
    (
        "The Iraqi interior minister met the Iranian ambassador in Baghdad.",
        "التقى وزير الداخلية العراقي السفير الإيراني في بغداد.",
        "وزیر کشور عراق با سفیر ایران در بغداد دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "The Egyptian foreign ministry summoned the Turkish ambassador.",
        "استدعت وزارة الخارجية المصرية السفير التركي.",
        "وزارت امور خارجه مصر سفیر ترکیه را احضار کرد.",
        ("ACCUSE reported EGY:GOV TUR:GOV",),
    ),
    (
        "The Lebanese prime minister visited Paris on Monday.",
        "زار رئيس الوزراء اللبناني باريس يوم الاثنين.",
        "نخست\u200cوزیر لبنان روز دوشنبه از پاریس دیدار کرد.",
        ("CONSULT reported LBN:GOV FRA:",),
    ),
    (
        "Jordanian officials met a Syrian delegation in Amman.",
        "التقى مسؤولون أردنيون وفدا سوريا في عمان.",
        "مقامات اردنی با هیئتی سوری در امان دیدار کردند.",
        ("CONSULT reported JOR:GOV SYR:GOV",),
    ),
    (
        "The Turkish defence minister threatened Kurdish fighters in Syria.",
        "هدد وزير الدفاع التركي المقاتلين الأكراد في سوريا.",
        "وزیر دفاع ترکیه جنگجویان کرد در سوریه را تهدید کرد.",
        ("THREATEN reported TUR:GOV SYR:REB",),
    ),
    (
        "The mayor of Istanbul met Greek officials.",
        "التقى رئيس بلدية إسطنبول مسؤولين يونانيين.",
        "شهردار استانبول با مقامات یونانی دیدار کرد.",
        ("CONSULT reported TUR:GOV GRC:GOV",),
    ),
    (
        "The Iraqi Ministry of Health sent doctors to Mosul.",
        "أرسلت وزارة الصحة العراقية أطباء إلى الموصل.",
        "وزارت بهداشت عراق پزشکانی را به موصل فرستاد.",
        (),
    ),
    (
        "Egyptian security sources said police arrested five militants.",
        "قالت مصادر أمنية مصرية إن الشرطة اعتقلت خمسة متشددين.",
        "منابع امنیتی مصر گفتند پلیس پنج شبه\u200cنظامی را بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:REB",),
    ),
    (
        "The Libyan coast guard intercepted a boat carrying migrants.",
        "اعترض خفر السواحل الليبي قاربا يقل مهاجرين.",
        "گارد ساحلی لیبی قایقی حامل مهاجران را متوقف کرد.",
        (),
    ),
    (
        "Members of the Iraqi Federal Police arrested gunmen in Mosul.",
        "اعتقل عناصر من الشرطة الاتحادية العراقية مسلحين في الموصل.",
        "نیروهای پلیس فدرال عراق افراد مسلحی را در موصل بازداشت کردند.",
        ("COERCE reported IRQ:COP IRQ:UAF",),
    ),
    (
        "Afghan police officers were killed by Taliban fighters.",
        "قتل عناصر في الشرطة الأفغانية على يد مقاتلي طالبان.",
        "ماموران پلیس افغانستان به دست جنگجویان طالبان کشته شدند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "The Egyptian army said its soldiers killed ten terrorists in Sinai.",
        "قال الجيش المصري إن جنوده قتلوا عشرة إرهابيين في سيناء.",
        "ارتش مصر گفت سربازانش ده تروریست را در سینا کشتند.",
        ("ASSAULT reported EGY:MIL EGY:REB",),
    ),
    (
        "Tunisian judges went on strike for a week.",
        "أضرب القضاة التونسيون عن العمل لمدة أسبوع.",
        "قضات تونسی به مدت یک هفته اعتصاب کردند.",
        ("PROTEST reported TUN:CVL TUN:JUD",),
    ),
    (
        "The Algerian gendarmerie arrested ten smugglers.",
        "أوقف الدرك الجزائري عشرة مهربين.",
        "ژاندارمری الجزایر ده قاچاقچی را بازداشت کرد.",
        ("COERCE reported DZA:COP DZA:CRM",),
    ),
    (
        "Iranian Revolutionary Guards seized a ship in the Gulf.",
        "احتجز الحرس الثوري الإيراني سفينة في الخليج.",
        "سپاه پاسداران ایران یک کشتی را در خلیج فارس توقیف کرد.",
        ("COERCE reported IRN:MIL",),
    ),
    (
        "Hezbollah fighters attacked an Israeli patrol.",
        "هاجم مقاتلو حزب الله دورية إسرائيلية.",
        "جنگجویان حزب\u200cالله به یک گشت اسرائیلی حمله کردند.",
        ("ASSAULT reported LBN:REB ISR:",),
    ),
    (
        "Emirati forces withdrew from Aden.",
        "انسحبت القوات الإماراتية من عدن.",
        "نیروهای اماراتی از عدن عقب\u200cنشینی کردند.",
        ("RETREAT reported ARE:MIL YEM:",),
    ),
    (
        "The Iraqi electoral commission rejected the complaints of the parties.",
        "رفضت مفوضية الانتخابات العراقية شكاوى الأحزاب.",
        "کمیسیون انتخابات عراق شکایات احزاب را رد کرد.",
        ("REJECT reported IRQ: IRQ:PTY",),
    ),
    (
        "Lebanese bank employees went on strike.",
        "أضرب موظفو المصارف اللبنانية.",
        "کارکنان بانک\u200cهای لبنان اعتصاب کردند.",
        ("PROTEST reported LBN:CVL LBN:BUS LBN:GOV",),
    ),
    (
        "Saudi border guards killed two smugglers.",
        "قتل حرس الحدود السعودي مهربين اثنين.",
        "مرزبانان عربستان دو قاچاقچی را کشتند.",
        ("ASSAULT reported SAU:COP SAU:CRM",),
    ),
    (
        "A Turkish court released a German journalist.",
        "أفرجت محكمة تركية عن صحفي ألماني.",
        "یک دادگاه ترکیه یک روزنامه\u200cنگار آلمانی را آزاد کرد.",
        ("CONCEDE reported TUR:JUD DEU:MED",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One language only: what a rule must take, and what it must not.
CASES: list[tuple[str, str, set[str]]] = [
    # a source with no state adjective leaves the report's agents with none
    ("قالت مصادر أمنية إن الشرطة اعتقلت خمسة متشددين.", "ar", {"COERCE reported -:COP -:REB"}),
    # the sources' state is no party of what they report
    (
        "قالت مصادر أمنية عراقية إن الشرطة اعتقلت خمسة مسلحين.",
        "ar",
        {"COERCE reported IRQ:COP IRQ:UAF"},
    ),
    # a hospital attacked (a known gap of tri31ag, closed)
    ("هاجم المتمردون الحوثيون مستشفى في تعز.", "ar", {"ASSAULT reported YEM:REB YEM:HLH"}),
    # a hospital where the wounded are taken is no side
    (
        "قتل مسلحون شرطيين اثنين ونقل الجرحى إلى المستشفى.",
        "ar",
        {"ASSAULT reported -:UAF -:COP"},
    ),
    # a union at a hospital is the union, the hospital no side
    (
        "أرجأت النقابة الأساسية بمستشفى المنجي سليم إضرابها المقرر يوم الاثنين.",
        "ar",
        {"PROTEST negated -:LAB"},  # postponed86: a postponed strike is negated
    ),
    # a field hospital set up is aid, no health body struck
    ("أقامت الإمارات مستشفى ميدانيا في غزة.", "ar", {"AID reported ARE: PSE:"}),
    # a hospital named after a king is a place
    ("قصفت الطائرات مستشفى الملك خالد.", "ar", {"ASSAULT reported -:MIL"}),
    # troops massed still mobilise
    ("حشد الجيش قواته على الحدود.", "ar", {"MOBILIZE reported -:MIL"}),
    # the army accused of killing is the accused
    (
        "The government accused the army of killing protesters.",
        "en",
        {"ACCUSE reported -:GOV -:MIL"},
    ),
    # officers in the army stay soldiers
    ("اعتقلت السلطات ضباطا في الجيش السوري.", "ar", {"COERCE reported SYR:GOV SYR:MIL"}),
    # smuggled goods seized: no smugglers; smugglers arrested still are
    ("ضبطت الشرطة سلعا مهربة في صفاقس.", "ar", {"COERCE reported TUN:COP"}),
    ("اعتقلت الشرطة ثلاثة مهربين.", "ar", {"COERCE reported -:COP -:CRM"}),
    # control taken back
    ("استعادت القوات الحكومية السورية السيطرة على البلدة.", "ar", {"ASSAULT reported SYR:MIL"}),
    ("Syrian government forces recaptured the town.", "en", {"ASSAULT reported SYR:MIL"}),
    (
        "استعاد الجيش العراقي مدينة الموصل من تنظيم الدولة.",
        "ar",
        {"ASSAULT reported IRQ:MIL IRQ:REB"},
    ),
    # trust or money taken back is no capture
    ("استعاد الرئيس ثقة البرلمان.", "ar", set()),
    ("استعادت الحكومة أموالا منهوبة من سويسرا.", "ar", set()),
    # an attack on an embassy: the embassy struck, the attacker unknown
    (
        "أدان البيت الأبيض الهجوم على السفارة الأمريكية.",
        "ar",
        {"ACCUSE reported USA:GOV", "ASSAULT reported -:UAF USA:GOV"},
    ),
    # a doer named before the noun stays the doer
    ("شن الجيش هجوما على مواقع المسلحين.", "ar", {"ASSAULT reported -:MIL -:REB"}),
    # suspects with "فيهم"
    ("أوقفت وحدات الحرس الوطني المشتبه فيهم.", "ar", {"COERCE reported -:COP -:CRM"}),
    # a hospital or school visited is no side: no meeting
    ("زار وزير الصحة الأردني مستشفى البشير في عمان.", "ar", set()),
    ("وزیر بهداشت اردن از بیمارستان البشیر در امان بازدید کرد.", "fa", set()),
    ("زار وزير التعليم الأردني مدرسة في عمان.", "ar", set()),
    # a visit to a body of another state still meets it
    (
        "زار الرئيس الفرنسي الجامعة العربية في القاهرة.",
        "ar",
        {"CONSULT reported FRA:GOV ARABLEAGUE:"},
    ),
    # control of a town taken back is a capture in Persian too (misses53fa;
    # read as a seizure, COERCE, before)
    ("نیروهای دولتی سوریه کنترل شهر را دوباره به دست گرفتند.", "fa", {"ASSAULT reported SYR:MIL"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Known gaps: the readings that still differ.
GAPS: list[tuple[str, str, set[str]]] = [
    # a body, a short word, then people read as one chain of titles: the
    # army is swallowed into the civilians' mention (dropped rule, above)
    (
        "اتهمت منظمة حقوقية سورية الجيش بقتل مدنيين.",
        "ar",
        {"ACCUSE reported SYR:NGO SYR:MIL"},
    ),
    ("اتهمت الحكومة الجيش بقتل متظاهرين.", "ar", {"ACCUSE reported -:GOV -:MIL"}),
    # Persian: the government that accuses is read as the protesters killed
    ("دولت ارتش را به کشتن معترضان متهم کرد.", "fa", {"ACCUSE reported -:GOV -:MIL"}),
    # Arabic "احتج" of merchants, journalists or lawyers is an objection
    # with no target, dropped; English reads a protest
    ("احتج التجار المصريون على الضرائب الجديدة.", "ar", {"PROTEST reported EGY:BUS EGY:GOV"}),
    # military sources of one state, a place of another: the place wins
    (
        "وقالت مصادر عسكرية إسرائيلية إن الجيش قصف مواقع لحماس في غزة.",
        "ar",
        {"ASSAULT reported ISR:MIL PSE:REB"},
    ),
]


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
