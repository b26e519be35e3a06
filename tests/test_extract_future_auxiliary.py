"""A future auxiliary right after a trigger is its own tense, even after a
reaction (extract/status.status_of), and awaited meetings are still to come
(lang/<code>/status.PLANNED_CUES). Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def statuses(text: str, lang: str, etype: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-01"))
    return {e.status for e in record.events if e.type == etype}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "want"),
    [
        # the auxiliary inside a Persian compound, in the first person plural
        ("fa", "ما از وزیر خارجه عراق برای سفر به تهران دعوت خواهیم کرد.", "REQUEST", "planned"),
        ("fa", "ایران از وزیر خارجه عراق برای سفر به تهران دعوت کرد.", "REQUEST", "reported"),
        ("fa", "رئیس جمهور ایران با همتای عراقی خود دیدار خواهم کرد.", "CONSULT", "planned"),
        # an order given now for next week is given now
        (
            "fa",
            "رئیس جمهور ایران دستور داد هفته آینده سفیر عراق به وزارت خارجه احضار شود.",
            "REQUEST",
            "reported",
        ),
        ("ar", "اجتماع مرتقب بين وزيري خارجية تونس والجزائر حول ليبيا.", "CONSULT", "planned"),
        ("ar", "عقد وزيرا خارجية تونس والجزائر اجتماعا حول ليبيا.", "CONSULT", "reported"),
        (
            "en",
            "The forthcoming meeting between the foreign ministers of Tunisia and Algeria "
            "will focus on Libya.",
            "CONSULT",
            "planned",
        ),
        # after an invitation, "next year" belongs to the visit
        (
            "en",
            "Iran invited Iraq's foreign minister to visit Tehran next year.",
            "REQUEST",
            "reported",
        ),
    ],
)
def test_future_of_the_trigger_itself(lang: str, text: str, etype: str, want: str) -> None:
    assert statuses(text, lang, etype) == {want}
