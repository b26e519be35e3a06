"""A cue of plan that belongs to another clause (round 16).

A relative clause after a verb trigger tells the future of its subject or
object, not of the verb ("met his counterpart, who is due to visit Riyadh
next month, on Sunday"); a Persian clause governed by "قرار است" ends on its
verb, so a deed after that verb is no longer planned ("درباره نشستی که قرار
است … برگزار شود گفت‌وگو کردند"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _found(text: str, lang: str) -> list[tuple[str, str, str]]:
    """The (type, status, trigger) of each event of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return [(e.type, e.status, e.trigger or "") for e in record.events]


HELD = [
    (
        "ar",
        "والتقى وزير الخارجية المصري، الذي من المقرر أن يزور الرياض الشهر المقبل، "
        "نظيره الأردني في القاهرة أمس.",
        "التقى",
    ),
    (
        "ar",
        "واستقبل الرئيس التونسي أمس وزير الخارجية الفرنسي الذي سيزور الجزائر الأسبوع المقبل.",
        "استقبل",
    ),
    (
        "fa",
        "وزیران خارجه ایران و عربستان درباره نشست سران که قرار است ماه آینده در ریاض "
        "برگزار شود گفت‌وگو کردند.",
        "گفت",
    ),
    (
        "fa",
        "رئیس جمهور ایران که قرار است هفته آینده به ترکیه سفر کند روز دوشنبه با سفیر "
        "روسیه دیدار کرد.",
        "دیدار",
    ),
    (
        "en",
        "The Egyptian president met the French envoy, who will travel to Algiers, on Sunday.",
        "met",
    ),
]


@pytest.mark.parametrize(("lang", "text", "trigger"), HELD)
def test_a_deed_outside_the_clause_of_the_cue_is_reported(
    lang: str, text: str, trigger: str
) -> None:
    found = [f for f in _found(text, lang) if f[2].startswith(trigger)]
    assert found, _found(text, lang)
    assert all(f[1] == "reported" for f in found), found


PLANNED = [
    ("fa", "قرار است رئیس جمهور ایران هفته آینده با همتای ترکیه خود در آنکارا دیدار کند."),
    ("ar", "ومن المقرر أن يلتقي الرئيس المصري نظيره الفرنسي في باريس الشهر المقبل."),
    ("en", "The Egyptian president will meet his French counterpart in Paris next month."),
    ("ar", "وستعقد القمة التي ستجمع الرئيسين الروسي والتركي في أنقرة الأسبوع المقبل."),
]


@pytest.mark.parametrize(("lang", "text"), PLANNED)
def test_a_deed_the_cue_governs_stays_planned(lang: str, text: str) -> None:
    found = [f for f in _found(text, lang) if f[0] == "CONSULT"]
    assert found and all(f[1] == "planned" for f in found), found
