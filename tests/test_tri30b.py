"""The same threat, sanction, refusal, concession or retreat told in
Arabic, Persian and English gets the same reading: type, status and each
actor's code and agent, in order (sentences written for these tests, natural
news wording in each language, not word for word; round tri29b did the same
for meetings, agreements, aid and requests).

Round tri30b fixed the language that read one otherwise:

- en: a refusal's own infinitive right after its verb is the deed refused,
  and whom that deed is done to is the refusal's target ("refused to meet
  the Turkish president", "refused to apologize to Turkey"), as Arabic
  "رفض لقاء" and Persian "از دیدار با … خودداری کرد" read (this also turns
  round tri29b's known gap "refused to meet the US ambassador" into a
  passing case, below);
- fa: one's own forces with the reflexive possessive ("نیروهای خود",
  "سربازان خویش") are the owner's army, as the clitic "نیروهایش" and
  English "its forces" are read;
- all three: an event called off is negated, on either side of it in its
  clause (``status.CANCELLED_CUES``: Arabic "ألغى", "ألغيت", Persian "لغو
  شد/کرد", English "was cancelled", "has been called off"), as a
  postponement plans it; never what the cancelling undoes (a sanction or a
  ban lifted is a concession). Persian keeps a noun that "لغو کرد" calls off
  (``context.CANCEL_VERBS``) as told, not as another verb's object (round
  tri29b's Persian gap "سفر خود … را لغو کرد", now passing here);
- ar: a threat or an accusation a refusal takes as its object ("رفض
  التهديدات الإسرائيلية") is the other side's word answered, no threat or
  blame by the refuser (``nonevents.refused_word``), as English "rejected
  the Israeli threats" and Persian "تهدیدات … را رد کرد" are read.
"""

from __future__ import annotations

import pytest

from casts import Reading
from casts import reading as read

# (English, Arabic, Persian, the reading all three give)
TRIPLES = [
    (
        "Iran threatened to close the Strait of Hormuz.",
        "هددت إيران بإغلاق مضيق هرمز.",
        "ایران تهدید کرد تنگه هرمز را می\u200cبندد.",
        [("THREATEN", "reported", (("IRN", None),))],
    ),
    (
        "The US president threatened Iran with new sanctions.",
        "هدد الرئيس الأمريكي إيران بفرض عقوبات جديدة.",
        "رئیس\u200cجمهور آمریکا ایران را به تحریم\u200cهای جدید تهدید کرد.",
        [("THREATEN", "reported", (("USA", "GOV"), ("IRN", None)))],
    ),
    (
        "The Israeli defense minister threatened Hezbollah.",
        "هدد وزير الدفاع الإسرائيلي حزب الله.",
        "وزیر دفاع اسرائیل حزب\u200cالله را تهدید کرد.",
        [("THREATEN", "reported", (("ISR", "GOV"), ("LBN", "REB")))],
    ),
    (
        "North Korea threatened South Korea with a nuclear response.",
        "هددت كوريا الشمالية كوريا الجنوبية برد نووي.",
        "کره شمالی کره جنوبی را به پاسخ هسته\u200cای تهدید کرد.",
        [("THREATEN", "reported", (("PRK", None), ("KOR", None)))],
    ),
    (
        "The EU threatened to impose sanctions on Belarus.",
        "هدد الاتحاد الأوروبي بفرض عقوبات على بيلاروسيا.",
        "اتحادیه اروپا تهدید کرد بلاروس را تحریم می\u200cکند.",
        [("THREATEN", "reported", (("EU", None), ("BLR", None)))],
    ),
    (
        "Saudi Arabia cut diplomatic relations with Iran.",
        "قطعت السعودية علاقاتها الدبلوماسية مع إيران.",
        "عربستان سعودی روابط دیپلماتیک خود با ایران را قطع کرد.",
        [("SANCTION", "reported", (("SAU", None), ("IRN", None)))],
    ),
    (
        "Bahrain recalled its ambassador from Lebanon.",
        "استدعت البحرين سفيرها لدى لبنان.",
        "بحرین سفیر خود را از لبنان فراخواند.",
        [("SANCTION", "reported", (("BHR", None), ("LBN", None)))],
    ),
    (
        "Algeria recalled its ambassador to France.",
        "استدعت الجزائر سفيرها في فرنسا.",
        "الجزایر سفیر خود در فرانسه را فراخواند.",
        [("SANCTION", "reported", (("DZA", None), ("FRA", None)))],
    ),
    (
        "Germany expelled two Russian diplomats.",
        "طردت ألمانيا دبلوماسيين روسيين.",
        "آلمان دو دیپلمات روس را اخراج کرد.",
        [("SANCTION", "reported", (("DEU", None), ("RUS", "GOV")))],
    ),
    (
        "Iraq expelled the Turkish ambassador.",
        "طرد العراق السفير التركي.",
        "عراق سفیر ترکیه را اخراج کرد.",
        [("SANCTION", "reported", (("IRQ", None), ("TUR", "GOV")))],
    ),
    (
        "The United States imposed new sanctions on Iran.",
        "فرضت الولايات المتحدة عقوبات جديدة على إيران.",
        "ایالات متحده تحریم\u200cهای جدیدی علیه ایران اعمال کرد.",
        [("SANCTION", "reported", (("USA", None), ("IRN", None)))],
    ),
    (
        "The EU imposed sanctions on Russian officials.",
        "فرض الاتحاد الأوروبي عقوبات على مسؤولين روس.",
        "اتحادیه اروپا مقامات روسیه را تحریم کرد.",
        [("SANCTION", "reported", (("EU", None), ("RUS", "GOV")))],
    ),
    (
        "The United States imposed an arms embargo on South Sudan.",
        "فرضت الولايات المتحدة حظرا على الأسلحة إلى جنوب السودان.",
        "ایالات متحده تحریم تسلیحاتی علیه سودان جنوبی اعمال کرد.",
        [("SANCTION", "reported", (("USA", None), ("SSD", None)))],
    ),
    (
        "Morocco severed ties with Iran.",
        "قطع المغرب علاقاته مع إيران.",
        "مراکش روابط خود با ایران را قطع کرد.",
        [("SANCTION", "reported", (("MAR", None), ("IRN", None)))],
    ),
    (
        "Qatar did not cut relations with Iran.",
        "لم تقطع قطر علاقاتها مع إيران.",
        "قطر روابط خود با ایران را قطع نکرد.",
        [("SANCTION", "negated", (("QAT", None), ("IRN", None)))],
    ),
    (
        "Iran rejected the American proposal.",
        "رفضت إيران الاقتراح الأمريكي.",
        "ایران پیشنهاد آمریکا را رد کرد.",
        [("REJECT", "reported", (("IRN", None), ("USA", None)))],
    ),
    (
        "Russia vetoed the Security Council resolution.",
        "استخدمت روسيا حق النقض ضد قرار مجلس الأمن.",
        "روسیه قطعنامه شورای امنیت را وتو کرد.",
        [("REJECT", "reported", (("RUS", None), ("UN", None)))],
    ),
    (
        "The Egyptian foreign minister rejected the Ethiopian statements.",
        "رفض وزير الخارجية المصري التصريحات الإثيوبية.",
        "وزیر امور خارجه مصر اظهارات اتیوپی را رد کرد.",
        [("REJECT", "reported", (("EGY", "GOV"), ("ETH", None)))],
    ),
    (
        "Hamas rejected the Israeli conditions.",
        "رفضت حركة حماس الشروط الإسرائيلية.",
        "حماس شرایط اسرائیل را رد کرد.",
        [("REJECT", "reported", (("PSE", "REB"), ("ISR", None)))],
    ),
    (
        "The Iraqi government refused the Turkish request.",
        "رفضت الحكومة العراقية الطلب التركي.",
        "دولت عراق درخواست ترکیه را نپذیرفت.",
        [("REJECT", "reported", (("IRQ", "GOV"), ("TUR", None)))],
    ),
    (
        "The Syrian president refused to meet the Turkish president.",
        "رفض الرئيس السوري لقاء الرئيس التركي.",
        "رئیس\u200cجمهور سوریه از دیدار با رئیس\u200cجمهور ترکیه خودداری کرد.",
        [("REJECT", "reported", (("SYR", "GOV"), ("TUR", "GOV")))],
    ),
    (
        "Pakistan did not reject the Afghan proposal.",
        "لم ترفض باكستان الاقتراح الأفغاني.",
        "پاکستان پیشنهاد افغانستان را رد نکرد.",
        [("REJECT", "negated", (("PAK", None), ("AFG", None)))],
    ),
    (
        "Turkey apologized to Russia for downing the plane.",
        "اعتذرت تركيا لروسيا عن إسقاط الطائرة.",
        "ترکیه به خاطر سرنگونی هواپیما از روسیه عذرخواهی کرد.",
        [("CONCEDE", "reported", (("TUR", None), ("RUS", None)))],
    ),
    (
        "The United States lifted sanctions on Sudan.",
        "رفعت الولايات المتحدة العقوبات عن السودان.",
        "ایالات متحده تحریم\u200cهای سودان را لغو کرد.",
        [("CONCEDE", "reported", (("USA", None), ("SDN", None)))],
    ),
    (
        "The EU will lift sanctions on Syria.",
        "سيرفع الاتحاد الأوروبي العقوبات عن سوريا.",
        "اتحادیه اروپا تحریم\u200cهای سوریه را لغو خواهد کرد.",
        [("CONCEDE", "planned", (("EU", None), ("SYR", None)))],
    ),
    (
        "Saudi Arabia lifted the ban on imports from Lebanon.",
        "رفعت السعودية الحظر عن الواردات اللبنانية.",
        "عربستان سعودی ممنوعیت واردات از لبنان را لغو کرد.",
        [("CONCEDE", "reported", (("SAU", None), ("LBN", None)))],
    ),
    (
        "Israel released Palestinian prisoners.",
        "أفرجت إسرائيل عن أسرى فلسطينيين.",
        "اسرائیل اسرای فلسطینی را آزاد کرد.",
        [("CONCEDE", "reported", (("ISR", None), ("PSE", "CVL")))],
    ),
    (
        "Israel refused to apologize to Turkey.",
        "رفضت إسرائيل الاعتذار لتركيا.",
        "اسرائیل از عذرخواهی از ترکیه خودداری کرد.",
        [("REJECT", "reported", (("ISR", None), ("TUR", None)))],
    ),
    (
        "Iran did not release the American journalist.",
        "لم تفرج إيران عن الصحفي الأمريكي.",
        "ایران روزنامه\u200cنگار آمریکایی را آزاد نکرد.",
        [("CONCEDE", "negated", (("IRN", None), ("USA", "MED")))],
    ),
    (
        "Russia withdrew its troops from Syria.",
        "سحبت روسيا قواتها من سوريا.",
        "روسیه نیروهای خود را از سوریه خارج کرد.",
        [("RETREAT", "reported", (("RUS", "MIL"), ("SYR", None)))],
    ),
    (
        "The United States will withdraw its forces from Iraq.",
        "ستسحب الولايات المتحدة قواتها من العراق.",
        "ایالات متحده نیروهای خود را از عراق خارج خواهد کرد.",
        [("RETREAT", "planned", (("USA", "MIL"), ("IRQ", None)))],
    ),
    (
        "The Israeli army withdrew from Gaza.",
        "انسحب الجيش الإسرائيلي من غزة.",
        "ارتش اسرائیل از غزه عقب\u200cنشینی کرد.",
        [("RETREAT", "reported", (("ISR", "MIL"), ("PSE", None)))],
    ),
    (
        "Israel did not withdraw from the Golan.",
        "لم تنسحب إسرائيل من الجولان.",
        "اسرائیل از جولان عقب\u200cنشینی نکرد.",
        [("RETREAT", "negated", (("ISR", None),))],
    ),
    (
        "The speaker of the Iraqi parliament refused to meet the US ambassador.",
        "رفض رئيس البرلمان العراقي لقاء السفير الأمريكي.",
        "رئیس پارلمان عراق از دیدار با سفیر آمریکا خودداری کرد.",
        [("REJECT", "reported", (("IRQ", "LEG"), ("USA", "GOV")))],
    ),
    (
        "The Iraqi prime minister refuses to receive the Turkish ambassador.",
        "يرفض رئيس الوزراء العراقي استقبال السفير التركي.",
        "نخست\u200cوزیر عراق از پذیرفتن سفیر ترکیه خودداری می\u200cکند.",
        [("REJECT", "reported", (("IRQ", "GOV"), ("TUR", "GOV")))],
    ),
    (
        "Turkey pulled its soldiers out of Libya.",
        "سحبت تركيا جنودها من ليبيا.",
        "ترکیه سربازان خود را از لیبی خارج کرد.",
        [("RETREAT", "reported", (("TUR", "MIL"), ("LBY", None)))],
    ),
    (
        "The Iranian foreign minister canceled his visit to Paris.",
        "ألغى وزير الخارجية الإيراني زيارة كان من المقرر أن يقوم بها إلى باريس.",
        "وزیر امور خارجه ایران سفر خود به پاریس را لغو کرد.",
        [("CONSULT", "negated", (("IRN", "GOV"), ("FRA", None)))],
    ),
    (
        "The visit of the Turkish president to Cairo was cancelled.",
        "ألغيت زيارة الرئيس التركي إلى القاهرة.",
        "سفر رئیس\u200cجمهور ترکیه به قاهره لغو شد.",
        [("CONSULT", "negated", (("TUR", "GOV"), ("EGY", None)))],
    ),
    (
        "The talks between Iran and the United States in Oman were called off.",
        "ألغيت المحادثات بين إيران والولايات المتحدة في عمان.",
        "مذاکرات ایران و آمریکا در عمان لغو شد.",
        [("CONSULT", "negated", (("IRN", None), ("USA", None)))],
    ),
    (
        "The Egyptian president cancelled his meeting with the Ethiopian prime minister.",
        "ألغى الرئيس المصري لقاءه مع رئيس الوزراء الإثيوبي.",
        "رئیس\u200cجمهور مصر دیدار خود با نخست\u200cوزیر اتیوپی را لغو کرد.",
        [("CONSULT", "negated", (("EGY", "GOV"), ("ETH", "GOV")))],
    ),
    (
        "The Pakistani prime minister's visit to Kabul has been cancelled.",
        "ألغيت زيارة رئيس الوزراء الباكستاني إلى كابول.",
        "سفر نخست\u200cوزیر پاکستان به کابل لغو شده است.",
        [("CONSULT", "negated", (("PAK", "GOV"), ("AFG", None)))],
    ),
    (
        "The EU lifted the arms embargo on Iraq.",
        "ألغى الاتحاد الأوروبي حظر الأسلحة على العراق.",
        "اتحادیه اروپا تحریم تسلیحاتی عراق را لغو کرد.",
        [("CONCEDE", "reported", (("EU", None), ("IRQ", None)))],
    ),
    (
        "The Lebanese foreign minister rejected the Israeli threats.",
        "رفض وزير الخارجية اللبناني التهديدات الإسرائيلية.",
        "وزیر امور خارجه لبنان تهدیدات اسرائیل را رد کرد.",
        [("REJECT", "reported", (("LBN", "GOV"), ("ISR", None)))],
    ),
    (
        "The Syrian president rejected the Turkish threats.",
        "رفض الرئيس السوري التهديدات التركية.",
        "رئیس\u200cجمهور سوریه تهدیدهای ترکیه را رد کرد.",
        [("REJECT", "reported", (("SYR", "GOV"), ("TUR", None)))],
    ),
]


# Known gaps: one language reads the event otherwise (strict xfail).
_GAPS: list[tuple[str, str, Reading]] = [
    # en: the place a threatened operation is aimed at ("in northern Syria")
    # is read as a location only, no target, as ar/fa read it
    (
        "The Turkish president threatened to launch a military operation in northern Syria.",
        "en",
        {("THREATEN", "reported", (("TUR", "GOV"), ("SYR", None)))},
    ),
    # fa: a warning addressed to a state ("به ناتو … هشدار داد") is read as
    # nothing; en "warned NATO" and ar "حذرت … الناتو" blame it
    (
        "روسیه به ناتو درباره استقرار نیرو در اوکراین هشدار داد.",
        "fa",
        {("ACCUSE", "reported", (("RUS", None), ("NATO", "MIL")))},
    ),
    # fa: a visa ban imposed ("ممنوعیت روادید وضع کرد") is no sanction
    (
        "بریتانیا برای مقامات ایرانی ممنوعیت روادید وضع کرد.",
        "fa",
        {("SANCTION", "reported", (("GBR", None), ("IRN", "GOV")))},
    ),
    # ar: a demand withdrawn ("سحبت طلبها") is no retreat
    (
        "سحبت تركيا طلبها بتسليم المعارض.",
        "ar",
        {("RETREAT", "reported", (("TUR", None), ("TUR", "OPP")))},
    ),
    # fa: accusations rejected ("اتهامات آمریکا را رد کرد") give no event;
    # en "rejected the American accusations" and ar "رفضت … الاتهامات" reject
    (
        "ایران اتهامات آمریکا را رد کرد.",
        "fa",
        {("REJECT", "reported", (("IRN", None), ("USA", None)))},
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
