"""A cue of plan belongs to the trigger's own clause (extract/status.py
``in_reach``): not across a word of saying, a comma that opens a reported
clause or a semicolon; a cue that governs a clause ("قرار است", "من
المقرر") reaches its whole clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def statuses(text: str, lang: str) -> dict[str, str]:
    """Status per (first) trigger word of the sentence's events."""
    record = process(Document("t", text, lang=lang)).to_dict()
    return {e["trigger"]: e["status"] for e in record["events"]}


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "status"),
    [
        # the future after "and said that" is the travel's, not the meeting's
        (
            "fa",
            "وزیر امور خارجه ایران با همتای عراقی خود در بغداد دیدار کرد و گفت که"
            " هفته آینده به دمشق سفر خواهد کرد.",
            "دیدار کرد",
            "reported",
        ),
        (
            "fa",
            "وزیر امور خارجه ایران با همتای عراقی خود در بغداد دیدار کرد و گفت که"
            " هفته آینده به دمشق سفر خواهد کرد.",
            "سفر",
            "planned",
        ),
        # "قرار است" governs its whole clause, however long the subject
        ("fa", "قرار است رئیس جمهور ترکیه روز دوشنبه به قطر سفر کند.", "سفر", "planned"),
        (
            "fa",
            "قرار است وزیر خارجه ایران روز دوشنبه در تهران با وزیر خارجه عمان دیدار کند.",
            "دیدار کند",  # the subjunctive compound (types33fa), planned as its noun was
            "planned",
        ),
        # "later" dates the saying across the comma that opens what was said
        (
            "ar",
            "وقالت الحكومة المصرية في وقت لاحق، إن الشرطة اعتقلت عشرين متظاهرا في القاهرة.",
            "اعتقل",
            "reported",
        ),
        (
            "ar",
            "من المقرر أن يلتقي وزير الخارجية الإيراني محمد جواد ظريف في العاصمة"
            " العمانية مسقط نظيره العماني.",
            "يلتقي",
            "planned",
        ),
        # English writes the future before the verb: both clauses keep their own
        (
            "en",
            "The Egyptian foreign minister met his Jordanian counterpart in Amman on"
            " Sunday and said that he will visit Baghdad next week.",
            "met",
            "reported",
        ),
        (
            "en",
            "The Egyptian foreign minister met his Jordanian counterpart in Amman on"
            " Sunday and said that he will visit Baghdad next week.",
            "visit",
            "planned",
        ),
    ],
)
def test_cue_of_plan_stays_in_its_clause(lang: str, text: str, trigger: str, status: str) -> None:
    assert statuses(text, lang).get(trigger) == status
