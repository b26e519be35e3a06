"""Persian and Arabic words read in the wrong sense, second set (round 71,
senses71fb; every sentence written for these tests).

Rules of this round (data in ``lang/fa/triggers.py``, ``lang/ar/triggers.py``,
``lang/en/triggers.py``):

- Persian "محکومیت" with a court, a charge or a penalty near it is a
  court's conviction (COERCE), no condemnation (ACCUSE); a verdict
  condemned ("محکومیت حکم دادگاه") and a crowd's condemnation stay ACCUSE;
- a share taken in a statistic ("… درصد … را به خود اختصاص داد") is no
  aid;
- blood and organs donated ("اهدای خون", "التبرع بالدم", "donated blood")
  and martyrs a family gave ("اهدای سه فرزند شهید") are no aid;
- Arabic "قاطع" after a noun ("بشكل قاطع", "دليلا قاطعا") is an
  adjective, no boycott.

Each family has its positive twin: aid donated or allotted between states,
a boycott and a flat refusal are still read.
"""

from __future__ import annotations

import pytest

from casts import types

# (language, sentence, the type it must not be read as)
NOT_EVENTS: list[tuple[str, str, str]] = [
    ("fa", "محکومیت این دو فعال مدنی در دادگاه تجدید نظر تهران قطعی شد.", "ACCUSE"),
    (
        "fa",
        "بانک مرکزی ایران در واکنش به اتهام پولشویی و محکومیت بانک‌های ایرانی در بحرین بیانیه داد.",
        "ACCUSE",
    ),
    (
        "fa",
        "عراق با خرید ۹ میلیارد دلار کالا از ایران رتبه نخست صادرات ایران را به خود اختصاص داد.",
        "AID",
    ),
    ("fa", "امام جمعه گفت خانواده‌های زیادی با اهدای سه فرزند شهید به ایران قدرت دادند.", "AID"),
    (
        "fa",
        "صدها دانشجوی ایرانی در کربلا خون اهدا کردند و اهدای خون به بیمارستان‌های عراق ادامه دارد.",
        "AID",
    ),
    (
        "ar",
        "أطلقت جامعة الملك سعود حملة للتبرع بالدم حيث تبرع مئات الطلاب السعوديين لمستشفيات اليمن.",
        "AID",
    ),
    ("ar", "رفضت مصر بشكل قاطع التدخل التركي في ليبيا.", "SANCTION"),
    ("ar", "ظل الموضوع الفلسطيني دليلا قاطعا على فشل الغرب مع إسرائيل.", "SANCTION"),
    ("en", "Jordanian students donated blood to Syrian refugees at a hospital in Amman.", "AID"),
]

# (language, sentence, the type it must still be read as)
EVENTS: list[tuple[str, str, str]] = [
    ("fa", "محکومیت این دو فعال مدنی در دادگاه تجدید نظر تهران قطعی شد.", "COERCE"),
    (
        "fa",
        "وزارت خارجه فرانسه ضمن محکومیت حکم دادگاه خواستار آزادی این روزنامه‌نگار شد.",
        "ACCUSE",
    ),
    ("fa", "صدها تن از مردم بحرین در محکومیت حمله به سفارت عربستان تجمع کردند.", "ACCUSE"),
    ("fa", "بانک جهانی ۸۰۰ میلیون دلار به افغانستان اختصاص داد.", "AID"),
    ("fa", "ژاپن سه میلیون دوز واکسن به ایران اهدا کرد.", "AID"),
    ("ar", "تبرعت تركيا بعشرين طنا من الأدوية لليبيا.", "AID"),
    ("ar", "قاطعت المعارضة التونسية الانتخابات البرلمانية.", "PROTEST"),
    ("ar", "رفضت مصر بشكل قاطع التدخل التركي في ليبيا.", "REJECT"),
    ("en", "Japan donated three million vaccine doses to Iran.", "AID"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_EVENTS)
def test_other_sense_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)


@pytest.mark.parametrize(("lang", "text", "etype"), EVENTS)
def test_event_sense_still_read(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang)
