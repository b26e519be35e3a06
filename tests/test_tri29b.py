"""The same diplomatic or verbal event told in Arabic, Persian and English
gets the same reading: type, status and each actor's code and agent, in
order (sentences written for these tests, natural news wording in each
language, not word for word).

Round tri29b wrote such triples for CONSULT, AGREE, COOPERATE, AID, SUPPORT,
REQUEST, CONCEDE, ACCUSE and REJECT (officials by title, states, IGOs,
planned / reported / negated, joint subjects, counterparts, comitatives,
relative and passive forms) and fixed the language that read one otherwise:

- fa: an expectation or a schedule ("انتظار می‌رود", "مقرر است") plans the
  subjunctive deed after it;
- ar: the subjunctive "أن توقع" signs, "ستوقع" is planned;
- fa: a message, a call or credentials received ("پیامی از … دریافت کرد");
- ar: a head's title before an organisation glued to "ل" ("الأمين العام
  لحلف الناتو") is its official;
- fa: "رؤسای جمهور" are presidents; "همتای آذربایجانی" is the Republic's;
- en: "failed to reach a peace agreement" is negated; "a joint investment
  committee" is cooperation; "called his counterpart" is a call; "exchange
  ambassadors"; an office holder "will travel to" a state visits it;
- ar: a visit of one's own begun or ended ("اختتم … زيارته"); credentials
  received ("تسلم أوراق اعتماد"); "اتصل ب" a leader; "أقام علاقات
  دبلوماسية"; "الاتفاق بين X وY" is an agreement made;
- fa: a pledge ("متعهد شد") followed by the aid or cooperation it promises is
  that event, no agreement besides.
"""

from __future__ import annotations

import pytest

from casts import Reading
from casts import reading as read

# (English, Arabic, Persian, the reading all three give)
TRIPLES = [
    (
        "The Iranian foreign minister will visit Baghdad next week.",
        "سيزور وزير الخارجية الإيراني بغداد الأسبوع المقبل.",
        "وزیر امور خارجه ایران هفته آینده به بغداد سفر خواهد کرد.",
        [("CONSULT", "planned", (("IRN", "GOV"), ("IRQ", None)))],
    ),
    (
        "The Saudi crown prince met the French president in Riyadh.",
        "التقى ولي العهد السعودي الرئيس الفرنسي في الرياض.",
        "ولیعهد عربستان سعودی با رئیس\u200cجمهور فرانسه در ریاض دیدار کرد.",
        [("CONSULT", "reported", (("SAU", "GOV"), ("FRA", "GOV")))],
    ),
    (
        "The Egyptian foreign minister held talks with his Jordanian counterpart in Cairo.",
        "أجرى وزير الخارجية المصري محادثات مع نظيره الأردني في القاهرة.",
        "وزیر خارجه مصر در قاهره با همتای اردنی خود مذاکره کرد.",
        [("CONSULT", "reported", (("EGY", "GOV"), ("JOR", "GOV")))],
    ),
    (
        "The Iraqi prime minister received a phone call from the Emir of Kuwait.",
        "تلقى رئيس الوزراء العراقي اتصالا هاتفيا من أمير الكويت.",
        "نخست\u200cوزیر عراق در تماسی تلفنی با امیر کویت گفت\u200cوگو کرد.",
        [("CONSULT", "reported", (("IRQ", "GOV"), ("KWT", "GOV")))],
    ),
    (
        "The speaker of the Iranian parliament met the Syrian ambassador in Tehran.",
        "التقى رئيس مجلس الشورى الإيراني السفير السوري في طهران.",
        "رئیس مجلس ایران با سفیر سوریه در تهران دیدار کرد.",
        [("CONSULT", "reported", (("IRN", "LEG"), ("SYR", "GOV")))],
    ),
    (
        "The visit of the Turkish president to Cairo was postponed.",
        "تأجلت زيارة الرئيس التركي إلى القاهرة.",
        "سفر رئیس\u200cجمهور ترکیه به قاهره به تعویق افتاد.",
        # postponed86: a postponed event is negated
        [("CONSULT", "negated", (("TUR", "GOV"), ("EGY", None)))],
    ),
    (
        "The Arab League secretary general met the Lebanese prime minister in Beirut.",
        "التقى الأمين العام لجامعة الدول العربية رئيس الوزراء اللبناني في بيروت.",
        "دبیرکل اتحادیه عرب با نخست\u200cوزیر لبنان در بیروت دیدار کرد.",
        [("CONSULT", "reported", (("ARABLEAGUE", "GOV"), ("LBN", "GOV")))],
    ),
    (
        "GCC foreign ministers held a meeting in Riyadh.",
        "عقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعا في الرياض.",
        "وزیران خارجه شورای همکاری خلیج فارس در ریاض نشستی برگزار کردند.",
        [("CONSULT", "reported", (("GCC", "GOV"),))],
    ),
    (
        "The Chinese foreign minister and his Pakistani counterpart discussed regional security by phone.",
        "بحث وزير الخارجية الصيني ونظيره الباكستاني هاتفيا الأمن الإقليمي.",
        "وزیر امور خارجه چین و همتای پاکستانی\u200cاش تلفنی درباره امنیت منطقه گفت\u200cوگو کردند.",
        [("CONSULT", "reported", (("CHN", "GOV"), ("PAK", "GOV")))],
    ),
    (
        "The Sultan of Oman received the Iranian president, who is on an official visit to Muscat.",
        "استقبل سلطان عمان الرئيس الإيراني الذي يقوم بزيارة رسمية إلى مسقط.",
        "سلطان عمان رئیس\u200cجمهور ایران را که در سفری رسمی به مسقط به سر می\u200cبرد، به حضور پذیرفت.",
        [("CONSULT", "reported", (("OMN", "GOV"), ("IRN", "GOV")))],
    ),
    (
        "The Iranian president did not meet the US president in New York.",
        "لم يلتق الرئيس الإيراني بالرئيس الأمريكي في نيويورك.",
        "رئیس\u200cجمهور ایران در نیویورک با رئیس\u200cجمهور آمریکا دیدار نکرد.",
        [("CONSULT", "negated", (("IRN", "GOV"), ("USA", "GOV")))],
    ),
    (
        "The Indian prime minister arrived in Abu Dhabi on a two-day visit.",
        "وصل رئيس الوزراء الهندي إلى أبوظبي في زيارة تستغرق يومين.",
        "نخست\u200cوزیر هند برای یک سفر دو روزه وارد ابوظبی شد.",
        [("CONSULT", "reported", (("IND", "GOV"), ("ARE", None)))],
    ),
    (
        "Iran and Saudi Arabia will hold a new round of talks in Baghdad.",
        "ستعقد إيران والسعودية جولة جديدة من المحادثات في بغداد.",
        "ایران و عربستان سعودی دور جدیدی از مذاکرات را در بغداد برگزار خواهند کرد.",
        [("CONSULT", "planned", (("IRN", None), ("SAU", None)))],
    ),
    (
        "The Iraqi president, along with the foreign minister, received the French ambassador.",
        "استقبل الرئيس العراقي، برفقة وزير الخارجية، السفير الفرنسي.",
        "رئیس\u200cجمهور عراق به همراه وزیر خارجه، سفیر فرانسه را به حضور پذیرفت.",
        [("CONSULT", "reported", (("IRQ", "GOV"), ("FRA", "GOV")))],
    ),
    (
        "The Jordanian king met the US president at the White House.",
        "التقى العاهل الأردني الرئيس الأمريكي في البيت الأبيض.",
        "پادشاه اردن در کاخ سفید با رئیس\u200cجمهور آمریکا دیدار کرد.",
        [("CONSULT", "reported", (("JOR", "GOV"), ("USA", "GOV")))],
    ),
    (
        "Talks between the Afghan government and the Taliban were held in Doha.",
        "عقدت في الدوحة محادثات بين الحكومة الأفغانية وحركة طالبان.",
        "مذاکرات میان دولت افغانستان و طالبان در دوحه برگزار شد.",
        [("CONSULT", "reported", (("AFG", "GOV"), ("AFG", "REB")))],
    ),
    (
        "The Pakistani army chief met the Saudi defense minister in Riyadh.",
        "التقى قائد الجيش الباكستاني وزير الدفاع السعودي في الرياض.",
        "فرمانده ارتش پاکستان با وزیر دفاع عربستان سعودی در ریاض دیدار کرد.",
        [("CONSULT", "reported", (("PAK", "MIL"), ("SAU", "GOV")))],
    ),
    (
        "The Egyptian president discussed the situation in Gaza by phone with the Emir of Qatar.",
        "بحث الرئيس المصري هاتفيا مع أمير قطر الأوضاع في غزة.",
        "رئیس\u200cجمهور مصر در گفت\u200cوگویی تلفنی با امیر قطر درباره اوضاع غزه رایزنی کرد.",
        [("CONSULT", "reported", (("EGY", "GOV"), ("QAT", "GOV")))],
    ),
    (
        "The UN Secretary-General met the Iranian foreign minister on the sidelines of the General Assembly.",
        "التقى الأمين العام للأمم المتحدة وزير الخارجية الإيراني على هامش الجمعية العامة.",
        "دبیرکل سازمان ملل در حاشیه مجمع عمومی با وزیر خارجه ایران دیدار کرد.",
        [("CONSULT", "reported", (("UN", "GOV"), ("IRN", "GOV")))],
    ),
    (
        "The Turkish foreign minister is scheduled to meet his Greek counterpart on Thursday.",
        "من المقرر أن يلتقي وزير الخارجية التركي نظيره اليوناني يوم الخميس.",
        "قرار است وزیر امور خارجه ترکیه روز پنجشنبه با همتای یونانی خود دیدار کند.",
        [("CONSULT", "planned", (("TUR", "GOV"), ("GRC", "GOV")))],
    ),
    (
        "The head of the Palestinian Authority received a delegation from the European Union.",
        "استقبل رئيس السلطة الفلسطينية وفدا من الاتحاد الأوروبي.",
        "رئیس تشکیلات خودگردان فلسطین هیئتی از اتحادیه اروپا را به حضور پذیرفت.",
        [("CONSULT", "reported", (("PSE", "GOV"), ("EU", None)))],
    ),
    (
        "Erdogan and Putin met in Sochi.",
        "التقى أردوغان وبوتين في سوتشي.",
        "اردوغان و پوتین در سوچی با یکدیگر دیدار کردند.",
        [("CONSULT", "reported", (("TUR", "GOV"), ("RUS", "GOV")))],
    ),
    (
        "The Lebanese prime minister held talks in Paris with the French president.",
        "أجرى رئيس الوزراء اللبناني في باريس محادثات مع الرئيس الفرنسي.",
        "نخست\u200cوزیر لبنان در پاریس با رئیس\u200cجمهور فرانسه گفت\u200cوگو کرد.",
        [("CONSULT", "reported", (("LBN", "GOV"), ("FRA", "GOV")))],
    ),
    (
        "Kuwait hosted a meeting of Arab foreign ministers.",
        "استضافت الكويت اجتماعا لوزراء الخارجية العرب.",
        "کویت میزبان نشست وزیران خارجه عرب بود.",
        [("CONSULT", "reported", (("KWT", None), (None, "GOV")))],
    ),
    (
        "The Jordanian king will receive the Palestinian president in Amman.",
        "سيستقبل العاهل الأردني الرئيس الفلسطيني في عمان.",
        "پادشاه اردن رئیس تشکیلات خودگردان فلسطین را در امان به حضور خواهد پذیرفت.",
        [("CONSULT", "planned", (("JOR", "GOV"), ("PSE", "GOV")))],
    ),
    (
        "The Turkish defense minister met the NATO secretary general in Brussels.",
        "التقى وزير الدفاع التركي الأمين العام لحلف الناتو في بروكسل.",
        "وزیر دفاع ترکیه با دبیرکل ناتو در بروکسل دیدار کرد.",
        [("CONSULT", "reported", (("TUR", "GOV"), ("NATO", "GOV")))],
    ),
    (
        "The Algerian president received a letter from his Tunisian counterpart.",
        "تلقى الرئيس الجزائري رسالة من نظيره التونسي.",
        "رئیس\u200cجمهور الجزایر پیامی از همتای تونسی خود دریافت کرد.",
        [("CONSULT", "reported", (("DZA", "GOV"), ("TUN", "GOV")))],
    ),
    (
        "The meeting between the Iraqi and Syrian foreign ministers was held in Baghdad.",
        "عقد في بغداد اجتماع بين وزيري الخارجية العراقي والسوري.",
        "نشست وزرای خارجه عراق و سوریه در بغداد برگزار شد.",
        [("CONSULT", "reported", (("IRQ", "GOV"), ("SYR", "GOV")))],
    ),
    (
        "The Syrian president, who visited Abu Dhabi on Sunday, met the UAE president.",
        "التقى الرئيس السوري، الذي زار أبوظبي يوم الأحد، رئيس دولة الإمارات.",
        "رئیس\u200cجمهور سوریه که روز یکشنبه به ابوظبی سفر کرد، با رئیس امارات دیدار کرد.",
        [("CONSULT", "reported", (("SYR", "GOV"), ("ARE", "GOV")))],
    ),
    (
        "The Iranian president is expected to visit Moscow.",
        "من المتوقع أن يزور الرئيس الإيراني موسكو.",
        "انتظار می\u200cرود رئیس\u200cجمهور ایران به مسکو سفر کند.",
        [("CONSULT", "planned", (("IRN", "GOV"), ("RUS", None)))],
    ),
    (
        "The German chancellor spoke by phone with the Turkish president.",
        "أجرى المستشار الألماني اتصالا هاتفيا مع الرئيس التركي.",
        "صدراعظم آلمان با رئیس\u200cجمهور ترکیه تلفنی گفت\u200cوگو کرد.",
        [("CONSULT", "reported", (("DEU", "GOV"), ("TUR", "GOV")))],
    ),
    (
        "The Kuwaiti prime minister will visit Cairo on Monday.",
        "يزور رئيس الوزراء الكويتي القاهرة يوم الاثنين المقبل.",
        "نخست\u200cوزیر کویت دوشنبه آینده به قاهره سفر می\u200cکند.",
        [("CONSULT", "planned", (("KWT", "GOV"), ("EGY", None)))],
    ),
    (
        "The Omani foreign minister held talks with the US envoy in Muscat.",
        "أجرى وزير الخارجية العماني محادثات مع المبعوث الأمريكي في مسقط.",
        "وزیر امور خارجه عمان در مسقط با فرستاده آمریکا گفت\u200cوگو کرد.",
        [("CONSULT", "reported", (("OMN", "GOV"), ("USA", "GOV")))],
    ),
    (
        "Iraq and Turkey signed a memorandum of understanding on water.",
        "وقع العراق وتركيا مذكرة تفاهم بشأن المياه.",
        "عراق و ترکیه یادداشت تفاهمی درباره آب امضا کردند.",
        [("AGREE", "reported", (("IRQ", None), ("TUR", None)))],
    ),
    (
        "Egypt and Sudan did not sign the agreement.",
        "لم توقع مصر والسودان الاتفاقية.",
        "مصر و سودان این توافقنامه را امضا نکردند.",
        [("AGREE", "negated", (("EGY", None), ("SDN", None)))],
    ),
    (
        "Iran and the IAEA agreed on a new inspection plan.",
        "اتفقت إيران والوكالة الدولية للطاقة الذرية على خطة تفتيش جديدة.",
        "ایران و آژانس بین\u200cالمللی انرژی اتمی بر سر طرح بازرسی جدیدی توافق کردند.",
        [("AGREE", "reported", (("IRN", None), ("IAEA", None)))],
    ),
    (
        "Jordan and Iraq will sign a free trade agreement next month.",
        "سيوقع الأردن والعراق اتفاقية للتجارة الحرة الشهر المقبل.",
        "اردن و عراق ماه آینده موافقت\u200cنامه تجارت آزاد امضا خواهند کرد.",
        [("AGREE", "planned", (("JOR", None), ("IRQ", None)))],
    ),
    (
        "Armenia and Azerbaijan failed to reach a peace agreement.",
        "فشلت أرمينيا وأذربيجان في التوصل إلى اتفاق سلام.",
        "ارمنستان و جمهوری آذربایجان نتوانستند به توافق صلح دست یابند.",
        [("AGREE", "negated", (("ARM", None), ("AZE", None)))],
    ),
    (
        "The UN and the Yemeni government signed an agreement on mine clearance.",
        "وقعت الأمم المتحدة والحكومة اليمنية اتفاقا لإزالة الألغام.",
        "سازمان ملل و دولت یمن توافقنامه\u200cای برای پاکسازی مین امضا کردند.",
        [("AGREE", "reported", (("UN", None), ("YEM", "GOV")))],
    ),
    (
        "The Sudanese army and the Rapid Support Forces agreed to a ceasefire.",
        "اتفق الجيش السوداني وقوات الدعم السريع على وقف إطلاق النار.",
        "ارتش سودان و نیروهای واکنش سریع بر سر آتش\u200cبس توافق کردند.",
        [("AGREE", "reported", (("SDN", "MIL"), ("SDN", "REB")))],
    ),
    (
        "The signing of the agreement between Iraq and Jordan was postponed.",
        "تأجل توقيع الاتفاقية بين العراق والأردن.",
        "امضای توافقنامه میان عراق و اردن به تعویق افتاد.",
        # postponed86: a postponed event is negated
        [("AGREE", "negated", (("IRQ", None), ("JOR", None)))],
    ),
    (
        "Oman and Iran signed four cooperation documents in energy and trade.",
        "وقعت سلطنة عمان وإيران أربع وثائق تعاون في مجالي الطاقة والتجارة.",
        "عمان و ایران چهار سند همکاری در زمینه\u200cهای انرژی و تجارت امضا کردند.",
        [("AGREE", "reported", (("OMN", None), ("IRN", None)))],
    ),
    (
        "The Lebanese parliament ratified the maritime border agreement with Cyprus.",
        "صادق البرلمان اللبناني على اتفاقية الحدود البحرية مع قبرص.",
        "پارلمان لبنان توافقنامه مرز دریایی با قبرس را تصویب کرد.",
        [("AGREE", "reported", (("LBN", "LEG"), ("CYP", None)))],
    ),
    (
        "The president of Kazakhstan and the Turkish president signed a joint declaration.",
        "وقع رئيس كازاخستان والرئيس التركي إعلانا مشتركا.",
        "رئیس\u200cجمهور قزاقستان و رئیس\u200cجمهور ترکیه بیانیه مشترکی امضا کردند.",
        [("AGREE", "reported", (("KAZ", "GOV"), ("TUR", "GOV")))],
    ),
    (
        "The Iranian foreign minister and his Omani counterpart signed a memorandum of understanding.",
        "وقع وزير الخارجية الإيراني ونظيره العماني مذكرة تفاهم.",
        "وزیر امور خارجه ایران و همتای عمانی\u200cاش یک تفاهم\u200cنامه امضا کردند.",
        [("AGREE", "reported", (("IRN", "GOV"), ("OMN", "GOV")))],
    ),
    (
        "Kuwait and Egypt signed an agreement to avoid double taxation.",
        "وقعت الكويت ومصر اتفاقية لتجنب الازدواج الضريبي.",
        "کویت و مصر موافقت\u200cنامه\u200cای برای اجتناب از اخذ مالیات مضاعف امضا کردند.",
        [("AGREE", "reported", (("KWT", None), ("EGY", None)))],
    ),
    (
        "Qatar and Turkey signed 12 agreements during the Turkish president's visit.",
        "وقعت قطر وتركيا 12 اتفاقية خلال زيارة الرئيس التركي.",
        "قطر و ترکیه در جریان سفر رئیس\u200cجمهور ترکیه ۱۲ موافقت\u200cنامه امضا کردند.",
        [
            ("AGREE", "reported", (("QAT", None), ("TUR", "GOV"))),
            ("CONSULT", "reported", (("QAT", None), ("TUR", "GOV"))),
        ],
    ),
    (
        "Syria and Lebanon agreed to demarcate their border.",
        "اتفقت سوريا ولبنان على ترسيم الحدود بينهما.",
        "سوریه و لبنان بر سر تعیین مرزهای خود توافق کردند.",
        [("AGREE", "reported", (("SYR", None), ("LBN", None)))],
    ),
    (
        "Iran and Russia agreed to expand cooperation in the energy sector.",
        "اتفقت إيران وروسيا على توسيع التعاون في قطاع الطاقة.",
        "ایران و روسیه توافق کردند همکاری در بخش انرژی را گسترش دهند.",
        [("AGREE", "reported", (("IRN", None), ("RUS", None)))],
    ),
    (
        "Saudi Arabia and China launched a joint investment committee.",
        "أطلقت السعودية والصين لجنة مشتركة للاستثمار.",
        "عربستان سعودی و چین کمیته مشترکی برای سرمایه\u200cگذاری راه\u200cاندازی کردند.",
        [("COOPERATE", "reported", (("SAU", None), ("CHN", None)))],
    ),
    (
        "Egypt and Greece decided to upgrade their relations to a strategic partnership.",
        "قررت مصر واليونان رفع علاقاتهما إلى مستوى الشراكة الاستراتيجية.",
        "مصر و یونان تصمیم گرفتند روابط خود را به سطح مشارکت راهبردی ارتقا دهند.",
        [("COOPERATE", "reported", (("EGY", None), ("GRC", None)))],
    ),
    (
        "Turkey and the UAE will resume direct flights.",
        "ستستأنف تركيا والإمارات الرحلات الجوية المباشرة.",
        "ترکیه و امارات پروازهای مستقیم را از سر خواهند گرفت.",
        [("COOPERATE", "planned", (("TUR", None), ("ARE", None)))],
    ),
    (
        "Iraq will cooperate with the United Nations in the elections.",
        "سيتعاون العراق مع الأمم المتحدة في الانتخابات.",
        "عراق در انتخابات با سازمان ملل همکاری خواهد کرد.",
        [("COOPERATE", "planned", (("IRQ", None), ("UN", None)))],
    ),
    (
        "Pakistan and Afghanistan restored diplomatic relations.",
        "أعادت باكستان وأفغانستان العلاقات الدبلوماسية.",
        "پاکستان و افغانستان روابط دیپلماتیک را از سر گرفتند.",
        [("COOPERATE", "reported", (("PAK", None), ("AFG", None)))],
    ),
    (
        "The foreign minister of Kuwait and his Iraqi counterpart agreed to form a joint working group.",
        "اتفق وزير خارجية الكويت ونظيره العراقي على تشكيل فريق عمل مشترك.",
        "وزیر خارجه کویت و همتای عراقی\u200cاش توافق کردند یک گروه کاری مشترک تشکیل دهند.",
        [("AGREE", "reported", (("KWT", "GOV"), ("IRQ", "GOV")))],
    ),
    (
        "Algeria and Tunisia pledged to deepen security cooperation.",
        "تعهدت الجزائر وتونس بتعميق التعاون الأمني.",
        "الجزایر و تونس متعهد شدند همکاری امنیتی را تعمیق بخشند.",
        [("COOPERATE", "reported", (("DZA", None), ("TUN", None)))],
    ),
    (
        "The EU and NATO agreed to strengthen their cooperation.",
        "اتفق الاتحاد الأوروبي وحلف الناتو على تعزيز التعاون بينهما.",
        "اتحادیه اروپا و ناتو توافق کردند همکاری خود را تقویت کنند.",
        [("AGREE", "reported", (("EU", None), ("NATO", None)))],
    ),
    (
        "Morocco and Israel established diplomatic relations.",
        "أقام المغرب وإسرائيل علاقات دبلوماسية.",
        "مراکش و اسرائیل روابط دیپلماتیک برقرار کردند.",
        [("COOPERATE", "reported", (("MAR", None), ("ISR", None)))],
    ),
    (
        "Iran and Iraq will form a joint committee on border security.",
        "ستشكل إيران والعراق لجنة مشتركة لأمن الحدود.",
        "ایران و عراق کمیته مشترکی برای امنیت مرزها تشکیل خواهند داد.",
        [("COOPERATE", "planned", (("IRN", None), ("IRQ", None)))],
    ),
    (
        "The World Bank granted Egypt a loan of one billion dollars.",
        "منح البنك الدولي مصر قرضا بقيمة مليار دولار.",
        "بانک جهانی وامی یک میلیارد دلاری به مصر اعطا کرد.",
        [("AID", "reported", (("WORLDBANK", None), ("EGY", None)))],
    ),
    (
        "China sent medical aid to Iran.",
        "أرسلت الصين مساعدات طبية إلى إيران.",
        "چین کمک\u200cهای پزشکی به ایران ارسال کرد.",
        [("AID", "reported", (("CHN", None), ("IRN", None)))],
    ),
    (
        "Kuwait will provide humanitarian aid to Syria.",
        "ستقدم الكويت مساعدات إنسانية إلى سوريا.",
        "کویت به سوریه کمک بشردوستانه ارائه خواهد کرد.",
        [("AID", "planned", (("KWT", None), ("SYR", None)))],
    ),
    (
        "The European Union announced 50 million euros in aid to Lebanon.",
        "أعلن الاتحاد الأوروبي عن مساعدات بقيمة 50 مليون يورو للبنان.",
        "اتحادیه اروپا ۵۰ میلیون یورو کمک به لبنان را اعلام کرد.",
        [("AID", "reported", (("EU", None), ("LBN", None)))],
    ),
    (
        "Turkey dispatched rescue teams to Syria.",
        "أرسلت تركيا فرق إنقاذ إلى سوريا.",
        "ترکیه تیم\u200cهای امدادی به سوریه اعزام کرد.",
        [("AID", "reported", (("TUR", None), ("SYR", None)))],
    ),
    (
        "Japan donated ambulances to the Afghan health ministry.",
        "تبرعت اليابان بسيارات إسعاف لوزارة الصحة الأفغانية.",
        "ژاپن چند دستگاه آمبولانس به وزارت بهداشت افغانستان اهدا کرد.",
        [("AID", "reported", (("JPN", None), ("AFG", "GOV")))],
    ),
    (
        "The UAE delivered 20 tons of food to Sudan.",
        "سلمت الإمارات 20 طنا من المواد الغذائية إلى السودان.",
        "امارات ۲۰ تن مواد غذایی به سودان تحویل داد.",
        [("AID", "reported", (("ARE", None), ("SDN", None)))],
    ),
    (
        "Egypt sent 100 trucks of aid to Gaza.",
        "أرسلت مصر 100 شاحنة مساعدات إلى غزة.",
        "مصر ۱۰۰ کامیون کمک به غزه ارسال کرد.",
        [("AID", "reported", (("EGY", None), ("PSE", None)))],
    ),
    (
        "Japan pledged 10 million dollars in aid to Yemen.",
        "تعهدت اليابان بتقديم مساعدات بقيمة 10 ملايين دولار لليمن.",
        "ژاپن متعهد شد ۱۰ میلیون دلار کمک به یمن ارائه کند.",
        [("AID", "reported", (("JPN", None), ("YEM", None)))],
    ),
    (
        "Germany will give Jordan a grant of 100 million euros.",
        "ستمنح ألمانيا الأردن منحة بقيمة 100 مليون يورو.",
        "آلمان کمک بلاعوضی به ارزش ۱۰۰ میلیون یورو به اردن اعطا خواهد کرد.",
        [("AID", "planned", (("DEU", None), ("JOR", None)))],
    ),
    (
        "The Arab League praised the efforts of Saudi Arabia.",
        "أشادت جامعة الدول العربية بجهود السعودية.",
        "اتحادیه عرب از تلاش\u200cهای عربستان سعودی قدردانی کرد.",
        [("SUPPORT", "reported", (("ARABLEAGUE", None), ("SAU", None)))],
    ),
    (
        "Iran supports the sovereignty of Iraq.",
        "تدعم إيران سيادة العراق.",
        "ایران از حاکمیت عراق حمایت می\u200cکند.",
        [("SUPPORT", "reported", (("IRN", None), ("IRQ", None)))],
    ),
    (
        "The French foreign minister welcomed the decision of the Lebanese government.",
        "رحب وزير الخارجية الفرنسي بقرار الحكومة اللبنانية.",
        "وزیر امور خارجه فرانسه از تصمیم دولت لبنان استقبال کرد.",
        [("SUPPORT", "reported", (("FRA", "GOV"), ("LBN", "GOV")))],
    ),
    (
        "Russia backed the Iranian proposal.",
        "أيدت روسيا الاقتراح الإيراني.",
        "روسیه از پیشنهاد ایران حمایت کرد.",
        [("SUPPORT", "reported", (("RUS", None), ("IRN", None)))],
    ),
    (
        "The Turkish president congratulated his Azerbaijani counterpart on his election victory.",
        "هنأ الرئيس التركي نظيره الأذربيجاني بفوزه في الانتخابات.",
        "رئیس\u200cجمهور ترکیه پیروزی همتای آذربایجانی خود در انتخابات را تبریک گفت.",
        [("SUPPORT", "reported", (("TUR", "GOV"), ("AZE", "GOV")))],
    ),
    (
        "Germany did not support the French proposal.",
        "لم تؤيد ألمانيا المقترح الفرنسي.",
        "آلمان از پیشنهاد فرانسه حمایت نکرد.",
        [("SUPPORT", "negated", (("DEU", None), ("FRA", None)))],
    ),
    (
        "The Emir of Kuwait thanked the Saudi king for his support.",
        "شكر أمير الكويت العاهل السعودي على دعمه.",
        "امیر کویت از پادشاه عربستان سعودی به خاطر حمایتش تشکر کرد.",
        [("SUPPORT", "reported", (("KWT", "GOV"), ("SAU", "GOV")))],
    ),
    (
        "Morocco expressed its solidarity with Turkey after the earthquake.",
        "أعرب المغرب عن تضامنه مع تركيا إثر الزلزال.",
        "مراکش پس از زلزله با ترکیه ابراز همبستگی کرد.",
        [("SUPPORT", "reported", (("MAR", None), ("TUR", None)))],
    ),
    (
        "Qatar welcomed the agreement between Sudan and Chad.",
        "رحبت قطر بالاتفاق بين السودان وتشاد.",
        "قطر از توافق میان سودان و چاد استقبال کرد.",
        [
            ("AGREE", "reported", (("SDN", None), ("TCD", None))),
            ("SUPPORT", "reported", (("QAT", None), ("SDN", None))),
            ("SUPPORT", "reported", (("QAT", None), ("TCD", None))),
        ],
    ),
    (
        "The Iraqi foreign ministry spokesman welcomed the Saudi initiative.",
        "رحب المتحدث باسم وزارة الخارجية العراقية بالمبادرة السعودية.",
        "سخنگوی وزارت امور خارجه عراق از ابتکار عربستان سعودی استقبال کرد.",
        [("SUPPORT", "reported", (("IRQ", "GOV"), ("SAU", None)))],
    ),
    (
        "Egypt praised the role of the United Nations in Sudan.",
        "أشادت مصر بدور الأمم المتحدة في السودان.",
        "مصر از نقش سازمان ملل در سودان قدردانی کرد.",
        [("SUPPORT", "reported", (("EGY", None), ("UN", None)))],
    ),
    (
        "The United Nations called on Israel to stop building settlements.",
        "دعت الأمم المتحدة إسرائيل إلى وقف بناء المستوطنات.",
        "سازمان ملل از اسرائیل خواست ساخت شهرک\u200cها را متوقف کند.",
        [("REQUEST", "reported", (("UN", None), ("ISR", None)))],
    ),
    (
        "The Egyptian president invited his Russian counterpart to visit Cairo.",
        "دعا الرئيس المصري نظيره الروسي إلى زيارة القاهرة.",
        "رئیس\u200cجمهور مصر از همتای روسی خود برای سفر به قاهره دعوت کرد.",
        [("REQUEST", "reported", (("EGY", "GOV"), ("RUS", "GOV")))],
    ),
    (
        "Lebanon requested assistance from the European Union.",
        "طلب لبنان المساعدة من الاتحاد الأوروبي.",
        "لبنان از اتحادیه اروپا درخواست کمک کرد.",
        [("REQUEST", "reported", (("LBN", None), ("EU", None)))],
    ),
    (
        "Sudan appealed to Egypt to mediate.",
        "ناشد السودان مصر التوسط.",
        "سودان از مصر درخواست کرد میانجیگری کند.",
        [("REQUEST", "reported", (("SDN", None), ("EGY", None)))],
    ),
    (
        "France called on Iran to release its citizens.",
        "دعت فرنسا إيران إلى الإفراج عن مواطنيها.",
        "فرانسه از ایران خواست شهروندانش را آزاد کند.",
        [("REQUEST", "reported", (("FRA", None), ("IRN", None)))],
    ),
    (
        "Iran was invited by Saudi Arabia to attend the summit.",
        "وجهت السعودية دعوة إلى إيران لحضور القمة.",
        "ایران از سوی عربستان سعودی به این نشست دعوت شد.",
        [("REQUEST", "reported", (("SAU", None), ("IRN", None)))],
    ),
    (
        "Kuwait asked Iraq to respect the border agreement.",
        "طالبت الكويت العراق باحترام اتفاقية الحدود.",
        "کویت از عراق خواست به توافق مرزی پایبند باشد.",
        [("REQUEST", "reported", (("KWT", None), ("IRQ", None)))],
    ),
    (
        "The United States lifted sanctions on Syria.",
        "رفعت الولايات المتحدة العقوبات عن سوريا.",
        "آمریکا تحریم\u200cهای سوریه را لغو کرد.",
        [("CONCEDE", "reported", (("USA", None), ("SYR", None)))],
    ),
    (
        "Saudi Arabia eased travel restrictions on Lebanon.",
        "خففت السعودية قيود السفر المفروضة على لبنان.",
        "عربستان سعودی محدودیت\u200cهای سفر به لبنان را کاهش داد.",
        [("CONCEDE", "reported", (("SAU", None), ("LBN", None)))],
    ),
    (
        "The Egyptian president pardoned 30 Sudanese prisoners.",
        "أصدر الرئيس المصري عفوا عن 30 سجينا سودانيا.",
        "رئیس\u200cجمهور مصر ۳۰ زندانی سودانی را عفو کرد.",
        [("CONCEDE", "reported", (("EGY", "GOV"), ("SDN", "CVL")))],
    ),
    (
        "The EU will lift the arms embargo on Iraq.",
        "سيرفع الاتحاد الأوروبي حظر الأسلحة عن العراق.",
        "اتحادیه اروپا تحریم تسلیحاتی عراق را لغو خواهد کرد.",
        [("CONCEDE", "planned", (("EU", None), ("IRQ", None)))],
    ),
    (
        "Iran did not release the French citizens.",
        "لم تفرج إيران عن المواطنين الفرنسيين.",
        "ایران شهروندان فرانسوی را آزاد نکرد.",
        [("CONCEDE", "negated", (("IRN", None), ("FRA", "CVL")))],
    ),
    (
        "The Japanese prime minister apologized to South Korea.",
        "اعتذر رئيس الوزراء الياباني لكوريا الجنوبية.",
        "نخست\u200cوزیر ژاپن از کره جنوبی عذرخواهی کرد.",
        [("CONCEDE", "reported", (("JPN", "GOV"), ("KOR", None)))],
    ),
    (
        "Kuwait released two Iraqi fishermen.",
        "أفرجت الكويت عن صيادين عراقيين اثنين.",
        "کویت دو ماهیگیر عراقی را آزاد کرد.",
        [("CONCEDE", "reported", (("KWT", None), ("IRQ", "CVL")))],
    ),
    (
        "The Saudi foreign ministry criticized the Swedish government.",
        "انتقدت وزارة الخارجية السعودية الحكومة السويدية.",
        "وزارت امور خارجه عربستان سعودی از دولت سوئد انتقاد کرد.",
        [("ACCUSE", "reported", (("SAU", "GOV"), ("SWE", "GOV")))],
    ),
    (
        "Iraq accused Turkey of violating its sovereignty.",
        "اتهم العراق تركيا بانتهاك سيادته.",
        "عراق ترکیه را به نقض حاکمیت خود متهم کرد.",
        [("ACCUSE", "reported", (("IRQ", None), ("TUR", None)))],
    ),
    (
        "The Algerian foreign ministry summoned the French ambassador.",
        "استدعت وزارة الخارجية الجزائرية السفير الفرنسي.",
        "وزارت امور خارجه الجزایر سفیر فرانسه را احضار کرد.",
        [("ACCUSE", "reported", (("DZA", "GOV"), ("FRA", "GOV")))],
    ),
    (
        "The Iranian foreign ministry spokesman denounced the American sanctions.",
        "ندد المتحدث باسم وزارة الخارجية الإيرانية بالعقوبات الأمريكية.",
        "سخنگوی وزارت امور خارجه ایران تحریم\u200cهای آمریکا را محکوم کرد.",
        [("ACCUSE", "reported", (("IRN", "GOV"), ("USA", None)))],
    ),
    (
        "Russia accused NATO of escalating the conflict.",
        "اتهمت روسيا حلف الناتو بتصعيد الصراع.",
        "روسیه ناتو را به تشدید درگیری متهم کرد.",
        [("ACCUSE", "reported", (("RUS", None), ("NATO", None)))],
    ),
    (
        "The Chinese ambassador criticized the remarks of the Japanese prime minister.",
        "انتقد السفير الصيني تصريحات رئيس الوزراء الياباني.",
        "سفیر چین اظهارات نخست\u200cوزیر ژاپن را مورد انتقاد قرار داد.",
        [("ACCUSE", "reported", (("CHN", "GOV"), ("JPN", "GOV")))],
    ),
    (
        "The Turkish president sharply criticized the Greek prime minister.",
        "انتقد الرئيس التركي بشدة رئيس الوزراء اليوناني.",
        "رئیس\u200cجمهور ترکیه به شدت از نخست\u200cوزیر یونان انتقاد کرد.",
        [("ACCUSE", "reported", (("TUR", "GOV"), ("GRC", "GOV")))],
    ),
    (
        "The British ambassador in Tehran was summoned to the Iranian foreign ministry.",
        "استدعي السفير البريطاني في طهران إلى وزارة الخارجية الإيرانية.",
        "سفیر بریتانیا در تهران به وزارت امور خارجه ایران احضار شد.",
        # parties33fa: the ministry summoned him, first as in the active
        [("ACCUSE", "reported", (("IRN", "GOV"), ("GBR", "GOV")))],
    ),
    (
        "The Chinese foreign ministry spokesman criticized the American decision.",
        "انتقد المتحدث باسم الخارجية الصينية القرار الأمريكي.",
        "سخنگوی وزارت خارجه چین تصمیم آمریکا را مورد انتقاد قرار داد.",
        [("ACCUSE", "reported", (("CHN", "GOV"), ("USA", None)))],
    ),
    (
        "The Qatari foreign ministry condemned the statements of the Israeli minister.",
        "أدانت وزارة الخارجية القطرية تصريحات الوزير الإسرائيلي.",
        "وزارت امور خارجه قطر اظهارات وزیر اسرائیلی را محکوم کرد.",
        [("ACCUSE", "reported", (("QAT", "GOV"), ("ISR", "GOV")))],
    ),
    (
        "The Emirati foreign minister blamed Iran for the tension in the Gulf.",
        "حمل وزير الخارجية الإماراتي إيران مسؤولية التوتر في الخليج.",
        "وزیر خارجه امارات ایران را مسئول تنش در خلیج فارس دانست.",
        [("ACCUSE", "reported", (("ARE", "GOV"), ("IRN", None)))],
    ),
    (
        "Iran rejected the American demands.",
        "رفضت إيران المطالب الأمريكية.",
        "ایران خواسته\u200cهای آمریکا را رد کرد.",
        [("REJECT", "reported", (("IRN", None), ("USA", None)))],
    ),
    (
        "Russia vetoed the Security Council resolution on Syria.",
        "استخدمت روسيا حق النقض ضد قرار مجلس الأمن بشأن سوريا.",
        "روسیه قطعنامه شورای امنیت درباره سوریه را وتو کرد.",
        [("REJECT", "reported", (("RUS", None), ("UN", None)))],
    ),
    (
        "The Iraqi government rejected the Turkish statement.",
        "رفضت الحكومة العراقية البيان التركي.",
        "دولت عراق بیانیه ترکیه را رد کرد.",
        [("REJECT", "reported", (("IRQ", "GOV"), ("TUR", None)))],
    ),
    (
        "Hamas rejected the Israeli proposal.",
        "رفضت حماس المقترح الإسرائيلي.",
        "حماس پیشنهاد اسرائیل را رد کرد.",
        [("REJECT", "reported", (("PSE", "REB"), ("ISR", None)))],
    ),
    (
        "Saudi Arabia turned down the invitation of Iran.",
        "رفضت السعودية دعوة إيران.",
        "عربستان سعودی دعوت ایران را نپذیرفت.",
        [("REJECT", "reported", (("SAU", None), ("IRN", None)))],
    ),
    (
        "Pakistan rejected India's proposal for talks.",
        "رفضت باكستان اقتراح الهند لإجراء محادثات.",
        "پاکستان پیشنهاد هند برای مذاکره را رد کرد.",
        [("REJECT", "reported", (("PAK", None), ("IND", None)))],
    ),
    (
        "The European Union rejected the Turkish request.",
        "رفض الاتحاد الأوروبي الطلب التركي.",
        "اتحادیه اروپا درخواست ترکیه را رد کرد.",
        [("REJECT", "reported", (("EU", None), ("TUR", None)))],
    ),
    (
        "The Syrian foreign ministry spokesman rejected the statement of the Arab League.",
        "رفض المتحدث باسم الخارجية السورية بيان جامعة الدول العربية.",
        "سخنگوی وزارت امور خارجه سوریه بیانیه اتحادیه عرب را رد کرد.",
        [("REJECT", "reported", (("SYR", "GOV"), ("ARABLEAGUE", None)))],
    ),
    (
        "The foreign ministers of Oman and Jordan discussed bilateral relations by phone.",
        "بحث وزيرا خارجية عُمان والأردن هاتفيا العلاقات الثنائية.",
        "وزیران خارجه عمان و اردن تلفنی درباره روابط دوجانبه گفت\u200cوگو کردند.",
        [("CONSULT", "reported", (("OMN", "GOV"), ("JOR", "GOV")))],
    ),
    (
        "Morocco and Spain agreed to strengthen cooperation against illegal migration.",
        "اتفق المغرب وإسبانيا على تعزيز التعاون في مكافحة الهجرة غير الشرعية.",
        "مراکش و اسپانیا توافق کردند همکاری در مبارزه با مهاجرت غیرقانونی را تقویت کنند.",
        [("AGREE", "reported", (("MAR", None), ("ESP", None)))],
    ),
    (
        "The Iraqi president received the credentials of the new Iranian ambassador.",
        "تسلم الرئيس العراقي أوراق اعتماد السفير الإيراني الجديد.",
        "رئیس\u200cجمهور عراق استوارنامه سفیر جدید ایران را دریافت کرد.",
        [("CONSULT", "reported", (("IRQ", "GOV"), ("IRN", "GOV")))],
    ),
    (
        "The Egyptian and Saudi foreign ministers held a joint press conference in Cairo.",
        "عقد وزيرا الخارجية المصري والسعودي مؤتمرا صحفيا مشتركا في القاهرة.",
        "وزیران خارجه مصر و عربستان سعودی در قاهره نشست خبری مشترکی برگزار کردند.",
        [("CONSULT", "reported", (("EGY", "GOV"), ("SAU", "GOV")))],
    ),
    (
        "The Qatari foreign minister visited Tehran, where he met his Iranian counterpart.",
        "زار وزير الخارجية القطري طهران حيث التقى نظيره الإيراني.",
        "وزیر خارجه قطر به تهران سفر کرد و با همتای ایرانی خود دیدار کرد.",
        [("CONSULT", "reported", (("QAT", "GOV"), ("IRN", "GOV")))],
    ),
    (
        "Turkey and Egypt will exchange ambassadors.",
        "ستتبادل تركيا ومصر السفراء.",
        "ترکیه و مصر سفیر مبادله خواهند کرد.",
        [("COOPERATE", "planned", (("TUR", None), ("EGY", None)))],
    ),
    (
        "The UAE president received a phone call from the Iranian president.",
        "تلقى رئيس دولة الإمارات اتصالا هاتفيا من الرئيس الإيراني.",
        "رئیس امارات تماسی تلفنی از رئیس\u200cجمهور ایران دریافت کرد.",
        [("CONSULT", "reported", (("ARE", "GOV"), ("IRN", "GOV")))],
    ),
    (
        "The Bahraini king met the British prime minister in London.",
        "التقى ملك البحرين رئيس الوزراء البريطاني في لندن.",
        "پادشاه بحرین با نخست\u200cوزیر بریتانیا در لندن دیدار کرد.",
        [("CONSULT", "reported", (("BHR", "GOV"), ("GBR", "GOV")))],
    ),
    (
        "The Iraqi foreign minister met the EU ambassador in Baghdad.",
        "التقى وزير الخارجية العراقي سفير الاتحاد الأوروبي في بغداد.",
        "وزیر امور خارجه عراق با سفیر اتحادیه اروپا در بغداد دیدار کرد.",
        [("CONSULT", "reported", (("IRQ", "GOV"), ("EU", "GOV")))],
    ),
    (
        "The Syrian president has not visited Ankara.",
        "لم يزر الرئيس السوري أنقرة.",
        "رئیس\u200cجمهور سوریه به آنکارا سفر نکرده است.",
        [("CONSULT", "negated", (("SYR", "GOV"), ("TUR", None)))],
    ),
    (
        "The two foreign ministers of Iran and Iraq signed a security agreement.",
        "وقع وزيرا خارجية إيران والعراق اتفاقية أمنية.",
        "وزیران خارجه ایران و عراق یک توافقنامه امنیتی امضا کردند.",
        [("AGREE", "reported", (("IRN", "GOV"), ("IRQ", "GOV")))],
    ),
    (
        "A Turkish parliamentary delegation visited Baku.",
        "زار وفد برلماني تركي باكو.",
        "یک هیئت پارلمانی ترکیه از باکو دیدار کرد.",
        [("CONSULT", "reported", (("TUR", "LEG"), ("AZE", None)))],
    ),
    (
        "The Iraqi prime minister met the head of the Iranian judiciary.",
        "التقى رئيس الوزراء العراقي رئيس السلطة القضائية الإيرانية.",
        "نخست\u200cوزیر عراق با رئیس قوه قضاییه ایران دیدار کرد.",
        [("CONSULT", "reported", (("IRQ", "GOV"), ("IRN", "JUD")))],
    ),
    (
        "The Iranian and Turkish presidents will meet in Tehran.",
        "سيلتقي الرئيسان الإيراني والتركي في طهران.",
        "رؤسای جمهور ایران و ترکیه در تهران دیدار خواهند کرد.",
        [("CONSULT", "planned", (("IRN", "GOV"), ("TUR", "GOV")))],
    ),
    (
        "The Moroccan king received the credentials of the new Spanish ambassador.",
        "تسلم العاهل المغربي أوراق اعتماد السفير الإسباني الجديد.",
        "پادشاه مراکش استوارنامه سفیر جدید اسپانیا را دریافت کرد.",
        [("CONSULT", "reported", (("MAR", "GOV"), ("ESP", "GOV")))],
    ),
]

# Known gaps: one language reads the event otherwise (strict xfail, the
# reading wanted is asserted).
_GAPS = [
    # fa: a visit of one's own ended, told as the object of "به پایان رساند",
    # is dropped ("پایان" as a support word also keeps deeds only predicted:
    # round tri30b tried it and dropped it; "لغو کرد" was fixed there)
    (
        "وزیر امور خارجه عراق سفر خود به تهران را به پایان رساند.",
        "fa",
        {("CONSULT", "reported", (("IRQ", "GOV"), ("IRN", None)))},
    ),
    # ar: cancelling one's own visit ("ألغى زيارته") is not read
    (
        "ألغى وزير الخارجية الإيراني زيارته إلى باريس.",
        "ar",
        {("CONSULT", "negated", (("IRN", "GOV"), ("FRA", None)))},
    ),
    # fa: going to a state ("به مسکو خواهد رفت", "به عمان می‌رود") is no visit
    (
        "وزیر خارجه سوریه برای گفت‌وگو با مقامات روسیه به مسکو خواهد رفت.",
        "fa",
        {("CONSULT", "planned", (("SYR", "GOV"), ("RUS", "GOV")))},
    ),
    # ar: "كابل" (also "cable") is Kabul only after a cue word
    (
        "قام وزير الخارجية الهندي بزيارة إلى كابل.",
        "ar",
        {("CONSULT", "reported", (("IND", "GOV"), ("AFG", None)))},
    ),
    # ar: "قادة" (also commanders) before states names no heads of state
    (
        "عقد قادة مصر والأردن والعراق قمة ثلاثية في بغداد.",
        "ar",
        {("CONSULT", "reported", (("EGY", "GOV"), ("JOR", "GOV"), ("IRQ", "GOV")))},
    ),
    # fa: goods put at a state's disposal ("در اختیار یمن قرار داد") are no aid
    (
        "عربستان سعودی ۵۰۰ میلیون دلار در اختیار یمن قرار داد.",
        "fa",
        {("AID", "reported", (("SAU", None), ("YEM", None)))},
    ),
    # (ar: threats rejected read as a threat made by the rejecter: fixed in
    # round tri30b, now a passing case of tests/test_tri30b.py)
    # ar: the border reopening asked for is read as done
    (
        "طلب وزير الخارجية الأفغاني من باكستان إعادة فتح الحدود.",
        "ar",
        {("REQUEST", "reported", (("AFG", "GOV"), ("PAK", None)))},
    ),
    # (en "refused to meet the US ambassador": fixed in round tri30b, now a
    # passing case of tests/test_tri30b.py)
    # en: a protest lodged with a state ("protested to Ethiopia") is read as
    # a demonstration
    (
        "Egypt protested to Ethiopia over the filling of the dam.",
        "en",
        {("ACCUSE", "reported", (("EGY", None), ("ETH", None)))},
    ),
    # en: the exchange agreed on is read as a release made
    (
        "Russia and Ukraine reached an agreement on a prisoner exchange.",
        "en",
        {("AGREE", "reported", (("RUS", None), ("UKR", None)))},
    ),
    # all three: support voiced as "his country's" is lost
    (
        "The Chinese president expressed his country's support for Pakistan.",
        "en",
        {("SUPPORT", "reported", (("CHN", "GOV"), ("PAK", None)))},
    ),
    (
        "أعرب الرئيس الصيني عن دعم بلاده لباكستان.",
        "ar",
        {("SUPPORT", "reported", (("CHN", "GOV"), ("PAK", None)))},
    ),
    (
        "رئیس‌جمهور چین حمایت کشورش از پاکستان را اعلام کرد.",
        "fa",
        {("SUPPORT", "reported", (("CHN", "GOV"), ("PAK", None)))},
    ),
    # all three: a summit one will not attend is read as attended
    (
        "The Qatari emir will not take part in the Arab League summit.",
        "en",
        {("CONSULT", "negated", (("QAT", "GOV"), ("ARABLEAGUE", None)))},
    ),
    (
        "لن يشارك أمير قطر في قمة جامعة الدول العربية.",
        "ar",
        {("CONSULT", "negated", (("QAT", "GOV"), ("ARABLEAGUE", None)))},
    ),
    (
        "امیر قطر در نشست اتحادیه عرب شرکت نخواهد کرد.",
        "fa",
        {("CONSULT", "negated", (("QAT", "GOV"), ("ARABLEAGUE", None)))},
    ),
]


_CASES = [
    (text, lang, want)
    for en, ar, fa, want in TRIPLES
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa"))
]


@pytest.mark.parametrize(("text", "lang", "want"), _CASES)
def test_same_event_same_reading(text: str, lang: str, want: list[tuple]) -> None:
    assert read(text, lang) == set(want)


@pytest.mark.parametrize(("text", "lang", "want"), _GAPS)
@pytest.mark.xfail(strict=True, reason="known gap: see the comment above each case")
def test_known_gaps(text: str, lang: str, want: Reading) -> None:
    assert read(text, lang) == want
