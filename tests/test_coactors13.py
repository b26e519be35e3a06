"""Co-participants of joint acts (round 13): a list of objects written with
the conjunction glued to each name ("على روسيا وبيلاروسيا") and a co-actor joined after the rest of an English title ("the Turkish
prime minister, together with the UN chief, ...").

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
    """The code:agent of each event of ``etype``, in the order written."""
    return {
        tuple(f"{a.code or '-'}:{a.agent or '-'}" for a in e.actors)
        for e in record.events
        if e.type == etype
    }


def codes(record: Record, etype: str) -> set[tuple[str, ...]]:
    return {tuple(a.code or "-" for a in e.actors) for e in record.events if e.type == etype}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        (
            "ar",
            "فرضت كندا عقوبات مالية على إيران وبيلاروسيا وميانمار.",
            "SANCTION",
            {("CAN", "IRN"), ("CAN", "BLR"), ("CAN", "MMR")},
        ),
        (
            "ar",
            "أرسلت الكويت شحنات إغاثة إلى السودان وتشاد.",
            "AID",
            {("KWT", "SDN"), ("KWT", "TCD")},
        ),
        (
            "fa",
            "کانادا ایران، بلاروس و میانمار را تحریم کرد.",
            "SANCTION",
            {("CAN", "IRN"), ("CAN", "BLR"), ("CAN", "MMR")},
        ),
        (
            "en",
            "Canada imposed financial sanctions on Iran, Belarus and Myanmar.",
            "SANCTION",
            {("CAN", "IRN"), ("CAN", "BLR"), ("CAN", "MMR")},
        ),
    ],
)
def test_every_listed_object_is_a_target(
    lang: str, text: str, etype: str, expected: set[tuple[str, ...]]
) -> None:
    assert codes(run(text, lang), etype) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Spanish prime minister, together with the NATO chief, urged Russia to withdraw.",
            {("ESP", "RUS"), ("NATO", "RUS")},
        ),
        (
            "en",
            "The UN secretary-general and the Norwegian prime minister urged Sudan to stop the war.",
            {("UN", "SDN"), ("NOR", "SDN")},
        ),
        (
            "ar",
            "دعا رئيس الوزراء الإسباني إلى جانب نظيره النرويجي روسيا إلى الانسحاب.",
            {("ESP", "RUS"), ("NOR", "RUS")},
        ),
        (
            "fa",
            "نخست وزیر اسپانیا به همراه دبیرکل ناتو از روسیه خواست عقب‌نشینی کند.",
            {("ESP", "RUS"), ("NATO", "RUS")},
        ),
    ],
)
def test_a_co_actor_after_a_title_asks_too(
    lang: str, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert codes(run(text, lang), "REQUEST") == expected


def test_an_english_title_rest_is_not_a_clause() -> None:
    """A verb phrase between two states is no title: the second is the object."""
    got = codes(run("Spain warned Russia, along with its allies, of new costs.", "en"), "THREATEN")
    assert all(c[0] == "ESP" for c in got)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fa",
            "هلند، بلژیک و دانمارک، روسیه را به حمله سایبری متهم کردند.",
            {("NLD", "RUS"), ("BEL", "RUS"), ("DNK", "RUS")},
        ),
        (
            "fa",
            "ژاپن، کانادا و اتحادیه اروپا، کره شمالی را مسئول این حمله دانستند.",
            {("JPN", "PRK"), ("CAN", "PRK"), ("EU", "PRK")},
        ),
        (
            "ar",
            "اتهمت هولندا وبلجيكا والدنمارك روسيا بشن هجوم إلكتروني.",
            {("NLD", "RUS"), ("BEL", "RUS"), ("DNK", "RUS")},
        ),
        (
            "en",
            "The Netherlands, Belgium and Denmark accused Russia of a cyber attack.",
            {("NLD", "RUS"), ("BEL", "RUS"), ("DNK", "RUS")},
        ),
    ],
)
def test_a_comma_after_a_closed_list_opens_the_object(
    lang: str, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert codes(run(text, lang), "ACCUSE") == expected


def test_a_comma_after_a_closed_list_before_no_object_marker_keeps_the_subject() -> None:
    """ "After Israel and Britain, the US too accused Iran": the US is no object."""
    text = "پس از هلند و بلژیک، دانمارک نیز روز دوشنبه روسیه را به حمله سایبری متهم کرد."
    got = codes(run(text, "fa"), "ACCUSE")
    assert ("DNK", "RUS") in got
    assert all(c[-1] == "RUS" for c in got)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lula began a tour of Angola, Nigeria and Ghana on Monday."),
        ("en", "Lula left for a three-nation tour of Angola, Nigeria and Ghana."),
        ("ar", "بدأ الرئيس البرازيلي جولة تشمل أنغولا ونيجيريا وغانا."),
        ("fa", "رئیس جمهور برزیل سفر خود به آنگولا، نیجریه و غنا را آغاز کرد."),
    ],
)
def test_a_tour_visits_every_host(lang: str, text: str) -> None:
    assert codes(run(text, lang), "CONSULT") == {("BRA", "AGO"), ("BRA", "NGA"), ("BRA", "GHA")}


def test_a_tour_of_places_at_home_names_no_host() -> None:
    assert not run("Lula began a tour of Bahia and Pernambuco on Monday.", "en").events
