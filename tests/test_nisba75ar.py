"""A nisba adjective is no noun for people (round 75, nisba75ar; every
sentence written for these tests).

Arabic makes a relational adjective of a noun with "ي" (feminine "ية"):
"الشخصي" (personal), "الحزبي" (partisan), "الأمني" (security). The matcher
lets a noun for people take "ي" as a possessive, so such an adjective was
read as the noun (a civilian, a party, the police). With the article and
right after a definite noun it is that noun's adjective and names no one
(``extract/nisba.py``); without the article ("حزبي", the two parties of),
and for the adjectives of a people or a class ("الأويغورية", "البدوية",
``NISBA_PEOPLE``), the reading stays. Persian and English write their
adjectives as words the matcher keeps apart already: guards.
"""

from __future__ import annotations

import pytest

from casts import cast, run
from diplowatch.extract.actor_context import context
from diplowatch.extract.nisba import _definite


def _cast(text: str, lang: str, etype: str) -> set[str]:
    return cast(run(text, lang), etype)


# --- Arabic: the adjective after a definite noun names no one ---------------


def test_personal_safety_is_no_civilian() -> None:
    got = _cast("دعا الرئيس التونسي إلى حماية الأمن الشخصي للصحفيين.", "ar", "REQUEST")
    assert got == {"TUN:GOV", "TUN:MED"}


def test_partisan_system_is_no_party() -> None:
    got = _cast("انتقدت الأمم المتحدة النظام الحزبي في غواتيمالا.", "ar", "ACCUSE")
    assert "GTM:PTY" not in got
    assert "UN:" in got


def test_security_cooperation_is_no_police() -> None:
    got = _cast("أكد البيان أن الصفقة تعزز التعاون الأمني بين مصر والأردن.", "ar", "COOPERATE")
    assert got == {"EGY:", "JOR:"}


# --- Arabic guards: the noun itself, no article, a people's adjective --------


def test_two_parties_without_article_stay_parties() -> None:
    got = _cast("انتقد حزبي النهضة والنداء الحكومة التونسية.", "ar", "ACCUSE")
    assert got == {"TUN:PTY", "TUN:GOV"}


@pytest.mark.parametrize(
    ("text", "etype", "side"),
    [
        ("اشتبكت قوات الأمن الصينية مع الغالبية الأويغورية في الإقليم.", "ASSAULT", "CHN:CVL"),
        ("التقى الرئيس بوفد من العناصر البدوية في سيناء.", "CONSULT", "EGY:CVL"),
        ("احتج الفلاحون على قرار الحكومة التونسية.", "PROTEST", "TUN:CVL"),
        ("انتقد نواب الكتلة البرلمانية الحكومة.", "ACCUSE", "-:LEG"),
    ],
)
def test_people_named_stay(text: str, etype: str, side: str) -> None:
    assert side in _cast(text, "ar", etype)


def test_definite_reads_the_article_after_a_clitic() -> None:
    ctx = context("ar")
    assert _definite("والقطاع", ctx)
    assert _definite("للقطاع", ctx)
    assert not _definite("عصام", ctx)
    assert not _definite("ال", ctx)


# --- Persian and English guards ---------------------------------------------


def test_fa_tourism_industry_is_no_tourist() -> None:
    got = _cast("وزیر میراث فرهنگی ایران با فعالان صنعت گردشگری دیدار کرد.", "fa", "CONSULT")
    assert "IRN:CVL" not in got and "-:CVL" not in got


def test_fa_tourists_stay_civilians() -> None:
    got = _cast("پلیس ترکیه دو گردشگر آمریکایی را بازداشت کرد.", "fa", "COERCE")
    assert got == {"TUR:COP", "USA:CVL"}


def test_en_personal_safety_is_no_civilian() -> None:
    got = _cast(
        "The president called for protecting the personal safety of journalists.", "en", "REQUEST"
    )
    assert got == {"-:GOV", "-:MED"}


def test_en_partisan_system_is_no_party() -> None:
    got = _cast("The United Nations criticised the partisan system in Guatemala.", "en", "ACCUSE")
    assert got == {"UN:"}


def test_en_parliamentary_committee_stays_legislature() -> None:
    got = _cast("The parliamentary committee accused the government of negligence.", "en", "ACCUSE")
    assert got == {"-:LEG", "-:GOV"}


def test_other_languages_list_no_nisba_ending() -> None:
    assert context("fa").nisba_endings == ()
    assert context("en").nisba_endings == ()
