"""mendF108: diffread73's findings on ``formed_government``.

F2: a Persian future after the forming noun is a government still to be
formed only when passive ("تشکیل خواهد شد"), not active ("تشکیل خواهد
داد": the government forms something); an ending written after a ZWNJ
("تازه‌ای") is no modifier of its own. F4: an article between a lead of
time and the forming word ("after the formation of") still leads. F3: the
formed starts are found by bisection (same mentions lose their agent).
Sentences written for these tests; Arabic reads no forming words.
"""

from __future__ import annotations

import pytest

from casts import cast, run
from diplowatch.extract.actor_context import context
from diplowatch.extract.formed_government import formed_government, without_agent
from diplowatch.extract.lexicon import Entry
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.normalize import normalize


def _cast(text: str, lang: str, etype: str) -> set[str]:
    """The 'CODE:AGENT' of the actors of ``etype``'s events."""
    return cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("text", "lang", "etype", "side"),
    [
        # F2: an active future: the government forms something and acts
        ("دولت لبنان کارگروهی تشکیل خواهد داد و از فرانسه کمک خواست.", "fa", "REQUEST", "LBN:GOV"),
        ("دولت مصر کمیته‌ای ایجاد خواهد کرد و از عربستان کمک خواست.", "fa", "REQUEST", "EGY:GOV"),
        # F4: a lead of time over an article: the government exists
        (
            "After the formation of a unity government, Lebanon signed a trade deal with Syria.",
            "en",
            "AGREE",
            "LBN:GOV",
        ),
        (
            "Following the formation of a new government, Iraq signed an oil deal with Jordan.",
            "en",
            "AGREE",
            "IRQ:GOV",
        ),
    ],
)
def test_government_acting_stays_a_side(text: str, lang: str, etype: str, side: str) -> None:
    assert side in _cast(text, lang, etype)


def _formed(text: str, noun: str, lang: str) -> bool:
    """``formed_government`` on the first ``noun`` of normalised ``text``."""
    norm = normalize(text).text
    noun = normalize(noun).text
    start = norm.index(noun)
    entry = Entry("actor", "institution", "government", "")
    hit = Hit(start, start + len(noun), start, start + len(noun), entry, "")
    return formed_government(norm, hit, context(lang))


@pytest.mark.parametrize(
    ("text", "noun", "lang", "formed"),
    [
        # F2: the passive future, one verb of two words
        ("دولت جدید تشکیل خواهد شد", "دولت", "fa", True),
        ("کابینه تازه تشکیل خواهد گردید", "کابینه", "fa", True),
        ("دولت فراگیر تشکیل می‌شود", "دولت", "fa", True),
        # F2: the active future is the government forming something
        ("دولت کمیته‌ای تشکیل خواهد داد", "دولت", "fa", False),
        ("دولت پایگاهی ایجاد خواهد کرد", "دولت", "fa", False),
        # F2: an ending after a ZWNJ is no modifier of its own
        ("باید دولت فراگیر تازه‌ای تشکیل شود", "دولت", "fa", True),
        # … but three modifiers are still too many
        ("دولت عراق کمیته تحقیق تشکیل شود", "دولت", "fa", False),
        # F4: "the" between the lead and the forming word
        ("jordan sent aid after the formation of a new government", "government", "en", False),
        ("since the formation of a unity government iran has waited", "government", "en", False),
        # no lead: "the" alone leads nothing
        ("iran called for the formation of a new government", "government", "en", True),
        ("iran urged talks on the formation of a new government", "government", "en", True),
        # Persian writes no article after its lead: read so already
        ("پس از تشکیل دولت جدید", "دولت", "fa", False),
    ],
)
def test_formed_reading(text: str, noun: str, lang: str, formed: bool) -> None:
    assert _formed(text, noun, lang) is formed


def test_without_agent_by_bisection() -> None:
    """F3: a mention loses its agent only when a formed start is inside it."""

    def mention(start: int, end: int) -> Mention:
        return Mention(start, end, "SYR", "country", True, agent="GOV")

    mentions = [mention(0, 5), mention(10, 20), mention(20, 25), mention(30, 40)]
    without_agent(mentions, frozenset({12, 40, 3}))
    assert [m.agent for m in mentions] == [None, None, "GOV", "GOV"]
