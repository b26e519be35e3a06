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
  "امضاکنندگان") is no deed, as its singular ("مذاکره‌کننده") was not.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "While the nuclear talks in Vienna have stalled, Iran's leader criticised the United States.",
        "وفي وقت توقفت فيه المحادثات النووية في فيينا، انتقد المرشد الإيراني الولايات المتحدة.",
        "رهبر ایران در شرایطی که مذاکرات هسته\u200cای در وین متوقف شده است از آمریکا انتقاد کرد.",
        ("ACCUSE reported IRN:GOV USA:", "CONSULT reported IRN:GOV USA:"),
    ),
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
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Triples still read apart: the reading the other languages give (each
# checked on its own language only). Known gaps, kept as strict xfails.
GAPS: list[tuple[str, str, set[str]]] = [
    # the singular "فرصة" is left out (it may tell a meeting that was held)
    (
        "ازدادت فرصة التوصل إلى اتفاق في المحادثات النووية بين إيران والولايات المتحدة.",
        "ar",
        {"CONSULT reported IRN: USA:"},
    ),
    # a general recommendation to nobody in particular
    ("وزیر به آیندگان توصیه کرد که از این تجربه درس بگیرند.", "fa", set()),
    # talks after weeks of consultations at home: background
    ("مجلس پس از چند هفته رایزنی بودجه را تصویب کرد.", "fa", set()),
    # English reads a negotiating team that leaves a city as a visit
    ("The Iranian negotiating team left Vienna on Friday.", "en", set()),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
