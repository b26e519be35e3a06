"""Whom a condemned deed struck is no target of the condemnation (round 71,
condemn71; every sentence written for these tests).

- an Arabic deed noun that names its victims right after it keeps doing so
  with a letter glued before it ("استنكارها لاختطاف …", ``DEED_CLITICS``);
- a light verb that carries a condemnation noun of its own mode ("عبرت …
  عن غضبها واستنكارها لجريمة قتل …") reads the deed from the noun;
- the outcome a deed's relative clause tells names its victims ("الذي
  أودى بحياة", "الذي أسفر عن مقتل", "that resulted in the deaths of",
  ``DEED_VICTIM_MARKERS``);
- a Persian object's own relative clause between "را" and the verb ("… را
  که منجر به کشته شدن … شد، محکوم کرد", ``OBJECT_RELATIVES``) is the deed's
  phrase.

The negative cases guard the doers a sentence names and a condolence's
bereaved, who stay sides.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str, etype: str) -> list[list[tuple[str | None, str | None]]]:
    """The actors (code, agent) of each event of ``etype`` the text gives."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [[(a["code"], a["agent"]) for a in e["actors"]] for e in events if e["type"] == etype]


# (language, sentence, the condemner, the state struck that must not be a side)
VICTIMS_OUT = [
    ("ar", "أبدت الحكومة المغربية استنكارها لاختطاف ثلاثة صحفيين فرنسيين.", "MAR", "FRA"),
    ("ar", "أعربت الأردن عن إدانتها لقتل مواطنين أتراك.", "JOR", "TUR"),
    ("ar", "عبرت الأحزاب المصرية عن غضبها واستنكارها لجريمة قتل الشاب الأردني.", "EGY", "JOR"),
    ("ar", "أدانت مصر الهجوم الذي أودى بحياة ثلاثة مواطنين أتراك.", "EGY", "TUR"),
    ("ar", "أدانت قطر التفجير الذي أسفر عن مقتل جنود باكستانيين.", "QAT", "PAK"),
    (
        "fa",
        "ترکیه حمله به یک اتوبوس را که منجر به کشته شدن سه شهروند افغان شد، محکوم کرد.",
        "TUR",
        "AFG",
    ),
    ("fa", "قطر انفجاری را که به کشته شدن سربازان پاکستانی انجامید محکوم کرد.", "QAT", "PAK"),
    (
        "en",
        "Egypt condemned the bombing that resulted in the deaths of three Turkish citizens.",
        "EGY",
        "TUR",
    ),
    ("en", "Morocco condemned the kidnapping of three French journalists.", "MAR", "FRA"),
]


@pytest.mark.parametrize(("lang", "text", "judge", "struck"), VICTIMS_OUT)
def test_victim_is_no_target(lang: str, text: str, judge: str, struck: str) -> None:
    found = _events(text, lang, "ACCUSE")
    assert found, text
    for actors in found:
        assert actors[0][0] == judge
        assert struck not in {code for code, _ in actors}


# (language, sentence, the doer the condemnation keeps, the state struck)
DOERS_KEPT = [
    ("ar", "أدانت مصر الهجوم الذي شنته إسرائيل وأسفر عن مقتل ثلاثة مواطنين أتراك.", "ISR", "TUR"),
    (
        "fa",
        "ایران حمله اسرائیل به یک کشتی را که به کشته شدن سه شهروند ترکیه انجامید، محکوم کرد.",
        "ISR",
        "TUR",
    ),
    ("fa", "ترکیه حمله اسرائیل به غزه را که دیروز انجام شد محکوم کرد.", "ISR", "PSE"),
    (
        "en",
        "Egypt condemned the attack by Israeli forces that resulted in the deaths of three Turkish citizens.",
        "ISR",
        "TUR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "doer", "struck"), DOERS_KEPT)
def test_named_doer_stays_target(lang: str, text: str, doer: str, struck: str) -> None:
    found = _events(text, lang, "ACCUSE")
    assert any(doer in {code for code, _ in actors[1:]} for actors in found), found
    assert all(struck not in {code for code, _ in actors} for actors in found), found


def test_condolence_keeps_the_bereaved() -> None:
    found = _events("بعث الرئيس المصري برقية تعزية بمقتل جنود أردنيين.", "ar", "SUPPORT")
    assert [("EGY", "GOV"), ("JOR", "MIL")] in found
