"""Parallel probe sentences, round 20 (event types and status): one event
told in Arabic, Persian and English reads the same in all three (sentences
written for these tests, one per PLOVER mode found uncovered).

Each triple was read differently in one language before:

- torture ("tortured") and beating in the Persian singular ("کتک زد");
- a website blocked ("blocked access to", "حجبت … موقع");
- sanctions imposed with "وضع" after the bare noun ("تحریم وضع کرد"), and
  not imposed with the light verb negated after a second verbal noun
  ("تحریم‌هایی اعمال نکرد", "تحریمی وضع نکرد");
- in Arabic, an event noun that is the object a verb before it needed
  ("علقت مساعداتها", "رفعت العقوبات", "ستفرض … عقوبات", "لم تفرض عقوبات")
  or a noun of the verb's own type ("ستقدم … مساعدات") adds no event of its
  own: suspended aid is no aid, lifted sanctions are no sanction;
- a curfew lifted ("حکومت نظامی را … لغو کرد");
- an operation launched against someone ("عملیاتی علیه … آغاز کرد", "will
  launch an operation against", "سيشن … عملية ضد");
- arms sales suspended ("suspended arms sales", "علقت صفقات بيع الأسلحة");
- fighters handing over their own weapons disarm ("handed over their
  weapons"), not aid;
- a state of emergency declared ("وضعیت اضطراری اعلام کرد");
- airspace closed to a state ("أغلقت مجالها الجوي", "حریم هوایی … را بست");
- workers deported with "أبعدت"; a diplomat declared "persona non grata"
  with the person between; demonstrations banned ("banned demonstrations",
  "تظاهرات … را ممنوع کردند").
"""

from __future__ import annotations

import pytest

from casts import Reading
from casts import reading as read

TORTURE = {("ASSAULT", "reported", (("SYR", "COP"), ("SYR", "CVL")))}
BEATING = {("ASSAULT", "reported", (("IRN", "COP"), ("IRN", "CVL")))}
BLOCKED = {("COERCE", "reported", (("IRN", "GOV"),))}
IMPOSED = {("SANCTION", "reported", (("USA", None), ("IRN", None)))}
NOT_IMPOSED = {("SANCTION", "negated", (("GBR", None), ("ISR", None)))}
WILL_IMPOSE = {("THREATEN", "planned", (("USA", None), ("RUS", None)))}
SUSPENDED = {("SANCTION", "reported", (("DEU", None), ("AFG", None)))}
LIFTED = {("CONCEDE", "reported", (("EU", None), ("SYR", None)))}
EASED = {("CONCEDE", "reported", (("USA", None), ("VEN", None)))}
CURFEW_LIFTED = {("CONCEDE", "reported", (("SYR", "GOV"),))}
PLEDGE = {("AID", "planned", (("JPN", None), ("JOR", None)))}
OFFENSIVE = {("ASSAULT", "reported", (("IRQ", "MIL"), ("IRQ", "REB")))}
OPERATION = {("ASSAULT", "planned", (("PAK", "MIL"), ("AFG", "REB")))}
ARMS_SALES = {("SANCTION", "reported", (("CAN", None), ("TUR", None)))}
DISARM = {("RETREAT", "reported", ((None, "REB"), (None, "MIL")))}
EMERGENCY = {("COERCE", "reported", (("IRQ", "GOV"),))}
UNWELCOME = {("SANCTION", "reported", (("IRN", None), ("DEU", "GOV")))}

CASES = [
    ("Syrian security forces tortured detainees in the prison.", "en", TORTURE),
    ("عذبت قوات الأمن السورية المعتقلين في السجن.", "ar", TORTURE),
    ("نیروهای امنیتی سوریه زندانیان را در زندان شکنجه کردند.", "fa", TORTURE),
    ("Police beat protesters in Tehran.", "en", BEATING),
    ("ضربت الشرطة المتظاهرين في طهران.", "ar", BEATING),
    ("پلیس معترضان را در تهران کتک زد.", "fa", BEATING),
    ("Iranian authorities blocked access to Instagram.", "en", BLOCKED),
    ("حجبت السلطات الإيرانية موقع إنستغرام.", "ar", BLOCKED),
    ("مقامات ایران دسترسی به اینستاگرام را مسدود کردند.", "fa", BLOCKED),
    ("The United States imposed sanctions on Iran.", "en", IMPOSED),
    ("فرضت الولايات المتحدة عقوبات على إيران.", "ar", IMPOSED),
    ("آمریکا علیه ایران تحریم وضع کرد.", "fa", IMPOSED),
    ("Britain did not impose sanctions on Israel.", "en", NOT_IMPOSED),
    ("لم تفرض بريطانيا عقوبات على إسرائيل.", "ar", NOT_IMPOSED),
    ("بریتانیا علیه اسرائیل تحریم اعمال نکرد.", "fa", NOT_IMPOSED),
    ("بریتانیا علیه اسرائیل تحریمی وضع نکرد.", "fa", NOT_IMPOSED),
    ("بریتانیا علیه اسرائیل تحریم‌هایی اعمال نکرد.", "fa", NOT_IMPOSED),
    ("Washington will impose new sanctions on Russia.", "en", WILL_IMPOSE),
    ("ستفرض واشنطن عقوبات جديدة على روسيا.", "ar", WILL_IMPOSE),
    ("واشنگتن تحریم های جدیدی علیه روسیه اعمال خواهد کرد.", "fa", WILL_IMPOSE),
    ("Germany suspended aid to Afghanistan.", "en", SUSPENDED),
    ("علقت ألمانيا مساعداتها لأفغانستان.", "ar", SUSPENDED),
    ("آلمان کمک های خود به افغانستان را تعلیق کرد.", "fa", SUSPENDED),
    ("The European Union lifted sanctions on Syria.", "en", LIFTED),
    ("رفع الاتحاد الأوروبي العقوبات عن سوريا.", "ar", LIFTED),
    ("اتحادیه اروپا تحریم های سوریه را لغو کرد.", "fa", LIFTED),
    ("Washington eased sanctions on Venezuela.", "en", EASED),
    ("خففت واشنطن العقوبات على فنزويلا.", "ar", EASED),
    ("واشنگتن تحریم ها علیه ونزوئلا را کاهش داد.", "fa", EASED),
    ("The Syrian government lifted the curfew in Daraa.", "en", CURFEW_LIFTED),
    ("رفعت الحكومة السورية حظر التجول في درعا.", "ar", CURFEW_LIFTED),
    ("دولت سوریه حکومت نظامی را در درعا لغو کرد.", "fa", CURFEW_LIFTED),
    ("Japan will provide 10 million dollars in aid to Jordan.", "en", PLEDGE),
    ("ستقدم اليابان مساعدات بقيمة 10 ملايين دولار للأردن.", "ar", PLEDGE),
    ("ژاپن ۱۰ میلیون دلار کمک به اردن ارائه خواهد کرد.", "fa", PLEDGE),
    ("The Iraqi army launched an offensive against ISIS in Anbar.", "en", OFFENSIVE),
    ("شن الجيش العراقي هجوما على تنظيم داعش في الأنبار.", "ar", OFFENSIVE),
    ("ارتش عراق عملیاتی علیه داعش در الانبار آغاز کرد.", "fa", OFFENSIVE),
    ("The Pakistani army will launch an operation against the Taliban.", "en", OPERATION),
    ("سيشن الجيش الباكستاني عملية ضد حركة طالبان.", "ar", OPERATION),
    ("ارتش پاکستان عملیاتی علیه طالبان آغاز خواهد کرد.", "fa", OPERATION),
    ("Canada suspended arms sales to Turkey.", "en", ARMS_SALES),
    ("علقت كندا صفقات بيع الأسلحة إلى تركيا.", "ar", ARMS_SALES),
    ("کانادا فروش تسلیحات به ترکیه را متوقف کرد.", "fa", ARMS_SALES),
    ("The rebels handed over their weapons to the army.", "en", DISARM),
    ("سلم المتمردون أسلحتهم إلى الجيش.", "ar", DISARM),
    ("شورشیان سلاح های خود را به ارتش تحویل دادند.", "fa", DISARM),
    ("The Iraqi government declared a state of emergency in Basra.", "en", EMERGENCY),
    ("أعلنت الحكومة العراقية حالة الطوارئ في البصرة.", "ar", EMERGENCY),
    ("دولت عراق در بصره وضعیت اضطراری اعلام کرد.", "fa", EMERGENCY),
    ("Iran declared the German ambassador persona non grata.", "en", UNWELCOME),
    ("أعلنت إيران السفير الألماني شخصا غير مرغوب فيه.", "ar", UNWELCOME),
    ("ایران سفیر آلمان را عنصر نامطلوب اعلام کرد.", "fa", UNWELCOME),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_same_event_same_reading(text: str, lang: str, want: Reading) -> None:
    assert read(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # airspace closed to a state's aircraft: a sanction
        ("Algeria closed its airspace to Moroccan aircraft.", "en", "SANCTION"),
        ("أغلقت الجزائر مجالها الجوي أمام الطائرات المغربية.", "ar", "SANCTION"),
        ("الجزایر حریم هوایی خود را به روی هواپیماهای مراکشی بست.", "fa", "SANCTION"),
        # foreign workers sent out: a deportation
        ("Kuwait deported 50 Egyptian workers.", "en", "COERCE"),
        ("أبعدت الكويت 50 عاملا مصريا.", "ar", "COERCE"),
        # demonstrations banned: a restriction on people
        ("The Iraqi authorities banned demonstrations in Baghdad.", "en", "COERCE"),
        ("مقامات عراق تظاهرات در بغداد را ممنوع کردند.", "fa", "COERCE"),
    ],
)
def test_mode_read_as_its_type(text: str, lang: str, etype: str) -> None:
    assert etype in {t for t, _, _ in read(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "تدنت" is "declined", not the jussive of "أدان"
        ("تدنت درجات الحرارة في بولندا إلى 20 درجة تحت الصفر.", "ar"),
        # an operation not aimed against anyone is no attack
        ("The army launched a vaccination campaign in the south.", "en"),
        ("ارتش عملیات امدادرسانی به زلزله‌زدگان را آغاز کرد.", "fa"),
        # "يبعد" far from: no deportation
        ("يبعد المعبر عشرة كيلومترات عن المدينة.", "ar"),
    ],
)
def test_no_event(text: str, lang: str) -> None:
    assert read(text, lang) == set()
