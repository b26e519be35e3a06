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
        (
            "en",
            "Turkey's army chief of staff met his Pakistani counterpart.",
            {"TUR:MIL", "PAK:MIL"},
        ),
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


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        # Persian: the person ending of the verb tells the deed is the speaker's
        (
            "fa",
            "سفیر ایران در کابل گفت: ما از دولت افغانستان خواسته‌ایم که مرزها را باز کند.",
            "REQUEST",
            {"IRN:GOV", "AFG:GOV"},
        ),
        (
            "fa",
            "رئیس پلیس تهران گفت: ما ۲۰ نفر از اخلالگران را بازداشت کردیم.",
            "COERCE",
            {"IRN:COP", "IRN:CVL"},
        ),
        # the other languages keep their own readings
        (
            "ar",
            "قال سفير إيران في كابول: طلبنا من الحكومة الأفغانية فتح الحدود.",
            "REQUEST",
            {"IRN:GOV", "AFG:GOV"},
        ),
        (
            "en",
            "Iran's ambassador in Kabul said: we have asked the Afghan government to open the borders.",
            "REQUEST",
            {"IRN:GOV", "AFG:GOV"},
        ),
    ],
)
def test_a_first_person_deed_in_reported_speech_is_the_speakers(
    lang: str, text: str, etype: str, expected: set[str]
) -> None:
    assert units(run(text, lang), etype) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a third-person deed in the quote: the speaker only reports it
        "وزیر خارجه ایران گفت: ترکیه از عراق حمایت می‌کند.",
        # an ordinal ("سیزدهم") is no first-person verb
        "وزیر خارجه ایران گفت: ترکیه از دولت سیزدهم عراق حمایت کرد.",
    ],
)
def test_a_third_person_deed_in_reported_speech_leaves_the_speaker_out(text: str) -> None:
    assert "IRN:GOV" not in units(run(text, "fa"), "SUPPORT")


def test_a_speaker_behind_a_preposition_is_no_speaker() -> None:
    text = "در دیدار با وزیر خارجه ترکیه، ظریف گفت: ما از عراق حمایت می‌کنیم."
    assert "TUR:GOV" not in units(run(text, "fa"), "SUPPORT")
