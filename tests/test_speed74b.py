"""speed74b: the town before a building is found through an index of the
mentions' ends, once per document, not by reading every mention again for
every building; it returns what the loop it replaced returned.

The old loop is kept here as a reference (copied from before the rewrite)
and compared with the new code on the mentions the pipeline makes of
sentences written for these tests, in Arabic, Persian and English, and on
mentions built by hand where the order of the list decides."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from copy import deepcopy
from typing import Any

import pytest

from casts import run
from diplowatch.extract import actors, landmarks
from diplowatch.extract.landmarks import _TOWN_KINDS, _plain_ends, _town_before, seat_places
from diplowatch.extract.mention import Mention


def _old_town_before(text: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """``landmarks._town_before`` as it stood before speed74b."""
    for o in mentions:
        if o.end <= m.start and not o.agent and not o.role and not text[o.end : m.start].strip():
            return o if o.kind in _TOWN_KINDS else None
    return None


@contextmanager
def _seen(calls: list[tuple[str, list[Mention], Any]]) -> Iterator[None]:
    """Record what ``seat_places`` is given (a copy of the mentions before it
    marks them) while the pipeline runs."""
    real = actors.seat_places

    def recording(text: str, mentions: list[Mention], ctx: Any) -> None:
        calls.append((text, deepcopy(mentions), ctx))
        real(text, mentions, ctx)

    actors.seat_places = recording  # type: ignore[assignment]
    try:
        yield
    finally:
        actors.seat_places = real  # type: ignore[assignment]


# Sentences written for these tests: buildings after a town, a state, its
# adjective, a body or a person, with one space, two, or a comma between;
# several buildings in one text.
TEXTS = {
    "ar": [
        "أطلقت الشرطة النار عند مستشفى برلين وأصيب رجل قرب جامعة القاهرة.",
        "اعتقلت الشرطة العراقية رجلا داخل مسجد بغداد  ومستشفى الموصل.",
        "قال وزير الصحة المصري إن مستشفى الإسكندرية استقبل الجرحى، وجامعة طنطا أغلقت.",
    ],
    "fa": [
        "پلیس در بیمارستان مشهد تیراندازی کرد و یک دانشجو در دانشگاه شیراز زخمی شد.",
        "نیروهای امنیتی ایران یک مرد را در مسجد  تهران و بیمارستان اصفهان بازداشت کردند.",
        "وزیر بهداشت عراق گفت بیمارستان بغداد، دانشگاه بصره و مسجد کربلا آسیب دیدند.",
    ],
    "en": [
        "Police fired shots at a Munich hospital and a student was stabbed at a Texas university.",
        "Iraqi police arrested a man inside a Baghdad  mosque near the Basra hospital.",
        "The Egyptian health minister said the Cairo hospital, the army hospital and "
        "a Turkish university were hit.",
    ],
}


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_town_before_matches_the_old_loop(lang: str) -> None:
    calls: list[tuple[str, list[Mention], Any]] = []
    with _seen(calls):
        for text in TEXTS[lang]:
            run(text, lang)
    assert calls
    compared = 0
    for text, mentions, _ctx in calls:
        ends = _plain_ends(mentions)
        for m in mentions:
            assert _town_before(text, m, mentions, ends) is _old_town_before(text, m, mentions)
            compared += 1
    assert compared >= 6


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_seat_places_marks_as_before(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The buildings and towns ``seat_places`` marks are those it marked with
    the old loop put back in the new one's place."""
    calls: list[tuple[str, list[Mention], Any]] = []
    with _seen(calls):
        for text in TEXTS[lang]:
            run(text, lang)
    news = []
    for text, mentions, ctx in calls:
        new = deepcopy(mentions)
        seat_places(text, new, ctx)
        news.append(new)
    monkeypatch.setattr(
        landmarks, "_town_before", lambda t, m, ms, _ends: _old_town_before(t, m, ms)
    )
    for (text, mentions, ctx), new in zip(calls, news, strict=True):
        old = deepcopy(mentions)
        seat_places(text, old, ctx)
        assert [m.place for m in new] == [m.place for m in old]
    assert any(m.place for new in news for m in new), "some building or town is a place"


def _m(start: int, end: int, kind: str, agent: str | None = None) -> Mention:
    return Mention(start, end, "XX", kind, True, agent=agent)


TEXT = "near the Berlin  hospital"  # two spaces before the building


def test_first_in_list_order_decides() -> None:
    """Two mentions end in the white space before the building: the one met
    first in the list is read, a town or not, as the old loop read it."""
    hospital = _m(17, 25, "agent", "HLH")
    town = _m(9, 15, "city")
    body = _m(9, 16, "igo")  # ends one place later, inside the two spaces
    for mentions in ([town, body, hospital], [body, town, hospital]):
        ends = _plain_ends(mentions)
        assert _town_before(TEXT, hospital, mentions, ends) is _old_town_before(
            TEXT, hospital, mentions
        )
    first_town = [town, body, hospital]
    assert _town_before(TEXT, hospital, first_town, _plain_ends(first_town)) is town
    first_body = [body, town, hospital]
    assert _town_before(TEXT, hospital, first_body, _plain_ends(first_body)) is None


def test_agent_or_role_is_no_town() -> None:
    """A mention with an agent (or a role) right before the building is
    passed over, as before; nothing there at all gives no town."""
    hospital = _m(17, 25, "agent", "HLH")
    police = _m(9, 15, "city", "COP")
    mentions = [police, hospital]
    assert _town_before(TEXT, hospital, mentions, _plain_ends(mentions)) is None
    assert _old_town_before(TEXT, hospital, mentions) is None
    far = _m(0, 4, "city")  # a word stands between it and the building
    mentions = [far, hospital]
    assert _town_before(TEXT, hospital, mentions, _plain_ends(mentions)) is None
    assert _old_town_before(TEXT, hospital, mentions) is None
