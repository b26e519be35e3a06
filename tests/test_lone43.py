"""One-actor events whose only named side underwent the deed (round 43,
lone43; every sentence written for these tests).

A deed told with only the side it was done to names no doer: prisoners
"were released", sanctions "against Iran were lifted", "الإفراج عن X", "از
X قدردانی کرد". Read as an event of one side, that side would stand in the
doer's slot (the PLOVER export reads actor 1 as the source). It keeps an
unnamed doer first (no code, no agent, as the annotation writes an unnamed
side) and the side second (``extract/lone_object.patient_alone``): the
subject of a passive with no agent, the object of the deed's preposition,
the genitive of a deed's noun that takes what underwent it there. A side
behind an agent marker, or the subject of "شد" after a word that makes the
deed its own ("خواستار شد"), keeps the doer's slot.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
AGREED: list[tuple[str, str, str, set[str]]] = [
    # a passive with no agent: the released are the recipients
    (
        "Two Iranian diplomats were released on Monday.",
        "أُفرج عن دبلوماسيين إيرانيين يوم الاثنين.",
        "دو دیپلمات ایرانی روز دوشنبه آزاد شدند.",
        {"CONCEDE reported -: IRN:GOV"},
    ),
    # controls: the agent named is the doer, first
    (
        "Two Iranian diplomats were released by the Iraqi police.",
        "أفرجت الشرطة العراقية عن دبلوماسيين إيرانيين.",
        "دو دیپلمات ایرانی توسط پلیس عراق آزاد شدند.",
        {"CONCEDE reported IRQ:COP IRN:GOV"},
    ),
]

# One language only: the rule's other forms.
CASES: list[tuple[str, str, set[str]]] = [
    # a deed noun whose genitive (English "of", Arabic "عن") was released
    (
        "The release of the French journalists came after a long trial.",
        "en",
        {"CONCEDE reported -: FRA:MED"},
    ),
    (
        "وجاء قرار الإفراج عن الصحفيين الفرنسيين بعد محاكمة طويلة.",
        "ar",
        {"CONCEDE reported -: FRA:MED"},
    ),
    # Persian verb-final: the side behind the deed's preposition before its verb
    ("او از دولت عراق برای این کمک قدردانی کرد.", "fa", {"SUPPORT reported -: IRQ:GOV"}),
    ("او با دولت عراق مخالفت کرد.", "fa", {"REJECT reported -: IRQ:GOV"}),
    ("او به دولت عراق تبریک گفت.", "fa", {"SUPPORT reported -: IRQ:GOV"}),
    # sanctions lifted from a state: it receives the concession
    ("Sanctions against Iran were lifted.", "en", {"CONCEDE reported -: IRN:"}),
    ("تم رفع العقوبات عن إيران.", "ar", {"CONCEDE reported -: IRN:"}),
    ("تحریم‌های ایران لغو شد.", "fa", {"CONCEDE reported -: IRN:"}),
    # a side behind a word of means is no passive's subject: the court's
    # ruling sentenced him (Persian: English "by the court's ruling" marks an
    # agent already)
    ("او با حکم دادگاه به هشت سال زندان محکوم شد.", "fa", {"COERCE reported -:JUD"}),
    # the passive of an accusation: the accused second
    ("سفیر مصر به جاسوسی متهم شد.", "fa", {"ACCUSE reported -: EGY:GOV"}),
    # an agent's marker before a clause break is the earlier clause's
    (
        "در شکایتی از سوی خانواده او، مقام‌های ایران متهم شدند.",
        "fa",
        {"ACCUSE reported -: IRN:GOV"},
    ),
    # English: the side after the deed's preposition
    ("He warned of a harsh response to Israel.", "en", {"THREATEN reported -: ISR:"}),
    # controls: an agent's marker before the phrase's head ("توسط نیروهای …")
    # (a town taken is ASSAULT capture since assault58fa, as in English)
    # (agents70fa: the government the town is taken from is understood)
    ("شهر هرات توسط نیروهای طالبان تصرف شد.", "fa", {"ASSAULT reported AFG:REB AFG:GOV"}),
    ("The city was captured by Taliban forces.", "en", {"ASSAULT reported AFG:REB AFG:GOV"}),
    # "خواستار شد" is the subject's own demand, no passive (Persian only:
    # English and Arabic have no light verb of becoming in these deeds)
    ("ایران خواستار شد که تحریم‌ها لغو شود.", "fa", {"REQUEST reported IRN:"}),
    # a partitive's "از" marks no object: the members backed the plan
    ("برخی از نمایندگان مجلس ایران از این طرح حمایت کردند.", "fa", set()),
    # a bare noun before its own phrase takes no object before it: the
    # IRGC arrested, and is the one praised
    (
        "او از سپاه بابت دستگیری فرزندش تقدیر کرد.",
        "fa",
        {"COERCE reported IRN:MIL", "SUPPORT reported -: IRN:MIL"},
    ),
    # the victims of a force deed keep their understood attacker (add_implied),
    # no unnamed doer besides
    ("Three Iraqi police officers were abducted.", "en", {"ASSAULT reported -:UAF IRQ:COP"}),
    ("سه افسر پلیس عراق ربوده شدند.", "fa", {"ASSAULT reported -:UAF IRQ:COP"}),
]

# Known gaps.
GAPS: list[tuple[str, str, set[str]]] = [
    # a phrase inside a noun's own phrase ("از حمایت شما از X") is read as
    # the verb's: Greece is read as the one thanked, where the one thanked
    # ("شما") is no actor and Greece no side of the thanks
    ("او از حمایت شما از یونان تشکر کرد.", "fa", set()),
    # a participle between the deed and its preposition ("المفروضة على")
    ("رفعت العقوبات المفروضة على إيران.", "ar", {"CONCEDE reported -: IRN:"}),
    # English and Arabic tell no accusation without its accuser
    ("The Egyptian ambassador was accused of spying.", "en", {"ACCUSE reported -: EGY:GOV"}),
    ("اتُّهم السفير المصري بالتجسس.", "ar", {"ACCUSE reported -: EGY:GOV"}),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), AGREED)
def test_triples_read_alike(en: str, ar: str, fa: str, want: set[str]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == want, lang


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
