"""Mended in round 97 (mendA97): senses96's blockers narrowed (review96a
findings 2-8).

Arabic "تعاقب" before persons a state may punish is the verb again, a
withdrawal "على مراحل / على الفور" and a call "ومما دعا إليه" are read again,
and aid sent "لإنقاذ حياة" is a rescue; Persian "فارس" the province and
"مهر" the month before "به گفت‌وگو با" are talks held, and persons freed
"آزاد شدند" a release; a report that warns a named side warns it (en), and
what a report warns may come is a forecast, no deed (ar, fa, en). Sentences
marked "main" are read wrong by main (548cf38a); the guards keep senses96's
readings. Sentences from review96a's probes and written for these tests.
"""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: the verb "punishes" read as succession (no SANCTION)
        ("الولايات المتحدة تعاقب الحكومات التي تشتري النفط الإيراني.", "ar", "SANCTION"),
        ("الحكومة العراقية تعاقب الوزراء المتورطين في الفساد.", "ar", "SANCTION"),
        ("قالت الرياض إنها تعاقب الأنظمة التي تدعم الميليشيات في اليمن.", "ar", "SANCTION"),
        # main: a withdrawal in stages read as "applies to" (no RETREAT)
        ("إسرائيل تنسحب على مراحل من جنوب لبنان بموجب الاتفاق.", "ar", "RETREAT"),
        ("القوات التركية تنسحب على دفعات من شمال العراق.", "ar", "RETREAT"),
        # main: "among what he called for" read as "which prompted" (no REQUEST)
        ("ومما دعا إليه الرئيس المصري وقف إطلاق النار في غزة فورا.", "ar", "REQUEST"),
        # main: aid sent to save lives read as medics' work (no AID)
        ("أرسلت الإمارات فريقا طبيا إلى غزة لإنقاذ حياة الجرحى الفلسطينيين.", "ar", "AID"),
        ("وقالت السعودية إنها أرسلت طائرة إلى اليمن لإنقاذ حياة الجرحى.", "ar", "AID"),
        # main: the province and the month read as outlets (no CONSULT)
        ("استاندار فارس به گفت‌وگو با سفیر ژاپن در تهران پرداخت.", "fa", "CONSULT"),
        ("روحانی در سفر به استان فارس به گفت‌وگو با سفیر ژاپن پرداخت.", "fa", "CONSULT"),
        ("ظریف و لاوروف روز ۱۵ مهر به گفت‌وگو با یکدیگر پرداختند.", "fa", "CONSULT"),
        ("ظریف در ۱۲ مهر به گفتگو با همتای روس خود سرگئی لاوروف پرداخت.", "fa", "CONSULT"),
        # main: persons freed read as land set free (no CONCEDE)
        ("اسرای فلسطینی ساکن مناطق اشغالی آزاد شدند.", "fa", "CONCEDE"),
        # main: a report that warns a named state (no ACCUSE)
        ("A UN report warns Israel against continuing settlement expansion.", "en", "ACCUSE"),
        ("A Pentagon report warns Russia against moving troops into Belarus.", "en", "ACCUSE"),
    ],
)
def test_the_event_sense_is_read_again(text: str, lang: str, etype: str) -> None:
    assert etype in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: a report's forecast read as a deed (ASSAULT reported or planned,
        # ar ACCUSE/assail)
        ("وحذر تقرير من أن إيران ستهاجم القواعد الأمريكية في العراق.", "ar", "ACCUSE"),
        ("وحذرت الدراسة من أن إسرائيل تهاجم مطارات سوريا كل أسبوع.", "ar", "ASSAULT"),
        (
            "این گزارش هشدار می دهد که اسرائیل به تأسیسات هسته ای ایران حمله می کند.",
            "fa",
            "ASSAULT",
        ),
        ("گزارش هشدار داده است که ایران به زودی به آمریکا حمله می کند.", "fa", "ASSAULT"),
        ("A new study warned that Israel attacks Syrian airports every week.", "en", "ASSAULT"),
        ("The report warns that Iran will attack US bases in Iraq.", "en", "ASSAULT"),
    ],
)
def test_a_reports_forecast_is_no_deed(text: str, lang: str, etype: str) -> None:
    assert etype not in types(text, lang)


# guards: senses96's readings stay (right on main too)
@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("تعاقب الحكومات على العراق منذ عام 2003 دون أن يتغير شيء.", "ar", "SANCTION"),
        ("وهذا ينسحب على الموظفين الأجانب في السفارة الأمريكية.", "ar", "RETREAT"),
        ("اندلعت اشتباكات في طرابلس مما دعا الأمم المتحدة إلى إجلاء موظفيها.", "ar", "REQUEST"),
        ("وقال الأطباء إنهم يحاولون إنقاذ حياة المصابين في المستشفى.", "ar", "AID"),
        ("حذر تقرير طبي أن ملايين البريطانيين معرضون لداء السكري.", "ar", "ACCUSE"),
        ("خبرگزاری فارس به گفت‌وگو با یک کارشناس مسائل عراق پرداخت.", "fa", "CONSULT"),
        ("خبرگزاری مهر به گفت‌وگو با سفیر سابق ایران در عراق پرداخت.", "fa", "CONSULT"),
        ("بخشی از مناطق اشغالی آزاد شد.", "fa", "CONCEDE"),
        ("این گزارش هشدار می دهد که سطح آب خلیج فارس بالا می رود.", "fa", "THREATEN"),
        ("The report warns that sea levels in the Persian Gulf will rise.", "en", "THREATEN"),
        ("The study warned of a drought in Iraq next summer.", "en", "ACCUSE"),
    ],
)
def test_senses96_blockers_still_hold(text: str, lang: str, etype: str) -> None:
    assert etype not in types(text, lang)


# guards: the events themselves stay (right on main too)
@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("حذر وزير الخارجية الإيراني الولايات المتحدة من أي هجوم على بلاده.", "ar", "ACCUSE"),
        ("هاجمت إسرائيل مطار دمشق الدولي فجر اليوم.", "ar", "ASSAULT"),
        ("اسرائیل به تأسیسات هسته ای ایران حمله کرد.", "fa", "ASSAULT"),
        ("ایران ۱۰ زندانی آمریکایی را آزاد کرد.", "fa", "CONCEDE"),
        ("Iran warned the United States against any attack on its territory.", "en", "ACCUSE"),
        ("Israel attacked Syrian airports on Monday.", "en", "ASSAULT"),
    ],
)
def test_the_events_stay(text: str, lang: str, etype: str) -> None:
    assert etype in types(text, lang)
