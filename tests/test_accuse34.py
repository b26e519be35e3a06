"""A condemnation told in Arabic, Persian and English reads the same (round
34, accuse34; every sentence written for these tests, in news wording for
each language, not word for word).

Rules added in this round so that the triples below agree:

- a state or official that condemns a deed whose doer is left unnamed is
  reported alone (ACCUSE with one side), as Persian "… را محکوم کرد" already
  was: Arabic "أدان", "ندد", "استنكر", "انتقد" and English "condemned",
  "denounced", "criticised" (``context.ONE_SIDED_TYPES``, per mode);
- an Arabic condemnation told by a noun names its condemner alone only in
  its owned forms ("أعربت عن إدانتها", "جدد استنكاره",
  ``context.ONE_SIDED_NOUNS``): a bare noun ("وسط إدانة دولية") is no
  one's deed, an owned refusal ("رفضه") is as often a rejection, and the
  genitive right after a condemnation's noun is the one condemned, never
  its lone condemner ("تمت إدانة المتهم");
- the deed a condemnation noun is about keeps its own sides in all three
  languages: after an Arabic owned noun ("أعربت مصر عن إدانتها للهجوم
  الإسرائيلي على غزة") the side named words away is the deed's, not the
  noun's subject (``parties._after_subject``), and a Persian stance
  announced or voiced ("محکومیت خود را نسبت به حمله … اعلام کرد",
  ``context.STANCE_PREDICATES``, ``COMMENT_TOPIC_LINKS``) is no attack by
  whoever announces it: its light verb is the announcing's and the deed is
  the comment's, told with the sides its phrase names;
- English "denunciation" is a condemnation, as "condemnation" and Arabic
  "استنكار";
- a lone side named after a condemnation's verb past other words is its
  object, not its condemner ("أدان داعمون للاتفاقية تحرك الرئيس"): no
  one-sided event;
- a state called by a name of shame ("called Israel a terrorist state",
  "وصف إسرائيل بالدولة الإرهابية", "را رژیم تروریستی خواند") is criticised,
  in all three languages.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Egypt condemned the attack.",
        "أدانت مصر الهجوم.",
        "مصر این حمله را محکوم کرد.",
        ("ACCUSE reported EGY:",),
    ),
    (
        "Jordan strongly condemned the bombing on Sunday.",
        "أدان الأردن بشدة التفجير يوم الأحد.",
        "اردن روز یکشنبه این انفجار را به شدت محکوم کرد.",
        ("ACCUSE reported JOR:",),
    ),
    (
        "The Qatari foreign ministry denounced the violence.",
        "نددت وزارة الخارجية القطرية بالعنف.",
        "وزارت خارجه قطر خشونت را محکوم کرد.",
        ("ACCUSE reported QAT:GOV",),
    ),
    (
        "Egypt expressed its condemnation of the attack.",
        "أعربت مصر عن إدانتها للهجوم.",
        "مصر این حمله را به شدت محکوم کرد.",
        ("ACCUSE reported EGY:",),
    ),
    (
        "Jordan condemned the bombing again.",
        "جدد الأردن استنكاره للتفجير.",
        "اردن بار دیگر این انفجار را محکوم کرد.",
        ("ACCUSE reported JOR:",),
    ),
    (
        "Saudi Arabia will condemn the attack.",
        "ستدين السعودية الهجوم.",
        "عربستان این حمله را محکوم خواهد کرد.",
        ("ACCUSE planned SAU:",),
    ),
    (
        "The Turkish foreign ministry condemned the explosion.",
        "أدانت وزارة الخارجية التركية الانفجار.",
        "وزارت خارجه ترکیه این انفجار را محکوم کرد.",
        ("ACCUSE reported TUR:GOV",),
    ),
    (
        "The Iraqi government condemned the bombings.",
        "أدانت الحكومة العراقية التفجيرات.",
        "دولت عراق این انفجارها را محکوم کرد.",
        ("ACCUSE reported IRQ:GOV",),
    ),
    # a state called by a name of shame
    (
        "The Turkish president called Israel a terrorist state.",
        "وصف الرئيس التركي إسرائيل بالدولة الإرهابية.",
        "رئیس جمهور ترکیه اسرائیل را یک دولت تروریستی خواند.",
        ("ACCUSE reported TUR:GOV ISR:",),
    ),
    (
        "Iran called the Israeli government a criminal regime.",
        "وصفت إيران الحكومة الإسرائيلية بالنظام الإجرامي.",
        "ایران دولت اسرائیل را رژیمی جنایتکار خواند.",
        ("ACCUSE reported IRN: ISR:GOV",),
    ),
    (
        "Iran called Israel a rogue state.",
        "وصفت إيران إسرائيل بالدولة المارقة.",
        "ایران اسرائیل را یک رژیم تروریستی نامید.",
        ("ACCUSE reported IRN: ISR:",),
    ),
    # the deed a condemnation noun is about keeps its own sides
    (
        "Egypt expressed its strong condemnation of the Israeli attack on Gaza.",
        "أعربت مصر عن إدانتها الشديدة للهجوم الإسرائيلي على غزة.",
        "مصر محکومیت شدید خود را نسبت به حمله اسرائیل به غزه اعلام کرد.",
        ("ACCUSE reported EGY: ISR:", "ASSAULT reported ISR: PSE:"),
    ),
    (
        "The Egyptian government reiterated its condemnation of the Israeli attack on Gaza.",
        "جددت الحكومة المصرية إدانتها للهجوم الإسرائيلي على غزة.",
        "دولت مصر بار دیگر حمله اسرائیل به غزه را محکوم کرد.",
        ("ACCUSE reported EGY:GOV ISR:", "ASSAULT reported ISR: PSE:"),
    ),
    (
        "Egypt announced its condemnation of the attack.",
        "أعلنت مصر إدانتها للهجوم.",
        "مصر محکومیت خود را نسبت به این حمله اعلام کرد.",
        ("ACCUSE reported EGY:",),
    ),
    (
        "Qatar voiced its denunciation of the bombing.",
        "أعربت قطر عن استنكارها للتفجير.",
        "قطر محکومیت خود را درباره این انفجار ابراز کرد.",
        ("ACCUSE reported QAT:",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# One language only: what the rule must not take.
CASES: list[tuple[str, str, set[str]]] = [
    # a bare condemnation noun is no one's deed
    ("وسط إدانة مصرية للهجوم.", "ar", set()),
    # the one convicted is no condemner
    ("تمت إدانة المتهم.", "ar", set()),
    # an owned refusal stays out of the one-sided reading
    ("أكد الحزب رفضه للهجوم.", "ar", set()),
    # two sides still read as two
    (
        "أدانت مصر الهجوم الإسرائيلي على لبنان.",
        "ar",
        {"ACCUSE reported EGY: ISR:", "ASSAULT reported ISR: LBN:"},
    ),
    ("Egypt condemned Israel.", "en", {"ACCUSE reported EGY: ISR:"}),
    # an owned noun's deed keeps the side it names
    (
        "أكد الأردن إدانته للهجوم الإيراني على السعودية.",
        "ar",
        {"ACCUSE reported JOR: IRN:", "ASSAULT reported IRN: SAU:"},
    ),
    # a lone side past other words after the verb is its object
    ("وأدان داعمون للاتفاقية تحرك الرئيس الأمريكي.", "ar", set()),
    # a warning of a danger names no wrongdoer
    ("The UN warned of a rising death toll from the floods.", "en", set()),
    # the deed called terrorist names no side
    ("The minister called the attack a terrorist act.", "en", set()),
    # a stance voiced about an attack makes no attacker of who voices it
    ("مصر نگرانی خود را نسبت به این حمله ابراز کرد.", "fa", {"ACCUSE reported EGY:"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_single_language_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


# Known gaps: English drops the deed a condemnation verb governs, and loses
# the target of a deed after "its condemnation of".
GAPS: list[tuple[str, set[str]]] = [
    (
        "Egypt condemned the Israeli attack on Lebanon.",
        {"ACCUSE reported EGY: ISR:", "ASSAULT reported ISR: LBN:"},
    ),
    (
        "Jordan reiterated its condemnation of the Iranian attack on Saudi Arabia.",
        {"ACCUSE reported JOR: IRN:", "ASSAULT reported IRN: SAU:"},
    ),
]


@pytest.mark.xfail(strict=True, reason="English condemned deeds keep too few sides")
@pytest.mark.parametrize(("text", "want"), GAPS)
def test_known_gap_english_condemned_deed(text: str, want: set[str]) -> None:
    assert _read(text, "en") == want
