"""A deed named inside a blame is what the accused is blamed for (round 13b;
sentences written for these tests, in ar, fa and en): "held Iran responsible
for the attack", "ایران را مسئول شلیک … دانست", "حمّلت … إيران مسؤولية
الهجوم" give ACCUSE accuser → accused, and never a deed of force done by the
one who blames; holding talks with an official responsible for a file is
no blame."""

from __future__ import annotations

import pytest

from casts import run

# (lang, sentence, accusers, accused)
BLAMES = [
    (
        "en",
        "Britain and France held Iran responsible for the attack on the tanker.",
        {"GBR", "FRA"},
        "IRN",
    ),
    ("en", "Egypt held Israel responsible for the bombing of the border town.", {"EGY"}, "ISR"),
    ("en", "China holds the United States fully responsible for the tension.", {"CHN"}, "USA"),
    ("fa", "اسرائیل حماس را مسئول شلیک راکت به جنوب دانست.", {"ISR"}, "PSE"),
    ("fa", "روسیه اوکراین را مسئول بمباران شهر دونتسک دانست.", {"RUS"}, "UKR"),
    ("fa", "ترکیه و قطر اسرائیل را مسئول محاصره غزه دانستند.", {"TUR", "QAT"}, "ISR"),
    ("ar", "حمّلت بريطانيا وفرنسا إيران مسؤولية الهجوم على ناقلة النفط.", {"GBR", "FRA"}, "IRN"),
    ("ar", "حمّل الجيش الباكستاني الهند مسؤولية التفجير في كويتا.", {"PAK"}, "IND"),
]


@pytest.mark.parametrize(("lang", "text", "accusers", "accused"), BLAMES)
def test_blame_is_an_accusation(lang: str, text: str, accusers: set[str], accused: str) -> None:
    events = run(text, lang).events
    pairs = {
        (e.actors[0].code, e.actors[1].code)
        for e in events
        if e.type == "ACCUSE" and len(e.actors) == 2
    }
    assert pairs == {(a, accused) for a in accusers}


@pytest.mark.parametrize(("lang", "text", "accusers", "accused"), BLAMES)
def test_blamer_does_not_do_the_deed(
    lang: str, text: str, accusers: set[str], accused: str
) -> None:
    doers = {e.actors[0].code for e in run(text, lang).events if e.type == "ASSAULT" and e.actors}
    assert not doers & accusers


# one responsible for a task is blamed for nothing
NO_BLAME = [
    (
        "en",
        "The Iranian foreign minister held talks with the Omani official responsible for the file.",
    ),
    ("en", "Iraq held elections on Sunday, the commission responsible for the vote said."),
]


@pytest.mark.parametrize(("lang", "text"), NO_BLAME)
def test_responsible_for_a_task_is_no_blame(lang: str, text: str) -> None:
    assert not [e for e in run(text, lang).events if e.type == "ACCUSE"]
