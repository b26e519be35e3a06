"""Domestic and sub-state actors read the same in Arabic, Persian and
English (round 31, tri31ag, continuing tri30a): police, soldiers, militants
and gunmen, protesters, residents, refugees, tribes, courts, parliaments,
parties, unions, businesses, journalists, students, clerics, smugglers,
NGOs, medics and settlers, each as doer and as target, their country told
by a nisba adjective in its gender and number, by a city, by the dateline
or not at all; Arabic in both word orders, the passive ("اعتُقل … على
يد", "من قبل"), construct chains ("عناصر من الشرطة", "أفراد الأمن"),
duals, sound and broken plurals and clitics. Every sentence written for
these tests, in natural news wording for each language.

Rules added in this round so that the triples below agree:

- Arabic demonstrations banned ("حظرت الحكومة اللبنانية الاحتجاجات",
  "منعت السلطات المظاهرات") restrict people (COERCE, ban), and the protest
  noun the ban takes as its object is no protest (extract/licensed.py: a
  ban undoes the deed it forbids), as English "banned protests"; Persian
  "اعتراضات را ممنوع کرد" is read as "تظاهرات را ممنوع کرد" was;
- Arabic suspects ("مشتبه بهم", "المشتبه به") are criminals (CRM), as
  English "suspects" and Persian "مظنون", no longer civilians;
- an Arabic member of a security body named after "في"/"بـ" or in construct
  ("ضابطا في المخابرات", "ضابطي شرطة") is of the police (COP), not the
  army an officer alone stands for;
- Arabic armed men attacked by the army or the police ("قتل الجيش عشرة
  مسلحين", "قصفت القوات الحكومية المسلحين") are militants (REB), as
  English "militants" and Persian "شبه‌نظامیان"; as doers, and when
  arrested, they stay unidentified gunmen (UAF) (extract/struck_armed.py);
- the Arabic deed nouns that mark a doer also with "ب" glued ("أصيب
  شرطيان بهجوم لمسلحين", "بكمين"): the gunmen did it, as "في هجوم لمسلحين".

Dropped: in an Arabic protest, a state named as a whole read as its
government (as Persian does): a state a protest supports ("تضامنا مع
فلسطين") became a government protested against; challenge even agents
.645 → .642. Arabic "أوقف" with more people as objects (workers,
protesters): "أوقف العمال إضرابهم" (the workers ended their strike) read
as an arrest.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Iraqi police arrested five smugglers in Basra.",
        "اعتقلت الشرطة العراقية خمسة مهربين في البصرة.",
        "پلیس عراق پنج قاچاقچی را در بصره بازداشت کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Egyptian security forces arrested dozens of students in Cairo.",
        "اعتقلت قوات الأمن المصرية عشرات الطلاب في القاهرة.",
        "نیروهای امنیتی مصر ده‌ها دانشجو را در قاهره بازداشت کردند.",
        ("COERCE reported EGY:COP EGY:EDU",),
    ),
    (
        "Five journalists were arrested by Turkish police in Istanbul.",
        "اعتُقل خمسة صحفيين على يد الشرطة التركية في إسطنبول.",
        "پنج روزنامه‌نگار توسط پلیس ترکیه در استانبول بازداشت شدند.",
        ("COERCE reported TUR:COP TUR:MED",),
    ),
    (
        "Members of the Jordanian police arrested a drug smuggler.",
        "اعتقل عناصر من الشرطة الأردنية مهرب مخدرات.",
        "ماموران پلیس اردن یک قاچاقچی مواد مخدر را بازداشت کردند.",
        ("COERCE reported JOR:COP JOR:CRM",),
    ),
    (
        "Lebanese security personnel detained two Syrian refugees.",
        "احتجز أفراد الأمن اللبناني لاجئين سوريين اثنين.",
        "ماموران امنیتی لبنان دو پناهجوی سوری را بازداشت کردند.",
        ("COERCE reported LBN:COP SYR:REF",),
    ),
    (
        "Syrian soldiers killed three militants near Idlib.",
        "قتل جنود سوريون ثلاثة مسلحين قرب إدلب.",
        "سربازان سوری سه شبه‌نظامی را در نزدیکی ادلب کشتند.",
        ("ASSAULT reported SYR:MIL SYR:REB",),
    ),
    (
        "The Iraqi army shelled positions of ISIS militants in Anbar.",
        "قصف الجيش العراقي مواقع لمسلحي داعش في الأنبار.",
        "ارتش عراق مواضع شبه‌نظامیان داعش را در الانبار گلوله‌باران کرد.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Gunmen killed two policemen in Baghdad.",
        "قتل مسلحون مجهولون شرطيين في بغداد.",
        "مردان مسلح ناشناس دو پلیس را در بغداد کشتند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "Unidentified gunmen attacked a police checkpoint in Mosul.",
        "هاجم مسلحون مجهولون نقطة تفتيش للشرطة في الموصل.",
        "مردان مسلح ناشناس به یک ایست بازرسی پلیس در موصل حمله کردند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "Thousands of Iraqis protested in Baghdad against the government.",
        "تظاهر آلاف العراقيين في بغداد ضد الحكومة.",
        "هزاران عراقی در بغداد علیه دولت تظاهرات کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "Residents of Basra protested against power cuts.",
        "احتج سكان البصرة على انقطاع الكهرباء.",
        "ساکنان بصره به قطع برق اعتراض کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "Lebanese protesters blocked roads in Beirut.",
        "قطع محتجون لبنانيون الطرق في بيروت.",
        "معترضان لبنانی جاده‌ها را در بیروت بستند.",
        ("PROTEST reported LBN:CVL LBN:GOV",),
    ),
    (
        "Iraqi security forces fired tear gas at protesters in Nasiriyah.",
        "أطلقت قوات الأمن العراقية الغاز المسيل للدموع على المحتجين في الناصرية.",
        "نیروهای امنیتی عراق به سوی معترضان در ناصریه گاز اشک‌آور شلیک کردند.",
        ("ASSAULT reported IRQ:COP IRQ:CVL",),
    ),
    (
        "An Egyptian court sentenced ten opposition activists to prison.",
        "قضت محكمة مصرية بسجن عشرة ناشطين معارضين.",
        "یک دادگاه مصری ده فعال مخالف را به زندان محکوم کرد.",
        ("COERCE reported EGY:JUD EGY:OPP",),
    ),
    (
        "The Jordanian opposition rejected the new election law.",
        "رفضت المعارضة الأردنية قانون الانتخابات الجديد.",
        "مخالفان اردنی قانون جدید انتخابات را رد کردند.",
        ("REJECT reported JOR:OPP",),
    ),
    (
        "Tunisian workers went on strike in Sfax.",
        "أضرب العمال التونسيون في صفاقس.",
        "کارگران تونسی در صفاقس اعتصاب کردند.",
        ("PROTEST reported TUN:LAB",),
    ),
    (
        "Iraqi teachers went on strike in Kirkuk.",
        "أضرب المعلمون العراقيون في كركوك.",
        "معلمان عراقی در کرکوک اعتصاب کردند.",
        ("PROTEST reported IRQ:EDU IRQ:GOV",),
    ),
    (
        "Egyptian authorities arrested a journalist in Cairo.",
        "اعتقلت السلطات المصرية صحفيا في القاهرة.",
        "مقامات مصری یک روزنامه‌نگار را در قاهره بازداشت کردند.",
        ("COERCE reported EGY:GOV EGY:MED",),
    ),
    (
        "Gunmen kidnapped a doctor in Baghdad.",
        "خطف مسلحون طبيبا في بغداد.",
        "مردان مسلح یک پزشک را در بغداد ربودند.",
        ("ASSAULT reported IRQ:UAF IRQ:HLH",),
    ),
    (
        "Israeli settlers attacked Palestinian farmers near Nablus.",
        "هاجم مستوطنون إسرائيليون مزارعين فلسطينيين قرب نابلس.",
        "شهرک‌نشینان اسرائیلی به کشاورزان فلسطینی در نزدیکی نابلس حمله کردند.",
        ("ASSAULT reported ISR:CVL PSE:CVL",),
    ),
    (
        "Israeli soldiers arrested ten Palestinians in Hebron.",
        "اعتقل جنود إسرائيليون عشرة فلسطينيين في الخليل.",
        "سربازان اسرائیلی ده فلسطینی را در الخلیل بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    (
        "Israeli forces arrested a Palestinian journalist in Jenin.",
        "اعتقلت القوات الإسرائيلية صحفيا فلسطينيا في جنين.",
        "نیروهای اسرائیلی یک روزنامه‌نگار فلسطینی را در جنین بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:MED",),
    ),
    (
        "Libyan militias clashed in Tripoli.",
        "اشتبكت ميليشيات ليبية في طرابلس.",
        "شبه‌نظامیان لیبیایی در طرابلس درگیر شدند.",
        ("ASSAULT reported LBY:REB",),
    ),
    (
        "The Yemeni army clashed with Houthi rebels in Marib.",
        "اشتبك الجيش اليمني مع المتمردين الحوثيين في مأرب.",
        "ارتش یمن با شورشیان حوثی در مأرب درگیر شد.",
        ("ASSAULT reported YEM:MIL YEM:REB",),
    ),
    (
        "Sudanese police killed two protesters in Khartoum.",
        "قتلت الشرطة السودانية متظاهرين اثنين في الخرطوم.",
        "پلیس سودان دو معترض را در خارطوم کشت.",
        ("ASSAULT reported SDN:COP SDN:CVL",),
    ),
    (
        "Two protesters were killed by security forces in Khartoum.",
        "قُتل متظاهران اثنان برصاص قوات الأمن في الخرطوم.",
        "دو معترض با شلیک نیروهای امنیتی در خارطوم کشته شدند.",
        ("ASSAULT reported SDN:COP SDN:CVL",),
    ),
    (
        "Doctors in Iraq went on strike.",
        "أضرب الأطباء في العراق.",
        "پزشکان در عراق اعتصاب کردند.",
        ("PROTEST reported IRQ:HLH IRQ:GOV",),
    ),
    (
        "Egyptian students protested at Cairo University.",
        "تظاهر طلاب مصريون في جامعة القاهرة.",
        "دانشجویان مصری در دانشگاه قاهره تظاهرات کردند.",
        ("PROTEST reported EGY:EDU EGY:GOV",),
    ),
    (
        "The Algerian army killed four terrorists in the south.",
        "قتل الجيش الجزائري أربعة إرهابيين في الجنوب.",
        "ارتش الجزایر چهار تروریست را در جنوب کشت.",
        ("ASSAULT reported DZA:MIL DZA:REB",),
    ),
    (
        "Saudi police arrested several drug smugglers.",
        "اعتقلت الشرطة السعودية عددا من مهربي المخدرات.",
        "پلیس عربستان چند قاچاقچی مواد مخدر را بازداشت کرد.",
        ("COERCE reported SAU:COP SAU:CRM",),
    ),
    (
        "Iranian police arrested four protesters in Tehran.",
        "اعتقلت الشرطة الإيرانية أربعة محتجين في طهران.",
        "پلیس ایران چهار معترض را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Pakistani Taliban killed five soldiers in Waziristan.",
        "قتلت حركة طالبان باكستان خمسة جنود في وزيرستان.",
        "طالبان پاکستان پنج سرباز را در وزیرستان کشتند.",
        ("ASSAULT reported PAK:REB PAK:MIL",),
    ),
    (
        "Afghan police arrested a suicide bomber in Kabul.",
        "اعتقلت الشرطة الأفغانية انتحاريا في كابول.",
        "پلیس افغانستان یک بمب‌گذار انتحاری را در کابل بازداشت کرد.",
        ("COERCE reported AFG:COP AFG:UAF",),
    ),
    (
        "The Lebanese government banned protests in Beirut.",
        "حظرت الحكومة اللبنانية الاحتجاجات في بيروت.",
        "دولت لبنان اعتراضات را در بیروت ممنوع کرد.",
        ("COERCE reported LBN:GOV",),
    ),
    (
        "Turkish police raided a newspaper in Istanbul.",
        "داهمت الشرطة التركية صحيفة في إسطنبول.",
        "پلیس ترکیه به یک روزنامه در استانبول یورش برد.",
        ("COERCE reported TUR:COP TUR:MED",),
    ),
    (
        "The Egyptian interior ministry said police killed six militants.",
        "قالت وزارة الداخلية المصرية إن الشرطة قتلت ستة مسلحين.",
        "وزارت کشور مصر گفت پلیس شش شبه‌نظامی را کشت.",
        ("ASSAULT reported EGY:COP EGY:REB",),
    ),
    (
        "Gunmen killed three Syrian soldiers near Idlib.",
        "قتل مسلحون ثلاثة جنود سوريين قرب إدلب.",
        "مردان مسلح سه سرباز سوری را در نزدیکی ادلب کشتند.",
        ("ASSAULT reported SYR:UAF SYR:MIL",),
    ),
    (
        "Iraqi soldiers killed four ISIS militants in Kirkuk.",
        "قتل جنود عراقيون أربعة من عناصر داعش في كركوك.",
        "سربازان عراقی چهار عضو داعش را در کرکوک کشتند.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Two policemen were wounded in an attack by gunmen in Mosul.",
        "أصيب شرطيان بهجوم لمسلحين في الموصل.",
        "دو پلیس در حمله مردان مسلح در موصل زخمی شدند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "A policeman was killed by unidentified gunmen in Baghdad.",
        "قُتل شرطي على يد مسلحين مجهولين في بغداد.",
        "یک پلیس به دست مردان مسلح ناشناس در بغداد کشته شد.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "Egyptian police arrested the protesters.",
        "واعتقلت الشرطة المصرية المحتجين.",
        "پلیس مصر معترضان را بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:CVL",),
    ),
    (
        "The Tunisian police arrested two bloggers.",
        "اعتقلت الشرطة التونسية مدونين اثنين.",
        "پلیس تونس دو وبلاگ‌نویس را بازداشت کرد.",
        ("COERCE reported TUN:COP TUN:MED",),
    ),
    (
        "Kuwaiti security forces arrested a number of Bedouins.",
        "اعتقلت قوات الأمن الكويتية عددا من البدون.",
        "نیروهای امنیتی کویت شماری از بدون‌ها را بازداشت کردند.",
        ("COERCE reported KWT:COP",),
    ),
    (
        "The Saudi interior ministry arrested 20 drug traffickers.",
        "ألقت وزارة الداخلية السعودية القبض على 20 من تجار المخدرات.",
        "وزارت کشور عربستان ۲۰ قاچاقچی مواد مخدر را دستگیر کرد.",
        ("COERCE reported SAU:GOV SAU:CRM",),
    ),
    (
        "Iraqi police arrested a gang of car thieves in Baghdad.",
        "ألقت الشرطة العراقية القبض على عصابة لسرقة السيارات في بغداد.",
        "پلیس عراق یک باند سرقت خودرو را در بغداد دستگیر کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Palestinian police arrested a journalist in Ramallah.",
        "اعتقلت الشرطة الفلسطينية صحفيا في رام الله.",
        "پلیس فلسطین یک روزنامه‌نگار را در رام‌الله بازداشت کرد.",
        ("COERCE reported PSE:COP PSE:MED",),
    ),
    (
        "Houthi militants arrested dozens of students in Sanaa.",
        "اعتقل مسلحو الحوثي عشرات الطلاب في صنعاء.",
        "شبه‌نظامیان حوثی ده‌ها دانشجو را در صنعا بازداشت کردند.",
        ("COERCE reported YEM:REB YEM:EDU",),
    ),
    (
        "The Yemeni army killed dozens of Houthi rebels in Taiz.",
        "قتل الجيش اليمني العشرات من المتمردين الحوثيين في تعز.",
        "ارتش یمن ده‌ها شورشی حوثی را در تعز کشت.",
        ("ASSAULT reported YEM:MIL YEM:REB",),
    ),
    (
        "Kurdish fighters attacked a Syrian army position near Hasakah.",
        "هاجم مقاتلون أكراد موقعا للجيش السوري قرب الحسكة.",
        "جنگجویان کرد به یک موضع ارتش سوریه در نزدیکی حسکه حمله کردند.",
        ("ASSAULT reported SYR:REB SYR:MIL",),
    ),
    (
        "Syrian rebels shelled the city of Aleppo.",
        "قصف مقاتلو المعارضة السورية مدينة حلب.",
        "شورشیان سوری شهر حلب را گلوله‌باران کردند.",
        ("ASSAULT reported SYR:REB",),
    ),
    (
        "Libyan fighters clashed with the army in Benghazi.",
        "اشتبك مقاتلون ليبيون مع الجيش في بنغازي.",
        "جنگجویان لیبیایی با ارتش در بنغازی درگیر شدند.",
        ("ASSAULT reported LBY:REB LBY:MIL",),
    ),
    (
        "Somali soldiers killed five Al-Shabaab militants.",
        "قتل جنود صوماليون خمسة من مقاتلي حركة الشباب.",
        "سربازان سومالیایی پنج عضو الشباب را کشتند.",
        ("ASSAULT reported SOM:MIL SOM:REB",),
    ),
    (
        "Egyptian soldiers were killed in an attack in the Sinai.",
        "قتل جنود مصريون في هجوم في سيناء.",
        "سربازان مصری در حمله‌ای در سینا کشته شدند.",
        ("ASSAULT reported EGY:MIL",),
    ),
    (
        "The Lebanese army arrested a Syrian smuggler at the border.",
        "أوقف الجيش اللبناني مهربا سوريا على الحدود.",
        "ارتش لبنان یک قاچاقچی سوری را در مرز بازداشت کرد.",
        ("COERCE reported LBN:MIL SYR:CRM",),
    ),
    (
        "Bahraini protesters clashed with police in Manama.",
        "اشتبك محتجون بحرينيون مع الشرطة في المنامة.",
        "معترضان بحرینی با پلیس در منامه درگیر شدند.",
        ("ASSAULT reported BHR:CVL BHR:COP",),
    ),
    (
        "Moroccan teachers protested in Rabat.",
        "تظاهر أساتذة مغاربة في الرباط.",
        "معلمان مراکشی در رباط تظاهرات کردند.",
        ("PROTEST reported MAR:EDU MAR:GOV",),
    ),
    (
        "Algerian doctors protested in Algiers.",
        "احتج أطباء جزائريون في الجزائر العاصمة.",
        "پزشکان الجزایری در الجزیره اعتراض کردند.",
        ("PROTEST reported DZA:HLH DZA:GOV",),
    ),
    (
        "Jordanian nurses went on strike.",
        "أضرب ممرضون أردنيون عن العمل.",
        "پرستاران اردنی اعتصاب کردند.",
        ("PROTEST reported JOR:HLH JOR:GOV",),
    ),
    (
        "Egyptian journalists protested in Cairo.",
        "تظاهر صحفيون مصريون في القاهرة.",
        "روزنامه‌نگاران مصری در قاهره تظاهرات کردند.",
        ("PROTEST reported EGY:MED EGY:GOV",),
    ),
    (
        "Lebanese farmers protested in Beirut.",
        "تظاهر مزارعون لبنانيون في بيروت.",
        "کشاورزان لبنانی در بیروت تظاهرات کردند.",
        ("PROTEST reported LBN:CVL LBN:GOV",),
    ),
    (
        "Iraqi Christians protested in Erbil.",
        "تظاهر مسيحيون عراقيون في أربيل.",
        "مسیحیان عراقی در اربیل تظاهرات کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "Sudanese students clashed with police in Khartoum.",
        "اشتبك طلاب سودانيون مع الشرطة في الخرطوم.",
        "دانشجویان سودانی با پلیس در خارطوم درگیر شدند.",
        ("ASSAULT reported SDN:EDU SDN:COP",),
    ),
    (
        "A Jordanian court sentenced a journalist to prison.",
        "حكمت محكمة أردنية على صحفي بالسجن.",
        "یک دادگاه اردنی یک روزنامه‌نگار را به زندان محکوم کرد.",
        ("COERCE reported JOR:JUD JOR:MED",),
    ),
    (
        "An Egyptian court sentenced 20 students to prison.",
        "قضت محكمة مصرية بسجن 20 طالبا.",
        "یک دادگاه مصری ۲۰ دانشجو را به زندان محکوم کرد.",
        ("COERCE reported EGY:JUD EGY:EDU",),
    ),
    (
        "An Iraqi court sentenced three terrorists to death.",
        "حكمت محكمة عراقية بإعدام ثلاثة إرهابيين.",
        "یک دادگاه عراقی سه تروریست را به اعدام محکوم کرد.",
        ("COERCE reported IRQ:JUD IRQ:REB",),
    ),
    (
        "Israeli police arrested Palestinian students in Jerusalem.",
        "اعتقلت الشرطة الإسرائيلية طلابا فلسطينيين في القدس.",
        "پلیس اسرائیل دانشجویان فلسطینی را در بیت‌المقدس بازداشت کرد.",
        ("COERCE reported ISR:COP PSE:EDU",),
    ),
    (
        "Palestinian gunmen fired at Israeli soldiers.",
        "أطلق مسلحون فلسطينيون النار على جنود إسرائيليين.",
        "مردان مسلح فلسطینی به سوی سربازان اسرائیلی آتش گشودند.",
        ("ASSAULT reported PSE:UAF ISR:MIL",),
    ),
    (
        "Syrian migrants were arrested by Turkish police.",
        "اعتقلت الشرطة التركية مهاجرين سوريين.",
        "پلیس ترکیه مهاجران سوری را بازداشت کرد.",
        ("COERCE reported TUR:COP SYR:REF",),
    ),
    (
        "The Lebanese army deported Syrian refugees.",
        "رحل الجيش اللبناني لاجئين سوريين.",
        "ارتش لبنان پناهجویان سوری را اخراج کرد.",
        ("COERCE reported LBN:MIL SYR:REF",),
    ),
    (
        "Saudi police arrested a businessman in Riyadh.",
        "اعتقلت الشرطة السعودية رجل أعمال في الرياض.",
        "پلیس عربستان یک تاجر را در ریاض بازداشت کرد.",
        ("COERCE reported SAU:COP SAU:BUS",),
    ),
    (
        "Turkish police arrested 40 soldiers.",
        "اعتقلت الشرطة التركية 40 عسكريا.",
        "پلیس ترکیه ۴۰ نظامی را بازداشت کرد.",
        ("COERCE reported TUR:COP TUR:MIL",),
    ),
    (
        "Turkish prosecutors ordered the arrest of 30 judges.",
        "أمر المدعون العامون الأتراك باعتقال 30 قاضيا.",
        "دادستان‌های ترکیه دستور بازداشت ۳۰ قاضی را صادر کردند.",
        ("COERCE reported TUR:JUD",),
    ),
    (
        "Algerian workers protested in front of the ministry.",
        "احتج عمال جزائريون أمام الوزارة.",
        "کارگران الجزایری مقابل وزارتخانه اعتراض کردند.",
        ("PROTEST reported DZA:LAB DZA:GOV",),
    ),
    (
        "Workers at an Egyptian company went on strike.",
        "أضرب عمال شركة مصرية.",
        "کارگران یک شرکت مصری اعتصاب کردند.",
        ("PROTEST reported EGY:LAB EGY:BUS",),
    ),
    (
        "BAGHDAD - Police arrested three suspects on Monday.",
        "بغداد - اعتقلت الشرطة ثلاثة مشتبه بهم يوم الاثنين.",
        "بغداد - پلیس روز دوشنبه سه مظنون را بازداشت کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "CAIRO - Security forces arrested dozens of protesters on Friday.",
        "القاهرة - اعتقلت قوات الأمن العشرات من المحتجين يوم الجمعة.",
        "قاهره - نیروهای امنیتی روز جمعه ده‌ها معترض را بازداشت کردند.",
        ("COERCE reported EGY:COP EGY:CVL",),
    ),
    (
        "BEIRUT - Gunmen killed a soldier on Sunday.",
        "بيروت - قتل مسلحون جنديا يوم الأحد.",
        "بیروت - مردان مسلح روز یکشنبه یک سرباز را کشتند.",
        ("ASSAULT reported LBN:UAF LBN:MIL",),
    ),
    (
        "Human Rights Watch accused Egyptian security forces of torture.",
        "اتهمت منظمة هيومن رايتس ووتش قوات الأمن المصرية بالتعذيب.",
        "سازمان دیده‌بان حقوق بشر نیروهای امنیتی مصر را به شکنجه متهم کرد.",
        ("ACCUSE reported -:NGO EGY:COP",),
    ),
    (
        "Amnesty International accused the Bahraini authorities of torturing detainees.",
        "اتهمت منظمة العفو الدولية السلطات البحرينية بتعذيب المعتقلين.",
        "سازمان عفو بین‌الملل مقامات بحرین را به شکنجه بازداشت‌شدگان متهم کرد.",
        ("ACCUSE reported -:NGO BHR:GOV",),
    ),
    (
        "The arrest of the journalist by Egyptian police sparked anger.",
        "أثار اعتقال الشرطة المصرية للصحفي غضبا.",
        "بازداشت این روزنامه‌نگار توسط پلیس مصر خشم برانگیخت.",
        ("COERCE reported EGY:COP EGY:MED",),
    ),
    (
        "Dozens of protesters were arrested by security forces in Tehran.",
        "اعتقل العشرات من المحتجين من قبل قوات الأمن في طهران.",
        "ده‌ها معترض توسط نیروهای امنیتی در تهران بازداشت شدند.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Iraqi police said they arrested an ISIS member in Kirkuk.",
        "قالت الشرطة العراقية إنها اعتقلت عنصرا من داعش في كركوك.",
        "پلیس عراق گفت یک عضو داعش را در کرکوک بازداشت کرده است.",
        ("COERCE reported IRQ:COP IRQ:REB",),
    ),
    (
        "The Iraqi army said its soldiers killed ten militants.",
        "قال الجيش العراقي إن جنوده قتلوا عشرة مسلحين.",
        "ارتش عراق گفت سربازانش ده شبه‌نظامی را کشتند.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "The Jordanian authorities arrested leaders of the Muslim Brotherhood.",
        "اعتقلت السلطات الأردنية قياديين في جماعة الإخوان المسلمين.",
        "مقامات اردن رهبران اخوان‌المسلمین را بازداشت کردند.",
        ("COERCE reported JOR:GOV EGY:OPP",),
    ),
    (
        "Tribal gunmen blew up an oil pipeline in Marib.",
        "فجر مسلحون قبليون أنبوب نفط في مأرب.",
        "مردان مسلح قبیله‌ای یک خط لوله نفت را در مأرب منفجر کردند.",
        ("ASSAULT reported YEM:UAF",),
    ),
    (
        # agents67ar: captives held by a foe strike against whoever holds
        # them, not their own government (was "prisoners", PSE:GOV added)
        "Palestinian captives went on hunger strike.",
        "أضرب أسرى فلسطينيون عن الطعام.",
        "اسرای فلسطینی دست به اعتصاب غذا زدند.",
        ("PROTEST reported PSE:CVL",),
    ),
    (
        "The police beat the protesters in Khartoum.",
        "ضربت الشرطة المحتجين في الخرطوم.",
        "پلیس معترضان را در خارطوم کتک زد.",
        ("ASSAULT reported SDN:COP SDN:CVL",),
    ),
    (
        "A suicide bomber killed ten police officers in Kabul.",
        "قتل انتحاري عشرة من ضباط الشرطة في كابول.",
        "یک بمب‌گذار انتحاری ده افسر پلیس را در کابل کشت.",
        ("ASSAULT reported AFG:UAF AFG:COP",),
    ),
    (
        "A car bomb killed five civilians in Baghdad.",
        "قتلت سيارة مفخخة خمسة مدنيين في بغداد.",
        "یک خودروی بمب‌گذاری‌شده پنج غیرنظامی را در بغداد کشت.",
        ("ASSAULT reported IRQ:UAF IRQ:CVL",),
    ),
    (
        "Gunmen killed a judge in Baghdad.",
        "اغتال مسلحون قاضيا في بغداد.",
        "مردان مسلح یک قاضی را در بغداد ترور کردند.",
        ("ASSAULT reported IRQ:UAF IRQ:JUD",),
    ),
    (
        "A Yemeni journalist was killed by Houthi gunfire in Taiz.",
        "قتل صحفي يمني برصاص الحوثيين في تعز.",
        "یک روزنامه‌نگار یمنی با شلیک حوثی‌ها در تعز کشته شد.",
        ("ASSAULT reported YEM:REB YEM:MED",),
    ),
    (
        "Syrian Kurdish fighters arrested ISIS members.",
        "اعتقل المقاتلون الأكراد السوريون عناصر من داعش.",
        "جنگجویان کرد سوری اعضای داعش را بازداشت کردند.",
        ("COERCE reported SYR:REB -:REB",),
    ),
    (
        "Lebanese protesters demanded the resignation of the government.",
        "طالب المحتجون اللبنانيون باستقالة الحكومة.",
        "معترضان لبنانی خواستار استعفای دولت شدند.",
        ("REQUEST reported LBN:CVL LBN:GOV",),
    ),
    (
        "The Egyptian government arrested opposition leaders.",
        "اعتقلت الحكومة المصرية قادة المعارضة.",
        "دولت مصر رهبران مخالفان را بازداشت کرد.",
        ("COERCE reported EGY:GOV EGY:OPP",),
    ),
    (
        "Algerian police arrested a group of illegal migrants.",
        "أوقفت الشرطة الجزائرية مجموعة من المهاجرين غير الشرعيين.",
        "پلیس الجزایر گروهی از مهاجران غیرقانونی را بازداشت کرد.",
        ("COERCE reported DZA:COP -:REF",),
    ),
    (
        "Egyptian police seized weapons from smugglers in Sinai.",
        "ضبطت الشرطة المصرية أسلحة بحوزة مهربين في سيناء.",
        "پلیس مصر سلاح‌هایی را از قاچاقچیان در سینا کشف و ضبط کرد.",
        ("COERCE reported EGY:COP EGY:CRM",),
    ),
    (
        "Two Egyptian policemen were wounded in an attack by gunmen in Arish.",
        "أصيب شرطيان مصريان في هجوم لمسلحين في العريش.",
        "دو پلیس مصری در حمله مردان مسلح در العریش زخمی شدند.",
        ("ASSAULT reported EGY:UAF EGY:COP",),
    ),
    (
        "Two journalists were detained by Houthi militants in Sanaa.",
        "احتجز مسلحو الحوثي صحفيين اثنين في صنعاء.",
        "شبه‌نظامیان حوثی دو روزنامه‌نگار را در صنعا بازداشت کردند.",
        ("COERCE reported YEM:REB YEM:MED",),
    ),
    (
        "The Sudanese police arrested the leader of the opposition party.",
        "اعتقلت الشرطة السودانية زعيم حزب معارض.",
        "پلیس سودان رهبر یک حزب مخالف را بازداشت کرد.",
        ("COERCE reported SDN:COP SDN:OPP",),
    ),
    (
        "Egyptian police arrested members of the Muslim Brotherhood in Alexandria.",
        "اعتقلت الشرطة المصرية أعضاء في جماعة الإخوان المسلمين في الإسكندرية.",
        "پلیس مصر اعضای اخوان‌المسلمین را در اسکندریه بازداشت کرد.",
        ("COERCE reported EGY:COP EGY:OPP",),
    ),
    (
        "Tunisian security forces killed two terrorists in Kasserine.",
        "قتلت قوات الأمن التونسية إرهابيين اثنين في القصرين.",
        "نیروهای امنیتی تونس دو تروریست را در قصرین کشتند.",
        ("ASSAULT reported TUN:COP TUN:REB",),
    ),
    (
        "The Algerian army arrested three terrorists in Tizi Ouzou.",
        "أوقف الجيش الجزائري ثلاثة إرهابيين في تيزي وزو.",
        "ارتش الجزایر سه تروریست را در تیزی وزو بازداشت کرد.",
        ("COERCE reported DZA:MIL DZA:REB",),
    ),
    (
        "Iraqi police killed five militants in Kirkuk.",
        "قتلت الشرطة العراقية خمسة مسلحين في كركوك.",
        "پلیس عراق پنج شبه‌نظامی را در کرکوک کشت.",
        ("ASSAULT reported IRQ:COP IRQ:REB",),
    ),
    (
        "Gunmen kidnapped an Iraqi businessman in Basra.",
        "خطف مسلحون رجل أعمال عراقيا في البصرة.",
        "مردان مسلح یک تاجر عراقی را در بصره ربودند.",
        ("ASSAULT reported IRQ:UAF IRQ:BUS",),
    ),
    (
        "Lebanese students protested in front of the parliament.",
        "تظاهر طلاب لبنانيون أمام البرلمان.",
        "دانشجویان لبنانی مقابل پارلمان تظاهرات کردند.",
        ("PROTEST reported LBN:EDU LBN:LEG",),
    ),
    (
        "Kuwaiti teachers protested against the education ministry.",
        "احتج معلمون كويتيون على وزارة التربية.",
        "معلمان کویتی به وزارت آموزش اعتراض کردند.",
        ("PROTEST reported KWT:EDU KWT:GOV",),
    ),
    (
        "Palestinian workers went on strike in Gaza.",
        "أضرب عمال فلسطينيون في غزة.",
        "کارگران فلسطینی در غزه اعتصاب کردند.",
        ("PROTEST reported PSE:LAB",),
    ),
    (
        "An Iraqi court sentenced a former governor to prison.",
        "حكمت محكمة عراقية على محافظ سابق بالسجن.",
        "یک دادگاه عراقی یک استاندار سابق را به زندان محکوم کرد.",
        ("COERCE reported IRQ:JUD IRQ:",),
    ),
    (
        "A Lebanese judge ordered the release of a journalist.",
        "أمر قاض لبناني بالإفراج عن صحفي.",
        "یک قاضی لبنانی دستور آزادی یک روزنامه‌نگار را صادر کرد.",
        ("CONCEDE reported LBN:JUD LBN:MED",),
    ),
    (
        "Bahraini opposition activists accused the police of torture.",
        "اتهم ناشطون معارضون بحرينيون الشرطة بالتعذيب.",
        "فعالان مخالف بحرینی پلیس را به شکنجه متهم کردند.",
        ("ACCUSE reported BHR:OPP BHR:COP",),
    ),
    (
        "Jordanian police arrested a cleric in Amman.",
        "اعتقلت الشرطة الأردنية رجل دين في عمان.",
        "پلیس اردن یک روحانی را در امان بازداشت کرد.",
        ("COERCE reported JOR:COP JOR:REL",),
    ),
    (
        "Iranian authorities arrested a Sunni cleric.",
        "اعتقلت السلطات الإيرانية رجل دين سنيا.",
        "مقامات ایران یک روحانی سنی را بازداشت کردند.",
        ("COERCE reported IRN:GOV IRN:REL",),
    ),
    (
        "Afghan Taliban attacked a police post in Helmand.",
        "هاجمت حركة طالبان نقطة للشرطة في هلمند.",
        "طالبان به یک پاسگاه پلیس در هلمند حمله کردند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "Pakistani police arrested ten militants in Karachi.",
        "اعتقلت الشرطة الباكستانية عشرة متشددين في كراتشي.",
        "پلیس پاکستان ده شبه‌نظامی را در کراچی بازداشت کرد.",
        ("COERCE reported PAK:COP PAK:REB",),
    ),
    (
        "Turkish soldiers killed PKK militants in the southeast.",
        "قتل جنود أتراك مسلحين من حزب العمال الكردستاني في الجنوب الشرقي.",
        "سربازان ترک شبه‌نظامیان پ‌ک‌ک را در جنوب شرقی کشتند.",
        ("ASSAULT reported TUR:MIL TUR:REB",),
    ),
    (
        "Libyan gunmen kidnapped Egyptian workers.",
        "خطف مسلحون ليبيون عمالا مصريين.",
        "مردان مسلح لیبیایی کارگران مصری را ربودند.",
        ("ASSAULT reported LBY:UAF EGY:LAB",),
    ),
    (
        "Somali pirates seized a ship.",
        "استولى قراصنة صوماليون على سفينة.",
        "دزدان دریایی سومالیایی یک کشتی را توقیف کردند.",
        ("COERCE reported SOM:CRM",),
    ),
    (
        "The Syrian government released hundreds of detainees.",
        "أفرجت الحكومة السورية عن مئات المعتقلين.",
        "دولت سوریه صدها بازداشتی را آزاد کرد.",
        ("CONCEDE reported SYR:GOV SYR:CVL",),
    ),
    (
        "Egyptian authorities freed a jailed activist.",
        "أطلقت السلطات المصرية سراح ناشط مسجون.",
        "مقامات مصر یک فعال زندانی را آزاد کردند.",
        ("CONCEDE reported EGY:GOV EGY:OPP",),
    ),
    (
        "Iraqi police arrested a drug dealer in Basra.",
        "اعتقلت الشرطة العراقية تاجر مخدرات في البصرة.",
        "پلیس عراق یک فروشنده مواد مخدر را در بصره بازداشت کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Moroccan police arrested dozens of migrants in Tangier.",
        "اعتقلت الشرطة المغربية عشرات المهاجرين في طنجة.",
        "پلیس مراکش ده‌ها مهاجر را در طنجه بازداشت کرد.",
        ("COERCE reported MAR:COP -:REF",),
    ),
    (
        "Iraqi security forces arrested two suspects in Baghdad.",
        "ألقت قوات الأمن العراقية القبض على مشتبه بهما في بغداد.",
        "نیروهای امنیتی عراق دو مظنون را در بغداد دستگیر کردند.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Three policemen were wounded in an attack by gunmen in Kirkuk.",
        "أصيب ثلاثة من رجال الشرطة بهجوم لمسلحين في كركوك.",
        "سه پلیس در حمله مردان مسلح در کرکوک زخمی شدند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "The Lebanese army killed two militants in Arsal.",
        "قتل الجيش اللبناني مسلحين اثنين في عرسال.",
        "ارتش لبنان دو شبه‌نظامی را در عرسال کشت.",
        ("ASSAULT reported LBN:MIL LBN:REB",),
    ),
    (
        "The Egyptian army killed militants in northern Sinai.",
        "قتل الجيش المصري مسلحين في شمال سيناء.",
        "ارتش مصر شبه‌نظامیانی را در شمال سینا کشت.",
        ("ASSAULT reported EGY:MIL EGY:REB",),
    ),
    (
        "Gunmen shot dead a Libyan judge in Derna.",
        "قتل مسلحون قاضيا ليبيا في درنة.",
        "مردان مسلح یک قاضی لیبیایی را در درنه کشتند.",
        ("ASSAULT reported LBY:UAF LBY:JUD",),
    ),
    (
        "The Lebanese government banned demonstrations in Beirut.",
        "منعت الحكومة اللبنانية المظاهرات في بيروت.",
        "دولت لبنان تظاهرات را در بیروت ممنوع کرد.",
        ("COERCE reported LBN:GOV",),
    ),
    (
        "Iraqi authorities banned protests in Basra.",
        "حظرت السلطات العراقية الاحتجاجات في البصرة.",
        "مقامات عراق اعتراضات را در بصره ممنوع کردند.",
        ("COERCE reported IRQ:GOV",),
    ),
    (
        "The Egyptian government banned gatherings in Cairo.",
        "حظرت الحكومة المصرية التجمعات في القاهرة.",
        "دولت مصر تجمعات را در قاهره ممنوع کرد.",
        ("COERCE reported EGY:GOV",),
    ),
    (
        "Iraqi police arrested three suspects in Mosul.",
        "اعتقلت الشرطة العراقية ثلاثة مشتبه بهم في الموصل.",
        "پلیس عراق سه مظنون را در موصل بازداشت کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Egyptian police arrested two brothers in Cairo.",
        "اعتقلت الشرطة المصرية شقيقين في القاهرة.",
        "پلیس مصر دو برادر را در قاهره بازداشت کرد.",
        ("COERCE reported EGY:COP",),
    ),
    (
        "Syrian security forces arrested dozens of young men in Daraa.",
        "اعتقلت قوات الأمن السورية عشرات الشبان في درعا.",
        "نیروهای امنیتی سوریه ده‌ها جوان را در درعا بازداشت کردند.",
        ("COERCE reported SYR:COP SYR:CVL",),
    ),
    (
        "Kuwaiti authorities arrested a blogger.",
        "اعتقلت السلطات الكويتية مدونا.",
        "مقامات کویت یک وبلاگ‌نویس را بازداشت کردند.",
        ("COERCE reported KWT:GOV KWT:MED",),
    ),
    (
        "Omani police arrested three activists.",
        "اعتقلت الشرطة العمانية ثلاثة ناشطين.",
        "پلیس عمان سه فعال را بازداشت کرد.",
        ("COERCE reported OMN:COP OMN:OPP",),
    ),
    (
        "Qatari police arrested two workers.",
        "اعتقلت الشرطة القطرية عاملين اثنين.",
        "پلیس قطر دو کارگر را بازداشت کرد.",
        ("COERCE reported QAT:COP QAT:LAB",),
    ),
    (
        "Bahraini police arrested a Shiite cleric.",
        "اعتقلت الشرطة البحرينية رجل دين شيعيا.",
        "پلیس بحرین یک روحانی شیعه را بازداشت کرد.",
        ("COERCE reported BHR:COP BHR:REL",),
    ),
    (
        "Jordanian protesters blocked a highway.",
        "أغلق محتجون أردنيون طريقا سريعا.",
        "معترضان اردنی یک بزرگراه را بستند.",
        ("PROTEST reported JOR:CVL JOR:GOV",),
    ),
    (
        "Sudanese doctors went on strike.",
        "أضرب الأطباء السودانيون عن العمل.",
        "پزشکان سودانی اعتصاب کردند.",
        ("PROTEST reported SDN:HLH SDN:GOV",),
    ),
    (
        "Egyptian workers went on strike in Mahalla.",
        "أضرب عمال مصريون في المحلة.",
        "کارگران مصری در محله اعتصاب کردند.",
        ("PROTEST reported EGY:LAB",),
    ),
    (
        "Moroccan students protested in Casablanca.",
        "احتج طلاب مغاربة في الدار البيضاء.",
        "دانشجویان مراکشی در کازابلانکا اعتراض کردند.",
        ("PROTEST reported MAR:EDU MAR:GOV",),
    ),
    (
        "Israeli forces arrested Palestinian students in Nablus.",
        "اعتقلت القوات الإسرائيلية طلابا فلسطينيين في نابلس.",
        "نیروهای اسرائیلی دانشجویان فلسطینی را در نابلس بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:EDU",),
    ),
    (
        "Israeli settlers attacked Palestinian shepherds.",
        "هاجم مستوطنون إسرائيليون رعاة فلسطينيين.",
        "شهرک‌نشینان اسرائیلی به چوپانان فلسطینی حمله کردند.",
        ("ASSAULT reported ISR:CVL PSE:CVL",),
    ),
    (
        "Israeli police arrested Palestinian workers in Tel Aviv.",
        "اعتقلت الشرطة الإسرائيلية عمالا فلسطينيين في تل أبيب.",
        "پلیس اسرائیل کارگران فلسطینی را در تل‌آویو بازداشت کرد.",
        ("COERCE reported ISR:COP PSE:LAB",),
    ),
    (
        "Yemeni security forces arrested members of al-Qaeda in Aden.",
        "اعتقلت قوات الأمن اليمنية عناصر من تنظيم القاعدة في عدن.",
        "نیروهای امنیتی یمن اعضای القاعده را در عدن بازداشت کردند.",
        ("COERCE reported YEM:COP YEM:REB",),
    ),
    (
        "Iraqi security forces killed a suicide bomber in Baghdad.",
        "قتلت قوات الأمن العراقية انتحاريا في بغداد.",
        "نیروهای امنیتی عراق یک بمب‌گذار انتحاری را در بغداد کشتند.",
        ("ASSAULT reported IRQ:COP IRQ:UAF",),
    ),
    (
        "Syrian refugees were arrested by Lebanese soldiers.",
        "اعتقل جنود لبنانيون لاجئين سوريين.",
        "سربازان لبنانی پناهجویان سوری را بازداشت کردند.",
        ("COERCE reported LBN:MIL SYR:REF",),
    ),
    (
        "Afghan refugees were deported by Iranian police.",
        "رحلت الشرطة الإيرانية لاجئين أفغانا.",
        "پلیس ایران پناهجویان افغان را اخراج کرد.",
        ("COERCE reported IRN:COP AFG:REF",),
    ),
    (
        "The Iraqi army killed twenty militants in Anbar.",
        "قتل الجيش العراقي عشرين مسلحا في الأنبار.",
        "ارتش عراق بیست شبه‌نظامی را در الانبار کشت.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Yemeni police killed three militants in Aden.",
        "قتلت الشرطة اليمنية ثلاثة مسلحين في عدن.",
        "پلیس یمن سه شبه‌نظامی را در عدن کشت.",
        ("ASSAULT reported YEM:COP YEM:REB",),
    ),
    (
        "Libyan forces killed militants in Sirte.",
        "قتلت القوات الليبية مسلحين في سرت.",
        "نیروهای لیبی شبه‌نظامیانی را در سرت کشتند.",
        ("ASSAULT reported LBY:MIL LBY:REB",),
    ),
    (
        "Tunisian police banned a demonstration in Tunis.",
        "منعت الشرطة التونسية مظاهرة في تونس العاصمة.",
        "پلیس تونس یک تظاهرات را در شهر تونس ممنوع کرد.",
        ("COERCE reported TUN:COP",),
    ),
    (
        "Kuwaiti authorities banned all gatherings.",
        "حظرت السلطات الكويتية كل التجمعات.",
        "مقامات کویت همه تجمعات را ممنوع کردند.",
        ("COERCE reported KWT:GOV",),
    ),
    (
        "Gunmen killed a police officer in Sanaa.",
        "قتل مسلحون ضابطا في الشرطة في صنعاء.",
        "مردان مسلح یک افسر پلیس را در صنعا کشتند.",
        ("ASSAULT reported YEM:UAF YEM:COP",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_agree(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    expected = set(want)
    assert _read(en, "en") == expected
    assert _read(ar, "ar") == expected
    assert _read(fa, "fa") == expected


# One language only: what a rule must not take.
CASES: list[tuple[str, str, set[str]]] = [
    # armed men who strike stay unknown gunmen, and unknown gunmen arrested too
    ("قتل مسلحون شرطيين في بغداد.", "ar", {"ASSAULT reported IRQ:UAF IRQ:COP"}),
    ("اعتقلت الشرطة العراقية مسلحين مجهولين.", "ar", {"COERCE reported IRQ:COP IRQ:UAF"}),
    # a protest dispersed was held: only a ban undoes it
    (
        "فرقت الشرطة الجزائرية المتظاهرين في الجزائر العاصمة.",
        "ar",
        {"COERCE reported DZA:COP DZA:CVL"},
    ),
    ("تظاهر آلاف العراقيين في بغداد ضد الحكومة.", "ar", {"PROTEST reported IRQ:CVL IRQ:GOV"}),
    # an army officer stays of the army
    ("اغتال مسلحون ضابطا في الجيش العراقي.", "ar", {"ASSAULT reported -:UAF IRQ:MIL"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # protesters setting fire with "أضرم … النار" and no named target are
    # read as the victims of unknown attackers
    (
        "أضرم محتجون النار في مركز للشرطة في البصرة.",
        "ar",
        {"ASSAULT reported IRQ:CVL IRQ:COP"},
    ),
    # a bank attacked: English and Persian read the bank as a business
    (
        "هاجم مسلحون مصرفا في بغداد.",
        "ar",
        {"ASSAULT reported IRQ:UAF IRQ:BUS"},
    ),
    # English "shot" a person is no attack yet
    (
        "Israeli soldiers shot a Palestinian protester.",
        "en",
        {"ASSAULT reported ISR:MIL PSE:CVL"},
    ),
    # Persian MPs ("نمایندگان") read as government
    (
        "نمایندگان کویتی دولت را به دلیل فساد مورد انتقاد قرار دادند.",
        "fa",
        {"ACCUSE reported KWT:LEG KWT:GOV"},
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
