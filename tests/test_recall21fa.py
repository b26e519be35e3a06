"""Round 21 (recall21fa): Persian events a reader codes that were missed.

A deed noun after words of means ("با تجمع مقابل مجلس خواستار … شدند":
they demanded by gathering) was done; it is not what the demand after it
asks, so the protest is read, as Arabic "تجمعوا … مطالبين" and English
"rallied …, demanding" are. What a demand asks stays no event ("خواستار
برگزاری تجمع شدند"), and "با" still marks what a refusal rejects ("با
تحریم‌ها مخالفت کرد": no sanction). A year written after its month
("بهمن‌ماه ۱۳۹۶") dates the arrest and counts no one; nor does the number
of a weekday ("پنج‌شنبه", Thursday). Prisoners "آزاد و به کشور بازگشتند"
(freed and came home) were released. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from casts import cast, run, types

RALLIED_AND_DEMANDED = [
    ("معلمان قراردادی با تجمع مقابل مجلس خواستار افزایش حقوق خود شدند.", "fa"),
    ("تجمع المعلمون المتعاقدون أمام البرلمان مطالبين بزيادة رواتبهم.", "ar"),
    ("Contract teachers rallied outside parliament, demanding higher pay.", "en"),
    ("کارگران ضمن برگزاری تجمع مقابل استانداری خواستار پرداخت دستمزدهای معوقه شدند.", "fa"),
    ("بازنشستگان با برپایی تجمع در برابر مجلس خواستار افزایش مستمری شدند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), RALLIED_AND_DEMANDED)
def test_a_gathering_that_carries_a_demand_is_a_protest(text: str, lang: str) -> None:
    assert "PROTEST" in types(text, lang)


ASKED_NOT_DONE = [
    ("معلمان خواستار برگزاری تجمع مقابل مجلس شدند.", "fa", "PROTEST"),
    ("برگزاری تجمع مقابل مجلس را خواستار شدند.", "fa", "PROTEST"),
    # what one is threatened with has not happened either
    ("اسرائیل ایران را با حمله نظامی تهدید کرد.", "fa", "ASSAULT"),
    ("هددت إسرائيل إيران بهجوم عسكري.", "ar", "ASSAULT"),
    ("Israel threatened Iran with a military attack.", "en", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "lang", "etype"), ASKED_NOT_DONE)
def test_what_a_demand_asks_stays_no_event(text: str, lang: str, etype: str) -> None:
    assert etype not in types(text, lang)


REFUSED = [
    ("دولت ترکیه با تحریم‌های جدید علیه ایران مخالفت کرد.", "fa"),
    ("عارضت الحكومة التركية العقوبات الجديدة على إيران.", "ar"),
    ("The Turkish government opposed the new sanctions on Iran.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), REFUSED)
def test_what_a_refusal_rejects_is_no_sanction(text: str, lang: str) -> None:
    found = types(text, lang)
    assert "REJECT" in found
    assert "SANCTION" not in found


ARRESTED_IN_A_MONTH = [
    ("پلیس در اوایل بهمن‌ماه ۱۳۹۶ فعالان محیط زیست را دستگیر کرد.", "fa", None),
    ("فعالان محیط زیست در مهر ۱۳۹۸ بازداشت شدند.", "fa", None),
    ("اعتقلت الشرطة الناشطين البيئيين في أوائل فبراير 2018.", "ar", None),
    ("Police arrested the environmental activists in early February 2018.", "en", None),
    ("پلیس در بهمن ۱۳۹۸ بیست فعال را دستگیر کرد.", "fa", 20),
    ("علی نجاتی، عضو هیئت مدیره سندیکای کارگران، روز پنج‌شنبه گذشته بازداشت شد.", "fa", None),
    ("کارگران معترض روز سه‌شنبه مقابل فرمانداری بازداشت شدند.", "fa", None),
    ("اعتقل علي نجاتي، عضو مجلس إدارة نقابة العمال، يوم الخميس الماضي.", "ar", None),
    ("Ali Nejati, a board member of the workers' union, was arrested last Thursday.", "en", None),
    ("ماموران امنیتی روز پنج شنبه سه فعال کارگری را بازداشت کردند.", "fa", 3),
]


@pytest.mark.parametrize(("text", "lang", "count"), ARRESTED_IN_A_MONTH)
def test_a_year_or_a_weekday_counts_no_one(text: str, lang: str, count: int | None) -> None:
    record = run(text, lang)
    arrests = [e for e in record.events if e.type == "COERCE"]
    assert arrests
    assert cast(record, "COERCE")
    assert {e.counts.get("arrested") for e in arrests} == {count}


RELEASED_AND_SENT_HOME = [
    ("چهار زندانی ایرانی در هند آزاد و به کشور بازگشتند.", "fa"),
    ("أفرج عن أربعة سجناء إيرانيين في الهند وعادوا إلى بلادهم.", "ar"),
    ("Four Iranian prisoners in India were released and returned home.", "en"),
    ("دو ماهیگیر پاکستانی آزاد و راهی کشورشان شدند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), RELEASED_AND_SENT_HOME)
def test_released_and_sent_home_is_a_release(text: str, lang: str) -> None:
    assert "CONCEDE" in types(text, lang)


def test_free_and_fair_is_no_release() -> None:
    assert "CONCEDE" not in types("مردم در انتخابات آزاد و عادلانه به کشور خدمت کردند.", "fa")
