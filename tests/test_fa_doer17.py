"""Round 17 (fa17): a side stated to be the doer of a deed of force is
blamed, as "پشت حمله" already is: Persian "ایران عامل حمله … بوده است",
English "Iran was responsible for the attack", Arabic "إيران هي المسؤولة
عن الهجوم". Only the copula makes the blame: the doer as a plain noun ("عامل
حمله دستگیر شد", "the unit responsible for the attack") blames no one.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

DOER = [
    ("اسرائیل می‌گوید ایران عامل حمله به نفتکش در دریای عمان بوده است.", "fa", "ISR", "IRN"),
    ("وزیر خارجه بریتانیا گفت پهپادهای ایرانی عامل حمله به کشتی بوده‌اند.", "fa", "GBR", "IRN"),
    ("وزیر کشور پاکستان گفت هند عامل انفجار بازار کویته بوده است.", "fa", "PAK", "IND"),
    ("سخنگوی دولت افغانستان مدعی شد پاکستان عامل اصلی ترورهای کابل بوده است.", "fa", "AFG", "PAK"),
    ("Israel says Iran was responsible for the attack on the tanker.", "en", "ISR", "IRN"),
    (
        "Pakistan's interior minister said India was responsible for the bombing in Quetta.",
        "en",
        "PAK",
        "IND",
    ),
    ("قالت إسرائيل إن إيران هي المسؤولة عن الهجوم على الناقلة.", "ar", "ISR", "IRN"),
    ("قال وزير الخارجية البريطاني إن إيران كانت مسؤولة عن الهجوم على السفينة.", "ar", "GBR", "IRN"),
]


@pytest.mark.parametrize(("text", "lang", "accuser", "accused"), DOER)
def test_doer_of_a_deed_is_blamed(text: str, lang: str, accuser: str, accused: str) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, lang), "ACCUSE")}
    assert {accuser, accused} <= codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("پلیس ترکیه اعلام کرد عامل حمله به مسجد استانبول دستگیر شده است.", "fa"),
        ("مقامات ایرانی گفتند تحقیقات درباره عامل این حمله ادامه دارد.", "fa"),
        ("دادستان گفت کسی که عامل حمله بوده است شناسایی شد.", "fa"),
        ("Police are still searching for the men who were responsible for the attack.", "en"),
        ("Iran said it was not responsible for the attack on the ship.", "en"),
        ("لم تعلن أي جهة حتى الآن من هو المسؤول عن الهجوم.", "ar"),
        ("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على المسجد.", "ar"),
    ],
)
def test_doer_as_a_noun_is_no_blame(text: str, lang: str) -> None:
    assert not cast(run(text, lang), "ACCUSE")


# --- the Group of Seven named by what it is ---------------------------------

G7_BY_WHAT_IT_IS = [
    ("وزیران خارجه هفت کشور صنعتی جهان حمله به نفتکش را محکوم کردند.", "fa"),
    ("رهبران کشورهای گروه هفت در نشست مجازی خود درباره افغانستان گفتگو کردند.", "fa"),
    ("أدانت مجموعة الدول الصناعية السبع الهجوم على الناقلة.", "ar"),
    ("Foreign ministers of the Group of Seven condemned the attack on the tanker.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), G7_BY_WHAT_IT_IS)
def test_group_of_seven_by_what_it_is(text: str, lang: str) -> None:
    assert any(a.code == "G7" for e in run(text, lang).events for a in e.actors)


# --- support stated as a commitment -----------------------------------------

COMMITTED = [
    ("وزیر خارجه آمریکا بر تعهد بلندمدت واشنگتن جهت حمایت از عراق تاکید کرد.", "fa", "USA", "IRQ"),
    ("رئیس جمهور فرانسه گفت پاریس به حمایت از لبنان متعهد است.", "fa", "FRA", "LBN"),
    ("صدراعظم آلمان بر تعهد برلین به پشتیبانی از اوکراین تاکید کرد.", "fa", "DEU", "UKR"),
    ("أكد وزير الخارجية الأمريكي التزام الولايات المتحدة بدعم العراق.", "ar", "USA", "IRQ"),
    ("قال الرئيس الفرنسي إن باريس ملتزمة بدعم لبنان.", "ar", "FRA", "LBN"),
    ("Blinken reaffirmed the long-term US commitment to supporting Iraq.", "en", "USA", "IRQ"),
]


@pytest.mark.parametrize(("text", "lang", "backer", "backed"), COMMITTED)
def test_commitment_to_support_is_support(text: str, lang: str, backer: str, backed: str) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, lang), "SUPPORT")}
    assert {backer, backed} <= codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دولت ایران برای حمایت از تولید داخلی تعرفه واردات را افزایش داد.", "fa"),
        ("مجلس ایران طرح حمایت از کالای ایرانی را تصویب کرد.", "fa"),
        ("أكد الطرفان التزامهما باتفاق وقف إطلاق النار في غزة.", "ar"),
    ],
)
def test_aim_or_other_commitment_is_no_support(text: str, lang: str) -> None:
    assert not cast(run(text, lang), "SUPPORT")


# --- a speaker's own compound verb in the first person singular --------------

FIRST_PERSON = [
    ("رئیس جمهور عراق گفت: از دولت و ملت ایران برای کمک‌هایشان قدردانی می‌کنم.", "fa", "SUPPORT"),
    ("وزیر خارجه ترکیه گفت: من از تلاش‌های قطر برای میانجیگری تقدیر می‌کنم.", "fa", "SUPPORT"),
    ("رئیس جمهور ایران گفت از مردم عراق برای میزبانی زائران تشکر می‌کنم.", "fa", "SUPPORT"),
    ("وزیر کار گفت: از حقوق کارگران پیمانی پشتیبانی خواهم کرد.", "fa", "SUPPORT"),
    (
        "The Iraqi president said: I thank the government and people of Iran for their help.",
        "en",
        "SUPPORT",
    ),
]


@pytest.mark.parametrize(("text", "lang", "etype"), FIRST_PERSON)
def test_first_person_compound_verb(text: str, lang: str, etype: str) -> None:
    assert etype in {e.type for e in run(text, lang).events}


def test_first_person_thought_is_no_event() -> None:
    assert not run("وزیر نفت ایران گفت: فکر می‌کنم قیمت نفت در زمستان بالا برود.", "fa").events
