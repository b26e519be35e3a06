"""Mends of mendA89's statement phrase and frame89's post in the talks
(mendE90, REVIEW89 findings 3, 4, 8 and 9; every sentence written for these
tests).

"كل من X وY" and "بالنسبة لX" open a subject or a topic, so their "من"/"ل"
is no object mark (``spoken_through._state_as_object``,
``context.STATEMENT_SUBJECT_LEADS``); a statement phrase may carry a weekday
and "on"/"late" between its noun and its body ("issued on Monday by its");
a phrase of taking part ("حاضر شد", "به توافق رسیدند") and a deed the post's
holders do in the talks ("اتفق ممثلو … في محادثات جنيف") keep the talks held
(``named_topic._taking_part``), but not what follows a word of saying.
Cases marked "fails on main" read otherwise on main c2024e92.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, types

BOTH_OR_TOPIC = [
    # fails on main: [QAT:, KWT:] (the "من" of "كل من" taken for an object mark)
    ("أشادت كل من قطر والكويت بالاتفاق في بيان لوزارة الخارجية.", "SUPPORT", ["QAT:GOV", "KWT:"]),
    # fails on main: [QAT:, :GOV] and an ASSAULT by the ministry
    ("وأدانت كل من قطر التفجير في بيان صادر عن وزارة الخارجية.", "ACCUSE", None),
    # fails on main: [TUN:, :GOV] ("بالنسبة ل" opens a topic, no object)
    ("بالنسبة لتونس، فقد أدانت التفجير في بيان لوزارة الخارجية.", "ACCUSE", ["TUN:GOV"]),
]


@pytest.mark.parametrize(("text", "etype", "cast"), BOTH_OR_TOPIC)
def test_both_and_topic_marks_open_a_subject(text: str, etype: str, cast: list[str] | None) -> None:
    got = casts_in_order(text, "ar", etype)
    if cast is None:
        assert "ASSAULT" not in types(text, "ar")
    else:
        assert got == [cast]


def test_a_real_object_mark_still_holds() -> None:
    # guards (main reads them right too): the state after "على"/"به" is what
    # was spoken of, and gives the ministry's agent to no one
    text = "أدانت الأردن الهجوم على سوريا في بيان لوزارة الخارجية."
    assert casts_in_order(text, "ar", "ACCUSE") == [["JOR:GOV"]]
    text = "حمله به سوریه در بیانیه‌ای از سوی وزارت خارجه محکوم شد."
    assert "SYR:GOV" not in sum(casts_in_order(text, "fa", "ACCUSE"), [])


STATEMENTS_WITH_A_DAY = [
    # fails on main: an ASSAULT by JOR:GOV ("issued on Sunday by its" was too long)
    ("en", "Jordan condemned the bombing in a statement issued on Sunday by its foreign ministry."),
    # fails on main: [QAT:, :GOV] and an ASSAULT by the ministry
    ("en", "Qatar condemned the blast in a statement issued late Sunday by the foreign ministry."),
    # fails on main: [QAT:, :GOV] and an ASSAULT ("صادر مساء يوم الأحد عن")
    ("ar", "أدانت قطر التفجير في بيان صادر مساء يوم الأحد عن وزارة الخارجية."),
    # guard (main reads it right too)
    ("fa", "قطر در بیانیه‌ای از سوی وزارت خارجه این حمله را محکوم کرد."),
]


@pytest.mark.parametrize(("lang", "text"), STATEMENTS_WITH_A_DAY)
def test_a_day_between_statement_and_body(lang: str, text: str) -> None:
    state = "JOR" if text.startswith("Jordan") else "QAT"
    assert casts_in_order(text, lang, "ACCUSE") == [[f"{state}:GOV"]]
    assert "ASSAULT" not in types(text, lang)


TALKS_HELD = [
    # fails on main: no CONSULT ("حاضر شد" is a phrase)
    ("fa", "هیئت ترکیه دیروز در مذاکرات آستانه حاضر شد."),
    # fails on main: no CONSULT (the holders of both posts agree in the talks)
    ("fa", "نمایندگان دو طرف در مذاکرات مسقط به توافق رسیدند."),
    # fails on main: no CONSULT
    ("fa", "نمایندگان عراق و ترکیه در مذاکرات آنکارا پیش‌نویس جدیدی ارائه کردند."),
    # fails on main: AGREE only
    ("ar", "اتفق ممثلو الحكومة والمتمردين في محادثات الدوحة على هدنة."),
    # guards (main reads them right too)
    ("fa", "هیئت ایرانی در مذاکرات وین شرکت کرد."),
    ("en", "The envoys of Iraq and Turkey in the Ankara talks signed a water accord."),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_HELD)
def test_posts_acting_in_the_talks_held_them(lang: str, text: str) -> None:
    assert "CONSULT" in types(text, lang)


SPOKEN_OF = [
    # guards (main reads them right too): what follows a word of saying is
    # what was said, no taking part in the talks
    ("fa", "نماینده چین در مذاکرات ژنو گفت طرفین به توافق رسیدند."),
    ("ar", "قال مبعوث الصين في محادثات جنيف إن الطرفين اتفقا على هدنة."),
    ("en", "China's envoy to the Geneva talks said both sides agreed on a truce."),
]


@pytest.mark.parametrize(("lang", "text"), SPOKEN_OF)
def test_deeds_said_by_the_post_are_no_taking_part(lang: str, text: str) -> None:
    assert "CONSULT" not in types(text, lang)
