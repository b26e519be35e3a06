"""Those killed "in clashes with" a force were killed by it.

"Three militants were killed in clashes with police": the deed is the
police's, so the police are the event's first actor (its source) and the
dead its target; word order alone put the dead first (``doers.doers_first``
with ``context.DOER_MARKERS``). A clash told by a verb ("police clashed with
protesters") keeps its subject first.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def first_actors(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang))
    return [(e.actors[0].code, e.actors[0].agent) for e in record.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        ("قتل ثلاثة مسلحين في اشتباكات مع الشرطة المصرية في سيناء.", "ar", ("EGY", "COP")),
        ("قتل خمسة متمردين في مواجهات مع الجيش النيجيري شمال البلاد.", "ar", ("NGA", "MIL")),
        ("سه شبه‌نظامی در درگیری با پلیس مصر در سینا کشته شدند.", "fa", ("EGY", "COP")),
        ("دو سرباز ارتش در درگیری‌ها با طالبان در قندهار کشته شدند.", "fa", ("AFG", "REB")),
        (
            "Three militants were killed in clashes with Egyptian police in Sinai.",
            "en",
            ("EGY", "COP"),
        ),
        (
            "Four rebels were killed in a gunfight with Nigerian soldiers near Maiduguri.",
            "en",
            ("NGA", "MIL"),
        ),
    ],
)
def test_force_met_in_clashes_is_the_doer(text: str, lang: str, doer: tuple[str, str]) -> None:
    assert first_actors(text, lang) == [doer]


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        ("اشتبكت الشرطة العراقية مع المتظاهرين في بغداد.", "ar", ("IRQ", "COP")),
        ("Iraqi police clashed with protesters in Baghdad.", "en", ("IRQ", "COP")),
    ],
)
def test_clash_told_by_its_verb_keeps_its_subject(
    text: str, lang: str, doer: tuple[str, str]
) -> None:
    assert first_actors(text, lang) == [doer]
