"""Round 38, trips named as the time of another deed (every sentence
written for these tests).

- A trip or visit named as the time of another deed ("همزمان با سفر …",
  "تزامنا مع زيارة …", "coinciding with the visit of …") dates that deed:
  the sentence reports no visit (no CONSULT), while the deed it dates is
  still read. A trip told plainly stays a visit.
- Trips in general are no visit of state: each of one's trips ("در هر سفر",
  "في كل زيارة", "every trip", a habit) and Persian pilgrimages ("سفرهای
  زیارتی").
- Persian talk of two things falling together ("همزمانی این … با سفر …")
  names the trip for its timing alone.
"""

from __future__ import annotations

import pytest

from casts import run as _run


def _types(text: str, lang: str) -> list[str]:
    """The event types of ``text``, in order."""
    return [e.type for e in _run(text, lang).events]


def _visits(text: str, lang: str) -> list[str]:
    """The status of each CONSULT event of ``text``."""
    return [e.status for e in _run(text, lang).events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        (
            "همزمان با سفر وزیر خارجه کنیا به لندن، یک کشتی باری در خلیج عدن هدف حمله قرار گرفت.",
            "fa",
            "ASSAULT",
        ),
        (
            "هم‌زمان با سفر رئیس‌جمهور شیلی به لیما، پلیس پرو دوازده معترض را بازداشت کرد.",
            "fa",
            "COERCE",
        ),
        (
            "مقارن با سفر نخست‌وزیر هلند به آنکارا، یک کشتی ترکیه‌ای در دریای اژه توقیف شد.",
            "fa",
            "COERCE",
        ),
        (
            "تزامنا مع زيارة وزير الخارجية الكيني إلى لندن، تعرضت سفينة شحن لهجوم في خليج عدن.",
            "ar",
            "ASSAULT",
        ),
        (
            "بالتزامن مع زيارة رئيس تشيلي إلى ليما، اعتقلت الشرطة البيروفية اثني عشر متظاهرا.",
            "ar",
            "COERCE",
        ),
        (
            "Coinciding with the visit of Kenya's foreign minister to London, "
            "a cargo ship was attacked in the Gulf of Aden.",
            "en",
            "ASSAULT",
        ),
        (
            "Coinciding with a trip by Chile's president to Lima, "
            "Peruvian police arrested twelve protesters.",
            "en",
            "COERCE",
        ),
    ],
)
def test_trip_as_time_of_another_deed_is_no_visit(text: str, lang: str, other: str) -> None:
    types = _types(text, lang)
    assert "CONSULT" not in types
    assert other in types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("منتقدان به هم‌زمانی این انفجار با سفر وزیر دفاع اتریش به دمشق اشاره کردند.", "fa"),
        ("وقع الانفجار متزامنا مع زيارة وزير الدفاع النمساوي إلى دمشق.", "ar"),
        ("The explosion coincided with a visit by Austria's defence minister to Damascus.", "en"),
    ],
)
def test_coincidence_with_a_trip_is_no_visit(text: str, lang: str) -> None:
    assert _visits(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("وزیر خارجه کنیا روز سه‌شنبه به لندن سفر کرد.", "fa", "reported"),
        ("زار وزير الخارجية الكيني لندن يوم الثلاثاء.", "ar", "reported"),
        ("Kenya's foreign minister visited London on Tuesday.", "en", "reported"),
    ],
)
def test_own_trip_stays_a_visit(text: str, lang: str, status: str) -> None:
    assert _visits(text, lang) == [status]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("در هر سفر وزیر انرژی کویت به فرانسه ده میلیون دلار هزینه می‌شود.", "fa"),
        ("سفرهای زیارتی شهروندان اردنی به سوریه از ماه آینده آغاز می‌شود.", "fa"),
        ("في كل زيارة لوزير الطاقة الكويتي إلى فرنسا تنفق الحكومة عشرة ملايين دولار.", "ar"),
        (
            "Every trip the energy minister of Kuwait makes to France costs ten million dollars.",
            "en",
        ),
    ],
)
def test_trips_in_general_are_no_visit(text: str, lang: str) -> None:
    assert _visits(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر انرژی کویت به فرانسه سفر کرد.", "fa"),
        ("قام وزير الطاقة الكويتي بزيارة إلى فرنسا.", "ar"),
        ("Kuwait's energy minister made a trip to France.", "en"),
    ],
)
def test_one_trip_told_stays_a_visit(text: str, lang: str) -> None:
    assert _visits(text, lang) == ["reported"]
