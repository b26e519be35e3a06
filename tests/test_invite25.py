"""Round 25 (lead): a visit made "at the invitation of" a host (sentences
written for these tests).

- The host invited the guest: the invitation's doer is the group the
  marker "بدعوة من", "تلبية لدعوة", "at the invitation of" introduces, not
  the guest the sentence names first (``xx/context.DOER_MARKERS["REQUEST"]``,
  read by ``extract/doers.py`` for every type that has markers).
- Persian does not read "به دعوت" as an invitation of its own
  (``fa/triggers.py`` keeps it among the phrases that are no trigger): a
  visit told so gives the visit alone, never the invitation reversed.
- An invitation told by its verb keeps its subject first.
"""

from __future__ import annotations

import pytest

from casts import sides

JOR_SYR = [("JOR", "GOV"), ("SYR", "GOV")]
SYR_JOR = [("SYR", "GOV"), ("JOR", "GOV")]
FRA_IRQ = [("FRA", "GOV"), ("IRQ", "GOV")]
IRQ_FRA = [("IRQ", "GOV"), ("FRA", "GOV")]

VISITS: list[tuple[str, str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    (
        "زار وزير الخارجية الأردني دمشق بدعوة من الحكومة السورية.",
        "ar",
        JOR_SYR,
        SYR_JOR,
    ),
    (
        "Jordan's foreign minister visited Damascus at the invitation of the Syrian government.",
        "en",
        JOR_SYR,
        SYR_JOR,
    ),
    (
        "وصل الرئيس الفرنسي إلى بغداد بناء على دعوة من رئيس الوزراء العراقي.",
        "ar",
        FRA_IRQ,
        IRQ_FRA,
    ),
    (
        "The French president arrived in Baghdad at the invitation of the Iraqi prime minister.",
        "en",
        FRA_IRQ,
        IRQ_FRA,
    ),
    ("يزور الرئيس الفرنسي بغداد تلبية لدعوة رئيس الوزراء العراقي.", "ar", FRA_IRQ, IRQ_FRA),
]


@pytest.mark.parametrize(("text", "lang", "visit", "invite"), VISITS)
def test_the_host_invited_the_guest(
    text: str, lang: str, visit: list[tuple[str, str]], invite: list[tuple[str, str]]
) -> None:
    assert sides(text, lang, "CONSULT") == [visit]
    assert sides(text, lang, "REQUEST") == [invite]


PERSIAN_VISITS = [
    ("وزیر خارجه اردن به دعوت دولت سوریه از دمشق دیدار کرد.", JOR_SYR),
    ("رئیس جمهور فرانسه به دعوت نخست وزیر عراق وارد بغداد شد.", FRA_IRQ),
]


@pytest.mark.parametrize(("text", "visit"), PERSIAN_VISITS)
def test_persian_visit_at_an_invitation_is_the_visit(
    text: str, visit: list[tuple[str, str]]
) -> None:
    assert sides(text, "fa", "CONSULT") == [visit]
    assert sides(text, "fa", "REQUEST") == []


INVITED_BY_VERB = [
    ("دعت مصر العراق إلى القمة.", "ar"),
    ("مصر عراق را به نشست دعوت کرد.", "fa"),
    ("Egypt invited Iraq to the summit.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), INVITED_BY_VERB)
def test_an_invitation_by_its_verb_keeps_its_subject_first(text: str, lang: str) -> None:
    assert sides(text, lang, "REQUEST") == [[("EGY", None), ("IRQ", None)]]
