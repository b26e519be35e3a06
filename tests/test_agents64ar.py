"""A bare body of home politics is the country its sentence names alone
(round 64; sentences written for these tests).

- The opposition, parties, parliament or unions named by a bare noun
  ("أحزاب المعارضة", "احزاب مخالف", "the opposition parties") with no
  country of their own take the country of a sentence whose bodies inside
  a state are all of one country and which names no other: they act at
  home, as a title does ("دعت أحزاب المعارضة رئيس مجلس نواب الشعب …");
- not where the sentence names another country beside that body's (the
  parties' support for a foreign people while they address their own
  state), nor where it names no country at all;
- English already reads the opposition before a named parliament so.
"""

from __future__ import annotations

import pytest

from casts import actor_pairs

Actor = tuple[str | None, str | None]


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "دعت أحزاب المعارضة رئيس مجلس نواب الشعب إلى عقد جلسة عامة عاجلة.",
            "ar",
            ("TUN", "OPP"),
        ),
        ("طالب العمال المضربون مجلس نواب الشعب بالتدخل لحل الأزمة.", "ar", ("TUN", "LAB")),
        ("احزاب مخالف از رئیس مجلس شورای اسلامی انتقاد کردند.", "fa", ("IRN", "OPP")),
        (
            "The opposition parties asked the speaker of the Knesset to delay the vote.",
            "en",
            ("ISR", "OPP"),
        ),
    ],
)
def test_bare_home_body_takes_the_sentences_one_country(text: str, lang: str, actor: Actor) -> None:
    """The bare body is coded with the one country of its sentence."""
    found = actor_pairs(text, lang)
    assert actor in found, found
    assert (None, actor[1]) not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "agent", "foreign"),
    [
        (
            "أعلنت أحزاب المعارضة دعمها للشعب الليبي، داعية الدولة التونسية إلى فتح حدودها.",
            "ar",
            "OPP",
            "LBY",
        ),
        (
            "The opposition parties backed the Libyan people and urged the Tunisian state "
            "to open its borders.",
            "en",
            "OPP",
            "LBY",
        ),
    ],
)
def test_bare_body_beside_another_country_takes_none_of_the_other(
    text: str, lang: str, agent: str, foreign: str
) -> None:
    """A sentence that also names another state leaves the body's country
    untold: the foreign people it supports is not its own."""
    assert (foreign, agent) not in actor_pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("احزاب مخالف از رئیس مجلس انتقاد کردند.", "fa"),
        ("انتقدت أحزاب المعارضة رئيس البرلمان بشدة.", "ar"),
    ],
)
def test_bare_body_in_a_sentence_naming_no_country_keeps_none(text: str, lang: str) -> None:
    """With no country in the sentence, nothing is lent."""
    found = actor_pairs(text, lang)
    assert ("OPP" in {a for _, a in found}) and all(c is None for c, _ in found), found
