"""Persian attack nouns closed by a light verb in the first person or the
present, and negated by one of "داد"/"زد" (round 40, material40fa; every
sentence written for these tests).

Rules added in this round (``lang/fa/context.py``, ``lang/fa/status.py``):

- the first person of the light verbs ("… را هدف قرار دادیم", "ضربه
  زدیم", "مورد حمله قرار گرفتیم") and the present of "گرفت" ("مورد حمله
  قرار می‌گیرند") close an attack noun as its predicate; without them the
  noun was dropped as named in passing. The present of "داد" does not: it
  closes reports and trends around the noun ("از … حملات خبر می‌دهد");
- the negated light verbs of "داد" and "زد" and the negated present of
  "گرفت" ("هدف قرار نداد", "هدف قرار ندادیم") tell the strike as not made.

English and Arabic read the same events by their own rules; the sentences
in the three languages check that the readings agree.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read


def _types(text: str, lang: str) -> set[str]:
    """The event types of ``text`` with their status."""
    return {" ".join(line.split()[:2]) for line in _read(text, lang)}


# (text, language, the event types with their status)
CASES: list[tuple[str, str, set[str]]] = [
    # a strike told by its doer in the first person
    (
        "ارتش هند اعلام کرد: اردوگاه‌های شورشیان در پاکستان را با پهپاد هدف قرار دادیم.",
        "fa",
        {"ASSAULT reported"},
    ),
    (
        "The Indian army said: we struck militant camps in Pakistan with drones.",
        "en",
        {"ASSAULT reported"},
    ),
    (
        "قال الجيش الهندي: استهدفنا معسكرات المسلحين في باكستان بطائرات مسيرة.",
        "ar",
        {"ASSAULT reported"},
    ),
    # attacks going on, in the present passive of "قرار گرفتن"
    ("پاسگاه‌های مرزی چاد هر شب مورد حمله قرار می‌گیرند.", "fa", {"ASSAULT reported"}),
    ("Chadian border posts come under attack every night.", "en", {"ASSAULT reported"}),
    ("تتعرض المواقع الحدودية التشادية لهجمات كل ليلة.", "ar", {"ASSAULT reported"}),
    # the strike denied with the negated light verb
    ("ارتش سودان روستاهای مرزی چاد را هدف قرار نداد.", "fa", {"ASSAULT negated"}),
    ("ارتش سودان گفت: روستاهای مرزی چاد را هدف قرار ندادیم.", "fa", {"ASSAULT negated"}),
    ("Sudan's army did not shell Chadian border villages.", "en", {"ASSAULT negated"}),
    ("لم يقصف الجيش السوداني القرى الحدودية التشادية.", "ar", {"ASSAULT negated"}),
    # reports and trends of attacks closed by the present of "داد": no attack
    ("گزارش‌ها از افزایش حملات سایبری در کانادا خبر می‌دهد.", "fa", set()),
    ("شمار حملات سایبری به بانک‌های کانادا افزایش نشان می‌دهد.", "fa", set()),
    ("تشير التقارير إلى ارتفاع الهجمات الإلكترونية في كندا.", "ar", set()),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _types(text, lang) == want


# the sides of a strike told in the first person: the speaker is its doer
SIDES: list[tuple[str, str, set[str]]] = [
    (
        "ارتش هند اعلام کرد: اردوگاه‌های شورشیان در پاکستان را با پهپاد هدف قرار دادیم.",
        "fa",
        {"ASSAULT reported IND:MIL PAK:REB"},
    ),
    (
        "ارتش سودان روستاهای مرزی چاد را هدف قرار نداد.",
        "fa",
        {"ASSAULT negated SDN:MIL TCD:"},
    ),
    ("پاسگاه‌های مرزی چاد هر شب مورد حمله قرار می‌گیرند.", "fa", {"ASSAULT reported TCD:COP"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), SIDES)
def test_sides(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# colon57: a quote opening on "we" is the speaking army's own strike
def test_first_person_doer_en() -> None:
    text = "The Indian army said: we struck militant camps in Pakistan with drones."
    assert any("IND:MIL" in line for line in _read(text, "en"))


# Arabic carries the person on the verb alone ("استهدفنا", no "نحن"), which
# is not read: the doer of the strike is lost
FIRST_PERSON_DOERS: list[tuple[str, str]] = [
    ("قال الجيش الهندي: استهدفنا معسكرات المسلحين في باكستان بطائرات مسيرة.", "ar"),
]


@pytest.mark.xfail(strict=True, reason="known gap: ar does not read the person on a quoted verb")
@pytest.mark.parametrize(("text", "lang"), FIRST_PERSON_DOERS)
def test_first_person_doer_gaps(text: str, lang: str) -> None:
    assert any("IND:MIL" in line for line in _read(text, lang))
