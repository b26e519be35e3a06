"""Sides kept inside a longer phrase or carried by a pronoun (parties57fa).

* A comment whose direct object is a stand of another actor followed by
  its complement ("چین اقدام آمریکا در فروش سلاح به تایوان را محکوم
  کرد") is aimed at the stand's owner, not at the state inside the
  complement (``marked_split._opens_stance``). Persian only reads sides by
  case marks; Arabic and English already give the owner, and the tests
  record that nothing changes there.
* A pronoun opening a sentence ("وی", "he") stands for the subject before
  it as a full side (``referents._standing_for``), also where the sentence
  names two other states ("He condemned the US sale of arms to Taiwan").
  Arabic carries the subject in the verb and has no such pronoun entry:
  a sentence naming its subject is tested to stay as it was.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import sides

# --- the owner of a stand the comment is aimed at ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "روسیه تصمیم آمریکا برای اعزام نیرو به لهستان را محکوم کرد."),
        ("fa", "چین اقدام آمریکا در فروش سلاح به تایوان را محکوم کرد."),
        ("ar", "أدانت روسيا قرار الولايات المتحدة إرسال قوات إلى بولندا."),
        ("en", "Russia condemned the US decision to send troops to Poland."),
    ],
)
def test_comment_aimed_at_the_stands_owner(lang: str, text: str) -> None:
    got = sides(text, lang, "ACCUSE")
    assert got, text
    codes = [[a[0] for a in ev] for ev in got]
    assert codes[0][:2] in (["RUS", "USA"], ["CHN", "USA"]), got
    assert not any({"POL", "TWN"} & set(c) for c in codes), got


def test_positions_struck_are_no_stand() -> None:
    """ "مواضع" is also the positions a force strikes: a deed's object keeps
    its reading (no comment verb)."""
    got = sides(
        "ارتش آمریکا مواضع گروه‌های مورد حمایت ایران در سوریه را بمباران کرد.", "fa", "ASSAULT"
    )
    assert got and got[0][0] == ("USA", "MIL"), got


# --- a pronoun subject beside two named states ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "وزیر خارجه چین روز دوشنبه وارد تهران شد. وی فروش سلاح آمریکا به تایوان را محکوم کرد.",
        ),
        (
            "en",
            "China's foreign minister arrived in Tehran on Monday. "
            "He condemned the US sale of arms to Taiwan.",
        ),
        ("ar", "أدان وزير الخارجية الصيني بيع الولايات المتحدة أسلحة لتايوان."),
    ],
)
def test_pronoun_subject_stays_a_side(lang: str, text: str) -> None:
    got = sides(text, lang, "ACCUSE")
    assert got and [a[0] for a in got[0]] == ["CHN", "USA"], got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "رئیس‌جمهور فرانسه روز سه‌شنبه وارد بیروت شد. او از رهبران لبنان خواست دولت تشکیل دهند.",
        ),
        (
            "en",
            "The French president arrived in Beirut on Tuesday. "
            "He urged Lebanese leaders to form a government.",
        ),
        ("ar", "طالب الرئيس الفرنسي القادة اللبنانيين بتشكيل حكومة."),
    ],
)
def test_pronoun_subject_asks(lang: str, text: str) -> None:
    got = sides(text, lang, "REQUEST")
    assert got and got[0][0] == ("FRA", "GOV"), got
    assert "LBN" in [a[0] for a in got[0]], got
