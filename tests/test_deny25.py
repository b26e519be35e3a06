"""Round 25 (lead): a denial of reports denies the deed they report
(sentences written for these tests).

- Arabic "نفى … التقارير/الأنباء عن …" (``ar/status.DENIED_REPORTS``, read
  by ``status.denied_past_subject``) negates the deed after the reports, as
  English "denied reports of …" already does; Persian "گزارش‌های … را
  تکذیب کرد" gives no reported deed either.
- Reports confirmed ("أكد … التقارير عن") stay reported.
"""

from __future__ import annotations

import pytest

from casts import run

DENIED = [
    ("نفى الجيش التقارير عن قصف المدينة.", "ar"),
    ("The army denied reports of shelling the city.", "en"),
    ("ارتش گزارش‌های مربوط به بمباران شهر را تکذیب کرد.", "fa"),
    ("نفت إيران الأنباء عن اعتقال صحفيين أجانب.", "ar"),
    ("Iran denied reports of arresting foreign journalists.", "en"),
    ("ایران گزارش‌ها درباره بازداشت روزنامه‌نگاران خارجی را تکذیب کرد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), DENIED)
def test_denied_reports_tell_no_deed_done(text: str, lang: str) -> None:
    assert [e.type for e in run(text, lang).events if e.status == "reported"] == []


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("نفى الجيش التقارير عن قصف المدينة.", "ar", "ASSAULT"),
        ("The army denied reports of shelling the city.", "en", "ASSAULT"),
        ("نفت إيران الأنباء عن اعتقال صحفيين أجانب.", "ar", "COERCE"),
        ("Iran denied reports of arresting foreign journalists.", "en", "COERCE"),
    ],
)
def test_the_denied_deed_is_negated(text: str, lang: str, etype: str) -> None:
    assert {e.status for e in run(text, lang).events if e.type == etype} == {"negated"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أكد الجيش التقارير عن قصف المدينة.", "ar"),
        ("The army confirmed that it shelled the city.", "en"),
        ("ارتش تایید کرد که شهر را بمباران کرده است.", "fa"),
    ],
)
def test_confirmed_reports_stay_reported(text: str, lang: str) -> None:
    assert "reported" in {e.status for e in run(text, lang).events if e.type == "ASSAULT"}
