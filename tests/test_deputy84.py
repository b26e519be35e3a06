"""Deputies and aides of a head of state or government (round 84, deputy84).
Sentences written for these tests.

The head's title that names whom a deputy or aide serves names the deputy,
not the head (``titles.deputy_role``): Arabic glues it to a genitive "ل"
after the deputy ("النائب الثاني لرئيس مجلس الوزراء", where "النائب" alone
is a member of parliament); English writes the head after a link ("an
adviser to the president") or before a possessive ("the president's legal
deputy"). A word of a Persian deputy's brief that is also a body's noun
("معاون پارلمانی") is no side (``titles.deputy_brief``)."""

from __future__ import annotations

from casts import run


def _sides(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(code, agent, role) of every actor of every event, in order ('-' for none)."""
    return [
        (a.code or "-", a.agent or "-", a.role or "-")
        for e in run(text, lang, "2021-03-01").events
        for a in e.actors
    ]


def _roles(text: str, lang: str) -> list[str]:
    return [role for _, _, role in _sides(text, lang)]


# --- Arabic -----------------------------------------------------------------


def test_arabic_second_deputy_of_the_prime_minister_is_a_minister() -> None:
    # main read the head of government himself
    sides = _sides("استقبل النائب الثاني لرئيس مجلس الوزراء الكويتي وفدا من البنك الدولي.", "ar")
    assert ("KWT", "GOV", "minister") in sides
    assert "head_of_government" not in [r for _, _, r in sides]
    assert "LEG" not in [a for _, a, _ in sides]


def test_arabic_deputy_glued_to_the_president_is_an_official() -> None:
    # main read the head of state himself
    roles = _roles("انتقدت نائبة لرئيس الجمهورية التونسية قرار البرلمان الأوروبي.", "ar")
    assert "official" in roles and "head_of_state" not in roles


def test_arabic_prime_minister_stays_head_of_government() -> None:
    roles = _roles("استقبل رئيس مجلس الوزراء الكويتي وفدا من البنك الدولي.", "ar")
    assert "head_of_government" in roles


def test_arabic_member_of_parliament_stays_a_legislator() -> None:
    # "النائب" without a head glued to "ل" is a member of parliament
    sides = _sides("انتقد النائب الكويتي وزير المالية بشدة.", "ar")
    assert ("KWT", "LEG", "legislator") in sides


# --- Persian ----------------------------------------------------------------


def test_persian_parliamentary_deputy_gives_no_parliament() -> None:
    # main read a LEG side from "پارلمانی", the deputy's brief
    sides = _sides("معاون پارلمانی رئیس جمهور با سفیر اسپانیا دیدار کرد.", "fa")
    assert "LEG" not in [a for _, a, _ in sides]
    assert "head_of_state" not in [r for _, _, r in sides]


def test_persian_parliament_named_as_the_other_side_stays() -> None:
    sides = _sides("معاون پارلمانی رئیس جمهور از مجلس به شدت انتقاد کرد.", "fa")
    assert "LEG" in [a for _, a, _ in sides]


def test_persian_parliamentary_delegation_stays_legislators() -> None:
    # "پارلمانی" after no deputy word keeps its body
    sides = _sides("هیئت پارلمانی اسپانیا با وزیر خارجه دیدار کرد.", "fa")
    assert ("ESP", "LEG") in [(c, a) for c, a, _ in sides]


# --- English ----------------------------------------------------------------


def test_english_adviser_to_the_president_is_an_official() -> None:
    # main read the president himself
    sides = _sides("A senior adviser to the Kenyan president met the Ugandan ambassador.", "en")
    assert ("KEN", "GOV", "official") in sides
    assert "head_of_state" not in [r for _, _, r in sides]


def test_english_presidents_legal_deputy_is_an_official() -> None:
    # main read the president himself
    roles = _roles("The Kenyan president's legal deputy criticised the Ugandan parliament.", "en")
    assert "official" in roles and "head_of_state" not in roles


def test_english_deputy_of_the_prime_minister_is_a_minister() -> None:
    # main read the head of government himself
    roles = _roles("A deputy to Kenya's prime minister met the Ugandan ambassador.", "en")
    assert "minister" in roles and "head_of_government" not in roles


def test_english_envoy_sent_to_the_president_leaves_him_the_head() -> None:
    # an envoy "to" the president is sent to him: the president stays
    roles = _roles("Uganda sent an envoy to the Kenyan president to sign a trade agreement.", "en")
    assert "head_of_state" in roles


def test_english_plain_president_stays_head_of_state() -> None:
    roles = _roles("The Kenyan president met the Ugandan ambassador.", "en")
    assert "head_of_state" in roles


# --- a minister's deputy ------------------------------------------------------


def test_persian_deputy_of_the_foreign_minister_is_a_deputy_minister() -> None:
    # main read the foreign minister himself ("امورخارجه" written as one word)
    sides = _sides("معاون وزیر امورخارجه اسپانیا با سفیر ایران دیدار کرد.", "fa")
    assert ("ESP", "GOV", "deputy_minister") in sides


def test_arabic_first_deputy_glued_to_the_minister_is_a_deputy_minister() -> None:
    # main read the foreign minister himself
    roles = _roles("التقى النائب الأول لوزير الخارجية الكندي السفير المكسيكي.", "ar")
    assert "deputy_minister" in roles and "foreign_minister" not in roles


def test_english_foreign_ministers_deputy_is_a_deputy_minister() -> None:
    # main read the foreign minister himself
    roles = _roles("The Canadian foreign minister's deputy met the Mexican ambassador.", "en")
    assert "deputy_minister" in roles and "foreign_minister" not in roles


def test_english_foreign_minister_stays_foreign_minister() -> None:
    roles = _roles("The Canadian foreign minister met the Mexican ambassador.", "en")
    assert "foreign_minister" in roles


def test_persian_legal_deputy_of_the_foreign_minister_is_a_deputy_minister() -> None:
    # main read the foreign minister himself
    roles = _roles("معاون حقوقی وزیر امور خارجه اسپانیا با سفیر ایران دیدار کرد.", "fa")
    assert "deputy_minister" in roles and "foreign_minister" not in roles
