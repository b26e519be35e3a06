"""Round 24 (habits24fa): events wished for are not events told.

A side that wants talks resumed ("خواهان ازسرگیری مذاکرات است", "تريد
استئناف المفاوضات", "wants to resume negotiations") has held no talks: the
wanted deed is no report, as a hope is not (status UNREAL/WISH cues). The
camps named by a cause joined to "خواهان" ("جمهوری‌خواهان", Republicans)
want nothing: their deeds are told. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from casts import run, types

WISHED = [
    ("ایران خواهان ازسرگیری مذاکرات با آمریکا شد.", "fa", "CONSULT"),
    ("ایران خواهان مذاکره با عربستان است.", "fa", "CONSULT"),
    ("ما خواهان کمک‌های انسانی به مردم یمن هستیم.", "fa", "AID"),
    ("طالبت إيران باستئناف المفاوضات مع الولايات المتحدة.", "ar", "CONSULT"),
    ("Iran called for the resumption of negotiations with the United States.", "en", "CONSULT"),
    ("تريد إيران استئناف المفاوضات مع الولايات المتحدة.", "ar", "CONSULT"),
    ("إيران ترغب في استئناف المفاوضات مع الولايات المتحدة.", "ar", "CONSULT"),
    ("نريد مساعدات إنسانية لشعب اليمن.", "ar", "AID"),
    ("Iran wants to resume negotiations with the United States.", "en", "CONSULT"),
    ("The minister said Iran would like to hold talks with Saudi Arabia.", "en", "CONSULT"),
    ("We want to see humanitarian aid delivered to the people of Yemen.", "en", "AID"),
]


@pytest.mark.parametrize(("text", "lang", "absent"), WISHED)
def test_a_deed_wanted_is_not_told(text: str, lang: str, absent: str) -> None:
    assert absent not in types(text, lang)


CAMPS = [
    ("جمهوری‌خواهان سنا از بایدن انتقاد کردند.", "fa", "ACCUSE"),
    ("جمهوری خواهان سنا از بایدن انتقاد کردند.", "fa", "ACCUSE"),
    ("آزادی‌خواهان در تهران تظاهرات کردند.", "fa", "PROTEST"),
    ("انتقد الجمهوريون في مجلس الشيوخ الأمريكي الرئيس جو بايدن.", "ar", "ACCUSE"),
    ("تظاهر دعاة الحرية في طهران.", "ar", "PROTEST"),
    ("Senate Republicans criticised President Biden's plan.", "en", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "lang", "present"), CAMPS)
def test_camps_named_by_what_they_want_act(text: str, lang: str, present: str) -> None:
    assert present in types(text, lang)


READY = [
    ("ایران آماده گفتگو با عربستان است.", "fa"),
    ("إيران مستعدة للحوار مع السعودية.", "ar"),
    ("Iran is ready for talks with Saudi Arabia.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), READY)
def test_talks_one_is_ready_for_are_not_held(text: str, lang: str) -> None:
    assert all(e.status != "reported" for e in run(text, lang).events if e.type == "CONSULT")


def test_on_alert_is_a_state_now() -> None:
    record = run("ارتش در حالت آماده باش قرار گرفت.", "fa")
    assert [e.status for e in record.events if e.type == "MOBILIZE"] == ["reported"]
