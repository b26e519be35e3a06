"""Who announces a deed by its noun is no party of it unless the deed may be
its own (extract/announcers.py).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang))


def actors(record: Record, etype: str) -> set[tuple[str | None, str | None]]:
    return {(a.code, a.agent) for e in record.events if e.type == etype for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "teller"),
    [
        # a ministry or spokesman telling of killings is not the killer
        (
            "fa",
            "سخنگوی وزارت خارجه پاکستان از کشته شدن سه سرباز این کشور در حمله شورشیان خبر داد.",
            "ASSAULT",
            ("PAK", "GOV"),
        ),
        (
            "ar",
            "أعلنت وزارة الصحة في غزة مقتل 30 فلسطينيا في غارات إسرائيلية على القطاع.",
            "ASSAULT",
            ("PSE", "GOV"),
        ),
        (
            "ar",
            "أعلنت السفارة الهندية في كابول مقتل مهندسين هنديين في كمين.",
            "ASSAULT",
            ("IND", "GOV"),
        ),
        # nor the kidnapper of its own citizen abroad
        (
            "fa",
            "وزارت خارجه فرانسه از ربوده شدن یک شهروند فرانسوی در نیجر خبر داده است.",
            "ASSAULT",
            ("FRA", "GOV"),
        ),
        (
            "ar",
            "أعلنت وزارة الخارجية الفرنسية عن اختطاف مواطن فرنسي في النيجر.",
            "ASSAULT",
            ("FRA", "GOV"),
        ),
        # a monitor or an NGO is no party of the deed it reports
        (
            "fa",
            "دیده‌بان حقوق بشر سوریه از کشته شدن ۱۵ غیرنظامی در حملات هوایی روسیه به ادلب خبر داد.",
            "ASSAULT",
            ("SYR", "NGO"),
        ),
        (
            "ar",
            "أعلن المرصد السوري لحقوق الإنسان مقتل عشرة مدنيين في قصف روسي على ريف إدلب.",
            "ASSAULT",
            (None, "NGO"),
        ),
        (
            "fa",
            "دیده‌بان حقوق بشر از بازداشت ده‌ها فعال توسط پلیس مصر خبر داد.",
            "COERCE",
            (None, "NGO"),
        ),
        (
            "ar",
            "أعلنت منظمة العفو الدولية اعتقال العشرات من الناشطين على يد الشرطة المصرية.",
            "COERCE",
            (None, "NGO"),
        ),
        # a government announcing the release of its own nationals got them back
        (
            "en",
            "A spokesman for the Saudi foreign ministry announced the release of a Saudi"
            " journalist held in Yemen.",
            "CONCEDE",
            ("SAU", "GOV"),
        ),
        (
            "en",
            "Pakistan's foreign office announced the release of 20 Pakistani fishermen held"
            " in India.",
            "CONCEDE",
            ("PAK", "GOV"),
        ),
        (
            "ar",
            "أعلنت الخارجية الأردنية الإفراج عن مواطنين أردنيين كانا محتجزين في سوريا.",
            "CONCEDE",
            ("JOR", "GOV"),
        ),
        (
            "fa",
            "سخنگوی وزارت امور خارجه پاکستان از آزادی ۲۰ ماهیگیر پاکستانی که در هند زندانی"
            " بودند خبر داد.",
            "CONCEDE",
            ("PAK", "GOV"),
        ),
    ],
)
def test_the_announcer_of_a_deed_is_no_party(
    lang: str, text: str, etype: str, teller: tuple[str | None, str]
) -> None:
    found = actors(run(text, lang), etype)
    assert found, "the deed is still found"
    assert teller not in found


@pytest.mark.parametrize(
    ("lang", "text", "etype", "doer"),
    [
        # its own forces, its police, the state that arrests: still the doer
        (
            "fa",
            "ارتش اسرائیل از حمله به مواضع حزب‌الله در جنوب لبنان خبر داد.",
            "ASSAULT",
            ("ISR", "MIL"),
        ),
        (
            "ar",
            "أعلنت الشرطة التركية اعتقال 25 شخصا يشتبه في انتمائهم لتنظيم الدولة.",
            "COERCE",
            ("TUR", "COP"),
        ),
        (
            "en",
            "Turkish police said they had detained 30 suspected Islamic State members in Istanbul.",
            "COERCE",
            ("TUR", "COP"),
        ),
        (
            "fa",
            "وزارت اطلاعات ایران از بازداشت ۱۲ عضو یک گروه تروریستی در سیستان و بلوچستان خبر داد.",
            "COERCE",
            ("IRN", "COP"),
        ),
    ],
)
def test_the_announcer_of_its_own_deed_stays(
    lang: str, text: str, etype: str, doer: tuple[str, str]
) -> None:
    assert doer in actors(run(text, lang), etype)


def test_a_state_organ_keeps_its_country_when_no_one_else_names_it() -> None:
    """The Lebanese ministry's country is the side attacked: it stays."""
    found = actors(
        run(
            "أعلنت وزارة الصحة اللبنانية مقتل ثمانية مدنيين في غارات إسرائيلية على صور.",
            "ar",
        ),
        "ASSAULT",
    )
    assert "LBN" in {code for code, _ in found}


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "fa",
            "«حسن رضایی» سفیر ایران در کابل امروز (سه‌شنبه) از آزادی ۱۰ زائر ایرانی در"
            " افغانستان خبر داد.",
            ("IRN", "GOV"),
        ),
        (
            "ar",
            "أعلنت وزارة الخارجية الأردنية (الأربعاء) الإفراج عن مواطنين أردنيين كانا"
            " محتجزين في سوريا.",
            ("JOR", "GOV"),
        ),
        (
            "en",
            "The Indian foreign ministry (MEA) announced the release of 12 Indian sailors"
            " held in Iran.",
            ("IND", "GOV"),
        ),
    ],
)
def test_a_parenthesis_leaves_the_announcer_in_its_clause(
    lang: str, text: str, teller: tuple[str, str]
) -> None:
    """A date or a gloss in brackets does not cut the speaker off its verb."""
    found = actors(run(text, lang), "CONCEDE")
    assert found
    assert teller not in found
