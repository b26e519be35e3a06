"""Trigger words in another sense (round 9): a search is no talks, a prayer
no appeal, a student no demand, a treaty's name no ban, a smear campaign or a
scathing speech no attack, a shark no attacker, audiovisual media no meeting,
health protocols no treaty, travel curbs no visit, advocacy no demand.
Sentences written for these tests, in Arabic, Persian and English; the event
senses of the same words stay."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("أعلن الجيش عن عملية بحث وتطويق قرب مدينة تيزي وزو اليوم.", "ar", "CONSULT"),
        ("تسعى الحكومة المصرية إلى قطع الطريق على المضاربين في سوق العملة.", "ar", "PROTEST"),
        ("ودعا الوزير السعودي الله أن يحفظ البلاد من كل سوء.", "ar", "REQUEST"),
        ("حصلت الفتاة الأردنية على تأشيرة طالب للدراسة في الولايات المتحدة.", "ar", "REQUEST"),
        ("شن نواب المعارضة هجوما لاذعا على الحكومة التونسية أمس.", "ar", "ASSAULT"),
        ("أصيب سباح أسترالي في هجوم القرش قبالة سواحل سيدني.", "ar", "ASSAULT"),
        ("استهدفت حملة تشويه وزير الخارجية التونسي على مواقع التواصل.", "ar", "ASSAULT"),
        ("سجلت الشرطة السعودية حادث دهس وحوادث انقلاب على الطرق السريعة.", "ar", "ASSAULT"),
        ("وزیر بهداشت ایران بر رعایت پروتکل‌های بهداشتی در مدارس تاکید کرد.", "fa", "AGREE"),
        ("دولت آمریکا محدودیت‌های سفر به چین را تمدید کرد.", "fa", "CONSULT"),
        ("او در قوه قضاییه مطالبه‌گر حقوق مردم ایران است.", "fa", "REQUEST"),
        (
            "رسانه‌های آمریکایی حمله رسانه‌ای گسترده‌ای را علیه وزیر خارجه ایران آغاز کردند.",
            "fa",
            "ASSAULT",
        ),
        ("مقام‌های عراقی نمیخواستند وزیر خارجه ایران را ببینند.", "fa", "REQUEST"),
        (
            "A smear campaign targeted the Tunisian foreign minister on social media.",
            "en",
            "ASSAULT",
        ),
        ("The governor approved the formation of a committee in Iran.", "en", "AGREE"),
    ],
)
def test_word_in_another_sense_gives_no_event_of_its_type(text: str, lang: str, etype: str) -> None:
    assert etype not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("هاجم مسلحون مركزا للشرطة في العريش وقتلوا ثلاثة جنود مصريين.", "ar", "ASSAULT"),
        ("دعا الرئيس الفرنسي إيران إلى الإفراج عن المعتقلين.", "ar", "REQUEST"),
        ("بحث وزير الخارجية المصري مع نظيره الأردني العلاقات الثنائية.", "ar", "CONSULT"),
        ("وزیر خارجه ایران با همتای عراقی خود در بغداد دیدار کرد.", "fa", "CONSULT"),
        ("ایران و عراق یک پروتکل همکاری امنیتی امضا کردند.", "fa", "AGREE"),
        ("Gunmen attacked a police station in Egypt, killing three soldiers.", "en", "ASSAULT"),
    ],
)
def test_event_sense_stays(text: str, lang: str, etype: str) -> None:
    assert etype in types(text, lang)
