"""States listed after the one weak mention a sentence falls back on are
taken with it (selected_sides._listed_after). Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def request_targets(text: str, lang: str) -> set[str | None]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-01"))
    return {e.actors[-1].code for e in record.events if e.type == "REQUEST"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The UN called on Sudan, Chad and Libya to close the border."),
        ("ar", "دعت الأمم المتحدة السودان وتشاد وليبيا إلى إغلاق الحدود أمام المقاتلين."),
        ("fa", "سازمان ملل از سودان، چاد و لیبی خواست مرزها را به روی جنگجویان ببندند."),
    ],
)
def test_every_listed_state_is_asked(lang: str, text: str) -> None:
    assert {"SDN", "TCD", "LBY"} <= request_targets(text, lang)


def test_a_place_list_stays_places() -> None:
    record = process(
        Document(
            doc_id="t",
            text="The UN called on Sudan to open roads in Chad and Libya for aid convoys.",
            lang="en",
            published="2024-05-01",
        )
    )
    codes = {a.code for e in record.events if e.type == "REQUEST" for a in e.actors}
    assert "SDN" in codes and not {"TCD", "LBY"} & codes
