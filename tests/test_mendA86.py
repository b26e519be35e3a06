"""Mends of round 85's noevent85 rules after REVIEW85 (findings 1-4; round
86, mendA86; every sentence written for these tests, the review's own
reworded).

1, 2. A permission (``status.PERMISSION_CUES``) governs the deed it allows,
   not a deed after a word that opens another clause or a phrase of time
   (``context.PERMISSION_STOPS``: "ثم", "بعد", "and the", "after"), nor a
   deed whose own relative clause tells its result
   (``context.PERMITTED_DEED_RESULTS``: "the strike that killed …").
3. A vehicle that ran people over is no accident when its driver or owner
   is named (``context.DRIVER_MARKERS``: "سيارة مستوطن", "خودروی
   شهرک‌نشینان"), and English "a truck hit …" is an accident only with
   one person as its object (``status.DISASTER_CUES``).
4. The indefinite "اشتباكات/مواجهات متكررة" is a practice only after a
   verb of habit ("تقع بينها …"), and English "the repeated raids" only
   after a preposition (a grievance): otherwise the deeds are told done.

Cases marked "fails on main" gave the wrong reading on main (b494e830);
"guard" cases held there and must keep holding.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The types of every event read in ``text``."""
    return {e.type for e in run(text, lang).events}


# --- 1, 2: a permission does not reach another clause's deed ---------------------

TOLD_AFTER_PERMISSION = [
    # fails on main: no COERCE ("لكن" opens another clause)
    (
        "ar",
        "سمحت الحكومة للطلاب بالاعتصام في الجامعة لكن الشرطة اعتقلت قادتهم مساء الأحد.",
        "COERCE",
    ),
    # fails on main: no COERCE (review 1, reworded)
    ("ar", "سمحت السلطات للمحتجين بالتجمع في الميدان ثم اعتقلت الشرطة ثلاثين منهم أمس.", "COERCE"),
    # fails on main: no ASSAULT (a strike told as done in a "بعد" phrase)
    ("ar", "سمحت مصر للمصابين بعبور المعبر بعد القصف الإسرائيلي على المستشفى.", "ASSAULT"),
    # fails on main: no COERCE ("and the raid": another clause's noun)
    ("en", "Troops were allowed into the town and the raid left four gunmen dead.", "COERCE"),
    # fails on main: no ASSAULT (the strike's result is told: done)
    (
        "en",
        "The president said he allowed the strike that killed the commander in Iraq.",
        "ASSAULT",
    ),
    # fails on main: no ASSAULT ("عقب" opens a phrase of time)
    ("ar", "سمحت السلطات للصحفيين بدخول المخيم عقب اقتحام الجيش الإسرائيلي له.", "ASSAULT"),
    # guard: holds on main (Persian reads no permission cue)
    (
        "fa",
        "دولت به دانشجویان اجازه داد در دانشگاه تجمع کنند و سپس پلیس ده نفر را بازداشت کرد.",
        "COERCE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_AFTER_PERMISSION)
def test_a_deed_told_after_a_permission_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


STILL_ALLOWED = [
    # guards: holds on main; the deed the permission governs stays no event
    ("ar", "يسمح القانون الجديد للجيش بشن غارات على المسلحين بعد موافقة البرلمان.", "ASSAULT"),
    ("ar", "يجيز الدستور للشرطة اعتقال المشتبه بهم دون مذكرة.", "COERCE"),
    ("en", "The law allows police to arrest protesters after a warning.", "COERCE"),
    ("en", "The deal permits the lifting of sanctions on the country.", "CONCEDE"),
    ("fa", "قانون جدید به ارتش اجازه حمله به شورشیان را می‌دهد.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), STILL_ALLOWED)
def test_the_deed_a_permission_governs_stays_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


# The rally "went ahead": its happening is told, but a rule for "to go ahead"
# after a past permission was not written this round (review 2, left).
@pytest.mark.xfail(strict=True, reason="'allowed X to go ahead' still read as a permission")
def test_a_rally_allowed_to_go_ahead_took_place() -> None:
    text = "The mayor allowed the march to go ahead, and police detained 15 people."
    assert "PROTEST" in _types(text, "en")


# --- 3: a vehicle with its driver named, a crowd run over ---------------------------

RAMMED = [
    # fails on main: no ASSAULT (a settler's car)
    ("ar", "استشهد فتى فلسطيني بعد أن دهسته سيارة مستوطن قرب الخليل.", "ASSAULT"),
    # fails on main: no ASSAULT (a car driven by a settler)
    ("ar", "قتلت فتاة فلسطينية بعد أن صدمتها سيارة يقودها مستوطن قرب رام الله.", "ASSAULT"),
    # fails on main: no ASSAULT (a crowd is the object)
    ("en", "A lorry hit a crowd at a market in Berlin, killing twelve people.", "ASSAULT"),
    # fails on main: no ASSAULT
    ("en", "A van ran over pedestrians near the bridge in London, killing four.", "ASSAULT"),
    # fails on main: no ASSAULT (the settlers' car)
    ("fa", "یک جوان فلسطینی توسط خودروی شهرک‌نشینان زیر گرفته شد و جان باخت.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), RAMMED)
def test_a_ramming_with_its_driver_or_a_crowd_stays_an_attack(
    lang: str, text: str, etype: str
) -> None:
    assert etype in _types(text, lang)


ACCIDENTS = [
    # guards: holds on main; one person run over by a vehicle with no driver named
    ("ar", "توفي رجل مسن بعد أن دهسته سيارة في وسط عمان.", "ASSAULT"),
    ("en", "A cyclist died when a bus hit him in central Tehran.", "ASSAULT"),
    ("en", "An old man was killed after he was hit by a car in Cairo.", "ASSAULT"),
    ("fa", "یک عابر پیاده در اصفهان زیر گرفته شد و جان باخت.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ACCIDENTS)
def test_one_person_run_over_stays_an_accident(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


# --- 4: repeated clashes or raids told as done ------------------------------------

REPEATED_DONE = [
    # fails on main: no ASSAULT (review 4, reworded)
    ("ar", "اندلعت اشتباكات متكررة بين القوات الحكومية والمسلحين في حمص أمس.", "ASSAULT"),
    # fails on main: no ASSAULT
    ("ar", "دارت مواجهات متكررة بين الشرطة والمحتجين في البصرة يوم الجمعة.", "ASSAULT"),
    # fails on main: no COERCE ("the repeated" after a verb)
    ("en", "Israeli troops carried out the repeated raids on Nablus on Tuesday.", "COERCE"),
    # guard: holds on main
    ("fa", "نیروهای اسرائیلی روز سه‌شنبه حملات مکرری به نابلس انجام دادند.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPEATED_DONE)
def test_repeated_deeds_told_as_done_stay(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


PRACTICES = [
    # guards: holds on main; a habit or a grievance stays no event
    ("ar", "تتقاسم فصائل عدة السيطرة على البلدة وتقع بينها اشتباكات متكررة."),
    ("ar", "وتقع فيها مواجهات متكررة بين الرعاة والمزارعين."),
    ("en", "Nurses went on strike over the repeated attacks on clinics."),
    ("fa", "ساکنان از بازداشت‌های روزانه جوانان گلایه دارند."),
]


@pytest.mark.parametrize(("lang", "text"), PRACTICES)
def test_a_repeated_practice_stays_no_event(lang: str, text: str) -> None:
    assert not (_types(text, lang) & {"ASSAULT", "COERCE"})
