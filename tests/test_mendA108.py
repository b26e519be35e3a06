"""mendA108: review108a's findings on gov108 (``formed_government``).

A government already formed ("دولت جدید تشکیل شد", "تازه تشکیل شده") or
whose formation is welcomed, praised or condemned exists and stays a side
(F1, F2); a government still to be formed keeps its state as the side, with
no agent, so no other government of the sentence takes its place (F3); the
noun "form" ("any form of government") forms nothing (F4); the indefinite
"حکومتی" is read like "حکومت" (F5). A designate's task and a formation told
as past time ("مامور تشکیل کابینه", "after forming") are left alone.
Sentences written for these tests; Arabic reads no forming words.
"""

from __future__ import annotations

import pytest

from casts import cast, run
from diplowatch.extract.actor_context import context
from diplowatch.extract.formed_government import formed_government
from diplowatch.extract.lexicon import Entry
from diplowatch.extract.scan import Hit


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # F1: formed already (gov108: the GOV was lost)
        ("دولت تازه تشکیل شده سوریه با ترکیه توافق‌نامه امنیتی امضا کرد.", "fa", "AGREE"),
        ("کابینه جدید عراق تشکیل شد و از کویت کمک مالی خواست.", "fa", "REQUEST"),
        ("حکومت جدید تشکیل گردید و روزنامه‌نگاران را بازداشت کرد.", "fa", "COERCE"),
        ("دولت جدید سودان تشکیل شده و با مصر توافق کرده است.", "fa", "AGREE"),
        # F2: a formation reacted to
        ("Egypt praised the formation of a new government in Lebanon.", "en", "SUPPORT"),
        ("Jordan welcomed the formation of a new cabinet in Iraq.", "en", "SUPPORT"),
        ("ترکیه از تشکیل دولت جدید در لیبی استقبال کرد.", "fa", "SUPPORT"),
        ("امارات تشکیل دولت جدید در یمن را محکوم کرد.", "fa", "ACCUSE"),
        # left alone: a designate's task, a formation told as past time
        ("وزیر خارجه قطر با نخست وزیر مامور تشکیل کابینه عراق دیدار کرد.", "fa", "CONSULT"),
        (
            "After forming a coalition government, Israel's cabinet imposed sanctions on Iran.",
            "en",
            "SANCTION",
        ),
        # Arabic reads no forming words
        ("رحبت قطر بتشكيل الحكومة الليبية الجديدة.", "ar", "SUPPORT"),
    ],
)
def test_formed_government_stays_a_side(text: str, lang: str, etype: str) -> None:
    assert {c for c in cast(run(text, lang), etype) if c.endswith(":GOV")}


@pytest.mark.parametrize(
    ("text", "lang", "etype", "state", "other"),
    [
        # F3: the state to be given a government stays the side; no other
        # mention of the sentence fills it
        (
            "ترکیه خواستار تشکیل دولت فراگیر در سوریه شد و دولت عراق را محکوم کرد.",
            "fa",
            "REQUEST",
            "SYR:",
            "IRQ:GOV",
        ),
        (
            "Russia called for forming an inclusive government in Syria and condemned "
            "the Turkish government.",
            "en",
            "REQUEST",
            "SYR:",
            "TUR:GOV",
        ),
        (
            "Washington warned that forming a government with the Houthis would bring "
            "sanctions on Yemen.",
            "en",
            "THREATEN",
            "YEM:",
            "YEM:REB",
        ),
        # F5: the indefinite "حکومتی" is read like "حکومت"
        ("ترکیه خواستار تشکیل حکومتی فراگیر در لیبی شد.", "fa", "REQUEST", "LBY:", "LBY:GOV"),
        ("روسیه خواستار تشکیل حکومتی جدید در سوریه شد.", "fa", "REQUEST", "SYR:", "SYR:GOV"),
    ],
)
def test_state_to_be_governed_keeps_its_side(
    text: str, lang: str, etype: str, state: str, other: str
) -> None:
    got = cast(run(text, lang), etype)
    assert state in got
    assert other not in got


def _formed(text: str, noun: str, lang: str = "en") -> bool:
    """``formed_government`` on the last ``noun`` of ``text``."""
    start = text.rindex(noun)
    entry = Entry("actor", "institution", "government", "")
    hit = Hit(start, start + len(noun), start, start + len(noun), entry, "")
    return formed_government(text, hit, context(lang))


@pytest.mark.parametrize(
    ("text", "formed"),
    [
        # F4: the noun "form"
        ("iran rejected any form of government imposed on afghanistan", False),
        ("the sanctions were a form of government pressure on iran", False),
        # the forming noun and verb still read
        ("iran called for the formation of a new government", True),
        ("iran urged the taliban to form a government", True),
    ],
)
def test_noun_form_forms_nothing(text: str, formed: bool) -> None:
    assert _formed(text, "government") is formed
