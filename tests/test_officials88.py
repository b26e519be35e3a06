"""A state that speaks by a statement of its own body named later (officials88).

"استنكر المغرب …، وفق بيان صادر عن وزارة الخارجية", "Jordan, in a statement
by the foreign ministry, condemned …", "اردن طی بیانیه‌ای از سوی وزارت خارجه
… محکوم کرد": the state named alone as the subject spoke as its ministry or
presidency, so it acts as its government (GOV), not as a bare state; the body
is the channel, no second side (``spoken_through._stated_body``,
``context.STATEMENT_OPENERS``). A body of another country, a codeless state
body standing between as the speaker, an armed group named after "in this
statement" and a state with no statement keep their readings. Sentences
written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_statement_phrase_after_the_object() -> None:
    # main: [MAR:] (the bare state)
    text = "استنكر المغرب بشدة تفجير السوق في بغداد، وفق بيان صادر مساء الأحد عن وزارة الخارجية."
    assert casts_in_order(text, "ar", "ACCUSE") == [["MAR:GOV"]]


def test_arabic_statement_phrase_right_after_the_state() -> None:
    # main: [JOR:, -:GOV] and [DZA:, MLI:GOV] (no comma before the aside)
    text = "نددت الأردن في بيان لوزارة الخارجية بالهجوم على المسجد."
    assert casts_in_order(text, "ar", "ACCUSE") == [["JOR:GOV"]]
    text = "وأعلنت الجزائر في بيان أصدرته رئاسة الجمهورية دعمها الكامل للحكومة المالية."
    assert casts_in_order(text, "ar", "SUPPORT") == [["DZA:GOV", "MLI:GOV"]]


def test_arabic_victims_between_do_not_stop_the_statement() -> None:
    # main: [DZA:] (civilians named in the condemned deed)
    text = (
        "أدانت الجزائر بشدة الهجوم الذي أسفر عن مقتل عشرات المدنيين في مالي، "
        "في بيان صادر اليوم عن وزارة الخارجية."
    )
    assert casts_in_order(text, "ar", "ACCUSE") == [["DZA:GOV"]]


def test_english_statement_aside_by_the_ministry() -> None:
    # main: [JOR:] (the aside's five words were too many)
    text = "Jordan, in a statement by the foreign ministry, condemned the attack on the mosque."
    assert casts_in_order(text, "en", "ACCUSE") == [["JOR:GOV"]]


def test_english_trailing_statement_lends_the_agent() -> None:
    # main: [JOR:, -:GOV]; mendA89: the full cast, the ministry no second
    # side (the "by X" doer reading took the source back before)
    text = (
        "Jordan condemned the attack on the mosque in a statement issued by the foreign ministry."
    )
    assert casts_in_order(text, "en", "ACCUSE") == [["JOR:GOV"]]


def test_persian_statement_from_the_ministry() -> None:
    # main: [JOR:, -:GOV]
    text = "اردن طی بیانیه‌ای از سوی وزارت خارجه حمله به مسجد را محکوم کرد."
    assert casts_in_order(text, "fa", "ACCUSE") == [["JOR:GOV"]]


def test_another_countrys_ministry_lends_nothing() -> None:
    # guards: the statement is Syria's, Jordan stays the bare state
    text = "نددت الأردن في بيان لوزارة الخارجية السورية بالهجوم على المسجد."
    assert casts_in_order(text, "ar", "ACCUSE") == [["JOR:", "SYR:GOV"]]
    text = (
        "Jordan condemned the attack on the mosque in a statement by the Syrian foreign ministry."
    )
    assert casts_in_order(text, "en", "ACCUSE") == [["JOR:", "SYR:GOV"]]
    text = "اردن در بیانیه وزارت خارجه سوریه حمله به مسجد را محکوم کرد."
    assert casts_in_order(text, "fa", "ACCUSE") == [["JOR:", "SYR:GOV"]]


def test_no_statement_or_another_speaker_keeps_the_reading() -> None:
    # guards: no statement named; the police named between are who spoke;
    # a terrorist attack named after "in this statement" is no voice of Jordan
    assert casts_in_order("نددت الأردن بالهجوم على المسجد.", "ar", "ACCUSE") == [["JOR:"]]
    assert casts_in_order("Jordan condemned the attack on the mosque.", "en", "ACCUSE") == [
        ["JOR:"]
    ]
    assert casts_in_order("اردن حمله به مسجد را محکوم کرد.", "fa", "ACCUSE") == [["JOR:"]]
    text = "وفي الأردن، نددت الشرطة في بيان لوزارة الداخلية بالهجوم على المسجد."
    assert casts_in_order(text, "ar", "ACCUSE") == [["JOR:COP", "JOR:GOV"]]
    text = "اردن در این بیانیه حمله تروریستی به مسجد را محکوم کرد."
    assert casts_in_order(text, "fa", "ACCUSE") == [["JOR:", "JOR:REB"]]
