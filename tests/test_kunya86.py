"""A nom de guerre's nisba names the man's people; his agent comes from around him.

kunya86: a country adjective right after "kunya + name" ("أبو الحسن
التونسي", "ابوعمر مصری", "Abu Omar Tunisian") took no agent, so the Tunisian
or Egyptian state whole was the one killed or arrested. It now takes the
agent of the armed group named a few words on or of a militant's title
right before the kunya (``extract/kunya.py``). Sentences written for this
test; those marked "main" were read without the agent before.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _actors(text: str, lang: str) -> list[set[str]]:
    events = process(Document("t", text, lang=lang)).events
    return [{f"{a.code}:{a.agent}" for a in e.actors} for e in events]


def _has(text: str, lang: str, actor: str) -> bool:
    return any(actor in actors for actors in _actors(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # main: TUN:None (a militant title before the kunya)
        (
            "ar",
            "قتل القيادي الجهادي أبو الحسن التونسي في اشتباكات مع الجيش السوري في إدلب.",
            "TUN:REB",
        ),
        # main: TUN:None (the armed group named after the nisba)
        ("ar", "قتل أبو حمزة التونسي القيادي في تنظيم داعش بانفجار في تلعفر.", "TUN:REB"),
        # main: LBY:None
        ("ar", "قتل الجيش السوري الجهادي أبو قتادة الليبي في إدلب.", "LBY:REB"),
        # main: EGY:None
        ("fa", "ابوعمر مصری از فرماندهان داعش در موصل کشته شد.", "EGY:REB"),
        # main: EGY:None
        ("fa", "جهادی ابوعمر مصری در درگیری با ارتش سوریه کشته شد.", "EGY:REB"),
        # main: TUN:None
        (
            "en",
            "Syrian troops killed Abu Omar Tunisian, a commander of the Nusra Front, in Idlib.",
            "TUN:REB",
        ),
        # main: LBY:None
        ("en", "The jihadist Abu Qatada Libyan was killed by Syrian troops in Idlib.", "LBY:REB"),
    ],
)
def test_kunya_nisba_takes_the_militant_agent(lang: str, text: str, actor: str) -> None:
    assert _has(text, lang, actor)


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # guards: a militant noun before the country word already gave REB
        (
            "ar",
            "أعلن الجيش الجزائري أن الإرهابي المكنى أبو سفيان المغربي سلم نفسه للسلطات العسكرية.",
            "MAR:REB",
        ),
        ("fa", "نیروهای عراقی تروریست ابوعمر مصری را در موصل بازداشت کردند.", "EGY:REB"),
        ("en", "The Egyptian militant Abu Hamza was arrested by Iraqi police.", "EGY:REB"),
        # guards: a kunya's bearer in no armed setting keeps his state's reading
        ("ar", "استقبل الرئيس المصري الوفد التونسي برئاسة أبو بكر التونسي.", "TUN:GOV"),
    ],
)
def test_guards_keep_their_reading(lang: str, text: str, actor: str) -> None:
    assert _has(text, lang, actor)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no armed group or militant title: nothing to take an agent from
        ("ar", "قتل أبو عمر التونسي في حادث سير قرب صفاقس."),
        ("fa", "ارتش عراق ابوحمزه تونسی را در موصل کشت."),
        ("en", "Abu Omar Tunisian was hit by a car in Sfax."),
    ],
)
def test_no_armed_setting_gives_no_militant(lang: str, text: str) -> None:
    assert not any(
        a.endswith(":REB") and a.startswith("TUN") for acts in _actors(text, lang) for a in acts
    )


def test_an_office_holder_named_abu_is_untouched() -> None:
    actors = _actors(
        "التقى وزير الخارجية المصري سامح شكري الأمين العام أحمد أبو الغيط في القاهرة.", "ar"
    )
    assert any("EGY:GOV" in a for a in actors)
    assert not any(x.endswith(":REB") for a in actors for x in a)
