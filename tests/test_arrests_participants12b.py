"""Participants of arrests, detentions, kidnappings and releases (round 12b).

- The detained campaigner is a party: environmentalists and environmental
  activists are OPP in en and fa (Arabic "ناشط بيئي" already was); a single
  hostage is a civilian.
- An English official's country adjective before a verb of capture is not
  the captive's ("Russian authorities detained opposition leader …": the
  captive was swallowed into the authorities), while after a verb of saying
  it still is.
- Kidnappers take no country from their captives' adjective: an Arabic
  adjective whose case or number cannot agree with the gunmen's noun, or a
  number counting another noun between, makes it the captives'. (The one
  country a sentence names still places unnamed gunmen: in the corpus it is
  mostly where they struck.)

The sentences are written for this test.
"""

from __future__ import annotations

import pytest

from casts import first_cast


def _agents(lang: str, text: str, etype: str) -> list[str]:
    return first_cast(text, lang, etype)


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("en", "Iranian authorities arrested the environmentalist Niloufar Bayani.", "IRN:NGO"),
        ("en", "Iranian police detained three environmental activists in Tehran.", "IRN:NGO"),
        ("fa", "ماموران امنیتی یک فعال محیط زیست را در تهران بازداشت کردند.", "IRN:NGO"),
        ("fa", "نیلوفر بیانی، فعال محیط زیست، در تهران بازداشت شد.", "IRN:NGO"),
        ("ar", "اعتقلت السلطات الإيرانية ناشطا بيئيا في طهران.", "IRN:NGO"),
    ],
)
def test_the_detained_campaigner_is_a_party(lang: str, text: str, wanted: str) -> None:
    # agents57fa: environmental campaigners are NGO (were OPP), of their place
    assert wanted in _agents(lang, text, "COERCE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Islamic State militants freed a Japanese hostage."),
        ("ar", "أطلق تنظيم داعش سراح رهينة يابانية."),
        ("fa", "داعش یک گروگان ژاپنی را آزاد کرد."),
    ],
)
def test_a_hostage_is_a_civilian(lang: str, text: str) -> None:
    assert "JPN:CVL" in _agents(lang, text, "CONCEDE")


@pytest.mark.parametrize(
    ("lang", "text", "captor", "captive"),
    [
        (
            "en",
            "Russian authorities detained opposition leader Alexei Navalny.",
            "RUS:GOV",
            "RUS:OPP",
        ),
        (
            "en",
            "Egyptian officials arrested activist Karim Mansour in Cairo.",
            "EGY:GOV",
            "EGY:OPP",
        ),
        ("ar", "اعتقلت السلطات الروسية المعارض أليكسي نافالني.", "RUS:GOV", "RUS:OPP"),
        ("fa", "پلیس روسیه ایلیا یاشین، سیاستمدار مخالف، را بازداشت کرد.", "RUS:COP", "RUS:OPP"),
    ],
)
def test_the_captive_after_a_verb_of_capture_is_his_own_actor(
    lang: str, text: str, captor: str, captive: str
) -> None:
    assert _agents(lang, text, "COERCE") == [captor, captive]


def test_officials_still_give_their_country_to_what_they_say() -> None:
    agents = _agents("en", "Iranian officials said protesters attacked the embassy.", "ASSAULT")
    assert "IRN:CVL" in agents


@pytest.mark.parametrize(
    ("lang", "text", "victims"),
    [
        ("ar", "اختطف مسلحون مجهولون مهندسين صينيين في نيجيريا.", "CHN:CVL"),
        # agents31fa: counted tourists are civilians, as English "tourists"
        ("fa", "افراد مسلح دو گردشگر فرانسوی را در نیجر ربودند.", "FRA:CVL"),
    ],
)
def test_kidnappers_take_no_country_from_their_captives(lang: str, text: str, victims: str) -> None:
    agents = _agents(lang, text, "ASSAULT")
    assert victims in agents
    kidnappers = [a for a in agents if a.endswith(":UAF")]
    assert kidnappers and all(not a.startswith(victims[:3]) for a in kidnappers)


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        # an adjective that agrees, or one written right after the noun, stays its own
        ("ar", "قتل مسلحون فلسطينيون جنديا إسرائيليا.", "PSE:UAF"),
        ("ar", "اعتقلت قوات الأمن مسلحين سوريين.", "SYR:UAF"),
        ("en", "Gunmen kidnapped two Chinese engineers in Nigeria.", "NGA:UAF"),
    ],
)
def test_gunmen_keep_their_own_adjective_or_the_place(lang: str, text: str, wanted: str) -> None:
    etype = "COERCE" if "اعتقلت" in text else "ASSAULT"
    assert wanted in _agents(lang, text, etype)


def test_an_age_between_a_noun_and_its_adjective_counts_nothing() -> None:
    agents = _agents("fa", "یک نوجوان ۱۲ ساله فلسطینی در درگیری زخمی شد.", "ASSAULT")
    assert "PSE:CVL" in agents
