"""agentnull94: a state named right after an organ's whole name is whom it
acts on, not the organ's state.

Arabic: a construct chain ends at its first word with the article, the words
after it being adjectives ("محكمة العدل الدولية", "قائد القوات البرية"), so a
state's bare name after a run of such words is the verb's object; main read
it as the chain's genitive and made the court Israel's. Persian: a title
that follows its holder's rank and name ("سردار X فرمانده سپاه") still opens
the clause, so "اسرائیل را" after it is the one threatened; main read the
title as Israel's. English already reads both. Sentences written for these
tests."""

import pytest

from casts import cast, run
from diplowatch.text.words import definite_chain


# main read the first three states as the organ's genitive (ISR:JUD, ISR:MIL);
# the fourth, a general the gazetteer knows, it read right: a guard
@pytest.mark.parametrize(
    ("text", "lang", "etype", "wrong"),
    [
        ("انتقدت محكمة العدل الدولية إسرائيل بسبب الجدار العازل.", "ar", "ACCUSE", "ISR:JUD"),
        ("اتهمت محكمة العدل الدولية إسرائيل بانتهاك الاتفاقية.", "ar", "ACCUSE", "ISR:JUD"),
        (
            "سردار حسین سلامی فرمانده کل سپاه پاسداران اسرائیل را تهدید کرد.",
            "fa",
            "THREATEN",
            "ISR:MIL",
        ),
        ("سرلشکر محمد باقری فرمانده سپاه اسرائیل را تهدید کرد.", "fa", "THREATEN", "ISR:MIL"),
    ],
)
def test_state_after_organ_is_the_object(text: str, lang: str, etype: str, wrong: str) -> None:
    got = cast(run(text, lang), etype)
    assert "ISR:" in got
    assert wrong not in got


# guards: English reads these right already, and must stay so
@pytest.mark.parametrize(
    ("text", "etype", "want"),
    [
        ("The International Court of Justice criticised Israel over the wall.", "ACCUSE", "ISR:"),
        (
            "Major General Hossein Salami, commander of the Revolutionary Guards, "
            "threatened Israel.",
            "THREATEN",
            "ISR:",
        ),
    ],
)
def test_english_object_kept(text: str, etype: str, want: str) -> None:
    got = cast(run(text, "en"), etype)
    assert want in got
    assert "ISR:JUD" not in got and "ISR:MIL" not in got


# guards: an organ's own state, by genitive or adjective, stays its own
@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        ("قال قائد جيش إسرائيل إن قواته قصفت مواقع في غزة.", "ar", "ASSAULT", "ISR:MIL"),
        ("هاجمت قوات الأمن المصرية مسلحين في العريش.", "ar", "ASSAULT", "EGY:COP"),
        (
            "أكدت الداخلية في بلاغ أنه تم إيقاف المشتبه به بمركز الأمن الوطني بالبحيرة تونس.",
            "ar",
            "COERCE",
            "TUN:COP",
        ),
        (
            "فرمانده نیروی دریایی ارتش ایران با همتای عمانی خود دیدار کرد.",
            "fa",
            "CONSULT",
            "IRN:MIL",
        ),
        (
            "The commander of the Iranian navy met his Omani counterpart.",
            "en",
            "CONSULT",
            "IRN:MIL",
        ),
    ],
)
def test_own_state_kept(text: str, lang: str, etype: str, want: str) -> None:
    assert want in cast(run(text, lang), etype)


def test_a_destination_is_no_definite_word() -> None:
    """ "الى" (to, as normalised) and a glued preposition break the run."""
    arts = ("ال", "وال", "فال")
    assert definite_chain(["العدل", "الدوليه"], arts)
    assert not definite_chain(["الى"], arts)
    assert not definite_chain(["الوطني", "بالبحيره"], arts)
    assert not definite_chain(["العدل"], ())
