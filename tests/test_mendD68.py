"""Mends from the review of round 68 (mendD68; every sentence written for
these tests).

- a held kind right after a doer marker ("by", "توسط", "على يد") is the
  doer of the arrest: its order is kept (``holders.authorities_first``);
- the object slot of a held person (``held_persons``) stops at another
  object, another verb, a conjunction (fa) and a doer marker (en, ar);
  English reads only the object right after the verb;
- a verb of summoning holds no one: a summoned envoy is no civilian;
- Arabic "جاهز" plans only with its complement "لـ"; Persian "مهیای"
  closed by "شد" tells conditions reached, nothing planned;
- "spokesperson" and "press secretary" of a defence ministry are GOV.
"""

from __future__ import annotations

import pytest

from casts import run


def _coerce(text: str, lang: str) -> list[list[str | None]]:
    """The agents of each COERCE event, in order."""
    return [[a.agent for a in e.actors] for e in run(text, lang).events if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("lang", "text", "order"),
    [
        # the held kind after a doer marker is the doer
        ("en", "Three policemen were detained by angry protesters.", ["CVL", "COP"]),
        ("en", "Two soldiers were detained by environmental activists.", ["NGO", "MIL"]),
        ("fa", "سه مأمور پلیس توسط فعالان محیط زیست بازداشت شدند.", ["NGO", "COP"]),
        ("ar", "احتجز شرطيان على يد محتجين غاضبين.", ["CVL", "COP"]),
        # no marker: the authority holds the held kind, as before
        ("en", "Three environmental activists were detained by the police.", ["COP", "NGO"]),
        ("fa", "سه فعال محیط زیست توسط پلیس بازداشت شدند.", ["COP", "NGO"]),
    ],
)
def test_doer_after_marker_keeps_its_place(lang: str, text: str, order: list[str]) -> None:
    found = _coerce(text, lang)
    assert found, f"no COERCE in {text}"
    assert found[0][:2] == order
