"""Persian events where there is none (round 36, noev36fa; every sentence
written for these tests).

Rules added in this round:

- Persian bare "تعامل" / "تعاملات" (interaction, engagement) is no
  cooperation: it names a policy, a slogan or a wish ("تعامل با جهان اساس
  سیاست خارجی است"), as English "engagement" and Arabic "التعامل" are read.
  Its compounds still report a deed ("تعاملات تجاری را گسترش دادند");
- the Persian noun "مطالبه" (demand) asks someone only with its addressee
  named by "از" within 6 words after it or 3 before ("مطالبه ما از دولت …",
  "مطالبه ده‌ها هزار نفر از کارگران از وزیر"); without it, it is a standing wish
  ("مطالبه اصلی مردم عدالت است"), as Arabic "المطلب الرئيسي للشعب" asks no
  one. The verb ("از دولت … مطالبه کردند") is untouched.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # no event: engagement as a policy or a need
    (
        "Iran's foreign minister said engagement with the world is the basis of foreign policy.",
        "قال وزير الخارجية الإيراني إن التعامل مع العالم أساس السياسة الخارجية.",
        "وزیر خارجه ایران گفت تعامل با جهان اساس سیاست خارجی است.",
        (),
    ),
    (
        "The Iranian candidate said his government would pursue constructive engagement"
        " with all countries.",
        "قال المرشح الإيراني إن حكومته ستتبع التعامل البناء مع جميع الدول.",
        "نامزد ایرانی گفت دولت او تعامل سازنده با همه کشورها را دنبال خواهد کرد.",
        (),
    ),
    (
        "The Iranian president said engagement with neighbouring countries is a priority"
        " of his government.",
        "قال الرئيس الإيراني إن التعامل مع دول الجوار أولوية لحكومته.",
        "رئیس\u200cجمهور ایران گفت تعامل با کشورهای همسایه اولویت دولت اوست.",
        (),
    ),
    (
        "An Iranian lawmaker said interaction between the government and parliament is necessary.",
        "قال نائب إيراني إن التعامل بين الحكومة والبرلمان ضروري.",
        "یک نماینده ایرانی گفت تعامل دولت و مجلس ضروری است.",
        (),
    ),
    # positive controls: cooperation and talks still read
    (
        "Iran and Oman expanded cooperation in trade.",
        "وسعت إيران وعمان التعاون في التجارة.",
        "ایران و عمان تعاملات تجاری خود را گسترش دادند.",
        ("COOPERATE reported IRN: OMN:",),
    ),
    (
        "Iran's foreign minister and his Iraqi counterpart discussed expanding relations"
        " between the two countries.",
        "بحث وزير الخارجية الإيراني ونظيره العراقي توسيع العلاقات بين البلدين.",
        "وزیر خارجه ایران و همتای عراقی او درباره گسترش تعاملات دو کشور گفتگو کردند.",
        ("CONSULT reported IRN:GOV IRQ:GOV",),
    ),
    (
        "Iran's foreign minister and his Omani counterpart discussed the interaction of the"
        " two countries.",
        "بحث وزير الخارجية الإيراني ونظيره العماني التعامل بين البلدين.",
        "وزیر خارجه ایران و همتای عمانی درباره تعامل دو کشور گفتگو کردند.",
        ("CONSULT reported IRN:GOV OMN:GOV",),
    ),
    (
        "The presidents of Iran and Turkmenistan agreed to deepen relations.",
        "اتفق رئيسا إيران وتركمانستان على تعميق العلاقات.",
        "روسای جمهور ایران و ترکمنستان بر تعمیق روابط توافق کردند.",
        ("AGREE reported IRN:GOV TKM:GOV",),
    ),
    # a demand made of someone: a request
    (
        "Iranian nurses demanded higher wages from the government.",
        "طالب الممرضون الإيرانيون الحكومة برفع الأجور.",
        "پرستاران ایرانی از دولت افزایش دستمزد را مطالبه کردند.",
        ("REQUEST reported IRN:HLH IRN:GOV",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# (Arabic, Persian, the reading): English reads a bare "demand" as a request
# (GAPS below)
AGREED: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "قال رجل دين إيراني إن المطلب الرئيسي للشعب هو العدالة.",
        "یک روحانی ایرانی گفت مطالبه اصلی مردم عدالت است.",
        (),
    ),
    (
        "قال المحافظ الإيراني إن نزاهة القائمين على الانتخابات مطلب جدي للشعب.",
        "استاندار ایرانی گفت بی\u200cطرفی مجریان انتخابات مطالبه جدی مردم است.",
        (),
    ),
    (
        "قال رئيس البرلمان الإيراني إن المطلب الرئيسي للبرلمان هو الحفاظ على كرامة الأمة.",
        "رئیس مجلس ایران گفت مطالبه اصلی مجلس حفظ عزت ملت است.",
        (),
    ),
]


@pytest.mark.parametrize(("ar", "fa", "want"), AGREED)
def test_ar_fa_read_alike(ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


# (text, language, reading): the Persian addressee with "از" keeps the noun a request
CASES: list[tuple[str, str, set[str]]] = [
    (
        "پرستاران ایرانی گفتند مطالبه ما از دولت افزایش دستمزد است.",
        "fa",
        {"REQUEST reported IRN:HLH IRN:GOV"},
    ),
    (
        "Iranian nurses said their demand of the government is higher wages.",
        "en",
        {"REQUEST reported IRN:HLH IRN:GOV"},
    ),
    (
        "پرستاران ایرانی در نامه‌ای به وزیر بهداشت مطالبه خود از دولت را اعلام کردند.",
        "fa",
        {"REQUEST reported IRN:HLH IRN:GOV"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


GAPS: list[tuple[str, str, set[str]]] = [
    # English takes a bare "demand" for a request with no one asked
    ("An Iranian cleric said the main demand of the people is justice.", "en", set()),
    (
        "The Iranian governor said the fairness of election officials is a serious demand of"
        " the people.",
        "en",
        set(),
    ),
    (
        "The speaker of Iran's parliament said the main demand of parliament is to preserve"
        " the dignity of the nation.",
        "en",
        set(),
    ),
    # Arabic misses the addressee after "من" of a demand noun
    (
        "قال الممرضون الإيرانيون إن مطلبهم من الحكومة هو رفع الأجور.",
        "ar",
        {"REQUEST reported IRN:HLH IRN:GOV"},
    ),
    # the lifting of sanctions as a topic or a condition is no deed (all three
    # languages read it as one; a Persian rule lowered the held-out half and was dropped)
    (
        "رئیس\u200cجمهور ایران گفت موضوع اصلی مذاکرات رفع تحریم\u200cها است.",
        "fa",
        set(),
    ),
    ("Iran's president said the main issue of the talks is the lifting of sanctions.", "en", set()),
    ("قال الرئيس الإيراني إن القضية الرئيسية في المحادثات هي رفع العقوبات.", "ar", set()),
]


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a bare standing demand (en, ar) and the nominal lifting of sanctions"
    " (all three) are still read as deeds",
)
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
