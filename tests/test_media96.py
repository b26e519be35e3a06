"""media96: the medium that only tells the news is no side of it. "بحسب" /
"وفق" + a medium whose name opens with its head noun ("وكالة الصحافة
الفرنسية"), with no comma before the deed: only the medium's name is cited,
the rest of the clause is the report (``sources._source_end``, heads from
``context.MEDIUM_NAME_HEADS``). A medium that is acted on stays a side.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import run


def _actors(text: str, lang: str) -> list[list[str]]:
    """'CODE:AGENT' of the actors of every event ('-' for no code)."""
    return [[f"{a.code or '-'}:{a.agent or ''}" for a in e.actors] for e in run(text, lang).events]


# Main read AFP (its Arabic name opens with "وكالة", no media word itself)
# as a side of the deed it reports: [FRA:MED, FRA:CVL], [FRA:MED, MLI:GOV].
CITED_WITHOUT_COMMA = [
    (
        "ar",
        "وبحسب وكالة الصحافة الفرنسية دعا والد الرهينة السلطات الفرنسية إلى التعاون مع مصر.",
    ),
    ("ar", "ووفق وكالة الصحافة الفرنسية دعا الرئيس المالي المعارضة إلى الحوار."),
    # read right already (no side besides the minister): guards
    ("ar", "بحسب وكالة الصحافة الفرنسية رفض وزير الخارجية المغربي دعوة نظيره الجزائري."),
    ("fa", "به گزارش خبرگزاری فرانسه رئیس جمهور مالی مخالفان را به گفت‌وگو دعوت کرد."),
    ("en", "According to the news agency Reuters police arrested three protesters in Cairo."),
]


@pytest.mark.parametrize(("lang", "text"), CITED_WITHOUT_COMMA)
def test_cited_medium_is_no_side(lang: str, text: str) -> None:
    actors = _actors(text, lang)
    assert actors, text
    assert not any(a.endswith(":MED") for event in actors for a in event)


def test_reported_sides_stay() -> None:
    # the report's own sides are read once the medium leaves
    text = "ووفق وكالة الصحافة الفرنسية دعا الرئيس المالي المعارضة إلى الحوار."
    assert ["MLI:GOV", "MLI:OPP"] in _actors(text, "ar")


# Guards: a medium acted on is a side, in all three languages.
ACTED_ON = [
    ("ar", "أغلقت السلطات المصرية مكتب وكالة الصحافة الفرنسية في القاهرة أمس.", "FRA"),
    ("fa", "پلیس ترکیه خبرنگار روزنامه گاردین انگلیس را در استانبول بازداشت کرد.", "GBR"),
    (
        "en",
        "Turkish police arrested a reporter of the British newspaper The Guardian in Istanbul.",
        "GBR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "medium"), ACTED_ON)
def test_medium_acted_on_stays(lang: str, text: str, medium: str) -> None:
    codes = {a.split(":")[0] for event in _actors(text, lang) for a in event}
    assert medium in codes, text
