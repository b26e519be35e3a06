"""Mends of partiesfa109's bodies of one state (mendD109, review109c).

partiesfa109 gave bare names of Iran's and Saudi Arabia's bodies a fixed
state through the named groups, so the fixed state won over one written
beside the name ("وزارت آموزش و پرورش عراق", "ديوان المظالم الفلسطيني",
"Jordan's Board of Grievances"), a name that opens a longer one of another
state ("وزارت ارشاد، حج و اوقاف") was Iran's, a court named as where a suit
is brought took the sued side's place, and a crowd before a listed ministry
became its members. Iran's ministries are now nouns of Iran's body that a
state after them overrides; the names other states bear are left out; the
head of the Expediency Council is its official, one actor with his name.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want", "unwanted"),
    [
        # F1: main gives the body's fixed state, not the one written beside it
        (
            "وزارت آموزش و پرورش عراق از ترکیه برای ساخت مدارس قدردانی کرد.",
            "fa",
            "SUPPORT",
            "IRQ:GOV",
            "IRN:GOV",
        ),
        ("وزارت آموزش و پرورش آلمان از ترکیه انتقاد کرد.", "fa", "ACCUSE", "DEU:GOV", "IRN:GOV"),
        (
            "وزارت اطلاعات رژیم صهیونیستی ایران را به جاسوسی متهم کرد.",
            "fa",
            "ACCUSE",
            "ISR:COP",
            "IRN:COP",
        ),
        (
            "اتهم ديوان المظالم الفلسطيني الحكومة الإسرائيلية بتعذيب الأسرى.",
            "ar",
            "ACCUSE",
            "ISR:GOV",
            "SAU:JUD",
        ),
        (
            "اعتقلت هيئة الأمر بالمعروف التابعة لحركة طالبان صحفيين.",
            "ar",
            "COERCE",
            "AFG:REB",
            "SAU:COP",
        ),
        (
            "The Palestinian Board of Grievances accused Israel of abusing detainees.",
            "en",
            "ACCUSE",
            "PSE:",
            "SAU:JUD",
        ),
        (
            "Jordan's Board of Grievances criticized the interior ministry.",
            "en",
            "ACCUSE",
            "JOR:GOV",
            "SAU:JUD",
        ),
        # F2: a name that opens another state's longer name is not Iran's
        (
            "وزارت ارشاد، حج و اوقاف طالبان سخنرانی‌های مذهبی را ممنوع کرد.",
            "fa",
            "COERCE",
            "AFG:GOV",
            "IRN:GOV",
        ),
        ("وزارت ارشاد عربستان سعودی از ایران انتقاد کرد.", "fa", "ACCUSE", "SAU:GOV", "IRN:GOV"),
        # F3: the court a suit is brought before is not the side sued
        ("أقام موظفون دعوى أمام ديوان المظالم ضد وزارة الصحة.", "ar", "ACCUSE", "-:GOV", "SAU:JUD"),
        (
            "Teachers filed a lawsuit before the Board of Grievances against the education ministry.",
            "en",
            "ACCUSE",
            "-:GOV",
            "SAU:JUD",
        ),
        # F4: a crowd before a listed ministry is not its members
        ("پرستاران در برابر وزارت آموزش و پرورش تجمع کردند.", "fa", "PROTEST", "-:HLH", "IRN:CVL"),
        (
            "بازنشستگان مقابل سازمان برنامه و بودجه تجمع کردند.",
            "fa",
            "PROTEST",
            "IRN:GOV",
            "IRN:CVL",
        ),
        # F8: the names written with a joiner
        ("صدها معلم در برابر وزارت آموزش‌وپرورش تجمع کردند.", "fa", "PROTEST", "IRN:GOV", "-:GOV"),
        ("سازمان برنامه‌وبودجه از وزارت نفت انتقاد کرد.", "fa", "ACCUSE", "IRN:GOV", "-:"),
    ],
)
def test_state_beside_a_body_wins(
    text: str, lang: str, etype: str, want: str, unwanted: str
) -> None:
    got = cast(run(text, lang), etype)
    assert want in got
    assert unwanted not in got


@pytest.mark.parametrize(
    ("text", "lang", "etype", "unwanted"),
    [
        # guards in the languages the fault did not reach: another state's
        # ministry of guidance and a crowd before a listed body
        ("منعت وزارة الإرشاد والحج والأوقاف الأفغانية الحفلات.", "ar", "COERCE", "IRN:GOV"),
        (
            "Afghanistan's Ministry of Hajj and Religious Affairs banned concerts.",
            "en",
            "COERCE",
            "IRN:GOV",
        ),
        ("Nurses protested outside the Ministry of Agriculture Jihad.", "en", "PROTEST", "IRN:CVL"),
        ("احتج ممرضون أمام مقر مجلس تشخيص مصلحة النظام.", "ar", "PROTEST", "IRN:CVL"),
    ],
)
def test_no_fault_in_the_other_languages(text: str, lang: str, etype: str, unwanted: str) -> None:
    assert unwanted not in cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # F5/F6: main reads the head as head of state (ar) or as two actors
        # with his name, losing the place visited (en)
        (
            "The chairman of the Expediency Council, Sadegh Amoli Larijani, visited Damascus.",
            "en",
            "SYR",
        ),
        ("زار رئيس مجلس تشخيص مصلحة النظام صادق آملي لاريجاني دمشق.", "ar", "SYR"),
        ("رئیس مجمع تشخیص مصلحت نظام، صادق آملی لاریجانی، به دمشق سفر کرد.", "fa", "SYR"),
    ],
)
def test_head_of_expediency_council_is_one_official(text: str, lang: str, place: str) -> None:
    events = [e for e in run(text, lang).events if e.type == "CONSULT"]
    assert events
    iranians = [a for e in events for a in e.actors if a.code == "IRN"]
    assert [a.role for a in iranians] == ["official"]
    assert any(a.code == place for e in events for a in e.actors)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("التقى رئيس مجلس تشخيص مصلحة النظام السفير الصيني في طهران.", "ar"),
        ("The head of the Expediency Council met the Chinese ambassador in Tehran.", "en"),
        ("رئیس مجمع تشخیص مصلحت نظام با سفیر چین در تهران دیدار کرد.", "fa"),
    ],
)
def test_head_of_expediency_council_is_no_head_of_state(text: str, lang: str) -> None:
    roles = {a.role for e in run(text, lang).events for a in e.actors if a.code == "IRN"}
    assert roles == {"official"}
