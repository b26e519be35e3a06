"""The people a reported deed of force is done to stay its side (missing107).

"قال المدير إن سلطات الاحتلال أطلقت النار على المصلين", "وی گفت نیروهای
اشغالگر به سوی نمازگزاران شلیک کردند": the sentence's own pool takes people
of unknown country as a side while fewer than two are found, the pool of
what a speaker reports did not, so a doer of known country did the deed
alone (``quoted_pool._with_unknown_object``). Only people after the doer
with more than a conjunction between, of no state body or armed agent, and
only where the report already names a side of known country.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# the victims of unknown country come back (main: the doer alone)
DONE_TO = [
    (
        "ar",
        "قال المدير إن سلطات الاحتلال أطلقت النار على المصلين.",
        "ASSAULT",
        ["ISR:GOV", "-:CVL"],
    ),
    (
        "ar",
        "قال مدير المسجد إن قوات الاحتلال أطلقت الرصاص المطاطي على المصلين.",
        "ASSAULT",
        ["ISR:MIL", "-:CVL"],
    ),
    ("ar", "قالت الوكالة إن سلطات الاحتلال اعتقلت خمسة صحفيين.", "COERCE", ["ISR:GOV", "-:MED"]),
    ("fa", "وی گفت نیروهای اشغالگر به سوی نمازگزاران شلیک کردند.", "ASSAULT", ["ISR:MIL", "-:CVL"]),
    (
        "fa",
        "مدیر مسجد گفت نیروهای اشغالگر به سوی نمازگزاران گلوله پلاستیکی شلیک کردند.",
        "ASSAULT",
        ["ISR:MIL", "-:CVL"],
    ),
    (
        "fa",
        "خبرگزاری گزارش داد نیروهای اشغالگر پنج روزنامه‌نگار را بازداشت کردند.",
        "COERCE",
        ["ISR:MIL", "-:MED"],
    ),
    # English names no body of one state by a noun alone: doer and victims are
    # both of unknown country, read so already (passes on main)
    (
        "en",
        "The director said the occupation forces fired at worshippers.",
        "ASSAULT",
        ["-:MIL", "-:CVL"],
    ),
    (
        "en",
        "The spokesman said the occupation authorities arrested five journalists.",
        "COERCE",
        ["-:GOV", "-:MED"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "cast"), DONE_TO)
def test_reported_deed_keeps_whom_it_is_done_to(
    lang: str, text: str, etype: str, cast: list[str]
) -> None:
    assert casts_in_order(text, lang, etype) == [cast]


# the event stays: a helper body, a co-doer, armed men, a known victim
STAYS = [
    # the police that protected the raid did not suffer it
    ("ar", "قال المتحدث إن قوات الاحتلال اقتحمت المسجد بحماية الشرطة.", "ASSAULT", [["ISR:MIL"]]),
    ("fa", "وی گفت نیروهای اشغالگر با حمایت پلیس به مسجد حمله کردند.", "ASSAULT", [["ISR:MIL"]]),
    # a co-doer joined by a conjunction is no victim
    ("fa", "وی گفت نیروهای اشغالگر و شهرک‌نشینان به مسجد حمله کردند.", "ASSAULT", [["ISR:MIL"]]),
    (
        "en",
        "He said Israeli forces stormed the mosque under police protection.",
        "ASSAULT",
        [["ISR:MIL", "ISR:REL"]],
    ),
    # a victim whose country the doer lends stays as it was
    (
        "ar",
        "قال المتحدث إن الجيش الإسرائيلي قتل ثلاثة مدنيين.",
        "ASSAULT",
        [["ISR:MIL", "ISR:CVL"]],
    ),
    ("fa", "وی گفت اسرائیل پنج روزنامه‌نگار را بازداشت کرد.", "COERCE", [["ISR:", "ISR:MED"]]),
    ("en", "He said Israel arrested five journalists.", "COERCE", [["ISR:", "ISR:MED"]]),
    # both of unknown country: one event, no second victim
    ("ar", "قال المدير إن الشرطة أطلقت النار على المصلين.", "ASSAULT", [["-:COP", "-:CVL"]]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "casts"), STAYS)
def test_the_event_stays(lang: str, text: str, etype: str, casts: list[list[str]]) -> None:
    assert casts_in_order(text, lang, etype) == casts
