"""Arabic actors: no extra side (a reporter, a place, a topic) and no named
side missed; each event told in Arabic, Persian and English reads the same
(round 31, extra31; every sentence written for these tests, in natural news
wording for each language, not word for word).

The triples cover reporters and sources that are no side ("نقلت وكالة …
عن", "وفقا لـ", "أفادت … بأن", "ذكرت صحيفة"), places ("في بغداد", "قرب
الحدود", "في الأراضي اللبنانية"), topics ("بشأن", "حول", "فيما يتعلق بـ",
"الملف النووي الإيراني", "الأزمة السورية"), nationality adjectives on things
("ناقلة نفط إيرانية", "صواريخ إيرانية"), and named sides: the counterpart
after "مع", "بين X وY", "نظيره", officials by title and country ("وزير
الخارجية الإيراني", "وزير خارجية إيران", "الرئيس التركي رجب طيب أردوغان"),
coordinated sides, pronoun suffixes and relative clauses. Most already
agreed; the rules added in this round so that the rest do:

- a deed of force named by a noun that a comment governs ("أدانت إيران
  الهجوم الإسرائيلي على سوريا", "نددت مصر بالغارة الإسرائيلية على لبنان")
  has the sides its own phrase names, doer and victim, as Persian "حمله
  اسرائیل به سوریه را محکوم کرد" is read: the commenter and the sentence's
  first two groups of actors no longer leave its victim out; nor does the
  commenter's office ("الحكومة العراقية") pass to the state it struck
  (``victims.commented_phrase``);
- Iran's Leader named by the state's adjective or its republic ("المرشد
  الإيراني", "مرشد الجمهورية الإسلامية") is Iran's head of state, as
  "Iran's supreme leader" and "رهبر ایران";
- a title that names its state and ends in the definite article ("مرشد
  الثورة", "المرشد الإيراني") takes no state named right after it as its
  genitive: that state is the verb's object ("انتقد مرشد الثورة إسرائيل");
- a state after "في" and words of direction ("في شمال العراق", "في جنوب
  شرق تركيا") is where, as after "في" alone: the people the sentence names
  without a country take it, and the place no longer takes their side's
  slot ("قتلت القوات التركية خمسة مسلحين في شمال العراق"); "غارات على شمال
  سوريا", with no "في", is still the state struck;
- the speaker's own country opening what he reports ("قال وزير الخارجية
  العماني إن بلاده تتوسط بين إيران والولايات المتحدة", "إن بلادها سترسل
  …") points back to him, as "إنه" does: he is a party, not only the
  source, as English "said his country" and Persian "گفت کشورش" are read;
- the states a crisis or a dispute is between ("الأزمة بين قطر والسعودية",
  "الخلاف بين مصر وإثيوبيا") are what is talked about, as Persian "درباره
  بحران میان قطر و عربستان" is read: no sides of the talks (``TOPIC_LINKS``);
- a word that vetoes an event (the sports words "نادي", "بطولة") says
  nothing inside the name of a body the sentence names ("نادي الأسير
  الفلسطيني", the Palestinian Prisoners Society, which reports arrests).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Turkish forces shelled Kurdish fighters in northern Syria, Reuters reported.",
        "قصفت القوات التركية مقاتلين أكرادا في شمال سوريا، بحسب ما أفادت وكالة رويترز.",
        "نیروهای ترکیه به گزارش رویترز مواضع جنگجویان کرد را در شمال سوریه گلوله‌باران کردند.",
        ("ASSAULT reported TUR:MIL SYR:REB",),
    ),
    (
        "Iraqi police arrested five protesters in Basra, a local newspaper reported.",
        "ذكرت صحيفة محلية أن الشرطة العراقية اعتقلت خمسة متظاهرين في البصرة.",
        "به گزارش یک روزنامه محلی، پلیس عراق پنج معترض را در بصره بازداشت کرد.",
        ("COERCE reported IRQ:COP IRQ:CVL",),
    ),
    (
        "Egyptian security forces arrested a journalist in Cairo, Amnesty International said.",
        "أفادت منظمة العفو الدولية بأن قوات الأمن المصرية اعتقلت صحفيا في القاهرة.",
        "عفو بین‌الملل اعلام کرد که نیروهای امنیتی مصر یک روزنامه‌نگار را در قاهره بازداشت کردند.",
        ("COERCE reported EGY:COP EGY:MED",),
    ),
    (
        "The Iranian foreign minister met his Iraqi counterpart in Baghdad.",
        "التقى وزير الخارجية الإيراني نظيره العراقي في بغداد.",
        "وزیر امور خارجه ایران با همتای عراقی خود در بغداد دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The Turkish president met the Russian president in Ankara.",
        "التقى الرئيس التركي الرئيس الروسي في أنقرة.",
        "رئیس جمهور ترکیه با رئیس جمهور روسیه در آنکارا دیدار کرد.",
        ("CONSULT reported TUR:GOV RUS:GOV",),
    ),
    (
        "The Iranian foreign minister discussed the Syrian crisis with his Russian counterpart.",
        "بحث وزير الخارجية الإيراني مع نظيره الروسي الأزمة السورية.",
        "وزیر خارجه ایران با همتای روس خود درباره بحران سوریه گفتگو کرد.",
        ("CONSULT reported IRN:GOV RUS:GOV",),
    ),
    (
        "The Egyptian foreign minister held talks with his Saudi counterpart on the situation in Yemen.",
        "أجرى وزير الخارجية المصري محادثات مع نظيره السعودي حول الوضع في اليمن.",
        "وزیر خارجه مصر با همتای سعودی خود درباره اوضاع یمن گفتگو کرد.",
        ("CONSULT reported EGY:GOV SAU:GOV",),
    ),
    (
        "Qatar and Turkey signed an agreement on trade.",
        "وقعت قطر وتركيا اتفاقية بشأن التجارة.",
        "قطر و ترکیه توافقنامه‌ای درباره تجارت امضا کردند.",
        ("AGREE reported QAT: TUR:",),
    ),
    (
        "Russia and China discussed the Iranian nuclear file.",
        "بحثت روسيا والصين الملف النووي الإيراني.",
        "روسیه و چین درباره پرونده هسته‌ای ایران گفتگو کردند.",
        ("CONSULT reported RUS: CHN:",),
    ),
    (
        "The French president discussed the Iranian nuclear file with the German chancellor.",
        "بحث الرئيس الفرنسي مع المستشارة الألمانية الملف النووي الإيراني.",
        "رئیس جمهور فرانسه با صدراعظم آلمان درباره پرونده هسته‌ای ایران گفتگو کرد.",
        ("CONSULT reported FRA:GOV DEU:GOV",),
    ),
    (
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi.",
        "التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين في سوتشي.",
        "رجب طیب اردوغان رئیس جمهور ترکیه با ولادیمیر پوتین رئیس جمهور روسیه در سوچی دیدار کرد.",
        ("CONSULT reported TUR:GOV RUS:GOV",),
    ),
    (
        "Iran's foreign minister met Oman's foreign minister in Muscat.",
        "التقى وزير خارجية إيران وزير خارجية عمان في مسقط.",
        "وزیر خارجه ایران با وزیر خارجه عمان در مسقط دیدار کرد.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "Talks were held between Iran and the United States in Muscat.",
        "جرت محادثات بين إيران والولايات المتحدة في مسقط.",
        "مذاکراتی میان ایران و ایالات متحده در مسقط برگزار شد.",
        ("CONSULT reported IRN: USA:",),
    ),
    (
        "The Jordanian king met the Palestinian president in Amman.",
        "التقى العاهل الأردني الرئيس الفلسطيني في عمان.",
        "پادشاه اردن با رئیس تشکیلات خودگردان فلسطین در امان دیدار کرد.",
        ("CONSULT reported JOR:GOV PSE:GOV",),
    ),
    (
        "Houthi rebels attacked an Israeli ship in the Red Sea.",
        "هاجم المتمردون الحوثيون سفينة إسرائيلية في البحر الأحمر.",
        "شورشیان حوثی به یک کشتی اسرائیلی در دریای سرخ حمله کردند.",
        ("ASSAULT reported YEM:REB ISR:",),
    ),
    (
        "Ukrainian forces shot down Russian drones over Kyiv.",
        "أسقطت القوات الأوكرانية طائرات مسيرة روسية فوق كييف.",
        "نیروهای اوکراینی پهپادهای روسی را بر فراز کی‌یف سرنگون کردند.",
        ("ASSAULT reported UKR:MIL RUS:MIL",),
    ),
    (
        "Houthi rebels attacked Saudi Arabia with Iranian missiles.",
        "هاجم المتمردون الحوثيون السعودية بصواريخ إيرانية.",
        "شورشیان حوثی با موشک‌های ایرانی به عربستان حمله کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "Israeli forces killed two Palestinians near the Syrian border.",
        "قتلت القوات الإسرائيلية فلسطينيين اثنين قرب الحدود السورية.",
        "نیروهای اسرائیلی دو فلسطینی را در نزدیکی مرز سوریه کشتند.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "The Iraqi prime minister received the American ambassador in Baghdad.",
        "استقبل رئيس الوزراء العراقي السفير الأمريكي في بغداد.",
        "نخست وزیر عراق سفیر آمریکا را در بغداد به حضور پذیرفت.",
        ("CONSULT reported IRQ:GOV USA:GOV",),
    ),
    (
        "The Iranian president, who arrived in Moscow on Monday, met the Russian president.",
        "التقى الرئيس الإيراني الذي وصل إلى موسكو يوم الاثنين الرئيس الروسي.",
        "رئیس جمهور ایران که روز دوشنبه وارد مسکو شد با رئیس جمهور روسیه دیدار کرد.",
        ("CONSULT reported IRN:GOV RUS:GOV",),
    ),
    (
        "The Qatari emir received a phone call from the Iranian president.",
        "تلقى أمير قطر اتصالا هاتفيا من الرئيس الإيراني.",
        "امیر قطر تماس تلفنی از رئیس جمهور ایران دریافت کرد.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "Syria accused Israel of striking Damascus airport.",
        "اتهمت سوريا إسرائيل بقصف مطار دمشق.",
        "سوریه اسرائیل را به بمباران فرودگاه دمشق متهم کرد.",
        ("ACCUSE reported SYR: ISR:",),
    ),
    (
        "Iraq summoned the Turkish ambassador over the shelling of Kurdistan.",
        "استدعت العراق السفير التركي بشأن قصف كردستان.",
        "عراق سفیر ترکیه را در پی گلوله‌باران کردستان احضار کرد.",
        ("ACCUSE reported IRQ: TUR:GOV",),
    ),
    (
        "Kuwait and Bahrain signed a security agreement.",
        "وقعت الكويت والبحرين اتفاقية أمنية.",
        "کویت و بحرین یک توافقنامه امنیتی امضا کردند.",
        ("AGREE reported KWT: BHR:",),
    ),
    (
        "The Turkish foreign minister met his counterpart from Qatar in Doha.",
        "التقى وزير الخارجية التركي نظيره القطري في الدوحة.",
        "وزیر خارجه ترکیه با همتای قطری خود در دوحه دیدار کرد.",
        ("CONSULT reported TUR:GOV QAT:GOV",),
    ),
    (
        "The Iranian president held talks in Tehran with the Iraqi prime minister about the security of the border.",
        "أجرى الرئيس الإيراني في طهران محادثات مع رئيس الوزراء العراقي حول أمن الحدود.",
        "رئیس جمهور ایران در تهران با نخست وزیر عراق درباره امنیت مرز گفتگو کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Saudi Arabia signed an agreement with Pakistan on defence cooperation, the Saudi Press Agency reported.",
        "وقعت السعودية اتفاقية مع باكستان للتعاون الدفاعي، حسبما ذكرت وكالة الأنباء السعودية.",
        "به گزارش خبرگزاری رسمی عربستان، عربستان با پاکستان توافقنامه همکاری دفاعی امضا کرد.",
        ("AGREE reported SAU: PAK:",),
    ),
    (
        "Iraqi Foreign Minister Fuad Hussein met his Iranian counterpart in Baghdad to discuss the water crisis.",
        "التقى وزير الخارجية العراقي فؤاد حسين نظيره الإيراني في بغداد لبحث أزمة المياه.",
        "فؤاد حسین وزیر خارجه عراق با همتای ایرانی خود در بغداد برای بررسی بحران آب دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "The Egyptian president received a delegation from Hamas in Cairo.",
        "استقبل الرئيس المصري وفدا من حركة حماس في القاهرة.",
        "رئیس جمهور مصر هیئتی از حماس را در قاهره به حضور پذیرفت.",
        ("CONSULT reported EGY:GOV PSE:REB",),
    ),
    (
        "The Lebanese prime minister met the French ambassador to discuss the economic crisis in Lebanon.",
        "التقى رئيس الوزراء اللبناني السفير الفرنسي لبحث الأزمة الاقتصادية في لبنان.",
        "نخست وزیر لبنان با سفیر فرانسه برای بررسی بحران اقتصادی لبنان دیدار کرد.",
        ("CONSULT reported LBN:GOV FRA:GOV",),
    ),
    (
        "Israeli forces arrested ten Palestinians in the West Bank, the Palestinian prisoners' club said.",
        "قال نادي الأسير الفلسطيني إن القوات الإسرائيلية اعتقلت عشرة فلسطينيين في الضفة الغربية.",
        "باشگاه اسرای فلسطینی اعلام کرد نیروهای اسرائیلی ده فلسطینی را در کرانه باختری بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    (
        "China and Russia signed an agreement in Moscow on energy.",
        "وقعت الصين وروسيا في موسكو اتفاقا في مجال الطاقة.",
        "چین و روسیه در مسکو توافقنامه‌ای در زمینه انرژی امضا کردند.",
        ("AGREE reported CHN: RUS:",),
    ),
    (
        "The Iranian foreign minister and his Omani counterpart discussed regional developments.",
        "بحث وزير الخارجية الإيراني ونظيره العماني التطورات الإقليمية.",
        "وزیر خارجه ایران و همتای عمانی او تحولات منطقه را بررسی کردند.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "Erdogan met Putin in Sochi.",
        "التقى أردوغان بوتين في سوتشي.",
        "اردوغان با پوتین در سوچی دیدار کرد.",
        ("CONSULT reported TUR:GOV RUS:GOV",),
    ),
    (
        "The Qatari emir met the Turkish president, who is visiting Doha.",
        "التقى أمير قطر الرئيس التركي الذي يزور الدوحة.",
        "امیر قطر با رئیس جمهور ترکیه که از دوحه دیدار می‌کند ملاقات کرد.",
        ("CONSULT reported QAT:GOV TUR:GOV",),
    ),
    (
        "The Iraqi prime minister received the Iranian foreign minister, who arrived in Baghdad on Sunday.",
        "استقبل رئيس الوزراء العراقي وزير الخارجية الإيراني الذي وصل إلى بغداد يوم الأحد.",
        "نخست وزیر عراق وزیر خارجه ایران را که روز یکشنبه وارد بغداد شد به حضور پذیرفت.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "The Iranian foreign minister visited Damascus and met the Syrian president.",
        "زار وزير الخارجية الإيراني دمشق والتقى الرئيس السوري.",
        "وزیر خارجه ایران به دمشق سفر کرد و با رئیس جمهور سوریه دیدار کرد.",
        ("CONSULT reported IRN:GOV SYR:GOV",),
    ),
    (
        "Jordan's King Abdullah received the Egyptian foreign minister in Amman.",
        "استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية المصري في عمان.",
        "ملک عبدالله دوم پادشاه اردن وزیر خارجه مصر را در امان به حضور پذیرفت.",
        ("CONSULT reported JOR:GOV EGY:GOV",),
    ),
    (
        "The Kuwaiti emir received a letter from the Saudi king.",
        "تسلم أمير الكويت رسالة من العاهل السعودي.",
        "امیر کویت پیامی از پادشاه عربستان دریافت کرد.",
        ("CONSULT reported KWT:GOV SAU:GOV",),
    ),
    (
        "The United States imposed sanctions on Russian banks because of the war in Ukraine.",
        "فرضت الولايات المتحدة عقوبات على بنوك روسية بسبب الحرب في أوكرانيا.",
        "ایالات متحده به دلیل جنگ در اوکراین بانک‌های روسی را تحریم کرد.",
        ("SANCTION reported USA: RUS:BUS",),
    ),
    (
        "The European Union imposed new sanctions on Iran over its nuclear programme.",
        "فرض الاتحاد الأوروبي عقوبات جديدة على إيران بسبب برنامجها النووي.",
        "اتحادیه اروپا به دلیل برنامه هسته‌ای ایران تحریم‌های جدیدی علیه این کشور اعمال کرد.",
        ("SANCTION reported EU: IRN:",),
    ),
    (
        "Israel struck an Iranian weapons depot in Syria.",
        "قصفت إسرائيل مستودع أسلحة إيرانيا في سوريا.",
        "اسرائیل یک انبار تسلیحات ایران در سوریه را بمباران کرد.",
        ("ASSAULT reported ISR: IRN:",),
    ),
    (
        "The Houthis fired a missile at a Saudi oil facility.",
        "أطلق الحوثيون صاروخا على منشأة نفطية سعودية.",
        "حوثی‌ها موشکی به سوی یک تأسیسات نفتی عربستان شلیک کردند.",
        ("ASSAULT reported YEM:REB SAU:",),
    ),
    (
        "Russian forces shelled Kharkiv with Iranian drones.",
        "قصفت القوات الروسية خاركيف بطائرات مسيرة إيرانية.",
        "نیروهای روسیه خارکیف را با پهپادهای ایرانی بمباران کردند.",
        ("ASSAULT reported RUS:MIL IRN:MIL",),
    ),
    (
        "The Saudi foreign minister received a phone call from his Iranian counterpart.",
        "تلقى وزير الخارجية السعودي اتصالا هاتفيا من نظيره الإيراني.",
        "وزیر خارجه عربستان تماس تلفنی از همتای ایرانی خود دریافت کرد.",
        ("CONSULT reported SAU:GOV IRN:GOV",),
    ),
    (
        "Iranian media reported that Iraqi forces arrested two Iranian pilgrims.",
        "أفادت وسائل إعلام إيرانية بأن القوات العراقية اعتقلت زائرين إيرانيين اثنين.",
        "رسانه‌های ایران گزارش دادند که نیروهای عراقی دو زائر ایرانی را بازداشت کردند.",
        ("COERCE reported IRQ:MIL IRN:CVL",),
    ),
    (
        "The Washington Post reported that Israel struck an Iranian facility in Syria.",
        "ذكرت صحيفة واشنطن بوست أن إسرائيل قصفت منشأة إيرانية في سوريا.",
        "واشنگتن پست گزارش داد که اسرائیل یک تأسیسات ایرانی در سوریه را بمباران کرد.",
        ("ASSAULT reported ISR: IRN:",),
    ),
    (
        "The Iraqi News Agency quoted a security source as saying that gunmen killed three policemen in Kirkuk.",
        "نقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن مسلحين قتلوا ثلاثة من رجال الشرطة في كركوك.",
        "خبرگزاری عراق به نقل از یک منبع امنیتی گزارش داد که افراد مسلح سه پلیس را در کرکوک کشتند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "Russia and Iran discussed the Iranian nuclear programme in Moscow.",
        "بحثت روسيا وإيران في موسكو البرنامج النووي الإيراني.",
        "روسیه و ایران در مسکو درباره برنامه هسته‌ای ایران گفتگو کردند.",
        ("CONSULT reported RUS: IRN:",),
    ),
    (
        "The German chancellor discussed with the French president the war in Ukraine.",
        "بحثت المستشارة الألمانية مع الرئيس الفرنسي الحرب في أوكرانيا.",
        "صدراعظم آلمان با رئیس جمهور فرانسه درباره جنگ در اوکراین گفتگو کرد.",
        ("CONSULT reported DEU:GOV FRA:GOV",),
    ),
    (
        "The Emirati foreign minister met the Israeli foreign minister in Abu Dhabi.",
        "التقى وزير الخارجية الإماراتي وزير الخارجية الإسرائيلي في أبوظبي.",
        "وزیر خارجه امارات با وزیر خارجه اسرائیل در ابوظبی دیدار کرد.",
        ("CONSULT reported ARE:GOV ISR:GOV",),
    ),
    (
        "Oman's sultan received the Iranian foreign minister in Muscat.",
        "استقبل سلطان عمان وزير الخارجية الإيراني في مسقط.",
        "سلطان عمان وزیر خارجه ایران را در مسقط به حضور پذیرفت.",
        ("CONSULT reported OMN:GOV IRN:GOV",),
    ),
    (
        "Israeli settlers attacked Palestinian farmers near Nablus.",
        "هاجم مستوطنون إسرائيليون مزارعين فلسطينيين قرب نابلس.",
        "شهرک‌نشینان اسرائیلی به کشاورزان فلسطینی در نزدیکی نابلس حمله کردند.",
        ("ASSAULT reported ISR:CVL PSE:CVL",),
    ),
    (
        "The Saudi foreign minister discussed with his American counterpart the situation in Sudan.",
        "بحث وزير الخارجية السعودي مع نظيره الأمريكي الأوضاع في السودان.",
        "وزیر خارجه عربستان با همتای آمریکایی خود درباره اوضاع سودان گفتگو کرد.",
        ("CONSULT reported SAU:GOV USA:GOV",),
    ),
    (
        "Iran and Iraq signed an agreement on border security.",
        "وقعت إيران والعراق اتفاقية بشأن أمن الحدود.",
        "ایران و عراق توافقنامه‌ای درباره امنیت مرزها امضا کردند.",
        ("AGREE reported IRN: IRQ:",),
    ),
    (
        "The Iraqi president received the Turkish ambassador in Baghdad.",
        "استقبل الرئيس العراقي السفير التركي في بغداد.",
        "رئیس جمهور عراق سفیر ترکیه را در بغداد به حضور پذیرفت.",
        ("CONSULT reported IRQ:GOV TUR:GOV",),
    ),
    (
        "Egypt accused Ethiopia of threatening its water security.",
        "اتهمت مصر إثيوبيا بتهديد أمنها المائي.",
        "مصر اتیوپی را به تهدید امنیت آبی خود متهم کرد.",
        ("ACCUSE reported EGY: ETH:",),
    ),
    (
        "The Moroccan king received the French president in Rabat.",
        "استقبل العاهل المغربي الرئيس الفرنسي في الرباط.",
        "پادشاه مراکش رئیس جمهور فرانسه را در رباط به حضور پذیرفت.",
        ("CONSULT reported MAR:GOV FRA:GOV",),
    ),
    (
        "The Iranian foreign minister met the UN envoy for Yemen.",
        "التقى وزير الخارجية الإيراني المبعوث الأممي إلى اليمن.",
        "وزیر خارجه ایران با فرستاده سازمان ملل در امور یمن دیدار کرد.",
        ("CONSULT reported IRN:GOV UN:GOV",),
    ),
    (
        "Iran and Russia signed a cooperation agreement regarding gas.",
        "وقعت إيران وروسيا اتفاقية تعاون فيما يتعلق بالغاز.",
        "ایران و روسیه توافقنامه همکاری در زمینه گاز امضا کردند.",
        ("AGREE reported IRN: RUS:",),
    ),
    (
        "The Palestinian president called on the United States to stop the Israeli attacks.",
        "دعا الرئيس الفلسطيني الولايات المتحدة إلى وقف الهجمات الإسرائيلية.",
        "رئیس تشکیلات خودگردان فلسطین از ایالات متحده خواست حملات اسرائیل را متوقف کند.",
        ("REQUEST reported PSE:GOV USA:",),
    ),
    (
        "The Iranian foreign minister, who is visiting Beirut, met the Lebanese prime minister.",
        "التقى وزير الخارجية الإيراني، الذي يزور بيروت، رئيس الوزراء اللبناني.",
        "وزیر خارجه ایران که در بیروت به سر می‌برد با نخست وزیر لبنان دیدار کرد.",
        ("CONSULT reported IRN:GOV LBN:GOV",),
    ),
    (
        "The Lebanese prime minister met the Iranian foreign minister, who arrived in Beirut on Monday.",
        "التقى رئيس الوزراء اللبناني وزير الخارجية الإيراني الذي وصل إلى بيروت يوم الاثنين.",
        "نخست وزیر لبنان با وزیر خارجه ایران که روز دوشنبه وارد بیروت شد دیدار کرد.",
        ("CONSULT reported LBN:GOV IRN:GOV",),
    ),
    (
        "The Iraqi prime minister met Iranian President Masoud Pezeshkian in Tehran.",
        "التقى رئيس الوزراء العراقي الرئيس الإيراني مسعود بزشكيان في طهران.",
        "نخست وزیر عراق با مسعود پزشکیان رئیس جمهور ایران در تهران دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "Turkish President Erdogan received the Iraqi prime minister in Ankara.",
        "استقبل الرئيس التركي أردوغان رئيس الوزراء العراقي في أنقرة.",
        "اردوغان رئیس جمهور ترکیه نخست وزیر عراق را در آنکارا به حضور پذیرفت.",
        ("CONSULT reported TUR:GOV IRQ:GOV",),
    ),
    (
        "The Saudi and Iranian foreign ministers met in Beijing.",
        "التقى وزيرا الخارجية السعودي والإيراني في بكين.",
        "وزیران خارجه عربستان و ایران در پکن دیدار کردند.",
        ("CONSULT reported SAU:GOV IRN:GOV",),
    ),
    (
        "Kuwait expelled the Iranian ambassador.",
        "طردت الكويت السفير الإيراني.",
        "کویت سفیر ایران را اخراج کرد.",
        ("SANCTION reported KWT: IRN:GOV",),
    ),
    (
        "Kuwait expelled the ambassador of Iran.",
        "طردت الكويت سفير إيران.",
        "کویت سفیر ایران را اخراج کرد.",
        ("SANCTION reported KWT: IRN:GOV",),
    ),
    (
        "The United States and Britain imposed sanctions on Iran.",
        "فرضت الولايات المتحدة وبريطانيا عقوبات على إيران.",
        "ایالات متحده و بریتانیا علیه ایران تحریم اعمال کردند.",
        (
            "SANCTION reported GBR: IRN:",
            "SANCTION reported USA: IRN:",
        ),
    ),
    (
        "Pakistan and Afghanistan held talks on the border dispute.",
        "أجرت باكستان وأفغانستان محادثات حول النزاع الحدودي.",
        "پاکستان و افغانستان درباره اختلاف مرزی مذاکره کردند.",
        ("CONSULT reported PAK: AFG:",),
    ),
    (
        "A meeting was held between the Iranian and Iraqi foreign ministers in Tehran.",
        "عقد اجتماع بين وزيري الخارجية الإيراني والعراقي في طهران.",
        "نشستی میان وزیران خارجه ایران و عراق در تهران برگزار شد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The Turkish president received the Iraqi prime minister and discussed with him the water file.",
        "استقبل الرئيس التركي رئيس الوزراء العراقي وبحث معه ملف المياه.",
        "رئیس جمهور ترکیه نخست وزیر عراق را به حضور پذیرفت و با او درباره پرونده آب گفتگو کرد.",
        ("CONSULT reported TUR:GOV IRQ:GOV",),
    ),
    (
        "The Russian president will visit Tehran next week.",
        "سيزور الرئيس الروسي طهران الأسبوع المقبل.",
        "رئیس جمهور روسیه هفته آینده به تهران سفر خواهد کرد.",
        ("CONSULT planned RUS:GOV IRN:",),
    ),
    (
        "The Chinese foreign minister will visit Saudi Arabia and Iran next month.",
        "سيزور وزير الخارجية الصيني السعودية وإيران الشهر المقبل.",
        "وزیر خارجه چین ماه آینده به عربستان و ایران سفر خواهد کرد.",
        (
            "CONSULT planned CHN:GOV IRN:",
            "CONSULT planned CHN:GOV SAU:",
        ),
    ),
    (
        "The Iraqi prime minister met in Baghdad with a Kuwaiti delegation.",
        "التقى رئيس الوزراء العراقي في بغداد وفدا كويتيا.",
        "نخست وزیر عراق در بغداد با هیئتی کویتی دیدار کرد.",
        ("CONSULT reported IRQ:GOV KWT:GOV",),
    ),
    (
        "Talks between the Saudi crown prince and the American president focused on Iran.",
        "تركزت المحادثات بين ولي العهد السعودي والرئيس الأمريكي على إيران.",
        "گفتگوهای ولیعهد عربستان و رئیس جمهور آمریکا بر ایران متمرکز بود.",
        ("CONSULT reported SAU:GOV USA:GOV",),
    ),
    (
        "The Iranian foreign minister and his Iraqi counterpart signed a memorandum of understanding.",
        "وقع وزير الخارجية الإيراني ونظيره العراقي مذكرة تفاهم.",
        "وزیر خارجه ایران و همتای عراقی او یک یادداشت تفاهم امضا کردند.",
        ("AGREE reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Iran and Turkey discussed the Kurdish issue and the situation in Iraq.",
        "بحثت إيران وتركيا القضية الكردية والوضع في العراق.",
        "ایران و ترکیه درباره مسئله کردها و اوضاع عراق گفتگو کردند.",
        ("CONSULT reported IRN: TUR:",),
    ),
    (
        "The Egyptian foreign minister met the Israeli foreign minister in Cairo regarding the ceasefire in Gaza.",
        "التقى وزير الخارجية المصري وزير الخارجية الإسرائيلي في القاهرة فيما يتعلق بوقف إطلاق النار في غزة.",
        "وزیر خارجه مصر با وزیر خارجه اسرائیل در قاهره درباره آتش‌بس در غزه دیدار کرد.",
        ("CONSULT reported EGY:GOV ISR:GOV",),
    ),
    (
        "The Saudi foreign minister met the Syrian foreign minister in Jeddah to discuss the return of Syria to the Arab League.",
        "التقى وزير الخارجية السعودي وزير الخارجية السوري في جدة لبحث عودة سوريا إلى الجامعة العربية.",
        "وزیر خارجه عربستان با وزیر خارجه سوریه در جده برای بررسی بازگشت سوریه به اتحادیه عرب دیدار کرد.",
        ("CONSULT reported SAU:GOV SYR:GOV",),
    ),
    (
        "Iran summoned the British ambassador in Tehran.",
        "استدعت إيران السفير البريطاني في طهران.",
        "ایران سفیر بریتانیا در تهران را احضار کرد.",
        ("ACCUSE reported IRN: GBR:GOV",),
    ),
    (
        "Israeli forces killed a Palestinian youth in Jenin, the Palestinian health ministry said.",
        "قالت وزارة الصحة الفلسطينية إن القوات الإسرائيلية قتلت شابا فلسطينيا في جنين.",
        "وزارت بهداشت فلسطین اعلام کرد نیروهای اسرائیلی یک جوان فلسطینی را در جنین کشتند.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "Saudi state television said the coalition struck Houthi positions in Saada.",
        "قال التلفزيون السعودي الرسمي إن التحالف قصف مواقع الحوثيين في صعدة.",
        "تلویزیون دولتی عربستان اعلام کرد ائتلاف مواضع حوثی‌ها را در صعده بمباران کرد.",
        ("ASSAULT reported YEM:REB",),
    ),
    (
        "The Jordanian and Egyptian foreign ministers met in Amman.",
        "التقى وزيرا الخارجية الأردني والمصري في عمان.",
        "وزیران خارجه اردن و مصر در امان دیدار کردند.",
        ("CONSULT reported JOR:GOV EGY:GOV",),
    ),
    (
        "Gunmen attacked a police station in the Iraqi city of Kirkuk.",
        "هاجم مسلحون مركزا للشرطة في مدينة كركوك العراقية.",
        "افراد مسلح به یک پاسگاه پلیس در شهر کرکوک عراق حمله کردند.",
        ("ASSAULT reported IRQ:UAF IRQ:COP",),
    ),
    (
        "The US envoy met the Lebanese parliament speaker in Beirut.",
        "التقى المبعوث الأمريكي رئيس مجلس النواب اللبناني في بيروت.",
        "فرستاده آمریکا با رئیس پارلمان لبنان در بیروت دیدار کرد.",
        ("CONSULT reported USA:GOV LBN:LEG",),
    ),
    (
        "Iran's supreme leader received the Iraqi prime minister.",
        "استقبل المرشد الإيراني رئيس الوزراء العراقي.",
        "رهبر ایران نخست وزیر عراق را به حضور پذیرفت.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Qatar mediated between Hamas and Israel.",
        "توسطت قطر بين حماس وإسرائيل.",
        "قطر میان حماس و اسرائیل میانجیگری کرد.",
        (
            "CONSULT reported QAT: ISR:",
            "CONSULT reported QAT: PSE:REB",
        ),
    ),
    (
        "The German authorities deported 400 asylum seekers, including 100 Tunisians.",
        "رحلت السلطات الألمانية 400 طالب لجوء بينهم 100 تونسي.",
        "مقامات آلمان ۴۰۰ پناهجو از جمله ۱۰۰ تونسی را اخراج کردند.",
        ("COERCE reported DEU:GOV TUN:CVL",),
    ),
    (
        "Iranian state television said the Revolutionary Guards seized a foreign ship in the Gulf.",
        "قال التلفزيون الإيراني الرسمي إن الحرس الثوري احتجز سفينة أجنبية في الخليج.",
        "تلویزیون دولتی ایران اعلام کرد سپاه پاسداران یک کشتی خارجی را در خلیج فارس توقیف کرد.",
        ("COERCE reported IRN:MIL",),
    ),
    (
        "Al Jazeera reported that Sudanese army aircraft bombed positions of the Rapid Support Forces in Khartoum.",
        "ذكرت قناة الجزيرة أن طيران الجيش السوداني قصف مواقع لقوات الدعم السريع في الخرطوم.",
        "الجزیره گزارش داد که هواپیماهای ارتش سودان مواضع نیروهای پشتیبانی سریع را در خارطوم بمباران کردند.",
        ("ASSAULT reported SDN:MIL SDN:REB",),
    ),
    (
        "Saudi Arabia welcomed the agreement between Sudan and South Sudan.",
        "رحبت السعودية بالاتفاق بين السودان وجنوب السودان.",
        "عربستان از توافق میان سودان و سودان جنوبی استقبال کرد.",
        (
            "AGREE reported SDN: SSD:",
            "SUPPORT reported SAU: SDN:",
            "SUPPORT reported SAU: SSD:",
        ),
    ),
    (
        "Turkey criticised the French president's remarks about Islam.",
        "انتقدت تركيا تصريحات الرئيس الفرنسي بشأن الإسلام.",
        "ترکیه اظهارات رئیس جمهور فرانسه درباره اسلام را محکوم کرد.",
        ("ACCUSE reported TUR: FRA:GOV",),
    ),
    (
        "The Iraqi foreign minister discussed with the Iranian ambassador the issue of water.",
        "بحث وزير الخارجية العراقي مع السفير الإيراني قضية المياه.",
        "وزیر خارجه عراق با سفیر ایران درباره مسئله آب گفتگو کرد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "The Iranian and Russian presidents discussed the Syrian crisis by telephone.",
        "بحث الرئيسان الإيراني والروسي هاتفيا الأزمة السورية.",
        "روسای جمهور ایران و روسیه تلفنی درباره بحران سوریه گفتگو کردند.",
        ("CONSULT reported IRN:GOV RUS:GOV",),
    ),
    (
        "Hezbollah fighters fired rockets at Israeli positions near the Lebanese border.",
        "أطلق مقاتلو حزب الله صواريخ على مواقع إسرائيلية قرب الحدود اللبنانية.",
        "جنگجویان حزب‌الله به سوی مواضع اسرائیل در نزدیکی مرز لبنان راکت شلیک کردند.",
        ("ASSAULT reported LBN:REB ISR:",),
    ),
    (
        "Russian forces shelled Ukrainian positions near the border with Belarus.",
        "قصفت القوات الروسية مواقع أوكرانية قرب الحدود مع بيلاروسيا.",
        "نیروهای روسیه مواضع اوکراین را در نزدیکی مرز بلاروس گلوله‌باران کردند.",
        ("ASSAULT reported RUS:MIL UKR:",),
    ),
    (
        "Israeli forces arrested a Palestinian journalist in Ramallah, the Palestinian journalists syndicate said.",
        "قالت نقابة الصحفيين الفلسطينيين إن القوات الإسرائيلية اعتقلت صحفيا فلسطينيا في رام الله.",
        "سندیکای روزنامه‌نگاران فلسطینی اعلام کرد نیروهای اسرائیلی یک روزنامه‌نگار فلسطینی را در رام‌الله بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:MED",),
    ),
    (
        "The Egyptian president called his French counterpart to discuss the situation in Libya.",
        "اتصل الرئيس المصري بنظيره الفرنسي لبحث الوضع في ليبيا.",
        "رئیس جمهور مصر برای بررسی اوضاع لیبی با همتای فرانسوی خود تماس گرفت.",
        ("CONSULT reported EGY:GOV FRA:GOV",),
    ),
    (
        "The Omani foreign minister received his Iranian counterpart in Muscat.",
        "استقبل وزير الخارجية العماني نظيره الإيراني في مسقط.",
        "وزیر خارجه عمان همتای ایرانی خود را در مسقط به حضور پذیرفت.",
        ("CONSULT reported OMN:GOV IRN:GOV",),
    ),
    (
        "The UN Secretary-General met the Iranian foreign minister in New York.",
        "التقى الأمين العام للأمم المتحدة وزير الخارجية الإيراني في نيويورك.",
        "دبیرکل سازمان ملل با وزیر خارجه ایران در نیویورک دیدار کرد.",
        ("CONSULT reported UN:GOV IRN:GOV",),
    ),
    (
        "Iran and the IAEA agreed on a new inspection plan.",
        "اتفقت إيران والوكالة الدولية للطاقة الذرية على خطة تفتيش جديدة.",
        "ایران و آژانس بین‌المللی انرژی اتمی بر سر یک طرح بازرسی جدید توافق کردند.",
        ("AGREE reported IRN: IAEA:",),
    ),
    (
        "The Iraqi prime minister received a phone call from the Iranian president, in which they discussed the border.",
        "تلقى رئيس الوزراء العراقي اتصالا هاتفيا من الرئيس الإيراني بحثا خلاله الحدود.",
        "نخست وزیر عراق تماس تلفنی از رئیس جمهور ایران دریافت کرد و دو طرف درباره مرز گفتگو کردند.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "The Saudi crown prince and the French president discussed the situation in Lebanon.",
        "بحث ولي العهد السعودي والرئيس الفرنسي الوضع في لبنان.",
        "ولیعهد عربستان و رئیس جمهور فرانسه درباره اوضاع لبنان گفتگو کردند.",
        ("CONSULT reported SAU:GOV FRA:GOV",),
    ),
    (
        "The Turkish foreign minister met the Iraqi foreign minister and the Iranian foreign minister in Ankara.",
        "التقى وزير الخارجية التركي وزيري الخارجية العراقي والإيراني في أنقرة.",
        "وزیر خارجه ترکیه با وزیران خارجه عراق و ایران در آنکارا دیدار کرد.",
        (
            "CONSULT reported TUR:GOV IRN:GOV",
            "CONSULT reported TUR:GOV IRQ:GOV",
        ),
    ),
    (
        "The Emir of Qatar received the Iranian foreign minister, who conveyed to him a message from the Iranian president.",
        "استقبل أمير قطر وزير الخارجية الإيراني الذي نقل إليه رسالة من الرئيس الإيراني.",
        "امیر قطر وزیر خارجه ایران را که پیامی از رئیس جمهور ایران برای او آورده بود به حضور پذیرفت.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "The Jordanian foreign minister arrived in Damascus, where he met the Syrian president.",
        "وصل وزير الخارجية الأردني إلى دمشق حيث التقى الرئيس السوري.",
        "وزیر خارجه اردن وارد دمشق شد و با رئیس جمهور سوریه دیدار کرد.",
        ("CONSULT reported JOR:GOV SYR:GOV",),
    ),
    (
        "The Iraqi foreign minister met his Saudi counterpart on the sidelines of the summit in Riyadh.",
        "التقى وزير الخارجية العراقي نظيره السعودي على هامش القمة في الرياض.",
        "وزیر خارجه عراق در حاشیه نشست ریاض با همتای سعودی خود دیدار کرد.",
        ("CONSULT reported IRQ:GOV SAU:GOV",),
    ),
    (
        "Iran's foreign minister met with the Saudi foreign minister in Beijing, Iranian media reported.",
        "التقى وزير الخارجية الإيراني نظيره السعودي في بكين، بحسب وسائل إعلام إيرانية.",
        "به گزارش رسانه‌های ایران، وزیر خارجه ایران با همتای سعودی خود در پکن دیدار کرد.",
        ("CONSULT reported IRN:GOV SAU:GOV",),
    ),
    (
        "The Kuwaiti emir received the Iraqi foreign minister and discussed with him the border issue.",
        "استقبل أمير الكويت وزير الخارجية العراقي وبحث معه قضية الحدود.",
        "امیر کویت وزیر خارجه عراق را به حضور پذیرفت و با او درباره مسئله مرز گفتگو کرد.",
        ("CONSULT reported KWT:GOV IRQ:GOV",),
    ),
    (
        "The Algerian president received the Tunisian prime minister and the Libyan prime minister.",
        "استقبل الرئيس الجزائري رئيس الحكومة التونسية ورئيس الحكومة الليبية.",
        "رئیس جمهور الجزایر نخست وزیر تونس و نخست وزیر لیبی را به حضور پذیرفت.",
        (
            "CONSULT reported DZA:GOV LBY:GOV",
            "CONSULT reported DZA:GOV TUN:GOV",
        ),
    ),
    (
        "Iran's supreme leader criticised the United States.",
        "انتقد المرشد الإيراني الولايات المتحدة.",
        "رهبر ایران از ایالات متحده انتقاد کرد.",
        ("ACCUSE reported IRN:GOV USA:",),
    ),
    (
        "The leader of Iran's revolution criticised Israel.",
        "انتقد مرشد الثورة إسرائيل.",
        "رهبر انقلاب ایران از اسرائیل انتقاد کرد.",
        ("ACCUSE reported IRN:GOV ISR:",),
    ),
    (
        "Iran's supreme leader received the Iraqi prime minister in Tehran.",
        "استقبل مرشد الجمهورية الإسلامية رئيس الوزراء العراقي في طهران.",
        "رهبر ایران نخست وزیر عراق را در تهران به حضور پذیرفت.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Israeli forces arrested three Palestinians in Hebron, the Palestinian Prisoners Society said.",
        "أفاد نادي الأسير الفلسطيني بأن القوات الإسرائيلية اعتقلت ثلاثة فلسطينيين في الخليل.",
        "باشگاه اسرای فلسطینی اعلام کرد نیروهای اسرائیلی سه فلسطینی را در الخلیل بازداشت کردند.",
        ("COERCE reported ISR:MIL PSE:CVL",),
    ),
    (
        "Saudi Arabia condemned the Houthi attack on the UAE.",
        "أدانت السعودية الهجوم الحوثي على الإمارات.",
        "عربستان حمله حوثی‌ها به امارات را محکوم کرد.",
        (
            "ACCUSE reported SAU: YEM:REB",
            "ASSAULT reported YEM:REB ARE:",
        ),
    ),
    (
        "Gunmen killed more than fifty people in Nigeria, according to a tally by the French news agency.",
        "قتل مسلحون أكثر من خمسين شخصا في نيجيريا، بحسب حصيلة لوكالة الصحافة الفرنسية.",
        "افراد مسلح بیش از پنجاه نفر را در نیجریه کشتند، بر اساس شمارش خبرگزاری فرانسه.",
        ("ASSAULT reported NGA:UAF NGA:CVL",),
    ),
    (
        "Britain urged its citizens living in Qatar and Bahrain to be careful.",
        "دعت بريطانيا رعاياها المقيمين في قطر والبحرين إلى توخي الحذر.",
        "بریتانیا از اتباع خود که در قطر و بحرین زندگی می‌کنند خواست احتیاط کنند.",
        ("REQUEST reported GBR: GBR:CVL",),
    ),
    (
        "France called on its citizens to avoid travel to Lebanon.",
        "دعت فرنسا مواطنيها إلى تجنب السفر إلى لبنان.",
        "فرانسه از شهروندان خود خواست از سفر به لبنان خودداری کنند.",
        ("REQUEST reported FRA: FRA:CVL",),
    ),
    (
        "Turkey froze the assets of people on the list issued by the United Nations.",
        "جمدت تركيا أموال أشخاص واردين في القائمة التي أصدرتها الأمم المتحدة.",
        "ترکیه دارایی افراد موجود در فهرستی را که سازمان ملل منتشر کرده بود مسدود کرد.",
        ("COERCE reported TUR: TUR:CVL",),
    ),
    (
        "Iraqi forces arrested a Syrian smuggler who had crossed the border.",
        "اعتقلت القوات العراقية مهربا سوريا عبر الحدود.",
        "نیروهای عراقی یک قاچاقچی سوری را که از مرز عبور کرده بود دستگیر کردند.",
        ("COERCE reported IRQ:MIL SYR:CRM",),
    ),
    (
        "The Iraqi army killed ten Islamic State militants in Anbar, according to the Joint Operations Command.",
        "قتل الجيش العراقي عشرة من مسلحي تنظيم الدولة الإسلامية في الأنبار، بحسب قيادة العمليات المشتركة.",
        "به گفته فرماندهی عملیات مشترک، ارتش عراق ده شبه‌نظامی داعش را در الانبار کشت.",
        ("ASSAULT reported IRQ:MIL IRQ:REB",),
    ),
    (
        "Turkey sent humanitarian aid to Syria through the Bab al-Hawa crossing.",
        "أرسلت تركيا مساعدات إنسانية إلى سوريا عبر معبر باب الهوى.",
        "ترکیه از طریق گذرگاه باب الهوا کمک‌های بشردوستانه به سوریه فرستاد.",
        ("AID reported TUR: SYR:",),
    ),
    (
        "Saudi Arabia sent aid to Yemeni refugees in Djibouti.",
        "أرسلت السعودية مساعدات إلى اللاجئين اليمنيين في جيبوتي.",
        "عربستان به پناهجویان یمنی در جیبوتی کمک فرستاد.",
        ("AID reported SAU: YEM:REF",),
    ),
    (
        "Qatar donated fifty million dollars to the Palestinians in Gaza.",
        "تبرعت قطر بخمسين مليون دولار للفلسطينيين في غزة.",
        "قطر پنجاه میلیون دلار به فلسطینیان غزه اهدا کرد.",
        ("AID reported QAT: PSE:CVL",),
    ),
    (
        "Turkish forces shelled Kurdish fighters in northern Syria.",
        "قصفت القوات التركية مقاتلين أكرادا في شمال سوريا.",
        "نیروهای ترکیه جنگجویان کرد را در شمال سوریه گلوله‌باران کردند.",
        ("ASSAULT reported TUR:MIL SYR:REB",),
    ),
    (
        "Israeli forces arrested two journalists in southern Lebanon.",
        "اعتقلت القوات الإسرائيلية صحفيين اثنين في جنوب لبنان.",
        "نیروهای اسرائیلی دو روزنامه‌نگار را در جنوب لبنان بازداشت کردند.",
        ("COERCE reported ISR:MIL LBN:MED",),
    ),
    (
        "Police arrested five protesters in eastern Turkey.",
        "اعتقلت الشرطة خمسة متظاهرين في شرق تركيا.",
        "پلیس پنج معترض را در شرق ترکیه بازداشت کرد.",
        ("COERCE reported TUR:COP TUR:CVL",),
    ),
    (
        "Gunmen killed four soldiers in northeastern Nigeria.",
        "قتل مسلحون أربعة جنود في شمال شرق نيجيريا.",
        "افراد مسلح چهار سرباز را در شمال شرق نیجریه کشتند.",
        ("ASSAULT reported NGA:UAF NGA:MIL",),
    ),
    (
        "The American president urged Ethiopia, which is fighting the rebels, to respect human rights.",
        "دعا الرئيس الأمريكي إثيوبيا التي تحارب المتمردين إلى احترام حقوق الإنسان.",
        "رئیس جمهور آمریکا از اتیوپی که با شورشیان می‌جنگد خواست حقوق بشر را رعایت کند.",
        ("REQUEST reported USA:GOV ETH:",),
    ),
    (
        "Turkey arrested a journalist who works for a German newspaper.",
        "اعتقلت تركيا صحفيا يعمل لصالح صحيفة ألمانية.",
        "ترکیه یک روزنامه‌نگار را که برای یک روزنامه آلمانی کار می‌کند بازداشت کرد.",
        ("COERCE reported TUR: DEU:MED",),
    ),
    (
        "The Saudi king received the Emir of Kuwait, who is on a visit to the kingdom.",
        "استقبل العاهل السعودي أمير الكويت الذي يقوم بزيارة إلى المملكة.",
        "پادشاه عربستان امیر کویت را که به این کشور سفر کرده است به حضور پذیرفت.",
        ("CONSULT reported SAU:GOV KWT:GOV",),
    ),
    (
        "The Jordanian king met the American president at the White House.",
        "التقى العاهل الأردني الرئيس الأمريكي في البيت الأبيض.",
        "پادشاه اردن با رئیس جمهور آمریکا در کاخ سفید دیدار کرد.",
        ("CONSULT reported JOR:GOV USA:GOV",),
    ),
    (
        "The Iranian president met the Iraqi prime minister on the sidelines of the UN General Assembly in New York.",
        "التقى الرئيس الإيراني رئيس الوزراء العراقي على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك.",
        "رئیس جمهور ایران در حاشیه مجمع عمومی سازمان ملل در نیویورک با نخست وزیر عراق دیدار کرد.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Lebanon's parliament speaker received the American envoy and discussed with him the Israeli violations.",
        "استقبل رئيس مجلس النواب اللبناني المبعوث الأمريكي وبحث معه الخروقات الإسرائيلية.",
        "رئیس پارلمان لبنان فرستاده آمریکا را به حضور پذیرفت و با او درباره نقض‌های اسرائیل گفتگو کرد.",
        ("CONSULT reported LBN:LEG USA:GOV",),
    ),
    (
        "The Palestinian president met the Egyptian intelligence chief in Ramallah.",
        "التقى الرئيس الفلسطيني رئيس المخابرات المصرية في رام الله.",
        "رئیس تشکیلات خودگردان فلسطین با رئیس سازمان اطلاعات مصر در رام‌الله دیدار کرد.",
        ("CONSULT reported PSE:GOV EGY:COP",),
    ),
    (
        "Algeria and Tunisia signed agreements on energy and trade.",
        "وقعت الجزائر وتونس اتفاقيات في مجالي الطاقة والتجارة.",
        "الجزایر و تونس توافقنامه‌هایی در زمینه انرژی و تجارت امضا کردند.",
        ("AGREE reported DZA: TUN:",),
    ),
    (
        "The Iranian foreign minister discussed with his Qatari counterpart the nuclear talks with the United States.",
        "بحث وزير الخارجية الإيراني مع نظيره القطري المفاوضات النووية مع الولايات المتحدة.",
        "وزیر خارجه ایران با همتای قطری خود درباره مذاکرات هسته‌ای با ایالات متحده گفتگو کرد.",
        ("CONSULT reported IRN:GOV QAT:GOV",),
    ),
    (
        "The Chinese president received the Saudi crown prince in Beijing.",
        "استقبل الرئيس الصيني ولي العهد السعودي في بكين.",
        "رئیس جمهور چین ولیعهد عربستان را در پکن به حضور پذیرفت.",
        ("CONSULT reported CHN:GOV SAU:GOV",),
    ),
    (
        "The Omani foreign minister said that his country is mediating between Iran and the United States.",
        "قال وزير الخارجية العماني إن بلاده تتوسط بين إيران والولايات المتحدة.",
        "وزیر خارجه عمان گفت کشورش میان ایران و ایالات متحده میانجیگری می‌کند.",
        (
            "CONSULT reported OMN:GOV IRN:",
            "CONSULT reported OMN:GOV USA:",
        ),
    ),
    (
        "The Kuwaiti foreign minister met the Iraqi ambassador in Kuwait.",
        "التقى وزير الخارجية الكويتي السفير العراقي لدى الكويت.",
        "وزیر خارجه کویت با سفیر عراق در کویت دیدار کرد.",
        ("CONSULT reported KWT:GOV IRQ:GOV",),
    ),
    (
        "The Omani foreign minister said that his country is mediating between Iran and the United States.",
        "قال وزير الخارجية العماني إن بلاده تتوسط بين إيران والولايات المتحدة.",
        "وزیر خارجه عمان گفت کشورش میان ایران و ایالات متحده میانجیگری می‌کند.",
        (
            "CONSULT reported OMN:GOV IRN:",
            "CONSULT reported OMN:GOV USA:",
        ),
    ),
    (
        "The German foreign minister said her country would send aid to Ukraine.",
        "قالت وزيرة الخارجية الألمانية إن بلادها سترسل مساعدات إلى أوكرانيا.",
        "وزیر خارجه آلمان گفت کشورش به اوکراین کمک خواهد فرستاد.",
        ("AID planned DEU:GOV UKR:",),
    ),
    (
        "The Turkish president said his country would impose sanctions on Israel.",
        "قال الرئيس التركي إن بلاده ستفرض عقوبات على إسرائيل.",
        "رئیس جمهور ترکیه گفت کشورش اسرائیل را تحریم خواهد کرد.",
        ("THREATEN planned TUR:GOV ISR:",),
    ),
    (
        "The Egyptian president said his country supports the Palestinian people.",
        "قال الرئيس المصري إن بلاده تدعم الشعب الفلسطيني.",
        "رئیس جمهور مصر گفت کشورش از مردم فلسطین حمایت می‌کند.",
        ("SUPPORT reported EGY:GOV PSE:CVL",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One or two languages: what a rule must give, and what it must not take.
CASES: list[tuple[str, str, set[str]]] = [
    # a condemned deed's own phrase names its doer and its victim
    (
        "أدانت إيران الهجوم الإسرائيلي على سوريا.",
        "ar",
        {"ACCUSE reported IRN: ISR:", "ASSAULT reported ISR: SYR:"},
    ),
    (
        "ایران حمله اسرائیل به سوریه را محکوم کرد.",
        "fa",
        {"ACCUSE reported IRN: ISR:", "ASSAULT reported ISR: SYR:"},
    ),
    (
        "أدان وزير الخارجية السوري الغارات الإسرائيلية على سوريا.",
        "ar",
        {"ACCUSE reported SYR:GOV ISR:MIL", "ASSAULT reported ISR:MIL SYR:"},
    ),
    (
        "رحبت إيران بالهجوم الروسي على أوكرانيا.",
        "ar",
        {"SUPPORT reported IRN: RUS:", "ASSAULT reported RUS: UKR:"},
    ),
    (
        "نددت مصر بالغارة الإسرائيلية على لبنان.",
        "ar",
        {"ACCUSE reported EGY: ISR:MIL", "ASSAULT reported ISR:MIL LBN:"},
    ),
    # the commenter's office is not the struck state's
    (
        "أدانت الحكومة العراقية القصف التركي على إقليم كردستان العراق.",
        "ar",
        {"ACCUSE reported IRQ:GOV TUR:MIL", "ASSAULT reported TUR:MIL IRQ:"},
    ),
    # a phrase naming only whom the deed struck: its doer is an unknown
    # attacker (agents33ar: Arabic "على" is a preposition of the struck, as
    # Persian "حمله به" and English "the attack on" read)
    (
        "أدانت قطر الهجوم على السفارة التركية في كابل.",
        "ar",
        {"ACCUSE reported QAT:", "ASSAULT reported -:UAF TUR:GOV"},
    ),
    # a deed told by a verb is not a commented noun
    (
        "قالت سوريا إن إسرائيل قصفت مطار دمشق.",
        "ar",
        {"ASSAULT reported ISR: SYR:"},
    ),
    # Iran's Leader; the Brotherhood's guide stays no state's head
    (
        "استقبل المرشد الإيراني رئيس الوزراء العراقي.",
        "ar",
        {"CONSULT reported IRN:GOV IRQ:GOV"},
    ),
    (
        "التقى مرشد جماعة الإخوان المسلمين وفدا من حماس.",
        "ar",
        {"CONSULT reported EGY:OPP PSE:REB"},
    ),
    # a title with its state and the article: the state after it is the object
    ("انتقد المرشد الإيراني الولايات المتحدة.", "ar", {"ACCUSE reported IRN:GOV USA:"}),
    ("هاجم المستشار الألماني روسيا.", "ar", {"ACCUSE reported DEU:GOV RUS:"}),
    # a state after "في" and words of direction is where
    (
        "قتلت القوات التركية خمسة مسلحين في شمال العراق.",
        "ar",
        {"ASSAULT reported TUR:MIL IRQ:REB"},
    ),
    ("شنت إسرائيل غارات على جنوب لبنان.", "ar", {"ASSAULT reported ISR: LBN:"}),
    # tri30a's gap: the place no longer takes the killed soldiers' slot
    (
        "قتل مسلحون خمسة جنود في هجوم على موقع للجيش في شمال مالي.",
        "ar",
        {"ASSAULT reported MLI:UAF MLI:MIL"},
    ),
    # the states a crisis is between are talked about
    (
        "بحث الرئيس المصري وأمير الكويت الأزمة بين قطر والسعودية.",
        "ar",
        {"CONSULT reported EGY:GOV KWT:GOV"},
    ),
    (
        "رئیس جمهور مصر و امیر کویت درباره بحران میان قطر و عربستان گفتگو کردند.",
        "fa",
        {"CONSULT reported EGY:GOV KWT:GOV"},
    ),
    (
        "بحث وزيرا الخارجية السوداني والسعودي الخلاف بين مصر وإثيوبيا.",
        "ar",
        {"CONSULT reported SDN:GOV SAU:GOV"},
    ),
    # talks between two states stay theirs
    ("جرت محادثات بين إيران والولايات المتحدة.", "ar", {"CONSULT reported IRN: USA:"}),
    # his country with no deed reported: the speaker stays the accuser
    (
        "قال الوزير السعودي متهما إيران بدعم الإرهاب إن بلاده لن تصمت.",
        "ar",
        {"ACCUSE reported IRN: SAU:GOV"},
    ),
    # a body's name vetoes nothing; a sports club still does
    (
        "قال نادي الأسير الفلسطيني إن القوات الإسرائيلية اعتقلت عشرة فلسطينيين.",
        "ar",
        {"COERCE reported ISR:MIL PSE:CVL"},
    ),
    # sides51: a counterpart met at a press conference, talks told again in
    # the reported words: the speaker's own meeting, both keep their office
    (
        "قال وزير الخارجية القطري خلال مؤتمر صحفي مع نظيره التركي إن المحادثات كانت إيجابية.",
        "ar",
        {"CONSULT reported QAT:GOV TUR:GOV"},
    ),
    ("التقى رئيس النادي الأهلي السفير السعودي.", "ar", set()),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # English drops a deed noun a condemnation governs when its doer is an
    # adjective ("the Israeli attack on Syria"); with "by" it is kept
    (
        "Iran condemned the Israeli attack on Syria.",
        "en",
        {"ACCUSE reported IRN: ISR:", "ASSAULT reported ISR: SYR:"},
    ),
    # English keeps the states a crisis is between as sides of the talks
    (
        "The Egyptian president and the Emir of Kuwait discussed the crisis"
        " between Qatar and Saudi Arabia.",
        "en",
        {"CONSULT reported EGY:GOV KWT:GOV"},
    ),
    # "رحلت" (deported) is read as "departed": no event
    ("رحلت ألمانيا مئتي أفغاني إلى كابل.", "ar", {"COERCE reported DEU: AFG:CVL"}),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
