"""Sides of Persian directed events, told alike in Arabic, Persian and English
(round 37, slots37fa; every sentence written for these tests).

Rules added in this round:

- an apology is the apologiser's own deed: a company that apologises to a
  state or to its people stays first ("a Korean firm apologised to Turkey",
  "اعتذرت شركة كورية لتركيا", "یک شرکت کره‌ای از ترکیه عذرخواهی کرد"); the
  CONCEDE rule that puts the authorities who let people go first
  (``CROWD_FIRST``, release26) no longer reads a state named as a whole as
  its government acting when it is only the one apologised to
  (``CROWD_FIRST_NO_WHOLE_MODES``); officials named after the people they
  apologise to still come first;
- a number that ends another mention's name ("گروه هفت", "گروه بیست")
  counts no victims: "گروه هفت ایران را صریحاً عامل آن حمله دانست" blames Iran
  for the attack, so Iran did it, and no unidentified attacker struck Iran
  (``victims_only._all_counted``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "A Korean electronics firm apologised to Turkey.",
        "اعتذرت شركة إلكترونيات كورية لتركيا.",
        "یک شرکت الکترونیک کره‌ای از ترکیه عذرخواهی کرد.",
        ("CONCEDE reported KOR:BUS TUR:",),
    ),
    (
        "The Chinese company apologised to Pakistani workers.",
        "اعتذرت الشركة الصينية للعمال الباكستانيين.",
        "شرکت چینی از کارگران پاکستانی عذرخواهی کرد.",
        ("CONCEDE reported CHN:BUS PAK:LAB",),
    ),
    (
        "An official apology to farmers by the Turkish government was published yesterday.",
        "نشر أمس اعتذار رسمي للمزارعين من قبل الحكومة التركية.",
        "دیروز عذرخواهی رسمی از کشاورزان از سوی دولت ترکیه منتشر شد.",
        ("CONCEDE reported TUR:GOV TUR:CVL",),
    ),
    (
        "A Japanese company apologised to Iran on Sunday.",
        "اعتذرت شركة يابانية لإيران يوم الأحد.",
        "یک شرکت ژاپنی روز یکشنبه از ایران عذرخواهی کرد.",
        ("CONCEDE reported JPN:BUS IRN:",),
    ),
    (
        # a release still has the authorities first, whoever is named first
        "An Iranian activist was released by the Turkish police.",
        "أفرجت الشرطة التركية عن ناشط إيراني.",
        "یک فعال ایرانی توسط پلیس ترکیه آزاد شد.",
        ("CONCEDE reported TUR:COP IRN:OPP",),
    ),
    (
        "Two Iranian fishermen were released by the Indian police.",
        "أفرجت الشرطة الهندية عن صيادين إيرانيين اثنين.",
        "دو ماهیگیر ایرانی توسط پلیس هند آزاد شدند.",
        ("CONCEDE reported IND:COP IRN:CVL",),
    ),
    (
        "Twelve Syrian soldiers were killed in the bomb blast.",
        "قتل 12 جنديا سوريا في انفجار القنبلة.",
        "در انفجار این بمب ۱۲ سرباز سوری کشته شدند.",
        ("ASSAULT reported -:UAF SYR:MIL",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


# (Arabic, Persian, the reading): the blamed state did the deed it is blamed
# for; English "held … responsible for the attack" reads no attack (below)
BLAMED: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "حملت مجموعة السبع سوريا مسؤولية الهجوم على المطار.",
        "گروه هفت سوریه را مسئول حمله به فرودگاه دانست.",
        ("ACCUSE reported G7: SYR:", "ASSAULT reported SYR:"),
    ),
    (
        "حمل وزراء مجموعة العشرين روسيا مسؤولية الهجوم على الميناء.",
        "وزیران گروه بیست روسیه را مسئول حمله به بندر دانستند.",
        ("ACCUSE reported G20:GOV RUS:", "ASSAULT reported RUS:"),
    ),
]


@pytest.mark.parametrize(("ar", "fa", "want"), BLAMED)
def test_blamed_after_numbered_name(ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


@pytest.mark.xfail(
    strict=True, reason="English 'held X responsible for the attack' reads no attack"
)
def test_en_blamed_attack() -> None:
    want = {"ACCUSE reported G20:GOV RUS:", "ASSAULT reported RUS:"}
    assert (
        _read("The G20 ministers held Russia responsible for the attack on the port.", "en") == want
    )


def test_counted_victims_still_struck() -> None:
    """A number of its own before the victims still counts them: the doer
    is understood."""
    assert _read("۱۴ پلیس عراقی در این حمله کشته شدند.", "fa") == {"ASSAULT reported -:UAF IRQ:COP"}
