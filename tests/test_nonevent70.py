"""A reaction a demand or a hope asks for is not made (round 70,
nonevent70; every sentence written for these tests).

A side that calls for a condemnation, or hopes for one, has condemned
nobody; nor has a veto been cast that someone is urged to use. The demand
stays a REQUEST; the asked reaction gives no event. Where the reaction was
made, beside a demand or before it, it stays an event.
"""

from __future__ import annotations

import pytest

from casts import run

# (language, sentence, type that must not come out, type that must)
ASKED = [
    ("fa", "ایران خواستار محکومیت اسرائیل از سوی سازمان ملل شد.", "ACCUSE", "REQUEST"),
    ("fa", "پاکستان خواستار محکومیت شدید حمله به کنسولگری شد.", "ACCUSE", "REQUEST"),
    ("en", "Iran called for the condemnation of Israel by the UN.", "ACCUSE", "REQUEST"),
    ("en", "Pakistan demanded a swift condemnation of India by the UN.", "ACCUSE", "REQUEST"),
    ("ar", "طالبت إيران الأمم المتحدة بإدانة إسرائيل.", "ACCUSE", "REQUEST"),
    ("ar", "طالبت باكستان مجلس الأمن بإدانة دولية للهجوم على قنصليتها.", "ACCUSE", "REQUEST"),
    ("ar", "يطالب النائب بالفيتو على قرارات الحكومة المالية.", "REJECT", "REQUEST"),
    (
        "ar",
        "ناشدت إسرائيل الولايات المتحدة باستخدام حق النقض (الفيتو) لمنع صدور القرار.",
        "REJECT",
        "REQUEST",
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent", "present"), ASKED)
def test_asked_reaction_is_no_event(lang: str, text: str, absent: str, present: str) -> None:
    types = {e.type for e in run(text, lang).events}
    assert present in types
    assert absent not in types


# A hope for a condemnation told with a glued "ب" or "بأن" after "عن أمله".
HOPED = [
    ("ar", "أعربت السفيرة البريطانية لدى الأمم المتحدة عن أملها بصدور إدانة سريعة للتجربة."),
    ("ar", "أعرب وزير الخارجية التونسي عن أمله بأن تدين الجامعة العربية الاعتداء."),
]


@pytest.mark.parametrize(("lang", "text"), HOPED)
def test_hoped_reaction_is_no_event(lang: str, text: str) -> None:
    assert "ACCUSE" not in {e.type for e in run(text, lang).events}


# Reactions made, beside a demand: they stay events.
MADE = [
    ("fa", "وزیر خارجه ایران حمله به کنسولگری را محکوم کرد و خواستار توقف آن شد.", "ACCUSE"),
    ("fa", "ایران با محکومیت حمله به کنسولگری، خواستار تحقیق شد.", "ACCUSE"),
    ("en", "Iran called for talks and condemned the attack on the consulate.", "ACCUSE"),
    ("en", "Iran welcomed the condemnation of the attack by the UN.", "ACCUSE"),
    ("ar", "أدانت مصر الهجوم على القنصلية وطالبت بمحاسبة المسؤولين.", "ACCUSE"),
    ("ar", "استخدمت الولايات المتحدة حق النقض (الفيتو) ضد مشروع القرار.", "REJECT"),
    ("ar", "طالب الحزب، في بيان أدان فيه الهجوم، بمحاسبة المسؤولين.", "ACCUSE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), MADE)
def test_made_reaction_stays(lang: str, text: str, etype: str) -> None:
    assert etype in {e.type for e in run(text, lang).events}


# A deed in the subjunctive: what a side must, may, wants, proposes or has
# the right to do. Arabic marks it with "أن" before the imperfect; Persian
# with a subjunctive verb, English with "to" or a bare verb after "that".
# (language, sentence, type that must not come out)
SUBJUNCTIVE = [
    # mendB70: this case already passed before round 70 (e01476e2: the
    # obligation cue "إن على" reads it); kept as a guard, not as a proof of
    # the "أن" rule, which the next cases test
    ("ar", "قال النائب إن على حكومتنا أن تدين الهجوم على السفارة القطرية.", "ACCUSE"),
    ("ar", "اقترح الرئيس التونسي أن تنسحب القوات الأجنبية من ليبيا.", "RETREAT"),
    ("ar", "ليس من مصلحة أحد أن ينسحب الاتحاد من الاتفاق مع الحكومة.", "RETREAT"),
    ("ar", "وأكد الوزير أن من حق المعارضة أن تدعو إلى الإضراب العام.", "REQUEST"),
    ("ar", "تعهد ترامب بأن تنسحب الولايات المتحدة من الاتفاقات التجارية.", "RETREAT"),
    ("fa", "رئیس‌جمهور تونس پیشنهاد کرد که نیروهای خارجی از لیبی خارج شوند.", "RETREAT"),
    ("fa", "نماینده گفت دولت ما باید حمله به سفارت قطر را محکوم کند.", "ACCUSE"),
    ("en", "The Tunisian president proposed to withdraw foreign forces from Libya.", "RETREAT"),
    (
        "en",
        "The deputy said our government has to condemn the attack on the Qatari embassy.",
        "ACCUSE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent"), SUBJUNCTIVE)
def test_subjunctive_deed_is_no_event(lang: str, text: str, absent: str) -> None:
    assert absent not in {e.type for e in run(text, lang).events}


# Deeds after "أن" that were done, or are planned: a time clause ("قبل أن"),
# a deed achieved ("استطاعت … أن"), a plan cue, a verbal noun ("أن تصنيف").
# (language, sentence, type, status it must have)
TOLD = [
    ("ar", "فتشت القوات المسجد واعتقلت شابا قبل أن تنسحب من المدينة.", "RETREAT", "reported"),
    ("ar", "استطاعت الشرطة التونسية أن تعتقل المشتبه به في العاصمة.", "COERCE", "reported"),
    ("ar", "ومن المقرر أن يزور العاهل السعودي مصر الأسبوع المقبل.", "CONSULT", "planned"),
    (
        "ar",
        "قال النائب إن تصنيف الحكومة الأمريكية حزب الله منظمة إرهابية خطوة متوقعة.",
        "SANCTION",
        "reported",
    ),
    (
        "ar",
        "وأكد النائب أن تصنيف الحكومة الأمريكية حزب الله منظمة إرهابية خطوة متوقعة.",
        "SANCTION",
        "reported",
    ),
    (
        "fa",
        "نیروهای آمریکایی پیش از آنکه از شهر خارج شوند، یک جوان را بازداشت کردند.",
        "COERCE",
        "reported",
    ),
    ("en", "The police managed to arrest the suspect in the capital.", "COERCE", "reported"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "status"), TOLD)
def test_told_deed_stays(lang: str, text: str, etype: str, status: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert status in statuses
