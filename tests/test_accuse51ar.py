"""Blame and criticism as Arabic and English news write them (round 51,
accuse51ar; every sentence written for these tests).

Rules added in this round (PLOVER ACCUSE: criticising, blaming, accusing,
denouncing, name-calling):

- Arabic circumstantial participles of accusing, blaming and condemning
  ("…، متهمة الدوحة بـ", "محملا الاحتلال المسؤولية", "ملقيا باللوم على",
  "شاجبة القرار") are triggers and share the subject of the clause before
  them, also when fixed words stand between them and whom they blame
  (``context.PARTICIPLE_OBJECT_FRAMES``: "باللوم على", "انتقادات حادة إلى");
- a side the first side is named inside what an unnamed speaker said ("وأضاف
  أن دعم حكومة … ، داعيا …") is no subject a participle shares;
- Arabic blame thrown ("ألقت … اليوم الأحد باللوم على", "بالمسؤولية على"),
  a side held responsible for a harm ("اعتبر … إسرائيل مسؤولة عن انهيار
  الهدنة"), said to bear it ("إن واشنطن تتحمل المسؤولية الكاملة عن"),
  judged unable or failed ("اعتبر أن الحكومة عاجزة"), a verbal attack ("شن
  هجوما لاذعا على", "صب جام غضبه على"), more names of shame and words of
  blame after "وصف"/"نعت", quoted names ('بـ"الدكتاتور"'), and a charge
  brought far from its verb ("وجهت النيابة … إلى الناشط تهمة");
- criticism undergone from a side ("تعرضت الحكومة لانتقادات من الاتحاد")
  puts the side after "من" first, as aid received does;
- a name of shame after "بـ" ("بالدولة الإرهابية") names no militant side;
- English "castigated", "hit out at", "took aim at", "lambasted", "berated",
  "decried", "pointed the finger at", "a scathing attack on", and criticism
  "faced from" a side, that side first.

Persian is read by its own rules (another helper works on it this round):
its tests here check that the same events told in Persian read as before.
"""

from __future__ import annotations

import pytest

from casts import reading_lines, run


def _accuse(text: str, lang: str) -> list[list[str]]:
    """'CODE:AGENT' of the actors of each ACCUSE event, in order."""
    return [
        [f"{a.code or '-'}:{a.agent or ''}" for a in e.actors]
        for e in run(text, lang).events
        if e.type == "ACCUSE"
    ]


def _doer_and_target(text: str, lang: str, doer: str, target: str) -> None:
    events = _accuse(text, lang)
    assert events, f"no ACCUSE in {text!r}"
    first = events[0]
    assert first[0].startswith(doer), (text, events)
    if target:
        assert any(a.startswith(target) for a in first[1:]), (text, events)


# (text, doer's code, target's code) -------------------------------- Arabic
AR_BLAME = [
    ("وأصدرت الحكومة الأردنية بيانا، متهمة إسرائيل بخرق الهدنة.", "JOR", "ISR"),
    ("قطعت البحرين علاقاتها مع قطر، متهمة الدوحة بدعم جماعات متطرفة.", "BHR", "QAT"),
    ("قطعت البحرين علاقاتها مع قطر متهمة إياها بدعم الإرهاب.", "BHR", "QAT"),
    ("وأصدر وزير الخارجية الأردني بيانا، محملا إسرائيل مسؤولية التصعيد.", "JOR", "ISR"),
    ("وأصدرت الحكومة الأردنية بيانا، محملة إسرائيل المسؤولية الكاملة عن التصعيد.", "JOR", "ISR"),
    ("وقال الرئيس التركي: «نحمّل إسرائيل المسؤولية الكاملة عن هذه المجزرة».", "TUR", "ISR"),
    ("وألقت الحكومة الروسية اليوم الاثنين باللوم على أوكرانيا في فشل المحادثات.", "RUS", "UKR"),
    ("ألقى وزير الخارجية الإيراني بالمسؤولية على الولايات المتحدة في تصعيد التوتر.", "IRN", "USA"),
    ("وأصدرت الحكومة السودانية بيانا، ملقية باللوم على إثيوبيا في فشل المفاوضات.", "SDN", "ETH"),
    ("وقال الوزير الباكستاني إن بلاده لن ترضخ، ملقيا باللوم على الهند.", "PAK", "IND"),
    ("وأصدرت الحكومة الأردنية بيانا، شاجبة قرار إسرائيل ضم أراض في الضفة.", "JOR", "ISR"),
    ("اعتبر وزير الخارجية المصري إسرائيل مسؤولة عن انهيار الهدنة.", "EGY", "ISR"),
    ("وتعتبر الحكومة العراقية تركيا مسؤولة عن تدهور الأوضاع في الشمال.", "IRQ", "TUR"),
    ("قالت الحكومة التركية إن إسرائيل تتحمل المسؤولية الكاملة عن التصعيد.", "TUR", "ISR"),
    ("أكد وزير الخارجية المصري أن إسرائيل تتحمل مسؤولية انهيار الهدنة.", "EGY", "ISR"),
    ("شن وزير الخارجية الفرنسي هجوما لاذعا على روسيا في مؤتمر صحفي.", "FRA", "RUS"),
    ("وشن الرئيس البرازيلي هجوما حادا على الولايات المتحدة.", "BRA", "USA"),
    ("وصب الرئيس التركي جام غضبه على الاتحاد الأوروبي.", "TUR", "EU"),
    ("ونعت الرئيس الفنزويلي نظيره الأمريكي بالشيطان.", "VEN", "USA"),
    ('ووصف النائب التونسي الرئيس السوري بـ"الدكتاتور".', "TUN", "SYR"),
    ("وصف الرئيس الإيراني الولايات المتحدة بـ«الشيطان الأكبر».", "IRN", "USA"),
    ("وصف وزير الخارجية الإيراني سياسة السعودية بأنها متهورة.", "IRN", "SAU"),
    ("ووصفت الحكومة الجزائرية قرار فرنسا بأنه «مرفوض».", "DZA", "FRA"),
    ("المسؤولون المصريون وصفوا إثيوبيا بالدولة المارقة.", "EGY", "ETH"),
    ("ولا يزال وزير الخارجية الإيراني يصف إسرائيل بالدولة الإرهابية.", "IRN", "ISR"),
    ("تعرضت الحكومة التركية لانتقادات حادة من الاتحاد الأوروبي.", "EU", "TUR"),
    ("واجهت إسرائيل انتقادات حادة من الولايات المتحدة.", "USA", "ISR"),
    ("وقال الوزير المصري إن بلاده لن تقبل الضغوط، موجها انتقادات حادة إلى إثيوبيا.", "EGY", "ETH"),
    ("وأصدرت الحكومة الأردنية بيانا، موجهة أصابع الاتهام إلى إسرائيل.", "JOR", "ISR"),
]


@pytest.mark.parametrize(("text", "doer", "target"), AR_BLAME)
def test_arabic_blame_is_an_accusation_by_its_doer(text: str, doer: str, target: str) -> None:
    _doer_and_target(text, "ar", doer, target)


def test_a_charge_brought_far_from_its_verb() -> None:
    """The prosecutor and the one charged stand between "وجهت" and "تهمة"."""
    events = _accuse("ووجهت النيابة العامة المصرية إلى الناشط تهمة نشر أخبار كاذبة.", "ar")
    assert events and events[0][0] == "EGY:JUD"


def test_a_government_judged_unable_is_criticised() -> None:
    text = "اعتبر المتحدث باسم حزب المعارضة التونسي أن الحكومة عاجزة عن حل الأزمة."
    assert _accuse(text, "ar")
    text = "وقال رئيس الحزب إن الأوضاع تتدهور، معتبرا الحكومة التونسية فاشلة."
    assert _accuse(text, "ar")


AR_NOT_BLAME = [
    # a loaded truck, no responsibility laid
    "وصلت شاحنة محملة بالأسلحة إلى الحدود السورية.",
    "ضبطت الشرطة التونسية سيارة محملة بالسجائر المهربة.",
    # responsible for a task, not for a harm
    "اعتبر وزير الداخلية المصري أن الشرطة مسؤولة عن توفير الأمن.",
    # a deed judged, no side criticised
    "اعتبر الوزير المصري أن الهجوم فشل في تحقيق أهدافه.",
    # a description in neutral words
    "ووصفت الشرطة التركية الحادث بأنه خلاف في العمل.",
    # "لأمة" and "لأئمة" folded are no "لامت"/"لائمة"
    "أكد الملك السعودي والرئيس المصري أهمية العلاقة للأمتين العربية والإسلامية.",
    "وأرسلت الهيئة مصاحف لأئمة المساجد في لبنان.",
    # a battle, not words
    "شن الجيش السوري هجوما عنيفا على مواقع المعارضة.",
    # a relative clause names no one blamed
    "وقال الوزير إن الجهة التي تتحمل المسؤولية عن التفجير ستحاسب.",
]


@pytest.mark.parametrize("text", AR_NOT_BLAME)
def test_arabic_look_alikes_are_no_accusation(text: str) -> None:
    assert not _accuse(text, "ar")


def test_an_attack_undergone_from_a_side_puts_that_side_first() -> None:
    """Arabic "تعرضت القوات لهجوم من مسلحين": the gunmen attacked (a receive verb)."""
    events = [e for e in run("تعرضت القوات العراقية لهجوم من مسلحين مجهولين.", "ar").events]
    assert events and events[0].type == "ASSAULT"
    assert events[0].actors[0].agent == "UAF"


def test_a_side_inside_what_was_said_is_no_shared_subject() -> None:
    """Arabic "وأضاف أن دعم الولايات المتحدة …، داعيا مصر": the speaker is unnamed;
    the United States, a genitive inside what he said, does not call on Egypt."""
    text = "وأضاف في بيان أن دعم الولايات المتحدة للاحتلال شجعه على العدوان، داعيا مصر إلى التحرك."
    for e in run(text, "ar").events:
        if e.type == "REQUEST":
            assert e.actors[0].code != "USA"


def test_the_subject_right_after_the_opener_is_still_shared() -> None:
    """Arabic "يشار إلى أن الجبهة …، مطالبة الحكومة": the front asks the government."""
    text = "يشار إلى أن الجبهة الشعبية التونسية نددت بالاغتيال، مطالبة الحكومة بتقديم شكوى."
    requests = [e for e in run(text, "ar").events if e.type == "REQUEST"]
    assert requests and requests[0].actors[0].agent == "OPP"


def test_a_name_of_shame_is_no_militant_side() -> None:
    events = _accuse("وصف الرئيس التركي نظيره السوري بالإرهابي.", "ar")
    assert events and not any(a.endswith(":REB") for e in events for a in e)


# ------------------------------------------------------------------ English
EN_BLAME = [
    ("The Turkish government castigated Israel for the raid.", "TUR", "ISR"),
    ("Iran's foreign minister hit out at the United States on Sunday.", "IRN", "USA"),
    ("The Chinese foreign ministry took aim at Japan in a statement.", "CHN", "JPN"),
    ("Egypt's president lashed out at Ethiopia over the dam.", "EGY", "ETH"),
    (
        "Iran's foreign minister blamed the United States for the collapse of the truce.",
        "IRN",
        "USA",
    ),
    ("The Jordanian government held Israel responsible for the escalation.", "JOR", "ISR"),
    ("Venezuela's president branded the United States a terrorist state.", "VEN", "USA"),
    ("Bahrain cut ties with Qatar, accusing it of backing militant groups.", "BHR", "QAT"),
    ("Turkey's foreign minister lambasted Israel on Monday.", "TUR", "ISR"),
    ("The Iranian government berated the United States over the sanctions.", "IRN", "USA"),
    ("Pakistan's prime minister decried India's decision.", "PAK", "IND"),
    ("Iran pointed the finger at Israel for the blast.", "IRN", "ISR"),
    ("Saudi Arabia's foreign minister launched a scathing attack on Iran.", "SAU", "IRN"),
    ("Israel faced sharp criticism from the European Union.", "EU", "ISR"),
]


@pytest.mark.parametrize(("text", "doer", "target"), EN_BLAME)
def test_english_blame_is_an_accusation_by_its_doer(text: str, doer: str, target: str) -> None:
    _doer_and_target(text, "en", doer, target)


@pytest.mark.parametrize(
    "text",
    [
        "The truck was loaded with weapons when it reached the border.",
        "The Syrian army launched a fierce attack on rebel positions.",
        "Two blasts hit the capital on Sunday.",
        "The court held a mock trial for law students.",
    ],
)
def test_english_look_alikes_are_no_accusation(text: str) -> None:
    assert not _accuse(text, "en")


# ------------------------------------------------------------------ Persian
FA_BLAME = [
    ("دولت اردن اسرائیل را به نقض آتش‌بس متهم کرد.", "JOR", "ISR"),
    ("وزیر امور خارجه ایران عربستان را مقصر شکست مذاکرات دانست.", "IRN", "SAU"),
    ("وزیر امور خارجه ایران تقصیر شکست مذاکرات را به گردن آمریکا انداخت.", "IRN", "USA"),
    ("دولت ترکیه سیاست‌های اسرائیل را به شدت محکوم کرد.", "TUR", "ISR"),
    ("وزیر امور خارجه ایران از آمریکا به شدت انتقاد کرد.", "IRN", "USA"),
]


@pytest.mark.parametrize(("text", "doer", "target"), FA_BLAME)
def test_persian_blame_reads_as_before(text: str, doer: str, target: str) -> None:
    """The same blame told in Persian: its own rules read it, unchanged here."""
    _doer_and_target(text, "fa", doer, target)


@pytest.mark.parametrize(
    "text",
    [
        "کامیونی پر از سلاح به مرز سوریه رسید.",
        "ارتش سوریه حمله‌ای سنگین به مواضع مخالفان انجام داد.",
    ],
)
def test_persian_look_alikes_are_no_accusation(text: str) -> None:
    """Persian has no Arabic participle or "محملة": nothing changes there."""
    assert not _accuse(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # moved from tests/test_types33fa.py, which read no event in all three
        (
            "Iran called the American sanctions a crime against humanity.",
            "en",
            {"ACCUSE reported IRN: USA:"},
        ),
        (
            "وصفت إيران العقوبات الأمريكية بأنها جريمة ضد الإنسانية.",
            "ar",
            {"ACCUSE reported IRN: USA:"},
        ),
        ("Iran mocked the American president.", "en", {"ACCUSE reported IRN: USA:GOV"}),
        # with accuse51fa's mockery forms, Persian and Arabic read it too
        ("ایران رئیس\u200cجمهور آمریکا را مسخره کرد.", "fa", {"ACCUSE reported IRN: USA:GOV"}),
        ("سخرت إيران من الرئيس الأمريكي.", "ar", {"ACCUSE reported IRN: USA:GOV"}),
        # "called" before a phone call stays a call
        ("Iran called the American president by phone.", "en", {"CONSULT reported IRN: USA:GOV"}),
    ],
)
def test_called_a_crime_and_mocked_are_criticism(text: str, lang: str, want: set[str]) -> None:
    assert reading_lines(text, lang) == want
