"""Which side did the deed: one event told in Arabic, Persian and English
reads with the same doer first (round 31, sides31; every sentence written
for these tests, in natural news wording for each language, not word for
word).

Rules added in this round so that the triples below agree:

- a deed undergone told with a clause of time ("two soldiers were killed
  when militants attacked …", "قتل جنديان عندما هاجم مسلحون …", "دو سرباز
  هنگامی که شبه‌نظامیان … حمله کردند کشته شدند"): the subclause's subject
  did it, the victims named before the conjunction are whom it struck
  (``extract/time_clause.py``); a main clause with a doer of its own keeps
  it; where English reads the clauses' sides apart ("were wounded when
  rebels shelled a market"), the victims join the subclause's deed;
- Arabic VOS: an indefinite accusative object right after the verb and a
  definite subject after it ("اعتقلت مواطنا كويتيا الشرطة العراقية"): the
  subject acts first (``extract/fronted_object.py``); a country's own name
  ending in alif ("قصفت تركيا") stays the subject;
- English names a deed's doer as the modifier of its noun in a phrase of
  the occasion ("killed in an ISIS attack", "wounded in Israeli strikes"),
  as Arabic "في هجوم لداعش" and Persian "در حمله داعش" after it
  (``doers._modifies_deed``);
- a reported deed whose own subject follows the verb of saying and whose
  possessive points back to the speaker ("Syria said Israel had bombed its
  territory"): the speaker is whom it struck, not the doer
  (``extract/reported_owner.py``);
- a Persian doer marker that is a light verb's noun ("یورش بردند") marks
  no genitive after the verb: what follows is the next clause's object;
- a Persian verb in the perfect with its auxiliary written apart ("کشته
  است") is active: the speaker before "اعلام کرد" is its dropped subject,
  as "said it had killed";
- Arabic and Persian keep the state speaker as whom a reported deed
  struck when a pronoun on its object points back to it ("قصفت أراضيها",
  "خاک این کشور"), as English "its" does (``reported_owner.speakers_struck``);
- Arabic agent phrases ("من قبل", "على يد", "بواسطة") name the doer of a
  summons, a release or aid told in the passive, as they did for force.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Three Afghan policemen were killed as Taliban fighters stormed a police post in Kunduz.",
        "قتل ثلاثة من رجال الشرطة الأفغانية عندما اقتحم مقاتلو طالبان مركزا للشرطة في قندوز.",
        "سه پلیس افغان هنگامی که جنگجویان طالبان به یک پاسگاه پلیس در قندوز یورش بردند کشته شدند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "A Syrian soldier was wounded when rebels shelled an army position in Idlib.",
        "أصيب جندي سوري عندما قصف المتمردون موقعا للجيش في إدلب.",
        "یک سرباز سوری هنگامی که شورشیان مواضع ارتش را در ادلب گلوله\u200cباران کردند زخمی شد.",
        ("ASSAULT reported SYR:REB SYR:MIL",),
    ),
    (
        "A police station in Baghdad was attacked by gunmen on Monday.",
        "تعرض مركز للشرطة في بغداد لهجوم من قبل مسلحين يوم الاثنين.",
        "یک کلانتری در بغداد روز دوشنبه توسط افراد مسلح مورد حمله قرار گرفت.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "Ten protesters were arrested by Iranian police in Tehran.",
        "اعتقل عشرة متظاهرين على يد الشرطة الإيرانية في طهران.",
        "ده معترض به دست پلیس ایران در تهران بازداشت شدند.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "The journalist was killed by Israeli soldiers in Jenin.",
        "قتل الصحفي على يد جنود إسرائيليين في جنين.",
        "این روزنامه\u200cنگار به دست سربازان اسرائیلی در جنین کشته شد.",
        ("ASSAULT reported ISR:MIL PSE:MED",),
    ),
    (
        "Three Iraqi soldiers were kidnapped by ISIS militants in Anbar.",
        "اختطف ثلاثة جنود عراقيين على يد مسلحي داعش في الأنبار.",
        "سه سرباز عراقی توسط شبه\u200cنظامیان داعش در الانبار ربوده شدند.",
        ("ASSAULT reported IRQ:REB IRQ:MIL",),
    ),
    (
        "The Turkish ambassador was summoned by the Iraqi Foreign Ministry.",
        "استدعي السفير التركي من قبل وزارة الخارجية العراقية.",
        "سفیر ترکیه از سوی وزارت امور خارجه عراق احضار شد.",
        ("ACCUSE reported IRQ:GOV TUR:GOV",),
    ),
    (
        "Kuwait released twenty Iranian fishermen on Tuesday.",
        "أفرجت الكويت عن عشرين صيادا إيرانيا يوم الثلاثاء.",
        "کویت روز سه\u200cشنبه بیست ماهیگیر ایرانی را آزاد کرد.",
        ("CONCEDE reported KWT: IRN:CVL",),
    ),
    (
        "Egypt released three Israeli citizens on Thursday.",
        "أفرجت مصر عن ثلاثة مواطنين إسرائيليين يوم الخميس.",
        "مصر روز پنجشنبه سه شهروند اسرائیلی را آزاد کرد.",
        ("CONCEDE reported EGY: ISR:CVL",),
    ),
    (
        "Jordan expelled the Syrian ambassador.",
        "طرد الأردن السفير السوري.",
        "اردن سفیر سوریه را اخراج کرد.",
        ("SANCTION reported JOR: SYR:GOV",),
    ),
    (
        "Iran asked Iraq to hand over the attackers.",
        "طلبت إيران من العراق تسليم المهاجمين.",
        "ایران از عراق خواست مهاجمان را تحویل دهد.",
        ("REQUEST reported IRN: IRQ:",),
    ),
    (
        "The United Nations urged Israel to stop the attacks on Gaza.",
        "دعت الأمم المتحدة إسرائيل إلى وقف الهجمات على غزة.",
        "سازمان ملل از اسرائیل خواست حملات به غزه را متوقف کند.",
        ("REQUEST reported UN: ISR:",),
    ),
    (
        "France called on Iran to release its citizens.",
        "طالبت فرنسا إيران بالإفراج عن مواطنيها.",
        "فرانسه از ایران خواست شهروندانش را آزاد کند.",
        ("REQUEST reported FRA: IRN:",),
    ),
    (
        "Iran accused Israel of attacking its nuclear facility in Natanz.",
        "اتهمت إيران إسرائيل بمهاجمة منشأتها النووية في نطنز.",
        "ایران اسرائیل را به حمله به تأسیسات هسته\u200cای خود در نطنز متهم کرد.",
        ("ACCUSE reported IRN: ISR:",),
    ),
    (
        "Syria accused Turkey of shelling its villages.",
        "اتهمت سوريا تركيا بقصف قراها.",
        "سوریه ترکیه را به گلوله\u200cباران روستاهایش متهم کرد.",
        ("ACCUSE reported SYR: TUR:",),
    ),
    (
        "Pakistan accused India of killing two of its soldiers.",
        "اتهمت باكستان الهند بقتل اثنين من جنودها.",
        "پاکستان هند را به کشتن دو تن از سربازانش متهم کرد.",
        ("ACCUSE reported PAK: IND:MIL",),
    ),
    (
        "Four Nigerian soldiers were killed when Boko Haram fighters attacked their base in Borno.",
        "قتل أربعة جنود نيجيريين عندما هاجم مقاتلو بوكو حرام قاعدتهم في بورنو.",
        "چهار سرباز نیجریه\u200cای هنگامی که جنگجویان بوکوحرام به پایگاهشان در بورنو حمله کردند کشته شدند.",
        ("ASSAULT reported NGA:REB NGA:MIL",),
    ),
    (
        "Two Yemeni civilians were wounded when Houthi rebels shelled a market in Taiz.",
        "أصيب مدنيان يمنيان عندما قصف المتمردون الحوثيون سوقا في تعز.",
        "دو غیرنظامی یمنی هنگامی که شورشیان حوثی بازاری را در تعز گلوله\u200cباران کردند زخمی شدند.",
        ("ASSAULT reported YEM:REB YEM:CVL",),
    ),
    (
        "Six Pakistani policemen were killed when gunmen attacked a checkpoint in Quetta.",
        "قتل ستة من رجال الشرطة الباكستانية عندما هاجم مسلحون نقطة تفتيش في كويتا.",
        "شش پلیس پاکستانی هنگامی که افراد مسلح به یک ایست بازرسی در کویته حمله کردند کشته شدند.",
        ("ASSAULT reported PAK:UAF PAK:COP",),
    ),
    (
        "Three Iraqi soldiers were killed when ISIS militants attacked an army post in Kirkuk.",
        "قتل ثلاثة جنود عراقيين حين هاجم مسلحو داعش موقعا للجيش في كركوك.",
        "سه سرباز عراقی وقتی که شبه\u200cنظامیان داعش به یک پاسگاه ارتش در کرکوک حمله کردند کشته شدند.",
        ("ASSAULT reported IRQ:REB IRQ:MIL",),
    ),
    (
        "Two Afghan journalists were killed by Taliban gunmen in Kabul.",
        "قتل صحفيان أفغانيان على يد مسلحين من طالبان في كابول.",
        "دو روزنامه\u200cنگار افغان به دست افراد مسلح طالبان در کابل کشته شدند.",
        ("ASSAULT reported AFG:REB AFG:MED",),
    ),
    (
        "A Turkish soldier was killed by PKK militants in the southeast.",
        "قتل جندي تركي على يد مسلحي حزب العمال الكردستاني في جنوب شرق البلاد.",
        "یک سرباز ترک به دست شبه\u200cنظامیان پ\u200cک\u200cک در جنوب شرقی این کشور کشته شد.",
        ("ASSAULT reported TUR:REB TUR:MIL",),
    ),
    (
        "The Iranian embassy in Kabul was attacked by protesters.",
        "تعرضت السفارة الإيرانية في كابول لهجوم من قبل متظاهرين.",
        "سفارت ایران در کابل توسط معترضان مورد حمله قرار گرفت.",
        ("ASSAULT reported AFG:CVL IRN:GOV",),
    ),
    (
        "Two British nationals were detained by Iranian authorities.",
        "احتجز مواطنان بريطانيان من قبل السلطات الإيرانية.",
        "دو تبعه بریتانیایی توسط مقامات ایران بازداشت شدند.",
        ("COERCE reported IRN:GOV GBR:CVL",),
    ),
    (
        "The Saudi ambassador was expelled by the Lebanese government.",
        "طرد السفير السعودي من قبل الحكومة اللبنانية.",
        "سفیر عربستان از سوی دولت لبنان اخراج شد.",
        ("SANCTION reported LBN:GOV SAU:GOV",),
    ),
    (
        "A Palestinian teenager was shot dead by Israeli police in Jerusalem.",
        "قتل فتى فلسطيني برصاص الشرطة الإسرائيلية في القدس.",
        "یک نوجوان فلسطینی با شلیک پلیس اسرائیل در بیت\u200cالمقدس کشته شد.",
        ("ASSAULT reported ISR:COP PSE:CVL",),
    ),
    (
        "Iraqi protesters were attacked by militia members in Baghdad.",
        "تعرض متظاهرون عراقيون لهجوم من قبل عناصر ميليشيا في بغداد.",
        "معترضان عراقی در بغداد توسط اعضای شبه\u200cنظامیان مورد حمله قرار گرفتند.",
        ("ASSAULT reported IRQ:REB IRQ:CVL",),
    ),
    (
        "Sanctions were imposed on Iran by the United States.",
        "فرضت عقوبات على إيران من قبل الولايات المتحدة.",
        "تحریم\u200cهایی از سوی آمریکا علیه ایران اعمال شد.",
        ("SANCTION reported USA: IRN:",),
    ),
    (
        "Iraqi police arrested a Kuwaiti citizen in Basra.",
        "اعتقلت مواطنا كويتيا الشرطة العراقية في البصرة.",
        "پلیس عراق یک شهروند کویتی را در بصره بازداشت کرد.",
        ("COERCE reported IRQ:COP KWT:CVL",),
    ),
    (
        "Saudi Arabia released five Yemeni prisoners.",
        "أفرجت السعودية عن خمسة أسرى يمنيين.",
        "عربستان سعودی پنج زندانی یمنی را آزاد کرد.",
        ("CONCEDE reported SAU: YEM:CVL",),
    ),
    (
        "Turkey released two Greek soldiers.",
        "أفرجت تركيا عن جنديين يونانيين.",
        "ترکیه دو سرباز یونانی را آزاد کرد.",
        ("CONCEDE reported TUR: GRC:MIL",),
    ),
    (
        "Qatar expelled the Egyptian ambassador.",
        "طردت قطر السفير المصري.",
        "قطر سفیر مصر را اخراج کرد.",
        ("SANCTION reported QAT: EGY:GOV",),
    ),
    (
        "Bahrain lifted the ban on Qatari citizens.",
        "رفعت البحرين الحظر عن المواطنين القطريين.",
        "بحرین ممنوعیت شهروندان قطری را لغو کرد.",
        ("CONCEDE reported BHR: QAT:CVL",),
    ),
    (
        "Kuwait freed three Iraqi fishermen.",
        "أطلقت الكويت سراح ثلاثة صيادين عراقيين.",
        "کویت سه ماهیگیر عراقی را آزاد کرد.",
        ("CONCEDE reported KWT: IRQ:CVL",),
    ),
    (
        "Iran asked Iraq to expel the militants.",
        "طلبت إيران من العراق طرد المسلحين.",
        "ایران از عراق خواست شبه\u200cنظامیان را اخراج کند.",
        ("REQUEST reported IRN: IRQ:",),
    ),
    (
        "Germany urged Turkey to release the journalist.",
        "حثت ألمانيا تركيا على الإفراج عن الصحفي.",
        "آلمان از ترکیه خواست این روزنامه\u200cنگار را آزاد کند.",
        ("REQUEST reported DEU: TUR:",),
    ),
    (
        "Russia called on the United States to lift the sanctions.",
        "دعت روسيا الولايات المتحدة إلى رفع العقوبات.",
        "روسیه از آمریکا خواست تحریم\u200cها را لغو کند.",
        ("REQUEST reported RUS: USA:",),
    ),
    (
        "Egypt asked Israel to withdraw its forces from Rafah.",
        "طالبت مصر إسرائيل بسحب قواتها من رفح.",
        "مصر از اسرائیل خواست نیروهایش را از رفح خارج کند.",
        ("REQUEST reported EGY: ISR:MIL",),
    ),
    (
        "The European Union called on Iran to stop executions.",
        "دعا الاتحاد الأوروبي إيران إلى وقف الإعدامات.",
        "اتحادیه اروپا از ایران خواست اعدام\u200cها را متوقف کند.",
        ("REQUEST reported EU: IRN:",),
    ),
    (
        "China urged Japan to stop the patrols near the islands.",
        "حثت الصين اليابان على وقف الدوريات قرب الجزر.",
        "چین از ژاپن خواست گشت\u200cزنی در نزدیکی جزایر را متوقف کند.",
        ("REQUEST reported CHN: JPN:",),
    ),
    (
        "Iraq accused Turkey of bombing a village in Duhok.",
        "اتهم العراق تركيا بقصف قرية في دهوك.",
        "عراق ترکیه را به بمباران روستایی در دهوک متهم کرد.",
        ("ACCUSE reported IRQ: TUR:",),
    ),
    (
        "Lebanon accused Israel of killing three of its citizens.",
        "اتهم لبنان إسرائيل بقتل ثلاثة من مواطنيه.",
        "لبنان اسرائیل را به کشتن سه تن از شهروندانش متهم کرد.",
        ("ACCUSE reported LBN: ISR:",),
    ),
    (
        "Armenia accused Azerbaijan of shelling its border villages.",
        "اتهمت أرمينيا أذربيجان بقصف قراها الحدودية.",
        "ارمنستان آذربایجان را به گلوله\u200cباران روستاهای مرزی خود متهم کرد.",
        ("ACCUSE reported ARM: AZE:",),
    ),
    (
        "Russia accused Ukraine of attacking a Russian border town.",
        "اتهمت روسيا أوكرانيا بمهاجمة بلدة حدودية روسية.",
        "روسیه اوکراین را به حمله به یک شهر مرزی روسیه متهم کرد.",
        ("ACCUSE reported RUS: UKR:",),
    ),
    (
        "Iran accused Israel of assassinating its nuclear scientist.",
        "اتهمت إيران إسرائيل باغتيال عالمها النووي.",
        "ایران اسرائیل را به ترور دانشمند هسته\u200cای خود متهم کرد.",
        ("ACCUSE reported IRN: ISR:",),
    ),
    (
        "Syria accused Israel of bombing Damascus airport.",
        "اتهمت سوريا إسرائيل بقصف مطار دمشق.",
        "سوریه اسرائیل را به بمباران فرودگاه دمشق متهم کرد.",
        ("ACCUSE reported SYR: ISR:",),
    ),
    (
        "Syria said Israel had bombed its territory.",
        "قالت سوريا إن إسرائيل قصفت أراضيها.",
        "سوریه گفت اسرائیل خاک این کشور را بمباران کرده است.",
        ("ASSAULT reported ISR: SYR:",),
    ),
    (
        "Iran said the United States had seized its tanker.",
        "قالت إيران إن الولايات المتحدة احتجزت ناقلتها.",
        "ایران گفت آمریکا نفتکش این کشور را توقیف کرده است.",
        ("COERCE reported USA: IRN:",),
    ),
    (
        "Two Iraqi soldiers killed in ISIS attack in Diyala.",
        "مقتل جنديين عراقيين في هجوم لداعش في ديالى.",
        "کشته شدن دو سرباز عراقی در حمله داعش در دیالی.",
        ("ASSAULT reported IRQ:REB IRQ:MIL",),
    ),
    (
        "Five Afghan policemen killed in Taliban attack in Helmand.",
        "مقتل خمسة من رجال الشرطة الأفغانية في هجوم لطالبان في هلمند.",
        "کشته شدن پنج پلیس افغان در حمله طالبان در هلمند.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "Iran summoned the British ambassador on Monday and accused him of interference.",
        "استدعت إيران السفير البريطاني يوم الاثنين واتهمته بالتدخل.",
        "ایران روز دوشنبه سفیر بریتانیا را احضار کرد و او را به دخالت متهم کرد.",
        ("ACCUSE reported IRN: GBR:GOV",),
    ),
    (
        "The Iraqi army said it had killed five ISIS militants in Anbar.",
        "قال الجيش العراقي إنه قتل خمسة من مسلحي داعش في الأنبار.",
        "ارتش عراق اعلام کرد پنج شبه\u200cنظامی داعش را در الانبار کشته است.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Kuwait detained three Iranian fishermen and later released them.",
        "احتجزت الكويت ثلاثة صيادين إيرانيين ثم أفرجت عنهم لاحقا.",
        "کویت سه ماهیگیر ایرانی را بازداشت کرد و بعدا آنها را آزاد کرد.",
        ("COERCE reported KWT: IRN:CVL", "CONCEDE reported KWT: IRN:CVL"),
    ),
    (
        "Four Iraqi policemen were killed when ISIS militants ambushed their patrol.",
        "قتل أربعة من رجال الشرطة العراقية عندما نصب مسلحو داعش كمينا لدوريتهم.",
        "چهار پلیس عراقی هنگامی که شبه\u200cنظامیان داعش به گشت آنها کمین زدند کشته شدند.",
        ("ASSAULT reported -:REB IRQ:COP",),
    ),
    (
        "Three Afghan soldiers were killed when Taliban fighters attacked a checkpoint in Ghazni.",
        "قتل ثلاثة جنود أفغان عندما هاجم مقاتلو طالبان نقطة تفتيش في غزني.",
        "سه سرباز افغان هنگامی که جنگجویان طالبان به یک ایست بازرسی در غزنی حمله کردند کشته شدند.",
        ("ASSAULT reported AFG:REB AFG:MIL",),
    ),
    (
        "The Israeli army arrested a Palestinian journalist in Hebron.",
        "اعتقل صحفيا فلسطينيا الجيش الإسرائيلي في الخليل.",
        "ارتش اسرائیل یک روزنامه\u200cنگار فلسطینی را در الخلیل بازداشت کرد.",
        ("COERCE reported ISR:MIL PSE:MED",),
    ),
    (
        "The Lebanese army arrested a Syrian smuggler near the border.",
        "اعتقل مهربا سوريا الجيش اللبناني قرب الحدود.",
        "ارتش لبنان یک قاچاقچی سوری را در نزدیکی مرز بازداشت کرد.",
        ("COERCE reported LBN:MIL SYR:CRM",),
    ),
    (
        "The Turkish police detained an Iranian journalist in Istanbul.",
        "احتجزت صحفيا إيرانيا الشرطة التركية في إسطنبول.",
        "پلیس ترکیه یک روزنامه\u200cنگار ایرانی را در استانبول بازداشت کرد.",
        ("COERCE reported TUR:COP IRN:MED",),
    ),
    (
        "The Israeli army arrested a Palestinian journalist in Hebron.",
        "اعتقل الجيش الإسرائيلي صحفيا فلسطينيا في الخليل.",
        "ارتش اسرائیل یک روزنامه\u200cنگار فلسطینی را در الخلیل بازداشت کرد.",
        ("COERCE reported ISR:MIL PSE:MED",),
    ),
    (
        "Three Iraqi soldiers were killed in a Turkish drone strike in Sinjar.",
        "قتل ثلاثة جنود عراقيين في غارة لطائرة مسيرة تركية في سنجار.",
        "سه سرباز عراقی در حمله پهپادی ترکیه در سنجار کشته شدند.",
        ("ASSAULT reported TUR:MIL IRQ:MIL",),
    ),
    (
        "Five Nigerian soldiers were killed in a Boko Haram ambush.",
        "قتل خمسة جنود نيجيريين في كمين لبوكو حرام.",
        "پنج سرباز نیجریه\u200cای در کمین بوکوحرام کشته شدند.",
        ("ASSAULT reported NGA:REB NGA:MIL",),
    ),
    (
        "Two Pakistani soldiers died in a Taliban attack on a border post.",
        "قتل جنديان باكستانيان في هجوم لطالبان على مركز حدودي.",
        "دو سرباز پاکستانی در حمله طالبان به یک پاسگاه مرزی جان باختند.",
        ("ASSAULT reported AFG:REB PAK:MIL",),
    ),
    (
        "Six Yemeni civilians were killed in Saudi air strikes on Saada.",
        "قتل ستة مدنيين يمنيين في غارات جوية سعودية على صعدة.",
        "شش غیرنظامی یمنی در حملات هوایی عربستان به صعده کشته شدند.",
        ("ASSAULT reported SAU:MIL YEM:CVL",),
    ),
    (
        "The Iraqi army said it had arrested ten ISIS militants in Nineveh.",
        "قال الجيش العراقي إنه اعتقل عشرة من مسلحي داعش في نينوى.",
        "ارتش عراق اعلام کرد ده شبه\u200cنظامی داعش را در نینوا بازداشت کرده است.",
        ("COERCE reported IRQ:MIL IRQ:REB",),
    ),
    (
        "The Israeli embassy in Amman was attacked by Jordanian protesters.",
        "تعرضت السفارة الإسرائيلية في عمان لهجوم من قبل محتجين أردنيين.",
        "سفارت اسرائیل در امان توسط معترضان اردنی مورد حمله قرار گرفت.",
        ("ASSAULT reported JOR:CVL ISR:GOV",),
    ),
    (
        "Three Syrian refugees were arrested by Lebanese police.",
        "اعتقل ثلاثة لاجئين سوريين على يد الشرطة اللبنانية.",
        "سه پناهجوی سوری توسط پلیس لبنان بازداشت شدند.",
        ("COERCE reported LBN:COP SYR:REF",),
    ),
    (
        "An Iraqi journalist was killed by gunmen in Basra.",
        "قتل صحفي عراقي على يد مسلحين في البصرة.",
        "یک روزنامه\u200cنگار عراقی به دست افراد مسلح در بصره کشته شد.",
        ("ASSAULT reported IRQ:UAF IRQ:MED",),
    ),
    (
        "Two Turkish soldiers were wounded by a PKK attack.",
        "أصيب جنديان تركيان في هجوم لحزب العمال الكردستاني.",
        "دو سرباز ترک در حمله پ\u200cک\u200cک زخمی شدند.",
        ("ASSAULT reported TUR:REB TUR:MIL",),
    ),
    (
        "Israel accused Hezbollah of firing rockets at its territory.",
        "اتهمت إسرائيل حزب الله بإطلاق صواريخ على أراضيها.",
        "اسرائیل حزب\u200cالله را به شلیک موشک به خاک خود متهم کرد.",
        ("ACCUSE reported ISR: LBN:REB",),
    ),
    (
        "Sudan accused Ethiopia of attacking its army.",
        "اتهم السودان إثيوبيا بمهاجمة جيشه.",
        "سودان اتیوپی را به حمله به ارتش خود متهم کرد.",
        ("ACCUSE reported SDN: ETH:MIL",),
    ),
    (
        "Somalia accused Kenya of violating its sovereignty.",
        "اتهمت الصومال كينيا بانتهاك سيادتها.",
        "سومالی کنیا را به نقض حاکمیت خود متهم کرد.",
        ("ACCUSE reported SOM: KEN:",),
    ),
    (
        "Turkey asked Sweden to extradite the suspects.",
        "طلبت تركيا من السويد تسليم المشتبه بهم.",
        "ترکیه از سوئد خواست مظنونان را مسترد کند.",
        ("REQUEST reported TUR: SWE:",),
    ),
    (
        "Lebanon asked France to help rebuild the port.",
        "طلب لبنان من فرنسا المساعدة في إعادة بناء الميناء.",
        "لبنان از فرانسه خواست به بازسازی بندر کمک کند.",
        ("REQUEST reported LBN: FRA:",),
    ),
    (
        "Kuwait urged Iraq to respect the border agreement.",
        "حثت الكويت العراق على احترام اتفاقية الحدود.",
        "کویت از عراق خواست به توافق مرزی احترام بگذارد.",
        ("REQUEST reported KWT: IRQ:",),
    ),
    (
        "Two Iraqi soldiers were killed when gunmen attacked a checkpoint near Mosul.",
        "قتل جنديان عراقيان عندما هاجم مسلحون نقطة تفتيش قرب الموصل.",
        "دو سرباز عراقی هنگامی که افراد مسلح به یک ایست بازرسی در نزدیکی موصل حمله کردند کشته شدند.",
        ("ASSAULT reported IRQ:UAF IRQ:MIL",),
    ),
    (
        "Two Egyptian soldiers were killed when gunmen attacked a checkpoint in northern Sinai.",
        "قتل جنديان مصريان عندما هاجم مسلحون نقطة تفتيش في شمال سيناء.",
        "دو سرباز مصری هنگامی که افراد مسلح به یک ایست بازرسی در شمال سینا حمله کردند کشته شدند.",
        ("ASSAULT reported EGY:UAF EGY:MIL",),
    ),
    (
        "Three Lebanese civilians were wounded when Israeli troops opened fire on a village.",
        "أصيب ثلاثة مدنيين لبنانيين عندما أطلقت القوات الإسرائيلية النار على قرية.",
        "سه غیرنظامی لبنانی هنگامی که نیروهای اسرائیلی به سوی یک روستا تیراندازی کردند زخمی شدند.",
        ("ASSAULT reported ISR:MIL LBN:CVL",),
    ),
    (
        "An Afghan policeman was killed when Taliban fighters attacked his checkpoint.",
        "قتل شرطي أفغاني عندما هاجم مقاتلو طالبان نقطة التفتيش التي يعمل فيها.",
        "یک پلیس افغان هنگامی که جنگجویان طالبان به ایست بازرسی او حمله کردند کشته شد.",
        ("ASSAULT reported AFG:REB AFG:COP",),
    ),
    (
        "Four Syrian soldiers were killed when rebels attacked an army checkpoint near Daraa.",
        "قتل أربعة جنود سوريين عندما هاجم المتمردون حاجزا للجيش قرب درعا.",
        "چهار سرباز سوری هنگامی که شورشیان به یک ایست بازرسی ارتش در نزدیکی درعا حمله کردند کشته شدند.",
        ("ASSAULT reported SYR:REB SYR:MIL",),
    ),
    (
        "Three Yemeni soldiers were killed when Houthi rebels attacked their camp in Marib.",
        "قتل ثلاثة جنود يمنيين عندما هاجم المتمردون الحوثيون معسكرهم في مأرب.",
        "سه سرباز یمنی هنگامی که شورشیان حوثی به اردوگاهشان در مأرب حمله کردند کشته شدند.",
        ("ASSAULT reported YEM:REB YEM:MIL",),
    ),
    (
        # Arabic "مسلحين" struck by the army are militants (tri31ag)
        "Iraqi forces killed three militants when they attacked a checkpoint in Kirkuk.",
        "قتلت القوات العراقية ثلاثة مسلحين عندما هاجموا نقطة تفتيش في كركوك.",
        "نیروهای عراقی سه شبه‌نظامی را هنگامی که به یک ایست بازرسی در کرکوک حمله کردند کشتند.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Turkish police arrested two Syrian smugglers when they crossed the border.",
        "اعتقلت الشرطة التركية مهربين سوريين اثنين عندما عبرا الحدود.",
        "پلیس ترکیه دو قاچاقچی سوری را هنگامی که از مرز عبور کردند بازداشت کرد.",
        ("COERCE reported TUR:COP SYR:CRM",),
    ),
    (
        "The Iranian ambassador was summoned by the Azerbaijani Foreign Ministry.",
        "استدعي السفير الإيراني من قبل وزارة الخارجية الأذربيجانية.",
        "سفیر ایران از سوی وزارت امور خارجه جمهوری آذربایجان احضار شد.",
        ("ACCUSE reported AZE:GOV IRN:GOV",),
    ),
    (
        "The Egyptian ambassador was summoned by the Ethiopian Foreign Ministry.",
        "استدعي السفير المصري من قبل وزارة الخارجية الإثيوبية.",
        "سفیر مصر از سوی وزارت امور خارجه اتیوپی احضار شد.",
        ("ACCUSE reported ETH:GOV EGY:GOV",),
    ),
    (
        "The Qatari ambassador was summoned by the Saudi Foreign Ministry.",
        "استدعي السفير القطري من قبل وزارة الخارجية السعودية.",
        "سفیر قطر از سوی وزارت امور خارجه عربستان احضار شد.",
        ("ACCUSE reported SAU:GOV QAT:GOV",),
    ),
    (
        "Three Iranian fishermen were released by the Kuwaiti authorities.",
        "أفرج عن ثلاثة صيادين إيرانيين من قبل السلطات الكويتية.",
        "سه ماهیگیر ایرانی از سوی مقامات کویت آزاد شدند.",
        ("CONCEDE reported KWT:GOV IRN:CVL",),
    ),
    (
        "Two Lebanese shepherds were kidnapped by Israeli soldiers near the border.",
        "اختطف راعيان لبنانيان على يد جنود إسرائيليين قرب الحدود.",
        "دو چوپان لبنانی توسط سربازان اسرائیلی در نزدیکی مرز ربوده شدند.",
        ("ASSAULT reported ISR:MIL LBN:CVL",),
    ),
    (
        "A Syrian refugee was killed by Turkish border guards.",
        "قتل لاجئ سوري برصاص حرس الحدود التركي.",
        "یک پناهجوی سوری با شلیک مرزبانان ترکیه کشته شد.",
        ("ASSAULT reported TUR:COP SYR:REF",),
    ),
    (
        "An Iraqi activist was killed by gunmen in Karbala.",
        "قتل ناشط عراقي على يد مسلحين في كربلاء.",
        "یک فعال عراقی به دست افراد مسلح در کربلا کشته شد.",
        ("ASSAULT reported IRQ:UAF IRQ:OPP",),
    ),
    (
        "Two Iraqi soldiers were killed in a Turkish air strike.",
        "قتل جنديان عراقيان في غارة جوية تركية.",
        "دو سرباز عراقی در حمله هوایی ترکیه کشته شدند.",
        ("ASSAULT reported TUR:MIL IRQ:MIL",),
    ),
    (
        "Four Egyptian policemen were killed in an ISIS attack in Sinai.",
        "قتل أربعة من رجال الشرطة المصرية في هجوم لداعش في سيناء.",
        "چهار پلیس مصری در حمله داعش در سینا کشته شدند.",
        ("ASSAULT reported -:REB EGY:COP",),
    ),
    (
        "Three Afghan civilians were killed in a Taliban attack in Kandahar.",
        "قتل ثلاثة مدنيين أفغان في هجوم لطالبان في قندهار.",
        "سه غیرنظامی افغان در حمله طالبان در قندهار کشته شدند.",
        ("ASSAULT reported AFG:REB AFG:CVL",),
    ),
    (
        "The Iraqi police arrested a Syrian smuggler in Anbar.",
        "اعتقلت مهربا سوريا الشرطة العراقية في الأنبار.",
        "پلیس عراق یک قاچاقچی سوری را در الانبار بازداشت کرد.",
        ("COERCE reported IRQ:COP SYR:CRM",),
    ),
    (
        "The Jordanian army arrested a Syrian smuggler at the border.",
        "اعتقل مهربا سوريا الجيش الأردني على الحدود.",
        "ارتش اردن یک قاچاقچی سوری را در مرز بازداشت کرد.",
        ("COERCE reported JOR:MIL SYR:CRM",),
    ),
    (
        "Iraq released ten Iranian pilgrims.",
        "أفرج العراق عن عشرة حجاج إيرانيين.",
        "عراق ده زائر ایرانی را آزاد کرد.",
        ("CONCEDE reported IRQ: IRN:CVL",),
    ),
    (
        "Israel released five Palestinian prisoners.",
        "أفرجت إسرائيل عن خمسة أسرى فلسطينيين.",
        "اسرائیل پنج زندانی فلسطینی را آزاد کرد.",
        ("CONCEDE reported ISR: PSE:CVL",),
    ),
    (
        "Russia released an American journalist.",
        "أفرجت روسيا عن صحفي أمريكي.",
        "روسیه یک روزنامه\u200cنگار آمریکایی را آزاد کرد.",
        ("CONCEDE reported RUS: USA:MED",),
    ),
    (
        "Saudi Arabia released two Qatari citizens.",
        "أطلقت السعودية سراح مواطنين قطريين اثنين.",
        "عربستان سعودی دو شهروند قطری را آزاد کرد.",
        ("CONCEDE reported SAU: QAT:CVL",),
    ),
    (
        "Turkish warplanes on Wednesday, in a wide operation in the Qandil mountains, bombed PKK hideouts.",
        "قصفت الطائرات الحربية التركية يوم الأربعاء في عملية واسعة في جبال قنديل مخابئ حزب العمال الكردستاني.",
        "جنگنده\u200cهای ترکیه روز چهارشنبه در یک عملیات گسترده در کوه\u200cهای قندیل مخفیگاه\u200cهای پ\u200cک\u200cک را بمباران کردند.",
        ("ASSAULT reported TUR:MIL TUR:REB",),
    ),
    (
        "Pakistan asked Afghanistan to act against the militants.",
        "طلبت باكستان من أفغانستان التحرك ضد المسلحين.",
        "پاکستان از افغانستان خواست علیه شبه\u200cنظامیان اقدام کند.",
        ("REQUEST reported PAK: AFG:",),
    ),
    (
        "Iran asked Saudi Arabia to release its pilgrims.",
        "طلبت إيران من السعودية الإفراج عن حجاجها.",
        "ایران از عربستان سعودی خواست زائرانش را آزاد کند.",
        ("REQUEST reported IRN: SAU:",),
    ),
    (
        "Jordan urged Israel to stop the raids on Al-Aqsa.",
        "حث الأردن إسرائيل على وقف الاقتحامات للمسجد الأقصى.",
        "اردن از اسرائیل خواست یورش\u200cها به مسجد الاقصی را متوقف کند.",
        ("REQUEST reported JOR: ISR:",),
    ),
    (
        "Lebanon asked the United Nations to pressure Israel.",
        "طلب لبنان من الأمم المتحدة الضغط على إسرائيل.",
        "لبنان از سازمان ملل خواست بر اسرائیل فشار بیاورد.",
        ("REQUEST reported LBN: UN:",),
    ),
    (
        "Iraq accused Iran of shelling Kurdish villages.",
        "اتهم العراق إيران بقصف قرى كردية.",
        "عراق ایران را به گلوله\u200cباران روستاهای کردنشین متهم کرد.",
        ("ACCUSE reported IRQ: IRN:",),
    ),
    (
        "Yemen accused Iran of arming the Houthis.",
        "اتهم اليمن إيران بتسليح الحوثيين.",
        "یمن ایران را به مسلح کردن حوثی\u200cها متهم کرد.",
        ("ACCUSE reported YEM: IRN:",),
    ),
    (
        "Israel accused Iran of attacking a tanker in the Gulf of Oman.",
        "اتهمت إسرائيل إيران بمهاجمة ناقلة نفط في خليج عمان.",
        "اسرائیل ایران را به حمله به یک نفتکش در دریای عمان متهم کرد.",
        ("ACCUSE reported ISR: IRN:",),
    ),
    (
        "Ethiopia accused Egypt of supporting the rebels.",
        "اتهمت إثيوبيا مصر بدعم المتمردين.",
        "اتیوپی مصر را به حمایت از شورشیان متهم کرد.",
        ("ACCUSE reported ETH: EGY:",),
    ),
    (
        "Israel said it had killed a Hamas commander in Gaza.",
        "قالت إسرائيل إنها قتلت قائدا في حماس في غزة.",
        "اسرائیل اعلام کرد یک فرمانده حماس را در غزه کشته است.",
        ("ASSAULT reported ISR: PSE:REB",),
    ),
    (
        "The Turkish police said they had arrested twenty ISIS suspects.",
        "قالت الشرطة التركية إنها اعتقلت عشرين مشتبها بانتمائهم لداعش.",
        "پلیس ترکیه اعلام کرد بیست مظنون داعش را بازداشت کرده است.",
        ("COERCE reported TUR:COP -:REB",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_agree(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# Each rule on its own language, with the controls it must leave alone.
CASES: list[tuple[str, str, set[str]]] = [
    # the speaker owns what the reported deed struck
    ("Syria said Israel had bombed its territory.", "en", {"ASSAULT reported ISR: SYR:"}),
    (
        "Iraq said Iranian forces had shelled its border villages.",
        "en",
        {"ASSAULT reported IRN:MIL IRQ:"},
    ),
    ("Iran said the United States had seized its tanker.", "en", {"COERCE reported USA: IRN:"}),
    # ... and so in Arabic (a suffix on the object) and Persian ("این کشور")
    ("قالت سوريا إن إسرائيل قصفت أراضيها.", "ar", {"ASSAULT reported ISR: SYR:"}),
    ("قالت إيران إن الولايات المتحدة احتجزت ناقلتها.", "ar", {"COERCE reported USA: IRN:"}),
    ("سوریه گفت اسرائیل خاک این کشور را بمباران کرده است.", "fa", {"ASSAULT reported ISR: SYR:"}),
    # Arabic VOS, and the subjects it must not move
    ("احتجزت حاجا إيرانيا السلطات السعودية في مكة.", "ar", {"COERCE reported SAU:GOV IRN:"}),
    ("اعتقلت مواطنا كويتيا الشرطة العراقية في البصرة.", "ar", {"COERCE reported IRQ:COP KWT:CVL"}),
    ("قصفت تركيا مواقع حزب العمال في شمال العراق.", "ar", {"ASSAULT reported TUR: -:PTY"}),
    ("خطف مسلحون مهندسا تركيا في ليبيا.", "ar", {"ASSAULT reported LBY:UAF TUR:"}),
    # a clause of time whose main clause has its own doer
    (
        "نیروهای اسرائیلی هنگامی که به روستایی در نزدیکی نابلس یورش بردند دو فلسطینی را کشتند.",
        "fa",
        {"ASSAULT reported ISR:MIL PSE:CVL"},
    ),
    (
        "قتل الجيش العراقي خمسة مسلحين عندما هاجموا نقطة تفتيش قرب الموصل.",
        "ar",
        {"ASSAULT reported IRQ:MIL IRQ:REB"},
    ),
    (
        "Israeli forces opened fire when protesters threw stones at a checkpoint.",
        "en",
        {"ASSAULT reported ISR:MIL"},
    ),
    (
        "Two Yemeni civilians were wounded as Houthi rebels shelled a market in Taiz.",
        "en",
        {"ASSAULT reported YEM:REB YEM:CVL"},
    ),
    # the victims of the main clause join the deed of the clause of time
    (
        "Three Lebanese civilians were wounded when Israeli troops opened fire on a village.",
        "en",
        {"ASSAULT reported ISR:MIL LBN:CVL"},
    ),
    (
        "Two Yemeni civilians were killed when Houthi rebels shelled a market in Taiz.",
        "en",
        {"ASSAULT reported YEM:REB YEM:CVL"},
    ),
    # English modifier doers
    (
        "Syrian soldiers killed in Israeli strike near Damascus.",
        "en",
        {"ASSAULT reported ISR: SYR:MIL"},
    ),
    (
        "Hezbollah fighters were killed in Israeli strikes in Syria.",
        "en",
        {"ASSAULT reported ISR: LBN:REB"},
    ),
    # Arabic passive agents of a release
    (
        "أفرج عن الصيادين الإيرانيين من قبل السلطات الكويتية.",
        "ar",
        {"CONCEDE reported KWT:GOV IRN:CVL"},
    ),
    # Persian perfect: active with "است", passive with "شده"
    (
        "ارتش عراق اعلام کرد پنج شبه‌نظامی داعش را در الانبار کشته است.",
        "fa",
        {"ASSAULT reported IRQ:MIL IRQ:REB"},
    ),
    ("ارتش عراق اعلام کرد پنج سرباز در الانبار کشته شده است.", "fa", {"ASSAULT reported IRQ:MIL"}),
    # a definite body whose name ends in alif is the subject, not a fronted object
    ("انتقد الدوما الحكومة الأوكرانية.", "ar", {"ACCUSE reported RUS:LEG UKR:GOV"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages should give
# (each checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # an English subject parted from its verb by a comma's aside is lost
    (
        "Iraqi police, after a long chase in the south of the country, arrested three Iranian smugglers.",
        "en",
        {"COERCE reported IRQ:COP IRN:CRM"},
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
