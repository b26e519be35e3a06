"""A side from another coordinated clause of the sentence (clause110).

sidesaudit109's largest sides fault: a trigger's clause that names one side
took its other side from another clause of the sentence ("X arrested Y, and
Z condemned the attack": Z's target became X). A clause opened by a
coordinator (``context.CLAUSE_COORDINATORS``) with a verb before it and a
subject of its own after it keeps its own participants
(``extract/coordinated_clause.py``); a clause that borrows its subject ("X
met Y and discussed …") and nouns joined by "and" set nothing apart.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order
from diplowatch.lang import load


def _codes(text: str, lang: str, etype: str) -> set[str]:
    """The codes of every actor of the events of ``etype`` in ``text``."""
    casts = casts_in_order(text, lang, etype)
    assert casts, f"no {etype} in {text}"
    return {c.split(":")[0] for cast in casts for c in cast}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # the condemning clause names its own doer: the arrester is no target
        (
            "اعتقلت الشرطة التركية عشرة أشخاص، وأدانت إيران الهجوم على السفارة.",
            "ar",
            "ACCUSE",
            {"IRN"},
        ),
        (
            "Turkish police arrested ten people, and Iran condemned the attack on the embassy.",
            "en",
            "ACCUSE",
            {"IRN"},
        ),
        (
            "پلیس ترکیه ده نفر را بازداشت کرد و ایران حمله به سفارت را محکوم کرد.",
            "fa",
            "ACCUSE",
            {"IRN"},
        ),
        # the host's visit is condemned by a third state alone
        (
            "رئیس‌جمهور مصر همتای ایرانی خود را در قاهره پذیرفت و اسرائیل این سفر را محکوم کرد.",
            "fa",
            "ACCUSE",
            {"ISR"},
        ),
        # the call for calm is the second clause's own
        (
            "ایران اسرائیل را به خاطر حمله محکوم کرد و ترکیه خواستار آرامش شد.",
            "fa",
            "REQUEST",
            {"TUR"},
        ),
        # the first clause's deed keeps the second clause's subject out
        (
            "Turkish police arrested ten people, and Iran condemned the attack on the embassy.",
            "en",
            "COERCE",
            {"TUR"},
        ),
    ],
)
def test_a_coordinated_clause_with_its_own_subject_keeps_its_sides(
    text: str, lang: str, etype: str, expected: set[str]
) -> None:
    assert _codes(text, lang, etype) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Egyptian president received his Iranian counterpart in Cairo, and Israel condemned the visit.",
            "en",
        ),
        ("استقبل الرئيس المصري نظيره الإيراني في القاهرة، وأدانت إسرائيل الزيارة.", "ar"),
    ],
)
def test_no_meeting_with_the_condemning_state(text: str, lang: str) -> None:
    consults = casts_in_order(text, lang, "CONSULT")
    assert consults
    assert all(not code.startswith("ISR") for cast in consults for code in cast)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # one subject for two clauses: both sides stay
        (
            "التقى وزير الخارجية الإيراني نظيره التركي، وبحث معه العلاقات الثنائية.",
            "ar",
            "CONSULT",
            {"IRN", "TUR"},
        ),
        (
            "Iran's foreign minister met his Turkish counterpart, and discussed bilateral ties with him.",
            "en",
            "CONSULT",
            {"IRN", "TUR"},
        ),
        (
            "وزیر خارجه ایران با همتای ترکیه‌ای خود دیدار کرد و درباره روابط دوجانبه گفت‌وگو کرد.",
            "fa",
            "CONSULT",
            {"IRN", "TUR"},
        ),
        # nouns joined by "and": no clause of their own
        (
            "Iran, Turkey, and Russia condemned the attack on the embassy.",
            "en",
            "ACCUSE",
            {"IRN", "TUR", "RUS"},
        ),
        ("ایران و ترکیه حمله به سفارت را محکوم کردند.", "fa", "ACCUSE", {"IRN", "TUR"}),
        ("أدانت إيران وتركيا، والعراق الهجوم على السفارة.", "ar", "ACCUSE", {"IRN", "TUR", "IRQ"}),
        # the first clause's own object stays its target
        (
            "Iran condemned Israel over the raid, and Turkey called for calm.",
            "en",
            "ACCUSE",
            {"IRN", "ISR"},
        ),
        (
            "أدانت إيران إسرائيل بسبب الغارة، ودعت تركيا إلى التهدئة.",
            "ar",
            "ACCUSE",
            {"IRN", "ISR"},
        ),
        (
            "ایران اسرائیل را به خاطر حمله محکوم کرد و ترکیه خواستار آرامش شد.",
            "fa",
            "ACCUSE",
            {"IRN", "ISR"},
        ),
    ],
)
def test_sides_named_once_for_the_sentence_stay(
    text: str, lang: str, etype: str, expected: set[str]
) -> None:
    assert _codes(text, lang, etype) == expected


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_the_coordinators_are_language_data(lang: str) -> None:
    data = load(lang, "context")
    assert data is not None and data.CLAUSE_COORDINATORS


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # a pronoun names the other clause's side: not set apart
        (
            "پلیس عراق ده قاچاقچی ترک را بازداشت کرد و ترکیه آن را محکوم کرد.",
            "fa",
            "ACCUSE",
            {"TUR", "IRQ"},
        ),
        # the noun after "و" is the object ("… را"): the first subject threatens
        (
            "فرمانده سپاه ایران از مرز دیدن کرد و اسرائیل و دیگر دشمنان را تهدید کرد.",
            "fa",
            "THREATEN",
            {"IRN"},
        ),
        (
            "Iraqi police arrested ten Turkish smugglers, and Turkey condemned it.",
            "en",
            "COERCE",
            {"IRQ", "TUR"},
        ),
    ],
)
def test_a_clause_that_refers_back_or_has_no_subject_is_not_set_apart(
    text: str, lang: str, etype: str, expected: set[str]
) -> None:
    assert expected <= _codes(text, lang, etype)


def test_a_deed_noun_sharing_the_verb_after_the_coordinator_opens_no_clause() -> None:
    # "دستگیر و زندانی شده بودند": one verb for both nouns
    text = "این ملوانان توسط گارد ساحلی هند دستگیر و زندانی شده بودند."
    assert "IND" in _codes(text, "fa", "COERCE")


def test_the_blaming_clause_after_a_killing_names_its_own_accusers() -> None:
    # the pronoun after "؛" is another clause's: the blaming clause is set apart
    text = (
        "در حمله به نفتکش یک خدمه رومانیایی کشته شده است و اسرائیل، ایالات متحده آمریکا و "
        "بریتانیا ایران را مسئول حمله می‌دانند؛ اما ایران دست داشتن در این حمله را رد کرده "
        "و آن را ادعای واهی خوانده است."
    )
    blames = casts_in_order(text, "fa", "ACCUSE")
    assert {c.split(":")[0] for cast in blames for c in cast} == {"ISR", "USA", "GBR", "IRN"}


def test_the_accusers_are_no_victims_of_the_attack() -> None:
    text = (
        "In the attack on the tanker a Romanian sailor was killed, and Israel, the United "
        "States and Britain hold Iran responsible; but Iran denied any role."
    )
    struck = _codes(text, "en", "ASSAULT")
    assert not struck & {"ISR", "USA", "GBR"}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # the verb carries its object ("ووصفتهم"): it shares the first subject
        ("أعدمت السلطات الإيرانية عشرين شخصا، ووصفتهم بالإرهابيين.", "ACCUSE", {"IRN"}),
        ("اعتقلت الشرطة العراقية عشرة مهربين أتراك، وسلمتهم لتركيا.", "COERCE", {"IRQ", "TUR"}),
    ],
)
def test_an_arabic_verb_with_a_glued_object_opens_no_clause(
    text: str, etype: str, expected: set[str]
) -> None:
    assert _codes(text, "ar", etype) == expected
