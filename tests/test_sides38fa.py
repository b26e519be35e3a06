"""Sides, round 38: a deed told in a complement clause is its subject's.

"X با اشاره به اینکه Y … را تهدید می‌کند، گفت …", "X said that Y threatens
…", "قال X إن Y هددت …": the clause's own subject Y did the deed that is the
clause's verb; the speaker X only tells it (``extract/subclause_subject.py``).
A Persian "که" after a noun opens a relative clause that closes before the
main verb, whose doer stays the main subject. A refusal, and a two-sided
deed whose clause names one side only, keep the speaker.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import sides


def _doers(text: str, lang: str, etype: str) -> list[tuple[str | None, str | None]]:
    events = sides(text, lang, etype)
    assert events, text
    return [actors[0] for actors in events]


def _codes(text: str, lang: str, etype: str) -> set[str | None]:
    return {code for actors in sides(text, lang, etype) for code, _ in actors}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "doer", "speaker"),
    [
        (
            "fa",
            "وزیر خارجه اتیوپی با اشاره به اینکه اریتره روستاهای مرزی را تهدید می‌کند، گفت"
            " آدیس‌آبابا آماده گفتگوست.",
            "THREATEN",
            "ERI",
            "ETH",
        ),
        (
            "fa",
            "سخنگوی ارتش کلمبیا با بیان این که ونزوئلا مرزها را تهدید کرده است، خواستار آرامش شد.",
            "THREATEN",
            "VEN",
            "COL",
        ),
        (
            "fa",
            "وزارت خارجه مالی بیانیه‌ای مبنی بر اینکه بورکینافاسو شهر گائو را تهدید می‌کند منتشر"
            " کرد.",
            "THREATEN",
            "BFA",
            "MLI",
        ),
        (
            "en",
            "Ethiopia's foreign minister said that Eritrea threatens the border villages.",
            "THREATEN",
            "ERI",
            "ETH",
        ),
        (
            "en",
            "A Colombian army spokesman warned Bogota's allies that Venezuela threatened the"
            " frontier.",
            "THREATEN",
            "VEN",
            "COL",
        ),
        (
            "ar",
            "قال وزير الخارجية الإثيوبي إن إريتريا هددت القرى الحدودية.",
            "THREATEN",
            "ERI",
            "ETH",
        ),
    ],
)
def test_clause_subject_does_the_deed(
    lang: str, text: str, etype: str, doer: str, speaker: str
) -> None:
    assert {code for code, _ in _doers(text, lang, etype)} == {doer}
    assert speaker not in _codes(text, lang, etype)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر دفاع چاد گفت که سودان به شهرهای مرزی حمله کرد."),
        (
            "fa",
            "سخنگوی دولت چاد با اشاره به اینکه سودان به شهرهای مرزی حمله کرده است، گفت کشورش"
            " پاسخ می‌دهد.",
        ),
        ("en", "Chad's defence minister said that Sudan attacked the border towns."),
        ("ar", "قال وزير الدفاع التشادي إن السودان شن هجوما على المدن الحدودية."),
    ],
)
def test_attack_in_clause_is_its_subjects(lang: str, text: str) -> None:
    """An attack told in a complement clause (Arabic "إن" already read so)."""
    assert {code for code, _ in _doers(text, lang, "ASSAULT")} == {"SDN"}


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        # a relative clause on the subject closes before the main verb
        (
            "fa",
            "وزیر خارجه نروژ که هفته پیش به اسلو بازگشته بود از سفر رئیس‌جمهور کنیا استقبال کرد.",
            "NOR",
        ),
        ("fa", "پرو از کمک‌هایی که شیلی به لیما فرستاد استقبال کرد.", "PER"),
        ("en", "Peru welcomed the aid that Chile sent to Lima.", "PER"),
        ("ar", "رحبت بيرو بالمساعدات التي أرسلتها تشيلي إلى ليما.", "PER"),
    ],
)
def test_relative_clause_keeps_main_subject(lang: str, text: str, doer: str) -> None:
    assert {code for code, _ in _doers(text, lang, "SUPPORT")} == {doer}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the clause's first side is its object: its subject is dropped
        (
            "fa",
            "وزیر خارجه مراکش با اشاره به اینکه الجزایر را تهدید نکرده‌ایم، گفت رباط آماده گفتگوست.",
        ),
        # a relative clause on the speaker, its object marked
        ("fa", "وزیر خارجه مراکش که الجزایر را تهدید کرده بود، دیروز استعفا داد."),
    ],
)
def test_marked_object_keeps_speaker(lang: str, text: str) -> None:
    for actors in sides(text, lang, "THREATEN"):
        assert actors[0][0] == "MAR", actors
        assert actors[-1][0] == "DZA", actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A report by the Kenyan traders' union shows that the Ugandan central bank refused"
            " to reply.",
        ),
        ("ar", "يظهر تقرير نقابة التجار الكينية أن البنك المركزي الأوغندي رفض الرد."),
    ],
)
def test_refusal_keeps_the_teller(lang: str, text: str) -> None:
    """Whom a refusal answers is often who tells of it: the teller stays."""
    assert "KEN" in _codes(text, lang, "REJECT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "وزارت فرهنگ پرو اعلام کرد که مقامات شیلی توافق کرده‌اند سفالینه‌هایی را که"
            " گالری‌های شیلی خریده‌اند، به دولت پرو پس بدهند.",
        ),
        ("en", "Peru's culture ministry said that Chile had expelled two of its diplomats."),
    ],
)
def test_two_sided_deed_with_one_side_in_clause_keeps_speaker(lang: str, text: str) -> None:
    """A clause naming one state only (twice here) leaves the speaker its other side."""
    events = sides(text, lang, "AGREE") + sides(text, lang, "SANCTION")
    assert events, text
    assert all("PER" in {code for code, _ in actors} for actors in events)
