"""places38ar: a country or city named after a preposition of place ("في",
"داخل", "در", "in") is where an appeal's matter lies, not whom it asks
(``extract/scene_targets.py``). An attack on a place and a visit to one
keep the place's country as a side. Every sentence written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str) -> list[tuple[str, list[str]]]:
    """(type, actor codes) of each event of a one-sentence document."""
    record = process(Document(doc_id="t", text=text, title=None))
    return [(e.type, [a.code or "" for a in e.actors]) for e in record.events]


@pytest.mark.parametrize(
    ("text", "doer", "scene"),
    [
        ("دعت الحكومة الأردنية إلى ضبط النفس في ليبيا.", "JOR", "LBY"),
        ("طالبت منظمة الصحة العالمية بفتح ممرات إنسانية في السودان.", "WHO", "SDN"),
        ("دعا وزير الخارجية المغربي إلى التهدئة في شمال مالي.", "MAR", "MLI"),
    ],
)
def test_arabic_appeal_names_no_scene(text: str, doer: str, scene: str) -> None:
    """The appeal stays, made by its doer alone; the scene is no side."""
    requests = [codes for etype, codes in _events(text) if etype == "REQUEST"]
    assert requests, text
    assert all(doer in codes and scene not in codes for codes in requests)


@pytest.mark.parametrize(
    ("text", "asked", "scene"),
    [
        ("طالب رئيس الوزراء الكندي تركيا بالإفراج عن المعتقلين في دمشق.", "TUR", "SYR"),
        ("وزیر خارجه کانادا از ترکیه خواست زندانیان در دمشق را آزاد کند.", "TUR", "SYR"),
        ("Canada urged Turkey to free the detainees in Damascus.", "TUR", "SYR"),
        # a body written after "في" is asked, not a scene
        (
            "دعا رئيس الوزراء النمساوي إلى أن تتحمل الدول الأعضاء في الاتحاد الأوروبي مسؤولياتها.",
            "EU",
            "---",
        ),
    ],
)
def test_addressee_stays_scene_out(text: str, asked: str, scene: str) -> None:
    """A request that names whom it asks keeps that side, not the scene's country."""
    requests = [codes for etype, codes in _events(text) if etype == "REQUEST"]
    assert requests and all(asked in codes and scene not in codes for codes in requests)


@pytest.mark.parametrize(
    "text",
    [
        "صلیب سرخ جهانی خواستار پایان درگیری‌ها در سومالی شد.",
        "The Red Cross appealed for an end to the fighting in Somalia.",
    ],
)
def test_appeal_alone_in_persian_and_english(text: str) -> None:
    """Persian and English appeals name no scene as the one asked either."""
    requests = [codes for etype, codes in _events(text) if etype == "REQUEST"]
    assert requests and all("SOM" not in codes for codes in requests)


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        ("قصفت المقاتلات الإسرائيلية مدينة دير الزور.", "ASSAULT", {"ISR", "SYR"}),
        ("زار وزير الخارجية الإيطالي تونس.", "CONSULT", {"ITA", "TUN"}),
        ("جنگنده‌های اسرائیلی شهر حمص را بمباران کردند.", "ASSAULT", {"ISR", "SYR"}),
        ("وزیر خارجه آلمان به ترکیه سفر کرد.", "CONSULT", {"DEU", "TUR"}),
        ("Israeli jets bombed the city of Homs.", "ASSAULT", {"ISR", "SYR"}),
        ("The German foreign minister visited Turkey.", "CONSULT", {"DEU", "TUR"}),
    ],
)
def test_place_struck_or_visited_stays(text: str, etype: str, codes: set[str]) -> None:
    """A place struck or visited is still the other side."""
    assert any(t == etype and set(c) == codes for t, c in _events(text)), _events(text)


def test_praise_of_a_scene_keeps_it_in_its_pair() -> None:
    """Praise told through what happens in a country is left to the older
    rule (``request_addressee.pair_kept``): only requests lose the scene."""
    text = "أشاد الرئيس الفرنسي بالانتخابات في تونس."
    assert any(t == "SUPPORT" and set(c) == {"FRA", "TUN"} for t, c in _events(text))
