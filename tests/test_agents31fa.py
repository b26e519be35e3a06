"""Persian agents read as the same event told in English and Arabic reads
them (round 31, agents31fa): police, soldiers, guards, officials, clerics,
workers, refugees, smugglers and civilians, with their country from an
adjective, a place or none. Every sentence was written for these tests, in
natural news wording for each language, not word for word.

Rules added in this round so that the triples below agree:

- parties and groups of an ethnic opposition with the people named between
  the noun and "مخالف" ("احزاب کرد مخالف") are the opposition (OPP), as
  "احزاب مخالف" already was and as "Kurdish opposition parties" is read;
- "ترک" (a Turk; also "leaving" and Iran's own Turkish speakers) names
  Turkey only right after the noun of its armed men or police ("سربازان
  ترک", "پلیس ترک"), as "ترکیه‌ای" and English "Turkish" are read;
- a Baha'i and a tourist after a number or "یک" ("سه بهایی", "یک گردشگر")
  are civilians, as English "Baha'is", "a tourist" are read;
- a state's aircraft ("هواپیماهای اسرائیلی") are its air force, as
  "جنگنده‌های" and Arabic "طائرات إسرائيلية" are read; aircraft of no
  state name no one;
- drivers, employees, pensioners, fishermen and shopkeepers who gather
  ("رانندگان کامیون … تجمع کردند") protest, as the other working groups do;
- retirees and pensioners ("بازنشستگان", "مستمری‌بگیران") are civilians,
  as English "retirees" and Arabic "متقاعدون" are read; their unions
  ("کانون بازنشستگان") stay labour;
- a judicial council ("شورای عالی قضایی") and its head are the judiciary;
- the state's forces by the adjective of its rule ("نیروهای حکومتی",
  "نیروهای وابسته به حکومت") are one actor, its armed forces, as
  "نیروهای دولتی" and "government forces" are read, not forces and a
  government beside them;
- the police understood in an arrest told in the passive are of the place,
  else of the people held ("دانشجویان ایرانی بازداشت شدند": Iran's
  police), as English and Arabic read them (the common rule), no longer of
  no country where no place is written;
- "چند" (several) counts people as "چندین" does ("چند فعال عراقی").
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Turkish police arrested twenty protesters in Istanbul on Monday.",
        "اعتقلت الشرطة التركية عشرين متظاهرا في إسطنبول يوم الاثنين.",
        "پلیس ترکیه روز دوشنبه بیست معترض را در استانبول بازداشت کرد.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    (
        "Security forces arrested a number of residents in Kabul.",
        "اعتقلت قوات الأمن عددا من السكان في كابول.",
        "نیروهای امنیتی شماری از ساکنان را در کابل بازداشت کردند.",
        ("COERCE reported AFG:COP AFG:CVL",),
    ),
    (
        "Iranian police officers detained a group of students in Tehran.",
        "احتجز عناصر من الشرطة الإيرانية مجموعة من الطلاب في طهران.",
        "ماموران پلیس ایران گروهی از دانشجویان را در تهران بازداشت کردند.",
        ("COERCE reported IRN:COP IRN:EDU",),
    ),
    (
        "A court in Tehran sentenced a journalist to five years in prison.",
        "حكمت محكمة في طهران على صحفي بالسجن خمس سنوات.",
        "دادگاهی در تهران یک خبرنگار را به پنج سال زندان محکوم کرد.",
        ("COERCE reported IRN:JUD IRN:MED",),
    ),
    (
        "Members of the Iranian parliament criticised the foreign minister.",
        "انتقد أعضاء في البرلمان الإيراني وزير الخارجية.",
        "اعضای مجلس ایران از وزیر امور خارجه انتقاد کردند.",
        ("ACCUSE reported IRN:LEG IRN:GOV",),
    ),
    (
        "Workers of the Haft Tappeh sugar company went on strike in Iran.",
        "أضرب عمال شركة هفت تبه للسكر في إيران.",
        "کارگران شرکت نیشکر هفت\u200cتپه در ایران اعتصاب کردند.",
        # extra37: a strike of workers aims at their employer, not at a
        # government understood
        ("PROTEST reported IRN:LAB IRN:BUS",),
    ),
    (
        "Taliban fighters attacked a police checkpoint in Kandahar.",
        "هاجم مقاتلو طالبان نقطة تفتيش للشرطة في قندهار.",
        "جنگجویان طالبان به یک پاسگاه پلیس در قندهار حمله کردند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "The Iraqi army shelled positions of Islamic State militants.",
        "قصف الجيش العراقي مواقع لمسلحي تنظيم الدولة الإسلامية.",
        "ارتش عراق مواضع شبه\u200cنظامیان داعش را گلوله\u200cباران کرد.",
        ("ASSAULT reported IRQ:MIL -:REB",),
    ),
    (
        "Israeli soldiers arrested ten Palestinians in the West Bank.",
        "اعتقل جنود إسرائيليون عشرة فلسطينيين في الضفة الغربية.",
        "سربازان اسرائیلی ده فلسطینی را در کرانه باختری بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    (
        "The Iranian foreign minister met the Iraqi ambassador in Tehran.",
        "التقى وزير الخارجية الإيراني السفير العراقي في طهران.",
        "وزیر امور خارجه ایران با سفیر عراق در تهران دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "A Revolutionary Guards general threatened Israel.",
        "هدد جنرال في الحرس الثوري إسرائيل.",
        "یک سردار سپاه پاسداران اسرائیل را تهدید کرد.",
        ("THREATEN reported IRN:MIL ISR:",),
    ),
    (
        "The Tehran prosecutor charged two journalists with spreading lies.",
        "اتهم المدعي العام في طهران صحفيين اثنين بنشر الأكاذيب.",
        "دادستان تهران دو خبرنگار را به نشر اکاذیب متهم کرد.",
        ("ACCUSE reported IRN:JUD IRN:MED",),
    ),
    (
        "Iranian teachers protested in front of parliament on Sunday.",
        "احتج معلمون إيرانيون أمام البرلمان يوم الأحد.",
        "معلمان ایرانی روز یکشنبه مقابل مجلس تجمع کردند.",
        ("PROTEST reported IRN:EDU IRN:LEG",),
    ),
    (
        "Iranian nurses went on strike over unpaid wages.",
        "أضرب ممرضون إيرانيون بسبب الأجور غير المدفوعة.",
        "پرستاران ایرانی به دلیل دستمزدهای پرداخت\u200cنشده اعتصاب کردند.",
        ("PROTEST reported IRN:HLH IRN:GOV",),
    ),
    (
        "Afghan farmers protested against the Taliban in Helmand.",
        "احتج مزارعون أفغان على حركة طالبان في هلمند.",
        "کشاورزان افغان در هلمند علیه طالبان اعتراض کردند.",
        ("PROTEST reported AFG:CVL AFG:REB AFG:GOV",),
    ),
    (
        "Turkish police deported hundreds of Afghan migrants.",
        "رحلت الشرطة التركية مئات المهاجرين الأفغان.",
        "پلیس ترکیه صدها مهاجر افغان را اخراج کرد.",
        ("COERCE reported TUR:COP AFG:REF",),
    ),
    (
        "An Iranian cleric called on the government to release prisoners.",
        "دعا رجل دين إيراني الحكومة إلى الإفراج عن السجناء.",
        "یک روحانی ایرانی از دولت خواست زندانیان را آزاد کند.",
        ("REQUEST reported IRN:REL IRN:GOV",),
    ),
    (
        "Members of the Basij attacked students at Tehran University.",
        "هاجم عناصر من الباسيج طلابا في جامعة طهران.",
        "اعضای بسیج به دانشجویان در دانشگاه تهران حمله کردند.",
        ("ASSAULT reported IRN:MIL IRN:EDU",),
    ),
    (
        "Iranian border guards killed two smugglers.",
        "قتل حرس الحدود الإيراني مهربين اثنين.",
        "مرزبانان ایرانی دو قاچاقچی را کشتند.",
        ("ASSAULT reported IRN:COP IRN:CRM",),
    ),
    (
        "The head of the workers' union in Iran was arrested.",
        "اعتقل رئيس نقابة العمال في إيران.",
        "رئیس اتحادیه کارگران در ایران بازداشت شد.",
        ("COERCE reported IRN:COP IRN:LAB",),
    ),
    (
        "Unknown gunmen killed a cleric in Zahedan.",
        "قتل مسلحون مجهولون رجل دين في زاهدان.",
        "افراد مسلح ناشناس یک روحانی را در زاهدان کشتند.",
        ("ASSAULT reported IRN:UAF IRN:REL",),
    ),
    (
        "Pakistani police arrested a journalist in Karachi.",
        "اعتقلت الشرطة الباكستانية صحفيا في كراتشي.",
        "پلیس پاکستان یک خبرنگار را در کراچی بازداشت کرد.",
        ("COERCE reported PAK:COP PAK:MED",),
    ),
    (
        "The Iranian army conducted a military exercise near the border.",
        "أجرى الجيش الإيراني مناورات عسكرية قرب الحدود.",
        "ارتش ایران در نزدیکی مرز رزمایش نظامی برگزار کرد.",
        ("MOBILIZE reported IRN:MIL",),
    ),
    (
        "Iraqi security forces killed protesters in Nasiriyah.",
        "قتلت قوات الأمن العراقية متظاهرين في الناصرية.",
        "نیروهای امنیتی عراق معترضان را در ناصریه کشتند.",
        ("ASSAULT reported IRQ:COP IRQ:CVL",),
    ),
    (
        "Intelligence agents arrested a university professor in Tehran.",
        "اعتقل عناصر الاستخبارات أستاذا جامعيا في طهران.",
        "ماموران اطلاعاتی یک استاد دانشگاه را در تهران بازداشت کردند.",
        ("COERCE reported IRN:COP IRN:EDU",),
    ),
    (
        "The CEO of an Iranian company was arrested in Tehran.",
        "اعتقل المدير التنفيذي لشركة إيرانية في طهران.",
        "مدیرعامل یک شرکت ایرانی در تهران بازداشت شد.",
        ("COERCE reported IRN:COP IRN:BUS",),
    ),
    (
        "Iranian doctors protested against the health ministry.",
        "احتج أطباء إيرانيون على وزارة الصحة.",
        "پزشکان ایرانی به وزارت بهداشت اعتراض کردند.",
        ("PROTEST reported IRN:HLH IRN:GOV",),
    ),
    (
        "The Taliban released a group of prisoners in Kabul.",
        "أفرجت حركة طالبان عن مجموعة من السجناء في كابول.",
        "طالبان گروهی از زندانیان را در کابل آزاد کرد.",
        ("CONCEDE reported AFG:REB AFG:CVL",),
    ),
    (
        "Police in Kabul arrested three women activists.",
        "اعتقلت الشرطة في كابول ثلاث ناشطات.",
        "پلیس در کابل سه فعال زن را بازداشت کرد.",
        ("COERCE reported AFG:COP AFG:OPP",),
    ),
    (
        "The Iraqi prime minister met a delegation of Kurdish parties.",
        "التقى رئيس الوزراء العراقي وفدا من الأحزاب الكردية.",
        "نخست\u200cوزیر عراق با هیئتی از احزاب کرد دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRQ:PTY",),
    ),
    (
        "Agents of the Taliban arrested a journalist in Herat.",
        "اعتقل عناصر من طالبان صحفيا في هرات.",
        "عوامل طالبان یک خبرنگار را در هرات بازداشت کردند.",
        ("COERCE reported AFG:REB AFG:MED",),
    ),
    (
        "Israeli forces killed two Palestinians in Jenin.",
        "قتلت القوات الإسرائيلية فلسطينيين اثنين في جنين.",
        "نیروهای اسرائیلی دو فلسطینی را در جنین کشتند.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "Members of the Iraqi parliament met the Iranian ambassador in Baghdad.",
        "التقى أعضاء في البرلمان العراقي السفير الإيراني في بغداد.",
        "شماری از نمایندگان مجلس عراق با سفیر ایران در بغداد دیدار کردند.",
        ("CONSULT reported IRQ:LEG IRN:GOV",),
    ),
    (
        "Iranian police arrested members of a smuggling gang in Kerman.",
        "اعتقلت الشرطة الإيرانية أعضاء عصابة تهريب في كرمان.",
        "پلیس ایران اعضای یک باند قاچاق را در کرمان دستگیر کرد.",
        ("COERCE reported IRN:COP IRN:CRM",),
    ),
    (
        "Residents of Zahedan protested against the police.",
        "احتج سكان زاهدان على الشرطة.",
        "مردم زاهدان علیه پلیس اعتراض کردند.",
        ("PROTEST reported IRN:CVL IRN:COP",),
    ),
    (
        "Iranian citizens protested in front of the Saudi embassy in Tehran.",
        "احتج مواطنون إيرانيون أمام السفارة السعودية في طهران.",
        "شهروندان ایرانی مقابل سفارت عربستان در تهران تجمع کردند.",
        ("PROTEST reported IRN:CVL SAU:GOV",),
    ),
    (
        "Iranian police arrested a number of Afghan migrants in Tehran.",
        "اعتقلت الشرطة الإيرانية عددا من المهاجرين الأفغان في طهران.",
        "پلیس ایران شماری از مهاجران افغان را در تهران دستگیر کرد.",
        ("COERCE reported IRN:COP AFG:REF",),
    ),
    (
        "Afghan police seized weapons from smugglers in Herat.",
        "صادرت الشرطة الأفغانية أسلحة من مهربين في هرات.",
        "پلیس افغانستان سلاح\u200cهایی را از قاچاقچیان در هرات ضبط کرد.",
        ("COERCE reported AFG:COP AFG:CRM",),
    ),
    (
        "Iraqi judges sentenced five members of the Islamic State to death.",
        "حكم قضاة عراقيون على خمسة من عناصر تنظيم الدولة الإسلامية بالإعدام.",
        "قضات عراقی پنج عضو داعش را به اعدام محکوم کردند.",
        ("COERCE reported IRQ:JUD -:REB",),
    ),
    (
        "The Iranian ambassador in Baghdad met Iraqi Shiite clerics.",
        "التقى السفير الإيراني في بغداد رجال دين شيعة عراقيين.",
        "سفیر ایران در بغداد با روحانیون شیعه عراقی دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:REL",),
    ),
    (
        "An Iranian MP criticised the government over inflation.",
        "انتقد نائب إيراني الحكومة بسبب التضخم.",
        "یک نماینده مجلس ایران از دولت به دلیل تورم انتقاد کرد.",
        ("ACCUSE reported IRN:LEG IRN:GOV",),
    ),
    (
        "The secretary-general of Hezbollah threatened Israel.",
        "هدد الأمين العام لحزب الله إسرائيل.",
        "دبیرکل حزب\u200cالله اسرائیل را تهدید کرد.",
        ("THREATEN reported LBN:REB ISR:",),
    ),
    (
        "Ayatollah Khamenei criticised the United States.",
        "انتقد آية الله خامنئي الولايات المتحدة.",
        "آیت\u200cالله خامنه\u200cای از آمریکا انتقاد کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "Iranian truck drivers went on strike in several cities.",
        "أضرب سائقو الشاحنات الإيرانيون في عدة مدن.",
        "رانندگان کامیون ایرانی در چند شهر اعتصاب کردند.",
        ("PROTEST reported IRN:LAB",),
    ),
    (
        "Afghan migrants clashed with Iranian border guards.",
        "اشتبك مهاجرون أفغان مع حرس الحدود الإيراني.",
        "مهاجران افغان با مرزبانان ایرانی درگیر شدند.",
        ("ASSAULT reported AFG:REF IRN:COP",),
    ),
    (
        "Turkish soldiers arrested Syrian refugees at the border.",
        "اعتقل جنود أتراك لاجئين سوريين على الحدود.",
        "سربازان ترک پناهجویان سوری را در مرز بازداشت کردند.",
        ("COERCE reported TUR:MIL SYR:REF",),
    ),
    (
        "A unit of the Iraqi army clashed with fighters of the Islamic State.",
        "اشتبكت وحدة من الجيش العراقي مع مقاتلي داعش.",
        "یک یگان از ارتش عراق با جنگجویان داعش درگیر شد.",
        ("ASSAULT reported IRQ:MIL -:REB",),
    ),
    (
        "Syrian army troops attacked rebel positions in Idlib.",
        "هاجمت قوات الجيش السوري مواقع المتمردين في إدلب.",
        "نیروهای ارتش سوریه به مواضع شورشیان در ادلب حمله کردند.",
        ("ASSAULT reported SYR:MIL SYR:REB",),
    ),
    (
        "Iranian police arrested three Baha'is in Shiraz.",
        "اعتقلت الشرطة الإيرانية ثلاثة بهائيين في شيراز.",
        "پلیس ایران سه بهایی را در شیراز بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Iranian authorities arrested a French tourist.",
        "اعتقلت السلطات الإيرانية سائحا فرنسيا.",
        "مقامات ایران یک گردشگر فرانسوی را بازداشت کردند.",
        ("COERCE reported IRN:GOV FRA:CVL",),
    ),
    (
        "Iranian retirees protested in front of the parliament.",
        "احتج متقاعدون إيرانيون أمام البرلمان.",
        "بازنشستگان ایرانی مقابل مجلس تجمع کردند.",
        ("PROTEST reported IRN:CVL IRN:LEG",),
    ),
    (
        "The Iranian police chief threatened protesters.",
        "هدد قائد الشرطة الإيرانية المحتجين.",
        "فرمانده پلیس ایران معترضان را تهدید کرد.",
        ("THREATEN reported IRN:COP IRN:CVL",),
    ),
    (
        "A Lebanese army unit arrested Syrian smugglers.",
        "اعتقلت وحدة من الجيش اللبناني مهربين سوريين.",
        "یک واحد از ارتش لبنان قاچاقچیان سوری را دستگیر کرد.",
        ("COERCE reported LBN:MIL SYR:CRM",),
    ),
    (
        "Iraqi militias attacked an American base.",
        "هاجمت ميليشيات عراقية قاعدة أمريكية.",
        "شبه\u200cنظامیان عراقی به یک پایگاه آمریکایی حمله کردند.",
        ("ASSAULT reported IRQ:REB USA:",),
    ),
    (
        "The Afghan government accused Pakistan of supporting the Taliban.",
        "اتهمت الحكومة الأفغانية باكستان بدعم طالبان.",
        "حکومت افغانستان پاکستان را به حمایت از طالبان متهم کرد.",
        ("ACCUSE reported AFG:GOV PAK:",),
    ),
    (
        "The government arrested dozens of protesters in Tehran.",
        "اعتقلت الحكومة عشرات المحتجين في طهران.",
        "دولت ده\u200cها معترض را در تهران بازداشت کرد.",
        ("COERCE reported IRN:GOV IRN:CVL",),
    ),
    (
        "The Taliban government arrested a former army officer in Kabul.",
        "اعتقلت حكومة طالبان ضابطا سابقا في الجيش في كابول.",
        "حکومت طالبان یک افسر سابق ارتش را در کابل بازداشت کرد.",
        ("COERCE reported AFG:REB AFG:MIL",),
    ),
    (
        "An Iranian judge sentenced a rapper to death.",
        "حكم قاض إيراني على مغني راب بالإعدام.",
        "یک قاضی ایرانی یک خواننده رپ را به اعدام محکوم کرد.",
        # agents70fa: the rapper sentenced is a civilian, as artists are
        ("COERCE reported IRN:JUD IRN:CVL",),
    ),
    (
        "Iraqi police arrested a drug dealer in Basra.",
        "اعتقلت الشرطة العراقية تاجر مخدرات في البصرة.",
        "پلیس عراق یک فروشنده مواد مخدر را در بصره دستگیر کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Iraqi police arrested drug traffickers in Basra.",
        "اعتقلت الشرطة العراقية مهربي مخدرات في البصرة.",
        "پلیس عراق قاچاقچیان مواد مخدر را در بصره دستگیر کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Afghan soldiers killed ten Taliban fighters.",
        "قتل جنود أفغان عشرة من مقاتلي طالبان.",
        "سربازان افغان ده جنگجوی طالبان را کشتند.",
        ("ASSAULT reported AFG:MIL AFG:REB",),
    ),
    (
        "Iranian prisoners went on hunger strike in Evin prison.",
        "أضرب سجناء إيرانيون عن الطعام في سجن إيفين.",
        "زندانیان ایرانی در زندان اوین دست به اعتصاب غذا زدند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "The Iranian health minister met doctors in Tehran.",
        "التقى وزير الصحة الإيراني أطباء في طهران.",
        "وزیر بهداشت ایران با پزشکان در تهران دیدار کرد.",
        ("CONSULT reported IRN:GOV IRN:HLH",),
    ),
    (
        "Gunmen killed a Revolutionary Guards commander in Sistan and Baluchestan.",
        "قتل مسلحون قائدا في الحرس الثوري في سيستان وبلوشستان.",
        "افراد مسلح یک فرمانده سپاه را در سیستان و بلوچستان کشتند.",
        ("ASSAULT reported IRN:UAF IRN:MIL",),
    ),
    (
        "An Iranian Friday prayer leader threatened Israel.",
        "هدد خطيب جمعة إيراني إسرائيل.",
        "یک امام جمعه ایرانی اسرائیل را تهدید کرد.",
        ("THREATEN reported IRN:REL ISR:",),
    ),
    (
        "Afghan women protested against the Taliban in Kabul.",
        "تظاهرت نساء أفغانيات ضد طالبان في كابول.",
        "زنان افغان در کابل علیه طالبان تظاهرات کردند.",
        ("PROTEST reported AFG:CVL AFG:REB AFG:GOV",),
    ),
    (
        "Pakistani border guards fired on Afghan civilians.",
        "أطلق حرس الحدود الباكستاني النار على مدنيين أفغان.",
        "مرزبانان پاکستانی به سوی غیرنظامیان افغان تیراندازی کردند.",
        ("ASSAULT reported PAK:COP AFG:CVL",),
    ),
    (
        "Iranian police fired tear gas at protesters in Mahabad.",
        "أطلقت الشرطة الإيرانية الغاز المسيل للدموع على المحتجين في مهاباد.",
        "پلیس ایران به سوی معترضان در مهاباد گاز اشک\u200cآور شلیک کرد.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    (
        "Syrian rebels attacked Syrian army positions.",
        "هاجم متمردون سوريون مواقع الجيش السوري.",
        "شورشیان سوری به مواضع ارتش سوریه حمله کردند.",
        ("ASSAULT reported SYR:REB SYR:MIL",),
    ),
    (
        "Iranian villagers protested against a dam project.",
        "احتج قرويون إيرانيون على مشروع سد.",
        "روستاییان ایرانی به طرح سدسازی اعتراض کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "Afghan students protested in Kabul against the closure of schools.",
        "احتج طلاب أفغان في كابول على إغلاق المدارس.",
        "دانش\u200cآموزان افغان در کابل به بسته شدن مدارس اعتراض کردند.",
        ("PROTEST reported AFG:EDU AFG:GOV",),
    ),
    (
        "Taliban forces arrested a number of former soldiers.",
        "اعتقلت قوات طالبان عددا من الجنود السابقين.",
        "نیروهای طالبان شماری از سربازان سابق را بازداشت کردند.",
        ("COERCE reported AFG:REB AFG:MIL",),
    ),
    (
        "Iranian environmental activists were sentenced to prison.",
        "حكم على ناشطين بيئيين إيرانيين بالسجن.",
        "فعالان محیط زیست ایرانی به زندان محکوم شدند.",
        # agents57fa: environmental campaigners are NGO (were OPP)
        ("COERCE reported IRN:JUD IRN:NGO",),
    ),
    (
        "Iranian dervishes clashed with police in Tehran.",
        "اشتبك دراويش إيرانيون مع الشرطة في طهران.",
        "دراویش ایرانی با پلیس در تهران درگیر شدند.",
        ("ASSAULT reported IRN:CVL IRN:COP",),
    ),
    (
        "Iraqi doctors went on strike in Baghdad.",
        "أضرب أطباء عراقيون في بغداد.",
        "پزشکان عراقی در بغداد اعتصاب کردند.",
        ("PROTEST reported IRQ:HLH IRQ:GOV",),
    ),
    (
        "The Turkish army killed PKK fighters in northern Iraq.",
        "قتل الجيش التركي مقاتلين من حزب العمال الكردستاني في شمال العراق.",
        "ارتش ترکیه جنگجویان پ\u200cک\u200cک را در شمال عراق کشت.",
        ("ASSAULT reported TUR:MIL TUR:REB",),
    ),
    (
        "A brigade of the Syrian army attacked rebels in Daraa.",
        "هاجم لواء من الجيش السوري المتمردين في درعا.",
        "یک تیپ از ارتش سوریه به شورشیان در درعا حمله کرد.",
        ("ASSAULT reported SYR:MIL SYR:REB",),
    ),
    (
        "A division of the Iraqi army was deployed to Mosul.",
        "نشرت فرقة من الجيش العراقي في الموصل.",
        "یک لشکر از ارتش عراق به موصل اعزام شد.",
        ("MOBILIZE reported IRQ:MIL",),
    ),
    (
        "Basij forces attacked protesters in Tehran.",
        "هاجمت قوات الباسيج المتظاهرين في طهران.",
        "نیروهای بسیج به معترضان در تهران حمله کردند.",
        ("ASSAULT reported IRN:MIL IRN:CVL",),
    ),
    (
        "Iranian police arrested a number of women in Tehran.",
        "اعتقلت الشرطة الإيرانية عددا من النساء في طهران.",
        "پلیس ایران شماری از زنان را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Members of the Iraqi army arrested two smugglers.",
        "اعتقل عناصر من الجيش العراقي مهربين اثنين.",
        "نظامیان ارتش عراق دو قاچاقچی را بازداشت کردند.",
        ("COERCE reported IRQ:MIL IRQ:CRM",),
    ),
    (
        "Iraqi Shiite militias threatened American forces.",
        "هددت الميليشيات الشيعية العراقية القوات الأمريكية.",
        "شبه\u200cنظامیان شیعه عراقی نیروهای آمریکایی را تهدید کردند.",
        ("THREATEN reported IRQ:REB USA:MIL",),
    ),
    (
        "Iraqi parliamentarians demanded the withdrawal of American troops.",
        "طالب نواب عراقيون بانسحاب القوات الأمريكية.",
        "نمایندگان مجلس عراق خواستار خروج نیروهای آمریکایی شدند.",
        ("REQUEST reported IRQ:LEG USA:MIL",),
    ),
    (
        "The Iranian defence minister threatened Israel.",
        "هدد وزير الدفاع الإيراني إسرائيل.",
        "وزیر دفاع ایران اسرائیل را تهدید کرد.",
        ("THREATEN reported IRN:GOV ISR:",),
    ),
    (
        "The Pakistani ambassador in Kabul met Taliban officials.",
        "التقى السفير الباكستاني في كابول مسؤولين في طالبان.",
        "سفیر پاکستان در کابل با مقامات طالبان دیدار کرد.",
        ("CONSULT reported PAK:GOV AFG:REB",),
    ),
    (
        "A Pakistani court sentenced a cleric to prison.",
        "حكمت محكمة باكستانية على رجل دين بالسجن.",
        "یک دادگاه پاکستانی یک روحانی را به زندان محکوم کرد.",
        ("COERCE reported PAK:JUD PAK:REL",),
    ),
    (
        "The Tehran prosecutor arrested the head of a bank.",
        "اعتقل المدعي العام في طهران رئيس أحد البنوك.",
        "دادستان تهران رئیس یک بانک را بازداشت کرد.",
        ("COERCE reported IRN:JUD IRN:BUS",),
    ),
    (
        "Israeli settlers attacked Palestinian farmers near Nablus.",
        "هاجم مستوطنون إسرائيليون مزارعين فلسطينيين قرب نابلس.",
        "شهرک\u200cنشینان اسرائیلی به کشاورزان فلسطینی در نزدیکی نابلس حمله کردند.",
        ("ASSAULT reported ISR:CVL PSE:CVL",),
    ),
    (
        "Iran deported thousands of Afghan migrants.",
        "رحلت إيران آلاف المهاجرين الأفغان.",
        "ایران هزاران مهاجر افغان را اخراج کرد.",
        ("COERCE reported IRN: AFG:REF",),
    ),
    (
        "Iranian police killed a smuggler near the border.",
        "قتلت الشرطة الإيرانية مهربا قرب الحدود.",
        "پلیس ایران یک قاچاقچی را در نزدیکی مرز کشت.",
        ("ASSAULT reported IRN:COP IRN:CRM",),
    ),
    (
        "Pakistani police arrested Afghan refugees in Peshawar.",
        "اعتقلت الشرطة الباكستانية لاجئين أفغانا في بيشاور.",
        "پلیس پاکستان پناهجویان افغان را در پیشاور بازداشت کرد.",
        ("COERCE reported PAK:COP AFG:REF",),
    ),
    (
        "The Iraqi government arrested a Kurdish journalist.",
        "اعتقلت الحكومة العراقية صحفيا كرديا.",
        "دولت عراق یک روزنامه\u200cنگار کرد را بازداشت کرد.",
        ("COERCE reported IRQ:GOV IRQ:MED",),
    ),
    (
        "An Iranian oil company signed a contract with a Chinese company.",
        "وقعت شركة نفط إيرانية عقدا مع شركة صينية.",
        "یک شرکت نفتی ایرانی با یک شرکت چینی قرارداد امضا کرد.",
        ("AGREE reported IRN:BUS CHN:BUS",),
    ),
    (
        "Iranian students clashed with Basij members at the university.",
        "اشتبك طلاب إيرانيون مع عناصر الباسيج في الجامعة.",
        "دانشجویان ایرانی با اعضای بسیج در دانشگاه درگیر شدند.",
        ("ASSAULT reported IRN:EDU IRN:MIL",),
    ),
    (
        "The Iranian police chief met his Iraqi counterpart in Baghdad.",
        "التقى قائد الشرطة الإيرانية نظيره العراقي في بغداد.",
        "فرمانده پلیس ایران با همتای عراقی خود در بغداد دیدار کرد.",
        ("CONSULT reported IRN:COP IRQ:COP",),
    ),
    (
        "Iranian fighter jets bombed Kurdish rebels in Iraq.",
        "قصفت مقاتلات إيرانية متمردين أكرادا في العراق.",
        "جنگنده\u200cهای ایرانی شورشیان کرد را در عراق بمباران کردند.",
        ("ASSAULT reported IRN:MIL IRQ:REB",),
    ),
    (
        "Iraqi security forces arrested an Iranian smuggler.",
        "اعتقلت القوات الأمنية العراقية مهربا إيرانيا.",
        "نیروهای امنیتی عراق یک قاچاقچی ایرانی را بازداشت کردند.",
        ("COERCE reported IRQ:COP IRN:CRM",),
    ),
    (
        "A Syrian doctor was killed in an air strike in Idlib.",
        "قتل طبيب سوري في غارة جوية في إدلب.",
        "یک پزشک سوری در حمله هوایی در ادلب کشته شد.",
        ("ASSAULT reported -:MIL SYR:HLH",),
    ),
    (
        "Iranian truck drivers protested in Bandar Abbas.",
        "احتج سائقو شاحنات إيرانيون في بندر عباس.",
        "رانندگان کامیون ایرانی در بندرعباس تجمع کردند.",
        # workers' rallies are against their employer (agents39fa: ``MODE_OF_SIDE``)
        ("PROTEST reported IRN:LAB",),
    ),
    (
        "Israeli police arrested Palestinian worshippers at al-Aqsa.",
        "اعتقلت الشرطة الإسرائيلية مصلين فلسطينيين في الأقصى.",
        "پلیس اسرائیل نمازگزاران فلسطینی را در مسجد الاقصی بازداشت کرد.",
        ("COERCE reported ISR:COP PSE:CVL",),
    ),
    (
        "Taliban gunmen killed a former Afghan army officer.",
        "قتل مسلحون من طالبان ضابطا سابقا في الجيش الأفغاني.",
        "افراد مسلح طالبان یک افسر سابق ارتش افغانستان را کشتند.",
        ("ASSAULT reported AFG:REB AFG:MIL",),
    ),
    (
        "Iranian diplomats met Taliban leaders in Kabul.",
        "التقى دبلوماسيون إيرانيون قادة طالبان في كابول.",
        "دیپلمات\u200cهای ایرانی با رهبران طالبان در کابل دیدار کردند.",
        ("CONSULT reported IRN:GOV AFG:REB",),
    ),
    (
        "Police in Karachi arrested two members of a banned group.",
        "اعتقلت الشرطة في كراتشي عضوين في جماعة محظورة.",
        "پلیس در کراچی دو عضو یک گروه ممنوعه را بازداشت کرد.",
        ("COERCE reported PAK:COP",),
    ),
    (
        "The Afghan Taliban government executed a man in public.",
        "أعدمت حكومة طالبان الأفغانية رجلا علنا.",
        "حکومت طالبان افغانستان یک مرد را در ملأ عام اعدام کرد.",
        ("ASSAULT reported AFG:REB AFG:CVL",),
    ),
    (
        "Turkish police officers detained journalists in Istanbul.",
        "احتجز عناصر من الشرطة التركية صحفيين في إسطنبول.",
        "ماموران پلیس ترکیه خبرنگاران را در استانبول بازداشت کردند.",
        ("COERCE reported TUR:COP TUR:MED",),
    ),
    (
        "Iraqi MP Ahmed Jabbar criticised the government over the electricity crisis.",
        "انتقد النائب العراقي أحمد جبار الحكومة بسبب أزمة الكهرباء.",
        "احمد جبار، نماینده مجلس عراق، از دولت به دلیل بحران برق انتقاد کرد.",
        ("ACCUSE reported IRQ:LEG IRQ:GOV",),
    ),
    (
        "Iranian Foreign Minister Hossein Amir-Abdollahian met his Omani counterpart in Muscat.",
        "التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان نظيره العماني في مسقط.",
        "حسین امیرعبداللهیان، وزیر امور خارجه ایران، با همتای عمانی خود در مسقط دیدار کرد.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "Judge Abolqasem Salavati sentenced three protesters to death.",
        "حكم القاضي أبو القاسم صلواتي على ثلاثة متظاهرين بالإعدام.",
        "قاضی ابوالقاسم صلواتی سه معترض را به اعدام محکوم کرد.",
        ("COERCE reported -:JUD -:CVL",),
    ),
    (
        "The Iraqi government will meet Kurdish officials next week.",
        "ستجتمع الحكومة العراقية بمسؤولين أكراد الأسبوع المقبل.",
        "دولت عراق هفته آینده با مقامات کرد دیدار خواهد کرد.",
        ("CONSULT planned IRQ:GOV -:GOV",),
    ),
    (
        "Iranian officials met representatives of the Taliban in Tehran.",
        "التقى مسؤولون إيرانيون ممثلين عن حركة طالبان في طهران.",
        "مقامات ایرانی با نمایندگان طالبان در تهران دیدار کردند.",
        ("CONSULT reported IRN:GOV AFG:REB",),
    ),
    (
        "The Saudi ambassador met the Iraqi foreign minister in Baghdad.",
        "التقى السفير السعودي وزير الخارجية العراقي في بغداد.",
        "سفیر عربستان با وزیر امور خارجه عراق در بغداد دیدار کرد.",
        ("CONSULT reported SAU:GOV IRQ:GOV",),
    ),
    (
        "Iranian police killed three armed robbers in Zahedan.",
        "قتلت الشرطة الإيرانية ثلاثة لصوص مسلحين في زاهدان.",
        "پلیس ایران سه سارق مسلح را در زاهدان کشت.",
        ("ASSAULT reported IRN:COP IRN:CRM",),
    ),
    (
        "Iranian police arrested drug smugglers in Sistan and Baluchestan.",
        "اعتقلت الشرطة الإيرانية مهربي مخدرات في سيستان وبلوشستان.",
        "پلیس ایران قاچاقچیان مواد مخدر را در سیستان و بلوچستان دستگیر کرد.",
        ("COERCE reported IRN:COP IRN:CRM",),
    ),
    (
        "Iranian police arrested a thief in Mashhad.",
        "اعتقلت الشرطة الإيرانية لصا في مشهد.",
        "پلیس ایران یک سارق را در مشهد دستگیر کرد.",
        ("COERCE reported IRN:COP IRN:CRM",),
    ),
    (
        "Residents of Khuzestan protested against water shortages.",
        "احتج سكان خوزستان على نقص المياه.",
        "ساکنان خوزستان به کمبود آب اعتراض کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "Residents of Kabul protested against the Taliban.",
        "احتج سكان كابول على حركة طالبان.",
        "ساکنان کابل علیه طالبان اعتراض کردند.",
        ("PROTEST reported AFG:CVL AFG:REB AFG:GOV",),
    ),
    (
        "Iranian pensioners protested in several cities.",
        "احتج متقاعدون إيرانيون في عدة مدن.",
        "مستمری\u200cبگیران ایرانی در چند شهر تجمع کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "Iraqi graduates protested in front of the oil ministry.",
        "احتج خريجون عراقيون أمام وزارة النفط.",
        "فارغ\u200cالتحصیلان عراقی مقابل وزارت نفت تجمع کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "Iraqi security forces killed a suicide bomber in Kirkuk.",
        "قتلت قوات الأمن العراقية انتحاريا في كركوك.",
        "نیروهای امنیتی عراق یک بمب\u200cگذار انتحاری را در کرکوک کشتند.",
        ("ASSAULT reported IRQ:COP IRQ:UAF",),
    ),
    (
        "A suicide bomber killed ten worshippers in a mosque in Kunduz.",
        "قتل انتحاري عشرة مصلين في مسجد في قندوز.",
        "یک بمب\u200cگذار انتحاری ده نمازگزار را در مسجدی در قندوز کشت.",
        ("ASSAULT reported AFG:UAF AFG:CVL",),
    ),
    (
        "Iranian workers protested in front of the governor's office.",
        "احتج عمال إيرانيون أمام مبنى المحافظة.",
        "کارگران ایرانی مقابل استانداری تجمع کردند.",
        ("PROTEST reported IRN:LAB IRN:GOV",),
    ),
    (
        "Afghan journalists were beaten by Taliban fighters in Kabul.",
        "تعرض صحفيون أفغان للضرب على يد مقاتلي طالبان في كابول.",
        "خبرنگاران افغان در کابل توسط جنگجویان طالبان ضرب و شتم شدند.",
        ("ASSAULT reported AFG:REB AFG:MED",),
    ),
    (
        "Iranian MPs called on the government to expel the French ambassador.",
        "دعا نواب إيرانيون الحكومة إلى طرد السفير الفرنسي.",
        "نمایندگان مجلس ایران از دولت خواستند سفیر فرانسه را اخراج کند.",
        ("REQUEST reported IRN:LEG IRN:GOV",),
    ),
    (
        "The head of the Iranian judiciary met the Iraqi chief justice in Baghdad.",
        "التقى رئيس السلطة القضائية الإيرانية رئيس مجلس القضاء الأعلى العراقي في بغداد.",
        "رئیس قوه قضاییه ایران با رئیس شورای عالی قضایی عراق در بغداد دیدار کرد.",
        ("CONSULT reported IRN:JUD IRQ:JUD",),
    ),
    (
        "Iraqi Shiite cleric Moqtada al-Sadr criticised the Iraqi government.",
        "انتقد رجل الدين الشيعي العراقي مقتدى الصدر الحكومة العراقية.",
        "مقتدی صدر، روحانی شیعه عراقی، از دولت عراق انتقاد کرد.",
        ("ACCUSE reported IRQ:REL IRQ:GOV",),
    ),
    (
        "Police arrested some of the protesters in Isfahan.",
        "اعتقلت الشرطة بعض المحتجين في أصفهان.",
        "پلیس برخی از معترضان را در اصفهان بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Police arrested several students in Tabriz.",
        "اعتقلت الشرطة عددا من الطلاب في تبريز.",
        "پلیس تعدادی از دانشجویان را در تبریز بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:EDU",),
    ),
    (
        "Security forces arrested a few workers in Ahvaz.",
        "اعتقلت قوات الأمن عددا من العمال في الأهواز.",
        "نیروهای امنیتی عده\u200cای از کارگران را در اهواز بازداشت کردند.",
        ("COERCE reported IRN:COP IRN:LAB",),
    ),
    (
        "Two of the protesters were killed by police gunfire in Zahedan.",
        "قتل اثنان من المحتجين برصاص الشرطة في زاهدان.",
        "دو نفر از معترضان با شلیک پلیس در زاهدان کشته شدند.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    (
        "A soldier was killed in an attack by gunmen in Sistan and Baluchestan.",
        "قتل جندي في هجوم لمسلحين في سيستان وبلوشستان.",
        "یک سرباز در حمله افراد مسلح در سیستان و بلوچستان کشته شد.",
        ("ASSAULT reported IRN:UAF IRN:MIL",),
    ),
    (
        "Iranian special forces arrested a group of protesters in Sanandaj.",
        "اعتقلت القوات الخاصة الإيرانية مجموعة من المحتجين في سنندج.",
        "نیروهای ویژه ایران گروهی از معترضان را در سنندج بازداشت کردند.",
        ("COERCE reported IRN:MIL IRN:CVL",),
    ),
    (
        "Plainclothes agents arrested a woman in Tehran.",
        "اعتقل عناصر بملابس مدنية امرأة في طهران.",
        "ماموران لباس شخصی یک زن را در تهران بازداشت کردند.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Gunmen kidnapped a Chinese engineer in Pakistan.",
        "اختطف مسلحون مهندسا صينيا في باكستان.",
        "افراد مسلح یک مهندس چینی را در پاکستان ربودند.",
        ("ASSAULT reported PAK:UAF CHN:",),
    ),
    (
        "Afghan soldiers killed a Taliban commander in Helmand.",
        "قتل جنود أفغان قائدا في طالبان في هلمند.",
        "سربازان افغان یک فرمانده طالبان را در هلمند کشتند.",
        ("ASSAULT reported AFG:MIL AFG:REB",),
    ),
    (
        "The Basij militia attacked a group of women in Tehran.",
        "هاجمت ميليشيا الباسيج مجموعة من النساء في طهران.",
        "نیروهای بسیج به گروهی از زنان در تهران حمله کردند.",
        ("ASSAULT reported IRN:MIL IRN:CVL",),
    ),
    (
        "Iranian police arrested a number of Iranian teachers in Tehran.",
        "اعتقلت الشرطة الإيرانية عددا من المعلمين الإيرانيين في طهران.",
        "پلیس ایران شماری از معلمان ایرانی را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:EDU",),
    ),
    (
        "Israeli warplanes struck Hamas positions in Gaza.",
        "قصفت طائرات حربية إسرائيلية مواقع لحماس في غزة.",
        "هواپیماهای جنگی اسرائیل مواضع حماس در غزه را بمباران کردند.",
        ("ASSAULT reported ISR:MIL PSE:REB",),
    ),
    (
        "Iraqi federal police arrested a group of ISIS members in Kirkuk.",
        "اعتقلت الشرطة الاتحادية العراقية مجموعة من عناصر داعش في كركوك.",
        "پلیس فدرال عراق گروهی از اعضای داعش را در کرکوک دستگیر کرد.",
        ("COERCE reported IRQ:COP IRQ:REB",),
    ),
    (
        "Iranian intelligence agents arrested a German citizen in Tehran.",
        "اعتقل عناصر من الاستخبارات الإيرانية مواطنا ألمانيا في طهران.",
        "ماموران اطلاعاتی ایران یک شهروند آلمانی را در تهران بازداشت کردند.",
        ("COERCE reported IRN:COP DEU:CVL",),
    ),
    (
        "Iraqi fishermen protested in Basra.",
        "احتج صيادون عراقيون في البصرة.",
        "ماهیگیران عراقی در بصره تجمع کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "The Afghan Taliban police arrested musicians in Kabul.",
        "اعتقلت شرطة طالبان موسيقيين في كابول.",
        "پلیس طالبان نوازندگان را در کابل بازداشت کرد.",
        # agents70fa: the musicians arrested are civilians, as artists are
        ("COERCE reported AFG:REB AFG:CVL",),
    ),
    (
        "Pakistani Taliban militants attacked a police station in Peshawar.",
        "هاجم مسلحو طالبان باكستان مركزا للشرطة في بيشاور.",
        "شبه\u200cنظامیان طالبان پاکستان به یک ایستگاه پلیس در پیشاور حمله کردند.",
        ("ASSAULT reported PAK:REB PAK:COP",),
    ),
    (
        "Iranian security forces killed a protester in Kurdistan.",
        "قتلت قوات الأمن الإيرانية متظاهرا في كردستان.",
        "نیروهای امنیتی ایران یک معترض را در کردستان کشتند.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    (
        "Thousands of people protested in Tehran against the government.",
        "تظاهر آلاف الأشخاص في طهران ضد الحكومة.",
        "هزاران نفر در تهران علیه دولت تظاهرات کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "Hundreds of Iraqis protested in Baghdad against corruption.",
        "تظاهر مئات العراقيين في بغداد ضد الفساد.",
        "صدها عراقی در بغداد علیه فساد تظاهرات کردند.",
        ("PROTEST reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "The Red Crescent sent aid to the residents of flooded areas in Iran.",
        "أرسل الهلال الأحمر مساعدات إلى سكان المناطق المنكوبة بالفيضانات في إيران.",
        "هلال احمر به ساکنان مناطق سیل\u200cزده در ایران کمک ارسال کرد.",
        ("AID reported -:NGO IRN:CVL",),
    ),
    (
        "Amnesty International accused Iranian security forces of killing protesters.",
        "اتهمت منظمة العفو الدولية قوات الأمن الإيرانية بقتل المحتجين.",
        "عفو بین\u200cالملل نیروهای امنیتی ایران را به کشتن معترضان متهم کرد.",
        ("ACCUSE reported -:NGO IRN:COP",),
    ),
    (
        "Human Rights Watch accused the Taliban of killing former soldiers.",
        "اتهمت هيومن رايتس ووتش حركة طالبان بقتل جنود سابقين.",
        "دیده\u200cبان حقوق بشر طالبان را به کشتن سربازان سابق متهم کرد.",
        ("ACCUSE reported -:NGO AFG:REB",),
    ),
    (
        "The families of the victims called on the judiciary to prosecute the killers.",
        "طالبت عائلات الضحايا القضاء بمحاكمة القتلة.",
        "خانواده\u200cهای قربانیان از قوه قضاییه خواستند قاتلان را محاکمه کند.",
        ("REQUEST reported -:CVL -:JUD",),
    ),
    (
        "Iranian students called on the government to release their classmates.",
        "طالب طلاب إيرانيون الحكومة بالإفراج عن زملائهم.",
        "دانشجویان ایرانی از دولت خواستند همکلاسی\u200cهایشان را آزاد کند.",
        ("REQUEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "The Iraqi president met the leaders of Sunni parties in Baghdad.",
        "التقى الرئيس العراقي قادة الأحزاب السنية في بغداد.",
        "رئیس\u200cجمهور عراق با رهبران احزاب سنی در بغداد دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRQ:PTY",),
    ),
    (
        "An Iranian company signed an agreement with the Iraqi electricity ministry.",
        "وقعت شركة إيرانية اتفاقا مع وزارة الكهرباء العراقية.",
        "یک شرکت ایرانی با وزارت برق عراق توافق\u200cنامه امضا کرد.",
        ("AGREE reported IRN:BUS IRQ:GOV",),
    ),
    (
        "Iraqi tribal leaders supported the prime minister.",
        "أعلن شيوخ عشائر عراقيون دعمهم لرئيس الوزراء.",
        "سران عشایر عراق از نخست\u200cوزیر حمایت کردند.",
        ("SUPPORT reported IRQ:CVL IRQ:GOV",),
    ),
    (
        "The Afghan Taliban freed Pakistani prisoners.",
        "أفرجت طالبان الأفغانية عن سجناء باكستانيين.",
        "طالبان افغانستان زندانیان پاکستانی را آزاد کرد.",
        ("CONCEDE reported AFG:REB PAK:CVL",),
    ),
    (
        "Iranian Kurdish rebels killed two Revolutionary Guards members.",
        "قتل متمردون أكراد إيرانيون اثنين من عناصر الحرس الثوري.",
        "شورشیان کرد ایرانی دو عضو سپاه پاسداران را کشتند.",
        ("ASSAULT reported IRN:REB IRN:MIL",),
    ),
    (
        "Syrian government forces killed civilians in Idlib.",
        "قتلت قوات الحكومة السورية مدنيين في إدلب.",
        "نیروهای دولتی سوریه غیرنظامیان را در ادلب کشتند.",
        ("ASSAULT reported SYR:MIL SYR:CVL",),
    ),
    (
        "Yemeni Houthi rebels fired missiles at Saudi Arabia.",
        "أطلق المتمردون الحوثيون في اليمن صواريخ على السعودية.",
        "شورشیان حوثی یمن به سوی عربستان موشک شلیک کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "The Lebanese army arrested Hezbollah members.",
        "اعتقل الجيش اللبناني عناصر من حزب الله.",
        "ارتش لبنان اعضای حزب\u200cالله را بازداشت کرد.",
        ("COERCE reported LBN:MIL LBN:REB",),
    ),
    (
        "Turkish gendarmes arrested Iranian migrants in Van.",
        "اعتقل الدرك التركي مهاجرين إيرانيين في وان.",
        "ژاندارم\u200cهای ترکیه مهاجران ایرانی را در وان بازداشت کردند.",
        ("COERCE reported TUR:COP IRN:REF",),
    ),
    (
        "The mayor of Kabul met Iranian businessmen.",
        "التقى رئيس بلدية كابول رجال أعمال إيرانيين.",
        "شهردار کابل با بازرگانان ایرانی دیدار کرد.",
        ("CONSULT reported AFG:GOV IRN:BUS",),
    ),
    (
        "Iranian university students boycotted classes.",
        "قاطع طلاب جامعات إيرانيون المحاضرات.",
        "دانشجویان دانشگاه\u200cهای ایران کلاس\u200cها را تحریم کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Russian warplanes bombed rebel positions in Idlib.",
        "قصفت طائرات روسية مواقع المتمردين في إدلب.",
        "هواپیماهای روسی مواضع شورشیان در ادلب را بمباران کردند.",
        ("ASSAULT reported RUS:MIL SYR:REB",),
    ),
    (
        "Security agents beat protesters in Zahedan.",
        "ضرب عناصر الأمن المحتجين في زاهدان.",
        "ماموران امنیتی معترضان را در زاهدان ضرب و شتم کردند.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    (
        "Security agents attacked protesters in Zahedan.",
        "هاجم عناصر الأمن المحتجين في زاهدان.",
        "ماموران امنیتی به معترضان در زاهدان حمله کردند.",
        ("ASSAULT reported IRN:COP IRN:CVL",),
    ),
    (
        "Iranian police arrested a protester.",
        "اعتقلت الشرطة الإيرانية متظاهرا.",
        "پلیس ایران یک معترض را بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Police arrested a protester in Tehran.",
        "اعتقلت الشرطة متظاهرا في طهران.",
        "پلیس یک معترض را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "The Popular Mobilisation Forces attacked ISIS positions in Diyala.",
        "هاجمت قوات الحشد الشعبي مواقع داعش في ديالى.",
        "نیروهای حشد الشعبی به مواضع داعش در دیالی حمله کردند.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Members of the Quds Force met Hezbollah leaders in Beirut.",
        "التقى عناصر من فيلق القدس قادة حزب الله في بيروت.",
        "اعضای نیروی قدس با رهبران حزب\u200cالله در بیروت دیدار کردند.",
        ("CONSULT reported IRN:MIL LBN:REB",),
    ),
    (
        "The Iranian army chief of staff threatened Azerbaijan.",
        "هدد رئيس أركان الجيش الإيراني أذربيجان.",
        "رئیس ستاد کل نیروهای مسلح ایران جمهوری آذربایجان را تهدید کرد.",
        ("THREATEN reported IRN:MIL AZE:",),
    ),
    (
        "An Iranian police colonel was killed by gunmen in Zahedan.",
        "قتل عقيد في الشرطة الإيرانية على يد مسلحين في زاهدان.",
        "یک سرهنگ پلیس ایران به دست افراد مسلح در زاهدان کشته شد.",
        ("ASSAULT reported IRN:UAF IRN:COP",),
    ),
    (
        "An Iraqi army officer was killed by a roadside bomb in Diyala.",
        "قتل ضابط في الجيش العراقي بعبوة ناسفة في ديالى.",
        "یک افسر ارتش عراق بر اثر انفجار بمب کنار جاده\u200cای در دیالی کشته شد.",
        ("ASSAULT reported IRQ:MIL",),
    ),
    (
        "Iranian conscripts were killed in a clash with smugglers.",
        "قتل مجندون إيرانيون في اشتباك مع مهربين.",
        "سربازان وظیفه ایرانی در درگیری با قاچاقچیان کشته شدند.",
        ("ASSAULT reported IRN:CRM IRN:MIL",),
    ),
    (
        "Iraqi police arrested members of an armed gang in Maysan.",
        "اعتقلت الشرطة العراقية أفرادا من عصابة مسلحة في ميسان.",
        "پلیس عراق اعضای یک باند مسلح را در میسان دستگیر کرد.",
        ("COERCE reported IRQ:COP IRQ:CRM",),
    ),
    (
        "Iranian police arrested a gang of thieves in Tehran.",
        "اعتقلت الشرطة الإيرانية عصابة لصوص في طهران.",
        "پلیس ایران یک باند سارقان را در تهران دستگیر کرد.",
        ("COERCE reported IRN:COP IRN:CRM",),
    ),
    (
        "Iranian health workers protested over unpaid wages in Tehran.",
        "احتج العاملون في القطاع الصحي الإيراني على الأجور غير المدفوعة في طهران.",
        "کادر درمان ایران در تهران به دستمزدهای پرداخت\u200cنشده اعتراض کردند.",
        ("PROTEST reported IRN:HLH IRN:GOV",),
    ),
    (
        "Iranian teachers went on strike in several cities.",
        "أضرب المعلمون الإيرانيون في عدة مدن.",
        "فرهنگیان ایرانی در چند شهر اعتصاب کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Iranian high school students protested in Tehran.",
        "احتج طلاب المدارس الثانوية الإيرانيون في طهران.",
        "دانش\u200cآموزان دبیرستانی ایران در تهران اعتراض کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Senior clerics in Qom criticised the government.",
        "انتقد كبار رجال الدين في قم الحكومة.",
        "مراجع تقلید در قم از دولت انتقاد کردند.",
        ("ACCUSE reported IRN:REL IRN:GOV",),
    ),
    (
        "Iranian newspapers criticised the foreign minister.",
        "انتقدت الصحف الإيرانية وزير الخارجية.",
        "روزنامه\u200cهای ایران از وزیر امور خارجه انتقاد کردند.",
        ("ACCUSE reported IRN:MED IRN:GOV",),
    ),
    (
        "An Iranian charity sent aid to Afghan refugees.",
        "أرسلت جمعية خيرية إيرانية مساعدات إلى اللاجئين الأفغان.",
        "یک موسسه خیریه ایرانی به پناهجویان افغان کمک ارسال کرد.",
        ("AID reported IRN:NGO AFG:REF",),
    ),
    (
        "Iranian businessmen met Iraqi officials in Baghdad.",
        "التقى رجال أعمال إيرانيون مسؤولين عراقيين في بغداد.",
        "بازرگانان ایرانی با مقامات عراقی در بغداد دیدار کردند.",
        ("CONSULT reported IRN:BUS IRQ:GOV",),
    ),
    (
        "Iranian nurses protested against low wages in Tehran.",
        "احتج ممرضون إيرانيون على تدني الأجور في طهران.",
        "پرستاران ایرانی در تهران به دستمزدهای پایین اعتراض کردند.",
        ("PROTEST reported IRN:HLH IRN:GOV",),
    ),
    (
        "The Iraqi Kurdistan regional government met Iranian officials.",
        "التقت حكومة إقليم كردستان العراق مسؤولين إيرانيين.",
        "دولت اقلیم کردستان عراق با مقامات ایرانی دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "Iranian students were arrested.",
        "اعتقل طلاب إيرانيون.",
        "دانشجویان ایرانی بازداشت شدند.",
        ("COERCE reported IRN:COP IRN:EDU",),
    ),
    (
        "Two Iranian journalists were arrested on Monday.",
        "اعتقل صحفيان إيرانيان يوم الاثنين.",
        "دو روزنامه\u200cنگار ایرانی روز دوشنبه بازداشت شدند.",
        ("COERCE reported IRN:COP IRN:MED",),
    ),
    (
        "Several Iraqi activists have been detained.",
        "اعتقل عدد من الناشطين العراقيين.",
        "چند فعال عراقی بازداشت شده\u200cاند.",
        ("COERCE reported IRQ:COP IRQ:OPP",),
    ),
    (
        "Afghan women activists were arrested.",
        "اعتقلت ناشطات أفغانيات.",
        "فعالان زن افغان دستگیر شدند.",
        ("COERCE reported AFG:COP AFG:OPP",),
    ),
    (
        "A Pakistani journalist was arrested.",
        "اعتقل صحفي باكستاني.",
        "یک خبرنگار پاکستانی دستگیر شد.",
        ("COERCE reported PAK:COP PAK:MED",),
    ),
    (
        "An Iranian citizen was arrested at Stockholm airport.",
        "اعتقل مواطن إيراني في مطار ستوكهولم.",
        "یک شهروند ایرانی در فرودگاه استکهلم دستگیر شد.",
        ("COERCE reported SWE:COP IRN:CVL",),
    ),
    (
        "Afghan migrants were arrested by Turkish police in Van.",
        "اعتقلت الشرطة التركية مهاجرين أفغانا في وان.",
        "مهاجران افغان توسط پلیس ترک در وان بازداشت شدند.",
        ("COERCE reported TUR:COP AFG:REF",),
    ),
    (
        "Police arrested two Baha'is in Shiraz.",
        "اعتقلت الشرطة اثنين من البهائيين في شيراز.",
        "پلیس دو بهایی را در شیراز بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Iranian retirees protested in Ahvaz on Sunday.",
        "احتج متقاعدون إيرانيون في الأهواز يوم الأحد.",
        "بازنشستگان ایرانی روز یکشنبه در اهواز تجمع کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
    (
        "Iranian pensioners will protest in Tehran next week.",
        "سيحتج متقاعدون إيرانيون في طهران الأسبوع المقبل.",
        "مستمری\u200cبگیران ایرانی هفته آینده در تهران تجمع خواهند کرد.",
        ("PROTEST planned IRN:CVL IRN:GOV",),
    ),
    (
        "Iranian fishermen protested in Bushehr.",
        "احتج صيادون إيرانيون في بوشهر.",
        "صیادان ایرانی در بوشهر تجمع کردند.",
        ("PROTEST reported IRN:CVL IRN:GOV",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_three_languages_agree(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    """The same event reads the same in English, Arabic and Persian."""
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), (lang, text)


# One language only: what the rules must not take.
CASES: list[tuple[str, str, set[str]]] = [
    # "ترک" of leaving is no Turk
    ("نیروهای آمریکایی افغانستان را ترک کردند.", "fa", {"RETREAT reported USA:MIL AFG:"}),
    # nor are Iran's Turkish speakers Turkey's
    ("مردم ترک و کرد در تبریز تجمع کردند.", "fa", set()),
    # aircraft bought are no air force
    ("ایران هواپیماهای آمریکایی خرید.", "fa", set()),
    # the Baha'i adjective alone is no one
    ("جامعه بهایی ایران از دولت انتقاد کرد.", "fa", {"ACCUSE reported IRN:GOV"}),
    # an ethnic opposition's parties abroad take the place's country
    (
        "احزاب کرد مخالف در اربیل با نماینده سازمان ملل دیدار کردند.",
        "fa",
        {"CONSULT reported IRQ:OPP UN:GOV"},
    ),
    # a state's aircraft are its air force, told in the passive too
    (
        "بیمارستان‌های غزه توسط هواپیماهای اسرائیلی بمباران شدند.",
        "fa",
        {"ASSAULT reported ISR:MIL PSE:HLH"},
    ),
    (
        "Hospitals in Gaza were bombed by Israeli warplanes.",
        "en",
        {"ASSAULT reported ISR:MIL PSE:HLH"},
    ),
    # government forces are one actor, whatever stands before their target
    (
        "نیروهای حکومتی به سوی معترضان در سنندج تیراندازی کردند.",
        "fa",
        {"ASSAULT reported IRN:MIL IRN:CVL"},
    ),
    # a union of retirees is labour
    (
        "کانون بازنشستگان تهران از اعتصاب کارگران حمایت کرد.",
        "fa",
        {"PROTEST reported IRN:LAB", "SUPPORT reported IRN:LAB"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_single_language_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
