"""Co-actors: a conjunct of a participant is a participant of the same side.

"Britain, along with France and Germany, condemned …", "فرضت الولايات المتحدة
وكذلك بريطانيا عقوبات …", "آمریکا و همچنین انگلیس … وضع کردند": the actor
after a comitative or an additive link (``context.COACTOR_LINKS``) acts with
the one before it, on the same target; it is no target itself. In English a
list of subjects after an earlier verb ("…, and Poland, Lithuania and Latvia
expelled …") is the later verb's subject as a whole, and none of the earlier
verb's objects.

All sentences were written for these tests; none comes from the corpus, the
dev set or the challenge sets.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))


def pairs(record: Record, etype: str) -> set[tuple[str, ...]]:
    """The codes of each event of ``etype``, in the order written."""
    return {tuple(a.code or "-" for a in e.actors) for e in record.events if e.type == etype}


# ---------------------------------------------------------------- comitatives


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        (
            "en",
            "Britain, along with France and Germany, condemned the missile launch by North Korea.",
            "ACCUSE",
            {("GBR", "PRK"), ("FRA", "PRK"), ("DEU", "PRK")},
        ),
        (
            "en",
            "Germany together with Italy sent aid to Libya.",
            "AID",
            {("DEU", "LBY"), ("ITA", "LBY")},
        ),
        (
            "ar",
            "أدانت بريطانيا إلى جانب فرنسا وألمانيا إطلاق كوريا الشمالية صاروخا باليستيا.",
            "ACCUSE",
            {("GBR", "PRK"), ("FRA", "PRK"), ("DEU", "PRK")},
        ),
        (
            "ar",
            "أرسلت ألمانيا بالتعاون مع إيطاليا مساعدات إلى ليبيا.",
            "AID",
            {("DEU", "LBY"), ("ITA", "LBY")},
        ),
        (
            "fa",
            "انگلیس به همراه فرانسه و آلمان پرتاب موشک کره شمالی را محکوم کرد.",
            "ACCUSE",
            {("GBR", "PRK"), ("FRA", "PRK"), ("DEU", "PRK")},
        ),
        (
            "fa",
            "آلمان همراه با ایتالیا به لیبی کمک ارسال کرد.",
            "AID",
            {("DEU", "LBY"), ("ITA", "LBY")},
        ),
    ],
)
def test_a_comitative_names_a_co_actor(
    lang: str, text: str, etype: str, expected: set[tuple[str, ...]]
) -> None:
    assert pairs(run(text, lang), etype) == expected


def test_a_comitative_aside_ends_at_its_comma() -> None:
    """ "طردت السعودية، ومعها البحرين، السفير الإيراني": Bahrain expels with
    Saudi Arabia; the ambassador after the closing comma is whom they expel."""
    record = run("طردت السعودية، ومعها البحرين، السفير الإيراني.", "ar")
    assert pairs(record, "SANCTION") == {("SAU", "IRN"), ("BHR", "IRN")}


# ---------------------------------------------------------------- additive links


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        (
            "en",
            "The United States and also Britain imposed new sanctions on Russia.",
            "SANCTION",
            {("USA", "RUS"), ("GBR", "RUS")},
        ),
        (
            "ar",
            "فرضت الولايات المتحدة وكذلك بريطانيا عقوبات جديدة على روسيا.",
            "SANCTION",
            {("USA", "RUS"), ("GBR", "RUS")},
        ),
        (
            # Canada is written after "عن" (about): a link makes it a co-actor
            "ar",
            "فرضت الولايات المتحدة فضلا عن كندا عقوبات على إيران.",
            "SANCTION",
            {("USA", "IRN"), ("CAN", "IRN")},
        ),
        (
            "fa",
            "آمریکا و همچنین انگلیس تحریم‌های جدیدی علیه روسیه وضع کردند.",
            "SANCTION",
            {("USA", "RUS"), ("GBR", "RUS")},
        ),
        (
            "fa",
            "آمریکا و نیز کانادا ایران را تحریم کردند.",
            "SANCTION",
            {("USA", "IRN"), ("CAN", "IRN")},
        ),
    ],
)
def test_an_additive_link_names_a_co_actor(
    lang: str, text: str, etype: str, expected: set[tuple[str, ...]]
) -> None:
    assert pairs(run(text, lang), etype) == expected


# ---------------------------------------------------------------- English lists after an earlier verb


def test_a_list_of_subjects_after_an_earlier_verb_acts_whole() -> None:
    record = run(
        "Iran attacked the tanker, and the United States, Britain and Israel condemned Tehran.",
        "en",
    )
    assert pairs(record, "ACCUSE") == {("USA", "IRN"), ("GBR", "IRN"), ("ISR", "IRN")}
    # the later verb's subjects are nobody the earlier verb attacked
    assert all(
        len(p) == 1 or p[0] == "IRN" and p[1] not in {"USA", "GBR", "ISR"}
        for p in pairs(record, "ASSAULT")
    )


def test_the_earlier_verbs_object_is_no_later_subject() -> None:
    """ "Russia invaded Ukraine, and Poland, Lithuania and Latvia expelled …":
    the list has one "and", so the one before it joins two clauses."""
    record = run(
        "Russia invaded Ukraine, and Poland, Lithuania and Latvia expelled Russian diplomats.",
        "en",
    )
    expellers = {p[0] for p in pairs(record, "SANCTION")}
    assert expellers == {"POL", "LTU", "LVA"}
    assert {p[1] for p in pairs(record, "ASSAULT")} == {"UKR"}


# ---------------------------------------------------------------- plain lists are unchanged


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Saudi Arabia, Bahrain and Egypt cut diplomatic ties with Qatar on Monday."),
        ("ar", "قطعت السعودية والبحرين ومصر علاقاتها الدبلوماسية مع قطر يوم الاثنين."),
        ("fa", "عربستان، بحرین و مصر روز دوشنبه روابط دیپلماتیک خود را با قطر قطع کردند."),
    ],
)
def test_a_plain_list_still_gives_one_event_per_sender(lang: str, text: str) -> None:
    assert pairs(run(text, lang), "SANCTION") == {("SAU", "QAT"), ("BHR", "QAT"), ("EGY", "QAT")}


# ---------------------------------------------------------------- joining, allies in apposition


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        (
            "en",
            "Canada joined the United States in imposing sanctions on Venezuelan officials.",
            "SANCTION",
            {("CAN", "VEN"), ("USA", "VEN")},
        ),
        (
            "ar",
            "كندا انضمت إلى الولايات المتحدة في فرض عقوبات على فنزويلا.",
            "SANCTION",
            {("CAN", "VEN"), ("USA", "VEN")},
        ),
        (
            "fa",
            "ناتو و اتحادیه اروپا نیز به جمع آمریکا و انگلیس پیوستند و ایران را محکوم کردند.",
            "ACCUSE",
            {("NATO", "IRN"), ("EU", "IRN"), ("USA", "IRN"), ("GBR", "IRN")},
        ),
        (
            "en",
            "Washington and its allies, Britain and Australia, condemned China.",
            "ACCUSE",
            {("USA", "CHN"), ("GBR", "CHN"), ("AUS", "CHN")},
        ),
        (
            # the comma after the apposition closes it: China is the target
            "ar",
            "أدانت واشنطن وحلفاؤها، بريطانيا وأستراليا، الصين.",
            "ACCUSE",
            {("USA", "CHN"), ("GBR", "CHN"), ("AUS", "CHN")},
        ),
    ],
)
def test_whoever_joins_or_is_named_an_ally_acts_too(
    lang: str, text: str, etype: str, expected: set[tuple[str, ...]]
) -> None:
    assert pairs(run(text, lang), etype) == expected
