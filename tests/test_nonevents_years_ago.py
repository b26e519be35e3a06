"""History told by "N years ago" and a disease's dead (status12).

"N years ago" (two or more) dates a deed as history on either side of it
("قبل 12 عاما", "۱۲ سال پیش"), as an old year does; "two days ago" and
"last year" do not. A disease's dead ("بیمار کووید۱۹ جان خود را از دست
دادند", "Covid-19 patients died") are no attack's, unless armed men are
named. "had earlier" recalls. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return {e.type for e in record.events}


GONE = [
    ("ar", "وقتل الضابط المصري قبل 12 عاما في هجوم إرهابي في سيناء.", "ASSAULT"),
    ("ar", "وانسحبت القوات الأمريكية من العراق قبل عشر سنوات.", "RETREAT"),
    ("fa", "سردار شوشتری ۱۲ سال پیش در یک حمله تروریستی در سیستان به شهادت رسید.", "ASSAULT"),
    ("fa", "دو سال پیش نیروهای آمریکایی از افغانستان خارج شدند.", "RETREAT"),
    ("fa", "در ۲۴ ساعت گذشته ۵۰۰ بیمار کووید۱۹ در ایران جان خود را از دست دادند.", "ASSAULT"),
    ("en", "More than 300 Covid-19 patients died in Iran in the past 24 hours.", "ASSAULT"),
    ("en", "Trump had earlier pulled the United States out of the nuclear deal.", "RETREAT"),
    ("fa", "مردم زنجان هر ساله در روز هشتم محرم از سفیر ایران در عراق تجلیل می‌کنند.", "SUPPORT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), GONE)
def test_history_and_disease_give_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)


KEPT = [
    ("ar", "وانسحبت القوات الأمريكية من العراق قبل يومين.", "RETREAT"),
    ("fa", "نیروهای آمریکایی دو روز پیش از پایگاه بگرام خارج شدند.", "RETREAT"),
    ("fa", "افراد مسلح در حمله به بیمارستانی در کابل سه بیمار را کشتند.", "ASSAULT"),
    ("en", "Gunmen killed three patients in an attack on a hospital in Kabul.", "ASSAULT"),
    ("en", "The United States pulled out of the nuclear deal with Iran on Tuesday.", "RETREAT"),
    ("fa", "ارتش ایران از عراق خواست در هر سال هزار زائر را به کربلا بفرستد.", "REQUEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), KEPT)
def test_recent_deeds_and_armed_attacks_stay(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang)
