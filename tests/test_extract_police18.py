"""Police and security deeds (round 18): a deed denied by its verbal noun
after the denial's subject (extract/status.py ``denied_past_subject``), tear
gas fired or used at people and beatings (ASSAULT; lang/*/triggers.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def events(text: str, lang: str) -> list[dict]:
    """The sentence's events."""
    return list(process(Document("t", text, lang=lang)).to_dict()["events"])


def statuses(text: str, lang: str, etype: str) -> set[str]:
    return {e["status"] for e in events(text, lang) if e["type"] == etype}


def agents(text: str, lang: str, etype: str) -> set[str]:
    return {a["agent"] for e in events(text, lang) if e["type"] == etype for a in e["actors"]}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("ar", "نفت الشرطة العراقية اعتقال أي صحفي خلال الاحتجاجات في بغداد.", "COERCE"),
        ("ar", "نفت وزارة الداخلية المصرية اعتقال الناشط الحقوقي أمس.", "COERCE"),
        ("ar", "تنفي السلطات الأردنية احتجاز الصحفي في عمان.", "COERCE"),
        ("ar", "نفت الحكومة السورية قصف المدنيين في إدلب.", "ASSAULT"),
        # the deed's own subject is named after it: still the denial's object
        ("ar", "نفت الشرطة المصرية تعرض المعتقلين للضرب داخل السجن.", "ASSAULT"),
        ("en", "Egyptian police denied arresting the activist in Cairo.", "COERCE"),
    ],
)
def test_a_deed_named_after_the_denials_subject_is_negated(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"negated"}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # a noun of its own between: the attack itself happened
        ("ar", "نفى الجيش الإسرائيلي مسؤوليته عن الهجوم على القرية.", "ASSAULT"),
        # another verb after the denial takes the deed
        ("ar", "نفت الشرطة وأكدت اعتقال خمسة أشخاص في البصرة.", "COERCE"),
    ],
)
def test_a_deed_the_denial_does_not_reach_stays_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أطلقت الشرطة الفرنسية الغاز المسيل للدموع على المحتجين في باريس."),
        ("ar", "استخدمت الشرطة الإيرانية الغاز المسيل للدموع ضد المحتجين في طهران."),
        ("ar", "تطلق قوات الأمن العراقية قنابل الغاز على المتظاهرين في البصرة."),
        ("en", "French police fired tear gas at protesters in Paris."),
        ("fa", "پلیس عراق به سوی معترضان گاز اشک‌آور شلیک کرد."),
        ("fa", "پلیس ایران از گاز اشک‌آور علیه معترضان در تهران استفاده کرد."),
        ("fa", "پلیس فرانسه به سوی معترضان گاز اشک آور پرتاب کرد."),
    ],
)
def test_tear_gas_fired_at_people_is_an_assault_by_the_police(lang: str, text: str) -> None:
    assert statuses(text, lang, "ASSAULT") == {"reported"}
    assert "COP" in agents(text, lang, "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        ("ar", "تعرض صحفي للضرب من قبل الشرطة العراقية في بغداد.", "MED"),
        ("ar", "تعرض متظاهرون للضرب على يد قوات الأمن المصرية.", "CVL"),
        ("ar", "ضربت قوات الأمن العراقية المتظاهرين بالهراوات في البصرة.", "CVL"),
        ("ar", "قامت الشرطة التونسية بضرب الصحفيين أثناء تغطية المظاهرة.", "MED"),
        ("en", "A journalist was beaten by police in Baghdad.", "MED"),
        ("en", "Protesters were beaten by Iranian security forces outside parliament.", "CVL"),
        ("fa", "خبرنگار از سوی پلیس عراق مورد ضرب و شتم قرار گرفت.", "MED"),
    ],
)
def test_a_beating_by_police_is_an_assault_with_both_sides(
    lang: str, text: str, victim: str
) -> None:
    assert statuses(text, lang, "ASSAULT") == {"reported"}
    assert {"COP", victim} <= agents(text, lang, "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ضرب زلزال قوي جنوب تركيا فجر اليوم."),
        ("ar", "ضربت الأزمة الاقتصادية الأسواق اللبنانية بقوة."),
        ("ar", "شدد وزير الداخلية على الضرب بيد من حديد على المهربين."),
        ("en", "Real Madrid beat Barcelona 3-1 on Sunday."),
        ("en", "The inflation figures beat analysts' expectations in March."),
    ],
)
def test_struck_or_beaten_in_other_senses_is_no_assault(lang: str, text: str) -> None:
    assert not statuses(text, lang, "ASSAULT")
