"""The speaker of a report whose content opens with its own subject.

"پنتاگون اعلام کرد (که) وزیر دفاع آمریکا با همتای اسرائیلی خود گفت‌وگو
کرد", "the White House said that President Biden met …": where the speaker
stands before the reporting verb, it tells the event and is no party to it;
the event's sides are the subject of what is reported and its partner
(``sources._before_reported_subject``). A report without a subject of its
own keeps the speaker as the actor. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-05-14"))


def units(record: Record, etype: str) -> list[set[tuple[str | None, str | None]]]:
    return [{(a.code, a.agent) for a in e.actors} for e in record.events if e.type == etype]


# (language, sentence, type, the units of one event of that type)
REPORTED = [
    (
        "fa",
        "پنتاگون روز جمعه اعلام کرد وزیر دفاع آمریکا با همتای اسرائیلی خود تلفنی گفت‌وگو کرد.",
        "CONSULT",
        {("USA", "GOV"), ("ISR", "GOV")},
    ),
    (
        "fa",
        "کاخ سفید اعلام کرد که رئیس جمهور آمریکا با نخست وزیر ژاپن در واشنگتن دیدار کرد.",
        "CONSULT",
        {("USA", "GOV"), ("JPN", "GOV")},
    ),
    (
        "en",
        "The Pentagon said the US defense secretary spoke with his Israeli counterpart on Friday.",
        "CONSULT",
        {("USA", "GOV"), ("ISR", "GOV")},
    ),
    (
        "en",
        "The White House said that President Biden met the Japanese prime minister in Washington.",
        "CONSULT",
        {("USA", "GOV"), ("JPN", "GOV")},
    ),
    (
        "ar",
        "أعلن البنتاغون أن وزير الدفاع الأمريكي بحث هاتفيا مع نظيره الإسرائيلي التطورات في المنطقة.",
        "CONSULT",
        {("USA", "GOV"), ("ISR", "GOV")},
    ),
]


@pytest.mark.parametrize("lang,text,etype,want", REPORTED)
def test_speaker_before_reported_subject_is_no_party(
    lang: str, text: str, etype: str, want: set[tuple[str, str]]
) -> None:
    assert want in units(run(text, lang), etype)


# No subject of its own after the reporting verb: the speaker acts.
SPEAKER_ACTS = [
    ("fa", "ایران روز سه‌شنبه اعلام کرد با عراق بر سر تبادل زندانیان توافق کرده است.", "AGREE"),
    ("en", "Iran said on Tuesday it had reached a deal with Iraq on a prisoner exchange.", "AGREE"),
    ("ar", "أعلنت إيران أنها توصلت إلى اتفاق مع العراق بشأن تبادل السجناء.", "AGREE"),
]


@pytest.mark.parametrize("lang,text,etype", SPEAKER_ACTS)
def test_speaker_without_reported_subject_acts(lang: str, text: str, etype: str) -> None:
    found = units(run(text, lang), etype)
    assert any({c for c, _ in u} >= {"IRN", "IRQ"} for u in found), found


def test_bare_state_after_the_verb_keeps_its_speaker() -> None:
    """ "The foreign minister said Britain is consulting": he speaks for it."""
    text = (
        "وزیر خارجه بریتانیا گفت بریتانیا با متحدان خود درباره پاسخ به این حمله در حال رایزنی است."
    )
    assert {("GBR", "GOV")} in units(run(text, "fa"), "CONSULT")
