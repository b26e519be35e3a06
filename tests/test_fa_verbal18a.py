"""Round 18 (fatypes18a): Persian verbal types by construction.

Sanctions, restrictions or a ban lifted or suspended are a concession
(CONCEDE) whatever verbal noun lifts them and however far the object stands
before its verb ("محدودیت‌های واردات از چین را لغو نمود"); cancelling a
visit is none. Opposition stated with the adjective and a copula ("با حضور
نیروهای خارجی مخالف است") is a refusal (REJECT); "مخالف" as "opponents"
is none. An envoy summoned to the foreign ministry in the passive ("به وزارت
خارجه فراخوانده شد") is a protest (ACCUSE), not a recall of one's own
envoy. The signed participle written as one word ("امضاشده") is the signing
its spaced form is. "به توافق نرسیدند" negates the agreement.
Every sentence is written for these tests; Arabic and English say the same
with their own words."""

from __future__ import annotations

import pytest

from casts import cast, run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


@pytest.mark.parametrize(
    ("text", "lang", "lifter", "other"),
    [
        ("ژاپن محدودیت‌های واردات از چین را لغو نمود.", "fa", "JPN", "CHN"),
        ("دولت عراق ممنوعیت ورود زائران ایرانی را لغو کرد.", "fa", "IRQ", "IRN"),
        ("آمریکا تحریم‌های نفتی ونزوئلا را لغو کرده است.", "fa", "USA", "VEN"),
        ("آمریکا تعلیق تحریم‌های نفتی ونزوئلا را اعلام کرد.", "fa", "USA", "VEN"),
        ("Japan lifted restrictions on imports from China.", "en", "JPN", "CHN"),
        ("رفعت اليابان القيود المفروضة على الواردات من الصين.", "ar", "JPN", "CHN"),
    ],
)
def test_restrictions_lifted_are_a_concession(
    text: str, lang: str, lifter: str, other: str
) -> None:
    record = run(text, lang)
    codes = {a.split(":")[0] for a in cast(record, "CONCEDE")}
    assert {lifter, other} <= codes
    assert not cast(record, "SANCTION")


def test_a_cancelled_visit_is_no_concession() -> None:
    assert "CONCEDE" not in _types("وزیر خارجه ژاپن سفر خود به چین را لغو کرد.", "fa")


@pytest.mark.parametrize(
    ("text", "lang", "opponent"),
    [
        ("دولت عراق با حضور نیروهای خارجی در خاک این کشور مخالف است.", "fa", "IRQ"),
        ("ایران و روسیه با گسترش ناتو به سمت شرق مخالف هستند.", "fa", "RUS"),
        ("ترکیه با عضویت سوئد در ناتو مخالف بود.", "fa", "TUR"),
        ("Iraq opposes any foreign military presence on its soil.", "en", "IRQ"),
        ("العراق يعارض أي وجود عسكري أجنبي على أراضيه.", "ar", "IRQ"),
    ],
)
def test_opposition_with_a_copula_is_a_refusal(text: str, lang: str, opponent: str) -> None:
    assert opponent in {a.split(":")[0] for a in cast(run(text, lang), "REJECT")}


def test_opponents_refuse_nothing() -> None:
    assert "REJECT" not in _types("نیروهای مخالف دولت سوریه شهر را ترک کردند.", "fa")


@pytest.mark.parametrize(
    ("text", "lang", "envoy"),
    [
        ("سفیر آلمان به وزارت امور خارجه فراخوانده شد.", "fa", "DEU"),
        ("کاردار سوئیس روز دوشنبه به وزارت خارجه فرا خوانده شد.", "fa", "CHE"),
        ("The German ambassador was summoned to the Iranian foreign ministry.", "en", "DEU"),
        ("استدعت وزارة الخارجية الإيرانية السفير الألماني.", "ar", "DEU"),
    ],
)
def test_an_envoy_summoned_is_a_protest(text: str, lang: str, envoy: str) -> None:
    record = run(text, lang)
    assert f"{envoy}:GOV" in cast(record, "ACCUSE")
    assert not cast(record, "SANCTION")


def test_an_envoy_recalled_still_cuts_ties() -> None:
    assert "SANCTION" in _types("آلمان سفیر خود را از تهران فراخواند.", "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قرارداد امضاشده میان ایران و چین روز شنبه به مجلس ارسال شد.", "fa"),
        ("The agreement signed between Iran and China was sent to parliament.", "en"),
    ],
)
def test_a_signed_participle_is_a_signing(text: str, lang: str) -> None:
    assert {"IRN", "CHN"} <= {a.split(":")[0] for a in cast(run(text, lang), "AGREE")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("روسیه و اوکراین بر سر تبادل اسرا به توافق نرسیدند.", "fa"),
        ("لم تتوصل روسيا وأوكرانيا إلى اتفاق بشأن تبادل الأسرى.", "ar"),
        ("Russia and Ukraine failed to reach an agreement on a prisoner exchange.", "en"),
    ],
)
def test_an_agreement_not_reached_is_negated(text: str, lang: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "AGREE"}
    assert statuses == {"negated"}
