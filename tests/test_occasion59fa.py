"""A meeting named as the occasion of a demand or a blame (round 59,
occasion59fa; every sentence written for these tests).

"X در دیدار با Y خواستار … شد", "طالب X خلال لقائه مع Y …", "X called for …
during a meeting with Y": the meeting was held (CONSULT X–Y, reported) and
the demand was made in it; the meeting is no object of the demand
(``nonevents.meeting_occasion``, ``lang/<code>/context.MEETING_*``). A
meeting that is only asked for ("خواستار دیدار با …", "called for a
meeting with …"), the talks a side asks to join ("خواستار مشارکت در
مذاکرات با …"), a meeting told for later ("خلال الاجتماع المقبل") and a
means ("من خلال المشاورات") stay no meeting held.
"""

from __future__ import annotations

import pytest

from casts import run, types

# (language, sentence, the two sides of the meeting)
HELD: list[tuple[str, str, set[str]]] = [
    (
        "fa",
        "وزیر خارجه ایران در دیدار با وزیر خارجه عراق خواستار آزادی زندانیان ایرانی شد.",
        {"IRN:GOV", "IRQ:GOV"},
    ),
    (
        "fa",
        "وزیر امور خارجه ایران در نشست با وزیر خارجه قطر خواستار توقف جنگ در یمن شد.",
        {"IRN:GOV", "QAT:GOV"},
    ),
    (
        "ar",
        "طالب وزير الخارجية الإيراني خلال لقائه مع نظيره التركي بوقف الهجمات على غزة.",
        {"IRN:GOV", "TUR:GOV"},
    ),
    (
        "ar",
        "دعا الرئيس المصري أثناء اجتماعه مع الرئيس الفرنسي إلى وقف إطلاق النار في السودان.",
        {"EGY:GOV", "FRA:GOV"},
    ),
    (
        "en",
        "The Iranian foreign minister called for an end to the war in Yemen during a meeting "
        "with his Turkish counterpart.",
        {"IRN:GOV", "TUR:GOV"},
    ),
]


def _consulted(text: str, lang: str) -> list[tuple[str, set[str]]]:
    """Status and 'CODE:AGENT' sides of each CONSULT event."""
    return [
        (e.status, {f"{a.code}:{a.agent}" for a in e.actors})
        for e in run(text, lang).events
        if e.type == "CONSULT"
    ]


@pytest.mark.parametrize(("lang", "text", "sides"), HELD)
def test_meeting_of_a_demand_is_held(lang: str, text: str, sides: set[str]) -> None:
    assert ("reported", sides) in _consulted(text, lang)
    assert "REQUEST" in types(text, lang)


# a meeting asked for, talks to join, a meeting told for later, a means
NOT_HELD: list[tuple[str, str]] = [
    ("fa", "وزیر خارجه ایران خواستار دیدار با وزیر خارجه عراق شد."),
    ("fa", "دولت افغانستان خواستار مشارکت در مذاکرات با آمریکا شد."),
    ("ar", "دعا الوزير اللجنة إلى تقديم تقريرها خلال الاجتماع المقبل للحكومة."),
    ("ar", "طالب الحزب بحل الأزمة من خلال المشاورات مع الحكومة."),
    ("en", "The Iranian foreign minister called for a meeting with his Turkish counterpart."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HELD)
def test_meeting_only_asked_is_not_held(lang: str, text: str) -> None:
    assert not [s for s, _ in _consulted(text, lang) if s == "reported"]
