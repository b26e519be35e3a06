"""Round 38, Arabic precision: who acts in a relative clause, and stances
told in the present there (every sentence written for these tests).

- A verb carrying its object as a glued pronoun after a relative pronoun
  ("الطلاب الذين احتجزتهم الشرطة", "the students whom the police detained")
  has the head as its object: the doer named after the pronoun comes first.
- A directed verb of any type right after a relative pronoun has the head as
  its doer ("الوزير الذي حث الحكومة على …"), not the group right after it.
- A stance in the present in a relative clause on a named side ("الحكومة
  التي ترفض …", "which rejects", "که خواستار … است") describes the side: no
  event; a past verb or a word of the day keeps it.
"""

from __future__ import annotations

import pytest

from casts import first_cast, types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أطلقت الحكومة سراح الطلاب الأردنيين الذين احتجزتهم الشرطة اللبنانية في بيروت.", "ar"),
        ("Officials welcomed home the Jordanian students whom the Lebanese police detained.", "en"),
        ("دانشجویان اردنی را که پلیس لبنان در بیروت بازداشت کرده بود آزاد کردند.", "fa"),
    ],
)
def test_object_relative_doer_first(text: str, lang: str) -> None:
    assert first_cast(text, lang, "COERCE") == ["LBN:COP", "JOR:EDU"]


def test_glued_object_head_is_target_ar() -> None:
    text = "عاد إلى نيروبي الصحفيون الكينيون الذين اعتقلهم الجيش الإثيوبي الشهر الماضي."
    assert first_cast(text, "ar", "COERCE") == ["ETH:MIL", "KEN:MED"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وصل إلى الخرطوم وزير الخارجية المصري الذي حث أمس الحكومة السودانية على طرد المرتزقة.",
            "ar",
        ),
        (
            "وزیر خارجه مصر که روز سه‌شنبه از دولت سودان خواسته بود مزدوران را اخراج کند وارد خارطوم شد.",
            "fa",
        ),
        (
            "The Egyptian foreign minister urged the Sudanese government to expel the mercenaries.",
            "en",
        ),
    ],
)
def test_relative_head_asks(text: str, lang: str) -> None:
    cast = first_cast(text, lang, "REQUEST")
    assert cast[0] == "EGY:GOV"
    assert "SDN:GOV" in cast


@pytest.mark.parametrize(
    ("text", "lang", "gone"),
    [
        (
            "انتقد الوزير الهولندي الحكومة الفنزويلية التي ترفض إجراء انتخابات جديدة.",
            "ar",
            "REJECT",
        ),
        (
            "استقبل الوزير البلجيكي زعيم المعارضة السورية الذي يطالب بانسحاب القوات الروسية.",
            "ar",
            "REQUEST",
        ),
        (
            "The Dutch minister criticised the Venezuelan government, which rejects new elections.",
            "en",
            "REJECT",
        ),
        (
            "Police in Cairo questioned the Libyan commander who threatens to attack Tunisian posts.",
            "en",
            "THREATEN",
        ),
        (
            "وزیر هلندی با رهبر گروه شورشی که خواستار خروج نیروهای روسی است دیدار کرد.",
            "fa",
            "REQUEST",
        ),
    ],
)
def test_standing_stance_is_no_event(text: str, lang: str, gone: str) -> None:
    assert gone not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "انتقد الوزير الهولندي الحكومة الفنزويلية التي رفضت إجراء انتخابات جديدة.",
            "ar",
            "REJECT",
        ),
        (
            "انتقد الوزير الهولندي الحكومة الفنزويلية التي ترفض اليوم إجراء انتخابات جديدة.",
            "ar",
            "REJECT",
        ),
        (
            "استقبل الوزير البلجيكي زعيم المعارضة السورية الذي طالب بانسحاب القوات الروسية.",
            "ar",
            "REQUEST",
        ),
        (
            "The Dutch minister criticised the Venezuelan government, which rejected new elections.",
            "en",
            "REJECT",
        ),
        (
            "وزیر هلندی با رهبر گروه شورشی که دیروز خواستار خروج نیروهای روسی شد دیدار کرد.",
            "fa",
            "REQUEST",
        ),
    ],
)
def test_past_or_dated_stance_stays(text: str, lang: str, kept: str) -> None:
    assert kept in types(text, lang)


def test_said_stance_is_no_relative_ar() -> None:
    # "قال إنه يرفض": no side heads the clause, the stance is told
    text = "قال وزير الخارجية البولندي إن بلاده ترفض نشر الصواريخ الروسية."
    assert "REJECT" in types(text, "ar")
