"""agents57fa: environmental campaigners are civil society (NGO), of the
country the text places them in.

Sentences written for these tests (none from the corpus, dev or challenge
sets). "فعالان محیط زیست" were read as the opposition (OPP, arrests12b);
the readers of both Persian annotated sets (corpus gold and the round-55
events) code them NGO, and as people of a place they keep its country,
where an organisation ("عفو بین‌الملل") stays of none
(``lang/fa/context.LOCAL_AGENT_HEADS``, ``participants._local_people``).
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def units(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    "text",
    [
        "تهران - پلیس هشت فعال محیط زیست را بازداشت کرد.",
        "موج دستگیری فعالان محیط زیست در ایران ماه گذشته آغاز شد.",
        "دادگاهی در شیراز سه کنشگر محیط زیست را به دو سال حبس محکوم کرد.",
    ],
)
def test_persian_environmental_activists_are_an_ngo_of_their_place(text: str) -> None:
    got = units(text, "fa")
    assert ("IRN", "NGO") in got
    assert not any(agent == "OPP" for _, agent in got)


def test_an_organisation_stays_of_no_country() -> None:
    """The NGO agent keeps no country of its own when it names a body: only
    activists ("فعال…", "کنشگر…") take the place's."""
    got = units("عفو بین‌الملل از بازداشت معترضان در ایران انتقاد کرد.", "fa")
    assert (None, "NGO") in got
    assert ("IRN", "NGO") not in got


def test_political_activists_stay_the_opposition() -> None:
    got = units("تهران - پلیس دو فعال سیاسی را بازداشت کرد.", "fa")
    assert ("IRN", "OPP") in got
    assert not any(agent == "NGO" for _, agent in got)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iranian police arrested eight environmental activists in Tehran.", "en"),
        ("A court in Cairo sentenced two Egyptian climate activists to prison.", "en"),
        ("اعتقلت الشرطة الإيرانية ثمانية ناشطين بيئيين في طهران.", "ar"),
        ("حكمت محكمة مصرية على ناشطين بيئيين مصريين بالسجن.", "ar"),
    ],
)
def test_arabic_and_english_campaigners_read_alike(text: str, lang: str) -> None:
    """Arabic and English read the same campaigners the same way: an NGO
    side of the country they are placed in."""
    got = units(text, lang)
    assert any(agent == "NGO" and code in {"IRN", "EGY"} for code, agent in got)
    assert not any(agent == "OPP" for _, agent in got)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Amnesty International criticised the arrests of protesters in Iran.", "en"),
        ("انتقدت منظمة العفو الدولية اعتقال المحتجين في إيران.", "ar"),
        ("اعتقلت الشرطة المصرية ناشطا سياسيا في القاهرة.", "ar"),
    ],
)
def test_organisations_and_other_activists_unchanged(text: str, lang: str) -> None:
    """An organisation stays of no country; a political activist stays OPP."""
    got = units(text, lang)
    assert ("IRN", "NGO") not in got and ("EGY", "NGO") not in got
