"""Who tells of a deal, an arrest or an attack is no party to it when what he
says names its own sides: Persian bare 'گفت' is a verb of saying (a deed after
it is reported, its speaker no doer); a verb of saying ends a title's noun
phrase ('خبرنگاران گفت ایران'); Arabic 'the party responsible for' is no
official. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

import casts
from casts import cast
from diplowatch.model import Record


def run(text: str, lang: str) -> Record:
    return casts.run(text, lang, "2024-04-23")


@pytest.mark.parametrize(
    ("lang", "text", "etype", "parties", "not_parties"),
    [
        # a lawmaker or analyst who comments on a deal between two others
        (
            "ar",
            "قال نائب كويتي إن الاتفاق بين سلطنة عمان واليمن كان خطأ.",
            "AGREE",
            set(),
            {"KWT:LEG"},
        ),
        # the reporters he talked to are no side either
        (
            "fa",
            "ظریف در گفت‌وگو با خبرنگاران گفت ایران و عراق توافق کردند.",
            "AGREE",
            {"IRN:", "IRQ:"},
            {"IRN:MED", "IRQ:MED"},
        ),
        # a spokesman who tells of an arrest or an attack by others
        (
            "fa",
            "سخنگوی وزارت کشور گفت پلیس بیست معترض را در اصفهان بازداشت کرد.",
            "COERCE",
            {"IRN:COP"},
            {"IRN:GOV"},
        ),
        (
            "ar",
            "قال المتحدث باسم وزارة الداخلية العراقية إن الشرطة اعتقلت عشرين متظاهرا في البصرة.",
            "COERCE",
            {"IRQ:COP"},
            {"IRQ:GOV"},
        ),
        (
            "en",
            "A spokesman for the Turkish defence ministry said Kurdish militants attacked"
            " an army post near the Syrian border.",
            "ASSAULT",
            set(),
            {"TUR:GOV", "TUR:MIL"},
        ),
        # 'the party responsible for the attack' is whoever did it, no official
        (
            "ar",
            "لم تعرف بعد الجهة المسؤولة عن الهجوم على القافلة الباكستانية.",
            "ASSAULT",
            {"PAK:"},
            {"-:GOV"},
        ),
    ],
)
def test_speaker_of_a_report_is_no_party(
    lang: str, text: str, etype: str, parties: set[str], not_parties: set[str]
) -> None:
    found = cast(run(text, lang), etype)
    assert parties <= found
    assert not (not_parties & found)


@pytest.mark.parametrize(
    ("lang", "text", "etype", "speaker"),
    [
        # what the speaker tells of his own side he is a party to
        ("en", "Iran said it signed a trade agreement with Iraq.", "AGREE", "IRN:"),
        ("ar", "قالت إيران إنها وقعت اتفاقا تجاريا مع العراق.", "AGREE", "IRN:"),
        ("fa", "ایران اعلام کرد با عراق یک توافق تجاری امضا کرد.", "AGREE", "IRN:"),
        # and what he does by speaking
        ("fa", "سخنگوی وزارت خارجه ایران حملات آمریکا به عراق را محکوم کرد.", "ACCUSE", "IRN:GOV"),
    ],
)
def test_speaker_of_his_own_deed_stays(lang: str, text: str, etype: str, speaker: str) -> None:
    assert speaker in cast(run(text, lang), etype)


def test_official_who_tells_of_a_killing_is_not_its_doer() -> None:
    text = "یک مقام وزارت دفاع سومالی گفت شبه‌نظامیان الشباب سه سرباز را در موگادیشو کشتند."
    (event,) = [e for e in run(text, "fa").events if e.type == "ASSAULT"]
    assert f"{event.actors[0].code}:{event.actors[0].agent}" == "SOM:REB"
