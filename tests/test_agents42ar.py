"""A government voice speaking of its own state's ties (round 42,
agents42ar; every sentence written for these tests).

Rule added in this round (``extract/spoken_through.state_reported_by_body``):
an official or government body of a state who reports a clause in which
his own state is named as one of the two sides after "between" ("بين",
"بین"/"میان", "between") speaks for its government: that state is GOV, not
the state as a whole. Another pair of states in his words, or his state
named in a later sentence, stays as it is.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Erdogan said there was wide room to expand trade cooperation between Turkey and Malaysia.",
        "قال أردوغان إن هناك مجالا واسعا لتوسيع التعاون التجاري بين تركيا وماليزيا.",
        "اردوغان گفت که همکاری تجاری میان ترکیه و مالزی گسترش خواهد یافت.",
        ("COOPERATE * TUR:GOV MYS:",),
    ),
    (
        "The Moroccan foreign minister said talks between Morocco and Spain would resume next week.",
        "وقال وزير الخارجية المغربي إن المحادثات بين المغرب وإسبانيا ستستأنف الأسبوع المقبل.",
        "وزیر امور خارجه مراکش گفت که مذاکرات بین مراکش و اسپانیا هفته آینده از سر گرفته می‌شود.",
        ("CONSULT planned MAR:GOV ESP:",),
    ),
]

# Not his own state, or not in the clause he reports: no agent is given.
KEPT: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "ar",
        "قال وزير الخارجية المغربي إن المحادثات بين الجزائر وفرنسا ستستأنف الأسبوع المقبل.",
        ("CONSULT planned DZA: FRA:",),
    ),
    (
        "ar",
        "قال وزير الخارجية المغربي. وتستأنف المحادثات بين المغرب وإسبانيا الأسبوع المقبل.",
        ("CONSULT planned MAR: ESP:",),
    ),
    (
        "en",
        "The Moroccan foreign minister said talks between Algeria and France would resume next week.",
        ("CONSULT planned DZA: FRA:",),
    ),
]


def _loose(lines: set[str]) -> set[str]:
    """The readings without their status (the tense of the clause differs
    between the three sentences, the agents are what is tested)."""
    return {" ".join([ln.split()[0], "*", *ln.split()[2:]]) for ln in lines}


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    loose = _loose(set(want))
    assert _loose(_read(en, "en")) == loose
    assert _loose(_read(ar, "ar")) == loose
    assert _loose(_read(fa, "fa")) == loose


@pytest.mark.parametrize(("lang", "text", "want"), KEPT)
def test_kept(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)
