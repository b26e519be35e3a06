"""Review mends of round 73 (mendF73; every sentence written for these
tests).

(3) "the army" is an institution whose agent (MIL) is armed: it takes a
bare town by force ("The Iraqi army captured Mosul"); a parliament does not.
"""

from __future__ import annotations

import pytest

from casts import run


def _casts(text: str, lang: str, etype: str) -> list[list[str]]:
    return [
        [f"{a.code or '-'}:{a.agent or ''}" for a in e.actors]
        for e in run(text, lang).events
        if e.type == etype
    ]


ARMY_TAKES = [
    ("en", "The Jordanian army captured Irbid.", "JOR:MIL"),
    ("en", "The Lebanese army seized Tripoli after heavy fighting.", "LBN:MIL"),
    ("ar", "سيطر الجيش اللبناني على طرابلس.", "LBN:MIL"),
    ("fa", "ارتش لبنان طرابلس را تصرف کرد.", "LBN:MIL"),
]


@pytest.mark.parametrize(("lang", "text", "doer"), ARMY_TAKES)
def test_army_takes_a_town(lang: str, text: str, doer: str) -> None:
    assert any(doer in c for c in _casts(text, lang, "ASSAULT")), text


def test_parliament_takes_no_town() -> None:
    assert _casts("The Jordanian parliament captured Irbid.", "en", "ASSAULT") == []
