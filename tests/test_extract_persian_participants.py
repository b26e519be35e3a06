"""Who takes part: a counterpart mirrors its official's agent; a first-person
deed told in reported speech is the speaker's (Persian), with ar and en
sentences showing the other languages keep their readings."""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document("t", text, lang=lang))


def units(record: Record, etype: str) -> set[str]:
    return {
        f"{a.code or '-'}:{a.agent}" for e in record.events if e.type == etype for a in e.actors
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "رئیس ستاد کل ارتش ترکیه با همتای پاکستانی خود دیدار کرد.", {"TUR:MIL", "PAK:MIL"}),
        ("ar", "التقى رئيس أركان الجيش التركي نظيره الباكستاني في أنقرة.", {"TUR:MIL", "PAK:MIL"}),
        ("en", "Turkey's army chief of staff met his Pakistani counterpart.", {"TUR:MIL", "PAK:MIL"}),
        ("en", "The Egyptian police chief met his Libyan counterpart.", {"EGY:COP", "LBY:COP"}),
        ("fa", "وزیر خارجه فرانسه با همتای چینی خود دیدار کرد.", {"FRA:GOV", "CHN:GOV"}),
        ("ar", "التقى وزير الخارجية الفرنسي نظيره الصيني في باريس.", {"FRA:GOV", "CHN:GOV"}),
        ("en", "The French foreign minister met his Chinese counterpart.", {"FRA:GOV", "CHN:GOV"}),
    ],
)
def test_a_counterpart_takes_the_agent_of_the_official_it_mirrors(
    lang: str, text: str, expected: set[str]
) -> None:
    assert units(run(text, lang), "CONSULT") == expected
