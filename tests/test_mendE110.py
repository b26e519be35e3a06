"""Mends of coordinated_clause after diffread75 (mendE110).

The cuts of a sentence's coordinated clauses are read once for all its
triggers (F1); the Arabic article glued to a preposition is read from the
language data, so a name opening with "بل" ("بلجيكا") is no preposition
(F8). A clause naming another clause's thing again by a demonstrative and
a noun ("و آلمان این تشدید را محکوم کرد", F2) is still set apart: the
mend tried lowered a held-out figure, so its cases stay strict xfails.
Sentences written for these tests (one probe of the reviewer's, marked).
"""

from __future__ import annotations

import pytest

from casts import casts_in_order
from diplowatch.extract import parties


def _codes(text: str, lang: str, etype: str) -> set[str]:
    """The codes of the actors of all events of ``etype`` in ``text``."""
    return {c.split(":")[0] for cast in casts_in_order(text, lang, etype) for c in cast}


@pytest.mark.xfail(
    strict=True,
    reason="F2 not mended: kept whole, the clause lost its own subject or lowered fa even pairs",
)
@pytest.mark.parametrize(
    ("text", "lang", "etype", "named"),
    [
        (
            "روسیه شهر خارکیف را بمباران کرد و آلمان این تشدید را محکوم کرد.",
            "fa",
            "ACCUSE",
            {"RUS", "DEU"},
        ),
        # the reviewer's probe (diffread75 F2)
        (
            "عربستان و ایران روابط دیپلماتیک را از سر گرفتند و چین این توافق را میانجیگری کرد.",
            "fa",
            "CONSULT",
            {"SAU", "IRN", "CHN"},
        ),
        (
            "قصفت روسيا مدينة خاركيف، وأدانت ألمانيا هذا التصعيد.",
            "ar",
            "ACCUSE",
            {"RUS", "DEU"},
        ),
    ],
)
def test_demonstrative_and_noun_point_back(
    text: str, lang: str, etype: str, named: set[str]
) -> None:
    assert named <= _codes(text, lang, etype)


@pytest.mark.parametrize(
    ("belgium", "germany", "lang"),
    [
        (
            "قصفت روسيا مدينة خاركيف، وأدانت بلجيكا القصف.",
            "قصفت روسيا مدينة خاركيف، وأدانت ألمانيا القصف.",
            "ar",
        ),
        (
            "روسیه شهر خارکیف را بمباران کرد و بلژیک بمباران را محکوم کرد.",
            "روسیه شهر خارکیف را بمباران کرد و آلمان بمباران را محکوم کرد.",
            "fa",
        ),
        (
            "Russia shelled Kharkiv, and Belgium condemned the shelling.",
            "Russia shelled Kharkiv, and Germany condemned the shelling.",
            "en",
        ),
    ],
)
def test_name_opening_like_a_preposition_is_a_subject(
    belgium: str, germany: str, lang: str
) -> None:
    # F8: "بل" of "بلجيكا" is no preposition with the article
    assert _codes(belgium, lang, "ACCUSE") - {"BEL"} == _codes(germany, lang, "ACCUSE") - {"DEU"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قصفت روسيا خاركيف واعتقلت عشرة أشخاص، وأدانت ألمانيا القصف وطالبت بالإفراج عنهم.", "ar"),
        ("روسیه خارکیف را بمباران کرد و ده نفر را بازداشت کرد و آلمان بمباران را محکوم کرد.", "fa"),
        (
            "Russia shelled Kharkiv and arrested ten people, and Germany condemned the shelling.",
            "en",
        ),
    ],
)
def test_cuts_read_once_per_sentence(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # F1: read per trigger, the cuts cost dense one-line texts 40 % of their time
    calls: list[int] = []
    real = parties.clause_cuts

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(parties, "clause_cuts", counted)
    assert casts_in_order(text, lang, "ACCUSE")
    assert len(calls) == 1
