"""The right agent for a named group (round 12b, agents12b).

- A delegation named by its trade ("وفدا إعلاميا تونسيا", "هیئت رسانه‌ای",
  "a media delegation") is the media (MED) and, unlike the press that only
  reports or interviews, a party to the meeting it holds.
- Protesters are civilians whatever they protest against (the spec's CVL):
  "anti-government protesters" are not the opposition (OPP).
- Settlers in the occupied territories are Israeli civilians (ISR:CVL) in
  every language, as Arabic already read them.

Sentences written for this test, in all three languages.
"""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى وزير الإعلام السوري وفدا إعلاميا تونسيا في دمشق."),
        ("ar", "استقبل الرئيس السوري الوفد الصحفي التونسي في دمشق."),
        ("fa", "یک هیئت رسانه‌ای تونسی با وزیر اطلاعات سوریه دیدار کرد."),
        ("en", "A Tunisian media delegation met the Syrian information minister in Damascus."),
    ],
)
def test_a_press_delegation_is_media_and_a_party(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "CONSULT")
    assert "TUN:MED" in actors
    assert not {"TUN:REB", "TUN:GOV"} & actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قال وزير الخارجية المصري للصحفيين إنه التقى نظيره الأردني في عمان."),
        ("fa", "وزیر امور خارجه ایران در گفتگو با خبرنگاران گفت با همتای عراقی خود دیدار کرد."),
        ("en", "The Egyptian foreign minister told reporters he met his Jordanian counterpart."),
    ],
)
def test_the_press_told_is_still_no_party(lang: str, text: str) -> None:
    assert not any(a.endswith(":MED") for a in cast(run(text, lang), "CONSULT"))


@pytest.mark.parametrize(
    ("lang", "text", "etype", "code"),
    [
        (
            "en",
            "Anti-government protesters clashed with police in Nairobi on Monday.",
            "ASSAULT",
            "KEN",
        ),
        ("en", "Police fired tear gas at anti-government demonstrators in Lima.", "ASSAULT", "PER"),
        ("ar", "تظاهر مئات المحتجين في العاصمة الجزائرية ضد الحكومة.", "PROTEST", "DZA"),
        ("fa", "صدها معترض در تهران علیه دولت تجمع کردند.", "PROTEST", "IRN"),
    ],
)
def test_protesters_are_civilians_not_opposition(
    lang: str, text: str, etype: str, code: str
) -> None:
    actors = cast(run(text, lang), etype)
    assert f"{code}:CVL" in actors
    assert f"{code}:OPP" not in actors


def test_opposition_activists_stay_opposition() -> None:
    actors = cast(run("Police in Kampala arrested twelve opposition activists.", "en"), "COERCE")
    assert "UGA:OPP" in actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Jewish settlers attacked Palestinian farmers near Nablus."),
        ("fa", "شهرک‌نشینان صهیونیست به روستای فلسطینی حمله کردند."),
        ("ar", "هاجم مستوطنون يهود قرية فلسطينية قرب نابلس."),
    ],
)
def test_settlers_are_israeli_civilians(lang: str, text: str) -> None:
    assert "ISR:CVL" in cast(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text", "guest"),
    [
        ("ar", "أجرى خادم الحرمين الشريفين اتصالا هاتفيا بالرئيس المصري.", "EGY:GOV"),
        (
            "en",
            "The Custodian of the Two Holy Mosques received the Pakistani prime minister.",
            "PAK:GOV",
        ),
        ("fa", "خادم حرمین شریفین با رئیس جمهور مصر تلفنی گفتگو کرد.", "EGY:GOV"),
    ],
)
def test_a_title_of_one_states_office_carries_that_state(lang: str, text: str, guest: str) -> None:
    actors = cast(run(text, lang), "CONSULT")
    assert {"SAU:GOV", guest} <= actors
    assert "-:GOV" not in actors
