"""Co-participants, round 13b: a plural title spread over every state of the
list after it, the conjunction written apart ("the foreign ministers of
Egypt, Jordan and Iraq", "وزرای خارجه ایران، ترکیه و روسیه") or glued to the
name ("وزراء خارجية مصر والأردن والعراق").

All sentences were written for these tests; none comes from the corpus, the
dev set or the challenge sets.
"""

from __future__ import annotations

from functools import partial

import pytest

from casts import run as _run
from diplowatch.model import Record

run = partial(_run, published="2024-04-23")


def sides(record: Record, etype: str) -> set[tuple[str, ...]]:
    """The code:agent:role of each event of ``etype``, in the order written."""
    return {
        tuple(f"{a.code or '-'}:{a.agent or '-'}:{a.role or '-'}" for a in e.actors)
        for e in record.events
        if e.type == etype
    }


FM = "GOV:foreign_minister"
MIN = "GOV:minister"


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        (
            "ar",
            "اجتمع وزراء خارجية مصر والأردن والعراق في عمان أمس.",
            "CONSULT",
            {(f"EGY:{FM}", f"JOR:{FM}", f"IRQ:{FM}")},
        ),
        (
            "ar",
            "وقع وزراء مالية قطر والكويت وعمان اتفاقية اقتصادية.",
            "AGREE",
            {(f"QAT:{MIN}", f"KWT:{MIN}", f"OMN:{MIN}")},
        ),
        (
            "ar",
            "استقبل الرئيس المصري وزراء خارجية تونس والجزائر والمغرب.",
            "CONSULT",
            {
                ("EGY:GOV:head_of_state", f"TUN:{FM}"),
                ("EGY:GOV:head_of_state", f"DZA:{FM}"),
                ("EGY:GOV:head_of_state", f"MAR:{FM}"),
            },
        ),
        (
            "fa",
            "وزرای خارجه ایران، ترکیه و روسیه در تهران دیدار کردند.",
            "CONSULT",
            {(f"IRN:{FM}", f"TUR:{FM}", f"RUS:{FM}")},
        ),
        (
            "fa",
            "وزرای اقتصاد قطر و کویت یک توافقنامه امضا کردند.",
            "AGREE",
            {(f"QAT:{MIN}", f"KWT:{MIN}")},
        ),
        (
            "en",
            "The foreign ministers of Egypt, Jordan and Iraq met in Amman on Monday.",
            "CONSULT",
            {(f"EGY:{FM}", f"JOR:{FM}", f"IRQ:{FM}")},
        ),
        (
            "en",
            "The finance ministers of Qatar and Kuwait signed an economic agreement.",
            "AGREE",
            {(f"QAT:{MIN}", f"KWT:{MIN}")},
        ),
    ],
)
def test_plural_title_spreads_over_the_list(
    lang: str, text: str, etype: str, expected: set[tuple[str, ...]]
) -> None:
    assert sides(run(text, lang), etype) == expected


def test_glued_list_after_an_agent_noun_keeps_the_others_bare() -> None:
    """Only an office spreads over a glued list: after an agent noun the next
    state is often the other side ("مخابرات باكستان والهند")."""
    got = sides(run("اتهمت مخابرات باكستان والهند بدعم المتمردين.", "ar"), "ACCUSE")
    assert got and all(not s.startswith("IND:COP") for ev in got for s in ev)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أجرى وزير الخارجية الإيراني محادثات مع نظرائه في بريطانيا ورومانيا."),
        ("fa", "وزیر خارجه ایران با همتایانش در بریتانیا و رومانی گفتگو کرد."),
        ("en", "Iran's foreign minister held talks with his counterparts in Britain and Romania."),
    ],
)
def test_counterparts_in_listed_states_are_their_ministers(lang: str, text: str) -> None:
    """'his counterparts in Britain and Romania': the states are the
    counterparts' own, not where the talks were held; each gets the title."""
    assert sides(run(text, lang), "CONSULT") == {
        (f"IRN:{FM}", f"GBR:{FM}"),
        (f"IRN:{FM}", f"ROU:{FM}"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        ("ar", "بحث وزير الدفاع العراقي مع نظيره في تركيا التعاون الأمني.", "TUR"),
        ("fa", "وزیر دفاع عراق با همتای خود در ترکیه تلفنی گفتگو کرد.", "TUR"),
        ("en", "Iraq's defence minister spoke by phone with his counterpart in Turkey.", "TUR"),
    ],
)
def test_a_counterpart_in_a_state_is_that_states_minister(lang: str, text: str, other: str) -> None:
    got = sides(run(text, lang), "CONSULT")
    assert (f"IRQ:{MIN}", f"{other}:{MIN}") in got


def test_a_counterpart_met_in_a_city_keeps_his_adjective() -> None:
    """A city after the counterpart is where they met, not his country."""
    got = sides(
        run("Egypt's foreign minister met his Jordanian counterpart in Amman.", "en"), "CONSULT"
    )
    assert got == {(f"EGY:{FM}", f"JOR:{FM}")}


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "اجتمع الرئيس اللبناني مع أعضاء الحكومة الجديدة.", "LBN"),
        ("ar", "التقى رئيس الوزراء الأردني بأعضاء الحكومة في عمان.", "JOR"),
        ("fa", "نخست وزیر عراق با اعضای کابینه جدید دیدار کرد.", "IRQ"),
        ("en", "Lebanon's president met with members of the government.", "LBN"),
    ],
)
def test_members_of_his_own_government_are_the_other_side(lang: str, text: str, code: str) -> None:
    """A head meeting members of his own state's government: two parties of
    one unit, so the meeting keeps both sides."""
    got = {tuple(a.code for a in e.actors) for e in run(text, lang).events if e.type == "CONSULT"}
    assert (code, code) in got
