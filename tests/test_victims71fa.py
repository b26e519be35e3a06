"""Victims told by a result clause, round 71 (sentences written for these tests).

Persian tells a toll as what a deed led to: "حمله طالبان به کشته شدن هشت
غیرنظامی انجامید", "انفجار … منجر به زخمی شدن شش پلیس شد", "حمله‌ای که به
کشته شدن دو کارگر منجر شد". Whom the infinitive names after it, up to the
result verb, are the deed's victims, as Arabic "أسفر هجوم … عن مقتل",
"أدى انفجار … إلى إصابة" and English "resulted in the death of", "left six
police officers wounded" are read. The bare preposition makes a result only
with "انجامید"/"منجر" closing it: "در واکنش به کشته شدن" and "با توجه به
کشته شدن" name a killing someone else reacts to. Where two participants
stand before the infinitive (the two sides of a clash) Persian does not
pair each with the dead.
"""

from __future__ import annotations

import pytest

from casts import run


def _assault_sides(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    found = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    return [[(a.code, a.agent) for a in e.actors] for e in found]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "حمله طالبان در ولایت غزنی به کشته شدن هشت غیرنظامی انجامید.",
            "fa",
            [("AFG", "REB"), ("AFG", "CVL")],
        ),
        (
            "انفجار بمب داعش در بغداد منجر به زخمی شدن شش پلیس عراقی شد.",
            "fa",
            [("IRQ", "REB"), ("IRQ", "COP")],
        ),
        (
            "حمله موشکی حوثی‌ها که به کشته شدن دو کارگر منجر شد، ادامه دارد.",
            "fa",
            [("YEM", "REB"), ("YEM", "LAB")],
        ),
        (
            "حمله داعش در موصل باعث زخمی شدن سه سرباز عراقی شد.",
            "fa",
            [("IRQ", "REB"), ("IRQ", "MIL")],
        ),
        (
            "أسفر هجوم لحركة طالبان في غزني عن مقتل ثمانية مدنيين.",
            "ar",
            [("AFG", "REB"), ("AFG", "CVL")],
        ),
        (
            "أدى انفجار قنبلة لتنظيم داعش في بغداد إلى إصابة ستة من رجال الشرطة العراقية.",
            "ar",
            [("IRQ", "REB"), ("IRQ", "COP")],
        ),
        (
            "A Taliban attack in Ghazni province resulted in the death of eight civilians.",
            "en",
            [("AFG", "REB"), ("AFG", "CVL")],
        ),
        (
            "An Islamic State bombing in Baghdad left six Iraqi police officers wounded.",
            "en",
            [("IRQ", "REB"), ("IRQ", "COP")],
        ),
    ],
)
def test_a_result_clause_names_the_victims(
    text: str, lang: str, want: list[tuple[str, str]]
) -> None:
    assert _assault_sides(text, lang) == [want]


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        # a killing reacted to or taken into account: the movement is no killer
        ("داعش در واکنش به کشته شدن سه سرباز عراقی بیانیه داد.", "fa", ("IRQ", "REB")),
        ("طالبان با توجه به کشته شدن پنج پلیس افغان عقب نشینی کرد.", "fa", ("AFG", "REB")),
        (
            "The Jordanian government expressed regret over the death of three Iraqi soldiers.",
            "en",
            ("JOR", "GOV"),
        ),
    ],
)
def test_a_killing_referred_to_is_no_result(text: str, lang: str, doer: tuple[str, str]) -> None:
    for sides in _assault_sides(text, lang):
        assert not (doer in sides and len(sides) > 1), sides


def test_two_sides_of_a_clash_are_not_each_given_the_dead() -> None:
    text = "درگیری میان ارتش افغانستان و طالبان به کشته شدن ده غیرنظامی انجامید."
    assert _assault_sides(text, "fa") == [[("AFG", "MIL"), ("AFG", "REB")]]


def test_the_bare_preposition_needs_a_result_verb() -> None:
    # "به … بیانیه داد": a light verb closes the clause, not a verb of result
    text = "طالبان در پاسخ به کشته شدن ده غیرنظامی بیانیه داد."
    for sides in _assault_sides(text, "fa"):
        assert ("AFG", "CVL") not in sides or ("AFG", "REB") not in sides
