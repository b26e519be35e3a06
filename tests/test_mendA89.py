"""Mends of officials88's statement phrase (mendA89, REVIEW88 findings 1–3).

A state lends itself the agent of a body named in "in a statement by …" only
when link words alone ("issued by", "صادر عن", "از سوی") stand between the
statement noun and the body, and the body carries no clitic of a target
("بالشرطة"); a state behind a target word ("the attack on Syria") is no
subject that spoke; the body read as the statement's source is no doer of the
deed the statement condemns. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_a_praised_body_after_a_bare_statement_is_no_speaker() -> None:
    # main: no SUPPORT at all (the police and the army were taken as who spoke)
    text = "Qatar in a statement praised the police for arresting the smugglers."
    assert casts_in_order(text, "en", "SUPPORT") == [["QAT:", "QAT:COP"]]
    text = "Lebanon in a statement praised the army for retaking the town."
    assert casts_in_order(text, "en", "SUPPORT") == [["LBN:", "LBN:MIL"]]


def test_arabic_target_clitic_or_noun_after_the_statement() -> None:
    # main: no SUPPORT ("بقرار البرلمان": the parliament's decision is what
    # was welcomed) and [KWT:COP, …] (the praised police made the speaker)
    text = "رحب الأردن في بيان بقرار البرلمان"
    assert casts_in_order(text, "ar", "SUPPORT") == [["JOR:", "JOR:LEG"]]
    text = "أشادت الكويت في بيان بالشرطة لضبطها شحنة المخدرات"
    assert casts_in_order(text, "ar", "SUPPORT")[0][0] == "KWT:"


def test_persian_praise_after_a_bare_statement() -> None:
    # main: [IRQ:COP] alone (Iraq, the praiser, lost: the police became it)
    text = "عراق طی بیانیه‌ای از اقدام پلیس قدردانی کرد"
    assert casts_in_order(text, "fa", "SUPPORT") == [["IRQ:", "IRQ:COP"]]


def test_linked_statement_bodies_still_lend_the_agent() -> None:
    # guards: only link words between the statement noun and the body
    text = "أشاد المغرب في بيان صادر عن وزارة الخارجية بقرار المحكمة"
    assert casts_in_order(text, "ar", "SUPPORT") == [["MAR:GOV", "MAR:JUD"]]
    text = "رحبت مصر في بيان لوزارة الخارجية بقرار البرلمان الليبي"
    assert casts_in_order(text, "ar", "SUPPORT") == [["EGY:GOV", "LBY:LEG"]]
    text = "ایران طی بیانیه‌ای از سوی وزارت خارجه از اقدام عراق قدردانی کرد"
    assert casts_in_order(text, "fa", "SUPPORT") == [["IRN:GOV", "IRQ:"]]
    text = (
        "Oman in a statement by its foreign ministry welcomed the ceasefire between Iran and Iraq."
    )
    assert casts_in_order(text, "en", "SUPPORT") == [["OMN:GOV", "IRN:"], ["OMN:GOV", "IRQ:"]]


def test_a_state_behind_a_target_word_is_not_the_speaker() -> None:
    # main: ACCUSE [-:, SYR:GOV] (Syria, the attacked, took the ministry's agent)
    text = "The attack on Syria was condemned in a statement by the foreign ministry."
    accused = casts_in_order(text, "en", "ACCUSE")
    assert accused and "SYR:" in accused[0] and "SYR:GOV" not in accused[0]
    # main: the same in Arabic and Persian
    text = "نُدد بالهجوم على سوريا في بيان لوزارة الخارجية"
    assert "SYR:GOV" not in casts_in_order(text, "ar", "ACCUSE")[0]
    text = "حمله به سوریه در بیانیه وزارت خارجه محکوم شد"
    assert "SYR:GOV" not in casts_in_order(text, "fa", "ACCUSE")[0]


def test_the_statement_source_is_no_second_side() -> None:
    # main: ACCUSE [TUN:GOV, -:GOV] and ASSAULT [-:GOV] (the "by the ministry"
    # doer reading brought the source back as a side and as the attacker)
    text = "Tunisia condemned the attack in a statement by its foreign ministry."
    assert casts_in_order(text, "en", "ACCUSE") == [["TUN:GOV"]]
    assert casts_in_order(text, "en", "ASSAULT") == []
    # main: ACCUSE [EGY:GOV, -:GOV], ASSAULT [-:GOV]
    text = "Egypt condemned the bombing in a statement by the foreign ministry."
    assert casts_in_order(text, "en", "ACCUSE") == [["EGY:GOV"]]
    assert casts_in_order(text, "en", "ASSAULT") == []
    # the same in Arabic and Persian keeps one side (guards)
    text = "أدانت تونس الهجوم في بيان لوزارة الخارجية"
    assert casts_in_order(text, "ar", "ACCUSE") == [["TUN:GOV"]]
    text = "عراق در بیانیه وزارت خارجه حمله به کنسولگری را محکوم کرد"
    assert casts_in_order(text, "fa", "ACCUSE") == [["IRQ:GOV"]]


def test_a_doer_named_by_by_still_counts() -> None:
    # guards: a real doer after "by" in the deed stays the accused, with or
    # without a statement by the ministry after it
    text = "Jordan condemned the storming of the mosque by Israeli settlers."
    assert casts_in_order(text, "en", "ACCUSE") == [["JOR:", "ISR:CVL"]]
    text = (
        "Jordan condemned the storming of the mosque by Israeli settlers "
        "in a statement by its foreign ministry."
    )
    assert casts_in_order(text, "en", "ACCUSE") == [["JOR:GOV", "ISR:CVL"]]
