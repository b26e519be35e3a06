"""What must or should happen is no report, nor the deed joined to it (plans15).

A cue of obligation ("must", "should", "يجب", "ينبغي", "باید") governs the
verb right after it and its object; its mood reaches a second deed joined to
the first by "and" ("must stop the fighting and withdraw their forces",
"يجب وقف القتال والعودة إلى المفاوضات", "باید آتش‌بس را رعایت کنند و
مذاکرات را از سر بگیرند"). Controls: the same deeds told as done, and a deed
in a later clause after the cue. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _types(text: str, lang: str) -> set[tuple[str, str]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return {(e.type, e.status) for e in record.events}


NOT_REPORTED = [
    (
        "en",
        "The envoy said both sides should stop the fighting and withdraw their forces from Aleppo.",
        {"ASSAULT", "RETREAT"},
    ),
    (
        "en",
        "Guterres said Russia and Ukraine must stop the fighting and return to talks in Istanbul.",
        {"ASSAULT", "CONSULT"},
    ),
    (
        "ar",
        "وقال غوتيريش إنه يجب على روسيا وأوكرانيا وقف القتال والعودة إلى طاولة المفاوضات "
        "في إسطنبول.",
        {"CONSULT"},
    ),
    ("ar", "وقالت الوزيرة إن الثقة بين الشركاء لا ينبغي أن تكون محل تفاوض.", {"CONSULT"}),
    (
        "fa",
        "دبیرکل سازمان ملل گفت اسرائیل و حماس باید آتش‌بس را رعایت کنند و مذاکرات را در "
        "قاهره از سر بگیرند.",
        {"CONSULT"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_REPORTED)
def test_what_must_happen_and_what_is_joined_to_it_is_no_report(
    lang: str, text: str, absent: set[str]
) -> None:
    assert not {t for t, status in _types(text, lang) if status == "reported"} & absent


REPORTED = [
    ("en", "Both sides stopped the fighting and withdrew their forces from Aleppo.", "RETREAT"),
    (
        "en",
        "The minister said the killers must be punished after gunmen attacked the embassy "
        "in Kabul.",
        "ASSAULT",
    ),
    ("ar", "وأوقفت روسيا وأوكرانيا القتال وعادتا إلى طاولة المفاوضات في إسطنبول.", "CONSULT"),
    (
        "ar",
        "وقال الوزير إنه يجب محاسبة المسؤولين، بعد أن هاجم مسلحون السفارة المصرية في كابول.",
        "ASSAULT",
    ),
    ("fa", "اسرائیل و حماس آتش‌بس را رعایت کردند و مذاکرات را در قاهره از سر گرفتند.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED)
def test_deeds_told_as_done_stay_reported(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") in _types(text, lang)
