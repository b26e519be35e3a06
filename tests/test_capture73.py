"""A bare town taken by force in Arabic and Persian (round 73, capture73;
every sentence written for these tests).

Round 72 read English "The Taliban captured Kunduz" as a capture (ASSAULT,
capture). Persian "طالبان قندوز را تصرف کردند" gave a seizure of property
(COERCE) and Arabic "سيطرت طالبان على قندوز" nothing: both read a capture
only with "شهر"/"مدينة" written. Now the town's hit is the object of the
same verbs (``extract/town_taken.py``): in Persian right before the verb and
opening its phrase, in Arabic after it with only the subject and "على"
between. Guards: a company, an office or an embassy taken stays a seizure;
control of a fire, a situation or a market is no capture; a claim taken
back stays a retreat; the Arabic present and the bare verbal nouns (a goal,
an operation's name) take no town.
"""

from __future__ import annotations

import pytest

from casts import cast, run


def _captures(text: str, lang: str) -> list[tuple[str, str]]:
    """(status, 'CODE:AGENT' of the first actor) of each capture read."""
    return [
        (e.status, f"{e.actors[0].code or '-'}:{e.actors[0].agent or ''}" if e.actors else "")
        for e in run(text, lang).events
        if e.type == "ASSAULT" and e.mode == "capture"
    ]


# (language, sentence, the taker's 'CODE:AGENT')
TOWNS_TAKEN = [
    ("fa", "طالبان قندوز را تصرف کردند.", "AFG:REB"),
    ("fa", "طالبان روز دوشنبه هرات را تسخیر کردند.", "AFG:REB"),
    ("fa", "ارتش افغانستان سرانجام قندوز را پس گرفت.", "AFG:MIL"),
    ("fa", "شورشیان حوثی صنعا را تصرف کردند و دولت به عدن گریخت.", "YEM:REB"),
    ("ar", "سيطرت حركة طالبان على قندوز بعد معارك عنيفة.", "AFG:REB"),
    ("ar", "استعاد الجيش العراقي الموصل من تنظيم داعش.", "IRQ:MIL"),
    ("ar", "سيطر مسلحون أمس على بنغازي.", None),
    # guards: read before round 73
    ("fa", "طالبان شهر قندوز را تصرف کردند.", "AFG:REB"),
    ("ar", "سيطرت حركة طالبان على مدينة قندوز.", "AFG:REB"),
    ("en", "The Taliban captured Kunduz.", "AFG:REB"),
]


@pytest.mark.parametrize(("lang", "text", "taker"), TOWNS_TAKEN)
def test_bare_town_taken_is_capture(lang: str, text: str, taker: str | None) -> None:
    found = _captures(text, lang)
    assert any(status == "reported" for status, _ in found)
    if taker is not None:
        assert taker in {first for _, first in found}


def test_town_taken_by_rebels_is_taken_from_government() -> None:
    """agents70fa: a capture whose lone taker is an armed movement is taken
    from the government of the town's state."""
    assert {"AFG:REB", "AFG:GOV"} <= cast(run("طالبان قندوز را تصرف کردند.", "fa"), "ASSAULT")


# A town that is no object taken: an owner, a place, control of a thing.
NO_TOWN_TAKEN = [
    ("fa", "طالبان شرکت نفت قندوز را تصرف کردند."),
    ("fa", "دانشجویان سفارت آمریکا در تهران را تسخیر کردند."),
    ("fa", "معترضان استانداری هرات را تصرف کردند."),
    ("fa", "وزیر ادعای خود درباره کابل را پس گرفت."),
    ("fa", "تصرف غیرقانونی زمین‌های کابل ادامه دارد."),
    ("ar", "سيطر رجال الإطفاء على الحريق في بغداد."),
    ("ar", "سيطرت الحكومة على الوضع في الموصل."),
    ("ar", "سيطرت الشركة على سوق النفط في دبي."),
    ("ar", "تسيطر جماعات مسلحة على طرابلس منذ سنوات."),
    ("ar", "نجح التاجر في السيطرة على روما."),
    ("ar", "قال المتحدث باسم عملية استعادة سرت إن المعارك مستمرة."),
    ("ar", "استعاد الرئيس ثقة الناخبين في بغداد."),
    ("en", "Police captured Kabul residents who had fled."),
]


@pytest.mark.parametrize(("lang", "text"), NO_TOWN_TAKEN)
def test_town_that_is_no_object_is_no_capture(lang: str, text: str) -> None:
    assert not _captures(text, lang)


# The other senses keep their own reading.
OTHER_SENSES = [
    ("fa", "طالبان شرکت نفت قندوز را تصرف کردند.", "COERCE"),
    ("fa", "معترضان استانداری هرات را تصرف کردند.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OTHER_SENSES)
def test_property_taken_stays_seizure(lang: str, text: str, etype: str) -> None:
    assert any(e.type == etype for e in run(text, lang).events)
