"""Bodies only one state has, named without it (partiesfa109).

Iran's ministries and offices go by names no other state's bear: Persian
"وزارت آموزش و پرورش" (Afghanistan's and Tajikistan's education ministry
is "وزارت معارف"), "وزارت جهاد کشاورزی", "سازمان برنامه و بودجه", "دیوان
عدالت اداری". Written bare they are Iran's, as "ناجا" and "ستاد ملی
کرونا" were (parties39fa); main left them without a country, so a protest
before the education ministry had no party at all. The same holds for
Saudi Arabia's religious police and administrative court in Arabic and
English, and for Iran's Expediency Council in both. The head of a court is
the court's official, no head of state. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        # main: [-:EDU, -:GOV]
        (
            "صدها معلم روز دوشنبه در برابر وزارت آموزش و پرورش تجمع کردند.",
            "fa",
            "PROTEST",
            "IRN:GOV",
        ),
        # main: [-:GOV, RUS]
        ("وزارت جهاد کشاورزی واردات مرغ از روسیه را ممنوع کرد.", "fa", "SANCTION", "IRN:GOV"),
        # main: [-:GOV]
        ("سازمان برنامه و بودجه از وزارت نفت به شدت انتقاد کرد.", "fa", "ACCUSE", "IRN:GOV"),
        (
            "بازنشستگان در مقابل وزارت تعاون، کار و رفاه اجتماعی تجمع کردند.",
            "fa",
            "PROTEST",
            "IRN:GOV",
        ),
        # main: [-:COP, -:NGO]
        ("وزارت اطلاعات سه فعال محیط زیست را بازداشت کرد.", "fa", "COERCE", "IRN:COP"),
        # Afghanistan's ministry of information and culture keeps its own name
        ("وزارت اطلاعات و فرهنگ افغانستان از خبرنگاران زن حمایت کرد.", "fa", "SUPPORT", "AFG:GOV"),
        # ar main: no side
        ("انتقد مجلس تشخيص مصلحة النظام الحكومة بسبب ارتفاع الأسعار.", "ar", "ACCUSE", "IRN:GOV"),
        # en main: no event (no side)
        ("The Expediency Council rejected the budget bill.", "en", "REJECT", "IRN:GOV"),
        (
            "Farmers protested outside the Ministry of Agriculture Jihad.",
            "en",
            "PROTEST",
            "IRN:GOV",
        ),
    ],
)
def test_body_of_one_state_is_its(text: str, lang: str, etype: str, want: str) -> None:
    assert want in cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "unwanted"),
    [
        # a ministry of a name other states share stays without a country
        ("معلمان در برابر وزارت کشور تجمع کردند.", "fa", "PROTEST", "IRN:GOV"),
        # the Saudi prosecution, written as where suspects are sent, is left
        # out: it became the doer of their arrest
        ("أحالت الشرطة ثلاثة متهمين إلى هيئة التحقيق والادعاء العام.", "ar", "COERCE", "SAU:JUD"),
        ("The Interior Ministry arrested two activists.", "en", "COERCE", "IRN:GOV"),
    ],
)
def test_shared_names_stay_bare(text: str, lang: str, etype: str, unwanted: str) -> None:
    assert unwanted not in cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: head_of_state (mendD109: the Saudi court, since left out,
        # gave way to the international court)
        ("The governor met the president of the International Court of Justice.", "en"),
    ],
)
def test_head_of_a_court_is_its_official(text: str, lang: str) -> None:
    roles = {a.role for e in run(text, lang).events for a in e.actors if a.agent == "JUD"}
    assert roles == {"official"}
