"""Parallel probe sentences, round 19: one event told in Arabic, Persian
and English reads the same in all three (sentences written for these tests).

Each triple was read differently in one language before:

- a future signing with the Arabic feminine "ستوقع" (the present "توقع" is
  also "expect");
- support stated with a possessive ("expressed its support for");
- a warning of a strong response ("حذرت … من رد قوي") is a threat;
- reservists mobilised with Persian "بسیج کرد" (not the Basij militia);
- a ship seized with Arabic "استولى على";
- one missile fired at a state ("fired a missile at Israel");
- a pardon with the subject inside "عفا … عن";
- troops leaving in the Persian plural future ("خارج خواهند شد");
- a visitor to be received ("به حضور خواهد پذیرفت") is a meeting;
- what an agreement is about ("بر سر آتش‌بس توافق کردند") is its topic;
- depositors who protest are civilians (Persian "سپرده‌گذاران");
- forces raising their alert level ("raised its alert level", "سطح
  آماده‌باش را افزایش داد") mobilise;
- a ban on work ("منعت … النساء من العمل") coerces;
- a court that acquits ("برأت محكمة") frees the accused;
- captives ("یک اسیر سعودی") are counted as prisoners; "پ.ک.ک" is the PKK;
- a phone call received ("تماس تلفنی … را دریافت کرد") is a consultation;
- aid workers ("عمال الإغاثة") are people, not aid;
- workers' "their strike" is a walkout, not an air strike;
- help not requested ("لم تطلب … مساعدة", "درخواست کمک نکرد") is negated;
- a Persian event noun with its light verb negated ("حمله نکرد") is told
  as not done, not dropped as named in passing;
- Kurdish fighters ("رزمندگان کرد") are an armed group; "این فعال" an
  activist; a detainee counted in the singular ("300 معتقل") a civilian;
- a strike to come with its strikers after the verb ("سيضرب المعلمون") or
  a strike from work ("يضربون عن العمل"); worshippers counted ("20 مصليا");
- weapon systems handed over ("delivered S-400 missile systems", "سلمت …
  منظومات صواريخ") are military aid;
- the "Kurdistan Democratic Party" is Iraqi, not the US Democratic Party.
"""

from __future__ import annotations

import pytest

from casts import Reading
from casts import reading as read

SIGN = {("AGREE", "planned", (("EGY", None), ("TUR", None)))}
BACKING = {("SUPPORT", "reported", (("QAT", None), ("PSE", "CVL")))}
WARNING = {("THREATEN", "reported", (("ISR", None), ("LBN", "REB")))}
RESERVISTS = {("MOBILIZE", "reported", (("ISR", "MIL"),))}
SHIP = {("COERCE", "reported", (("YEM", "REB"),))}
# assault34fa: Arabic and Persian merchant ships are a side of no agent
SHIP_SEIZED = {("COERCE", "reported", (("YEM", "REB"), (None, None)))}
MISSILE = {("ASSAULT", "reported", (("YEM", "REB"), ("ISR", None)))}
PARDON = {("CONCEDE", "reported", (("IRN", "GOV"), ("IRN", "CVL")))}
PULLOUT = {("RETREAT", "planned", (("USA", "MIL"), ("IRQ", None)))}
VISIT = {("CONSULT", "planned", (("IRQ", "GOV"), ("FRA", "GOV")))}
TRUCE = {("AGREE", "reported", (("SDN", "MIL"), ("SDN", "REB")))}
ALERT = {("MOBILIZE", "reported", (("IRQ", "MIL"),))}
BAN = {("COERCE", "reported", (("AFG", "REB"), ("AFG", "CVL")))}
CAPTIVE = {("CONCEDE", "reported", (("YEM", "REB"), ("SAU", "CVL")))}
PKK = {("ASSAULT", "reported", (("TUR", "MIL"), ("TUR", "REB")))}
CALL = {("CONSULT", "reported", (("EGY", "GOV"), ("IRN", "GOV")))}
KIDNAP = {("ASSAULT", "reported", (("SDN", "UAF"), (None, "NGO")))}
NO_HELP = {("REQUEST", "negated", (("IRQ", "GOV"), ("USA", None)))}
NO_ATTACK = {("ASSAULT", "negated", (("IRN", None), ("ISR", None)))}
SENTENCE = {("COERCE", "reported", (("IRN", "JUD"), ("IRN", "OPP")))}
FREED = {("CONCEDE", "reported", (("SYR", "GOV"), ("SYR", "CVL")))}
WALKOUT = {("PROTEST", "planned", (("MAR", "EDU"), ("MAR", "GOV")))}
BOMBER = {("ASSAULT", "reported", (("PAK", "UAF"), ("PAK", "CVL")))}
SYSTEMS = {("AID", "reported", (("RUS", None), ("TUR", None)))}
DEPOSITORS = ("PROTEST", "reported", (("LBN", "CVL"), (None, "GOV")))

CASES = [
    ("ستوقع مصر وتركيا اتفاقية للتعاون الدفاعي الشهر المقبل.", "ar", SIGN),
    ("مصر و ترکیه ماه آینده توافقنامه همکاری دفاعی امضا خواهند کرد.", "fa", SIGN),
    ("Egypt and Turkey will sign a defence cooperation agreement next month.", "en", SIGN),
    ("أعربت قطر عن دعمها للشعب الفلسطيني.", "ar", BACKING),
    ("قطر از حمایت خود از مردم فلسطین خبر داد.", "fa", BACKING),
    ("Qatar expressed its support for the Palestinian people.", "en", BACKING),
    ("حذرت إسرائيل حزب الله من رد قوي.", "ar", WARNING),
    ("اسرائیل به حزب‌الله درباره پاسخی قاطع هشدار داد.", "fa", WARNING),
    ("Israel warned Hezbollah of a strong response.", "en", WARNING),
    ("حشدت إسرائيل آلاف جنود الاحتياط على الحدود الشمالية.", "ar", RESERVISTS),
    ("اسرائیل هزاران نیروی ذخیره را در مرز شمالی بسیج کرد.", "fa", RESERVISTS),
    ("Israel mobilized thousands of reservists on the northern border.", "en", RESERVISTS),
    ("استولى الحوثيون على سفينة تجارية في البحر الأحمر.", "ar", SHIP_SEIZED),
    ("حوثی‌ها یک کشتی تجاری را در دریای سرخ توقیف کردند.", "fa", SHIP_SEIZED),
    ("The Houthis seized a commercial ship in the Red Sea.", "en", SHIP),
    ("أطلق الحوثيون صاروخا على إسرائيل.", "ar", MISSILE),
    ("حوثی‌ها یک موشک به سوی اسرائیل شلیک کردند.", "fa", MISSILE),
    ("The Houthis fired a missile at Israel.", "en", MISSILE),
    ("عفا الرئيس الإيراني عن 2000 سجين.", "ar", PARDON),
    ("عفا المرشد الأعلى الإيراني عن عدد من السجناء.", "ar", PARDON),
    ("رئیس‌جمهور ایران ۲۰۰۰ زندانی را عفو کرد.", "fa", PARDON),
    ("The Iranian president pardoned 2000 prisoners.", "en", PARDON),
    ("ستنسحب القوات الأمريكية من العراق بحلول نهاية العام المقبل.", "ar", PULLOUT),
    ("نیروهای آمریکایی تا پایان سال آینده از عراق خارج خواهند شد.", "fa", PULLOUT),
    ("American troops will withdraw from Iraq by the end of next year.", "en", PULLOUT),
    ("سيستقبل الرئيس العراقي نظيره الفرنسي في بغداد يوم الخميس.", "ar", VISIT),
    (
        "رئیس‌جمهور عراق روز پنجشنبه همتای فرانسوی خود را در بغداد به حضور خواهد پذیرفت.",
        "fa",
        VISIT,
    ),
    ("The Iraqi president will receive the French president in Baghdad on Thursday.", "en", VISIT),
    ("اتفق الجيش السوداني وقوات الدعم السريع على وقف لإطلاق النار في الخرطوم.", "ar", TRUCE),
    ("ارتش سودان و نیروهای واکنش سریع بر سر آتش‌بس در خارطوم توافق کردند.", "fa", TRUCE),
    (
        "The Sudanese army and the Rapid Support Forces agreed to a ceasefire in Khartoum.",
        "en",
        TRUCE,
    ),
    ("رفع الجيش العراقي حالة التأهب في كركوك.", "ar", ALERT),
    ("ارتش عراق در کرکوک سطح آماده‌باش را افزایش داد.", "fa", ALERT),
    ("The Iraqi army raised its alert level in Kirkuk.", "en", ALERT),
    ("منعت حكومة طالبان الأفغانية النساء من العمل في المنظمات غير الحكومية.", "ar", BAN),
    ("حکومت طالبان افغانستان زنان را از کار در سازمان‌های غیردولتی منع کرد.", "fa", BAN),
    ("The Afghan Taliban government banned women from working for NGOs.", "en", BAN),
    ("أفرج الحوثيون عن أسير سعودي.", "ar", CAPTIVE),
    ("حوثی‌ها یک اسیر سعودی را آزاد کردند.", "fa", CAPTIVE),
    ("The Houthis released a Saudi prisoner.", "en", CAPTIVE),
    ("قصفت طائرات حربية تركية مواقع حزب العمال الكردستاني في شمال العراق.", "ar", PKK),
    ("جنگنده‌های ترکیه مواضع پ.ک.ک را در شمال عراق بمباران کردند.", "fa", PKK),
    ("Turkish warplanes bombed PKK positions in northern Iraq.", "en", PKK),
    ("تلقى وزير الخارجية المصري سامح شكري اتصالا هاتفيا من نظيره الإيراني.", "ar", CALL),
    ("سامح شکری وزیر امور خارجه مصر تماس تلفنی همتای ایرانی خود را دریافت کرد.", "fa", CALL),
    (
        "The Egyptian foreign minister Sameh Shoukry received a phone call from his Iranian"
        " counterpart.",
        "en",
        CALL,
    ),
    ("اختطف مسلحون ثلاثة من عمال الإغاثة في دارفور.", "ar", KIDNAP),
    ("افراد مسلح سه امدادگر را در دارفور ربودند.", "fa", KIDNAP),
    ("Gunmen kidnapped three aid workers in Darfur.", "en", KIDNAP),
    ("لم تطلب الحكومة العراقية مساعدة أمريكية.", "ar", NO_HELP),
    ("دولت عراق از آمریکا درخواست کمک نکرد.", "fa", NO_HELP),
    ("The Iraqi government did not request American help.", "en", NO_HELP),
    ("ایران به اسرائیل حمله نکرد.", "fa", NO_ATTACK),
    ("Iran did not attack Israel.", "en", NO_ATTACK),
    ("حكمت محكمة إيرانية على الناشط بالسجن عشر سنوات.", "ar", SENTENCE),
    ("یک دادگاه ایرانی این فعال را به ده سال زندان محکوم کرد.", "fa", SENTENCE),
    ("An Iranian court sentenced the activist to ten years in prison.", "en", SENTENCE),
    ("أطلقت الحكومة السورية سراح 300 معتقل.", "ar", FREED),
    ("دولت سوریه ۳۰۰ بازداشتی را آزاد کرد.", "fa", FREED),
    ("The Syrian government released 300 detainees.", "en", FREED),
    ("سيضرب المعلمون المغاربة الأسبوع المقبل.", "ar", WALKOUT),
    ("معلمان مراکشی هفته آینده اعتصاب خواهند کرد.", "fa", WALKOUT),
    ("Moroccan teachers will go on strike next week.", "en", WALKOUT),
    ("قتل انتحاري 20 مصليا في مسجد في بيشاور.", "ar", BOMBER),
    ("یک بمب‌گذار انتحاری ۲۰ نمازگزار را در مسجدی در پیشاور کشت.", "fa", BOMBER),
    ("A suicide bomber killed 20 worshippers in a mosque in Peshawar.", "en", BOMBER),
    ("سلمت روسيا منظومات صواريخ إس-400 إلى تركيا.", "ar", SYSTEMS),
    ("روسیه سامانه‌های موشکی اس-۴۰۰ را به ترکیه تحویل داد.", "fa", SYSTEMS),
    ("Russia delivered S-400 missile systems to Turkey.", "en", SYSTEMS),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_same_event_same_reading(text: str, lang: str, want: Reading) -> None:
    assert read(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("احتج المودعون اللبنانيون أمام المصرف المركزي.", "ar"),
        ("سپرده‌گذاران لبنانی مقابل بانک مرکزی اعتراض کردند.", "fa"),
    ],
)
def test_depositors_protest_as_civilians(text: str, lang: str) -> None:
    assert read(text, lang) == {DEPOSITORS}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the Basij militia named, no mobilisation
        ("نیروهای بسیج در مراسم روز قدس در تهران شرکت کردند.", "fa"),
        # a danger warned of is no threat of a response
        ("حذرت الأمم المتحدة من تفاقم الأزمة الإنسانية في غزة.", "ar"),
        # a term of office, not a ceasefire's topic
        ("طالبان در سال ۲۰۲۱ بر سر کار آمد.", "fa"),
        # a disowning, no court's acquittal
        ("وقال إن الحكومة برأت ساحتها من المسؤولية.", "ar"),
        # "يضرب" that hits, no walkout
        ("سيضرب الجيش بيد من حديد كل من يهدد الأمن.", "ar"),
    ],
)
def test_no_event(text: str, lang: str) -> None:
    assert read(text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("برأت محكمة باكستانية رئيس الوزراء السابق.", "ar"),
        ("یک دادگاه پاکستانی نخست‌وزیر سابق را تبرئه کرد.", "fa"),
        ("A Pakistani court acquitted the former prime minister.", "en"),
    ],
)
def test_an_acquittal_frees(text: str, lang: str) -> None:
    assert {(t, s, a[0]) for t, s, a in read(text, lang)} == {
        ("CONCEDE", "reported", ("PAK", "JUD"))
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اشتبك مقاتلون أكراد مع القوات التركية قرب الحدود.", "ar"),
        ("رزمندگان کرد در نزدیکی مرز با نیروهای ترکیه درگیر شدند.", "fa"),
        ("Kurdish fighters clashed with Turkish troops near the border.", "en"),
    ],
)
def test_kurdish_fighters_are_an_armed_group(text: str, lang: str) -> None:
    got = read(text, lang)
    assert {t for t, _, _ in got} == {"ASSAULT"}
    assert {agent for _, _, actors in got for _, agent in actors} == {"REB", "MIL"}


def test_a_strike_from_work_in_the_present() -> None:
    got = read("يضرب الأطباء عن العمل منذ أسبوع.", "ar")
    assert {(t, st) for t, st, _ in got} == {("PROTEST", "reported")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("التقى السفير الإيراني في بغداد زعيم الحزب الديمقراطي الكردستاني.", "ar"),
        (
            "The Iranian ambassador in Baghdad met the leader of the Kurdistan Democratic Party.",
            "en",
        ),
    ],
)
def test_the_kdp_is_iraqi(text: str, lang: str) -> None:
    assert read(text, lang) == {("CONSULT", "reported", (("IRN", "GOV"), ("IRQ", "PTY")))}


def test_workers_strike_is_a_walkout() -> None:
    got = read("Egyptian workers ended their strike.", "en")
    assert {t for t, _, _ in got} == {"PROTEST"}


def test_warning_with_a_strong_response_still_names_its_target() -> None:
    got = read("حذر الرئيس الإيراني الولايات المتحدة من رد حاسم على أي هجوم.", "ar")
    assert {(t, s) for t, s, _ in got} == {("THREATEN", "reported")}
