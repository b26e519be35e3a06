"""English constructions that read wrong (round 59, english59; every
sentence written for these tests).

- "Striking Iranian oil workers …": a participle of striking right before
  working people is their strike, no attack by unknown gunmen
  (``nonevents.strikers_named``); after "was" it is a verb again.
- "X told diplomats that Iran has breached the deal": whom "told" tells is
  the audience, the report's own subject after "that" is the side blamed
  (``quoted_blame._past_addressee``).
- "expressed concern over US sanctions": the concern is a criticism, the
  sanctions its topic, as Persian "ابراز نگرانی" is read.
- "advised Iran to return to the talks": advice is an appeal (REQUEST),
  not talks, as Persian "توصیه کرد" is read.

Arabic "نصح" and "أعرب عن قلقه" were tried and reverted (held-out Arabic
numbers fell): the strict xfail cases record what Arabic still reads.
"""

from __future__ import annotations

import pytest

from casts import run


def _events(text: str, lang: str) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    """(type, [(code, agent) of each actor in order]) of every event."""
    return [(e.type, [(a.code, a.agent) for a in e.actors]) for e in run(text, lang).events]


def _types(text: str, lang: str) -> set[str]:
    return {etype for etype, _ in _events(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Striking Iranian oil workers demanded higher wages on Monday.", "en"),
        ("Striking Egyptian teachers gathered outside the ministry in Cairo.", "en"),
        ("طالب عمال النفط المضربون في إيران بزيادة الأجور.", "ar"),
        ("کارگران اعتصابی نفت ایران خواستار افزایش دستمزد شدند.", "fa"),
    ],
)
def test_strikers_are_no_attack(text: str, lang: str) -> None:
    """Working people on strike: no deed of force, their demand kept."""
    assert "ASSAULT" not in _types(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Striking Iranian oil workers demanded higher wages on Monday.",
        "طالب عمال النفط المضربون في إيران بزيادة الأجور.",
    ],
)
def test_strikers_demand_kept(text: str) -> None:
    lang = "en" if text.isascii() else "ar"
    assert ("REQUEST", [("IRN", "LAB")]) in _events(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israeli jets were striking Hamas fighters in Rafah.", "en"),
        ("The drone was striking Iraqi oil workers near Basra.", "en"),
        ("قصفت الطائرات الإسرائيلية مواقع لحماس في رفح.", "ar"),
        ("پهپاد اسرائیلی مواضع حماس را در رفح هدف قرار داد.", "fa"),
    ],
)
def test_strikes_of_force_kept(text: str, lang: str) -> None:
    """A blow struck stays an attack, also on workers after "was"."""
    assert "ASSAULT" in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        ("Britain told Gulf diplomats that Iran had violated the agreement.", "en", ["GBR", "IRN"]),
        ("Britain said that Iran had violated the agreement.", "en", ["GBR", "IRN"]),
        ("قال وزير الخارجية البريطاني إن إيران انتهكت الاتفاق.", "ar", ["GBR", "IRN"]),
        (
            "وزیر خارجه بریتانیا به دیپلمات‌های عرب گفت که ایران توافق را نقض کرده است.",
            "fa",
            ["GBR", "IRN"],
        ),
    ],
)
def test_told_audience_not_blamed(text: str, lang: str, sides: list[str]) -> None:
    """The speaker blames the report's subject, never whom he tells."""
    blames = [[code for code, _ in actors] for etype, actors in _events(text, lang)]
    assert sides in blames


def test_told_audience_no_side() -> None:
    events = _events("Britain told Iraqi diplomats that Iran had violated the agreement.", "en")
    assert all(("IRQ", "GOV") not in actors for _, actors in events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("China expressed concern over US sanctions on Iran.", "en"),
        ("China voiced its deep concern about the new American sanctions on Iran.", "en"),
        ("چین از تحریم‌های آمریکا علیه ایران ابراز نگرانی کرد.", "fa"),
        pytest.param(
            "أعربت الصين عن قلقها من العقوبات الأمريكية على إيران.",
            "ar",
            marks=pytest.mark.xfail(strict=True, reason="Arabic concern reverted (english59)"),
        ),
    ],
)
def test_concern_is_no_sanction(text: str, lang: str) -> None:
    """Concern voiced over sanctions criticises them; no sanction by China."""
    events = _events(text, lang)
    assert "SANCTION" not in {etype for etype, _ in events}
    assert ("ACCUSE", [("CHN", None), ("USA", None)]) in events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The United States imposed new sanctions on Iran.", "en"),
        ("فرضت الولايات المتحدة عقوبات جديدة على إيران.", "ar"),
        ("آمریکا تحریم‌های تازه‌ای علیه ایران اعمال کرد.", "fa"),
    ],
)
def test_sanctions_imposed_kept(text: str, lang: str) -> None:
    assert ("SANCTION", [("USA", None), ("IRN", None)]) in _events(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia advised Iran to return to the talks.", "en"),
        ("روسیه به ایران توصیه کرد به مذاکرات بازگردد.", "fa"),
        pytest.param(
            "نصحت روسيا إيران بالعودة إلى المفاوضات.",
            "ar",
            marks=pytest.mark.xfail(strict=True, reason="Arabic advice reverted (english59)"),
        ),
    ],
)
def test_advice_is_an_appeal(text: str, lang: str) -> None:
    """Advice to hold talks asks for them: REQUEST, no talks held."""
    events = _events(text, lang)
    assert "CONSULT" not in {etype for etype, _ in events}
    assert ("REQUEST", [("RUS", None), ("IRN", None)]) in events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian and Iranian negotiators returned to the talks in Vienna.", "en"),
        ("دعت روسيا إيران إلى العودة إلى المفاوضات.", "ar"),
    ],
)
def test_talks_and_calls_kept(text: str, lang: str) -> None:
    """Talks held stay talks; a call stays a request."""
    want = "CONSULT" if lang == "en" else "REQUEST"
    assert want in _types(text, lang)
