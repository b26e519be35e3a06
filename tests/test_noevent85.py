"""Statements that tell no event (round 85, noevent85; every sentence
written for these tests).

What a law, a deal or a side allows or forbids is a deed that may or may
not be done, none told (``status.PERMISSION_CUES``, kind "permission",
read as a provision over the verb phrase it governs: eight words,
``hypothetical.PERMISSION_SPAN``). A finite verb after it is another clause's
deed (``hypothetical._permitted``, ``context.PERMITTED_VERB_LEADS``).
Someone hit or run over by a vehicle died in an accident, no attack, unless
an attack word is named (``status.DISASTER_CUES``, beaten by
``status.ATTACK_CUES`` as round 62 reads them).
A deed noun qualified as daily, or as the known repeated kind, names a
practice, no one deed (``triggers.NOT_TRIGGERS``: "اقتحامات يومية",
"الاعتداءات المتكررة", "daily raids", "بازداشت‌های روزانه").
Cases marked "fails on main" gave the event on c1a24fbb; "guard: holds on
main" cases held there already and must keep holding.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The types of every event read in ``text``."""
    return {e.type for e in run(text, lang).events}


# --- a deed a law or a side allows or forbids ------------------------------------

ALLOWED = [
    # fails on main: ASSAULT reported
    ("ar", "يجيز القانون الجديد للشرطة إطلاق النار على المتظاهرين.", "ASSAULT"),
    # fails on main: ASSAULT reported
    ("ar", "ويسمح الدستور للجيش بشن غارات على المسلحين في حالة الطوارئ.", "ASSAULT"),
    # fails on main: ASSAULT reported
    (
        "ar",
        "وأعلنت أنقرة أنها سمحت للطائرات الأمريكية بشن هجمات على التنظيم من قاعدة إنجرليك.",
        "ASSAULT",
    ),
    # fails on main: COERCE reported
    ("ar", "يحظر الدستور نفي أي مواطن أو سحب الجنسية منه.", "COERCE"),
    # guard: holds on main
    ("ar", "وقع الطرفان الاتفاق الذي يسمح برفع العقوبات عن البلاد.", "CONCEDE"),
    # fails on main: ASSAULT reported
    ("en", "The new law allows police to shoot protesters who block roads.", "ASSAULT"),
    # fails on main: COERCE reported
    (
        "en",
        "The constitution forbids the authorities to arrest journalists without a warrant.",
        "COERCE",
    ),
    # fails on main: CONCEDE reported
    ("en", "The two sides signed a deal that permits the lifting of sanctions on Iran.", "CONCEDE"),
    # fails on main: ASSAULT reported
    (
        "en",
        "Ankara allowed American jets to launch strikes on the militants from Incirlik.",
        "ASSAULT",
    ),
    # guard: holds on main (the Persian subjunctive and object noun)
    ("fa", "قانون جدید به پلیس اجازه تیراندازی به معترضان را می‌دهد.", "ASSAULT"),
    # guard: holds on main
    (
        "fa",
        "دولت ترکیه به هواپیماهای آمریکایی اجازه داد از پایگاه اینجرلیک به داعش حمله کنند.",
        "ASSAULT",
    ),
    # guard: holds on main
    ("fa", "توافق هسته‌ای اجازه لغو تحریم‌ها را می‌دهد.", "CONCEDE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ALLOWED)
def test_a_deed_allowed_or_forbidden_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


TOLD_BESIDE_PERMISSION = [
    # the speaker's own demand, a finite verb glued to "و" after the permission
    (
        "ar",
        "قال المتحدث إن الحكومة لا تسمح بدخول الصحفيين إلى المنطقة وطالب الأمم المتحدة "
        "بالتدخل العاجل لإنقاذ المدنيين المحاصرين في المدينة.",
        "REQUEST",
    ),
    ("ar", "سمحت المحكمة بالتجمع واعتقلت الشرطة عشرة متظاهرين يوم الاثنين.", "COERCE"),
    ("ar", "اعتقلت الشرطة أمس عشرة متظاهرين بعد أن سمحت لهم بالتجمع أمام البرلمان.", "COERCE"),
    ("ar", "وتسمح الحكومة بدخول المساعدات، فيما قصفت طائراتها قاعدة للمتمردين أمس.", "ASSAULT"),
    ("en", "The court allowed the rally and police arrested ten protesters on Monday.", "COERCE"),
    ("en", "Police arrested ten protesters on Monday after the court allowed the rally.", "COERCE"),
    (
        "en",
        "The government allowed aid into the city, and its jets bombed a rebel base on Tuesday.",
        "ASSAULT",
    ),
    ("fa", "پلیس پس از آنکه دادگاه اجازه تجمع را داد ده معترض را بازداشت کرد.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_BESIDE_PERMISSION)
def test_a_deed_told_beside_a_permission_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


# --- someone hit or run over by a vehicle -----------------------------------------

RUN_OVER = [
    # fails on main: ASSAULT reported
    ("ar", "قتل رجل بعد أن دهسته سيارة في وسط القاهرة يوم الاثنين.", "ASSAULT"),
    # guard: holds on main
    ("ar", "توفي طفل بعد أن صدمته حافلة أمام مدرسته في عمان.", "ASSAULT"),
    # guard: holds on main
    ("ar", "قتل شاب فلسطيني في حادث سير قرب رام الله.", "ASSAULT"),
    # fails on main: ASSAULT reported
    ("en", "A pedestrian was killed when a car hit him in central Cairo on Monday.", "ASSAULT"),
    # guard: holds on main
    ("en", "An old woman died after she was run over by a bus in Amman.", "ASSAULT"),
    # fails on main: ASSAULT reported
    ("fa", "یک عابر پیاده در تهران زیر گرفته شد و جان باخت.", "ASSAULT"),
    # guard: holds on main
    ("fa", "یک کودک بر اثر برخورد خودرو در مشهد کشته شد.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), RUN_OVER)
def test_someone_run_over_by_a_vehicle_is_no_attack(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


RAMMING = [
    # an attack word beside the vehicle keeps the attack
    (
        "ar",
        "قتل ثلاثة إسرائيليين بعد أن دهستهم سيارة يقودها فلسطيني في عملية دهس قرب القدس.",
        "ASSAULT",
    ),
    # the bare verb with a vehicle is as often a ramming: left as it was
    ("ar", "دهست شاحنة مجموعة من المارة في ستوكهولم.", "ASSAULT"),
    # the vehicle as the object of "صدمت": the police's shooting stays
    ("ar", "قتلت الشرطة سائق السيارة التي صدمت شاحنة للشرطة في باريس.", "ASSAULT"),
    ("en", "Three people were hit by a car in a ramming attack in London.", "ASSAULT"),
    ("fa", "سه نفر در حمله با خودرو زیر گرفته شدند و کشته شدند.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), RAMMING)
def test_a_ramming_attack_stays_an_attack(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


# --- a deed noun qualified as daily or as the known repeated kind ---------------

PRACTICES = [
    # fails on main: ASSAULT reported
    ("ar", "ويشهد المسجد اقتحامات يومية من قبل المستوطنين منذ أشهر."),
    # fails on main: ASSAULT reported
    ("ar", "وتسيطر ميليشيات مختلفة على المدينة وتقع بينها اشتباكات متكررة للسيطرة على الأحياء."),
    # fails on main: COERCE reported
    ("en", "The mosque has seen daily raids by settlers for months."),
    # guard: holds on main
    ("en", "Residents complain of almost daily attacks by militias on the villages."),
    # fails on main: COERCE reported
    ("fa", "خانواده‌ها از بازداشت‌های روزانه جوانان در شهر گلایه دارند."),
    # guard: holds on main
    ("fa", "بیمارستان‌های شهر هدف حملات روزانه شبه‌نظامیان هستند."),
]


@pytest.mark.parametrize(("lang", "text"), PRACTICES)
def test_a_daily_or_repeated_practice_is_no_event(lang: str, text: str) -> None:
    assert not (_types(text, lang) & {"ASSAULT", "COERCE"})


TOLD_DEEDS = [
    # the indefinite "repeated" after a verb of launching tells strikes done
    ("ar", "شنت الطائرات الإسرائيلية غارات متكررة على غزة أمس.", "ASSAULT"),
    ("ar", "اقتحم المستوطنون المسجد صباح اليوم تحت حماية الشرطة.", "ASSAULT"),
    ("en", "Israeli jets launched repeated strikes on Gaza on Monday.", "ASSAULT"),
    ("fa", "جنگنده‌های اسرائیلی روز دوشنبه حملات مکرری به غزه انجام دادند.", "ASSAULT"),
    ("fa", "شهرک‌نشینان صبح امروز به مسجد یورش بردند.", "ASSAULT"),
    # daily clashes going on stay a fight (recall70fa)
    ("fa", "درگیری‌های روزانه میان گروه‌های مسلح در طرابلس ادامه دارد.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_DEEDS)
def test_a_deed_told_as_done_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
