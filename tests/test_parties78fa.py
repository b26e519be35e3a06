"""The state an envoy is appointed for (round 78; sentences written for
these tests).

An envoy's remit is told right after his title ("نماینده ویژه آمریکا در
امور افغانستان", "the US special envoy for Afghanistan", "المبعوث الأمريكي
الخاص بأفغانستان"): the state is his brief, not whom he meets or blames, and
it took the place of the side he met. It is no side when two others remain;
a state joined to it by a conjunction alone is the same brief. Kept: a remit
with one other side only, and "for" not right after an envoy word ("the
envoy called for Israel …" names the one asked).
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, kind: str) -> set[str | None]:
    found = [e for e in run(text, lang).events if e.type == kind]
    assert found, f"no {kind} in {text}"
    return {a.code for e in found for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "gone", "kept"),
    [
        (
            "فرستاده ویژه آمریکا در امور افغانستان روز دوشنبه با مقامات پاکستان دیدار کرد.",
            "fa",
            {"AFG"},
            {"USA", "PAK"},
        ),
        (
            "نماینده ویژه سازمان ملل در امور عراق روز شنبه در تهران با وزیر خارجه ایران دیدار کرد.",
            "fa",
            {"IRQ"},
            {"UN", "IRN"},
        ),
        # a remit of two states joined by "و": both are the brief
        (
            "وزیر خارجه ایران با نماینده ویژه آمریکا در امور افغانستان و پاکستان دیدار کرد.",
            "fa",
            {"AFG", "PAK"},
            {"IRN", "USA"},
        ),
        (
            "The US special envoy for Afghanistan met Pakistani officials in Islamabad.",
            "en",
            {"AFG"},
            {"USA", "PAK"},
        ),
        (
            "The UN special envoy for Yemen met Iran's foreign minister in Tehran on Saturday.",
            "en",
            {"YEM"},
            {"UN", "IRN"},
        ),
        (
            "التقى المبعوث الأمريكي الخاص بأفغانستان مسؤولين باكستانيين في إسلام آباد.",
            "ar",
            {"AFG"},
            {"USA", "PAK"},
        ),
        (
            "التقى المبعوث الأمريكي لشؤون إيران وزير الخارجية الفرنسي في باريس.",
            "ar",
            {"IRN"},
            {"USA", "FRA"},
        ),
    ],
)
def test_an_envoys_remit_is_no_side(text: str, lang: str, gone: set[str], kept: set[str]) -> None:
    codes = _codes(text, lang, "CONSULT")
    assert not gone & codes
    assert kept <= codes


@pytest.mark.parametrize(
    ("text", "lang", "kind", "kept"),
    [
        # one other side only: the remit stays rather than leave the envoy alone
        ("نماینده ویژه آمریکا در امور افغانستان با طالبان دیدار کرد.", "fa", "CONSULT", {"AFG"}),
        # "for" after a verb, not an envoy word: the ones asked stay
        ("The US envoy called for Israel and Egypt to resume talks.", "en", "REQUEST", {"ISR"}),
        ("The US envoy called for Israel and Egypt to resume talks.", "en", "REQUEST", {"EGY"}),
        # an envoy posted to a state is read as before (parties33fa)
        ("التقى وزير الخارجية الإيراني المبعوث الأممي الخاص إلى اليمن.", "ar", "CONSULT", {"IRN"}),
    ],
)
def test_sides_that_are_no_remit_stay(text: str, lang: str, kind: str, kept: set[str]) -> None:
    assert kept <= _codes(text, lang, kind)
