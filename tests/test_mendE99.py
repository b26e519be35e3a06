"""Mends of nonevent98 after review98a F6 and F7 (round 99, mendE99; every
sentence written for these tests or taken from the review's probes).

F6: a Persian aim's marker reaches its deed across a determiner
(``context.AIM_MARKERS``, ``AIM_DETERMINERS``, ``named_topic._aimed_across``),
but the far demonstratives "آن", "همان", "چنان" were missing, and the aims
"در راستای دستیابی به", "در راستای رسیدن به", "برای نیل به" were no markers:
"ایران برای دستیابی به آن توافق با آمریکا تلاش می‌کند" read an agreement
reported. Arabic "للتوصل إلى ذلك الاتفاق" gives no event and English "to
reach that agreement" reads it planned: guards.

F7: nonevent98 took the bare "پروتکل" out of the AGREE triggers, so a
signing told by the verbal noun alone ("امضای پروتکل امنیتی میان ایران و
عراق") was lost; and the generated "possible" non-triggers lost "پروتکل
احتمالی" with no "پروتکل همکاری احتمالی" in its place. Arabic "توقيع" and
English "Signing" are triggers themselves, and their possible protocol gives
no event: guards.
"""

from __future__ import annotations

import pytest

from casts import run


def _events(text: str, lang: str) -> list[tuple[str, str, set[str]]]:
    return [
        (e.type, e.status, {a.code for a in e.actors if a.code}) for e in run(text, lang).events
    ]


def _types(text: str, lang: str) -> set[str]:
    return {t for t, _, _ in _events(text, lang)}


# F6: an aim across a far demonstrative or after "در راستای"/"نیل به": main
# 7164347c reads an AGREE (or a ceasefire) reported in every one
AIMED = [
    ("ایران برای دستیابی به آن توافق با آمریکا تلاش می‌کند.", "AGREE"),
    ("ایران برای رسیدن به همان توافق با آمریکا تلاش می‌کند.", "AGREE"),
    ("ایران برای رسیدن به چنان توافقی با آمریکا تلاش می‌کند.", "AGREE"),
    ("روسیه در راستای رسیدن به توافق با اوکراین تلاش می‌کند.", "AGREE"),
    ("ایران در راستای دستیابی به توافق با آمریکا تلاش می‌کند.", "AGREE"),
    ("ایران برای نیل به توافق با آمریکا تلاش می‌کند.", "AGREE"),
    ("عراق برای دستیابی به آن آتش‌بس با ترکیه رایزنی می‌کند.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), AIMED)
def test_fa_aim_across_far_determiner_is_no_deed(text: str, etype: str) -> None:
    assert etype not in _types(text, "fa")


def test_fa_aim_in_the_course_of_keeps_the_talks() -> None:
    # main reads an AGREE reported beside the talks; the talks stay
    for text in (
        "ایران در راستای دستیابی به این توافق با آمریکا مذاکره کرد.",
        "ایران و عراق در راستای دستیابی به این توافق در بغداد دیدار کردند.",
    ):
        types = _types(text, "fa")
        assert "AGREE" not in types
        assert "CONSULT" in types


def test_fa_deal_made_after_an_aim_stays() -> None:
    # guards: the deal is made by its verb after the aim clause
    for text in (
        "ایران و آمریکا پس از ماه‌ها تلاش برای رسیدن به این توافق، سرانجام در وین توافق کردند.",
        "ایران و عراق پس از سال‌ها تلاش برای دستیابی به آن توافق، سرانجام در بغداد توافق کردند.",
    ):
        assert any(t == "AGREE" and s == "reported" for t, s, _ in _events(text, "fa"))


def test_fa_meeting_after_aim_with_far_pronoun_stays() -> None:
    # guard: "آن" before a noun that is no deed; the meeting is read
    assert "CONSULT" in _types("ترکیه برای رسیدن به آن هدف با عراق دیدار کرد.", "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تسعى روسيا للتوصل إلى ذلك الاتفاق مع أوكرانيا.", "ar"),
        ("Russia is working to reach that agreement with Ukraine.", "en"),
    ],
)
def test_ar_en_aim_with_far_demonstrative_not_reported(text: str, lang: str) -> None:
    # guards: Arabic gives no event, English reads the deal planned
    assert not any(t == "AGREE" and s == "reported" for t, s, _ in _events(text, lang))


# F7: a signing told by the verbal noun alone: main 7164347c reads nothing
SIGNED = [
    ("امضای پروتکل امنیتی میان ایران و عراق در بغداد.", {"IRN", "IRQ"}),
    ("امضای پروتکل‌های تجاری میان ترکیه و عراق در آنکارا.", {"TUR", "IRQ"}),
    ("امضای پروتکل های اقتصادی میان ایران و روسیه در مسکو.", {"IRN", "RUS"}),
]


@pytest.mark.parametrize(("text", "codes"), SIGNED)
def test_fa_protocol_signing_noun_is_agree(text: str, codes: set[str]) -> None:
    assert any(t == "AGREE" and codes <= c for t, _, c in _events(text, "fa"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("توقيع بروتوكولات تجارية بين تركيا والعراق في أنقرة.", "ar"),
        ("Signing of trade protocols between Turkey and Iraq in Ankara.", "en"),
        ("پروتکل همکاری میان ترکیه و عراق در آنکارا امضا شد.", "fa"),
    ],
)
def test_protocol_signed_guards(text: str, lang: str) -> None:
    # guards: read on main already
    assert "AGREE" in _types(text, lang)


# F7: a possible protocol of cooperation: main 7164347c reads AGREE reported
@pytest.mark.parametrize(
    "text",
    [
        "پروتکل همکاری احتمالی میان ایران و عراق هنوز نهایی نشده است.",
        "پروتکل‌های همکاری احتمالی میان ترکیه و عراق هنوز نهایی نشده است.",
    ],
)
def test_fa_possible_cooperation_protocol_is_no_deal(text: str) -> None:
    assert "AGREE" not in _types(text, "fa")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("بروتوكول تعاون محتمل بين تركيا والعراق لم ينجز بعد.", "ar"),
        ("A possible cooperation protocol between Turkey and Iraq is not yet final.", "en"),
        ("پروتکل بهداشتی برای زائران عراقی اعلام شد.", "fa"),
    ],
)
def test_possible_or_health_protocol_guards(text: str, lang: str) -> None:
    # guards: no deal on main either
    assert "AGREE" not in _types(text, lang)
