"""A people noun closing a ministry's name names its portfolio, not a second
actor (round 79, bodies79; every sentence written for these tests).

A ministry is the government's (GOV) whatever people its portfolio names, as
its minister is (agents78ar): "وزارت ورزش و جوانان" (sport and youth) was
read as the youth (CVL), "وزارت بازرگانی" (commerce) as a merchant (BUS),
"وزارت بهداشت، درمان و آموزش پزشکی" (Iran's health ministry) as a doctor
(HLH), "وزارة الأسرى" as prisoners (CVL) and "the ministry of women's
affairs" as women beside it. ``titles.names_portfolio`` reads such a noun
(``context.PORTFOLIO_PEOPLE``, or a field's noun with the Persian "ی",
``PORTFOLIO_ENDINGS``) as part of the ministry's name when only portfolio
words (``PORTFOLIO_WORDS``) stand between. People named after a ministry as
the object of its verb, after a preposition or after the state's adjective
keep their own agent (guards), as do the same nouns on their own.
"""

from __future__ import annotations

from casts import run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors}


# --- Persian ------------------------------------------------------------------


def test_fa_ministry_of_commerce_is_no_merchant() -> None:
    casts = _casts("وزارت بازرگانی چین از تحریم‌های آمریکا انتقاد کرد.", "fa")
    assert "CHN:GOV" in casts
    assert "CHN:BUS" not in casts


def test_fa_ministry_of_sport_and_youth_is_no_youth() -> None:
    casts = _casts("وزارت ورزش و جوانان ایران از دولت آمریکا انتقاد کرد.", "fa")
    assert "IRN:GOV" in casts
    assert "IRN:CVL" not in casts


def test_fa_ministry_of_medical_education_is_no_doctor() -> None:
    casts = _casts("وزارت بهداشت، درمان و آموزش پزشکی ایران از دولت آمریکا انتقاد کرد.", "fa")
    assert "IRN:HLH" not in casts


def test_fa_doctors_after_a_preposition_stay_doctors() -> None:
    casts = _casts("وزارت بهداشت ایران از پزشکان قدردانی کرد.", "fa")
    assert {"IRN:GOV", "IRN:HLH"} <= casts


def test_fa_youth_as_the_object_stay_civilians() -> None:
    casts = _casts("وزارت کشور ایران جوانان معترض را بازداشت کرد.", "fa")
    assert {"IRN:GOV", "IRN:CVL"} <= casts


def test_fa_merchants_alone_stay_business() -> None:
    assert "CHN:BUS" in _casts("بازرگانان چینی از تحریم‌های آمریکا انتقاد کردند.", "fa")


# --- Arabic -------------------------------------------------------------------


def test_ar_ministry_of_prisoners_is_government() -> None:
    casts = _casts("انتقدت وزارة الأسرى الفلسطينية الحكومة الإسرائيلية.", "ar")
    assert "PSE:GOV" in casts
    assert "PSE:CVL" not in casts


def test_ar_doctors_called_on_by_a_ministry_stay_doctors() -> None:
    casts = _casts("دعت وزارة الصحة التونسية الأطباء إلى العودة إلى العمل.", "ar")
    assert {"TUN:GOV", "TUN:HLH"} <= casts


def test_ar_refugees_after_a_definite_ministry_stay_refugees() -> None:
    assert "-:REF" in _casts("انتقدت الوزارة التونسية اللاجئين.", "ar")


def test_ar_prisoners_alone_stay_civilians() -> None:
    assert "PSE:CVL" in _casts("انتقد الأسرى الفلسطينيون الحكومة الإسرائيلية.", "ar")


# --- English ------------------------------------------------------------------


def test_en_ministry_of_womens_affairs_is_no_women() -> None:
    casts = _casts("Afghanistan's ministry of women's affairs criticised the Taliban.", "en")
    assert {"AFG:GOV", "AFG:REB"} <= casts
    assert "AFG:CVL" not in casts


def test_en_women_praised_by_a_ministry_stay_civilians() -> None:
    casts = _casts("Afghanistan's ministry of health praised Afghan women.", "en")
    assert {"AFG:GOV", "AFG:CVL"} <= casts


def test_en_women_alone_stay_civilians() -> None:
    assert "AFG:CVL" in _casts("Afghan women criticised the Taliban.", "en")
