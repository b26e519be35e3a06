"""Guesses, possible deeds and words in another sense (status12).

A guess opens what might happen ("ربما تفرض", "ممکن است … اعمال کند",
"perhaps … will withdraw"; ``status.SPECULATION_CUES``); a deed called
possible ("احتمال حمله", "حمله احتمالی", "هجوم محتمل", "the possibility of
new sanctions") is no report. A court's sentence ("به ۱۰ سال حبس محکوم
شده‌اند", "was condemned to death") is COERCE, not a condemnation; "يدين
بها" is to owe; a sea voyage, or pilgrims' and tourists' visits, are no
visits; leaving a race is no retreat; a danger named ("تشكل تهديدا", "poses
a threat") is no threat made. Controls: a condemnation and a real attack stay. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return {e.type for e in record.events}


NOT_REPORTED = [
    ("ar", "وربما تفرض الولايات المتحدة عقوبات جديدة على إيران.", "SANCTION"),
    ("ar", "ومن المحتمل أن تنسحب القوات الروسية من سوريا العام المقبل.", "RETREAT"),
    ("ar", "وحذرت مصر من احتمال وقوع هجوم إسرائيلي على رفح.", "ASSAULT"),
    ("ar", "وتحدث الوزير عن مفاوضات محتملة بين المعارضة السورية والحكومة السورية.", "CONSULT"),
    ("fa", "ممکن است آمریکا تحریم‌های تازه‌ای علیه ایران اعمال کند.", "SANCTION"),
    ("fa", "شاید روسیه نیروهایش را از سوریه خارج کند.", "RETREAT"),
    ("fa", "دولت آمریکا احتمال بستن سفارت خود در کابل را بررسی می‌کند.", "SANCTION"),
    ("fa", "ارتش اسرائیل برای مقابله با حمله احتمالی حزب‌الله آماده است.", "ASSAULT"),
    ("en", "Perhaps the Russian troops will withdraw from Syria next year.", "RETREAT"),
    ("en", "Washington is weighing the possibility of new sanctions on Iran.", "SANCTION"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_REPORTED)
def test_a_guess_or_a_possible_deed_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)


OTHER_SENSE = [
    (
        "fa",
        "نیلوفر بیانی و مراد طاهباز به جرم همکاری با آمریکا به ۱۰ سال حبس و رد وجوه "
        "دریافتی محکوم شده‌اند.",
        "ACCUSE",
    ),
    ("fa", "بانک‌های ایران و مدیران بانک بحرینی محکوم به پرداخت جریمه نقدی شدند.", "ACCUSE"),
    ("fa", "سفرهای دریایی ناوگروه ایران به سواحل عمان از سال ۸۷ آغاز شد.", "CONSULT"),
    ("fa", "بیست نفر از داوطلبان انتخابات شورای شهر تهران از نامزدی انصراف دادند.", "RETREAT"),
    ("ar", "وطالب ملك فرنسا إمبراطور النمسا برد القروض التي يدين بها لفرنسا.", "ACCUSE"),
    (
        "en",
        "The Iranian opposition activist was condemned to death by a revolutionary court.",
        "ACCUSE",
    ),
    # a danger named is no threat made; pilgrims' and tourists' visits are no visits of state
    ("ar", "وقال الوزير إن إيران تشكل تهديدا لأمن الملاحة في البحر الأحمر.", "THREATEN"),
    (
        "fa",
        "فرمانده نیروی دریایی گفت تهدید به واسطه پهپادهای یمن برای نفتکش‌های ما زیاد است.",
        "THREATEN",
    ),
    ("en", "The minister said Iran poses a threat to shipping in the Red Sea.", "THREATEN"),
    ("ar", "وأغلقت الشرطة الإسرائيلية المسجد أمام زيارات اليهود والسياح الأجانب.", "CONSULT"),
    ("fa", "سفر زائران ایرانی به عراق برای اربعین آغاز شد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OTHER_SENSE)
def test_a_word_in_another_sense_gives_no_such_event(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)


def test_a_sentence_is_coerce() -> None:
    assert "COERCE" in types("بانک‌های ایران محکوم به پرداخت جریمه نقدی شدند.", "fa")
    assert "COERCE" in types(
        "The Iranian opposition activist was condemned to death by a revolutionary court.", "en"
    )


KEPT = [
    ("fa", "وزیر خارجه ایران حمله اسرائیل به غزه را به شدت محکوم کرد.", "ACCUSE"),
    (
        "fa",
        "کمیسر عالی حقوق بشر سازمان ملل اعدام این روزنامه‌نگار در ایران را محکوم کرد.",
        "ACCUSE",
    ),
    ("ar", "وأدانت الجامعة العربية بشدة الهجوم الإسرائيلي على غزة.", "ACCUSE"),
    ("ar", "وأدانت الجامعة العربية بشدة الهجوم الإسرائيلي على غزة.", "ASSAULT"),
    ("en", "Russian troops withdrew from the Syrian town of Manbij.", "RETREAT"),
    ("ar", "وهددت إيران بإغلاق مضيق هرمز.", "THREATEN"),
    ("fa", "ایران آمریکا را به بستن تنگه هرمز تهدید کرد.", "THREATEN"),
    ("en", "Iran threatened to close the Strait of Hormuz.", "THREATEN"),
    ("fa", "رئیس جمهور ایران به عراق سفر کرد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), KEPT)
def test_the_plain_sense_stays(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang)
