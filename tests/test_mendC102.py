"""mendC102: the referrer of a deed (``extract/referred.py``) leaves it only
where its phrase names the deed's doer, and never leaves it with fewer than
two states when the phrase names them; a medium that circulates a deed
(``status.MEDIUM_SAYING_CUES``) leaves no bare state behind
(``sources._circulating``). Review101b F1, F2, F4. The first sentence of
each list is the review's; the others written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


def _codes(cast: list[str]) -> set[str]:
    return {actor.split(":")[0] for actor in cast}


# F1, read wrong on main: the phrase names only the deed's targets (after
# "به", "على", "on"), so the army's spokesman stays its doer; main dropped
# him and made the targets' state the doer, or gave no event.
# (language, sentence, the doer that stays, a target state)
OWN_ARMY: list[tuple[str, str, str, str]] = [
    (
        "fa",
        "سخنگوی ارتش اسرائیل با اشاره به حملات به مواضع حماس در غزه و حزب‌الله در لبنان گفت این"
        " عملیات ادامه دارد.",
        "ISR:MIL",
        "PSE",
    ),
    (
        "en",
        "The Israeli army spokesman, referring to the strikes on Hamas positions in Gaza and"
        " Hezbollah positions in Lebanon, said operations would continue.",
        "ISR:MIL",
        "PSE",
    ),
    (
        "ar",
        "قال المتحدث باسم الجيش الإسرائيلي، في إشارة إلى الغارات على مواقع حماس في غزة وحزب الله في"
        " لبنان، إن العمليات مستمرة.",
        "ISR:MIL",
        "PSE",
    ),
    (
        "en",
        "The US army spokesman, referring to the strikes on Islamic State positions in Syria and"
        " Iraq, said the campaign would go on.",
        "USA:MIL",
        "SYR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "doer", "target"), OWN_ARMY)
def test_a_spokesman_of_the_army_that_struck_stays_its_doer(
    lang: str, text: str, doer: str, target: str
) -> None:
    casts = casts_in_order(text, lang, "ASSAULT")
    assert any(doer in cast and target in _codes(cast) for cast in casts), (text, casts)


# F2, read wrong on main: the phrase names the doer (an adjective, "by") and
# the target, which were no members of the deed's people there; dropping the
# referrer left one side or no event. Its own states now fill the sides.
# (language, sentence, the referrer, the doer, the target)
NAMED_SIDES: list[tuple[str, str, str, str, str]] = [
    (
        "ar",
        "وقال الأمين العام للأمم المتحدة، مشيرا إلى الغارات السعودية على اليمن، إن الوضع الإنساني"
        " خطير.",
        "UN",
        "SAU",
        "YEM",
    ),
    (
        "ar",
        "قال وزير الخارجية التركي، في إشارة إلى الهجوم الإسرائيلي على غزة، إن المنطقة تحتاج إلى"
        " السلام.",
        "TUR",
        "ISR",
        "PSE",
    ),
    (
        "ar",
        "وقال وزير الخارجية القطري، مشيرا إلى الغارات الروسية على سوريا، إن الحل سياسي.",
        "QAT",
        "RUS",
        "SYR",
    ),
    (
        "en",
        "The UN Secretary-General, referring to the Saudi air strikes on Yemen, called for a"
        " ceasefire.",
        "UN",
        "SAU",
        "YEM",
    ),
    (
        "en",
        "Turkey's foreign minister, alluding to the Israeli strikes on Syria, said the region"
        " needed calm.",
        "TUR",
        "ISR",
        "SYR",
    ),
    (
        "en",
        "Iran's foreign ministry spokesman, referring to the attack by Israel on Syria, said it was"
        " a crime.",
        "IRN",
        "ISR",
        "SYR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "referrer", "doer", "target"), NAMED_SIDES)
def test_a_referred_deed_keeps_the_sides_its_phrase_names(
    lang: str, text: str, referrer: str, doer: str, target: str
) -> None:
    casts = casts_in_order(text, lang, "ASSAULT")
    assert any({doer, target} <= _codes(cast) for cast in casts), (text, casts)
    for cast in casts:
        assert referrer not in _codes(cast), (text, cast)


# Guards, read right on main and kept: the phrase names the doer before the
# target's preposition, so the referrer is no side.
@pytest.mark.parametrize(
    ("lang", "text", "referrer", "sides"),
    [
        (
            "fa",
            "سخنگوی وزارت خارجه ایران با اشاره به حمله اسرائیل به سوریه گفت این اقدام محکوم است.",
            "IRN",
            {"ISR", "SYR"},
        ),
        (
            "fa",
            "وزیر خارجه ترکیه در اشاره به حمله روسیه به اوکراین گفت که جنگ باید متوقف شود.",
            "TUR",
            {"RUS", "UKR"},
        ),
        (
            "en",
            "The UN envoy, referring to the talks between the Taliban and the US in Doha, said"
            " progress was slow.",
            "UN",
            {"USA"},
        ),
    ],
)
def test_a_referrer_of_a_deed_whose_doer_is_named_stays_out(
    lang: str, text: str, referrer: str, sides: set[str]
) -> None:
    casts = [c for e in ("ASSAULT", "CONSULT") for c in casts_in_order(text, lang, e)]
    assert any(sides <= _codes(cast) for cast in casts), (text, casts)
    for cast in casts:
        assert referrer not in _codes(cast), (text, cast)


# Guard: a deed done to others with one state named ("the US sanctions", said
# by Iran's minister, may be the sanctions on Iran) keeps its referrer.
def test_a_deed_with_one_state_named_keeps_its_referrer() -> None:
    text = "Iran's foreign minister, referring to the US sanctions, said they were illegal."
    casts = casts_in_order(text, "en", "SANCTION")
    assert any({"IRN", "USA"} <= _codes(cast) for cast in casts), casts


# F4, read wrong on main: the circulating medium's country stayed a bare
# side ("IRQ:", "LBN:"). (language, sentence, the medium's state, a side)
CIRCULATED: list[tuple[str, str, str, str]] = [
    ("ar", "تناقلت وسائل إعلام عراقية خبر اعتقال القوات الأمريكية ثلاثة مسلحين.", "IRQ", "USA:MIL"),
    ("ar", "تداولت وسائل إعلام لبنانية خبر اعتقال الشرطة الفرنسية ثلاثة ناشطين.", "LBN", "FRA:COP"),
]


@pytest.mark.parametrize(("lang", "text", "medium", "side"), CIRCULATED)
def test_a_circulating_medium_leaves_no_state_behind(
    lang: str, text: str, medium: str, side: str
) -> None:
    casts = casts_in_order(text, lang, "COERCE")
    assert any(side in cast for cast in casts), (text, casts)
    for cast in casts:
        assert medium not in _codes(cast), (text, cast)


# Guards: a state named outside the medium's span stays ("لاجئين سوريين"),
# a medium that tells ("ذكرت") is untouched, Persian confirming media too.
@pytest.mark.parametrize(
    ("lang", "text", "etype", "sides"),
    [
        (
            "ar",
            "تداولت وسائل إعلام سورية صورا لاعتقال الشرطة التركية لاجئين سوريين.",
            "COERCE",
            {"TUR:COP", "SYR:REF"},
        ),
        (
            "ar",
            "ذكرت صحيفة الثورة السورية مقتل جنديين تركيين في هجوم للمسلحين.",
            "ASSAULT",
            {"TUR:MIL"},
        ),
        (
            "fa",
            "رسانه‌های حکومتی کشته شدن دو معترض در شیراز را تایید کردند.",
            "ASSAULT",
            {"IRN:CVL"},
        ),
    ],
)
def test_states_outside_the_medium_stay(lang: str, text: str, etype: str, sides: set[str]) -> None:
    casts = casts_in_order(text, lang, etype)
    assert any(sides <= set(cast) for cast in casts), (text, casts)
