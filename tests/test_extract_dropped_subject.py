""" "The army said it withdrew": the speaker of a report is the doer of the
deed it reports when the report names no other subject. English and Arabic
write the subject as a pronoun ("it", "أنه"); Persian drops it and the verb
carries it (``context.DROPPED_SUBJECT_IS_SPEAKER``), so a deed reported after
"X اعلام کرد که" whose clause names only objects and places is X's.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def units(text: str, lang: str, etype: str) -> list[set[str]]:
    events = process(Document("t", text, lang=lang)).events
    return [{f"{a.code or '-'}:{a.agent}" for a in e.actors} for e in events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer"),
    [
        ("ارتش عراق اعلام کرد که از شهر رمادی عقب‌نشینی کرده است.", "fa", "RETREAT", "IRQ:MIL"),
        ("پلیس کنیا اعلام کرد که بیست معترض را بازداشت کرده است.", "fa", "COERCE", "KEN:COP"),
        (
            "ارتش اسرائیل اعلام کرد که مواضعی در غزه را بمباران کرده است.",
            "fa",
            "ASSAULT",
            "ISR:MIL",
        ),
        (
            "سپاه پاسداران اعلام کرد که به مقر گروه‌های تروریستی در شمال عراق حمله کرده است.",
            "fa",
            "ASSAULT",
            "IRN:MIL",
        ),
        ("أعلن الجيش العراقي أنه انسحب من مدينة الرمادي.", "ar", "RETREAT", "IRQ:MIL"),
        ("قالت الشرطة الكينية إنها اعتقلت عشرين متظاهرا.", "ar", "COERCE", "KEN:COP"),
        ("The Iraqi army said it had withdrawn from Ramadi.", "en", "RETREAT", "IRQ:MIL"),
        ("Kenyan police said they arrested twenty protesters.", "en", "COERCE", "KEN:COP"),
    ],
)
def test_the_speaker_did_the_deed_whose_subject_is_unnamed(
    text: str, lang: str, etype: str, doer: str
) -> None:
    found = units(text, lang, etype)
    assert any(doer in u for u in found), found


@pytest.mark.parametrize(
    ("text", "etype", "speaker"),
    [
        # the reported clause names its own subject: the Taliban withdrew
        ("ارتش افغانستان اعلام کرد که طالبان از شهر قندوز عقب‌نشینی کرده‌اند.", "RETREAT", "AFG:MIL"),
        # a passive with its agent named: the police arrested them
        ("دولت عراق اعلام کرد که معترضان توسط پلیس بازداشت شده‌اند.", "COERCE", "IRQ:GOV"),
        # inside a quotation a third person is someone else
        ("ارتش اسرائیل گفت: «به مواضع حماس حمله کردند.»", "ASSAULT", "ISR:MIL"),
        # the victim is the subject of a passive or of dying
        ("پلیس عراق اعلام کرد که دو معترض در درگیری‌ها کشته شدند.", "ASSAULT", "IRQ:COP"),
        (
            "ارتش عراق اعلام کرد که سه غیرنظامی در انفجار جان خود را از دست دادند.",
            "ASSAULT",
            "IRQ:MIL",
        ),
        # what merely happened ("به وقوع پیوست") has no doer among the speakers
        ("ارتش عراق اعلام کرد که دو انفجار در بغداد به وقوع پیوسته است.", "ASSAULT", "IRQ:MIL"),
        # the deed's noun is the subject of "took place"
        (
            "ارتش اسرائیل اعلام کرد که حمله به کشتی در دریای عمان صورت گرفته است.",
            "ASSAULT",
            "ISR:MIL",
        ),
    ],
)
def test_the_speaker_is_no_doer_where_the_report_names_another(
    text: str, etype: str, speaker: str
) -> None:
    assert all(speaker not in u for u in units(text, "fa", etype))
