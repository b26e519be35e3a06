"""Persian precision (prec26fa).

* Drones are a state's armed forces when the state is written with them
  ("پهپادهای ایران", "طائرات مسيرة إيرانية", "Iranian drones"), and a
  "suicide" drone is a kamikaze drone, not a suicide bomber: its owner's
  forces (MIL) did the deed, no unidentified attacker (UAF) did
  (``lang/fa/agents.OWNED_NOUNS``, ``lang/ar/agents._FROM_AFAR``). A
  suicide bomber stays an unidentified attacker.
* An accusation of carrying out a deed ("را متهم به انجام حمله … کرد",
  "accused Iran of carrying out the attack") names the accused as its doer,
  never the accuser: the word of doing ("انجام", ``context.
  CHARGE_DEED_WORDS``) no longer hides the charge from
  ``commented.charged_deeds``, which keeps the deed as blamed on the accused.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run, sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "پهپادهای انتحاری ایران به نفتکش حمله کردند."),
        ("ar", "هاجمت طائرات مسيرة انتحارية إيرانية الناقلة."),
        ("en", "Iranian suicide drones attacked the tanker."),
        ("fa", "پهپادهای ایران به یک پالایشگاه نفت در عربستان حمله کردند."),
        ("ar", "هاجمت طائرات مسيرة إيرانية مصفاة نفط في السعودية."),
        ("en", "Iranian drones attacked an oil refinery in Saudi Arabia."),
        (
            "fa",
            "وزیر خارجه بریتانیا گفت حمله به این نفتکش که به کشته شدن دو ملوان"
            " انجامید، توسط پهپادهای انتحاری ایران انجام شده است.",
        ),
        (
            "ar",
            "قال وزير الخارجية البريطاني إن الهجوم على الناقلة الذي أدى إلى مقتل"
            " بحارين نفذته طائرات مسيرة انتحارية إيرانية.",
        ),
        (
            "en",
            "The British foreign secretary said the attack on the tanker, which killed"
            " two sailors, was carried out by Iranian suicide drones.",
        ),
    ],
)
def test_drones_are_their_state_forces(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ASSAULT")
    assert "IRN:MIL" in actors, actors
    assert not any(a.endswith(":UAF") for a in actors), actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "یک عامل انتحاری در بازار ده نفر را کشت."),
        ("ar", "قتل انتحاري عشرة أشخاص في السوق."),
        ("en", "A suicide bomber killed ten people in the market."),
    ],
)
def test_suicide_bomber_stays_unidentified(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ASSAULT")
    assert any(a.endswith(":UAF") for a in actors), actors


@pytest.mark.parametrize(
    ("lang", "text", "accuser", "accused"),
    [
        ("fa", "دولت بریتانیا ایران را متهم به انجام حمله مرگبار به نفتکش کرد.", "GBR", "IRN"),
        ("ar", "اتهمت الحكومة البريطانية إيران بتنفيذ الهجوم الدامي على الناقلة.", "GBR", "IRN"),
        (
            "en",
            "The British government accused Iran of carrying out the deadly attack on the tanker.",
            "GBR",
            "IRN",
        ),
        ("fa", "دولت فرانسه روسیه را متهم به ارتکاب حمله سایبری به بانک‌ها کرد.", "FRA", "RUS"),
        ("ar", "اتهمت الحكومة الفرنسية روسيا بشن الهجوم الإلكتروني على البنوك.", "FRA", "RUS"),
        (
            "en",
            "The French government accused Russia of carrying out the cyber attack on the banks.",
            "FRA",
            "RUS",
        ),
    ],
)
def test_accused_of_carrying_out_is_the_doer(
    lang: str, text: str, accuser: str, accused: str
) -> None:
    assert sides(text, lang, "ACCUSE"), text
    for actors in sides(text, lang, "ASSAULT"):
        assert actors[0][0] == accused, actors
        assert accuser not in {code for code, _ in actors}, actors
