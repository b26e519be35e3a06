"""Ties resumed are cooperation, trade limited is a sanction, vaccine doses
handed over are aid. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> set[str]:
    return {e.type for e in process(Document("t", text, lang=lang)).events}


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
