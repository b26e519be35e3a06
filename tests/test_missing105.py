"""The side that issued a statement or report did what its relative clause tells (missing105).

"بیانیه گروه هفت، که ایران را مسئول حمله دانسته", "بيان مجموعة السبع، الذي
حمل إيران المسؤولية", "the G7 statement, which held Iran responsible": the
relative pronoun is the verb's subject and stands for the text, so its
issuer blamed; the main clause's subject only welcomed or cited the text
(``extract/authored_clause.py``, ``context.AUTHORED_NOUNS``). Main made the
citer the doer and left the issuer out. A clause with a subject of its own
("که آمریکا علیه ایران صادر کرد", "الذي أصدرته الولايات المتحدة", "which
the United States issued") and the main clause's own deed stay as they were.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# the issuer blames the clause's object (main: the citer first, or no issuer)
ISSUER_BLAMES = [
    # main: [ISR:GOV, IRN:]
    (
        "fa",
        "سفیر اسرائیل با اشاره به بیانیه گروه هفت، که ایران را مسئول حمله به کشتی دانسته، "
        "گفت جهان دروغ‌های ایران را باور ندارد.",
        ["G7:", "IRN:"],
    ),
    # main: [ISR:GOV, G7:]
    (
        "fa",
        "سفیر اسرائیل از بیانیه گروه هفت که ایران را مسئول حمله دانسته استقبال کرد.",
        ["G7:", "IRN:"],
    ),
    # main: [ISR:GOV, RUS:]
    (
        "fa",
        "سفیر اسرائیل با اشاره به بیانیه اتحادیه اروپا، که روسیه را به نقض آتش‌بس متهم کرده، "
        "گفت این بیانیه مهم است.",
        ["EU:", "RUS:"],
    ),
    # main: [ISR:GOV, IRN:]
    (
        "ar",
        "أشار السفير الإسرائيلي إلى بيان مجموعة السبع، الذي حمل إيران مسؤولية الهجوم على السفينة، "
        "وقال إن العالم لا يصدق أكاذيب إيران.",
        ["G7:", "IRN:"],
    ),
    # main: [UN:, ISR:GOV]
    (
        "ar",
        "أشار السفير الإسرائيلي إلى تقرير الأمم المتحدة، الذي اتهم السعودية بقتل أطفال يمنيين، "
        "وقال إن العالم يرى الحقيقة.",
        ["UN:", "SAU:"],
    ),
    # passes on main: the verb right after the pronoun with no comma
    (
        "ar",
        "رحب السفير الإسرائيلي بتقرير الأمم المتحدة الذي اتهم السعودية بقتل أطفال يمنيين.",
        ["UN:", "SAU:"],
    ),
    # main: [SAU:]
    (
        "en",
        "The Israeli ambassador welcomed the UN report, which accused Saudi Arabia of killing Yemeni children.",
        ["UN:", "SAU:"],
    ),
    # main: [IRN:]
    (
        "en",
        "The Israeli ambassador welcomed the G7 statement, which held Iran responsible for the attack on the ship.",
        ["G7:", "IRN:"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "cast"), ISSUER_BLAMES)
def test_issuer_of_the_text_blames(lang: str, text: str, cast: list[str]) -> None:
    assert casts_in_order(text, lang, "ACCUSE") == [cast]


# the event stays: the clause has its own subject, or the deed is the main clause's
STAYS = [
    (
        "fa",
        "سفیر اسرائیل از بیانیه‌ای که آمریکا علیه ایران صادر کرد انتقاد کرد.",
        "ACCUSE",
        [["ISR:GOV", "USA:"]],
    ),
    (
        "ar",
        "انتقد الوزير الإيراني البيان الذي أصدرته الولايات المتحدة ضد إيران.",
        "ACCUSE",
        [["IRN:GOV", "USA:"]],
    ),
    (
        "en",
        "The Iranian minister criticised the statement which the United States issued against Iran.",
        "ACCUSE",
        [["IRN:GOV", "USA:"]],
    ),
    # the welcome is the citer's own: it keeps its sides
    (
        "fa",
        "سفیر اسرائیل از گزارش سازمان ملل که عربستان را به کشتار کودکان یمنی متهم کرده استقبال کرد.",
        "SUPPORT",
        [["ISR:GOV", "UN:"]],
    ),
    (
        "ar",
        "رحب السفير الإسرائيلي بتقرير الأمم المتحدة الذي اتهم السعودية بقتل أطفال يمنيين.",
        "SUPPORT",
        [["ISR:GOV", "UN:"]],
    ),
    (
        "en",
        "The Israeli ambassador welcomed the UN report, which accused Saudi Arabia of killing Yemeni children.",
        "SUPPORT",
        [["ISR:GOV", "UN:"]],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "casts"), STAYS)
def test_the_event_stays(lang: str, text: str, etype: str, casts: list[list[str]]) -> None:
    assert casts_in_order(text, lang, etype) == casts
