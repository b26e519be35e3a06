"""Named officials whose Arabic title and name are set apart (officials111).

Arabic news writes a state's official with his name in apposition, set off
by commas ("وزير خارجية النمسا، كارل فيبر،"), or after the place an envoy
is posted to ("السفير الهندي لدى الأردن راجيش كومار", "السفير الكندي في
بيروت، مارك وايت،"). The name was not learnt there, so the surname alone
later ("وانتقد فيبر …") named no one and the deed lost its doer, or the
first mention kept no name. A name set off by commas must be closed by its
second comma: a clause after the title's comma ("رئيس وزراء بريطانيا، نريد
العمل") is no name. Persian and English already read the apposed name
("وزیر خارجه نروژ، بورگه برنده،", "Norway's foreign minister, Borge
Brende,"): their tests guard that parity. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process

Actor = tuple[str | None, str | None, str | None, str | None]


def _events(text: str) -> list[tuple[str, list[Actor]]]:
    """(type, [(code, agent, name, role)]) of each event of ``text``."""
    record = process(Document(doc_id="officials111", text=text, title=None)).to_dict()
    return [
        (e["type"], [(a["code"], a["agent"], a["name"], a["role"]) for a in e["actors"]])
        for e in record["events"]
    ]


@pytest.mark.parametrize(
    ("text", "etype", "doer"),
    [
        # main: no ACCUSE (the surname alone named no one)
        (
            "أعلن وزير خارجية النمسا، كارل فيبر، أن بلاده ستفتح سفارة في عمان. "
            "وانتقد فيبر الحكومة السورية بشدة.",
            "ACCUSE",
            ("AUT", "GOV", "فيبر", "foreign_minister"),
        ),
        # main: no ACCUSE (the quoted name after the comma not read)
        (
            'قال سفير اليابان لدى مصر، "هيروشي تاناكا"، إن بلاده تدعم مصر. '
            "وانتقد تاناكا إسرائيل بسبب الاستيطان.",
            "ACCUSE",
            ("JPN", "GOV", "تاناكا", "ambassador"),
        ),
        # main: the ambassador unnamed, no ACCUSE
        (
            "التقى السفير الهندي لدى الأردن راجيش كومار وزير الخارجية الأردني "
            "أيمن الصفدي. وانتقد كومار الاستيطان الإسرائيلي.",
            "ACCUSE",
            ("IND", "GOV", "كومار", "ambassador"),
        ),
        # main: no ACCUSE
        (
            "وأكد السفير الكندي في بيروت، مارك وايت، دعم بلاده للجيش اللبناني. "
            "وانتقد وايت الاعتداءات الإسرائيلية.",
            "ACCUSE",
            ("CAN", "GOV", "وايت", "ambassador"),
        ),
        # parity, passes on main: Persian reads the apposed name
        (
            "وزیر خارجه نروژ، بورگه برنده، روز دوشنبه با وزیر خارجه تونس دیدار کرد. "
            "برنده از دولت سوریه انتقاد کرد.",
            "ACCUSE",
            ("NOR", "GOV", "برنده", "foreign_minister"),
        ),
        # parity, passes on main: English reads the apposed name
        (
            "Norway's foreign minister, Borge Brende, met Tunisia's foreign minister "
            "on Monday. Brende criticised the Syrian government.",
            "ACCUSE",
            ("NOR", "GOV", "Brende", "foreign_minister"),
        ),
    ],
)
def test_surname_after_apposed_title(text: str, etype: str, doer: Actor) -> None:
    assert (etype, doer) in [(t, actors[0]) for t, actors in _events(text) if actors]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # main: the ambassador unnamed
        (
            "التقى السفير الهندي لدى الأردن راجيش كومار وزير الخارجية الأردني أيمن الصفدي.",
            "راجيش كومار",
        ),
        # main: the ambassador unnamed (the quotes around the name)
        ('قال سفير اليابان لدى مصر، "هيروشي تاناكا"، إن بلاده تدعم مصر.', "هيروشي تاناكا"),
    ],
)
def test_envoy_named_after_posting(text: str, name: str) -> None:
    names = [a[2] for _, actors in _events(text) for a in actors if a[3] == "ambassador"]
    assert name in names


@pytest.mark.parametrize(
    "text",
    [
        # a clause after the title's comma: no closing comma, no name
        "وقال رئيس وزراء بريطانيا، نريد العمل معكم لمواجهة الإرهاب، ثم انتقد الحكومة الروسية بشدة.",
        "وأكد وزير الخارجية المصري، مشددا على رفض مصر التدخل التركي في ليبيا.",
        # Persian: an envoy's posting followed by a time, no name
        "سفیر چین در سوریه روز دوشنبه با وزیر خارجه سوریه دیدار کرد.",
        # English: no name after the posting
        "The Chinese ambassador to Syria met Syria's foreign minister on Monday.",
    ],
)
def test_no_name_learnt(text: str) -> None:
    titled = [a for _, actors in _events(text) for a in actors if a[3]]
    assert titled
    assert all(a[2] is None for _, actors in _events(text) for a in actors if a[3])
