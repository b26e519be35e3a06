"""A commander named by his command is an officer in office, not his troops
(round 60; sentences written for these tests).

- "فرمانده سنتکام", Arabic "قائد القيادة المركزية" and English "the
  CENTCOM commander" are a person of the forces (MIL, role official) of
  the command's own state, America;
- his visit to a capital where he meets a minister is a visit (CONSULT),
  not a deployment (MOBILIZE), where troops sent are still deployed;
- a bare rank ("امیر دریادار …") keeps no office: an admiral who tells of
  his fleet's voyage still speaks for the fleet.
"""

from __future__ import annotations

import pytest

from casts import run


def _events(
    text: str, lang: str
) -> list[tuple[str, list[tuple[str | None, str | None, str | None]]]]:
    return [(e.type, [(a.code, a.agent, a.role) for a in e.actors]) for e in run(text, lang).events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("فرمانده سنتکام به بغداد سفر کرد و با وزیر دفاع عراق دیدار کرد.", "fa"),
        ("زار قائد القيادة المركزية الأمريكية بغداد والتقى وزير الدفاع العراقي.", "ar"),
        ("The CENTCOM commander visited Baghdad and met the Iraqi defence minister.", "en"),
        ("The commander of CENTCOM visited Baghdad and met the Iraqi defence minister.", "en"),
    ],
)
def test_commander_visit_is_a_visit(text: str, lang: str) -> None:
    """The commander's visit is CONSULT, he a US officer; nothing deploys."""
    events = _events(text, lang)
    assert "MOBILIZE" not in {t for t, _ in events}
    visits = [actors for t, actors in events if t == "CONSULT"]
    assert visits and ("USA", "MIL", "official") in visits[0]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("فرمانده سنتکام از نیروهای آمریکایی در قطر قدردانی کرد.", "fa", "USA"),
    ],
)
def test_command_names_its_state(text: str, lang: str, code: str) -> None:
    """The command's title gives its holder a role and the command's state."""
    actors = [a for _, acts in _events(text, lang) for a in acts]
    assert (code, "MIL", "official") in actors


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نیروهای سپاه به مرز اعزام شدند.", "fa"),
        ("أرسلت القيادة المركزية الأمريكية قوات إلى العراق.", "ar"),
        ("US troops were deployed to Baghdad.", "en"),
    ],
)
def test_troops_sent_still_deploy(text: str, lang: str) -> None:
    """Forces that are sent stay a deployment, with no person in office."""
    events = _events(text, lang)
    assert "MOBILIZE" in {t for t, _ in events}
    assert all(role is None for t, acts in events if t == "MOBILIZE" for _, _, role in acts[:1])


def test_bare_rank_keeps_no_office() -> None:
    """An admiral named by his rank alone is no official (his fleet's voyage
    he tells of is the fleet's), unlike the holder of a command."""
    text = "امیر دریادار سیاری گفت: در این سفر ده بار در دریا سوخت‌گیری کردیم."
    events = _events(text, "fa")
    assert "MOBILIZE" in {t for t, _ in events}
    assert all(role != "official" for _, acts in events for _, _, role in acts)
