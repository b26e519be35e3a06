"""A group's office holder named in full right after his title and group,
then by his surname alone (round 64, surnames64; every sentence written for
these tests).

Arabic and English write "زعيم حركة … سالم البوزيدي", "the leader of
Ennahda Rached Khelifi" once and "وطالب البوزيدي", "Khelifi urged" after:
the bare surname is the holder, with the group's country, agent and role
(``person_names._group_holders``), the full name set off by a comma or
not. Not a surname two holders share, not a
word in lower case, not a name with no group title before it, and the
first writing stays the group's one mention. Persian sets none: its
unwritten ezafe makes a name after a group noun the group's owner.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


def _actors(text: str, lang: str, etype: str) -> list[str]:
    """'CODE:AGENT' of every actor of the events of one type, in order."""
    return [a for c in casts_in_order(text, lang, etype) for a in c]


HOLDERS = [
    (
        "ar",
        "قال الناطق الرسمي باسم حركة النهضة سالم البوزيدي إن الحوار ضروري. "
        "وطالب البوزيدي الحكومة بالاستقالة.",
        "TUN:PTY",
    ),
    (
        "ar",
        "قال الأمين العام للاتحاد العام التونسي للشغل منير الحمروني إن الأجور ضعيفة. "
        "وطالب الحمروني الحكومة بالزيادة في الأجور.",
        "TUN:LAB",
    ),
    # the full name set off by a comma
    (
        "ar",
        "قال زعيم حركة النهضة، سالم البوزيدي، إن الحوار ضروري. وطالب البوزيدي الحكومة بالاستقالة.",
        "TUN:PTY",
    ),
    (
        "en",
        "The leader of Ennahda Rached Khelifi met students on Monday. "
        "Khelifi urged the government to resign.",
        "TUN:PTY",
    ),
]


@pytest.mark.parametrize(("lang", "text", "holder"), HOLDERS)
def test_surname_is_the_group_holder(lang: str, text: str, holder: str) -> None:
    assert holder in _actors(text, lang, "REQUEST")


NOT_HOLDERS = [
    # two holders share the surname: it is no one's
    (
        "ar",
        "قال الناطق الرسمي باسم حركة النهضة سالم البوزيدي إن الحوار ضروري. "
        "وأكد الأمين العام للاتحاد العام التونسي للشغل منير البوزيدي أن الأجور ضعيفة. "
        "وطالب البوزيدي الحكومة بالاستقالة.",
        ("TUN:PTY", "TUN:LAB"),
    ),
    # no group title before the full name
    (
        "ar",
        "قال سالم البوزيدي إن الحوار ضروري. وطالب البوزيدي الحكومة بالاستقالة.",
        ("TUN:PTY",),
    ),
    # a word in lower case is that word, not the holder
    (
        "en",
        "The leader of Ennahda Rached Young met students on Monday. "
        "The young urged the government to resign.",
        ("TUN:PTY",),
    ),
    # Persian: the name after the campaign is its owner's, no spokesman's
    (
        "fa",
        "محمد وکیلی سخنگوی ستاد انتخاباتی حسن روحانی گفت رقبا دروغ می‌گویند. "
        "روحانی از مردم خواست در انتخابات شرکت کنند.",
        ("IRN:PTY",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_HOLDERS)
def test_no_holder_where_the_surname_tells_no_one(
    lang: str, text: str, absent: tuple[str, ...]
) -> None:
    actors = _actors(text, lang, "REQUEST")
    assert not set(absent) & set(actors)


def test_first_writing_is_the_groups_one_mention() -> None:
    """The full name right after the title is no second actor: the holder
    would be a side of his own group's deed."""
    text = "دعا الناطق الرسمي باسم حركة النهضة سالم البوزيدي الحكومة إلى الحوار."
    assert _actors(text, "ar", "REQUEST").count("TUN:PTY") == 1
