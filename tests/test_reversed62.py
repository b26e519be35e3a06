"""The recipients of aid are never its givers (round 62, reversed62; every
sentence written for these tests).

Arabic writes the preposition "ل" glued to the article ("للعائلات"), and
the article "ال" itself holds the letter "ل". A deed's noun followed by its
recipient behind "لل" and an adjective with the article ("المساعدات
للعائلات المتضررة") was read as a noun, its genitive giver ("العائلات") and
a marked target ("المتضررة"), which put the families first as the givers
(``genitive_source._glued``, ``context.GLUED_ARTICLES``). Persian and
English have no article glued to a preposition: their sentences guard that
the giver stays first.
"""

from __future__ import annotations

import pytest

from casts import sides


@pytest.mark.parametrize(
    ("text", "lang", "etype", "first"),
    [
        (
            "قدمت الحكومة الأردنية المساعدات للعائلات المتضررة من السيول.",
            "ar",
            "AID",
            ("JOR", "GOV"),
        ),
        (
            "قالت قوات خفر السواحل اليونانية إنها شاركت في عمليات أسفرت عن إنقاذ مئات "
            "المهاجرين قبالة السواحل التركية.",
            "ar",
            "AID",
            ("GRC", "COP"),
        ),
        (
            "أرسلت الحكومة الكويتية مساعدات للمواطنين المتضررين في اليمن.",
            "ar",
            "AID",
            ("KWT", "GOV"),
        ),
        ("دولت اردن کمک‌هایی به خانواده‌های آسیب‌دیده از سیل ارسال کرد.", "fa", "AID", ("JOR", "GOV")),
        (
            "The Jordanian government delivered aid to the affected families.",
            "en",
            "AID",
            ("JOR", "GOV"),
        ),
        ("Kuwait's aid to the Yemeni government arrived on Monday.", "en", "AID", ("KWT", None)),
    ],
)
def test_giver_first(
    text: str, lang: str, etype: str, first: tuple[str | None, str | None]
) -> None:
    got = sides(text, lang, etype)
    assert got, f"no {etype} in {text!r}"
    assert all(s[0] == first for s in got), got


@pytest.mark.parametrize(
    ("text", "lang", "etype", "not_first"),
    [
        (
            "قدمت الحكومة الأردنية المساعدات للعائلات المتضررة من السيول.",
            "ar",
            "AID",
            ("JOR", "CVL"),
        ),
        ("دولت اردن کمک‌هایی به خانواده‌های آسیب‌دیده از سیل ارسال کرد.", "fa", "AID", ("JOR", "CVL")),
        (
            "The Jordanian government delivered aid to the affected families.",
            "en",
            "AID",
            ("JOR", "CVL"),
        ),
    ],
)
def test_recipients_never_first(
    text: str, lang: str, etype: str, not_first: tuple[str | None, str | None]
) -> None:
    assert all(s[0] != not_first for s in sides(text, lang, etype))


def test_article_is_no_glued_preposition() -> None:
    """The rule's own reading of a prefix: "ال" is no "ل", "لل" and "ول" are."""
    from types import SimpleNamespace

    from diplowatch.extract.genitive_source import _glued

    ctx = SimpleNamespace(glued_articles=("لل", "بال"), conjunctions=frozenset({"و", "،"}))
    preps = frozenset({"ل", "ب"})

    def mention(prefix: str) -> SimpleNamespace:
        return SimpleNamespace(prefix=prefix, start=0)

    assert not _glued(mention("ال"), "المتضرره", preps, ctx)  # type: ignore[arg-type]
    assert not _glued(mention("وال"), "والمتضرره", preps, ctx)  # type: ignore[arg-type]
    assert _glued(mention(""), "للعايلات", preps, ctx)  # type: ignore[arg-type]
    assert _glued(mention("ول"), "ولعايلات", preps, ctx)  # type: ignore[arg-type]
    assert _glued(mention("ب"), "بطهران", preps, ctx)  # type: ignore[arg-type]
    # only the prepositions asked for: "بال" is no "ل"
    assert not _glued(mention("ب"), "بالدوله", frozenset({"ل"}), ctx)  # type: ignore[arg-type]
