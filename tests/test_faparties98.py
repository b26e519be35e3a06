"""The state a person studied or lives in is no side of what he does
(round 98, faparties98; every sentence written for these tests).

"این دیپلمات که در فرانسه تحصیل کرده است با وزیر خارجه آلمان دیدار کرد":
France is where the diplomat studied; main read it as the meeting's first
side (CONSULT FRA → DEU). Persian tells it in a verb-final relative clause,
the noun of study or living right after "در" and the state
(``context.RESIDENCE_AFTER``, ``countries._lived_in``); Arabic with a verb
of study before "في" (``context.RESIDENCE_VERBS``). English read these
sentences right on main (guards). A crowd's plural verb ("که در لبنان
زندگی می‌کنند") keeps its state, and a meeting held in a state is left as
main reads it.
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (language, sentence, type, the state that must not be a side, the side that
# stays): main read the first as a side (the comment says how).
AIMS: list[tuple[str, str, str, str, str]] = [
    # main: CONSULT FRA:- → DEU:GOV
    (
        "fa",
        "این دیپلمات که در فرانسه تحصیل کرده است با وزیر خارجه آلمان دیدار کرد.",
        "CONSULT",
        "FRA",
        "DEU",
    ),
    # main: ACCUSE DEU:- → USA:-
    (
        "fa",
        "سخنگوی وزارت خارجه که در آلمان تحصیل کرده است، آمریکا را به دروغگویی متهم کرد.",
        "ACCUSE",
        "DEU",
        "USA",
    ),
    # main: COERCE IRN:COP → CAN:OPP (the activist given Canada's code)
    (
        "fa",
        "این فعال سیاسی که سال‌ها در کانادا زندگی کرده بود، توسط پلیس ایران بازداشت شد.",
        "COERCE",
        "CAN",
        "IRN",
    ),
    # main: CONSULT SWE:- → JPN:GOV
    ("fa", "نماینده مجلس که در سوئد زندگی می‌کرد با سفیر ژاپن دیدار کرد.", "CONSULT", "SWE", "JPN"),
    # main: CONSULT FRA:- → DEU:GOV
    ("ar", "التقى الدبلوماسي الذي درس في فرنسا وزير الخارجية الألماني.", "CONSULT", "FRA", "DEU"),
    # main: ACCUSE DEU:- → USA:-
    (
        "ar",
        "انتقد المتحدث باسم وزارة الخارجية الذي درس في ألمانيا الولايات المتحدة.",
        "ACCUSE",
        "DEU",
        "USA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "state", "kept"), AIMS)
def test_state_of_study_or_life_is_no_side(
    lang: str, text: str, etype: str, state: str, kept: str
) -> None:
    codes = {a.split(":")[0] for a in cast(run(text, lang), etype)}
    assert kept in codes
    assert state not in codes


# Guards: read the same on main and on this branch.
GUARDS: list[tuple[str, str, str, set[str]]] = [
    # English read the state of study as no side on main
    (
        "en",
        "The diplomat, who studied in France, met the German foreign minister.",
        "CONSULT",
        {"DEU"},
    ),
    (
        "en",
        "The diplomat, who was educated in Britain, met the Japanese ambassador.",
        "CONSULT",
        {"JPN"},
    ),
    # a crowd living in a state protests against its government
    ("fa", "پناهجویانی که در لبنان زندگی می‌کنند علیه دولت اعتراض کردند.", "PROTEST", {"LBN"}),
    # a meeting held in a state: the sides are the ministers (as on main)
    ("fa", "وزیر خارجه ایران در فرانسه با وزیر خارجه آلمان دیدار کرد.", "CONSULT", {"IRN", "DEU"}),
    ("fa", "وزیر خارجه ایران در مسکو با همتای روس خود دیدار کرد.", "CONSULT", {"IRN", "RUS"}),
    (
        "ar",
        "التقى وزير الخارجية الإيراني في فرنسا وزير الخارجية الألماني.",
        "CONSULT",
        {"IRN", "DEU"},
    ),
    (
        "en",
        "The Iranian foreign minister met his German counterpart in France.",
        "CONSULT",
        {"IRN", "DEU"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "codes"), GUARDS)
def test_sides_kept(lang: str, text: str, etype: str, codes: set[str]) -> None:
    assert {a.split(":")[0] for a in cast(run(text, lang), etype)} - {"-"} == codes


def test_plural_verb_is_read_as_a_crowd() -> None:
    """The verb "می‌کند" is singular though it ends in "ند"; "می‌کنند" and "کرده‌اند"
    are plural."""
    from diplowatch.extract.countries import _plural_verb

    assert not _plural_verb("می‌کند", "fa")
    assert not _plural_verb("خواند", "fa")
    assert _plural_verb("می‌کنند", "fa")
    assert _plural_verb("کرده‌اند", "fa")
    assert _plural_verb("اند", "fa")
