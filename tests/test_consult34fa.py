"""Meeting, request and agreement words that tell no event, read alike in
Persian, Arabic and English (round 34, consult34fa; every sentence written
for these tests in natural news wording for each language).

Rules added in this round:

- a noun after "amid" is the background of the sentence's event, in
  Persian ("در میان مذاکرات", "در بحبوحه", "در گیرودار") and Arabic ("في خضم",
  "في غمرة") as English "amid" was read: the word right before the trigger
  only, since modifiers follow the noun there ("میان طرفین توافق شد" keeps
  its agreement);
- the chance or the prospect of reaching an agreement ("فرصت/شانس/چشم‌انداز
  رسیدن به توافق", "فرص/آفاق التوصل إلى اتفاق", "the chances of reaching a
  deal", "prospects for a deal") names an agreement not reached;
- a Persian interview ("در گفت‌وگو با عصر اندیشه گفت") whose partner is no
  actor is the channel of a statement, as "in an interview with a newspaper":
  no talks; a partner that is an actor ("با لاوروف", "با همتای روس خود")
  keeps them;
- the plural of the doer noun of a compound verb ("مذاکره‌کنندگان",
  "امضاکنندگان") is no deed, as its singular ("مذاکره‌کننده") was not; after
  the light verb "نمودن" neither is read so: "نماینده", "نمایندگان" are
  representatives, and "دیدار نماینده ویژه آمریکا با …" tells a meeting again
  (it was dropped before this round);
- remarks referred to ("با اشاره به بیانات رهبر در دیدار با شاعران",
  "مشيرا إلى تصريحات المرشد في لقائه", "referring to the remarks made in
  the meeting"): the meeting they were made at is only where they were said
  (``status.REFERENCE_CUES``, ``hypothetical.REFERENCE_SPAN``: six words on).

Tried and dropped: Persian meetings with one side named only
("CONSULT/meeting" out of ``ONE_SIDED_TYPES``, as English and Arabic read
"met a group of poets"): challenge fa even types fell.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Iran's negotiating team returned to Tehran on Sunday.",
        "عاد الفريق الإيراني المفاوض إلى طهران يوم الأحد.",
        "تیم مذاکره\u200cکننده ایران روز یکشنبه به تهران بازگشت.",
        (),
    ),
    (
        "Iran's chief negotiator said the sanctions must be lifted.",
        "قال كبير المفاوضين الإيرانيين إن العقوبات يجب أن ترفع.",
        "مذاکره\u200cکننده ارشد ایران گفت تحریم\u200cها باید لغو شود.",
        (),
    ),
    (
        "Iran's foreign minister, in an interview with a newspaper, said Russia and China are partners.",
        "قال وزير الخارجية الإيراني في مقابلة مع صحيفة إن روسيا والصين شريكتان.",
        "وزیر امور خارجه ایران در گفت\u200cوگو با یک روزنامه گفت روسیه و چین شریک هستند.",
        (),
    ),
    (
        "Iran fulfilled all its commitments under the nuclear agreement for a year.",
        "نفذت إيران جميع التزاماتها بموجب الاتفاق النووي لمدة عام.",
        "ایران یک سال به تمام تعهداتش ذیل توافق هسته\u200cای عمل کرد.",
        (),
    ),
    (
        "The tension rose amid the talks between Iran and the six powers.",
        "ارتفع التوتر في خضم المحادثات بين إيران والقوى الست.",
        "تنش در میان مذاکرات ایران و شش قدرت افزایش یافت.",
        (),
    ),
    (
        "Experts are preparing the text of an agreement to revive the nuclear deal.",
        "يعد خبراء نص اتفاق لإحياء الاتفاق النووي.",
        "کارشناسان مشغول تهیه متن توافق\u200cنامه برای احیای توافق هسته\u200cای هستند.",
        (),
    ),
    (
        "The chances of reaching an agreement in the nuclear talks between Iran and the United States have grown.",
        "ازدادت فرص التوصل إلى اتفاق في المحادثات النووية بين إيران والولايات المتحدة.",
        "شانس رسیدن به توافق در مذاکرات هسته\u200cای میان ایران و آمریکا بیشتر شده است.",
        ("CONSULT reported IRN: USA:",),
    ),
    (
        "The prospects for a deal between Iran and the United States are dim.",
        "آفاق التوصل إلى اتفاق بين إيران والولايات المتحدة قاتمة.",
        "چشم\u200cانداز دستیابی به توافق میان ایران و آمریکا تیره است.",
        (),
    ),
    (
        "Iran and the United States reached an agreement.",
        "توصلت إيران والولايات المتحدة إلى اتفاق.",
        "ایران و آمریکا به توافق رسیدند.",
        ("AGREE reported IRN: USA:",),
    ),
    (
        "Amid the talks in Vienna, Iran and Russia signed a trade agreement.",
        "في خضم المحادثات في فيينا، وقعت إيران وروسيا اتفاقا تجاريا.",
        "در میان مذاکرات وین، ایران و روسیه یک توافق\u200cنامه تجاری امضا کردند.",
        ("AGREE reported IRN: RUS:",),
    ),
    (
        "An agreement was reached between the two sides.",
        "تم التوصل إلى اتفاق بين الطرفين.",
        "میان طرفین توافق شد.",
        (),
    ),
    (
        "Amid the nuclear talks, oil prices fell.",
        "في خضم المحادثات النووية، تراجعت أسعار النفط.",
        "در بحبوحه مذاکرات هسته\u200cای، قیمت نفت کاهش یافت.",
        (),
    ),
    (
        "Tension between Tehran and Washington grew amid the negotiations.",
        "تصاعد التوتر بين طهران وواشنطن في خضم المفاوضات.",
        "تنش میان تهران و واشنگتن در میان مذاکرات بالا گرفت.",
        (),
    ),
    (
        "Amid the negotiations, the Iranian president visited Moscow.",
        "في خضم المفاوضات، زار الرئيس الإيراني موسكو.",
        "در میان مذاکرات، رئیس\u200cجمهور ایران از مسکو دیدار کرد.",
        ("CONSULT reported IRN:GOV RUS:",),
    ),
    (
        "Amid the clashes, the Saudi foreign minister called his Iranian counterpart.",
        "في خضم الاشتباكات، اتصل وزير الخارجية السعودي بنظيره الإيراني.",
        "در بحبوحه درگیری\u200cها، وزیر خارجه عربستان با همتای ایرانی خود تلفنی گفت\u200cوگو کرد.",
        ("CONSULT reported SAU:GOV IRN:GOV",),
    ),
    (
        "The Iranian foreign minister met his Turkish counterpart in Ankara on Monday.",
        "التقى وزير الخارجية الإيراني نظيره التركي في أنقرة يوم الاثنين.",
        "وزیر امور خارجه ایران روز دوشنبه در آنکارا با همتای ترکیه\u200cای خود دیدار کرد.",
        ("CONSULT reported IRN:GOV TUR:GOV",),
    ),
    (
        "The Iranian foreign minister will meet his Turkish counterpart in Ankara next week.",
        "سيلتقي وزير الخارجية الإيراني نظيره التركي في أنقرة الأسبوع المقبل.",
        "وزیر امور خارجه ایران هفته آینده در آنکارا با همتای ترکیه\u200cای خود دیدار خواهد کرد.",
        ("CONSULT planned IRN:GOV TUR:GOV",),
    ),
    (
        "The Iranian foreign minister did not meet his Turkish counterpart.",
        "لم يلتق وزير الخارجية الإيراني نظيره التركي.",
        "وزیر امور خارجه ایران با همتای ترکیه\u200cای خود دیدار نکرد.",
        ("CONSULT negated IRN:GOV TUR:GOV",),
    ),
    (
        "Iran and Iraq held talks in Baghdad on Sunday.",
        "أجرت إيران والعراق محادثات في بغداد يوم الأحد.",
        "ایران و عراق روز یکشنبه در بغداد مذاکره کردند.",
        ("CONSULT reported IRN: IRQ:",),
    ),
    (
        "Iran and Iraq will hold talks in Baghdad next month.",
        "ستجري إيران والعراق محادثات في بغداد الشهر المقبل.",
        "ایران و عراق ماه آینده در بغداد مذاکره خواهند کرد.",
        ("CONSULT planned IRN: IRQ:",),
    ),
    (
        "The Qatari emir spoke by phone with the Iranian president.",
        "أجرى أمير قطر اتصالا هاتفيا مع الرئيس الإيراني.",
        "امیر قطر با رئیس\u200cجمهور ایران تلفنی گفت\u200cوگو کرد.",
        ("CONSULT reported QAT:GOV IRN:GOV",),
    ),
    (
        "The Iranian president received the Iraqi prime minister in Tehran.",
        "استقبل الرئيس الإيراني رئيس الوزراء العراقي في طهران.",
        "رئیس\u200cجمهور ایران نخست\u200cوزیر عراق را در تهران به حضور پذیرفت.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "The Iraqi prime minister arrived in Tehran on an official visit.",
        "وصل رئيس الوزراء العراقي إلى طهران في زيارة رسمية.",
        "نخست\u200cوزیر عراق برای یک سفر رسمی وارد تهران شد.",
        ("CONSULT reported IRQ:GOV IRN:",),
    ),
    (
        "The chief American negotiator said progress had been made.",
        "قال كبير المفاوضين الأمريكيين إن تقدما قد أحرز.",
        "مذاکره\u200cکننده ارشد آمریکا گفت پیشرفت حاصل شده است.",
        (),
    ),
    (
        "Iran's nuclear negotiators are experienced diplomats.",
        "المفاوضون النوويون الإيرانيون دبلوماسيون متمرسون.",
        "مذاکره\u200cکنندگان هسته\u200cای ایران دیپلمات\u200cهای باتجربه\u200cای هستند.",
        (),
    ),
    (
        "The Iranian foreign minister said in an interview with CNN that Iran wants peace.",
        "قال وزير الخارجية الإيراني في مقابلة مع سي إن إن إن إيران تريد السلام.",
        "وزیر امور خارجه ایران در گفت\u200cوگو با سی\u200cان\u200cان گفت ایران خواهان صلح است.",
        (),
    ),
    (
        "In an interview with a local newspaper, the Iraqi minister praised Iran.",
        "أشاد الوزير العراقي بإيران في مقابلة مع صحيفة محلية.",
        "وزیر عراقی در گفت\u200cوگو با یک روزنامه محلی از ایران تمجید کرد.",
        ("SUPPORT reported IRQ:GOV IRN:",),
    ),
    (
        "The UN secretary-general urged Iran and the United States to return to talks.",
        "حث الأمين العام للأمم المتحدة إيران والولايات المتحدة على العودة إلى المحادثات.",
        "دبیرکل سازمان ملل از ایران و آمریکا خواست به مذاکرات بازگردند.",
        ("REQUEST reported UN:GOV IRN:", "REQUEST reported UN:GOV USA:"),
    ),
    (
        "Russia asked Iran to release the tanker.",
        "طلبت روسيا من إيران الإفراج عن الناقلة.",
        "روسیه از ایران خواست نفتکش را آزاد کند.",
        ("REQUEST reported RUS: IRN:",),
    ),
    (
        "Iran invited the Saudi foreign minister to visit Tehran.",
        "دعت إيران وزير الخارجية السعودي إلى زيارة طهران.",
        "ایران از وزیر خارجه عربستان برای سفر به تهران دعوت کرد.",
        ("REQUEST reported IRN: SAU:GOV",),
    ),
    (
        "Iran did not ask Russia for help.",
        "لم تطلب إيران المساعدة من روسيا.",
        "ایران از روسیه درخواست کمک نکرد.",
        ("REQUEST negated IRN: RUS:",),
    ),
    (
        "Iran remains committed to the nuclear agreement.",
        "لا تزال إيران ملتزمة بالاتفاق النووي.",
        "ایران همچنان به توافق هسته\u200cای پایبند است.",
        (),
    ),
    (
        "Iran and China signed a 25-year cooperation agreement.",
        "وقعت إيران والصين اتفاقية تعاون مدتها 25 عاما.",
        "ایران و چین یک سند همکاری ۲۵ ساله امضا کردند.",
        ("AGREE reported IRN: CHN:",),
    ),
    (
        "Iran and China will sign a 25-year cooperation agreement.",
        "ستوقع إيران والصين اتفاقية تعاون مدتها 25 عاما.",
        "ایران و چین یک سند همکاری ۲۵ ساله امضا خواهند کرد.",
        ("AGREE planned IRN: CHN:",),
    ),
    (
        "Iran and Oman agreed to expand trade.",
        "اتفقت إيران وسلطنة عمان على توسيع التجارة.",
        "ایران و عمان بر گسترش تجارت توافق کردند.",
        ("AGREE reported IRN: OMN:",),
    ),
    (
        "Iran and Oman have not agreed on the price.",
        "لم تتفق إيران وسلطنة عمان على السعر.",
        "ایران و عمان بر سر قیمت توافق نکرده\u200cاند.",
        ("AGREE negated IRN: OMN:",),
    ),
    (
        "The chance of a new agreement between Iran and Europe is small.",
        "فرص التوصل إلى اتفاق جديد بين إيران وأوروبا ضئيلة.",
        "شانس رسیدن به یک توافق جدید میان ایران و اروپا اندک است.",
        (),
    ),
    (
        "Analysts doubt the prospects of reaching an agreement between Iran and the United States.",
        "يشكك المحللون في آفاق التوصل إلى اتفاق بين إيران والولايات المتحدة.",
        "تحلیلگران در چشم\u200cانداز رسیدن به توافق میان ایران و آمریکا تردید دارند.",
        (),
    ),
    (
        "The parliament approved the budget after talks with the government.",
        "أقر البرلمان الميزانية بعد محادثات مع الحكومة.",
        "مجلس پس از مذاکره با دولت بودجه را تصویب کرد.",
        ("CONSULT reported -:LEG -:GOV",),
    ),
    (
        "The Iranian foreign minister travelled to Moscow to meet his Russian counterpart.",
        "توجه وزير الخارجية الإيراني إلى موسكو للقاء نظيره الروسي.",
        "وزیر امور خارجه ایران به مسکو سفر کرد تا با همتای روس خود دیدار کند.",
        ("CONSULT reported IRN:GOV RUS:GOV",),
    ),
    (
        "The Iraqi prime minister went to Tehran to have a meeting with the Iranian president.",
        "ذهب رئيس الوزراء العراقي إلى طهران لعقد لقاء مع الرئيس الإيراني.",
        "نخست\u200cوزیر عراق به تهران رفت تا دیداری با رئیس\u200cجمهور ایران داشته باشد.",
        ("CONSULT reported IRQ:GOV IRN:GOV",),
    ),
    (
        "Iran wants to hold talks with Saudi Arabia.",
        "تريد إيران إجراء محادثات مع السعودية.",
        "ایران می\u200cخواهد با عربستان مذاکره کند.",
        (),
    ),
    (
        "Iran hopes to reach an agreement with Europe.",
        "تأمل إيران في التوصل إلى اتفاق مع أوروبا.",
        "ایران امیدوار است با اروپا به توافق برسد.",
        (),
    ),
    (
        "The Vienna talks on the nuclear program were suspended.",
        "علقت محادثات فيينا بشأن البرنامج النووي.",
        "مذاکرات وین درباره برنامه هسته\u200cای به حالت تعلیق درآمد.",
        (),
    ),
    (
        "Russia called for the talks between Iran and the West to resume.",
        "دعت روسيا إلى استئناف المحادثات بين إيران والغرب.",
        "روسیه خواستار از سرگیری مذاکرات میان ایران و غرب شد.",
        ("REQUEST reported RUS: IRN:",),
    ),
    (
        "Iran called on Iraq to expel the militants.",
        "دعت إيران العراق إلى طرد المسلحين.",
        "ایران از عراق خواست شبه\u200cنظامیان را اخراج کند.",
        ("REQUEST reported IRN: IRQ:",),
    ),
    (
        "The Iraqi prime minister invited the Iranian president to visit Baghdad.",
        "دعا رئيس الوزراء العراقي الرئيس الإيراني لزيارة بغداد.",
        "نخست\u200cوزیر عراق رئیس\u200cجمهور ایران را به سفر به بغداد دعوت کرد.",
        ("REQUEST reported IRQ:GOV IRN:GOV",),
    ),
    (
        "Iran and Turkey signed a memorandum of understanding on energy.",
        "وقعت إيران وتركيا مذكرة تفاهم في مجال الطاقة.",
        "ایران و ترکیه یک یادداشت تفاهم در زمینه انرژی امضا کردند.",
        ("AGREE reported IRN: TUR:",),
    ),
    (
        "Iran and Turkey have signed a memorandum of understanding on energy.",
        "وقعت إيران وتركيا على مذكرة تفاهم في مجال الطاقة.",
        "ایران و ترکیه یک تفاهم\u200cنامه در حوزه انرژی امضا کرده\u200cاند.",
        ("AGREE reported IRN: TUR:",),
    ),
    (
        "Iran and Turkey did not sign the agreement.",
        "لم توقع إيران وتركيا الاتفاق.",
        "ایران و ترکیه این توافق\u200cنامه را امضا نکردند.",
        ("AGREE negated IRN: TUR:",),
    ),
    (
        "The Iranian and Turkish presidents will sign five agreements on Monday.",
        "سيوقع الرئيسان الإيراني والتركي خمس اتفاقيات يوم الاثنين.",
        "رؤسای جمهور ایران و ترکیه روز دوشنبه پنج سند همکاری امضا خواهند کرد.",
        ("AGREE planned IRN:GOV TUR:GOV",),
    ),
    (
        "The meeting between the US special envoy and the Iranian foreign minister was held in Geneva.",
        "عقد اللقاء بين المبعوث الأمريكي الخاص ووزير الخارجية الإيراني في جنيف.",
        "دیدار نماینده ویژه آمریکا با وزیر خارجه ایران در ژنو برگزار شد.",
        ("CONSULT reported USA:GOV IRN:GOV",),
    ),
    (
        "Iranian negotiators returned to Tehran yesterday.",
        "عاد المفاوضون الإيرانيون إلى طهران أمس.",
        "مذاکره\u200cکنندگان ایرانی دیروز به تهران بازگشتند.",
        (),
    ),
    (
        "The signatories of the nuclear agreement must honour their commitments.",
        "يجب على الموقعين على الاتفاق النووي الوفاء بالتزاماتهم.",
        "امضاکنندگان توافق هسته\u200cای باید به تعهدات خود عمل کنند.",
        (),
    ),
    (
        "The Iranian foreign minister, in an interview with Asr-e Andisheh, said Russia is a partner.",
        "قال وزير الخارجية الإيراني في مقابلة مع عصر انديشه إن روسيا شريكة.",
        "وزیر امور خارجه ایران در گفت\u200cوگو با عصر اندیشه گفت روسیه شریک است.",
        (),
    ),
    (
        "Prices rose amid the war.",
        "ارتفعت الأسعار في خضم الحرب.",
        "قیمت\u200cها در بحبوحه جنگ افزایش یافت.",
        (),
    ),
    (
        "Amid the clashes, three civilians were killed in Idlib.",
        "في خضم الاشتباكات، قتل ثلاثة مدنيين في إدلب.",
        "در بحبوحه درگیری\u200cها، سه غیرنظامی در ادلب کشته شدند.",
        ("ASSAULT reported SYR:UAF SYR:CVL",),
    ),
    (
        "The prospects of a deal between Iran and the IAEA have faded.",
        "تلاشت آفاق التوصل إلى اتفاق بين إيران والوكالة الدولية للطاقة الذرية.",
        "چشم\u200cانداز دستیابی به توافق میان ایران و آژانس بین\u200cالمللی انرژی اتمی کمرنگ شده است.",
        (),
    ),
    (
        "Iran and the IAEA reached an agreement on inspections on Sunday.",
        "توصلت إيران والوكالة الدولية للطاقة الذرية إلى اتفاق بشأن عمليات التفتيش يوم الأحد.",
        "ایران و آژانس بین\u200cالمللی انرژی اتمی روز یکشنبه درباره بازرسی\u200cها به توافق رسیدند.",
        ("AGREE reported IRN: IAEA:",),
    ),
    (
        "Iran and the IAEA will reach an agreement on inspections.",
        "ستتوصل إيران والوكالة الدولية للطاقة الذرية إلى اتفاق بشأن عمليات التفتيش.",
        "ایران و آژانس بین\u200cالمللی انرژی اتمی درباره بازرسی\u200cها به توافق خواهند رسید.",
        ("AGREE planned IRN: IAEA:",),
    ),
    (
        "Iran and the IAEA did not reach an agreement on inspections.",
        "لم تتوصل إيران والوكالة الدولية للطاقة الذرية إلى اتفاق بشأن عمليات التفتيش.",
        "ایران و آژانس بین\u200cالمللی انرژی اتمی درباره بازرسی\u200cها به توافق نرسیدند.",
        ("AGREE negated IRN: IAEA:",),
    ),
    (
        "Amid the talks, the Iranian president will travel to Beijing.",
        "في خضم المحادثات، سيتوجه الرئيس الإيراني إلى بكين.",
        "در بحبوحه مذاکرات، رئیس\u200cجمهور ایران به پکن سفر خواهد کرد.",
        ("CONSULT planned IRN:GOV CHN:",),
    ),
    (
        "Amid the negotiations, Iran and China signed a trade agreement.",
        "في خضم المفاوضات، وقعت إيران والصين اتفاقية تجارية.",
        "در گیرودار مذاکرات، ایران و چین یک توافق\u200cنامه تجاری امضا کردند.",
        ("AGREE reported IRN: CHN:",),
    ),
    (
        "Amid the talks, the gold price rose.",
        "في غمرة المحادثات، ارتفع سعر الذهب.",
        "در میان مذاکرات، قیمت طلا افزایش یافت.",
        (),
    ),
    (
        "Amid the protests, the police arrested ten people in Tehran.",
        "في خضم الاحتجاجات، اعتقلت الشرطة عشرة أشخاص في طهران.",
        "در بحبوحه اعتراضات، پلیس ده نفر را در تهران بازداشت کرد.",
        ("COERCE reported IRN:COP IRN:CVL",),
    ),
    (
        "Amid the negotiations, Russia urged Iran to show restraint.",
        "في خضم المفاوضات، حثت روسيا إيران على ضبط النفس.",
        "در بحبوحه مذاکرات، روسیه از ایران خواست خویشتنداری کند.",
        ("REQUEST reported RUS: IRN:",),
    ),
    (
        "The chances of an agreement between Iran and Europe are slim.",
        "فرص التوصل إلى اتفاق بين إيران وأوروبا ضئيلة.",
        "شانس دستیابی به توافق میان ایران و اروپا اندک است.",
        (),
    ),
    (
        "The prospects of reaching an agreement between Armenia and Azerbaijan have improved.",
        "تحسنت آفاق التوصل إلى اتفاق بين أرمينيا وأذربيجان.",
        "چشم\u200cانداز رسیدن به توافق میان ارمنستان و جمهوری آذربایجان بهتر شده است.",
        (),
    ),
    (
        "Armenia and Azerbaijan reached an agreement in Moscow.",
        "توصلت أرمينيا وأذربيجان إلى اتفاق في موسكو.",
        "ارمنستان و جمهوری آذربایجان در مسکو به توافق رسیدند.",
        ("AGREE reported ARM: AZE:",),
    ),
    (
        "Armenia and Azerbaijan have reached an agreement in Moscow.",
        "توصلت أرمينيا وأذربيجان إلى اتفاق في موسكو.",
        "ارمنستان و جمهوری آذربایجان در مسکو به توافق رسیده\u200cاند.",
        ("AGREE reported ARM: AZE:",),
    ),
    (
        "The Turkish foreign minister said in an interview with a television channel that Turkey supports Azerbaijan.",
        "قال وزير الخارجية التركي في مقابلة مع قناة تلفزيونية إن تركيا تدعم أذربيجان.",
        "وزیر خارجه ترکیه در گفت\u200cوگو با یک شبکه تلویزیونی گفت ترکیه از جمهوری آذربایجان حمایت می\u200cکند.",
        ("SUPPORT reported TUR:GOV AZE:",),
    ),
    (
        "The Iraqi foreign minister said in an interview with Al-Sabah that Iraq rejects the attacks.",
        "قال وزير الخارجية العراقي في مقابلة مع الصباح إن العراق يرفض الهجمات.",
        "وزیر خارجه عراق در مصاحبه با الصباح گفت عراق این حملات را رد می\u200cکند.",
        ("REJECT reported IRQ:GOV",),
    ),
    (
        "The Iranian foreign minister held talks with his Omani counterpart in Muscat.",
        "أجرى وزير الخارجية الإيراني محادثات مع نظيره العماني في مسقط.",
        "وزیر امور خارجه ایران در مسقط با همتای عمانی خود گفت\u200cوگو کرد.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "The Iranian foreign minister will hold talks with his Omani counterpart in Muscat.",
        "سيجري وزير الخارجية الإيراني محادثات مع نظيره العماني في مسقط.",
        "وزیر امور خارجه ایران در مسقط با همتای عمانی خود گفت\u200cوگو خواهد کرد.",
        ("CONSULT planned IRN:GOV OMN:GOV",),
    ),
    (
        "The Iranian foreign minister spoke by phone with his Omani counterpart.",
        "أجرى وزير الخارجية الإيراني اتصالا هاتفيا مع نظيره العماني.",
        "وزیر امور خارجه ایران با همتای عمانی خود تلفنی گفت\u200cوگو کرد.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "The Iranian negotiators left Vienna.",
        "غادر المفاوضون الإيرانيون فيينا.",
        "مذاکره\u200cکنندگان ایرانی وین را ترک کردند.",
        (),
    ),
    (
        "The American negotiators will return to Vienna next week.",
        "سيعود المفاوضون الأمريكيون إلى فيينا الأسبوع المقبل.",
        "مذاکره\u200cکنندگان آمریکایی هفته آینده به وین باز خواهند گشت.",
        (),
    ),
    (
        "Russia asked Iran and the United States to resume talks.",
        "طلبت روسيا من إيران والولايات المتحدة استئناف المحادثات.",
        "روسیه از ایران و آمریکا خواست مذاکرات را از سر بگیرند.",
        ("REQUEST reported RUS: IRN:", "REQUEST reported RUS: USA:"),
    ),
    (
        "Iran and Turkey agreed to boost trade.",
        "اتفقت إيران وتركيا على تعزيز التجارة.",
        "ایران و ترکیه توافق کردند تجارت را افزایش دهند.",
        ("AGREE reported IRN: TUR:",),
    ),
    (
        "Iran and Turkey will agree on a new gas price.",
        "ستتفق إيران وتركيا على سعر جديد للغاز.",
        "ایران و ترکیه بر سر قیمت جدید گاز توافق خواهند کرد.",
        ("AGREE planned IRN: TUR:",),
    ),
    (
        "Iran and Turkey signed a gas agreement on Monday.",
        "وقعت إيران وتركيا اتفاقية للغاز يوم الاثنين.",
        "ایران و ترکیه روز دوشنبه یک قرارداد گازی امضا کردند.",
        ("AGREE reported IRN: TUR:",),
    ),
    (
        "The Iranian president visited Ankara on Monday.",
        "زار الرئيس الإيراني أنقرة يوم الاثنين.",
        "رئیس\u200cجمهور ایران روز دوشنبه از آنکارا دیدار کرد.",
        ("CONSULT reported IRN:GOV TUR:",),
    ),
    (
        "The Turkish president will visit Tehran next month.",
        "سيزور الرئيس التركي طهران الشهر المقبل.",
        "رئیس\u200cجمهور ترکیه ماه آینده به تهران سفر خواهد کرد.",
        ("CONSULT planned TUR:GOV IRN:",),
    ),
    (
        "The Turkish president did not visit Tehran.",
        "لم يزر الرئيس التركي طهران.",
        "رئیس\u200cجمهور ترکیه به تهران سفر نکرد.",
        ("CONSULT negated TUR:GOV IRN:",),
    ),
    (
        "Iran invited Turkey to join the talks.",
        "دعت إيران تركيا إلى الانضمام إلى المحادثات.",
        "ایران از ترکیه دعوت کرد به مذاکرات بپیوندد.",
        ("REQUEST reported IRN: TUR:",),
    ),
    (
        "Iran urged Turkey to stop the attacks in northern Iraq.",
        "حثت إيران تركيا على وقف الهجمات في شمال العراق.",
        "ایران از ترکیه خواست حملات در شمال عراق را متوقف کند.",
        ("REQUEST reported IRN: TUR:",),
    ),
    (
        "Iran will urge Turkey to stop the attacks in northern Iraq.",
        "ستحث إيران تركيا على وقف الهجمات في شمال العراق.",
        "ایران از ترکیه خواهد خواست حملات در شمال عراق را متوقف کند.",
        ("REQUEST planned IRN: TUR:",),
    ),
    (
        "Iran and Iraq signed a security agreement in Baghdad.",
        "وقعت إيران والعراق اتفاقية أمنية في بغداد.",
        "ایران و عراق در بغداد یک توافق\u200cنامه امنیتی امضا کردند.",
        ("AGREE reported IRN: IRQ:",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One language only: what a rule must not take, and what it must.
CASES: list[tuple[str, str, set[str]]] = [
    ("میان طرفین توافق شد.", "fa", set()),
    ("تنش در میان مذاکرات افزایش یافت.", "fa", set()),
    (
        "ایران و عربستان در میان تنش‌ها با یکدیگر دیدار کردند.",
        "fa",
        {"CONSULT reported IRN: SAU:"},
    ),
    (
        "وزیر امور خارجه ایران در گفت‌وگو با لاوروف گفت ایران خواهان صلح است.",
        "fa",
        {"CONSULT reported IRN:GOV RUS:GOV"},
    ),
    (
        "وزیر امور خارجه ایران در گفت‌وگو با همتای روس خود گفت ایران خواهان صلح است.",
        "fa",
        {"CONSULT reported IRN:GOV RUS:GOV"},
    ),
    ("وزیر امور خارجه ایران در گفت‌وگو با عصر اندیشه گفت ایران خواهان صلح است.", "fa", set()),
    ("مذاکره کنندگان ایرانی دیروز به تهران بازگشتند.", "fa", set()),
    ("امضاکنندگان توافق هسته‌ای باید به تعهدات خود عمل کنند.", "fa", set()),
    (
        "مذاکره کنندگان ایرانی و آمریکایی دیروز در وین دیدار کردند.",
        "fa",
        {"CONSULT reported IRN: USA:"},
    ),
    ("چشم انداز حصول توافق میان ایران و اروپا روشن نیست.", "fa", set()),
    ("The odds of a deal between Iran and Europe are long.", "en", set()),
    # remarks referred to: the meeting they were made at is no news
    (
        "این مقام با اشاره به بیانات رهبر در دیدار با شاعران گفت خانواده‌ها نباید سخت‌گیری کنند.",
        "fa",
        set(),
    ),
    (
        "قال المسؤول مشيرا إلى تصريحات المرشد في لقائه مع الشعراء إن على الأسر ألا تتشدد.",
        "ar",
        set(),
    ),
    (
        "Referring to the remarks made in the meeting with poets, the official said "
        "families must not be strict.",
        "en",
        set(),
    ),
    # a deed told further on in the statement keeps its reading
    (
        "سخنگوی وزارت خارجه با اشاره به سخنان وزیر خارجه عربستان گفت ایران و عربستان "
        "هفته گذشته در بغداد دیدار کردند.",
        "fa",
        {"CONSULT reported IRN: SAU:"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # (the chance of a deal "فرصة التوصل إلى اتفاق" in talks: closed by
    # noevent55fa, tests/test_noevent55fa.py)
    # a general recommendation to nobody in particular
    ("وزیر به آیندگان توصیه کرد که از این تجربه درس بگیرند.", "fa", set()),
    # talks after weeks of consultations at home: background
    ("مجلس پس از چند هفته رایزنی بودجه را تصویب کرد.", "fa", set()),
    # English reads a negotiating team that leaves a city as a visit
    ("The Iranian negotiating team left Vienna on Friday.", "en", set()),
    # a medium named only by its state's adjective is taken for a partner
    (
        "یک مقام عراقی در گفت‌وگو با یک تارنمای ایرانی گفت بغداد خواهان روابط خوب با تهران است.",
        "fa",
        set(),
    ),
    # English remarks with their owner between ("the leader's remarks")
    (
        "Referring to the leader's remarks in his meeting with poets, the official said "
        "families must not be strict.",
        "en",
        set(),
    ),
    # talks told when they stalled, as the background of a statement
    (
        "رهبر ایران در شرایطی که مذاکرات هسته‌ای در وین متوقف شده است از آمریکا انتقاد کرد.",
        "fa",
        {"ACCUSE reported IRN:GOV USA:"},
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
