"""Arabic events that are no event, or words in another sense (round 74,
nonevent74ar; every sentence written for these tests).

(1) A decree or an executive order signed is no agreement between actors
(``VETO_WORDS[("AGREE", "sign")]`` ar/en/fa). (2) "اعتذار عن" with the
declined deed's pronoun glued declines, no apology. (3) The present "يهدد"
with an execution or a killing threatens it: no death sentence passed.
(4) Intent negated by its noun ("عدم اعتزامه الاعتذار") negates the deed.
(5) The closing formula of a prayer ("وآخر دعوانا") is no call. (6) What a
body recommends ("أوصت … بعقد اجتماع", "recommended a meeting") is advice,
no deed done. Each case has guards: the real deed of the same words stays.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


def _status(text: str, lang: str, etype: str) -> set[str]:
    return {e.status for e in run(text, lang).events if e.type == etype}


# (1) a decree signed
DECREES = [
    (
        "ar",
        "وجاءت تغريدته غداة توقيع الرئيس الأمريكي دونالد ترامب مرسوما يمنع مواطني سبع دول من دخول البلاد.",
    ),
    ("ar", "وانتقدت كندا توقيع الرئيس الأمريكي أمرا تنفيذيا يحظر دخول اللاجئين السوريين."),
    ("en", "US President Donald Trump signed an executive order banning refugees from Syria."),
    ("en", "China criticised the decree the US president signed on Friday on Hong Kong."),
    ("fa", "دونالد ترامپ رئیس جمهور آمریکا فرمان اجرایی منع ورود پناهندگان سوری را امضا کرد."),
    ("fa", "چین گفت فرمانی که رئیس جمهور آمریکا امضا کرد دخالت در امور هنگ کنگ است."),
]

SIGNED_AGREEMENTS = [
    ("ar", "ووقع وزير الخارجية الأمريكي ونظيره التركي اتفاقا للتعاون في مجال الطاقة."),
    ("ar", "وشهد الرئيسان توقيع مذكرة تفاهم بين مصر والأردن في مجال النقل."),
    ("en", "The US and Turkey signed a cooperation agreement on energy."),
    ("fa", "ایران و ترکیه یک یادداشت تفاهم همکاری در زمینه انرژی امضا کردند."),
    # "فرمانده" begins with "فرمان": a commander signing is no decree
    ("fa", "فرمانده ارتش ایران و فرمانده ارتش ترکیه یک یادداشت تفاهم امضا کردند."),
]


@pytest.mark.parametrize(("lang", "text"), DECREES)
def test_decree_signed_is_no_agreement(lang: str, text: str) -> None:
    assert "AGREE" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), SIGNED_AGREEMENTS)
def test_agreement_signed_stays(lang: str, text: str) -> None:
    assert "AGREE" in _types(text, lang)


# (2) declining with the declined deed's pronoun
DECLINED = [
    "وآلت رئاسة القمة إلى موريتانيا بعد اعتذار المغرب عن استضافتها في مراكش.",
    "واعتذرت مصر عن مشاركتها في القمة العربية المقبلة في الأردن.",
]
APOLOGIES = [
    "واعتذرت اليابان عن جرائمها في كوريا خلال الحرب.",
    "وقدم الرئيس الفرنسي اعتذارا للجزائر عن الحقبة الاستعمارية.",
]


@pytest.mark.parametrize("text", DECLINED)
def test_declining_is_no_apology(text: str) -> None:
    types = _types(text, "ar")
    assert "CONCEDE" not in types
    assert "REJECT" in types


@pytest.mark.parametrize("text", APOLOGIES)
def test_apology_stays(text: str) -> None:
    assert "CONCEDE" in _types(text, "ar")


# (3) an execution threatened in the present
THREATENED_DEATHS = [
    "وبث التنظيم تسجيلا يهدد فيه بإعدام رهينة كرواتي يعمل في مصر.",
    "وبث المسلحون شريطا يهددون فيه بقتل الرهائن الأتراك.",
]


@pytest.mark.parametrize("text", THREATENED_DEATHS)
def test_execution_threatened_is_a_threat(text: str) -> None:
    types = _types(text, "ar")
    assert "THREATEN" in types
    assert "COERCE" not in types


def test_execution_carried_out_stays() -> None:
    assert "COERCE" in _types("وأصدرت المحكمة المصرية حكما بإعدام ثلاثة متهمين.", "ar")


def test_execution_threat_in_english_and_persian() -> None:
    """Guards: the other languages read the threatened death as a threat."""
    en = _types("The group released a video threatening to execute a Croatian hostage.", "en")
    assert "THREATEN" in en
    assert "COERCE" not in en
    fa = _types("این گروه تهدید کرد که گروگان کروات را اعدام می‌کند.", "fa")
    assert "THREATEN" in fa
    assert "COERCE" not in fa


# (4) intent negated by its noun
def test_intent_noun_negated() -> None:
    text = "وانتقدت كوريا الجنوبية اليابان بسبب عدم اعتزامها الاعتذار عن الفظائع."
    assert _status(text, "ar", "CONCEDE") == {"negated"}
    text = "وأكدت مصر عدم نيتها إرسال قوات إلى اليمن."
    assert _status(text, "ar", "MOBILIZE") == {"negated"}


def test_intent_not_negated_stays() -> None:
    text = "وأكدت مصر نيتها إرسال قوات إلى اليمن."
    assert "negated" not in _status(text, "ar", "MOBILIZE")


def test_intent_negated_in_english_and_persian() -> None:
    """Guards: the verbs of intent negated in English and Persian; the
    un-negated intent gives the planned visit. Persian dropped the
    subjunctive deed after a negated intent; left78 reads it negated
    (``verb_mood.intent_denied``), as English and Arabic are read."""
    assert _status("Egypt has no intention of visiting Qatar.", "en", "CONSULT") == {"negated"}
    assert _status("Egypt intends to visit Qatar.", "en", "CONSULT") == {"planned"}
    assert _status("رئیس جمهور مصر قصد دارد به قطر سفر کند.", "fa", "CONSULT") == {"planned"}
    assert _status("رئیس جمهور مصر قصد ندارد به قطر سفر کند.", "fa", "CONSULT") == {"negated"}


# (5) the closing formula of a prayer
def test_prayer_formula_is_no_request() -> None:
    text = (
        "وأدم علينا الأمن في ظل قيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز"
        " وسمو ولي العهد وآخر دعوانا أن الحمد لله رب العالمين."
    )
    assert "REQUEST" not in _types(text, "ar")


def test_call_stays() -> None:
    text = "وأصدر النواب التونسيون بيانا دعوا فيه الحكومة إلى فتح تحقيق في الحادث."
    assert "REQUEST" in _types(text, "ar")


# (6) what a body recommends
RECOMMENDED = [
    ("ar", "وأوصت اللجنة المصرية بعقد اجتماع مع الوفد الإسرائيلي."),
    ("ar", "وأوصت المنظمة التونسية بزيارة أعضاء النيابة العمومية مراكز الاحتفاظ."),
    ("ar", "وأوصى رئيس الحكومة التونسية الوزراء بتكثيف الزيارات إلى الجهات."),
    ("en", "The Tunisian committee recommended a meeting with the Israeli delegation."),
    ("en", "The Egyptian committee recommended that the minister meet the Israeli delegation."),
    ("fa", "کمیته مصری توصیه کرد که وزیر با هیئت اسرائیلی دیدار کند."),
]
MET = [
    ("ar", "واجتمع وزير الخارجية المصري بنظيره الإسرائيلي وأوصى بتعزيز التعاون."),
    ("en", "The Egyptian minister met the Israeli delegation and recommended closer ties."),
]


@pytest.mark.parametrize(("lang", "text"), RECOMMENDED)
def test_recommended_meeting_is_no_meeting(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


@pytest.mark.parametrize(("lang", "text"), MET)
def test_meeting_before_a_recommendation_stays(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)
