"""A comment on a deed named by a noun ("X از حمایت قطر از Z انتقاد کرد",
"criticised Qatar's support for Z") is aimed at the deed's doer, the noun's
owner, not at what the deed is aimed at; the verb's own preposition opens
that noun phrase. A phrase of time earlier in the clause ("همزمان با سفر X
به Y …") is no such phrase. Sentences written for these tests; Persian
reads the marks (``marked_split._noun_agent``), ar and en are controls."""

from __future__ import annotations

import pytest

from casts import cast, run

# (lang, sentence, the commenter, the doer aimed at, the deed's own object)
AIMED = [
    ("fa", "مصر از حمایت قطر از اخوان المسلمین انتقاد کرد.", "EGY", "QAT", "EGY:OPP"),
    ("fa", "عربستان از حمایت ایران از حوثی‌ها انتقاد کرد.", "SAU", "IRN", "YEM:REB"),
    ("fa", "چین از سفر رئیس مجلس آمریکا به تایوان انتقاد کرد.", "CHN", "USA", "TWN"),
    ("fa", "مراکش از حمایت الجزایر از پولیساریو به شدت انتقاد کرد.", "MAR", "DZA", None),
    ("ar", "انتقدت مصر دعم قطر لجماعة الإخوان المسلمين.", "EGY", "QAT", None),
    ("ar", "انتقدت السعودية دعم إيران للحوثيين.", "SAU", "IRN", None),
    ("en", "Egypt criticised Qatar's support for the Muslim Brotherhood.", "EGY", "QAT", None),
    ("en", "Saudi Arabia criticised Iran's support for the Houthis.", "SAU", "IRN", None),
]


@pytest.mark.parametrize(("lang", "text", "source", "doer", "object_"), AIMED)
def test_comment_on_a_deed_is_aimed_at_its_doer(
    lang: str, text: str, source: str, doer: str, object_: str | None
) -> None:
    actors = cast(run(text, lang, "2025-03-10"), "ACCUSE")
    codes = {a.split(":")[0] for a in actors}
    assert {source, doer} <= codes
    if object_ is not None:
        assert object_ not in actors and object_ not in codes


# Not a comment's object: a deed's own target stays its target
# ("با حمایت آمریکا" is how the coalition attacked, not whom)
NOT_AIMED = [
    (
        "fa",
        "ائتلافی به سرکردگی عربستان و امارات و با حمایت آمریکا و انگلیس به یمن حمله کرده است.",
        "YEM",
        "USA",
    ),
    ("ar", "هاجم التحالف الذي تقوده السعودية اليمن بدعم أمريكي.", "YEM", "USA"),
    ("en", "Saudi Arabia attacked Yemen with the backing of the United States.", "YEM", "USA"),
]


@pytest.mark.parametrize(("lang", "text", "target", "backer"), NOT_AIMED)
def test_deed_with_a_backer_keeps_its_target(
    lang: str, text: str, target: str, backer: str | None
) -> None:
    actors = cast(run(text, lang, "2025-03-10"), "ASSAULT")
    codes = {a.split(":")[0] for a in actors}
    assert target in codes
    if backer is not None:
        pairs_to_backer = [a for a in actors if a.startswith(backer)]
        assert not pairs_to_backer
