"""Requests and threats told alike in Arabic, Persian and English (round 35,
request35fa; every sentence written for these tests).

Rules added in this round:

- a reprisal announced as on its way (Persian "پاسخی مناسب به ایران در راه
  است", English "an appropriate response to Iran is coming") promises harm
  (PLOVER THREATEN), as "vowed a response" and "توعد برد" are read. Persian
  needs a word that makes the answer a reprisal ("پاسخی قاطع", "انتقام"), so
  "در پاسخ به سوالی" (in answer to a question) stays no threat. Arabic "ردا
  مناسبا … في الطريق" is a known gap: the guarded phrase put the target first;
- Persian bare "خواستن" asks someone only with its addressee named by "از"
  ("از آمریکا خواست …"); without it, it wants or intends ("همان‌گونه که مردم
  خواسته بودند", "خواسته است چنین نتیجه‌ای بگیرد"), as English "wanted" and
  Arabic "أراد" are no requests;
- English "all options are on the table" (or the military option) holds
  force over the other side (THREATEN), as Arabic "كل الخيارات على الطاولة"
  and Persian "همه گزینه‌ها روی میز است" were read;
- Persian revenge or a reprisal promised ("وعده انتقام … داد", "قول تلافی")
  is a threat, as English "vowed revenge".
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic or None when a known gap, Persian, the reading)
AGREED: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "The US secretary of state said an appropriate response to Iran was coming.",
        "وزیر خارجه آمریکا گفت پاسخی مناسب به ایران در راه است.",
        ("THREATEN reported USA:GOV IRN:",),
    ),
    (
        "Israel's defence minister said a firm response to Hamas is on its way.",
        "وزیر دفاع اسرائیل گفت پاسخی قاطع به حماس در راه است.",
        ("THREATEN reported ISR:GOV PSE:REB",),
    ),
    (
        "Britain's foreign secretary said a coordinated response to Russia is coming.",
        "وزیر خارجه بریتانیا گفت پاسخ هماهنگ به روسیه در راه خواهد بود.",
        ("THREATEN reported GBR:GOV RUS:",),
    ),
    (
        "Answering a question, the Iranian foreign ministry spokesman said the new"
        " ambassador is on his way.",
        "سخنگوی وزارت خارجه ایران در پاسخ به سوالی گفت سفیر جدید در راه است.",
        (),
    ),
    (
        "Hezbollah's leader vowed revenge against Israel.",
        "رهبر حزب‌الله وعده انتقام از اسرائیل داد.",
        ("THREATEN reported LBN:REB ISR:",),
    ),
    (
        "Hezbollah's leader promised revenge against Israel.",
        "رهبر حزب‌الله قول انتقام از اسرائیل را داد.",
        ("THREATEN reported LBN:REB ISR:",),
    ),
]


@pytest.mark.parametrize(("en", "fa", "want"), AGREED)
def test_en_fa_read_alike(en: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(fa, "fa") == set(want)


# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Iran's foreign minister asked the United States to lift the sanctions.",
        "طلب وزير الخارجية الإيراني من الولايات المتحدة رفع العقوبات.",
        "وزیر خارجه ایران از آمریکا خواست تحریم\u200cها را لغو کند.",
        ("REQUEST reported IRN:GOV USA:",),
    ),
    (
        "Iran's foreign minister has asked Washington to return to the deal.",
        "طلب وزير الخارجية الإيراني من واشنطن العودة إلى الاتفاق.",
        "وزیر خارجه ایران از واشنگتن خواسته است به توافق بازگردد.",
        ("REQUEST reported IRN:GOV USA:",),
    ),
    (
        "Iran's foreign minister did not ask the United States to lift the sanctions.",
        "لم يطلب وزير الخارجية الإيراني من الولايات المتحدة رفع العقوبات.",
        "وزیر خارجه ایران از آمریکا نخواست تحریم\u200cها را لغو کند.",
        ("REQUEST negated IRN:GOV USA:",),
    ),
    (
        "The French president and the German chancellor asked Iran to return to talks.",
        "طلب الرئيس الفرنسي والمستشار الألماني من إيران العودة إلى المحادثات.",
        "رئیس\u200cجمهور فرانسه و صدراعظم آلمان از ایران خواستند به مذاکرات بازگردد.",
        ("REQUEST reported DEU:GOV IRN:", "REQUEST reported FRA:GOV IRN:"),
    ),
    (
        "Iran's president said the elections went ahead as the people had wanted.",
        "قال الرئيس الإيراني إن الانتخابات جرت كما أراد الشعب.",
        "رئیس\u200cجمهور ایران گفت انتخابات همان\u200cگونه که مردم خواسته بودند برگزار شد.",
        (),
    ),
    (
        "Iran's president said the elections were held as the nation wanted.",
        "قال الرئيس الإيراني إن الانتخابات أجريت كما أرادت الأمة.",
        "رئیس\u200cجمهور ایران گفت انتخابات همان\u200cطور که ملت خواست برگزار شد.",
        (),
    ),
    (
        "Iran's foreign ministry spokesman said Washington had wanted to draw such a conclusion.",
        "قال المتحدث باسم الخارجية الإيرانية إن واشنطن أرادت أن تستخلص مثل هذه النتيجة.",
        "سخنگوی وزارت خارجه ایران گفت واشنگتن خواسته است چنین نتیجه\u200cای بگیرد.",
        (),
    ),
    (
        "Russia's foreign minister said Moscow wanted to keep the deal alive.",
        "قال وزير الخارجية الروسي إن موسكو أرادت الحفاظ على الاتفاق.",
        "وزیر خارجه روسیه گفت مسکو خواسته است توافق را زنده نگه دارد.",
        (),
    ),
    (
        "Britain and Romania asked the Security Council in a letter to act on the tanker attack.",
        "طلبت بريطانيا ورومانيا في رسالة إلى مجلس الأمن التحرك بشأن الهجوم على الناقلة.",
        "بریتانیا و رومانی با نوشتن یک نامه به شورای امنیت خواستند درباره حمله به نفتکش اقدام کند.",
        ("REQUEST reported GBR: UN:", "REQUEST reported ROU: UN:"),
    ),
    (
        "Canada asked its citizens living in Lebanon and Syria to leave as soon as possible.",
        "طلبت كندا من مواطنيها المقيمين في لبنان وسوريا المغادرة في أقرب وقت ممكن.",
        "کانادا از شهروندان خود که در لبنان و سوریه زندگی می‌کنند خواست هرچه زودتر خارج شوند.",
        ("REQUEST reported CAN: CAN:CVL",),
    ),
    (
        "Israel said all options are on the table regarding Hezbollah.",
        "قالت إسرائيل إن كل الخيارات على الطاولة بشأن حزب الله.",
        "اسرائیل گفت همه گزینه‌ها درباره حزب‌الله روی میز است.",
        ("THREATEN reported ISR: LBN:REB",),
    ),
    (
        "Iran called on the United Nations to condemn the attack.",
        "دعت إيران الأمم المتحدة إلى إدانة الهجوم.",
        "ایران از سازمان ملل خواست این حمله را محکوم کند.",
        ("REQUEST reported IRN: UN:",),
    ),
    (
        "Iran urged Iraq to expel the militants.",
        "حثت إيران العراق على طرد المسلحين.",
        "ایران از عراق خواست شبه\u200cنظامیان را اخراج کند.",
        ("REQUEST reported IRN: IRQ:",),
    ),
    (
        "Russia demanded that Ukraine withdraw its forces.",
        "طالبت روسيا أوكرانيا بسحب قواتها.",
        "روسیه خواستار عقب\u200cنشینی نیروهای اوکراین شد.",
        ("REQUEST reported RUS: UKR:MIL",),
    ),
    (
        "Qatar invited Iran's foreign minister to visit Doha.",
        "دعت قطر وزير الخارجية الإيراني إلى زيارة الدوحة.",
        "قطر از وزیر خارجه ایران برای سفر به دوحه دعوت کرد.",
        ("REQUEST reported QAT: IRN:GOV",),
    ),
    (
        "Iraq asked Turkey to stop its air strikes.",
        "طلب العراق من تركيا وقف غاراتها الجوية.",
        "عراق از ترکیه درخواست کرد حملات هوایی خود را متوقف کند.",
        ("REQUEST reported IRQ: TUR:",),
    ),
    (
        "Iraq will ask Turkey to stop its air strikes.",
        "سيطلب العراق من تركيا وقف غاراتها الجوية.",
        "عراق از ترکیه خواهد خواست حملات هوایی خود را متوقف کند.",
        ("REQUEST planned IRQ: TUR:",),
    ),
    (
        "Lebanon's president appealed to France for help.",
        "ناشد الرئيس اللبناني فرنسا تقديم المساعدة.",
        "رئیس\u200cجمهور لبنان از فرانسه تقاضای کمک کرد.",
        ("REQUEST reported LBN:GOV FRA:",),
    ),
    (
        "Iran threatened to close the Strait of Hormuz.",
        "هددت إيران بإغلاق مضيق هرمز.",
        "ایران تهدید کرد تنگه هرمز را می\u200cبندد.",
        ("THREATEN reported IRN:",),
    ),
    (
        "Israel threatened Hezbollah with a harsh response.",
        "هددت إسرائيل حزب الله برد قاس.",
        "اسرائیل حزب\u200cالله را به پاسخی سخت تهدید کرد.",
        ("THREATEN reported ISR: LBN:REB",),
    ),
    (
        "The United States warned Iran that it would respond firmly to any attack.",
        "حذرت الولايات المتحدة إيران من أنها سترد بحزم على أي هجوم.",
        "آمریکا به ایران هشدار داد که به هر حمله\u200cای پاسخ قاطع خواهد داد.",
        ("THREATEN reported USA: IRN:",),
    ),
    (
        "Turkey threatened to impose sanctions on Iraq.",
        "هددت تركيا بفرض عقوبات على العراق.",
        "ترکیه تهدید کرد علیه عراق تحریم وضع می\u200cکند.",
        ("THREATEN reported TUR: IRQ:",),
    ),
    (
        "The health ministry warned of a new wave of the virus.",
        "حذرت وزارة الصحة من موجة جديدة من الفيروس.",
        "وزارت بهداشت نسبت به موج جدید ویروس هشدار داد.",
        (),
    ),
    (
        "Iran has asked the IAEA to remove the cameras.",
        "طلبت إيران من الوكالة الدولية للطاقة الذرية إزالة الكاميرات.",
        "ایران از آژانس بین\u200cالمللی انرژی اتمی درخواست کرده است دوربین\u200cها را بردارد.",
        ("REQUEST reported IRN: IAEA:",),
    ),
    (
        "Iraq did not ask Iran for help.",
        "لم يطلب العراق المساعدة من إيران.",
        "عراق از ایران درخواست کمک نکرد.",
        ("REQUEST negated IRQ: IRN:",),
    ),
    (
        "Kuwait called for an emergency Arab League meeting.",
        "دعت الكويت إلى اجتماع طارئ للجامعة العربية.",
        "کویت خواستار برگزاری نشست اضطراری اتحادیه عرب شد.",
        ("REQUEST reported KWT: ARABLEAGUE:",),
    ),
    (
        "Pakistan demanded that India release the captured pilot.",
        "طالبت باكستان الهند بالإفراج عن الطيار الأسير.",
        "پاکستان از هند خواست خلبان اسیر را آزاد کند.",
        ("REQUEST reported PAK: IND:",),
    ),
    (
        "Iran's president invited Iraq's prime minister to Tehran.",
        "دعا الرئيس الإيراني رئيس الوزراء العراقي إلى طهران.",
        "رئیس\u200cجمهور ایران نخست\u200cوزیر عراق را به تهران دعوت کرد.",
        ("REQUEST reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Iran's president will invite Iraq's prime minister to Tehran.",
        "سيدعو الرئيس الإيراني رئيس الوزراء العراقي إلى طهران.",
        "رئیس\u200cجمهور ایران نخست\u200cوزیر عراق را به تهران دعوت خواهد کرد.",
        ("REQUEST planned IRN:GOV IRQ:GOV",),
    ),
    (
        "North Korea threatened the United States with a nuclear strike.",
        "هددت كوريا الشمالية الولايات المتحدة بضربة نووية.",
        "کره شمالی آمریکا را به حمله هسته\u200cای تهدید کرد.",
        ("THREATEN reported PRK: USA:",),
    ),
    (
        "Iran has threatened to enrich uranium to 90 percent.",
        "هددت إيران بتخصيب اليورانيوم بنسبة 90 في المئة.",
        "ایران تهدید کرده است اورانیوم را تا ۹۰ درصد غنی\u200cسازی می\u200cکند.",
        ("THREATEN reported IRN:",),
    ),
    (
        "Iran's foreign minister said he hoped the talks would succeed.",
        "قال وزير الخارجية الإيراني إنه يأمل أن تنجح المحادثات.",
        "وزیر خارجه ایران گفت امیدوار است مذاکرات موفق شود.",
        (),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


CASES: list[tuple[str, str, set[str]]] = [
    ("ارتش ایران گفت انتقام از اسرائیل در راه است.", "fa", {"THREATEN reported IRN:MIL ISR:"}),
    ("قال المتحدث باسم الخارجية الإيرانية ردا على سؤال إن السفير الجديد في الطريق.", "ar", set()),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


GAPS: list[tuple[str, str, set[str]]] = [
    (
        "قال وزير الخارجية الأمريكي إن ردا مناسبا على إيران في الطريق.",
        "ar",
        {"THREATEN reported USA:GOV IRN:"},
    ),
    # "the Canadian government asked its citizens living in …": the last
    # country named took the addressee's place (Arabic and Persian: CAN:CVL)
    (
        "The Canadian government asked its citizens living in Lebanon and Syria to leave as soon as possible.",
        "en",
        {"REQUEST reported CAN:GOV CAN:CVL"},
    ),
    # Arabic revenge vowed: Israel read as the vowing party
    ("توعد زعيم حزب الله إسرائيل بالانتقام.", "ar", {"THREATEN reported LBN:REB ISR:"}),
    # a Persian promise of revenge refused: the noun trigger misses the light verb's negation
    ("رهبر حزب‌الله وعده انتقام از اسرائیل نداد.", "fa", {"THREATEN negated LBN:REB ISR:"}),
    # Persian: a call to protest ("… را به تظاهرات فراخواند") is not read
    (
        "روحانی عراقی هوادارانش را به تظاهرات در روز جمعه فراخواند.",
        "fa",
        {"REQUEST reported IRQ:REL IRQ:CVL"},
    ),
    # Persian: a recommendation to nobody ("صبر را توصیه کرد") is read as a request
    ("رئیس‌جمهور عراق صبر را توصیه کرد.", "fa", set()),
]


@pytest.mark.xfail(strict=True, reason="known gap: the other languages read it so")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
