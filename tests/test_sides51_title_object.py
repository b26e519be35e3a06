"""A body with a preposition glued to it after a whole title is the verb's
object, not the title's genitive (round 51, sides51).

"أشاد وزير الداخلية بالشرطة": a title and an agent noun written one after
the other were read as one office ("the police's minister"), so the
minister was lost and the police took his role; with a second object
("بالشرطة والجيش") the praise had no praiser. Arabic marks the object of
"أشاد ب…" with a glued "ب", and a construct title ending in a definite
word ("وزير الداخلية") takes no genitive after it: the body opens the
verb's object (``titles.two_definite_bodies``, ``OBJECT_PREPOSITIONS``).
A one-word title keeps its body ("النائب بمجلس نواب الشعب" is one MP), and
"ل" still links a title to its body ("الأمين العام لحزب الله").

English and Persian keep the title and the object apart by word order and
by "از" ("وزیر کشور از پلیس … قدردانی کرد"): their tests check that they
read the same sides. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import first_cast, run


def _sides(text: str, lang: str, etype: str) -> set[tuple[str | None, ...]]:
    return {tuple(a.agent for a in e.actors) for e in run(text, lang).events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        ("أشاد وزير الداخلية بالشرطة والجيش.", "ar", "SUPPORT", {("GOV", "COP"), ("GOV", "MIL")}),
        ("أشاد وزير الداخلية بالشرطة.", "ar", "SUPPORT", {("GOV", "COP")}),
        ("أشاد وزير الخارجية بالجيش.", "ar", "SUPPORT", {("GOV", "MIL")}),
        ("أشاد رئيس الحكومة بالنقابات.", "ar", "SUPPORT", {("GOV", "LAB")}),
        (
            "The interior minister praised the police and the army.",
            "en",
            "SUPPORT",
            {("GOV", "COP"), ("GOV", "MIL")},
        ),
        (
            "وزیر کشور از پلیس و ارتش قدردانی کرد.",
            "fa",
            "SUPPORT",
            {("GOV", "COP"), ("GOV", "MIL")},
        ),
    ],
)
def test_praised_body_is_the_object(
    text: str, lang: str, etype: str, expected: set[tuple[str, ...]]
) -> None:
    assert _sides(text, lang, etype) == expected


def test_one_word_title_keeps_its_body() -> None:
    """ "النائب بمجلس نواب الشعب" is one member of parliament."""
    assert _sides("انتقد النائب بمجلس نواب الشعب الحكومة.", "ar", "ACCUSE") == {("LEG", "GOV")}


def test_title_linked_by_lam_keeps_its_body() -> None:
    """ "ل" links a title to its body: the party's secretary general."""
    text = "التقى الأمين العام لحزب الله السفير الإيراني."
    assert first_cast(text, "ar", "CONSULT") == ["LBN:REB", "IRN:GOV"]
