"""A speaker who only reports another state's stance on talks is no side of
them (round 84; sentences written for these tests).

- the report opens on its own subject, a state other than the speaker's,
  and names no second side: the speaker is not filled in as the talks'
  other side (``foreign_teller.foreign_subject_alone``);
- a report naming both sides, a speaker's own meeting and a deal ("X said
  Iran agreed …") read as before.
"""

from __future__ import annotations

import pytest

from casts import run


def _consult_codes(text: str, lang: str) -> set[str | None]:
    return {a.code for e in run(text, lang).events if e.type == "CONSULT" for a in e.actors}


# main read the speaker's state as the second side of the talks
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("یک مقام اتحادیه اروپا گفت که ایران آماده است مذاکرات را از سر بگیرد.", "fa", "EU"),
        ("وزیر خارجه روسیه گفت ایران آماده گفتگو است.", "fa", "RUS"),
        ("سخنگوی وزارت خارجه آمریکا گفت که ایران به مذاکرات بازگشته است.", "fa", "USA"),
        ("An EU official said Iran was ready to resume talks.", "en", "EU"),
        ("The Russian foreign minister said Iran would return to the talks.", "en", "RUS"),
        ("A US official said Iran had returned to the negotiations.", "en", "USA"),
        ("قال وزير الخارجية الفرنسي إن إيران ستعود إلى المفاوضات.", "ar", "FRA"),
        ("قال مسؤول أمريكي إن إيران عادت إلى المفاوضات.", "ar", "USA"),
    ],
)
def test_teller_is_no_side_of_talks(text: str, lang: str, speaker: str) -> None:
    assert speaker not in _consult_codes(text, lang)


def test_subject_of_talks_kept_fa() -> None:
    # Persian keeps the talks with their one side named
    assert _consult_codes("وزیر خارجه روسیه گفت ایران در مذاکرات وین شرکت خواهد کرد.", "fa") == {
        "IRN"
    }


# guards: main reads these right and must keep doing so
@pytest.mark.parametrize(
    ("text", "lang", "codes"),
    [
        # the report names both sides
        ("An EU official said Iran held talks with the United States.", "en", {"IRN", "USA"}),
        ("یک مقام اتحادیه اروپا گفت که ایران با آمریکا مذاکره کرد.", "fa", {"IRN", "USA"}),
        (
            "قال مسؤول أوروبي إن إيران أجرت مفاوضات مع الولايات المتحدة.",
            "ar",
            {"IRN", "USA"},
        ),
        # the speaker's own meeting
        ("The French foreign minister said he met his Iranian counterpart.", "en", {"FRA", "IRN"}),
        ("وزیر خارجه فرانسه گفت با همتای ایرانی خود دیدار کرد.", "fa", {"FRA", "IRN"}),
        ("قال وزير الخارجية الفرنسي إنه التقى نظيره الإيراني.", "ar", {"FRA", "IRN"}),
    ],
)
def test_sides_kept(text: str, lang: str, codes: set[str]) -> None:
    assert _consult_codes(text, lang) == codes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("پوتین گفت که ایران با همکاری موافقت کرد.", "fa"),
        ("An EU official said Iran agreed to resume talks.", "en"),
    ],
)
def test_deal_told_keeps_its_event(text: str, lang: str) -> None:
    # a deal is not a meeting: its lone side would drop the event (a first
    # version lowered the challenge's Persian types), so it reads as before
    assert any(e.type == "AGREE" for e in run(text, lang).events)
