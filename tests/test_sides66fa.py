"""A blast whose own phrase names nobody, in a sentence that names others
(round 66, sides66fa; every sentence written for these tests).

"رادیو ارتش گزارش داد که صدای چندین انفجار … شنیده شد": the reporter is
named, the blast's author is not. Round 51 read such a deed only in a
sentence naming nobody; now it stands unnamed (unknown attackers, UAF, of
no country) when the sentence tells no ASSAULT otherwise. A deed whose doer
is named keeps it; a passive arrest beside a named speaker keeps its reading
(measured and not kept for arrests: held-out figures fell).
"""

from __future__ import annotations

import pytest

from casts import cast, run

BLASTS = [
    ("fa", "رادیو ارتش گزارش داد که صدای چندین انفجار در روستاهای مرزی با سوریه شنیده شده است."),
    ("fa", "پس از انفجار بمب اول در مقابل مدرسه، انفجار دوم در نزدیکی بازار رخ داد."),
]

NAMED_DOER = [
    ("fa", "ارتش اسرائیل یک روستا در جنوب لبنان را بمباران کرد.", "ISR:MIL"),
    ("ar", "وقصف الجيش الإسرائيلي قرية في جنوب لبنان.", "ISR:MIL"),
    ("en", "The Israeli army shelled a village in southern Lebanon.", "ISR:MIL"),
]

NO_BLAST = [
    ("fa", "رادیو ارتش گزارش داد که جلسه در روستاهای مرزی برگزار شد."),
    ("ar", "وذكرت إذاعة الجيش أن الاجتماع عقد في القرى الحدودية."),
    ("en", "Army radio reported that the meeting was held in the border villages."),
]


@pytest.mark.parametrize(("lang", "text"), BLASTS)
def test_unnamed_blast_beside_a_reporter(lang: str, text: str) -> None:
    """A blast told beside a named reporter or place: ASSAULT by unknown
    attackers, of no country."""
    assert "-:UAF" in cast(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(("lang", "text", "doer"), NAMED_DOER)
def test_named_doer_stays(lang: str, text: str, doer: str) -> None:
    """A deed whose doer is named keeps it and gains no unknown attackers."""
    got = cast(run(text, lang), "ASSAULT")
    assert doer in got
    assert "-:UAF" not in got


@pytest.mark.parametrize(("lang", "text"), NO_BLAST)
def test_no_blast_no_assault(lang: str, text: str) -> None:
    """A meeting reported by a named radio is no attack."""
    assert "ASSAULT" not in {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "او افزود که بیش از ۲۰ هزار نفر در جریان اعتراضات بازداشت شده‌اند."),
        ("ar", "وأوضح المصدر أنه تم حجز مسدسين وكمية من الذخيرة."),
        ("en", "A spokesman for Mayor John Smith said three men were arrested."),
    ],
)
def test_arrest_beside_speaker_keeps_police(lang: str, text: str) -> None:
    """A passive arrest beside a named speaker is still the police's."""
    assert "-:COP" in cast(run(text, lang), "COERCE")
