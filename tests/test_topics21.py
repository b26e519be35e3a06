"""Whose deed a relative clause tells (topics21): a relative clause on the
object of a verb may tell a deed of its own ("رفض قاض القرار الذي أصدره
ترامب ويحظر دخول المسافرين من ليبيا", "a judge rejected the decree that
Trump issued and that bans travellers from Libya"); who is named after that
clause's verb is its object, no addressee of the main verb, while who wrote
the object stays its side. Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, etype: str) -> set[str | None]:
    return {a.code for e in run(text, lang).events if e.type == etype for a in e.actors}


_PERSIAN_RELATIVE = pytest.mark.xfail(
    strict=True,
    reason="Persian's relative clause stands before the main verb: its own "
    "verb's objects are not yet told apart (relative_clause_out.relative_agents_out reads "
    "passive agents only)",
)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        (
            "ar",
            "رفض قاض اتحادي القرار الذي أصدره ترامب ويحظر دخول المسافرين من ليبيا وإيران.",
            "REJECT",
        ),
        (
            "ar",
            "رفض قاض فدرالي المرسوم الذي وقعه ترامب ويمنع دخول مواطني السودان والصومال.",
            "REJECT",
        ),
        (
            "en",
            "A federal judge rejected the decree that Trump issued and that bans "
            "travellers from Libya and Iran.",
            "REJECT",
        ),
        (
            "en",
            "A federal judge rejected the order that Trump signed and that bars "
            "citizens of Sudan and Somalia.",
            "REJECT",
        ),
        pytest.param(
            "fa",
            "یک قاضی فدرال فرمانی را که ترامپ صادر کرد و ورود مسافران لیبی و ایران "
            "را ممنوع می‌کند رد کرد.",
            "REJECT",
            marks=_PERSIAN_RELATIVE,
        ),
    ],
)
def test_the_relative_clause_verbs_object_is_no_addressee(lang: str, text: str, etype: str) -> None:
    codes = _codes(text, lang, etype)
    assert "USA" in codes  # who issued the decree stays its side
    assert not codes & {"LBY", "IRN", "SDN", "SOM"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انتقد مسؤول أمريكي البيان الذي نشره الرئيس الروسي ويتهم أوكرانيا بالتحريض."),
        (
            "fa",
            "یک مقام آمریکایی بیانیه‌ای را که رئیس جمهور روسیه منتشر کرد محکوم کرد.",
        ),
        (
            "en",
            "An American official criticised the statement that the Russian president "
            "published and that accuses Ukraine of incitement.",
        ),
    ],
)
def test_who_wrote_the_object_stays_its_side(lang: str, text: str) -> None:
    assert {"USA", "RUS"} <= _codes(text, lang, "ACCUSE")
