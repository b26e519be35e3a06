"""speed88: the readers of rounds 85-87 skip where their cue words are not written.

``partitive_nationals.cue_near`` tells whether every word of some origin or
partitive marker is written around a sentence's mentions; ``participants``
reads ``origin_only`` and ``partitive_only`` only then. ``held_areas.
holding_written`` tells whether every word of some holding phrase is in the
text; ``held_places`` reads word by word only then. Each gate must say yes
wherever the reader it guards could find its marker (else the output would
change) and no on plain sentences (else it saves nothing). Sentences written
for these tests, in Arabic, Persian and English.
"""

from __future__ import annotations

import pytest

from diplowatch.extract.actor_context import context
from diplowatch.extract.held_areas import held_places, holding_written
from diplowatch.extract.mention import Mention
from diplowatch.extract.participants import fill_knobs
from diplowatch.extract.partitive_nationals import cue_near, origin_only, partitive_only
from diplowatch.text.normalize import normalize

# (lang, sentence, the agent's words, the country's words, code,
#  an origin marker written, a partitive marker written)
SENTENCES = [
    (
        "ar",
        "أوقفت الشرطة خمسة مهربين قادمين من تشاد.",
        ("الشرطة", "مهربين", "تشاد"),
        "TCD",
        True,
        False,
    ),
    (
        "ar",
        "اعتقلت الشرطة ستة أشخاص بينهم تونسيان.",
        ("الشرطة", "أشخاص", "تونسيان"),
        "TUN",
        False,
        True,
    ),
    (
        "ar",
        "استقبل الرئيس وزير خارجية تشاد في القصر.",
        ("الرئيس", "وزير", "تشاد"),
        "TCD",
        False,
        False,
    ),
    (
        "fa",
        "پلیس پنج قاچاقچی مقیم چاد را بازداشت کرد.",
        ("پلیس", "قاچاقچی", "چاد"),
        "TCD",
        True,
        False,
    ),
    (
        "fa",
        "پلیس هشت نفر از جمله دو تونسی را بازداشت کرد.",
        ("پلیس", "نفر", "تونسی"),
        "TUN",
        False,
        True,
    ),
    (
        "fa",
        "رئیس جمهور با وزیر خارجه چاد دیدار کرد.",
        ("رئیس جمهور", "وزیر", "چاد"),
        "TCD",
        False,
        False,
    ),
    (
        "en",
        "Police held nine traders living in Chad.",
        ("Police", "traders", "Chad"),
        "TCD",
        True,
        False,
    ),
    (
        "en",
        "Police held six men, including two Tunisians.",
        ("Police", "men", "Tunisians"),
        "TUN",
        False,
        True,
    ),
    # a plain substring test: "resident in" would be read in "president … minister"
    (
        "en",
        "The president received the envoy of Chad.",
        ("president", "envoy", "Chad"),
        "TCD",
        False,
        False,
    ),
]


def _mentions(text: str, words: tuple[str, str, str], code: str) -> list[Mention]:
    """The agent with no country, the group it acts on and the country word,
    where they are written."""
    agent, group, country = (normalize(w).text for w in words)
    a = text.index(agent)
    g = text.index(group, a + len(agent))
    c = text.index(country, g + len(group))
    return [
        Mention(a, a + len(agent), "", "agent", False, agent="COP"),
        Mention(g, g + len(group), "", "agent", False, agent="CRM"),
        Mention(c, c + len(country), code, "state", False),
    ]


@pytest.mark.parametrize(("lang", "raw", "words", "code", "origin", "part"), SENTENCES)
def test_cue_near_says_where_a_marker_is_written(
    lang: str, raw: str, words: tuple[str, str, str], code: str, origin: bool, part: bool
) -> None:
    text = normalize(raw).text
    mentions = _mentions(text, words, code)
    knobs = fill_knobs(lang)
    assert cue_near(mentions, text, knobs.origins) is origin
    assert cue_near(mentions, text, knobs.partitives) is part


@pytest.mark.parametrize(("lang", "raw", "words", "code", "origin", "part"), SENTENCES)
def test_cue_near_never_hides_a_reading(
    lang: str, raw: str, words: tuple[str, str, str], code: str, origin: bool, part: bool
) -> None:
    # where the gate says no, the readers it guards find nothing either; on
    # the sentences with a marker they do find it (the gate is needed there)
    text = normalize(raw).text
    mentions = _mentions(text, words, code)
    knobs, m = fill_knobs(lang), mentions[0]
    found_origin = origin_only(m, mentions, {code}, text, knobs.origins)
    found_part = partitive_only(m, mentions, {code}, text, knobs.partitives)
    assert found_origin is origin
    assert found_part is part
    assert not found_origin or cue_near(mentions, text, knobs.origins)
    assert not found_part or cue_near(mentions, text, knobs.partitives)


def test_cue_near_reads_no_marker_outside_the_mentions_reach() -> None:
    # the marker written far before the first mention is out of the readers' reach
    raw = "مهربين قادمين من " + "كلمة " * 20 + "أوقفت الشرطة رجلا من تشاد."
    text = normalize(raw).text
    mentions = _mentions(text, ("الشرطة", "رجلا", "تشاد"), "TCD")
    assert not cue_near(mentions, text, fill_knobs("ar").origins)
    assert not cue_near([], text, fill_knobs("ar").origins)


# (lang, sentence, the holder's words, a holding phrase written)
HELD = [
    ("ar", "قتل عشرة تلاميذ في مدرسة بمنطقة يسيطر عليها تنظيم داعش.", "داعش", True),
    ("ar", "قتل عشرة تلاميذ في مدرسة بمنطقة قرب الحدود.", "", False),
    ("fa", "ده دانش آموز در مدرسه‌ای در منطقه تحت کنترل طالبان کشته شدند.", "طالبان", True),
    ("fa", "ده دانش آموز در مدرسه‌ای در نزدیکی مرز کشته شدند.", "", False),
    ("en", "Ten pupils were killed in a school in an area held by the Taliban.", "Taliban", True),
    ("en", "Ten pupils were killed in a school near the border.", "", False),
]


@pytest.mark.parametrize(("lang", "raw", "holder", "written"), HELD)
def test_holding_written_and_held_places_agree(
    lang: str, raw: str, holder: str, written: bool
) -> None:
    text = normalize(raw).text
    ctx = context(lang)
    assert holding_written(text, ctx.holding_phrases) is written
    if holder:
        at = text.index(normalize(holder).text)
        m = Mention(at, at + len(normalize(holder).text), "", "group", True, agent="REB")
        held_places(text, [m], ctx)
        assert m.place  # the reader the gate lets through still marks the holder
