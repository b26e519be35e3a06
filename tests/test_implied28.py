"""Sides the text leaves to the reader (implied28).

A government that announces an arrest by its noun only tells it
(``extract/announcers.py`` ``_HELD_BY_POLICE``).

"أعلنت وزارة الداخلية اعتقال خمسة أشخاص", "وزارت کشور از بازداشت پنج نفر
خبر داد", "the interior ministry announced the arrest of five people": the
ministry is the speaker, the police are the arresters. The government is no
party of the arrest, so the police of the place are understood
(``extract/implied.py``), as English already read it. A force that
announces its own arrests (the police, the army) stays their doer; a
government that announces a curfew or a ban it imposes stays its doer; a
ministry that says it arrested them ("أنها اعتقلت", "said it had
detained") did so itself.

A state named after a demonstrative that stands for the agent noun before
it ("القوات العراقية وتلك التابعة لسوريا", "Iraqi troops and those of
Syria") is that state's body of the same kind (``extract/mention_lists.
those_of_named``, ``context.THOSE_OF_NAMED``); Persian writes the noun
again ("نیروهای عراقی و نیروهای سوریه"), which already gives it.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

# English reads whatever follows "announced" as reported speech whose
# speaker takes no part (``extract/quote_opening.quote_start``): a government's
# own curfew or its arrest of armed men loses it, and "a terrorist" held
# by the army names no side.
# Known English gaps, not this rule's.
_EN_ANNOUNCED = pytest.mark.xfail(strict=True, reason="English drops every announcer")

_ANNOUNCED_ARRESTS = [
    ("ar", "أعلنت وزارة الداخلية المصرية اعتقال خمسة أشخاص في القاهرة."),
    ("fa", "وزارت کشور مصر از بازداشت پنج نفر در قاهره خبر داد."),
    ("en", "Egypt's interior ministry announced the arrest of five people in Cairo."),
    ("ar", "أعلنت الحكومة التركية توقيف عشرة صحفيين في إسطنبول."),
    ("fa", "دولت ترکیه از بازداشت ده روزنامه\u200cنگار در استانبول خبر داد."),
    ("en", "The Turkish government announced the detention of ten journalists in Istanbul."),
    ("ar", "أعلنت السلطات الأردنية اعتقال ثلاثة طلاب في عمان."),
    ("fa", "مقامات اردن از دستگیری سه دانشجو در امان خبر دادند."),
    ("en", "Jordanian authorities announced the arrest of three students in Amman."),
    ("ar", "كشفت وزارة الداخلية العراقية عن اعتقال عشرين متظاهرا في البصرة."),
    ("fa", "وزارت کشور عراق از بازداشت بیست معترض در بصره خبر داد."),
    ("en", "The Iraqi interior ministry announced the arrest of twenty protesters in Basra."),
]


@pytest.mark.parametrize(("lang", "text"), _ANNOUNCED_ARRESTS)
def test_announcing_government_leaves_the_arrest_to_the_police(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "COERCE")
    assert any(a.endswith(":COP") for a in actors), actors
    assert not any(a.endswith(":GOV") for a in actors), actors


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "أعلنت وزارة الداخلية المصرية اعتقال خمسة أشخاص في القاهرة.", "EGY"),
        ("fa", "وزارت کشور مصر از بازداشت پنج نفر در قاهره خبر داد.", "EGY"),
        ("en", "Egypt's interior ministry announced the arrest of five people in Cairo.", "EGY"),
    ],
)
def test_understood_police_are_of_the_place(lang: str, text: str, code: str) -> None:
    assert f"{code}:COP" in cast(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        # the police or the army announcing their own arrests made them
        ("ar", "أعلنت الشرطة البريطانية اعتقال ثلاثة أشخاص في لندن.", "GBR:COP"),
        ("fa", "پلیس انگلیس از بازداشت سه نفر در لندن خبر داد.", "GBR:COP"),
        ("en", "British police announced the arrest of three people in London.", "GBR:COP"),
        ("ar", "أعلنت وزارة الدفاع الجزائرية القبض على عنصر إرهابي في تمنراست.", "DZA:MIL"),
        ("fa", "وزارت دفاع الجزایر از دستگیری یک تروریست در تمنراست خبر داد.", "DZA:MIL"),
        pytest.param(
            "en",
            "The Algerian defence ministry announced the arrest of a terrorist in Tamanrasset.",
            "DZA:MIL",
            marks=_EN_ANNOUNCED,
        ),
    ],
)
def test_announcing_force_keeps_its_arrest(lang: str, text: str, wanted: str) -> None:
    assert wanted in cast(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a curfew the government imposes is its own deed
        ("ar", "أعلنت الحكومة المصرية فرض حظر التجول في القاهرة."),
        ("fa", "دولت مصر از اعمال منع رفت و آمد شبانه در قاهره خبر داد."),
        pytest.param(
            "en", "The Egyptian government announced a curfew in Cairo.", marks=_EN_ANNOUNCED
        ),
    ],
)
def test_announced_restriction_stays_the_governments(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "COERCE")
    assert "EGY:GOV" in actors, actors
    assert not any(a.endswith(":COP") for a in actors), actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "said it arrested": the ministry's own deed, told of itself
        ("ar", "قالت وزارة الداخلية التركية إنها اعتقلت عشرة أشخاص في إسطنبول."),
        ("fa", "وزارت کشور ترکیه گفت ده نفر را در استانبول بازداشت کرده است."),
        ("en", "The Turkish interior ministry said it had detained ten people in Istanbul."),
    ],
)
def test_ministry_that_says_it_arrested_stays(lang: str, text: str) -> None:
    assert "TUR:GOV" in cast(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # armed men among those held leave no police understood: the
        # government that announces their arrest stays the side that acts
        ("ar", "أعلنت الحكومة العراقية اعتقال قيادي في تنظيم داعش في الموصل."),
        ("fa", "دولت عراق از بازداشت یکی از سرکردگان داعش در موصل خبر داد."),
        pytest.param(
            "en",
            "The Iraqi government announced the arrest of an Islamic State commander in Mosul.",
            marks=_EN_ANNOUNCED,
        ),
    ],
)
def test_armed_men_held_keep_the_announcing_government(lang: str, text: str) -> None:
    assert {"IRQ:GOV", "IRQ:REB"} <= cast(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    ("lang", "text", "etype", "wanted"),
    [
        (
            "ar",
            "هاجمت القوات العراقية وتلك التابعة لسوريا مواقع داعش قرب الحدود.",
            "ASSAULT",
            {"IRQ:MIL", "SYR:MIL"},
        ),
        (
            "fa",
            "نیروهای عراقی و نیروهای سوریه به مواضع داعش در نزدیکی مرز حمله کردند.",
            "ASSAULT",
            {"IRQ:MIL", "SYR:MIL"},
        ),
        (
            "en",
            "Iraqi troops and those of Syria attacked Islamic State positions near the border.",
            "ASSAULT",
            {"IRQ:MIL", "SYR:MIL"},
        ),
        (
            "ar",
            "انتقد البرلمان الأوروبي الشرطة الفرنسية وتلك التي تتبع لبلجيكا.",
            "ACCUSE",
            {"FRA:COP", "BEL:COP"},
        ),
        (
            "fa",
            "پارلمان اروپا از پلیس فرانسه و پلیس بلژیک انتقاد کرد.",
            "ACCUSE",
            {"FRA:COP", "BEL:COP"},
        ),
        (
            "en",
            "The European Parliament criticised the French police and those of Belgium.",
            "ACCUSE",
            {"FRA:COP", "BEL:COP"},
        ),
    ],
)
def test_those_of_another_state_are_its_body_of_the_same_kind(
    lang: str, text: str, etype: str, wanted: set[str]
) -> None:
    assert wanted <= cast(run(text, lang), etype)
