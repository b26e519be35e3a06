"""Decisions of round 70 (recall70fa) on a war told as going on; every
sentence written for these tests.

A war noun closed by a verb of occurrence ("جنگ میان ارتش و شورشیان ادامه
دارد", "تتواصل الحرب بين الجيش والمتمردين") reports armed clashes between
the sides it names (PLOVER ASSAULT, mode "fight"), as "درگیری‌ها ادامه دارد"
and English "fighting between X and Y" already were read. A war that names
no side understands no unidentified attackers: it gives no event. The bare
noun (a topic) and a war of trade, words or nerves give none either.
"""

from __future__ import annotations

from casts import cast, run, types

# --- Persian ---


def test_persian_war_between_sides_going_on() -> None:
    text = "خبرگزاری‌ها گزارش دادند جنگ میان ارتش سودان و شورشیان در دارفور ادامه دارد."
    record = run(text, "fa")
    assert "ASSAULT" in types(text, "fa")
    assert cast(record, "ASSAULT") >= {"SDN:MIL", "SDN:REB"}


def test_persian_war_going_on_told_with_dar_jarayan_ast() -> None:
    text = "ساکنان شهر می‌گویند جنگ میان نیروهای امنیتی عراق و داعش در موصل در جریان است."
    assert "ASSAULT" in types(text, "fa")


def test_persian_war_with_no_side_named_is_no_event() -> None:
    # no unidentified attackers are understood for a war (IMPLIED_BY_MODE)
    text = "مقامات محلی می‌گویند جنگ در موصل ادامه دارد."
    assert "ASSAULT" not in types(text, "fa")


def test_persian_economic_war_is_no_assault() -> None:
    text = "وزیر خارجه ونزوئلا گفت جنگ اقتصادی آمریکا علیه کاراکاس ادامه دارد."
    assert "ASSAULT" not in types(text, "fa")


def test_persian_war_named_as_a_topic_is_no_event() -> None:
    text = "رئیس جمهور سودان درباره پایان جنگ میان ارتش و شورشیان سخنرانی کرد."
    assert "ASSAULT" not in types(text, "fa")


# --- Arabic ---


def test_arabic_war_between_sides_goes_on() -> None:
    text = "تتواصل الحرب بين الجيش السوداني والمتمردين في دارفور."
    assert cast(run(text, "ar"), "ASSAULT") >= {"SDN:MIL", "SDN:REB"}


def test_arabic_war_between_sides_is_ongoing() -> None:
    text = "قال شهود إن الحرب بين القوات العراقية وتنظيم داعش مستمرة في الموصل."
    assert "ASSAULT" in types(text, "ar")


def test_arabic_trade_war_is_no_assault() -> None:
    text = "تتواصل الحرب التجارية بين الولايات المتحدة والصين."
    assert "ASSAULT" not in types(text, "ar")


# --- English (read before this round through "fighting") ---
# Guards only: both cases already passed before round 70 (e01476e2), since
# English reads fighting through its own triggers, not the war noun; they
# keep English as it was, they test no change of this round.


def test_english_fighting_between_sides_goes_on() -> None:
    text = "Fighting between Sudanese troops and rebels continued in Darfur on Sunday."
    assert "ASSAULT" in types(text, "en")


def test_english_trade_war_is_no_assault() -> None:
    text = "The trade war between the United States and China continued this year."
    assert "ASSAULT" not in types(text, "en")
