"""Sides of what a speaker says after a colon, a quotation mark or "that"
(round 57, colon57; every sentence written for these tests).

A blame told by a copula inside the quote ("X گفت: طالبان عامل حمله …
بوده است", "قال الوزير: إن داعش هو المسؤول عن الهجوم", 'said: "the
Taliban were behind the attack"') has the speaker as the critic and the
quote's subject as the side blamed (``extract/quoted_blame.py``); Persian
"X مسئول حمله … است" with its copula is such a blame. A deed told inside
the quote is the quote's subject's, and the speaker's only where the quote
opens on his own pronoun (Arabic "نحن", "إننا", English "we"; Persian reads
the person on the verb, as before).
"""

from __future__ import annotations

import pytest

from casts import run


def _sides(text: str, lang: str, etype: str) -> list[list[str]]:
    """'CODE:AGENT' of the actors of each event of ``etype``, in order."""
    return [
        [f"{a.code or '-'}:{a.agent or ''}" for a in e.actors]
        for e in run(text, lang).events
        if e.type == etype
    ]


# (language, text, critic, blamed): the speaker blames the quote's subject
QUOTED_BLAMES = [
    (
        "fa",
        "وزیر امور خارجه آلمان گفت: گروه طالبان عامل حمله به سفارت آمریکا بوده است.",
        "DEU:GOV",
        "AFG:REB",
    ),
    (
        "fa",
        "وزیر امور خارجه آلمان گفت: «گروه طالبان پشت حمله به سفارت بوده است.»",
        "DEU:GOV",
        "AFG:REB",
    ),
    (
        "fa",
        "معاون رئیس جمهور افغانستان گفت: طالبان مسئول بمب‌گذاری در فرودگاه کابل هستند.",
        "AFG:GOV",
        "AFG:REB",
    ),
    ("fa", "نخست وزیر اسرائیل گفت: ایران مسئول حمله به کشتی است.", "ISR:GOV", "IRN:"),  # code only
    (
        "fa",
        "پیش از آقای بلینکن، وزیر خارجه آلمان نیز اعلام کرد که به باور دولت برلین، طالبان پشت حمله به سفارت بوده است.",
        "DEU:GOV",
        "AFG:REB",
    ),
    (
        "ar",
        "قال وزير الدفاع العراقي إن تنظيم داعش هو المسؤول عن الهجوم على السفارة الأمريكية.",
        "IRQ:GOV",
        "-:REB",
    ),
    (
        "ar",
        'قال وزير الدفاع العراقي: "إن تنظيم داعش هو المسؤول عن الهجوم على السفارة الأمريكية".',
        "IRQ:GOV",
        "-:REB",
    ),
    (
        "ar",
        "قال وزير الدفاع العراقي: تنظيم داعش يقف وراء الهجوم على السفارة الأمريكية.",
        "IRQ:GOV",
        "-:REB",
    ),
    (
        "en",
        'The German foreign minister said: "The Taliban were behind the attack on the US embassy."',
        "DEU:GOV",
        "AFG:REB",
    ),
    (
        "en",
        "The German foreign minister said the Taliban was responsible for the attack on the US embassy.",
        "DEU:GOV",
        "AFG:REB",
    ),
]


@pytest.mark.parametrize(("lang", "text", "critic", "blamed"), QUOTED_BLAMES)
def test_speaker_blames_the_quotes_subject(lang: str, text: str, critic: str, blamed: str) -> None:
    sides = _sides(text, lang, "ACCUSE")
    assert sides, text
    # a blamed side's agent may be read from its role; its code is what counts
    assert sides[0][0] == critic and sides[0][1].startswith(blamed), sides


def test_responsible_needs_its_copula_and_a_named_side() -> None:
    """'مسئولیت حمله' is a claim, 'کسی که مسئول …' names no one blamed, and
    a relative with no copula keeps its deed ('شناخته می‌شد')."""
    assert not _sides("گروه داعش مسئولیت حمله به مسجد را بر عهده گرفت.", "fa", "ACCUSE")
    assert not _sides(
        "گانتز افزود: «کسی که مسئول شلیک این موشک‌ها است، دولت لبنان است.»", "fa", "ACCUSE"
    )
    text = "حزب مؤتلفه بود که مسئول ترور نخست وزیر شناخته می‌شد."
    assert not _sides(text, "fa", "ACCUSE")
    assert _sides(text, "fa", "ASSAULT")


def test_object_blamed_by_a_quoted_subject_is_not_read_as_copula() -> None:
    """'ما X را مسئول … می‌دانیم': the speaker ('we') blames X, the marked object."""
    text = "وزارت خارجه آلمان گفت: «ما طالبان را مسئول حمله به سفارت می‌دانیم.»"
    assert ["DEU:GOV", "AFG:REB"] in [s[:2] for s in _sides(text, "fa", "ACCUSE")]


# (language, text, doer, target): a deed the speaker tells of others
OTHERS_DEEDS = [
    (
        "fa",
        "وزیر دفاع عراق گفت: «شبه‌نظامیان به پایگاه آمریکا در اربیل حمله کردند.»",
        "IRQ:REB",
        "USA:",
    ),
    (
        "en",
        'The Iraqi defence minister said: "Militias attacked the American base in Erbil."',
        "IRQ:REB",
        "USA:",
    ),
]


@pytest.mark.parametrize(("lang", "text", "doer", "target"), OTHERS_DEEDS)
def test_speaker_is_no_side_of_a_deed_he_reports(
    lang: str, text: str, doer: str, target: str
) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides and sides[0] == [doer, target], sides


def test_arabic_deed_reported_keeps_the_speaker_out() -> None:
    """Arabic: the militias attacked; the minister only tells it."""
    sides = _sides(
        'قال وزير الدفاع العراقي: "إن الميليشيات هاجمت القاعدة الأمريكية في أربيل".',
        "ar",
        "ASSAULT",
    )
    assert sides and all("IRQ:GOV" not in s for s in sides), sides


# (language, text): the quote opens on the speaker's own pronoun: he did it
OWN_DEEDS = [
    ("ar", 'قال وزير الدفاع العراقي: "إننا قصفنا مواقع داعش في الموصل".'),
    ("en", 'The Iraqi defence minister said: "We attacked Islamic State positions in Mosul."'),
    ("fa", "وزیر دفاع عراق گفت: «ما به مواضع داعش در موصل حمله کردیم.»"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_DEEDS)
def test_own_pronoun_makes_the_speaker_the_doer(lang: str, text: str) -> None:
    sides = _sides(text, lang, "ASSAULT")
    assert sides and sides[0][:2] == ["IRQ:GOV", "IRQ:REB"], sides


def test_own_pronoun_only_opening_the_quote() -> None:
    """A 'we' after a clause break in the quote is another clause's subject."""
    text = 'The Iraqi defence minister said: "Militias attacked the American base, we know that."'
    sides = _sides(text, "en", "ASSAULT")
    assert sides and all("IRQ:GOV" not in s for s in sides), sides
