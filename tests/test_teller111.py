"""Who speaks about a deed, or blames another for it, is none of its sides
(round 111, teller111, ``extract/framed_teller.py``; every sentence written
for these tests).

A deed's noun in a topic phrase of a teller's clause ("درباره", "بشأن",
"about"; ``context.TOLD_DEED_TOPICS``) with a verb of saying: the teller named
before it tells the deed. A deed's noun after a slot of blame ("X، Y، را
مسئول حمله … دانستند", "held Y responsible for"; ``context.BLAMED_DEED_SLOTS``):
Y is its doer and X blames. Guards: the teller's own deed ("about its
strike", "the army said it struck") and a teller with no one else named in
the deed keep the teller; the Arabic blame, read before, is not read twice.
"""

from __future__ import annotations

from casts import cast, casts_in_order, run


def _cast(text: str, lang: str, etype: str) -> set[str]:
    """'CODE:AGENT' of every actor of the events of ``etype`` in ``text``."""
    return cast(run(text, lang), etype)


def _codes(text: str, lang: str, etype: str) -> set[str]:
    """The codes of the actors of the events of ``etype`` in ``text``."""
    return {c.split(":")[0] for c in _cast(text, lang, etype)}


# --- a deed told in a topic phrase ----------------------------------------------


def test_ar_spokesman_about_a_bombing_is_no_bomber() -> None:
    text = (
        "أفاد الناطق باسم وزارة الداخلية العراقية بأنه تبعا لبلاغ سابق بشأن حدوث"
        " تفجير قرب جامع في كربلاء، فقد ارتفع عدد الضحايا إلى تسعة مدنيين."
    )
    actors = _cast(text, "ar", "ASSAULT")
    assert actors
    assert "IRQ:GOV" not in actors


def test_en_spokesman_about_a_seizure_is_no_side() -> None:
    text = (
        "The Pentagon spokesman said about the seizure of the tanker by Iran that it broke the law."
    )
    assert _codes(text, "en", "COERCE") == {"IRN"}


def test_en_teller_about_its_own_strike_keeps_it() -> None:
    text = (
        "The Israeli army spokesman said about its strike on the camp in Gaza"
        " that militants were hiding there."
    )
    assert "ISR:MIL" in _cast(text, "en", "ASSAULT")


def test_ar_police_spokesman_alone_keeps_the_police() -> None:
    # no one else is named in the deed: the teller stays (its police)
    text = (
        "وقال الناطق باسم الشرطة التونسية بشأن وقوع هجوم على حافلة للسياح في سوسة إن التحقيق مستمر."
    )
    assert "TUN:COP" in _cast(text, "ar", "ASSAULT")


def test_en_army_said_it_struck_keeps_the_army() -> None:
    text = "The army said it struck militant positions in Syria."
    assert "SYR:MIL" in _cast(text, "en", "ASSAULT")


def test_ar_army_announced_it_shelled_keeps_the_army() -> None:
    text = "أعلن الجيش الأردني أنه قصف مواقع المسلحين على الحدود."
    assert "JOR:MIL" in _cast(text, "ar", "ASSAULT")


# --- a deed after a slot of blame -------------------------------------------------


_FA_BLAME = (
    "وزیران خارجه کشورهای عضو «گروه بیست»، با انتشار بیانیه‌ای، دولت روسیه، را"
    " مسئول حمله به کشتی باری عنوان کردند."
)


def test_fa_blamers_set_off_by_commas_and_a_named_group_are_no_sides() -> None:
    # a name in «…» closed before the one blamed is no quotation
    assert casts_in_order(_FA_BLAME, "fa", "ASSAULT") == [["RUS:GOV"]]


def test_fa_blamed_one_is_the_doer() -> None:
    text = "دولت عراق داعش را مسئول انفجار بازار بغداد دانست."
    assert "IRQ:GOV" not in _cast(text, "fa", "ASSAULT")


def test_fa_accusation_keeps_both_sides() -> None:
    assert _codes(_FA_BLAME, "fa", "ACCUSE") == {"G20", "RUS"}


def test_ar_blamed_group_stays_the_doer() -> None:
    # the Arabic blame was read before this round: no second reading of it
    text = "وحمّلت الحكومة العراقية تنظيم داعش المسؤولية عن تفجير السوق في بغداد."
    assert _cast(text, "ar", "ASSAULT") == {"IRQ:REB"}
