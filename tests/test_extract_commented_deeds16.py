"""A deed of force that a comment is about is told as having happened:
"condemned the drone attack on the tanker", "held Iran responsible for the
attack". Persian deed nouns need a verb of their own to report an attack
(named in passing they are a reference); a condemnation, a blame or a word of
praise that closes the noun's clause, or opens it right before the noun, is
that verb's stand-in. The deed's sides are those its own phrase names: the
commenter is none of them, and a phrase naming only whom it struck leaves
the attacker unidentified. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def events(text: str, lang: str, etype: str) -> list[list[tuple[str | None, str | None]]]:
    record = process(Document("t", text, lang=lang, published="2024-05-02"))
    return [[(a.code, a.agent) for a in e.actors] for e in record.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang", "commenter"),
    [
        ("ایران حمله هوایی آمریکا به مواضع ارتش عراق را محکوم کرد.", "fa", "IRN"),
        ("بریتانیا حمله پهپادی به یک نفتکش اسرائیلی در دریای عمان را محکوم کرد.", "fa", "GBR"),
        ("ترکیه حمله تروریستی به زائران عراقی در کربلا را به شدت محکوم کرد.", "fa", "TUR"),
        ("أدانت إيران الغارة الأمريكية على مواقع الجيش العراقي.", "ar", "IRN"),
        ("أدانت بريطانيا الهجوم بطائرة مسيرة على ناقلة نفط إسرائيلية.", "ar", "GBR"),
    ],
)
def test_a_condemned_attack_is_reported_without_its_commenter(
    text: str, lang: str, commenter: str
) -> None:
    attacks = events(text, lang, "ASSAULT")
    assert attacks, "the condemned attack happened"
    assert all(commenter not in {code for code, _ in a} for a in attacks)
    assert events(text, lang, "ACCUSE"), "the condemnation stays"


def test_the_doer_named_in_the_phrase_acts() -> None:
    attacks = events("ایران حمله هوایی آمریکا به مواضع ارتش عراق را محکوم کرد.", "fa", "ASSAULT")
    assert attacks and attacks[0][0][0] == "USA"
    assert ("IRQ", "MIL") in attacks[0]


def test_a_phrase_naming_only_the_struck_leaves_the_attacker_unidentified() -> None:
    text = "بریتانیا حمله پهپادی به یک نفتکش اسرائیلی در دریای عمان را محکوم کرد."
    attacks = events(text, "fa", "ASSAULT")
    assert attacks and attacks[0][0] == (None, "UAF")
    assert ("ISR", None) in attacks[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر دفاع اسرائیل ایران را مسئول حمله پهپادی به نفتکش اسرائیلی دانست.", "fa"),
        ("حمّل وزير الدفاع الإسرائيلي إيران مسؤولية الهجوم على ناقلة نفط إسرائيلية.", "ar"),
    ],
)
def test_an_attack_blamed_on_someone_is_reported(text: str, lang: str) -> None:
    attacks = events(text, lang, "ASSAULT")
    assert attacks
    # the blaming minister's role is not the struck tanker's
    assert all(agent != "GOV" for a in attacks for _, agent in a)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("پس از حمله به سفارت، کویت سفیر خود را فراخواند.", "fa"),
        ("After the attack on the embassy, Kuwait recalled its ambassador.", "en"),
        ("در پی حمله به کنسولگری، وزیر خارجه با همتای عراقی خود تلفنی گفتگو کرد.", "fa"),
        # the praise follows another verb: the noun's clause closed before it
        (
            "حمله موشکی حوثی‌ها به فرودگاه ابها، مقامات سعودی را غافلگیر کرد و سخنگوی"
            " جنبش از این عملیات تقدیر کرد.",
            "fa",
        ),
    ],
)
def test_an_attack_named_in_passing_is_no_report(text: str, lang: str) -> None:
    assert not events(text, lang, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "lang", "commenter"),
    [
        ("وزیر خارجه آمریکا در نیویورک حمله به کشتی تجاری را محکوم کرد.", "fa", "USA"),
        ("Iran strongly condemned the American air strike on Iraqi army positions.", "en", "IRN"),
        (
            "The US secretary of state in New York condemned the attack on a cargo ship.",
            "en",
            "USA",
        ),
    ],
)
def test_the_commenter_or_his_place_never_attacks(text: str, lang: str, commenter: str) -> None:
    attacks = events(text, lang, "ASSAULT")
    assert all(commenter not in {code for code, _ in a} for a in attacks)
    assert events(text, lang, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("عراق ترکیه را به دست داشتن در حمله به کنسولگری خود متهم کرد.", "fa"),
        ("مصر قطر را به دست داشتن در حمله به سفارت خود در لیبی متهم کرد.", "fa"),
        ("لبنان اسرائیل را به دست داشتن در حمله به نیروهای حافظ صلح متهم کرد.", "fa"),
        ("اتهمت أفغانستان باكستان بالضلوع في الهجوم على القاعدة العسكرية.", "ar"),
        ("Afghanistan accused Pakistan of a role in the attack on the army base.", "en"),
    ],
)
def test_an_accused_part_in_an_attack_is_never_a_denied_attack(text: str, lang: str) -> None:
    """ "Accused X of a part in the attack": the part-in-a-deed cue that
    marks a denial does not make the commented attack a negated one."""
    record = process(Document("t", text, lang=lang, published="2024-05-02"))
    assert not [e for e in record.events if e.type == "ASSAULT" and e.status == "negated"]
    assert any(e.type == "ACCUSE" for e in record.events)
