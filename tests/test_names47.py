"""A former office holder named again by his name alone (round 47,
names47; every sentence written for these tests).

Rule added in this round (``extract/former_again.py``): an article that
calls a listed person a former holder of an office ("الرئيس الفرنسي السابق
نيكولا ساركوزي", "former French President Nicolas Sarkozy", "نیکلا سارکوزی
رئیس جمهور سابق فرانسه") and then names him by his name alone ("ساركوزي",
"Sarkozy") keeps him former there: undated, the office holders' list read
the bare name in his latest office with the government's agent. A later
mention in another office (a former president now in a government post) or
of a person the article never called former keeps what the list reads, and
so does one more than a sentence after the "former" one: an article often
recalls the man's deeds in office farther on.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Tunisian President Beji Caid Essebsi received former French President"
        " Nicolas Sarkozy in Carthage. Sarkozy urged the European Union to support Tunisia.",
        "استقبل الرئيس التونسي الباجي قايد السبسي الرئيس الفرنسي السابق نيكولا ساركوزي"
        " في قصر قرطاج. ودعا ساركوزي الاتحاد الأوروبي إلى دعم تونس.",
        "باجی قائد السبسی رئیس جمهور تونس با نیکلا سارکوزی رئیس جمهور سابق فرانسه"
        " دیدار کرد. سارکوزی از اتحادیه اروپا خواست به تونس کمک کند.",
        ("CONSULT reported TUN:GOV FRA:", "REQUEST reported FRA: EU:"),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


KEPT = [
    # never called former: the bare name keeps the sitting office's agent
    (
        "en",
        "French President Emmanuel Macron visited Lebanon. Macron criticised Hezbollah.",
        {"CONSULT reported FRA:GOV LBN:", "ACCUSE reported FRA:GOV LBN:REB"},
    ),
    (
        "ar",
        "زار الرئيس الفرنسي إيمانويل ماكرون لبنان. وانتقد ماكرون حزب الله.",
        {"CONSULT reported FRA:GOV LBN:", "ACCUSE reported FRA:GOV LBN:REB"},
    ),
    (
        "fa",
        "امانوئل مکرون رئیس جمهور فرانسه به لبنان سفر کرد. مکرون از حزب‌الله انتقاد کرد.",
        {"CONSULT reported FRA:GOV LBN:", "ACCUSE reported FRA:GOV LBN:REB"},
    ),
    # a former president whose later office the list reads: another office,
    # so the article's "former" is not carried to it
    (
        "en",
        "Former Russian President Dmitry Medvedev visited Syria. Medvedev criticised Turkey.",
        {"CONSULT reported RUS: SYR:", "ACCUSE reported RUS:GOV TUR:"},
    ),
    # farther than the next sentence the article may recall his time in
    # office: the list's office is kept
    (
        "en",
        "Former French President Nicolas Sarkozy arrived in Tunis on Monday. The weather"
        " was hot. The city was quiet. When he was in office, Sarkozy criticised Libya.",
        {"CONSULT reported FRA: TUN:", "ACCUSE reported FRA:GOV LBY:"},
    ),
    (
        "ar",
        "وصل الرئيس الفرنسي السابق نيكولا ساركوزي إلى تونس يوم الاثنين. كان الطقس حارا."
        " كانت المدينة هادئة. وحين كان في منصبه انتقد ساركوزي ليبيا.",
        {"CONSULT reported FRA: TUN:", "ACCUSE reported FRA:GOV LBY:"},
    ),
    (
        "fa",
        "نیکلا سارکوزی رئیس جمهور سابق فرانسه روز دوشنبه وارد تونس شد. هوا گرم بود."
        " شهر آرام بود. سارکوزی در دوران ریاست جمهوری‌اش از لیبی انتقاد کرد.",
        {"CONSULT reported FRA: TUN:", "ACCUSE reported FRA:GOV LBY:"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), KEPT)
def test_not_former_kept(lang: str, text: str, want: set[str]) -> None:
    assert _read(text, lang) == want
