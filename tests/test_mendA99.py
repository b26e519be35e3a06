"""mendA99: reversed98's relative clauses narrowed.

A Persian object pronoun in a "که" clause naming no side may resume the
head itself (the subject is dropped): "دیپلمات آلمانی که هفته گذشته او را
بازداشت کرده بود" — the diplomat was arrested, so the head is no doer after
Persian "که" (``HEAD_DOER_RELATIVES`` is empty in fa). English "that" also
opens what is told after a verb of telling ("informed the Iranian envoy
that it would expel him"): the head is the doer only after "who". "پس از
آن" (after that) is no resumed "از آن". Arabic is untouched: its sentences
are guards. Review sentences (REVIEW98b F1, F2) and sentences written for
these tests."""

import pytest

from casts import first_codes
from diplowatch.extract.actor_context import context
from diplowatch.extract.relative_sides import _resumed
from diplowatch.text.normalize import normalize_phrase


# main read the head (the one acted on) or the addressee of a warning first
@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer", "done_to"),
    [
        # REVIEW98b F1
        (
            "ایران به دیپلمات آلمانی که هفته گذشته او را بازداشت کرده بود اجازه خروج داد.",
            "fa",
            "COERCE",
            "IRN",
            "DEU",
        ),
        (
            "عراق از دیپلمات ایرانی که افراد مسلح او را ربوده بودند استقبال کرد.",
            "fa",
            "ASSAULT",
            "IRQ",
            "IRN",
        ),
        (
            "رئیس‌جمهور ایران به قطر که عربستان به آن حمله کرد سفر کرد.",
            "fa",
            "ASSAULT",
            "IRN",
            "QAT",
        ),
        (
            "رئیس‌جمهور ایران به قطر که عربستان پس از آن حمله کرد سفر کرد.",
            "fa",
            "ASSAULT",
            "IRN",
            "QAT",
        ),
        ("ایران از عربستان که به آن کمک‌های زیادی کرده بود گله کرد.", "fa", "AID", "IRN", "SAU"),
        # REVIEW98b F2
        (
            "هشدار آمریکا به ایران که آنها را تحریم خواهد کرد جدی است.",
            "fa",
            "THREATEN",
            "USA",
            "IRN",
        ),
        (
            "The British government informed the Iranian envoy that it would expel him.",
            "en",
            "THREATEN",
            "GBR",
            "IRN",
        ),
        (
            "London notified the Iranian ambassador that it had decided to expel him.",
            "en",
            "SANCTION",
            "GBR",
            "IRN",
        ),
        # written for these tests
        (
            "پاکستان از خبرنگار هندی که سال گذشته او را اخراج کرده بود عذرخواهی کرد.",
            "fa",
            "SANCTION",
            "PAK",
            "IND",
        ),
        (
            "پیام روسیه به اوکراین که آنها را تحریم خواهد کرد روشن است.",
            "fa",
            "THREATEN",
            "RUS",
            "UKR",
        ),
        (
            "Germany informed the Russian ambassador that it would expel him.",
            "en",
            "THREATEN",
            "DEU",
            "RUS",
        ),
    ],
)
def test_head_is_no_doer(text: str, lang: str, etype: str, doer: str, done_to: str) -> None:
    assert first_codes(text, lang, etype) == [doer, done_to]


def test_time_adverb_is_no_resumed_oblique() -> None:
    """ "پس از آن", "بعد از آن" end with "از آن" but mean "after that"."""
    fa = context("fa")
    assert not _resumed(normalize_phrase("عربستان پس از آن"), fa)
    assert not _resumed(normalize_phrase("اسرائیل بعد از آن"), fa)
    # guards: the pronoun after a preposition, right before the verb
    assert _resumed(normalize_phrase("عربستان از آن"), fa)
    assert _resumed(normalize_phrase("اسرائیل به او"), fa)


# guards: read right on main and here
@pytest.mark.parametrize(
    ("text", "lang", "etype", "doer", "done_to"),
    [
        # the side named inside the clause before the pronoun acted
        (
            "روزنامه‌نگار ایرانی که پلیس ترکیه او را بازداشت کرد آزاد شد.",
            "fa",
            "COERCE",
            "TUR",
            "IRN",
        ),
        ("ونزوئلا که ایران از آن حمایت می‌کند تحت تحریم آمریکا است.", "fa", "SUPPORT", "IRN", "VEN"),
        (
            "دیپلمات سوئدی که عراق او را اخراج کرد به استکهلم بازگشت.",
            "fa",
            "SANCTION",
            "IRQ",
            "SWE",
        ),
        # English "who" with an object pronoun after the verb: the head acted
        (
            "Turkey condemned the Saudi prince, who threatened them with sanctions.",
            "en",
            "THREATEN",
            "SAU",
            "TUR",
        ),
        (
            "The French diplomat whom Iran expelled returned to Paris.",
            "en",
            "SANCTION",
            "IRN",
            "FRA",
        ),
        # Arabic names the clause's subject after its verb
        (
            "وصل الصحفي الإيراني الذي اعتقلته الشرطة التركية إلى طهران.",
            "ar",
            "COERCE",
            "TUR",
            "IRN",
        ),
        (
            "أفرجت إيران عن الدبلوماسي الألماني الذي اعتقلته الشرطة الإيرانية قبل عام.",
            "ar",
            "COERCE",
            "IRN",
            "DEU",
        ),
    ],
)
def test_orders_kept(text: str, lang: str, etype: str, doer: str, done_to: str) -> None:
    assert first_codes(text, lang, etype) == [doer, done_to]
