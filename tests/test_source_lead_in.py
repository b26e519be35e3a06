"""An "according to" lead-in with no comma after its source does not swallow
the report (extract/sources.py ``_source_end``): only the source named right
after the cue is cited; the deed's parties stay.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang))


def typed(record: Record) -> set[tuple[str, tuple[str | None, ...]]]:
    return {(e.type, tuple(sorted(str(a.code) for a in e.actors))) for e in record.events}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "codes"),
    [
        # no comma after the source: the deed is still reported
        (
            "به نوشته نیویورک تایمز چین با سرمایه گذاری در ایران موافقت کرده است.",
            "fa",
            "AGREE",
            {"CHN"},
        ),
        ("به گزارش رویترز ترکیه دو دیپلمات روس را اخراج کرد.", "fa", "SANCTION", {"TUR", "RUS"}),
        ("به گفته منابع محلی ده فعال مخالف در استانبول بازداشت شدند.", "fa", "COERCE", {"TUR"}),
        # with the comma, as before
        ("به گزارش رویترز، ترکیه دو دیپلمات روس را اخراج کرد.", "fa", "SANCTION", {"TUR", "RUS"}),
        ("بحسب رويترز طردت تركيا دبلوماسيين روسيين.", "ar", "SANCTION", {"TUR", "RUS"}),
        ("وفقا لرويترز، طردت تركيا دبلوماسيين روسيين.", "ar", "SANCTION", {"TUR", "RUS"}),
        (
            "According to Reuters, Turkey expelled two Russian diplomats.",
            "en",
            "SANCTION",
            {"TUR", "RUS"},
        ),
    ],
)
def test_deed_after_source_lead_in(text: str, lang: str, etype: str, codes: set[str]) -> None:
    events = [e for e in run(text, lang).events if e.type == etype]
    assert events, text
    assert codes <= {a.code for e in events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        # the source named right after the cue is still no party
        ("به گزارش رویترز ترکیه دو دیپلمات روس را اخراج کرد.", "fa", "GBR"),
        ("به نوشته نیویورک تایمز چین با سرمایه گذاری در ایران موافقت کرده است.", "fa", "USA"),
        ("According to Reuters, Turkey expelled two Russian diplomats.", "en", "GBR"),
    ],
)
def test_source_is_no_party(text: str, lang: str, source: str) -> None:
    assert source not in {a.code for e in run(text, lang).events for a in e.actors}
