"""Round 20 (recall20fa): material help told by its goods or its kind.

Medical supplies handed over, sent or donated ("یونیسف پنج تن پانسمان و
ماسک به وزارت بهداشت تحویل داد") are material help, PLOVER AID, as the
Arabic and English sentences are already read; the goods name the help.
Support given in money or arms ("حمایت مالی/نظامی کرد", "دعما ماليا",
"financial support") is AID too, not verbal SUPPORT; plain support stays
SUPPORT. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

SUPPLIES = [
    ("یونیسف پنج تن پانسمان و ماسک به وزارت بهداشت ایران تحویل داد.", "fa", "IRN"),
    ("سلمت اليونيسف خمسة أطنان من الضمادات والكمامات إلى وزارة الصحة الإيرانية.", "ar", "IRN"),
    (
        "UNICEF delivered five tonnes of bandages and masks to the Iranian Health Ministry.",
        "en",
        "IRN",
    ),
    ("چین دو هزار دستگاه اکسیژن ساز به هند ارسال کرد.", "fa", "IND"),
    ("ژاپن صد دستگاه ونتیلاتور به وزارت بهداشت افغانستان اهدا کرد.", "fa", "AFG"),
]


@pytest.mark.parametrize(("text", "lang", "recipient"), SUPPLIES)
def test_medical_supplies_given_are_aid(text: str, lang: str, recipient: str) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, lang), "AID")}
    assert recipient in codes


MATERIAL_SUPPORT = [
    ("دولت آلمان از طرح بیمارستان در تهران حمایت مالی کرد.", "fa", "DEU", "IRN"),
    ("قدمت الحكومة الألمانية دعما ماليا لمشروع المستشفى في طهران.", "ar", "DEU", "IRN"),
    (
        "The German government provided financial support to the hospital project in Tehran.",
        "en",
        "DEU",
        "IRN",
    ),
    ("روسیه سال‌ها از ارتش سوریه حمایت نظامی کرده است.", "fa", "RUS", "SYR"),
    ("قدمت روسيا دعما عسكريا للجيش السوري لسنوات.", "ar", "RUS", "SYR"),
    ("Russia has given military support to the Syrian army for years.", "en", "RUS", "SYR"),
]


@pytest.mark.parametrize(("text", "lang", "giver", "receiver"), MATERIAL_SUPPORT)
def test_support_in_money_or_arms_is_aid(text: str, lang: str, giver: str, receiver: str) -> None:
    record = run(text, lang)
    codes = {a.split(":")[0] for a in cast(record, "AID")}
    assert {giver, receiver} <= codes
    assert not cast(record, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه روسیه از مواضع سوریه حمایت کرد.", "fa"),
        ("أعرب وزير الخارجية الروسي عن دعمه لمواقف سوريا.", "ar"),
        ("Russia's foreign minister voiced support for Syria's position.", "en"),
    ],
)
def test_plain_support_stays_verbal(text: str, lang: str) -> None:
    record = run(text, lang)
    assert cast(record, "SUPPORT")
    assert not cast(record, "AID")


def test_other_things_handed_over_are_no_aid() -> None:
    text = "وزیر خارجه ایران متن نامه را به سفیر سوئیس تحویل داد."
    assert not cast(run(text, "fa"), "AID")


# A word of blame in quotation marks before the verb of calling, as Persian
# news quotes the speaker's own word ("را «بی‌اساس» خواند"): criticism
# (ACCUSE), as the bare word is; Arabic "وصف … بأنها …" and English
# "described … as …" read the same.
QUOTED_BLAME = [
    ("وزیر خارجه ایران اظهارات وزیر خارجه آمریکا را «بی‌اساس» خواند.", "fa", "IRN", "USA"),
    (
        "وصف وزير الخارجية الإيراني تصريحات وزير الخارجية الأمريكي بأنها «لا أساس لها».",
        "ar",
        "IRN",
        "USA",
    ),
    (
        "Iran's foreign minister described the US secretary of state's remarks as baseless.",
        "en",
        "IRN",
        "USA",
    ),
    ("سفیر ایران در لندن تصمیم دولت انگلیس را «واکنشی ناپخته» دانست.", "fa", "IRN", "GBR"),
    ("وصف سفير إيران في لندن قرار الحكومة البريطانية بأنه «متسرع».", "ar", "IRN", "GBR"),
    (
        "Iran's ambassador in London described the British government's decision as immature.",
        "en",
        "IRN",
        "GBR",
    ),
    ("وزارت خارجه روسیه اقدام ناتو را «تحریک‌آمیز» توصیف کرد.", "fa", "RUS", "NATO"),
    ("وصفت الخارجية الروسية خطوة الناتو بأنها «استفزازية».", "ar", "RUS", "NATO"),
    ("Russia's foreign ministry described NATO's move as provocative.", "en", "RUS", "NATO"),
]


@pytest.mark.parametrize(("text", "lang", "critic", "criticised"), QUOTED_BLAME)
def test_a_deed_called_by_a_quoted_word_of_blame_is_criticised(
    text: str, lang: str, critic: str, criticised: str
) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, lang), "ACCUSE")}
    assert {critic, criticised} <= codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه ایران مذاکرات با اروپا را «سازنده» توصیف کرد.", "fa"),
        ("وصف وزير الخارجية الإيراني المحادثات مع أوروبا بأنها «بناءة».", "ar"),
        ("Iran's foreign minister described the talks with Europe as constructive.", "en"),
        (
            "Russia's foreign minister called his Iranian counterpart to discuss the illegal sanctions.",
            "en",
        ),
    ],
)
def test_no_criticism_without_a_word_of_blame(text: str, lang: str) -> None:
    assert not cast(run(text, lang), "ACCUSE")
