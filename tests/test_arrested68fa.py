"""Arrested activists are held, never the holders (round 68, arrested68fa;
every sentence written for these tests).

Activists ("فعالان محیط زیست", "ناشطون بيئيون", "environmental activists")
are NGO since agents57fa, and reporters67's rule that puts an authority
before a held first side knew only the other held kinds (CVL, MED, OPP …):
"چند فعال محیط زیست با برخورد نیروهای انتظامی مواجه شده و بازداشت شدند"
read the activists as arresting the police. ONTOLOGY.md's NGO, like the
other held kinds, arrests and sentences no one on the state's behalf.
Activists who take policemen captive, or who arrest them by an active
verb, keep their order.
"""

from __future__ import annotations

import pytest

from casts import sides

AUTHORITY_FIRST = [
    ("fa", "چند فعال محیط زیست با برخورد نیروهای انتظامی مواجه شده و بازداشت شدند.", "COP", "NGO"),
    ("ar", "ناشطون بيئيون واجهوا قوات الأمن وتم اعتقالهم.", "COP", "NGO"),
    ("en", "Two environmental activists clashed with the police and were detained.", "COP", "NGO"),
]

ORDER_KEPT = [
    # an active verb: the activists are the subject, the policemen the held
    ("fa", "فعالان محیط زیست دو مأمور پلیس را بازداشت کردند.", "NGO", "COP"),
    ("en", "Environmental activists detained two policemen.", "NGO", "COP"),
    # already in order
    ("ar", "ندد المحامون باعتقال قوات الأمن عشرة ناشطين بيئيين.", "COP", "NGO"),
]


@pytest.mark.parametrize(("lang", "text", "doer", "held"), AUTHORITY_FIRST)
def test_authority_holds_the_activists(lang: str, text: str, doer: str, held: str) -> None:
    """The police come first, the arrested activists after them."""
    found = sides(text, lang, "COERCE")
    assert found, f"no COERCE in {text!r}"
    assert [agent for _, agent in found[0][:2]] == [doer, held]


@pytest.mark.parametrize(("lang", "text", "first", "second"), ORDER_KEPT)
def test_order_kept(lang: str, text: str, first: str, second: str) -> None:
    """Activists who arrest by an active verb, and a side in order, keep
    the order the sentence gave."""
    found = sides(text, lang, "COERCE")
    assert found, f"no COERCE in {text!r}"
    assert [agent for _, agent in found[0][:2]] == [first, second]


def test_captives_taken_by_activists_stay_theirs() -> None:
    """Taking captives is a deed activists can commit: no reordering (the
    deed is an abduction, whatever its type)."""
    found = sides("فعالان محیط زیست چند مأمور پلیس را به گروگان گرفتند.", "fa", "ASSAULT")
    assert found
    assert [agent for _, agent in found[0][:2]] == ["NGO", "COP"]
