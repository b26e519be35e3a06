"""A second clause joined by "و"/"and" that names its own subject (round 62;
every sentence written for these tests).

Arabic puts the new clause's subject right after its verb ("… وهددت إيران
…", "ثم اعتقلت الشرطة …"); English between the joiner and the verb ("… and
police arrested …"). That subject does the deed, and who is named in the
first clause is no side of it; nor is the new clause's subject a side of
the first clause's deed. A shared subject ("والتقى نظيره", "and met his
counterpart"), an object marked as such ("وقتلت رجلا"), a noun of the
verb's other gender ("ودعمت القضاء"), a verb written with its plural
subject ("ودهسوا المارة") and a list ("France and Germany condemned") keep
the first clause's sides. Persian is read by ``subclause_subject``.
"""

from __future__ import annotations

import pytest

from casts import first_cast, sides


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انسحب ترامب من الاتفاق النووي وهددت إيران بإغلاق مضيق هرمز.", "ar"),
        (
            "Trump pulled out of the nuclear deal and Iran threatened to close the Strait of Hormuz.",
            "en",
        ),
        ("ترامب از توافق هسته‌ای خارج شد و ایران تهدید کرد تنگه هرمز را می‌بندد.", "fa"),
    ],
)
def test_new_clause_subject_is_the_threatener(text: str, lang: str) -> None:
    assert sides(text, lang, "THREATEN") == [[("IRN", None)]]


def test_new_clause_subject_is_no_side_of_the_first_deed() -> None:
    text = "انسحب ترامب من الاتفاق النووي وهددت إيران بإغلاق مضيق هرمز."
    assert sides(text, "ar", "RETREAT") == [[("USA", "GOV")]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("الاقتصاد التركي ضعيف واعتقلت الشرطة المتظاهرين.", "ar"),
        ("Turkey's economy is weak and police arrested the protesters.", "en"),
        ("Turkey's economy is weak, but the police arrested the protesters.", "en"),
        ("اقتصاد ترکیه ضعیف است و پلیس معترضان را بازداشت کرد.", "fa"),
    ],
)
def test_police_of_new_clause_are_the_arresters(text: str, lang: str) -> None:
    assert first_cast(text, lang, "COERCE") == ["TUR:COP", "TUR:CVL"]


def test_then_opens_a_verb_first_clause() -> None:
    text = "زار الرئيس الفرنسي بيروت ثم اعتقلت الشرطة اللبنانية المتظاهرين."
    found = sides(text, "ar", "COERCE")
    assert found and all(s[0] == ("LBN", "COP") for s in found)
    assert not any(("FRA", "GOV") in s for s in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # one subject, two verbs: the counterpart is whom he met
        ("وصل الوزير الإيراني إلى موسكو والتقى نظيره الروسي.", "ar"),
        ("The Iranian minister arrived in Moscow and met his Russian counterpart.", "en"),
        ("وزیر خارجه ایران به مسکو رفت و با همتای روس خود دیدار کرد.", "fa"),
    ],
)
def test_shared_subject_keeps_both_sides(text: str, lang: str) -> None:
    assert first_cast(text, lang, "CONSULT") == ["IRN:GOV", "RUS:GOV"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أصدرت إيران بيانا وأدانت الولايات المتحدة وإسرائيل.", "ar"),
        ("Iran issued a statement and condemned the United States and Israel.", "en"),
    ],
)
def test_object_list_after_shared_subject(text: str, lang: str) -> None:
    found = sides(text, lang, "ACCUSE")
    assert found and all(s[0] == ("IRN", None) for s in found)


def test_list_of_subjects_is_no_new_clause() -> None:
    # "France and Germany": "and" right after a name joins a list
    found = sides("France and Germany condemned Iran.", "en", "ACCUSE")
    assert {s[0] for s in found} == {("FRA", None), ("DEU", None)}


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite accusative after the verb is its object
        "اقتحمت الشرطة الأمريكية متجرا وقتلت رجلا مسلحا.",
        # a verb written with its plural subject has none after it
        "اقتحم عناصر الشرطة الأمريكية متجرا وقتلوا رجلا مسلحا.",
    ],
)
def test_marked_object_keeps_the_first_subject(text: str) -> None:
    found = sides(text, "ar", "ASSAULT")
    assert found and any(s[0] == ("USA", "COP") for s in found)


def test_other_gender_noun_is_the_object() -> None:
    # "ودعمت القضاء": a masculine noun after a feminine verb is not its subject
    text = "أعلنت الحكومة التونسية خطة جديدة ودعمت القضاء في مكافحة الفساد."
    found = sides(text, "ar", "SUPPORT")
    assert found and found[0][0] == ("TUN", "GOV")
