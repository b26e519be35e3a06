"""Sides the audit of Arabic events found wrong (prec26ar).

* People named by a noun, then "from" and a state ("جندي من تشاد", "a
  soldier from Chad", "سربازی از چاد"): the state is their home, as in
  "جندي تشادي", not a side of its own, nor the home of unidentified
  attackers (``countries._people_from``). Not after a word of leaving or
  sending away ("withdrew 2,000 troops from Syria"), where "from" names the
  place left (``context.ORIGIN_DEPARTURES``).

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import run
from casts import sides as _sides

# --- a people noun's home after "from" ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل مسلحون مجهولون ثلاثة جنود من تشاد في هجوم على دورية قرب الحدود."),
        ("fa", "افراد مسلح ناشناس در حمله به یک گشتی نزدیک مرز سه سرباز از چاد را کشتند."),
        (
            "en",
            "Unknown gunmen killed three soldiers from Chad in an attack on a patrol near the border.",
        ),
    ],
)
def test_soldiers_from_a_state_are_its_soldiers(lang: str, text: str) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s == [(None, "UAF"), ("TCD", "MIL")] for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اعتقلت الشرطة الفرنسية رجلين من بلجيكا في باريس."),
        ("fa", "پلیس فرانسه دو مرد از بلژیک را در پاریس بازداشت کرد."),
        ("en", "French police arrested two men from Belgium in Paris."),
    ],
)
def test_men_from_a_state_are_its_people(lang: str, text: str) -> None:
    sides = _sides(text, lang, "COERCE")
    assert sides, text
    assert all(s == [("FRA", "COP"), ("BEL", "CVL")] for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "سحبت الولايات المتحدة 2000 جندي من سوريا."),
        ("fa", "آمریکا ۲۰۰۰ سرباز از سوریه خارج کرد."),
        ("en", "The United States withdrew 2,000 troops from Syria."),
    ],
)
def test_troops_withdrawn_from_a_state_are_not_its_own(lang: str, text: str) -> None:
    """A word of leaving: the state is the place left."""
    sides = _sides(text, lang, "RETREAT")
    assert sides, text
    assert all(("SYR", "MIL") not in s and s[0][0] == "USA" for s in sides), sides


# --- a state after a word of direction is where, not who ---


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        (
            "ar",
            "قتل شرطيان في تفجير انتحاري استهدف مركزا للشرطة في مدينة قسنطينة شرقي الجزائر.",
            "DZA",
        ),
        (
            "fa",
            "دو پلیس در انفجار انتحاری که یک مرکز پلیس را در شهر قسنطینه در شرق الجزایر هدف گرفت کشته شدند.",
            "DZA",
        ),
        (
            "en",
            "Two policemen were killed in a suicide bombing that targeted a police station"
            " in the city of Constantine in eastern Algeria.",
            "DZA",
        ),
        ("ar", "قتل ستة مسلحين في غارة جوية على مدينة الموصل غربي العراق.", "IRQ"),
        ("fa", "شش شبه‌نظامی در حمله هوایی به شهر موصل در غرب عراق کشته شدند.", "IRQ"),
        (
            "en",
            "Six militants were killed in an airstrike on the city of Mosul in western Iraq.",
            "IRQ",
        ),
        ("ar", "قتل 11 شخصا في هجوم مزدوج في بلدة مروة بشمال الكاميرون.", "CMR"),
        ("fa", "یازده نفر در حمله دوگانه در شهر مروا در شمال کامرون کشته شدند.", "CMR"),
        (
            "en",
            "Eleven people were killed in a double attack in the town of Mora in northern Cameroon.",
            "CMR",
        ),
    ],
)
def test_state_after_a_direction_is_no_side(lang: str, text: str, state: str) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all((state, None) not in s for s in sides), sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل 11 شخصا في هجوم مزدوج في بلدة مروة بشمال الكاميرون."),
        ("fa", "یازده نفر در حمله دوگانه در شهر مروا در شمال کامرون کشته شدند."),
        (
            "en",
            "Eleven people were killed in a double attack in the town of Mora in northern Cameroon.",
        ),
    ],
)
def test_attack_in_a_region_strikes_its_people(lang: str, text: str) -> None:
    """The people killed are the struck side, not the doer."""
    sides = _sides(text, lang, "ASSAULT")
    assert sides, text
    assert all(s == [("CMR", "UAF"), ("CMR", "CVL")] for s in sides), sides


# --- a running total since a war broke out is no one deed ---


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in run(text, lang).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل أكثر من 15 ألف شخص منذ اندلاع التمرد في البلاد."),
        ("fa", "از زمان آغاز این شورش بیش از ۱۵ هزار نفر کشته شده‌اند."),
        ("en", "More than 15,000 people have been killed since the outbreak of the insurgency."),
    ],
)
def test_running_total_since_a_war_is_no_attack(lang: str, text: str) -> None:
    assert "ASSAULT" not in _types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقعت فرنسا منذ بداية العام اتفاقا مع مصر لبيع 24 طائرة."),
        ("fa", "فرانسه از ابتدای سال قراردادی با مصر برای فروش ۲۴ هواپیما امضا کرد."),
        (
            "en",
            "Since the start of the year France has signed an agreement with Egypt to sell 24 jets.",
        ),
    ],
)
def test_deed_since_the_start_of_the_year_stays(lang: str, text: str) -> None:
    """Since the start of a year dates real deeds: no total."""
    assert "AGREE" in _types(text, lang)
