"""Parties of round 41 (persons named after an honorific; every sentence
written for these tests).

A listed office holder whose name is also an ordinary word or another
person's name counts only after a title; an honorific ("آقای", "السيد",
"Mr.") marks it as the name too, unless the word is a given name that opens
another man's full name. A person of a state that writes the family name
first ("Xi Jinping") is named again by the first word after an honorific.
"""

from __future__ import annotations

import pytest

from casts import run


def parties(text: str, lang: str) -> set[str]:
    """The codes of every actor of every event of ``text``."""
    return {a.code for e in run(text, lang).events for a in e.actors if a.code}


def last_parties(text: str, lang: str) -> set[str]:
    """The codes of the actors of the events told in the text's last sentence."""
    events = run(text, lang).events
    last = max(e.evidence.start for e in events)
    return {a.code for e in events if e.evidence.start == last for a in e.actors if a.code}


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("آقای ظریف با وزیر خارجه کنیا در نایروبی دیدار کرد.", "fa", "IRN"),
        ("دکتر ظریف از سفر هیئت پرویی به تهران استقبال کرد.", "fa", "IRN"),
        ("آقای متقی با سفیر نروژ در دوحه گفت‌وگو کرد.", "fa", "AFG"),
        ("جناب متقی با سفیر نروژ در دوحه گفت‌وگو کرد.", "fa", "AFG"),
        ("التقى السيد ظريف نظيره الكيني في نيروبي.", "ar", "IRN"),
        ("Mr. Petro held talks with the Kenyan president in Nairobi.", "en", "COL"),
        ("Mr Petro held talks with the Kenyan president in Nairobi.", "en", "COL"),
    ],
)
def test_honorific_names_the_holder(text: str, lang: str, code: str) -> None:
    assert code in parties(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # without a title or an honorific the word is no name
        ("مردی ظریف با وزیر خارجه کنیا در نایروبی دیدار کرد.", "fa", "IRN"),
        (
            "Petro met the Kenyan president and the Ugandan foreign minister in Nairobi.",
            "en",
            "COL",
        ),
        # an ending glued to the name makes another surname of it
        ("آقای ظریفی با وزیر خارجه کنیا در نایروبی دیدار کرد.", "fa", "IRN"),
        # a given name after the honorific opens another man's name
        ("آقای عباس نوری با سفیر کنیا در نایروبی دیدار کرد.", "fa", "PSE"),
        (
            "التقى السيد عباس الكعبي وزير الخارجية الكيني ووزير الخارجية الأوغندي في نيروبي.",
            "ar",
            "PSE",
        ),
        (
            "التقى الدكتور مبارك الحربي وزير الخارجية الكيني ووزير الخارجية الأوغندي في نيروبي.",
            "ar",
            "EGY",
        ),
    ],
)
def test_no_honorific_or_a_given_name(text: str, lang: str, code: str) -> None:
    # the meeting is still read, with its other side only
    assert run(text, lang).events
    assert code not in parties(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "شی جین‌پینگ رئیس جمهور چین روز دوشنبه وارد برازیلیا شد. "
            "آقای شی با رئیس جمهور برزیل دیدار کرد.",
            "fa",
        ),
        (
            "وانگ یی وزیر خارجه چین صبح پنجشنبه وارد لیما شد. آقای وانگ با وزیر خارجه پرو دیدار کرد.",
            "fa",
        ),
        (
            "وصل شي جين بينغ رئيس جمهورية الصين إلى برازيليا صباح الخميس. "
            "والتقى السيد شي رئيس البرازيل.",
            "ar",
        ),
        (
            "Chinese Foreign Minister Wang Yi arrived in Lima on Friday. "
            "Mr. Wang met the Peruvian foreign minister.",
            "en",
        ),
    ],
)
def test_family_name_first_after_honorific(text: str, lang: str) -> None:
    assert "CHN" in last_parties(text, lang)


def test_family_name_alone_is_no_name() -> None:
    """Without an honorific the first word ("شی" is also "thing") names no one."""
    text = "وانگ یی وزیر خارجه چین صبح پنجشنبه وارد لیما شد. وانگ با وزیر خارجه پرو دیدار کرد."
    assert "CHN" not in last_parties(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang", "cast_wanted"),
    [
        # an agent noun followed by "our country" is the home country's
        ("ارتش کشورمان به مواضع شورشیان در سوریه حمله کرد.", "fa", "IRN:MIL"),
        ("پلیس کشورمان سه قاچاقچی ترکمن را در مرز بازداشت کرد.", "fa", "IRN:COP"),
        ("دولت کشورمان از تصمیم پارلمان لبنان انتقاد کرد.", "fa", "IRN:GOV"),
        # Arabic and English write the agent's state itself, read as before
        ("هاجم الجيش السوري مواقع المتمردين قرب حلب.", "ar", "SYR:MIL"),
        ("Turkmen police arrested three smugglers at the border.", "en", "TKM:COP"),
    ],
)
def test_agent_of_our_country(text: str, lang: str, cast_wanted: str) -> None:
    record = run(text, lang)
    casts = {f"{a.code or '-'}:{a.agent or ''}" for e in record.events for a in e.actors}
    assert cast_wanted in casts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the agent is not placed by the other state its sentence names
        ("ارتش کشورمان به مواضع شورشیان در سوریه حمله کرد.", "SYR:MIL"),
        ("پلیس کشورمان سه قاچاقچی ترکمن را در مرز بازداشت کرد.", "TKM:COP"),
        # nor is the group it strikes of the home country
        ("ارتش کشورمان به مواضع شورشیان حمله کرد.", "IRN:REB"),
    ],
)
def test_agent_of_our_country_not_elsewhere(text: str, wrong: str) -> None:
    record = run(text, "fa")
    casts = {f"{a.code or '-'}:{a.agent or ''}" for e in record.events for a in e.actors}
    assert wrong not in casts
