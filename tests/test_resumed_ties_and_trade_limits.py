"""Ties resumed are cooperation, trade limited is a sanction, vaccine doses
handed over are aid. Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types
from diplowatch.model import Document
from diplowatch.pipeline import process


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("استأنفت السعودية وإيران العلاقات الدبلوماسية بينهما.", "ar", "COOPERATE"),
        ("أعلنت مصر وتركيا استئناف الرحلات الجوية المباشرة.", "ar", "COOPERATE"),
        ("عربستان و ایران روابط دیپلماتیک خود را از سر گرفتند.", "fa", "COOPERATE"),
        ("Saudi Arabia and Iran resumed diplomatic relations.", "en", "COOPERATE"),
        ("سلمت الصين مليون جرعة من اللقاح إلى مصر.", "ar", "AID"),
        ("The United States restricted chip exports to China.", "en", "SANCTION"),
        ("The EU limited imports of Russian steel.", "en", "SANCTION"),
    ],
)
def test_the_deed_is_found(text: str, lang: str, want: str) -> None:
    assert want in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("استأنف المنتخب السعودي التدريبات أمس في الرياض.", "ar"),
        ("استأنفت المحكمة المصرية جلساتها اليوم.", "ar"),
        ("The Chinese company limited its losses last year.", "en"),
    ],
)
def test_the_same_verbs_in_other_senses_are_no_event(text: str, lang: str) -> None:
    assert not types(text, lang) & {"COOPERATE", "SANCTION"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The African Union suspended Niger's membership.", "en"),
        ("ECOWAS suspended Mali from the bloc after the coup.", "en"),
        ("علق الاتحاد الأفريقي عضوية النيجر.", "ar"),
        ("اتحادیه آفریقا عضویت نیجر را تعلیق کرد.", "fa"),
    ],
)
def test_a_member_suspended_is_sanctioned(text: str, lang: str) -> None:
    assert "SANCTION" in types(text, lang)


def test_suspending_ones_own_plans_is_no_sanction() -> None:
    assert "SANCTION" not in types("The French minister suspended his visit to Rome.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iran's army chief said Tehran would respond decisively to any Israeli attack.", "en"),
        ("سپاه هشدار داد که به هرگونه تجاوز اسرائیل پاسخ قاطع خواهد داد.", "fa"),
        ("حذر الجيش الإيراني من أنه سيرد بحزم على أي اعتداء إسرائيلي.", "ar"),
    ],
)
def test_a_threat_in_the_future_tense_is_a_threat_made(text: str, lang: str) -> None:
    statuses = {
        e.status for e in process(Document("t", text, lang=lang)).events if e.type == "THREATEN"
    }
    assert statuses == {"reported"}
